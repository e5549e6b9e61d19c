# tests/cli/local.mk — the batch commands' usage and errors, help at every
# level, the settings files and site lessons, and the shell completions.
TESTS += tests/cli/usage.sh tests/cli/help.sh
EXTRA_DIST += tests/cli/usage.sh tests/cli/help.sh

# The settings reader and the lessons' lookup order, as unit tests.
check_PROGRAMS += tests/cli/test_settings
TESTS += tests/cli/test_settings
tests_cli_test_settings_SOURCES = tests/cli/test_settings.c src/cli/settings.c
tests_cli_test_settings_CPPFLAGS = $(TEST_CPPFLAGS)
tests_cli_test_settings_LDADD = $(TEST_LIBS)
