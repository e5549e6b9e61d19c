/* edit.c — the edit distance behind every "did you mean", and the rule
 * for when a name is near enough to suggest (see edit.h). */
#include <ctype.h>
#include <string.h>

#include "util/edit.h"

size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t row[EDIT_MAX_LEN + 1];

	if (la > EDIT_MAX_LEN)
		la = EDIT_MAX_LEN;
	if (lb > EDIT_MAX_LEN)
		lb = EDIT_MAX_LEN;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
			size_t best = diag + (same ? 0 : 1);

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

const char *edit_nearest(const char *name, const char *const *cands, size_t n)
{
	const char *best = NULL;
	size_t bestd = (size_t)-1, len = strlen(name), limit;

	for (size_t i = 0; i < n; i++) {
		size_t d = edit_distance(name, cands[i]);

		/* A prefix of a name ("circ") is as good as one edit. */
		if (len >= 3 && strncmp(name, cands[i], len) == 0 && d > 1)
			d = 1;
		if (d < bestd) {
			bestd = d;
			best = cands[i];
		}
	}
	limit = len / 3 + 1;
	if (limit > 3)
		limit = 3;
	return bestd <= limit ? best : NULL;
}
