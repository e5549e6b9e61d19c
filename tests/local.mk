# tests/local.mk — how `make check` runs tests.  Every test speaks TAP
# (cmocka with CMOCKA_MESSAGE_OUTPUT=TAP, shell scripts by hand), so the
# summary counts each case.  The locale and width are pinned.
TEST_EXTENSIONS = .sh
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_DRIVER = $(LOG_DRIVER)
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	LC_ALL=C.UTF-8; export LC_ALL; \
	CMOCKA_MESSAGE_OUTPUT=TAP; export CMOCKA_MESSAGE_OUTPUT; \
	CASCADE='$(abs_top_builddir)/src/cascade'; export CASCADE; \
	top_srcdir='$(abs_top_srcdir)'; export top_srcdir; \
	top_builddir='$(abs_top_builddir)'; export top_builddir; \
	unset NO_COLOR CASCADE_CONTENT; \
	XDG_STATE_HOME='$(abs_top_builddir)/tests/state'; export XDG_STATE_HOME; \
	XDG_CONFIG_HOME='$(abs_top_builddir)/tests/config'; export XDG_CONFIG_HOME;

TEST_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS) -DGRID_INITIAL_CAP=1
TEST_LIBS = src/view/libview.a src/lesson/liblesson.a src/libcontent.a src/sim/libsim.a \
	src/util/libutil.a $(CMARK_LIBS) $(GSL_LIBS) $(CMOCKA_LIBS) $(LIBS)

# Layout and loader unit tests.  Built from the layers' sources with tiny
# initial capacities, so that every growth path runs.
check_PROGRAMS += tests/unit/test_layout tests/unit/test_loader tests/unit/test_corpus
TESTS += tests/unit/test_layout tests/unit/test_loader tests/unit/test_corpus
tests_unit_test_layout_SOURCES = tests/unit/test_layout.c tests/unit/helpers.c \
	tests/unit/helpers.h src/view/grid.c src/view/flow.c
tests_unit_test_layout_CPPFLAGS = $(TEST_CPPFLAGS) $(CMARK_CFLAGS)
tests_unit_test_layout_LDADD = $(TEST_LIBS)
tests_unit_test_loader_SOURCES = tests/unit/test_loader.c tests/unit/helpers.c \
	tests/unit/helpers.h
tests_unit_test_loader_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_loader_LDADD = $(TEST_LIBS)
# The CommonMark spec's examples as a robustness corpus for the layout.
tests_unit_test_corpus_SOURCES = tests/unit/test_corpus.c tests/unit/helpers.c \
	tests/unit/helpers.h src/view/grid.c src/view/flow.c
tests_unit_test_corpus_CPPFLAGS = $(TEST_CPPFLAGS) $(CMARK_CFLAGS)
tests_unit_test_corpus_LDADD = $(TEST_LIBS)

# Fitting a line for people into a width (status line, contents, help).
check_PROGRAMS += tests/unit/test_fit
TESTS += tests/unit/test_fit
tests_unit_test_fit_SOURCES = tests/unit/test_fit.c
tests_unit_test_fit_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_fit_LDADD = $(TEST_LIBS)
# Numbers for people, shared by charts, tables and summaries.
check_PROGRAMS += tests/unit/test_numtext
TESTS += tests/unit/test_numtext
tests_unit_test_numtext_SOURCES = tests/unit/test_numtext.c
tests_unit_test_numtext_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_numtext_LDADD = src/util/libutil.a $(CMOCKA_LIBS) -lm

# The key table: dispatch and the help screen read the same list.
check_PROGRAMS += tests/unit/test_keys
TESTS += tests/unit/test_keys
tests_unit_test_keys_SOURCES = tests/unit/test_keys.c src/tui/keys.c src/tui/keys.h
tests_unit_test_keys_CPPFLAGS = $(TEST_CPPFLAGS) $(CURSES_CFLAGS)
tests_unit_test_keys_LDADD = $(CMOCKA_LIBS)

# Golden pages: `cascade show` of every page at three widths.
TESTS += tests/golden/show.sh tests/golden/length.sh tests/golden/previews.sh
EXTRA_DIST += tests/nocmocka/cmocka.h tests/golden/show.sh tests/golden/length.sh \
	tests/golden/previews.sh tests/golden/regen.sh tests/golden/pages \
	tests/lib.sh tests/unit/fixtures tests/corpus

# Screen tests under tmux, one behaviour per file.
TUI_TESTS = tests/tui/page-and-resize.sh tests/tui/reader.sh \
	tests/tui/terminals.sh tests/tui/explorer.sh tests/tui/explorer-screens.sh \
	tests/tui/explorer-choices.sh \
	tests/tui/search.sh \
	tests/tui/quiz-and-progress.sh tests/tui/glossary.sh tests/tui/suspend.sh \
	tests/tui/idle.sh tests/tui/walkthrough.sh tests/tui/class.sh tests/tui/class-answers.sh \
	tests/tui/restricted.sh tests/tui/class-limits.sh tests/tui/hostile-course.sh \
	tests/tui/end-of-page.sh tests/tui/notes.sh tests/tui/wide.sh \
	tests/tui/screens.sh tests/tui/predict.sh tests/tui/clicker.sh
TESTS += $(TUI_TESTS)
EXTRA_DIST += $(TUI_TESTS) tests/tui/tmux.sh tests/tui/course tests/tui/golden

clean-local: clean-test-state
clean-test-state:
	-rm -rf tests/state tests/tmp tests/site

include tests/sim/local.mk
include tests/view/charts.mk

include tests/lint/local.mk
include tests/search/local.mk
include tests/progress/local.mk
include tests/walk/local.mk

include tests/class/local.mk
include tests/cli/local.mk
include tests/fuzz/local.mk
