/* test_corpus.c — the 652 examples of the CommonMark spec, each loaded as
 * a lesson page and laid out at several widths: no line may be wider
 * than the width, and every letter and digit of the parsed text must
 * reach the output, in order.  (ASan and UBSan watch for the rest.) */
#include <ctype.h>
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "lesson/doc.h"

#define FENCE "```````````````````````````````` example"

static char *read_spec(void)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	FILE *f;
	char *buf;
	long n;

	snprintf(path, sizeof path, "%s/tests/corpus/commonmark-spec.txt", top ? top : ".");
	f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* The example's Markdown, with the spec's visible tabs made real. */
static char *example_text(const char *start, const char *end)
{
	char *out = malloc((size_t)(end - start) + 1), *o = out;

	for (const char *s = start; s < end;) {
		if (strncmp(s, "\xe2\x86\x92", 3) == 0) { /* "→" stands for a tab */
			*o++ = '\t';
			s += 3;
		} else {
			*o++ = *s++;
		}
	}
	*o = '\0';
	return out;
}

static void append_alnum(char **buf, size_t *len, size_t *cap, const char *s)
{
	for (; s && *s; s++) {
		if (!isalnum((unsigned char)*s))
			continue;
		if (*len + 2 > *cap)
			*buf = realloc(*buf, *cap = *cap * 2 + 64);
		(*buf)[(*len)++] = *s;
		(*buf)[*len] = '\0';
	}
}

/* Letters and digits of the parsed document, in reading order. */
static char *doc_alnum(const struct doc *doc)
{
	char *buf = calloc(1, 64);
	size_t len = 0, cap = 64;

	for (size_t i = 0; i < doc->nblocks; i++) {
		const struct block *b = &doc->blocks[i];

		for (size_t k = 0; k < b->nspans; k++)
			append_alnum(&buf, &len, &cap, b->spans[k].text);
		if (b->kind != BLOCK_QUIZ && b->kind != BLOCK_SIM)
			append_alnum(&buf, &len, &cap, b->literal);
	}
	return buf;
}

static int is_subsequence(const char *needle, const char *hay)
{
	for (; *needle; needle++) {
		hay = strchr(hay, *needle);
		if (!hay)
			return 0;
		hay++;
	}
	return 1;
}

static void every_example_lays_out_within_its_width(void **state)
{
	static const size_t widths[] = { 8, 20, 40, 80 };
	char *spec = read_spec();
	const char *s = spec;
	int examples = 0;

	(void)state;
	while ((s = strstr(s, FENCE "\n")) != NULL) {
		const char *start = s + strlen(FENCE) + 1;
		const char *end = strstr(start, "\n.\n");
		char *md;

		assert_non_null(end);
		md = example_text(start, end + 1);
		examples++;
		for (size_t w = 0; w < sizeof widths / sizeof *widths; w++) {
			struct page *p = test_page(md);
			struct layout lo;
			struct layout_opts o = { .width = widths[w], .charset = CHARSET_BLOCKS,
			                         .link_notes = true };
			char *text, *want, *got = calloc(1, 64);
			size_t len = 0, cap = 64;

			assert_int_equal(layout_page(&lo, p, &o, NULL), 0);
			if (test_widest(&lo.grid) > widths[w])
				fail_msg("example %d at width %zu: a line of %zu columns", examples,
				         widths[w], test_widest(&lo.grid));
			text = test_text(&lo.grid);
			append_alnum(&got, &len, &cap, text);
			want = doc_alnum(p->doc);
			if (!is_subsequence(want, got))
				fail_msg("example %d at width %zu: text lost\n%s", examples, widths[w], text);
			free(want);
			free(got);
			free(text);
			layout_free(&lo);
			test_page_free(p);
		}
		free(md);
		s = end;
	}
	assert_int_equal(examples, 652);
	free(spec);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_example_lays_out_within_its_width),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
