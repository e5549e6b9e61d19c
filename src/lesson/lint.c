/* lint.c — the checks of `cascade lint` over a loaded course (see lint.h
 * for what is checked here and what the parsers check themselves), and
 * finding a content directory's walkthrough files (read by walkthrough.c). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/lint.h"
#include "lesson/lint_impl.h"
#include "lesson/quiz.h"
#include "lesson/refs.h"
#include "lesson/simblock.h"
#include "lesson/walkthrough.h"
#include "util/edit.h"
#include "util/grow.h"

bool lint_is_step_page(const struct page *p)
{
	return p->number >= LINT_FIRST_STEP && p->number <= LINT_LAST_STEP;
}

/* ---- helpers ---- */


void lint_consider(struct lint *l, const char *word, const char *candidate,
                   const char **best, size_t *best_dist)
{
	size_t dist, limit;

	if (l->suggest_budget == 0)
		return;
	l->suggest_budget--;
	limit = strlen(word) / 3 > 2 ? strlen(word) / 3 : 2;
	dist = edit_distance(word, candidate);
	if (dist <= limit && dist < *best_dist) {
		*best = candidate;
		*best_dist = dist;
	}
}

static bool is_heading(const struct block *b, int level, const char *slug)
{
	char s[LINT_SLUG_MAX];
	char *text;

	if (b->kind != BLOCK_HEADING || b->level != level)
		return false;
	text = block_text(b);
	doc_slug(text, s, sizeof s);
	free(text);
	return strcmp(s, slug) == 0;
}

/* The index of the first `## ` heading with that slug, or nblocks. */
static size_t find_section(const struct doc *doc, const char *slug)
{
	size_t i = 0;

	while (i < doc->nblocks && !is_heading(&doc->blocks[i], 2, slug))
		i++;
	return i;
}

/* The end of the section whose heading is block i: the next heading of
 * level 1 or 2, or nblocks. */
static size_t section_end(const struct doc *doc, size_t i)
{
	for (i++; i < doc->nblocks; i++)
		if (doc->blocks[i].kind == BLOCK_HEADING && doc->blocks[i].level <= 2)
			break;
	return i;
}

/* ---- headings ---- */

static void check_headings(struct lint *l, struct page *p, const struct doc *doc)
{
	for (size_t i = 0; i < doc->nblocks; i++)
		if (doc->blocks[i].kind == BLOCK_HEADING && doc->blocks[i].level == 1)
			diag_add(l->d, DIAG_WARNING, p->path, doc->blocks[i].line,
			         "'#' heading: the title is printed from front matter; sections start at '##'");
}

/* ---- learning objectives and references ---- */

/* List entries (first blocks of top-level items) in blocks [from, to). */
static size_t count_entries(const struct doc *doc, size_t from, size_t to)
{
	size_t n = 0;

	for (size_t i = from; i < to; i++)
		n += doc->blocks[i].list_depth == 1 && doc->blocks[i].marker != MARKER_NONE;
	return n;
}

static void check_objectives(struct lint *l, struct page *p, const struct doc *doc)
{
	size_t at = find_section(doc, "learning-objectives");
	bool step = lint_is_step_page(p);
	size_t n;

	if (at < doc->nblocks && at > 0)
		diag_add(l->d, DIAG_ERROR, p->path, doc->blocks[at].line,
		         "'## Learning objectives' must be the page's first section");
	else if (at == doc->nblocks && step)
		diag_add(l->d, DIAG_ERROR, p->path, doc->nblocks ? doc->blocks[0].line : p->body_line,
		         "a step page must open with '## Learning objectives'");
	if (at == doc->nblocks)
		return;
	n = count_entries(doc, at + 1, section_end(doc, at));
	if (n == 0)
		diag_add(l->d, DIAG_ERROR, p->path, doc->blocks[at].line,
		         "'## Learning objectives' needs a bullet list of objectives");
	else if (n < LINT_MIN_OBJECTIVES || n > LINT_MAX_OBJECTIVES)
		diag_add(l->d, DIAG_WARNING, p->path, doc->blocks[at].line,
		         "%zu learning objectives: write %d to %d", n,
		         LINT_MIN_OBJECTIVES, LINT_MAX_OBJECTIVES);
}

/* Whether text ends "PMID" blank digits (trailing blanks allowed). */
static bool ends_with_pmid(const char *text)
{
	size_t n = strlen(text), digits = 0;

	while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t'))
		n--;
	while (n > 0 && text[n - 1] >= '0' && text[n - 1] <= '9') {
		n--;
		digits++;
	}
	if (digits == 0 || digits > 9 || n < 5 || text[n - 1] != ' ')
		return false;
	n--;
	return strncmp(text + n - 4, "PMID", 4) == 0 &&
	       (n == 4 || text[n - 5] == ' ' || text[n - 5] == '.' || text[n - 5] == ';' ||
	        text[n - 5] == ',' || text[n - 5] == '(');
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Whether text ends "doi 10.NNNN/suffix" (trailing blanks and a full stop
 * allowed). */
static bool ends_with_doi(const char *text)
{
	const char *doi = NULL;

	for (const char *s = strstr(text, "doi 10."); s; s = strstr(s + 1, "doi 10."))
		doi = s;
	if (!doi || (doi > text && !strchr(" \n.;,", doi[-1])))
		return false;
	doi += strlen("doi 10.");
	if (!is_digit(*doi))
		return false;
	while (is_digit(*doi) || *doi == '.')
		doi++;
	if (*doi++ != '/' || *doi == '\0' || *doi == ' ')
		return false;
	doi += strcspn(doi, " \t\n");
	return doi[strspn(doi, " \t\n")] == '\0';
}

/* Whether text holds a full journal citation: authors, a title and a
 * journal as at least three parts ending in '.' or '?', then year;volume
 * and pages, as in "Butler TP, Gullino PM. Quantitation of ... . Cancer Res
 * 1975;35(3):512-516." */
static bool is_full_citation(const char *text)
{
	size_t parts = 0;

	for (const char *s = text; *s; s++) {
		if ((*s == '.' || *s == '?') && (s[1] == ' ' || s[1] == '\n'))
			parts++;
		if (*s == ';' && s - text >= 4 && is_digit(s[-1]) && is_digit(s[-2]) &&
		    is_digit(s[-3]) && is_digit(s[-4]) && is_digit(s[1])) {
			const char *colon = s + 1 + strcspn(s + 1, ": \n");

			return parts >= 2 && *colon == ':' && (is_digit(colon[1]) ||
			                                       colon[1] == 'e');
		}
	}
	return false;
}

/* Checks the entries of the References section [at+1, end). */
static void check_reference_entries(struct lint *l, struct page *p, const struct doc *doc,
                                    size_t at, size_t end)
{
	size_t entries = 0;

	for (size_t i = at + 1; i < end; i++) {
		const struct block *b = &doc->blocks[i];
		size_t last = i;
		char *text;

		if (b->list_depth == 0) {
			if (b->kind != BLOCK_HEADING)
				diag_add(l->d, DIAG_ERROR, p->path, b->line,
				         "'## References' holds a bullet list only; this is not an entry");
			continue;
		}
		if (b->list_depth != 1 || b->marker == MARKER_NONE)
			continue;
		entries++;
		while (last + 1 < end && doc->blocks[last + 1].list_depth >= 1 &&
		       !(doc->blocks[last + 1].list_depth == 1 && doc->blocks[last + 1].marker != MARKER_NONE))
			last++;
		text = block_text(&doc->blocks[last]);
		if (!ends_with_pmid(text) && !ends_with_doi(text) && !is_full_citation(text))
			diag_add(l->d, DIAG_ERROR, p->path, b->line,
			         "reference needs a full citation ('Authors. Title. Journal "
			         "year;volume:pages'), a PMID or a doi");
		free(text);
	}
	if (entries == 0)
		diag_add(l->d, DIAG_ERROR, p->path, doc->blocks[at].line, "'## References' lists nothing");
}

static void check_references(struct lint *l, struct page *p, const struct doc *doc)
{
	size_t at = find_section(doc, "references");
	size_t end;

	if (at == doc->nblocks) {
		if (lint_is_step_page(p))
			diag_add(l->d, DIAG_ERROR, p->path, 0,
			         "a step page must end with a '## References' section");
		return;
	}
	end = section_end(doc, at);
	check_reference_entries(l, p, doc, at, end);
	if (end < doc->nblocks) {
		char *text = block_text(&doc->blocks[end]);

		diag_add(l->d, DIAG_ERROR, p->path, doc->blocks[end].line,
		         "'%.80s' comes after '## References', which must be the last section", text);
		free(text);
	}
}

/* ---- sim and quiz blocks ---- */

static bool is_blank_text(const char *s)
{
	return !s || s[strspn(s, " \t\r\n")] == '\0';
}

static void check_quiz(struct lint *l, struct page *p, const struct block *b)
{
	struct quiz q;

	quiz_parse(&q, b, p->path, l->d);
	if (q.noptions >= 2 && (q.noptions < LINT_MIN_OPTIONS || q.noptions > LINT_MAX_OPTIONS))
		diag_add(l->d, DIAG_WARNING, p->path, b->line, "quiz has %zu options: give %d to %d",
		         q.noptions, LINT_MIN_OPTIONS, LINT_MAX_OPTIONS);
	lint_check_links(l, p, q.doc);
	quiz_free(&q);
}

static void check_blocks(struct lint *l, struct page *p, const struct doc *doc)
{
	size_t sims = 0, quizzes = 0;

	for (size_t i = 0; i < doc->nblocks; i++) {
		const struct block *b = &doc->blocks[i];
		struct simblock sb;

		if (b->kind == BLOCK_SIM) {
			sims++;
			simblock_parse(&sb, b->info, p->path, b->line, l->d);
			if (is_blank_text(b->literal))
				diag_add(l->d, DIAG_WARNING, p->path, b->line,
				         "sim block has no question: say in a sentence what it answers");
		} else if (b->kind == BLOCK_QUIZ) {
			quizzes++;
			check_quiz(l, p, b);
		}
	}
	if (!lint_is_step_page(p))
		return;
	if (sims == 0)
		diag_add(l->d, DIAG_ERROR, p->path, 0, "a step page needs at least one sim block");
	if (quizzes < LINT_MIN_QUIZZES)
		diag_add(l->d, DIAG_ERROR, p->path, 0, "a step page needs at least %d quiz blocks (has %zu)",
		         LINT_MIN_QUIZZES, quizzes);
}

/* ---- citations ---- */

struct cite_key {
	const char *surname; /* into an entry's text */
	size_t len;
	int year;
};

static int cite_key_cmp(const void *a, const void *b)
{
	const struct cite_key *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->surname, y->surname, n);

	if (c == 0 && x->len != y->len)
		c = x->len < y->len ? -1 : 1;
	if (c == 0 && x->year != y->year)
		c = x->year < y->year ? -1 : 1;
	return c;
}

/* Every author-year citation in the text ("(Weiss et al. 1980)") names the
 * first author and year of an entry of the page's References.  Sorted keys
 * and a binary search per citation: O((n + m) log n). */
static void check_citations(struct lint *l, struct page *p)
{
	struct page_refs r;
	struct cite_key *keys = NULL;

	if (page_refs_read(p, l->d, &r) != 0 || r.ncites == 0)
		goto out;
	if (r.nentries && !(keys = malloc(r.nentries * sizeof *keys)))
		goto out;
	for (size_t i = 0; i < r.nentries; i++)
		ref_entry_key(r.entries[i].text, &keys[i].surname, &keys[i].len, &keys[i].year);
	if (r.nentries)
		qsort(keys, r.nentries, sizeof *keys, cite_key_cmp);
	for (size_t i = 0; i < r.ncites; i++) {
		struct cite_key want = {r.cites[i].surname, strlen(r.cites[i].surname),
		                        r.cites[i].year};

		if (r.nentries && bsearch(&want, keys, r.nentries, sizeof *keys, cite_key_cmp))
			continue;
		diag_add(l->d, DIAG_ERROR, p->path, r.cites[i].line,
		         "'%.60s %d' is cited but is not in the page's References%s",
		         r.cites[i].surname, r.cites[i].year,
		         r.has_section ? "" : " (it has none)");
	}
out:
	free(keys);
	page_refs_free(&r);
}

/* ---- the course ---- */

static void check_page(struct lint *l, struct page *p)
{
	const struct doc *doc = page_doc(p, l->d);

	check_headings(l, p, doc);
	check_objectives(l, p, doc);
	check_references(l, p, doc);
	check_citations(l, p);
	check_blocks(l, p, doc);
	lint_check_links(l, p, doc);
}

size_t lint_course(struct course *c, struct diags *d)
{
	struct lint l = { .c = c, .d = d, .suggest_budget = LINT_SUGGEST_BUDGET };
	size_t before = d->len;

	if (lint_anchors_build(&l) != 0) {
		diag_add(d, DIAG_ERROR, c->npages ? c->pages[0].path : "-", 0,
		         "out of memory checking the course");
	} else {
		for (size_t i = 0; i < c->npages; i++)
			check_page(&l, &c->pages[i]);
		if (c->glossary)
			lint_check_glossary(&l);
	}
	lint_anchors_free(&l);
	return d->len - before;
}

/* ---- walkthroughs ---- */

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of dir's walkthrough files, sorted, into *names; -1 after a
 * message. */
static int walk_names(const char *dir, char ***names, size_t *n, struct diags *d)
{
	size_t suffix = strlen(WALK_SUFFIX), cap = 0;
	DIR *dp = opendir(dir);
	struct dirent *e;

	*names = NULL;
	*n = 0;
	if (!dp) {
		diag_add(d, DIAG_ERROR, dir, 0, "cannot open content directory: %s", strerror(errno));
		return -1;
	}
	while ((e = readdir(dp)) != NULL && *n < LINT_MAX_WALKTHROUGHS) {
		size_t len = strlen(e->d_name);

		if (e->d_name[0] == '.' || len <= suffix ||
		    strcmp(e->d_name + len - suffix, WALK_SUFFIX) != 0)
			continue;
		if (grow_for_one((void **)names, &cap, *n, sizeof **names, 8))
			break;
		if (((*names)[*n] = strdup(e->d_name)) != NULL)
			(*n)++;
	}
	closedir(dp);
	if (*n)
		qsort(*names, *n, sizeof **names, by_name);
	return 0;
}

size_t lint_walkthroughs(struct course *c, const char *dir, struct diags *d, size_t *nfiles)
{
	size_t before = d->len, n;
	char **names;

	if (nfiles)
		*nfiles = 0;
	if (walk_names(dir, &names, &n, d) != 0)
		return d->len - before;
	if (nfiles)
		*nfiles = n;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(dir) + strlen(names[i]) + 2;
		char *path = malloc(len);
		struct walkthrough w;

		if (path) {
			snprintf(path, len, "%s/%s", dir, names[i]);
			walkthrough_load(&w, path, c, d);
			walkthrough_free(&w);
		}
		free(path);
		free(names[i]);
	}
	free(names);
	return d->len - before;
}
