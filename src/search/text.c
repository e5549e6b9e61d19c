/* text.c — the searchable text of a cell grid, and the map from its bytes
 * back to cells (see struct search_text in search.h). */
#include <stdlib.h>
#include <string.h>

#include "search/search_impl.h"
#include "util/utf8.h"

/* Whether cell c shows text (not a blank, a mark or a right half). */
static bool is_text(const struct cell *c)
{
	if (c->flags & (CELL_MARK | CELL_CONT))
		return false;
	return c->ch > ' ' && c->ch != 0x7f && c->ch != 0xa0;
}

/* Makes room for n more bytes. */
static int reserve(struct search_text *t, size_t *cap, size_t n)
{
	size_t want = t->len + n + 1, c = *cap ? *cap : SEARCH_INITIAL_CAP;
	char *b;
	struct search_pos *p;

	if (want <= *cap)
		return 0;
	while (c < want)
		c *= 2;
	b = realloc(t->bytes, c);
	if (!b)
		return -1;
	t->bytes = b;
	p = realloc(t->pos, c * sizeof *p);
	if (!p)
		return -1;
	t->pos = p;
	*cap = c;
	return 0;
}

static int emit(struct search_text *t, size_t *cap, const char *b, size_t n,
                struct search_pos pos)
{
	if (reserve(t, cap, n))
		return -1;
	for (size_t i = 0; i < n; i++) {
		t->bytes[t->len] = b[i];
		t->pos[t->len++] = pos;
	}
	return 0;
}

/* Appends the text of line l (grid line i): from its first text cell to
 * its last, marks and blanks as one space each. */
static int emit_line(struct search_text *t, size_t *cap, const struct line *l, size_t i)
{
	size_t a = 0, b = l->len;

	while (a < b && !is_text(&l->cells[a]))
		a++;
	while (b > a && !is_text(&l->cells[b - 1]))
		b--;
	for (size_t k = a; k < b; k++) {
		const struct cell *c = &l->cells[k];
		char buf[4];
		size_t n = 1;
		struct search_pos pos = {
			.line = (uint32_t)i,
			.col = (uint16_t)(k > UINT16_MAX ? UINT16_MAX : k),
			.width = (k + 1 < l->len && (l->cells[k + 1].flags & CELL_CONT)) ? 2 : 1,
		};

		if (c->flags & CELL_CONT)
			continue;
		if ((c->flags & CELL_MARK) || c->ch < ' ' || c->ch == 0x7f || c->ch == 0xa0)
			buf[0] = ' ';
		else
			n = utf8_encode(c->ch, buf);
		if (emit(t, cap, buf, n, pos))
			return -1;
	}
	return 0;
}

int search_text_build(struct search_text *t, const struct grid *g)
{
	static const struct search_pos sep = { .line = SEARCH_NO_CELL };
	size_t cap = 0;

	memset(t, 0, sizeof *t);
	if (g->len >= SEARCH_NO_CELL)
		return -1;
	t->lines = calloc(g->len ? g->len : 1, sizeof *t->lines);
	if (!t->lines || reserve(t, &cap, 0))
		goto fail;
	t->nlines = g->len;
	for (size_t i = 0; i < g->len; i++) {
		const struct line *l = &g->lines[i];

		if (i > 0 && l->join != LINE_WRAPPED_IN_WORD &&
		    emit(t, &cap, l->join == LINE_WRAPPED ? " " : "\n", 1, sep))
			goto fail;
		t->lines[i].off = t->len;
		if (emit_line(t, &cap, l, i))
			goto fail;
		t->lines[i].len = t->len - t->lines[i].off;
	}
	t->bytes[t->len] = '\0';
	return 0;
fail:
	search_text_free(t);
	return -1;
}

void search_text_free(struct search_text *t)
{
	free(t->bytes);
	free(t->pos);
	free(t->lines);
	memset(t, 0, sizeof *t);
}

char *search_line_text(const struct search_text *t, size_t line)
{
	const struct search_line *l;
	char *s;

	if (line >= t->nlines)
		return calloc(1, 1);
	l = &t->lines[line];
	s = malloc(l->len + 1);
	if (!s)
		return NULL;
	memcpy(s, t->bytes + l->off, l->len);
	s[l->len] = '\0';
	return s;
}
