/* chart_band.c — one model run over several seeds: for each series, the
 * median as a line and the 10th-90th percentile spread as a shaded band
 * behind it (quantiles by linear interpolation, Hyndman-Fan type 7). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view/chart_frame.h"
#include "view/chart_kinds.h"

#define BAND_MAX_SERIES 4

/* The band's mark: a light shade in every charset.  (A Braille stipple
 * was tried: it reads as more line, not as a region.) */
static uint32_t band_mark(enum charset cs)
{
	(void)cs;
	return MARK_SHADE_1;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double quantile(const double *v, size_t n, double p)
{
	double h = (double)(n - 1) * p;
	size_t lo = (size_t)floor(h);

	if (lo + 1 >= n)
		return v[n - 1];
	return v[lo] + (h - (double)lo) * (v[lo + 1] - v[lo]);
}

void band_stats_free(struct band_stats *bs)
{
	free(bs->x);
	free(bs->p10);
	free(bs->p50);
	free(bs->p90);
	memset(bs, 0, sizeof *bs);
}

int band_stats_compute(struct band_stats *bs, const struct sim_result *runs,
                       size_t nruns, size_t s)
{
	double *tmp;
	size_t n = SIZE_MAX;

	memset(bs, 0, sizeof *bs);
	for (size_t k = 0; k < nruns; k++) {
		size_t len = s < runs[k].nseries ? runs[k].series[s].len : 0;

		n = len < n ? len : n;
	}
	if (nruns == 0 || n == 0 || n == SIZE_MAX)
		return 0;
	bs->x = malloc(n * sizeof *bs->x);
	bs->p10 = malloc(n * sizeof *bs->p10);
	bs->p50 = malloc(n * sizeof *bs->p50);
	bs->p90 = malloc(n * sizeof *bs->p90);
	tmp = malloc(nruns * sizeof *tmp);
	if (!bs->x || !bs->p10 || !bs->p50 || !bs->p90 || !tmp) {
		free(tmp);
		band_stats_free(bs);
		return -1;
	}
	bs->n = n;
	for (size_t i = 0; i < n; i++) {
		const struct sim_series *first = &runs[0].series[s];
		size_t m = 0;

		bs->x[i] = first->x ? first->x[i] : (double)i;
		for (size_t k = 0; k < nruns; k++)
			if (value_ok(runs[k].series[s].y[i]))
				tmp[m++] = runs[k].series[s].y[i];
		qsort(tmp, m, sizeof *tmp, cmp_double);
		bs->p10[i] = m ? quantile(tmp, m, 0.1) : NAN;
		bs->p50[i] = m ? quantile(tmp, m, 0.5) : NAN;
		bs->p90[i] = m ? quantile(tmp, m, 0.9) : NAN;
	}
	free(tmp);
	return 0;
}

/* The band's bottom and top at x, interpolated; false outside the data. */
static bool band_at(const struct band_stats *bs, double x, double *lo, double *hi)
{
	for (size_t i = 0; i + 1 < bs->n; i++) {
		double x0 = bs->x[i], x1 = bs->x[i + 1], f;

		if (!(x >= x0 && x <= x1))
			continue;
		f = x1 > x0 ? (x - x0) / (x1 - x0) : 0;
		*lo = bs->p10[i] + f * (bs->p10[i + 1] - bs->p10[i]);
		*hi = bs->p90[i] + f * (bs->p90[i + 1] - bs->p90[i]);
		return value_ok(*lo) && value_ok(*hi);
	}
	if (bs->n == 1 && x == bs->x[0]) {
		*lo = bs->p10[0];
		*hi = bs->p90[0];
		return value_ok(*lo);
	}
	return false;
}

static void shade(struct cells *b, const struct frame *f, const struct axis *ax,
                  const struct axis *ay, const struct band_stats *bs, unsigned slot)
{
	const struct series_style *st = series_style(slot);
	struct axis ac = *ay;

	ac.sub = 1;
	for (size_t c = 0; c < f->plot_cols; c++) {
		double fx = f->plot_cols > 1 ? (double)c / (double)(f->plot_cols - 1) : 0;
		double x = ax->sc.lo + fx * (ax->sc.hi - ax->sc.lo), lo, hi;
		long rlo, rhi;

		if (!band_at(bs, x, &lo, &hi))
			continue;
		rlo = axis_cell(&ac, lo);
		rhi = axis_cell(&ac, hi);
		if (rlo < 0)
			rlo = 0; /* below the axis (or <= 0 on log): from the bottom */
		if (rhi < 0)
			continue;
		for (long r = rlo; r <= rhi; r++)
			cells_mark(b, f->plot_top + f->plot_rows - 1 - (size_t)r,
			           f->plot_left + c, band_mark(b->cs), st->role);
	}
}

struct band_chart {
	struct band_stats st[BAND_MAX_SERIES];
	size_t nser;
	struct range rx, ry;
};

static int band_collect(struct band_chart *bc, const struct sim_result *runs,
                        size_t nruns)
{
	memset(bc, 0, sizeof *bc);
	range_init(&bc->rx);
	range_init(&bc->ry);
	bc->nser = nruns ? runs[0].nseries : 0;
	if (bc->nser > BAND_MAX_SERIES)
		bc->nser = BAND_MAX_SERIES;
	for (size_t s = 0; s < bc->nser; s++) {
		if (band_stats_compute(&bc->st[s], runs, nruns, s))
			return -1;
		for (size_t i = 0; i < bc->st[s].n; i++) {
			range_add(&bc->rx, bc->st[s].x[i]);
			range_add(&bc->ry, bc->st[s].p10[i]);
			range_add(&bc->ry, bc->st[s].p50[i]);
			range_add(&bc->ry, bc->st[s].p90[i]);
		}
	}
	return 0;
}

static void band_free(struct band_chart *bc)
{
	for (size_t s = 0; s < BAND_MAX_SERIES; s++)
		band_stats_free(&bc->st[s]);
}

static void band_legend(struct legend *lg, const struct sim_result *runs,
                        size_t nruns, size_t nser, enum charset cs)
{
	char text[LEGEND_TEXT];

	lg->n = 0;
	for (size_t s = 0; s < nser; s++) {
		snprintf(text, sizeof text, "median %s", runs[0].series[s].name);
		legend_add(lg, KEY_LINE, SERIES_SLOT(s), 0, text);
	}
	if (nruns == 1) {
		legend_add(lg, KEY_TEXT, 0, 0, "1 run, no spread");
		return;
	}
	snprintf(text, sizeof text, "10\u201390 %% of %zu runs", nruns);
	legend_add(lg, KEY_MARK, 0, band_mark(cs), text);
}

static int draw_band_chart(struct grid *g, struct band_chart *bc,
                           const struct sim_result *runs, size_t nruns,
                           const struct chart_opts *o)
{
	static const struct sim_result none = { .threshold = NAN };
	const struct sim_result *r0 = nruns ? &runs[0] : &none;
	struct frame_want w = { .xaxis = true, .xticks = true, .min_rows = 3,
	                        .min_cols = 8 };
	bool log = r0->y_log || range_spans_decades(&bc->ry);
	bool log_impossible = log && isnan(bc->ry.minpos) && bc->ry.finite > 0;
	unsigned sub = o->charset == CHARSET_BRAILLE ? 4 : 1;
	struct scale xs, ys;
	struct legend lg;
	struct frame f;
	struct axis ax, ay;
	struct cells b;
	struct dots d;
	int rc = -1;

	log = log && !log_impossible;
	scale_from_range(&ys, &bc->ry, log, !log && bc->ry.finite && bc->ry.min >= 0 &&
	                 bc->ry.min <= bc->ry.max * 0.25);
	scale_from_range(&xs, &bc->rx, false, false);
	band_legend(&lg, r0, nruns, bc->nser, o->charset);
	w.legend = &lg;
	text_want_result(&w, r0, o, log);
	if (w.stamp[0] && nruns > 1) {
		size_t n = strlen(w.stamp);

		snprintf(w.stamp + n, sizeof w.stamp - n, " --runs %zu", nruns);
	}
	text_data_note(w.note, sizeof w.note, 0, 0, log_impossible);
	if (cells_init(&b, o->width, o->height, o->charset))
		return -1;
	if (frame_plan_y(&f, &w, o->width, o->height, o->charset, &ay, &ys, sub, false)) {
		cells_free(&b);
		return chart_note_line(g, o->width, "chart too small");
	}
	frame_axis_init(&ax, &f, AXIS_HORIZONTAL, &xs, o->charset == CHARSET_BRAILLE ? 2 : 1);
	ax.time_base = numfmt_time_base(r0->x_unit);
	axis_ticks(&ax, false, bc->rx.integral);
	for (size_t s = bc->nser; s-- > 0;)
		shade(&b, &f, &ax, &ay, &bc->st[s], SERIES_SLOT(s));
	if (dots_init(&d, f.plot_cols, f.plot_rows, o->charset))
		goto out;
	for (size_t s = 0; s < bc->nser; s++)
		dots_series(&d, &ax, &ay, bc->st[s].x, bc->st[s].p50, bc->st[s].n,
		            SERIES_SLOT(s));
	dots_render(&d, &b, f.plot_top, f.plot_left, false);
	dots_free(&d);
	frame_axis_y(&b, &f, &ay);
	frame_axis_x(&b, &f, &ax);
	frame_draw(&b, &f, &w);
	if (bc->ry.finite == 0)
		frame_plot_message(&b, &f, "no data");
	rc = cells_emit(&b, g);
out:
	cells_free(&b);
	return rc;
}

int chart_band(struct grid *g, const struct sim_result *runs, size_t nruns,
               const struct chart_opts *o)
{
	struct band_chart bc;
	int rc = -1;

	if (band_collect(&bc, runs, nruns) == 0)
		rc = draw_band_chart(g, &bc, runs, nruns, o);
	band_free(&bc);
	return rc;
}
