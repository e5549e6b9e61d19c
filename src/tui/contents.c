/* contents.c — the table of contents: every page with its number and
 * title, the current one marked; Enter opens the selected page. */
#include <stdio.h>

#include "progress/summary.h"
#include "tui/app.h"
#include "tui/curses.h"

/* "read  quiz 3/4  sims 1/2": what the student has done on page p. */
static void progress_cell(struct app *app, struct page *p, char *buf, size_t size)
{
	struct progress_summary sum;
	struct diags d;
	size_t n = 0;

	diags_init(&d);
	progress_summarize(&app->progress, p, &d, &sum);
	diags_free(&d);
	n += (size_t)snprintf(buf + n, size - n, "%-6s", sum.visited ? "read" : "");
	if (sum.quizzes && n < size)
		n += (size_t)snprintf(buf + n, size - n, " quiz %zu/%zu", sum.right, sum.quizzes);
	if (sum.sims && n < size)
		snprintf(buf + n, size - n, "  sims %zu/%zu", sum.sims_tried, sum.sims);
}

static void contents_draw(struct app *app)
{
	int rows = app_text_rows(app);
	size_t n = app_npages(app);
	size_t first = 0;
	char line[256];

	/* Keep the selection on screen, below two lines of heading. */
	if (rows > 3 && app->contents_sel >= (size_t)(rows - 3))
		first = app->contents_sel - (size_t)(rows - 3) + 1;
	erase();
	paint_text(app, 0, 1, "Contents", ROLE_HEADING);
	for (int r = 2; r < rows; r++) {
		size_t i = first + (size_t)(r - 2);
		struct page *p;

		if (i >= n)
			break;
		p = app_page(app, i);
		if (i < app->course.npages) {
			char done[64];

			progress_cell(app, p, done, sizeof done);
			snprintf(line, sizeof line, "%s %2d. %-44.44s %s", i == app->current ? ">" : " ",
			         p->number, p->title, done);
		} else
			snprintf(line, sizeof line, "%s     %s", i == app->current ? ">" : " ", p->title);
		paint_text(app, r, 1, line, i == app->contents_sel ? ROLE_MATCH : ROLE_TEXT);
	}
	paint_status(app, " Contents: quiz = right at the first try", "Enter:open  q:close");
}

static enum next contents_key(struct app *app, enum action action, int key)
{
	enum next next;

	(void)key;
	if (action == ACT_CONTENTS)
		return NEXT_CLOSE;
	if (action == ACT_FOLLOW) {
		app->depth--;
		if (app->contents_sel != app->current)
			app_go(app, app->contents_sel, -1);
		return NEXT_REDRAW;
	}
	return list_key(app, &app->contents_sel, app_npages(app), action, &next) ? next : NEXT_NONE;
}

const struct screen_ops contents_screen = {
	.name = "contents",
	.scope = SCOPE_PAGER,
	.draw = contents_draw,
	.key = contents_key,
	.resize = NULL,
};
