/* chart.c — the chart layer's entry points: checks the size, then hands
 * a result to the drawing function for its kind (chart_kinds.h).  Sizes
 * below CHART_MIN_WIDTH x CHART_MIN_HEIGHT, and absurd ones, get a
 * single note line instead of a chart. */
#include <math.h>
#include <stdio.h>

#include "view/chart_cells.h"
#include "view/chart_kinds.h"

#define CHART_MAX_CELLS 1000 /* either side; beyond it, a note (8 MB of cells) */

/* 0 when o's size can hold a chart, else writes the note line and
 * returns 1 (or -1 on ENOMEM). */
static int size_check(struct grid *g, const struct chart_opts *o)
{
	char msg[96];

	if (o->width >= CHART_MIN_WIDTH && o->height >= CHART_MIN_HEIGHT &&
	    o->width <= CHART_MAX_CELLS && o->height <= CHART_MAX_CELLS)
		return 0;
	if (o->width > CHART_MAX_CELLS || o->height > CHART_MAX_CELLS)
		snprintf(msg, sizeof msg, "chart too large (%zux%zu)", o->width, o->height);
	else
		snprintf(msg, sizeof msg, "chart too small (%zux%zu; needs %dx%d)",
		         o->width, o->height, CHART_MIN_WIDTH, CHART_MIN_HEIGHT);
	return chart_note_line(g, o->width > CHART_MAX_CELLS ? 80 : o->width, msg)
	       ? -1 : 1;
}

int chart_draw_result(struct grid *g, const struct sim_result *r,
                      const struct chart_opts *o)
{
	static const struct sim_result empty = { .kind = SIM_CHART_LINE,
	                                         .threshold = NAN };
	int rc = size_check(g, o);

	if (rc)
		return rc < 0 ? -1 : 0;
	if (!r)
		r = &empty;
	switch (r->kind) {
	case SIM_CHART_BAR:
	case SIM_CHART_FUNNEL:
		return chart_bars(g, r, o);
	case SIM_CHART_HISTOGRAM:
		return chart_histogram(g, r, o);
	case SIM_CHART_LINE:
	default:
		return chart_line(g, r, o);
	}
}

int chart_draw_band(struct grid *g, const struct sim_result *runs, size_t nruns,
                    const struct chart_opts *o)
{
	int rc = size_check(g, o);

	if (rc)
		return rc < 0 ? -1 : 0;
	return chart_band(g, runs, nruns, o);
}

int chart_draw_heatmap(struct grid *g, const struct chart_heatmap *h,
                       const struct chart_opts *o)
{
	static const struct chart_heatmap empty = { .title = "" };
	int rc = size_check(g, o);

	if (rc)
		return rc < 0 ? -1 : 0;
	return chart_heatmap(g, h ? h : &empty, o);
}

size_t chart_rows_wanted(const struct sim_result *r, const struct chart_opts *o)
{
	if (!r || o->width < CHART_MIN_WIDTH || o->width > CHART_MAX_CELLS)
		return 0;
	if (r->kind == SIM_CHART_BAR || r->kind == SIM_CHART_FUNNEL)
		return chart_bars_rows(r, o);
	return 0;
}
