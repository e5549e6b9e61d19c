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

/* The text cells [*a, *b) of line l: from its first text cell to its
 * last. */
static void text_bounds(const struct line *l, size_t *a, size_t *b)
{
	*a = 0, *b = l->len;
	while (*a < *b && !is_text(&l->cells[*a]))
		(*a)++;
	while (*b > *a && !is_text(&l->cells[*b - 1]))
		(*b)--;
}

/* The bytes cell c adds to the text (see emit_line), into buf if not
 * NULL: marks, blanks and controls as one space, a right half nothing. */
static inline size_t cell_bytes(const struct cell *c, char buf[4])
{
	char tmp[4];

	if (c->ch > ' ' && c->ch < 0x7f && !(c->flags & (CELL_CONT | CELL_MARK))) {
		if (buf)
			buf[0] = (char)c->ch; /* most cells: printable ASCII */
		return 1;
	}
	if (c->flags & CELL_CONT)
		return 0;
	if ((c->flags & CELL_MARK) || c->ch <= ' ' || c->ch == 0x7f || c->ch == 0xa0) {
		if (buf)
			buf[0] = ' ';
		return 1;
	}
	return utf8_encode(c->ch, buf ? buf : tmp);
}

/* Appends the text of line l (grid line i): from its first text cell to
 * its last, marks and blanks as one space each.  The room is there. */
static void emit_line(struct search_text *t, const struct line *l, size_t i)
{
	size_t a, b;

	text_bounds(l, &a, &b);
	for (size_t k = a; k < b; k++) {
		struct search_pos pos = {
			.line = (uint32_t)i,
			.col = (uint16_t)(k > UINT16_MAX ? UINT16_MAX : k),
			.width = (k + 1 < l->len && (l->cells[k + 1].flags & CELL_CONT)) ? 2 : 1,
		};
		size_t n = cell_bytes(&l->cells[k], t->bytes + t->len);

		for (size_t j = 0; j < n; j++)
			t->pos[t->len++] = pos;
	}
}

/* How line i is joined to the one before it: the byte, or 0 for none. */
static char join_byte(const struct grid *g, size_t i)
{
	if (i == 0 || g->lines[i].join == LINE_WRAPPED_IN_WORD)
		return 0;
	return g->lines[i].join == LINE_WRAPPED ? ' ' : '\n';
}

int search_text_build(struct search_text *t, const struct grid *g)
{
	static const struct search_pos sep = { .line = SEARCH_NO_CELL };
	size_t size = 0;

	memset(t, 0, sizeof *t);
	if (g->len >= SEARCH_NO_CELL)
		return -1;
	/* Measured first, so that the text is allocated once. */
	for (size_t i = 0; i < g->len; i++) {
		const struct line *l = &g->lines[i];
		size_t a, b;

		size += join_byte(g, i) != 0;
		text_bounds(l, &a, &b);
		for (size_t k = a; k < b; k++)
			size += cell_bytes(&l->cells[k], NULL);
	}
	t->lines = calloc(g->len ? g->len : 1, sizeof *t->lines);
	t->bytes = malloc(size + 1);
	t->pos = malloc((size ? size : 1) * sizeof *t->pos);
	if (!t->lines || !t->bytes || !t->pos) {
		search_text_free(t);
		return -1;
	}
	t->nlines = g->len;
	for (size_t i = 0; i < g->len; i++) {
		char join = join_byte(g, i);

		if (join) {
			t->bytes[t->len] = join;
			t->pos[t->len++] = sep;
		}
		t->lines[i].off = t->len;
		emit_line(t, &g->lines[i], i);
		t->lines[i].len = t->len - t->lines[i].off;
	}
	t->bytes[t->len] = '\0';
	return 0;
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
