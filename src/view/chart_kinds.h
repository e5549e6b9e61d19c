/* chart_kinds.h — private to the chart layer: one drawing function per
 * kind of chart, called by chart.c once the size has been checked (at
 * least CHART_MIN_WIDTH x CHART_MIN_HEIGHT, r non-NULL).  Each appends
 * exactly o->height lines of o->width cells, or returns -1 on ENOMEM. */
#ifndef CASCADE_CHART_KINDS_H
#define CASCADE_CHART_KINDS_H

#include "view/chart.h"

int chart_line(struct grid *g, const struct sim_result *r,
               const struct chart_opts *o);
int chart_bars(struct grid *g, const struct sim_result *r,
               const struct chart_opts *o);
/* The rows a bar chart or funnel takes with every bar drawn (0 if none
 * fits in CHART_MAX_ROWS_WANTED). */
#define CHART_MAX_ROWS_WANTED 60
size_t chart_bars_rows(const struct sim_result *r, const struct chart_opts *o);
int chart_histogram(struct grid *g, const struct sim_result *r,
                    const struct chart_opts *o);
int chart_band(struct grid *g, const struct sim_result *runs, size_t nruns,
               const struct chart_opts *o);
int chart_heatmap(struct grid *g, const struct chart_heatmap *h,
                  const struct chart_opts *o);

/* The spread of series s over several runs, point by point: x from the
 * first run, and the 10th, 50th and 90th percentiles of the finite y
 * values (NAN where there are none).  n is the shortest run's length. */
struct band_stats {
	size_t n;
	double *x, *p10, *p50, *p90; /* owned, n each */
};
int band_stats_compute(struct band_stats *bs, const struct sim_result *runs,
                       size_t nruns, size_t s);
void band_stats_free(struct band_stats *bs);

#endif
