/* complete.c — `cascade --complete WORD...`, the words the bash and zsh
 * completions (completions/) offer.  Hidden from --help.
 *
 * Owns: reading a partial command line.  Every word it offers comes from
 * the program itself: the command table and options (cli.h, help.c), the
 * course's pages, the model registry's models, parameters and presets.
 * Prints one word a line, those that start with the word being completed;
 * ":file" or ":dir" alone asks the shell for file names.  Never fails: a
 * line it cannot read gets no words, exit status 0. */
#include <string.h>

#include "cli/cli.h"
#include "lesson/course.h"
#include "sim/sim.h"

struct cmdline {
	const char *cur;                 /* the word being completed */
	const struct cli_command *cmd;   /* NULL before the command */
	const struct cli_option *expect; /* an option whose value cur is */
	const char *content;             /* --content DIR on the line */
	const char *first;               /* the command's first operand */
	const struct sim_model *model;   /* sim's model, once named */
	int operands;                    /* operands before cur */
	bool no_options;                 /* after "--" */
};

static void offer(const struct cmdline *l, const char *prefix, const char *word)
{
	size_t np = strlen(prefix), nc = strlen(l->cur);

	/* prefix + word must start with cur */
	if (nc <= np ? strncmp(prefix, l->cur, nc) == 0
	             : strncmp(prefix, l->cur, np) == 0 && strncmp(word, l->cur + np, nc - np) == 0)
		printf("%s%s\n", prefix, word);
}

static const struct cli_option *find_option(const struct cli_option *opts, const char *word)
{
	size_t n;

	for (const struct cli_option *o = opts; o && o->name; o++) {
		n = strlen(o->name);
		if (strncmp(word, o->name, n) == 0 && (word[n] == '\0' || word[n] == '='))
			return o;
	}
	return NULL;
}

static const struct cli_option *command_options(const struct cli_command *cmd)
{
	const struct cli_command_help *h = cli_command_help_find(cmd->name);

	return h ? h->options : NULL;
}

static void offer_pages(const struct cmdline *l, const struct cli_ctx *ctx, const char *prefix)
{
	struct course c;
	struct diags d;
	char num[16];

	diags_init(&d); /* the loader's complaints are not the shell's business */
	/* Restricted mode reads no other directory, not even for this. */
	if (course_load(&c, l->content && !ctx->restricted ? l->content : ctx->content_dir, &d) == 0) {
		for (size_t i = 0; i < c.npages; i++) {
			snprintf(num, sizeof num, "%d", c.pages[i].number);
			offer(l, prefix, num);
		}
		for (size_t i = 0; i < c.npages; i++)
			offer(l, prefix, c.pages[i].id);
	}
	course_free(&c);
	diags_free(&d);
}

static void offer_params(const struct cmdline *l, const char *prefix, const char *suffix)
{
	char word[80];

	for (size_t i = 0; l->model && i < l->model->nparams; i++) {
		snprintf(word, sizeof word, "%s%s", l->model->params[i].name, suffix);
		offer(l, prefix, word);
	}
}

static void offer_value(const struct cmdline *l, const struct cli_ctx *ctx, enum cli_value v,
                        const char *prefix)
{
	static const char *const charsets[] = { "ascii", "blocks", "braille", NULL };
	static const char *const themes[] = { "dark", "light", NULL };
	static const char *const formats[] = { "table", "csv", "json", "chart", NULL };
	const char *const *words = NULL;

	switch (v) {
	case CLI_V_PAGE:
		offer_pages(l, ctx, prefix);
		return;
	case CLI_V_DIR:
		printf(":dir\n");
		return;
	case CLI_V_FILE:
		printf(":file\n");
		return;
	case CLI_V_CHARSET:
		words = charsets;
		break;
	case CLI_V_THEME:
		words = themes;
		break;
	case CLI_V_FORMAT:
		words = formats;
		break;
	case CLI_V_PRESET:
		for (const struct sim_preset *p = l->model ? l->model->presets : NULL; p && p->name; p++)
			offer(l, prefix, p->name);
		return;
	case CLI_V_SWEEP:
		offer_params(l, prefix, "=");
		return;
	default:
		return;
	}
	for (; *words; words++)
		offer(l, prefix, *words);
}

/* Takes in one word before cur. */
static void read_word(struct cmdline *l, const char *w)
{
	const struct cli_option *o;

	if (l->expect) {
		if (!l->cmd && strcmp(l->expect->name, "--content") == 0)
			l->content = w;
		l->expect = NULL;
		return;
	}
	if (!l->no_options && strcmp(w, "--") == 0) {
		l->no_options = l->cmd != NULL;
		return;
	}
	if (!l->no_options && w[0] == '-' && w[1]) {
		o = find_option(l->cmd ? command_options(l->cmd) : cli_global_options, w);
		if (o && o->arg && !strchr(w, '='))
			l->expect = o;
		else if (o && !l->cmd && strncmp(w, "--content=", 10) == 0)
			l->content = w + 10;
		return;
	}
	if (!l->cmd) {
		l->cmd = cli_command_find(w);
		return;
	}
	if (l->operands == 0)
		l->first = w;
	if (strcmp(l->cmd->name, "sim") == 0 && !l->model &&
	    (l->operands == 0 || (l->operands == 1 && strcmp(l->first, "describe") == 0)))
		l->model = sim_model_find(w);
	l->operands++;
}

static void offer_operand(const struct cmdline *l, const struct cli_ctx *ctx)
{
	const struct cli_command_help *h = cli_command_help_find(l->cmd->name);

	if (strcmp(l->cmd->name, "sim") == 0) {
		if (l->operands == 0) {
			offer(l, "", "list");
			offer(l, "", "describe");
		}
		if (l->operands == 0 || (l->operands == 1 && strcmp(l->first, "describe") == 0)) {
			for (size_t i = 0; i < sim_model_count(); i++)
				offer(l, "", sim_model_at(i)->name);
		} else if (l->model && strcmp(l->first, "describe") != 0) {
			if (strncmp(l->cur, "preset=", 7) == 0)
				offer_value(l, ctx, CLI_V_PRESET, "preset=");
			else
				offer_params(l, "", "=");
		}
		return;
	}
	if (!h || l->operands > 0)
		return;
	if (strcmp(l->cmd->name, "show") == 0)
		offer(l, "", "all");
	offer_value(l, ctx, h->operand, "");
}

int cli_complete(struct cli_ctx *ctx, int argc, char **argv)
{
	struct cmdline l = { .cur = argc > 1 ? argv[argc - 1] : "" };
	const struct cli_option *opts, *o;
	const char *eq;

	for (int i = 1; i < argc - 1; i++)
		read_word(&l, argv[i]);
	if (l.expect) {
		offer_value(&l, ctx, l.expect->value, "");
		return 0;
	}
	opts = l.cmd ? command_options(l.cmd) : cli_global_options;
	if (!l.no_options && l.cur[0] == '-') {
		if ((eq = strchr(l.cur, '=')) && (o = find_option(opts, l.cur)) && o->arg) {
			char prefix[64];

			snprintf(prefix, sizeof prefix, "%.*s", (int)(eq - l.cur + 1), l.cur);
			offer_value(&l, ctx, o->value, prefix);
			return 0;
		}
		for (o = opts; o && o->name; o++)
			offer(&l, "", o->name);
		if (l.cmd)
			offer(&l, "", "--help");
		return 0;
	}
	if (!l.cmd) {
		for (const struct cli_command *c = cli_commands; c->name; c++)
			offer(&l, "", c->name);
		return 0;
	}
	offer_operand(&l, ctx);
	return 0;
}
