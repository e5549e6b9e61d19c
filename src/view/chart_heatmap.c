/* chart_heatmap.c — a sweep of two parameters: one block of cells per
 * (x, y) pair, shaded in four equal steps of the outcome (light to dark),
 * the parameter values as category labels on both axes, and the scale as
 * the legend.  Missing outcomes (NaN) stay blank and are noted. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "view/chart_frame.h"
#include "view/chart_kinds.h"

#define LEVELS 4

static const uint32_t shades[LEVELS] = {
	MARK_SHADE_1, MARK_SHADE_2, MARK_SHADE_3, MARK_SHADE_4,
};

static int level_of(const struct range *rz, double v)
{
	double f;
	int k;

	if (!(rz->max > rz->min))
		return 1;
	f = (v - rz->min) / (rz->max - rz->min);
	k = (int)floor(f * LEVELS);
	return k < 0 ? 0 : k >= LEVELS ? LEVELS - 1 : k;
}

static void heat_legend(struct legend *lg, const struct chart_heatmap *h,
                        const struct range *rz)
{
	char text[LEGEND_TEXT], a[16], b[16];

	lg->n = 0;
	if (h->z_title && *h->z_title)
		legend_add(lg, KEY_TEXT, 0, 0, h->z_title);
	if (rz->finite == 0)
		return;
	for (int k = 0; k < LEVELS; k++) {
		double lo = rz->min + (rz->max - rz->min) * k / LEVELS;
		double hi = rz->min + (rz->max - rz->min) * (k + 1) / LEVELS;

		if (!(rz->max > rz->min) && k != 1)
			continue;
		numfmt_people(a, sizeof a, lo, NUMFMT_COMPACT);
		numfmt_people(b, sizeof b, hi, NUMFMT_COMPACT);
		if (!(rz->max > rz->min))
			snprintf(text, sizeof text, "%s", a);
		else
			snprintf(text, sizeof text, "%s\u2013%s", a, b);
		legend_add(lg, KEY_MARK, 0, shades[k], text);
	}
}

/* The category shown on plot row or column p of n (0 at the bottom or
 * left) when there are k categories. */
static size_t category(size_t p, size_t n, size_t k)
{
	return p * k / n;
}

/* The middle cell of category i's block among n cells. */
static size_t block_mid(size_t i, size_t n, size_t k)
{
	size_t first = (i * n + k - 1) / k, last = ((i + 1) * n + k - 1) / k;

	if (last > first)
		last--;
	return (first + last) / 2;
}

static void draw_blocks(struct cells *b, const struct frame *f,
                        const struct chart_heatmap *h, const struct range *rz)
{
	for (size_t r = 0; r < f->plot_rows; r++) {
		size_t j = category(r, f->plot_rows, h->ny);

		for (size_t c = 0; c < f->plot_cols; c++) {
			double v = h->z[j * h->nx + category(c, f->plot_cols, h->nx)];

			if (value_ok(v))
				cells_mark(b, f->plot_top + f->plot_rows - 1 - r, f->plot_left + c,
				           shades[level_of(rz, v)], ROLE_CHART_S1);
		}
	}
}

static void y_labels(struct cells *b, const struct frame *f,
                     const struct chart_heatmap *h)
{
	char lab[16];
	long last = -2;

	for (size_t j = 0; j < h->ny; j++) {
		size_t r = block_mid(j, f->plot_rows, h->ny);
		size_t row = f->plot_top + f->plot_rows - 1 - r;

		if ((long)r <= last || category(r, f->plot_rows, h->ny) != j)
			continue;
		last = (long)r;
		cells_mark(b, row, f->axis_col, MARK_TEE_LEFT, ROLE_CHART_AXIS);
		if (f->labels) {
			numfmt_people(lab, sizeof lab, h->ys[j], NUMFMT_COMPACT);
			cells_text_right(b, row, f->label_w, f->label_w, lab, ROLE_CHART_LABEL);
		}
	}
}

static void x_labels(struct cells *b, const struct frame *f,
                     const struct chart_heatmap *h)
{
	char lab[16];
	long next_free = 0;

	for (size_t i = 0; i < h->nx; i++) {
		size_t c = block_mid(i, f->plot_cols, h->nx);
		long w, start;

		if (category(c, f->plot_cols, h->nx) != i)
			continue;
		numfmt_people(lab, sizeof lab, h->xs[i], NUMFMT_COMPACT);
		w = (long)text_width(lab);
		start = (long)(f->plot_left + c) - w / 2;
		if (start + w > (long)f->w)
			start = (long)f->w - w;
		if (start < next_free)
			continue;
		cells_mark(b, f->row_xaxis, f->plot_left + c, MARK_TEE_UP, ROLE_CHART_AXIS);
		if (f->xticks)
			cells_text(b, f->row_xticks, (size_t)start, (size_t)w, lab, ROLE_CHART_LABEL);
		next_free = start + w + 2;
	}
}

static size_t y_label_width(const struct chart_heatmap *h)
{
	char lab[16];
	size_t w = 0;

	for (size_t j = 0; j < h->ny; j++) {
		numfmt_people(lab, sizeof lab, h->ys[j], NUMFMT_COMPACT);
		w = text_width(lab) > w ? text_width(lab) : w;
	}
	return w;
}

int chart_heatmap(struct grid *g, const struct chart_heatmap *h,
                  const struct chart_opts *o)
{
	struct frame_want w = { .xaxis = true, .xticks = true, .min_rows = 3,
	                        .min_cols = 8 };
	bool have = h->nx && h->ny && h->xs && h->ys && h->z;
	struct range rz;
	struct legend lg;
	struct frame f;
	struct cells b;
	int rc;

	range_init(&rz);
	for (size_t i = 0; have && i < h->nx * h->ny; i++)
		range_add(&rz, h->z[i]);
	heat_legend(&lg, h, &rz);
	w.legend = &lg;
	w.title = h->title ? h->title : "";
	text_axis_title(w.ytitle, sizeof w.ytitle, h->y_title, h->y_unit, false);
	text_axis_title(w.xtitle, sizeof w.xtitle, h->x_title, h->x_unit, false);
	if (rz.nonfinite)
		snprintf(w.note, sizeof w.note, "%zu of %zu outcomes missing (blank)",
		         rz.nonfinite, h->nx * h->ny);
	if (o->stamp && h->stamp)
		snprintf(w.stamp, sizeof w.stamp, "%s", h->stamp);
	w.label_w = have ? y_label_width(h) : 0;
	if (cells_init(&b, o->width, o->height, o->charset))
		return -1;
	if (frame_plan(&f, &w, o->width, o->height, o->charset)) {
		cells_free(&b);
		return chart_note_line(g, o->width, "chart too small");
	}
	frame_axis_y(&b, &f, NULL);
	frame_axis_x(&b, &f, NULL);
	if (have) {
		draw_blocks(&b, &f, h, &rz);
		y_labels(&b, &f, h);
		x_labels(&b, &f, h);
	} else {
		frame_plot_message(&b, &f, "no data");
	}
	frame_draw(&b, &f, &w);
	rc = cells_emit(&b, g);
	cells_free(&b);
	return rc;
}
