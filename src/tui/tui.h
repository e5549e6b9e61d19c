/* tui.h — the curses front: the entry point main() calls. */
#ifndef CASCADE_TUI_H
#define CASCADE_TUI_H

#include <stdbool.h>

#include "view/glyph.h"
#include "view/theme.h"

#define TUI_NO_TERMINAL (-1) /* tui_run: no usable terminal; print instead */

struct tui_opts {
	const char *content_dir;  /* NULL: the built-in lessons */
	const char *start_page;   /* number or id; NULL: the first page */
	enum charset charset;
	bool charset_forced;
	bool color;               /* false under NO_COLOR */
	enum theme_id theme;
	bool restricted;          /* lab accounts: no files written but progress */
	const char *walkthrough;  /* --walkthrough FILE, or NULL */
	enum { CLASS_MODE_NONE, CLASS_MODE_LEAD, CLASS_MODE_FOLLOW } class_mode;
	const char *class_name;   /* lead/follow: the class */
	const char *class_dir;    /* --dir: the sockets' directory, or NULL */
	const char *class_group;  /* lead --group: who may follow, or NULL */
	bool no_ahead;            /* lead --no-ahead: followers may not read ahead */
	bool space_stays;         /* --space-stays: Space at a page's end stays, as in less */
	bool measure_left;        /* --measure-left: on a wide screen, the text at the left */
};

/* Runs the pager until the reader quits.  Returns an exit status, or
 * TUI_NO_TERMINAL without touching the terminal when stdin/stdout is not
 * a terminal or TERM is unset, "dumb" or unknown to terminfo. */
int tui_run(const struct tui_opts *opts);

#endif
