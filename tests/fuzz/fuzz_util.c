/* fuzz_util.c — see fuzz.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "view/glyph.h"
#include "view/grid.h"

static char dir_path[64];

static void remove_dir(void)
{
	static const char *const names[] = { "01-fuzz.md", "02-page.md", "glossary.md" };
	char path[128];

	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		snprintf(path, sizeof path, "%s/%s", dir_path, names[i]);
		unlink(path);
	}
	rmdir(dir_path);
}

const char *fuzz_dir(void)
{
	if (!dir_path[0]) {
		const char *tmp = getenv("TMPDIR");

		snprintf(dir_path, sizeof dir_path, "%s/cascade-fuzz-XXXXXX",
		         tmp && strlen(tmp) < 32 ? tmp : "/tmp");
		if (!mkdtemp(dir_path))
			abort();
		atexit(remove_dir);
	}
	return dir_path;
}

void fuzz_write(const char *dir, const char *name, const void *data, size_t size)
{
	char path[128];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "wb");
	if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
		abort();
}

FILE *fuzz_null(void)
{
	static FILE *null;

	if (!null && !(null = fopen("/dev/null", "w")))
		abort();
	return null;
}

void fuzz_remove(const char *dir, const char *name)
{
	char path[128];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	unlink(path);
}

void fuzz_encode_grid(const struct grid *g)
{
	char enc[16];
	volatile size_t total = 0;

	for (size_t i = 0; i < g->len; i++)
		for (size_t k = 0; k < g->lines[i].len; k++) {
			total += glyph_encode(&g->lines[i].cells[k], CHARSET_ASCII, enc);
			total += glyph_encode(&g->lines[i].cells[k], CHARSET_BLOCKS, enc);
		}
	(void)total;
}
