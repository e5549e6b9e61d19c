/* sim_show.c — printing sim runs: one run, several seeds, and sweeps.
 *
 * Owns: the table, CSV and JSON forms of results, run statistics and
 * sweeps, and handing charts to the view layer (chart_draw_result,
 * chart_draw_band, chart_draw_heatmap) for cli_print_grid to print. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/sim_cli.h"
#include "util/numtext.h"
#include "view/chart.h"
#include "view/export.h"
#include "view/grid.h"

#define CHART_HEIGHT 20 /* lines */

void sim_json_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

void sim_json_number(FILE *f, double v)
{
	if (isfinite(v))
		fprintf(f, "%.10g", v);
	else
		fputs("null", f);
}

/* "arrest — cells=10000 ... seed=1", broken to the terminal. */
static void print_params_line(FILE *f, const struct cli_ctx *ctx, const struct sim_model *m,
                              const double *v, uint64_t seed)
{
	char line[2048], text[64];
	size_t n = (size_t)snprintf(line, sizeof line, "%s —", m->name);

	for (size_t i = 0; i < m->nparams && n < sizeof line; i++) {
		sim_param_text(text, sizeof text, &m->params[i], v[i]);
		n += (size_t)snprintf(line + n, sizeof line - n, " %s=%s", m->params[i].name, text);
	}
	if (n < sizeof line)
		snprintf(line + n, sizeof line - n, " seed=%llu", (unsigned long long)seed);
	cli_print_wrapped(f, ctx, line, 2);
}

/* Values for people ("322 k", never "3.22449e+05"), right-aligned; a
 * share short of all or above none is never rounded to 100 or 0 (99.97,
 * as the summaries give it), and no unit
 * after "n/a" or one that repeats the name ("metastases"). */
static void print_values_table(FILE *f, const struct sim_result *r)
{
	char num[32];

	for (size_t i = 0; i < r->nvalues; i++) {
		const struct sim_value *v = &r->values[i];
		bool finite = isfinite(v->value);
		bool unit = finite && v->unit[0] && strcmp(v->unit, v->name) != 0;

		numtext_people(num, sizeof num, v->value, 1);
		if (finite && strcmp(v->unit, "%") == 0 && v->value > 0 && v->value < 100 &&
		    (strcmp(num, "100") == 0 || strcmp(num, "0") == 0))
			numtext_percent(num, sizeof num, v->value); /* 99.97, not 100 */
		fprintf(f, "  %-34s %10s%s%s\n", v->name, num, unit ? " " : "", unit ? v->unit : "");
	}
}

/* The unit every series shares, said once above the table rather than in
 * each heading (which made the cascade's 88 columns wide); or NULL. */
static const char *common_unit(const struct sim_result *r)
{
	for (size_t i = 1; i < r->nseries; i++)
		if (strcmp(r->series[i].unit, r->series[0].unit) != 0)
			return NULL;
	return r->nseries > 1 && *r->series[0].unit ? r->series[0].unit : NULL;
}

/* The series table's cell (row, col): column 0 is the x value or label,
 * column c the series c-1's value; "" past a shorter series.  Row 0 is
 * the headings: "time (h)", "stage", "alive (cells)". */
static void series_cell(const void *data, size_t row, size_t col, char *buf, size_t size)
{
	const struct sim_result *r = data;
	const struct sim_series *s0 = r->series;
	size_t k = row - 1;

	buf[0] = '\0';
	if (col == 0) {
		if (row == 0 && r->kind == SIM_CHART_LINE)
			snprintf(buf, size, "%s (%s)", r->x_title, r->x_unit);
		else if (row == 0)
			snprintf(buf, size, "%s", r->x_title);
		else if (s0->x)
			numtext_people(buf, size, s0->x[k], 1);
		else if (s0->labels)
			snprintf(buf, size, "%s", s0->labels[k]);
		return;
	}
	s0 = &r->series[col - 1];
	if (row == 0)
		snprintf(buf, size, common_unit(r) ? "%s" : "%s (%s)", s0->name, s0->unit);
	else if (k < s0->len)
		numtext_people(buf, size, s0->y[k], 1);
}

/* A histogram's table: one row per bin of its chart, not per sample. */
#define TABLE_BINS_MAX 30

struct binned {
	const struct sim_result *r;
	struct chart_bins b;
};

/* The binned table's cell: column 0 the bin ("8 to 9"), column c series
 * c-1's count in it; the heading of a lone series is the chart's y axis
 * title ("cells, of a sample of 2000"). */
static void binned_cell(const void *data, size_t row, size_t col, char *buf, size_t size)
{
	const struct binned *t = data;
	const struct sim_result *r = t->r;
	char lo[16], hi[16];
	size_t k = row - 1;

	if (row == 0 && col == 0)
		snprintf(buf, size, "%s (%s)", r->x_title, r->x_unit);
	else if (row == 0)
		snprintf(buf, size, "%s", r->nseries == 1 && r->y_title ? r->y_title
		         : r->series[col - 1].name);
	else if (col == 0) {
		numtext_people(lo, sizeof lo, t->b.lo + (double)k * t->b.width, 1);
		numtext_people(hi, sizeof hi, t->b.lo + (double)(k + 1) * t->b.width, 1);
		snprintf(buf, size, "%s to %s", lo, hi);
	} else
		numtext_count(buf, size, (double)t->b.counts[(col - 1) * t->b.n + k]);
}

static void print_series_table(FILE *f, const struct sim_result *r)
{
	const char *unit;
	size_t rows = 0;

	if (r->nseries == 0)
		return;
	if (r->kind == SIM_CHART_HISTOGRAM) {
		struct binned t = { .r = r };

		if (chart_hist_bins(r, TABLE_BINS_MAX, &t.b) != 0) {
			fprintf(stderr, "cascade: out of memory\n");
			return;
		}
		sim_people_table(f, &t, r->nseries + 1, t.b.n, binned_cell);
		free(t.b.counts);
		return;
	}
	for (size_t i = 0; i < r->nseries; i++)
		rows = r->series[i].len > rows ? r->series[i].len : rows;
	if ((unit = common_unit(r)) && r->y_title && strcmp(r->y_title, unit) != 0)
		fprintf(f, "%s, in %s:\n", r->y_title, unit); /* "cells settling, in cells:" */
	else if (unit)
		fprintf(f, "In %s:\n", unit);
	sim_people_table(f, r, r->nseries + 1, rows, series_cell);
}

static void print_json_result(FILE *f, const struct sim_result *r)
{
	const struct sim_model *m = r->model;
	fputs("{\"model\": ", f);
	sim_json_string(f, m->name);
	fprintf(f, ", \"seed\": %llu, \"params\": {", (unsigned long long)r->seed);
	for (size_t i = 0; i < m->nparams; i++) {
		fputs(i ? ", " : "", f);
		sim_json_string(f, m->params[i].name);
		fputs(": ", f);
		sim_json_number(f, r->params[i]);
	}
	fputs("}, \"summary\": ", f);
	sim_json_string(f, r->summary);
	fputs(", \"values\": [", f);
	for (size_t i = 0; i < r->nvalues; i++) {
		fputs(i ? ", {\"name\": " : "{\"name\": ", f);
		sim_json_string(f, r->values[i].name);
		fputs(", \"unit\": ", f);
		sim_json_string(f, r->values[i].unit);
		fputs(", \"value\": ", f);
		sim_json_number(f, r->values[i].value);
		fputc('}', f);
	}
	fputs("], \"series\": [", f);
	for (size_t i = 0; i < r->nseries; i++) {
		const struct sim_series *s = &r->series[i];
		fputs(i ? ", {\"name\": " : "{\"name\": ", f);
		sim_json_string(f, s->name);
		fputs(", \"unit\": ", f);
		sim_json_string(f, s->unit);
		if (s->x || s->labels) {
			fputs(s->x ? ", \"x\": [" : ", \"labels\": [", f);
			for (size_t k = 0; k < s->len; k++) {
				fputs(k ? ", " : "", f);
				if (s->x)
					sim_json_number(f, s->x[k]);
				else
					sim_json_string(f, s->labels[k]);
			}
			fputc(']', f);
		}
		fputs(", \"y\": [", f);
		for (size_t k = 0; k < s->len; k++) {
			fputs(k ? ", " : "", f);
			sim_json_number(f, s->y[k]);
		}
		fputs("]}", f);
	}
	fputs("]}\n", f);
}

static struct chart_opts chart_options(const struct cli_ctx *ctx,
                                       const struct sim_opts *so)
{
	struct chart_opts o = {0};
	long w = so->chart_width ? so->chart_width : ctx->width;
	o.width = w < 20 ? 20 : w > 300 ? 300 : (size_t)w;
	o.height = so->chart_height ? (size_t)so->chart_height : CHART_HEIGHT;
	o.charset = ctx->charset;
	o.stamp = true;
	return o;
}

int sim_show_run(struct cli_ctx *ctx, const struct sim_opts *o)
{
	struct sim_result r;
	if (sim_run(o->model, o->values, o->seed, &r) != SIM_OK) {
		cli_error(ctx, "sim %s: out of memory", o->model->name);
		return 1;
	}
	int rc = 0;
	switch (o->format) {
	case FMT_TABLE:
		printf("%s (page %d, %s)\n", o->model->title, o->model->step,
		       o->model->step_name);
		print_params_line(stdout, ctx, o->model, o->values, o->seed);
		cli_print_wrapped(stdout, ctx, r.summary, 0);
		putchar('\n');
		print_values_table(stdout, &r);
		putchar('\n');
		print_series_table(stdout, &r);
		break;
	case FMT_CSV:
		export_csv(stdout, &r);
		break;
	case FMT_JSON:
		print_json_result(stdout, &r);
		break;
	case FMT_CHART: {
		struct grid g;
		struct chart_opts co = chart_options(ctx, o);
		grid_init(&g, co.width);
		rc = chart_draw_result(&g, &r, &co) ? 1 : 0;
		if (rc == 0) {
			char summary[512];

			cli_print_grid(stdout, &g, ctx);
			/* The chart in words, for screen readers and plain text. */
			chart_summary(summary, sizeof summary, &r);
			cli_print_wrapped(stdout, ctx, summary, 0);
		}
		grid_free(&g);
		break;
	}
	}
	sim_result_free(&r);
	if (rc)
		cli_error(ctx, "sim %s: out of memory", o->model->name);
	return rc;
}

/* Runs o->runs seeds; results[] must hold o->runs entries.  0 or 1. */
static int run_many(struct cli_ctx *ctx, const struct sim_opts *o,
                    const double *values, struct sim_result *results)
{
	for (long k = 0; k < o->runs; k++) {
		if (sim_run(o->model, values, o->seed + (uint64_t)k,
		            &results[k]) != SIM_OK) {
			for (long j = 0; j < k; j++)
				sim_result_free(&results[j]);
			cli_error(ctx, "sim %s: out of memory", o->model->name);
			return 1;
		}
	}
	return 0;
}

static void free_many(struct sim_result *results, long n)
{
	for (long k = 0; k < n; k++)
		sim_result_free(&results[k]);
}

/* Statistics of scalar i over the runs. */
static struct sim_stats value_stats(const struct sim_result *res, long n,
                                    size_t i)
{
	double x[SIM_CLI_MAX_RUNS];
	struct sim_stats st;
	for (long k = 0; k < n; k++)
		x[k] = res[k].values[i].value;
	sim_stats_of(x, (size_t)n, &st);
	return st;
}

int sim_show_runs(struct cli_ctx *ctx, const struct sim_opts *o)
{
	struct sim_result *res = calloc((size_t)o->runs, sizeof *res);
	if (!res || run_many(ctx, o, o->values, res)) {
		free(res);
		return 1;
	}
	const struct sim_result *r0 = &res[0];
	int rc = 0;
	if (o->format == FMT_CHART) {
		struct grid g;
		struct chart_opts co = chart_options(ctx, o);
		grid_init(&g, co.width);
		rc = chart_draw_band(&g, res, (size_t)o->runs, &co) ? 1 : 0;
		if (rc == 0)
			cli_print_grid(stdout, &g, ctx);
		grid_free(&g);
	} else if (o->format == FMT_JSON) {
		printf("{\"model\": \"%s\", \"seed\": %llu, \"runs\": %ld, \"values\": [",
		       o->model->name, (unsigned long long)o->seed, o->runs);
		for (size_t i = 0; i < r0->nvalues; i++) {
			struct sim_stats st = value_stats(res, o->runs, i);
			printf("%s{\"name\": ", i ? ", " : "");
			sim_json_string(stdout, r0->values[i].name);
			printf(", \"unit\": ");
			sim_json_string(stdout, r0->values[i].unit);
			printf(", \"median\": ");
			sim_json_number(stdout, st.median);
			printf(", \"p10\": ");
			sim_json_number(stdout, st.p10);
			printf(", \"p90\": ");
			sim_json_number(stdout, st.p90);
			printf("}");
		}
		printf("]}\n");
	} else {
		int csv = o->format == FMT_CSV;
		if (csv)
			printf("value,unit,median,p10,p90\n");
		else {
			print_params_line(stdout, ctx, o->model, o->values, o->seed);
			printf("%ld runs (seeds %llu to %llu): median and 10th-90th "
			       "percentile\n\n", o->runs, (unsigned long long)o->seed,
			       (unsigned long long)(o->seed + (uint64_t)o->runs - 1));
		}
		for (size_t i = 0; i < r0->nvalues; i++) {
			struct sim_stats st = value_stats(res, o->runs, i);
			if (csv)
				printf("%s,%s,%.6g,%.6g,%.6g\n", r0->values[i].name,
				       r0->values[i].unit, st.median, st.p10, st.p90);
			else {
				char med[32], p10[32], p90[32];

				numtext_people(med, sizeof med, st.median, 1);
				numtext_people(p10, sizeof p10, st.p10, 1);
				numtext_people(p90, sizeof p90, st.p90, 1);
				printf("  %-34s %10s  [%s, %s] %s\n", r0->values[i].name, med,
				       p10, p90, r0->values[i].unit);
			}
		}
	}
	free_many(res, o->runs);
	free(res);
	if (rc)
		cli_error(ctx, "sim %s: out of memory", o->model->name);
	return rc;
}

/* Sweeps: the outcome (values[0]) across one parameter, or two (a heat
 * map), as NetLogo's BehaviorSpace does. */

static double sweep_at(const struct sim_model *m, const struct sim_sweep *s,
                       size_t i)
{
	double f = (double)i / (double)(s->n - 1);
	if (m->params[s->index].log_scale && s->lo > 0 && s->hi > 0)
		return s->lo * pow(s->hi / s->lo, f);
	return s->lo + f * (s->hi - s->lo);
}

/* The outcome (values[0]) at values: the median over o->runs runs. */
static int outcome_at(struct cli_ctx *ctx, const struct sim_opts *o,
                      const double *values, struct sim_stats *st,
                      const char **name, const char **unit)
{
	struct sim_result *res = calloc((size_t)o->runs, sizeof *res);
	if (!res || run_many(ctx, o, values, res)) {
		free(res);
		return 1;
	}
	*st = value_stats(res, o->runs, 0);
	*name = res[0].values[0].name;
	*unit = res[0].values[0].unit;
	free_many(res, o->runs);
	free(res);
	return 0;
}

static int sweep_chart(struct cli_ctx *ctx, const struct sim_opts *o,
                       const double *xs, const double *ys, const double *z,
                       const char *zname)
{
	const struct sim_model *m = o->model;
	const struct sim_sweep *a = &o->sweeps[0];
	struct grid g;
	struct chart_opts co = chart_options(ctx, o);
	int rc;
	grid_init(&g, co.width);
	if (o->nsweeps == 2) {
		const struct sim_param *py = &m->params[o->sweeps[1].index];
		struct chart_heatmap h = {
			.title = m->title, .x_title = m->params[a->index].name,
			.x_unit = m->params[a->index].unit, .y_title = py->name,
			.y_unit = py->unit, .z_title = zname, .nx = a->n,
			.ny = o->sweeps[1].n, .xs = xs, .ys = ys, .z = z,
		};
		rc = chart_draw_heatmap(&g, &h, &co);
	} else {
		struct sim_result r = {0};
		struct sim_series s;
		rc = -1;
		if (sim_series_init(&s, zname, "", a->n, 1, 0) == SIM_OK) {
			for (size_t i = 0; i < a->n; i++)
				sim_series_push(&s, xs[i], z[i], NULL);
			r.model = m;
			r.seed = o->seed;
			r.params = (double *)o->values;
			r.kind = SIM_CHART_LINE;
			r.x_title = m->params[a->index].name;
			r.x_unit = m->params[a->index].unit;
			r.y_title = zname;
			r.threshold = NAN;
			r.nseries = 1;
			r.series = &s;
			snprintf(r.summary, sizeof r.summary, "%s across %s", zname,
			         m->params[a->index].name);
			co.stamp = false;
			rc = chart_draw_result(&g, &r, &co);
			sim_series_free(&s);
		}
	}
	if (rc == 0)
		cli_print_grid(stdout, &g, ctx);
	grid_free(&g);
	if (rc)
		cli_error(ctx, "sim %s: out of memory", m->name);
	return rc ? 1 : 0;
}

/* A sweep's outcomes for people: the swept values, then the median
 * (and the 10th and 90th percentiles over several runs). */
struct sweep_table {
	const struct sim_model *m;
	const struct sim_sweep *a, *b; /* b: NULL for a sweep of one parameter */
	const double *xs, *ys, *z, *lo, *hi;
	bool spread;     /* several runs: p10 and p90 after the median */
	const char *outcome; /* the median's heading: "alive at end" */
};

static void sweep_cell(const void *data, size_t row, size_t col, char *buf, size_t size)
{
	const struct sweep_table *t = data;
	size_t k = row - 1;
	const double *z[] = { t->z, t->lo, t->hi };

	if (!t->b && col > 0)
		col++; /* no column for the second parameter */
	if (col == 0 && row == 0)
		snprintf(buf, size, "%s", t->m->params[t->a->index].name);
	else if (col == 0)
		numtext_people(buf, size, t->xs[k % t->a->n], 1);
	else if (col == 1 && row == 0)
		snprintf(buf, size, "%s", t->m->params[t->b->index].name);
	else if (col == 1)
		numtext_people(buf, size, t->ys[k / t->a->n], 1);
	else if (row == 0)
		snprintf(buf, size, "%s", col == 2 ? t->outcome : col == 3 ? "p10" : "p90");
	else
		numtext_people(buf, size, z[col - 2][k], 1);
}

int sim_show_sweep(struct cli_ctx *ctx, const struct sim_opts *o)
{
	const struct sim_model *m = o->model;
	const struct sim_sweep *a = &o->sweeps[0];
	const struct sim_sweep *b = o->nsweeps == 2 ? &o->sweeps[1] : NULL;
	size_t ny = b ? b->n : 1;
	double xs[SIM_CLI_MAX_SWEEP], ys[SIM_CLI_MAX_SWEEP], *z = malloc(a->n * ny * sizeof *z);
	double *lo = malloc(a->n * ny * sizeof *lo), *hi = malloc(a->n * ny * sizeof *hi);
	const char *zname = "", *zunit = "";
	int rc = (!z || !lo || !hi) ? 1 : 0;
	for (size_t j = 0; j < ny && !rc; j++) {
		for (size_t i = 0; i < a->n && !rc; i++) {
			double v[SIM_CLI_MAXP];
			struct sim_stats st = {0};
			memcpy(v, o->values, sizeof v);
			v[a->index] = xs[i] = sweep_at(m, a, i);
			if (b)
				v[b->index] = ys[j] = sweep_at(m, b, j);
			rc = outcome_at(ctx, o, v, &st, &zname, &zunit);
			z[j * a->n + i] = st.median;
			lo[j * a->n + i] = st.p10;
			hi[j * a->n + i] = st.p90;
		}
	}
	if (rc) {
		cli_error(ctx, "sim %s: out of memory", m->name);
	} else if (o->format == FMT_CHART) {
		rc = sweep_chart(ctx, o, xs, ys, z, zname);
	} else if (o->format == FMT_JSON) {
		printf("{\"model\": \"%s\", \"outcome\": ", m->name);
		sim_json_string(stdout, zname);
		printf(", \"unit\": ");
		sim_json_string(stdout, zunit);
		printf(", \"runs\": %ld, \"points\": [", o->runs);
		for (size_t k = 0; k < a->n * ny; k++) {
			printf("%s{\"%s\": ", k ? ", " : "", m->params[a->index].name);
			sim_json_number(stdout, xs[k % a->n]);
			if (b) {
				printf(", \"%s\": ", m->params[b->index].name);
				sim_json_number(stdout, ys[k / a->n]);
			}
			printf(", \"median\": ");
			sim_json_number(stdout, z[k]);
			printf(", \"p10\": ");
			sim_json_number(stdout, lo[k]);
			printf(", \"p90\": ");
			sim_json_number(stdout, hi[k]);
			printf("}");
		}
		printf("]}\n");
	} else if (o->format == FMT_TABLE) {
		struct sweep_table t = { m, a, b, xs, ys, z, lo, hi, o->runs > 1, zname };

		printf("%s: %s (%s)%s\n", m->name, zname, zunit,
		       o->runs > 1 ? ", median over runs" : "");
		sim_people_table(stdout, &t, 2 + (b != NULL) + 2 * t.spread, a->n * ny,
		                 sweep_cell);
	} else {
		printf("%s", m->params[a->index].name);
		if (b)
			printf(",%s", m->params[b->index].name);
		printf(",%s%s", zname, o->runs > 1 ? ",p10,p90\n" : "\n");
		for (size_t k = 0; k < a->n * ny; k++) {
			printf("%.6g", xs[k % a->n]);
			if (b)
				printf(",%.6g", ys[k / a->n]);
			printf(",%.6g", z[k]);
			if (o->runs > 1)
				printf(",%.6g,%.6g", lo[k], hi[k]);
			putchar('\n');
		}
	}
	free(z);
	free(lo);
	free(hi);
	return rc;
}

