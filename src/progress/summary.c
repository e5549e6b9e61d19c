/* summary.c — progress read against the lessons (see summary.h). */
#include <stdlib.h>
#include <string.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/quiz.h"
#include "progress/summary.h"

/* The model a sim block runs: the first word of its info ("circulation
 * platelets=0.8" -> "circulation"), cut to fit.  Words end at a space or
 * a tab, as simblock_parse() reads them. */
static void sim_model(const struct block *b, char out[PROGRESS_NAME_MAX + 1])
{
	const char *info = b->info ? b->info : "";
	size_t n = strcspn(info, " \t");

	if (n > PROGRESS_NAME_MAX)
		n = PROGRESS_NAME_MAX;
	memcpy(out, info, n);
	out[n] = '\0';
}

typedef char model_name[PROGRESS_NAME_MAX + 1];

static int by_name(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Counts the distinct models of the page's sim blocks, and of those the
 * ones the student has opened from this page: sorted, so each is counted
 * once. */
static void count_sims(const struct progress *pr, const char *page, const struct doc *doc,
                       struct progress_summary *out)
{
	model_name *models;
	size_t n = 0;

	for (size_t i = 0; i < doc->nblocks; i++)
		n += doc->blocks[i].kind == BLOCK_SIM;
	if (n == 0 || !(models = malloc(n * sizeof *models)))
		return;
	n = 0;
	for (size_t i = 0; i < doc->nblocks; i++)
		if (doc->blocks[i].kind == BLOCK_SIM) {
			sim_model(&doc->blocks[i], models[n]);
			n += models[n][0] != '\0';
		}
	qsort(models, n, sizeof *models, by_name);
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && strcmp(models[i - 1], models[i]) == 0)
			continue;
		out->sims++;
		out->sims_tried += progress_tried(pr, page, models[i]);
	}
	free(models);
}

void progress_summarize(const struct progress *pr, struct page *pg, struct diags *d,
                        struct progress_summary *out)
{
	const struct progress_page *seen = progress_page(pr, pg->id);
	struct doc *doc = page_doc(pg, d);
	unsigned nquiz = 0;

	memset(out, 0, sizeof *out);
	if (seen) {
		out->visited = true;
		out->visited_at = seen->at;
		out->read = seen->read_at != 0;
	}
	if (!doc)
		return;
	for (size_t i = 0; i < doc->nblocks; i++) {
		const struct progress_quiz *q;

		if (doc->blocks[i].kind != BLOCK_QUIZ)
			continue;
		q = progress_quiz(pr, pg->id, nquiz++);
		out->quizzes++;
		if (q) {
			out->answered++;
			out->right += q->first_right;
		}
	}
	count_sims(pr, pg->id, doc, out);
}

unsigned progress_quiz_number(const struct doc *doc, size_t block)
{
	unsigned n = 0;

	for (size_t i = 0; i < block && i < doc->nblocks; i++)
		n += doc->blocks[i].kind == BLOCK_QUIZ;
	return n;
}

long progress_quiz_block(const struct doc *doc, unsigned n)
{
	for (size_t i = 0; i < doc->nblocks; i++)
		if (doc->blocks[i].kind == BLOCK_QUIZ && n-- == 0)
			return (long)i;
	return -1;
}

enum progress_status progress_answer_quiz(struct progress *pr, const char *page_id,
                                          unsigned number, const struct quiz *q,
                                          unsigned option, time_t now,
                                          struct progress_verdict *v)
{
	memset(v, 0, sizeof *v);
	v->chosen = option;
	if (option >= q->noptions || q->nright != 1)
		return PROGRESS_BAD_ANSWER;
	for (unsigned k = 0; k < q->noptions; k++)
		if (q->options[k].right)
			v->right = k;
	v->correct = option == v->right;
	return progress_answer(pr, page_id, number, option, v->correct, now, &v->scored);
}
