/* glossary_match.c — one pattern of every glossary term and alias, and
 * the terms it finds in a page (see glossary_match.h).
 *
 * The pattern is (?<!\w)(?:name(*:k)|...)(?:e?s)?(?!\w), names longest
 * first so that "circulating tumour cell" wins over "circulating", each
 * alternative marking its index k, which pcre2_get_mark() gives back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lesson/glossary.h"
#include "search/glossary_match.h"
#include "search/search_impl.h"

#define GLOSS_HEAD "(?<!\\w)(?:"
#define GLOSS_TAIL ")(?:e?s)?(?!\\w)"

/* Every name is escaped, so the pattern is literals: safe to JIT. */
static const struct search_opts gloss_opts = { .jit = true };

struct buf {
	char *s;
	size_t len, cap;
	int err;
};

static void put(struct buf *b, const char *s, size_t n)
{
	if (b->err)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : SEARCH_INITIAL_CAP;
		char *p;

		while (cap < b->len + n + 1)
			cap *= 2;
		p = realloc(b->s, cap);
		if (!p) {
			b->err = -1;
			return;
		}
		b->s = p;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

/* Appends name as a pattern that matches it literally, any run of blanks
 * matching any run of white space (so a wrap or two spaces still match). */
static void put_escaped(struct buf *b, const char *name)
{
	for (const unsigned char *s = (const unsigned char *)name; *s;) {
		char esc[8];

		if (*s == ' ' || *s == '\t' || *s == '\n') {
			while (*s == ' ' || *s == '\t' || *s == '\n')
				s++;
			put(b, "\\s+", 3);
			continue;
		}
		if (*s >= 0x80 || (*s >= '0' && *s <= '9') ||
		    ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z')) {
			put(b, (const char *)s, 1);
		} else if (*s < 0x20 || *s == 0x7f) {
			snprintf(esc, sizeof esc, "\\x{%02x}", *s);
			put(b, esc, strlen(esc));
		} else {
			esc[0] = '\\', esc[1] = (char)*s;
			put(b, esc, 2);
		}
		s++;
	}
}

/* Longest first; of equal lengths, the earlier term first. */
static int by_length(const void *a, const void *b)
{
	const struct gloss_name *x = a, *y = b;
	size_t lx = strlen(x->text), ly = strlen(y->text);

	if (lx != ly)
		return lx > ly ? -1 : 1;
	return x->term < y->term ? -1 : x->term > y->term;
}

/* Whether name is a repeat, ignoring ASCII case, of one before it. */
static bool seen(const struct gloss_name *names, size_t i)
{
	for (size_t k = 0; k < i; k++)
		if (strcasecmp(names[k].text, names[i].text) == 0)
			return true;
	return false;
}

static enum search_status compile(struct gloss_matcher *m, struct gloss_name *v,
                                  size_t n, struct search_error *err)
{
	struct buf b = { 0 };
	enum search_status st;

	m->terms = malloc((n ? n : 1) * sizeof *m->terms);
	if (!m->terms)
		return SEARCH_NOMEM;
	put(&b, GLOSS_HEAD, strlen(GLOSS_HEAD));
	for (size_t i = 0; i < n; i++) {
		char mark[32];

		if (!*v[i].text || seen(v, i))
			continue;
		if (m->nnames)
			put(&b, "|", 1);
		put_escaped(&b, v[i].text);
		snprintf(mark, sizeof mark, "(*:%zu)", m->nnames);
		put(&b, mark, strlen(mark));
		m->terms[m->nnames++] = v[i].term;
	}
	put(&b, GLOSS_TAIL, strlen(GLOSS_TAIL));
	if (b.err) {
		free(b.s);
		return SEARCH_NOMEM;
	}
	st = m->nnames == 0 ? SEARCH_OK :
	     search_pattern_make(&m->pattern, b.s, b.len,
	                         PCRE2_UCP | PCRE2_CASELESS, &gloss_opts, err);
	free(b.s);
	return st;
}

enum search_status gloss_matcher_init(struct gloss_matcher *m,
                                      const struct gloss_name *names, size_t n,
                                      struct search_error *err)
{
	struct gloss_name *v;
	enum search_status st;

	memset(m, 0, sizeof *m);
	if (err)
		memset(err, 0, sizeof *err);
	v = malloc((n ? n : 1) * sizeof *v);
	if (!v)
		return SEARCH_NOMEM;
	memcpy(v, names, n * sizeof *v);
	qsort(v, n, sizeof *v, by_length);
	st = compile(m, v, n, err);
	free(v);
	return st;
}

enum search_status gloss_matcher_from_glossary(struct gloss_matcher *m,
                                               const struct glossary *g,
                                               struct search_error *err)
{
	struct gloss_name *v;
	size_t n = 0;
	enum search_status st;

	for (size_t i = 0; i < g->nterms; i++)
		n += 1 + g->terms[i].naliases;
	v = malloc((n ? n : 1) * sizeof *v);
	if (!v) {
		memset(m, 0, sizeof *m);
		return SEARCH_NOMEM;
	}
	n = 0;
	for (size_t i = 0; i < g->nterms; i++) {
		const struct gloss_term *t = &g->terms[i];

		v[n++] = (struct gloss_name){ .text = t->name ? t->name : "", .term = i };
		for (size_t k = 0; k < t->naliases; k++)
			v[n++] = (struct gloss_name){ .text = t->aliases[k] ? t->aliases[k] : "",
			                              .term = i };
	}
	st = gloss_matcher_init(m, v, n, err);
	free(v);
	return st;
}

void gloss_matcher_free(struct gloss_matcher *m)
{
	search_pattern_free(m->pattern);
	free(m->terms);
	memset(m, 0, sizeof *m);
}

struct find {
	const struct gloss_matcher *m;
	const struct search_text *t;
	struct gloss_hits *h;
};

static int add_hit(void *arg, size_t start, size_t end, pcre2_match_data *md)
{
	struct find *f = arg;
	struct search_result *r = &f->h->result;
	PCRE2_SPTR mark = pcre2_get_mark(md);
	size_t first = r->nspans, k;
	long n;

	k = mark ? strtoul((const char *)mark, NULL, 10) : 0;
	if (k >= f->m->nnames)
		k = 0;
	if (r->nmatches == r->cap_matches || r->nmatches == f->h->cap_terms) {
		size_t cap = r->cap_matches ? r->cap_matches * 2 : SEARCH_INITIAL_CAP;
		struct search_match *mp = realloc(r->matches, cap * sizeof *mp);
		size_t *tp;

		if (!mp)
			return -1;
		r->matches = mp;
		r->cap_matches = cap;
		tp = realloc(f->h->terms, cap * sizeof *tp);
		if (!tp)
			return -1;
		f->h->terms = tp;
		f->h->cap_terms = cap;
	}
	n = search_add_spans(r, f->t, start, end, r->nmatches);
	if (n <= 0)
		return n < 0 ? -1 : 0;
	f->h->terms[r->nmatches] = f->m->terms[k];
	r->matches[r->nmatches++] = (struct search_match){
		.start = start, .end = end, .span = first, .nspans = (size_t)n,
		.line = r->spans[first].line, .col = r->spans[first].col,
	};
	return 0;
}

enum search_status gloss_find(const struct gloss_matcher *m,
                              const struct search_text *t, struct gloss_hits *h)
{
	struct find f = { .m = m, .t = t, .h = h };

	memset(h, 0, sizeof *h);
	if (!m->pattern)
		return SEARCH_OK;
	h->result.status = search_each(m->pattern, t, NULL, add_hit, &f);
	return h->result.status;
}

enum search_status gloss_find_layout(const struct gloss_matcher *m,
                                     const struct layout *lo, struct gloss_hits *h)
{
	struct search_text t;
	enum search_status st;

	if (search_text_build(&t, &lo->grid) != 0) {
		memset(h, 0, sizeof *h);
		return h->result.status = SEARCH_NOMEM;
	}
	st = gloss_find(m, &t, h);
	search_text_free(&t);
	return st;
}

void gloss_hits_free(struct gloss_hits *h)
{
	search_result_free(&h->result);
	free(h->terms);
	memset(h, 0, sizeof *h);
}

/* ---- marking a laid-out page ---- */

/* Only running text becomes a look-up: not headings, code, links or frames. */
static bool plain_text(const struct layout *lo, const struct search_span *sp)
{
	const struct line *l = &lo->grid.lines[sp->line];

	for (size_t c = sp->col; c < sp->end_col && c < l->len; c++) {
		enum role r = (enum role)l->cells[c].role;

		if (r != ROLE_TEXT && r != ROLE_EMPH && r != ROLE_STRONG)
			return false;
	}
	return true;
}

static int by_position(const void *a, const void *b)
{
	const struct target *s = a, *t = b;

	if (s->line != t->line)
		return s->line < t->line ? -1 : 1;
	return (s->col > t->col) - (s->col < t->col);
}

static void add_term_target(struct layout *lo, const struct search_result *r, size_t m, size_t term)
{
	const struct search_match *mt = &r->matches[m];
	const struct search_span *first = &r->spans[mt->span];
	const struct search_span *last = &r->spans[mt->span + mt->nspans - 1];

	if (!layout_add_target(lo, (struct target){
		.kind = TARGET_GLOSSARY, .line = first->line, .col = first->col,
		.end_line = last->line, .end_col = last->end_col, .index = term,
	}))
		return;
	for (size_t k = 0; k < mt->nspans; k++) {
		const struct search_span *sp = &r->spans[mt->span + k];

		for (size_t c = sp->col; c < sp->end_col; c++)
			lo->grid.lines[sp->line].cells[c].role = ROLE_GLOSSARY;
	}
}

enum search_status gloss_mark_layout(const struct gloss_matcher *matcher, size_t nterms,
                                     struct layout *lo)
{
	struct gloss_hits hits;
	enum search_status st;
	bool *seen;

	if (!matcher->pattern)
		return SEARCH_OK;
	if ((st = gloss_find_layout(matcher, lo, &hits)) != SEARCH_OK) {
		gloss_hits_free(&hits);
		return st;
	}
	seen = calloc(nterms + 1, sizeof *seen);
	for (size_t m = 0; seen && m < hits.result.nmatches; m++) {
		const struct search_match *mt = &hits.result.matches[m];
		size_t term = hits.terms[m];
		bool ok = term < nterms && !seen[term];

		for (size_t k = 0; ok && k < mt->nspans; k++)
			ok = plain_text(lo, &hits.result.spans[mt->span + k]);
		if (!ok)
			continue;
		seen[term] = true;
		add_term_target(lo, &hits.result, m, term);
	}
	st = seen ? SEARCH_OK : SEARCH_NOMEM;
	free(seen);
	gloss_hits_free(&hits);
	qsort(lo->targets, lo->ntargets, sizeof *lo->targets, by_position);
	return st;
}
