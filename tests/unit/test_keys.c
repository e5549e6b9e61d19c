/* test_keys.c — the key table is the only list of keys: dispatch
 * (key_action) and the help screen (which lists each binding's name under
 * its action) both read it.  These checks keep the table sound: every key
 * dispatches to the action the help lists it under, no key means two
 * things in one scope, and every action has a named key and a help line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "tui/keys.h"

static void every_binding_dispatches_to_its_action(void **state)
{
	(void)state;
	for (size_t i = 0; i < key_binding_count; i++) {
		const struct key_binding *b = &key_bindings[i];
		enum key_scope scope = action_scope(b->action);

		if (scope == SCOPE_ANY) {
			/* Keys for everywhere must work in every screen's scope. */
			assert_int_equal(key_action(SCOPE_PAGER, b->key), b->action);
			assert_int_equal(key_action(SCOPE_EXPLORER, b->key), b->action);
		} else {
			assert_int_equal(key_action(scope, b->key), b->action);
		}
	}
}

static void no_key_means_two_things_in_one_scope(void **state)
{
	(void)state;
	for (size_t i = 0; i < key_binding_count; i++)
		for (size_t j = i + 1; j < key_binding_count; j++) {
			enum key_scope a = action_scope(key_bindings[i].action);
			enum key_scope b = action_scope(key_bindings[j].action);

			if (key_bindings[i].key != key_bindings[j].key)
				continue;
			if (a == b || a == SCOPE_ANY || b == SCOPE_ANY)
				fail_msg("key %d is bound twice (entries %zu and %zu)",
				         key_bindings[i].key, i, j);
		}
}

static void every_action_has_a_named_key_and_help(void **state)
{
	(void)state;
	for (int a = 1; a < ACT__COUNT; a++) {
		int named = 0;

		for (size_t i = 0; i < key_binding_count; i++)
			named += key_bindings[i].action == (enum action)a && key_bindings[i].name;
		if (!named)
			fail_msg("action %d has no key the help screen can show", a);
		assert_true(strlen(action_help((enum action)a)) > 0);
	}
}

static void unbound_keys_do_nothing(void **state)
{
	(void)state;
	assert_int_equal(key_action(SCOPE_PAGER, 'X'), ACT_NONE);
	assert_int_equal(key_action(SCOPE_PAGER, 0x263a), ACT_NONE); /* ☺ */
	/* A function key never collides with a character's code point: the
	 * down arrow scrolls, the letter with its curses number (U+0102) does
	 * nothing. */
	assert_int_equal(key_action(SCOPE_PAGER, 'j'), ACT_LINE_DOWN);
	for (size_t i = 0; i < key_binding_count; i++) {
		int bare = key_bindings[i].key & ~KEY_FUNCTION;

		if (!(key_bindings[i].key & KEY_FUNCTION))
			continue;
		assert_int_not_equal(key_action(action_scope(key_bindings[i].action), key_bindings[i].key),
		                     ACT_NONE);
		assert_int_equal(key_action(SCOPE_PAGER, bare), ACT_NONE);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_binding_dispatches_to_its_action),
		cmocka_unit_test(no_key_means_two_things_in_one_scope),
		cmocka_unit_test(every_action_has_a_named_key_and_help),
		cmocka_unit_test(unbound_keys_do_nothing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
