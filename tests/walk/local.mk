# tests/walk/local.mk — instructors' walkthrough files: the parser on good
# files, on every error and on hostile input (cmocka), and `cascade lint`
# on the broken files of tests/walk/broken and on the shipped example.
# The example itself ships in the tarball from here.
EXTRA_DIST += examples/intro-lecture.walk

check_PROGRAMS += tests/walk/test_walkthrough tests/walk/test_hostile
TESTS += tests/walk/test_walkthrough tests/walk/test_hostile
WALK_TEST_HELPERS = tests/walk/helpers.c tests/walk/helpers.h
tests_walk_test_walkthrough_SOURCES = tests/walk/test_walkthrough.c $(WALK_TEST_HELPERS)
tests_walk_test_walkthrough_CPPFLAGS = $(TEST_CPPFLAGS)
tests_walk_test_walkthrough_LDADD = $(TEST_LIBS)
tests_walk_test_hostile_SOURCES = tests/walk/test_hostile.c $(WALK_TEST_HELPERS)
tests_walk_test_hostile_CPPFLAGS = $(TEST_CPPFLAGS)
tests_walk_test_hostile_LDADD = $(TEST_LIBS)

TESTS += tests/walk/lint.sh
EXTRA_DIST += tests/walk/lint.sh tests/walk/expected.txt tests/walk/broken
