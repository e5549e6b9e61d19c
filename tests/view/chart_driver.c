/* chart_driver.c — the chart layer's headless driver: draws one of the
 * fixed data sets (test_chart_data.c) at a width, height and charset and
 * prints it as plain text, trailing blanks trimmed, then its one-line
 * summary.  charts.sh runs it for the golden files.
 *
 *   chart_driver list
 *   chart_driver SET WIDTH HEIGHT ascii|blocks|braille [--stamp]
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart_data.h"

static void print_line(const struct line *l, enum charset cs)
{
	char out[4096];
	size_t n = 0, keep = 0;

	for (size_t i = 0; i < l->len; i++) {
		char g[8];
		size_t k = glyph_encode(&l->cells[i], cs, g);

		if (n + k >= sizeof out)
			break;
		memcpy(out + n, g, k);
		n += k;
		if (!(k == 1 && g[0] == ' '))
			keep = n;
	}
	fwrite(out, 1, keep, stdout);
	fputc('\n', stdout);
}

static int usage(void)
{
	fputs("usage: chart_driver list\n"
	      "       chart_driver SET WIDTH HEIGHT ascii|blocks|braille [--stamp]\n",
	      stderr);
	return 2;
}

static int list(void)
{
	for (size_t i = 0; i < chart_set_count(); i++) {
		const struct chart_set *s = chart_set_at(i);

		printf("%s\t%s\t%s\n", s->name, s->degenerate ? "degenerate" : "kind", s->about);
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct chart_opts o = { 0 };
	const struct chart_set *s;
	struct grid g;
	char summary[256];
	int rc;

	setlocale(LC_ALL, "");
	if (argc == 2 && strcmp(argv[1], "list") == 0)
		return list();
	if (argc < 5 || argc > 6 || (argc == 6 && strcmp(argv[5], "--stamp") != 0))
		return usage();
	s = chart_set_find(argv[1]);
	if (!s) {
		fprintf(stderr, "chart_driver: no data set '%s'\n", argv[1]);
		return 2;
	}
	o.width = (size_t)strtoul(argv[2], NULL, 10);
	o.height = (size_t)strtoul(argv[3], NULL, 10);
	o.stamp = argc == 6;
	if (charset_parse(argv[4], &o.charset))
		return usage();
	grid_init(&g, o.width);
	rc = chart_set_draw(&g, s, &o);
	if (rc == 0) {
		for (size_t i = 0; i < g.len; i++)
			print_line(&g.lines[i], o.charset);
		chart_set_summary(summary, sizeof summary, s);
		printf("summary: %s\n", summary);
	}
	grid_free(&g);
	if (rc) {
		fprintf(stderr, "chart_driver: out of memory\n");
		return 1;
	}
	return 0;
}
