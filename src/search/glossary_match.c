/* glossary_match.c — the glossary's names and the terms they find in a
 * page (see glossary_match.h).
 *
 * A name is tried only where the text is not inside a word and its
 * character is filed under the name's first byte; of the names filed
 * there, longest first, the first that matches, followed by "es", "s" or
 * nothing and then not by a word character, is the match. */
#include <stdlib.h>
#include <string.h>

#include "lesson/glossary.h"
#include "search/glossary_match.h"
#include "search/search_impl.h"
#include "util/utf8.h"

struct gloss_entry {
	size_t at, len;          /* in the matcher's text */
	size_t term;
	size_t index;            /* in the names given: which of equals is kept */
};

static inline bool is_blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

/* The group of names to try at a character that begins with byte c. */
static inline size_t group_of(unsigned char c)
{
	if (c >= 0x80)
		return 0x80;
	return c == '\t' ? ' ' : utf8_fold(c);
}

/* The code point that ends at off in s (a blank at the start). */
static uint32_t char_before(const char *s, size_t off)
{
	size_t b = off;
	uint32_t cp;

	if (off == 0)
		return ' ';
	do
		b--;
	while (b > 0 && off - b < 4 && ((unsigned char)s[b] & 0xc0) == 0x80);
	utf8_decode(s + b, off - b, &cp);
	return cp;
}

static bool word_at(const char *s, size_t len, size_t off)
{
	uint32_t cp;

	if (off >= len)
		return false;
	utf8_decode(s + off, len - off, &cp);
	return utf8_is_word(cp);
}

/* Where name (n bytes, as kept in the matcher) ends if it matches s from
 * off, ignoring case, a blank in it matching a run of blanks; 0 if not. */
static size_t match_name(const char *name, size_t n, const char *s, size_t len, size_t off)
{
	size_t i = 0, at = off;

	while (i < n) {
		unsigned char c = (unsigned char)name[i];
		uint32_t a, b;

		if (at >= len)
			return 0;
		if (c == ' ') {
			if (!is_blank((unsigned char)s[at]))
				return 0;
			while (at < len && is_blank((unsigned char)s[at]))
				at++;
			i++;
		} else if (c < 0x80) {
			if (utf8_fold((unsigned char)s[at]) != c)
				return 0;
			i++, at++;
		} else {
			i += utf8_decode(name + i, n - i, &a);
			at += utf8_decode(s + at, len - at, &b);
			if (utf8_fold(a) != utf8_fold(b))
				return 0;
		}
	}
	return at;
}

/* The end of name as a whole word at off, with "es" or "s" after it if
 * they are there; 0 if it is not there. */
static size_t match_word(const char *name, size_t n, const char *s, size_t len, size_t off)
{
	static const char *const plurals[] = { "es", "s", "" };
	size_t end = match_name(name, n, s, len, off);

	if (end == 0)
		return 0;
	for (size_t p = 0; p < sizeof plurals / sizeof *plurals; p++) {
		size_t k = strlen(plurals[p]);

		if (k && match_name(plurals[p], k, s, len, end) == 0)
			continue;
		if (!word_at(s, len, end + k))
			return end + k;
	}
	return 0;
}

/* ---- building the matcher ---- */

/* Copies name to out as the matcher keeps it (blank runs, line ends
 * among them, one ' '; ASCII letters lower case); its length. */
static size_t keep_name(char *out, const char *name)
{
	size_t n = 0;

	for (const unsigned char *s = (const unsigned char *)name; *s;) {
		if (is_blank(*s) || *s == '\n' || *s == '\r') {
			while (is_blank(*s) || *s == '\n' || *s == '\r')
				s++;
			out[n++] = ' ';
		} else {
			out[n++] = (char)(*s < 0x80 ? utf8_fold(*s) : *s);
			s++;
		}
	}
	out[n] = '\0';
	return n;
}

static const char *sort_text; /* the matcher's text, for the comparisons */

/* Equal names together, the first given first. */
static int by_name(const void *a, const void *b)
{
	const struct gloss_entry *x = a, *y = b;
	int c;

	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	if ((c = memcmp(sort_text + x->at, sort_text + y->at, x->len)) != 0)
		return c;
	return (x->index > y->index) - (x->index < y->index);
}

/* By group, longest first in a group; of equal lengths, the earlier term
 * first. */
static int by_group(const void *a, const void *b)
{
	const struct gloss_entry *x = a, *y = b;
	size_t gx = group_of((unsigned char)sort_text[x->at]);
	size_t gy = group_of((unsigned char)sort_text[y->at]);

	if (gx != gy)
		return gx < gy ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	if (x->term != y->term)
		return x->term < y->term ? -1 : 1;
	return (x->index > y->index) - (x->index < y->index);
}

enum search_status gloss_matcher_init(struct gloss_matcher *m,
                                      const struct gloss_name *names, size_t n)
{
	size_t bytes = 1, kept = 0;

	memset(m, 0, sizeof *m);
	for (size_t i = 0; i < n; i++)
		bytes += strlen(names[i].text) + 1;
	m->text = malloc(bytes);
	m->names = malloc((n ? n : 1) * sizeof *m->names);
	if (!m->text || !m->names)
		return SEARCH_NOMEM;
	bytes = 0;
	for (size_t i = 0; i < n; i++) {
		size_t len = keep_name(m->text + bytes, names[i].text);

		if (len == 0)
			continue;
		m->names[m->nnames++] = (struct gloss_entry){
			.at = bytes, .len = len, .term = names[i].term, .index = i };
		bytes += len + 1;
	}
	sort_text = m->text;
	qsort(m->names, m->nnames, sizeof *m->names, by_name);
	for (size_t i = 0; i < m->nnames; i++) {
		const struct gloss_entry *e = &m->names[i], *last = kept ? &m->names[kept - 1] : NULL;

		if (last && e->len == last->len &&
		    memcmp(m->text + e->at, m->text + last->at, e->len) == 0)
			continue; /* a repeat of the name kept before it */
		m->names[kept++] = *e;
	}
	m->nnames = kept;
	qsort(m->names, m->nnames, sizeof *m->names, by_group);
	sort_text = NULL;
	for (size_t g = 0, i = 0; g <= GLOSS_FIRST_BYTES; g++) {
		m->first[g] = i;
		while (i < m->nnames && group_of((unsigned char)m->text[m->names[i].at]) == g)
			i++;
	}
	return SEARCH_OK;
}

enum search_status gloss_matcher_from_glossary(struct gloss_matcher *m,
                                               const struct glossary *g)
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
	st = gloss_matcher_init(m, v, n);
	free(v);
	return st;
}

void gloss_matcher_free(struct gloss_matcher *m)
{
	free(m->text);
	free(m->names);
	memset(m, 0, sizeof *m);
}

/* ---- finding the terms in a text ---- */

static int add_hit(struct gloss_hits *h, const struct search_text *t, size_t start,
                   size_t end, size_t term)
{
	struct search_result *r = &h->result;
	size_t first = r->nspans;
	long n;

	if (r->nmatches == r->cap_matches || r->nmatches == h->cap_terms) {
		size_t cap = r->cap_matches ? r->cap_matches * 2 : SEARCH_INITIAL_CAP;
		struct search_match *mp = realloc(r->matches, cap * sizeof *mp);
		size_t *tp;

		if (!mp)
			return -1;
		r->matches = mp;
		r->cap_matches = cap;
		tp = realloc(h->terms, cap * sizeof *tp);
		if (!tp)
			return -1;
		h->terms = tp;
		h->cap_terms = cap;
	}
	n = search_add_spans(r, t, start, end, r->nmatches);
	if (n <= 0)
		return n < 0 ? -1 : 0;
	h->terms[r->nmatches] = term;
	r->matches[r->nmatches++] = (struct search_match){
		.start = start, .end = end, .span = first, .nspans = (size_t)n,
		.line = r->spans[first].line, .col = r->spans[first].col,
	};
	return 0;
}

enum search_status gloss_find(const struct gloss_matcher *m,
                              const struct search_text *t, struct gloss_hits *h)
{
	const char *s = t->bytes;
	size_t at = 0;
	bool after_word = false; /* the character before at is a word character */

	memset(h, 0, sizeof *h);
	while (at < t->len) {
		unsigned char c = (unsigned char)s[at];
		size_t g = group_of(c), end = 0, k, n = 1;
		uint32_t cp = c;

		if (c >= 0x80)
			n = utf8_decode(s + at, t->len - at, &cp);
		/* Inside a word no name starts: none of the group is tried. */
		for (k = after_word ? m->first[g + 1] : m->first[g]; k < m->first[g + 1]; k++) {
			const struct gloss_entry *e = &m->names[k];
			const char *name = m->text + e->at;

			/* Most names fail at their second character: look at it
			 * first when it is an ASCII letter, digit or sign. */
			if (c < 0x80 && e->len > 1 && (unsigned char)name[1] < 0x80 && name[1] != ' ' &&
			    (at + 1 >= t->len || utf8_fold((unsigned char)s[at + 1]) != (unsigned char)name[1]))
				continue;
			if ((end = match_word(name, e->len, s, t->len, at)))
				break;
		}
		if (end) {
			if (add_hit(h, t, at, end, m->names[k].term))
				return h->result.status = SEARCH_NOMEM;
			after_word = utf8_is_word(char_before(s, end));
			at = end;
		} else {
			after_word = utf8_is_word(cp);
			at += n;
		}
	}
	return h->result.status = SEARCH_OK;
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

	if (matcher->nnames == 0)
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
