//===----------------------------------------------------------------------===//
// BackgroundResult: one value computed on a thread of its own while the caller goes on
//===----------------------------------------------------------------------===//

import Foundation

/// A value computed on a thread of its own while the caller does other work; `value` waits for
/// it. For two independent halves of one command on a machine with cores to spare: the HTML
/// report computes the change section's earlier date (its own tie model, KPIs, Leiden and bridge
/// measures) beside the current date's sections.
///
/// The work must not depend on what the caller does meanwhile (it gets only Sendable values).
/// Both threads may report progress (`ProgressReporter` is locked): the line then shows the phase
/// begun last.
public final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the worker before `finished` is signalled; read only after waiting for it.
    private var result: Value?

    /// Starts `work` on a new thread (with the 8 MB stack of a main thread, for deep recursions).
    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The value, once computed (waits until then).
    public var value: Value {
        finished.wait()
        finished.signal()   // later reads return at once
        return result!
    }
}
