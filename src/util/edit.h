/* edit.h — how far apart two short names are, for "did you mean".
 * No state, no locale. */
#ifndef CASCADE_EDIT_H
#define CASCADE_EDIT_H

#include <stddef.h>

#define EDIT_MAX_LEN 64 /* bytes of each name compared; the rest is ignored */

/* The Levenshtein distance between a and b, ignoring ASCII case. */
size_t edit_distance(const char *a, const char *b);

#endif
