/* headless.c — runs the class commands that need no terminal, exactly as
 * `cascade follow CLASS --headless` and `cascade notes CLASS` will, for
 * the tests: headless follow|notes CLASS [DIR]. */
#include <stdio.h>
#include <string.h>

#include "cli/class_cli.h"
#include "cli/cli.h"

int main(int argc, char **argv)
{
	struct cli_ctx ctx = { .progname = "cascade", .width = 80 };
	const char *dir = argc > 3 ? argv[3] : NULL;

	if (argc < 3 || argc > 4 || (strcmp(argv[1], "follow") && strcmp(argv[1], "notes"))) {
		fprintf(stderr, "usage: headless follow|notes CLASS [DIR]\n");
		return 2;
	}
	if (strcmp(argv[1], "notes") == 0)
		return cli_notes(&ctx, argv[2], dir);
	return cli_follow_headless(&ctx, argv[2], dir);
}
