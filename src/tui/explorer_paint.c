/* explorer_paint.c — the explorer's screen, laid out around the chart.
 *
 * From the top: the model's title with the command line that reproduces
 * the run (one row when both fit), the selected parameter, a one-line
 * summary of the others (or every parameter in aligned columns, on a
 * tall terminal or after `a`), the chart with every series and the pinned run, the run's
 * summary wrapped (for the moment reached while playing), and the status
 * line.  At 80x24 the chart keeps 18 rows: 12 or more for the plot.
 * Below EXPLORER_MIN_COLS x EXPLORER_MIN_ROWS it says how big the
 * terminal must be instead. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tui/app.h"
#include "tui/curses.h"
#include "tui/explorer_impl.h"
#include "util/numtext.h"
#include "util/utf8.h"
#include "view/chart.h"
#include "view/fit.h"
#include "view/layout.h"

#define SUMMARY_ROWS_MAX 3 /* rows the run's summary may wrap onto */
#define MEANING_MIN_COLS 8 /* columns below which a meaning is left off */

/* Display width of UTF-8 text. */
static int width_of(const char *s)
{
	size_t len = strlen(s);
	int w = 0;

	while (len > 0) {
		uint32_t cp;
		size_t n = utf8_decode(s, len, &cp);

		w += cell_width(cp);
		s += n;
		len -= n;
	}
	return w;
}

/* text wrapped at spaces to the screen's width, as lines of cells. */
static void wrap(struct app *app, struct layout *lo, const char *text)
{
	struct layout_opts o = { .width = (size_t)app->cols - 1,
	                         .charset = app->opts->charset };

	memset(lo, 0, sizeof *lo);
	if (layout_text(lo, text, &o) != 0)
		lo->grid.len = 0;
}

static int wrapped_rows(struct app *app, const char *text)
{
	struct layout lo;
	int n;

	wrap(app, &lo, text);
	n = (int)lo.grid.len;
	layout_free(&lo);
	return n;
}

/* The longest run of text's first words that, with an ellipsis, wraps
 * into max rows, into out: "1.28 G cells shed over 365 days…" rather
 * than a row that stops mid-sentence as if it were the end. */
static void shorten_to_rows(struct app *app, const char *text, int max, char *out, size_t size)
{
	size_t lo = 0, hi = strlen(text); /* a cut at lo fits; past hi does not */

	while (lo < hi) {
		size_t mid = lo + (hi - lo + 1) / 2, cut = mid;

		while (cut > 0 && text[cut] != ' ' && text[cut] != '\0')
			cut--; /* back to a word's end */
		snprintf(out, size, "%.*s\u2026", (int)cut, text);
		if (cut <= lo)
			hi = mid - 1; /* no word ends past lo up to mid */
		else if (wrapped_rows(app, out) <= max)
			lo = cut;
		else
			hi = cut - 1;
	}
	snprintf(out, size, "%.*s\u2026", (int)lo, text);
}

/* Paints up to max rows of text wrapped from row, ending in an ellipsis
 * when it needs more; returns the rows used. */
static int paint_wrapped(struct app *app, int row, int max, const char *text)
{
	struct layout lo;
	char shorter[1024];
	int n = 0;

	if (wrapped_rows(app, text) > max) {
		shorten_to_rows(app, text, max, shorter, sizeof shorter);
		text = shorter;
	}
	wrap(app, &lo, text);
	for (; n < max && (size_t)n < lo.grid.len; n++)
		paint_line_at(app, row + n, 1, &lo.grid.lines[n], NULL, 0, app->cols - 1);
	layout_free(&lo);
	return n;
}

/* "platelets=0 nk=2": parameters where the pinned run differs from now
 * (two at most, then how many more), or its seed. */
static void pinned_label(const struct explorer *e, char *buf, size_t size)
{
	size_t n = (size_t)snprintf(buf, size, "pinned:");
	size_t named = 0, more = 0;
	char text[64];

	for (size_t i = 0; i < e->model->nparams && n < size; i++) {
		const struct sim_param *p = &e->model->params[i];

		if (e->pinned.params[i] == e->values[i])
			continue;
		if (named == 2) {
			more++;
			continue;
		}
		sim_param_text(text, sizeof text, p, e->pinned.params[i]);
		n += (size_t)snprintf(buf + n, size - n, " %s=%s", p->name, text);
		named++;
	}
	if (more && n < size)
		snprintf(buf + n, size - n, " and %zu other%s", more, more == 1 ? "" : "s");
	else if (!named && n < size)
		snprintf(buf + n, size - n, " seed %llu", (unsigned long long)e->pinned.seed);
}

static void draw_chart(struct app *app, struct explorer *e, int row, int height)
{
	struct chart_opts o = {
		.width = (size_t)app->cols,
		.height = (size_t)height,
		.charset = app->opts->charset,
		.no_title = true,
	};
	char label[160];
	struct grid g;

	if (e->shown < explorer_points(&e->run))
		o.upto = e->shown;
	if (e->veiled && e->run.kind != SIM_CHART_LINE) {
		paint_text(app, row + height / 2, 2,
		           "The outcome is hidden until r: what do you expect?", ROLE_NOTICE);
		return;
	}
	if (e->veiled)
		o.upto = 1; /* the axes and where every series starts */
	if (e->has_pinned) {
		pinned_label(e, label, sizeof label);
		o.previous = &e->pinned;
		o.previous_label = label;
	}
	grid_init(&g, o.width);
	if (chart_draw_result(&g, &e->run, &o) == 0)
		for (size_t i = 0; i < g.len && (int)i < height; i++)
			paint_line(app, row + (int)i, &g.lines[i], NULL, 0);
	grid_free(&g);
}

/* "platelets 0.8 fraction": a parameter's name, value and unit. */
static void param_value(const struct sim_param *p, double v, char *buf, size_t size)
{
	char text[64];

	sim_param_people(text, sizeof text, p, v);
	snprintf(buf, size, "%s%s%s", text,
	         *p->unit && p->kind != SIM_PARAM_CHOICE ? " " : "",
	         p->kind != SIM_PARAM_CHOICE ? p->unit : "");
}

/* "0 to 1", "breast/colorectal": what a parameter takes, short. */
static void short_range(const struct sim_param *p, char *buf, size_t size)
{
	char lo[64], hi[64];
	size_t n = 0, k = sim_param_nchoices(p);

	buf[0] = '\0';
	for (size_t i = 0; i < k && n < size; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? "/" : "", p->choices[i]);
	if (k)
		return;
	sim_param_people(lo, sizeof lo, p, p->min);
	sim_param_people(hi, sizeof hi, p, p->max);
	snprintf(buf, size, "%s to %s", lo, hi);
}

/* Words that explain (a parameter's or a preset's meaning, the presets'
 * heading) from col to the row's end, in whole words with an ellipsis
 * where cut; left off where fewer than MEANING_MIN_COLS are free, as a
 * stub of a word says nothing. */
static void paint_meaning(struct app *app, int row, int col, const char *words)
{
	char fitted[512];
	int room = app->cols - col;

	if (room >= MEANING_MIN_COLS) {
		text_fit(words, (size_t)room, fitted, sizeof fitted);
		paint_text(app, row, col, fitted, ROLE_QUOTE);
	}
}

/* "> platelets = 0.8 fraction  (0 to 1)  fraction of units coated ..." */
static void draw_selected(struct app *app, struct explorer *e, int row)
{
	const struct sim_param *p = &e->model->params[e->sel];
	char value[96], range[160], line[512];
	int col;

	param_value(p, e->values[e->sel], value, sizeof value);
	short_range(p, range, sizeof range);
	snprintf(line, sizeof line, "%s = %s", p->name, value);
	paint_text(app, row, 0, ">", ROLE_MATCH);
	paint_text(app, row, 2, line, ROLE_MATCH);
	col = 2 + width_of(line) + 2;
	snprintf(line, sizeof line, "(%s)", range);
	paint_text(app, row, col, line, ROLE_QUOTE);
	paint_meaning(app, row, col + width_of(line) + 2, p->meaning);
}

/* "cells 1000 · nk 1 · minutes 240 ...": the parameters not selected, as
 * many as fit, then how to see them all. */
static void draw_others(struct app *app, struct explorer *e, int row)
{
	char line[512], item[128], text[64], hint[48];
	int avail;

	snprintf(hint, sizeof hint, "  (a: all %zu)", e->model->nparams);
	avail = app->cols - 3 - width_of(hint); /* from column 2 to the hint */
	/* all of them when they fit; else as many as leave room for " · +NN" */
	for (int room = avail, pass = 0; pass < 2; pass++, room = avail - 6) {
		size_t n = 0, left = 0;

		line[0] = '\0';
		for (size_t i = 0; i < e->model->nparams; i++) {
			const struct sim_param *p = &e->model->params[i];

			if (i == e->sel)
				continue;
			sim_param_people(text, sizeof text, p, e->values[i]);
			snprintf(item, sizeof item, "%s%s %s", n ? " \u00b7 " : "", p->name, text);
			if (left || width_of(line) + width_of(item) > room) {
				left++;
				continue;
			}
			snprintf(line + strlen(line), sizeof line - strlen(line), "%s", item);
			n++;
		}
		if (!left)
			break;
		if (pass == 1)
			snprintf(line + strlen(line), sizeof line - strlen(line), " \u00b7 +%zu", left);
	}
	paint_text(app, row, 2, line, ROLE_TEXT);
	paint_text(app, row, app->cols - width_of(hint) - 1, hint, ROLE_QUOTE);
}

/* Every parameter, one a row, in aligned columns. */
static void draw_all(struct app *app, struct explorer *e, int row)
{
	int namew = 0, valw = 0, rangew = 0;
	char value[96], range[160], line[512];

	for (size_t i = 0; i < e->model->nparams; i++) {
		const struct sim_param *p = &e->model->params[i];
		int w;

		param_value(p, e->values[i], value, sizeof value);
		namew = width_of(p->name) > namew ? width_of(p->name) : namew;
		w = width_of(value);
		valw = w > valw ? w : valw;
		short_range(p, range, sizeof range);
		w = width_of(range) + 2;
		rangew = w > rangew ? w : rangew;
	}
	for (size_t i = 0; i < e->model->nparams; i++) {
		const struct sim_param *p = &e->model->params[i];
		bool sel = i == e->sel;

		param_value(p, e->values[i], value, sizeof value);
		if (sel)
			paint_text(app, row + (int)i, 0, ">", ROLE_MATCH);
		paint_text(app, row + (int)i, 2, p->name, sel ? ROLE_MATCH : ROLE_TEXT);
		paint_text(app, row + (int)i, 2 + namew + 2, value, sel ? ROLE_MATCH : ROLE_TEXT);
		short_range(p, range, sizeof range);
		snprintf(line, sizeof line, "(%s)", range);
		paint_text(app, row + (int)i, 2 + namew + 2 + valw + 2, line, ROLE_QUOTE);
		paint_meaning(app, row + (int)i, 2 + namew + 2 + valw + 2 + rangew + 2,
		              p->meaning);
	}
}

/* The presets list: a heading, then one preset a row; returns the rows. */
static int draw_presets(struct app *app, struct explorer *e, int row)
{
	size_t n = explorer_npresets(e);
	int namew = 0;

	paint_meaning(app, row, 2, "Presets (Up/Down choose, Enter applies, Esc closes):");
	for (size_t i = 0; i < n; i++)
		namew = width_of(e->model->presets[i].name) > namew
		      ? width_of(e->model->presets[i].name) : namew;
	for (size_t i = 0; i < n; i++) {
		const struct sim_preset *p = &e->model->presets[i];
		bool sel = i == e->pick;

		if (sel)
			paint_text(app, row + 1 + (int)i, 0, ">", ROLE_MATCH);
		paint_text(app, row + 1 + (int)i, 2, p->name, sel ? ROLE_MATCH : ROLE_TEXT);
		paint_meaning(app, row + 1 + (int)i, 2 + namew + 2, p->meaning);
	}
	return 1 + (int)n;
}

/* The title and the command line: one row when both fit, else two. */
static int draw_header(struct app *app, struct explorer *e)
{
	char cmd[512], title[160];
	int tw, cw;

	snprintf(title, sizeof title, "%s%s", e->model->title, e->playing ? "  (playing)" : "");
	snprintf(cmd, sizeof cmd, "$ ");
	explorer_command(e, cmd + 2, sizeof cmd - 2);
	tw = width_of(title);
	cw = width_of(cmd);
	if (tw > app->cols) {
		char fitted[sizeof title + 8];

		text_fit(title, (size_t)app->cols, fitted, sizeof fitted);
		paint_text(app, 0, 0, fitted, ROLE_TITLE);
	} else {
		paint_text(app, 0, 0, title, ROLE_TITLE);
	}
	if (tw + 2 + cw <= app->cols) {
		paint_text(app, 0, app->cols - cw, cmd, ROLE_CODE);
		return 1;
	}
	return 1 + paint_wrapped(app, 1, 2, cmd);
}

static void too_small(struct app *app)
{
	char line[160];

	snprintf(line, sizeof line, "The explorer needs a terminal of at least %dx%d; this one "
	         "is %dx%d. Make it larger, or press q.", EXPLORER_MIN_COLS, EXPLORER_MIN_ROWS,
	         app->cols, app->lines);
	paint_wrapped(app, 0, app_text_rows(app), line);
}

/* " pinned: cells=10000 · pattern explained 98.8 % (now 98.9 %)": the
 * headline outcome of the pinned run beside the run shown's, so that what
 * a pin compares reads as numbers, not only as two lines; fitted to the
 * width.  False when there is nothing to compare (no pin, a veiled or
 * playing run, no outcome). */
static bool pinned_line(struct app *app, const struct explorer *e, char *buf, size_t size)
{
	const struct sim_value *was = e->pinned.nvalues ? &e->pinned.values[0] : NULL;
	const struct sim_value *now = e->run.nvalues ? &e->run.values[0] : NULL;
	char label[160], a[32], b[32], line[400];
	bool unit;

	if (!e->has_pinned || e->veiled || e->shown < explorer_points(&e->run) || !was || !now)
		return false;
	pinned_label(e, label, sizeof label);
	unit = *was->unit && strcmp(was->unit, was->name) != 0;
	numtext_people(a, sizeof a, was->value, 1);
	numtext_people(b, sizeof b, now->value, 1);
	snprintf(line, sizeof line, " %s \u00b7 %s %s%s%s (now %s%s%s)", label, was->name, a,
	         unit ? " " : "", unit ? was->unit : "", b, unit ? " " : "", unit ? was->unit : "");
	text_fit(line, (size_t)app->cols, buf, size);
	return true;
}

/* The run's summary: for the time reached while it plays or steps. */
static void summary_text(const struct explorer *e, char *buf, size_t size)
{
	if (e->veiled)
		snprintf(buf, size, "Predict first: what will happen?  r runs the simulation.");
	else if (e->shown < explorer_points(&e->run))
		chart_summary_at(buf, size, &e->run, e->shown ? e->shown - 1 : 0);
	else
		snprintf(buf, size, "%s", e->run.summary);
}

void explorer_paint(struct app *app, struct explorer *e)
{
	int rows = app_text_rows(app), row, chart_row, chart_h, srows, margin = 2;
	char summary[512], right[96], class[64], pinned[400];

	erase();
	snprintf(right, sizeof right, "%sh:help q:back", classroom_status(app, class, sizeof class));
	if (app->cols < EXPLORER_MIN_COLS || app->lines < EXPLORER_MIN_ROWS) {
		too_small(app);
		paint_status(app, app->message[0] ? app->message : "", right);
		app->message[0] = '\0';
		return;
	}
	row = draw_header(app, e);
	/* a tall terminal lists every parameter and still gives the chart 24
	 * rows; a flips between the list and the one-line summary */
	bool tall = rows - row - (int)e->model->nparams - SUMMARY_ROWS_MAX >= 24;

	summary_text(e, summary, sizeof summary);
	srows = wrapped_rows(app, summary);
	if (srows > SUMMARY_ROWS_MAX)
		srows = SUMMARY_ROWS_MAX;
	if (e->picking) {
		row += draw_presets(app, e, row);
	} else if (e->all_params != tall) {
		draw_all(app, e, row);
		row += (int)e->model->nparams;
	} else {
		draw_selected(app, e, row++);
		/* On the smallest screens the others' line gives way to a
		 * summary that would be cut to one row, and the chart to one row
		 * of its margin: the run's result is what the lesson is about. */
		if (srows > 1 && rows - row - 1 - srows < CHART_MIN_HEIGHT + margin)
			margin = 1;
		else
			draw_others(app, e, row++);
	}
	/* on a short terminal the chart keeps its least height first: the
	 * summary gives up rows down to one */
	while (srows > 1 && rows - row - srows < CHART_MIN_HEIGHT + margin)
		srows--;
	chart_row = row;
	chart_h = rows - chart_row - srows;
	/* a pinned run's outcome in numbers, above the summary, room allowing */
	if (chart_h - 1 >= CHART_MIN_HEIGHT + margin && pinned_line(app, e, pinned, sizeof pinned)) {
		chart_h--;
		paint_text(app, rows - srows - 1, 0, pinned, ROLE_CHART_LABEL);
	}
	if (chart_h >= CHART_MIN_HEIGHT)
		draw_chart(app, e, chart_row, chart_h);
	else
		paint_text(app, chart_row, 1, e->all_params != tall
		                              ? "No room for the chart: a shows it again."
		                              : "No room for the chart.", ROLE_NOTICE);
	paint_wrapped(app, rows - srows, srows, summary);
	if (e->confirming && !app->message[0])
		snprintf(app->message, sizeof app->message, "Overwrite? (y/n) %s exists",
		         e->pending_file);
	paint_status(app, app->message[0] ? app->message
	                                  : " \u2190\u2192 change  \u2191\u2193 choose  a all  "
	                                    "P pin  U unpin  p play  x export",
	             right);
	app->message[0] = '\0';
}
