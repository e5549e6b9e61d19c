/* session.c — the student's progress as the pager sees it: loaded at
 * start (resuming at the last place unless --page says otherwise),
 * recorded as pages are read, quizzes answered and simulations opened,
 * and saved on leaving a page (a second later, without syncing it to
 * disk), answering (once the verdict is drawn), opening the explorer and
 * quitting (also after SIGHUP or SIGTERM).  The store is progress/'s. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "progress/progress.h"
#include "tui/app.h"

/* Shows the store's latest problem, once, on the status line. */
static void report(struct app *app)
{
	const char *msg = progress_message(&app->progress);

	if (msg)
		snprintf(app->message, sizeof app->message, "%.250s", msg);
}

void session_open(struct app *app)
{
	char dir[4096];
	const char *last;
	struct page *p;

	if (progress_dir(dir, sizeof dir, getenv("XDG_STATE_HOME"), getenv("HOME")) != 0)
		dir[0] = '\0';
	progress_init(&app->progress, dir);
	progress_load(&app->progress, time(NULL));
	report(app);
	app->recorded_page = (size_t)-1;
	if (app->opts->start_page)
		return;
	last = progress_last_page(&app->progress);
	p = last ? course_find(&app->course, last) : NULL;
	if (p)
		app->current = course_index(&app->course, p);
}

/* The place to restore for page i, as a fraction of its lines; -1 if none. */
double session_place(struct app *app, size_t i)
{
	const struct progress_page *pp;

	if (i >= app->course.npages)
		return -1;
	pp = progress_page(&app->progress, app->course.pages[i].id);
	return pp ? pp->fraction : -1;
}

/* A page turn's checkpoint is written this long after the turn, with
 * every turn made meanwhile: paging through five pages in a second writes
 * the file once, not five times (each a new file and a rename; on a
 * network home directory, round trips that the next key waited for). */
#define CHECKPOINT_DELAY_MS 1000

static void save_now(struct app *app)
{
	progress_save(&app->progress, time(NULL));
	report(app);
}

/* Records the place on the page shown; when the page changed, a save is
 * owed, paid by session_settle() CHECKPOINT_DELAY_MS later.  It is a
 * checkpoint: syncing the file and its directory to disk, on a busy or
 * network file system, can take longer than anything else a key does, and
 * the place on a page is worth keeping across a crash of cascade, not
 * a power cut (the next full save syncs it). */
void session_note_place(struct app *app)
{
	struct page_view *v;

	if (app->current >= app->course.npages)
		return; /* the glossary is not a lesson page */
	v = &app->views[app->current];
	if (!v->laid_out)
		return;
	progress_visit(&app->progress, app->course.pages[app->current].id, v->top,
	               v->top_fraction, time(NULL));
	/* Read means reached the end (the whole page on screen counts). */
	if (v->top + (size_t)app_text_rows(app) >= v->layout.grid.len)
		progress_read(&app->progress, app->course.pages[app->current].id, time(NULL));
	if (app->recorded_page != app->current) {
		app->recorded_page = app->current;
		if (app->save_owed == SAVE_NOTHING)
			app->save_owed = SAVE_CHECKPOINT;
	}
}

void session_save_soon(struct app *app)
{
	app->save_owed = SAVE_DURABLE;
}

bool session_settle(struct app *app, double now_ms)
{
	enum save_owed owed = app->save_owed;

	if (owed == SAVE_NOTHING)
		return false;
	if (owed == SAVE_CHECKPOINT) {
		if (app->save_due_ms == 0)
			app->save_due_ms = now_ms + CHECKPOINT_DELAY_MS;
		if (now_ms < app->save_due_ms)
			return false;
	}
	app->save_owed = SAVE_NOTHING;
	app->save_due_ms = 0;
	if (owed == SAVE_DURABLE)
		save_now(app);
	else {
		progress_checkpoint(&app->progress, time(NULL));
		report(app);
	}
	return app->message[0] != '\0';
}

int session_wait_ms(const struct app *app, double now_ms)
{
	if (app->save_owed != SAVE_CHECKPOINT || app->save_due_ms == 0)
		return -1;
	return now_ms >= app->save_due_ms ? 0 : (int)(app->save_due_ms - now_ms) + 1;
}

void session_sim_opened(struct app *app, const char *model)
{
	progress_sim_opened(&app->progress, model, time(NULL));
	if (app->current < app->course.npages)
		progress_sim_tried(&app->progress, app->course.pages[app->current].id, model, time(NULL));
	save_now(app);
}

void session_close(struct app *app)
{
	session_note_place(app);
	save_now(app);
	progress_free(&app->progress);
}
