/* SHA-256 compression with the x86 SHA extensions (SHA-NI), and the CPUID
 * test for them. Built on every platform; the intrinsics only on x86-64. */
#include "csha256.h"
#include "csha256_internal.h"

#if defined(__x86_64__)

#include <cpuid.h>
#include <immintrin.h>

int csha256_has_shani(void) {
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const unsigned ssse3 = 1u << 9, sse41 = 1u << 19;
    if ((ecx & ssse3) == 0 || (ecx & sse41) == 0) return 0;
    /* __get_cpuid_count fails when the highest leaf is below 7. */
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    return (ebx >> 29) & 1u;
}

/* The message words are kept four to a vector, m[j % 4] holding words
 * 4j..4j+3 while quad-round j runs; sha256msg1/msg2 build each next vector
 * from the four before it. The state is kept as ABEF and CDGH, the layout
 * sha256rnds2 wants (Intel SHA extensions paper, 2013). */
__attribute__((target("sha,sse4.1,ssse3")))
void csha256_blocks_shani(uint32_t state[8], const uint8_t *data, size_t blocks) {
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i dcba = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i hgfe = _mm_loadu_si128((const __m128i *)&state[4]);
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (size_t block = 0; block < blocks; block++, data += 64) {
        const __m128i abef_before = abef, cdgh_before = cdgh;
        __m128i m[4];
#if defined(__clang__)
#pragma clang loop unroll(full)
#endif
        for (int j = 0; j < 16; j++) {
            if (j < 4) {
                m[j] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * j)), byte_swap);
            }
            const __m128i current = m[j & 3];
            __m128i wk = _mm_add_epi32(
                current, _mm_loadu_si128((const __m128i *)&csha256_round_constants[4 * j]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
            wk = _mm_shuffle_epi32(wk, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, wk);
            if (j >= 3 && j <= 14) {
                __m128i next = m[(j + 1) & 3];
                next = _mm_add_epi32(next, _mm_alignr_epi8(current, m[(j + 3) & 3], 4));
                m[(j + 1) & 3] = _mm_sha256msg2_epu32(next, current);
            }
            if (j >= 1 && j <= 12) {
                m[(j + 3) & 3] = _mm_sha256msg1_epu32(m[(j + 3) & 3], current);
            }
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }

    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

#else

int csha256_has_shani(void) { return 0; }

void csha256_blocks_shani(uint32_t state[8], const uint8_t *data, size_t blocks) {
    csha256_blocks_portable(state, data, blocks);
}

#endif
