/* edit.h — how far apart two short names are, and which is near enough
 * to suggest: every "did you mean" uses these.
 * No state, no locale. */
#ifndef CASCADE_EDIT_H
#define CASCADE_EDIT_H

#include <stddef.h>

#define EDIT_MAX_LEN 64 /* bytes of each name compared; the rest is ignored */

/* The Levenshtein distance between a and b, ignoring ASCII case. */
size_t edit_distance(const char *a, const char *b);

/* The candidate nearest name, if near enough to suggest ("did you mean"):
 * at most a third of name's length in edits, and at most 3; a prefix of
 * three or more characters counts as one edit.  NULL if none is. */
const char *edit_nearest(const char *name, const char *const *cands, size_t n);

#endif
