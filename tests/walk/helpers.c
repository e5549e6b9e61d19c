/* helpers.c — the walkthrough tests' shared fixtures (see helpers.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"

static struct course course;

int walk_setup(void **state)
{
	struct diags d;
	int rc;

	(void)state;
	diags_init(&d);
	rc = course_load(&course, NULL, &d);
	diags_free(&d);
	return rc;
}

int walk_teardown(void **state)
{
	(void)state;
	course_free(&course);
	return 0;
}

struct course *walk_course(void)
{
	return &course;
}

size_t walk_page(const char *key)
{
	struct page *p = course_find(&course, key);

	assert_non_null(p);
	return course_index(&course, p);
}

int walk_parse_len(struct walkthrough *w, const char *text, size_t len, char **msgs)
{
	struct diags d;
	size_t size = 1, n = 0;
	char *out;
	int rc;

	diags_init(&d);
	rc = walkthrough_parse(w, "t.walk", text, len, &course, &d);
	for (size_t i = 0; i < d.len; i++)
		size += strlen(d.items[i].msg) + 16;
	out = malloc(size);
	assert_non_null(out);
	out[0] = '\0';
	for (size_t i = 0; i < d.len; i++) {
		assert_string_equal(d.items[i].file, "t.walk");
		assert_int_equal(d.items[i].level, DIAG_ERROR);
		n += (size_t)snprintf(out + n, size - n, "%d: %s\n", d.items[i].line,
		                      d.items[i].msg);
	}
	/* Every error was recorded: the count agrees with the list. */
	assert_int_equal(d.nerrors, d.len);
	assert_int_equal(rc == 0, d.len == 0);
	diags_free(&d);
	*msgs = out;
	return rc;
}

int walk_parse(struct walkthrough *w, const char *text, char **msgs)
{
	return walk_parse_len(w, text, strlen(text), msgs);
}

void walk_expect(const char *text, const char *want)
{
	struct walkthrough w;
	char *msgs;
	int rc = walk_parse(&w, text, &msgs);

	if (strcmp(msgs, want) != 0)
		fprintf(stderr, "# for:\n%s# want:\n%s# got:\n%s", text, want, msgs);
	assert_int_equal(rc, -1);
	assert_string_equal(msgs, want);
	/* A failed parse leaves nothing behind. */
	assert_int_equal(w.nstops, 0);
	assert_null(w.stops);
	assert_null(w.path);
	walkthrough_free(&w);
	free(msgs);
}

char *walk_srcdir_path(const char *rel)
{
	const char *top = getenv("top_srcdir");
	size_t n = strlen(top ? top : ".") + strlen(rel) + 2;
	char *p = malloc(n);

	assert_non_null(p);
	snprintf(p, n, "%s/%s", top ? top : ".", rel);
	return p;
}
