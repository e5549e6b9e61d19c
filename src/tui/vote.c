/* vote.c — the instructor's screen of a class vote (Q on a quiz while
 * leading): the question, a bar of each option's share of the answers and
 * how many have answered, new at most ten times a second; r reveals the
 * right answer (with its explanation) to the class, w appends the counts
 * to CLASS-votes.csv in the current directory, q takes the vote down.
 * Only counts reach this screen: the class layer never tells who chose
 * what.  The vote itself (rounds, what followers are sent) is
 * classroom.c's; the chart is view/chart_vote.c's. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lesson/doc.h"
#include "lesson/quiz.h"
#include "tui/app.h"
#include "tui/curses.h"
#include "view/chart.h"
#include "view/export.h"

#define VOTE_CSV_SUFFIX "-votes.csv"

/* The words of the quiz put, as plain text (one vote at a time). */
static struct {
	char *question;
	char *options[QUIZ_MAX_OPTIONS];
	size_t noptions;
	int right;
	bool saved;              /* this round's counts are in the file */
} shown;

static void forget(void)
{
	free(shown.question);
	for (size_t i = 0; i < shown.noptions; i++)
		free(shown.options[i]);
	memset(&shown, 0, sizeof shown);
}

/* Takes the quiz's words; false (with a message) when it cannot be put. */
static bool take_words(struct app *app, size_t block)
{
	struct page *p = app_page(app, app->current);
	const struct doc *doc = page_doc(p, NULL);
	struct quiz q;
	bool ok = doc && block < doc->nblocks &&
	          quiz_parse(&q, &doc->blocks[block], p->path, NULL) == 0 && q.noptions >= 2;

	forget();
	if (!ok)
		snprintf(app->message, sizeof app->message,
		         "This quiz has a problem (cascade lint shows it): it cannot be put to the vote.");
	for (size_t i = 0; ok && i < q.noptions; i++) {
		shown.options[shown.noptions++] =
			blocks_text(q.doc, q.options[i].block, q.options[i].block + 1);
		if (q.options[i].right)
			shown.right = (int)i;
	}
	if (ok && !(shown.question = blocks_text(q.doc, 0, q.question_end))) {
		snprintf(app->message, sizeof app->message, "Out of memory.");
		ok = false;
	}
	if (doc && block < doc->nblocks)
		quiz_free(&q);
	if (!ok)
		forget();
	return ok;
}

enum next vote_open(struct app *app)
{
	long block;

	if (app->stack[app->depth - 1] != &pager_screen) {
		snprintf(app->message, sizeof app->message,
		         "Q puts a quiz to the vote from the page: close this screen first.");
		return NEXT_REDRAW;
	}
	if ((block = classroom_quiz_in_focus(app)) < 0) {
		snprintf(app->message, sizeof app->message,
		         "Select a quiz first (z), then Q puts it to the class's vote.");
		return NEXT_REDRAW;
	}
	if (!take_words(app, (size_t)block))
		return NEXT_REDRAW;
	app_push(app, &vote_screen); /* first: the vote lasts while its screen does */
	classroom_vote_start(app, (size_t)block, (unsigned)shown.noptions);
	return NEXT_REDRAW;
}

/* The chart's view of the vote. */
static void chart_of(const struct vote_info *vi, struct chart_vote *cv, const char *heading)
{
	*cv = (struct chart_vote){
		.heading = heading, .question = shown.question, .noptions = shown.noptions,
		.options = (const char *const *)shown.options, .counts = vi->tally.counts,
		.answered = vi->tally.answered, .following = vi->following,
		.revealed = !vi->open, .right = shown.right,
	};
}

static void vote_draw(struct app *app)
{
	struct vote_info vi;
	struct chart_vote cv;
	struct grid g;
	char heading[200];
	int rows = app_text_rows(app);
	/* The page's measure: on a wide screen, bars a reader can follow. */
	size_t width = app_text_width(app) > 2 ? app_text_width(app) - 2 : 1;
	int left = app_text_left(app) + 1;

	erase();
	if (!classroom_vote_info(app, false, &vi)) {
		paint_status(app, " The vote is over", "q:close");
		return;
	}
	snprintf(heading, sizeof heading, "Class vote: quiz %lu of %s",
	         (unsigned long)vi.quiz, app_page(app, vi.page)->title);
	chart_of(&vi, &cv, heading);
	grid_init(&g, width);
	if (rows > 0 && chart_draw_vote(&g, &cv, width, (size_t)rows, app->opts->charset) == 0)
		for (size_t r = 0; r < g.len && r < (size_t)rows; r++)
			paint_line_at(app, (int)r, left, &g.lines[r], NULL, 0, (int)width);
	grid_free(&g);
	/* The chart says how many follow; the keys matter more here. */
	paint_status(app, app->message[0] ? app->message
	             : vi.open ? " r: reveal the answer  w: save as CSV"
	             : shown.saved ? " Saved." : " w: save as CSV", "q:close");
}

/* Appends the counts to CLASS-votes.csv (made mode 0600: answers are for
 * the instructor's records only). */
static void save(struct app *app)
{
	struct vote_info vi;
	struct chart_vote cv;
	struct vote_record rec;
	char path[CLASS_NAME_MAX + sizeof VOTE_CSV_SUFFIX];
	FILE *f;
	off_t end;
	bool written;
	int fd;

	if (!classroom_vote_info(app, true, &vi)) /* the counts as they are now */
		return;
	snprintf(path, sizeof path, "%s%s", vi.class_name, VOTE_CSV_SUFFIX);
	if (app->opts->restricted) {
		snprintf(app->message, sizeof app->message, "Not saved: this cascade is restricted.");
		return;
	}
	fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0 || !(f = fdopen(fd, "a"))) {
		snprintf(app->message, sizeof app->message, "Not saved: %s: %s.", path,
		         strerror(errno));
		if (fd >= 0)
			close(fd);
		return;
	}
	end = lseek(fd, 0, SEEK_END);
	chart_of(&vi, &cv, "");
	rec = (struct vote_record){ .class_name = vi.class_name, .page = app_page(app, vi.page)->id,
		.quiz = vi.quiz, .round = vi.round, .when = time(NULL), .vote = &cv };
	written = export_vote_csv(f, &rec, end == 0) == 0;
	if (fclose(f) != 0 || !written) {
		snprintf(app->message, sizeof app->message, "Not saved: %s: %s.", path,
		         strerror(errno));
		return;
	}
	shown.saved = true;
	snprintf(app->message, sizeof app->message, "Added %zu rows to %s.", cv.noptions, path);
}

static enum next vote_key(struct app *app, enum action action, int key)
{
	(void)key;
	app->message[0] = '\0';
	switch (action) {
	case ACT_VOTE_REVEAL:
		classroom_vote_reveal(app);
		return NEXT_REDRAW;
	case ACT_VOTE_SAVE:
		save(app);
		return NEXT_REDRAW;
	case ACT_QUIT:
	case ACT_CANCEL:
		classroom_vote_end(app);
		forget();
		return NEXT_CLOSE;
	default:
		return NEXT_IGNORED;
	}
}

const struct screen_ops vote_screen = {
	.name = "vote",
	.scope = SCOPE_VOTE,
	.draw = vote_draw,
	.key = vote_key,
	.resize = NULL,
};
