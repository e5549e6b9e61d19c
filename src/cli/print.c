/* print.c — the stdout device: a cell grid as text, with SGR attributes
 * and colours from the theme when printing to a terminal that may have
 * them.  Trailing blanks are not printed.  Bytes are gathered in chunks
 * and written with one fwrite() each: a stdio call per cell was a fifth
 * of `cascade show all`.  And a line of prose broken at spaces to the
 * terminal's width, so that no word is cut by the terminal. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "view/fit.h"
#include "view/glyph.h"
#include "view/grid.h"
#include "view/theme.h"

#define PRINT_CHUNK 4096 /* bytes gathered before an fwrite() */

/* Bytes on their way to out. */
struct outbuf {
	FILE *out;
	size_t len;
	char b[PRINT_CHUNK];
};

static void ob_flush(struct outbuf *o)
{
	if (o->len)
		fwrite(o->b, 1, o->len, o->out);
	o->len = 0;
}

static void ob_put(struct outbuf *o, const char *s, size_t n)
{
	if (o->len + n > sizeof o->b)
		ob_flush(o);
	if (n > sizeof o->b) {
		fwrite(s, 1, n, o->out);
		return;
	}
	memcpy(o->b + o->len, s, n);
	o->len += n;
}

static void ob_puts(struct outbuf *o, const char *s)
{
	ob_put(o, s, strlen(s));
}

static void sgr(struct outbuf *o, unsigned attrs, int fg)
{
	ob_puts(o, "\033[0");
	if (attrs & ATTR_BOLD)
		ob_puts(o, ";1");
	if (attrs & ATTR_DIM)
		ob_puts(o, ";2");
	if (attrs & ATTR_ITALIC)
		ob_puts(o, ";3");
	if (attrs & ATTR_UNDERLINE)
		ob_puts(o, ";4");
	if (attrs & ATTR_REVERSE)
		ob_puts(o, ";7");
	if (fg >= 0) {
		char num[16];

		ob_put(o, num, (size_t)snprintf(num, sizeof num, ";%d", 30 + fg));
	}
	ob_put(o, "m", 1);
}

static size_t visible_len(const struct line *l)
{
	size_t n = l->len;

	while (n > 0 && !(l->cells[n - 1].flags & CELL_MARK) &&
	       (l->cells[n - 1].ch == ' ' || l->cells[n - 1].ch == 0xa0) &&
	       !(l->cells[n - 1].flags & (CELL_REVERSE | CELL_UNDER)))
		n--;
	return n;
}

void cli_print_grid(FILE *out, const struct grid *g, const struct cli_ctx *ctx)
{
	struct outbuf o = { .out = out, .len = 0 };
	char buf[8];

	for (size_t i = 0; i < g->len; i++) {
		const struct line *l = &g->lines[i];
		size_t n = visible_len(l);
		int last_role = -1;
		unsigned last_flags = 0;

		for (size_t k = 0; k < n; k++) {
			const struct cell *c = &l->cells[k];

			if (ctx->color && (c->role != last_role || c->flags != last_flags)) {
				const struct role_style *st = theme_style(THEME_DARK, c->role);

				sgr(&o, st->attrs | theme_cell_attrs(c->flags), st->fg);
				last_role = c->role;
				last_flags = c->flags;
			}
			if (!(c->flags & CELL_MARK) && c->ch >= 0x20 && c->ch < 0x7f &&
			    o.len < sizeof o.b)
				o.b[o.len++] = (char)c->ch; /* printable ASCII, most cells */
			else if (!(c->flags & CELL_MARK) && c->ch == 0xa0)
				ob_put(&o, " ", 1);
			else
				ob_put(&o, buf, glyph_encode(c, ctx->charset, buf));
		}
		if (ctx->color && last_role >= 0)
			ob_puts(&o, "\033[0m");
		ob_put(&o, "\n", 1);
	}
	ob_flush(&o);
}

void cli_print_wrapped(FILE *out, const struct cli_ctx *ctx, const char *line, size_t indent)
{
	size_t cols = (size_t)ctx->term_cols, lead = strspn(line, " "), col;
	const char *s = line + lead;
	bool line_start = true;

	if (cols == 0 || text_width(line) <= cols) {
		fprintf(out, "%s\n", line);
		return;
	}
	fwrite(line, 1, lead, out);
	col = lead;
	while (*s) {
		size_t n = strcspn(s, " "), w = text_width_n(s, n);

		if (!line_start && col + 1 + w > cols) {
			fprintf(out, "\n%*s", (int)indent, "");
			col = indent;
		} else if (!line_start) {
			fputc(' ', out);
			col++;
		}
		fwrite(s, 1, n, out); /* a word wider than the line stays whole */
		col += w;
		line_start = false;
		s += n;
		s += strspn(s, " ");
	}
	fputc('\n', out);
}
