# src/lesson/local.mk — finding, loading and parsing lesson pages.
noinst_LIBRARIES += src/lesson/liblesson.a
src_lesson_liblesson_a_SOURCES = \
	src/lesson/builtin.h \
	src/lesson/course.h \
	src/lesson/diag.c src/lesson/diag.h \
	src/lesson/doc.c src/lesson/doc.h \
	src/lesson/frontmatter.c \
	src/lesson/glossary.c src/lesson/glossary.h \
	src/lesson/lint.c src/lesson/lint.h src/lesson/lint_impl.h \
	src/lesson/lint_links.c src/lesson/lint_glossary.c \
	src/lesson/load.c \
	src/lesson/quiz.c src/lesson/quiz.h \
	src/lesson/refs.c src/lesson/refs.h \
	src/lesson/simblock.c src/lesson/simblock.h \
	src/lesson/walkthrough.c src/lesson/walkthrough.h
src_lesson_liblesson_a_CPPFLAGS = $(AM_CPPFLAGS) $(CMARK_CFLAGS)
