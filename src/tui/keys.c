/* keys.c — the key table (see keys.h), close to less for scrolling. */
#include "tui/curses.h"
#include "tui/keys.h"

#define CTRL(c) ((c) & 0x1f)
#define FN(k) ((k) | KEY_FUNCTION)

const struct key_binding key_bindings[] = {
	{ 'j', ACT_LINE_DOWN, "j" },
	{ FN(KEY_DOWN), ACT_LINE_DOWN, "Down" },
	{ 'e', ACT_LINE_DOWN, "e" },
	{ 'k', ACT_LINE_UP, "k" },
	{ FN(KEY_UP), ACT_LINE_UP, "Up" },
	{ 'y', ACT_LINE_UP, "y" },
	{ ' ', ACT_PAGE_DOWN, "Space" },
	{ FN(KEY_NPAGE), ACT_PAGE_DOWN, "PgDn" },
	{ 'f', ACT_PAGE_DOWN, "f" },
	{ 'b', ACT_PAGE_UP, "b" },
	{ FN(KEY_PPAGE), ACT_PAGE_UP, "PgUp" },
	{ 'd', ACT_HALF_DOWN, "d" },
	{ 'u', ACT_HALF_UP, "u" },
	{ 'g', ACT_TOP, "g" },
	{ '<', ACT_TOP, "<" },
	{ FN(KEY_HOME), ACT_TOP, "Home" },
	{ 'G', ACT_BOTTOM, "G" },
	{ '>', ACT_BOTTOM, ">" },
	{ FN(KEY_END), ACT_BOTTOM, "End" },
	{ FN(KEY_RIGHT), ACT_NEXT_PAGE, "Right" },
	{ ']', ACT_NEXT_PAGE, "]" },
	{ FN(KEY_LEFT), ACT_PREV_PAGE, "Left" },
	{ '[', ACT_PREV_PAGE, "[" },
	{ 'c', ACT_CONTENTS, "c" },
	{ ':', ACT_GOTO, ":" },
	{ '0', ACT_GOTO, "0-9" }, { '1', ACT_GOTO, NULL }, { '2', ACT_GOTO, NULL },
	{ '3', ACT_GOTO, NULL }, { '4', ACT_GOTO, NULL }, { '5', ACT_GOTO, NULL },
	{ '6', ACT_GOTO, NULL }, { '7', ACT_GOTO, NULL }, { '8', ACT_GOTO, NULL },
	{ '9', ACT_GOTO, NULL },
	{ '\t', ACT_NEXT_TARGET, "Tab" },
	{ FN(KEY_BTAB), ACT_PREV_TARGET, "Shift-Tab" },
	{ 's', ACT_NEXT_SIM, "s" },
	{ 'S', ACT_PREV_SIM, "S" },
	{ 'z', ACT_NEXT_QUIZ, "z" },
	{ 'Z', ACT_PREV_QUIZ, "Z" },
	{ '\n', ACT_FOLLOW, "Enter" },
	{ '\r', ACT_FOLLOW, NULL },
	{ FN(KEY_ENTER), ACT_FOLLOW, NULL },
	{ FN(KEY_BACKSPACE), ACT_BACK, "Backspace" },
	{ 127, ACT_BACK, NULL },
	{ '\b', ACT_BACK, NULL },
	{ 'l', ACT_BACK, "l" },
	{ 'L', ACT_FORWARD, "L" },
	{ '/', ACT_SEARCH_FORWARD, "/" },
	{ '?', ACT_SEARCH_BACKWARD, "?" },
	{ 'n', ACT_SEARCH_NEXT, "n" },
	{ 'N', ACT_SEARCH_PREV, "N" },
	{ '&', ACT_SEARCH_COURSE, "&" },
	{ '}', ACT_STOP_NEXT, "}" },
	{ '{', ACT_STOP_PREV, "{" },
	{ 'o', ACT_NOTES, "o" },
	{ 'F', ACT_FOLLOW_TOGGLE, "F" },
	{ 'Q', ACT_CLASS_VOTE, "Q" },
	{ 'r', ACT_VOTE_REVEAL, "r" },
	{ '\n', ACT_VOTE_REVEAL, "Enter" },
	{ '\r', ACT_VOTE_REVEAL, NULL },
	{ FN(KEY_ENTER), ACT_VOTE_REVEAL, NULL },
	{ 'w', ACT_VOTE_SAVE, "w" },
	{ 27, ACT_CANCEL, "Esc" },
	{ 'j', ACT_PARAM_NEXT, "j" },
	{ FN(KEY_DOWN), ACT_PARAM_NEXT, "Down" },
	{ 'k', ACT_PARAM_PREV, "k" },
	{ FN(KEY_UP), ACT_PARAM_PREV, "Up" },
	{ FN(KEY_RIGHT), ACT_VALUE_UP, "Right" },
	{ '+', ACT_VALUE_UP, "+" },
	{ FN(KEY_LEFT), ACT_VALUE_DOWN, "Left" },
	{ '-', ACT_VALUE_DOWN, "-" },
	{ FN(KEY_SRIGHT), ACT_VALUE_UP_BIG, "Shift-Right" },
	{ FN(KEY_PPAGE), ACT_VALUE_UP_BIG, "PgUp" },
	{ FN(KEY_SLEFT), ACT_VALUE_DOWN_BIG, "Shift-Left" },
	{ FN(KEY_NPAGE), ACT_VALUE_DOWN_BIG, "PgDn" },
	{ '=', ACT_VALUE_TYPE, "=" },
	{ '\n', ACT_VALUE_TYPE, "Enter" },
	{ '\r', ACT_VALUE_TYPE, NULL },
	{ FN(KEY_ENTER), ACT_VALUE_TYPE, NULL },
	{ 'a', ACT_PARAM_LIST, "a" },
	{ 'c', ACT_PRESETS, "c" },
	{ 'r', ACT_RUN, "r" },
	{ 's', ACT_STEP, "s" },
	{ 'p', ACT_PLAY, "p" },
	{ ' ', ACT_PLAY, "Space" },
	{ 'P', ACT_PIN, "P" },
	{ 'U', ACT_UNPIN, "U" },
	{ 'x', ACT_EXPORT, "x" },
	{ 'R', ACT_RESET_BLOCK, "R" },
	{ 'D', ACT_RESET_DEFAULTS, "D" },
	{ 'n', ACT_NEW_SEED, "n" },
	{ 'S', ACT_SET_SEED, "S" },
	{ '\n', ACT_TEXT_DONE, "Enter" },
	{ '\r', ACT_TEXT_DONE, NULL },
	{ FN(KEY_ENTER), ACT_TEXT_DONE, NULL },
	{ FN(KEY_BACKSPACE), ACT_TEXT_ERASE, "Backspace" },
	{ 127, ACT_TEXT_ERASE, NULL },
	{ '\b', ACT_TEXT_ERASE, NULL },
	{ 'h', ACT_HELP, "h" },
	{ FN(KEY_F(1)), ACT_HELP, "F1" },
	{ CTRL('l'), ACT_REDRAW, "Ctrl-L" },
	{ 'q', ACT_QUIT, "q" },
};

const size_t key_binding_count = sizeof key_bindings / sizeof *key_bindings;

#define ACTION_HELP(name, scope, help) [ACT_##name] = help,
static const char *const action_helps[ACT__COUNT] = { ACTION_LIST(ACTION_HELP) };
#undef ACTION_HELP
#define ACTION_SCOPE(name, scope, help) [ACT_##name] = SCOPE_##scope,
static const enum key_scope action_scopes[ACT__COUNT] = { ACTION_LIST(ACTION_SCOPE) };
#undef ACTION_SCOPE

enum key_scope action_scope(enum action a)
{
	return (unsigned)a < ACT__COUNT ? action_scopes[a] : SCOPE_ANY;
}

enum action key_action(enum key_scope scope, int key)
{
	for (size_t i = 0; i < key_binding_count; i++) {
		enum key_scope s = action_scopes[key_bindings[i].action];

		if (key_bindings[i].key == key && (s == scope || s == SCOPE_ANY))
			return key_bindings[i].action;
	}
	return ACT_NONE;
}

const char *action_help(enum action a)
{
	return (unsigned)a < ACT__COUNT && action_helps[a] ? action_helps[a] : "";
}
