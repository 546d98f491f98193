#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Natural logarithm and square root from the C library (LiaisonGraph does not import Foundation).
@inline(__always) func _log(_ x: Double) -> Double { log(x) }
@inline(__always) func _sqrt(_ x: Double) -> Double { x.squareRoot() }
