/* grid.c — growing lines of cells and grids of lines (see grid.h). */
#include <stdlib.h>
#include <string.h>

#include "view/grid.h"

#define ROLE_NAME(name) #name,
static const char *const role_names[] = { ROLE_LIST(ROLE_NAME) };
#undef ROLE_NAME

const char *role_name(enum role r)
{
	return (unsigned)r < ROLE__COUNT ? role_names[r] : "?";
}

/* Makes room for at least want elements of size sz in *p (capacity *cap). */
static int grow(void **p, size_t *cap, size_t want, size_t sz)
{
	size_t n = *cap ? *cap : GRID_INITIAL_CAP;
	void *q;

	if (want <= *cap)
		return 0;
	while (n < want)
		n *= 2;
	q = realloc(*p, n * sz);
	if (!q)
		return -1;
	*p = q;
	*cap = n;
	return 0;
}

void grid_init(struct grid *g, size_t width)
{
	memset(g, 0, sizeof *g);
	g->width = width;
}

void line_free(struct line *l)
{
	free(l->cells);
	memset(l, 0, sizeof *l);
}

void grid_free(struct grid *g)
{
	for (size_t i = 0; i < g->len; i++)
		line_free(&g->lines[i]);
	free(g->lines);
	memset(g, 0, sizeof *g);
}

struct line *grid_add_line(struct grid *g)
{
	struct line *l;

	if (grow((void **)&g->lines, &g->cap, g->len + 1, sizeof *g->lines))
		return NULL;
	l = &g->lines[g->len++];
	memset(l, 0, sizeof *l);
	return l;
}

int line_put(struct line *l, struct cell c)
{
	if (grow((void **)&l->cells, &l->cap, l->len + 1, sizeof *l->cells))
		return -1;
	l->cells[l->len++] = c;
	return 0;
}

int line_append(struct line *l, const struct cell *c, size_t n)
{
	if (grow((void **)&l->cells, &l->cap, l->len + n, sizeof *l->cells))
		return -1;
	memcpy(l->cells + l->len, c, n * sizeof *c);
	l->len += n;
	return 0;
}

int line_reserve(struct line *l, size_t n)
{
	struct cell *q;

	if (n <= l->cap)
		return 0;
	if (!(q = realloc(l->cells, n * sizeof *q)))
		return -1;
	l->cells = q;
	l->cap = n;
	return 0;
}

int line_set(struct line *l, size_t col, struct cell c)
{
	static const struct cell blank = { .ch = ' ', .role = ROLE_TEXT };

	if (grow((void **)&l->cells, &l->cap, col + 1, sizeof *l->cells))
		return -1;
	while (l->len < col)
		l->cells[l->len++] = blank;
	l->cells[col] = c;
	if (col == l->len)
		l->len++;
	return 0;
}
