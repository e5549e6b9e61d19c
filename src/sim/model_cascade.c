/* model_cascade.c — the whole cascade as a funnel: metastatic inefficiency.
 *
 * Owns: the cascade model.  A tumour sheds cells (Poisson, Butler &
 * Gullino's rate per gram); a fraction of the circulating units are
 * clusters.  Single cells must survive anoikis (cells in clusters keep
 * their neighbours); units leave the blood alive by arrest with the
 * circulation model's hazards (clusters arrest faster, so more arrive
 * alive); then each cell extravasates, may start a micrometastasis, which
 * may keep growing (Luzzi 1998), and finally becomes a clinical metastasis
 * with probability `take` — the one factor fitted, to the patient-scale
 * efficiency of Coumans 2013.  One binomial draw per stage and source, so
 * 10^12 shed cells cost what 10^3 do.  Series (cells at each stage): all,
 * from single cells, from clusters; all == singles + clusters. */
#include <math.h>
#include <stdio.h>

#include "sim/sim_impl.h"
#include "util/numtext.h"

enum {
	P_MASS, P_DAYS, P_CLUSTERS, P_SHED, P_CSIZE, P_RESISTANT, P_EXTRA,
	P_MICRO, P_GROWTH, P_TAKE, NPARAMS
};

#define LUZZI "Luzzi 1998, Am J Pathol 153:865"

static const struct sim_param params[NPARAMS] = {
	[P_MASS] = {"mass", "g", 0.001, 1000, 1, 0.1, 1,
	            "tumour mass (1 g is about a billion cells)", "illustrative"},
	[P_DAYS] = {"days", "d", 1, 3650, 365, 1, 1,
	            "time the tumour sheds cells", "illustrative: a year"},
	[P_CLUSTERS] = {"clusters", "fraction", 0, 1, 0.03, 0.01, 0,
	                "fraction of circulating units that are clusters",
	                "clusters are rare among CTC events (Aceto 2014, Cell "
	                "158:1110, PMID 25171411); 3% is an assumption"},
	[P_SHED] = {"shed", "cells/g/day", 0, 1e8, 3.5e6, 1e5, 1,
	            "cells shed per gram of tumour per day",
	            "Butler & Gullino 1975, Cancer Res 35:512 (PMID 1090362)"},
	[P_CSIZE] = {.kind = SIM_PARAM_INTEGER, .name = "csize", "cells", 2, 50, 5, 1, 0, "cells per cluster",
	             "clusters hold 2-50 cells (Aceto 2014, PMID 25171411)"},
	[P_RESISTANT] = {"resistant", "fraction", 0, 1, 0.3, 0.05, 0,
	                 "fraction of single shed cells that survive anoikis",
	                 "assumption; many CTCs are apoptotic, while clusters "
	                 "keep cell-cell survival signals (review PMC5460282)"},
	[P_EXTRA] = {"extravasate", "fraction", 0, 1, 0.85, 0.05, 0,
	             "fraction of arrested cells that extravasate",
	             "83-87% by day 3 (" LUZZI ")"},
	[P_MICRO] = {"micro", "fraction", 0, 1, 0.03, 0.005, 0,
	             "fraction of extravasated cells starting micrometastases",
	             "1 in 40 injected cells (" LUZZI ")"},
	[P_GROWTH] = {"growth", "fraction", 0, 1, 0.008, 0.001, 0,
	              "fraction of micrometastases that keep growing",
	              "0.02% of injected cells from 2.5% (" LUZZI ")"},
	[P_TAKE] = {"take", "fraction", 0, 1, 6e-4, 1e-4, 1,
	            "fraction of growing micrometastases that become clinical "
	            "metastases in a patient",
	            "fitted: 1 metastasis per 60 million shed cells (Coumans 2013, "
	            "BMC Cancer 13:283, PMID 23763955)"},
};

static const struct sim_preset_value coumans_values[] = {
	{"mass", 1}, {"days", 365}, {NULL, 0},
};
static const struct sim_preset_value single_values[] = {
	{"clusters", 0}, {NULL, 0},
};
static const struct sim_preset_value aceto_values[] = {
	{"mass", 100}, {"days", 3650}, {NULL, 0},
};

static const struct sim_preset presets[] = {
	{"coumans2013", "a 1 g breast tumour shedding for a year",
	 "Coumans 2013, BMC Cancer 13:283 (PMID 23763955)", coumans_values},
	{"singles", "no clusters: only single cells are shed",
	 "Aceto 2014, Cell 158:1110 (PMID 25171411)", single_values},
	{"aceto2014", "beyond any patient, to count enough metastases to compare",
	 "Aceto 2014, Cell 158:1110 (PMID 25171411)", aceto_values},
	{NULL, NULL, NULL, NULL},
};

enum { S_SHED, S_ANOIKIS, S_BLOOD, S_EXTRA, S_MICRO, S_GROW, S_MET, NSTAGES };
static const char *const stage_names[NSTAGES] = {
	"shed into blood", "survive anoikis", "arrest alive", "extravasate",
	"start micrometastasis", "keep growing", "clinical metastasis",
};

static const char *const names[] = {
	"all cells", "single cells", "cells in clusters",
};

/* Draws the later stages (per cell) from stage S_BLOOD on. */
static void per_cell_stages(gsl_rng *r, const double *v, double *st)
{
	const double p[] = {v[P_EXTRA], v[P_MICRO], v[P_GROWTH], v[P_TAKE]};
	for (size_t k = S_EXTRA; k < NSTAGES; k++)
		st[k] = sim_binom(r, p[k - S_EXTRA], st[k - 1]);
}

static enum sim_status run(const double *v, uint64_t seed,
                           struct sim_result *out)
{
	gsl_rng *r = sim_begin(out, seed, SIM_CHART_FUNNEL, 3, NSTAGES,
	                                      names, "cells");
	if (!r)
		return SIM_ENOMEM;
	enum sim_status st = SIM_OK;
	out->x_title = "stage";
	out->x_unit = "";
	out->y_title = "cells";
	out->y_log = 1;

	double s = v[P_CSIZE], f = v[P_CLUSTERS];
	double shed = sim_poisson(r, v[P_MASS] * v[P_SHED] * v[P_DAYS]);
	double q = f * s / (1 - f + f * s); /* share of cells in clusters */
	double nclus = floor(sim_binom(r, q, shed) / s);
	double sing[NSTAGES], clus[NSTAGES];
	sing[S_SHED] = shed - nclus * s;
	clus[S_SHED] = nclus * s;
	sing[S_ANOIKIS] = sim_binom(r, v[P_RESISTANT], sing[S_SHED]);
	clus[S_ANOIKIS] = clus[S_SHED];
	sing[S_BLOOD] = sim_binom(r, sim_blood_arrest_fraction(1, 1, 0, 0, 0),
	                          sing[S_ANOIKIS]);
	clus[S_BLOOD] = s * sim_binom(r, sim_blood_arrest_fraction(1, 1, 0, 0, 1),
	                              nclus);
	per_cell_stages(r, v, sing);
	per_cell_stages(r, v, clus);
	gsl_rng_free(r);

	for (size_t k = 0; k < NSTAGES && st == SIM_OK; k++) {
		st = sim_series_push(&out->series[0], 0, sing[k] + clus[k],
		                     stage_names[k]);
		if (st == SIM_OK)
			st = sim_series_push(&out->series[1], 0, sing[k], stage_names[k]);
		if (st == SIM_OK)
			st = sim_series_push(&out->series[2], 0, clus[k], stage_names[k]);
	}
	if (st != SIM_OK)
		return st;

	double mets = sing[S_MET] + clus[S_MET];
	double units_single = sing[S_SHED];
	double per_single = units_single > 0 ? sing[S_MET] / units_single : NAN;
	double per_cluster = nclus > 0 ? clus[S_MET] / nclus : NAN;
	sim_result_add_value(out, "metastases", "metastases", mets);
	sim_result_add_value(out, "shed cells per metastasis", "cells",
	                     mets > 0 ? shed / mets : NAN);
	sim_result_add_value(out, "metastases from clusters", "%",
	                     mets > 0 ? 100 * clus[S_MET] / mets : NAN);
	sim_result_add_value(out, "cluster advantage per unit", "fold",
	                     per_single > 0 ? per_cluster / per_single : NAN);
	sim_result_add_value(out, "cells shed", "cells", shed);
	sim_result_add_value(out, "clusters shed", "units", nclus);
	char shed_text[16], days_text[16], mets_text[16];

	numtext_people(shed_text, sizeof shed_text, shed, 1);
	numtext_count(days_text, sizeof days_text, v[P_DAYS]);
	numtext_count(mets_text, sizeof mets_text, mets);
	snprintf(out->summary, sizeof out->summary,
	         "%s cells shed over %s days gave %s metastases: %s.",
	         shed_text, days_text, mets_text,
	         mets > 0 ? "metastasis is inefficient, most cells are lost"
	                  : "none of the shed cells made a metastasis");
	return SIM_OK;
}

const struct sim_model sim_model_cascade = {
	.name = "cascade",
	.title = "The whole cascade: metastatic inefficiency",
	.step = 2,
	.step_name = "The cascade",
	.params = params,
	.nparams = NPARAMS,
	.presets = presets,
	.run = run,
};
