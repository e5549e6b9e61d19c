/* print.c — the stdout device: a cell grid as text, with SGR attributes
 * and colours from the theme when printing to a terminal that may have
 * them.  Trailing blanks are not printed. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "view/glyph.h"
#include "view/grid.h"
#include "view/theme.h"

static void sgr(FILE *out, unsigned attrs, int fg)
{
	fputs("\033[0", out);
	if (attrs & ATTR_BOLD)
		fputs(";1", out);
	if (attrs & ATTR_DIM)
		fputs(";2", out);
	if (attrs & ATTR_ITALIC)
		fputs(";3", out);
	if (attrs & ATTR_UNDERLINE)
		fputs(";4", out);
	if (attrs & ATTR_REVERSE)
		fputs(";7", out);
	if (fg >= 0)
		fprintf(out, ";%d", 30 + fg);
	fputc('m', out);
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

				sgr(out, st->attrs | theme_cell_attrs(c->flags), st->fg);
				last_role = c->role;
				last_flags = c->flags;
			}
			if (!(c->flags & CELL_MARK) && c->ch == 0xa0)
				fputc(' ', out);
			else if (glyph_encode(c, ctx->charset, buf))
				fputs(buf, out);
		}
		if (ctx->color && last_role >= 0)
			fputs("\033[0m", out);
		fputc('\n', out);
	}
}
