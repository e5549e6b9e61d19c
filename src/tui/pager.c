/* pager.c — the pager screen: a page's laid-out lines, scrolled as in
 * less, with the page title and "Page N of M" on the status line. */
#include <stdio.h>

#include "tui/app.h"
#include "tui/curses.h"

static size_t max_top(struct app *app, const struct page_view *v)
{
	size_t rows = (size_t)app_text_rows(app);

	return v->layout.grid.len > rows ? v->layout.grid.len - rows : 0;
}

static void pager_draw(struct app *app)
{
	struct page_view *v = app_view(app);
	const struct page *p = &app->course.pages[app->current];
	int rows = app_text_rows(app);
	char left[200], right[80];
	size_t len = v->layout.grid.len;

	for (int r = 0; r < rows; r++) {
		size_t i = v->top + (size_t)r;

		paint_line(app, r, i < len ? &v->layout.grid.lines[i] : NULL);
	}
	if (app->message[0])
		snprintf(left, sizeof left, " %s", app->message);
	else
		snprintf(left, sizeof left, " %s", p->title);
	snprintf(right, sizeof right, "%s  Page %zu of %zu  h:help",
	         v->top + (size_t)rows >= len ? "(END)" :
	         v->top == 0 ? "(TOP)" : "", app->current + 1, app->course.npages);
	paint_status(app, left, right);
	app->message[0] = '\0';
}

static void scroll_by(struct app *app, struct page_view *v, long delta)
{
	long top = (long)v->top + delta;
	long max = (long)max_top(app, v);

	v->top = (size_t)(top < 0 ? 0 : top > max ? max : top);
	v->top_fraction = v->layout.grid.len ? (double)v->top / (double)v->layout.grid.len : 0;
}

static enum next go_to_page(struct app *app, long delta)
{
	long to = (long)app->current + delta;

	if (to < 0 || to >= (long)app->course.npages) {
		snprintf(app->message, sizeof app->message, "%s",
		         to < 0 ? "This is the first page." : "This is the last page.");
		return NEXT_REDRAW;
	}
	app->current = (size_t)to;
	return NEXT_REDRAW;
}

static enum next pager_key(struct app *app, enum action action, int key)
{
	struct page_view *v = app_view(app);
	long rows = app_text_rows(app);

	(void)key;
	switch (action) {
	case ACT_LINE_DOWN: scroll_by(app, v, 1); break;
	case ACT_LINE_UP: scroll_by(app, v, -1); break;
	case ACT_PAGE_DOWN: scroll_by(app, v, rows); break;
	case ACT_PAGE_UP: scroll_by(app, v, -rows); break;
	case ACT_HALF_DOWN: scroll_by(app, v, rows / 2 ? rows / 2 : 1); break;
	case ACT_HALF_UP: scroll_by(app, v, -(rows / 2 ? rows / 2 : 1)); break;
	case ACT_TOP: scroll_by(app, v, -(long)v->layout.grid.len); break;
	case ACT_BOTTOM: scroll_by(app, v, (long)v->layout.grid.len); break;
	case ACT_NEXT_PAGE: return go_to_page(app, 1);
	case ACT_PREV_PAGE: return go_to_page(app, -1);
	case ACT_HELP: app->help_top = 0; app_push(app, &help_screen); break;
	case ACT_REDRAW: clearok(curscr, TRUE); break;
	case ACT_QUIT: return NEXT_QUIT;
	case ACT_NONE:
	case ACT__COUNT: return NEXT_NONE;
	}
	return NEXT_REDRAW;
}

/* After a change of width the page is laid out again; keep the reader at
 * the same proportion of it. */
static void pager_resize(struct app *app)
{
	struct page_view *v = app_view(app);

	v->top = (size_t)(v->top_fraction * (double)v->layout.grid.len);
	scroll_by(app, v, 0);
}

const struct screen_ops pager_screen = {
	.name = "pager",
	.draw = pager_draw,
	.key = pager_key,
	.resize = pager_resize,
};
