/* test_chart_draw.c — whole charts from the fixed data sets
 * (test_chart_data.c, built by hand without the simulation core): every
 * size from 20x5 to 300x100 in every charset, every degenerate set, series
 * told apart without colour, sparklines, stamps and summaries. */
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "chart_data.h"
#include "view/export.h"

/* ---- helpers ---- */

/* The grid as text in charset cs, lines joined by '\n'; caller frees. */
static char *grid_text(const struct grid *g, enum charset cs)
{
	size_t cap = 64, n = 0;
	char *s = malloc(cap);

	assert_non_null(s);
	for (size_t i = 0; i < g->len; i++) {
		for (size_t j = 0; j <= g->lines[i].len; j++) {
			char buf[8] = "\n";
			size_t k = j < g->lines[i].len ? glyph_encode(&g->lines[i].cells[j], cs, buf) : 1;

			while (n + k + 1 > cap) {
				cap *= 2;
				s = realloc(s, cap);
				assert_non_null(s);
			}
			memcpy(s + n, buf, k);
			n += k;
		}
	}
	s[n] = '\0';
	return s;
}

static char *draw_set(const char *name, size_t w, size_t h, enum charset cs,
                      struct grid *g)
{
	struct chart_opts o = { .width = w, .height = h, .charset = cs, .stamp = true };
	const struct chart_set *s = chart_set_find(name);

	assert_non_null(s);
	grid_init(g, w);
	assert_int_equal(chart_set_draw(g, s, &o), 0);
	return grid_text(g, cs);
}

static bool set_text_has(const char *name, size_t w, size_t h, enum charset cs,
                         const char *needle)
{
	struct grid g;
	char *t = draw_set(name, w, h, cs, &g);
	bool found = strstr(t, needle) != NULL;

	if (!found)
		print_message("# %s %zux%zu lacks \"%s\":\n%s\n", name, w, h, needle, t);
	free(t);
	grid_free(&g);
	return found;
}

static bool summary_has(const char *name, const char *needle)
{
	char buf[512];

	chart_set_summary(buf, sizeof buf, chart_set_find(name));
	if (!strstr(buf, needle))
		print_message("# summary of %s lacks \"%s\": %s\n", name, needle, buf);
	return strstr(buf, needle) != NULL;
}

/* ---- sizes: never a crash, never garbage ---- */

static void check_shape(const struct grid *g, size_t w, size_t h)
{
	bool small = w < CHART_MIN_WIDTH || h < CHART_MIN_HEIGHT;

	assert_int_equal(g->len, small ? 1 : h);
	for (size_t i = 0; i < g->len; i++) {
		const struct line *l = &g->lines[i];

		assert_int_equal(l->len, w);
		for (size_t j = 0; j < l->len; j++) {
			const struct cell *c = &l->cells[j];

			assert_true(c->role < ROLE__COUNT);
			if (c->flags & CELL_MARK)
				assert_true(c->ch < MARK__END);
			else if (c->flags & CELL_CONT)
				assert_true(j > 0 && cell_width(l->cells[j - 1].ch) == 2);
			else
				assert_true(c->ch >= 0x20);
		}
	}
}

static void draw_and_check(const struct chart_set *s, size_t w, size_t h,
                           enum charset cs)
{
	struct chart_opts o = { .width = w, .height = h, .charset = cs, .stamp = true };
	struct grid g;

	grid_init(&g, w);
	assert_int_equal(chart_set_draw(&g, s, &o), 0);
	if (s->kind == SET_SPARK) {
		assert_int_equal(g.len, 1);
		assert_int_equal(g.lines[0].len, w);
	} else {
		check_shape(&g, w, h);
	}
	grid_free(&g);
}

static void test_every_width(void **state)
{
	(void)state;
	for (size_t i = 0; i < chart_set_count(); i++)
		for (size_t w = 20; w <= 300; w++)
			draw_and_check(chart_set_at(i), w, w % 3 ? 12 : 6,
			               (enum charset)(w % 3));
}

static void test_every_height(void **state)
{
	(void)state;
	for (size_t i = 0; i < chart_set_count(); i++)
		for (size_t h = 5; h <= 100; h++)
			draw_and_check(chart_set_at(i), h % 2 ? 20 : 57, h,
			               (enum charset)(h % 3));
}

static void test_too_small(void **state)
{
	static const size_t sizes[][2] = { { 19, 20 }, { 80, 4 }, { 0, 0 }, { 5, 1 } };

	(void)state;
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		struct grid g;
		char *t = draw_set("line", sizes[i][0], sizes[i][1], CHARSET_ASCII, &g);

		check_shape(&g, sizes[i][0], sizes[i][1]);
		if (sizes[i][0] >= 9)
			assert_non_null(strstr(t, "too small"));
		free(t);
		grid_free(&g);
	}
}

/* ---- degenerate data ---- */

static void test_no_data(void **state)
{
	static const char *const sets[] = { "no-series", "empty", "hist-empty", "hist-nan" };

	(void)state;
	for (size_t i = 0; i < sizeof sets / sizeof *sets; i++) {
		assert_true(set_text_has(sets[i], 40, 12, CHARSET_ASCII, "no data"));
		assert_true(set_text_has(sets[i], 20, 5, CHARSET_BLOCKS, "no data"));
	}
}

static void test_log_with_zeros_noted(void **state)
{
	(void)state;
	assert_true(set_text_has("log-zeros", 60, 14, CHARSET_ASCII, "3 zeros not drawn (log scale)"));
	assert_true(summary_has("log-zeros", "zeros not drawn (log scale)"));
	assert_true(set_text_has("log-nonpos", 60, 14, CHARSET_ASCII, "no values > 0, so a linear axis"));
	assert_true(set_text_has("funnel-zero", 60, 14, CHARSET_ASCII, "1 zero not drawn (log scale)"));
}

static void test_nan_inf_noted(void **state)
{
	(void)state;
	assert_true(set_text_has("nan-inf", 60, 14, CHARSET_ASCII, "3 values missing (n/a)"));
	assert_true(set_text_has("bar-nan", 60, 14, CHARSET_ASCII, "n/a"));
	assert_true(set_text_has("heat-nan", 60, 20, CHARSET_ASCII, "missing"));
	assert_true(summary_has("nan-inf", "3 values missing (n/a)"));
}

static void test_decades_go_log(void **state)
{
	(void)state;
	assert_true(set_text_has("decades", 60, 14, CHARSET_ASCII, "log scale"));
	assert_true(set_text_has("decades", 60, 14, CHARSET_ASCII, "100M"));
}

/* Rows right of the y axis that hold a series mark, in ASCII. */
static size_t rows_with(const char *text, char mark)
{
	size_t rows = 0;

	for (const char *l = text; *l;) {
		const char *end = strchr(l, '\n');
		size_t skip = strcspn(l, "|+\n"); /* the y axis: a line or a tick */
		const char *bar = l + skip < end ? l + skip : NULL;

		if (bar && memchr(bar, mark, (size_t)(end - bar)))
			rows++;
		l = end + 1;
	}
	return rows;
}

static void test_flat_and_one_point(void **state)
{
	struct grid g;
	char *t;

	(void)state;
	t = draw_set("flat", 40, 12, CHARSET_ASCII, &g);
	assert_int_equal(rows_with(t, '*'), 1);
	free(t);
	grid_free(&g);
	t = draw_set("one-point", 40, 12, CHARSET_ASCII, &g);
	assert_int_equal(rows_with(t, '*'), 1);
	free(t);
	grid_free(&g);
	assert_true(summary_has("one-point", "one value"));
	assert_true(set_text_has("hist-equal", 40, 12, CHARSET_ASCII, "#"));
	assert_true(set_text_has("hist-one", 40, 12, CHARSET_ASCII, "#"));
}

static void test_many_bars_say_so(void **state)
{
	(void)state;
	assert_true(set_text_has("bar-many", 40, 12, CHARSET_ASCII, "more"));
	assert_true(set_text_has("bar-many", 40, 40, CHARSET_ASCII, "site 30"));
}

/* Several series that do not fit one under the other stand side by side:
 * every category is drawn, nothing is left off. */
static void test_bars_side_by_side(void **state)
{
	struct grid g;
	char *t;

	(void)state;
	t = draw_set("bar-grouped", 40, 8, CHARSET_ASCII, &g);
	assert_non_null(strstr(t, "liver"));
	assert_null(strstr(t, "more"));
	free(t);
	grid_free(&g);
	assert_true(set_text_has("funnel", 40, 9, CHARSET_BLOCKS, "macrometastases"));
}

/* Below 12 plot rows, the y title shares the legend's row and the note
 * the x title's, so the plot gets both rows back. */
static void test_short_plot_takes_rows_back(void **state)
{
	(void)state;
	assert_true(set_text_has("line", 90, 12, CHARSET_ASCII, "^ cells in blood (cells)\n10k +"));
	assert_true(set_text_has("log-zeros", 80, 10, CHARSET_ASCII, "zeros not drawn (log scale)"));
}

/* Playing: the first points on the whole run's axes, a cursor on the x
 * axis and the time in its title; a summary for that moment. */
static void test_play_cursor(void **state)
{
	const struct chart_set *s = chart_set_find("line");
	struct chart_opts o = { .width = 60, .height = 16, .charset = CHARSET_BLOCKS, .upto = 10 };
	char buf[256];
	struct grid g;
	char *t;

	(void)state;
	assert_non_null(s);
	grid_init(&g, 60);
	assert_int_equal(chart_draw_result(&g, s->result, &o), 0);
	t = grid_text(&g, CHARSET_BLOCKS);
	assert_non_null(strstr(t, "\u25b2"));                        /* the cursor */
	assert_non_null(strstr(t, "time in the blood (min): now 45 min"));
	assert_non_null(strstr(t, "240"));                            /* whole axis */
	free(t);
	grid_free(&g);
	chart_summary_at(buf, sizeof buf, s->result, 9);
	assert_string_equal(buf, "At 45 min: single cells 2,872, platelet-coated 6,404");
}

static void test_bar_negative(void **state)
{
	struct grid g;
	char *t = draw_set("bar-negative", 40, 12, CHARSET_ASCII, &g);
	const char *liver = strstr(t, "liver");

	(void)state;
	assert_non_null(liver);
	/* the negative bar ends at the zero line, where the positive ones
	 * start, and its value follows the line */
	assert_non_null(strstr(liver, "#|-30 %"));
	assert_non_null(strstr(t, "lungs |                   ###"));
	free(t);
	grid_free(&g);
}

/* ---- series, roles, marks ---- */

static void test_series_distinguishable(void **state)
{
	struct grid g;
	char *t;
	bool role[ROLE__COUNT] = { false };

	(void)state;
	t = draw_set("line", 80, 20, CHARSET_ASCII, &g);
	assert_non_null(strstr(t, "* single cells"));
	assert_non_null(strstr(t, "o platelet-coated"));
	assert_non_null(strstr(t, ". pinned")); /* the twin of series 1 */
	for (size_t i = 0; i < g.len; i++)
		for (size_t j = 0; j < g.lines[i].len; j++)
			role[g.lines[i].cells[j].role] = true;
	/* each pinned series in its own series' colour, dimmed */
	assert_true(role[ROLE_CHART_S1] && role[ROLE_CHART_S2]);
	assert_true(role[ROLE_CHART_P1]);
	assert_true(role[ROLE_CHART_AXIS] && role[ROLE_CHART_LABEL] && role[ROLE_CHART_TITLE]);
	free(t);
	grid_free(&g);
	/* Braille tells them apart by dash patterns in the legend */
	t = draw_set("line", 80, 20, CHARSET_BRAILLE, &g);
	assert_non_null(strstr(t, "\u2812\u2812\u2812\u2812 single cells"));
	assert_non_null(strstr(t, "\u2812\u2812\u2812\u2800 platelet-coated"));
	free(t);
	grid_free(&g);
}

static void test_threshold_marked(void **state)
{
	(void)state;
	assert_true(set_text_has("histogram", 80, 20, CHARSET_ASCII, ": threshold 5.5 um"));
	assert_true(set_text_has("histogram", 80, 20, CHARSET_BLOCKS, "\u250a threshold 5.5 \u00b5m"));
	assert_true(summary_has("histogram", "above the threshold 5.5"));
}

static void test_sparkline(void **state)
{
	static const double down[] = { 100, 80, 60, 40, 20, 0 };
	static const double wide[] = { 1, 10, 100, 1000, 10000, 100000 };
	struct line l = { 0 };

	(void)state;
	assert_int_equal(chart_sparkline(&l, down, 6, 12, CHARSET_BLOCKS), 0);
	assert_int_equal(l.len, 12);
	for (size_t i = 1; i < l.len; i++)
		assert_true(l.cells[i].ch <= l.cells[i - 1].ch);
	assert_int_equal(l.cells[0].ch, MARK_SPARK + 7);
	assert_int_equal(l.cells[11].ch, MARK_SPARK + 0);
	line_free(&l);
	/* six decades: on a log scale, so the steps are even */
	assert_int_equal(chart_sparkline(&l, wide, 6, 6, CHARSET_BLOCKS), 0);
	for (size_t i = 1; i < 6; i++) {
		long step = (long)l.cells[i].ch - (long)l.cells[i - 1].ch;

		assert_true(step >= 1 && step <= 2);
	}
	line_free(&l);
	assert_int_equal(chart_sparkline(&l, NULL, 0, 5, CHARSET_ASCII), 0);
	assert_int_equal(l.len, 5);
	line_free(&l);
	/* 5 6 8 - - 9 12 15 - 20 18 16: gaps stay blank */
	assert_true(set_text_has("spark-nan", 12, 5, CHARSET_ASCII, "___  ..- ^^-"));
}

/* ---- words ---- */

static void test_stamp(void **state)
{
	char buf[160];

	(void)state;
	chart_stamp(buf, sizeof buf, chart_set_find("line")->result);
	assert_string_equal(buf, "cascade sim circulation cells=10000 platelets=0.8 --seed 42");
	assert_true(set_text_has("line", 80, 24, CHARSET_ASCII, "--seed 42"));
	chart_stamp(buf, sizeof buf, NULL);
	assert_string_equal(buf, "");
}

static void test_summaries(void **state)
{
	(void)state;
	assert_true(summary_has("line", "single cells: down from 10,000 to 13 in 4 h; half-life 25 min"));
	assert_true(summary_has("bar", "lymph nodes highest (73.6 %)"));
	assert_true(summary_has("funnel", "1 in 533 k gets through 5 stages"));
	assert_true(summary_has("band", "20 runs"));
	assert_true(summary_has("heatmap", "% alive from 12.5"));
	assert_true(summary_has("line-log", "doubles in"));
	assert_true(summary_has("no-series", "no data"));
}

/* ---- a class's vote ---- */

static const char *const short_options[] = { "It became stronger.",
	"It stayed exactly the same.", "It disappeared." };
static const char *const long_options[] = {
	"Each holds cells of a few origins that left the tumour together.",
	"Each cluster comes from a single cell that divided inside a blood vessel.",
	"Clusters are made of platelets, not tumour cells.", "Clusters contain only dead cells." };

static char *draw_vote(const struct chart_vote *v, size_t w, size_t h, struct grid *g)
{
	grid_init(g, w);
	assert_int_equal(chart_draw_vote(g, v, w, h, CHARSET_BLOCKS), 0);
	assert_int_equal(g->len, h);
	for (size_t i = 0; i < g->len; i++)
		assert_int_equal(g->lines[i].len, w);
	return grid_text(g, CHARSET_BLOCKS);
}

static void test_vote(void **state)
{
	static const uint32_t counts[4] = { 0, 1, 1, 0 };
	static const char *many[26];
	uint32_t many_counts[26] = { 3 };
	struct chart_vote v = { .heading = "Class vote: quiz 1", .noptions = 3,
		.question = "What happened to the platelets' protection when NK cells were removed?",
		.options = short_options, .counts = counts, .answered = 2, .following = 2, .right = 2 };
	struct grid g;
	char *t;

	(void)state;
	/* Every size gets exactly its rows and columns. */
	for (size_t w = 1; w <= 200; w += 7)
		for (size_t h = 1; h <= 60; h += 5) {
			v.revealed = (w + h) % 2;
			free(draw_vote(&v, w, h, &g));
			grid_free(&g);
		}
	/* 80x23: all of it, on one row an option, nothing cut. */
	v.revealed = false;
	t = draw_vote(&v, 78, 23, &g);
	assert_non_null(strstr(t, "A  It became stronger."));
	assert_non_null(strstr(t, "C  It disappeared."));
	assert_non_null(strstr(t, "1   50 %"));
	assert_non_null(strstr(t, "2 of 2 answered.  Voting is open."));
	assert_null(strstr(t, "\u2026"));
	assert_null(strstr(t, "right"));
	free(t);
	grid_free(&g);
	/* Revealed: the right one says so, once. */
	v.revealed = true;
	t = draw_vote(&v, 78, 23, &g);
	assert_non_null(strstr(t, "1   50 %  right"));
	assert_null(strstr(strstr(t, "right") + 1, "right"));
	assert_non_null(strstr(t, "Right answer: C.  2 of 2 answered."));
	free(t);
	grid_free(&g);
	/* 40x11 with long options: the bar goes under the words, every option shows. */
	v = (struct chart_vote){ .heading = "Class vote: quiz 2", .noptions = 4,
		.question = "What does it mean that CTC clusters are \"oligoclonal\"?",
		.options = long_options, .counts = counts, .answered = 2, .following = 3 };
	t = draw_vote(&v, 38, 11, &g);
	assert_non_null(strstr(t, "D  Clusters contain only dead cells."));
	assert_non_null(strstr(t, "2 of 3 answered."));
	assert_null(strstr(t, "more options"));
	free(t);
	grid_free(&g);
	/* Twenty-six options in 23 rows: those left off are counted. */
	for (size_t i = 0; i < 26; i++)
		many[i] = "an option";
	v = (struct chart_vote){ .heading = "Q", .question = "?", .noptions = 26,
		.options = many, .counts = many_counts, .answered = 3, .following = 3 };
	t = draw_vote(&v, 78, 23, &g);
	assert_non_null(strstr(t, "+7 more options"));
	assert_non_null(strstr(t, "3 of 3 answered."));
	free(t);
	grid_free(&g);
}

static void test_vote_csv(void **state)
{
	static const uint32_t counts[3] = { 4, 0, 1 };
	static const char *const options[3] = { "plain", "with, a comma", "say \"no\"" };
	struct chart_vote v = { .question = "Which \"one\", then?", .noptions = 3,
		.options = options, .counts = counts, .answered = 5, .following = 9,
		.revealed = true, .right = 1 };
	struct vote_record r = { .class_name = "bio101", .page = "in-the-blood", .quiz = 2,
		.round = 3, .when = 0, .vote = &v };
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	(void)state;
	assert_int_equal(export_vote_csv(f, &r, true), 0);
	v.revealed = false;
	assert_int_equal(export_vote_csv(f, &r, false), 0);
	fclose(f);
	assert_string_equal(out,
		"time,class,page,quiz,round,question,option,text,right,count,answered,following\n"
		"1970-01-01T00:00:00Z,bio101,in-the-blood,2,3,\"Which \"\"one\"\", then?\",A,\"plain\",no,4,5,9\n"
		"1970-01-01T00:00:00Z,bio101,in-the-blood,2,3,\"Which \"\"one\"\", then?\",B,\"with, a comma\",yes,0,5,9\n"
		"1970-01-01T00:00:00Z,bio101,in-the-blood,2,3,\"Which \"\"one\"\", then?\",C,\"say \"\"no\"\"\",no,1,5,9\n"
		"1970-01-01T00:00:00Z,bio101,in-the-blood,2,3,\"Which \"\"one\"\", then?\",A,\"plain\",,4,5,9\n"
		"1970-01-01T00:00:00Z,bio101,in-the-blood,2,3,\"Which \"\"one\"\", then?\",B,\"with, a comma\",,0,5,9\n"
		"1970-01-01T00:00:00Z,bio101,in-the-blood,2,3,\"Which \"\"one\"\", then?\",C,\"say \"\"no\"\"\",,1,5,9\n");
	free(out);
}

/* Three bars a stage and room for none (the cascade explorer at 40x12):
 * the first series alone, a stage a row, and how many are left off. */
static void test_bars_crowded(void **state)
{
	const struct sim_model *m = sim_model_find("cascade");
	struct chart_opts o = { .width = 40, .height = 6, .charset = CHARSET_BLOCKS };
	double v[SIM_MAX_PARAMS];
	struct sim_result r;
	struct grid g;
	char *t;

	(void)state;
	sim_defaults(m, v);
	assert_int_equal(sim_run(m, v, 1, &r), SIM_OK);
	grid_init(&g, o.width);
	assert_int_equal(chart_draw_result(&g, &r, &o), 0);
	t = grid_text(&g, o.charset);
	if (!strstr(t, "shed into blood") || !strstr(t, "1.28 G") || !strstr(t, " more") ||
	    strstr(t, "\u2593 1.11 G"))
		print_message("# %s\n", t);
	assert_non_null(strstr(t, "shed into blood"));
	assert_non_null(strstr(t, "1.28 G"));   /* all cells, with its number */
	assert_null(strstr(t, "1.11 G"));       /* not single cells' */
	assert_non_null(strstr(t, " more"));
	free(t);
	grid_free(&g);
	sim_result_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_width),
		cmocka_unit_test(test_every_height),
		cmocka_unit_test(test_too_small),
		cmocka_unit_test(test_no_data),
		cmocka_unit_test(test_log_with_zeros_noted),
		cmocka_unit_test(test_nan_inf_noted),
		cmocka_unit_test(test_decades_go_log),
		cmocka_unit_test(test_flat_and_one_point),
		cmocka_unit_test(test_many_bars_say_so),
		cmocka_unit_test(test_bars_side_by_side),
		cmocka_unit_test(test_short_plot_takes_rows_back),
		cmocka_unit_test(test_play_cursor),
		cmocka_unit_test(test_bar_negative),
		cmocka_unit_test(test_series_distinguishable),
		cmocka_unit_test(test_threshold_marked),
		cmocka_unit_test(test_sparkline),
		cmocka_unit_test(test_stamp),
		cmocka_unit_test(test_summaries),
		cmocka_unit_test(test_vote),
		cmocka_unit_test(test_vote_csv),
		cmocka_unit_test(test_bars_crowded),
	};

	setlocale(LC_ALL, "");
	return cmocka_run_group_tests_name("chart_draw", tests, NULL, NULL);
}
