/* test_draws.c — the population draws: sample means and variances within
 * confidence bounds, for the exact (GSL) and the large-n paths, and the
 * lognormal diameters of the arrest model. */
#include <gsl/gsl_rng.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "sim/sim_impl.h"

#define N 4000

/* Sample mean and variance of N draws of f. */
struct moments { double mean, var; };

static struct moments sample(double (*f)(gsl_rng *, double, double),
                             double a, double b)
{
	gsl_rng *r = sim_rng_new(12345);
	double mean = 0, m2 = 0; /* Welford: no cancellation near 10^12 */
	for (int i = 0; i < N; i++) {
		double x = f(r, a, b), d = x - mean;
		mean += d / (i + 1);
		m2 += d * (x - mean);
	}
	gsl_rng_free(r);
	struct moments m = {mean, m2 / (N - 1)};
	return m;
}

/* The mean within 5 standard errors, the variance within 20% (N = 4000:
 * the variance's relative standard error is about 2-3%). */
static void check(struct moments m, double mean, double var)
{
	assert_true(fabs(m.mean - mean) <= 5 * sqrt(var / N) + 1e-9);
	if (var > 0)
		assert_true(fabs(m.var / var - 1) < 0.2);
	else
		assert_true(m.var == 0);
}

static double binom(gsl_rng *r, double p, double n)
{
	return sim_binom(r, p, n);
}

static double poisson(gsl_rng *r, double mu, double unused)
{
	(void)unused;
	return sim_poisson(r, mu);
}

static void test_binomial_exact(void **state)
{
	(void)state;
	check(sample(binom, 0.3, 100), 30, 21);
	check(sample(binom, 0.001, 1e6), 1000, 999);
	check(sample(binom, 0, 1e6), 0, 0);
	check(sample(binom, 1, 1e6), 1e6, 0);
	check(sample(binom, 0.5, 0), 0, 0);
}

static void test_binomial_large(void **state)
{
	(void)state;
	/* normal path */
	check(sample(binom, 0.25, 1e12), 2.5e11, 1e12 * 0.25 * 0.75);
	/* Poisson tail paths */
	check(sample(binom, 1e-10, 1e12), 100, 100);
	check(sample(binom, 1 - 1e-10, 1e12), 1e12 - 100, 100);
}

static void test_poisson(void **state)
{
	(void)state;
	check(sample(poisson, 3.5, 0), 3.5, 3.5);
	check(sample(poisson, 1e6, 0), 1e6, 1e6);
	check(sample(poisson, 1e12, 0), 1e12, 1e12);
	check(sample(poisson, 0, 0), 0, 0);
}

static void test_multinomial(void **state)
{
	(void)state;
	gsl_rng *r = sim_rng_new(1);
	const double p[4] = {0.1, 0.2, 0, 0.7};
	const double ns[2] = {1e4, 1e12};
	for (size_t t = 0; t < 2; t++) {
		double sum[4] = {0};
		for (int i = 0; i < 500; i++) {
			double out[4];
			sim_multinom(r, 4, ns[t], p, out);
			assert_true(out[0] + out[1] + out[2] + out[3] == ns[t]);
			assert_true(out[2] == 0);
			for (int k = 0; k < 4; k++)
				sum[k] += out[k];
		}
		for (int k = 0; k < 4; k++) {
			double mean = ns[t] * p[k], sd = sqrt(ns[t] * p[k] * (1 - p[k]));
			assert_true(fabs(sum[k] / 500 - mean) <= 5 * sd / sqrt(500) + 1e-9);
		}
	}
	gsl_rng_free(r);
}

static void test_diameters(void **state)
{
	(void)state;
	const struct sim_model *m = sim_model_find("arrest");
	double v[16];
	sim_defaults(m, v);
	struct sim_result res;
	assert_int_equal(sim_run(m, v, 3, &res), SIM_OK);
	const struct sim_series *d = &res.series[0];
	double s = 0, ss = 0;
	for (size_t i = 0; i < d->len; i++) {
		s += d->y[i];
		ss += d->y[i] * d->y[i];
	}
	double mean = s / (double)d->len;
	double sd = sqrt((ss - (double)d->len * mean * mean) / (double)(d->len - 1));
	assert_true(fabs(mean - 12.4) < 5 * 3 / sqrt((double)d->len));
	assert_true(fabs(sd / 3 - 1) < 0.15);
	sim_result_free(&res);
}

static void test_seed_streams(void **state)
{
	(void)state;
	/* seeds differing only in their high 32 bits give different streams */
	gsl_rng *a = sim_rng_new(1), *b = sim_rng_new(1 + (1ULL << 32));
	assert_true(gsl_rng_get(a) != gsl_rng_get(b));
	gsl_rng_free(a);
	gsl_rng_free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_binomial_exact),
		cmocka_unit_test(test_binomial_large),
		cmocka_unit_test(test_poisson),
		cmocka_unit_test(test_multinomial),
		cmocka_unit_test(test_diameters),
		cmocka_unit_test(test_seed_streams),
	};
	return cmocka_run_group_tests_name("sim draws", tests, NULL, NULL);
}
