# src/cli/local.mk — the batch commands that print to stdout.
noinst_LIBRARIES += src/cli/libcli.a
src_cli_libcli_a_SOURCES = \
	src/cli/cli.h \
	src/cli/cli.c \
	src/cli/cmd_lint.c \
	src/cli/cmd_class.c \
	src/cli/cmd_list.c \
	src/cli/cmd_progress.c \
	src/cli/cmd_quiz.c \
	src/cli/cmd_refs.c \
	src/cli/cmd_search.c \
	src/cli/cmd_show.c \
	src/cli/cmd_sim.c \
	src/cli/print.c
include src/cli/sim.mk
include src/cli/class.mk
# Help and settings: the options tables, the completions' word lists, the
# settings files and where lessons come from.
src_cli_libcli_a_SOURCES += src/cli/help.c src/cli/complete.c src/cli/settings.c \
	src/cli/settings.h
