/* suggest.c — "did you mean" for models, parameters and presets: the
 * nearest name to a typo, by util/edit.c's rule. */
#include "sim/sim_impl.h"
#include "util/edit.h"

const char *sim_nearest(const char *name, const char *const *cands,
                        size_t n)
{
	return edit_nearest(name, cands, n);
}
