/* rng.c — the random draws every model uses.
 *
 * Owns: seeding GSL's mt19937 from a 64-bit seed, and population draws
 * (binomial, Poisson, multinomial) over counts held in doubles, so that a
 * compartment of 10^12 cells costs one draw, like one of ten.  Never
 * rand() or time(): a run is a pure function of its seed. */
#include <gsl/gsl_randist.h>
#include <math.h>
#include <stdlib.h>

#include "sim/sim_impl.h"

/* Largest n handed to GSL's exact unsigned-int draws. */
#define EXACT_MAX 4.0e9
/* Below this mean the tails are drawn as Poisson, above as normal. */
#define POISSON_TAIL 1000.0

gsl_rng *sim_rng_new(uint64_t seed)
{
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	if (!r)
		return NULL;
	/* splitmix64 finaliser: neighbouring seeds give unrelated streams,
	 * and the high 32 bits of the seed still matter. */
	uint64_t z = seed + 0x9e3779b97f4a7c15ULL;
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	z ^= z >> 31;
	unsigned long s = (unsigned long)(z & 0xffffffffUL);
	gsl_rng_set(r, s ? s : 4357UL);
	return r;
}

static double normal_count(gsl_rng *r, double mean, double var, double n)
{
	double x = nearbyint(mean + sqrt(var) * gsl_ran_gaussian_ziggurat(r, 1.0));
	if (x < 0)
		x = 0;
	if (x > n)
		x = n;
	return x;
}

double sim_binom(gsl_rng *r, double p, double n)
{
	n = floor(n);
	if (n <= 0 || p <= 0)
		return 0;
	if (p >= 1)
		return n;
	if (n <= EXACT_MAX)
		return (double)gsl_ran_binomial(r, p, (unsigned int)n);
	double q = 1 - p;
	if (n * p < POISSON_TAIL)
		return fmin(n, (double)gsl_ran_poisson(r, n * p));
	if (n * q < POISSON_TAIL)
		return fmax(0, n - (double)gsl_ran_poisson(r, n * q));
	return normal_count(r, n * p, n * p * q, n);
}

double sim_poisson(gsl_rng *r, double mu)
{
	if (!(mu > 0))
		return 0;
	if (mu <= 1e8)
		return (double)gsl_ran_poisson(r, mu);
	return normal_count(r, mu, mu, INFINITY);
}

void sim_multinom(gsl_rng *r, size_t k, double n, const double *p,
                  double *out)
{
	double left = n > 0 ? floor(n) : 0, rest = 0;
	size_t last = k;
	for (size_t i = 0; i < k; i++) {
		out[i] = 0;
		if (p[i] > 0) {
			rest += p[i];
			last = i;
		}
	}
	if (last == k) { /* no weight anywhere: nothing can be split */
		if (k)
			out[k - 1] = left;
		return;
	}
	if (left <= EXACT_MAX && k <= 32) {
		unsigned int counts[32];
		gsl_ran_multinomial(r, k, (unsigned int)left, p, counts);
		for (size_t i = 0; i < k; i++)
			out[i] = counts[i];
		return;
	}
	/* Beyond GSL's unsigned int: conditional binomials, the same method
	 * GSL uses: category i takes Binomial(left, p_i / rest). */
	for (size_t i = 0; i < last && left > 0; i++) {
		if (!(p[i] > 0))
			continue;
		double x = sim_binom(r, fmin(1, p[i] / rest), left);
		out[i] = x;
		left -= x;
		rest -= p[i];
	}
	out[last] = left;
}

double sim_hazard_prob(double rate, double dt)
{
	if (!(rate > 0) || !(dt > 0))
		return 0;
	return -expm1(-rate * dt);
}

double sim_rate_of_halflife(double halflife)
{
	return SIM_LN2 / halflife;
}

double sim_blood_arrest_fraction(double shear, double nk, double coated,
                                 double shield, int cluster)
{
	double trap = sim_rate_of_halflife(SIM_BLOOD_TRAP_HALFLIFE);
	if (cluster)
		trap *= SIM_CLUSTER_TRAP_FACTOR;
	double nkr = nk * sim_rate_of_halflife(SIM_BLOOD_NK_HALFLIFE);
	double death_unc = shear * sim_rate_of_halflife(SIM_BLOOD_SHEAR_HALFLIFE) + nkr;
	double death_coat = death_unc - nkr * shield;
	return (1 - coated) * trap / (trap + death_unc) +
	       coated * trap / (trap + death_coat);
}
