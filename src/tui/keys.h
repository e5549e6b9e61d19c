/* keys.h — the key table: the only list of keys.  Dispatch and the help
 * screen both read it, so they cannot drift apart. */
#ifndef CASCADE_KEYS_H
#define CASCADE_KEYS_H

#include <stddef.h>

/* Each action with the line the help screen shows for it. */
#define ACTION_LIST(_)                                             \
	_(LINE_DOWN, "scroll down one line")                          \
	_(LINE_UP, "scroll up one line")                              \
	_(PAGE_DOWN, "scroll down one screen")                        \
	_(PAGE_UP, "scroll up one screen")                            \
	_(HALF_DOWN, "scroll down half a screen")                     \
	_(HALF_UP, "scroll up half a screen")                         \
	_(TOP, "go to the top of the page")                           \
	_(BOTTOM, "go to the end of the page")                        \
	_(NEXT_PAGE, "next lesson page")                              \
	_(PREV_PAGE, "previous lesson page")                          \
	_(HELP, "show this help; again or q to close it")             \
	_(REDRAW, "redraw the screen")                                \
	_(QUIT, "quit (from help: close help)")

#define ACTION_ENUM(name, help) ACT_##name,
enum action { ACT_NONE, ACTION_LIST(ACTION_ENUM) ACT__COUNT };
#undef ACTION_ENUM

struct key_binding {
	int key;           /* a character, or a curses KEY_* code */
	enum action action;
	const char *name;  /* as the help screen shows it: "Space", "PgDn" */
};

extern const struct key_binding key_bindings[];
extern const size_t key_binding_count;

/* The action bound to key, or ACT_NONE. */
enum action key_action(int key);
const char *action_help(enum action a);

#endif
