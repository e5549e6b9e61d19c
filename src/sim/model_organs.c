/* model_organs.c — where arrested cells settle: blood flow times soil.
 *
 * Owns: the organ-targeting model.  Cells enter either the caval veins
 * (lungs are the first capillary bed) or the portal vein (liver first).
 * In every capillary bed a fraction `trap` of the arriving cells arrests;
 * the rest go on with the blood: from the lungs to the systemic organs in
 * proportion to their share of cardiac output (the gut's share passes
 * through the liver next), and back to the lungs.  Summing that loop
 * gives each organ's share of arrested cells under flow alone.  Soil
 * multiplies those shares by organ factors (for a given tumour type)
 * raised to the power `soil`, so soil=0 is Ewing's pure mechanics and
 * soil=1 Paget's seed and soil.  The lung factor includes binding through
 * metadherin, which can be blocked.  Cells are allocated to organs with
 * one multinomial draw per series. */
#include <math.h>
#include <stdio.h>

#include "sim/sim_impl.h"

enum { P_CELLS, P_ROUTE, P_SOIL, P_MTDH, P_TRAP, P_TUMOUR, NPARAMS };

/* The tumour types whose soil factors the model knows, by value. */
static const char *const tumour_names[] = { "breast", "colorectal", NULL };

static const struct sim_param params[NPARAMS] = {
	[P_CELLS] = {.kind = SIM_PARAM_INTEGER, .name = "cells", "cells", 1, 1e9, 10000, 10, 1,
	             "cells that leave the primary tumour's veins", "illustrative"},
	[P_ROUTE] = {"route", "fraction", 0, 1, 0,
	             0.1, 0, "share of venous drainage through the portal vein "
	             "(0 = caval, lungs first; 1 = portal, liver first)",
	             "0: breast drains to the caval veins"},
	[P_SOIL] = {"soil", "fraction", 0, 1, 1, 0.1, 0,
	            "weight of organ-specific factors (0 = blood flow only)",
	            "1: full seed-and-soil (Paget 1889)"},
	[P_MTDH] = {"metadherin", "relative", 0, 2, 1, 0.1, 0,
	            "lung binding through metadherin (0 = blocked)",
	            "1 = normal; blocking it cuts lung metastasis (Brown & "
	            "Ruoslahti 2004, Cancer Cell 5:365); a 60% cut at 0 is an "
	            "assumption"},
	[P_TRAP] = {"trap", "fraction", 0.01, 1, 0.8, 0.05, 0,
	            "fraction of arriving cells that arrest in each capillary bed",
	            "0.8, the arrest model's default for breast CTCs in 5.5 µm "
	            "capillaries"},
	[P_TUMOUR] = {.kind = SIM_PARAM_CHOICE, .choices = tumour_names,
	              .name = "tumour", "", 0, 1, 0, 1, 0,
	              "the tumour type whose soil factors apply",
	              "0: breast (factors from the breast clinical series)"},
};

static const struct sim_preset_value breast_values[] = {
	{"route", 0}, {"soil", 1}, {"metadherin", 1}, {"tumour", 0}, {NULL, 0},
};
static const struct sim_preset_value crc_values[] = {
	{"route", 0.9}, {"soil", 1}, {"tumour", 1}, {NULL, 0},
};

static const struct sim_preset presets[] = {
	{"breast", "breast cancer: caval drainage, breast soil factors",
	 "organ shares of 276 metastatic breast-cancer patients (Jafari 2022, "
	 "Iran J Med Sci 47:40, PMID 35017776)",
	 breast_values},
	{"colorectal", "colorectal cancer: 90% portal drainage (the lower rectum "
	 "drains to caval veins)",
	 "liver 70%, lungs 24% at first metastasis (Holch 2017, Visc Med "
	 "33:70, doi 10.1159/000454687); Weiss 1980, Am J Pathol 101:101 (PMID "
	 "7446696)",
	 crc_values},
	{NULL, NULL, NULL, NULL},
};

enum { LUNG, LIVER, BONE, BRAIN, KIDNEY, OTHER, NORGANS };
static const char *const organ_names[NORGANS] = {
	"lung", "liver", "bone", "brain", "kidney", "other",
};

/* Share of cardiac output of the systemic beds, excluding the liver's
 * portal inflow (NAP 1999 reference flows, Table A-1):
 * gut and spleen 19% (drains on to the liver), hepatic artery 6.5%,
 * kidneys 19%, brain 12%, skeleton with marrow 7.5%, all else 36%. */
#define CO_GUT 0.19
#define CO_LIVER 0.065
#define CO_KIDNEY 0.19
#define CO_BRAIN 0.12
#define CO_BONE 0.075
#define CO_OTHER 0.36

/* Soil factors relative to lung = 1: observed share / flow-only share,
 * rounded.  Breast: from the clinical series (bone 47.1%, lung 34.4%,
 * liver 27.9%, brain 20.3% of patients), the ratio Weiss called the
 * metastatic efficiency index.  Colorectal: flow explains the pattern of
 * portal-draining tumours (Weiss 1980), so every factor is 1 but for the
 * rarely colonised kidney and other beds. */
static const double soil_breast[NORGANS] = {1, 40, 90, 25, 0.5, 0.5};
static const double soil_crc[NORGANS] = {1, 1, 1, 1, 0.5, 0.5};

/* Observed shares (%) among the organs listed, for the chart; NAN where
 * the clinical series reports no figure (Holch's "rare sites" are under
 * 5% together, not a count per organ), so no bar claims a zero. */
static const double obs_breast[NORGANS] = {34.4, 27.9, 47.1, 20.3, NAN, NAN};
static const double obs_crc[NORGANS] = {24, 70, NAN, NAN, NAN, NAN};

/* Where cells entering the lungs end up, per cell, under flow alone. */
static void caval_lodging(double f, double w, double *a)
{
	double per_pass[NORGANS] = {0};
	per_pass[LIVER] = CO_LIVER * f + CO_GUT * (1 - f) * f;
	per_pass[OTHER] = (CO_GUT + CO_OTHER) * f;
	per_pass[KIDNEY] = CO_KIDNEY * f;
	per_pass[BRAIN] = CO_BRAIN * f;
	per_pass[BONE] = CO_BONE * f;
	/* share of cells leaving the systemic beds back to the lungs */
	double back = (1 - f) * (1 - CO_GUT) + CO_GUT * (1 - f) * (1 - f);
	double loops = 1 / (1 - (1 - f) * back); /* passes through the lungs */
	a[LUNG] += w * f * loops;
	for (size_t o = LIVER; o < NORGANS; o++)
		a[o] += w * (1 - f) * loops * per_pass[o];
}

static void flow_shares(const double *v, double *a)
{
	double f = v[P_TRAP], r = v[P_ROUTE];
	for (size_t o = 0; o < NORGANS; o++)
		a[o] = 0;
	a[LIVER] += r * f;                     /* portal: liver first */
	caval_lodging(f, (1 - r) + r * (1 - f), a);
}

static void soil_weights(const double *v, const double *a, double *w)
{
	double t = v[P_TUMOUR];
	for (size_t o = 0; o < NORGANS; o++) {
		/* between the two tumour types, factors blend geometrically */
		double factor = pow(soil_breast[o], 1 - t) * pow(soil_crc[o], t);
		if (o == LUNG)
			factor *= 0.4 + 0.6 * v[P_MTDH];
		w[o] = a[o] * pow(factor, v[P_SOIL]);
	}
}

static const char *const names[] = {
	"blood flow only", "flow x soil", "observed",
};

static enum sim_status run(const double *v, uint64_t seed,
                           struct sim_result *out)
{
	gsl_rng *r = sim_begin(out, seed, SIM_CHART_BAR, 3, NORGANS,
	                                      names, "cells");
	if (!r)
		return SIM_ENOMEM;
	enum sim_status st = SIM_OK;
	out->x_title = "organ";
	out->x_unit = "";
	out->y_title = "cells settling";

	double cells = floor(v[P_CELLS]);
	double a[NORGANS], w[NORGANS], flow[NORGANS], soil[NORGANS];
	flow_shares(v, a);
	soil_weights(v, a, w);
	sim_multinom(r, NORGANS, cells, a, flow);
	sim_multinom(r, NORGANS, cells, w, soil);
	gsl_rng_free(r);

	const double *obs = v[P_TUMOUR] < 0.5 ? obs_breast : obs_crc;
	out->series[2].published = true;
	double obs_total = 0, model4 = 0;
	for (size_t o = 0; o < NORGANS; o++) {
		if (obs[o] > 0) {
			obs_total += obs[o];
			model4 += soil[o];
		}
	}
	double overlap = 0, maxdiff = 0;
	for (size_t o = 0; o < NORGANS && st == SIM_OK; o++) {
		double obs_cells = cells * obs[o] / obs_total;
		st = sim_series_push(&out->series[0], 0, flow[o], organ_names[o]);
		if (st == SIM_OK)
			st = sim_series_push(&out->series[1], 0, soil[o], organ_names[o]);
		if (st == SIM_OK)
			st = sim_series_push(&out->series[2], 0, obs_cells,
			                     organ_names[o]);
		/* compare among the organs the clinical series reports */
		if (obs[o] > 0 && model4 > 0) {
			double ms = 100 * soil[o] / model4, os = 100 * obs[o] / obs_total;
			overlap += fmin(ms, os);
			maxdiff = fmax(maxdiff, fabs(ms - os));
		}
	}
	if (st != SIM_OK)
		return st;
	sim_result_add_value(out, "pattern explained", "%", overlap);
	sim_result_add_value(out, "largest organ difference", "points", maxdiff);
	for (size_t o = 0; o < NORGANS; o++)
		sim_result_add_value(out, organ_names[o], "%", 100 * soil[o] / cells);
	size_t top = 0;
	for (size_t o = 1; o < NORGANS; o++)
		if (soil[o] > soil[top])
			top = o;
	/* The soil factors were derived from the observed pattern: with them
	 * the match is by construction, and the summary says so.  Colorectal
	 * soil with the lungs first is off in its route, not its soil, and
	 * the summary says that instead. */
	char most[48];
	double top_pct = 100 * soil[top] / cells;

	/* "most" only when it is more than half */
	snprintf(most, sizeof most, top_pct > 50 ? "Most cells settle in the %s (%.0f%%)"
	         : "The %s takes the largest share (%.0f%%)", organ_names[top], top_pct);
	if (v[P_TUMOUR] >= 0.5 && v[P_ROUTE] < 0.5)
		snprintf(out->summary, sizeof out->summary,
		         "%s: blood here meets the lungs first, but most colorectal tumours "
		         "drain to the liver (route 0.9).", most);
	else
		snprintf(out->summary, sizeof out->summary,
		         "%s; %s matches %.0f%% of the observed %s pattern.", most,
		         v[P_SOIL] > 0 ? "with soil factors fitted to that pattern, the model"
		                       : "blood flow alone", overlap,
		         v[P_TUMOUR] < 0.5 ? "breast-cancer" : "colorectal");
	return SIM_OK;
}

const struct sim_model sim_model_organs = {
	.name = "organs",
	.title = "Choosing an organ: flow and soil",
	.step = 8,
	.step_name = "Choosing an organ",
	.params = params,
	.nparams = NPARAMS,
	.presets = presets,
	.run = run,
};
