/* fuzz_glossary.c — a course's glossary.md: loading its terms, building
 * the matcher from every name and alias, marking the terms in a page as
 * the pager does, laying out each definition as the pop-up does, finding
 * a term by name, and linting the glossary against a page.
 *
 * Input: the glossary file's bytes (the page beside it is fixed). */
#include <string.h>

#include "fuzz.h"
#include "lesson/course.h"
#include "lesson/glossary.h"
#include "lesson/lint.h"
#include "search/glossary_match.h"
#include "view/layout.h"

static const char page[] =
	"---\nid: page\ntitle: A page\n---\n\n"
	"Tumour cells shed into the blood meet platelets, NK cells and shear.\n"
	"Anoikis, EMT and the basement membrane; a CTC; metastases and metastasis.\n";

static void mark_terms(struct course *c, const struct glossary *g)
{
	struct layout_opts o = { .width = 50, .charset = CHARSET_BLOCKS };
	struct gloss_matcher m;

	if (gloss_matcher_from_glossary(&m, g) == SEARCH_OK) {
		for (size_t i = 0; i < c->npages; i++) {
			struct layout lo;
			struct gloss_hits h;

			if (layout_page(&lo, &c->pages[i], &o, NULL) == 0) {
				gloss_find_layout(&m, &lo, &h);
				gloss_hits_free(&h);
			}
			layout_free(&lo);
		}
	}
	gloss_matcher_free(&m);
	for (size_t t = 0; t < g->nterms; t++) {
		struct layout lo;

		layout_excerpt(&lo, c->glossary, g->terms[t].def_first, g->terms[t].def_end, &o);
		fuzz_encode_grid(&lo.grid);
		layout_free(&lo);
		glossary_find(g, g->terms[t].name, strlen(g->terms[t].name));
	}
	glossary_find(g, "platelet", 8);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_dir();
	struct course c;
	struct diags d;

	fuzz_write(dir, "02-page.md", page, sizeof page - 1);
	fuzz_write(dir, "glossary.md", data, size);
	diags_init(&d);
	if (course_load(&c, dir, &d) == 0) {
		if (c.glossary) {
			struct glossary g;

			if (glossary_load(&g, c.glossary, &d) == 0)
				mark_terms(&c, &g);
			glossary_free(&g);
		}
		lint_course(&c, &d);
		course_free(&c);
	}
	diags_print(&d, fuzz_null());
	diags_free(&d);
	fuzz_remove(dir, "glossary.md");
	fuzz_remove(dir, "02-page.md");
	return 0;
}
