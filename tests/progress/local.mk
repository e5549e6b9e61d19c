# tests/progress/local.mk — the progress store (format, merge, damaged and
# unwritable files, summaries) as cmocka unit tests; concurrent writers,
# `cascade quiz` from stdin, `cascade progress` and damaged state files as
# shell tests.
PROGRESS_TEST_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
PROGRESS_TEST_LIBS = src/progress/libprogress.a src/util/libutil.a $(CMOCKA_LIBS)

check_PROGRAMS += tests/progress/test_format tests/progress/test_store \
	tests/progress/test_summary tests/progress/writer
TESTS += tests/progress/test_format tests/progress/test_store tests/progress/test_summary \
	tests/progress/concurrent.sh tests/progress/quiz.sh tests/progress/damaged.sh \
	tests/progress/progress.sh
EXTRA_DIST += tests/progress/concurrent.sh tests/progress/quiz.sh tests/progress/damaged.sh \
	tests/progress/progress.sh

tests_progress_test_format_SOURCES = tests/progress/test_format.c
tests_progress_test_format_CPPFLAGS = $(PROGRESS_TEST_CPPFLAGS)
tests_progress_test_format_LDADD = $(PROGRESS_TEST_LIBS)
tests_progress_test_store_SOURCES = tests/progress/test_store.c tests/progress/fixture.c \
	tests/progress/fixture.h
tests_progress_test_store_CPPFLAGS = $(PROGRESS_TEST_CPPFLAGS)
tests_progress_test_store_LDADD = $(PROGRESS_TEST_LIBS)
tests_progress_test_summary_SOURCES = tests/progress/test_summary.c
tests_progress_test_summary_CPPFLAGS = $(PROGRESS_TEST_CPPFLAGS)
tests_progress_test_summary_LDADD = src/progress/libprogress.a $(TEST_LIBS)
tests_progress_writer_SOURCES = tests/progress/writer.c
tests_progress_writer_CPPFLAGS = $(AM_CPPFLAGS)
tests_progress_writer_LDADD = src/progress/libprogress.a src/util/libutil.a
