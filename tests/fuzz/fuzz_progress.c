/* fuzz_progress.c — a student's progress file: a file that parses must
 * write back and parse again to the very same bytes (parse -> write ->
 * parse -> write), and one that does not must say why.
 *
 * Input: the file's bytes. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "progress/progress.h"
#include "progress/state.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct progress p, q;
	char why[160];
	char *first, *second;
	size_t n1, n2;

	progress_init(&p, "");
	progress_init(&q, "");
	if (progress_parse(&p, (const char *)data, size, why, sizeof why) != PROGRESS_OK) {
		progress_free(&p);
		progress_free(&q);
		return 0;
	}
	first = progress_format(&p, &n1);
	if (!first)
		abort();
	if (progress_parse(&q, first, n1, why, sizeof why) != PROGRESS_OK)
		abort(); /* what we wrote, we must read */
	second = progress_format(&q, &n2);
	if (!second || n1 != n2 || memcmp(first, second, n1) != 0)
		abort(); /* and write the same again */
	free(first);
	free(second);
	progress_free(&q);
	progress_free(&p);
	return 0;
}
