/* walk.c — an instructor's walkthrough in the pager: '}' and '{' step
 * through the stops (a page, maybe a heading, maybe a simulation opened
 * with its values and seed), and the stop's notes show in a pane at the
 * bottom that only this screen has ('o' hides it).  Reading and checking
 * the file is lesson/walkthrough.c's. */
#include <stdio.h>
#include <string.h>

#include "tui/app.h"
#include "tui/curses.h"

#define NOTES_MIN_LINES 16 /* below this terminal height the pane hides */

int walk_open(struct app *app)
{
	struct diags d;
	int rc;

	if (!app->opts->walkthrough)
		return 0;
	diags_init(&d);
	rc = walkthrough_load(&app->walk, app->opts->walkthrough, &app->course, &d);
	diags_print(&d, stderr);
	diags_free(&d);
	return rc;
}

/* Shows stop i: its page at its heading, and its simulation if any. */
void walk_show_stop(struct app *app, size_t i)
{
	const struct walk_stop *s = &app->walk.stops[i];
	long line = 0;

	app->stop = i;
	explorer_close(app);
	app_pop_to(app, 1);
	app->animating = false;
	if (s->heading) {
		size_t saved = app->current;

		app->current = s->page;
		line = layout_find_anchor(&app_view(app)->layout, s->heading);
		app->current = saved;
	}
	app_go(app, s->page, line < 0 ? 0 : line);
	if (s->quiz)
		quizplay_show(app, s->quiz - 1, true); /* Q puts it to the vote */
	if (s->has_sim && explorer_open(app, &s->sim, s->seed) != 0)
		snprintf(app->message, sizeof app->message, "Out of memory.");
	else if (s->has_sim) {
		if (s->pin)
			explorer_pin_baseline(app); /* "here is normal" */
		if (!s->run)
			explorer_veil(app); /* predict, then run */
	}
}

enum next walk_go(struct app *app, long delta)
{
	long to = (long)app->stop + delta;

	if (app->walk.nstops == 0) {
		snprintf(app->message, sizeof app->message,
		         "No walkthrough: start with cascade --walkthrough FILE.");
		return NEXT_REDRAW;
	}
	if (to < 0 || to >= (long)app->walk.nstops) {
		snprintf(app->message, sizeof app->message, "%s",
		         to < 0 ? "This is the first stop." : "This is the last stop.");
		return NEXT_REDRAW;
	}
	walk_show_stop(app, (size_t)to);
	return NEXT_REDRAW;
}

static const char *notes_of(const struct app *app)
{
	if (app->walk.nstops == 0 || app->notes_hidden || app->lines < NOTES_MIN_LINES)
		return NULL;
	return app->walk.stops[app->stop].notes;
}

int walk_notes_rows(const struct app *app)
{
	const char *notes = notes_of(app);
	int lines = 1;

	if (!notes)
		return 0;
	for (const char *s = notes; *s; s++)
		lines += *s == '\n';
	/* The notes' lines (wrapped, roughly), a rule above; a third at most. */
	lines = 1 + lines + (int)(strlen(notes) / (size_t)(app->cols > 20 ? app->cols : 20));
	return lines > app->lines / 3 ? app->lines / 3 : lines;
}

void walk_draw_notes(struct app *app)
{
	const char *notes = notes_of(app);
	int rows = walk_notes_rows(app), top = app->lines - 1 - rows;
	struct layout_opts o = { .width = (size_t)app->cols - 2, .charset = app->opts->charset };
	struct layout lo;
	char title[96];

	if (!notes || rows < 2)
		return;
	move(top, 0);
	clrtoeol();
	for (int c = 0; c < app->cols; c++)
		paint_text(app, top, c, app->opts->charset == CHARSET_ASCII ? "-" : "\u2500", ROLE_FRAME);
	snprintf(title, sizeof title, " Notes: stop %zu of %zu (o hides) ", app->stop + 1,
	         app->walk.nstops);
	paint_text(app, top, 2, title, ROLE_HEADING);
	if (layout_text(&lo, notes, &o) == 0)
		for (int r = 1; r < rows; r++) {
			move(top + r, 0);
			clrtoeol();
			if ((size_t)(r - 1) < lo.grid.len)
				paint_line_at(app, top + r, 1, &lo.grid.lines[r - 1], NULL, 0, app->cols - 2);
		}
	layout_free(&lo);
}

const char *walk_status(const struct app *app, char *buf, size_t size)
{
	if (app->walk.nstops == 0)
		buf[0] = '\0';
	else
		snprintf(buf, size, "Stop %zu/%zu  ", app->stop + 1, app->walk.nstops);
	return buf;
}

/* "in-the-blood" or "in-the-blood, at Platelets": where stop i goes. */
static void stop_place(const struct app *app, size_t i, char *buf, size_t size)
{
	const struct walk_stop *st = &app->walk.stops[i];
	const struct page *p = &app->course.pages[st->page];

	if (st->heading)
		snprintf(buf, size, "%s, at #%s%s", p->title, st->heading, st->has_sim ? ", with a simulation" : "");
	else
		snprintf(buf, size, "%s%s", p->title, st->has_sim ? ", with a simulation" : "");
}

void walk_notes_text(const struct app *app, char *buf, size_t size)
{
	char here[160], next[160];
	const struct walk_stop *st;
	int n;

	if (app->walk.nstops == 0) {
		snprintf(buf, size, "No walkthrough: this class was opened without one, so there are no "
		         "stop notes.  Lead with --walkthrough FILE to have each stop's notes here.\n");
		return;
	}
	st = &app->walk.stops[app->stop];
	stop_place(app, app->stop, here, sizeof here);
	if (app->stop + 1 < app->walk.nstops)
		stop_place(app, app->stop + 1, next, sizeof next);
	n = snprintf(buf, size, "Stop %zu of %zu: %s\n\n%s\n\n%s%s\n", app->stop + 1,
	             app->walk.nstops, here, st->notes ? st->notes : "(no notes for this stop)",
	             app->stop + 1 < app->walk.nstops ? "Next: " : "This is the last stop.",
	             app->stop + 1 < app->walk.nstops ? next : "");
	/* Cut short (the longest notes): end on a whole character. */
	if (n >= 0 && (size_t)n >= size && size > 1) {
		size_t last = size - 2; /* the last byte kept */
		unsigned char lead;
		size_t need;

		while (last > 0 && ((unsigned char)buf[last] & 0xc0) == 0x80)
			last--;
		lead = (unsigned char)buf[last];
		need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
		if (last + need > size - 1)
			buf[last] = '\0';
	}
}
