/* series.c — the series and results a run produces, and running a model.
 *
 * Owns: growing and freeing series, setting up and freeing results,
 * looking up series and scalars by name, and sim_run(), which copies the
 * parameters into the result and calls the model's run function. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sim/sim_impl.h"

enum sim_status sim_series_init(struct sim_series *s, const char *name,
                                const char *unit, size_t cap, int with_x,
                                int with_labels)
{
	memset(s, 0, sizeof *s);
	if (cap < 1)
		cap = 1;
	size_t n = strlen(name);
	if (n >= sizeof s->name)
		n = sizeof s->name - 1;
	memcpy(s->name, name, n);
	s->name[n] = '\0';
	s->unit = unit;
	s->y = malloc(cap * sizeof *s->y);
	if (with_x)
		s->x = malloc(cap * sizeof *s->x);
	if (with_labels)
		s->labels = malloc(cap * sizeof *s->labels);
	if (!s->y || (with_x && !s->x) || (with_labels && !s->labels)) {
		sim_series_free(s);
		return SIM_ENOMEM;
	}
	s->cap = cap;
	return SIM_OK;
}

static int grow(void **p, size_t elem, size_t cap)
{
	if (!*p)
		return 0;
	void *q = realloc(*p, cap * elem);
	if (!q)
		return -1;
	*p = q;
	return 0;
}

enum sim_status sim_series_push(struct sim_series *s, double x, double y,
                                const char *label)
{
	if (s->len == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 1;
		if (grow((void **)&s->y, sizeof *s->y, cap) ||
		    grow((void **)&s->x, sizeof *s->x, cap) ||
		    grow((void **)&s->labels, sizeof *s->labels, cap))
			return SIM_ENOMEM;
		s->cap = cap;
	}
	if (s->x)
		s->x[s->len] = x;
	if (s->labels)
		s->labels[s->len] = label;
	s->y[s->len++] = y;
	return SIM_OK;
}

void sim_series_free(struct sim_series *s)
{
	free(s->x);
	free(s->y);
	free(s->labels);
	s->x = s->y = NULL;
	s->labels = NULL;
	s->len = s->cap = 0;
}

void sim_result_free(struct sim_result *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nseries; i++)
		sim_series_free(&r->series[i]);
	free(r->series);
	free(r->params);
	r->series = NULL;
	r->params = NULL;
	r->nseries = 0;
}

enum sim_status sim_result_setup(struct sim_result *out,
                                 enum sim_chart_kind kind, size_t nseries,
                                 size_t cap, const char *const *names,
                                 const char *unit)
{
	out->kind = kind;
	out->series = calloc(nseries ? nseries : 1, sizeof *out->series);
	if (!out->series)
		return SIM_ENOMEM;
	int with_x = kind == SIM_CHART_LINE;
	int with_labels = kind == SIM_CHART_BAR || kind == SIM_CHART_FUNNEL;
	for (size_t i = 0; i < nseries; i++) {
		if (sim_series_init(&out->series[i], names[i], unit, cap, with_x,
		                    with_labels) != SIM_OK)
			return SIM_ENOMEM; /* sim_run frees what was made */
		out->nseries = i + 1;
	}
	return SIM_OK;
}

void sim_result_add_value(struct sim_result *out, const char *name,
                          const char *unit, double value)
{
	if (out->nvalues >= SIM_MAX_VALUES)
		return;
	out->values[out->nvalues].name = name;
	out->values[out->nvalues].unit = unit;
	out->values[out->nvalues].value = value;
	out->nvalues++;
}

const struct sim_series *sim_result_series(const struct sim_result *r,
                                           const char *name)
{
	for (size_t i = 0; i < r->nseries; i++)
		if (strcmp(r->series[i].name, name) == 0)
			return &r->series[i];
	return NULL;
}

double sim_result_value(const struct sim_result *r, const char *name)
{
	for (size_t i = 0; i < r->nvalues; i++)
		if (strcmp(r->values[i].name, name) == 0)
			return r->values[i].value;
	return NAN;
}

double sim_series_halftime(const struct sim_series *s)
{
	if (!s->x || s->len < 2 || !(s->y[0] > 0))
		return NAN;
	double half = s->y[0] / 2;
	for (size_t i = 1; i < s->len; i++) {
		if (s->y[i] <= half) {
			double y0 = s->y[i - 1], y1 = s->y[i];
			double f = y0 == y1 ? 0 : (y0 - half) / (y0 - y1);
			return s->x[i - 1] + f * (s->x[i] - s->x[i - 1]);
		}
	}
	return NAN;
}

enum sim_status sim_run(const struct sim_model *m, const double *values,
                        uint64_t seed, struct sim_result *out)
{
	memset(out, 0, sizeof *out);
	out->model = m;
	out->seed = seed;
	out->threshold = NAN;
	out->params = malloc((m->nparams ? m->nparams : 1) * sizeof *out->params);
	if (!out->params)
		return SIM_ENOMEM;
	memcpy(out->params, values, m->nparams * sizeof *values);
	enum sim_status st = m->run(out->params, seed, out);
	if (st != SIM_OK)
		sim_result_free(out);
	return st;
}

gsl_rng *sim_begin(struct sim_result *out, uint64_t seed, enum sim_chart_kind kind,
                   size_t nseries, size_t cap, const char *const *names,
                   const char *unit)
{
	gsl_rng *r = sim_rng_new(seed);

	if (r && sim_result_setup(out, kind, nseries, cap, names, unit) != SIM_OK) {
		gsl_rng_free(r);
		r = NULL;
	}
	return r;
}
