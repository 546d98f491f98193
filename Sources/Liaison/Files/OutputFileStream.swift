//===----------------------------------------------------------------------===//
// OutputFileStream: an OutputFile as a TextOutputStream
//===----------------------------------------------------------------------===//

/// An `OutputFile` as a `TextOutputStream`, for writers that produce their text piece by piece
/// (`NetworkExport.graphML(to:)` and its siblings): each piece goes into the file's 1 MiB buffer,
/// so a 200 MB export never exists as one string. A failed write is kept by the file and thrown by
/// its `commit()`; the pieces after it are dropped.
///
///     let file = try OutputFile(path)
///     var stream = OutputFileStream(file)
///     export.graphML(to: &stream)
///     try file.commit()
public struct OutputFileStream: TextOutputStream {
    public let file: OutputFile

    public init(_ file: OutputFile) { self.file = file }

    public mutating func write(_ string: String) {
        file.append(contentsOf: string.utf8)
        file.flushIfFull()
    }
}
