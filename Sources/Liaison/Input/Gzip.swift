//===----------------------------------------------------------------------===//
// Gzip: decompressing a gzip file (RFC 1952) read by --edges
//===----------------------------------------------------------------------===//

import CZlib

/// Decompression of gzip files with the system zlib, so that `--edges graph.csv.gz` (or a gzip
/// stream on standard input) reads as the file inside it.
enum Gzip {
    /// The gzip magic number, RFC 1952 §2.3.1 (ID1 = 31, ID2 = 139).
    static func isCompressed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed bytes; several members one after another (as `cat a.gz b.gz` makes) are
    /// read as one file, as gzip -d does. A corrupt or truncated stream is a diagnostic at
    /// `file:1:1` (the position inside compressed data means nothing to a reader).
    ///
    /// - Complexity: O(compressed + decompressed bytes); the output grows by doubling.
    static func decompress(_ input: UnsafeBufferPointer<UInt8>, file: String) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: max(64 << 10, input.count * 4))
        var produced = 0
        var stream = z_stream()
        func fail(_ what: String) -> InputErrors {
            InputErrors([Diagnostic(file: file, line: 1, column: 1, message: "cannot decompress this gzip file: \(what)")])
        }
        guard lz_inflate_init_auto(&stream) == Z_OK else { throw fail("zlib could not start") }
        defer { inflateEnd(&stream) }
        var consumed = 0
        while true {
            if produced == output.count { output += [UInt8](repeating: 0, count: output.count) }
            let remaining = input.count - consumed
            let status: Int32 = output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + consumed)
                stream.avail_in = UInt32(min(remaining, Int(UInt32.max)))
                stream.next_out = out.baseAddress! + produced
                stream.avail_out = UInt32(min(out.count - produced, Int(UInt32.max)))
                let before = (stream.avail_in, stream.avail_out)
                let s = inflate(&stream, Z_NO_FLUSH)
                consumed += Int(before.0 - stream.avail_in)
                produced += Int(before.1 - stream.avail_out)
                return s
            }
            switch status {
            case Z_STREAM_END:
                // Another member follows (after optional zero padding)?
                while consumed < input.count && input[consumed] == 0 { consumed += 1 }
                if consumed >= input.count {
                    output.removeSubrange(produced...)
                    return output
                }
                guard inflateReset(&stream) == Z_OK else { throw fail("zlib could not restart") }
            case Z_OK:
                continue
            case Z_BUF_ERROR:
                if consumed >= input.count { throw fail("the file ends inside the compressed data (truncated?)") }
                if produced < output.count { throw fail("corrupt compressed data") }
                continue   // out of output space: grown at the top of the loop
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw fail(message)
            }
        }
    }
}
