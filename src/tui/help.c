/* help.c — the help screen, generated from the key table: each action
 * with every key bound to it, wrapped to the width; opened at the keys of
 * the screen it was asked for from. */
#include <stdio.h>
#include <string.h>

#include "tui/app.h"
#include "tui/curses.h"
#include "view/fit.h"

#define HELP_KEYS_WIDTH 24
#define HELP_WORDS_COL (2 + HELP_KEYS_WIDTH + 1) /* where an action's words start */
#define HELP_WORDS_MIN 24 /* narrower than this, words go under the keys */

/* The keys bound to action a, as "j, Down, Enter". */
static void keys_of(enum action a, char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < key_binding_count; i++) {
		if (key_bindings[i].action != a || !key_bindings[i].name)
			continue;
		n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s%s",
		                      n ? ", " : "", key_bindings[i].name);
		if (n >= size)
			break;
	}
}

static const char *const scope_titles[SCOPE__COUNT] = {
	[SCOPE_ANY] = "Everywhere",
	[SCOPE_PAGER] = "Reading",
	[SCOPE_EXPLORER] = "In the simulation explorer",
	[SCOPE_TEXT] = "While typing (a search, a page, a value)",
	[SCOPE_VOTE] = "While the class votes (the instructor's screen)",
};

#define HELP_MAX_LINES 256
#define HELP_LINE_BYTES 256

/* The help text laid out for a width: each action's keys, and beside them
 * its words, wrapped in their own column; where that column would be too
 * narrow, the keys on one line and the words wrapped under them; never
 * cut.  Rebuilt for each draw (a few dozen lines). */
struct help_text {
	char lines[HELP_MAX_LINES][HELP_LINE_BYTES];
	int roles[HELP_MAX_LINES];
	size_t n;
	size_t scope_line[SCOPE__COUNT]; /* where each scope's heading is */
};

static void add(struct help_text *h, int role, const char *text)
{
	if (h->n < HELP_MAX_LINES) {
		snprintf(h->lines[h->n], HELP_LINE_BYTES, "%s", text);
		h->roles[h->n++] = role;
	}
}

/* Adds words wrapped at spaces into width columns, each line after indent. */
static void add_wrapped(struct help_text *h, const char *words, size_t indent, size_t width)
{
	char line[HELP_LINE_BYTES], part[HELP_LINE_BYTES];
	size_t room = width > indent + 8 ? width - indent : 8;

	while (*words) {
		size_t n = strlen(words), cut = n;

		snprintf(part, sizeof part, "%s", words);
		if (text_width(part) > room) {
			/* At the last space that leaves the line within the room
			 * (a first word wider than the room goes whole). */
			size_t last_fit = 0;

			for (size_t k = 0; k < n && k < sizeof part; k++) {
				bool fits;

				if (words[k] != ' ')
					continue;
				part[k] = '\0';
				fits = text_width(part) <= room;
				part[k] = ' ';
				if (!fits)
					break;
				last_fit = k;
			}
			cut = last_fit ? last_fit : n;
		}
		snprintf(line, sizeof line, "%*s%.*s", (int)indent, "", (int)cut, words);
		add(h, ROLE_TEXT, line);
		words += cut;
		while (*words == ' ')
			words++;
	}
}

static void help_build(struct help_text *h, size_t width)
{
	char keys[128], line[HELP_LINE_BYTES];

	h->n = 0;
	for (int s = SCOPE_PAGER; s <= SCOPE__COUNT; s++) {
		enum key_scope scope = s == SCOPE__COUNT ? SCOPE_ANY : (enum key_scope)s;

		h->scope_line[scope] = h->n;
		add(h, ROLE_HEADING, scope_titles[scope]);
		for (int a = 1; a < ACT__COUNT; a++) {
			const char *words = action_help((enum action)a);

			if (action_scope((enum action)a) != scope)
				continue;
			keys_of((enum action)a, keys, sizeof keys);
			if (text_width(keys) <= HELP_KEYS_WIDTH &&
			    width >= HELP_WORDS_COL + HELP_WORDS_MIN) {
				/* the words in their column, wrapped under themselves */
				size_t first = h->n;

				add_wrapped(h, words, HELP_WORDS_COL, width);
				if (h->n > first) {
					snprintf(line, sizeof line, "  %-*s %s", HELP_KEYS_WIDTH, keys,
					         h->lines[first] + HELP_WORDS_COL);
					snprintf(h->lines[first], HELP_LINE_BYTES, "%s", line);
				}
			} else {
				add_wrapped(h, keys, 2, width);
				add_wrapped(h, words, 6, width);
			}
		}
		add(h, ROLE_TEXT, "");
	}
}

void help_open(struct app *app, enum key_scope scope)
{
	static struct help_text h;

	help_build(&h, app->cols > 1 ? (size_t)app->cols - 1 : 1);
	app->help_top = h.scope_line[scope];
	app_push(app, &help_screen);
}

static void help_draw(struct app *app)
{
	static struct help_text h;
	int rows = app_text_rows(app);

	help_build(&h, app->cols > 1 ? (size_t)app->cols - 1 : 1);
	app->help_lines = h.n;
	if (app->help_top + (size_t)rows > h.n)
		app->help_top = h.n > (size_t)rows ? h.n - (size_t)rows : 0;
	for (int r = 0; r < rows; r++) {
		size_t i = app->help_top + (size_t)r;

		move(r, 0);
		clrtoeol();
		if (i < h.n)
			paint_text(app, r, 1, h.lines[i], (enum role)h.roles[i]);
	}
	paint_status(app, " Help: every key", "q:close");
}

static enum next help_key(struct app *app, enum action action, int key)
{
	size_t rows = (size_t)app_text_rows(app);
	size_t max = app->help_lines > rows ? app->help_lines - rows : 0;
	size_t step = action == ACT_LINE_DOWN || action == ACT_LINE_UP ? 1
	              : action == ACT_HALF_DOWN || action == ACT_HALF_UP ? (rows + 1) / 2
	              : rows; /* a page, as in the pager */

	(void)key;
	switch (action) {
	case ACT_HELP: /* h again closes it; q and Esc are the global keys */
		return NEXT_CLOSE;
	case ACT_LINE_DOWN:
	case ACT_PAGE_DOWN:
	case ACT_HALF_DOWN:
		app->help_top += step;
		break;
	case ACT_BOTTOM:
		app->help_top = max;
		break;
	case ACT_LINE_UP:
	case ACT_PAGE_UP:
	case ACT_HALF_UP:
		app->help_top = app->help_top > step ? app->help_top - step : 0;
		break;
	case ACT_TOP:
		app->help_top = 0;
		break;
	default:
		return NEXT_IGNORED;
	}
	if (app->help_top > max)
		app->help_top = max;
	return NEXT_REDRAW;
}

const struct screen_ops help_screen = {
	.name = "help",
	.scope = SCOPE_PAGER,
	.draw = help_draw,
	.key = help_key,
	.resize = NULL,
};
