/* summary.c — progress read against the lessons (see summary.h). */
#include <string.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/quiz.h"
#include "progress/summary.h"

/* The model a sim block runs: the first word of its info ("circulation
 * platelets=0.8" -> "circulation"), cut to fit. */
static void sim_model(const struct block *b, char out[PROGRESS_NAME_MAX + 1])
{
	size_t n = 0;

	if (b->info)
		while (b->info[n] && b->info[n] != ' ' && n < PROGRESS_NAME_MAX)
			n++;
	memcpy(out, b->info ? b->info : "", n);
	out[n] = '\0';
}

/* Whether the sim block i runs a model an earlier sim block runs too. */
static bool model_seen_before(const struct doc *doc, size_t i, const char *model)
{
	char other[PROGRESS_NAME_MAX + 1];

	for (size_t k = 0; k < i; k++) {
		if (doc->blocks[k].kind != BLOCK_SIM)
			continue;
		sim_model(&doc->blocks[k], other);
		if (strcmp(other, model) == 0)
			return true;
	}
	return false;
}

void progress_summarize(const struct progress *pr, struct page *pg, struct diags *d,
                        struct progress_summary *out)
{
	const struct progress_page *seen = progress_page(pr, pg->id);
	struct doc *doc = page_doc(pg, d);
	char model[PROGRESS_NAME_MAX + 1];
	unsigned nquiz = 0;

	memset(out, 0, sizeof *out);
	if (seen) {
		out->visited = true;
		out->visited_at = seen->at;
	}
	for (size_t i = 0; doc && i < doc->nblocks; i++) {
		const struct block *b = &doc->blocks[i];

		if (b->kind == BLOCK_QUIZ) {
			const struct progress_quiz *q = progress_quiz(pr, pg->id, nquiz++);

			out->quizzes++;
			if (q) {
				out->answered++;
				out->right += q->first_right;
			}
		} else if (b->kind == BLOCK_SIM) {
			sim_model(b, model);
			if (!model[0] || model_seen_before(doc, i, model))
				continue;
			out->sims++;
			out->sims_tried += progress_sim_count(pr, model) > 0;
		}
	}
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
