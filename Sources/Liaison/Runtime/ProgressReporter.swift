//===----------------------------------------------------------------------===//
// ProgressReporter: one status line on stderr for long work, on a terminal only
//===----------------------------------------------------------------------===//

import Foundation

/// What the program is doing, on one line of standard error that is redrawn in place:
/// `betweenness: 2,862 sampled paths … 4.1 s`, `planning: 120/7,416 targets … 2.3 s`.
///
/// Off by default — a library caller sees nothing. The command line turns it on when standard
/// error is a terminal and `--quiet` is not given (`enable(_:)`); it never writes to standard
/// output. A phase is shown only once it has run for `delay` (about a second: short work stays
/// silent); the line is redrawn at most 10 times a second, by a ticker thread for phases without
/// counts (elapsed time) and by `advance(to:)` for phases with them; `clear()` erases it (before
/// any other stderr text), `end()` finishes a phase.
public final class ProgressReporter: @unchecked Sendable {
    /// The process's reporter.
    public static let shared = ProgressReporter()

    /// Seconds a phase runs before it is shown.
    public var delay = 1.0
    /// Least seconds between two redraws (≤ 10 updates/s).
    public let interval = 0.1

    private let lock = NSLock()
    private var enabled = false
    private var phase: String?
    private var count = 0
    private var total: Int?
    private var started = 0.0
    private var lastDraw = 0.0
    private var lineShown = false
    private var ticker: Thread?
    /// Where the line goes (standard error's descriptor; a test may give a pipe).
    private var descriptor: Int32 = 2

    public init() {}

    /// Turns reporting on (when `on`), drawing to `descriptor`.
    public func enable(_ on: Bool, descriptor: Int32 = 2) {
        lock.lock(); defer { lock.unlock() }
        enabled = on
        self.descriptor = descriptor
        guard on, ticker == nil else { return }
        let thread = Thread { [weak self] in
            while let self, self.tick() { Thread.sleep(forTimeInterval: self.interval) }
        }
        ticker = thread
        thread.start()
    }

    /// Starts a phase ("loading", "tie strengths", …), with the total when its steps are counted.
    public func begin(_ name: String, total: Int? = nil) {
        lock.lock(); defer { lock.unlock() }
        guard enabled else { return }
        phase = name
        count = 0
        self.total = total
        started = Self.now()
        // A new phase is shown as soon as its own delay has passed, whatever the last phase drew.
        lastDraw = 0
        drawIfDue()
    }

    /// Steps done in the current phase; redraws when the last redraw is `interval` old.
    public func advance(to done: Int) {
        lock.lock(); defer { lock.unlock() }
        guard enabled, phase != nil else { return }
        count = done
        drawIfDue()
    }

    /// Ends the current phase and erases its line.
    public func end() {
        lock.lock(); defer { lock.unlock() }
        phase = nil
        eraseLine()
    }

    /// Erases the line (call before writing anything else to standard error).
    public func clear() {
        lock.lock(); defer { lock.unlock() }
        eraseLine()
    }

    /// Ends reporting: erases the line and stops the ticker.
    public func stop() {
        lock.lock(); defer { lock.unlock() }
        phase = nil
        eraseLine()
        enabled = false
    }

    // MARK: - Drawing (lock held)

    /// The ticker's step; false once reporting is off.
    private func tick() -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard enabled else { ticker = nil; return false }
        drawIfDue()
        return true
    }

    private func drawIfDue() {
        guard let phase else { return }
        let now = Self.now()
        guard now - started >= delay, now - lastDraw >= interval else { return }
        lastDraw = now
        var text = phase
        if let total { text += ": \(Self.grouped(count))/\(Self.grouped(total))" }
        text += String(format: " … %.1f s", now - started)
        write("\r\u{1B}[K" + text)
        lineShown = true
    }

    private func eraseLine() {
        guard lineShown else { return }
        write("\r\u{1B}[K")
        lineShown = false
    }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { return }
            offset += n
        }
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// 7416 → "7,416".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 && d != "-" && digits[i - 1] != "-" { out.append(",") }
            out.append(d)
        }
        return out
    }
}
