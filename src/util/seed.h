/* seed.h — reading a random seed given as text, the same way wherever a
 * person types one (`cascade sim --seed`, a walkthrough's seed, the
 * explorer's S): a whole number from 0 to 2^64-1 in decimal digits only,
 * never clamped.  No locale, no state. */
#ifndef CASCADE_SEED_H
#define CASCADE_SEED_H

#include <stdint.h>

#define SEED_RANGE_TEXT "a whole number from 0 to 18446744073709551615"

/* 0 and *out set when text is such a number; -1 otherwise (empty, a sign,
 * a space, hex, a fraction, or too large). */
int seed_parse(const char *text, uint64_t *out);

#endif
