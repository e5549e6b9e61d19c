/* theme.h — how each role looks, independent of the device.
 *
 * Owns: the theme tables (dark, light, monochrome).  Each role has
 * attributes that still tell roles apart without colour, and a colour
 * used only when the device has colours and NO_COLOR is unset.  The TUI
 * turns a style into curses attributes, the CLI into SGR sequences. */
#ifndef CASCADE_THEME_H
#define CASCADE_THEME_H

#include "view/grid.h"

enum style_attr {
	ATTR_BOLD = 1 << 0,
	ATTR_UNDERLINE = 1 << 1,
	ATTR_REVERSE = 1 << 2,
	ATTR_DIM = 1 << 3,
	ATTR_ITALIC = 1 << 4,
};

enum style_color { /* the eight ANSI colours; COLOR_DEFAULT keeps the terminal's */
	COLOR_DEFAULT = -1,
	COLOR_BLACK_ = 0, COLOR_RED_, COLOR_GREEN_, COLOR_YELLOW_,
	COLOR_BLUE_, COLOR_MAGENTA_, COLOR_CYAN_, COLOR_WHITE_,
};

struct role_style {
	unsigned attrs;       /* enum style_attr, used with or without colour */
	int fg;               /* enum style_color */
};

enum theme_id { THEME_DARK, THEME_LIGHT, THEME__COUNT };

/* "dark", "light" -> 0; -1 if unknown. */
int theme_parse(const char *name, enum theme_id *out);
/* The style of role r in theme t. */
const struct role_style *theme_style(enum theme_id t, enum role r);
/* Extra attributes a cell's flags add on top of its role. */
unsigned theme_cell_attrs(unsigned cell_flags);

#endif
