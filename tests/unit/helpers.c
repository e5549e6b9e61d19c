/* helpers.c — see helpers.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lesson/doc.h"
#include "helpers.h"
#include "view/glyph.h"

struct page *test_page(const char *markdown)
{
	struct page *p = calloc(1, sizeof *p);
	size_t n = strlen(markdown);

	assert_non_null(p);
	p->id = strdup("t");
	p->title = strdup("T");
	p->path = strdup("test.md");
	p->text = p->own_text = malloc(n + 1);
	memcpy(p->own_text, markdown, n + 1);
	p->len = n;
	p->body_line = 1;
	return p;
}

void test_page_free(struct page *p)
{
	free(p->id);
	free(p->title);
	free(p->path);
	free(p->own_text);
	doc_free(p->doc);
	free(p);
}

const char *test_line(const struct grid *g, size_t i)
{
	static char buf[8192];
	size_t n = 0;
	char enc[8];

	buf[0] = '\0';
	if (i >= g->len)
		return buf;
	for (size_t k = 0; k < g->lines[i].len; k++) {
		const struct cell *c = &g->lines[i].cells[k];
		size_t len;

		if (!(c->flags & CELL_MARK) && c->ch == 0xa0)
			strcpy(enc, " "), len = 1;
		else
			len = glyph_encode(c, CHARSET_BLOCKS, enc);
		if (n + len + 1 >= sizeof buf)
			break;
		memcpy(buf + n, enc, len);
		n += len;
	}
	while (n > 0 && buf[n - 1] == ' ')
		n--;
	buf[n] = '\0';
	return buf;
}

char *test_text(const struct grid *g)
{
	size_t cap = 1024, n = 0;
	char *out = malloc(cap);

	out[0] = '\0';
	for (size_t i = 0; i < g->len; i++) {
		const char *l = test_line(g, i);
		size_t len = strlen(l);

		while (n + len + 2 > cap)
			out = realloc(out, cap *= 2);
		memcpy(out + n, l, len);
		n += len;
		out[n++] = '\n';
		out[n] = '\0';
	}
	return out;
}

void test_layout(struct layout *lo, struct page *p, size_t width)
{
	struct layout_opts o = { .width = width, .charset = CHARSET_BLOCKS };

	assert_int_equal(layout_page(lo, p, &o, NULL), 0);
}

size_t test_widest(const struct grid *g)
{
	size_t w = 0;

	for (size_t i = 0; i < g->len; i++)
		if (g->lines[i].len > w)
			w = g->lines[i].len;
	return w;
}
