// libFuzzer's entry for the 'mbox' target: docs/robustness.md ("Fuzzing").
import FuzzEntryPoints

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.run("mbox", UnsafeBufferPointer(start: data, count: size))
    return 0
}
