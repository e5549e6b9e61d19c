# src/cli/sim.mk — the pieces of `cascade sim` beside cmd_sim.c.
# Included from src/cli/local.mk, after src_cli_libcli_a_SOURCES is set.
src_cli_libcli_a_SOURCES += src/cli/sim_cli.h src/cli/sim_show.c src/cli/sim_info.c \
	src/cli/sim_table.c
