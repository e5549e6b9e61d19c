/* main.c — parses the global options and hands over: to a batch command
 * (cli/), or to the pager (tui/) when both ends are a terminal that can
 * take curses, or else prints the first page as plain text. */
#include <langinfo.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "cli/cli.h"
#include "tui/tui.h"
#include "view/theme.h"

static void usage(FILE *out, const char *prog)
{
	fprintf(out,
	        "Usage: %s [OPTION]... [COMMAND [ARG]...]\n"
	        "A terminal tutorial and explorer of the metastatic cascade.\n\n"
	        "With no command, opens the lessons in a pager (keys: press h inside).\n\n"
	        "Commands:\n", prog);
	for (const struct cli_command *c = cli_commands; c->name; c++)
		fprintf(out, "  %s %s\n      %s\n", c->name, c->args, c->help);
	fprintf(out,
	        "\nOptions:\n"
	        "  --content DIR     read lessons from DIR instead of the built-in ones\n"
	        "                    (also the CASCADE_CONTENT environment variable)\n"
	        "  --page PAGE       open the pager at this page (number or id)\n"
	        "  --charset NAME    ascii, blocks or braille (default: from the locale)\n"
	        "  --theme NAME      dark or light background (default: dark)\n"
	        "  --walkthrough FILE  step through an instructor's stops with } and {\n"
	        "  --space-stays     Space at a page's end stays there (as in less)\n"
	        "  --measure-left    on screens of 160+ columns, text at the left, not centred\n"
	        "  --restricted      for lab accounts: no other content, no files written\n"
	        "                    but progress (also CASCADE_RESTRICTED=1)\n"
	        "  --help            show this help and exit\n"
	        "  --version         show the version and exit\n\n"
	        "Environment: NO_COLOR turns colour off; XDG_STATE_HOME holds progress.\n"
	        "See cascade(1) and cascade-content(5).\n");
}

/* Takes the value of "--name VALUE" or "--name=VALUE"; NULL if absent. */
static const char *option_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);

	if (strncmp(argv[*i], name, n) != 0)
		return NULL;
	if (argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (argv[*i][n] == '\0' && *i + 1 < argc)
		return argv[++*i];
	return NULL;
}

static bool is_option(const char *arg, const char *name)
{
	size_t n = strlen(name);

	return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

/* The pager's options from the global ones. */
static void start_pager(struct tui_opts *t, const struct cli_ctx *ctx, const char *no_color,
                        bool restricted)
{
	t->content_dir = ctx->content_dir;
	t->charset = ctx->charset;
	t->charset_forced = ctx->charset_forced;
	t->color = !(no_color && *no_color);
	t->restricted = restricted;
}

int main(int argc, char **argv)
{
	const char *env_dir = getenv("CASCADE_CONTENT");
	bool utf8, have_charset = false;
	const char *no_color = getenv("NO_COLOR");
	const char *env_restricted = getenv("CASCADE_RESTRICTED");
	bool restricted = env_restricted && *env_restricted && strcmp(env_restricted, "0") != 0;
	struct cli_ctx ctx = { .progname = "cascade", .width = 80 };
	struct tui_opts topts = { 0 };
	const char *v;
	int i, rc;

	setlocale(LC_ALL, "");
	utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	ctx.content_dir = env_dir && *env_dir ? env_dir : NULL;
	ctx.tty = isatty(STDOUT_FILENO);
	ctx.color = ctx.tty && !(no_color && *no_color);
	ctx.charset = charset_detect(utf8, getenv("TERM"));
	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout, ctx.progname);
			return 0;
		} else if (strcmp(argv[i], "--version") == 0) {
			printf("cascade %s\n", PACKAGE_VERSION);
			return 0;
		} else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else if (is_option(argv[i], "--content")) {
			if (!(v = option_value(argc, argv, &i, "--content")) || !*v)
				return cli_usage_error(&ctx, "--content needs a directory");
			ctx.content_dir = v;
		} else if (is_option(argv[i], "--page")) {
			if (!(v = option_value(argc, argv, &i, "--page")))
				return cli_usage_error(&ctx, "--page needs a page number or id");
			topts.start_page = v;
		} else if (is_option(argv[i], "--charset")) {
			if (!(v = option_value(argc, argv, &i, "--charset")) || charset_parse(v, &ctx.charset))
				return cli_usage_error(&ctx, "--charset must be ascii, blocks or braille");
			have_charset = true;
		} else if (is_option(argv[i], "--walkthrough")) {
			if (!(v = option_value(argc, argv, &i, "--walkthrough")) || !*v)
				return cli_usage_error(&ctx, "--walkthrough needs a file");
			topts.walkthrough = v;
		} else if (strcmp(argv[i], "--restricted") == 0) {
			restricted = true;
		} else if (strcmp(argv[i], "--space-stays") == 0) {
			topts.space_stays = true;
		} else if (strcmp(argv[i], "--measure-left") == 0) {
			topts.measure_left = true;
		} else if (is_option(argv[i], "--theme")) {
			if (!(v = option_value(argc, argv, &i, "--theme")) || theme_parse(v, &topts.theme))
				return cli_usage_error(&ctx, "--theme must be dark or light");
		} else {
			return cli_usage_error(&ctx, "unknown option '%s'", argv[i]);
		}
	}
	ctx.charset_forced = have_charset;
	ctx.restricted = restricted;
	if (restricted && ctx.content_dir)
		return cli_usage_error(&ctx, "restricted mode: lessons come only from the built-in "
		                       "copy (drop --content and CASCADE_CONTENT)");
	if (restricted && topts.walkthrough)
		return cli_usage_error(&ctx, "restricted mode: no walkthrough files");

	if (i < argc) {
		const struct cli_command *cmd = cli_command_find(argv[i]);

		if (!cmd)
			return cli_usage_error(&ctx, "unknown command '%s'", argv[i]);
		if (restricted && !cmd->restricted_ok)
			return cli_usage_error(&ctx, "%s is not available in restricted mode", cmd->name);
		rc = cmd->run(&ctx, argc - i, argv + i);
		if (rc == CLI_START_PAGER) {
			/* lead or follow: the pager in a class mode. */
			topts.class_mode = ctx.launch.mode == CLI_LAUNCH_LEAD ? CLASS_MODE_LEAD
			                                                      : CLASS_MODE_FOLLOW;
			topts.class_name = ctx.launch.class_name;
			topts.class_dir = ctx.launch.dir;
			topts.class_group = ctx.launch.group;
			topts.no_ahead = ctx.launch.no_ahead;
			if (ctx.launch.walkthrough)
				topts.walkthrough = ctx.launch.walkthrough;
			start_pager(&topts, &ctx, no_color, restricted);
			rc = tui_run(&topts);
			if (rc == TUI_NO_TERMINAL) {
				cli_error(&ctx, "%s needs a terminal (or: cascade follow CLASS --headless)",
				          argv[i]);
				rc = 1;
			}
		}
	} else {
		start_pager(&topts, &ctx, no_color, restricted);
		rc = tui_run(&topts);
		if (rc == TUI_NO_TERMINAL)
			rc = cli_print_instead_of_pager(&ctx, topts.start_page);
	}
	cli_ctx_free(&ctx);
	return rc;
}
