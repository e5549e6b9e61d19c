# tests/search/local.mk — the search layer: the matcher on one page, the
# course-wide search and the glossary matcher (cmocka, built from the
# layer's sources with tiny initial capacities), and `cascade search`
# (exit statuses and output format).
SEARCH_TEST_CPPFLAGS = $(TEST_CPPFLAGS) $(PCRE2_CFLAGS) -DSEARCH_INITIAL_CAP=1
SEARCH_TEST_SOURCES = tests/search/search_helpers.c tests/search/search_helpers.h \
	tests/unit/helpers.c tests/unit/helpers.h \
	src/search/pattern.c src/search/text.c src/search/match.c \
	src/search/course.c src/search/glossary_match.c

check_PROGRAMS += tests/search/test_search tests/search/test_course
TESTS += tests/search/test_search tests/search/test_course tests/search/cli.sh
EXTRA_DIST += tests/search/cli.sh

tests_search_test_search_SOURCES = tests/search/test_search.c $(SEARCH_TEST_SOURCES)
tests_search_test_search_CPPFLAGS = $(SEARCH_TEST_CPPFLAGS)
tests_search_test_search_LDADD = $(TEST_LIBS) $(PCRE2_LIBS)
tests_search_test_course_SOURCES = tests/search/test_course.c $(SEARCH_TEST_SOURCES)
tests_search_test_course_CPPFLAGS = $(SEARCH_TEST_CPPFLAGS)
tests_search_test_course_LDADD = $(TEST_LIBS) $(PCRE2_LIBS)
