/* explorer.c — the simulation explorer: a sim block's model opened over
 * the lesson with its parameters, run, stepped or played, pinned for
 * comparison, exported as CSV, and closed back to the same place. */
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
#include "view/chart.h"
#include "view/export.h"

#define LOG_FINE 1.2589254117941673 /* 10^(1/10): ten fine steps a decade */

struct explorer {
	const struct sim_model *model;
	double block_values[SIMBLOCK_MAX_PARAMS]; /* as the lesson set them */
	double values[SIMBLOCK_MAX_PARAMS];       /* as the student set them */
	uint64_t seed;
	struct sim_result run, pinned;
	bool has_run, has_pinned, changed;
	size_t sel;          /* selected parameter */
	size_t shown;        /* points of the run drawn: step and play grow it */
	uint32_t runs;       /* runs since opened, so a class can follow them */
	bool playing;
	char pending_file[96]; /* export waiting for "overwrite?" */
	char prompt_label[64]; /* "platelets = " while a value is typed */
};

/* The number of points a run can be stepped through. */
static size_t run_points(const struct sim_result *r)
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
	e->changed = false;
	e->shown = from_start ? 1 : run_points(&r);
	return true;
}

/* "cascade sim circulation platelets=0.8 --seed 1": what reproduces the run. */
static void command_line(const struct explorer *e, char *buf, size_t size)
{
	size_t n = (size_t)snprintf(buf, size, "cascade sim %s", e->model->name);

	for (size_t i = 0; i < e->model->nparams && n < size; i++)
		if (e->values[i] != e->model->params[i].def)
			n += (size_t)snprintf(buf + n, size - n, " %s=%.15g",
			                      e->model->params[i].name, e->values[i]);
	if (n < size)
		snprintf(buf + n, size - n, " --seed %llu", (unsigned long long)e->seed);
}

/* "platelets=0.8 nk=1": parameters where the pinned run differs from now. */
static void pinned_label(const struct explorer *e, char *buf, size_t size)
{
	size_t n = (size_t)snprintf(buf, size, "pinned:");
	bool any = false;

	for (size_t i = 0; i < e->model->nparams && n < size; i++) {
		if (e->pinned.params[i] == e->values[i])
			continue;
		n += (size_t)snprintf(buf + n, size - n, " %s=%.6g", e->model->params[i].name,
		                      e->pinned.params[i]);
		any = true;
	}
	if (!any && n < size)
		snprintf(buf + n, size - n, " seed %llu", (unsigned long long)e->pinned.seed);
}

static void draw_params(struct app *app, struct explorer *e, int row)
{
	char line[256];

	for (size_t i = 0; i < e->model->nparams; i++) {
		const struct sim_param *p = &e->model->params[i];

		snprintf(line, sizeof line, "%s %-14s %12.6g %-9s [%g to %g]",
		         i == e->sel ? ">" : " ", p->name, e->values[i], p->unit, p->min, p->max);
		move(row + (int)i, 0);
		clrtoeol();
		paint_text(app, row + (int)i, 1, line, i == e->sel ? ROLE_MATCH : ROLE_TEXT);
	}
}

static void draw_chart(struct app *app, struct explorer *e, int row, int height)
{
	struct chart_opts o = {
		.width = (size_t)app->cols,
		.height = (size_t)height,
		.charset = app->opts->charset,
		.stamp = false,
	};
	struct sim_result shown;
	size_t saved[8] = { 0 };
	char label[160];
	struct grid g;

	if (!e->has_run) {
		paint_text(app, row, 1, "Press r to run the simulation.", ROLE_NOTICE);
		return;
	}
	/* Draw only the points stepped through so far. */
	shown = e->run;
	for (size_t i = 0; i < shown.nseries && i < 8 && shown.kind == SIM_CHART_LINE; i++) {
		saved[i] = shown.series[i].len;
		if (shown.series[i].len > e->shown)
			shown.series[i].len = e->shown;
	}
	if (e->has_pinned) {
		pinned_label(e, label, sizeof label);
		o.previous = &e->pinned;
		o.previous_label = label;
	}
	grid_init(&g, o.width);
	if (chart_draw_result(&g, &shown, &o) == 0)
		for (size_t i = 0; i < g.len && (int)i < height; i++)
			paint_line(app, row + (int)i, &g.lines[i], NULL, 0);
	grid_free(&g);
	for (size_t i = 0; i < shown.nseries && i < 8 && shown.kind == SIM_CHART_LINE; i++)
		e->run.series[i].len = saved[i];
}

static void explorer_paint(struct app *app, struct explorer *e);

static void explorer_draw(struct app *app)
{
	struct explorer *e = app->explorer;

	app->animating = e->playing;
	explorer_paint(app, e);
}

static void explorer_paint(struct app *app, struct explorer *e)
{
	int rows = app_text_rows(app);
	int np = (int)e->model->nparams;
	int chart_row = np + 4, chart_h = rows - chart_row - 1;
	const struct sim_param *p = &e->model->params[e->sel];
	char line[512];

	erase();
	snprintf(line, sizeof line, "Explorer: %s  (seed %llu)%s", e->model->title,
	         (unsigned long long)e->seed, e->playing ? "  playing" : "");
	paint_text(app, 0, 0, line, ROLE_TITLE);
	draw_params(app, e, 1);
	snprintf(line, sizeof line, "  %s: %s", p->name, p->meaning);
	paint_text(app, np + 1, 0, line, ROLE_QUOTE);
	strcpy(line, "  $ ");
	command_line(e, line + 4, sizeof line - 4);
	paint_text(app, np + 2, 0, line, ROLE_CODE);
	if (chart_h >= 3)
		draw_chart(app, e, chart_row, chart_h);
	if (e->has_run && rows - 1 > chart_row)
		paint_text(app, rows - 1, 1, e->changed ? "Changed: press r to run with these values."
		                                        : e->run.summary,
		           e->changed ? ROLE_NOTICE : ROLE_TEXT);
	char right[96], class[64];

	snprintf(right, sizeof right, "%sh:help q:back", classroom_status(app, class, sizeof class));
	paint_status(app, app->message[0] ? app->message : " r:run s:step p:play P:pin x:export",
	             right);
	app->message[0] = '\0';
}

/* Sets parameter sel to v if v is inside its range; else says why not. */
static void try_value(struct app *app, struct explorer *e, double v)
{
	const struct sim_param *p = &e->model->params[e->sel];
	char range[96];

	if (!(v >= p->min && v <= p->max)) {
		snprintf(range, sizeof range, "%g to %g %s", p->min, p->max, p->unit);
		say(app, "Refused: %s must stay within %s.", p->name, range);
		return;
	}
	e->values[e->sel] = v;
	e->changed = true;
}

static void nudge(struct app *app, struct explorer *e, int dir, bool coarse)
{
	const struct sim_param *p = &e->model->params[e->sel];
	double v = e->values[e->sel];

	if (p->log_scale && v > 0)
		v = dir > 0 ? v * (coarse ? 10 : LOG_FINE) : v / (coarse ? 10 : LOG_FINE);
	else
		v += dir * p->step * (coarse ? 10 : 1);
	/* Snap away floating-point dust from repeated steps (0.30000000000000004). */
	v = round(v * 1e9) / 1e9;
	try_value(app, e, v);
}

static enum next value_typed(struct app *app, const char *text)
{
	struct explorer *e = app->explorer;
	double copy[SIMBLOCK_MAX_PARAMS];
	const struct sim_param *p = &e->model->params[e->sel];
	enum sim_status st;

	memcpy(copy, e->values, sizeof copy);
	st = sim_set_param(e->model, copy, p->name, text);
	if (st == SIM_OK) {
		memcpy(e->values, copy, sizeof copy);
		e->changed = true;
	} else {
		char range[96];

		snprintf(range, sizeof range, "%g to %g", p->min, p->max);
		if (st == SIM_ERANGE)
			say(app, "Refused: %s must stay within %s.", p->name, range);
		else
			say(app, "Refused: '%.60s' is not a number for %s.", text, p->name);
	}
	return NEXT_REDRAW;
}

static enum next seed_typed(struct app *app, const char *text)
{
	struct explorer *e = app->explorer;
	char *end;
	unsigned long long s;

	errno = 0;
	s = strtoull(text, &end, 10);
	if (errno || end == text || *end || text[0] == '-') {
		say(app, "Refused: '%.60s' is not a seed (a whole number, 0 or more).", text);
		return NEXT_REDRAW;
	}
	e->seed = s;
	run_now(app, e, false);
	return NEXT_REDRAW;
}

static void write_csv(struct app *app, struct explorer *e, const char *name)
{
	FILE *f = fopen(name, "w");

	if (!f || export_csv(f, &e->run) != 0 || fclose(f) != 0) {
		say(app, "Could not write %s: %s", name, strerror(errno));
		return;
	}
	say(app, "Wrote %s (CSV).", name);
}

static enum next overwrite_answer(struct app *app, const char *text)
{
	struct explorer *e = app->explorer;

	if (text[0] == 'y' || text[0] == 'Y')
		write_csv(app, e, e->pending_file);
	else
		say(app, "Not written: %s already exists.", e->pending_file);
	return NEXT_REDRAW;
}

static void export(struct app *app, struct explorer *e)
{
	struct stat st;

	if (app->opts->restricted) {
		say(app, "Export is turned off in restricted mode.");
		return;
	}
	if (!e->has_run) {
		say(app, "Nothing to export yet: press r to run.");
		return;
	}
	snprintf(e->pending_file, sizeof e->pending_file, "cascade-%s-seed%llu.csv",
	         e->model->name, (unsigned long long)e->seed);
	if (stat(e->pending_file, &st) == 0) {
		app_prompt(app, "File exists; overwrite? (y/n) ", NULL, overwrite_answer);
		return;
	}
	write_csv(app, e, e->pending_file);
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
	say(app, "Pinned. Change something and press r: both runs are drawn.");
}

static enum next explorer_key(struct app *app, enum action action, int key)
{
	struct explorer *e = app->explorer;
	size_t np = e->model->nparams;

	(void)key;
	switch (action) {
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
	case ACT_RUN: e->playing = false; run_now(app, e, false); break;
	case ACT_STEP:
		e->playing = false;
		if (!e->has_run || e->changed)
			run_now(app, e, true);
		else if (e->shown < run_points(&e->run))
			e->shown++;
		break;
	case ACT_PLAY:
		e->playing = !e->playing;
		if (e->playing && (!e->has_run || e->changed || e->shown >= run_points(&e->run)))
			run_now(app, e, true);
		break;
	case ACT_PIN: pin(app, e); break;
	case ACT_UNPIN:
		if (e->has_pinned)
			sim_result_free(&e->pinned);
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
	case ACT_HELP: help_open(app, SCOPE_EXPLORER); break;
	case ACT_REDRAW: clearok(curscr, TRUE); break;
	case ACT_CANCEL:
	case ACT_QUIT:
		explorer_close(app);
		app->animating = false;
		return NEXT_CLOSE;
	default:
		return NEXT_NONE;
	}
	return NEXT_REDRAW;
}

/* While playing: one more point per tick, until the run is all shown. */
static bool explorer_tick(struct app *app)
{
	struct explorer *e = app->explorer;

	if (!e || !e->playing || !e->has_run)
		return false;
	if (e->shown < run_points(&e->run))
		e->shown++;
	if (e->shown >= run_points(&e->run))
		e->playing = false;
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
	*runs = e->runs;
	return true;
}

void explorer_sync(struct app *app, const struct simblock *sb, uint64_t seed, uint32_t runs)
{
	struct explorer *e = app->explorer;

	if (!e || e->model != sb->model) {
		explorer_open(app, sb, seed);
		if (app->explorer)
			app->explorer->runs = runs;
		return;
	}
	memcpy(e->values, sb->values, sizeof e->values);
	e->seed = seed;
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
