/* chart_frame.c — the parts around a plot and the policy for small sizes.
 *
 * The policy, for every chart kind: when the plot would get fewer rows or
 * columns than it needs, drop, in this order and only what gives back the
 * dimension that is short:
 *
 *   1. the reproducibility stamp (it takes up to three rows, wrapped; one
 *      that would need more is left off, as a cut stamp reproduces
 *      nothing) — provenance goes before anything that explains the data
 *   2. (the legend's extra rows are never dropped: a name cut short
 *      could be any of several series, so the legend wraps instead)
 *   3. the axis titles (a log scale's title then says "(log scale)")
 *   4. the x tick labels (the axis line and its ticks stay)
 *   5. the y tick labels (for columns; bar labels are shortened instead)
 *   6. the note about undrawable values (the summary still carries it)
 *   7. the title
 *   8. the legend, unless the chart says it cannot do without it (bars
 *      of several series); then its plot is squeezed, and bar charts
 *      say how many bars they left off
 *
 * Before any of that, a plot that would get fewer than FRAME_COMFORT_ROWS
 * rows takes back rows that two short lines spend on little: the y axis
 * title moves onto the legend's last row and the note about undrawable
 * values onto the x axis title's row, each where it fits beside them.
 *
 * A chart never draws over its own data: what does not fit is dropped. */
#include <stdio.h>
#include <string.h>

#include "view/chart_frame.h"

/* what a title says of its log scale when the axis title that did is gone */
static const char log_scale_words[] = " (log scale)";

enum drop_step {
	DROP_STAMP,
	DROP_AXIS_TITLES,
	DROP_X_TICK_LABELS,
	DROP_Y_TICK_LABELS,
	DROP_NOTE,
	DROP_TITLE,
	DROP_LEGEND,
};

static const struct {
	enum drop_step step;
	bool gives_rows, gives_cols;
} drop_policy[] = {
	{ DROP_STAMP, true, false },
	{ DROP_AXIS_TITLES, true, false },
	{ DROP_X_TICK_LABELS, true, false },
	{ DROP_Y_TICK_LABELS, false, true },
	{ DROP_NOTE, true, false },
	{ DROP_TITLE, true, false },
	{ DROP_LEGEND, true, false },
};

/* Applies step to f; false when it changes nothing. */
static bool drop(struct frame *f, enum drop_step step, const struct frame_want *w)
{
	switch (step) {
	case DROP_AXIS_TITLES:
		if (!f->xtitle && !f->ytitle)
			return false;
		f->xtitle = f->ytitle = false;
		return true;
	case DROP_STAMP:
		if (!f->stamp)
			return false;
		f->stamp = false;
		f->stamp_rows = 0;
		return true;
	case DROP_X_TICK_LABELS:
		return f->xticks ? (f->xticks = false, true) : false;
	case DROP_Y_TICK_LABELS:
		if (!f->labels || w->labels_needed)
			return false;
		f->labels = false;
		return true;
	case DROP_NOTE:
		return f->note ? (f->note = false, true) : false;
	case DROP_TITLE:
		return f->title ? (f->title = false, true) : false;
	case DROP_LEGEND:
		if (!f->legend || w->legend_needed)
			return false;
		f->legend = false;
		f->legend_rows = 0;
		return true;
	}
	return false;
}

static size_t fixed_rows(const struct frame *f)
{
	return (size_t)f->title + f->legend_rows + (size_t)(f->ytitle && !f->ytitle_joined) +
	       (size_t)f->xaxis + (size_t)f->xticks + (size_t)f->xtitle +
	       (size_t)(f->note && !f->note_joined) + f->stamp_rows;
}

static size_t left_cols(const struct frame *f)
{
	return (f->labels ? f->label_w + 1 : 0) + 1;
}

static void wanted_parts(struct frame *f, const struct frame_want *w,
                         size_t width, enum charset cs)
{
	/* a title too wide for the chart is left off, never cut */
	f->title = w->title && *w->title && text_width(w->title) <= width;
	f->legend = w->legend && w->legend->n > 0;
	f->legend_rows = f->legend ? legend_rows(w->legend, width, cs) : 0;
	f->legend_one_line = f->legend_rows <= 1;
	f->ytitle = w->ytitle[0] != '\0';
	f->xaxis = w->xaxis;
	f->xticks = w->xaxis && w->xticks;
	f->xtitle = w->xtitle[0] != '\0';
	f->note = w->note[0] != '\0' && text_width(w->note) <= width; /* else the summary says it */
	f->stamp_rows = text_wrap_rows(w->stamp, width);
	f->stamp = f->stamp_rows > 0 && f->stamp_rows <= 3;
	if (!f->stamp)
		f->stamp_rows = 0;
	f->label_w = w->label_w;
	f->labels = w->label_w > 0;
	/* bar labels (stages, organs) keep their whole names while the bars
	 * keep their least width; only narrower charts cut them */
	if (w->labels_needed && f->label_w + w->min_cols + w->right_w + 2 > width) {
		size_t room = width > w->min_cols + w->right_w + 2 + 3
		            ? width - w->min_cols - w->right_w - 2 : 3;

		f->label_w = room < f->label_w ? room : f->label_w;
	}
}

static void assign_rows(struct frame *f, size_t plot_rows)
{
	size_t r = 0;

	f->row_title = f->title ? r++ : 0;
	f->row_legend = r;
	r += f->legend_rows;
	if (f->ytitle && f->ytitle_joined)
		f->row_ytitle = f->row_legend + f->legend_rows - 1;
	else
		f->row_ytitle = f->ytitle ? r++ : 0;
	f->plot_top = r;
	f->plot_rows = plot_rows;
	r += plot_rows;
	f->row_xaxis = f->xaxis ? r++ : 0;
	f->row_xticks = f->xticks ? r++ : 0;
	f->row_xtitle = f->xtitle ? r++ : 0;
	if (f->note && f->note_joined)
		f->row_note = f->row_xtitle;
	else
		f->row_note = f->note ? r++ : 0;
	f->row_stamp = f->stamp ? r : 0;
}

/* When the plot would be short of FRAME_COMFORT_ROWS rows: the y title
 * onto the legend's last row, the note onto the x title's row, where
 * each fits with two cells to spare. */
static void join_short_lines(struct frame *f, const struct frame_want *w, size_t width,
                             size_t height, enum charset cs)
{
	if (height - fixed_rows(f) >= FRAME_COMFORT_ROWS)
		return;
	if (f->ytitle && f->legend &&
	    legend_last_width(w->legend, width, cs) + 4 + text_width(w->ytitle) <= width)
		f->ytitle_joined = true;
	if (height - fixed_rows(f) >= FRAME_COMFORT_ROWS)
		return;
	/* the x title then starts at the plot's left edge, not centred */
	if (f->note && f->xtitle &&
	    left_cols(f) + text_width(w->xtitle) + 2 + text_width(w->note) <= width)
		f->note_joined = true;
}

static int plan(struct frame *f, const struct frame_want *w, size_t width,
                size_t height, enum charset cs)
{
	size_t next = 0, avail;

	memset(f, 0, sizeof *f);
	f->w = width;
	f->h = height;
	wanted_parts(f, w, width, cs);
	for (;;) {
		bool short_rows = fixed_rows(f) + w->min_rows > height;
		bool short_cols = left_cols(f) + w->min_cols + w->right_w > width;

		if (!short_rows && !short_cols)
			break;
		while (next < sizeof drop_policy / sizeof *drop_policy &&
		       !(((short_rows && drop_policy[next].gives_rows) ||
		          (short_cols && drop_policy[next].gives_cols)) &&
		         drop(f, drop_policy[next].step, w)))
			next++;
		if (next == sizeof drop_policy / sizeof *drop_policy)
			break;
	}
	if (fixed_rows(f) >= height || left_cols(f) + w->right_w >= width)
		return -1;
	join_short_lines(f, w, width, height, cs);
	avail = height - fixed_rows(f);
	if (w->max_rows && avail > w->max_rows)
		avail = w->max_rows;
	assign_rows(f, avail);
	f->axis_col = f->labels ? f->label_w + 1 : 0;
	f->plot_left = f->axis_col + 1;
	f->plot_cols = width - f->plot_left - w->right_w;
	return 0;
}

int frame_plan(struct frame *f, const struct frame_want *w, size_t width,
               size_t height, enum charset cs)
{
	return plan(f, w, width, height, cs);
}

size_t frame_rows_used(const struct frame *f)
{
	return fixed_rows(f) + f->plot_rows;
}

int frame_plan_y(struct frame *f, struct frame_want *w, size_t width,
                 size_t height, enum charset cs, struct axis *ay,
                 const struct scale *sc, unsigned sub, bool integer)
{
	/* The rows a plan leaves do not depend on the labels' width, so plan
	 * with a guess, choose the ticks for those rows, and plan again with
	 * the labels' real width. */
	w->label_w = 4;
	if (plan(f, w, width, height, cs))
		return -1;
	frame_axis_init(ay, f, AXIS_VERTICAL, sc, sub);
	axis_ticks(ay, true, integer);
	w->label_w = axis_label_width(ay);
	if (plan(f, w, width, height, cs))
		return -1;
	if (ay->cells != f->plot_rows) {
		frame_axis_init(ay, f, AXIS_VERTICAL, sc, sub);
		axis_ticks(ay, true, integer);
	}
	return 0;
}

void frame_draw(struct cells *b, const struct frame *f,
                const struct frame_want *w)
{
	if (f->title) {
		char title[FRAME_TEXT + 16];
		size_t tw, col;

		/* without its axis title, a log scale would read as linear */
		snprintf(title, sizeof title, "%s", w->title);
		if (w->log_scale && !f->xtitle && !f->ytitle &&
		    text_width(w->title) + text_width(log_scale_words) <= f->w)
			snprintf(title, sizeof title, "%s%s", w->title, log_scale_words);
		tw = text_width(title);
		col = tw < f->w ? (f->w - tw) / 2 : 0;
		cells_text(b, f->row_title, col, f->w, title, ROLE_CHART_TITLE);
	}
	if (f->legend)
		legend_draw(b, w->legend, f->row_legend, f->legend_rows, f->legend_one_line);
	if (f->ytitle && f->ytitle_joined) {
		char up[FRAME_TEXT + 8];

		/* away from its axis, an arrow says which axis it names */
		snprintf(up, sizeof up, "\u2191 %s", w->ytitle);
		cells_text_right(b, f->row_ytitle, f->w, f->w, up, ROLE_CHART_LABEL);
	}
	else if (f->ytitle)
		cells_text(b, f->row_ytitle, 0, f->w, w->ytitle, ROLE_CHART_LABEL);
	if (f->xtitle) {
		size_t tw = text_width(w->xtitle);
		size_t col = f->plot_left;

		if (f->note_joined)
			; /* left, to leave the note its room */
		else if (tw < f->plot_cols)
			col += (f->plot_cols - tw) / 2;
		else
			col = tw < f->w ? f->w - tw : 0;
		cells_text(b, f->row_xtitle, col, f->w - col, w->xtitle, ROLE_CHART_LABEL);
	}
	if (f->note && f->note_joined)
		cells_text_right(b, f->row_note, f->w, f->w, w->note, ROLE_NOTICE);
	else if (f->note)
		cells_text(b, f->row_note, 0, f->w, w->note, ROLE_NOTICE);
	if (f->stamp)
		cells_text_wrapped(b, f->row_stamp, f->stamp_rows, w->stamp, ROLE_CHART_LABEL);
}

void frame_axis_init(struct axis *a, const struct frame *f, enum axis_dir dir,
                     const struct scale *sc, unsigned sub)
{
	memset(a, 0, sizeof *a);
	a->sc = *sc;
	a->dir = dir;
	a->sub = sub;
	if (dir == AXIS_VERTICAL) {
		a->cells = f->plot_rows;
	} else {
		a->cells = f->plot_cols;
		a->slack_lo = f->plot_left;
		a->slack_hi = f->w - f->plot_left - f->plot_cols;
	}
}

void frame_axis_y(struct cells *b, const struct frame *f, const struct axis *ay)
{
	for (size_t r = 0; r < f->plot_rows; r++)
		cells_mark(b, f->plot_top + r, f->axis_col, MARK_VLINE, ROLE_CHART_AXIS);
	for (size_t i = 0; ay && i < ay->n; i++) {
		long c = axis_cell(ay, ay->v[i]);
		size_t row;

		if (c < 0 || (size_t)c >= f->plot_rows)
			continue;
		row = f->plot_top + f->plot_rows - 1 - (size_t)c;
		if (ay->base_on_axis && f->xaxis && axis_dot(ay, ay->v[i]) == 0)
			row = f->row_xaxis; /* the corner is the tick */
		else
			cells_mark(b, row, f->axis_col, MARK_TEE_LEFT, ROLE_CHART_AXIS);
		if (f->labels)
			cells_text_right(b, row, f->label_w, f->label_w, ay->label[i],
			                 ROLE_CHART_LABEL);
	}
	if (f->xaxis)
		cells_mark(b, f->row_xaxis, f->axis_col, MARK_CORNER_BL, ROLE_CHART_AXIS);
}

void frame_axis_x(struct cells *b, const struct frame *f, const struct axis *ax)
{
	if (!f->xaxis)
		return;
	for (size_t c = 0; c < f->plot_cols; c++)
		cells_mark(b, f->row_xaxis, f->plot_left + c, MARK_RULE, ROLE_CHART_AXIS);
	cells_mark(b, f->row_xaxis, f->axis_col, MARK_CORNER_BL, ROLE_CHART_AXIS);
	for (size_t i = 0; ax && i < ax->n; i++) {
		long c = axis_cell(ax, ax->v[i]);
		long start;

		if (c < 0)
			continue;
		cells_mark(b, f->row_xaxis, f->plot_left + (size_t)c, MARK_TEE_UP,
		           ROLE_CHART_AXIS);
		if (!f->xticks)
			continue;
		start = (long)f->plot_left + axis_label_start(ax, i);
		if (start >= 0)
			cells_text(b, f->row_xticks, (size_t)start, f->w - (size_t)start,
			           ax->label[i], ROLE_CHART_LABEL);
	}
}

void frame_plot_message(struct cells *b, const struct frame *f, const char *msg)
{
	size_t tw = text_width(msg), col = f->plot_left;

	if (tw < f->plot_cols)
		col += (f->plot_cols - tw) / 2;
	cells_text(b, f->plot_top + f->plot_rows / 2, col, f->plot_cols, msg, ROLE_NOTICE);
}
