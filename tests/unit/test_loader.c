/* test_loader.c — loading courses: the built-in one, a directory, and
 * broken files that must be reported with file:line and left out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lesson/course.h"
#include "lesson/doc.h"

static char *fixture(const char *name)
{
	const char *top = getenv("top_srcdir");
	static char buf[4096];

	snprintf(buf, sizeof buf, "%s/tests/unit/fixtures/%s", top ? top : ".", name);
	return buf;
}

/* The diagnostic mentioning both file and text, or NULL. */
static const struct diag *find_diag(const struct diags *d, const char *file, const char *text)
{
	for (size_t i = 0; i < d->len; i++)
		if (strstr(d->items[i].file, file) && strstr(d->items[i].msg, text))
			return &d->items[i];
	return NULL;
}

static void builtin_course_loads_in_order(void **state)
{
	struct course c;
	struct diags d;

	(void)state;
	diags_init(&d);
	assert_int_equal(course_load(&c, NULL, &d), 0);
	assert_int_equal(d.nerrors, 0);
	assert_true(c.npages >= 2);
	for (size_t i = 1; i < c.npages; i++)
		assert_true(c.pages[i - 1].number < c.pages[i].number);
	assert_string_equal(c.pages[0].path, "content/01-how-to-use.md");
	course_free(&c);
	diags_free(&d);
}

static void directory_course_loads_pages_and_glossary(void **state)
{
	struct course c;
	struct diags d;

	(void)state;
	diags_init(&d);
	assert_int_equal(course_load(&c, fixture("good"), &d), 0);
	assert_int_equal(c.npages, 2);
	assert_string_equal(c.pages[0].id, "first");
	assert_string_equal(c.pages[0].title, "The first page");
	assert_int_equal(c.pages[0].body_line, 5);
	assert_non_null(c.glossary);
	assert_non_null(find_diag(&d, "README.md", "not a page"));
	assert_int_equal(d.nerrors, 0);
	assert_ptr_equal(course_find(&c, "2"), &c.pages[1]);
	assert_ptr_equal(course_find(&c, "02"), &c.pages[1]);
	assert_ptr_equal(course_find(&c, "second"), &c.pages[1]);
	assert_null(course_find(&c, "3"));
	assert_null(course_find(&c, "nope"));
	assert_null(course_find(&c, ""));
	course_free(&c);
	diags_free(&d);
}

static void broken_files_are_reported_and_left_out(void **state)
{
	struct course c;
	struct diags d;
	const struct diag *g;

	(void)state;
	diags_init(&d);
	assert_int_equal(course_load(&c, fixture("bad"), &d), 0);
	assert_int_equal(c.npages, 1);
	assert_string_equal(c.pages[0].id, "ok");
	assert_non_null(g = find_diag(&d, "02-no-front-matter.md", "missing front matter"));
	assert_int_equal(g->line, 1);
	assert_non_null(g = find_diag(&d, "03-bad-id.md", "id 'Bad Id'"));
	assert_int_equal(g->line, 2);
	assert_non_null(find_diag(&d, "04-dup-id.md", "also"));
	assert_non_null(g = find_diag(&d, "05-bad-utf8.md", "invalid UTF-8"));
	assert_int_equal(g->line, 6);
	assert_non_null(find_diag(&d, "06-unclosed.md", "not closed"));
	assert_non_null(find_diag(&d, "07-no-title.md", "no 'title:'"));
	assert_int_equal(d.nerrors, 6);
	course_free(&c);
	diags_free(&d);
}

static void missing_directory_is_an_error(void **state)
{
	struct course c;
	struct diags d;

	(void)state;
	diags_init(&d);
	assert_int_equal(course_load(&c, fixture("no-such-dir"), &d), -1);
	assert_non_null(find_diag(&d, "no-such-dir", "cannot open"));
	course_free(&c);
	diags_free(&d);
}

static void source_lines_are_file_lines(void **state)
{
	struct course c;
	struct diags d;
	struct doc *doc;

	(void)state;
	diags_init(&d);
	assert_int_equal(course_load(&c, fixture("good"), &d), 0);
	doc = page_doc(&c.pages[1], &d);
	assert_int_equal(doc->nblocks, 2);
	assert_int_equal(doc->blocks[0].kind, BLOCK_HEADING);
	assert_int_equal(doc->blocks[0].line, 5);
	assert_int_equal(doc->blocks[1].line, 7);
	course_free(&c);
	diags_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(builtin_course_loads_in_order),
		cmocka_unit_test(directory_course_loads_pages_and_glossary),
		cmocka_unit_test(broken_files_are_reported_and_left_out),
		cmocka_unit_test(missing_directory_is_an_error),
		cmocka_unit_test(source_lines_are_file_lines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
