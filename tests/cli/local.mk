# tests/cli/local.mk — the batch commands' usage and errors.
TESTS += tests/cli/usage.sh
EXTRA_DIST += tests/cli/usage.sh
