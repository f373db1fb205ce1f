#include "cutf8.h"

#include <string.h>

/* Sixteen bytes as one vector (SSE2 on x86-64, NEON on arm64): each lane is
 * a byte of the text, compared with all the others at once. */
typedef uint8_t bytes16 __attribute__((vector_size(16)));

static inline bytes16 load16(const uint8_t *p) {
    bytes16 v;
    memcpy(&v, p, sizeof v); /* unaligned load */
    return v;
}

static inline int any_set(bytes16 v) {
    uint64_t halves[2];
    memcpy(halves, &v, sizeof halves);
    return (halves[0] | halves[1]) != 0;
}

/* A lane is 0xFF where the condition holds, 0 where it does not. */
#define LANES(condition) ((bytes16)(condition))

size_t cutf8_valid_blocks(const uint8_t *bytes, size_t start, size_t count, int *non_ascii) {
    size_t i = start;
    bytes16 seen = {0};
    while (i + 16 <= count) {
        const bytes16 cur = load16(bytes + i);
        /* All ASCII, and no sequence before it asks for a continuation: most of a feed's markup. */
        if (!any_set(cur & 0x80) && bytes[i - 1] < 0xC0 && bytes[i - 2] < 0xE0 && bytes[i - 3] < 0xF0) {
            i += 16;
            continue;
        }
        const bytes16 before1 = load16(bytes + i - 1);
        const bytes16 before2 = load16(bytes + i - 2);
        const bytes16 before3 = load16(bytes + i - 3);
        /* A byte must be a continuation (10xxxxxx) exactly where a lead byte
         * one, two or three places before asks for one. */
        const bytes16 continuation = LANES((cur & 0xC0) == 0x80);
        const bytes16 expected = LANES(before1 >= 0xC0) | LANES(before2 >= 0xE0) | LANES(before3 >= 0xF0);
        bytes16 bad = continuation ^ expected;
        /* Bytes that never occur: C0, C1 (overlong two-byte) and F5..FF. */
        bad |= LANES((cur & 0xFE) == 0xC0) | LANES(cur >= 0xF5);
        /* Second-byte limits: no overlong three- or four-byte forms, no
         * surrogates (ED A0..BF), nothing above U+10FFFF (F4 90..). */
        bad |= LANES(before1 == 0xE0) & LANES(cur < 0xA0);
        bad |= LANES(before1 == 0xED) & LANES(cur > 0x9F);
        bad |= LANES(before1 == 0xF0) & LANES(cur < 0x90);
        bad |= LANES(before1 == 0xF4) & LANES(cur > 0x8F);
        if (any_set(bad)) break;
        seen |= cur;
        i += 16;
    }
    if (any_set(seen & 0x80)) *non_ascii = 1;
    return i;
}

static inline int json_special(uint8_t b) {
    return b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2;
}

static inline bytes16 json_specials(bytes16 v) {
    return LANES(v < 0x20) | LANES(v == 0x22) | LANES(v == 0x5C) | LANES(v == 0xE2);
}

size_t cutf8_json_plain_prefix(const uint8_t *bytes, size_t count) {
    size_t i = 0;
    while (i + 32 <= count) {
        if (any_set(json_specials(load16(bytes + i)) | json_specials(load16(bytes + i + 16)))) break;
        i += 32;
    }
    while (i + 16 <= count) {
        if (any_set(json_specials(load16(bytes + i)))) break;
        i += 16;
    }
    while (i < count && !json_special(bytes[i])) i++;
    return i;
}
