/* model_intravasation.c — shedding into the blood, and clearance.
 *
 * Owns: the intravasation model.  A tumour of a given mass sheds cells
 * into its venous blood as a Poisson process (rate proportional to mass);
 * circulating cells are cleared with a constant hazard (a half-life).  One
 * Poisson and one binomial draw per time step, whatever the numbers.
 * Series: circulating, cumulative shed, cumulative cleared; shed ==
 * circulating + cleared at every step.  Steady state: rate * t½ / ln 2. */
#include <math.h>
#include <stdio.h>

#include "sim/sim_impl.h"
#include "util/numtext.h"

#define NSTEPS 240

enum { P_MASS, P_SHED, P_HALFLIFE, P_HOURS, P_VOLUME, NPARAMS };

static const struct sim_param params[NPARAMS] = {
	[P_MASS] = {"mass", "g", 0.001, 1000, 1, 0.1, 1,
	            "tumour mass (1 g is about a billion cells)", "illustrative"},
	[P_SHED] = {"shed", "cells/g/day", 0, 1e8, 3.5e6, 1e5, 1,
	            "cells shed into the blood per gram of tumour per day",
	            "3.2-4.1 million cells/g/day, rat MTW9 mammary carcinoma "
	            "(Butler & Gullino 1975, Cancer Res 35:512, PMID 1090362)"},
	[P_HALFLIFE] = {"halflife", "min", 1, 1440, 90, 5, 1,
	                "half-life of a tumour cell in the blood",
	                "1-2.4 h in patients just after surgery (Meng 2004, "
	                "Clin Cancer Res 10:8152)"},
	[P_HOURS] = {"hours", "h", 1, 240, 24, 1, 0,
	             "time followed from the first shed cell", "illustrative"},
	[P_VOLUME] = {"volume", "L", 0.001, 10, 5, 0.1, 1,
	              "blood volume, for cells per 7.5 mL (mouse: 0.002)",
	              "adult human, about 5 L"},
};

static const struct sim_preset_value butler_values[] = {
	{"mass", 3}, {"shed", 3.5e6}, {"hours", 24}, {"volume", 0.02},
	{NULL, 0},
};
static const struct sim_preset_value meng_values[] = {
	{"mass", 1}, {"halflife", 100}, {"hours", 48}, {NULL, 0},
};

static const struct sim_preset presets[] = {
	{"butler1975", "a 3 g rat mammary tumour (2-4 g in the study)",
	 "Butler & Gullino 1975, Cancer Res 35:512 (PMID 1090362)",
	 butler_values},
	{"meng2004", "a 1 g tumour, CTC half-life 100 min (1-2.4 h measured)",
	 "Meng 2004, Clin Cancer Res 10:8152", meng_values},
	{NULL, NULL, NULL, NULL},
};

static const char *const names[] = {
	"circulating", "shed (cumulative)", "cleared (cumulative)",
};

static enum sim_status run(const double *v, uint64_t seed,
                           struct sim_result *out)
{
	gsl_rng *r = sim_begin(out, seed, SIM_CHART_LINE, 3,
	                                      NSTEPS + 1, names, "cells");
	if (!r)
		return SIM_ENOMEM;
	enum sim_status st = SIM_OK;
	out->x_title = "time";
	out->x_unit = "h";
	out->y_title = "cells";
	out->y_log = 1;

	double dt = v[P_HOURS] / NSTEPS;                       /* h */
	double per_step = v[P_MASS] * v[P_SHED] * dt / 24;     /* cells */
	double p = sim_hazard_prob(sim_rate_of_halflife(v[P_HALFLIFE] / 60), dt);
	double n = 0, shed = 0, cleared = 0;
	for (size_t i = 0; i <= NSTEPS && st == SIM_OK; i++) {
		if (i > 0) {
			/* cells present at the start of the step may be cleared;
			 * the step's new cells join afterwards */
			double c = sim_binom(r, p, n);
			double s = sim_poisson(r, per_step);
			n += s - c;
			shed += s;
			cleared += c;
		}
		double t = dt * (double)i;
		st = sim_series_push(&out->series[0], t, n, NULL);
		if (st == SIM_OK)
			st = sim_series_push(&out->series[1], t, shed, NULL);
		if (st == SIM_OK)
			st = sim_series_push(&out->series[2], t, cleared, NULL);
	}
	gsl_rng_free(r);
	if (st != SIM_OK)
		return st;

	double rate = v[P_MASS] * v[P_SHED];                   /* cells/day */
	double steady = rate / 1440 * v[P_HALFLIFE] / SIM_LN2; /* cells */
	double per75 = n / (v[P_VOLUME] * 1000) * 7.5;
	sim_result_add_value(out, "circulating at end", "cells", n);
	sim_result_add_value(out, "steady state (expected)", "cells", steady);
	sim_result_add_value(out, "per 7.5 mL of blood", "cells", per75);
	sim_result_add_value(out, "shed per gram per day", "cells/g/day",
	                     shed / v[P_MASS] / (v[P_HOURS] / 24));
	sim_result_add_value(out, "shed", "cells", shed);
	sim_result_add_value(out, "cleared", "cells", cleared);
	char t_shed[12], t_n[12], t_steady[12], t_per[12];

	numtext_people(t_shed, sizeof t_shed, shed, 1);
	numtext_people(t_n, sizeof t_n, n, 1);
	numtext_people(t_steady, sizeof t_steady, steady, 1);
	numtext_people(t_per, sizeof t_per, per75, 1);
	snprintf(out->summary, sizeof out->summary,
	         "%s cells shed in %g h; %s circulate at the end (steady "
	         "state %s), %s per 7.5 mL.", t_shed, v[P_HOURS], t_n, t_steady,
	         t_per);
	return SIM_OK;
}

const struct sim_model sim_model_intravasation = {
	.name = "intravasation",
	.title = "Shedding into the blood",
	.step = 5,
	.step_name = "Into the blood",
	.params = params,
	.nparams = NPARAMS,
	.presets = presets,
	.run = run,
};
