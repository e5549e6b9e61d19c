# src/tui/local.mk — the curses front; the only part that includes curses.
noinst_LIBRARIES += src/tui/libtui.a
src_tui_libtui_a_SOURCES = \
	src/tui/app.h \
	src/tui/curses.h \
	src/tui/help.c \
	src/tui/keys.c src/tui/keys.h \
	src/tui/pager.c \
	src/tui/paint.c \
	src/tui/tui.c src/tui/tui.h
src_tui_libtui_a_CPPFLAGS = $(AM_CPPFLAGS) $(CURSES_CFLAGS)
