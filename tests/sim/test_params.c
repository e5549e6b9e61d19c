/* test_params.c — parameters, presets, statuses and suggestions, and
 * every calibration target (each published figure, with five seeds). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "sim/sim.h"

static void test_set_param(void **state)
{
	(void)state;
	const struct sim_model *m = sim_model_find("circulation");
	double v[32];
	sim_defaults(m, v);
	size_t i;
	assert_non_null(sim_param_find(m, "platelets", &i));
	assert_int_equal(sim_set_param(m, v, "platelets", "0.8"), SIM_OK);
	assert_true(v[i] == 0.8);
	/* nothing is clamped: the value is refused and left alone */
	assert_int_equal(sim_set_param(m, v, "platelets", "1.5"), SIM_ERANGE);
	assert_int_equal(sim_set_param(m, v, "platelets", "-0"), SIM_OK);
	assert_int_equal(sim_set_param(m, v, "platelets", "-0.01"), SIM_ERANGE);
	assert_true(v[i] == 0);
	assert_int_equal(sim_set_param(m, v, "platelets", "abc"), SIM_ENOT_NUMBER);
	assert_int_equal(sim_set_param(m, v, "platelets", ""), SIM_ENOT_NUMBER);
	assert_int_equal(sim_set_param(m, v, "platelets", "0.5x"), SIM_ENOT_NUMBER);
	assert_int_equal(sim_set_param(m, v, "platelets", "nan"), SIM_ENOT_NUMBER);
	assert_int_equal(sim_set_param(m, v, "platelets", "inf"), SIM_ENOT_NUMBER);
	assert_int_equal(sim_set_param(m, v, "cells", "1e9"), SIM_OK);
	assert_int_equal(sim_set_param(m, v, "cells", "1e10"), SIM_ERANGE);
	assert_int_equal(sim_set_param(m, v, "platlets", "0.5"),
	                 SIM_EUNKNOWN_PARAM);
	assert_string_equal(sim_param_suggest(m, "platlets"), "platelets");
	assert_null(sim_param_suggest(m, "qqqqqqqq"));
}

static void test_presets(void **state)
{
	(void)state;
	const struct sim_model *m = sim_model_find("colonisation");
	double v[32];
	sim_defaults(m, v);
	assert_int_equal(sim_apply_preset(m, v, "fidler1970"), SIM_OK);
	size_t i;
	sim_param_find(m, "survive", &i);
	assert_true(v[i] == 0.01);
	assert_int_equal(sim_apply_preset(m, v, "fidler1971"),
	                 SIM_EUNKNOWN_PRESET);
	assert_string_equal(sim_preset_suggest(m, "fidler1971"), "fidler1970");
	assert_string_equal(sim_preset_suggest(m, "luzzi"), "luzzi1998");
}

static void test_messages(void **state)
{
	(void)state;
	for (int s = SIM_OK; s <= SIM_ENOT_CHOICE; s++)
		assert_non_null(sim_status_message((enum sim_status)s));
}

static void test_stats(void **state)
{
	(void)state;
	const double x[] = {5, 1, NAN, 3, 2, 4};
	struct sim_stats s;
	assert_int_equal(sim_stats_of(x, 6, &s), SIM_OK);
	assert_int_equal(s.n, 5);
	assert_true(s.median == 3);
	assert_true(s.min == 1 && s.max == 5 && s.mean == 3);
	assert_true(s.p10 > 1 && s.p10 < 2);
	assert_int_equal(sim_stats_of(x, 0, &s), SIM_OK);
	assert_true(isnan(s.median));
}

/* Every calibration target, within its tolerance, for five seeds. */
static void test_calibration(void **state)
{
	(void)state;
	assert_true(sim_target_count() >= 14);
	for (size_t i = 0; i < sim_target_count(); i++) {
		const struct sim_target *t = sim_target_at(i);
		for (uint64_t seed = 1; seed <= 5; seed++) {
			double v;
			int pass;
			assert_int_equal(sim_target_eval(t, seed, &v, &pass), SIM_OK);
			if (!pass)
				fail_msg("%s: %g outside [%g, %g] (seed %llu)", t->id, v,
				         t->lo, t->hi, (unsigned long long)seed);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_set_param),
		cmocka_unit_test(test_presets),
		cmocka_unit_test(test_messages),
		cmocka_unit_test(test_stats),
		cmocka_unit_test(test_calibration),
	};
	return cmocka_run_group_tests_name("sim params", tests, NULL, NULL);
}
