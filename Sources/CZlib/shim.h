// CZlib: the system zlib (Debian: zlib1g-dev) for Swift. inflateInit2 is a macro, which Swift
// cannot call; the wrapper below is the function it stands for.
#ifndef LIAISON_CZLIB_SHIM_H
#define LIAISON_CZLIB_SHIM_H
#include <zlib.h>

/* Starts inflating a gzip (RFC 1952) or zlib (RFC 1950) stream, told apart by its header
   (windowBits 15 + 32). */
static inline int lz_inflate_init_auto(z_stream *stream) {
    return inflateInit2(stream, 15 + 32);
}
#endif
