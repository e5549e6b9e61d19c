/* test_layout.c — wrapping a page at several widths: words, long words,
 * wide characters, nesting, frames, empty documents. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>

#include <cmocka.h>

#include "helpers.h"
#include "lesson/doc.h"

static const char *const widths_text =
	"Circulating tumour cells are cleared from the blood within hours, "
	"so a tumour must shed new ones all the time to keep any in circulation.\n";

/* Counts the words in s (runs of non-blanks). */
static size_t words(const char *s)
{
	size_t n = 0;
	int in = 0;

	for (; *s; s++) {
		int blank = *s == ' ' || *s == '\n';
		n += !blank && !in;
		in = !blank;
	}
	return n;
}

static void wraps_within_width_and_keeps_words(void **state)
{
	static const size_t widths[] = { 8, 20, 40, 80, 120 };

	(void)state;
	for (size_t i = 0; i < sizeof widths / sizeof *widths; i++) {
		struct page *p = test_page(widths_text);
		struct layout lo;
		char *text;

		test_layout(&lo, p, widths[i]);
		assert_true(test_widest(&lo.grid) <= widths[i]);
		text = test_text(&lo.grid);
		/* Title "T", the rule under it, then every word of the paragraph. */
		assert_non_null(strstr(text, "hours,"));
		if (widths[i] >= 20)
			assert_int_equal(words(text) - 2, words(widths_text));
		free(text);
		layout_free(&lo);
		test_page_free(p);
	}
}

static void breaks_lines_at_spaces(void **state)
{
	struct page *p = test_page("aaa bbb ccc ddd eee\n");
	struct layout lo;

	(void)state;
	test_layout(&lo, p, 8);
	/* title, rule, blank, then the paragraph */
	assert_string_equal(test_line(&lo.grid, 3), "aaa bbb");
	assert_string_equal(test_line(&lo.grid, 4), "ccc ddd");
	assert_string_equal(test_line(&lo.grid, 5), "eee");
	layout_free(&lo);
	test_page_free(p);
}

static void long_words_are_cut_at_the_width(void **state)
{
	struct page *p = test_page("x supercalifragilisticexpialidocious y\n");
	struct layout lo;
	char *text;

	(void)state;
	test_layout(&lo, p, 10);
	assert_true(test_widest(&lo.grid) <= 10);
	assert_string_equal(test_line(&lo.grid, 3), "x");
	assert_string_equal(test_line(&lo.grid, 4), "supercalif");
	text = test_text(&lo.grid);
	assert_non_null(strstr(text, "ragilistic"));
	free(text);
	layout_free(&lo);
	test_page_free(p);
}

static void wide_characters_take_two_columns(void **state)
{
	/* Six CJK characters (12 columns) and a word, at width 9. */
	struct page *p = test_page("\xe8\xbd\xac\xe7\xa7\xbb\xe7\x99\x8c\xe7\xbb\x86\xe8\x83\x9e\xe5\x9e\x8b ok\n");
	struct layout lo;

	(void)state;
	test_layout(&lo, p, 9);
	assert_true(test_widest(&lo.grid) <= 9);
	/* Four wide characters fill 8 columns; the fifth does not fit in 9. */
	assert_int_equal(lo.grid.lines[3].len, 8);
	assert_string_equal(test_line(&lo.grid, 3), "\xe8\xbd\xac\xe7\xa7\xbb\xe7\x99\x8c\xe7\xbb\x86");
	assert_true(lo.grid.lines[3].cells[1].flags & CELL_CONT);
	layout_free(&lo);
	test_page_free(p);
}

static void empty_document_has_only_the_title(void **state)
{
	struct page *p = test_page("");
	struct layout lo;

	(void)state;
	test_layout(&lo, p, 40);
	assert_int_equal(lo.grid.len, 2);
	assert_string_equal(test_line(&lo.grid, 0), "T");
	layout_free(&lo);
	test_page_free(p);
}

static void lists_quotes_and_code_are_indented(void **state)
{
	struct page *p = test_page("- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n    code  here\n");
	struct layout lo;
	char *text;

	(void)state;
	test_layout(&lo, p, 40);
	text = test_text(&lo.grid);
	assert_non_null(strstr(text, "\n \xe2\x80\xa2 one\n \xe2\x80\xa2 two\n"));
	assert_non_null(strstr(text, "\n1. first\n2. second\n"));
	assert_non_null(strstr(text, "\n\xe2\x96\x8c quoted\n"));
	assert_non_null(strstr(text, "\n  code  here\n"));
	free(text);
	layout_free(&lo);
	test_page_free(p);
}

static void headings_get_anchors_and_rules(void **state)
{
	struct page *p = test_page("## Platelet shields\n\nText.\n");
	struct layout lo;

	(void)state;
	test_layout(&lo, p, 40);
	assert_int_equal(layout_find_anchor(&lo, "platelet-shields"), 3);
	assert_string_equal(test_line(&lo.grid, 3), "Platelet shields");
	assert_string_equal(test_line(&lo.grid, 4),
	                    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
	                    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80"
	                    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80");
	assert_int_equal(layout_find_anchor(&lo, "nothing"), -1);
	layout_free(&lo);
	test_page_free(p);
}

static void links_become_targets(void **state)
{
	struct page *p = test_page("See [the blood page](in-the-blood) now.\n");
	struct layout lo;

	(void)state;
	test_layout(&lo, p, 12);
	assert_int_equal(lo.ntargets, 1);
	assert_int_equal(lo.targets[0].kind, TARGET_LINK);
	assert_int_equal(lo.targets[0].line, 3);
	assert_int_equal(lo.targets[0].col, 4);
	assert_true(lo.targets[0].end_line > lo.targets[0].line);
	assert_string_equal(p->doc->links[lo.targets[0].index].dest, "in-the-blood");
	layout_free(&lo);
	test_page_free(p);
}

static void deep_nesting_leaves_room_for_text(void **state)
{
	char md[4096] = "";
	struct layout lo;
	struct page *p;

	(void)state;
	for (int i = 0; i < 200; i++)
		strcat(md, "> ");
	strcat(md, "deep words here\n");
	p = test_page(md);
	test_layout(&lo, p, 20);
	assert_true(test_widest(&lo.grid) <= 20);
	assert_non_null(strstr(test_line(&lo.grid, 3), "deep"));
	layout_free(&lo);
	test_page_free(p);
}

static void frames_close_at_the_right_edge(void **state)
{
	struct page *p = test_page("```quiz\nWhich?\n\n- [x] This\n\n  Because.\n\n- [ ] That\n\n  No.\n```\n");
	struct layout lo;
	char *text;

	(void)state;
	test_layout(&lo, p, 30);
	text = test_text(&lo.grid);
	assert_non_null(strstr(text, "A) This"));
	assert_non_null(strstr(text, "B) That"));
	assert_null(strstr(text, "[x]"));
	for (size_t i = 3; i < lo.grid.len; i++)
		assert_int_equal(lo.grid.lines[i].len, 30);
	free(text);
	layout_free(&lo);
	test_page_free(p);
}

/* A quiz with an error is drawn as a frame that names the problem, even
 * with no diagnostics to report to (the pager's case); it used to crash. */
static void a_broken_quiz_says_what_is_wrong(void **state)
{
	static const char *const broken[] = {
		"```quiz\nWhich?\n\n- [ ] This\n\n  No.\n\n- [ ] That\n\n  No.\n```\n",
		"```quiz\n```\n",
		"```quiz\nWhich?\n```\n",
		"```quiz\n- [x] A\n- [ ] B\n```\n",
	};

	(void)state;
	for (size_t k = 0; k < sizeof broken / sizeof *broken; k++) {
		struct page *p = test_page(broken[k]);
		struct layout lo;
		char *text;

		for (size_t width = 8; width <= 80; width += 24) {
			test_layout(&lo, p, width);
			assert_true(test_widest(&lo.grid) <= width);
			layout_free(&lo);
		}
		test_layout(&lo, p, 60);
		text = test_text(&lo.grid);
		assert_non_null(strstr(text, "This quiz has a problem"));
		assert_int_equal(lo.ntargets, 0); /* nothing to answer */
		free(text);
		layout_free(&lo);
		test_page_free(p);
	}
}

/* A tab in code expands to up to four no-break spaces of two bytes each:
 * the line buffer overflowed on a line of tabs. */
static void tabs_in_code_expand_to_tab_stops(void **state)
{
	struct page *p = test_page("```\n\t\t\t\t\t\t\t\tx\n\ta\tbc\td\n```\n\n\t\t\t\tindented\tcode\n");
	struct layout lo;
	char *text;

	(void)state;
	test_layout(&lo, p, 80);
	text = test_text(&lo.grid);
	assert_non_null(strstr(text, "\n                                  x\n"));
	assert_non_null(strstr(text, "\n      a   bc  d\n"));
	free(text);
	layout_free(&lo);
	test_page_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(wraps_within_width_and_keeps_words),
		cmocka_unit_test(breaks_lines_at_spaces),
		cmocka_unit_test(long_words_are_cut_at_the_width),
		cmocka_unit_test(wide_characters_take_two_columns),
		cmocka_unit_test(empty_document_has_only_the_title),
		cmocka_unit_test(lists_quotes_and_code_are_indented),
		cmocka_unit_test(headings_get_anchors_and_rules),
		cmocka_unit_test(links_become_targets),
		cmocka_unit_test(deep_nesting_leaves_room_for_text),
		cmocka_unit_test(frames_close_at_the_right_edge),
		cmocka_unit_test(a_broken_quiz_says_what_is_wrong),
		cmocka_unit_test(tabs_in_code_expand_to_tab_stops),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
