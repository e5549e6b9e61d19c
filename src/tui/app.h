/* app.h — the state of one pager session and the screens that act on it.
 *
 * Owns: struct app (the course, the current page, each page's layout and
 * place, the terminal's size, the screen stack, the walkthrough, the
 * class, progress), struct screen_ops (one per screen: pager, contents,
 * help, explorer, search results, the glossary pop-up, the prompt), and
 * what a key handler tells the main loop (enum next).  No screen calls
 * refresh() or changes the stack but through app_push/app_pop; tui.c's
 * loop draws, and gives every screen the global keys. */
#ifndef CASCADE_APP_H
#define CASCADE_APP_H

#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

#include "class/class.h"
#include "lesson/course.h"
#include "lesson/walkthrough.h"
#include "progress/progress.h"
#include "tui/find.h"
#include "tui/keys.h"
#include "tui/tui.h"
#include "view/layout.h"

#define TUI_MIN_COLS 20 /* below this (or TUI_MIN_LINES) only a notice is drawn */
#define TUI_MIN_LINES 5

/* What the main loop should do after a key. */
/* What a screen's key handler did with a key. */
enum next {
	NEXT_NONE,     /* handled; nothing changed */
	NEXT_REDRAW,   /* handled; draw the top screen again */
	NEXT_CLOSE,    /* handled; pop the top screen */
	NEXT_QUIT,     /* leave cascade */
	NEXT_IGNORED,  /* not this screen's key: the global keys get it (help,
	                  redraw, quit or close, cancel), the same everywhere */
};

struct app;

struct screen_ops {
	const char *name;
	enum key_scope scope;            /* which keys of the table apply */
	bool overlay;                    /* drawn over the screen beneath it */
	void (*draw)(struct app *app);
	enum next (*key)(struct app *app, enum action action, int key);
	/* the size changed: every screen on the stack is told; may be NULL */
	void (*resize)(struct app *app);
	/* Called every TICK_MS while app->animating; false: no more ticks
	 * wanted (the loop then sleeps until there is input).  May be NULL. */
	bool (*tick)(struct app *app);
};

#define TICK_MS 120 /* animation frame interval; idle sessions block instead */
#define APP_MAX_POLLFDS 256 /* descriptors besides the terminal (a class) */

/* A page's place and its layout at the current width (laid out lazily). */
struct page_view {
	struct layout layout;
	bool laid_out;
	size_t top;          /* first grid line shown */
	double top_fraction; /* where top was, kept across widths */
	long selected;       /* index into layout.targets, or -1 */
	unsigned generation; /* counts layouts, so cached searches know theirs */
	bool placed;         /* the saved place has been restored (or needs not) */
	int *choice;         /* the quiz answer shown per doc block; owned */
	size_t nchoice;
	bool keep_choice;    /* choice holds reveals: keep it at the next layout */
	size_t focus_quiz;   /* 1 + the block of the quiz last answered here, or
	                        0: a class is shown it after the selection goes */
	/* The status line's words for the selected target (a sim block's means
	 * running it for its sparkline): made when the selection changes, not
	 * at every redraw. */
	long described;           /* the target described, or -1 */
	unsigned described_gen;   /* ... in this layout generation */
	char description[300];
};

/* A place to come back to: a page and the line at the top of the screen. */
struct place {
	size_t page;
	double fraction;     /* top line / lines, so it survives a new width */
};

#define HISTORY_MAX 64
#define SCREEN_STACK_MAX 6
#define PROMPT_MAX 256   /* bytes of UTF-8 typed into a prompt */

/* A one-line prompt on the status line (prompt.c). */
struct prompt {
	const char *label;           /* ":", "/" */
	char text[PROMPT_MAX];
	size_t len;                  /* bytes in text */
	/* Called with the text on Enter; returns what the loop does next. */
	enum next (*done)(struct app *app, const char *text);
};

/* What the loop owes the progress file: a page turn's checkpoint (due a
 * moment after the turn), or a durable save (an answer, once the frame
 * that shows its verdict is drawn). */
enum save_owed { SAVE_NOTHING, SAVE_CHECKPOINT, SAVE_DURABLE };

struct app {
	const struct tui_opts *opts;
	struct course course;
	struct page_view *views; /* one per page, owned */
	size_t current;          /* index of the page shown */
	int cols, lines;         /* the terminal's size */
	bool color;              /* colours in use */
	const struct screen_ops *stack[SCREEN_STACK_MAX];
	size_t depth;
	size_t help_top;         /* the help screen's scroll */
	size_t help_lines;       /* ... and its lines at the last draw */
	size_t contents_sel;     /* the contents screen's selected row */
	size_t contents_open;    /* 1 + the page whose headings it shows, or 0 */
	struct place back[HISTORY_MAX], forward[HISTORY_MAX];
	size_t nback, nforward;
	struct prompt prompt;
	struct explorer *explorer; /* open simulation explorer, or NULL */
	struct find find;        /* the last search in the pager */
	struct course_search *course_search; /* results.c's state, or NULL */
	struct progress progress; /* the student's, kept between sessions */
	struct gloss_state *gloss; /* gloss.c's glossary and matcher, or NULL */
	struct walkthrough walk; /* --walkthrough FILE: its stops (nstops 0: none) */
	struct classroom *classroom; /* a class led or followed, or NULL */
	size_t stop;             /* the stop shown */
	bool notes_hidden;       /* the instructor closed the notes pane */
	size_t recorded_page;    /* the page last saved as visited */
	enum save_owed save_owed; /* progress to save */
	double save_due_ms;      /* a checkpoint's time on the loop's clock, or 0 */
	bool animating;          /* the top screen wants ticks */
	/* Where the first frame's time went, in ms (CASCADE_PROFILE=FILE
	 * appends a line of it there, for bench/pty_bench), previews apart
	 * from the rest of the layout; and, on leaving, the frames after it:
	 * how many, and the ms spent drawing into curses and in curses'
	 * refresh (working out and writing the bytes). */
	struct {
		double t0, load, session, glossary, curses, layout, previews;
	} startup;
	struct {
		unsigned long n;
		double draw, refresh;
	} frames;
	bool confirm_quit;        /* the next key answers "leave the class?" (or,
	                             leading, "end the class?") */
	char message[256];       /* one-off text for the status line */
};

extern const struct screen_ops pager_screen, help_screen, contents_screen,
	prompt_screen, explorer_screen, results_screen, popup_screen, vote_screen;
/* Q while leading a class: puts the quiz in focus to the class's vote and
 * shows the counts (vote.c). */
enum next vote_open(struct app *app);
/* Opens the help screen at the keys of scope (the screen it was asked
 * for from). */
void help_open(struct app *app, enum key_scope scope);

/* Glossary look-ups (gloss.c). */
void gloss_open(struct app *app);
void gloss_close(struct app *app);
/* Turns the first occurrence of each term in lo's running text into a
 * TARGET_GLOSSARY target (targets stay in reading order). */
void gloss_mark(struct app *app, struct layout *lo);
const char *gloss_term_name(const struct app *app, size_t term);
enum next gloss_popup(struct app *app, size_t term);

/* The keys list screens share (list.c): moves *sel among n entries.
 * True when it handled action (and set *next). */
bool list_key(size_t *sel, size_t n, enum action action, enum next *next);

/* Course-wide search (results.c). */
void course_search_prompt(struct app *app);
void course_search_free(struct app *app);

/* Walkthroughs (walk.c). */
int walk_open(struct app *app);          /* loads opts->walkthrough; -1: refused */
enum next walk_go(struct app *app, long delta); /* to the next/previous stop */
void walk_show_stop(struct app *app, size_t i);
int walk_notes_rows(const struct app *app); /* rows the notes pane takes */
void walk_draw_notes(struct app *app);
/* "Stop 2 of 5" for the status line, or "" */
const char *walk_status(const struct app *app, char *buf, size_t size);
/* What `cascade notes` shows for the current stop: its number, place and
 * notes, and the next stop's place; or that there is no walkthrough. */
void walk_notes_text(const struct app *app, char *buf, size_t size);

/* Progress (session.c). */
void session_open(struct app *app);
void session_close(struct app *app);
void session_note_place(struct app *app);
/* An answer to save durably once the frame that shows its verdict is
 * drawn (syncing to disk may take longer than the key's frame). */
void session_save_soon(struct app *app);
/* Pays a save session_note_place() or session_save_soon() owes, a
 * checkpoint only once due (now_ms on the loop's monotonic clock); true
 * when it left a message (a save that failed) for the status line, to be
 * drawn. */
bool session_settle(struct app *app, double now_ms);
/* Milliseconds until an owed checkpoint falls due, or -1 for none. */
int session_wait_ms(const struct app *app, double now_ms);
void session_sim_opened(struct app *app, const char *model);
double session_place(struct app *app, size_t i);

/* Quizzes (quizplay.c). */
int *quizplay_choices(struct app *app, size_t i, size_t *n);
enum next quizplay_answer(struct app *app, size_t block, unsigned option);
/* Shows quiz `number` (0-based) of the page answered, as the class's
 * leader revealed it: with the student's vote (voted, from 0) when they
 * voted on it, so that a wrong vote reads as wrong, else rightly; the
 * student's own record is untouched. */
void quizplay_reveal(struct app *app, unsigned number, int voted);
/* Scrolls quiz `number` (0-based) of the page's options into view unless
 * they are in it, and with select selects its first option, so that Q or
 * a letter acts on it. */
void quizplay_show(struct app *app, unsigned number, bool select);
/* The right option of quiz `number` (0-based) of page `page`, or -1. */
int quizplay_right_option(struct app *app, size_t page, unsigned number);

/* Page i of the course; i == course.npages is the glossary (NULL if the
 * course has none). */
struct page *app_page(struct app *app, size_t i);
/* Pages the pager can show: the course's, and the glossary if any. */
size_t app_npages(const struct app *app);

struct simblock;
/* Opens the explorer on a sim block's settings and runs it with seed
 * (explorer.c); -1 on ENOMEM. */
int explorer_open(struct app *app, const struct simblock *sb, uint64_t seed);
void explorer_close(struct app *app);
/* The open explorer's model, values (of the run shown), seed and how many
 * runs it has made; false when none is open. */
bool explorer_get(const struct app *app, const struct sim_model **model, const double **values,
                  uint64_t *seed, uint32_t *runs);
/* A follower's explorer made to match the leader's: opened on sb if
 * another model (or none) is open, values and seed set, run again when
 * the leader's run count moved. */
void explorer_sync(struct app *app, const struct simblock *sb, uint64_t seed, uint32_t runs);
/* Hides the open explorer's outcome until r (a walkthrough stop that asks
 * the class to predict); followers are shown the same. */
void explorer_veil(struct app *app);
/* Pins the open explorer's run as the baseline (a stop's "pin"). */
void explorer_pin_baseline(struct app *app);
/* The parameter selected and whether all are listed, for the class (NULL
 * when no explorer is open); and a follower's made the leader's. */
const char *explorer_get_panel(const struct app *app, bool *all_params);
void explorer_sync_panel(struct app *app, const char *selected, bool all_params);
/* The pinned run's values and seed, for the class; false when none. */
bool explorer_get_pin(const struct app *app, const double **values, uint64_t *seed);
/* A follower's pin made the leader's (values NULL: none). */
void explorer_sync_pin(struct app *app, const double *values, uint64_t seed);

/* The current page's view, laid out at the current width. */
struct page_view *app_view(struct app *app);
/* Rows for page text (all but the status line). */
int app_text_rows(const struct app *app);
/* Columns the page is laid out in: the screen's, but on a screen of
 * WIDE_SCREEN_COLS or more a readable measure of READING_MEASURE, centred
 * (or at the left with --measure-left); app_text_left is where it starts. */
#define READING_MEASURE 100
#define WIDE_SCREEN_COLS 160
size_t app_text_width(const struct app *app);
int app_text_left(const struct app *app);
/* Drops every layout (the width changed). */
void app_relayout(struct app *app);
/* The screen stack, changed only through these (tui.c): a screen asks
 * for its own closing by returning NEXT_CLOSE. */
void app_push(struct app *app, const struct screen_ops *s);
void app_pop(struct app *app);                /* the top screen, never the pager */
void app_pop_to(struct app *app, size_t depth); /* down to depth screens (1: the pager) */

/* A class led or followed (classroom.c).  classroom_open reports its
 * problems on stderr (before curses) and returns -1. */
int classroom_open(struct app *app);
void classroom_close(struct app *app);
void classroom_publish(struct app *app);         /* leader: after every key */
enum next classroom_toggle(struct app *app);      /* follower: pause / rejoin */
bool classroom_may_visit(struct app *app, size_t page); /* no reading ahead */
bool classroom_following(const struct app *app);        /* in a class as a student */
/* After the keys: a follower now on another page than the class's has
 * paused following (and is told so). */
void classroom_note_wander(struct app *app);
bool classroom_leading(const struct app *app);          /* leading a class */
size_t classroom_followers(const struct app *app);      /* leader: how many follow */
/* Leader with nobody following yet: "Students join: cascade follow ...",
 * for the status line; else NULL. */
const char *classroom_join_hint(const struct app *app);
/* Leader: the option quiz `quiz` (from 0) of page `page` was answered
 * with in this class, or -1; and recording one (false: no memory). */
int classroom_class_answer(const struct app *app, size_t page, unsigned quiz);
bool classroom_answer_for_class(struct app *app, size_t page, unsigned quiz, int option);
/* The doc block of the current page's quiz in focus (selected, or last
 * answered here), or -1. */
long classroom_quiz_in_focus(struct app *app);
/* The leader's vote (classroom.c keeps it; vote.c shows it).  Start puts
 * the quiz at block of the current page to the vote in a new round;
 * reveal shows everyone the right answer and ends the answering; end
 * takes the vote down. */
void classroom_vote_start(struct app *app, size_t block, unsigned options);
void classroom_vote_reveal(struct app *app);
void classroom_vote_end(struct app *app);
struct vote_info {
	char class_name[CLASS_NAME_MAX + 1];
	size_t page;               /* the quiz's page */
	uint32_t quiz;             /* its number in the page, from 1 */
	uint32_t round;
	bool open;                 /* answers are taken */
	struct class_tally tally;  /* as shown: new at most 10 times a second */
	size_t following;
};
/* The vote put, false when none; its counts as shown, or with live as
 * they are this moment. */
bool classroom_vote_info(struct app *app, bool live, struct vote_info *out);
/* A follower's letter answering the open vote: true when it was taken
 * as an answer (else the key keeps its meaning). */
bool classroom_answer_key(struct app *app, int key);
const char *classroom_status(const struct app *app, char *buf, size_t size);
/* Milliseconds until the class needs servicing with nothing ready (a
 * silent peer to drop), or -1. */
int classroom_timeout(const struct app *app);

/* Descriptors the loop waits on besides the terminal, and what to do when
 * they are ready (classroom.c: a class being led or followed). */
size_t app_pollfds(struct app *app, struct pollfd *fds, size_t max);
void app_service(struct app *app, struct pollfd *fds, size_t n);

/* Scrolls the page shown so that grid line `line` is at the top (or as
 * near as the end of the page allows). */
void app_scroll_to_line(struct app *app, size_t line);
/* Scrolls grid lines [first, last] into view unless they are in it, the
 * first a third of the way down the screen (where a selection goes). */
void app_show_lines(struct app *app, size_t first, size_t last);

/* Searching the page (find.c). */
void find_prompt(struct app *app, bool forward);          /* "/" or "?" */
/* A pattern typed by the reader, smart case; NULL after putting PCRE2's
 * message and column on the status line. */
struct search_pattern *find_compile(struct app *app, const char *text);
/* Searches the page shown for text from its top line; as if typed at "/". */
enum next find_start(struct app *app, const char *text, bool forward);
enum next find_repeat(struct app *app, bool reverse);     /* n, N */
struct highlight;
size_t find_highlights(struct app *app, size_t line, struct highlight *hl, size_t max);
void find_free(struct app *app);

/* Navigation (nav.c).  app_go records the current place in the history. */
void app_go(struct app *app, size_t page, long line);
enum next app_back(struct app *app);
enum next app_forward(struct app *app);
/* Follows a link's destination: "page-id", "page-id#heading", "#heading",
 * a page number, or an external URL (shown, never opened). */
enum next app_follow_link(struct app *app, const char *dest);
/* Opens the prompt on the status line with label and initial text. */
void app_prompt(struct app *app, const char *label, const char *initial,
                enum next (*done)(struct app *app, const char *text));
/* Goes to a page given by number or id, or says it does not exist. */
enum next app_goto_page(struct app *app, const char *key);

/* Painting (paint.c). */
/* Columns [col, end) of a line drawn with another role on top. */
struct highlight {
	size_t col, end;
	enum role role;
};
void paint_init_colors(struct app *app);
void paint_line(struct app *app, int row, const struct line *l,
                const struct highlight *hl, size_t nhl);
/* A line of the page at row, within the page's measure (app_text_left). */
void paint_page_line(struct app *app, int row, const struct line *l,
                     const struct highlight *hl, size_t nhl);
/* The same from column col, at most width columns; no clearing after.
 * Returns the screen column after the last cell painted. */
int paint_line_at(struct app *app, int row, int col, const struct line *l,
                  const struct highlight *hl, size_t nhl, int width);
/* A frame of height rows and width columns at (row, col), blank inside. */
void paint_box(struct app *app, int row, int col, int height, int width);
void paint_status(struct app *app, const char *left, const char *right);
void paint_text(struct app *app, int row, int col, const char *utf8, enum role role);

#endif
