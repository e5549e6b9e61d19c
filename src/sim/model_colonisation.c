/* model_colonisation.c — after arrest: dying, dormant, or growing.
 *
 * Owns: the colonisation model.  Cells arriving in an organ either die in
 * the vessels within hours (half-life DOOMED_HALFLIFE) or survive and
 * extravasate (half-life EXTRA_HALFLIFE; all by day 3).  On day 3 each
 * extravasated cell settles: it starts a micrometastasis (fraction micro),
 * or stays a dormant single cell (fraction dormant of the rest), or dies
 * over the following days.  A fraction growth of the micrometastases keeps
 * growing to a macroscopic metastasis; the others regress.  Every step is
 * a binomial draw per compartment.  Series count founding cells: single
 * cells not yet settled, dormant cells, micrometastases (growing or not),
 * dead; they always sum to the arriving cells.  The two presets are the
 * two regimes the literature reports: most loss late (Luzzi 1998, mouse
 * liver) or most loss early (Fidler 1970, mouse lung). */
#include <math.h>
#include <stdio.h>

#include "sim/sim_impl.h"
#include "util/numtext.h"

#define NSTEPS 240
#define DOOMED_HALFLIFE (2.0 / 24) /* d: intravascular death, hours */
#define EXTRA_HALFLIFE 0.5         /* d: extravasation of survivors */
#define SINGLE_HALFLIFE 2.0        /* d: death of unsettled single cells */
#define MICRO_HALFLIFE 3.0         /* d: regression of stalled micromets */
#define SETTLE_DAY 3.0

enum { P_CELLS, P_SURVIVE, P_MICRO, P_GROWTH, P_DORMANT, P_DAYS, NPARAMS };

#define LUZZI "Luzzi 1998, Am J Pathol 153:865"

static const struct sim_param params[NPARAMS] = {
	[P_CELLS] = {.kind = SIM_PARAM_INTEGER, .name = "cells", "cells", 1, 1e9, 10000, 10, 1,
	             "cells arriving in the organ (injected)", "illustrative"},
	[P_SURVIVE] = {"survive", "fraction", 0, 1, 0.85, 0.05, 0,
	               "fraction surviving in the vessels and extravasating by "
	               "day 3", "83-87% arrested and extravasated by day 3, "
	               "mouse liver (" LUZZI ")"},
	[P_MICRO] = {"micro", "fraction", 0, 1, 0.03, 0.005, 0,
	             "fraction of extravasated cells starting micrometastases",
	             "2.5% (1 in 40) of injected cells = 3% of extravasated "
	             "(" LUZZI ")"},
	[P_GROWTH] = {"growth", "fraction", 0, 1, 0.008, 0.001, 0,
	              "fraction of micrometastases that keep growing",
	              "0.02% macroscopic of 2.5% starting = 0.8% (" LUZZI ")"},
	[P_DORMANT] = {"dormant", "fraction", 0, 1, 0.44, 0.01, 0,
	               "fraction of the other extravasated cells staying dormant",
	               "36% of injected cells dormant at day 13 = 44% of "
	               "extravasated cells without micrometastases (" LUZZI ")"},
	[P_DAYS] = {"days", "d", 1, 60, 13, 1, 0, "time followed",
	            "13 d, the end of the Luzzi 1998 experiment"},
};

static const struct sim_preset_value luzzi_values[] = {
	{"survive", 0.85}, {"micro", 0.03}, {"growth", 0.008},
	{"dormant", 0.44}, {"days", 13}, {NULL, 0},
};
static const struct sim_preset_value fidler_values[] = {
	{"cells", 50000}, {"survive", 0.01}, {"micro", 0.3}, {"growth", 0.4},
	{"dormant", 0.44}, {"days", 14}, {NULL, 0},
};

static const struct sim_preset presets[] = {
	{"luzzi1998",
	 "B16F1 melanoma cells in mouse liver: early steps efficient, growth not",
	 LUZZI, luzzi_values},
	{"fidler1970",
	 "B16 cells i.v. to mouse lung: ~1% alive at 24 h, 0.12% form nodules",
	 "~1% alive at 24 h: Fidler 1970, J Natl Cancer Inst 45:773; 0.12% of "
	 "50,000 B16F1 cells form lung nodules: Fidler 1973, Nature New Biol "
	 "242:148, as summarised by Chambers and colleagues (Cancer Metastasis, "
	 "Cambridge University Press, 2012)",
	 fidler_values},
	{NULL, NULL, NULL, NULL},
};

static const char *const names[] = {
	"single cells", "dormant", "micrometastases", "dead",
};

struct state {
	double doomed, survivor;  /* in the vessels */
	double single;            /* extravasated, not settled */
	double dying;             /* extravasated, settled to die */
	double dormant, stalled, growing, dead;
	int settled;
};

static void lose(gsl_rng *r, double *from, double p, double *dead)
{
	double d = sim_binom(r, p, *from);
	*from -= d;
	*dead += d;
}

static void settle(gsl_rng *r, struct state *s, const double *v)
{
	s->single += s->survivor; /* all survivors are out by day 3 */
	s->survivor = 0;
	double micro = sim_binom(r, v[P_MICRO], s->single);
	s->growing = sim_binom(r, v[P_GROWTH], micro);
	s->stalled = micro - s->growing;
	s->dormant = sim_binom(r, v[P_DORMANT], s->single - micro);
	s->dying = s->single - micro - s->dormant;
	s->single = 0;
	s->settled = 1;
}

static void step(gsl_rng *r, struct state *s, double dt)
{
	lose(r, &s->doomed, sim_hazard_prob(sim_rate_of_halflife(DOOMED_HALFLIFE), dt),
	     &s->dead);
	double out = sim_binom(r, sim_hazard_prob(sim_rate_of_halflife(EXTRA_HALFLIFE), dt),
	                       s->survivor);
	s->survivor -= out;
	s->single += out;
	lose(r, &s->dying, sim_hazard_prob(sim_rate_of_halflife(SINGLE_HALFLIFE), dt),
	     &s->dead);
	lose(r, &s->stalled, sim_hazard_prob(sim_rate_of_halflife(MICRO_HALFLIFE), dt),
	     &s->dead);
}

static enum sim_status push(struct sim_result *out, double t,
                            const struct state *s)
{
	double y[4] = {
		s->doomed + s->survivor + s->single + s->dying, s->dormant,
		s->stalled + s->growing, s->dead,
	};
	for (size_t k = 0; k < 4; k++)
		if (sim_series_push(&out->series[k], t, y[k], NULL) != SIM_OK)
			return SIM_ENOMEM;
	return SIM_OK;
}

static enum sim_status run(const double *v, uint64_t seed,
                           struct sim_result *out)
{
	gsl_rng *r = sim_begin(out, seed, SIM_CHART_LINE, 4,
	                                      NSTEPS + 1, names, "cells");
	if (!r)
		return SIM_ENOMEM;
	enum sim_status st = SIM_OK;
	out->x_title = "days after arrival";
	out->x_unit = "d";
	out->y_title = "founding cells";
	out->y_log = 1;

	double cells = floor(v[P_CELLS]), dt = v[P_DAYS] / NSTEPS;
	struct state s = {0};
	s.survivor = sim_binom(r, v[P_SURVIVE], cells);
	s.doomed = cells - s.survivor;
	double alive24 = NAN, extravasated = NAN, started = NAN;
	st = push(out, 0, &s);
	for (size_t i = 1; i <= NSTEPS && st == SIM_OK; i++) {
		double t = dt * (double)i;
		step(r, &s, dt);
		if (isnan(alive24) && t >= 1 - 1e-9)
			alive24 = 100 * (cells - s.dead) / cells;
		if (!s.settled && t >= SETTLE_DAY - 1e-9) {
			extravasated = 100 * (s.single + s.survivor) / cells;
			settle(r, &s, v);
			started = 100 * (s.stalled + s.growing) / cells;
		}
		st = push(out, t, &s);
	}
	gsl_rng_free(r);
	if (st != SIM_OK)
		return st;

	sim_result_add_value(out, "macroscopic metastases", "%",
	                     100 * s.growing / cells);
	sim_result_add_value(out, "growing metastases", "cells", s.growing);
	sim_result_add_value(out, "extravasated by day 3", "%", extravasated);
	sim_result_add_value(out, "started micrometastases", "%", started);
	sim_result_add_value(out, "dormant single cells", "%",
	                     100 * s.dormant / cells);
	sim_result_add_value(out, "alive at 24 h", "%", alive24);
	sim_result_add_value(out, "dead", "%", 100 * s.dead / cells);
	char t_started[12], t_growing[12];

	numtext_people(t_started, sizeof t_started, started, 0);
	numtext_people(t_growing, sizeof t_growing, 100 * s.growing / cells, 0);
	char p_dormant[16], p_dead[16];

	numtext_percent(p_dormant, sizeof p_dormant, 100 * s.dormant / cells);
	numtext_percent(p_dead, sizeof p_dead, 100 * s.dead / cells);
	if (s.settled)
		snprintf(out->summary, sizeof out->summary,
		         "By day %g: %s%% dormant, %s%% started "
		         "micrometastases, %s%% growing into metastases, %s%% "
		         "dead.", v[P_DAYS], p_dormant, t_started, t_growing, p_dead);
	else
		snprintf(out->summary, sizeof out->summary,
		         "By day %g: %s%% dead; the survivors settle on day 3.",
		         v[P_DAYS], p_dead);
	return SIM_OK;
}

const struct sim_model sim_model_colonisation = {
	.name = "colonisation",
	.title = "Growing there: dormancy and colonisation",
	.step = 9,
	.step_name = "Growing there",
	.params = params,
	.nparams = NPARAMS,
	.presets = presets,
	.run = run,
};
