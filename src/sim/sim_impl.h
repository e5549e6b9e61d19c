/* sim_impl.h — what the models share inside the sim layer, not public.
 *
 * Owns: the random generator of a run (GSL mt19937, seeded from the run's
 * seed), population draws that cost the same for ten cells or 10^12
 * (binomial, Poisson, multinomial over counts held in doubles), hazard
 * arithmetic, the blood hazards that circulation and cascade both use, and
 * helpers that fill a struct sim_result.  Counts are whole numbers stored
 * in doubles: exact up to 2^53 cells. */
#ifndef CASCADE_SIM_IMPL_H
#define CASCADE_SIM_IMPL_H

#include <gsl/gsl_rng.h>
#include <stddef.h>
#include <stdint.h>

#include "sim/sim.h"

#define SIM_LN2 0.69314718055994530942

/* The registered models (one file each). */
extern const struct sim_model sim_model_detachment;
extern const struct sim_model sim_model_intravasation;
extern const struct sim_model sim_model_circulation;
extern const struct sim_model sim_model_arrest;
extern const struct sim_model sim_model_organs;
extern const struct sim_model sim_model_colonisation;
extern const struct sim_model sim_model_cascade;

/* A new mt19937 generator seeded from seed (all 64 bits mixed into the
 * 32 that mt19937 takes); NULL when memory runs out.  Caller frees it
 * with gsl_rng_free(). */
gsl_rng *sim_rng_new(uint64_t seed);

/* Binomial(n, p) for any n up to 2^53: exact (GSL) while n fits in an
 * unsigned int, else a Poisson or normal approximation whose error is far
 * below the sampling noise.  n is a whole number of cells (or units). */
double sim_binom(gsl_rng *r, double p, double n);
/* Poisson(mu) for any mu >= 0 (normal approximation above 10^8). */
double sim_poisson(gsl_rng *r, double mu);
/* Multinomial: splits n over k categories with probabilities p[] (need
 * not be normalised; all >= 0, sum > 0) into out[]; sum(out) == n. */
void sim_multinom(gsl_rng *r, size_t k, double n, const double *p,
                  double *out);

/* Probability that an event of constant hazard rate (per unit time)
 * happens within dt (same time unit): 1 - exp(-rate dt). */
double sim_hazard_prob(double rate, double dt);
/* Hazard rate (per unit time) of a half-life (same unit). */
double sim_rate_of_halflife(double halflife);

/* Blood hazards per minute, shared by circulation and cascade so the two
 * agree.  See model_circulation.c for their sources. */
#define SIM_BLOOD_SHEAR_HALFLIFE 400.0 /* min, death by shear at shear=1 */
#define SIM_BLOOD_NK_HALFLIFE 200.0    /* min, NK killing at nk=1 */
#define SIM_BLOOD_TRAP_HALFLIFE 400.0  /* min, single cells arresting */
#define SIM_CLUSTER_TRAP_FACTOR 3.5    /* clusters arrest this much faster */
/* Fraction of circulating units that leave the blood alive (by arrest)
 * rather than dying, for the given relative shear and NK activity,
 * platelet coat and NK shield; cluster != 0 for clusters. */
double sim_blood_arrest_fraction(double shear, double nk, double coated,
                                 double shield, int cluster);

/* Filling a result.  sim_result_setup allocates nseries empty series
 * (with_x: LINE charts; with_labels: BAR and FUNNEL) each with room for
 * cap points; SIM_OK or SIM_ENOMEM. */
/* The start every model's run shares: a generator seeded with seed, and
 * out set up as sim_result_setup() does.  NULL when memory runs out
 * (nothing is left to free but out, which sim_run() frees). */
gsl_rng *sim_begin(struct sim_result *out, uint64_t seed, enum sim_chart_kind kind,
                   size_t nseries, size_t cap, const char *const *names,
                   const char *unit);
enum sim_status sim_result_setup(struct sim_result *out,
                                 enum sim_chart_kind kind, size_t nseries,
                                 size_t cap, const char *const *names,
                                 const char *unit);
/* Appends a named scalar (ignored past SIM_MAX_VALUES). */
void sim_result_add_value(struct sim_result *out, const char *name,
                          const char *unit, double value);
/* Time at which y first falls to half its first value, by linear
 * interpolation between points; NAN if it never does. */
double sim_series_halftime(const struct sim_series *s);

/* Edit distance, for "did you mean". */
/* The candidate nearest to name, if near enough to be a likely typo. */
const char *sim_nearest(const char *name, const char *const *cands,
                        size_t n);

#endif
