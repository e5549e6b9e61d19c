# tests/sim/local.mk — the simulation core's tests: models (determinism,
# conservation, edges), draws (distribution checks), parameters and the
# calibration targets, the `cascade sim` error paths, and its table for
# people (whole outputs against tests/sim/golden).
SIM_TEST_LIBS = src/sim/libsim.a src/util/libutil.a $(GSL_LIBS) $(CMOCKA_LIBS) $(LIBS)
SIM_TEST_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS) $(GSL_CFLAGS)

check_PROGRAMS += tests/sim/test_models tests/sim/test_draws tests/sim/test_params \
	tests/sim/test_values
TESTS += tests/sim/test_models tests/sim/test_draws tests/sim/test_params \
	tests/sim/test_values \
	tests/sim/cli_errors.sh tests/sim/table.sh
EXTRA_DIST += tests/sim/cli_errors.sh tests/sim/table.sh tests/sim/golden

tests_sim_test_models_SOURCES = tests/sim/test_models.c
tests_sim_test_models_CPPFLAGS = $(SIM_TEST_CPPFLAGS)
tests_sim_test_models_LDADD = $(SIM_TEST_LIBS)
tests_sim_test_draws_SOURCES = tests/sim/test_draws.c
tests_sim_test_draws_CPPFLAGS = $(SIM_TEST_CPPFLAGS)
tests_sim_test_draws_LDADD = $(SIM_TEST_LIBS)
tests_sim_test_params_SOURCES = tests/sim/test_params.c
tests_sim_test_params_CPPFLAGS = $(SIM_TEST_CPPFLAGS)
tests_sim_test_params_LDADD = $(SIM_TEST_LIBS)
tests_sim_test_values_SOURCES = tests/sim/test_values.c
tests_sim_test_values_CPPFLAGS = $(SIM_TEST_CPPFLAGS)
tests_sim_test_values_LDADD = $(SIM_TEST_LIBS)
