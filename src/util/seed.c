/* seed.c — see seed.h. */
#include "util/seed.h"

int seed_parse(const char *text, uint64_t *out)
{
	uint64_t v = 0;

	if (!*text)
		return -1;
	for (const char *s = text; *s; s++) {
		unsigned d = (unsigned)(*s - '0');

		if (d > 9 || v > (UINT64_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	*out = v;
	return 0;
}
