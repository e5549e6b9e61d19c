/* prompt.c — a one-line prompt on the status line: typing, Backspace,
 * Enter to act, Esc to cancel.  Text is kept as UTF-8. */
#include <string.h>

#include "tui/app.h"
#include "tui/curses.h"
#include "util/utf8.h"

void app_prompt(struct app *app, const char *label, const char *initial,
                enum next (*done)(struct app *app, const char *text))
{
	app->prompt.label = label;
	app->prompt.done = done;
	app->prompt.len = 0;
	app->prompt.text[0] = '\0';
	if (initial) {
		size_t n = strlen(initial);

		if (n >= PROMPT_MAX)
			n = PROMPT_MAX - 1;
		memcpy(app->prompt.text, initial, n);
		app->prompt.text[n] = '\0';
		app->prompt.len = n;
	}
	app_push(app, &prompt_screen);
}

static void prompt_draw(struct app *app)
{
	char line[PROMPT_MAX + 16];
	int row = app->lines - 1;

	move(row, 0);
	clrtoeol();
	strcpy(line, app->prompt.label);
	strcat(line, app->prompt.text);
	paint_text(app, row, 0, line, ROLE_TEXT);
	curs_set(1);
}

/* Removes the last code point of the text. */
static void delete_last(struct prompt *p)
{
	while (p->len > 0) {
		unsigned char c = (unsigned char)p->text[--p->len];

		if ((c & 0xc0) != 0x80)
			break;
	}
	p->text[p->len] = '\0';
}

static enum next prompt_key(struct app *app, enum action action, int key)
{
	struct prompt *p = &app->prompt;
	char buf[4];
	size_t n;

	if (action == ACT_TEXT_DONE) {
		enum next next;

		curs_set(0);
		app_pop(app); /* the prompt is gone before its action runs */
		next = p->done(app, p->text);
		return next == NEXT_CLOSE || next == NEXT_IGNORED ? NEXT_REDRAW : next;
	}
	if (action == ACT_CANCEL) {
		curs_set(0);
		return NEXT_CLOSE;
	}
	if (action == ACT_TEXT_ERASE) {
		if (p->len == 0) {
			curs_set(0);
			return NEXT_CLOSE;
		}
		delete_last(p);
		return NEXT_REDRAW;
	}
	if (key < 0x20 || key == 0x7f || key > 0x10ffff)
		return NEXT_NONE;
	n = utf8_encode((uint32_t)key, buf);
	if (p->len + n < PROMPT_MAX) {
		memcpy(p->text + p->len, buf, n);
		p->len += n;
		p->text[p->len] = '\0';
	}
	return NEXT_REDRAW;
}

const struct screen_ops prompt_screen = {
	.name = "prompt",
	.scope = SCOPE_TEXT,
	.overlay = true,
	.draw = prompt_draw,
	.key = prompt_key,
	.resize = NULL,
};
