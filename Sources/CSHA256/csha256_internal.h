/* Shared by the two compressions; not part of the module's interface. */
#ifndef CSHA256_INTERNAL_H
#define CSHA256_INTERNAL_H

#include <stdint.h>

/* The 64 round constants K0..K63 (FIPS 180-4, 4.2.2). */
extern const uint32_t csha256_round_constants[64];

#endif /* CSHA256_INTERNAL_H */
