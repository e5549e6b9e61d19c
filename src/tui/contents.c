/* contents.c — the table of contents: every page with its number, title
 * and what the student has done there, the current one marked; Right
 * shows a page's headings under it; Enter opens the page or heading. */
#include <stdio.h>
#include <stdlib.h>

#include "lesson/doc.h"
#include "progress/summary.h"
#include "tui/app.h"
#include "tui/curses.h"
#include "view/fit.h"

#define QUIZ_COLUMNS 19 /* " quiz 2/4 (1 to do)", padded so columns line up */
#define SIMS_COLUMNS 10 /* "  sims 1/2", the same */

/* "read   quiz 2/4 (1 to do)  sims 1/2": what the student has done on
 * page p: read to its end (or only opened), right at the first try of
 * all the quizzes, those not answered, and the simulations tried there.
 * Each part keeps its width when empty, so every page's parts line up. */
static void progress_cell(struct app *app, struct page *p, char *buf, size_t size)
{
	struct progress_summary sum;
	struct diags d;
	char quiz[48] = "", sims[32] = "";
	size_t n = 0;

	diags_init(&d);
	progress_summarize(&app->progress, p, &d, &sum);
	diags_free(&d);
	/* Right at the first try out of all; and, apart, those not answered
	 * yet, so a wrong answer and no answer do not look the same. */
	if (sum.quizzes)
		n = (size_t)snprintf(quiz, sizeof quiz, " quiz %zu/%zu", sum.right, sum.quizzes);
	if (sum.quizzes && sum.answered < sum.quizzes && n < sizeof quiz)
		snprintf(quiz + n, sizeof quiz - n, " (%zu to do)", sum.quizzes - sum.answered);
	if (sum.sims)
		snprintf(sims, sizeof sims, "  sims %zu/%zu", sum.sims_tried, sum.sims);
	snprintf(buf, size, "%-6s%-*s%-*s", sum.read ? "read" : sum.visited ? "opened" : "",
	         QUIZ_COLUMNS, quiz, SIMS_COLUMNS, sims);
}

#define TITLE_COLUMNS 44   /* the title column, when the screen has room */
#define TITLE_MIN 16       /* narrower than this, the progress column goes */

/* One page's line in width columns: the mark, the number, the title cut
 * at a word, and what the student has done if it still fits. */
static void page_line(struct app *app, size_t i, size_t width, char *buf, size_t size)
{
	struct page *p = app_page(app, i);
	char done[64], title[256];
	size_t lead, room, n;

	n = (size_t)snprintf(buf, size, "%s %2d. ", i == app->current ? ">" : " ", p->number);
	lead = n;
	if (classroom_may_visit(app, i))
		progress_cell(app, p, done, sizeof done);
	else
		snprintf(done, sizeof done, "locked: the class is not there yet");
	room = width > lead ? width - lead : 0;
	if (room >= TITLE_MIN + 1 + text_width(done))
		room -= 1 + text_width(done);
	else
		done[0] = '\0';
	if (room > TITLE_COLUMNS && done[0])
		room = TITLE_COLUMNS;
	text_fit(p->title, room, title, sizeof title);
	n += (size_t)snprintf(buf + n, size - n, "%s", title);
	if (done[0]) {
		for (size_t w = text_width(title); w < room && n + 1 < size; w++)
			buf[n++] = ' ';
		snprintf(buf + n, size - n, " %s", done);
	}
}

/* The contents' rows: every page, and under the one opened with Right
 * (app->contents_open, 1 + its index; 0: none) its level-2 headings. */
struct entry {
	size_t page;
	long block;          /* the heading's doc block, or -1 for the page */
};

static size_t entries(struct app *app, struct entry *out, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < app_npages(app) && n < max; i++) {
		out[n++] = (struct entry){ i, -1 };
		if (app->contents_open != i + 1)
			continue;
		const struct doc *doc = page_doc(app_page(app, i), NULL);

		for (size_t b = 0; doc && b < doc->nblocks && n < max; b++)
			if (doc->blocks[b].kind == BLOCK_HEADING && doc->blocks[b].level == 2)
				out[n++] = (struct entry){ i, (long)b };
	}
	return n;
}

#define CONTENTS_MAX_ENTRIES 2048

static void contents_draw(struct app *app)
{
	static struct entry e[CONTENTS_MAX_ENTRIES];
	int rows = app_text_rows(app);
	size_t n = entries(app, e, CONTENTS_MAX_ENTRIES);
	size_t first = 0;
	char line[256];

	if (app->contents_sel >= n)
		app->contents_sel = n ? n - 1 : 0;
	/* Keep the selection on screen, below two lines of heading. */
	if (rows > 3 && app->contents_sel >= (size_t)(rows - 3))
		first = app->contents_sel - (size_t)(rows - 3) + 1;
	erase();
	paint_text(app, 0, 1, "Contents", ROLE_HEADING);
	for (int r = 2; r < rows; r++) {
		size_t k = first + (size_t)(r - 2), i;
		struct page *p;

		if (k >= n)
			break;
		i = e[k].page;
		p = app_page(app, i);
		if (e[k].block >= 0) {
			char *text = block_text(&p->doc->blocks[e[k].block]), fitted[200];

			text_fit(text ? text : "", app->cols > 12 ? (size_t)app->cols - 12 : 1, fitted,
			         sizeof fitted);
			snprintf(line, sizeof line, "         %s", fitted);
			free(text);
		} else if (i < app->course.npages) {
			page_line(app, i, app->cols > 2 ? (size_t)app->cols - 2 : 0, line, sizeof line);
		} else {
			snprintf(line, sizeof line, "%s     %s", i == app->current ? ">" : " ", p->title);
		}
		paint_text(app, r, 1, line, k == app->contents_sel ? ROLE_MATCH : ROLE_TEXT);
	}
	if (app->message[0]) {
		char msg[300];

		snprintf(msg, sizeof msg, " %s", app->message);
		paint_status(app, msg, "Enter:open  q:close");
		app->message[0] = '\0';
	} else {
		paint_status(app, " > this page  Right: its headings  quiz: right at the first try",
		             "Enter:open  q:close");
	}
}

static enum next contents_key(struct app *app, enum action action, int key)
{
	static struct entry e[CONTENTS_MAX_ENTRIES];
	size_t n = entries(app, e, CONTENTS_MAX_ENTRIES);
	size_t sel = app->contents_sel < n ? app->contents_sel : 0;
	const struct entry *at = n ? &e[sel] : NULL;
	enum next next;

	(void)key;
	if (action == ACT_CONTENTS)
		return NEXT_CLOSE;
	if (!at)
		return NEXT_IGNORED;
	if (action == ACT_NEXT_PAGE || action == ACT_PREV_PAGE) {
		/* Right opens a page's headings below it, Left folds them. */
		app->contents_open = action == ACT_NEXT_PAGE ? at->page + 1 : 0;
		for (size_t k = 0, m = entries(app, e, CONTENTS_MAX_ENTRIES); k < m; k++)
			if (e[k].page == at->page && e[k].block < 0)
				app->contents_sel = k;
		return NEXT_REDRAW;
	}
	if (action == ACT_FOLLOW && !classroom_may_visit(app, at->page)) {
		snprintf(app->message, sizeof app->message, "The class has not reached that page yet.");
		return NEXT_REDRAW;
	}
	if (action == ACT_FOLLOW && at->block >= 0) {
		struct page *p = app_page(app, at->page);
		char *text = block_text(&p->doc->blocks[at->block]);
		char dest[160], slug[128];

		doc_slug(text ? text : "", slug, sizeof slug);
		free(text);
		snprintf(dest, sizeof dest, "%s#%s", p->id, slug);
		app_follow_link(app, dest);
		return NEXT_CLOSE;
	}
	if (action == ACT_FOLLOW) {
		if (at->page != app->current)
			app_go(app, at->page, -1);
		return NEXT_CLOSE;
	}
	return list_key(&app->contents_sel, n, action, &next) ? next : NEXT_IGNORED;
}

const struct screen_ops contents_screen = {
	.name = "contents",
	.scope = SCOPE_PAGER,
	.draw = contents_draw,
	.key = contents_key,
	.resize = NULL,
};
