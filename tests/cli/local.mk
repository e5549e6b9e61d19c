# tests/cli/local.mk — the batch commands' usage and errors, help at every
# level, the settings files and site lessons, and the shell completions.
TESTS += tests/cli/usage.sh tests/cli/help.sh
EXTRA_DIST += tests/cli/usage.sh tests/cli/help.sh
