/* test_search.c — the matcher on one page: smart case, UTF-8 and wide
 * characters, matches across wraps and styles, hard lines kept apart, bad
 * patterns with their offsets, the match and depth limits, and moving
 * between matches.  Grids are built by hand where the cells matter and
 * laid out from Markdown where the wrapping does.  Built with tiny
 * initial capacities. */
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
#include "search_helpers.h"
#include "util/utf8.h"
#include "view/glyph.h"

/* ---- smart case -------------------------------------------------------- */

static void smart_case_lower_ignores_upper_matches(void **state)
{
	static const char *const lines[] = { "Platelets cloak a platelet-coated cell", "PLATELET" };
	struct grid g;

	(void)state;
	make_grid(&g, lines, 2, NULL);
	assert_int_equal(count_in_grid("platelet", &g), 3);
	assert_int_equal(count_in_grid("Platelet", &g), 1);
	assert_int_equal(count_in_grid("PLATELET", &g), 1);
	assert_int_equal(count_in_grid("(?i)Platelet", &g), 3); /* the user's own flag wins */
	grid_free(&g);
}

static void smart_case_ignores_escapes_and_names(void **state)
{
	(void)state;
	assert_false(search_has_capital("platelet"));
	assert_false(search_has_capital("\\S+\\W\\D\\B"));
	assert_false(search_has_capital("\\p{Lu}\\P{Ll}\\x{41}"));
	assert_false(search_has_capital("(?<Name>cell)\\k<Name>"));
	assert_false(search_has_capital("(*UTF)(?U)cell[[:alpha:]]"));
	assert_true(search_has_capital("\\QCTC\\E"));
	assert_true(search_has_capital("cell\\sCluster"));
	assert_true(search_has_capital("\xce\x91"));          /* Greek capital alpha */
	assert_false(search_has_capital("\xce\xb1"));         /* Greek small alpha */
	assert_true(search_has_capital("\xc3\x89migration")); /* É */
}

static void case_modes_override_smart_case(void **state)
{
	static const char *const lines[] = { "Cell cell CELL" };
	struct search_opts ign = { .case_mode = SEARCH_CASE_IGNORE };
	struct search_opts match = { .case_mode = SEARCH_CASE_MATCH };
	struct search_pattern *p;
	struct search_result r;
	struct layout lo = { 0 };

	(void)state;
	make_grid(&lo.grid, lines, 1, NULL);
	p = compile("Cell", &ign);
	assert_true(search_pattern_caseless(p));
	assert_int_equal(search_layout(p, &lo, &r), SEARCH_OK);
	assert_int_equal(r.nmatches, 3);
	search_result_free(&r);
	search_pattern_free(p);
	p = compile("cell", &match);
	assert_false(search_pattern_caseless(p));
	assert_int_equal(search_layout(p, &lo, &r), SEARCH_OK);
	assert_int_equal(r.nmatches, 1);
	assert_int_equal(r.matches[0].col, 5);
	search_result_free(&r);
	search_pattern_free(p);
	grid_free(&lo.grid);
}

/* ---- UTF-8 and columns ------------------------------------------------- */

static void utf8_patterns_match_and_map_to_columns(void **state)
{
	/* "転移" is two wide characters: four columns. */
	static const char *const lines[] = { "a 5 \xc2\xb5m \xe8\xbb\xa2\xe7\xa7\xbb \xce\xb1-actinin" };
	struct layout lo = { 0 };
	struct search_pattern *p;
	struct search_result r;

	(void)state;
	make_grid(&lo.grid, lines, 1, NULL);
	p = compile("\xc2\xb5m", NULL); /* µm */
	assert_int_equal(search_layout(p, &lo, &r), SEARCH_OK);
	assert_int_equal(r.nmatches, 1);
	assert_int_equal(r.spans[0].line, 0);
	assert_int_equal(r.spans[0].col, 4);
	assert_int_equal(r.spans[0].end_col, 6);
	search_result_free(&r);
	search_pattern_free(p);

	p = compile("\xe7\xa7\xbb", NULL); /* the second wide character */
	assert_int_equal(search_layout(p, &lo, &r), SEARCH_OK);
	assert_int_equal(r.nmatches, 1);
	assert_int_equal(r.spans[0].col, 9);
	assert_int_equal(r.spans[0].end_col, 11); /* both halves */
	search_result_free(&r);
	search_pattern_free(p);

	/* Caseless Greek: α finds Α too; \w is Unicode (PCRE2_UCP). */
	assert_int_equal(count_in_grid("\xce\xb1", &lo.grid), 1);
	assert_int_equal(count_in_grid("\\b\\w+m\\b", &lo.grid), 1);
	grid_free(&lo.grid);
	{
		static const char *const up[] = { "\xce\x91-actinin and \xce\xb1-actinin" };
		make_grid(&lo.grid, up, 1, NULL);
		assert_int_equal(count_in_grid("\xce\xb1-actinin", &lo.grid), 2);
		assert_int_equal(count_in_grid("\xce\x91-actinin", &lo.grid), 1);
		grid_free(&lo.grid);
	}
}

static void marks_and_blanks_are_not_text(void **state)
{
	/* A framed line: bar, blanks, text, blanks, bar; a code line of no-break spaces. */
	static const char *const lines[] = { "# the question   #", "\xc2\xa0\xc2\xa0x\xc2\xa0=\xc2\xa0" "1" };
	struct search_text t;
	struct grid g;
	char *s;

	(void)state;
	make_grid(&g, lines, 2, NULL);
	assert_int_equal(search_text_build(&t, &g), 0);
	assert_string_equal(t.bytes, "the question\nx = 1");
	assert_int_equal(t.lines[1].off, 13);
	assert_int_equal(t.pos[0].col, 2);
	assert_int_equal(t.pos[12].line, SEARCH_NO_CELL);
	s = search_line_text(&t, 0);
	assert_string_equal(s, "the question");
	free(s);
	assert_int_equal(count_in_grid("^the question$", &g), 1);
	assert_int_equal(count_in_grid("x = 1", &g), 1);
	assert_int_equal(count_in_grid("#", &g), 0);
	search_text_free(&t);
	grid_free(&g);
}

/* ---- wraps, styles and hard lines (real layouts) ----------------------- */

static void matches_across_a_wrap(void **state)
{
	struct page *pg = test_page("Most tumour cells die in the blood unless a "
	                            "platelet cloak hides them from natural killer cells.\n");
	struct layout lo;
	struct search_pattern *p = compile("platelet cloak", NULL);
	struct search_result r;
	char a[64], b[64];
	bool split = false;

	(void)state;
	/* At some widths the phrase is split between two lines: check them all. */
	for (size_t w = 12; w <= 60; w++) {
		test_layout(&lo, pg, w);
		assert_int_equal(search_layout(p, &lo, &r), SEARCH_OK);
		assert_int_equal(r.nmatches, 1);
		if (r.matches[0].nspans == 2) {
			const struct search_span *s = &r.spans[r.matches[0].span];

			split = true;
			assert_int_equal(s[1].line, s[0].line + 1);
			assert_string_equal(span_text(&lo.grid, s[0].line, s[0].col, s[0].end_col, a, sizeof a), "platelet");
			assert_string_equal(span_text(&lo.grid, s[1].line, s[1].col, s[1].end_col, b, sizeof b), "cloak");
		} else {
			const struct search_span *s = &r.spans[r.matches[0].span];

			assert_int_equal(r.matches[0].nspans, 1);
			assert_string_equal(span_text(&lo.grid, s->line, s->col, s->end_col, a, sizeof a),
			                    "platelet cloak");
		}
		search_result_free(&r);
		layout_free(&lo);
	}
	assert_true(split);
	search_pattern_free(p);
	test_page_free(pg);
}

static void matches_across_styles_and_broken_words(void **state)
{
	struct page *pg = test_page("A *platelet* **cloak** and intravasation.\n");
	struct layout lo;
	struct search_pattern *p;
	struct search_result r;

	(void)state;
	test_layout(&lo, pg, 80);
	assert_int_equal(count_in_grid("platelet cloak", &lo.grid), 1);
	layout_free(&lo);
	/* At 8 columns "intravasation." is broken inside the word. */
	test_layout(&lo, pg, 8);
	p = compile("intravasation", NULL);
	assert_int_equal(search_layout(p, &lo, &r), SEARCH_OK);
	assert_int_equal(r.nmatches, 1);
	assert_int_equal(r.matches[0].nspans, 2);
	search_result_free(&r);
	search_pattern_free(p);
	layout_free(&lo);
	test_page_free(pg);
}

static void hard_lines_stay_apart(void **state)
{
	struct page *pg = test_page("- alpha\n- beta\n\n```\ngamma\ndelta\n```\n");
	struct layout lo;

	(void)state;
	test_layout(&lo, pg, 40);
	assert_int_equal(count_in_grid("alpha beta", &lo.grid), 0);
	assert_int_equal(count_in_grid("gamma.delta", &lo.grid), 0);
	assert_int_equal(count_in_grid("^beta$", &lo.grid), 1);   /* the bullet is not text */
	assert_int_equal(count_in_grid("^delta", &lo.grid), 1);
	assert_int_equal(count_in_grid("alpha\\s+beta", &lo.grid), 1); /* \s crosses on purpose */
	layout_free(&lo);
	test_page_free(pg);
}

/* ---- bad patterns ------------------------------------------------------ */

static void bad_pattern_has_message_and_offset(void **state)
{
	struct search_pattern *p = (struct search_pattern *)1;
	struct search_error err;

	(void)state;
	assert_int_equal(search_compile(&p, "cells (in blood", NULL, &err), SEARCH_BAD_PATTERN);
	assert_null(p);
	assert_true(err.code != 0);
	assert_int_equal(err.offset, 15);
	assert_non_null(strstr(err.message, "parenthesis"));
	/* The column counts code points: "µ(" is 3 bytes, 2 characters. */
	assert_int_equal(search_compile(&p, "\xc2\xb5m[", NULL, &err), SEARCH_BAD_PATTERN);
	assert_int_equal(err.offset, 4);
	assert_int_equal(err.column, 3);
	assert_non_null(strstr(err.message, "missing terminating ]"));
	assert_int_equal(search_compile(&p, "a{2,1}", NULL, &err), SEARCH_BAD_PATTERN);
	assert_true(strlen(err.message) > 0);
	assert_int_equal(search_compile(&p, "", NULL, &err), SEARCH_BAD_PATTERN);
	assert_string_equal(err.message, "empty pattern");
	assert_int_equal(search_compile(&p, "bad \xff utf", NULL, &err), SEARCH_BAD_PATTERN);
	assert_int_equal(err.offset, 4);
	assert_int_equal(search_compile(&p, "\\C", NULL, &err), SEARCH_BAD_PATTERN);
	assert_null(p);
	assert_string_equal(search_status_message(SEARCH_BAD_PATTERN), "bad pattern");
}

static void literal_mode_takes_the_pattern_as_it_is(void **state)
{
	static const char *const lines[] = { "a.b axb (a+)+$ a.b" };
	struct search_opts lit = { .literal = true };
	struct search_pattern *p = compile("(a+)+$", &lit);
	struct grid g;
	struct search_text t;
	struct search_result r;

	(void)state;
	make_grid(&g, lines, 1, NULL);
	assert_int_equal(search_text_build(&t, &g), 0);
	assert_int_equal(search_text_run(p, &t, &r), SEARCH_OK);
	assert_int_equal(r.nmatches, 1);
	assert_int_equal(r.matches[0].col, 8);
	search_result_free(&r);
	search_pattern_free(p);
	p = compile("A.B", &lit); /* a capital: case-sensitive, literal dot */
	assert_int_equal(search_text_run(p, &t, &r), SEARCH_OK);
	assert_int_equal(r.nmatches, 0);
	search_result_free(&r);
	search_pattern_free(p);
	search_text_free(&t);
	grid_free(&g);
}

/* ---- limits -------------------------------------------------------------- */

/* (a+)+$ on a long run of a's that ends in a b backtracks without end. */
static void check_limit(const struct search_opts *o)
{
	static char line[4002];
	const char *lines[] = { line, "aab" };
	struct search_pattern *p = compile("(a+)+$", o);
	struct layout lo = { 0 };
	struct search_result r;
	struct timespec t0;

	memset(line, 'a', 4000);
	line[4000] = 'b';
	line[4001] = '\0';
	make_grid(&lo.grid, lines, 2, NULL);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(search_layout(p, &lo, &r), SEARCH_TOO_COMPLEX);
	assert_true(seconds_since(&t0) < 2.0);
	assert_int_equal(r.status, SEARCH_TOO_COMPLEX);
	assert_non_null(strstr(search_status_message(r.status), "too complex"));
	search_result_free(&r);
	search_pattern_free(p);
	grid_free(&lo.grid);
}

static void catastrophic_backtracking_is_stopped(void **state)
{
	struct search_opts defaults = { 0 };
	struct search_opts tight = { .match_limit = 1000 };
	struct search_opts shallow = { .depth_limit = 10 };

	(void)state;
	check_limit(&defaults);
	check_limit(&tight);
	check_limit(&shallow);
}

/* Recursion is stopped by the interpreter's limits (nothing is
 * JIT-compiled: ||||(?R) under the JIT ran for seconds a page). */
static void recursion_cannot_hang_a_search(void **state)
{
	static const char *const patterns[] = {
		"||||(?R)",
		"|||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||(?R)",
		"(?:(?R)a|)b",
		"((?R)|x)|a",
	};
	static char text[200][81];
	const char *lines[200];
	struct grid g;

	(void)state;
	for (size_t i = 0; i < 200; i++) {
		snprintf(text[i], sizeof text[i], "%03zu Platelets cloak tumour cells in the blood; NK cells", i);
		lines[i] = text[i];
	}
	make_grid(&g, lines, 200, NULL);
	for (size_t k = 0; k < sizeof patterns / sizeof *patterns; k++) {
		struct search_pattern *p = compile(patterns[k], NULL);
		struct search_text t;
		struct search_result r;
		struct timespec t0;
		enum search_status st;

		assert_int_equal(search_text_build(&t, &g), 0);
		clock_gettime(CLOCK_MONOTONIC, &t0);
		st = search_text_run(p, &t, &r);
		assert_true(st == SEARCH_OK || st == SEARCH_TOO_COMPLEX);
		assert_true(seconds_since(&t0) < 2.0);
		search_result_free(&r);
		search_text_free(&t);
		search_pattern_free(p);
	}
	grid_free(&g);
}

/* Matches are found on both sides of, and across, the edge of the
 * window of start positions that one match call tries. */
static void matches_around_a_window_edge(void **state)
{
	static char line[3000];
	const char *lines[] = { line };
	struct grid g;

	(void)state;
	memset(line, 'x', sizeof line - 1);
	memcpy(line + 1020, " platelet ", 10);  /* starts before 1024, ends after */
	memcpy(line + 1500, " platelet ", 10);  /* in the second window */
	memcpy(line + 2047, " platelet ", 10);  /* straddles the next edge */
	make_grid(&g, lines, 1, NULL);
	assert_int_equal(count_in_grid("platelet", &g), 3);
	assert_int_equal(count_in_grid("(?<=x )platelet", &g), 3);
	assert_int_equal(count_in_grid("platelet(?= x)", &g), 3);
	grid_free(&g);
}

/* Many quick matches add up: the search stops at its time limit. */
static void a_search_stops_at_its_time_limit(void **state)
{
	static char line[200001];
	const char *lines[] = { line };
	struct search_opts o = { .time_limit_ms = 1, .max_matches = 1000000 };
	struct search_pattern *p = compile("a", &o);
	struct search_text t;
	struct search_result r;
	struct grid g;

	(void)state;
	for (size_t i = 0; i < 200000; i += 2)
		line[i] = 'a', line[i + 1] = ' ';
	make_grid(&g, lines, 1, NULL);
	assert_int_equal(search_text_build(&t, &g), 0);
	assert_int_equal(search_text_run(p, &t, &r), SEARCH_TOO_COMPLEX);
	assert_true(r.nmatches > 0 && r.nmatches < 100000);
	search_result_free(&r);
	search_text_free(&t);
	search_pattern_free(p);
	grid_free(&g);
}

/* A pattern that ends in a backslash and a lead byte with nothing after
 * it: the scanner for smart case stopped past the NUL (found by fuzzing). */
static void a_truncated_escape_is_not_read_past(void **state)
{
	struct search_pattern *p;
	struct search_error err;

	(void)state;
	assert_false(search_has_capital("\\\xf0"));
	assert_false(search_has_capital("x\\\xe2\x82"));
	assert_false(search_has_capital("\\"));
	assert_int_equal(search_compile(&p, "\\\xf0", NULL, &err), SEARCH_BAD_PATTERN);
	assert_null(p);
}

static void too_many_matches_are_cut(void **state)
{
	static const char *const lines[] = { "a a a a a a a a" };
	struct search_opts o = { .max_matches = 3 };
	struct search_pattern *p = compile("a", &o);
	struct layout lo = { 0 };
	struct search_result r;

	(void)state;
	make_grid(&lo.grid, lines, 1, NULL);
	assert_int_equal(search_layout(p, &lo, &r), SEARCH_TOO_MANY);
	assert_int_equal(r.nmatches, 3);
	search_result_free(&r);
	search_pattern_free(p);
	grid_free(&lo.grid);
}

static void empty_matches_are_not_kept(void **state)
{
	static const char *const lines[] = { "xx y xxx", "z" };
	struct grid g;

	(void)state;
	make_grid(&g, lines, 2, NULL);
	assert_int_equal(count_in_grid("x*", &g), 2);
	assert_int_equal(count_in_grid("\\b", &g), 0);
	assert_int_equal(count_in_grid("^", &g), 0);
	assert_int_equal(count_in_grid("\\n", &g), 0); /* a separator shows no cell */
	assert_int_equal(count_in_grid("x\\Ky", &g), 0);
	grid_free(&g);
}

/* ---- moving between matches -------------------------------------------- */

static void next_and_previous_wrap_round(void **state)
{
	static const char *const lines[] = { "cell", "no", "a cell, a cell", "cell" };
	struct search_pattern *p = compile("cell", NULL);
	struct layout lo = { 0 };
	struct search_result r;
	bool wrapped;

	(void)state;
	make_grid(&lo.grid, lines, 4, NULL);
	assert_int_equal(search_layout(p, &lo, &r), SEARCH_OK);
	assert_int_equal(r.nmatches, 4);
	/* Forward: the first at or after (line, col). */
	assert_int_equal(search_next(&r, 0, 0, true, &wrapped), 0);
	assert_false(wrapped);
	assert_int_equal(search_next(&r, 0, 1, true, &wrapped), 1);
	assert_int_equal(search_next(&r, 2, 3, true, NULL), 2);
	assert_int_equal(search_next(&r, 2, 11, true, NULL), 3);
	assert_int_equal(search_next(&r, 3, 1, true, &wrapped), 0);
	assert_true(wrapped);
	/* Backward: the last before (line, col). */
	assert_int_equal(search_next(&r, 2, 10, false, &wrapped), 1);
	assert_false(wrapped);
	assert_int_equal(search_next(&r, 0, 0, false, &wrapped), 3);
	assert_true(wrapped);
	/* Painting from line 2: the first span on it or after. */
	assert_int_equal(search_first_span(&r, 1), 1);
	assert_int_equal(search_first_span(&r, 2), 1);
	assert_int_equal(search_first_span(&r, 3), 3);
	assert_int_equal(search_first_span(&r, 9), 4);
	assert_int_equal(r.spans[2].match, 2);
	search_result_free(&r);
	assert_int_equal(search_next(&r, 0, 0, true, &wrapped), -1);
	search_pattern_free(p);
	grid_free(&lo.grid);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(smart_case_lower_ignores_upper_matches),
		cmocka_unit_test(smart_case_ignores_escapes_and_names),
		cmocka_unit_test(case_modes_override_smart_case),
		cmocka_unit_test(utf8_patterns_match_and_map_to_columns),
		cmocka_unit_test(marks_and_blanks_are_not_text),
		cmocka_unit_test(matches_across_a_wrap),
		cmocka_unit_test(matches_across_styles_and_broken_words),
		cmocka_unit_test(hard_lines_stay_apart),
		cmocka_unit_test(bad_pattern_has_message_and_offset),
		cmocka_unit_test(literal_mode_takes_the_pattern_as_it_is),
		cmocka_unit_test(catastrophic_backtracking_is_stopped),
		cmocka_unit_test(recursion_cannot_hang_a_search),
		cmocka_unit_test(a_search_stops_at_its_time_limit),
		cmocka_unit_test(matches_around_a_window_edge),
		cmocka_unit_test(a_truncated_escape_is_not_read_past),
		cmocka_unit_test(too_many_matches_are_cut),
		cmocka_unit_test(empty_matches_are_not_kept),
		cmocka_unit_test(next_and_previous_wrap_round),
	};

	setlocale(LC_ALL, "C.UTF-8"); /* cell_width() reads wcwidth() */
	return cmocka_run_group_tests_name("search", tests, NULL, NULL);
}
