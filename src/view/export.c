/* export.c — a run's series as CSV (see export.h), the line
 * that says how to make them again, and the name of the file the
 * explorer writes them to.  Numbers are printed with 6 significant
 * digits; a missing one is an empty field. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>

#include "view/chart.h"
#include "view/export.h"

/* The CSV's header line and one row per point (or sample). */
static void csv_rows(FILE *f, const struct sim_result *r)
{
	const struct sim_series *s0 = r->series;

	if (r->nseries == 0)
		return;
	if (r->kind == SIM_CHART_HISTOGRAM) {
		fprintf(f, "%s (%s)\n", s0->name, s0->unit);
		for (size_t k = 0; k < s0->len; k++)
			fprintf(f, "%.6g\n", s0->y[k]);
		return;
	}
	if (r->kind == SIM_CHART_LINE)
		fprintf(f, "%s (%s)", r->x_title, r->x_unit);
	else
		fprintf(f, "%s", r->x_title);
	for (size_t i = 0; i < r->nseries; i++)
		fprintf(f, ",%s (%s)", r->series[i].name, r->series[i].unit);
	fputc('\n', f);
	for (size_t k = 0; k < s0->len; k++) {
		if (s0->x)
			fprintf(f, "%.6g", s0->x[k]);
		else
			fprintf(f, "%s", s0->labels ? s0->labels[k] : "");
		for (size_t i = 0; i < r->nseries; i++) {
			/* a shorter series, or a figure the source does not
			 * give (NaN), leaves the field empty */
			if (k < r->series[i].len && !isnan(r->series[i].y[k]))
				fprintf(f, ",%.6g", r->series[i].y[k]);
			else
				fputc(',', f);
		}
		fputc('\n', f);
	}
}

int export_csv(FILE *out, const struct sim_result *r)
{
	char stamp[512];

	chart_stamp(stamp, sizeof stamp, r);
	fprintf(out, "# %s\n", stamp);
	csv_rows(out, r);
	return ferror(out) ? -1 : 0;
}

/* FNV-1a, 32 bits: enough to tell a handful of runs' files apart. */
static uint32_t fnv1a(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

void export_file_name(char *buf, size_t size, const struct sim_result *r)
{
	char stamp[512];

	chart_stamp(stamp, sizeof stamp, r);
	snprintf(buf, size, "cascade-%s-seed%" PRIu64 "-%06" PRIx32 ".csv",
	         r->model ? r->model->name : "run", r->seed, fnv1a(stamp) & 0xffffffu);
}
