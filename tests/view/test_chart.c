/* test_chart.c — the chart layer's parts, one at a time: numbers for
 * people, scales and their degenerate ranges, tick choice (labels that
 * never overlap, at any length) and the small-size drop policy.  The
 * drawn charts are test_chart_draw.c's. */
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

#include "view/chart.h"
#include "view/chart_axis.h"
#include "view/chart_frame.h"
#include "view/theme.h"

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
	/* counts are util's numtext_count (tests/unit/test_numtext.c) */
	numfmt_count(buf, sizeof buf, 10000);
	assert_string_equal(buf, "10,000");
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
	/* decades for people, never "1e9" */
	assert_string_equal(a.label[a.n - 1], "100M");
	for (size_t i = 0; i < a.n; i++)
		assert_null(strchr(a.label[i], 'e'));
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
	int seen_titles = 0, seen_stamp = 0, seen_xticks = 0,
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
		 * parts go in the stated order; the legend keeps its rows (no
		 * name is ever cut short) until it goes as a whole */
		assert_true(!f.legend || f.legend_rows == legend_rows(&lg, 60, CHARSET_BLOCKS));
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
			assert_false(f.stamp);
		if (seen_xticks)
			assert_false(f.xtitle || f.ytitle);
		if (seen_note)
			assert_false(f.xticks);
		if (seen_title)
			assert_false(f.note);
		if (!f.legend)
			assert_false(f.title);
	}
	assert_true(seen_stamp > seen_titles && seen_titles > seen_xticks && seen_xticks > seen_note &&
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

/* The living (the first series) are green and the dead or cleared (the
 * third, as the models list them) red, in both themes. */
static void test_series_colours(void **state)
{
	(void)state;
	for (int t = 0; t < THEME__COUNT; t++) {
		assert_int_equal(theme_style((enum theme_id)t, ROLE_CHART_S1)->fg, COLOR_GREEN_);
		assert_int_equal(theme_style((enum theme_id)t, ROLE_CHART_S3)->fg, COLOR_RED_);
	}
	/* ... where the models put them */
	const struct sim_model *m = sim_model_find("detachment");
	double v[SIM_MAX_PARAMS];
	struct sim_result r;

	sim_defaults(m, v);
	assert_int_equal(sim_run(m, v, 1, &r), SIM_OK);
	assert_string_equal(r.series[0].name, "sensitive alive");
	assert_string_equal(r.series[2].name, "dead");
	sim_result_free(&r);
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
		cmocka_unit_test(test_series_colours),
	};

	setlocale(LC_ALL, "");
	return cmocka_run_group_tests_name("chart", tests, NULL, NULL);
}
