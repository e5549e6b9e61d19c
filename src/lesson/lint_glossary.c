/* lint_glossary.c — the glossary as a whole: every term defined once, no
 * alias that is another term or another term's alias, alphabetical order
 * (see lint_impl.h).  Names are compared ignoring ASCII case, as look-ups
 * match them. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lesson/course.h"
#include "lesson/glossary.h"
#include "lesson/lint_impl.h"

#define NOT_ALIAS ((size_t)-1)

/* A term's name or one of its aliases. */
struct name {
	const char *text;
	size_t term;  /* index in the glossary */
	size_t alias; /* index in the term's aliases, or NOT_ALIAS for its name */
};

/* Rank within the term: its name first, then its aliases in order. */
static size_t rank(const struct name *n)
{
	return n->alias == NOT_ALIAS ? 0 : n->alias + 1;
}

static int by_text(const void *a, const void *b)
{
	const struct name *x = a, *y = b;
	int c = strcasecmp(x->text, y->text);

	if (c)
		return c;
	if (x->term != y->term)
		return (x->term > y->term) - (x->term < y->term);
	return (rank(x) > rank(y)) - (rank(x) < rank(y));
}

/* Reports the equal names run[0..n), sorted by by_text(): every one but
 * the first, by what it is and what it collides with. */
static void report_run(struct lint *l, const struct glossary *g, const struct name *run,
                       size_t n)
{
	const char *path = g->page->path;
	const struct name *first_term = NULL, *first_alias = NULL;

	for (size_t i = 0; i < n; i++) {
		const struct name *x = &run[i];
		const struct gloss_term *t = &g->terms[x->term];

		if (x->alias == NOT_ALIAS) {
			if (first_term)
				diag_add(l->d, DIAG_ERROR, path, t->line,
				         "glossary term '%s' is defined twice (first at line %d)",
				         t->name, g->terms[first_term->term].line);
			else
				first_term = x;
			continue;
		}
		if (first_term && first_term->term == x->term)
			diag_add(l->d, DIAG_WARNING, path, t->aliases_line,
			         "alias '%s' of '%s' is the term itself", x->text, t->name);
		else if (first_term)
			diag_add(l->d, DIAG_ERROR, path, t->aliases_line,
			         "alias '%s' of '%s' is also the term at line %d", x->text, t->name,
			         g->terms[first_term->term].line);
		else if (first_alias && first_alias->term == x->term)
			diag_add(l->d, DIAG_WARNING, path, t->aliases_line,
			         "alias '%s' of '%s' is given twice", x->text, t->name);
		else if (first_alias)
			diag_add(l->d, DIAG_ERROR, path, t->aliases_line,
			         "alias '%s' of '%s' is also an alias of '%s' (line %d)", x->text,
			         t->name, g->terms[first_alias->term].name,
			         g->terms[first_alias->term].aliases_line);
		if (!first_alias)
			first_alias = x;
	}
}

/* Names that collide, found by sorting all names; -1 out of memory. */
static int check_collisions(struct lint *l, const struct glossary *g)
{
	size_t n = 0, k = 0;
	struct name *names;

	for (size_t t = 0; t < g->nterms; t++)
		n += 1 + g->terms[t].naliases;
	if (!(names = calloc(n ? n : 1, sizeof *names)))
		return -1;
	for (size_t t = 0; t < g->nterms; t++) {
		names[k++] = (struct name){ g->terms[t].name, t, NOT_ALIAS };
		for (size_t a = 0; a < g->terms[t].naliases; a++)
			names[k++] = (struct name){ g->terms[t].aliases[a], t, a };
	}
	qsort(names, n, sizeof *names, by_text);
	for (size_t i = 0; i < n;) {
		size_t end = i + 1;

		while (end < n && strcasecmp(names[i].text, names[end].text) == 0)
			end++;
		if (end - i > 1)
			report_run(l, g, names + i, end - i);
		i = end;
	}
	free(names);
	return 0;
}

static void check_order(struct lint *l, const struct glossary *g)
{
	for (size_t t = 1; t < g->nterms; t++)
		if (strcasecmp(g->terms[t - 1].name, g->terms[t].name) > 0)
			diag_add(l->d, DIAG_WARNING, g->page->path, g->terms[t].line,
			         "glossary term '%s' is out of alphabetical order (after '%s')",
			         g->terms[t].name, g->terms[t - 1].name);
}

void lint_check_glossary(struct lint *l)
{
	struct glossary g;
	struct page *p = l->c->glossary;

	if (glossary_load(&g, p, l->d) != 0 || check_collisions(l, &g) != 0) {
		diag_add(l->d, DIAG_ERROR, p->path, 0, "out of memory reading the glossary");
		glossary_free(&g);
		return;
	}
	if (g.nterms == 0)
		diag_add(l->d, DIAG_ERROR, p->path, 0, "the glossary defines no terms ('## Term' headings)");
	check_order(l, &g);
	lint_check_links(l, p, g.doc);
	glossary_free(&g);
}
