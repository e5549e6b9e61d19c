/* test_format.c — the progress file's text: what is written, that it reads
 * back the same, and that every damaged, truncated, binary, foreign or
 * future-version text is refused with a reason (never a crash). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "progress/state.h"

/* A model with one of everything, at pinned times. */
static const char canonical[] =
	"cascade-progress 2\n"
	"# A cascade student's progress; see cascade(1), FILES.  Written whole by each save.\n"
	"last in-the-blood 1700000300\n"
	"page in-the-blood 1700000300 42 437500 0\n"
	"page letting-go 1700000100 0 0 1700000120\n"
	"quiz in-the-blood 1 B right 1700000200 B right 1700000200\n"
	"quiz letting-go 3 A wrong 1700000100 C right 1700000150\n"
	"sim circulation 3 1700000250\n"
	"tried in-the-blood circulation 1700000250\n"
	"end 7\n";

/* The same in format 1, as older cascades wrote it: still read. */
static const char format1[] =
	"cascade-progress 1\n"
	"last in-the-blood 1700000300\n"
	"page in-the-blood 1700000300 42 437500\n"
	"sim circulation 3 1700000250\n"
	"end 3\n";

static void fill(struct progress *p)
{
	bool scored;

	assert_int_equal(progress_init(p, "/nowhere"), PROGRESS_OK);
	assert_int_equal(progress_visit(p, "letting-go", 0, 0.0, 1700000100), PROGRESS_OK);
	assert_int_equal(progress_read(p, "letting-go", 1700000120), PROGRESS_OK);
	assert_int_equal(progress_read(p, "letting-go", 1700000130), PROGRESS_OK); /* the first counts */
	assert_int_equal(progress_answer(p, "letting-go", 2, 0, false, 1700000100, &scored), PROGRESS_OK);
	assert_true(scored);
	assert_int_equal(progress_answer(p, "letting-go", 2, 2, true, 1700000150, &scored), PROGRESS_OK);
	assert_false(scored);
	assert_int_equal(progress_answer(p, "in-the-blood", 0, 1, true, 1700000200, NULL), PROGRESS_OK);
	for (int i = 0; i < 3; i++)
		assert_int_equal(progress_sim_opened(p, "circulation", 1700000250), PROGRESS_OK);
	assert_int_equal(progress_sim_tried(p, "in-the-blood", "circulation", 1700000250), PROGRESS_OK);
	assert_int_equal(progress_visit(p, "in-the-blood", 42, 0.4375, 1700000300), PROGRESS_OK);
}

static void writes_the_documented_format(void **state)
{
	struct progress p;
	size_t len;
	char *text;

	(void)state;
	fill(&p);
	text = progress_format(&p, &len);
	assert_non_null(text);
	assert_int_equal(len, strlen(canonical));
	assert_memory_equal(text, canonical, len);
	free(text);
	progress_free(&p);
}

static void reads_back_what_it_wrote(void **state)
{
	struct progress p, q;
	const struct progress_quiz *z;
	const struct progress_page *pg;
	char why[256];
	size_t len;
	char *text;

	(void)state;
	progress_init(&p, "");
	assert_int_equal(progress_parse(&p, canonical, strlen(canonical), why, sizeof why), PROGRESS_OK);
	assert_string_equal(progress_last_page(&p), "in-the-blood");
	assert_non_null(pg = progress_page(&p, "in-the-blood"));
	assert_int_equal(pg->line, 42);
	assert_true(pg->fraction > 0.43749 && pg->fraction < 0.43751);
	assert_false(pg->dirty);
	assert_non_null(z = progress_quiz(&p, "letting-go", 2));
	assert_int_equal(z->first, 0);
	assert_false(z->first_right);
	assert_int_equal(z->latest, 2);
	assert_true(z->latest_right);
	assert_false(z->first_dirty || z->latest_dirty);
	assert_null(progress_quiz(&p, "letting-go", 0));
	assert_int_equal(progress_sim_count(&p, "circulation"), 3);
	assert_int_equal(p.sims[0].unsaved, 0);
	assert_int_equal(progress_page(&p, "letting-go")->read_at, 1700000120);
	assert_int_equal(progress_page(&p, "in-the-blood")->read_at, 0);
	assert_true(progress_tried(&p, "in-the-blood", "circulation"));
	assert_false(progress_tried(&p, "letting-go", "circulation"));
	/* ... and writes it again byte for byte. */
	text = progress_format(&p, &len);
	assert_memory_equal(text, canonical, strlen(canonical));
	free(text);
	/* Format 1 is still read: no page read to its end, no sim tried on a page. */
	assert_int_equal(progress_parse(&p, format1, strlen(format1), why, sizeof why), PROGRESS_OK);
	assert_int_equal(progress_page(&p, "in-the-blood")->read_at, 0);
	assert_int_equal(progress_sim_count(&p, "circulation"), 3);
	assert_false(progress_tried(&p, "in-the-blood", "circulation"));
	/* Many items, so that the arrays grow. */
	progress_init(&q, "");
	for (int i = 0; i < 50; i++) {
		char id[16];

		snprintf(id, sizeof id, "page-%02d", i);
		assert_int_equal(progress_visit(&q, id, (size_t)i, 0.5, 1700000000 + i), PROGRESS_OK);
		assert_int_equal(progress_answer(&q, id, (unsigned)i % 7, (unsigned)i % 26, i % 2, 1700000000, NULL),
		                 PROGRESS_OK);
	}
	text = progress_format(&q, &len);
	assert_int_equal(progress_parse(&p, text, len, why, sizeof why), PROGRESS_OK);
	assert_int_equal(p.npages, 50);
	assert_int_equal(p.nquizzes, 50);
	assert_int_equal(progress_quiz(&p, "page-27", 6)->first, 1);
	free(text);
	progress_free(&q);
	progress_free(&p);
}

/* Every proper prefix of a good file is refused: a save cut short by a
 * crash (without the rename) or a copy cut off is always noticed. */
static void every_truncation_is_refused(void **state)
{
	struct progress p;
	char why[256];

	(void)state;
	progress_init(&p, "");
	for (size_t n = 0; n < strlen(canonical); n++) {
		enum progress_status st = progress_parse(&p, canonical, n, why, sizeof why);

		if (st != PROGRESS_SET_ASIDE)
			fail_msg("a file cut to %zu bytes was accepted", n);
		assert_true(why[0] != '\0');
		assert_int_equal(p.npages + p.nquizzes + p.nsims, 0);
		assert_null(progress_last_page(&p));
	}
	assert_int_equal(progress_parse(&p, canonical, 0, why, sizeof why), PROGRESS_SET_ASIDE);
	assert_string_equal(why, "the file is empty");
	progress_parse(&p, canonical, strlen(canonical) - 1, why, sizeof why);
	assert_non_null(strstr(why, "truncated"));
	progress_free(&p);
}

static void binary_files_are_refused(void **state)
{
	struct progress p;
	char why[256], buf[4096];
	unsigned x = 12345;
	static const char nul_inside[] = "cascade-progress 1\nlast a 1\0\nend 1\n";

	(void)state;
	progress_init(&p, "");
	for (int round = 0; round < 200; round++) {
		size_t n = 1 + (size_t)round * 20;

		for (size_t i = 0; i < n; i++)
			buf[i] = (char)((x = x * 1103515245u + 12345u) >> 16);
		assert_int_equal(progress_parse(&p, buf, n, why, sizeof why), PROGRESS_SET_ASIDE);
	}
	/* A good header with binary after it. */
	memcpy(buf, canonical, 19);
	for (size_t i = 19; i < 600; i++)
		buf[i] = (char)((x = x * 1103515245u + 12345u) >> 16);
	assert_int_equal(progress_parse(&p, buf, 600, why, sizeof why), PROGRESS_SET_ASIDE);
	assert_int_equal(progress_parse(&p, nul_inside, sizeof nul_inside - 1, why, sizeof why),
	                 PROGRESS_SET_ASIDE);
	assert_string_equal(why, "line 2: binary data (a NUL byte)");
	progress_free(&p);
}

static void foreign_and_future_files_are_refused(void **state)
{
	static const struct { const char *text, *why; } cases[] = {
		{ "cascade-progress 3\nwhatever 1\nend 1\n", "newer cascade (format 3; this one reads format 2)" },
		{ "cascade-progress 17\n", "newer cascade (format 17" },
		{ "{\"pages\": []}\n", "not a cascade progress file" },
		{ "cascade-progress\nend 0\n", "not a cascade progress file" },
		{ "cascade-progress 0\nend 0\n", "not a cascade progress file" },
		{ "cascade-progress 1 \nend 0\n", "not a cascade progress file" },
		{ "cascade-progress -1\nend 0\n", "not a cascade progress file" },
		{ "\xef\xbb\xbf" "cascade-progress 1\nend 0\n", "not a cascade progress file" },
	};
	struct progress p;
	char why[256];

	(void)state;
	progress_init(&p, "");
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		assert_int_equal(progress_parse(&p, cases[i].text, strlen(cases[i].text), why, sizeof why),
		                 PROGRESS_SET_ASIDE);
		if (!strstr(why, cases[i].why))
			fail_msg("case %zu: '%s' does not say '%s'", i, why, cases[i].why);
	}
	progress_free(&p);
}

/* One bad line in an otherwise good file: refused, with the line number. */
static void bad_lines_are_refused_with_their_line(void **state)
{
	static const struct { const char *line, *why; } cases[] = {
		{ "frobnicate 1 2\n", "line 3: unknown record 'frobnicate'" },
		{ "page  a 1 0 0\n", "single spaces" },
		{ "page a 1 0 0 \n", "single spaces" },
		{ "page a 1 0\n", "'page' has 3 fields, not 4" },
		{ "page A 1 0 0\n", "'page' needs" },
		{ "page a -1 0 0\n", "'page' needs" },
		{ "page a +1 0 0\n", "'page' needs" },
		{ "page a 01 0 0\n", "'page' needs" },
		{ "page a 1 0 1000001\n", "'page' needs" },
		{ "page a 1 0 0.5\n", "'page' needs" },
		{ "page a 99999999999999999999 0 0\n", "'page' needs" },
		{ "page a 1 0 0\r\n", "control character" },
		{ "page\ta 1 0 0\n", "control character" },
		{ "page caf\xc3\xa9 1 0 0\n", "non-ASCII" },
		{ "quiz a 0 A right 1 A right 1\n", "'quiz' needs" },
		{ "quiz a 1001 A right 1 A right 1\n", "'quiz' needs" },
		{ "quiz a 1 a right 1 A right 1\n", "'quiz' needs" },
		{ "quiz a 1 AB right 1 A right 1\n", "'quiz' needs" },
		{ "quiz a 1 A yes 1 A right 1\n", "'quiz' needs" },
		{ "quiz a 1 A right 5 A right 4\n", "older than the first" },
		{ "sim circulation many 1\n", "'sim' needs" },
		{ "last a 1\n", "a second 'last' record" },
		{ "end 5\n", "'end' counts 5 records but the file has 1" },
		{ "page b 1 0 0\npage b 2 0 0\n", "page 'b' appears twice" },
		{ "quiz b 1 A right 1 A right 1\nquiz b 1 B right 1 B right 1\n", "appears twice" },
		{ "sim x 1 1\nsim x 2 2\n", "sim 'x' appears twice" },
	};
	static const char head[] = "cascade-progress 1\nlast a 1\n", tail[] = "end 2\n";
	struct progress p;
	char why[256], text[1024];

	(void)state;
	progress_init(&p, "");
	snprintf(text, sizeof text, "%spage a 1 0 0\n%s", head, tail);
	assert_int_equal(progress_parse(&p, text, strlen(text), why, sizeof why), PROGRESS_OK);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		snprintf(text, sizeof text, "%s%s%s", head, cases[i].line, tail);
		assert_int_equal(progress_parse(&p, text, strlen(text), why, sizeof why), PROGRESS_SET_ASIDE);
		if (!strstr(why, cases[i].why))
			fail_msg("case %zu: '%s' does not say '%s'", i, why, cases[i].why);
	}
	/* After the end line, nothing but nothing. */
	snprintf(text, sizeof text, "%spage a 1 0 0\nend 2\n# late\n", head);
	assert_int_equal(progress_parse(&p, text, strlen(text), why, sizeof why), PROGRESS_SET_ASIDE);
	assert_string_equal(why, "line 5: text after the 'end' line");
	/* A line longer than the limit. */
	memset(text, 'x', sizeof text);
	memcpy(text, head, strlen(head));
	text[sizeof text - 1] = '\n';
	assert_int_equal(progress_parse(&p, text, sizeof text, why, sizeof why), PROGRESS_SET_ASIDE);
	assert_non_null(strstr(why, "longer than 512 bytes"));
	progress_free(&p);
}

static void names_and_values_are_checked_when_recorded(void **state)
{
	struct progress p;
	char long_name[PROGRESS_NAME_MAX + 2];
	size_t len;
	char *text, why[256];

	(void)state;
	progress_init(&p, "");
	memset(long_name, 'a', sizeof long_name - 1);
	long_name[sizeof long_name - 1] = '\0';
	assert_int_equal(progress_visit(&p, long_name, 0, 0, 1), PROGRESS_BAD_NAME);
	long_name[PROGRESS_NAME_MAX] = '\0';
	assert_int_equal(progress_visit(&p, long_name, 0, 0, 1), PROGRESS_OK);
	assert_int_equal(progress_visit(&p, "", 0, 0, 1), PROGRESS_BAD_NAME);
	assert_int_equal(progress_visit(&p, "In The Blood", 0, 0, 1), PROGRESS_BAD_NAME);
	assert_int_equal(progress_sim_opened(&p, "../x", 1), PROGRESS_BAD_NAME);
	assert_int_equal(progress_sim_opened(&p, "a b", 1), PROGRESS_BAD_NAME);
	assert_int_equal(progress_answer(&p, "a", 0, 26, true, 1, NULL), PROGRESS_BAD_ANSWER);
	assert_int_equal(progress_answer(&p, "a", 1000, 0, true, 1, NULL), PROGRESS_BAD_ANSWER);
	/* Values out of range are pinned to what the file can hold. */
	assert_int_equal(progress_visit(&p, "b", (size_t)-1, 7.5, -5), PROGRESS_OK);
	assert_int_equal(progress_visit(&p, "c", 3, NAN, (time_t)1 << 62), PROGRESS_OK);
	assert_int_equal(progress_answer(&p, "a", 999, 25, true, 10, NULL), PROGRESS_OK);
	assert_int_equal(progress_answer(&p, "a", 999, 1, true, 5, NULL), PROGRESS_OK); /* clock went back */
	text = progress_format(&p, &len);
	assert_int_equal(progress_parse(&p, text, len, why, sizeof why), PROGRESS_OK);
	assert_true(progress_page(&p, "b")->fraction == 1.0);
	assert_true(progress_page(&p, "c")->fraction == 0.0);
	assert_int_equal(progress_quiz(&p, "a", 999)->latest_at, 10);
	free(text);
	progress_free(&p);
}

static void statuses_have_words(void **state)
{
	(void)state;
	assert_string_equal(progress_status_text(PROGRESS_NO_SPACE), "the disk is full");
	assert_string_equal(progress_status_text(PROGRESS_READ_ONLY), "the state directory is not writable");
	assert_string_equal(progress_status_text((enum progress_status)999), "unknown problem");
}

/* 20,000 records, the most a file may hold, in reverse order: read in
 * n log n (it was quadratic), written back sorted, a duplicate found. */
static void a_full_file_in_any_order_reads_back(void **state)
{
	size_t n = 20000, cap = n * 40 + 64, len = 0;
	char *text = malloc(cap), why[256];
	struct progress p;

	(void)state;
	assert_non_null(text);
	len += (size_t)snprintf(text + len, cap - len, "cascade-progress 1\n");
	for (size_t i = n; i-- > 0;)
		len += (size_t)snprintf(text + len, cap - len, "sim m%05zu 1 1\n", i);
	len += (size_t)snprintf(text + len, cap - len, "end %zu\n", n);
	progress_init(&p, "");
	assert_int_equal(progress_parse(&p, text, len, why, sizeof why), PROGRESS_OK);
	assert_int_equal(p.nsims, n);
	assert_string_equal(p.sims[0].model, "m00000");
	assert_int_equal(progress_sim_count(&p, "m12345"), 1);
	/* The same name twice, far apart. */
	memcpy(strstr(text, "sim m00000"), "sim m19999", 10);
	assert_int_equal(progress_parse(&p, text, len, why, sizeof why), PROGRESS_SET_ASIDE);
	assert_non_null(strstr(why, "sim 'm19999' appears twice"));
	progress_free(&p);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(writes_the_documented_format),
		cmocka_unit_test(reads_back_what_it_wrote),
		cmocka_unit_test(every_truncation_is_refused),
		cmocka_unit_test(binary_files_are_refused),
		cmocka_unit_test(foreign_and_future_files_are_refused),
		cmocka_unit_test(bad_lines_are_refused_with_their_line),
		cmocka_unit_test(names_and_values_are_checked_when_recorded),
		cmocka_unit_test(statuses_have_words),
		cmocka_unit_test(a_full_file_in_any_order_reads_back),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
