/* grow.c — see grow.h. */
#include <stdint.h>
#include <stdlib.h>

#include "util/grow.h"

int grow_for_one(void **items, size_t *cap, size_t n, size_t elem, size_t first)
{
	size_t ncap;
	void *p;

	if (n < *cap)
		return 0;
	ncap = *cap ? *cap : (first ? first : 1);
	while (ncap <= n) {
		if (ncap > SIZE_MAX / 2)
			return -1;
		ncap *= 2;
	}
	if (elem && ncap > SIZE_MAX / elem)
		return -1;
	p = realloc(*items, ncap * elem);
	if (!p)
		return -1;
	*items = p;
	*cap = ncap;
	return 0;
}
