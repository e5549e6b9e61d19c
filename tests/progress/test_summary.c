/* test_summary.c — progress read against lesson pages: per-page counts for
 * the contents screen and `cascade progress`, quiz numbering, and judging
 * a parsed quiz. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/quiz.h"
#include "progress/summary.h"

static const char markdown[] =
	"Intro.\n\n"
	"```sim circulation minutes=10\nA run.\n```\n\n"
	"```quiz\nFirst?\n\n- [ ] one\n\n  No.\n\n- [x] two\n\n  Yes.\n```\n\n"
	"```sim circulation\nThe same model again.\n```\n\n"
	"```sim detachment\nAnother.\n```\n\n"
	"```quiz\nSecond?\n\n- [x] one\n\n  Yes.\n\n- [ ] two\n\n  No.\n```\n";

static struct page *make_page(void)
{
	struct page *p = calloc(1, sizeof *p);

	assert_non_null(p);
	p->id = strdup("test-page");
	p->title = strdup("Test");
	p->path = strdup("test.md");
	p->text = p->own_text = strdup(markdown);
	p->len = strlen(markdown);
	p->body_line = 1;
	return p;
}

static void free_page(struct page *p)
{
	doc_free(p->doc);
	free(p->id);
	free(p->title);
	free(p->path);
	free(p->own_text);
	free(p);
}

static void quizzes_are_numbered_in_page_order(void **state)
{
	struct page *p = make_page();
	struct diags d;
	struct doc *doc;
	long b0, b1;

	(void)state;
	diags_init(&d);
	doc = page_doc(p, &d);
	b0 = progress_quiz_block(doc, 0);
	b1 = progress_quiz_block(doc, 1);
	assert_true(b0 >= 0 && b1 > b0);
	assert_int_equal(doc->blocks[b0].kind, BLOCK_QUIZ);
	assert_int_equal(doc->blocks[b1].kind, BLOCK_QUIZ);
	assert_int_equal(progress_quiz_number(doc, (size_t)b0), 0);
	assert_int_equal(progress_quiz_number(doc, (size_t)b1), 1);
	assert_int_equal(progress_quiz_block(doc, 2), -1);
	diags_free(&d);
	free_page(p);
}

static void answers_are_judged_and_the_first_is_scored(void **state)
{
	struct page *p = make_page();
	struct progress pr;
	struct progress_verdict v;
	struct diags d;
	struct quiz q;
	struct doc *doc;

	(void)state;
	diags_init(&d);
	doc = page_doc(p, &d);
	progress_init(&pr, "");
	assert_int_equal(quiz_parse(&q, &doc->blocks[progress_quiz_block(doc, 0)], p->path, &d), 0);
	assert_int_equal(progress_answer_quiz(&pr, p->id, 0, &q, 0, 100, &v), PROGRESS_OK);
	assert_false(v.correct);
	assert_true(v.scored);
	assert_int_equal(v.chosen, 0);
	assert_int_equal(v.right, 1);
	assert_int_equal(progress_answer_quiz(&pr, p->id, 0, &q, 1, 101, &v), PROGRESS_OK);
	assert_true(v.correct);
	assert_false(v.scored);
	assert_int_equal(progress_answer_quiz(&pr, p->id, 0, &q, 2, 102, &v), PROGRESS_BAD_ANSWER);
	assert_int_equal(progress_quiz(&pr, p->id, 0)->first, 0);
	assert_false(progress_quiz(&pr, p->id, 0)->first_right);
	assert_int_equal(progress_quiz(&pr, p->id, 0)->latest, 1);
	quiz_free(&q);
	progress_free(&pr);
	diags_free(&d);
	free_page(p);
}

static void a_page_is_summarised(void **state)
{
	struct page *p = make_page();
	struct progress pr;
	struct progress_summary s;
	struct diags d;

	(void)state;
	diags_init(&d);
	progress_init(&pr, "");
	progress_summarize(&pr, p, &d, &s);
	assert_false(s.visited);
	assert_int_equal(s.quizzes, 2);
	assert_int_equal(s.answered, 0);
	assert_int_equal(s.sims, 2); /* circulation twice counts once */
	assert_int_equal(s.sims_tried, 0);

	progress_visit(&pr, p->id, 5, 0.5, 1234);
	progress_answer(&pr, p->id, 1, 0, true, 1234, NULL);
	progress_answer(&pr, p->id, 0, 0, false, 1234, NULL);
	progress_answer(&pr, p->id, 0, 1, true, 1235, NULL);
	progress_answer(&pr, p->id, 7, 0, true, 1234, NULL); /* a quiz the page no longer has */
	progress_answer(&pr, "other-page", 0, 0, true, 1234, NULL);
	progress_sim_opened(&pr, "circulation", 1234);
	progress_sim_opened(&pr, "detachment", 1234);
	progress_sim_tried(&pr, "other-page", "detachment", 1234); /* not this page's */
	progress_sim_tried(&pr, p->id, "circulation", 1234);
	progress_sim_tried(&pr, p->id, "migration", 1234);         /* no block of the page */
	progress_summarize(&pr, p, &d, &s);
	assert_true(s.visited);
	assert_false(s.read);
	assert_int_equal(s.visited_at, 1234);
	assert_int_equal(s.answered, 2);
	assert_int_equal(s.right, 1);
	assert_int_equal(s.sims_tried, 1);
	progress_read(&pr, p->id, 1240);
	progress_summarize(&pr, p, &d, &s);
	assert_true(s.read);
	progress_free(&pr);
	diags_free(&d);
	free_page(p);
}

static void the_built_in_pages_can_be_summarised(void **state)
{
	struct course c;
	struct diags d;
	struct progress pr;
	struct progress_summary s;
	size_t quizzes = 0;

	(void)state;
	diags_init(&d);
	assert_int_equal(course_load(&c, NULL, &d), 0);
	progress_init(&pr, "");
	for (size_t i = 0; i < c.npages; i++) {
		assert_int_equal(progress_visit(&pr, c.pages[i].id, 0, 0, 1), PROGRESS_OK); /* ids are valid names */
		progress_summarize(&pr, &c.pages[i], &d, &s);
		assert_true(s.visited);
		quizzes += s.quizzes;
	}
	assert_true(quizzes > 10);
	assert_int_equal(d.nerrors, 0);
	progress_free(&pr);
	course_free(&c);
	diags_free(&d);
}

/* A page of many sim blocks (hostile content): each model counts once, a
 * tab ends the model's name as a space does, and the count is made in
 * n log n (it was quadratic: 20,000 blocks took 27 s). */
static void many_sims_count_each_model_once(void **state)
{
	static const char *const blocks[] = {
		"```sim circulation\nx\n```\n\n",
		"```sim circulation\tminutes=10\nx\n```\n\n",
		"```sim detachment\nx\n```\n\n",
		"```sim arrest diameter=12\nx\n```\n\n",
	};
	size_t n = 20000, len = 0, cap = 0;
	char *md = NULL;
	struct page *p;
	struct progress pr;
	struct progress_summary sum;

	(void)state;
	for (size_t i = 0; i < n; i++) {
		const char *b = blocks[i % 4];
		size_t bl = strlen(b);

		if (len + bl + 1 > cap) {
			cap = (len + bl + 1) * 2;
			md = realloc(md, cap);
			assert_non_null(md);
		}
		memcpy(md + len, b, bl + 1);
		len += bl;
	}
	p = make_page();
	free(p->own_text);
	p->text = p->own_text = md;
	p->len = len;
	progress_init(&pr, "");
	assert_int_equal(progress_sim_opened(&pr, "detachment", 100), PROGRESS_OK);
	assert_int_equal(progress_sim_tried(&pr, "test-page", "detachment", 100), PROGRESS_OK);
	progress_summarize(&pr, p, NULL, &sum);
	assert_int_equal(sum.sims, 3);
	assert_int_equal(sum.sims_tried, 1);
	progress_free(&pr);
	free_page(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(many_sims_count_each_model_once),
		cmocka_unit_test(quizzes_are_numbered_in_page_order),
		cmocka_unit_test(answers_are_judged_and_the_first_is_scored),
		cmocka_unit_test(a_page_is_summarised),
		cmocka_unit_test(the_built_in_pages_can_be_summarised),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
