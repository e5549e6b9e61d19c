/* nav.c — moving between places: pages, headings, links, and the back and
 * forward history (as in info and lynx). */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "tui/app.h"

static struct place here(struct app *app)
{
	struct page_view *v = app_view(app);
	size_t len = v->layout.grid.len;

	return (struct place){ app->current, len ? (double)v->top / (double)len : 0 };
}

static void push(struct place *stack, size_t *n, struct place p)
{
	if (*n == HISTORY_MAX) {
		memmove(stack, stack + 1, (HISTORY_MAX - 1) * sizeof *stack);
		(*n)--;
	}
	stack[(*n)++] = p;
}

void app_scroll_to_line(struct app *app, size_t line)
{
	struct page_view *v = app_view(app);
	size_t rows = (size_t)app_text_rows(app);
	size_t len = v->layout.grid.len;
	size_t max = len > rows ? len - rows : 0;

	v->top = line > max ? max : line;
	v->top_fraction = len ? (double)v->top / (double)len : 0;
}

void app_show_lines(struct app *app, size_t first, size_t last)
{
	struct page_view *v = app_view(app);
	size_t rows = (size_t)app_text_rows(app);

	if (first >= v->top && last < v->top + rows)
		return;
	app_scroll_to_line(app, first > rows / 3 ? first - rows / 3 : 0);
}

/* Shows page at grid line (or where the reader last was, if line < 0). */
static void show(struct app *app, size_t page, long line)
{
	struct page_view *v;

	app->current = page;
	v = app_view(app);
	if (line >= 0)
		app_scroll_to_line(app, (size_t)line);
	v->selected = -1;
}

void app_go(struct app *app, size_t page, long line)
{
	if (!classroom_may_visit(app, page)) {
		snprintf(app->message, sizeof app->message, "The class has not reached that page yet.");
		return;
	}
	push(app->back, &app->nback, here(app));
	app->nforward = 0;
	show(app, page, line);
}

static void restore(struct app *app, struct place p)
{
	struct page_view *v;

	app->current = p.page;
	v = app_view(app);
	show(app, p.page, (long)(p.fraction * (double)v->layout.grid.len));
}

enum next app_back(struct app *app)
{
	if (app->nback == 0) {
		snprintf(app->message, sizeof app->message, "Nothing to go back to.");
		return NEXT_REDRAW;
	}
	push(app->forward, &app->nforward, here(app));
	restore(app, app->back[--app->nback]);
	return NEXT_REDRAW;
}

enum next app_forward(struct app *app)
{
	if (app->nforward == 0) {
		snprintf(app->message, sizeof app->message, "Nothing to go forward to.");
		return NEXT_REDRAW;
	}
	push(app->back, &app->nback, here(app));
	restore(app, app->forward[--app->nforward]);
	return NEXT_REDRAW;
}

/* A page of the pager by number or id (or, typed at the prompt, the
 * start of one id), the glossary included. */
static long find_page(struct app *app, const char *key, bool prefix)
{
	struct page *p = course_find(&app->course, key);

	if (!p && prefix)
		p = course_find_prefix(&app->course, key);
	if (p)
		return (long)course_index(&app->course, p);
	if (app->course.glossary && strcmp(key, app->course.glossary->id) == 0)
		return (long)app->course.npages;
	return -1;
}

enum next app_goto_page(struct app *app, const char *key)
{
	long i = find_page(app, key, true);

	if (i < 0) {
		course_no_page(&app->course, key, app->message, sizeof app->message);
		app->message[0] = (char)toupper((unsigned char)app->message[0]);
		return NEXT_REDRAW;
	}
	app_go(app, (size_t)i, 0);
	return NEXT_REDRAW;
}

static int is_external(const char *dest)
{
	const char *colon = strchr(dest, ':');

	return colon && colon != dest && strcspn(dest, ":/#") == (size_t)(colon - dest);
}

enum next app_follow_link(struct app *app, const char *dest)
{
	char page_key[96];
	const char *hash = strchr(dest, '#');
	size_t n = hash ? (size_t)(hash - dest) : strlen(dest);
	long page, line = 0;

	if (is_external(dest)) {
		if (app->opts->restricted)
			snprintf(app->message, sizeof app->message,
			         "External links are off in restricted mode.");
		else
			snprintf(app->message, sizeof app->message, "External link (not opened): %.120s",
			         dest);
		return NEXT_REDRAW;
	}
	if (n >= sizeof page_key)
		n = sizeof page_key - 1;
	memcpy(page_key, dest, n);
	page_key[n] = '\0';
	page = n ? find_page(app, page_key, false) : (long)app->current;
	if (page < 0) {
		snprintf(app->message, sizeof app->message, "Broken link: no page '%.60s'.", page_key);
		return NEXT_REDRAW;
	}
	if (hash && hash[1]) {
		size_t saved = app->current;

		app->current = (size_t)page;
		line = layout_find_anchor(&app_view(app)->layout, hash + 1);
		app->current = saved;
		if (line < 0) {
			snprintf(app->message, sizeof app->message, "No heading '%.60s' on that page.", hash + 1);
			line = 0;
		}
	}
	app_go(app, (size_t)page, line);
	return NEXT_REDRAW;
}
