//===----------------------------------------------------------------------===//
// OutputFileStream: an OutputFile as a TextOutputStream
//===----------------------------------------------------------------------===//

/// An `OutputFile` as a `TextOutputStream`, for writers that produce their text piece by piece
/// (`NetworkExport.graphML(to:)` and its siblings): the pieces are gathered in a 64 KiB buffer of
/// the stream's own and handed to the file a buffer at a time, so a 200 MB export never exists as
/// one string, and the millions of small pieces cost a copy each rather than a call into the file.
/// A failed write is kept by the file and thrown by `commit()`; the pieces after it are dropped.
///
///     var stream = try OutputFileStream(path)
///     export.graphML(to: &stream)
///     try stream.commit()        // complete or not there at all, as OutputFile
public struct OutputFileStream: TextOutputStream {
    private let file: OutputFile
    private var pending: [UInt8] = []
    private static let chunk = 1 << 16

    /// Opens `path` by the rules of `OutputFile` (`-`: standard output).
    ///
    /// - Throws: `OutputError` `.cannotCreate`.
    public init(_ path: String) throws {
        file = try OutputFile(path)
        pending.reserveCapacity(Self.chunk + 4096)
    }

    /// The first failed write, if any (thrown again by `commit()`).
    public var failure: OutputError? { file.failure }

    public mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { pending.append(contentsOf: $0) }
        if pending.count >= Self.chunk { hand() }
    }

    /// Writes what is gathered and commits the file (`OutputFile.commit()`).
    public mutating func commit() throws {
        hand()
        try file.commit()
    }

    private mutating func hand() {
        guard !pending.isEmpty else { return }
        try? file.write(pending)   // a failure is kept by the file; `commit()` throws it
        pending.removeAll(keepingCapacity: true)
    }
}
