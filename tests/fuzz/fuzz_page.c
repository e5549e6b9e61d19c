/* fuzz_page.c — a lesson page as `cascade --content DIR` reads it: the
 * file is loaded (UTF-8 and NUL checks, front matter), parsed into the
 * document model with its sim and quiz blocks, laid out as the pager and
 * as `cascade show` do at a width from 8 to 200 (with and without
 * diagnostics to report to), each block on its own as the glossary pop-up
 * lays it out, and linted.
 *
 * Input: the file's bytes (so that any lesson file is a seed); the width
 * comes from its length. */
#include <stdlib.h>

#include "fuzz.h"
#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/lint.h"
#include "lesson/quiz.h"
#include "lesson/simblock.h"
#include "view/layout.h"

static void lay_out(struct page *p, const struct layout_opts *o, struct diags *d)
{
	struct layout lo;

	layout_page(&lo, p, o, d);
	fuzz_encode_grid(&lo.grid);
	layout_free(&lo);
}

/* What the pager does besides laying the page out: answer each quiz, open
 * each sim block, and show a block on its own. */
static void pager_paths(struct page *p, size_t width)
{
	const struct doc *doc = page_doc(p, NULL);
	struct layout_opts o = { .width = width, .charset = CHARSET_BLOCKS };
	int *choice = calloc(doc->nblocks + 1, sizeof *choice);

	for (size_t i = 0; i < doc->nblocks; i++) {
		const struct block *b = &doc->blocks[i];
		struct layout lo;

		if (b->kind == BLOCK_QUIZ) {
			struct quiz q;

			quiz_parse(&q, b, p->path, NULL);
			quiz_free(&q);
		} else if (b->kind == BLOCK_SIM) {
			struct simblock sb;

			simblock_parse(&sb, b->info, p->path, b->line, NULL);
		}
		if (choice)
			choice[i] = (int)(i % 3) - 1;
		layout_excerpt(&lo, p, i, i + 1, &o);
		layout_free(&lo);
	}
	if (choice) {
		o.quiz_choice = choice;
		o.nquiz_choice = doc->nblocks;
		lay_out(p, &o, NULL);
	}
	free(choice);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_dir();
	struct course c;
	struct diags d;
	size_t width;

	width = 8 + size % 193;
	fuzz_write(dir, "01-fuzz.md", data, size);
	diags_init(&d);
	if (course_load(&c, dir, &d) == 0) {
		for (size_t i = 0; i < c.npages; i++) {
			struct page *p = &c.pages[i];
			struct layout_opts pager = {
				.width = width, .charset = CHARSET_BLOCKS, .sim_previews = true,
			};
			struct layout_opts show = {
				.width = width, .charset = CHARSET_ASCII, .link_notes = true,
				.quiz_answers = true, .sim_previews = true,
			};

			lay_out(p, &pager, &d);
			lay_out(p, &show, NULL);
			pager_paths(p, width);
		}
		lint_course(&c, &d);
		course_free(&c);
	}
	diags_print(&d, fuzz_null());
	diags_free(&d);
	return 0;
}
