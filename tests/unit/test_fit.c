/* test_fit.c — fitting a line for people into a width: parts dropped
 * before words, words before a word is cut, an ellipsis at a cut, wide
 * characters counted as two columns. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "view/fit.h"

static const char *fit(const char *s, size_t width)
{
	static char out[256];
	size_t cols = text_fit(s, width, out, sizeof out);

	assert_true(cols <= width);
	assert_int_equal(cols, text_width(out));
	return out;
}

static void a_line_that_fits_is_kept(void **state)
{
	(void)state;
	assert_string_equal(fit(" In the blood", 40), " In the blood");
	assert_string_equal(fit("", 10), "");
	assert_string_equal(fit("abc", 3), "abc");
}

static void parts_go_before_words(void **state)
{
	const char *s = " Glossary: Carcinoma  (Enter shows the definition)";

	(void)state;
	assert_string_equal(fit(s, 40), " Glossary: Carcinoma");
	assert_string_equal(fit(s, 20), " Glossary: Carcinoma");
	assert_string_equal(fit(" a  b  c", 6), " a  b");
	assert_string_equal(fit(" a  b  c", 2), " a");
}

static void words_go_whole_with_an_ellipsis(void **state)
{
	(void)state;
	assert_string_equal(fit(" Glossary: Carcinoma", 15), " Glossary:\u2026");
	assert_string_equal(fit("The metastatic cascade at a glance", 30),
	                    "The metastatic cascade at a\u2026");
	assert_string_equal(fit("The metastatic cascade at a glance", 31),
	                    "The metastatic cascade at a\u2026");
}

static void one_long_word_is_cut(void **state)
{
	(void)state;
	assert_string_equal(fit("Supercalifragilistic", 8), "Superca\u2026");
	assert_string_equal(fit(" Supercalifragilistic", 8), " Superc\u2026");
	assert_string_equal(fit("abc", 1), "\u2026");
	assert_string_equal(fit("abc", 0), "");
}

static void a_long_path_shows_its_start(void **state)
{
	(void)state;
	assert_string_equal(fit("Wrote it in /tmp/cascade-test.abcdef/work", 30),
	                    "Wrote it in /tmp/cascade-test\u2026");
	assert_string_equal(fit("Wrote it in /tmp/cascade-test.abcdef/work", 16), "Wrote it in\u2026");
}

static void wide_characters_count_twice(void **state)
{
	(void)state;
	assert_int_equal(text_width("漢字"), 4);
	assert_string_equal(fit("漢字 漢字", 5), "漢字\u2026");
	assert_string_equal(fit("漢字漢字", 4), "漢\u2026");
}

static void a_small_buffer_holds_whole_characters(void **state)
{
	char out[4];

	(void)state;
	text_fit("é漢字", 10, out, sizeof out);
	assert_string_equal(out, "é");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_line_that_fits_is_kept),
		cmocka_unit_test(parts_go_before_words),
		cmocka_unit_test(words_go_whole_with_an_ellipsis),
		cmocka_unit_test(one_long_word_is_cut),
		cmocka_unit_test(a_long_path_shows_its_start),
		cmocka_unit_test(wide_characters_count_twice),
		cmocka_unit_test(a_small_buffer_holds_whole_characters),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
