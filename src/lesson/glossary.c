/* glossary.c — grouping the glossary page's blocks into terms, aliases and
 * definitions (see glossary.h). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lesson/course.h"
#include "lesson/doc.h"
#include "lesson/glossary.h"
#include "util/grow.h"

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* Copies s[0..n) without leading and trailing blanks; NULL out of memory. */
static char *trimmed_dup(const char *s, size_t n)
{
	char *out;

	while (n > 0 && is_blank(*s)) {
		s++;
		n--;
	}
	while (n > 0 && is_blank(s[n - 1]))
		n--;
	out = malloc(n + 1);
	if (out) {
		memcpy(out, s, n);
		out[n] = '\0';
	}
	return out;
}

/* Whether block b is a top-level paragraph starting "Also:". */
static int is_also(const struct block *b)
{
	size_t n = strlen(GLOSSARY_ALSO);

	return b->kind == BLOCK_PARAGRAPH && b->list_depth == 0 && b->quote_depth == 0 &&
	       b->nspans > 0 && strncmp(b->spans[0].text, GLOSSARY_ALSO, n) == 0;
}

/* Splits "Also: a, b" of block b into t's aliases.  -1 out of memory. */
static int read_aliases(struct gloss_term *t, const struct block *b,
                        const char *path, struct diags *d)
{
	char *text = block_text(b);
	const char *piece = text + strlen(GLOSSARY_ALSO);
	size_t count = 1;
	bool more;
	int rc = 0;

	for (const char *c = piece; *c; c++)
		count += *c == ',';
	t->aliases_line = b->line;
	if (!(t->aliases = calloc(count, sizeof *t->aliases))) {
		free(text);
		return -1;
	}
	while (is_blank(*piece))
		piece++;
	/* Nothing at all after "Also:" is left to the caller to report. */
	for (more = *piece != '\0'; more;) {
		const char *comma = strchr(piece, ',');
		size_t n = comma ? (size_t)(comma - piece) : strlen(piece);
		char *alias = trimmed_dup(piece, n);

		if (!alias) {
			rc = -1;
			break;
		}
		if (*alias) {
			t->aliases[t->naliases++] = alias;
		} else {
			free(alias);
			if (d)
				diag_add(d, DIAG_ERROR, path, b->line,
				         "empty alias in '" GLOSSARY_ALSO "' of glossary term '%s'", t->name);
		}
		more = comma != NULL;
		piece = comma ? comma + 1 : piece;
	}
	free(text);
	return rc;
}

/* Starts a new term at heading block i; -1 out of memory. */
static int add_term(struct glossary *g, size_t *cap, const struct block *b, size_t i)
{
	struct gloss_term *t;

	if (grow_for_one((void **)&g->terms, cap, g->nterms, sizeof *g->terms, 64))
		return -1;
	t = &g->terms[g->nterms];
	memset(t, 0, sizeof *t);
	t->name = block_text(b);
	t->line = b->line;
	t->def_first = t->def_end = i + 1;
	g->nterms++;
	return 0;
}

int glossary_load(struct glossary *g, struct page *p, struct diags *d)
{
	const struct doc *doc;
	size_t cap = 0;
	struct gloss_term *t = NULL;

	memset(g, 0, sizeof *g);
	g->page = p;
	g->doc = doc = page_doc(p, d);
	for (size_t i = 0; i < doc->nblocks; i++) {
		const struct block *b = &doc->blocks[i];

		if (b->kind == BLOCK_HEADING && b->level == 2) {
			if (add_term(g, &cap, b, i) != 0)
				return -1;
			t = &g->terms[g->nterms - 1];
			continue;
		}
		if (!t) {
			if (d)
				diag_add(d, DIAG_WARNING, p->path, b->line,
				         "glossary text before the first '## Term' belongs to no term");
			/* Say it once. */
			while (i + 1 < doc->nblocks && !(doc->blocks[i + 1].kind == BLOCK_HEADING &&
			                                 doc->blocks[i + 1].level == 2))
				i++;
			continue;
		}
		if (is_also(b)) {
			if (i == t->def_first && !t->aliases) {
				if (read_aliases(t, b, p->path, d) != 0)
					return -1;
				if (t->naliases == 0 && d)
					diag_add(d, DIAG_ERROR, p->path, b->line,
					         "'" GLOSSARY_ALSO "' of glossary term '%s' names no alias", t->name);
				t->def_first = t->def_end = i + 1;
				continue;
			}
			if (d)
				diag_add(d, DIAG_WARNING, p->path, b->line,
				         "'" GLOSSARY_ALSO "' must come straight after its term's heading");
		}
		t->def_end = i + 1;
	}
	for (size_t k = 0; k < g->nterms && d; k++)
		if (g->terms[k].def_first == g->terms[k].def_end)
			diag_add(d, DIAG_ERROR, p->path, g->terms[k].line,
			         "glossary term '%s' has no definition", g->terms[k].name);
	return 0;
}

void glossary_free(struct glossary *g)
{
	for (size_t i = 0; i < g->nterms; i++) {
		for (size_t k = 0; k < g->terms[i].naliases; k++)
			free(g->terms[i].aliases[k]);
		free(g->terms[i].aliases);
		free(g->terms[i].name);
	}
	free(g->terms);
	memset(g, 0, sizeof *g);
}

static int same(const char *name, const char *text, size_t len)
{
	return strlen(name) == len && strncasecmp(name, text, len) == 0;
}

const struct gloss_term *glossary_find(const struct glossary *g,
                                       const char *text, size_t len)
{
	for (size_t i = 0; i < g->nterms; i++) {
		const struct gloss_term *t = &g->terms[i];

		if (same(t->name, text, len))
			return t;
		for (size_t k = 0; k < t->naliases; k++)
			if (same(t->aliases[k], text, len))
				return t;
	}
	return NULL;
}
