import Dispatch

/// Runs `body(worker)` for `worker` in `0 ..< workers` on as many threads (Dispatch
/// `concurrentPerform`); with one worker it runs inline. Callers give each worker its own scratch
/// and write results to disjoint places (or per-worker buffers summed afterwards).
///
/// Safety: `body` is not `@Sendable` so that workers can capture scratch buffers; the callers'
/// contract (each worker touches only its own scratch and its own output slots) is what makes the
/// concurrent calls race-free.
public func _runWorkers(_ workers: Int, _ body: (Int) -> Void) {
    if workers <= 1 { body(0); return }
    withoutActuallyEscaping(body) { escapable in
        let box = _UncheckedSendable(value: escapable)
        DispatchQueue.concurrentPerform(iterations: workers) { box.value($0) }
    }
}

struct _UncheckedSendable<T>: @unchecked Sendable { let value: T }

/// `[body(0, &scratch), body(1, &scratch), …]` for `count` items, computed on the active cores
/// (`_workerCount(nil, work: work)` workers). Items are dealt round-robin in blocks of 64
/// (costly items that sit together — a hub's neighbours, say — go to different workers, so the
/// work stays even, while each worker writes whole runs of the result, not every other cache
/// line); each worker has its own scratch from `makeScratch` and writes only its own items, so the
/// result does not depend on the number of workers. `body` must only read shared state besides
/// its scratch.
public func _parallelMap<T, Scratch>(count: Int, work: Int, scratch makeScratch: () -> Scratch,
                                     _ body: (_ item: Int, _ scratch: inout Scratch) -> T) -> [T] {
    let workers = _workerCount(nil, work: work)
    return [T](unsafeUninitializedCapacity: count) { result, initialized in
        let base = result.baseAddress
        _runWorkers(workers) { worker in
            var scratch = makeScratch()
            var block = worker * 64
            while block < count {
                for i in block ..< min(block + 64, count) { (base! + i).initialize(to: body(i, &scratch)) }
                block += workers * 64
            }
        }
        initialized = count
    }
}

/// `_parallelMap` without scratch.
public func _parallelMap<T>(count: Int, work: Int, _ body: (_ item: Int) -> T) -> [T] {
    _parallelMap(count: count, work: work, scratch: { () }) { i, _ in body(i) }
}

/// The number of worker threads to use: `threads` if given (at least 1), else the active cores.
public func _workerCount(_ threads: Int?, work: Int = .max) -> Int {
    let cores = threads ?? _activeProcessorCount()
    return max(1, min(cores, work))
}

#if canImport(Glibc)
import Glibc
func _activeProcessorCount() -> Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
#elseif canImport(Darwin)
import Darwin
func _activeProcessorCount() -> Int { max(1, Int(sysconf(_SC_NPROCESSORS_ONLN))) }
#else
func _activeProcessorCount() -> Int { 1 }
#endif

/// Relative comparison of path lengths, as igraph's `igraph_cmp_epsilon` with
/// `IGRAPH_SHORTEST_PATH_EPSILON` (1e-10): sums of floating-point distances that are equal in
/// exact arithmetic compare equal, so equal-length shortest paths tie.
@usableFromInline let _pathEpsilon = 1e-10

@inline(__always)
func _pathLengthsEqual(_ a: Double, _ b: Double) -> Bool {
    // Written so that ∞ equals only ∞ (∞ − x = ∞ and ε·∞ = ∞ would otherwise compare equal).
    a == b || abs(a - b) <= _pathEpsilon * min(max(abs(a), abs(b)), .greatestFiniteMagnitude)
}

/// `a` is shorter than `b` by more than the path tolerance.
@inline(__always)
func _pathLengthLess(_ a: Double, _ b: Double) -> Bool {
    a < b && !_pathLengthsEqual(a, b)
}
