/* summary.h — progress read against the lessons: what the contents screen
 * and `cascade progress` show per page, which quiz a block is, and
 * answering a parsed quiz.  Uses lesson (pages, doc, quiz); no curses. */
#ifndef CASCADE_PROGRESS_SUMMARY_H
#define CASCADE_PROGRESS_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "lesson/diag.h"
#include "progress/progress.h"

struct page;
struct doc;
struct quiz;

/* One page's progress. */
struct progress_summary {
	bool visited;
	int64_t visited_at;  /* last visit, Unix seconds; 0 if never */
	bool read;           /* read to its end at least once */
	size_t quizzes;      /* quiz blocks on the page */
	size_t answered;     /* of them, answered at least once */
	size_t right;        /* of them, answered right the first time: the score */
	size_t sims;         /* different sim models the page's blocks run */
	size_t sims_tried;   /* of them, opened in the explorer from this page */
};

/* Summarises page pg against pr.  Parses pg's doc if it has not been
 * (problems go to d, which must not be NULL).  Answers recorded for quiz
 * numbers the page no longer has are not counted. */
void progress_summarize(const struct progress *pr, struct page *pg, struct diags *d,
                        struct progress_summary *out);

/* The quiz number (0-based, the progress key) of doc block `block`: how
 * many quiz blocks come before it. */
unsigned progress_quiz_number(const struct doc *doc, size_t block);
/* The doc block of quiz number n, or -1 if the doc has fewer quizzes. */
long progress_quiz_block(const struct doc *doc, unsigned n);

/* What answering a quiz came to, for drawing the result. */
struct progress_verdict {
	unsigned chosen;  /* option index (0 = A) */
	unsigned right;   /* the right option's index */
	bool correct;     /* chosen == right */
	bool scored;      /* this was the first answer: the one that counts */
};

/* The student chose option (0 = A) of q, quiz number `number` of page
 * page_id: judges it, records it in pr (not saved) and fills *v.  The
 * explanations to show are q->options[v->chosen] and, if different,
 * q->options[v->right] (expl_first..expl_end).  Returns PROGRESS_OK,
 * PROGRESS_BAD_ANSWER if q has no such option or no right one, or what
 * progress_answer() returned (v is filled all the same). */
enum progress_status progress_answer_quiz(struct progress *pr, const char *page_id,
                                          unsigned number, const struct quiz *q,
                                          unsigned option, time_t now,
                                          struct progress_verdict *v);

#endif
