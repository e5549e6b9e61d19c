/* chart_hist.c — histograms: samples binned on "nice" edges (about
 * 2 n^(1/3) bins, never more than the plot has columns), columns in
 * eighth blocks, a marked threshold drawn as a dashed line where it does
 * not cover a column, further series and the previous run as outlines;
 * and the same bins counted for a table (chart_hist_bins). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view/chart_frame.h"
#include "view/chart_kinds.h"

#define MAX_BINS 300

struct bins {
	double lo, width;      /* first edge; width of each bin, in x units */
	size_t n;              /* bins */
};

/* The smallest of 1, 2, 2.5, 5 x 10^k that is at least raw. */
static double nice_at_least(double raw)
{
	static const double mant[] = { 1, 2, 2.5, 5, 10 };
	double p = pow(10, floor(log10(raw)));

	for (size_t i = 0; i < sizeof mant / sizeof *mant; i++)
		if (mant[i] * p >= raw * (1 - 1e-9))
			return mant[i] * p;
	return 10 * p;
}

static void make_bins(struct bins *b, const struct range *rx, size_t nsamples,
                      size_t max_bins)
{
	size_t target = (size_t)ceil(2 * cbrt((double)nsamples));
	double span = rx->max - rx->min;

	if (target < 5)
		target = 5;
	if (max_bins > MAX_BINS)
		max_bins = MAX_BINS;
	if (target > max_bins)
		target = max_bins ? max_bins : 1;
	if (rx->finite == 0) {
		b->lo = 0;
		b->width = 1;
		b->n = 5 < max_bins ? 5 : max_bins;
		return;
	}
	if (span <= fabs(rx->max) * 1e-12) {
		/* all equal: one bin in the middle of five */
		b->width = nice_at_least(rx->min != 0 ? fabs(rx->min) * 0.1 : 1);
		b->lo = rx->min - 2.5 * b->width;
		b->n = 5 < max_bins ? 5 : max_bins;
		return;
	}
	b->width = nice_at_least(span / (double)target);
	for (;;) {
		b->lo = floor(rx->min / b->width) * b->width;
		b->n = (size_t)floor((rx->max - b->lo) / b->width) + 1;
		if (b->n <= max_bins || max_bins == 0)
			break;
		b->width = nice_at_least(b->width * 1.01);
	}
}

static size_t bin_of(const struct bins *b, double v)
{
	double k = floor((v - b->lo) / b->width);

	if (k < 0)
		return 0;
	return k >= (double)b->n ? b->n - 1 : (size_t)k;
}

/* Counts of series s into counts[0..n); returns the largest count. */
static size_t count_series(const struct sim_series *s, const struct bins *b,
                           size_t *counts)
{
	size_t max = 0;

	memset(counts, 0, b->n * sizeof *counts);
	for (size_t i = 0; s && i < s->len; i++) {
		if (!value_ok(s->y[i]))
			continue;
		size_t k = bin_of(b, s->y[i]);

		if (++counts[k] > max)
			max = counts[k];
	}
	return max;
}

static void draw_columns(struct cells *cb, const struct frame *f,
                         const struct bins *b, const size_t *counts, double top)
{
	const struct series_style *st = series_style(0);

	for (size_t c = 0; c < f->plot_cols; c++) {
		size_t k = c * b->n / f->plot_cols;
		long e = lround((double)counts[k] / top * (double)(f->plot_rows * 8));

		for (size_t r = 0; e > 0 && r < f->plot_rows; r++, e -= 8)
			cells_mark(cb, f->plot_top + f->plot_rows - 1 - r, f->plot_left + c,
			           MARK_COLUMN_EIGHTHS + (uint32_t)(e >= 8 ? 8 : e), st->role);
	}
}

/* A step outline of counts in style slot, on the dot raster. */
static void outline(struct dots *d, const struct axis *ay, const struct bins *b,
                    const size_t *counts, unsigned slot)
{
	long w = (long)(d->cols * d->sx), prev_y = -1;

	d->phase = 0;
	for (size_t k = 0; k < b->n; k++) {
		long x0 = (long)k * w / (long)b->n, x1 = (long)(k + 1) * w / (long)b->n - 1;
		long y = axis_dot(ay, (double)counts[k]);

		if (y < 0)
			continue;
		if (prev_y >= 0)
			dots_line(d, x0, prev_y, x0, y, slot);
		dots_line(d, x0, y, x1 < x0 ? x0 : x1, y, slot);
		prev_y = y;
	}
}

static void draw_threshold(struct cells *cb, const struct frame *f,
                           const struct axis *ax, double t)
{
	long c = axis_cell(ax, t);

	if (c < 0)
		return;
	for (size_t r = 0; r < f->plot_rows; r++) {
		struct cell *cell = cells_at(cb, f->plot_top + r, f->plot_left + (size_t)c);

		if (cell && !(cell->flags & CELL_MARK) && cell->ch == ' ')
			cells_mark(cb, f->plot_top + r, f->plot_left + (size_t)c, MARK_VDASH,
			           ROLE_CHART_MARK);
	}
}

static void hist_legend(struct legend *lg, const struct sim_result *r,
                        const struct chart_opts *o)
{
	char text[LEGEND_TEXT], num[32];

	lg->n = 0;
	for (size_t s = 0; r->nseries > 1 && s < r->nseries; s++)
		legend_add(lg, s ? KEY_LINE : KEY_FILL, SERIES_SLOT(s), 0, r->series[s].name);
	if (o->previous)
		legend_add(lg, KEY_LINE, STYLE_FAINT, 0,
		           o->previous_label ? o->previous_label : "previous run");
	if (value_ok(r->threshold)) {
		numfmt_value(num, sizeof num, r->threshold, r->x_unit);
		snprintf(text, sizeof text, "threshold %s", num);
		legend_add(lg, KEY_NOTE, 0, MARK_VDASH, text);
	}
}

static void scan_samples(const struct sim_result *r, struct range *rx)
{
	for (size_t s = 0; r && s < r->nseries; s++)
		for (size_t i = 0; i < r->series[s].len; i++)
			range_add(rx, r->series[s].y[i]);
}

/* Counts every series into counts (nseries + 1 rows of b->n, the last
 * for the previous run); returns the largest count. */
static size_t count_all(const struct sim_result *r, const struct sim_result *prev,
                        const struct bins *b, size_t *counts)
{
	size_t top = 1, m;

	for (size_t s = 0; s < r->nseries; s++)
		if ((m = count_series(&r->series[s], b, counts + s * b->n)) > top)
			top = m;
	m = count_series(prev && prev->nseries ? &prev->series[0] : NULL, b,
	                 counts + r->nseries * b->n);
	return m > top ? m : top;
}

int chart_hist_bins(const struct sim_result *r, size_t max_bins, struct chart_bins *out)
{
	struct range rx;
	struct bins b;

	range_init(&rx);
	scan_samples(r, &rx);
	make_bins(&b, &rx, rx.finite, max_bins);
	out->lo = b.lo;
	out->width = b.width;
	out->n = b.n;
	out->counts = calloc((r->nseries + 1) * b.n, sizeof *out->counts);
	if (!out->counts)
		return -1;
	count_all(r, NULL, &b, out->counts);
	return 0;
}

static void draw_outlines(struct cells *cb, const struct frame *f,
                          const struct axis *ay, const struct sim_result *r,
                          const struct chart_opts *o, const struct bins *b,
                          const size_t *counts)
{
	struct dots d;
	struct axis ad = *ay;

	if (r->nseries < 2 && !o->previous)
		return;
	if (dots_init(&d, f->plot_cols, f->plot_rows, o->charset))
		return;
	ad.sub = d.sy;
	for (size_t s = 1; s < r->nseries; s++)
		outline(&d, &ad, b, counts + s * b->n, SERIES_SLOT(s));
	if (o->previous)
		outline(&d, &ad, b, counts + r->nseries * b->n, STYLE_FAINT);
	dots_render(&d, cb, f->plot_top, f->plot_left, false);
	dots_free(&d);
}

/* The samples' range (with the threshold), and the frame's wishes. */
static void want_hist(struct frame_want *w, struct legend *lg, struct range *rx,
                      struct range *own, const struct sim_result *r,
                      const struct chart_opts *o)
{
	range_init(rx);
	scan_samples(r, rx);
	*own = *rx;
	scan_samples(o->previous, rx);
	if (value_ok(r->threshold))
		range_add(rx, r->threshold);
	hist_legend(lg, r, o);
	w->legend = lg;
	text_want_result(w, r, o, false);
	/* the series' unit is the samples' (x); the y axis counts them */
	text_axis_title(w->ytitle, sizeof w->ytitle, r->y_title ? r->y_title : "count",
	                "", false);
	text_data_note(w->note, sizeof w->note, 0, own->nonfinite, false);
}

static void draw_hist(struct cells *cb, const struct frame *f,
                      const struct frame_want *w, const struct axis *ax,
                      const struct axis *ay, const struct sim_result *r,
                      const struct chart_opts *o, const struct bins *bins,
                      const size_t *counts, size_t nsamples)
{
	if (nsamples > 0 && r->nseries > 0)
		draw_columns(cb, f, bins, counts, ay->sc.hi);
	draw_outlines(cb, f, ay, r, o, bins, counts);
	if (value_ok(r->threshold))
		draw_threshold(cb, f, ax, r->threshold);
	frame_axis_y(cb, f, ay);
	frame_axis_x(cb, f, ax);
	frame_draw(cb, f, w);
	if (nsamples == 0)
		frame_plot_message(cb, f, "no data");
}

int chart_histogram(struct grid *g, const struct sim_result *r,
                    const struct chart_opts *o)
{
	struct frame_want w = { .xaxis = true, .xticks = true, .min_rows = 3,
	                        .min_cols = 8, .label_w = 4 };
	struct range rx, own;
	struct scale xs, ys;
	struct legend lg;
	struct frame f;
	struct axis ax, ay;
	struct cells cb;
	struct bins bins;
	size_t *counts = NULL;
	int rc = -1;

	want_hist(&w, &lg, &rx, &own, r, o);
	/* the plot's width bounds the bins, so plan once with a guess, and
	 * leave room for y labels wider than it */
	if (frame_plan(&f, &w, o->width, o->height, o->charset))
		return chart_note_line(g, o->width, "chart too small");
	make_bins(&bins, &rx, own.finite, f.plot_cols > 8 ? f.plot_cols - 4 : f.plot_cols);
	counts = calloc((r->nseries + 1) * bins.n, sizeof *counts);
	if (!counts || cells_init(&cb, o->width, o->height, o->charset)) {
		free(counts);
		return -1;
	}
	ys = (struct scale){ .lo = 0, .hi = (double)count_all(r, o->previous, &bins, counts) };
	if (frame_plan_y(&f, &w, o->width, o->height, o->charset, &ay, &ys, 8, true)) {
		rc = chart_note_line(g, o->width, "chart too small");
	} else {
		ay.base_on_axis = true;
		xs = (struct scale){ .lo = bins.lo,
		                     .hi = bins.lo + (double)bins.n * bins.width };
		frame_axis_init(&ax, &f, AXIS_HORIZONTAL, &xs, 1);
		axis_ticks(&ax, false, rx.integral && bins.width >= 1);
		draw_hist(&cb, &f, &w, &ax, &ay, r, o, &bins, counts, own.finite);
		rc = cells_emit(&cb, g);
	}
	free(counts);
	cells_free(&cb);
	return rc;
}
