/* test_numtext.c — numbers for people (util/numtext.c), as charts, tables
 * and the models' summaries print them: 0, ties, negatives, each SI step
 * up to 1e12 and beyond, tiny values, NaN and infinities, and small
 * buffers; shares in percent and counts with separators. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "util/numtext.h"

static void expect(double v, int spaced, const char *want)
{
	char buf[32];

	numtext_people(buf, sizeof buf, v, spaced);
	if (strcmp(buf, want) != 0)
		fail_msg("%.17g: got \"%s\", want \"%s\"", v, buf, want);
}

/* The same for a formatter of one value: numtext_percent, numtext_count. */
static void expect_as(void (*fmt)(char *, size_t, double), double v, const char *want)
{
	char buf[32];

	fmt(buf, sizeof buf, v);
	if (strcmp(buf, want) != 0)
		fail_msg("%.17g: got \"%s\", want \"%s\"", v, buf, want);
}

static void test_zero_and_small(void **state)
{
	(void)state;
	expect(0, 1, "0");
	expect(-0.0, 1, "0");
	expect(1, 1, "1");
	expect(38.8, 1, "38.8");
	expect(0.0264, 1, "0.0264");
	expect(0.001, 1, "0.001");
	expect(0.00012, 1, "1.2e-4");
}

static void test_si_steps(void **state)
{
	(void)state;
	expect(999, 1, "999");
	expect(1000, 1, "1 k");
	expect(322449, 1, "322 k");
	expect(322449, 0, "322k");
	expect(3.49929e6, 1, "3.5 M");
	expect(1.28e9, 1, "1.28 G");
	expect(1e12, 1, "1 T");
	expect(999.6e9, 1, "1 T"); /* rounding carries into the next prefix */
	expect(1e15, 1, "1e15");
}

static void test_ties_and_negatives(void **state)
{
	(void)state;
	/* three significant digits, rounded as printf rounds */
	expect(1.235, 1, "1.24");
	expect(12345, 1, "12.3 k");
	expect(99950, 1, "100 k");
	expect(-322449, 1, "-322 k");
	expect(-0.5, 1, "-0.5");
	expect(-1e12, 0, "-1T");
}

static void test_not_numbers(void **state)
{
	char small[4];

	(void)state;
	expect(NAN, 1, "n/a");
	expect(INFINITY, 1, "inf");
	expect(-INFINITY, 1, "-inf");
	numtext_people(small, sizeof small, 1.28e9, 1);
	assert_string_equal(small, "1.2"); /* cut, and still NUL-ended */
	numtext_people(small, 0, 1, 1);    /* size 0 writes nothing */
}

/* A share shows one decimal, more only where one would make a part read
 * as none or all. */
static void test_percent(void **state)
{
	(void)state;
	expect_as(numtext_percent, 39.1234, "39.1");
	expect_as(numtext_percent, 99.97, "99.97");
	expect_as(numtext_percent, 0.02, "0.02");
	expect_as(numtext_percent, 100, "100.0");
	expect_as(numtext_percent, 0, "0.0");
	expect_as(numtext_percent, 1e-7, "<0.0001");
	expect_as(numtext_percent, 100 - 1e-7, ">99.9999");
}

/* Counts get thousands separators, so that 1994 cells do not read as a
 * year; the rest goes to numtext_people. */
static void test_count(void **state)
{
	(void)state;
	expect_as(numtext_count, 1994, "1,994");
	expect_as(numtext_count, 1234567, "1,234,567");
	expect_as(numtext_count, -4500, "-4,500");
	expect_as(numtext_count, 999, "999");
	/* from ten million, and for fractions: numtext_people */
	expect_as(numtext_count, 3.2e7, "32 M");
	expect_as(numtext_count, 12.5, "12.5");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_zero_and_small),
		cmocka_unit_test(test_si_steps),
		cmocka_unit_test(test_ties_and_negatives),
		cmocka_unit_test(test_not_numbers),
		cmocka_unit_test(test_percent),
		cmocka_unit_test(test_count),
	};

	return cmocka_run_group_tests_name("numtext", tests, NULL, NULL);
}
