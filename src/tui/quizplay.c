/* quizplay.c — answering a quiz in the pager: a letter (or Enter on an
 * option) marks it right or wrong at once, the page is laid out again
 * with the verdict and explanations, and the answer is recorded (the
 * first one is the one scored); a class's leader answers for the class
 * to see, and nothing is recorded. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "lesson/doc.h"
#include "lesson/quiz.h"
#include "progress/summary.h"
#include "tui/app.h"

/* The latest answers recorded for page i's quizzes, for the layout; a
 * class's leader is shown those given in the class instead. */
int *quizplay_choices(struct app *app, size_t i, size_t *n)
{
	struct page *p = app_page(app, i);
	const struct doc *doc;
	int *choice;

	*n = 0;
	if (i >= app->course.npages)
		return NULL;
	doc = page_doc(p, NULL);
	choice = malloc(doc->nblocks * sizeof *choice + 1);
	if (!choice)
		return NULL;
	for (size_t b = 0, number = 0; b < doc->nblocks; b++) {
		const struct progress_quiz *pq = NULL;

		choice[b] = -1;
		if (doc->blocks[b].kind != BLOCK_QUIZ)
			continue;
		if (classroom_leading(app))
			choice[b] = classroom_class_answer(app, i, (unsigned)number++);
		else if ((pq = progress_quiz(&app->progress, p->id, (unsigned)number++)))
			choice[b] = (int)pq->latest;
	}
	*n = doc->nblocks;
	return choice;
}

enum next quizplay_answer(struct app *app, size_t block, unsigned option)
{
	struct page *p = app_page(app, app->current);
	struct page_view *v = app_view(app);
	struct progress_verdict verdict;
	struct quiz q;
	size_t top = v->top;

	if (quiz_parse(&q, &p->doc->blocks[block], p->path, NULL) != 0 || option >= q.noptions) {
		quiz_free(&q);
		snprintf(app->message, sizeof app->message, "That quiz has no option %c.",
		         (char)('A' + option));
		return NEXT_REDRAW;
	}
	if (classroom_leading(app)) {
		/* Answered for the class to see, not for the leader's record. */
		bool right = q.options[option].right;

		quiz_free(&q);
		if (!classroom_answer_for_class(app, app->current,
		                                progress_quiz_number(p->doc, block), (int)option)) {
			snprintf(app->message, sizeof app->message, "Out of memory: not answered.");
			return NEXT_REDRAW;
		}
		snprintf(app->message, sizeof app->message, "%s: the class now sees this answer.",
		         right ? "Correct" : "Not quite");
	} else {
		progress_answer_quiz(&app->progress, p->id, progress_quiz_number(p->doc, block), &q,
		                     option, time(NULL), &verdict);
		quiz_free(&q);
		session_save_soon(app);
		snprintf(app->message, sizeof app->message, "%s%s",
		         verdict.correct ? "Correct" : "Not quite",
		         verdict.scored ? "." : " (your first answer is the one scored).");
	}
	/* Lay the page out again with the verdict, at the same place. */
	layout_free(&v->layout);
	v->laid_out = false;
	v = app_view(app);
	app_scroll_to_line(app, top);
	/* The quiz lets go of its letters: b, c and d are keys again until
	 * it is selected anew (Tab). */
	v->selected = -1;
	v->focus_quiz = block + 1;
	return NEXT_REDRAW;
}

void quizplay_reveal(struct app *app, unsigned number, int voted)
{
	struct page *p = app_page(app, app->current);
	struct page_view *v = app_view(app);
	long block = progress_quiz_block(p->doc, number);
	struct quiz q;
	size_t top = v->top;

	if (block < 0 || (size_t)block >= v->nchoice || !v->choice)
		return;
	if (quiz_parse(&q, &p->doc->blocks[block], p->path, NULL) == 0) {
		for (size_t k = 0; k < q.noptions; k++)
			if ((voted >= 0 && (size_t)voted < q.noptions ? (int)k == voted
			                                               : q.options[k].right) &&
			    v->choice[block] != (int)k) {
				/* Shown as answered rightly; the student's record is untouched. */
				v->choice[block] = (int)k;
				v->keep_choice = true;
				layout_free(&v->layout);
				v->laid_out = false;
				v = app_view(app);
				app_scroll_to_line(app, top);
			}
	}
	quiz_free(&q);
}

int quizplay_right_option(struct app *app, size_t page, unsigned number)
{
	struct page *p = app_page(app, page);
	const struct doc *doc = p ? page_doc(p, NULL) : NULL;
	long block = doc ? progress_quiz_block(doc, number) : -1;
	struct quiz q;
	int right = -1;

	if (block < 0)
		return -1;
	if (quiz_parse(&q, &doc->blocks[block], p->path, NULL) == 0)
		for (size_t k = 0; k < q.noptions; k++)
			if (q.options[k].right)
				right = (int)k;
	quiz_free(&q);
	return right;
}

void quizplay_show(struct app *app, unsigned number, bool select)
{
	struct page_view *v = app_view(app);
	long block = progress_quiz_block(page_doc(app_page(app, app->current), NULL), number);
	long first = -1, last = -1;

	for (size_t i = 0; block >= 0 && i < v->layout.ntargets; i++)
		if (v->layout.targets[i].kind == TARGET_QUIZ &&
		    v->layout.targets[i].index == (size_t)block)
			last = (long)i, first = first < 0 ? (long)i : first;
	if (first < 0)
		return;
	app_show_lines(app, v->layout.targets[first].line, v->layout.targets[last].end_line);
	if (select)
		v->selected = first;
}
