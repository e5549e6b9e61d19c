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
		if (key_bindings[i].action != a)
			continue;
		n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s%s",
		                      n ? ", " : "", key_bindings[i].name);
		if (n >= size)
			break;
	}
}

static size_t help_lines(void)
{
	return 2 + (ACT__COUNT - 1);
}

static void help_draw(struct app *app)
{
	int rows = app_text_rows(app);
	char keys[128], line[256];

	for (int r = 0; r < rows; r++) {
		size_t i = app->help_top + (size_t)r;

		move(r, 0);
		clrtoeol();
		if (i == 0) {
			paint_text(app, r, 1, "Keys", ROLE_HEADING);
		} else if (i >= 2 && i < help_lines()) {
			enum action a = (enum action)(i - 1);

			keys_of(a, keys, sizeof keys);
			snprintf(line, sizeof line, "%-*s %s", HELP_KEYS_WIDTH, keys, action_help(a));
			paint_text(app, r, 2, line, ROLE_TEXT);
		}
	}
	paint_status(app, " Help", "q:close");
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
	.draw = help_draw,
	.key = help_key,
	.resize = NULL,
};
