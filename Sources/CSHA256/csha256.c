/* Portable SHA-256 compression, the round constants, and the choice between
 * it and the SHA-NI code (csha256_shani.c). */
#include "csha256.h"
#include "csha256_internal.h"

#include <stdatomic.h>

const uint32_t csha256_round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static inline uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

static inline uint32_t load_be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

#define BIG_SIGMA0(x) (rotr((x), 2) ^ rotr((x), 13) ^ rotr((x), 22))
#define BIG_SIGMA1(x) (rotr((x), 6) ^ rotr((x), 11) ^ rotr((x), 25))
#define SMALL_SIGMA0(x) (rotr((x), 7) ^ rotr((x), 18) ^ ((x) >> 3))
#define SMALL_SIGMA1(x) (rotr((x), 17) ^ rotr((x), 19) ^ ((x) >> 10))

/* Round i, with the working variables renamed instead of moved: after it,
 * the caller's h holds the new a and d the new e. */
#define ROUND(a, b, c, d, e, f, g, h, i) do { \
        uint32_t t1 = (h) + BIG_SIGMA1(e) + (((e) & (f)) ^ (~(e) & (g))) \
            + csha256_round_constants[i] + w[i]; \
        (d) += t1; \
        (h) = t1 + BIG_SIGMA0(a) + (((a) & (b)) ^ ((a) & (c)) ^ ((b) & (c))); \
    } while (0)

/* One block: the message schedule w, then the 64 rounds, eight per pass
 * (FIPS 180-4, 6.2.2). Unrolled by hand: at -O2, the level SwiftPM builds
 * C with in release, a plain 64-round loop ran ~145 MB/s against ~195. */
static void compress_block(uint32_t state[8], const uint8_t *block) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) w[i] = load_be32(block + 4 * i);
    for (int i = 16; i < 64; i++) {
        w[i] = w[i - 16] + SMALL_SIGMA0(w[i - 15]) + w[i - 7] + SMALL_SIGMA1(w[i - 2]);
    }
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (int i = 0; i < 64; i += 8) {
        ROUND(a, b, c, d, e, f, g, h, i + 0);
        ROUND(h, a, b, c, d, e, f, g, i + 1);
        ROUND(g, h, a, b, c, d, e, f, i + 2);
        ROUND(f, g, h, a, b, c, d, e, i + 3);
        ROUND(e, f, g, h, a, b, c, d, i + 4);
        ROUND(d, e, f, g, h, a, b, c, i + 5);
        ROUND(c, d, e, f, g, h, a, b, i + 6);
        ROUND(b, c, d, e, f, g, h, a, i + 7);
    }
    state[0] += a; state[1] += b; state[2] += c; state[3] += d;
    state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}

void csha256_blocks_portable(uint32_t state[8], const uint8_t *data, size_t blocks) {
    for (size_t i = 0; i < blocks; i++) compress_block(state, data + 64 * i);
}

typedef void (*csha256_compression)(uint32_t state[8], const uint8_t *data, size_t blocks);

static void resolve_then_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

/* The compression in use: resolve_then_compress until the first call has
 * asked CPUID, then the chosen one. Every thread that races through the
 * first call stores the same pointer, so a release store and acquire loads
 * are all the guarding it needs. */
static _Atomic(csha256_compression) selected = resolve_then_compress;

static void resolve_then_compress(uint32_t state[8], const uint8_t *data, size_t blocks) {
    csha256_compression chosen =
        csha256_has_shani() ? csha256_blocks_shani : csha256_blocks_portable;
    atomic_store_explicit(&selected, chosen, memory_order_release);
    chosen(state, data, blocks);
}

void csha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    atomic_load_explicit(&selected, memory_order_acquire)(state, data, blocks);
}
