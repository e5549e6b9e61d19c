/* test_course.c — searching the whole course (counts, context lines, a
 * limit that stops it, the built-in lessons) and the glossary matcher
 * (terms, aliases, plurals, longest first, escaping, across wraps, and the
 * built-in glossary found in the built-in pages). */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <cmocka.h>

#include "../unit/helpers.h"
#include "lesson/glossary.h"
#include "search/glossary_match.h"
#include "search_helpers.h"

/* ---- the course -------------------------------------------------------- */

static void course_search_counts_pages_and_gives_context(void **state)
{
	static const char *const md[] = {
		"Nothing here.\n",
		"Platelets arrive.\n\nA platelet cloak, then another platelet.\n",
		"Glossary: *platelet* is a cell fragment.\n",
	};
	struct page *pages = make_pages(md, 3);
	struct course c = { .pages = pages, .npages = 2, .glossary = &pages[2] };
	struct search_index ix;
	struct layout_opts o = { .width = 30, .charset = CHARSET_BLOCKS };
	struct search_pattern *p = compile("platelet", NULL);
	struct search_course_result r;

	(void)state;
	assert_int_equal(search_index_build(&ix, &c, &o, NULL), 0);
	assert_int_equal(ix.npages, 3);
	assert_ptr_equal(ix.pages[2].page, &pages[2]);
	assert_int_equal(search_course(p, &ix, &r), SEARCH_OK);
	assert_int_equal(r.npages, 2);
	assert_int_equal(r.total, 4);
	assert_int_equal(r.pages[0].page, 1);
	assert_int_equal(r.pages[0].result.nmatches, 3);
	assert_string_equal(r.pages[0].context, "Platelets arrive.");
	assert_int_equal(r.pages[0].result.matches[0].line, 3); /* title, rule, blank */
	assert_int_equal(r.pages[1].page, 2);                   /* the glossary */
	assert_string_equal(r.pages[1].context, "Glossary: platelet is a cell");
	search_course_free(&r);
	search_pattern_free(p);
	search_index_free(&ix);
	free_pages(pages, 3);
}

static void course_search_stops_at_a_limit(void **state)
{
	static char text[3000];
	const char *md[3] = { text, text, text };
	struct page *pages;
	struct course c = { 0 };
	struct search_index ix;
	struct layout_opts o = { .width = 40, .charset = CHARSET_BLOCKS };
	struct search_opts so = { .match_limit = 10000 };
	struct search_pattern *p = compile("(\\w+\\s?)+$", &so);
	struct search_course_result r;

	(void)state;
	for (size_t i = 0; i + 5 < sizeof text; i += 5)
		memcpy(text + i, "aaaa ", 5);
	strcpy(text + sizeof text - 6, "a!\n");
	pages = make_pages(md, 3);
	c.pages = pages;
	c.npages = 3;
	assert_int_equal(search_index_build(&ix, &c, &o, NULL), 0);
	/* The title "T" matches; the paragraph hits the limit, and the two
	 * pages after it are not searched at all. */
	assert_int_equal(search_course(p, &ix, &r), SEARCH_TOO_COMPLEX);
	assert_int_equal(r.npages, 1);
	assert_int_equal(r.pages[0].page, 0);
	assert_int_equal(r.total, 1);
	search_course_free(&r);
	search_index_free(&ix);
	search_pattern_free(p);
	free_pages(pages, 3);
}

static void course_search_of_the_built_in_lessons(void **state)
{
	struct course c = { 0 };
	struct search_index ix;
	struct layout_opts o = { .width = 80, .charset = CHARSET_BLOCKS };
	struct search_pattern *p = compile("platelet", NULL);
	struct search_course_result r;
	struct diags d;

	(void)state;
	diags_init(&d);
	assert_int_equal(course_load(&c, NULL, &d), 0);
	assert_int_equal(search_index_build(&ix, &c, &o, &d), 0);
	assert_int_equal(ix.npages, c.npages + (c.glossary != NULL));
	assert_int_equal(search_course(p, &ix, &r), SEARCH_OK);
	assert_true(r.npages >= 2);
	assert_true(r.total >= r.npages);
	for (size_t i = 0; i < r.npages; i++) {
		const struct search_page_hits *h = &r.pages[i];
		const struct search_match *m = &h->result.matches[0];
		const struct search_span *s = &h->result.spans[m->span];
		char buf[512];

		assert_true(has_caseless(h->context, "platelet"));
		assert_int_equal(m->nspans, 1);
		span_text(&ix.pages[h->page].layout.grid, s->line, s->col, s->end_col, buf, sizeof buf);
		assert_int_equal(strcasecmp(buf, "platelet"), 0);
	}
	search_course_free(&r);
	search_index_free(&ix);
	search_pattern_free(p);
	course_free(&c);
	diags_free(&d);
}

/* ---- the glossary matcher ---------------------------------------------- */

static const struct gloss_name names[] = {
	{ "Basement membrane", 0 },
	{ "Capillary", 1 }, { "capillaries", 1 },
	{ "Circulating tumour cell", 2 }, { "circulating tumor cell", 2 }, { "CTC", 2 },
	{ "Circulating", 3 },
	{ "Bcl-2", 4 },
	{ "Metastasis", 5 }, { "metastases", 5 },
	{ "", 6 },                       /* left out */
	{ "ctc", 7 },                    /* a repeat: term 2 keeps it */
};

static void glossary_finds_terms_aliases_and_plurals(void **state)
{
	struct gloss_matcher m;
	struct gloss_hits h;
	struct page *pg = test_page("Circulating tumour cells (CTCs) squeeze through capillaries, "
	                            "cross the basement membrane and form metastases. "
	                            "A circulating tumor cell, a Capillary, Bcl-2, BCL-2s. "
	                            "Not: ACTC, capillarysomething, Bcl-23.\n");
	struct layout lo;
	static const size_t want[] = { 2, 2, 1, 0, 5, 2, 1, 4, 4 };
	char buf[64];

	(void)state;
	assert_int_equal(gloss_matcher_init(&m, names, sizeof names / sizeof *names), SEARCH_OK);
	assert_int_equal(m.nnames, 10);
	test_layout(&lo, pg, 36); /* narrow: several terms straddle a wrap */
	assert_int_equal(gloss_find_layout(&m, &lo, &h), SEARCH_OK);
	assert_int_equal(h.result.nmatches, sizeof want / sizeof *want);
	for (size_t i = 0; i < h.result.nmatches; i++)
		assert_int_equal(h.terms[i], want[i]);
	/* The first hit is the whole "Circulating tumour cells", not "Circulating". */
	{
		const struct search_match *mt = &h.result.matches[0];
		const struct search_span *s = &h.result.spans[mt->span];

		assert_string_equal(span_text(&lo.grid, s->line, s->col, s->end_col, buf, sizeof buf),
		                    mt->nspans == 1 ? "Circulating tumour cells" : "Circulating tumour");
	}
	gloss_hits_free(&h);
	layout_free(&lo);
	test_page_free(pg);
	gloss_matcher_free(&m);

	/* No names: a matcher that finds nothing. */
	assert_int_equal(gloss_matcher_init(&m, names, 0), SEARCH_OK);
	assert_int_equal(m.nnames, 0);
	{
		static const char *const lines[] = { "capillary" };
		struct search_text t;
		struct grid g;

		make_grid(&g, lines, 1, NULL);
		assert_int_equal(search_text_build(&t, &g), 0);
		assert_int_equal(gloss_find(&m, &t, &h), SEARCH_OK);
		assert_int_equal(h.result.nmatches, 0);
		gloss_hits_free(&h);
		search_text_free(&t);
		grid_free(&g);
	}
	gloss_matcher_free(&m);
}

static void glossary_names_are_escaped(void **state)
{
	static const struct gloss_name odd[] = {
		{ "a.b", 0 }, { "(x)+", 1 }, { "c|d", 2 }, { "\\E", 3 }, { "e  f", 4 },
	};
	static const char *const lines[] = { "axb a.b (x)+ xx c|d c d \\E e f" };
	struct gloss_matcher m;
	struct gloss_hits h;
	struct search_text t;
	struct grid g;

	(void)state;
	assert_int_equal(gloss_matcher_init(&m, odd, 5), SEARCH_OK);
	make_grid(&g, lines, 1, NULL);
	assert_int_equal(search_text_build(&t, &g), 0);
	assert_int_equal(gloss_find(&m, &t, &h), SEARCH_OK);
	assert_int_equal(h.result.nmatches, 5);
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(h.terms[i], i);
	gloss_hits_free(&h);
	search_text_free(&t);
	grid_free(&g);
	gloss_matcher_free(&m);
}

/* Names beyond ASCII: case ignored in Latin-1, Greek and Cyrillic, words
 * bounded by letters of any script; a blank in a name spans a wrap and
 * runs of spaces but not a line's end, so a term never runs from one
 * paragraph into the next. */
static void glossary_words_across_scripts_and_lines(void **state)
{
	static const struct gloss_name intl[] = {
		{ "β-catenin", 0 }, { "Épithélium", 1 }, { "tumour cell", 2 }, { "клетка", 3 },
	};
	static const char *const lines[] = {
		"Β-CATENIN, ÉPITHÉLIUMS, КЛЕТКА and tumour   cells;",
		"but not aβ-catenin, épithéliumé or the tumour",
		"cell of the next paragraph, and a tumour",
		"cell that wrapped.",
	};
	static const unsigned char joins[] = { LINE_HARD, LINE_HARD, LINE_HARD, LINE_WRAPPED };
	static const size_t want[] = { 0, 1, 3, 2, 2 };
	struct gloss_matcher m;
	struct gloss_hits h;
	struct search_text t;
	struct grid g;
	char buf[64];

	(void)state;
	assert_int_equal(gloss_matcher_init(&m, intl, 4), SEARCH_OK);
	make_grid(&g, lines, 4, joins);
	assert_int_equal(search_text_build(&t, &g), 0);
	assert_int_equal(gloss_find(&m, &t, &h), SEARCH_OK);
	assert_int_equal(h.result.nmatches, sizeof want / sizeof *want);
	for (size_t i = 0; i < h.result.nmatches; i++)
		assert_int_equal(h.terms[i], want[i]);
	{
		const struct search_span *s = &h.result.spans[h.result.matches[1].span];

		assert_string_equal(span_text(&g, s->line, s->col, s->end_col, buf, sizeof buf),
		                    "ÉPITHÉLIUMS");
		s = &h.result.spans[h.result.matches[4].span];
		assert_int_equal(s->line, 2);
	}
	gloss_hits_free(&h);
	search_text_free(&t);
	grid_free(&g);
	gloss_matcher_free(&m);
}

/* The built-in glossary's terms, found in the built-in pages. */
static void glossary_of_the_built_in_course(void **state)
{
	struct course c = { 0 };
	struct glossary gl;
	struct gloss_matcher m;
	struct diags d;
	size_t pages_with_terms = 0;
	struct layout_opts o = { .width = 80, .charset = CHARSET_BLOCKS };

	(void)state;
	diags_init(&d);
	assert_int_equal(course_load(&c, NULL, &d), 0);
	assert_non_null(c.glossary);
	assert_int_equal(glossary_load(&gl, c.glossary, &d), 0);
	assert_true(gl.nterms > 20);
	assert_int_equal(gloss_matcher_from_glossary(&m, &gl), SEARCH_OK);
	for (size_t i = 0; i < c.npages; i++) {
		struct layout lo;
		struct gloss_hits h;
		struct search_text t;

		assert_int_equal(layout_page(&lo, &c.pages[i], &o, &d), 0);
		assert_int_equal(search_text_build(&t, &lo.grid), 0);
		assert_int_equal(gloss_find(&m, &t, &h), SEARCH_OK);
		pages_with_terms += h.result.nmatches > 0;
		for (size_t k = 0; k < h.result.nmatches; k++) {
			const struct search_match *mt = &h.result.matches[k];
			const struct gloss_term *term = &gl.terms[h.terms[k]];
			char found[256];
			size_t n = mt->end - mt->start < sizeof found - 1 ? mt->end - mt->start : sizeof found - 1;

			/* What was found starts like its term's name or an alias. */
			memcpy(found, t.bytes + mt->start, n);
			found[n] = '\0';
			for (char *s = found; *s; s++)
				if (*s == '\n')
					*s = ' ';
			bool ok = strncasecmp(found, term->name, 3) == 0;

			for (size_t a = 0; a < term->naliases && !ok; a++)
				ok = strncasecmp(found, term->aliases[a], 3) == 0;
			if (!ok)
				fail_msg("'%s' taken for term '%s'", found, term->name);
		}
		gloss_hits_free(&h);
		search_text_free(&t);
		layout_free(&lo);
	}
	assert_true(pages_with_terms >= c.npages / 2);
	gloss_matcher_free(&m);
	glossary_free(&gl);
	course_free(&c);
	diags_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(course_search_counts_pages_and_gives_context),
		cmocka_unit_test(course_search_stops_at_a_limit),
		cmocka_unit_test(course_search_of_the_built_in_lessons),
		cmocka_unit_test(glossary_finds_terms_aliases_and_plurals),
		cmocka_unit_test(glossary_names_are_escaped),
		cmocka_unit_test(glossary_words_across_scripts_and_lines),
		cmocka_unit_test(glossary_of_the_built_in_course),
	};

	setlocale(LC_ALL, "C.UTF-8"); /* cell_width() reads wcwidth() */
	return cmocka_run_group_tests_name("search_course", tests, NULL, NULL);
}
