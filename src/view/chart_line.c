/* chart_line.c — line charts: several series against x, each in its own
 * style, a faint previous run beneath them, and a log y axis when the
 * model asks for one or the values span more than three decades. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "view/chart_frame.h"
#include "view/chart_kinds.h"

static void scan(const struct sim_result *r, struct range *rx, struct range *ry)
{
	for (size_t s = 0; r && s < r->nseries; s++) {
		const struct sim_series *se = &r->series[s];

		for (size_t i = 0; i < se->len; i++) {
			range_add(rx, se->x ? se->x[i] : (double)i);
			range_add(ry, se->y[i]);
		}
	}
}

static void series_name(char *buf, size_t size, const struct sim_series *s,
                        size_t i)
{
	if (s->name[0])
		snprintf(buf, size, "%s", s->name);
	else
		snprintf(buf, size, "series %zu", i + 1);
}

static void line_legend(struct legend *lg, const struct sim_result *r,
                        const struct chart_opts *o)
{
	char name[LEGEND_TEXT];

	lg->n = 0;
	if (r->nseries < 2 && !o->previous)
		return;
	for (size_t i = 0; i < r->nseries; i++) {
		series_name(name, sizeof name, &r->series[i], i);
		legend_add(lg, KEY_LINE, SERIES_SLOT(i), 0, name);
	}
	/* each pinned series is drawn as a dimmed twin of its own series: one
	 * item shows the twins' keys in the order of the series above */
	if (o->previous)
		legend_add_pinned(lg, o->previous->nseries,
		                  o->previous_label ? o->previous_label : "previous run");
}

/* Plots r's series (the first upto points; 0: all), pinned ones in the
 * dimmed style of their series. */
static void plot_result(struct dots *d, const struct axis *ax,
                        const struct axis *ay, const struct sim_result *r,
                        bool pinned, size_t upto)
{
	for (size_t i = 0; r && i < r->nseries; i++) {
		const struct sim_series *s = &r->series[i];
		size_t n = upto && upto < s->len ? upto : s->len;

		dots_series(d, ax, ay, s->x, s->y, n,
		            pinned ? STYLE_PINNED(i) : SERIES_SLOT(i));
	}
}

/* The x of the last point drawn when only upto points are, else NAN. */
static double cursor_x(const struct sim_result *r, size_t upto)
{
	if (!upto || r->nseries == 0 || upto >= r->series[0].len + 1)
		return NAN;
	const struct sim_series *s = &r->series[0];

	return s->x ? s->x[upto - 1] : (double)(upto - 1);
}

/* While a run plays: a mark on the x axis at the time drawn so far and
 * that time in the axis title, in the axis's unit, so that it reads
 * against the ticks ("time in the blood (min): now 80 min"). */
static void cursor_title(struct frame_want *w, const struct sim_result *r, double x)
{
	char now[48];
	size_t n = strlen(w->xtitle);

	if (isnan(x))
		return;
	numfmt_value(now, sizeof now, x, r->x_unit);
	if (n < sizeof w->xtitle)
		snprintf(w->xtitle + n, sizeof w->xtitle - n, "%snow %s", n ? ": " : "", now);
}

static void cursor_mark(struct cells *b, const struct frame *f, const struct axis *ax,
                        double x)
{
	long c;

	if (isnan(x) || !f->xaxis)
		return;
	c = axis_cell(ax, x);
	if (c >= 0 && (size_t)c < f->plot_cols)
		cells_mark(b, f->row_xaxis, f->plot_left + (size_t)c, MARK_CURSOR,
		           ROLE_CHART_MARK);
}

/* Ranges of x and y over r and the previous run; the note counts only r. */
static void line_ranges(const struct sim_result *r, const struct chart_opts *o,
                        struct range *rx, struct range *ry, struct range *own_y,
                        size_t *own_nonfinite)
{
	struct range px, py;

	range_init(rx);
	range_init(ry);
	scan(r, rx, ry);
	*own_y = *ry;
	*own_nonfinite = rx->nonfinite + ry->nonfinite;
	range_init(&px);
	range_init(&py);
	scan(o->previous, &px, &py);
	range_merge(rx, &px);
	range_merge(ry, &py);
}

int chart_line(struct grid *g, const struct sim_result *r,
               const struct chart_opts *o)
{
	struct frame_want w = { .xaxis = true, .xticks = true, .min_rows = 3,
	                        .min_cols = 8 };
	struct range rx, ry, own_y;
	struct scale xs, ys;
	struct legend lg;
	struct frame f;
	struct axis ax, ay;
	struct cells b;
	struct dots d;
	size_t nonfinite;
	double cursor;
	bool log, log_impossible, zero;
	unsigned sub = o->charset == CHARSET_BRAILLE ? 4 : 1;
	int rc = -1;

	line_ranges(r, o, &rx, &ry, &own_y, &nonfinite);
	log = r->y_log || range_spans_decades(&ry);
	log_impossible = log && isnan(ry.minpos) && ry.finite > 0;
	if (log_impossible)
		log = false;
	zero = !log && ry.finite > 0 && ry.min >= 0 && ry.min <= ry.max * 0.25;
	scale_from_range(&ys, &ry, log, zero);
	scale_from_range(&xs, &rx, false, false);
	line_legend(&lg, r, o);
	w.legend = &lg;
	text_want_result(&w, r, o, log);
	cursor = cursor_x(r, o->upto);
	cursor_title(&w, r, cursor);
	text_data_note(w.note, sizeof w.note, log ? own_y.nonpos : 0, nonfinite,
	               log_impossible);
	if (cells_init(&b, o->width, o->height, o->charset))
		return -1;
	if (frame_plan_y(&f, &w, o->width, o->height, o->charset, &ay, &ys, sub,
	                 ry.integral)) {
		cells_free(&b);
		return chart_note_line(g, o->width, "chart too small");
	}
	frame_axis_init(&ax, &f, AXIS_HORIZONTAL, &xs, o->charset == CHARSET_BRAILLE ? 2 : 1);
	ax.time_base = numfmt_time_base(r->x_unit);
	axis_ticks(&ax, false, rx.integral);
	if (dots_init(&d, f.plot_cols, f.plot_rows, o->charset))
		goto out;
	plot_result(&d, &ax, &ay, o->previous, true, 0);
	plot_result(&d, &ax, &ay, r, false, o->upto);
	dots_render(&d, &b, f.plot_top, f.plot_left, false);
	dots_free(&d);
	frame_axis_y(&b, &f, &ay);
	frame_axis_x(&b, &f, &ax);
	cursor_mark(&b, &f, &ax, cursor);
	frame_draw(&b, &f, &w);
	if (own_y.finite == 0)
		frame_plot_message(&b, &f, "no data");
	rc = cells_emit(&b, g);
out:
	cells_free(&b);
	return rc;
}
