/* cmd_class.c — `cascade lead`, `cascade follow` and `cascade notes`:
 * their options.  Leading and following with a screen are the pager's
 * (main() starts it as ctx->launch says); a headless follower and the
 * notes client print lines (cmd_follow_headless.c, cmd_notes.c). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "class/class.h"
#include "cli/class_cli.h"
#include "cli/cli.h"

/* Takes "--name VALUE" at argv[*i]; NULL (after a usage message) if the
 * value is missing. */
static const char *value(struct cli_ctx *ctx, int argc, char **argv, int *i)
{
	if (*i + 1 >= argc) {
		cli_usage_error(ctx, "%s: %s needs a value", argv[0], argv[*i]);
		return NULL;
	}
	return argv[++*i];
}

/* The settings' class directory, when neither --dir nor CASCADE_CLASS_DIR
 * names one: they come first. */
static const char *default_dir(const struct cli_ctx *ctx, const char *dir)
{
	const char *env = getenv(CLASS_DIR_ENV);

	return dir || (env && *env) ? dir : ctx->class_dir;
}

static int class_name(struct cli_ctx *ctx, const char *cmd, const char *name)
{
	if (class_valid_name(name))
		return 0;
	return cli_usage_error(ctx, "%s: '%s' is not a class name (1-%d of a-z, 0-9, '-' and "
	                       "'_', starting with a letter or digit)", cmd, name, CLASS_NAME_MAX);
}

int cmd_lead(struct cli_ctx *ctx, int argc, char **argv)
{
	struct cli_launch *l = &ctx->launch;

	memset(l, 0, sizeof *l);
	l->mode = CLI_LAUNCH_LEAD;
	l->class_name = "class";
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--group") == 0) {
			if (!(l->group = value(ctx, argc, argv, &i)))
				return 2;
		} else if (strcmp(a, "--dir") == 0) {
			if (!(l->dir = value(ctx, argc, argv, &i)))
				return 2;
		} else if (strcmp(a, "--walkthrough") == 0) {
			if (!(l->walkthrough = value(ctx, argc, argv, &i)))
				return 2;
		} else if (strcmp(a, "--no-ahead") == 0) {
			l->no_ahead = true;
		} else if (a[0] == '-') {
			return cli_usage_error(ctx, "lead: unknown option '%s'", a);
		} else {
			l->class_name = a;
		}
	}
	l->dir = default_dir(ctx, l->dir);
	if (!l->group)
		l->group = ctx->class_group;
	return class_name(ctx, "lead", l->class_name) ? 2 : CLI_START_PAGER;
}

int cmd_follow(struct cli_ctx *ctx, int argc, char **argv)
{
	struct cli_launch *l = &ctx->launch;
	bool headless = false;

	memset(l, 0, sizeof *l);
	l->mode = CLI_LAUNCH_FOLLOW;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--dir") == 0) {
			if (!(l->dir = value(ctx, argc, argv, &i)))
				return 2;
		} else if (strcmp(a, "--headless") == 0) {
			headless = true;
		} else if (a[0] == '-') {
			return cli_usage_error(ctx, "follow: unknown option '%s'", a);
		} else if (l->class_name) {
			return cli_usage_error(ctx, "follow: one class at a time");
		} else {
			l->class_name = a;
		}
	}
	if (!l->class_name)
		return cli_usage_error(ctx, "follow: which class? (the name the instructor gave)");
	if (class_name(ctx, "follow", l->class_name))
		return 2;
	if (ctx->restricted && l->dir)
		return cli_usage_error(ctx, "follow: --dir is not allowed in restricted mode");
	l->dir = default_dir(ctx, l->dir);
	return headless ? cli_follow_headless(ctx, l->class_name, l->dir) : CLI_START_PAGER;
}

int cmd_notes(struct cli_ctx *ctx, int argc, char **argv)
{
	const char *name = NULL, *dir = NULL;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--dir") == 0) {
			if (!(dir = value(ctx, argc, argv, &i)))
				return 2;
		} else if (argv[i][0] == '-') {
			return cli_usage_error(ctx, "notes: unknown option '%s'", argv[i]);
		} else {
			name = argv[i];
		}
	}
	if (!name)
		return cli_usage_error(ctx, "notes: which class? (the one you lead)");
	return class_name(ctx, "notes", name) ? 2 : cli_notes(ctx, name, default_dir(ctx, dir));
}
