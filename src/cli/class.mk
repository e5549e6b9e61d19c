# src/cli/class.mk — the class commands without a terminal beside the
# other commands: the headless follower and the notes client.
# Included from src/cli/local.mk, after src_cli_libcli_a_SOURCES is set.
src_cli_libcli_a_SOURCES += src/cli/class_cli.h src/cli/cmd_follow_headless.c \
	src/cli/cmd_notes.c
