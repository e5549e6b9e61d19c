/* chart_data.h — hand-made data sets (test_chart_data.c) for the chart
 * tests and the chart driver: one per chart kind, shaped like the core's
 * results (published figures, as in doc/validation.md), one per degenerate case.
 * Built without the simulation core: the structs are filled directly. */
#ifndef CASCADE_CHART_DATA_H
#define CASCADE_CHART_DATA_H

#include <stdbool.h>

#include "view/chart.h"

enum chart_set_kind {
	SET_RESULT,   /* chart_draw_result(result) */
	SET_BAND,     /* chart_draw_band(runs, nruns) */
	SET_HEATMAP,  /* chart_draw_heatmap(heatmap) */
	SET_SPARK,    /* chart_sparkline(result->series[0].y) */
};

struct chart_set {
	const char *name;          /* "line", "funnel", "log-zeros", ... */
	const char *about;         /* one line */
	bool degenerate;           /* golden at width 40 only */
	enum chart_set_kind kind;
	const struct sim_result *result;
	const struct sim_result *previous; /* or NULL */
	const char *previous_label;
	const struct sim_result *runs;
	size_t nruns;
	const struct chart_heatmap *heatmap;
};

/* Builds the sets on first call (idempotent; static storage). */
size_t chart_set_count(void);
const struct chart_set *chart_set_at(size_t i);
const struct chart_set *chart_set_find(const char *name);

/* Draws set s at o's size and charset into g, as the driver does. */
int chart_set_draw(struct grid *g, const struct chart_set *s,
                   const struct chart_opts *o);
/* Its one-line summary. */
void chart_set_summary(char *buf, size_t size, const struct chart_set *s);

#endif
