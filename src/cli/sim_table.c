/* sim_table.c — tables for people, as `cascade sim` prints them by
 * default: columns two spaces apart under their headings, the first
 * left-aligned (names or x values) and the rest right-aligned (a lone
 * column too), the numbers as the caller gives them, in three digits
 * with an SI suffix ("1.28 G", never "1.27749e+09").  --format csv keeps
 * every digit for programs (see sim_show.c). */
#include <stdbool.h>
#include <stdlib.h>

#include "cli/sim_cli.h"
#include "view/fit.h"

#define CELL_MAX 96 /* bytes of one cell's text */

void sim_people_table(FILE *f, const void *data, size_t ncols, size_t rows,
                      sim_table_cell *cell)
{
	size_t *width = calloc(ncols, sizeof *width);
	char text[CELL_MAX];

	if (!width)
		return;
	for (size_t c = 0; c < ncols; c++)
		for (size_t k = 0; k <= rows; k++) {
			size_t w;

			cell(data, k, c, text, sizeof text);
			w = text_width(text);
			width[c] = w > width[c] ? w : width[c];
		}
	for (size_t k = 0; k <= rows; k++) {
		size_t blanks = 0; /* owed before the next text: none at a line's end */

		for (size_t c = 0; c < ncols; c++) {
			bool left = c == 0 && ncols > 1; /* names or x, before numbers */
			size_t pad;

			cell(data, k, c, text, sizeof text);
			pad = width[c] - text_width(text);
			blanks += (c ? 2 : 0) + (left ? 0 : pad);
			if (*text) {
				fprintf(f, "%*s%s", (int)blanks, "", text);
				blanks = 0;
			}
			blanks += left ? pad : 0;
		}
		fputc('\n', f);
	}
	free(width);
}
