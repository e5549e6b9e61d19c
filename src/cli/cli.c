/* cli.c — the command table and what every command shares: loading the
 * course once, printing its diagnostics, error messages, number parsing. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "lesson/course.h"

#define CLI_ENTRY(id, restricted_ok, name, args, help) { name, restricted_ok, args, help, cmd_##id },
const struct cli_command cli_commands[] = {
	CLI_COMMANDS(CLI_ENTRY)
	{ NULL, false, NULL, NULL, NULL },
};
#undef CLI_ENTRY

const struct cli_command *cli_command_find(const char *name)
{
	for (const struct cli_command *c = cli_commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

static void vmessage(const struct cli_ctx *ctx, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", ctx->progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void cli_error(const struct cli_ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(ctx, fmt, ap);
	va_end(ap);
}

int cli_usage_error(const struct cli_ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(ctx, fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s%s%s --help' for more information.\n", ctx->progname,
	        ctx->command ? " " : "", ctx->command ? ctx->command : "");
	return 2;
}

int cli_parse_long(const char *text, long min, long max, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(text, &end, 10);
	if (errno || end == text || *end || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

void cli_print_diags(const struct diags *d)
{
	diags_print(d, stderr);
}

struct course *cli_course(struct cli_ctx *ctx)
{
	struct diags d;

	if (ctx->course)
		return ctx->course;
	ctx->course = calloc(1, sizeof *ctx->course);
	if (!ctx->course) {
		cli_error(ctx, "out of memory");
		return NULL;
	}
	diags_init(&d);
	if (course_load(ctx->course, ctx->content_dir, &d) != 0) {
		cli_print_diags(&d);
		diags_free(&d);
		course_free(ctx->course);
		free(ctx->course);
		ctx->course = NULL;
		return NULL;
	}
	cli_print_diags(&d);
	diags_free(&d);
	return ctx->course;
}

void cli_ctx_free(struct cli_ctx *ctx)
{
	if (ctx->course) {
		course_free(ctx->course);
		free(ctx->course);
		ctx->course = NULL;
	}
}

struct page *cli_find_page_or_glossary(struct cli_ctx *ctx, const char *key)
{
	struct course *c = cli_course(ctx);

	if (c && c->glossary && strcmp(key, c->glossary->id) == 0)
		return c->glossary;
	return cli_find_page(ctx, key);
}

struct page *cli_find_page(struct cli_ctx *ctx, const char *key)
{
	struct course *c = cli_course(ctx);
	struct page *p;

	if (!c)
		return NULL;
	p = course_find(c, key);
	if (!p)
		p = course_find_prefix(c, key); /* "in-the-bl", as the pager's ':' takes */
	if (!p) {
		const char *cmd = ctx->command ? ctx->command : "";
		char why[256];

		course_no_page(c, key, why, sizeof why);
		cli_usage_error(ctx, "%s%s%s (see '%s list')", cmd, *cmd ? ": " : "", why,
		                ctx->progname);
	}
	return p;
}
