/* SHA-256 block compression (FIPS 180-4, section 6.2.2) for BilateralRecords.
 *
 * Only the compression of whole 64-byte blocks lives here; padding, buffering
 * and the digest encoding stay in Swift (SHA256.swift). The state is the
 * eight working words H0..H7 in host order. */
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Compresses `blocks` consecutive 64-byte blocks at `data` into `state`.
 * Uses the x86 SHA extensions when the CPU has them (decided once, on the
 * first call, thread-safely), the portable code otherwise. `data` is not
 * read when `blocks` is 0. */
void csha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

/* The portable C compression; same contract as csha256_blocks. */
void csha256_blocks_portable(uint32_t state[8], const uint8_t *data, size_t blocks);

/* The SHA-NI compression; same contract as csha256_blocks. Call it only when
 * csha256_has_shani() returns 1 (otherwise the CPU faults on the first SHA
 * instruction). Where the compiler cannot emit SHA-NI (not x86-64) it runs
 * the portable code. */
void csha256_blocks_shani(uint32_t state[8], const uint8_t *data, size_t blocks);

/* 1 when this CPU has SHA-NI, SSE4.1 and SSSE3 (CPUID leaves 7 and 1) and
 * this build targets x86-64; 0 otherwise. Asks CPUID on every call. */
int csha256_has_shani(void);

#ifdef __cplusplus
}
#endif

#endif /* CSHA256_H */
