/* test_models.c — every registered model: determinism, conservation,
 * edge parameters, and presets that load.  Iterates the registry, never a
 * hand-kept list of models. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "sim/sim.h"

#define MAXP SIM_MAX_PARAMS /* every model keeps within the one limit */

static void run_ok(const struct sim_model *m, const double *v, uint64_t seed,
                   struct sim_result *r)
{
	assert_int_equal(sim_run(m, v, seed, r), SIM_OK);
	assert_ptr_equal(r->model, m);
	assert_true(r->nseries > 0);
	assert_true(r->nvalues > 0);
}

/* Byte-level equality of two results' series and scalars. */
static int same_result(const struct sim_result *a, const struct sim_result *b)
{
	if (a->nseries != b->nseries || a->nvalues != b->nvalues)
		return 0;
	for (size_t i = 0; i < a->nseries; i++) {
		const struct sim_series *x = &a->series[i], *y = &b->series[i];
		if (x->len != y->len || memcmp(x->y, y->y, x->len * sizeof *x->y))
			return 0;
		if (x->x && memcmp(x->x, y->x, x->len * sizeof *x->x))
			return 0;
	}
	for (size_t i = 0; i < a->nvalues; i++)
		if (memcmp(&a->values[i].value, &b->values[i].value, sizeof(double)))
			return 0;
	return strcmp(a->summary, b->summary) == 0;
}

static void test_registry(void **state)
{
	(void)state;
	assert_int_equal(sim_model_count(), 7);
	const char *names[] = {"detachment", "intravasation", "circulation",
	                       "arrest", "organs", "colonisation", "cascade"};
	for (size_t i = 0; i < 7; i++) {
		const struct sim_model *m = sim_model_find(names[i]);
		assert_non_null(m);
		assert_non_null(m->title);
		assert_true(m->step >= 1 && m->step <= 11);
		assert_true(m->nparams <= MAXP);
		for (size_t j = 0; j < m->nparams; j++) {
			const struct sim_param *p = &m->params[j];
			assert_true(p->min <= p->def && p->def <= p->max);
			assert_non_null(p->unit);
			assert_non_null(p->meaning);
			assert_non_null(p->source);
			assert_true(strlen(p->source) > 0);
		}
	}
	assert_null(sim_model_find("circulatoin"));
	assert_string_equal(sim_model_suggest("circulatoin"), "circulation");
	assert_null(sim_model_suggest("zzzzzzzzzz"));
}

static void test_determinism(void **state)
{
	(void)state;
	for (size_t i = 0; i < sim_model_count(); i++) {
		const struct sim_model *m = sim_model_at(i);
		double v[MAXP];
		sim_defaults(m, v);
		struct sim_result a, b, c;
		run_ok(m, v, 42, &a);
		run_ok(m, v, 42, &b);
		run_ok(m, v, 43, &c);
		assert_true(same_result(&a, &b));
		/* different seeds give different runs */
		assert_false(same_result(&a, &c));
		sim_result_free(&a);
		sim_result_free(&b);
		sim_result_free(&c);
	}
}

/* Sum of all series at point k (for models whose series partition the
 * cells). */
static double total_at(const struct sim_result *r, size_t k)
{
	double s = 0;
	for (size_t i = 0; i < r->nseries; i++)
		s += r->series[i].y[k];
	return s;
}

static void check_partition(const char *model, const char *preset,
                            double cells)
{
	const struct sim_model *m = sim_model_find(model);
	double v[MAXP];
	sim_defaults(m, v);
	if (preset)
		assert_int_equal(sim_apply_preset(m, v, preset), SIM_OK);
	char buf[32];
	snprintf(buf, sizeof buf, "%.17g", cells);
	assert_int_equal(sim_set_param(m, v, "cells", buf), SIM_OK);
	struct sim_result r;
	run_ok(m, v, 7, &r);
	for (size_t k = 0; k < r.series[0].len; k++)
		assert_true(total_at(&r, k) == floor(cells));
	sim_result_free(&r);
}

static void test_conservation_time_models(void **state)
{
	(void)state;
	const double counts[] = {1, 17, 10000, 1e9};
	for (size_t i = 0; i < 4; i++) {
		check_partition("detachment", NULL, counts[i]);
		check_partition("detachment", "resistant", counts[i]);
		check_partition("circulation", NULL, counts[i]);
		check_partition("circulation", "clusters", counts[i]);
		check_partition("circulation", "platelets", counts[i]);
		check_partition("colonisation", "luzzi1998", counts[i]);
		check_partition("colonisation", "fidler1970", counts[i]);
	}
}

static void test_conservation_intravasation(void **state)
{
	(void)state;
	const struct sim_model *m = sim_model_find("intravasation");
	double v[MAXP];
	sim_defaults(m, v);
	struct sim_result r;
	run_ok(m, v, 3, &r);
	const struct sim_series *n = sim_result_series(&r, "circulating");
	const struct sim_series *s = sim_result_series(&r, "shed (cumulative)");
	const struct sim_series *c = sim_result_series(&r, "cleared (cumulative)");
	assert_non_null(n);
	for (size_t k = 0; k < n->len; k++)
		assert_true(s->y[k] == n->y[k] + c->y[k]);
	sim_result_free(&r);
}

static void test_conservation_arrest_organs(void **state)
{
	(void)state;
	const struct sim_model *m = sim_model_find("arrest");
	double v[MAXP];
	sim_defaults(m, v);
	struct sim_result r;
	run_ok(m, v, 5, &r);
	assert_true(sim_result_value(&r, "stopped") +
	            sim_result_value(&r, "passed") == 10000);
	assert_int_equal(r.series[0].len, 2000);
	assert_true(r.threshold == 5.5);
	sim_result_free(&r);

	m = sim_model_find("organs");
	sim_defaults(m, v);
	run_ok(m, v, 5, &r);
	for (size_t i = 0; i < 2; i++) {
		double s = 0;
		for (size_t k = 0; k < r.series[i].len; k++)
			s += r.series[i].y[k];
		assert_true(s == 10000);
		assert_non_null(r.series[i].labels);
	}
	sim_result_free(&r);
}

static void test_conservation_cascade(void **state)
{
	(void)state;
	const struct sim_model *m = sim_model_find("cascade");
	double v[MAXP];
	sim_defaults(m, v);
	struct sim_result r;
	run_ok(m, v, 9, &r);
	assert_int_equal(r.kind, SIM_CHART_FUNNEL);
	for (size_t k = 0; k < r.series[0].len; k++) {
		assert_true(r.series[0].y[k] == r.series[1].y[k] + r.series[2].y[k]);
		if (k > 0)
			for (size_t i = 0; i < 3; i++)
				assert_true(r.series[i].y[k] <= r.series[i].y[k - 1]);
	}
	assert_true(r.series[0].y[0] == sim_result_value(&r, "cells shed"));
	sim_result_free(&r);
}

/* Every parameter at its minimum, then at its maximum, for every model:
 * runs succeed, nothing the model computes is NAN (a published series
 * may leave out what its source does not give). */
static void test_edges(void **state)
{
	(void)state;
	for (size_t i = 0; i < sim_model_count(); i++) {
		const struct sim_model *m = sim_model_at(i);
		for (int end = 0; end < 3; end++) {
			for (size_t j = 0; j < m->nparams; j++) {
				double v[MAXP];
				sim_defaults(m, v);
				const struct sim_param *p = &m->params[j];
				v[j] = end == 0 ? p->min : end == 1 ? p->max : v[j];
				struct sim_result r;
				run_ok(m, v, 11, &r);
				for (size_t s = 0; s < r.nseries; s++)
					for (size_t k = 0; k < r.series[s].len; k++)
						assert_true(isfinite(r.series[s].y[k]) ||
						            (r.series[s].published &&
						             isnan(r.series[s].y[k])));
				sim_result_free(&r);
			}
		}
	}
}

static void test_rates_zero_one(void **state)
{
	(void)state;
	const struct sim_model *m = sim_model_find("detachment");
	double v[MAXP];
	struct sim_result r;
	sim_defaults(m, v);
	assert_int_equal(sim_set_param(m, v, "resistant", "1"), SIM_OK);
	run_ok(m, v, 1, &r);
	assert_true(sim_result_value(&r, "alive at end") == 100);
	sim_result_free(&r);

	m = sim_model_find("arrest");
	sim_defaults(m, v);
	assert_int_equal(sim_set_param(m, v, "deformability", "1"), SIM_OK);
	run_ok(m, v, 1, &r);
	assert_true(sim_result_value(&r, "stopped") == 0);
	sim_result_free(&r);
	assert_int_equal(sim_set_param(m, v, "deformability", "0"), SIM_OK);
	assert_int_equal(sim_set_param(m, v, "spread", "0"), SIM_OK);
	run_ok(m, v, 1, &r);
	assert_true(sim_result_value(&r, "stopped") == 10000);
	sim_result_free(&r);

	m = sim_model_find("intravasation");
	sim_defaults(m, v);
	assert_int_equal(sim_set_param(m, v, "shed", "0"), SIM_OK);
	run_ok(m, v, 1, &r);
	assert_true(sim_result_value(&r, "circulating at end") == 0);
	sim_result_free(&r);

	m = sim_model_find("cascade");
	sim_defaults(m, v);
	assert_int_equal(sim_set_param(m, v, "clusters", "1"), SIM_OK);
	run_ok(m, v, 1, &r);
	assert_true(r.series[1].y[0] < 50); /* at most csize-1 left over */
	sim_result_free(&r);
	assert_int_equal(sim_set_param(m, v, "take", "0"), SIM_OK);
	run_ok(m, v, 1, &r);
	assert_true(sim_result_value(&r, "metastases") == 0);
	sim_result_free(&r);
}

/* Colorectal soil with the lungs first says that the route is off; with
 * the colorectal preset's portal route it reports the match as usual. */
static void test_colorectal_route_named(void **state)
{
	(void)state;
	const struct sim_model *m = sim_model_find("organs");
	double v[MAXP];
	struct sim_result r;
	sim_defaults(m, v);
	assert_int_equal(sim_set_param(m, v, "tumour", "colorectal"), SIM_OK);
	run_ok(m, v, 1, &r);
	assert_non_null(strstr(r.summary, "drain to the liver (route 0.9)"));
	sim_result_free(&r);
	assert_int_equal(sim_apply_preset(m, v, "colorectal"), SIM_OK);
	run_ok(m, v, 1, &r);
	assert_null(strstr(r.summary, "route 0.9"));
	assert_non_null(strstr(r.summary, "observed colorectal pattern"));
	sim_result_free(&r);
}

/* Platelets act through NK attack only: with nk=0 they change nothing. */
static void test_platelets_need_nk(void **state)
{
	(void)state;
	const struct sim_model *m = sim_model_find("circulation");
	double v[MAXP];
	struct sim_result a, b;
	sim_defaults(m, v);
	assert_int_equal(sim_set_param(m, v, "cells", "1000000"), SIM_OK);
	assert_int_equal(sim_set_param(m, v, "nk", "0"), SIM_OK);
	run_ok(m, v, 1, &a);
	assert_int_equal(sim_set_param(m, v, "platelets", "1"), SIM_OK);
	run_ok(m, v, 2, &b);
	double x = sim_result_value(&a, "alive at end");
	double y = sim_result_value(&b, "alive at end");
	assert_true(fabs(x - y) < 0.5); /* sampling noise only (~0.05) */
	sim_result_free(&a);
	sim_result_free(&b);
	/* with NK cells, a coat protects */
	assert_int_equal(sim_set_param(m, v, "nk", "1"), SIM_OK);
	run_ok(m, v, 1, &a);
	assert_int_equal(sim_set_param(m, v, "platelets", "0"), SIM_OK);
	run_ok(m, v, 1, &b);
	assert_true(sim_result_value(&a, "alive at end") >
	            sim_result_value(&b, "alive at end") + 10);
	sim_result_free(&a);
	sim_result_free(&b);
}

static void test_presets_load(void **state)
{
	(void)state;
	for (size_t i = 0; i < sim_model_count(); i++) {
		const struct sim_model *m = sim_model_at(i);
		for (const struct sim_preset *p = m->presets; p && p->name; p++) {
			double v[MAXP];
			sim_defaults(m, v);
			assert_int_equal(sim_apply_preset(m, v, p->name), SIM_OK);
			assert_non_null(p->source);
			struct sim_result r;
			run_ok(m, v, 1, &r);
			sim_result_free(&r);
		}
	}
	/* the presets lesson authors use */
	const char *need[][2] = {{"organs", "breast"}, {"organs", "colorectal"},
	                         {"colonisation", "luzzi1998"},
	                         {"colonisation", "fidler1970"}};
	for (size_t i = 0; i < 4; i++)
		assert_non_null(sim_preset_find(sim_model_find(need[i][0]),
		                                need[i][1]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_registry),
		cmocka_unit_test(test_determinism),
		cmocka_unit_test(test_conservation_time_models),
		cmocka_unit_test(test_conservation_intravasation),
		cmocka_unit_test(test_conservation_arrest_organs),
		cmocka_unit_test(test_conservation_cascade),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_rates_zero_one),
		cmocka_unit_test(test_platelets_need_nk),
		cmocka_unit_test(test_colorectal_route_named),
		cmocka_unit_test(test_presets_load),
	};
	return cmocka_run_group_tests_name("sim models", tests, NULL, NULL);
}
