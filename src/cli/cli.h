/* cli.h — the batch commands that print to stdout.
 *
 * Owns: the command table (the only list of subcommands), the context every
 * command receives, and the stdout printer of cell grids.  Commands return
 * an exit status (0 ok, 1 "nothing found"/lint problems, 2 usage error) and
 * print diagnostics as "cascade: ..." on stderr.  No curses here. */
#ifndef CASCADE_CLI_H
#define CASCADE_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "view/glyph.h"

struct course; /* lesson/course.h */
struct page;

/* What `lead` and `follow` ask main() to start: the pager in a class
 * mode (the CLI itself never starts curses). */
enum cli_launch_mode { CLI_LAUNCH_NONE, CLI_LAUNCH_LEAD, CLI_LAUNCH_FOLLOW };
struct cli_launch {
	enum cli_launch_mode mode;
	const char *class_name;
	const char *dir;          /* --dir, or NULL */
	const char *group;        /* lead --group, or NULL */
	const char *walkthrough;  /* lead --walkthrough, or NULL */
	bool no_ahead;            /* lead --no-ahead */
};
#define CLI_START_PAGER (-1) /* a command's status: start the pager (ctx->launch) */

struct cli_ctx {
	const char *progname;   /* "cascade", for messages */
	struct course *course;  /* loaded lazily by cli_course(); may be NULL */
	const char *content_dir;/* --content DIR, or NULL for the built-in pages */
	enum charset charset;   /* for everything printed */
	bool charset_forced;    /* --charset given */
	bool tty;               /* stdout is a terminal */
	bool color;             /* may use SGR colour (tty and no NO_COLOR) */
	int width;              /* --width, or the terminal's, or 80 */
	bool restricted;        /* lab accounts: no other content, no files written */
	struct cli_launch launch; /* set by lead and follow */
};

/* Loads the course on first use (printing diagnostics); NULL on failure. */
struct course *cli_course(struct cli_ctx *ctx);
/* The page with that number or id; NULL after a usage message naming the
 * valid range.  (A NULL from a failed load prints the load's messages.) */
struct page *cli_find_page(struct cli_ctx *ctx, const char *key);
void cli_ctx_free(struct cli_ctx *ctx);

/* When there is no terminal for the pager (stdout is a pipe, TERM=dumb or
 * unknown): prints the page (default: the first) as plain text and says
 * how to page it.  Returns an exit status. */
int cli_print_instead_of_pager(struct cli_ctx *ctx, const char *page);

struct diags;
/* Prints diagnostics as "file:line: message" on stderr. */
void cli_print_diags(const struct diags *d);

/* Usage error: prints "cascade: <msg>" and a hint to stderr; returns 2. */
int cli_usage_error(const struct cli_ctx *ctx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Any other error message: "cascade: <msg>" on stderr. */
void cli_error(const struct cli_ctx *ctx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Parses a whole number in [min, max]; 0 on success, -1 otherwise. */
int cli_parse_long(const char *text, long min, long max, long *out);

struct progress;
/* Opens the student's progress (cmd_progress.c): the state directory from
 * XDG_STATE_HOME or HOME, then progress_load(), printing its warning if
 * the file had to be set aside.  Returns 0, or 1 when out of memory. */
int cli_progress_open(const struct cli_ctx *ctx, struct progress *p);
/* Prints p's new message, if any, as "cascade: warning: ...". */
void cli_progress_report(const struct cli_ctx *ctx, struct progress *p);

struct grid;
/* Prints every line of g, with SGR attributes when ctx->color. */
void cli_print_grid(FILE *out, const struct grid *g, const struct cli_ctx *ctx);

/* Each command: id, whether a restricted (lab guest) session may run it,
 * name, arguments, help.  A command takes argv after its own name (argv[0]
 * is the command). */
#define CLI_COMMANDS(_)                                                  \
	_(list, true, "list",   "",                                              \
	  "list the pages with their numbers and titles")                    \
	_(show, true, "show",   "PAGE [--width W]",                              \
	  "print a page (by number or id) laid out as plain text")           \
	_(refs, true, "refs",   "[--format text|bibtex|ris]",                    \
	  "print every reference of the course with the pages that cite it") \
	_(sim, true, "sim",    "list | describe MODEL | MODEL [param=value ...]", \
	  "run a simulation and print a table, CSV, JSON or a chart") \
	_(lint, false, "lint",   "[--walkthrough FILE]... [DIR]",                 \
	  "check the lesson pages in DIR (or built in) and walkthrough files") \
	_(search, true, "search", "PATTERN [-i] [-F] [--page N] [--width W]",      \
	  "print page:line: text for each line matching a PCRE2 pattern") \
	_(quiz, true, "quiz",   "[PAGE]",                                        \
	  "answer a page's quizzes (or all) at a prompt; prints the score") \
	_(progress, true, "progress", "[--reset [--yes]]",                         \
	  "print your progress per page, or clear it") \
	_(lead, false, "lead",   "[CLASS] [--group G] [--dir DIR] [--no-ahead] [--walkthrough FILE]", \
	  "open the pager as a class's instructor: followers see your screen") \
	_(follow, true, "follow", "CLASS [--dir DIR] [--headless]",                \
	  "follow an instructor's class (F pauses and rejoins)") \
	_(notes, false, "notes",  "CLASS [--dir DIR]",                             \
	  "show your walkthrough notes in a second terminal while you lead")

#define CLI_DECLARE(id, restricted_ok, name, args, help) \
	int cmd_##id(struct cli_ctx *ctx, int argc, char **argv);
CLI_COMMANDS(CLI_DECLARE)
#undef CLI_DECLARE

struct cli_command {
	const char *name;
	bool restricted_ok;  /* may run in restricted mode */
	const char *args;
	const char *help;
	int (*run)(struct cli_ctx *ctx, int argc, char **argv);
};

/* The command named name, or NULL. */
const struct cli_command *cli_command_find(const char *name);
/* The table, ended by an entry with name NULL. */
extern const struct cli_command cli_commands[];

#endif
