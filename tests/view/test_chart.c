/* test_chart.c — the chart layer's unit tests: numbers for people, tick
 * choice, scale mapping, the small-size policy, every degenerate data set
 * and a sweep of every size from 20x5 to 300x100.  Data sets come from
 * test_chart_data.c, built by hand without the simulation core. */
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
#include "view/chart_axis.h"
#include "view/chart_frame.h"

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

/* ---- numbers for people ---- */

static void check_num(double v, const char *want)
{
	char buf[32];

	chart_format_number(buf, sizeof buf, v);
	if (strcmp(buf, want) != 0)
		print_message("# %g -> \"%s\", want \"%s\"\n", v, buf, want);
	assert_string_equal(buf, want);
}

static void test_format_number(void **state)
{
	(void)state;
	check_num(12000, "12 k");
	check_num(3.4e6, "3.4 M");
	check_num(0.02, "0.02");
	check_num(0, "0");
	check_num(-1500, "-1.5 k");
	check_num(999.7, "1 k");
	check_num(12.34, "12.3");
	check_num(123456, "123 k");
	check_num(1e9, "1 G");
	check_num(1.2e-4, "1.2e-4");
	check_num(2.5e15, "2.5e15");
	check_num(NAN, "n/a");
	check_num(INFINITY, "inf");
	check_num(-INFINITY, "-inf");
	check_num(7, "7");
	check_num(0.5, "0.5");
}

static void test_format_truncates(void **state)
{
	char buf[4] = "xyz";

	(void)state;
	chart_format_number(buf, sizeof buf, 123456789);
	assert_int_equal(strlen(buf), 3);
	chart_format_number(buf, 0, 1);
	assert_string_equal(buf, "123");
}

static void test_format_count_value_duration(void **state)
{
	char buf[32];

	(void)state;
	numfmt_count(buf, sizeof buf, 10000);
	assert_string_equal(buf, "10,000");
	numfmt_count(buf, sizeof buf, 1234567);
	assert_string_equal(buf, "1,234,567");
	numfmt_count(buf, sizeof buf, -4500);
	assert_string_equal(buf, "-4,500");
	numfmt_count(buf, sizeof buf, 2e7);
	assert_string_equal(buf, "20 M");
	numfmt_count(buf, sizeof buf, 12.5);
	assert_string_equal(buf, "12.5");
	numfmt_value(buf, sizeof buf, 0.0002, "fraction");
	assert_string_equal(buf, "0.02 %");
	numfmt_value(buf, sizeof buf, 5.5, "\u00b5m");
	assert_string_equal(buf, "5.5 \u00b5m");
	numfmt_value(buf, sizeof buf, 3, "");
	assert_string_equal(buf, "3");
	numfmt_duration(buf, sizeof buf, 0.63, "h");
	assert_string_equal(buf, "37.8 min");
	numfmt_duration(buf, sizeof buf, 300, "min");
	assert_string_equal(buf, "5 h");
	numfmt_duration(buf, sizeof buf, 90, "min");
	assert_string_equal(buf, "90 min");
	numfmt_duration(buf, sizeof buf, 0.5, "min");
	assert_string_equal(buf, "30 s");
	numfmt_duration(buf, sizeof buf, 72, "h");
	assert_string_equal(buf, "3 d");
	numfmt_duration(buf, sizeof buf, 5, "furlongs");
	assert_string_equal(buf, "5 furlongs");
}

/* ---- scales ---- */

static void test_scale_frac(void **state)
{
	struct scale lin = { 0, 10, false }, lg = { 1, 100, true };

	(void)state;
	assert_float_equal(scale_frac(&lin, 5), 0.5, 1e-12);
	assert_float_equal(scale_frac(&lin, -10), -1, 1e-12);
	assert_float_equal(scale_frac(&lg, 10), 0.5, 1e-12);
	assert_true(isnan(scale_frac(&lg, 0)));
	assert_true(isnan(scale_frac(&lg, -3)));
	assert_true(isnan(scale_frac(&lin, NAN)));
	assert_true(isnan(scale_frac(&lin, INFINITY)));
	assert_true(isnan(scale_frac(&lin, 1e308)));
}

static void test_scale_degenerate_ranges(void **state)
{
	struct range r;
	struct scale s;

	(void)state;
	range_init(&r);
	scale_from_range(&s, &r, false, false);
	assert_true(s.lo == 0 && s.hi == 1);
	scale_from_range(&s, &r, true, false);
	assert_true(s.lo == 1 && s.hi == 10);
	range_add(&r, 5);
	scale_from_range(&s, &r, false, false);
	assert_true(s.lo < 5 && s.hi > 5);
	range_init(&r);
	range_add(&r, 0);
	range_add(&r, 0);
	scale_from_range(&s, &r, false, true);
	assert_true(s.lo == 0 && s.hi > 0);
	range_init(&r);
	range_add(&r, -3);
	range_add(&r, 0);
	range_add(&r, NAN);
	range_add(&r, -INFINITY);
	assert_int_equal(r.finite, 2);
	assert_int_equal(r.nonfinite, 2);
	assert_int_equal(r.nonpos, 2);
	assert_true(isnan(r.minpos));
	scale_from_range(&s, &r, true, false);
	assert_true(s.lo > 0 && s.hi > s.lo);
}

static void test_spans_decades(void **state)
{
	struct range r;

	(void)state;
	range_init(&r);
	range_add(&r, 10000);
	range_add(&r, 13);
	assert_false(range_spans_decades(&r));
	range_add(&r, 9);
	assert_true(range_spans_decades(&r));
	range_add(&r, 0); /* zeros do not count */
	assert_true(range_spans_decades(&r));
}

static void test_axis_dot(void **state)
{
	struct axis a = { .sc = { 0, 100, false }, .cells = 10, .sub = 4 };

	(void)state;
	assert_int_equal(axis_dot(&a, 0), 0);
	assert_int_equal(axis_dot(&a, 100), 39);
	assert_int_equal(axis_cell(&a, 100), 9);
	assert_int_equal(axis_cell(&a, 50), 5); /* dot 19.5 rounds up to 20 */
	assert_int_equal(axis_dot(&a, 101.5), -1);
	assert_int_equal(axis_dot(&a, -2), -1);
	assert_int_equal(axis_dot(&a, NAN), -1);
}

/* ---- ticks ---- */

static void axis_setup(struct axis *a, double lo, double hi, bool log,
                       enum axis_dir dir, size_t cells)
{
	memset(a, 0, sizeof *a);
	a->sc = (struct scale){ lo, hi, log };
	a->dir = dir;
	a->cells = cells;
	a->sub = 1;
}

static void test_ticks_linear_vertical(void **state)
{
	struct axis a;

	(void)state;
	axis_setup(&a, 0, 9873, false, AXIS_VERTICAL, 16);
	axis_ticks(&a, true, false);
	/* 16 rows want about five ticks: steps of 2.5k, widened to 10k */
	assert_int_equal(a.n, 5);
	assert_float_equal(a.sc.hi, 10000, 1e-9);
	assert_string_equal(a.label[0], "0");
	assert_string_equal(a.label[1], "2.5k");
	assert_string_equal(a.label[4], "10k");
}

static void test_ticks_decimals_and_zero(void **state)
{
	struct axis a;

	(void)state;
	axis_setup(&a, -50, 50, false, AXIS_VERTICAL, 10);
	axis_ticks(&a, true, false);
	for (size_t i = 0; i < a.n; i++)
		assert_string_not_equal(a.label[i], "-0");
	axis_setup(&a, 0, 1, false, AXIS_VERTICAL, 20);
	axis_ticks(&a, true, false);
	assert_true(a.n >= 3);
	assert_string_equal(a.label[1], a.n == 5 ? "0.25" : a.n == 6 ? "0.2" : a.label[1]);
	axis_setup(&a, 0, 3, false, AXIS_VERTICAL, 20);
	axis_ticks(&a, true, true);
	for (size_t i = 0; i < a.n; i++)
		assert_true(a.v[i] == floor(a.v[i]));
}

static void test_ticks_time_steps(void **state)
{
	struct axis a;

	(void)state;
	axis_setup(&a, 0, 240, false, AXIS_HORIZONTAL, 74);
	a.time_base = 60;
	axis_ticks(&a, false, false);
	assert_true(a.n >= 3);
	assert_true(fmod(a.v[1] - a.v[0], 15) == 0);
	assert_float_equal(a.v[a.n - 1], 240, 1e-9);
}

static void test_ticks_log(void **state)
{
	struct axis a;

	(void)state;
	axis_setup(&a, 3, 3.2e9, true, AXIS_VERTICAL, 20);
	axis_ticks(&a, true, false);
	assert_true(a.n >= 2);
	for (size_t i = 0; i < a.n; i++) {
		double e = log10(a.v[i]);

		assert_float_equal(e, round(e), 1e-9);
	}
	assert_non_null(strchr(a.label[a.n - 1], 'e'));
	axis_setup(&a, 1, 1e6, true, AXIS_VERTICAL, 30);
	axis_ticks(&a, true, false);
	assert_string_equal(a.label[a.n - 1], "1M");
	assert_string_equal(a.label[0], "1");
}

/* Labels of any range at any length never overlap or crowd. */
static void test_ticks_never_overlap(void **state)
{
	static const double spans[][2] = {
		{ 0, 1 }, { 0, 240 }, { -7, 3 }, { 1e-6, 3e-6 }, { 0, 1e9 },
		{ 123456, 123460 }, { 0.001, 0.002 }, { -1e12, 1e12 }, { 5, 5.0000001 },
	};

	(void)state;
	for (size_t s = 0; s < sizeof spans / sizeof *spans; s++) {
		for (size_t cells = 3; cells <= 300; cells += 7) {
			for (int dir = 0; dir < 2; dir++) {
				struct axis a;
				long prev_end = -1000, prev_cell = -1000;

				axis_setup(&a, spans[s][0], spans[s][1], false, (enum axis_dir)dir, cells);
				axis_ticks(&a, dir == AXIS_VERTICAL, false);
				for (size_t i = 0; i < a.n; i++) {
					long c = axis_cell(&a, a.v[i]);

					assert_true(c >= 0 && (size_t)c < cells);
					assert_true(strlen(a.label[i]) > 0);
					if (dir == AXIS_VERTICAL) {
						assert_true(c - prev_cell >= (cells >= 4 ? 2 : 1));
						prev_cell = c;
					} else {
						long start = axis_label_start(&a, i);

						assert_true(start >= 0 && start >= prev_end + 2);
						prev_end = start + (long)strlen(a.label[i]);
						assert_true(prev_end <= (long)cells);
					}
				}
			}
		}
	}
}

/* ---- the small-size policy ---- */

static void test_drop_order(void **state)
{
	struct legend lg = { 0 };
	struct frame_want w = { .title = "A title", .xaxis = true, .xticks = true,
	                        .label_w = 3, .min_rows = 3, .min_cols = 8 };
	struct frame f;
	int seen_one_line = 0, seen_titles = 0, seen_stamp = 0, seen_xticks = 0,
	    seen_note = 0, seen_title = 0;

	(void)state;
	for (int i = 0; i < 4; i++)
		legend_add(&lg, KEY_LINE, (unsigned)i, 0, "a fairly long series name");
	w.legend = &lg;
	snprintf(w.ytitle, sizeof w.ytitle, "cells");
	snprintf(w.xtitle, sizeof w.xtitle, "time (min)");
	snprintf(w.note, sizeof w.note, "2 values skipped");
	snprintf(w.stamp, sizeof w.stamp, "cascade sim x --seed 1");
	for (size_t h = 30; h >= 5; h--) {
		assert_int_equal(frame_plan(&f, &w, 60, h, CHARSET_BLOCKS), 0);
		assert_true(f.plot_rows >= 3);
		/* once dropped, a part stays dropped at smaller heights, and
		 * parts go in the stated order */
		if (f.legend_one_line && !seen_one_line)
			seen_one_line = (int)h;
		if (!f.xtitle && !seen_titles)
			seen_titles = (int)h;
		if (!f.stamp && !seen_stamp)
			seen_stamp = (int)h;
		if (!f.xticks && !seen_xticks)
			seen_xticks = (int)h;
		if (!f.note && !seen_note)
			seen_note = (int)h;
		if (!f.title && !seen_title)
			seen_title = (int)h;
		if (seen_titles)
			assert_true(f.legend_one_line);
		if (seen_stamp)
			assert_false(f.xtitle || f.ytitle);
		if (seen_xticks)
			assert_false(f.stamp);
		if (seen_note)
			assert_false(f.xticks);
		if (seen_title)
			assert_false(f.note);
		if (!f.legend)
			assert_false(f.title);
	}
	assert_true(seen_one_line > seen_titles && seen_titles > seen_stamp &&
	            seen_stamp > seen_xticks && seen_xticks > seen_note &&
	            seen_note > seen_title);
}

static void test_legend_needed_kept(void **state)
{
	struct legend lg = { 0 };
	struct frame_want w = { .title = "T", .label_w = 3, .min_rows = 20,
	                        .min_cols = 8, .legend_needed = true };
	struct frame f;

	(void)state;
	legend_add(&lg, KEY_FILL, 0, 0, "one");
	legend_add(&lg, KEY_FILL, 1, 0, "two");
	w.legend = &lg;
	assert_int_equal(frame_plan(&f, &w, 40, 8, CHARSET_ASCII), 0);
	assert_true(f.legend);
	assert_false(f.title);
	w.legend_needed = false;
	assert_int_equal(frame_plan(&f, &w, 40, 8, CHARSET_ASCII), 0);
	assert_false(f.legend);
}

static void test_narrow_drops_y_labels(void **state)
{
	struct frame_want w = { .label_w = 12, .min_rows = 3, .min_cols = 10 };
	struct frame f;

	(void)state;
	assert_int_equal(frame_plan(&f, &w, 40, 10, CHARSET_ASCII), 0);
	assert_true(f.labels);
	assert_int_equal(frame_plan(&f, &w, 20, 10, CHARSET_ASCII), 0);
	assert_false(f.labels);
	assert_int_equal(f.plot_left, 1);
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
	assert_true(set_text_has("log-zeros", 60, 14, CHARSET_ASCII, "3 values <= 0 left off the log axis"));
	assert_true(summary_has("log-zeros", "left off the log axis"));
	assert_true(set_text_has("log-nonpos", 60, 14, CHARSET_ASCII, "no values > 0, so a linear axis"));
	assert_true(set_text_has("funnel-zero", 60, 14, CHARSET_ASCII, "1 value <= 0 left off"));
}

static void test_nan_inf_noted(void **state)
{
	(void)state;
	assert_true(set_text_has("nan-inf", 60, 14, CHARSET_ASCII, "3 NaN or infinite values skipped"));
	assert_true(set_text_has("bar-nan", 60, 14, CHARSET_ASCII, "n/a"));
	assert_true(set_text_has("heat-nan", 60, 20, CHARSET_ASCII, "missing"));
	assert_true(summary_has("nan-inf", "NaN or infinite"));
}

static void test_decades_go_log(void **state)
{
	(void)state;
	assert_true(set_text_has("decades", 60, 14, CHARSET_ASCII, "log scale"));
	assert_true(set_text_has("decades", 60, 14, CHARSET_ASCII, "1e8"));
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
	assert_non_null(strstr(t, ". pinned"));
	for (size_t i = 0; i < g.len; i++)
		for (size_t j = 0; j < g.lines[i].len; j++)
			role[g.lines[i].cells[j].role] = true;
	assert_true(role[ROLE_CHART_S1] && role[ROLE_CHART_S2] && role[ROLE_CHART_FAINT]);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_number),
		cmocka_unit_test(test_format_truncates),
		cmocka_unit_test(test_format_count_value_duration),
		cmocka_unit_test(test_scale_frac),
		cmocka_unit_test(test_scale_degenerate_ranges),
		cmocka_unit_test(test_spans_decades),
		cmocka_unit_test(test_axis_dot),
		cmocka_unit_test(test_ticks_linear_vertical),
		cmocka_unit_test(test_ticks_decimals_and_zero),
		cmocka_unit_test(test_ticks_time_steps),
		cmocka_unit_test(test_ticks_log),
		cmocka_unit_test(test_ticks_never_overlap),
		cmocka_unit_test(test_drop_order),
		cmocka_unit_test(test_legend_needed_kept),
		cmocka_unit_test(test_narrow_drops_y_labels),
		cmocka_unit_test(test_every_width),
		cmocka_unit_test(test_every_height),
		cmocka_unit_test(test_too_small),
		cmocka_unit_test(test_no_data),
		cmocka_unit_test(test_log_with_zeros_noted),
		cmocka_unit_test(test_nan_inf_noted),
		cmocka_unit_test(test_decades_go_log),
		cmocka_unit_test(test_flat_and_one_point),
		cmocka_unit_test(test_many_bars_say_so),
		cmocka_unit_test(test_bar_negative),
		cmocka_unit_test(test_series_distinguishable),
		cmocka_unit_test(test_threshold_marked),
		cmocka_unit_test(test_sparkline),
		cmocka_unit_test(test_stamp),
		cmocka_unit_test(test_summaries),
	};

	setlocale(LC_ALL, "");
	return cmocka_run_group_tests_name("chart", tests, NULL, NULL);
}
