/* explorer.c — the simulation explorer: a sim block's model opened over
 * the lesson, run again on every change so the chart follows each key,
 * stepped or played, pinned for comparison, exported as CSV, and closed
 * back to the same place.  The keys and the runs are here; the screen is
 * painted by explorer_paint.c. */
#include <errno.h>
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lesson/simblock.h"
#include "tui/app.h"
#include "tui/curses.h"
#include "tui/explorer_impl.h"
#include "view/chart.h"
#include "view/export.h"
#include "util/seed.h"

size_t explorer_points(const struct sim_result *r)
{
	return r->kind == SIM_CHART_LINE && r->nseries ? r->series[0].len : 1;
}

static void say(struct app *app, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A line for the status bar, shown once. */
static void say(struct app *app, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(app->message, sizeof app->message, fmt, ap);
	va_end(ap);
}

static bool run_now(struct app *app, struct explorer *e, bool from_start)
{
	struct sim_result r;

	if (sim_run(e->model, e->values, e->seed, &r) != SIM_OK) {
		say(app, "Out of memory running the model.");
		return false;
	}
	if (e->has_run)
		sim_result_free(&e->run);
	e->run = r;
	e->has_run = true;
	e->runs++;
	e->shown = from_start ? 1 : explorer_points(&r);
	return true;
}

void explorer_command(const struct explorer *e, char *buf, size_t size)
{
	size_t n = (size_t)snprintf(buf, size, "cascade sim %s", e->model->name);
	char text[64];

	for (size_t i = 0; i < e->model->nparams && n < size; i++)
		if (e->values[i] != e->model->params[i].def) {
			sim_param_text(text, sizeof text, &e->model->params[i], e->values[i]);
			n += (size_t)snprintf(buf + n, size - n, " %s=%s",
			                      e->model->params[i].name, text);
		}
	if (n < size)
		snprintf(buf + n, size - n, " --seed %llu", (unsigned long long)e->seed);
}

static void explorer_draw(struct app *app)
{
	struct explorer *e = app->explorer;

	app->animating = e->playing;
	explorer_paint(app, e);
}

/* Runs again with parameter sel set to v: the chart answers every key. */
static void set_value(struct app *app, struct explorer *e, double v)
{
	e->values[e->sel] = v;
	e->playing = false;
	run_now(app, e, false);
}

static void nudge(struct app *app, struct explorer *e, int dir, bool coarse)
{
	const struct sim_param *p = &e->model->params[e->sel];
	double v = e->values[e->sel], next = sim_param_step(p, v, dir, coarse);
	char text[64];

	if (next == v) {
		sim_param_people(text, sizeof text, p, v);
		say(app, "%s is at its %s, %s.", p->name, dir > 0 ? "maximum" : "minimum", text);
		return;
	}
	set_value(app, e, next);
}

static enum next value_typed(struct app *app, const char *text)
{
	struct explorer *e = app->explorer;
	const struct sim_param *p = &e->model->params[e->sel];
	char range[400];
	double v;
	enum sim_status st;

	if (text[0] == '\0') {
		say(app, "Cancelled: %s is unchanged.", p->name);
		return NEXT_REDRAW;
	}
	st = sim_param_parse(p, text, &v);
	if (st == SIM_OK) {
		set_value(app, e, v);
		return NEXT_REDRAW;
	}
	/* one message for every refusal: what was typed, and what is taken */
	sim_value_problem(range, sizeof range, p, text, st);
	say(app, "Refused: %s.", range);
	return NEXT_REDRAW;
}

static enum next seed_typed(struct app *app, const char *text)
{
	struct explorer *e = app->explorer;
	uint64_t s;

	if (!*text)
		return NEXT_REDRAW; /* an empty entry cancels */
	if (seed_parse(text, &s) != 0) {
		say(app, "Refused: '%.60s' is not a seed (" SEED_RANGE_TEXT ").", text);
		return NEXT_REDRAW;
	}
	e->seed = s;
	run_now(app, e, false);
	return NEXT_REDRAW;
}

/* "/home/ana/work": where the explorer writes, for its messages. */
static const char *here(char *buf, size_t size)
{
	if (!getcwd(buf, size))
		snprintf(buf, size, "the current directory");
	return buf;
}

static void write_csv(struct app *app, struct explorer *e, const char *name)
{
	FILE *f = fopen(name, "w");
	char dir[256];

	if (!f || export_csv(f, &e->run) != 0 || fclose(f) != 0) {
		say(app, "Could not write %s: %s", name, strerror(errno));
		return;
	}
	say(app, "Wrote %s in %s", name, here(dir, sizeof dir));
}

/* The key after "overwrite? (y/n)": y writes, anything else keeps. */
static void overwrite_answer(struct app *app, struct explorer *e, int key)
{
	e->confirming = false;
	if (key == 'y' || key == 'Y')
		write_csv(app, e, e->pending_file);
	else
		say(app, "Not written: %s is unchanged.", e->pending_file);
}

static void export(struct app *app, struct explorer *e)
{
	struct stat st;
	char dir[256];

	if (app->opts->restricted) {
		say(app, "Export is turned off in restricted mode.");
		return;
	}
	if (!e->has_run) {
		say(app, "Nothing to export yet: press r to run.");
		return;
	}
	export_file_name(e->pending_file, sizeof e->pending_file, &e->run);
	if (stat(e->pending_file, &st) == 0) {
		e->confirming = true;
		say(app, "Overwrite? (y/n) %s exists in %s", e->pending_file, here(dir, sizeof dir));
		return;
	}
	write_csv(app, e, e->pending_file);
}

size_t explorer_npresets(const struct explorer *e)
{
	size_t n = 0;

	for (const struct sim_preset *p = e->model->presets; p && p->name; p++)
		n++;
	return n;
}

/* The model's defaults with preset i applied, run at once. */
static void apply_preset(struct app *app, struct explorer *e, size_t i)
{
	const struct sim_preset *p = &e->model->presets[i];
	double v[SIMBLOCK_MAX_PARAMS];

	memcpy(v, e->values, sizeof v);
	sim_defaults(e->model, v);
	if (sim_apply_preset(e->model, v, p->name) != SIM_OK) {
		say(app, "The preset %s cannot be applied.", p->name);
		return;
	}
	memcpy(e->values, v, sizeof v);
	e->picking = false;
	e->playing = false;
	run_now(app, e, false);
	say(app, "Preset %s: %s", p->name, p->meaning);
}

/* Keys while the presets list is open: Up/Down choose, Enter applies,
 * Esc, q or the list's key again close it. */
static enum next pick_key(struct app *app, struct explorer *e, enum action action)
{
	size_t n = explorer_npresets(e);

	switch (action) {
	case ACT_PARAM_NEXT: e->pick = (e->pick + 1) % n; break;
	case ACT_PARAM_PREV: e->pick = (e->pick + n - 1) % n; break;
	case ACT_VALUE_TYPE: apply_preset(app, e, e->pick); break;
	case ACT_PRESETS:
	case ACT_CANCEL:
	case ACT_QUIT: e->picking = false; break;
	default: return NEXT_IGNORED; /* help and redraw: the global keys */
	}
	return NEXT_REDRAW;
}

static uint64_t fresh_seed(uint64_t old)
{
	uint64_t s = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32) ^ (old * 0x9e3779b97f4a7c15u);

	return s % 1000000u; /* short enough to read out and type */
}

static void pin(struct app *app, struct explorer *e)
{
	if (!e->has_run) {
		say(app, "Run first, then pin the run to compare with it.");
		return;
	}
	if (e->has_pinned)
		sim_result_free(&e->pinned);
	e->pinned = e->run;
	e->has_pinned = true;
	e->has_run = false;
	run_now(app, e, false);
	say(app, "Pinned (drawn dim). Change a value to compare; U unpins.");
}

/* The end of the run as the student sees it: "240 min". */
static void run_end(const struct explorer *e, char *buf, size_t size)
{
	const struct sim_series *s = e->run.nseries ? &e->run.series[0] : NULL;

	if (!s || !s->len || !s->x)
		snprintf(buf, size, "the last point");
	else
		chart_format_duration(buf, size, s->x[s->len - 1], e->run.x_unit);
}

static void step(struct app *app, struct explorer *e)
{
	char end[48];

	e->playing = false;
	if (!e->has_run) {
		run_now(app, e, true);
		return;
	}
	if (e->shown >= explorer_points(&e->run)) {
		if (e->run.kind != SIM_CHART_LINE) {
			say(app, "This chart has no time steps: it shows the whole run.");
			return;
		}
		run_end(e, end, sizeof end);
		say(app, "End of the run (%s): p plays it again from the start.", end);
		return;
	}
	e->shown++;
}

static enum next explorer_key(struct app *app, enum action action, int key)
{
	struct explorer *e = app->explorer;
	size_t np = e->model->nparams;

	if (e->confirming) {
		overwrite_answer(app, e, key);
		return NEXT_REDRAW;
	}
	if (e->picking)
		return pick_key(app, e, action);
	switch (action) {
	case ACT_PRESETS:
		if (explorer_npresets(e) == 0) {
			say(app, "This model has no presets.");
			break;
		}
		e->picking = true;
		e->pick = 0;
		break;
	case ACT_PARAM_NEXT: e->sel = (e->sel + 1) % np; break;
	case ACT_PARAM_PREV: e->sel = (e->sel + np - 1) % np; break;
	case ACT_VALUE_UP: nudge(app, e, 1, false); break;
	case ACT_VALUE_DOWN: nudge(app, e, -1, false); break;
	case ACT_VALUE_UP_BIG: nudge(app, e, 1, true); break;
	case ACT_VALUE_DOWN_BIG: nudge(app, e, -1, true); break;
	case ACT_VALUE_TYPE:
		snprintf(e->prompt_label, sizeof e->prompt_label, "%s = ",
		         e->model->params[e->sel].name);
		app_prompt(app, e->prompt_label, NULL, value_typed);
		break;
	case ACT_RUN:
		e->playing = false;
		e->veiled = false; /* the prediction is made: show the outcome */
		run_now(app, e, false);
		break;
	case ACT_STEP: step(app, e); break;
	case ACT_PLAY:
		e->playing = !e->playing;
		if (e->playing && e->run.kind != SIM_CHART_LINE) {
			e->playing = false;
			say(app, "This chart has no time steps: it shows the whole run.");
		} else if (e->playing && (!e->has_run || e->shown >= explorer_points(&e->run))) {
			run_now(app, e, true);
		}
		break;
	case ACT_PARAM_LIST: e->all_params = !e->all_params; break;
	case ACT_PIN: pin(app, e); break;
	case ACT_UNPIN:
		if (e->has_pinned) {
			sim_result_free(&e->pinned);
			say(app, "Unpinned.");
		} else {
			say(app, "Nothing is pinned: P pins the run shown.");
		}
		e->has_pinned = false;
		break;
	case ACT_EXPORT: export(app, e); break;
	case ACT_RESET_BLOCK:
		memcpy(e->values, e->block_values, sizeof e->values);
		run_now(app, e, false);
		break;
	case ACT_RESET_DEFAULTS:
		sim_defaults(e->model, e->values);
		run_now(app, e, false);
		break;
	case ACT_NEW_SEED: e->seed = fresh_seed(e->seed); run_now(app, e, false); break;
	case ACT_SET_SEED: app_prompt(app, "Seed: ", NULL, seed_typed); break;
	case ACT_CANCEL:
	case ACT_QUIT:
		explorer_close(app);
		app->animating = false;
		return NEXT_CLOSE;
	default:
		return NEXT_IGNORED; /* help (at these keys) and redraw: the global keys */
	}
	return NEXT_REDRAW;
}

/* While playing: one more point per tick, until the run is all shown. */
static bool explorer_tick(struct app *app)
{
	struct explorer *e = app->explorer;

	if (!e || !e->playing || !e->has_run)
		return false;
	if (e->shown < explorer_points(&e->run))
		e->shown++;
	if (e->shown >= explorer_points(&e->run)) {
		char end[48];

		e->playing = false;
		run_end(e, end, sizeof end);
		say(app, "Played to the end of the run (%s).", end);
	}
	return true;
}

int explorer_open(struct app *app, const struct simblock *sb, uint64_t seed)
{
	struct explorer *e = calloc(1, sizeof *e);

	if (!e)
		return -1;
	explorer_close(app); /* one explorer at a time */
	e->model = sb->model;
	memcpy(e->block_values, sb->values, sizeof e->block_values);
	memcpy(e->values, sb->values, sizeof e->values);
	e->seed = seed;
	app->explorer = e;
	run_now(app, e, false);
	app_push(app, &explorer_screen);
	session_sim_opened(app, e->model->name);
	return 0;
}

bool explorer_get(const struct app *app, const struct sim_model **model, const double **values,
                  uint64_t *seed, uint32_t *runs)
{
	const struct explorer *e = app->explorer;

	if (!e)
		return false;
	*model = e->model;
	*values = e->has_run ? e->run.params : e->values;
	*seed = e->has_run ? e->run.seed : e->seed;
	*runs = e->veiled ? 0 : e->runs; /* 0: the class is asked to predict */
	return true;
}

const char *explorer_get_panel(const struct app *app, bool *all_params)
{
	const struct explorer *e = app->explorer;

	if (!e)
		return NULL;
	*all_params = e->all_params;
	return e->model->params[e->sel].name;
}

void explorer_sync_panel(struct app *app, const char *selected, bool all_params)
{
	struct explorer *e = app->explorer;
	size_t k;

	if (!e)
		return;
	e->all_params = all_params;
	if (selected && *selected && sim_param_find(e->model, selected, &k))
		e->sel = k;
}

bool explorer_get_pin(const struct app *app, const double **values, uint64_t *seed)
{
	const struct explorer *e = app->explorer;

	if (!e || !e->has_pinned)
		return false;
	*values = e->pinned.params;
	*seed = e->pinned.seed;
	return true;
}

void explorer_sync_pin(struct app *app, const double *values, uint64_t seed)
{
	struct explorer *e = app->explorer;
	struct sim_result r;

	if (!e)
		return;
	if (!values) {
		if (e->has_pinned)
			sim_result_free(&e->pinned);
		e->has_pinned = false;
		return;
	}
	if (e->has_pinned && e->pinned.seed == seed &&
	    memcmp(e->pinned.params, values, e->model->nparams * sizeof *values) == 0)
		return; /* the same pin */
	if (sim_run(e->model, values, seed, &r) != SIM_OK)
		return;
	if (e->has_pinned)
		sim_result_free(&e->pinned);
	e->pinned = r;
	e->has_pinned = true;
}

void explorer_pin_baseline(struct app *app)
{
	if (app->explorer)
		pin(app, app->explorer);
}

void explorer_veil(struct app *app)
{
	if (app->explorer)
		app->explorer->veiled = true;
}

void explorer_sync(struct app *app, const struct simblock *sb, uint64_t seed, uint32_t runs)
{
	struct explorer *e = app->explorer;

	if (!e || e->model != sb->model) {
		explorer_open(app, sb, seed);
		if ((e = app->explorer) != NULL) {
			e->runs = runs;
			e->veiled = runs == 0;
		}
		return;
	}
	memcpy(e->values, sb->values, sizeof e->values);
	e->seed = seed;
	e->veiled = runs == 0;
	if (runs != e->runs) {
		run_now(app, e, false);
		e->runs = runs;
	}
}

void explorer_close(struct app *app)
{
	struct explorer *e = app->explorer;

	if (!e)
		return;
	if (e->has_run)
		sim_result_free(&e->run);
	if (e->has_pinned)
		sim_result_free(&e->pinned);
	free(e);
	app->explorer = NULL;
}

const struct screen_ops explorer_screen = {
	.name = "explorer",
	.scope = SCOPE_EXPLORER,
	.draw = explorer_draw,
	.key = explorer_key,
	.resize = NULL,
	.tick = explorer_tick,
};
