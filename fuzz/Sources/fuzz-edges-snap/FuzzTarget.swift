// libFuzzer's entry for the 'edges-snap' target: fuzz/README.md, docs/robustness.md.
import FuzzEntryPoints

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.run("edges-snap", UnsafeBufferPointer(start: data, count: size))
    return 0
}
