// libFuzzer's entry for the 'workspace' target: docs/robustness.md ("Fuzzing").
import FuzzEntryPoints

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.run("workspace", UnsafeBufferPointer(start: data, count: size))
    return 0
}
