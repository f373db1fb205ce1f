#ifndef BILATERAL_CZLIB_SHIM_H
#define BILATERAL_CZLIB_SHIM_H
#include <zlib.h>
/// `inflateInit2` is a macro; Swift cannot call it.
static inline int bilateral_inflateInit2(z_streamp strm, int windowBits) {
    return inflateInit2(strm, windowBits);
}
#endif
