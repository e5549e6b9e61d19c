/* chart_bar.c — horizontal bar charts and funnels: one row per category
 * and series, labels on the left, the value after each bar.  Linear bars
 * grow from zero in eighth blocks (either side of it for negatives);
 * funnels, and bars whose values span more than three decades, stand on
 * a log axis with decade ticks, and a funnel says by how much each stage
 * divides the one before ("/40").  When the rows of several series do
 * not fit one under the other, the series stand side by side instead,
 * one panel each in legend order, one row per category, so that every
 * stage and every organ is drawn; only when even that does not fit does
 * the last row say how many categories were left off. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "view/chart_frame.h"
#include "view/chart_kinds.h"

#define VALUE_TEXT 32

struct bars {
	const struct sim_result *r;
	const struct sim_result *prev;
	size_t ncat, nser;
	bool log, funnel, ratios;
	struct scale sc;           /* final, after the axis widened it */
	size_t left, cols;         /* the bar area */
	size_t panel_w;            /* side by side: the cells of each panel */
	size_t panel_step;         /* and rows from one category to the next */
};

static const char *category_label(const struct sim_result *r, size_t c,
                                  char *buf, size_t size)
{
	for (size_t s = 0; s < r->nseries; s++)
		if (r->series[s].labels && c < r->series[s].len && r->series[s].labels[c])
			return r->series[s].labels[c];
	snprintf(buf, size, "%zu", c + 1);
	return buf;
}

static double value_at(const struct sim_result *r, size_t s, size_t c)
{
	if (!r || s >= r->nseries || c >= r->series[s].len)
		return NAN;
	return r->series[s].y[c];
}

static void value_text(const struct bars *bs, size_t s, size_t c, char *buf,
                       size_t size)
{
	double v = value_at(bs->r, s, c), before = value_at(bs->r, s, c - 1);
	const char *unit = bs->r->series[s].unit;
	size_t n;

	if (unit && (strcmp(unit, "%") == 0 || strcmp(unit, "fraction") == 0))
		numfmt_value(buf, size, v, unit);
	else
		numfmt_people(buf, size, v, NUMFMT_SPACED);
	if (!bs->ratios || c == 0 || !(v > 0) || !(before > v) || !value_ok(before))
		return;
	n = strlen(buf);
	if (n < size) {
		double ratio = before / v;

		if (ratio >= 10 && ratio < 1000)
			snprintf(buf + n, size - n, "  \u00f7%.0f", ratio);
		else if (ratio < 10)
			snprintf(buf + n, size - n, "  \u00f7%.1f", ratio);
		else
			snprintf(buf + n, size - n, "  \u00f7%s", "");
		if (ratio >= 1000) {
			n = strlen(buf);
			numfmt_people(buf + n, size - n, ratio, NUMFMT_COMPACT);
		}
	}
}

static void scan_bars(const struct sim_result *r, struct range *ry, size_t *ncat)
{
	for (size_t s = 0; r && s < r->nseries; s++) {
		if (r->series[s].len > *ncat)
			*ncat = r->series[s].len;
		for (size_t i = 0; i < r->series[s].len; i++)
			range_add(ry, r->series[s].y[i]);
	}
}

/* Eighths of the bar area that value v fills; -1 when it has no bar. */
static long bar_eighths(const struct bars *bs, double v)
{
	double f = scale_frac(&bs->sc, v);
	long e;

	if (isnan(f))
		return -1;
	e = lround(fmin(fmax(f, 0), 1) * (double)(bs->cols * 8));
	if (e == 0 && v > 0 && bs->log)
		e = 1; /* a positive value always shows */
	return e;
}

/* A bar from cell a to cell b (exclusive) in whole cells. */
static void fill_cells(struct cells *b, size_t row, size_t from, size_t to,
                       const struct series_style *st)
{
	for (size_t c = from; c < to; c++)
		cells_mark(b, row, c, st->fill, st->role);
}

/* Draws one bar; returns the column after it, where its value goes. */
static size_t draw_bar(struct cells *b, const struct bars *bs, size_t row,
                       double v, unsigned slot)
{
	const struct series_style *st = series_style(slot);
	long e = bar_eighths(bs, v), z;

	if (e < 0)
		return bs->left;
	if (!bs->log && bs->sc.lo < 0) {
		/* either side of zero, in whole cells */
		z = lround(scale_frac(&bs->sc, 0) * (double)bs->cols);
		long end = (e + 4) / 8;
		long from = end < z ? end : z, to = end < z ? z : end;

		fill_cells(b, row, bs->left + (size_t)from, bs->left + (size_t)to, st);
		return bs->left + (size_t)(to > z ? to : z);
	}
	/* Only the first series' fill has eighth blocks; beside others, it
	 * keeps to whole cells as they do, or the same value would draw
	 * longer in one series than in another. */
	if (slot != 0 || bs->nser > 1) {
		long n = (e + 4) / 8;

		fill_cells(b, row, bs->left, bs->left + (size_t)(n || !e ? n : 1), st);
		return bs->left + (size_t)(n || !e ? n : 1);
	}
	fill_cells(b, row, bs->left, bs->left + (size_t)(e / 8), st);
	if (e % 8)
		cells_mark(b, row, bs->left + (size_t)(e / 8),
		           MARK_BAR_EIGHTHS + (uint32_t)(e % 8), st->role);
	return bs->left + (size_t)((e + 7) / 8);
}

/* The pinned run's value v as a mark on row; returns the column after
 * the mark (0 when none), past which the value's text must start. */
static size_t draw_previous(struct cells *b, const struct bars *bs, size_t row,
                            double v)
{
	long e = bar_eighths(bs, v);

	if (e < 0)
		return 0;
	if (e > 0)
		e--;
	cells_mark(b, row, bs->left + (size_t)(e / 8), MARK_VDASH, ROLE_CHART_FAINT);
	return bs->left + (size_t)(e / 8) + 1;
}

static size_t size_max(size_t a, size_t b)
{
	return a > b ? a : b;
}

/* Rows k categories take: rows_per each, without a gap after the last. */
static size_t group_rows(const struct bars *bs, size_t k, size_t rows_per)
{
	return k ? k * rows_per - (rows_per - bs->nser) : 0;
}

/* On bars either side of zero, a line at zero where no bar covers it. */
static void zero_line(struct cells *b, const struct frame *f, const struct bars *bs)
{
	long z;

	if (bs->log || bs->sc.lo >= 0)
		return;
	z = lround(scale_frac(&bs->sc, 0) * (double)bs->cols);
	if (z <= 0 || z >= (long)bs->cols)
		return;
	for (size_t r = 0; r < f->plot_rows; r++) {
		struct cell *c = cells_at(b, f->plot_top + r, bs->left + (size_t)z);

		if (c && !(c->flags & CELL_MARK) && c->ch == ' ')
			cells_mark(b, f->plot_top + r, bs->left + (size_t)z, MARK_VLINE,
			           ROLE_CHART_AXIS);
	}
}

/* Where not one category's group of bars fits (a 40x12 explorer): the
 * first series alone, a row per category, and a last row saying how many
 * are left off, or that the others are. */
static void draw_first_series(struct cells *b, const struct frame *f, struct bars *bs)
{
	size_t shown = bs->ncat < f->plot_rows - 1 ? bs->ncat : f->plot_rows - 1;
	char buf[VALUE_TEXT + 64], lab[16];

	for (size_t c = 0; c < shown; c++) {
		size_t row = f->plot_top + c;
		size_t col = draw_bar(b, bs, row, value_at(bs->r, 0, c), SERIES_SLOT(0));

		cells_text(b, row, 0, f->label_w, category_label(bs->r, c, lab, sizeof lab),
		           ROLE_CHART_LABEL);
		value_text(bs, 0, c, buf, sizeof buf);
		cells_text(b, row, col + 1, f->w > col + 1 ? f->w - col - 1 : 0, buf,
		           ROLE_CHART_LABEL);
	}
	if (shown < bs->ncat) /* the legend's first key says which series */
		snprintf(buf, sizeof buf, "+%zu more", bs->ncat - shown);
	else
		snprintf(buf, sizeof buf, "only %s fits", bs->r->series[0].name);
	cells_text(b, f->plot_top + shown, f->plot_left, f->w - f->plot_left, buf, ROLE_NOTICE);
}

/* Draws every row the plot has room for; rows_per is nser plus a gap. */
static void draw_rows(struct cells *b, const struct frame *f, struct bars *bs,
                      size_t rows_per)
{
	size_t shown = bs->ncat;
	char buf[VALUE_TEXT], lab[16];

	if (group_rows(bs, shown, rows_per) > f->plot_rows)
		while (shown > 0 && group_rows(bs, shown, rows_per) + 1 > f->plot_rows)
			shown--; /* and keep a row to say how many are left off */
	if (shown == 0 && bs->nser > 1 && f->plot_rows >= 2) {
		draw_first_series(b, f, bs);
		return;
	}
	for (size_t c = 0; c < shown; c++) {
		size_t row0 = f->plot_top + c * rows_per;

		cells_text(b, row0, 0, f->label_w,
		           category_label(bs->r, c, lab, sizeof lab), ROLE_CHART_LABEL);
		for (size_t s = 0; s < bs->nser; s++) {
			size_t col = draw_bar(b, bs, row0 + s, value_at(bs->r, s, c),
			                      SERIES_SLOT(s));

			if (bs->prev)
				col = size_max(col, draw_previous(b, bs, row0 + s,
				                                  value_at(bs->prev, s, c)));
			value_text(bs, s, c, buf, sizeof buf);
			cells_text(b, row0 + s, col + 1, f->w > col + 1 ? f->w - col - 1 : 0,
			           buf, ROLE_CHART_LABEL);
		}
	}
	if (shown < bs->ncat) {
		snprintf(buf, sizeof buf, "+%zu more", bs->ncat - shown);
		cells_text(b, f->plot_top + f->plot_rows - 1, f->plot_left, f->w - f->plot_left,
		           buf, ROLE_NOTICE);
	}
}

static void bar_legend(struct legend *lg, const struct sim_result *r,
                       const struct chart_opts *o)
{
	lg->n = 0;
	for (size_t s = 0; r->nseries > 1 && s < r->nseries; s++)
		legend_add(lg, KEY_FILL, SERIES_SLOT(s), 0, r->series[s].name);
	if (o->previous)
		legend_add(lg, KEY_MARK, STYLE_FAINT, MARK_VDASH,
		           o->previous_label ? o->previous_label : "previous run");
}

/* The widest label and value texts, for the frame's margins. */
static void bar_margins(const struct bars *bs, size_t *label_w, size_t *value_w)
{
	char buf[VALUE_TEXT], lab[16];

	*label_w = 1;
	*value_w = 1;
	for (size_t c = 0; c < bs->ncat; c++) {
		size_t w = text_width(category_label(bs->r, c, lab, sizeof lab));

		*label_w = w > *label_w ? w : *label_w;
		for (size_t s = 0; s < bs->nser; s++) {
			value_text(bs, s, c, buf, sizeof buf);
			w = text_width(buf);
			*value_w = w > *value_w ? w : *value_w;
		}
	}
}

static void plan_bars(struct bars *bs, const struct sim_result *r,
                      const struct chart_opts *o, struct range *ry, struct range *own)
{
	struct range pr;

	memset(bs, 0, sizeof *bs);
	bs->r = r;
	bs->prev = o->previous;
	bs->nser = r->nseries;
	range_init(ry);
	scan_bars(r, ry, &bs->ncat);
	*own = *ry;
	range_init(&pr);
	scan_bars(o->previous, &pr, &(size_t){ 0 });
	range_merge(ry, &pr);
	bs->funnel = r->kind == SIM_CHART_FUNNEL;
	bs->log = bs->funnel || r->y_log || range_spans_decades(ry);
	bs->ratios = bs->funnel && o->width >= 60;
}

/* The scale and the frame's wishes: labels, values, titles, rows. */
static void want_bars(struct frame_want *w, struct legend *lg, struct bars *bs,
                      const struct sim_result *r, const struct chart_opts *o)
{
	struct range ry, own;
	bool log_impossible;
	size_t value_w;

	plan_bars(bs, r, o, &ry, &own);
	log_impossible = bs->log && isnan(ry.minpos) && ry.finite > 0;
	if (log_impossible)
		bs->log = false;
	scale_from_range(&bs->sc, &ry, bs->log, true);
	if (bs->log) {
		/* bars on a log axis stand on a whole decade below the least
		 * value, so that their lengths read as orders of magnitude */
		double d = pow(10, floor(log10(bs->sc.lo)));

		bs->sc.lo = d < bs->sc.lo ? d : d / 10;
	}
	bar_legend(lg, r, o);
	w->legend = lg;
	w->legend_needed = bs->nser > 1 || o->previous;
	text_want_result(w, r, o, bs->log);
	snprintf(w->xtitle, sizeof w->xtitle, "%s", w->ytitle);
	w->ytitle[0] = '\0';
	text_data_note(w->note, sizeof w->note, bs->log ? own.nonpos : 0,
	               own.nonfinite, log_impossible);
	w->xaxis = w->xticks = bs->log;
	bar_margins(bs, &w->label_w, &value_w);
	w->right_w = value_w + 1;
	w->min_rows = bs->ncat && bs->nser ? bs->ncat * bs->nser : 1;
}

#define PANEL_MIN_BAR 4   /* cells of bar a panel needs beside its values */
#define PANEL_RATIO_BAR 10 /* and the bar it keeps before a funnel's ratios */

static void draw_panels(struct cells *b, const struct frame *f, struct bars *bs,
                        size_t value_w);

/* The whole chart with its series side by side (f planned for it). */
static int draw_side_by_side(struct grid *g, const struct frame *f,
                             const struct frame_want *w, struct bars *bs,
                             const struct chart_opts *o, size_t value_w)
{
	struct axis ax;
	struct cells b;
	int rc;

	if (cells_init(&b, o->width, o->height, o->charset))
		return -1;
	frame_axis_init(&ax, f, AXIS_HORIZONTAL, &bs->sc, 8);
	if (bs->log)
		axis_ticks(&ax, true, false);
	bs->sc = ax.sc;
	frame_axis_y(&b, f, NULL);
	frame_axis_x(&b, f, NULL);
	frame_draw(&b, f, w);
	draw_panels(&b, f, bs, value_w);
	rc = cells_emit(&b, g);
	cells_free(&b);
	return rc;
}

/* The widest value text of all series (with ratios as bs says). */
static size_t widest_value(const struct bars *bs)
{
	char buf[VALUE_TEXT];
	size_t wmax = 1;

	for (size_t c = 0; c < bs->ncat; c++)
		for (size_t s = 0; s < bs->nser; s++) {
			value_text(bs, s, c, buf, sizeof buf);
			wmax = text_width(buf) > wmax ? text_width(buf) : wmax;
		}
	return wmax;
}

/* Series side by side: category labels on the left, then one panel per
 * series, each with its bar on the shared scale and its value. */
static void draw_panels(struct cells *b, const struct frame *f, struct bars *bs,
                        size_t value_w)
{
	char buf[VALUE_TEXT], lab[16];
	size_t bar_cols = bs->panel_w - value_w - 2;

	for (size_t c = 0; c < bs->ncat && c * bs->panel_step < f->plot_rows; c++) {
		size_t row = f->plot_top + c * bs->panel_step;

		cells_text(b, row, 0, f->label_w, category_label(bs->r, c, lab, sizeof lab),
		           ROLE_CHART_LABEL);
		for (size_t s = 0; s < bs->nser; s++) {
			size_t col;

			bs->left = f->plot_left + s * bs->panel_w;
			bs->cols = bar_cols;
			col = draw_bar(b, bs, row, value_at(bs->r, s, c), SERIES_SLOT(s));
			if (bs->prev)
				col = size_max(col, draw_previous(b, bs, row,
				                                  value_at(bs->prev, s, c)));
			value_text(bs, s, c, buf, sizeof buf);
			cells_text(b, row, col + 1, bs->left + bs->panel_w - col - 1, buf,
			           ROLE_CHART_LABEL);
		}
	}
}

/* Plans the panels; 0 when they fit (f, bs->panel_w and *value_w set). */
static int plan_panels(struct frame *f, struct frame_want *w, struct bars *bs,
                       const struct chart_opts *o, size_t *value_w)
{
	struct frame_want pw = *w;

	if (bs->nser < 2 || bs->ncat == 0)
		return -1;
	pw.right_w = 0;
	pw.min_rows = pw.max_rows = bs->ncat;
	pw.xticks = false;
	pw.min_cols = bs->nser * (PANEL_MIN_BAR + 4);
	/* a blank row between categories, room allowing */
	pw.max_rows = 2 * bs->ncat - 1;
	if (frame_plan(f, &pw, o->width, o->height, o->charset))
		return -1;
	bs->panel_step = f->plot_rows >= pw.max_rows ? 2 : 1;
	if (bs->panel_step == 1) {
		pw.max_rows = bs->ncat;
		if (frame_plan(f, &pw, o->width, o->height, o->charset) ||
		    f->plot_rows < bs->ncat)
			return -1;
	}
	bs->panel_w = f->plot_cols / bs->nser;
	*value_w = widest_value(bs);
	if (bs->ratios && bs->panel_w < *value_w + 2 + PANEL_RATIO_BAR) {
		bs->ratios = false; /* the divisions go before the bars do */
		*value_w = widest_value(bs);
	}
	if (bs->panel_w < *value_w + 2 + PANEL_MIN_BAR)
		return -1;
	*w = pw;
	return 0;
}

int chart_bars(struct grid *g, const struct sim_result *r,
               const struct chart_opts *o)
{
	struct frame_want w = { .labels_needed = true, .min_cols = 6 };
	struct bars bs;
	struct legend lg;
	struct frame f;
	struct axis ax;
	struct cells b;
	size_t rows_per;
	int rc;

	want_bars(&w, &lg, &bs, r, o);
	rows_per = bs.nser + 1; /* a blank row after each group, room allowing */
	w.max_rows = bs.ncat ? group_rows(&bs, bs.ncat, rows_per) : 1;
	rc = frame_plan(&f, &w, o->width, o->height, o->charset);
	if (rc == 0 && f.plot_rows < w.max_rows) {
		/* no room for gaps: plan again so the axis sits under the bars */
		rows_per = bs.nser ? bs.nser : 1;
		w.max_rows = w.min_rows;
		rc = frame_plan(&f, &w, o->width, o->height, o->charset);
	}
	/* several series that fit only by losing rows or parts of the frame
	 * stand side by side instead */
	if (rc || f.plot_rows < w.min_rows || (*w.title && !f.title) ||
	    (w.xticks && !f.xticks)) {
		struct frame pf;
		struct frame_want pw = w;
		size_t value_w;

		if (plan_panels(&pf, &pw, &bs, o, &value_w) == 0)
			return draw_side_by_side(g, &pf, &pw, &bs, o, value_w);
	}
	if (rc)
		return chart_note_line(g, o->width, "chart too small");
	if (cells_init(&b, o->width, o->height, o->charset))
		return -1;
	frame_axis_init(&ax, &f, AXIS_HORIZONTAL, &bs.sc, 8);
	if (bs.log)
		axis_ticks(&ax, true, false);
	bs.sc = ax.sc;
	bs.left = f.plot_left;
	bs.cols = f.plot_cols;
	frame_axis_y(&b, &f, NULL);
	frame_axis_x(&b, &f, &ax);
	frame_draw(&b, &f, &w);
	if (bs.ncat == 0 || bs.nser == 0)
		frame_plot_message(&b, &f, "no data");
	else
		draw_rows(&b, &f, &bs, rows_per);
	zero_line(&b, &f, &bs);
	rc = cells_emit(&b, g);
	cells_free(&b);
	return rc;
}

size_t chart_bars_rows(const struct sim_result *r, const struct chart_opts *o)
{
	struct frame_want w = { .labels_needed = true, .min_cols = 6 };
	struct bars bs;
	struct legend lg;
	struct frame f;

	struct frame_want pw;
	size_t value_w;

	want_bars(&w, &lg, &bs, r, o);
	w.max_rows = w.min_rows; /* every bar, no gaps */
	pw = w;
	if (frame_plan(&f, &w, o->width, o->height, o->charset) == 0 &&
	    f.plot_rows >= w.min_rows)
		return o->height;
	if (plan_panels(&f, &pw, &bs, o, &value_w) == 0)
		return o->height;
	if (frame_plan(&f, &w, o->width, CHART_MAX_ROWS_WANTED, o->charset))
		return 0;
	return frame_rows_used(&f);
}
