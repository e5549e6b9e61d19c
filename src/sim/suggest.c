/* suggest.c — "did you mean": the nearest name to a typo.
 *
 * Owns: the rule for when a candidate is near enough to suggest (the
 * distance itself is util/edit.c's). */
#include <string.h>

#include "sim/sim_impl.h"
#include "util/edit.h"

const char *sim_nearest(const char *name, const char *const *cands,
                        size_t n)
{
	const char *best = NULL;
	size_t bestd = (size_t)-1, len = strlen(name);
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
	/* Near enough: at most a third of the typed length, and at most 3. */
	size_t limit = len / 3 + 1;
	if (limit > 3)
		limit = 3;
	return bestd <= limit ? best : NULL;
}
