/* keys.c — the key table (see keys.h), close to less for scrolling. */
#include "tui/curses.h"
#include "tui/keys.h"

#define CTRL(c) ((c) & 0x1f)

const struct key_binding key_bindings[] = {
	{ 'j', ACT_LINE_DOWN, "j" },
	{ KEY_DOWN, ACT_LINE_DOWN, "Down" },
	{ '\n', ACT_LINE_DOWN, "Enter" },
	{ 'e', ACT_LINE_DOWN, "e" },
	{ 'k', ACT_LINE_UP, "k" },
	{ KEY_UP, ACT_LINE_UP, "Up" },
	{ 'y', ACT_LINE_UP, "y" },
	{ ' ', ACT_PAGE_DOWN, "Space" },
	{ KEY_NPAGE, ACT_PAGE_DOWN, "PgDn" },
	{ 'f', ACT_PAGE_DOWN, "f" },
	{ 'b', ACT_PAGE_UP, "b" },
	{ KEY_PPAGE, ACT_PAGE_UP, "PgUp" },
	{ 'd', ACT_HALF_DOWN, "d" },
	{ 'u', ACT_HALF_UP, "u" },
	{ 'g', ACT_TOP, "g" },
	{ '<', ACT_TOP, "<" },
	{ KEY_HOME, ACT_TOP, "Home" },
	{ 'G', ACT_BOTTOM, "G" },
	{ '>', ACT_BOTTOM, ">" },
	{ KEY_END, ACT_BOTTOM, "End" },
	{ KEY_RIGHT, ACT_NEXT_PAGE, "Right" },
	{ ']', ACT_NEXT_PAGE, "]" },
	{ KEY_LEFT, ACT_PREV_PAGE, "Left" },
	{ '[', ACT_PREV_PAGE, "[" },
	{ 'h', ACT_HELP, "h" },
	{ KEY_F(1), ACT_HELP, "F1" },
	{ CTRL('l'), ACT_REDRAW, "Ctrl-L" },
	{ 'q', ACT_QUIT, "q" },
	{ 'Q', ACT_QUIT, "Q" },
};

const size_t key_binding_count = sizeof key_bindings / sizeof *key_bindings;

#define ACTION_HELP(name, help) [ACT_##name] = help,
static const char *const action_helps[ACT__COUNT] = { ACTION_LIST(ACTION_HELP) };
#undef ACTION_HELP

enum action key_action(int key)
{
	for (size_t i = 0; i < key_binding_count; i++)
		if (key_bindings[i].key == key)
			return key_bindings[i].action;
	return ACT_NONE;
}

const char *action_help(enum action a)
{
	return (unsigned)a < ACT__COUNT && action_helps[a] ? action_helps[a] : "";
}
