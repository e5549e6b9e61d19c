/* test_state.c — every field validator at and past its limits, checking
 * a whole state field by field, comparing states, and choosing the
 * socket directory. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "class/class.h"

/* A string of n copies of c (n < 200). */
static const char *rep(char c, size_t n)
{
	static char s[200];

	memset(s, c, n);
	s[n] = '\0';
	return s;
}

static void class_names(void **unused)
{
	(void)unused;
	assert_true(class_valid_name("bio101"));
	assert_true(class_valid_name("0day_lab-2"));
	assert_true(class_valid_name(rep('a', CLASS_NAME_MAX)));
	assert_false(class_valid_name(rep('a', CLASS_NAME_MAX + 1)));
	assert_false(class_valid_name(""));
	assert_false(class_valid_name(NULL));
	assert_false(class_valid_name("-rf"));
	assert_false(class_valid_name("_x"));
	assert_false(class_valid_name("Bio101"));
	assert_false(class_valid_name("a.b"));
	assert_false(class_valid_name("../x"));
	assert_false(class_valid_name("a/b"));
	assert_false(class_valid_name("a b"));
}

static void page_ids_words_and_users(void **unused)
{
	(void)unused;
	assert_true(class_valid_page("in-the-blood"));
	assert_true(class_valid_page("-"));
	assert_true(class_valid_page(rep('x', CLASS_ID_MAX)));
	assert_false(class_valid_page(rep('x', CLASS_ID_MAX + 1)));
	assert_false(class_valid_page(""));
	assert_false(class_valid_page("in_the_blood"));
	assert_false(class_valid_page("In-the-blood"));
	assert_false(class_valid_page("a.md"));
	assert_true(class_valid_word("platelets"));
	assert_true(class_valid_word(rep('z', CLASS_WORD_MAX)));
	assert_false(class_valid_word(rep('z', CLASS_WORD_MAX + 1)));
	assert_false(class_valid_word("nk2"));
	assert_false(class_valid_word("a-b"));
	assert_false(class_valid_word(""));
	assert_true(class_valid_user("Alice.B_c-9"));
	assert_true(class_valid_user(rep('u', CLASS_USER_MAX)));
	assert_false(class_valid_user(rep('u', CLASS_USER_MAX + 1)));
	assert_false(class_valid_user("al ice"));
	assert_false(class_valid_user("\x1b[2J"));
	assert_false(class_valid_user("é"));
}

static void numbers(void **unused)
{
	(void)unused;
	assert_true(class_valid_scroll(0));
	assert_true(class_valid_scroll(CLASS_SCROLL_ONE));
	assert_false(class_valid_scroll(CLASS_SCROLL_ONE + 1));
	assert_false(class_valid_scroll(UINT32_MAX));
	assert_true(class_valid_value(0.8));
	assert_true(class_valid_value(-1e300));
	assert_false(class_valid_value(NAN));
	assert_false(class_valid_value(INFINITY));
	assert_false(class_valid_value(-INFINITY));
	assert_false(class_valid_quiz(0));
	assert_true(class_valid_quiz(1));
	assert_true(class_valid_quiz(CLASS_QUIZ_MAX));
	assert_false(class_valid_quiz(CLASS_QUIZ_MAX + 1));
}

static bool notes_ok(const char *s)
{
	return class_valid_notes(s, strlen(s));
}

static void notes_text(void **unused)
{
	char big[CLASS_NOTES_MAX + 1];

	(void)unused;
	assert_true(notes_ok(""));
	assert_true(class_valid_notes(NULL, 0));
	assert_true(notes_ok("Line one\n\tindented — dash, “quotes”, µm, 🩸\n"));
	assert_true(notes_ok("\xc2\xa0")); /* U+00A0, the first after C1 */
	assert_false(notes_ok("\r\n"));
	assert_false(notes_ok("\x1b[31mred"));
	assert_false(notes_ok("\x7f"));
	assert_false(notes_ok("\xc2\x9b" "31m")); /* C1 CSI */
	assert_false(notes_ok("\xc0\xaf"));         /* overlong '/' */
	assert_false(notes_ok("\xe0\x80\xaf"));     /* overlong, three bytes */
	assert_false(notes_ok("\xed\xa0\x80"));     /* a surrogate */
	assert_false(notes_ok("\xf4\x90\x80\x80")); /* past U+10FFFF */
	assert_false(notes_ok("\xe2\x82"));         /* cut short */
	assert_false(notes_ok("\x80"));
	assert_false(notes_ok("\xff"));
	assert_false(class_valid_notes("a\0b", 3));
	memset(big, 'n', sizeof big);
	assert_true(class_valid_notes(big, CLASS_NOTES_MAX));
	assert_false(class_valid_notes(big, CLASS_NOTES_MAX + 1));
	/* A character cut at the limit's edge. */
	memcpy(big + CLASS_NOTES_MAX - 1, "\xc3", 1);
	assert_false(class_valid_notes(big, CLASS_NOTES_MAX));
}

static struct class_state good(void)
{
	struct class_state s;

	class_state_init(&s);
	strcpy(s.page, "in-the-blood");
	s.has_sim = true;
	strcpy(s.sim.model, "circulation");
	s.sim.nparams = 1;
	strcpy(s.sim.params[0].name, "platelets");
	s.sim.params[0].value = 0.8;
	s.has_quiz = true;
	s.quiz = 1;
	s.no_ahead = true;
	strcpy(s.furthest, "letting-go");
	return s;
}

static void whole_state(void **unused)
{
	struct class_state s;

	(void)unused;
	class_state_init(&s);
	assert_int_equal(class_state_check(&s), CLASS_FIELD_PAGE);
	s = good();
	assert_int_equal(class_state_check(&s), CLASS_FIELD_NONE);
	s.scroll = CLASS_SCROLL_ONE + 1;
	assert_int_equal(class_state_check(&s), CLASS_FIELD_SCROLL);
	s = good(), strcpy(s.sim.model, "Circulation");
	assert_int_equal(class_state_check(&s), CLASS_FIELD_MODEL);
	s = good(), s.sim.nparams = CLASS_PARAMS_MAX + 1;
	assert_int_equal(class_state_check(&s), CLASS_FIELD_NPARAMS);
	s = good(), strcpy(s.sim.params[0].name, "");
	assert_int_equal(class_state_check(&s), CLASS_FIELD_PARAM_NAME);
	s = good(), s.sim.params[0].value = NAN;
	assert_int_equal(class_state_check(&s), CLASS_FIELD_PARAM_VALUE);
	s = good(), s.sim.nparams = 2, s.sim.params[1] = s.sim.params[0];
	assert_int_equal(class_state_check(&s), CLASS_FIELD_PARAM_TWICE);
	s = good(), s.quiz = 0;
	assert_int_equal(class_state_check(&s), CLASS_FIELD_QUIZ);
	s = good(), strcpy(s.furthest, "../x");
	assert_int_equal(class_state_check(&s), CLASS_FIELD_FURTHEST);
	/* Absent parts are not looked at. */
	s = good();
	s.has_sim = s.has_quiz = s.no_ahead = false;
	s.sim.params[0].value = NAN, s.quiz = 0, s.furthest[0] = '\0';
	assert_int_equal(class_state_check(&s), CLASS_FIELD_NONE);
	assert_string_equal(class_field_name(CLASS_FIELD_SCROLL), "scroll");
	assert_string_equal(class_field_name((enum class_field)99), "?");
}

static void equality(void **unused)
{
	struct class_state a = good(), b = good();

	(void)unused;
	b.seq = 7;
	assert_true(class_state_equal(&a, &b));
	b.scroll = 1;
	assert_false(class_state_equal(&a, &b));
	b = good(), b.sim.run = 2;
	assert_false(class_state_equal(&a, &b));
	b = good(), b.sim.params[0].value = 0.9;
	assert_false(class_state_equal(&a, &b));
	b = good(), b.revealed = true;
	assert_false(class_state_equal(&a, &b));
	b = good(), strcpy(b.furthest, "in-the-blood");
	assert_false(class_state_equal(&a, &b));
	/* What an absent part holds does not count. */
	a.has_sim = b.has_sim = false;
	b = a, b.sim.seed = 99, strcpy(b.sim.model, "other");
	assert_true(class_state_equal(&a, &b));
}

static void directory_choice(void **unused)
{
	(void)unused;
	assert_string_equal(class_dir_choose("/x", "/y"), "/x");
	assert_string_equal(class_dir_choose(NULL, "/y"), "/y");
	assert_string_equal(class_dir_choose("", ""), CLASS_DEFAULT_DIR);
	assert_string_equal(class_dir_choose(NULL, NULL), CLASS_DEFAULT_DIR);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(class_names),
		cmocka_unit_test(page_ids_words_and_users),
		cmocka_unit_test(numbers),
		cmocka_unit_test(notes_text),
		cmocka_unit_test(whole_state),
		cmocka_unit_test(equality),
		cmocka_unit_test(directory_choice),
	};

	return cmocka_run_group_tests_name("class state fields", tests, NULL, NULL);
}
