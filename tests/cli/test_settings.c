/* test_settings.c — the settings files (util/conf.c, cli/settings.c):
 * the format, file:line warnings for bad lines that are then ignored, the
 * user's file over the site's, a site's restricted mode that stays on,
 * and the order in which the lesson directory is chosen. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "cli/settings.h"
#include "util/conf.h"

/* What a parse reported, one "line: message" per line. */
struct record {
	char out[4096];
	int nwarn;
};

static const char *set_keep(void *arg, const char *key, const char *value, int line)
{
	struct record *r = arg;
	size_t n = strlen(r->out);

	if (strcmp(key, "bad") == 0)
		return "bad is refused";
	snprintf(r->out + n, sizeof r->out - n, "%d:%s=[%s]\n", line, key, value);
	return NULL;
}

static void warn_keep(void *arg, int line, const char *msg)
{
	struct record *r = arg;
	size_t n = strlen(r->out);

	snprintf(r->out + n, sizeof r->out - n, "%d! %s\n", line, msg);
	r->nwarn++;
}

static void format(void **state)
{
	static const char text[] =
		"# comment\n"
		"\n"
		"  theme   =   light  \n"
		"empty =\n"
		"value = has = signs # and a hash\r\n"
		"no equals here\n"
		"Key = upper\n"
		" = nokey\n"
		"bad = x\n"
		"nul\0here = 1\n"
		"utf8 = caf\xc3\xa9\n"
		"latin1 = caf\xe9\n"
		"last = no newline";
	struct record r = { .out = "" };

	(void)state;
	assert_int_equal(conf_parse(text, sizeof text - 1, set_keep, warn_keep, &r), 6);
	assert_string_equal(r.out,
		"3:theme=[light]\n"
		"4:empty=[]\n"
		"5:value=[has = signs # and a hash]\n"
		"6! not 'key = value'; line ignored\n"
		"7! a key is a-z, 0-9, '-' and '_'; line ignored\n"
		"8! no key before '='; line ignored\n"
		"9! bad is refused\n"
		"10! a control character; line ignored\n"
		"11:utf8=[caf\xc3\xa9]\n"
		"12! invalid UTF-8; line ignored\n"
		"13:last=[no newline]\n");
}

static void limits(void **state)
{
	char *big = malloc(CONF_MAX_BYTES + 100);
	struct record r = { .out = "" };

	(void)state;
	assert_non_null(big);
	memset(big, 'a', CONF_MAX_LINE + 1);
	memcpy(big + CONF_MAX_LINE + 1, "\nk = v\n", 7);
	assert_int_equal(conf_parse(big, CONF_MAX_LINE + 8, set_keep, warn_keep, &r), 1);
	assert_string_equal(r.out, "1! line longer than 1024 bytes; ignored\n2:k=[v]\n");
	/* A file past the limit: the start is read, the rest is not. */
	memset(big, '\n', CONF_MAX_BYTES + 100);
	memcpy(big, "k = v\n", 6);
	memcpy(big + CONF_MAX_BYTES - 2, "x = y\n", 6);
	r.out[0] = '\0';
	conf_parse(big, CONF_MAX_BYTES + 100, set_keep, warn_keep, &r);
	assert_string_equal(r.out, "0! larger than 65536 bytes; only the start is read\n1:k=[v]\n");
	free(big);
}

/* ---- settings ---------------------------------------------------------- */

static char dir[64];

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

struct warnings {
	char out[2048];
};

static void settings_warn_keep(void *arg, const char *file, int line, const char *msg)
{
	struct warnings *w = arg;
	size_t n = strlen(w->out);
	const char *base = strrchr(file, '/');

	snprintf(w->out + n, sizeof w->out - n, "%s:%d: %s\n", base ? base + 1 : file, line, msg);
}

static int setup(void **state)
{
	char path[128];

	(void)state;
	snprintf(dir, sizeof dir, "/tmp/cascade-settings-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/home", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/home/.config", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/home/.config/cascade", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/content", dir);
	mkdir(path, 0700);
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void site_then_user(void **state)
{
	char site[128], user[128], home[128];
	struct settings s;
	struct warnings w = { "" };
	struct settings_paths paths = { .site_config = site };

	(void)state;
	snprintf(site, sizeof site, "%s/site", dir);
	snprintf(home, sizeof home, "%s/home", dir);
	snprintf(user, sizeof user, "%s/home/.config/cascade/config", dir);
	write_file(site, "theme = light\ncharset = blocks\nrestricted = yes\n"
	                 "class-dir = /srv/class\nclass-group = bio\nbogus = 1\n");
	write_file(user, "theme = dark\nrestricted = no\ncharset = ebcdic\nclass-dir = rel\n");
	settings_load(&s, &paths, NULL, home, settings_warn_keep, &w);
	assert_true(s.have_theme);
	assert_int_equal(s.theme, THEME_DARK);            /* the user's */
	assert_int_equal(s.charset, CHARSET_BLOCKS);      /* the site's: the user's was bad */
	assert_true(s.restricted);                        /* the site's yes stays */
	assert_string_equal(s.class_dir, "/srv/class");
	assert_true(s.class_dir_site);
	assert_string_equal(s.class_group, "bio");
	assert_string_equal(w.out,
		"site:6: unknown setting 'bogus'; line ignored\n"
		"config:2: the site's settings force restricted mode; line ignored\n"
		"config:3: charset takes ascii, blocks or braille, not 'ebcdic'; line ignored\n"
		"config:4: class-dir takes an absolute directory, not 'rel'; line ignored\n");
	settings_free(&s);

	/* The reader's preferences: the end of a page, the measure. */
	write_file(user, "end-of-page = stay\nmeasure = left\nend-of-page = later\n");
	w.out[0] = '\0';
	settings_load(&s, &paths, NULL, home, settings_warn_keep, &w);
	assert_true(s.space_stays);
	assert_true(s.measure_left);
	assert_non_null(strstr(w.out, "config:3: end-of-page takes next or stay, not 'later'"));
	settings_free(&s);

	/* The user's class-dir is marked as the user's. */
	write_file(user, "class-dir = /home/me/class\n");
	w.out[0] = '\0';
	settings_load(&s, &paths, NULL, home, settings_warn_keep, &w);
	assert_string_equal(s.class_dir, "/home/me/class");
	assert_false(s.class_dir_site);
	settings_free(&s);

	/* XDG_CONFIG_HOME, when absolute, instead of ~/.config. */
	w.out[0] = '\0';
	paths.site_config = NULL;
	settings_load(&s, &paths, dir, home, settings_warn_keep, &w);
	assert_false(s.have_theme);
	assert_string_equal(w.out, "");
	settings_free(&s);
}

static void missing_and_unreadable(void **state)
{
	char path[128];
	struct settings s = { 0 };
	struct warnings w = { "" };

	(void)state;
	snprintf(path, sizeof path, "%s/nothing-here", dir);
	settings_read(&s, path, true, settings_warn_keep, &w);
	assert_string_equal(w.out, "");        /* a missing file is no problem */
	settings_read(&s, dir, true, settings_warn_keep, &w);
	assert_non_null(strstr(w.out, ":0: not a regular file; ignored")); /* a directory */
	settings_free(&s);
}

static void content_order(void **state)
{
	char site[128], page[160];
	enum content_source src;

	(void)state;
	snprintf(site, sizeof site, "%s/content", dir);
	assert_null(settings_content(NULL, NULL, site, &src));  /* empty: built in */
	assert_int_equal(src, CONTENT_BUILTIN);
	snprintf(page, sizeof page, "%s/01-intro.md", site);
	write_file(page, "---\nid: intro\ntitle: Intro\n---\nHello\n");
	assert_string_equal(settings_content(NULL, "", site, &src), site);
	assert_int_equal(src, CONTENT_SITE);
	assert_string_equal(settings_content(NULL, "/env", site, &src), "/env");
	assert_int_equal(src, CONTENT_ENV);
	assert_string_equal(settings_content("/opt", "/env", site, &src), "/opt");
	assert_int_equal(src, CONTENT_OPTION);
	assert_null(settings_content(NULL, NULL, "/nonexistent/cascade", &src));
	assert_int_equal(src, CONTENT_BUILTIN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(format),
		cmocka_unit_test(limits),
		cmocka_unit_test(site_then_user),
		cmocka_unit_test(missing_and_unreadable),
		cmocka_unit_test(content_order),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
