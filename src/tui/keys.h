/* keys.h — the key table: the only list of keys.  Dispatch and the help
 * screen both read it, so they cannot drift apart. */
#ifndef CASCADE_KEYS_H
#define CASCADE_KEYS_H

#include <stddef.h>

/* Where a key means something: everywhere, in the pager (and the list
 * screens: contents, help, pop-ups), in the simulation explorer, while
 * typing into a prompt (where every printable key is text), or on the
 * leader's screen of a class's vote. */
enum key_scope { SCOPE_ANY, SCOPE_PAGER, SCOPE_EXPLORER, SCOPE_TEXT, SCOPE_VOTE, SCOPE__COUNT };

/* Each action, its scope and the line the help screen shows for it. */
#define ACTION_LIST(_)                                                        \
	_(LINE_DOWN, PAGER, "scroll down one line")                              \
	_(LINE_UP, PAGER, "scroll up one line")                                  \
	_(PAGE_DOWN, PAGER, "scroll down one screen")                            \
	_(PAGE_UP, PAGER, "scroll up one screen")                                \
	_(HALF_DOWN, PAGER, "scroll down half a screen")                         \
	_(HALF_UP, PAGER, "scroll up half a screen")                             \
	_(TOP, PAGER, "go to the top of the page")                               \
	_(BOTTOM, PAGER, "go to the end of the page")                            \
	_(NEXT_PAGE, PAGER, "next lesson page")                                  \
	_(PREV_PAGE, PAGER, "previous lesson page")                              \
	_(CONTENTS, PAGER, "table of contents (Enter opens a page)")             \
	_(GOTO, PAGER, "go to a page by number or id (e.g. 7 Enter, :7)")        \
	_(NEXT_TARGET, PAGER, "select the next link, simulation or quiz")        \
	_(PREV_TARGET, PAGER, "select the previous link, simulation or quiz")    \
	_(NEXT_SIM, PAGER, "select the next simulation (Enter opens it)")        \
	_(PREV_SIM, PAGER, "select the previous simulation")                     \
	_(NEXT_QUIZ, PAGER, "select the next quiz (its letters answer it)")      \
	_(PREV_QUIZ, PAGER, "select the previous quiz")                          \
	_(FOLLOW, PAGER, "follow the link, open the simulation (else: down)")    \
	_(BACK, PAGER, "go back to where a link was followed from")              \
	_(FORWARD, PAGER, "go forward again after going back")                   \
	_(SEARCH_FORWARD, PAGER, "search forward in the page (a PCRE2 pattern)")  \
	_(SEARCH_BACKWARD, PAGER, "search backward in the page")                 \
	_(SEARCH_NEXT, PAGER, "repeat the search")                               \
	_(SEARCH_PREV, PAGER, "repeat the search in the other direction")        \
	_(SEARCH_COURSE, PAGER, "search every page and the glossary")            \
	_(STOP_NEXT, ANY, "walkthrough: go to the next stop")                    \
	_(STOP_PREV, ANY, "walkthrough: go back to the previous stop")           \
	_(NOTES, ANY, "walkthrough: show or hide the instructor's notes")       \
	_(FOLLOW_TOGGLE, ANY, "class: stop following the instructor, or rejoin") \
	_(CLASS_VOTE, ANY, "class: put the selected quiz to the vote (leader; else as q)") \
	_(PARAM_NEXT, EXPLORER, "select the next parameter")                     \
	_(PARAM_PREV, EXPLORER, "select the previous parameter")                 \
	_(VALUE_UP, EXPLORER, "raise the parameter a little")                    \
	_(VALUE_DOWN, EXPLORER, "lower the parameter a little")                  \
	_(VALUE_UP_BIG, EXPLORER, "raise the parameter a lot")                   \
	_(VALUE_DOWN_BIG, EXPLORER, "lower the parameter a lot")                 \
	_(VALUE_TYPE, EXPLORER, "type an exact value (or a choice's name)")      \
	_(PARAM_LIST, EXPLORER, "list every parameter, or only the selected one") \
	_(PRESETS, EXPLORER, "pick one of the model's presets (published setups)") \
	_(RUN, EXPLORER, "run again (every change runs by itself)")              \
	_(STEP, EXPLORER, "show one more time step of the run")                  \
	_(PLAY, EXPLORER, "play / pause the run as an animation")                \
	_(PIN, EXPLORER, "pin this run to compare the next ones with it")        \
	_(UNPIN, EXPLORER, "drop the pinned run")                                \
	_(EXPORT, EXPLORER, "write the run as CSV in the current directory")     \
	_(RESET_BLOCK, EXPLORER, "reset to the lesson's values")                 \
	_(RESET_DEFAULTS, EXPLORER, "reset to the model's defaults")             \
	_(NEW_SEED, EXPLORER, "run again with a new random seed")                \
	_(SET_SEED, EXPLORER, "type a seed")                                     \
	_(VOTE_REVEAL, VOTE, "show the class the right answer and why")          \
	_(VOTE_SAVE, VOTE, "save the counts as CSV in the current directory")    \
	_(TEXT_DONE, TEXT, "act on what was typed")                              \
	_(TEXT_ERASE, TEXT, "erase the last character (on an empty line: cancel)") \
	_(HELP, ANY, "show this help; again or q to close it")                   \
	_(REDRAW, ANY, "redraw the screen")                                      \
	_(CANCEL, ANY, "close a pop-up, the explorer, the contents or a prompt") \
	_(QUIT, ANY, "quit (in a pop-up or screen: close it)")

#define ACTION_ENUM(name, scope, help) ACT_##name,
enum action { ACT_NONE, ACTION_LIST(ACTION_ENUM) ACT__COUNT };
#undef ACTION_ENUM

/* Added to curses KEY_* codes so that a function key never equals a
 * character's code point (KEY_DOWN is 0402, which is also U+0102). */
#define KEY_FUNCTION 0x40000000

struct key_binding {
	int key;           /* a code point, or KEY_FUNCTION | a curses KEY_* code */
	enum action action;
	const char *name;  /* as the help screen shows it: "Space", "PgDn";
	                      NULL: a key the entry before already names */
};

extern const struct key_binding key_bindings[];
extern const size_t key_binding_count;

/* The action key has in scope (or in SCOPE_ANY), or ACT_NONE. */
enum action key_action(enum key_scope scope, int key);
const char *action_help(enum action a);
enum key_scope action_scope(enum action a);

#endif
