/* contents.c — the table of contents: every page with its number and
 * title, the current one marked; Enter opens the selected page. */
#include <stdio.h>

#include "tui/app.h"
#include "tui/curses.h"

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
		const struct page *p;

		if (i >= n)
			break;
		p = app_page(app, i);
		if (i < app->course.npages)
			snprintf(line, sizeof line, "%s %2d. %s", i == app->current ? ">" : " ",
			         p->number, p->title);
		else
			snprintf(line, sizeof line, "%s     %s", i == app->current ? ">" : " ", p->title);
		paint_text(app, r, 1, line, i == app->contents_sel ? ROLE_MATCH : ROLE_TEXT);
	}
	paint_status(app, " Contents", "Enter:open  q:close");
}

static enum next contents_key(struct app *app, enum action action, int key)
{
	size_t n = app_npages(app);

	(void)key;
	switch (action) {
	case ACT_LINE_DOWN:
	case ACT_NEXT_TARGET:
		if (app->contents_sel + 1 < n)
			app->contents_sel++;
		return NEXT_REDRAW;
	case ACT_LINE_UP:
	case ACT_PREV_TARGET:
		if (app->contents_sel > 0)
			app->contents_sel--;
		return NEXT_REDRAW;
	case ACT_TOP:
		app->contents_sel = 0;
		return NEXT_REDRAW;
	case ACT_BOTTOM:
		app->contents_sel = n - 1;
		return NEXT_REDRAW;
	case ACT_FOLLOW:
		app->depth--;
		if (app->contents_sel != app->current)
			app_go(app, app->contents_sel, -1);
		return NEXT_REDRAW;
	case ACT_CONTENTS:
	case ACT_CANCEL:
	case ACT_QUIT:
		return NEXT_CLOSE;
	case ACT_HELP:
		app->help_top = 0;
		app_push(app, &help_screen);
		return NEXT_REDRAW;
	default:
		return NEXT_NONE;
	}
}

const struct screen_ops contents_screen = {
	.name = "contents",
	.scope = SCOPE_PAGER,
	.draw = contents_draw,
	.key = contents_key,
	.resize = NULL,
};
