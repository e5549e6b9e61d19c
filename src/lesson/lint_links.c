/* lint_links.c — heading anchors and links: every internal link names a
 * page by id and, after '#', a heading anchor of that page; external links
 * are https URLs (see lint_impl.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/lint_impl.h"

static int by_slug(const void *a, const void *b)
{
	const struct lint_anchor *x = a, *y = b;
	int c = strcmp(x->slug, y->slug);

	if (c)
		return c;
	return (x->order > y->order) - (x->order < y->order);
}

/* The anchors of page p into *a; -1 out of memory. */
static int build_page(struct lint *l, struct page *p, struct lint_anchors *a)
{
	const struct doc *doc = page_doc(p, l->d);
	size_t n = 0;

	for (size_t i = 0; i < doc->nblocks; i++)
		n += doc->blocks[i].kind == BLOCK_HEADING;
	if (n == 0)
		return 0;
	if (!(a->items = calloc(n, sizeof *a->items)))
		return -1;
	for (size_t i = 0; i < doc->nblocks; i++) {
		const struct block *b = &doc->blocks[i];
		char *text;

		if (b->kind != BLOCK_HEADING)
			continue;
		if (!(a->items[a->n].slug = malloc(LINT_SLUG_MAX)))
			return -1;
		text = block_text(b);
		doc_slug(text, a->items[a->n].slug, LINT_SLUG_MAX);
		free(text);
		a->items[a->n].line = b->line;
		a->items[a->n].order = a->n;
		a->n++;
	}
	qsort(a->items, a->n, sizeof *a->items, by_slug);
	/* Terms defined twice are the glossary check's to report. */
	for (size_t i = 1, first = 0; i < a->n && p != l->c->glossary; i++) {
		const struct lint_anchor *x = &a->items[i];

		if (strcmp(a->items[first].slug, x->slug) != 0)
			first = i;
		else
			diag_add(l->d, DIAG_WARNING, p->path, x->line,
			         "heading anchor '#%s' is also line %d's; links reach only the first",
			         x->slug, a->items[first].line);
	}
	return 0;
}

int lint_anchors_build(struct lint *l)
{
	size_t n = l->c->npages;

	if (!(l->anchors = calloc(n + 1, sizeof *l->anchors)))
		return -1;
	for (size_t i = 0; i < n; i++)
		if (build_page(l, &l->c->pages[i], &l->anchors[i]) != 0)
			return -1;
	if (l->c->glossary && build_page(l, l->c->glossary, &l->anchors[n]) != 0)
		return -1;
	return 0;
}

void lint_anchors_free(struct lint *l)
{
	if (!l->anchors)
		return;
	for (size_t i = 0; i <= l->c->npages; i++) {
		for (size_t k = 0; k < l->anchors[i].n; k++)
			free(l->anchors[i].items[k].slug);
		free(l->anchors[i].items);
	}
	free(l->anchors);
	l->anchors = NULL;
}

static const struct lint_anchors *anchors_of(const struct lint *l, const struct page *p)
{
	if (p == l->c->glossary)
		return &l->anchors[l->c->npages];
	return &l->anchors[course_index(l->c, p)];
}

bool lint_has_anchor(struct lint *l, const struct page *p, const char *slug,
                     char near_buf[LINT_SLUG_MAX])
{
	const struct lint_anchors *a = anchors_of(l, p);
	const char *best = NULL;
	size_t best_dist = (size_t)-1, lo = 0, hi = a->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(a->items[mid].slug, slug);

		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* "#platelets" for "#platelets-an-escort-not-just-a-clot": the first
	 * anchor (in order) that begins with what was written, before any
	 * merely near one. */
	if (*slug && lo < a->n && strncmp(a->items[lo].slug, slug, strlen(slug)) == 0) {
		snprintf(near_buf, LINT_SLUG_MAX, "%s", a->items[lo].slug);
		return false;
	}
	for (size_t i = 0; i < a->n && l->suggest_budget > 0; i++)
		lint_consider(l, slug, a->items[i].slug, &best, &best_dist);
	snprintf(near_buf, LINT_SLUG_MAX, "%s", best ? best : "");
	return false;
}

/* As the pager decides (tui/nav.c): a scheme before any '/' or '#'. */
static bool is_external(const char *dest)
{
	const char *colon = strchr(dest, ':');

	return colon && colon != dest && strcspn(dest, ":/#") == (size_t)(colon - dest);
}

/* A page by its id, the glossary included (the pager shows it as a page). */
static struct page *page_by_id(struct course *c, const char *id)
{
	for (size_t i = 0; i < c->npages; i++)
		if (strcmp(c->pages[i].id, id) == 0)
			return &c->pages[i];
	if (c->glossary && strcmp(c->glossary->id, id) == 0)
		return c->glossary;
	return NULL;
}

/* The page a link names by key, or NULL after a diagnostic. */
static struct page *link_page(struct lint *l, const struct page *from, const char *dest,
                              const char *key, int line)
{
	struct page *to = page_by_id(l->c, key);
	const char *best = NULL;
	size_t best_dist = (size_t)-1;

	if (to)
		return to;
	if ((to = course_find(l->c, key)) != NULL) {
		diag_add(l->d, DIAG_WARNING, from->path, line,
		         "link '%.200s' names a page by number: use its id '%s'", dest, to->id);
		return to;
	}
	for (size_t i = 0; i < l->c->npages && l->suggest_budget > 0; i++)
		lint_consider(l, key, l->c->pages[i].id, &best, &best_dist);
	diag_add(l->d, DIAG_ERROR, from->path, line, "link '%.200s': no page '%.200s'%s%s%s",
	         dest, key, best ? " (did you mean '" : "", best ? best : "", best ? "'?)" : "");
	return NULL;
}

static void check_link(struct lint *l, struct page *from, const char *dest, int line)
{
	char key[LINT_SLUG_MAX * 2], near[LINT_SLUG_MAX];
	const char *hash = strchr(dest, '#');
	size_t n = hash ? (size_t)(hash - dest) : strlen(dest);
	struct page *to = from;

	if (!*dest || (n == 0 && !hash[1])) {
		diag_add(l->d, DIAG_ERROR, from->path, line, "link with an empty target");
		return;
	}
	if (is_external(dest)) {
		if (strncmp(dest, "https://", 8) != 0)
			diag_add(l->d, DIAG_WARNING, from->path, line,
			         "external link '%.200s' is not an https URL", dest);
		return;
	}
	if (n >= sizeof key) {
		diag_add(l->d, DIAG_ERROR, from->path, line, "link '%.40s...': no such page", dest);
		return;
	}
	memcpy(key, dest, n);
	key[n] = '\0';
	if (n && !(to = link_page(l, from, dest, key, line)))
		return;
	if (!hash || !hash[1] || lint_has_anchor(l, to, hash + 1, near))
		return;
	diag_add(l->d, DIAG_ERROR, from->path, line,
	         "link '%.200s': page '%s' has no heading '#%.200s'%s%s%s", dest, to->id, hash + 1,
	         *near ? " (did you mean '#" : "", near, *near ? "'?)" : "");
}

void lint_check_links(struct lint *l, struct page *p, const struct doc *doc)
{
	for (size_t i = 0; i < doc->nlinks; i++)
		check_link(l, p, doc->links[i].dest, doc->links[i].line);
}
