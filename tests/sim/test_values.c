/* test_values.c — the kinds of parameter values: plain decimals only,
 * whole numbers that refuse fractions, choices typed and shown by name,
 * the range text of messages, and the 1-2-5 stepper of the explorer. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "sim/sim.h"

static const struct sim_param *param(const char *model, const char *name)
{
	const struct sim_param *p = sim_param_find(sim_model_find(model), name, NULL);

	assert_non_null(p);
	return p;
}

static void test_decimals_only(void **state)
{
	const struct sim_param *p = param("circulation", "minutes");
	double v = -1;

	(void)state;
	assert_int_equal(sim_param_parse(p, "240", &v), SIM_OK);
	assert_true(v == 240);
	assert_int_equal(sim_param_parse(p, "2.4e2", &v), SIM_OK);
	assert_int_equal(sim_param_parse(p, "+60.", &v), SIM_OK);
	assert_true(v == 60);
	assert_int_equal(sim_param_parse(p, ".5e2", &v), SIM_OK);
	assert_true(v == 50);
	assert_int_equal(sim_param_parse(p, "0x10", &v), SIM_ENOT_NUMBER);
	assert_int_equal(sim_param_parse(p, " 60", &v), SIM_ENOT_NUMBER);
	assert_int_equal(sim_param_parse(p, "60e", &v), SIM_ENOT_NUMBER);
	assert_int_equal(sim_param_parse(p, ".", &v), SIM_ENOT_NUMBER);
	assert_int_equal(sim_param_parse(p, "infinity", &v), SIM_ENOT_NUMBER);
	assert_int_equal(sim_param_parse(p, "1e999", &v), SIM_ENOT_NUMBER);
	assert_true(v == 50); /* left alone */
}

static void test_integers(void **state)
{
	const struct sim_model *m = sim_model_find("circulation");
	double v[32];
	size_t i;

	(void)state;
	sim_defaults(m, v);
	sim_param_find(m, "cells", &i);
	assert_int_equal(sim_set_param(m, v, "cells", "1.5"), SIM_ENOT_INTEGER);
	assert_int_equal(sim_set_param(m, v, "cells", "0x10"), SIM_ENOT_NUMBER);
	assert_true(v[i] == 1000);
	assert_int_equal(sim_set_param(m, v, "cells", "1e6"), SIM_OK);
	assert_true(v[i] == 1e6);
	assert_int_equal(sim_set_param(m, v, "cells", "16.0"), SIM_OK);
	assert_int_equal(sim_set_param(m, v, "csize", "2.5"), SIM_ENOT_INTEGER);
	/* a fraction still refused when it is out of range too */
	assert_int_equal(sim_set_param(m, v, "cells", "0.5"), SIM_ENOT_INTEGER);
	/* every count of cells is an integer parameter */
	for (size_t k = 0; k < sim_model_count(); k++) {
		const struct sim_model *mm = sim_model_at(k);

		for (size_t j = 0; j < mm->nparams; j++)
			if (mm->params[j].unit && !strcmp(mm->params[j].unit, "cells"))
				assert_int_equal(mm->params[j].kind, SIM_PARAM_INTEGER);
	}
}

static void test_choices(void **state)
{
	const struct sim_model *m = sim_model_find("organs");
	const struct sim_param *p = param("organs", "tumour");
	double v[32];
	char buf[64];
	size_t i;

	(void)state;
	sim_defaults(m, v);
	sim_param_find(m, "tumour", &i);
	assert_int_equal(sim_param_nchoices(p), 2);
	assert_int_equal(sim_set_param(m, v, "tumour", "colorectal"), SIM_OK);
	assert_true(v[i] == 1);
	assert_int_equal(sim_set_param(m, v, "tumour", "0.5"), SIM_ENOT_CHOICE);
	assert_int_equal(sim_set_param(m, v, "tumour", "lung"), SIM_ENOT_CHOICE);
	assert_int_equal(sim_set_param(m, v, "tumour", "Breast"), SIM_ENOT_CHOICE);
	assert_int_equal(sim_set_param(m, v, "tumour", "2"), SIM_ERANGE);
	assert_true(v[i] == 1);
	assert_int_equal(sim_set_param(m, v, "tumour", "0"), SIM_OK); /* by number */
	sim_param_text(buf, sizeof buf, p, 1);
	assert_string_equal(buf, "colorectal");
	sim_param_text(buf, sizeof buf, p, 0);
	assert_string_equal(buf, "breast");
	sim_param_range(buf, sizeof buf, p);
	assert_string_equal(buf, "one of breast, colorectal");
	/* Right cycles, Left cycles back */
	assert_true(sim_param_step(p, 0, 1, 0) == 1);
	assert_true(sim_param_step(p, 1, 1, 0) == 0);
	assert_true(sim_param_step(p, 0, -1, 0) == 1);
	assert_true(sim_param_step(p, 1, -1, 1) == 0);
}

static void test_texts(void **state)
{
	char buf[80];

	(void)state;
	sim_param_text(buf, sizeof buf, param("circulation", "cells"), 1e6);
	assert_string_equal(buf, "1e6");
	sim_param_text(buf, sizeof buf, param("circulation", "cells"), 1234);
	assert_string_equal(buf, "1234");
	sim_param_text(buf, sizeof buf, param("circulation", "cells"), 1234567);
	assert_string_equal(buf, "1234567");
	sim_param_text(buf, sizeof buf, param("circulation", "cells"), 1e20);
	assert_string_equal(buf, "1e20");
	sim_param_text(buf, sizeof buf, param("cascade", "take"), 6e-5);
	assert_string_equal(buf, "6e-5");
	sim_param_text(buf, sizeof buf, param("circulation", "platelets"), 0.8);
	assert_string_equal(buf, "0.8");
	sim_param_range(buf, sizeof buf, param("circulation", "cells"));
	assert_string_equal(buf, "a whole number from 1 to 1e9 (cells)");
	sim_param_range(buf, sizeof buf, param("circulation", "platelets"));
	assert_string_equal(buf, "a number from 0 to 1 (fraction)");
}

/* What the explorer shows: as typed while that needs no exponent. */
static void test_texts_for_people(void **state)
{
	char buf[80];

	(void)state;
	sim_param_people(buf, sizeof buf, param("circulation", "cells"), 2e6);
	assert_string_equal(buf, "2 M");
	sim_param_people(buf, sizeof buf, param("circulation", "cells"), 1e9);
	assert_string_equal(buf, "1 G");
	sim_param_people(buf, sizeof buf, param("circulation", "cells"), 1800);
	assert_string_equal(buf, "1800");
	sim_param_people(buf, sizeof buf, param("circulation", "cells"), 1234567);
	assert_string_equal(buf, "1234567");
	sim_param_people(buf, sizeof buf, param("intravasation", "shed"), 3.5e6);
	assert_string_equal(buf, "3.5 M");
	sim_param_people(buf, sizeof buf, param("circulation", "platelets"), 0.8);
	assert_string_equal(buf, "0.8");
	sim_param_people(buf, sizeof buf, param("organs", "tumour"), 1);
	assert_string_equal(buf, "colorectal");
}

/* Steps from v in direction dir (fine) n times, checking each value. */
static void walk(const struct sim_param *p, double v, int dir, int coarse,
                 const double *want, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		v = sim_param_step(p, v, dir, coarse);
		if (fabs(v - want[k]) > 1e-12 * fmax(1, fabs(want[k])))
			fail_msg("%s step %zu: got %.17g, want %.17g", p->name, k, v, want[k]);
	}
}

static void test_stepper(void **state)
{
	(void)state;
	/* log-scale: 50 -> 60 -> 70 min, never 62.9463 */
	walk(param("detachment", "halflife"), 50, 1, 0,
	     (const double[]){ 60, 70, 80, 90, 100, 120, 140 }, 7);
	walk(param("detachment", "halflife"), 100, -1, 0,
	     (const double[]){ 90, 80, 70, 60, 50, 45, 40 }, 7);
	/* and there and back again lands where it started */
	walk(param("detachment", "halflife"), 250, 1, 0, (const double[]){ 300 }, 1);
	walk(param("detachment", "halflife"), 300, -1, 0, (const double[]){ 250 }, 1);
	/* coarse: the 1-2-5 ladder */
	walk(param("detachment", "halflife"), 50, 1, 1,
	     (const double[]){ 100, 200, 500, 1000, 1440, 1440 }, 6);
	walk(param("detachment", "halflife"), 50, -1, 1,
	     (const double[]){ 20, 10, 5, 5 }, 4);
	/* a value off the ladder goes to the next value on it */
	walk(param("detachment", "halflife"), 62.9463, 1, 0, (const double[]){ 70 }, 1);
	walk(param("detachment", "halflife"), 62.9463, -1, 0, (const double[]){ 60 }, 1);
	walk(param("detachment", "halflife"), 70, 1, 1, (const double[]){ 100 }, 1);
	/* linear: multiples of the step, no binary dust */
	walk(param("circulation", "platelets"), 0, 1, 0,
	     (const double[]){ 0.05, 0.1, 0.15, 0.2, 0.25, 0.3 }, 6);
	walk(param("circulation", "platelets"), 0.3, -1, 0,
	     (const double[]){ 0.25, 0.2, 0.15, 0.1, 0.05, 0, 0 }, 7);
	walk(param("circulation", "platelets"), 0.33, 1, 0, (const double[]){ 0.35 }, 1);
	walk(param("circulation", "platelets"), 0, 1, 1,
	     (const double[]){ 0.5, 1, 1 }, 3);
	walk(param("circulation", "minutes"), 240, 1, 0, (const double[]){ 250 }, 1);
	/* stops at the ends of the range, never past them */
	walk(param("circulation", "shield"), 0.97, 1, 0, (const double[]){ 1, 1 }, 2);
	/* whole numbers stay whole */
	walk(param("circulation", "cells"), 1, 1, 0, (const double[]){ 2, 3, 4, 5, 6 }, 5);
	walk(param("circulation", "cells"), 1000, 1, 0,
	     (const double[]){ 1200, 1400, 1600, 1800, 2000, 2200 }, 6);
	walk(param("circulation", "cells"), 1000, 1, 1,
	     (const double[]){ 2000, 5000, 10000 }, 3);
	walk(param("circulation", "cells"), 3, -1, 0, (const double[]){ 2, 1, 1 }, 3);
	walk(param("circulation", "csize"), 5, 1, 0, (const double[]){ 6, 7 }, 2);
	/* tiny steps on a log scale */
	walk(param("cascade", "take"), 6e-4, 1, 0, (const double[]){ 7e-4, 8e-4 }, 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decimals_only),
		cmocka_unit_test(test_integers),
		cmocka_unit_test(test_choices),
		cmocka_unit_test(test_texts),
		cmocka_unit_test(test_texts_for_people),
		cmocka_unit_test(test_stepper),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
