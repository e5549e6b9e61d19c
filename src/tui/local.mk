# src/tui/local.mk — the curses front; the only part that includes curses.
noinst_LIBRARIES += src/tui/libtui.a
src_tui_libtui_a_SOURCES = \
	src/tui/app.h \
	src/tui/classroom.c src/tui/vote.c \
	src/tui/contents.c \
	src/tui/curses.h \
	src/tui/explorer.c src/tui/explorer_impl.h src/tui/explorer_paint.c \
	src/tui/find.c src/tui/find.h \
	src/tui/gloss.c \
	src/tui/results.c \
	src/tui/session.c \
	src/tui/help.c \
	src/tui/keys.c src/tui/keys.h \
	src/tui/list.c \
	src/tui/nav.c \
	src/tui/pager.c \
	src/tui/prompt.c \
	src/tui/quizplay.c \
	src/tui/paint.c \
	src/tui/tui.c src/tui/tui.h \
	src/tui/walk.c
src_tui_libtui_a_CPPFLAGS = $(AM_CPPFLAGS) $(CURSES_CFLAGS) $(CMARK_CFLAGS)
