/* main.c — reads the settings files, parses the global options (the
 * table in cli.h) and hands over: to a batch command (cli/), or to the
 * pager (tui/) when both ends are a terminal that can take curses, or else
 * prints the first page as plain text.  Settings weigh least, then the
 * environment, then the command line; the site's restricted = yes wins. */
#include <langinfo.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "config.h"
#include "cli/cli.h"
#include "cli/settings.h"
#include "tui/tui.h"
#include "view/theme.h"

/* The terminal's columns when stdout is one, for breaking prose (0: none,
 * or a size no terminal has); a sliver of a window still gets 20. */
static int terminal_columns(bool tty)
{
	struct winsize ws;

	if (!tty || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0 ||
	    ws.ws_col > 1000)
		return 0;
	return ws.ws_col < 20 ? 20 : ws.ws_col;
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

/* What the global options and the settings decide, before a command. */
struct start {
	struct cli_ctx ctx;
	struct tui_opts topts;
	struct settings settings;
	const char *opt_content;  /* --content, or NULL */
	const char *env_content;  /* CASCADE_CONTENT, or NULL */
	const char *no_color;
	bool restricted;
	bool have_charset;
};

static void settings_warning(void *arg, const char *file, int line, const char *msg)
{
	struct start *st = arg;

	if (line > 0)
		fprintf(stderr, "%s: %s:%d: warning: %s\n", st->ctx.progname, file, line, msg);
	else
		fprintf(stderr, "%s: %s: warning: %s\n", st->ctx.progname, file, msg);
}

/* The environment, then the settings files under it. */
static void start_init(struct start *st)
{
	const char *env_restricted = getenv("CASCADE_RESTRICTED");
	bool utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;

	st->ctx.progname = "cascade";
	st->ctx.width = 80;
	st->env_content = getenv("CASCADE_CONTENT");
	st->no_color = getenv("NO_COLOR");
	st->restricted = env_restricted && *env_restricted && strcmp(env_restricted, "0") != 0;
	st->ctx.tty = isatty(STDOUT_FILENO);
	st->ctx.term_cols = terminal_columns(st->ctx.tty);
	st->ctx.color = st->ctx.tty && !(st->no_color && *st->no_color);
	st->ctx.charset = charset_detect(utf8, getenv("TERM"));
	settings_load(&st->settings, &settings_installed_paths, getenv("XDG_CONFIG_HOME"),
	              getenv("HOME"), settings_warning, st);
	if (st->settings.have_charset) {
		st->ctx.charset = st->settings.charset;
		st->have_charset = true;
	}
	if (st->settings.have_theme)
		st->topts.theme = st->settings.theme;
	st->topts.space_stays = st->settings.space_stays;
	st->topts.measure_left = st->settings.measure_left;
	st->restricted |= st->settings.restricted;
	st->ctx.class_dir = st->settings.class_dir;
	st->ctx.class_group = st->settings.class_group;
}

static void content_choose(struct start *st)
{
	st->ctx.content_dir = settings_content(st->opt_content, st->env_content,
	                                       settings_installed_paths.site_content,
	                                       &st->ctx.content_source);
}

#define DONE (-1) /* parse_globals(): go on */

/* Parses the global options from argv[*i]; returns DONE, or an exit status
 * (after --help, --version, --complete or a usage error). */
static int parse_globals(struct start *st, int argc, char **argv, int *i)
{
	struct cli_ctx *ctx = &st->ctx;
	char from[4200];

	for (; *i < argc && argv[*i][0] == '-' && argv[*i][1]; ++*i) {
		const struct cli_option *o;
		const char *v = NULL;

		if (strcmp(argv[*i], "--") == 0) {
			++*i;
			break;
		}
		if (strcmp(argv[*i], "--complete") == 0) { /* hidden: for the shells */
			ctx->restricted = st->restricted;
			if (st->restricted)
				st->env_content = NULL;
			content_choose(st);
			return cli_complete(ctx, argc - *i, argv + *i);
		}
		if (strcmp(argv[*i], "-h") == 0)
			argv[*i] = "--help";
		for (o = cli_global_options; o->name && !is_option(argv[*i], o->name); o++)
			;
		if (!o->name)
			return cli_usage_error(ctx, "unknown option '%s'", argv[*i]);
		if (o->arg && !(v = option_value(argc, argv, i, o->name)))
			return cli_usage_error(ctx, "%s needs a value (%s)", o->name, o->arg);
		if (!o->arg && strcmp(argv[*i], o->name) != 0)
			return cli_usage_error(ctx, "%s takes no value", o->name);
		switch ((enum cli_global_option)(o - cli_global_options)) {
		case CLI_GOPT_HELP:
			cli_usage(stdout, ctx->progname);
			return 0;
		case CLI_GOPT_VERSION:
			content_choose(st);
			settings_content_describe(from, sizeof from, ctx->content_source,
			                          ctx->content_dir);
			printf("cascade %s\nlessons: %s\n", PACKAGE_VERSION, from);
			return 0;
		case CLI_GOPT_CONTENT:
			if (!*v)
				return cli_usage_error(ctx, "--content needs a directory");
			st->opt_content = v;
			break;
		case CLI_GOPT_PAGE:
			st->topts.start_page = v;
			break;
		case CLI_GOPT_CHARSET:
			if (charset_parse(v, &ctx->charset))
				return cli_usage_error(ctx, "--charset must be ascii, blocks or braille");
			st->have_charset = true;
			break;
		case CLI_GOPT_THEME:
			if (theme_parse(v, &st->topts.theme))
				return cli_usage_error(ctx, "--theme must be dark or light");
			break;
		case CLI_GOPT_WALKTHROUGH:
			if (!*v)
				return cli_usage_error(ctx, "--walkthrough needs a file");
			st->topts.walkthrough = v;
			break;
		case CLI_GOPT_RESTRICTED:
			st->restricted = true;
			break;
		case CLI_GOPT_SPACE_STAYS:
			st->topts.space_stays = true;
			break;
		case CLI_GOPT_MEASURE_LEFT:
			st->topts.measure_left = true;
			break;
		default:
			break;
		}
	}
	ctx->charset_forced = st->have_charset;
	ctx->restricted = st->restricted;
	if (st->restricted && !st->settings.class_dir_site)
		ctx->class_dir = NULL; /* a user's own, like follow --dir */
	if (st->restricted && ((st->opt_content && *st->opt_content) ||
	                       (st->env_content && *st->env_content)))
		return cli_usage_error(ctx, "restricted mode: lessons come only from the built-in "
		                       "or the site's copy (drop --content and CASCADE_CONTENT)");
	if (st->restricted && st->topts.walkthrough)
		return cli_usage_error(ctx, "restricted mode: no walkthrough files");
	content_choose(st);
	return DONE;
}

/* Runs the command at argv[0]. */
static int run_command(struct start *st, int argc, char **argv)
{
	struct cli_ctx *ctx = &st->ctx;
	struct tui_opts *t = &st->topts;
	const struct cli_command *cmd = cli_command_find(argv[0]);
	int rc;

	if (!cmd)
		return cli_usage_error(ctx, "unknown command '%s'", argv[0]);
	if (cli_wants_help(argc, argv)) {
		cli_command_usage(stdout, ctx->progname, cmd);
		return 0;
	}
	if (st->restricted && !cmd->restricted_ok)
		return cli_usage_error(ctx, "%s is not available in restricted mode", cmd->name);
	ctx->command = cmd->name; /* its usage errors point to its own help */
	rc = cmd->run(ctx, argc, argv);
	if (rc != CLI_START_PAGER)
		return rc;
	/* lead or follow: the pager in a class mode. */
	t->class_mode = ctx->launch.mode == CLI_LAUNCH_LEAD ? CLASS_MODE_LEAD : CLASS_MODE_FOLLOW;
	t->class_name = ctx->launch.class_name;
	t->class_dir = ctx->launch.dir;
	t->class_group = ctx->launch.group;
	t->no_ahead = ctx->launch.no_ahead;
	if (ctx->launch.walkthrough)
		t->walkthrough = ctx->launch.walkthrough;
	start_pager(t, ctx, st->no_color, st->restricted);
	rc = tui_run(t);
	if (rc == TUI_NO_TERMINAL) {
		/* Only a follower has a way without one. */
		cli_error(ctx, "%s needs a terminal%s", argv[0], t->class_mode == CLASS_MODE_FOLLOW
		          ? " (or: cascade follow CLASS --headless)" : "");
		rc = 1;
	}
	return rc;
}

int main(int argc, char **argv)
{
	struct start st = { 0 };
	int i = 1, rc;

	/* Only the character set is the user's: it decides UTF-8 and wide
	 * characters.  Numbers, dates and messages stay in the C locale, the
	 * same in every session (a decimal comma has no way into a number),
	 * and the other twelve categories' files are not read at every start. */
	setlocale(LC_CTYPE, "");
	start_init(&st);
	if ((rc = parse_globals(&st, argc, argv, &i)) != DONE) {
		/* help, version, completion or a usage error */
	} else if (i < argc) {
		rc = run_command(&st, argc - i, argv + i);
	} else {
		start_pager(&st.topts, &st.ctx, st.no_color, st.restricted);
		rc = tui_run(&st.topts);
		if (rc == TUI_NO_TERMINAL)
			rc = cli_print_instead_of_pager(&st.ctx, st.topts.start_page);
	}
	cli_ctx_free(&st.ctx);
	settings_free(&st.settings);
	return rc;
}
