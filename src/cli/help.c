/* help.c — what `cascade --help` and `cascade COMMAND --help` print.
 *
 * Owns: the global options table (built from CLI_GLOBAL_OPTIONS in cli.h,
 * the one list of them) and each command's options and operand.  The
 * commands themselves are in cli.h's CLI_COMMANDS; the shell completions
 * (complete.c) read the same tables, and tests/cli/help.sh checks that
 * every option listed here is one its command accepts. */
#include <string.h>

#include "cli/cli.h"

#define CLI_GOPT_ENTRY(id, name, arg, value, help) { name, arg, value, help },
const struct cli_option cli_global_options[] = {
	CLI_GLOBAL_OPTIONS(CLI_GOPT_ENTRY)
	{ NULL, NULL, CLI_V_NONE, NULL },
};
#undef CLI_GOPT_ENTRY

#define END { NULL, NULL, CLI_V_NONE, NULL }

static const struct cli_option show_options[] = {
	{ "--width", "W", CLI_V_WORD, "columns to lay the page out in (20 to 1000; default 80)" },
	{ "--height", "H", CLI_V_WORD, "simulation previews as tall as on a terminal of H lines\n"
	  "(5 to 1000; default 24)" },
	END
};

static const struct cli_option sim_options[] = {
	{ "--preset", "P", CLI_V_PRESET, "start from one of the model's presets" },
	{ "--seed", "N", CLI_V_WORD, "the random seed (default 1): a run is a pure function\n"
	  "of the model, its values and the seed" },
	{ "--runs", "K", CLI_V_WORD, "K runs: the median and the 10th-90th percentiles" },
	{ "--format", "F", CLI_V_FORMAT, "table (default, for reading: three digits), csv\n"
	  "(every digit), json or chart" },
	{ "--width", "W", CLI_V_WORD, "the chart's width in columns" },
	{ "--height", "H", CLI_V_WORD, "the chart's height in rows" },
	{ "--charset", "C", CLI_V_CHARSET, "ascii, blocks or braille, for the chart" },
	{ "--sweep", "P=LO:HI:N", CLI_V_SWEEP, "vary parameter P over N values (twice: a heat map)" },
	{ "--validate", NULL, CLI_V_NONE, "run every calibration target against its published figure" },
	END
};

static const struct cli_option lint_options[] = {
	{ "--walkthrough", "FILE", CLI_V_FILE, "check only this walkthrough file (again for more)" },
	END
};

static const struct cli_option search_options[] = {
	{ "-i", NULL, CLI_V_NONE, "ignore case (also --ignore-case)" },
	{ "-F", NULL, CLI_V_NONE, "take the pattern literally (also --fixed-strings)" },
	{ "--page", "PAGE", CLI_V_PAGE, "search one page only" },
	{ "--width", "W", CLI_V_WORD, "lay pages out at W columns (20 to 1000; default 80)" },
	END
};

static const struct cli_option refs_options[] = {
	{ "--format", "F", CLI_V_WORD, "text (default), bibtex or ris" },
	END
};

static const struct cli_option progress_options[] = {
	{ "--reset", NULL, CLI_V_NONE, "clear your progress, after asking" },
	{ "--yes", NULL, CLI_V_NONE, "with --reset: do not ask (for scripts)" },
	END
};

static const struct cli_option lead_options[] = {
	{ "--group", "G", CLI_V_WORD, "who may follow: members of group G ('' for only you)" },
	{ "--dir", "DIR", CLI_V_DIR, "the class sockets' directory (default /tmp/cascade-class)" },
	{ "--no-ahead", NULL, CLI_V_NONE, "followers may not read past your furthest page" },
	{ "--walkthrough", "FILE", CLI_V_FILE, "step through a walkthrough's stops as you teach" },
	END
};

static const struct cli_option follow_options[] = {
	{ "--dir", "DIR", CLI_V_DIR, "the class sockets' directory" },
	{ "--headless", NULL, CLI_V_NONE, "no pager: print one line per state received" },
	END
};

static const struct cli_option notes_options[] = {
	{ "--dir", "DIR", CLI_V_DIR, "the class sockets' directory" },
	END
};

static const struct cli_command_help helps[] = {
	{ "list", CLI_V_NONE, NULL, NULL },
	{ "show", CLI_V_PAGE, show_options,
	  "PAGE is a number or an id (see 'cascade list'; the start of one will do), or\n"
	  "'glossary'; 'all', or no PAGE, prints every page and the glossary, for\n"
	  "handouts, with one answer key at the end." },
	{ "sim", CLI_V_WORD, sim_options,
	  "'sim list' names the models, 'sim describe MODEL' gives a model's parameters\n"
	  "(unit, range, default, source) and presets; param=value sets one." },
	{ "lint", CLI_V_DIR, lint_options,
	  "Exit status 1 when there is any problem; on success one line says what\n"
	  "was checked." },
	{ "search", CLI_V_WORD, search_options,
	  "Exit status 0 if something matched, 1 if nothing did, 2 for a bad pattern." },
	{ "quiz", CLI_V_PAGE, NULL,
	  "Answers are read from standard input, one letter a line (q stops)." },
	{ "refs", CLI_V_NONE, refs_options,
	  "Each reference once, with the pages that cite it: text to read, bibtex or\n"
	  "ris to paste into a reference manager or a syllabus." },
	{ "progress", CLI_V_NONE, progress_options, NULL },
	{ "lead", CLI_V_WORD, lead_options, NULL },
	{ "follow", CLI_V_WORD, follow_options, NULL },
	{ "notes", CLI_V_WORD, notes_options, NULL },
};

const struct cli_command_help *cli_command_help_find(const char *name)
{
	for (size_t i = 0; i < sizeof helps / sizeof helps[0]; i++)
		if (strcmp(helps[i].name, name) == 0)
			return &helps[i];
	return NULL;
}

/* Prints text's lines, each after indent spaces but the first. */
static void print_lines(FILE *out, const char *text, int indent)
{
	for (const char *p = text; *p; p++) {
		fputc(*p, out);
		if (*p == '\n')
			fprintf(out, "%*s", indent, "");
	}
	fputc('\n', out);
}

#define HELP_COLUMN 22 /* where an option's text starts */

void cli_print_option(FILE *out, const struct cli_option *o)
{
	int n = fprintf(out, "  %s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");

	if (n >= HELP_COLUMN - 1)
		fprintf(out, "\n%*s", HELP_COLUMN, "");
	else
		fprintf(out, "%*s", HELP_COLUMN - n, "");
	print_lines(out, o->help, HELP_COLUMN);
}

void cli_usage(FILE *out, const char *prog)
{
	fprintf(out,
	        "Usage: %s [OPTION]... [COMMAND [ARG]...]\n"
	        "A terminal tutorial and explorer of the metastatic cascade.\n\n"
	        "With no command, opens the lessons in a pager (keys: press h inside).\n\n"
	        "Commands:\n", prog);
	for (const struct cli_command *c = cli_commands; c->name; c++)
		fprintf(out, "  %s%s%s\n      %s\n", c->name, *c->args ? " " : "", c->args, c->help);
	fprintf(out, "\n'%s COMMAND --help' shows a command's own options.\n\nOptions:\n", prog);
	for (const struct cli_option *o = cli_global_options; o->name; o++)
		cli_print_option(out, o);
	fprintf(out,
	        "\nEnvironment: NO_COLOR turns colour off; XDG_STATE_HOME holds progress;\n"
	        "XDG_CONFIG_HOME/cascade/config and the site's config hold settings.\n"
	        "See cascade(1) and cascade-content(5).\n");
}

void cli_command_usage(FILE *out, const char *prog, const struct cli_command *cmd)
{
	const struct cli_command_help *h = cli_command_help_find(cmd->name);

	int n = fprintf(out, "Usage: %s [OPTION]... %s", prog, cmd->name);

	/* Arguments that would run past 80 columns go on a line of their own. */
	if (*cmd->args)
		fprintf(out, n + 1 + (int)strlen(cmd->args) > 80 ? "\n         %s" : " %s", cmd->args);
	fprintf(out, "\n%c%s.\n",
	        cmd->help[0] >= 'a' && cmd->help[0] <= 'z' ? cmd->help[0] - 'a' + 'A' : cmd->help[0],
	        cmd->help + 1);
	fprintf(out, "\nOptions:\n");
	if (h && h->options)
		for (const struct cli_option *o = h->options; o->name; o++)
			cli_print_option(out, o);
	cli_print_option(out, &(struct cli_option){ "--help", NULL, CLI_V_NONE,
	                                            "show this help and exit" });
	if (h && h->more) {
		fputc('\n', out);
		print_lines(out, h->more, 0);
	}
	fprintf(out, "\nThe global options ('%s --help') go before the command.%s\n", prog,
	        cmd->restricted_ok ? "" : "\nNot available in restricted mode.");
}

bool cli_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return false;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return true;
	}
	return false;
}
