/* cmocka.h — a stand-in for cmocka's header, used only when configure
 * finds no cmocka (CMOCKA_CFLAGS points here then).  The unit tests still
 * compile, so they cannot rot, and each reports
 * "1..0 # SKIP cmocka is not installed" in make check instead of failing;
 * nothing in a test function runs.  Install libcmocka-dev to run them.
 * Covers the parts of cmocka's API that the tests use. */
#ifndef CASCADE_NOCMOCKA_H
#define CASCADE_NOCMOCKA_H

#include <stddef.h>
#include <stdio.h>

typedef void (*CMUnitTestFunction)(void **state);
typedef int (*CMFixtureFunction)(void **state);

struct CMUnitTest {
	const char *name;
	CMUnitTestFunction test_func;
	CMFixtureFunction setup_func;
	CMFixtureFunction teardown_func;
	void *initial_state;
};

#define cmocka_unit_test(f) { #f, f, NULL, NULL, NULL }
#define cmocka_unit_test_setup_teardown(f, setup, teardown) { #f, f, setup, teardown, NULL }

static inline int _cmocka_run_group_tests(const char *name, const struct CMUnitTest *tests,
                                          size_t n, CMFixtureFunction setup,
                                          CMFixtureFunction teardown)
{
	(void)name;
	(void)tests;
	(void)n;
	(void)setup;
	(void)teardown;
	printf("1..0 # SKIP cmocka is not installed (apt-get install libcmocka-dev)\n");
	return 0;
}
#define cmocka_run_group_tests_name(name, t, setup, teardown) \
	_cmocka_run_group_tests(name, t, sizeof(t) / sizeof((t)[0]), setup, teardown)
#define cmocka_run_group_tests(t, setup, teardown) \
	_cmocka_run_group_tests(#t, t, sizeof(t) / sizeof((t)[0]), setup, teardown)

/* Never reached: the arguments are only looked at, so that no variable
 * used only in an assertion is left unused. */
static inline void cmocka_stub_use(int n, ...)
{
	(void)n;
}
static inline void print_message(const char *fmt, ...)
{
	(void)fmt;
}
#define fail_msg(...) cmocka_stub_use(0, __VA_ARGS__)
#define fail() cmocka_stub_use(0)
#define assert_true(c) cmocka_stub_use(0, (c))
#define assert_false(c) cmocka_stub_use(0, (c))
#define assert_null(p) cmocka_stub_use(0, (p))
#define assert_non_null(p) cmocka_stub_use(0, (p))
#define assert_int_equal(a, b) cmocka_stub_use(0, (a), (b))
#define assert_int_not_equal(a, b) cmocka_stub_use(0, (a), (b))
#define assert_ptr_equal(a, b) cmocka_stub_use(0, (a), (b))
#define assert_string_equal(a, b) cmocka_stub_use(0, (a), (b))
#define assert_string_not_equal(a, b) cmocka_stub_use(0, (a), (b))
#define assert_memory_equal(a, b, n) cmocka_stub_use(0, (a), (b), (n))
#define assert_float_equal(a, b, e) cmocka_stub_use(0, (a), (b), (e))
#define assert_in_range(v, lo, hi) cmocka_stub_use(0, (v), (lo), (hi))

#endif
