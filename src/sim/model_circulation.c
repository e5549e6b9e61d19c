/* model_circulation.c — surviving the blood: shear, NK cells, platelets.
 *
 * Owns: the circulation model.  Circulating units (single cells, or
 * clusters of csize cells) face three competing constant hazards: death
 * by shear, death by NK-cell attack, and arrest in a capillary bed (they
 * leave the blood alive).  Platelets coat a fraction of the units, and a
 * coat blocks a share of the NK attack, and nothing else: with nk=0 the
 * platelet parameter changes nothing (the mechanism seen in mice:
 * platelets' protection vanishes when NK cells are depleted; Palumbo
 * 2005, Nieswandt 1999).  Clusters arrest faster than single cells (Aceto
 * 2014).  Each step draws one binomial (who leaves) and one multinomial
 * (why) per subpopulation.  Series, in cells: in blood, arrested alive,
 * killed by NK, killed by shear; they sum to the starting cells. */
#include <math.h>
#include <stdio.h>

#include "sim/sim_impl.h"
#include "util/numtext.h"

#define NSTEPS 240

enum {
	P_CELLS, P_PLATELETS, P_NK, P_MINUTES, P_SHEAR, P_SHIELD, P_CLUSTERS,
	P_CSIZE, NPARAMS
};

static const struct sim_param params[NPARAMS] = {
	[P_CELLS] = {.kind = SIM_PARAM_INTEGER, .name = "cells", "cells", 1, 1e9, 1000, 10, 1,
	             "tumour cells entering the blood at time 0", "illustrative"},
	[P_PLATELETS] = {"platelets", "fraction", 0, 1, 0, 0.05, 0,
	                 "fraction of units coated with platelets",
	                 "0: no coat, the reference case"},
	[P_NK] = {"nk", "relative", 0, 2, 1, 0.1, 0,
	          "NK-cell activity relative to normal (0 = NK-depleted)",
	          "1 = normal; NK half-life 200 min chosen so that all hazards "
	          "give a 100 min half-life, within 1-2.4 h (Meng 2004, Clin "
	          "Cancer Res 10:8152)"},
	[P_MINUTES] = {"minutes", "min", 10, 1440, 240, 10, 0,
	               "time followed", "illustrative"},
	[P_SHEAR] = {"shear", "relative", 0, 4, 1, 0.1, 0,
	             "shear-stress death hazard relative to normal",
	             "1 = normal (death half-life 400 min): malignant cells "
	             "resist shear (Barnes 2012, PLoS One 7:e50973, doi "
	             "10.1371/journal.pone.0050973)"},
	[P_SHIELD] = {"shield", "fraction", 0, 1, 0.9, 0.05, 0,
	              "share of NK attack a platelet coat blocks",
	              "assumption; platelets impede NK lysis (Nieswandt 1999, "
	              "Cancer Res 59:1295)"},
	[P_CLUSTERS] = {"clusters", "fraction", 0, 1, 0, 0.01, 0,
	                "fraction of circulating units that are clusters",
	                "0: single cells only; clusters are rare (Aceto 2014, "
	                "Cell 158:1110, PMID 25171411)"},
	[P_CSIZE] = {.kind = SIM_PARAM_INTEGER, .name = "csize", "cells", 2, 50, 5, 1, 0,
	             "cells per cluster",
	             "clusters hold 2-50 cells (Aceto 2014, PMID 25171411)"},
};

static const struct sim_preset_value platelet_values[] = {
	{"platelets", 0.8}, {NULL, 0},
};
static const struct sim_preset_value nk_values[] = {
	{"platelets", 0.8}, {"nk", 0}, {NULL, 0},
};
static const struct sim_preset_value cluster_values[] = {
	{"cells", 10000}, {"clusters", 0.5}, {"minutes", 120}, {NULL, 0},
};
static const struct sim_preset_value meng_values[] = {
	{"cells", 100000}, {"minutes", 480}, {NULL, 0},
};

static const struct sim_preset presets[] = {
	{"platelets", "most cells coated with platelets",
	 "Nieswandt 1999, Cancer Res 59:1295", platelet_values},
	{"nk-depleted", "platelet-coated cells in an NK-depleted host",
	 "Palumbo 2005, Blood 105:178 (PMID 15367435)", nk_values},
	{"clusters", "half the circulating units are clusters of 5 cells",
	 "Aceto 2014, Cell 158:1110 (PMID 25171411)", cluster_values},
	{"meng2004", "single CTCs in a patient, followed for 8 h",
	 "Meng 2004, Clin Cancer Res 10:8152", meng_values},
	{NULL, NULL, NULL, NULL},
};

static const char *const names[] = {
	"in blood", "arrested alive", "killed by NK", "killed by shear",
};

/* One subpopulation: single cells or clusters, coated or not. */
struct pop {
	double units;    /* circulating units */
	double size;     /* cells per unit */
	double haz[3];   /* per min: arrest, NK, shear */
	double p_leave;  /* per step */
};

enum { ARRESTED = 1, NK = 2, SHEAR = 3 }; /* series indices */

static void setup_pop(struct pop *p, double units, double size, int cluster,
                      int coated, const double *v, double dt)
{
	double nk = v[P_NK] * sim_rate_of_halflife(SIM_BLOOD_NK_HALFLIFE);
	p->units = units;
	p->size = size;
	p->haz[0] = sim_rate_of_halflife(SIM_BLOOD_TRAP_HALFLIFE) *
	            (cluster ? SIM_CLUSTER_TRAP_FACTOR : 1);
	p->haz[1] = coated ? nk * (1 - v[P_SHIELD]) : nk;
	p->haz[2] = v[P_SHEAR] * sim_rate_of_halflife(SIM_BLOOD_SHEAR_HALFLIFE);
	p->p_leave = sim_hazard_prob(p->haz[0] + p->haz[1] + p->haz[2], dt);
}

/* Half-time of y[0..n) sampled every dt, or NAN. */
static double halftime(const double *y, size_t n, double dt)
{
	if (!(y[0] > 0))
		return NAN;
	for (size_t i = 1; i < n; i++)
		if (y[i] <= y[0] / 2) {
			double f = (y[i - 1] - y[0] / 2) / (y[i - 1] - y[i]);
			return dt * ((double)i - 1 + f);
		}
	return NAN;
}

static enum sim_status run(const double *v, uint64_t seed,
                           struct sim_result *out)
{
	gsl_rng *r = sim_begin(out, seed, SIM_CHART_LINE, 4,
	                                      NSTEPS + 1, names, "cells");
	if (!r)
		return SIM_ENOMEM;
	enum sim_status st = SIM_OK;
	out->x_title = "time in the blood";
	out->x_unit = "min";
	out->y_title = "cells";

	double cells = floor(v[P_CELLS]), s = v[P_CSIZE], f = v[P_CLUSTERS];
	double dt = v[P_MINUTES] / NSTEPS;
	/* share of cells that travel in clusters, from the share of units */
	double q = f * s / (1 - f + f * s);
	double nclusters = floor(sim_binom(r, q, cells) / s);
	double nsingles = cells - nclusters * s;
	double sc = sim_binom(r, v[P_PLATELETS], nsingles);
	double cc = sim_binom(r, v[P_PLATELETS], nclusters);
	struct pop pops[4];
	setup_pop(&pops[0], nsingles - sc, 1, 0, 0, v, dt);
	setup_pop(&pops[1], sc, 1, 0, 1, v, dt);
	setup_pop(&pops[2], nclusters - cc, s, 1, 0, v, dt);
	setup_pop(&pops[3], cc, s, 1, 1, v, dt);

	double sum[4] = {cells, 0, 0, 0}; /* cells per series */
	double singles[NSTEPS + 1], clus[NSTEPS + 1];
	for (size_t i = 0; i <= NSTEPS && st == SIM_OK; i++) {
		for (size_t k = 0; k < 4 && i > 0; k++) {
			struct pop *p = &pops[k];
			double leave = sim_binom(r, p->p_leave, p->units), why[3];
			sim_multinom(r, 3, leave, p->haz, why);
			p->units -= leave;
			sum[0] -= leave * p->size;
			for (size_t j = 0; j < 3; j++)
				sum[1 + j] += why[j] * p->size;
		}
		singles[i] = pops[0].units + pops[1].units;
		clus[i] = pops[2].units + pops[3].units;
		for (size_t k = 0; k < 4 && st == SIM_OK; k++)
			st = sim_series_push(&out->series[k], dt * (double)i, sum[k],
			                     NULL);
	}
	gsl_rng_free(r);
	if (st != SIM_OK)
		return st;

	double alive = 100 * (sum[0] + sum[ARRESTED]) / cells;
	double t_single = halftime(singles, NSTEPS + 1, dt);
	sim_result_add_value(out, "alive at end", "%", alive);
	sim_result_add_value(out, "half-life of single cells", "min", t_single);
	sim_result_add_value(out, "half-life of clusters", "min",
	                     halftime(clus, NSTEPS + 1, dt));
	sim_result_add_value(out, "in blood", "%", 100 * sum[0] / cells);
	sim_result_add_value(out, "arrested alive", "%", 100 * sum[ARRESTED] / cells);
	sim_result_add_value(out, "killed by NK", "%", 100 * sum[NK] / cells);
	sim_result_add_value(out, "killed by shear", "%", 100 * sum[SHEAR] / cells);
	sim_result_add_value(out, "clusters at start", "units", nclusters);
	char th[32] = "longer than the run";
	if (!isnan(t_single))
		snprintf(th, sizeof th, "%.0f min", t_single);
	char p_alive[16], p_blood[16];

	numtext_percent(p_alive, sizeof p_alive, alive);
	numtext_percent(p_blood, sizeof p_blood, 100 * sum[0] / cells);
	snprintf(out->summary, sizeof out->summary,
	         "After %g min %s%% of cells are alive (%s%% still in blood); "
	         "single cells' half-life in blood: %s.", v[P_MINUTES], p_alive,
	         p_blood, th);
	return SIM_OK;
}

const struct sim_model sim_model_circulation = {
	.name = "circulation",
	.title = "Surviving the blood",
	.step = 6,
	.step_name = "In the blood",
	.params = params,
	.nparams = NPARAMS,
	.presets = presets,
	.run = run,
};
