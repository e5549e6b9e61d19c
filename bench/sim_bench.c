/* sim_bench.c — how long each model takes, and what the cascade's cost
 * does as the number of shed cells grows from 10^3 to 10^12.
 *
 * Owns: `make bench`'s figures.  Not a test: it prints, it never fails on
 * time.  Each model runs with its defaults REPS times; the cascade runs
 * with shed cells set to about 10^3 and 10^12 and the ratio of the mean
 * times is reported (the draws are per stage, not per cell, so it stays
 * near 1). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <time.h>

#include "sim/sim.h"

#define REPS 200

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Mean milliseconds per run of m with values. */
static double time_runs(const struct sim_model *m, const double *values)
{
	double t0 = now_ms();
	for (int k = 0; k < REPS; k++) {
		struct sim_result r;
		if (sim_run(m, values, (uint64_t)k + 1, &r) != SIM_OK)
			return -1;
		sim_result_free(&r);
	}
	return (now_ms() - t0) / REPS;
}

static double cascade_ms(const char *mass, const char *shed, const char *days,
                         double *cells)
{
	const struct sim_model *m = sim_model_find("cascade");
	double v[32];
	struct sim_result r;
	sim_defaults(m, v);
	sim_set_param(m, v, "mass", mass);
	sim_set_param(m, v, "shed", shed);
	sim_set_param(m, v, "days", days);
	if (sim_run(m, v, 1, &r) == SIM_OK) {
		*cells = sim_result_value(&r, "cells shed");
		sim_result_free(&r);
	}
	return time_runs(m, v);
}

int main(void)
{
	int slow = 0;
	printf("model          ms per run (defaults, mean of %d)\n", REPS);
	for (size_t i = 0; i < sim_model_count(); i++) {
		const struct sim_model *m = sim_model_at(i);
		double v[32];
		sim_defaults(m, v);
		double ms = time_runs(m, v);
		slow += ms >= 5;
		printf("%-14s %8.4f%s\n", m->name, ms, ms >= 5 ? "  (over 5 ms)" : "");
	}
	double small_cells = 0, big_cells = 0;
	double small = cascade_ms("0.001", "1e6", "1", &small_cells);
	double big = cascade_ms("1000", "1e8", "10", &big_cells);
	printf("\ncascade, %.3g shed cells: %.4f ms\n", small_cells, small);
	printf("cascade, %.3g shed cells: %.4f ms\n", big_cells, big);
	printf("ratio (10^12 / 10^3): %.2f\n", small > 0 ? big / small : 0.0);
	printf("%s\n", slow ? "some model took 5 ms or more"
	                    : "every model under 5 ms");
	return 0;
}
