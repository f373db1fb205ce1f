/* Scans of UTF-8 text sixteen bytes at a time (vector compares: SSE2 /
 * NEON): well-formedness for BilateralFeeds' UTF8Validator, and the bytes a
 * JSON string may need to escape for BilateralRecords' JSONWriter.
 *
 * For validation only the block loop lives here; the careful byte-by-byte
 * path (what is wrong, where, a sequence cut by the end of the buffer) stays
 * in Swift (UTF8Validator.swift), which calls this from a character
 * boundary. */
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

/* The number of bytes at the start of `bytes[0 ..< count]` that are none of:
 * a control character (below 0x20), '"' (0x22), '\' (0x5C), 0xE2 (the lead
 * byte of U+2028 and U+2029). Returns `count` when there is no such byte.
 * Only the scan lives here; what to write for such a byte (an escape, or the
 * byte itself when 0xE2 does not begin U+2028 / U+2029) is decided in Swift
 * (JSONWriter.swift). */
size_t cutf8_json_plain_prefix(const uint8_t *bytes, size_t count);

#ifdef __cplusplus
}
#endif

#endif
