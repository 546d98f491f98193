import Foundation

/// Draws the kill moments of the kill tests: SplitMix64 (Steele, Lea & Flood 2014), so that a
/// failing run can be repeated from its seed.
struct KillMoments {
    var state: UInt64

    /// The next number in [0, 1).
    mutating func next() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
}

/// Starts the built `liaison` with `arguments`, its output discarded, and returns at once (the
/// kill tests stop it with SIGKILL).
func startLiaison(_ arguments: [String]) throws -> Process {
    let p = Process()
    p.executableURL = productsDirectory.appendingPathComponent("liaison")
    p.arguments = arguments
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    return p
}
