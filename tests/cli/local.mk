# tests/cli/local.mk — the batch commands' usage and errors, the course's
# references, help at every level, the settings files and site lessons,
# the sim table's layout, and the shell completions.
TESTS += tests/cli/usage.sh tests/cli/refs.sh tests/cli/help.sh
EXTRA_DIST += tests/cli/usage.sh tests/cli/refs.sh tests/cli/help.sh

# The settings reader and the lessons' lookup order, as unit tests.
check_PROGRAMS += tests/cli/test_settings
TESTS += tests/cli/test_settings
tests_cli_test_settings_SOURCES = tests/cli/test_settings.c src/cli/settings.c
tests_cli_test_settings_CPPFLAGS = $(TEST_CPPFLAGS)
tests_cli_test_settings_LDADD = $(TEST_LIBS)

# The table for people that `cascade sim` prints, as a unit test.
check_PROGRAMS += tests/cli/test_sim_table
TESTS += tests/cli/test_sim_table
tests_cli_test_sim_table_SOURCES = tests/cli/test_sim_table.c src/cli/sim_table.c
tests_cli_test_sim_table_CPPFLAGS = $(TEST_CPPFLAGS)
tests_cli_test_sim_table_LDADD = $(TEST_LIBS)

# The program with its site directories inside the build tree (tests/site),
# for site.sh: the same main() and src/paths.c, other paths.
check_PROGRAMS += tests/cli/cascade-site
TESTS += tests/cli/site.sh
EXTRA_DIST += tests/cli/site.sh
tests_cli_cascade_site_SOURCES = src/main.c src/paths.c
tests_cli_cascade_site_CPPFLAGS = $(AM_CPPFLAGS) \
	-DCASCADE_SYSCONFDIR='"$(abs_top_builddir)/tests/site/etc"' \
	-DCASCADE_DATADIR='"$(abs_top_builddir)/tests/site/share"'
tests_cli_cascade_site_LDADD = $(src_cascade_LDADD)

# The shell completions, which ask the program for their words.
TESTS += tests/cli/completion.sh
EXTRA_DIST += tests/cli/completion.sh
