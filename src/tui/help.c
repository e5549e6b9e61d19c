/* help.c — the help screen, generated from the key table: one line per
 * action with every key bound to it. */
#include <stdio.h>
#include <string.h>

#include "tui/app.h"
#include "tui/curses.h"

#define HELP_KEYS_WIDTH 24

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
};

/* Help line i: a scope's title, a blank, or an action with its keys.
 * Returns the role to draw it with, or -1 past the end. */
static int help_line(size_t i, char *buf, size_t size)
{
	char keys[128];
	size_t n = 0;

	for (int s = SCOPE_PAGER; s <= SCOPE__COUNT; s++) {
		enum key_scope scope = s == SCOPE__COUNT ? SCOPE_ANY : (enum key_scope)s;

		if (n++ == i) {
			snprintf(buf, size, "%s", scope_titles[scope]);
			return ROLE_HEADING;
		}
		for (int a = 1; a < ACT__COUNT; a++) {
			if (action_scope((enum action)a) != scope)
				continue;
			if (n++ == i) {
				keys_of((enum action)a, keys, sizeof keys);
				snprintf(buf, size, "  %-*s %s", HELP_KEYS_WIDTH, keys,
				         action_help((enum action)a));
				return ROLE_TEXT;
			}
		}
		if (n++ == i) {
			buf[0] = '\0';
			return ROLE_TEXT;
		}
	}
	return -1;
}

static size_t help_lines(void)
{
	char buf[8];
	size_t n = 0;

	while (help_line(n, buf, sizeof buf) >= 0)
		n++;
	return n;
}

static void help_draw(struct app *app)
{
	int rows = app_text_rows(app);
	char line[256];

	for (int r = 0; r < rows; r++) {
		int role = help_line(app->help_top + (size_t)r, line, sizeof line);

		move(r, 0);
		clrtoeol();
		if (role >= 0)
			paint_text(app, r, 1, line, (enum role)role);
	}
	paint_status(app, " Help: every key", "q:close");
}

static enum next help_key(struct app *app, enum action action, int key)
{
	size_t rows = (size_t)app_text_rows(app);
	size_t max = help_lines() > rows ? help_lines() - rows : 0;

	(void)key;
	switch (action) {
	case ACT_HELP:
	case ACT_QUIT:
		return NEXT_CLOSE;
	case ACT_LINE_DOWN:
	case ACT_PAGE_DOWN:
	case ACT_HALF_DOWN:
	case ACT_BOTTOM:
		app->help_top = action == ACT_LINE_DOWN ? app->help_top + 1 : max;
		break;
	case ACT_LINE_UP:
	case ACT_PAGE_UP:
	case ACT_HALF_UP:
	case ACT_TOP:
		app->help_top = action == ACT_LINE_UP && app->help_top ? app->help_top - 1 : 0;
		break;
	default:
		return NEXT_NONE;
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
