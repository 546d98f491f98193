// libFuzzer's entry for the 'linkedin' target: docs/robustness.md ("Fuzzing").
import FuzzEntryPoints

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.run("linkedin", UnsafeBufferPointer(start: data, count: size))
    return 0
}
