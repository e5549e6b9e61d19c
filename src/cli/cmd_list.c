/* cmd_list.c — `cascade list`: the pages, numbered, with their titles,
 * and where they come from (built in, the site's, --content or
 * CASCADE_CONTENT): on stdout below them at a terminal, else on stderr, so
 * that scripts reading the page lines get only those. */
#include <stdio.h>

#include "cli/cli.h"
#include "lesson/course.h"

int cmd_list(struct cli_ctx *ctx, int argc, char **argv)
{
	struct course *c;
	char from[4200];

	if (argc > 1)
		return cli_usage_error(ctx, "list: unexpected argument '%s'", argv[1]);
	if (!(c = cli_course(ctx)))
		return 1;
	for (size_t i = 0; i < c->npages; i++)
		printf("%2d  %-28s %s\n", c->pages[i].number, c->pages[i].id, c->pages[i].title);
	settings_content_describe(from, sizeof from, ctx->content_source, ctx->content_dir);
	if (ctx->tty)
		printf("\nLessons: %s\n", from);
	else
		fprintf(stderr, "%s: lessons: %s\n", ctx->progname, from);
	return 0;
}
