/* cmd_notes.c — `cascade notes CLASS`: the instructor's notes for each
 * walkthrough stop, in a second terminal, from the instructor's own class
 * session (the leader admits notes clients of its own uid only). */
#include <stdio.h>
#include <string.h>

#include "class/class.h"
#include "cli/class_cli.h"
#include "cli/cli.h"

/* The page the notes belong to: the leader's latest; and the context, for
 * the terminal's width. */
struct notes_view {
	char page[CLASS_ID_MAX + 1];
	const struct cli_ctx *ctx;
};

/* The notes line by line, each broken to the terminal (tabs kept). */
static void print_lines(const struct cli_ctx *ctx, const char *text, size_t len)
{
	char line[1024];

	for (size_t i = 0; i < len;) {
		size_t n = strcspn(text + i, "\n");

		if (n > len - i)
			n = len - i;
		snprintf(line, sizeof line, "%.*s", (int)n, text + i);
		cli_print_wrapped(stdout, ctx, line, 2);
		i += n + 1;
	}
}

static void show_notes(void *arg, const struct class_update *u)
{
	struct notes_view *v = arg;

	if (u->state_changed)
		snprintf(v->page, sizeof v->page, "%s", u->state.page);
	if (!u->notes_changed)
		return;
	if (u->notes_len == 0) {
		printf("== no notes%s%s\n", v->page[0] ? " for " : "", v->page);
	} else {
		printf("== notes%s%s\n", v->page[0] ? " for " : "", v->page);
		print_lines(v->ctx, u->notes, u->notes_len);
	}
	fflush(stdout);
}

int cli_notes(struct cli_ctx *ctx, const char *class_name, const char *dir)
{
	struct notes_view v = { "", ctx };

	/* An instructor restarting the class keeps this terminal's notes. */
	return cli_class_run(ctx, class_name, dir, CLASS_ROLE_NOTES, true, show_notes, &v);
}
