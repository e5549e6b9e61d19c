/* validate.c — the calibration targets: published figures the models
 * must reproduce, each with its source and tolerance.
 *
 * Owns: the only list of targets.  Each target runs one model with a
 * preset (and, where the experiment's count is too small for a precise
 * fraction, more cells), reads one scalar from the result and checks it
 * against [lo, hi].  `make check` evaluates every target; `cascade sim
 * --validate` prints the table; doc/validation.md keeps a copy. */
#include <math.h>
#include <string.h>

#include "sim/sim_impl.h"

struct recipe {
	const char *model;
	const char *preset;    /* or NULL */
	const char *overrides; /* "name=value ..." after the preset, or "" */
	const char *value;     /* name of the scalar to read */
};

static enum sim_status measure(const struct recipe *rc, uint64_t seed,
                               double *out)
{
	const struct sim_model *m = sim_model_find(rc->model);
	if (!m)
		return SIM_EUNKNOWN_MODEL;
	double v[SIM_MAX_PARAMS];
	if (m->nparams > SIM_MAX_PARAMS)
		return SIM_ENOMEM;
	sim_defaults(m, v);
	enum sim_status st = SIM_OK;
	if (rc->preset)
		st = sim_apply_preset(m, v, rc->preset);
	/* overrides: space-separated name=value words */
	for (const char *p = rc->overrides; *p && st == SIM_OK;) {
		char name[32], val[32];
		size_t n = strcspn(p, "=");
		if (!p[n] || n >= sizeof name)
			return SIM_ENOT_NUMBER;
		memcpy(name, p, n);
		name[n] = '\0';
		p += n + 1;
		size_t k = strcspn(p, " ");
		if (k >= sizeof val)
			return SIM_ENOT_NUMBER;
		memcpy(val, p, k);
		val[k] = '\0';
		p += k + strspn(p + k, " ");
		st = sim_set_param(m, v, name, val);
	}
	if (st != SIM_OK)
		return st;
	struct sim_result r;
	st = sim_run(m, v, seed, &r);
	if (st != SIM_OK)
		return st;
	*out = sim_result_value(&r, rc->value);
	sim_result_free(&r);
	return SIM_OK;
}

#define RECIPE(fn, model, preset, overrides, value)                     \
	static enum sim_status fn(uint64_t seed, double *out)            \
	{                                                                \
		static const struct recipe rc = {model, preset, overrides,   \
		                                 value};                     \
		return measure(&rc, seed, out);                              \
	}

RECIPE(shedding, "intravasation", "butler1975", "", "shed per gram per day")
RECIPE(clearance, "circulation", "meng2004", "", "half-life of single cells")
RECIPE(anoikis, "detachment", "grossmann2001", "", "sensitive dead by 3 h")
RECIPE(luzzi_extra, "colonisation", "luzzi1998", "cells=1e6",
       "extravasated by day 3")
RECIPE(luzzi_micro, "colonisation", "luzzi1998", "cells=1e6",
       "started micrometastases")
RECIPE(luzzi_macro, "colonisation", "luzzi1998", "cells=1e6",
       "macroscopic metastases")
RECIPE(luzzi_dormant, "colonisation", "luzzi1998", "cells=1e6",
       "dormant single cells")
RECIPE(fidler_24h, "colonisation", "fidler1970", "", "alive at 24 h")
RECIPE(fidler_nodules, "colonisation", "fidler1970", "",
       "macroscopic metastases")
RECIPE(clusters, "cascade", "aceto2014", "", "cluster advantage per unit")
RECIPE(colorectal, "organs", "colorectal", "cells=1e6", "liver")
RECIPE(breast, "organs", "breast", "cells=1e6", "largest organ difference")
RECIPE(flow_only, "organs", "breast", "cells=1e6 soil=0", "pattern explained")
RECIPE(coumans, "cascade", "coumans2013", "", "shed cells per metastasis")

#define LUZZI "Luzzi 1998, Am J Pathol 153:865"
#define FIDLER "Fidler 1970, J Natl Cancer Inst 45:773"
/* Said of the targets whose model values were chosen from the same figure:
 * they check units and mechanics, not a prediction. */
#define FITTED "; fitted: the preset was set from this figure"

static const struct sim_target targets[] = {
	{"shedding", "cells shed per gram of tumour per day",
	 "3.2-4.1 M cells/g/day",
	 "Butler & Gullino 1975, Cancer Res 35:512 (PMID 1090362)",
	 "intravasation preset=butler1975", "cells/g/day", 3.2e6, 4.1e6,
	 "the published range" FITTED, shedding},
	{"clearance", "half-life of single CTCs in the blood", "1-2.4 h",
	 "Meng 2004, Clin Cancer Res 10:8152",
	 "circulation preset=meng2004", "min", 60, 144,
	 "the published range" FITTED, clearance},
	{"anoikis", "sensitive epithelial cells dead 3 h after detachment",
	 ">90%", "Grossmann 2001, Cell Growth Differ 12:147",
	 "detachment preset=grossmann2001", "%", 90, 100,
	 "the published bound" FITTED, anoikis},
	{"luzzi-extravasation", "injected cells arrested and extravasated by "
	 "day 3", "83-87%", LUZZI,
	 "colonisation preset=luzzi1998 cells=1e6", "%", 80, 90,
	 "published range +/- 3 points" FITTED, luzzi_extra},
	{"luzzi-micrometastases", "injected cells starting micrometastases",
	 "2.5% (1 in 40)", LUZZI, "colonisation preset=luzzi1998 cells=1e6",
	 "%", 2.0, 3.0, "+/- 20%" FITTED, luzzi_micro},
	{"luzzi-macrometastases", "injected cells forming macroscopic "
	 "metastases by day 13", "0.02%", LUZZI,
	 "colonisation preset=luzzi1998 cells=1e6", "%", 0.01, 0.03,
	 "+/- 50%" FITTED, luzzi_macro},
	{"luzzi-dormant", "injected cells persisting as dormant single cells "
	 "at day 13", "36% (about a third)", LUZZI,
	 "colonisation preset=luzzi1998 cells=1e6", "%", 30, 40,
	 "about a third: 30-40%" FITTED, luzzi_dormant},
	{"fidler-24h", "B16 cells alive 24 h after i.v. injection", "about 1%",
	 FIDLER, "colonisation preset=fidler1970", "%", 0.5, 2,
	 "x/÷ 2" FITTED, fidler_24h},
	{"fidler-nodules", "of 50,000 B16F1 cells, fraction forming lung nodules",
	 "0.12%", "Fidler 1973, Nature New Biol 242:148 (B16F1), as summarised "
	 "by Chambers and colleagues in Cancer Metastasis (Cambridge "
	 "University Press, 2012)",
	 "colonisation preset=fidler1970", "%", 0.06, 0.24, "x/÷ 2" FITTED,
	 fidler_nodules},
	{"clusters", "metastases per CTC cluster vs per single CTC",
	 "23-50 fold", "Aceto 2014, Cell 158:1110 (PMID 25171411)",
	 "cascade preset=aceto2014", "fold", 23, 50, "the published range",
	 clusters},
	{"colorectal-liver", "colorectal cells settling in the liver (portal "
	 "drainage: liver first)", "liver 70% of patients at first metastasis",
	 "Holch 2017, Visc Med 33:70 (Munich series, 385 patients; doi "
	 "10.1159/000454687); Weiss 1980, Am J Pathol 101:101 (PMID 7446696)",
	 "organs preset=colorectal cells=1e6", "%", 50, 100,
	 "most: more than half", colorectal},
	{"breast-organs", "largest gap between model and clinical organ shares "
	 "(bone, lung, liver, brain)", "bone 47.1%, lung 34.4%, liver 27.9%, "
	 "brain 20.3% of patients",
	 "Jafari 2022, Iran J Med Sci 47:40 (276 metastatic breast-cancer "
	 "patients; PMID 35017776)", "organs preset=breast cells=1e6", "points",
	 0, 10, "within 10 percentage points; fitted: the breast soil factors "
	 "were set from these shares", breast},
	{"flow-only", "share of the breast pattern explained by blood flow "
	 "alone", "about 40% (average over seven solid tumours)",
	 "Font-Clos 2020, iScience 23:101073 (doi 10.1016/j.isci.2020.101073)",
	 "organs preset=breast cells=1e6 soil=0", "%", 20, 60,
	 "40% +/- 20 points: an average across tumour types, not a breast "
	 "figure", flow_only},
	{"coumans", "shed cells per metastasis in a patient",
	 "1 per 60 M",
	 "Coumans 2013, BMC Cancer 13:283 (PMID 23763955)",
	 "cascade preset=coumans2013", "cells", 6e6, 6e8,
	 "within an order of magnitude; fitted: take was set from this figure",
	 coumans},
};

#define NTARGETS (sizeof targets / sizeof targets[0])

size_t sim_target_count(void)
{
	return NTARGETS;
}

const struct sim_target *sim_target_at(size_t i)
{
	return i < NTARGETS ? &targets[i] : NULL;
}

enum sim_status sim_target_eval(const struct sim_target *t, uint64_t seed,
                                double *value, int *pass)
{
	enum sim_status st = t->eval(seed, value);
	*pass = st == SIM_OK && !isnan(*value) && *value >= t->lo &&
	        *value <= t->hi;
	return st;
}
