/* curses.h — the one place that includes curses (configure found which
 * header the wide-character build installs).  Only tui/ includes this. */
#ifndef CASCADE_TUI_CURSES_H
#define CASCADE_TUI_CURSES_H

#include "config.h"

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#if defined(HAVE_NCURSESW_CURSES_H)
#include <ncursesw/curses.h>
#elif defined(HAVE_CURSES_H)
#include <curses.h>
#else
#error "no curses header: configure should have stopped"
#endif

#endif
