/* model_arrest.c — size against capillaries: who stops in the first bed.
 *
 * Owns: the arrest model.  Cell diameters are lognormal with a given mean
 * and standard deviation; a cell wider than the capillary stops unless it
 * is deformable enough to squeeze through (a fixed fraction of oversized
 * cells does).  The counts come from two binomial draws on the exact
 * lognormal tail (GSL's cumulative distribution), so they cost the same
 * for any number of cells; the histogram shows a sample of at most
 * SAMPLE diameters drawn from the same distribution.  stopped + passed ==
 * cells. */
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <math.h>
#include <stdio.h>

#include "sim/sim_impl.h"
#include "util/numtext.h"

#define SAMPLE 2000 /* diameters drawn for the histogram, at most */
#define TEXT_OF(n) #n
#define TEXT(n) TEXT_OF(n) /* a macro's value as a string literal */

enum { P_CELLS, P_DIAMETER, P_SPREAD, P_CAPILLARY, P_DEFORM, NPARAMS };

static const struct sim_param params[NPARAMS] = {
	[P_CELLS] = {.kind = SIM_PARAM_INTEGER, .name = "cells", "cells", 1, 1e9, 10000, 10, 1,
	             "circulating cells reaching a capillary bed", "illustrative"},
	[P_DIAMETER] = {"diameter", "µm", 4, 30, 12.4, 0.1, 0,
	                "mean diameter of the tumour cells",
	                "12.4 µm, median of breast-cancer patients' CTCs; cultured "
	                "lines 18-21 µm (Mendelaar 2021, Mol Oncol 15:116)"},
	[P_SPREAD] = {"spread", "µm", 0, 10, 3, 0.1, 0,
	              "standard deviation of the diameters",
	              "assumption: CTC sizes vary by about a quarter of the mean"},
	[P_CAPILLARY] = {"capillary", "µm", 3, 10, 5.5, 0.1, 0,
	                 "capillary diameter",
	                 "5.5 µm, mean pulmonary capillary (Downey 1990, J Appl "
	                 "Physiol 69:1767, PMID 2272970)"},
	[P_DEFORM] = {"deformability", "fraction", 0, 1, 0.2, 0.05, 0,
	              "fraction of oversized cells that squeeze through",
	              "assumption; deformable carcinoma cells often pass "
	              "capillaries (Zeidman 1961, Cancer Res 21:38)"},
};

static const struct sim_preset_value line_values[] = {
	{"diameter", 18.4}, {"spread", 3}, {NULL, 0},
};
static const struct sim_preset_value crc_values[] = {
	{"diameter", 7.5}, {"spread", 2}, {NULL, 0},
};
static const struct sim_preset_value soft_values[] = {
	{"deformability", 0.8}, {NULL, 0},
};

static const struct sim_preset presets[] = {
	{"cell-line", "cultured breast-cancer cells (18.4 µm)",
	 "Mendelaar 2021, Mol Oncol 15:116", line_values},
	{"colorectal", "colorectal patients' CTCs (median 7.5 µm)",
	 "Mendelaar 2021, Mol Oncol 15:116", crc_values},
	{"deformable", "most oversized cells squeeze through",
	 "Zeidman 1961, Cancer Res 21:38", soft_values},
	{NULL, NULL, NULL, NULL},
};

static const char *const names[] = {"cell diameters"};

static enum sim_status run(const double *v, uint64_t seed,
                           struct sim_result *out)
{
	double cells = floor(v[P_CELLS]);
	size_t nsample = cells < SAMPLE ? (size_t)cells : SAMPLE;
	gsl_rng *r = sim_begin(out, seed, SIM_CHART_HISTOGRAM, 1, nsample, names, "µm");
	if (!r)
		return SIM_ENOMEM;
	enum sim_status st = SIM_OK;
	out->x_title = "cell diameter";
	out->x_unit = "µm";
	/* the bars count the sample, not the run: say so when they differ */
	out->y_title = cells > SAMPLE ? "cells, of a sample of " TEXT(SAMPLE) : "cells";
	out->threshold = v[P_CAPILLARY];

	double m = v[P_DIAMETER], sd = v[P_SPREAD], cap = v[P_CAPILLARY];
	double s2 = log1p(sd * sd / (m * m));
	double zeta = log(m) - s2 / 2, sigma = sqrt(s2);
	double p_over = sigma > 0 ? gsl_cdf_lognormal_Q(cap, zeta, sigma)
	                          : (m > cap ? 1.0 : 0.0);
	double over = sim_binom(r, p_over, cells);
	double squeeze = sim_binom(r, v[P_DEFORM], over);
	double stopped = over - squeeze, passed = cells - stopped;
	for (size_t i = 0; i < nsample && st == SIM_OK; i++) {
		double d = sigma > 0 ? gsl_ran_lognormal(r, zeta, sigma) : m;
		st = sim_series_push(&out->series[0], 0, d, NULL);
	}
	gsl_rng_free(r);
	if (st != SIM_OK)
		return st;

	sim_result_add_value(out, "stopped in first bed", "%", 100 * stopped / cells);
	sim_result_add_value(out, "wider than capillary", "%", 100 * over / cells);
	sim_result_add_value(out, "squeezed through", "%", 100 * squeeze / cells);
	sim_result_add_value(out, "stopped", "cells", stopped);
	sim_result_add_value(out, "passed", "cells", passed);
	char t_over[16], t_stopped[16], t_passed[16];

	numtext_percent(t_over, sizeof t_over, 100 * over / cells);
	numtext_percent(t_stopped, sizeof t_stopped, 100 * stopped / cells);
	numtext_percent(t_passed, sizeof t_passed, 100 * passed / cells);
	snprintf(out->summary, sizeof out->summary,
	         "%s%% of cells are wider than %g µm capillaries; %s%% stop "
	         "in the first bed, %s%% pass.", t_over, cap, t_stopped, t_passed);
	return SIM_OK;
}

const struct sim_model sim_model_arrest = {
	.name = "arrest",
	.title = "Stopping in the first capillaries",
	.step = 7,
	.step_name = "Out of the blood",
	.params = params,
	.nparams = NPARAMS,
	.presets = presets,
	.run = run,
};
