/* test_glossary.c — the glossary reader (lesson/glossary.h): terms,
 * aliases and definition ranges of the built-in glossary, look-ups, and
 * the faults of tests/lint/broken/glossary.md. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/glossary.h"

static const char *broken_dir(void)
{
	const char *top = getenv("top_srcdir");
	static char buf[4096];

	snprintf(buf, sizeof buf, "%s/tests/lint/broken", top ? top : ".");
	return buf;
}

static const struct gloss_term *find(const struct glossary *g, const char *text)
{
	return glossary_find(g, text, strlen(text));
}

static bool has_diag(const struct diags *d, int line, const char *text)
{
	for (size_t i = 0; i < d->len; i++)
		if (d->items[i].line == line && strstr(d->items[i].msg, text))
			return true;
	return false;
}

static void builtin_glossary_reads_clean(void **state)
{
	struct course c;
	struct diags d;
	struct glossary g;

	(void)state;
	diags_init(&d);
	assert_int_equal(course_load(&c, NULL, &d), 0);
	assert_non_null(c.glossary);
	assert_int_equal(glossary_load(&g, c.glossary, &d), 0);
	assert_int_equal(d.len, 0);
	assert_true(g.nterms >= 60);
	assert_ptr_equal(g.doc, c.glossary->doc);
	for (size_t i = 0; i < g.nterms; i++) {
		const struct gloss_term *t = &g.terms[i];

		assert_true(*t->name);
		assert_true(t->line > 4);
		assert_true(t->def_first < t->def_end);
		assert_true(t->def_end <= g.doc->nblocks);
		assert_int_equal(g.doc->blocks[t->def_first - (t->aliases_line ? 2 : 1)].kind,
		                 BLOCK_HEADING);
		for (size_t k = 0; k < t->naliases; k++)
			assert_true(*t->aliases[k]);
	}
	glossary_free(&g);
	course_free(&c);
	diags_free(&d);
}

static void lookups_match_names_and_aliases_in_any_case(void **state)
{
	struct course c;
	struct diags d;
	struct glossary g;
	const struct gloss_term *t;

	(void)state;
	diags_init(&d);
	assert_int_equal(course_load(&c, NULL, &d), 0);
	assert_int_equal(glossary_load(&g, c.glossary, &d), 0);
	t = find(&g, "Autopsy");
	assert_non_null(t);
	assert_string_equal(t->name, "Autopsy");
	assert_ptr_equal(find(&g, "autopsies"), t);
	assert_ptr_equal(find(&g, "AUTOPSY"), t);
	assert_non_null(t = find(&g, "circulating tumor cell"));
	assert_string_equal(t->name, "CTC");
	assert_int_equal(t->naliases, 2);
	assert_null(find(&g, "Autops"));
	assert_null(find(&g, "no such term"));
	assert_null(glossary_find(&g, "Autopsy", 0));
	glossary_free(&g);
	course_free(&c);
	diags_free(&d);
}

static void broken_glossary_reports_form(void **state)
{
	struct course c;
	struct diags d;
	struct glossary g;
	const struct gloss_term *t;

	(void)state;
	diags_init(&d);
	course_load(&c, broken_dir(), &d);
	assert_non_null(c.glossary);
	diags_free(&d);
	diags_init(&d);
	assert_int_equal(glossary_load(&g, c.glossary, &d), 0);
	assert_int_equal(g.nterms, 9);
	assert_true(has_diag(&d, 6, "before the first"));
	/* "Also: capillaries, capillaries, Capillary": kept as written; lint
	 * reports the repeats. */
	assert_non_null(t = find(&g, "capillaries"));
	assert_int_equal(t->naliases, 3);
	assert_int_equal(t->aliases_line, 26);
	/* "Also: , anti-apoptotic protein" */
	assert_non_null(t = find(&g, "Bcl-2"));
	assert_int_equal(t->naliases, 1);
	assert_string_equal(t->aliases[0], "anti-apoptotic protein");
	assert_true(has_diag(&d, 32, "empty alias"));
	/* "Also:" alone */
	assert_non_null(t = find(&g, "Cluster"));
	assert_int_equal(t->naliases, 0);
	assert_int_equal(t->aliases_line, 38);
	assert_true(t->def_first < t->def_end);
	/* a heading straight after another */
	assert_non_null(t = find(&g, "Extravasation"));
	assert_int_equal(t->def_first, t->def_end);
	assert_true(has_diag(&d, 48, "no definition"));
	/* "Also:" after the definition is part of it, with a warning */
	assert_non_null(t = find(&g, "Fibrin"));
	assert_int_equal(t->naliases, 0);
	assert_int_equal(t->def_end - t->def_first, 2);
	assert_true(has_diag(&d, 54, "straight after"));
	assert_null(find(&g, "fibrin mesh"));
	glossary_free(&g);
	course_free(&c);
	diags_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(builtin_glossary_reads_clean),
		cmocka_unit_test(lookups_match_names_and_aliases_in_any_case),
		cmocka_unit_test(broken_glossary_reports_form),
	};

	return cmocka_run_group_tests_name("glossary", tests, NULL, NULL);
}
