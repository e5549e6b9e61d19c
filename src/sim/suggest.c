/* suggest.c — "did you mean": the nearest name to a typo.
 *
 * Owns: the edit distance (Levenshtein, case-insensitive) and the rule
 * for when a candidate is near enough to suggest. */
#include <ctype.h>
#include <string.h>

#include "sim/sim_impl.h"

#define MAXLEN 64

size_t sim_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > MAXLEN || lb > MAXLEN)
		return (size_t)-1;
	size_t row[MAXLEN + 1];
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			int same = tolower((unsigned char)a[i - 1]) ==
			           tolower((unsigned char)b[j - 1]);
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

const char *sim_nearest(const char *name, const char *const *cands,
                        size_t n)
{
	const char *best = NULL;
	size_t bestd = (size_t)-1, len = strlen(name);
	for (size_t i = 0; i < n; i++) {
		size_t d = sim_edit_distance(name, cands[i]);
		/* A prefix of a name ("circ") is as good as one edit. */
		if (len >= 3 && strncmp(name, cands[i], len) == 0 && d > 1)
			d = 1;
		if (d < bestd) {
			bestd = d;
			best = cands[i];
		}
	}
	/* Near enough: at most a third of the typed length, and at most 3. */
	size_t limit = len / 3 + 1;
	if (limit > 3)
		limit = 3;
	return bestd <= limit ? best : NULL;
}
