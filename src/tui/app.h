/* app.h — the state of one pager session and the screens that act on it.
 *
 * Owns: struct app (the course, the current page, each page's layout and
 * place, the terminal's size), struct screen_ops (one per screen: pager,
 * help), and what a key handler asks the main loop to do next.  No screen
 * calls refresh(); tui.c's loop does. */
#ifndef CASCADE_APP_H
#define CASCADE_APP_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

#include "lesson/course.h"
#include "tui/keys.h"
#include "tui/tui.h"
#include "view/layout.h"

#define TUI_MIN_COLS 20 /* below this (or TUI_MIN_LINES) only a notice is drawn */
#define TUI_MIN_LINES 5

/* What the main loop should do after a key. */
enum next {
	NEXT_NONE,     /* nothing changed */
	NEXT_REDRAW,   /* draw the top screen again */
	NEXT_CLOSE,    /* pop the top screen */
	NEXT_QUIT,     /* leave cascade */
};

struct app;

struct screen_ops {
	const char *name;
	void (*draw)(struct app *app);
	enum next (*key)(struct app *app, enum action action, int key);
	void (*resize)(struct app *app); /* the size changed; may be NULL */
};

/* A page's place and its layout at the current width (laid out lazily). */
struct page_view {
	struct layout layout;
	bool laid_out;
	size_t top;          /* first grid line shown */
	double top_fraction; /* where top was, kept across widths */
};

#define SCREEN_STACK_MAX 4

struct app {
	const struct tui_opts *opts;
	struct course course;
	struct page_view *views; /* one per page, owned */
	size_t current;          /* index of the page shown */
	int cols, lines;         /* the terminal's size */
	bool color;              /* colours in use */
	const struct screen_ops *stack[SCREEN_STACK_MAX];
	size_t depth;
	size_t help_top;         /* the help screen's scroll */
	char message[160];       /* one-off text for the status line */
};

extern const struct screen_ops pager_screen, help_screen;

/* The current page's view, laid out at the current width. */
struct page_view *app_view(struct app *app);
/* Rows for page text (all but the status line). */
int app_text_rows(const struct app *app);
/* Drops every layout (the width changed). */
void app_relayout(struct app *app);
void app_push(struct app *app, const struct screen_ops *s);

/* Painting (paint.c). */
void paint_init_colors(struct app *app);
void paint_line(struct app *app, int row, const struct line *l);
void paint_status(struct app *app, const char *left, const char *right);
void paint_text(struct app *app, int row, int col, const char *utf8, enum role role);

#endif
