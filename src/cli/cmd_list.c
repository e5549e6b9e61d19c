/* cmd_list.c — `cascade list`: the pages, numbered, with their titles. */
#include <stdio.h>

#include "cli/cli.h"
#include "lesson/course.h"

int cmd_list(struct cli_ctx *ctx, int argc, char **argv)
{
	struct course *c;

	if (argc > 1)
		return cli_usage_error(ctx, "list: unexpected argument '%s'", argv[1]);
	if (!(c = cli_course(ctx)))
		return 1;
	for (size_t i = 0; i < c->npages; i++)
		printf("%2d  %-28s %s\n", c->pages[i].number, c->pages[i].id, c->pages[i].title);
	return 0;
}
