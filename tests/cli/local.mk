# tests/cli/local.mk — the batch commands' usage and errors.
TESTS += tests/cli/usage.sh tests/cli/refs.sh
EXTRA_DIST += tests/cli/usage.sh tests/cli/refs.sh
