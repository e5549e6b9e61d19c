/* stats.c — summarising several runs: median and spread.
 *
 * Owns: sim_stats_of(), order statistics over runs with GSL's sort and
 * quantile functions. */
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdlib.h>

#include "sim/sim_impl.h"

enum sim_status sim_stats_of(const double *x, size_t n, struct sim_stats *out)
{
	out->n = 0;
	out->median = out->p10 = out->p90 = NAN;
	out->min = out->max = out->mean = NAN;
	double *y = malloc((n ? n : 1) * sizeof *y);
	if (!y)
		return SIM_ENOMEM;
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (isfinite(x[i]))
			y[m++] = x[i];
	if (m > 0) {
		gsl_sort(y, 1, m);
		out->n = m;
		out->median = gsl_stats_quantile_from_sorted_data(y, 1, m, 0.5);
		out->p10 = gsl_stats_quantile_from_sorted_data(y, 1, m, 0.1);
		out->p90 = gsl_stats_quantile_from_sorted_data(y, 1, m, 0.9);
		out->min = y[0];
		out->max = y[m - 1];
		out->mean = gsl_stats_mean(y, 1, m);
	}
	free(y);
	return SIM_OK;
}
