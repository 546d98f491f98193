// libFuzzer's entry for the 'ics' target: docs/robustness.md ("Fuzzing").
import FuzzEntryPoints

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.run("ics", UnsafeBufferPointer(start: data, count: size))
    return 0
}
