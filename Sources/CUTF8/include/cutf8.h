/* UTF-8 well-formedness of 16-byte blocks at a time, for BilateralFeeds'
 * UTF8Validator.
 *
 * Only the block loop lives here; the careful byte-by-byte path (what is
 * wrong, where, a sequence cut by the end of the buffer) stays in Swift
 * (UTF8Validator.swift), which calls this from a character boundary. */
#ifndef CUTF8_H
#define CUTF8_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Checks the 16-byte blocks at start, start + 16, ... while a whole block
 * fits before `count`, and stops at the first block that is not well formed
 * (RFC 3629) given the three bytes before it. Returns where it stopped: the
 * first bad block, or the first block that does not fit. Every byte before
 * the returned offset is then part of a well-formed sequence, except that
 * the last sequence may go on past it. Sets *non_ascii to 1 when a byte of a
 * checked block is 0x80 or above (it is left alone otherwise).
 *
 * `start` must be at least 3 (the bytes start - 3 ..< start are read) and a
 * character boundary: no sequence begun before it goes on past it. */
size_t cutf8_valid_blocks(const uint8_t *bytes, size_t start, size_t count, int *non_ascii);

#ifdef __cplusplus
}
#endif

#endif
