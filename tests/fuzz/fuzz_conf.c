/* fuzz_conf.c — a settings file (util/conf.h, cli/settings.h): any bytes
 * are read without a crash, every complaint names a line within the
 * file, and the settings that come out are ones the program can use (a
 * known theme and charset, an absolute class directory).  The same bytes
 * are read as the site's file and as the user's.
 *
 * Input: the file's bytes. */
#include <stdlib.h>
#include <string.h>

#include "cli/settings.h"
#include "fuzz.h"
#include "util/conf.h"

struct seen {
	int lines;  /* lines in the input */
	int last;   /* the last line reported */
};

static const char *accept_some(void *arg, const char *key, const char *value, int line)
{
	(void)arg;
	(void)line;
	if (strlen(key) > CONF_MAX_KEY || strlen(value) > CONF_MAX_LINE)
		abort();
	return key[0] == 'x' ? "rejected" : NULL;
}

static void on_warn(void *arg, int line, const char *msg)
{
	struct seen *s = arg;

	if (line < 0 || line > s->lines || line < s->last || !msg || !*msg)
		abort(); /* in order, and within the file */
	s->last = line;
}

static void on_settings_warn(void *arg, const char *file, int line, const char *msg)
{
	(void)arg;
	if (!file || line < 0 || !msg)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct seen s = { .lines = 1 };
	struct settings st;
	char path[256];

	for (size_t i = 0; i < size; i++)
		s.lines += data[i] == '\n';
	conf_parse((const char *)data, size, accept_some, on_warn, &s);

	fuzz_write(fuzz_dir(), "config", data, size);
	snprintf(path, sizeof path, "%s/config", fuzz_dir());
	for (int site = 0; site < 2; site++) {
		memset(&st, 0, sizeof st);
		settings_read(&st, path, site, on_settings_warn, NULL);
		if ((st.have_theme && (unsigned)st.theme >= THEME__COUNT) ||
		    (st.class_dir && st.class_dir[0] != '/') ||
		    (st.site_restricted && !st.restricted))
			abort();
		settings_free(&st);
	}
	fuzz_remove(fuzz_dir(), "config");
	return 0;
}
