/* fuzz_walk.c — an instructor's walkthrough file, read against the
 * built-in course as `cascade --walkthrough FILE` and `cascade lint
 * --walkthrough FILE` read it.
 *
 * Input: the file's bytes. */
#include <stdlib.h>

#include "fuzz.h"
#include "lesson/course.h"
#include "lesson/walkthrough.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct course course;
	static int loaded;
	struct walkthrough w;
	struct diags d;

	diags_init(&d);
	if (!loaded) {
		if (course_load(&course, NULL, &d) != 0)
			abort();
		loaded = 1;
	}
	walkthrough_parse(&w, "fuzz.walk", (const char *)data, size, &course, &d);
	walkthrough_free(&w);
	diags_print(&d, fuzz_null());
	diags_free(&d);
	return 0;
}
