/* quiz.c — reading a ```quiz block into question, options and
 * explanations (see quiz.h). */
#include <string.h>
#include <stdlib.h>

#include "lesson/quiz.h"

/* Strips "[x] " or "[ ] " from the start of the option's first span;
 * returns 1 for right, 0 for wrong, -1 when there is no marker. */
static int take_marker(struct block *b)
{
	const char *t;
	int right;

	if (b->nspans == 0)
		return -1;
	t = b->spans[0].text;
	if (t[0] != '[' || !t[1] || t[2] != ']' || (t[3] != ' ' && t[3] != '\0'))
		return -1;
	if (t[1] == 'x' || t[1] == 'X')
		right = 1;
	else if (t[1] == ' ')
		right = 0;
	else
		return -1;
	b->spans[0].text = t + (t[3] ? 4 : 3);
	return right;
}

int quiz_parse(struct quiz *q, const struct block *b, const char *path,
               struct diags *d)
{
	struct doc *doc;
	size_t i = 0;
	int errors = 0;
	/* The body starts on the line after the opening fence. */
	int first_line = b->line + 1;

	memset(q, 0, sizeof *q);
	doc = q->doc = doc_parse(b->literal, strlen(b->literal), first_line, path, d);
	while (i < doc->nblocks && doc->blocks[i].list_depth == 0)
		i++;
	q->question_end = i;
	if (q->question_end == 0) {
		diag_add(d, DIAG_ERROR, path, b->line, "quiz has no question before its options");
		errors++;
	}
	for (; i < doc->nblocks; i++) {
		struct block *blk = &doc->blocks[i];
		struct quiz_option *opt;
		int right;

		if (blk->list_depth != 1 || blk->marker == MARKER_NONE) {
			/* more of the last option's explanation */
			if (q->noptions)
				q->options[q->noptions - 1].expl_end = i + 1;
			continue;
		}
		if (q->noptions == QUIZ_MAX_OPTIONS) {
			diag_add(d, DIAG_ERROR, path, blk->line, "quiz has more than %d options", QUIZ_MAX_OPTIONS);
			errors++;
			break;
		}
		right = take_marker(blk);
		if (right < 0) {
			diag_add(d, DIAG_ERROR, path, blk->line,
			         "quiz option must start with '[x] ' (right) or '[ ] ' (wrong)");
			errors++;
			right = 0;
		}
		opt = &q->options[q->noptions++];
		opt->block = i;
		opt->expl_first = opt->expl_end = i + 1;
		opt->right = right;
		opt->line = blk->line;
		q->nright += (size_t)right;
	}
	if (q->noptions < 2) {
		diag_add(d, DIAG_ERROR, path, b->line, "quiz needs at least two options, as a bullet list");
		errors++;
	} else if (q->nright != 1) {
		diag_add(d, DIAG_ERROR, path, b->line,
		         "quiz must have exactly one right option marked [x] (found %zu)", q->nright);
		errors++;
	}
	for (size_t k = 0; k < q->noptions; k++) {
		if (q->options[k].expl_end == q->options[k].expl_first) {
			diag_add(d, DIAG_ERROR, path, q->options[k].line,
			         "quiz option %c has no explanation (an indented paragraph under it)",
			         (char)('A' + k));
			errors++;
		}
	}
	return errors ? -1 : 0;
}

void quiz_free(struct quiz *q)
{
	doc_free(q->doc);
	memset(q, 0, sizeof *q);
}
