# tests/lint/local.mk — `cascade lint` on the built-in pages (clean) and on
# tests/lint/broken (every expected message), and the glossary reader.
TESTS += tests/lint/lint.sh
EXTRA_DIST += tests/lint/lint.sh tests/lint/expected.txt tests/lint/broken

check_PROGRAMS += tests/lint/test_glossary
TESTS += tests/lint/test_glossary
tests_lint_test_glossary_SOURCES = tests/lint/test_glossary.c
tests_lint_test_glossary_CPPFLAGS = $(TEST_CPPFLAGS)
tests_lint_test_glossary_LDADD = $(TEST_LIBS)

# The model list of man/cascade-content.5 is checked against the registry.
check_PROGRAMS += tests/lint/test_manpage
TESTS += tests/lint/test_manpage
tests_lint_test_manpage_SOURCES = tests/lint/test_manpage.c
tests_lint_test_manpage_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_lint_test_manpage_LDADD = src/sim/libsim.a src/util/libutil.a $(GSL_LIBS) $(CMOCKA_LIBS) $(LIBS)
