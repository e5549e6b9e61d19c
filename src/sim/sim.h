/* sim.h — the public face of the shared simulation core.
 *
 * Owns: model descriptors, the model registry, parameter sets, runs and the
 * series a run produces.  Uses libc, libm and GSL only: never files,
 * terminals, cmark or pcre2.  Nothing here prints or exits; every function
 * that can fail returns an enum sim_status.
 *
 * A run is a pure function of (model, parameter values, seed): the same
 * inputs give byte-identical series. */
#ifndef CASCADE_SIM_H
#define CASCADE_SIM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum sim_status {
	SIM_OK = 0,
	SIM_ENOMEM,          /* allocation failed */
	SIM_EUNKNOWN_PARAM,  /* no parameter of that name in the model */
	SIM_ERANGE,          /* value outside the parameter's [min, max] */
	SIM_ENOT_NUMBER,     /* text is not a finite number */
	SIM_EUNKNOWN_PRESET, /* no preset of that name in the model */
	SIM_EUNKNOWN_MODEL,  /* no model of that name (added for validate.c) */
	SIM_ENOT_INTEGER,    /* a fraction for a parameter that counts things */
	SIM_ENOT_CHOICE,     /* not one of a choice parameter's names */
};

/* What values a parameter takes.  A choice's values are 0, 1, ... n-1,
 * typed and shown by name (choices[i]); min is 0 and max n-1. */
enum sim_param_kind {
	SIM_PARAM_REAL = 0,  /* any number in [min, max] */
	SIM_PARAM_INTEGER,   /* whole numbers only (cells, cells per cluster) */
	SIM_PARAM_CHOICE,    /* one of choices[], by name */
};

/* How a series is best drawn; the chart layer decides the details. */
enum sim_chart_kind {
	SIM_CHART_LINE,      /* y against x (usually time) */
	SIM_CHART_BAR,       /* one labelled value per category */
	SIM_CHART_HISTOGRAM, /* raw samples, binned by the chart */
	SIM_CHART_FUNNEL,    /* labelled stages on a log axis */
};

struct sim_param {
	const char *name;    /* as typed: "platelets" */
	const char *unit;    /* "fraction", "min", "µm", "cells" ("" if none) */
	double min, max;     /* inclusive range; values outside are refused */
	double def;          /* default value */
	double step;         /* a fine step for explorers (a coarse one is 10x) */
	int log_scale;       /* nonzero: step multiplicatively (cells, rates) */
	const char *meaning; /* one line, for help and the explorer */
	const char *source;  /* where the default comes from, with PMID */
	enum sim_param_kind kind;    /* last, so models may name it first */
	const char *const *choices;  /* SIM_PARAM_CHOICE: names, NULL-ended */
};

struct sim_preset_value {
	const char *name;
	double value;
};

struct sim_preset {
	const char *name;                       /* "luzzi1998" */
	const char *meaning;                    /* one line */
	const char *source;                     /* citation with PMID */
	const struct sim_preset_value *values;  /* ended by a {NULL, 0} entry */
};

/* One series of a result.  For LINE charts x[] and y[] hold len points;
 * for BAR and FUNNEL charts labels[] and y[] hold len categories (x is
 * NULL); for HISTOGRAM y[] holds len samples (x and labels NULL). */
struct sim_series {
	char name[48];        /* legend text: "single cells", "lung" */
	const char *unit;     /* unit of y, static storage */
	size_t len, cap;      /* points held, points allocated */
	double *x;            /* owned by the series; may be NULL */
	double *y;            /* owned by the series */
	const char **labels;  /* static strings, owned array; may be NULL */
	bool published;       /* a source's figures, not the model's: NAN
	                         where the source gives none */
};

struct sim_model; /* the descriptor, below */

/* A named scalar a run produced ("half-life", "stopped").  values[0] of a
 * result is the model's headline outcome: the one a sweep plots. */
struct sim_value {
	const char *name;     /* static: "half-life of single cells" */
	const char *unit;     /* static: "min", "%", "cells" */
	double value;         /* NAN when undefined in this run */
};
#define SIM_MAX_VALUES 12

/* What one run produced.  Free with sim_result_free(). */
struct sim_result {
	const struct sim_model *model;
	uint64_t seed;
	double *params;              /* copy of the values used, nparams long */
	enum sim_chart_kind kind;    /* how to draw all series of this result */
	const char *x_title;         /* "time", static */
	const char *x_unit;          /* "h", "min", "µm", static */
	const char *y_title;         /* "cells alive", static */
	int y_log;                   /* nonzero: y spans decades, draw on log axis */
	double threshold;            /* HISTOGRAM: a marked x value; NAN if none */
	size_t nseries;
	struct sim_series *series;   /* owned array of nseries */
	char summary[160];           /* one line for people: "survivors fall..." */
	size_t nvalues;              /* scalars in values[]; values[0] = outcome */
	struct sim_value values[SIM_MAX_VALUES];
};

/* The most parameters a model may have: one limit for the sim blocks,
 * the explorer and the class (tests/sim check every model against it). */
#define SIM_MAX_PARAMS 16
/* The most presets a model may name. */
#define SIM_MAX_PRESETS 32

struct sim_model {
	const char *name;            /* "circulation" */
	const char *title;           /* "Surviving the blood" */
	int step;                    /* lesson page number it belongs to */
	const char *step_name;       /* "In the blood" */
	const struct sim_param *params;
	size_t nparams;
	const struct sim_preset *presets; /* ended by a {NULL} entry; may be NULL */
	/* Runs the model.  values[] holds nparams checked values; the result's
	 * series are allocated here.  Returns SIM_OK or SIM_ENOMEM. */
	enum sim_status (*run)(const double *values, uint64_t seed,
	                       struct sim_result *out);
};

/* The registry: the only list of models. */
size_t sim_model_count(void);
const struct sim_model *sim_model_at(size_t i);
const struct sim_model *sim_model_find(const char *name); /* NULL if none */
/* The registered name nearest to name (for "did you mean"), or NULL. */
const char *sim_model_suggest(const char *name);

/* Parameters. */
const struct sim_param *sim_param_find(const struct sim_model *m,
                                       const char *name, size_t *index);
const char *sim_param_suggest(const struct sim_model *m, const char *name);
/* Fill values[] (nparams long) with the defaults. */
void sim_defaults(const struct sim_model *m, double *values);
/* Parse text as a value for parameter index i and check its range; on
 * success store it in values[i].  Nothing is clamped.  Numbers are plain
 * decimals ("0.8", "-2", "1e6"; never "0x10", "inf" or "nan"); an integer
 * parameter refuses fractions, a choice takes a name (or its number). */
enum sim_status sim_set_param(const struct sim_model *m, double *values,
                              const char *name, const char *text);
/* text parsed as sim_set_param would, without storing it. */
enum sim_status sim_param_parse(const struct sim_param *p, const char *text,
                                double *out);
/* A value as it is typed on a command line: "colorectal", "0.8",
 * "1000000" (up to 15 significant digits, so it parses back exactly). */
void sim_param_text(char *buf, size_t size, const struct sim_param *p, double v);
/* A value for people to read: as sim_param_text while that needs no
 * exponent ("1800", "0.25", "breast"), else three digits and an SI
 * suffix ("2 M", "1 G"), never "2e6". */
void sim_param_people(char *buf, size_t size, const struct sim_param *p, double v);
/* What p takes, for messages: "one of breast, colorectal", "a whole
 * number from 1 to 1e9 (cells)", "a number from 0 to 1 (fraction)". */
void sim_param_range(char *buf, size_t size, const struct sim_param *p);
/* Why text is refused for p (st from sim_param_parse or sim_set_param),
 * the one wording for the command line, lint and the explorer:
 * "platelets=1.5 is out of range: platelets takes a number from 0 to 1
 * (fraction)". */
void sim_value_problem(char *buf, size_t size, const struct sim_param *p, const char *text,
                       enum sim_status st);
/* The number of a choice parameter's choices (0 for other kinds). */
size_t sim_param_nchoices(const struct sim_param *p);
/* "breast, colorectal": a choice parameter's names, for messages. */
void sim_param_choice_list(char *buf, size_t size, const struct sim_param *p);
/* The value one step from v (dir +1 or -1), on a 1-2-5 ladder (stepper.c):
 * linear parameters move by their step (10 steps when coarse) to the next
 * multiple of it; log-scale ones by the largest of 1, 2, 5 x 10^k that is
 * at most a fifth of the value (coarse: to the next 1, 2, 5 x 10^k);
 * integers stay whole; choices cycle.  The result stops at min and max:
 * it equals v when v is already at the end dir points to. */
double sim_param_step(const struct sim_param *p, double v, int dir, int coarse);
enum sim_status sim_apply_preset(const struct sim_model *m, double *values,
                                 const char *preset);
const char *sim_status_message(enum sim_status s);

/* Running. */
enum sim_status sim_run(const struct sim_model *m, const double *values,
                        uint64_t seed, struct sim_result *out);
void sim_result_free(struct sim_result *r);

/* Series helpers for models (and for tests that build series by hand). */
enum sim_status sim_series_init(struct sim_series *s, const char *name,
                                const char *unit, size_t cap, int with_x,
                                int with_labels);
enum sim_status sim_series_push(struct sim_series *s, double x, double y,
                                const char *label);
void sim_series_free(struct sim_series *s);

/* Looking things up in a result: the series or scalar of that name, or
 * NULL / NAN when the result has none. */
const struct sim_series *sim_result_series(const struct sim_result *r,
                                           const char *name);
double sim_result_value(const struct sim_result *r, const char *name);

/* Order statistics of several runs' outcomes (NANs are skipped), with
 * GSL's quantiles: the median and the 10th-90th percentile spread. */
struct sim_stats {
	size_t n;                  /* finite values used */
	double median, p10, p90;   /* NAN when n == 0 */
	double min, max, mean;
};
enum sim_status sim_stats_of(const double *x, size_t n, struct sim_stats *out);

/* The preset named name in m, or NULL; sim_preset_suggest as above. */
const struct sim_preset *sim_preset_find(const struct sim_model *m,
                                         const char *name);
const char *sim_preset_suggest(const struct sim_model *m, const char *name);

/* Calibration: the published figures the models must reproduce, the only
 * list of them (validate.c).  make check evaluates every target, and
 * `cascade sim --validate` prints them; doc/validation.md keeps a copy. */
struct sim_target {
	const char *id;        /* "shedding" */
	const char *claim;     /* what is reproduced, one line */
	const char *published; /* the figure as published: "1-2.4 h" */
	const char *source;    /* citation with PMID */
	const char *setup;     /* model, preset and overrides used, for people */
	const char *unit;      /* unit of the model output */
	double lo, hi;         /* accepted model output, inclusive */
	const char *tolerance; /* how [lo, hi] was chosen, for people */
	/* Computes the model output for this target from the given seed. */
	enum sim_status (*eval)(uint64_t seed, double *out);
};
size_t sim_target_count(void);
const struct sim_target *sim_target_at(size_t i);
/* Evaluates t with seed; *pass is set to whether lo <= value <= hi. */
enum sim_status sim_target_eval(const struct sim_target *t, uint64_t seed,
                                double *value, int *pass);

#endif
