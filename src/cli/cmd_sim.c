/* cmd_sim.c — `cascade sim`: list, describe, run, repeat, sweep, validate.
 *
 * Owns: the sim command's argument parsing and dispatch.  Every usage
 * error names the valid choices or range, with a "did you mean" for typos,
 * and exits 2; nothing runs with a clamped value.  Printing is in
 * sim_show.c and sim_info.c; all simulation work is the sim layer's. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/sim_cli.h"
#include "util/seed.h"
#include "view/chart.h"

#define MAXP SIM_CLI_MAXP
#define MAX_RUNS SIM_CLI_MAX_RUNS
#define MAX_SWEEP SIM_CLI_MAX_SWEEP

static const char *const format_names[] = {"table", "csv", "json", "chart"};

/* ---- messages ---------------------------------------------------------- */

static void join_models(char *buf, size_t size)
{
	buf[0] = '\0';
	for (size_t i = 0; i < sim_model_count(); i++) {
		size_t len = strlen(buf);
		snprintf(buf + len, size - len, "%s%s", i ? ", " : "",
		         sim_model_at(i)->name);
	}
}

static void join_params(const struct sim_model *m, char *buf, size_t size)
{
	buf[0] = '\0';
	for (size_t i = 0; i < m->nparams; i++) {
		size_t len = strlen(buf);
		snprintf(buf + len, size - len, "%s%s", i ? ", " : "",
		         m->params[i].name);
	}
}

static void join_presets(const struct sim_model *m, char *buf, size_t size)
{
	buf[0] = '\0';
	for (const struct sim_preset *p = m->presets; p && p->name; p++) {
		size_t len = strlen(buf);
		snprintf(buf + len, size - len, "%s%s", p == m->presets ? "" : ", ",
		         p->name);
	}
	if (!buf[0])
		snprintf(buf, size, "(none)");
}

static void did_you_mean(char *buf, size_t size, const char *guess)
{
	if (guess)
		snprintf(buf, size, " (did you mean '%s'?)", guess);
	else
		buf[0] = '\0';
}

static int model_error(const struct cli_ctx *ctx, const char *name)
{
	char all[256], hint[64];
	join_models(all, sizeof all);
	did_you_mean(hint, sizeof hint, sim_model_suggest(name));
	return cli_usage_error(ctx, "sim: unknown model '%s'%s; models: %s", name,
	                       hint, all);
}

/* The error for a failed sim_set_param of name=text. */
static int param_error(const struct cli_ctx *ctx, const struct sim_model *m,
                       const char *name, const char *text, enum sim_status st)
{
	char all[256], hint[64];
	const struct sim_param *p = sim_param_find(m, name, NULL);
	switch (st) {
	case SIM_EUNKNOWN_PARAM:
		join_params(m, all, sizeof all);
		did_you_mean(hint, sizeof hint, sim_param_suggest(m, name));
		return cli_usage_error(ctx, "sim %s: unknown parameter '%s'%s; "
		                       "parameters: %s", m->name, name, hint, all);
	default:
		sim_value_problem(all, sizeof all, p, text, st);
		return cli_usage_error(ctx, "sim %s: %s", m->name, all);
	}
}

static int preset_error(const struct cli_ctx *ctx, const struct sim_model *m,
                        const char *name)
{
	char all[256], hint[64];
	join_presets(m, all, sizeof all);
	did_you_mean(hint, sizeof hint, sim_preset_suggest(m, name));
	return cli_usage_error(ctx, "sim %s: unknown preset '%s'%s; presets: %s",
	                       m->name, name, hint, all);
}

/* ---- parsing ------------------------------------------------------------ */

/* "--name=value" or "--name value": the value, advancing *i; NULL if the
 * argument is not this option.  *missing is set when the value is absent. */
static const char *option(int argc, char **argv, int *i, const char *name,
                          int *missing)
{
	size_t n = strlen(name);
	const char *a = argv[*i];
	if (strncmp(a, name, n) != 0)
		return NULL;
	if (a[n] == '=')
		return a + n + 1;
	if (a[n] != '\0')
		return NULL;
	if (*i + 1 >= argc) {
		*missing = 1;
		return NULL;
	}
	return argv[++*i];
}

static int parse_sweep(const struct cli_ctx *ctx, struct sim_opts *o,
                       const char *text)
{
	const struct sim_model *m = o->model;
	char name[64], lo[64], hi[64], n[64];
	if (o->nsweeps == 2)
		return cli_usage_error(ctx, "sim %s: at most two --sweep options "
		                       "(one for a line, two for a heat map)", m->name);
	const char *eq = strchr(text, '=');
	if (!eq || (size_t)(eq - text) >= sizeof name ||
	    sscanf(eq + 1, "%63[^:]:%63[^:]:%63s", lo, hi, n) != 3)
		return cli_usage_error(ctx, "sim %s: --sweep wants param=lo:hi:n, "
		                       "e.g. --sweep platelets=0:1:11; got '%s'",
		                       m->name, text);
	memcpy(name, text, (size_t)(eq - text));
	name[eq - text] = '\0';
	struct sim_sweep *s = &o->sweeps[o->nsweeps];
	double tmp[MAXP];
	memcpy(tmp, o->values, sizeof tmp);
	enum sim_status st = sim_set_param(m, tmp, name, lo);
	if (st != SIM_OK)
		return param_error(ctx, m, name, lo, st);
	st = sim_set_param(m, tmp, name, hi);
	if (st != SIM_OK)
		return param_error(ctx, m, name, hi, st);
	sim_param_find(m, name, &s->index);
	s->lo = strtod(lo, NULL);
	s->hi = strtod(hi, NULL);
	long points;
	if (cli_parse_long(n, 2, MAX_SWEEP, &points))
		return cli_usage_error(ctx, "sim %s: --sweep %s: the number of "
		                       "points must be a whole number from 2 to %d; "
		                       "got '%s'", m->name, name, MAX_SWEEP, n);
	if (o->nsweeps == 1 && o->sweeps[0].index == s->index)
		return cli_usage_error(ctx, "sim %s: %s is swept twice", m->name, name);
	s->n = (size_t)points;
	o->nsweeps++;
	return 0;
}

/* Fills o from argv; returns -1 on success, else the exit status. */
static int parse(struct cli_ctx *ctx, int argc, char **argv, struct sim_opts *o)
{
	const char *preset = NULL, *fmt = NULL;
	const char *sweeps[2];
	size_t nsw = 0;
	o->seed = 1;
	o->runs = 1;
	for (int pass = 0; pass < 2; pass++) {
		/* pass 0: options; pass 1: param=value, after the preset */
		for (int i = 1; i < argc; i++) {
			const char *a = argv[i], *v;
			int missing = 0;
			if (strncmp(a, "preset=", 7) == 0) {
				/* as in lessons' sim blocks: same as --preset */
				preset = a + 7;
				continue;
			}
			if (a[0] != '-' || !a[1]) {
				if (pass == 0 && !o->model && !o->validate) {
					o->model = sim_model_find(a);
					if (!o->model)
						return model_error(ctx, a);
					sim_defaults(o->model, o->values);
					continue;
				}
				if (pass == 0 || (o->model && sim_model_find(a) == o->model &&
				                  !strchr(a, '=')))
					continue;
				const char *eq = strchr(a, '=');
				if (!o->model)
					return cli_usage_error(ctx, "sim: unexpected argument '%s'", a);
				if (!eq)
					return cli_usage_error(ctx, "sim %s: '%s' is not "
					                       "param=value", o->model->name, a);
				char name[64];
				size_t len = (size_t)(eq - a);
				if (len >= sizeof name)
					len = sizeof name - 1;
				memcpy(name, a, len);
				name[len] = '\0';
				enum sim_status st = sim_set_param(o->model, o->values, name,
				                                   eq + 1);
				if (st != SIM_OK)
					return param_error(ctx, o->model, name, eq + 1, st);
				continue;
			}
			if (strcmp(a, "--validate") == 0) {
				o->validate = 1;
			} else if ((v = option(argc, argv, &i, "--preset", &missing))) {
				preset = v;
			} else if ((v = option(argc, argv, &i, "--seed", &missing))) {
				uint64_t s;

				if (seed_parse(v, &s) != 0)
					return cli_usage_error(ctx, "sim: --seed wants "
					                       SEED_RANGE_TEXT "; got '%s'", v);
				o->seed = s;
			} else if ((v = option(argc, argv, &i, "--runs", &missing))) {
				if (cli_parse_long(v, 1, MAX_RUNS, &o->runs))
					return cli_usage_error(ctx, "sim: --runs wants a whole "
					                       "number from 1 to %d; got '%s'",
					                       MAX_RUNS, v);
			} else if ((v = option(argc, argv, &i, "--format", &missing))) {
				fmt = v;
			} else if ((v = option(argc, argv, &i, "--width", &missing))) {
				if (cli_parse_long(v, CHART_MIN_WIDTH, 300, &o->chart_width))
					return cli_usage_error(ctx, "sim: --width wants a whole number "
					                       "from %d to 300; got '%s'", CHART_MIN_WIDTH, v);
			} else if ((v = option(argc, argv, &i, "--height", &missing))) {
				if (cli_parse_long(v, CHART_MIN_HEIGHT, 100, &o->chart_height))
					return cli_usage_error(ctx, "sim: --height wants a whole number "
					                       "from %d to 100; got '%s'", CHART_MIN_HEIGHT, v);
			} else if ((v = option(argc, argv, &i, "--charset", &missing))) {
				if (charset_parse(v, &ctx->charset))
					return cli_usage_error(ctx, "sim: --charset must be ascii, blocks "
					                       "or braille; got '%s'", v);
			} else if ((v = option(argc, argv, &i, "--sweep", &missing))) {
				if (pass == 0 && nsw < 2)
					sweeps[nsw] = v;
				nsw += pass == 0;
			} else if (missing) {
				return cli_usage_error(ctx, "sim: option '%s' needs a value", a);
			} else {
				return cli_usage_error(ctx, "sim: unknown option '%s'; options: "
				                       "--preset P, --seed N, --runs K, "
				                       "--format table|csv|json|chart, --width W, "
				                       "--height H, --charset C, "
				                       "--sweep param=lo:hi:n, --validate", a);
			}
		}
		if (pass == 0) {
			if (fmt) {
				size_t k = 0;
				while (k < 4 && strcmp(fmt, format_names[k]) != 0)
					k++;
				if (k == 4)
					return cli_usage_error(ctx, "sim: unknown format '%s'; "
					                       "formats: table, csv, json, chart", fmt);
				o->format = (enum sim_format)k;
			}
			if (o->validate)
				return o->model ? cli_usage_error(ctx, "sim: --validate runs "
				                                  "every model; give no model")
				                : -1;
			if (!o->model)
				return cli_usage_error(ctx, "sim: which model? (see '%s sim "
				                       "list')", ctx->progname);
			if (preset) {
				if (sim_apply_preset(o->model, o->values, preset) != SIM_OK)
					return preset_error(ctx, o->model, preset);
			}
		}
	}
	if (nsw > 2)
		return cli_usage_error(ctx, "sim %s: at most two --sweep options (one "
		                       "for a line, two for a heat map)", o->model->name);
	for (size_t k = 0; k < nsw; k++) {
		int rc = parse_sweep(ctx, o, sweeps[k]);
		if (rc)
			return rc;
	}
	return -1;
}

int cmd_sim(struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error(ctx, "sim: which model? (see '%s sim list')",
		                       ctx->progname);
	if (strcmp(argv[1], "list") == 0) {
		if (argc > 2)
			return cli_usage_error(ctx, "sim list: unexpected argument '%s'",
			                       argv[2]);
		return sim_show_list();
	}
	if (strcmp(argv[1], "describe") == 0) {
		if (argc != 3)
			return cli_usage_error(ctx, "sim describe: give one model name "
			                       "(see '%s sim list')", ctx->progname);
		const struct sim_model *m = sim_model_find(argv[2]);
		return m ? sim_show_describe(ctx, m) : model_error(ctx, argv[2]);
	}
	struct sim_opts o = {0};
	int rc = parse(ctx, argc, argv, &o);
	if (rc >= 0)
		return rc;
	if (o.validate)
		return sim_show_validate(ctx, &o);
	if (o.nsweeps)
		return sim_show_sweep(ctx, &o);
	return o.runs > 1 ? sim_show_runs(ctx, &o) : sim_show_run(ctx, &o);
}
