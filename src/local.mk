# src/local.mk — the program, the shared utilities, and the built-in lessons.
noinst_LIBRARIES += src/util/libutil.a
src_util_libutil_a_SOURCES = src/util/utf8.c src/util/utf8.h \
	src/util/edit.c src/util/edit.h src/util/seed.c src/util/seed.h \
	src/util/grow.c src/util/grow.h src/util/numtext.c src/util/numtext.h \
	src/util/conf.c src/util/conf.h

# The lessons are compiled in: src/tools/embed turns content/*.md into C.
noinst_PROGRAMS += src/tools/embed
src_tools_embed_SOURCES = src/tools/embed.c
CONTENT_FILES = $(sort $(wildcard $(srcdir)/content/*.md))
EXTRA_DIST += content

src/content_builtin.c: $(CONTENT_FILES) src/tools/embed$(EXEEXT)
	$(AM_V_GEN)src/tools/embed$(EXEEXT) $(CONTENT_FILES) > $@.tmp && mv $@.tmp $@
CLEANFILES += src/content_builtin.c

noinst_LIBRARIES += src/libcontent.a
nodist_src_libcontent_a_SOURCES = src/content_builtin.c

bin_PROGRAMS += src/cascade
src_cascade_SOURCES = src/main.c src/paths.c
# Where the installed program finds the site's settings and lessons.
src_cascade_CPPFLAGS = $(AM_CPPFLAGS) -DCASCADE_SYSCONFDIR='"$(sysconfdir)"' \
	-DCASCADE_DATADIR='"$(datadir)"'

# Innermost layers last.
CASCADE_LIBS = src/tui/libtui.a src/cli/libcli.a src/progress/libprogress.a src/class/libclass.a \
	src/search/libsearch.a $(PCRE2_LIBS) src/view/libview.a \
	src/lesson/liblesson.a src/libcontent.a src/sim/libsim.a src/util/libutil.a
src_cascade_LDADD = $(CASCADE_LIBS) \
	$(CURSES_LIBS) $(CMARK_LIBS) $(PCRE2_LIBS) $(GSL_LIBS) $(LIBS)
