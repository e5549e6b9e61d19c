/* test_sim_table.c — the table for people (cli/sim_table.c): headings
 * over their columns, the first left-aligned and the rest right-aligned,
 * a lone column right-aligned, and no blanks at the end of a line when a
 * shorter series leaves its last cells empty. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cli/sim_cli.h"

/* A table given as rows of cells; NULL ends a row early (an empty cell). */
struct fake {
	const char *const (*cells)[3];
};

static void fake_cell(const void *data, size_t row, size_t col, char *buf, size_t size)
{
	const struct fake *t = data;
	const char *text = t->cells[row][col];

	snprintf(buf, size, "%s", text ? text : "");
}

/* The table as printed, in a string the caller frees. */
static char *printed(const struct fake *t, size_t ncols, size_t rows)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	assert_non_null(f);
	sim_people_table(f, t, ncols, rows, fake_cell);
	fclose(f);
	return out;
}

static void test_columns(void **state)
{
	static const char *const cells[][3] = {
		{ "stage", "all (cells)", "µm" },
		{ "shed into blood", "1.28 G", "12" },
		{ "keep growing", "35.5 k", NULL },
	};
	struct fake t = { cells };
	char *out = printed(&t, 3, 2);

	(void)state;
	assert_string_equal(out,
	                    "stage            all (cells)  µm\n"
	                    "shed into blood       1.28 G  12\n"
	                    "keep growing          35.5 k\n");
	free(out);
}

static void test_lone_column(void **state)
{
	static const char *const cells[][3] = {
		{ "size (µm)" }, { "10.8" }, { "8.21" },
	};
	struct fake t = { cells };
	char *out = printed(&t, 1, 2);

	(void)state;
	assert_string_equal(out, "size (µm)\n     10.8\n     8.21\n");
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_lone_column),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
