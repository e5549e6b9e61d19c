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

#include "cli/settings.h"
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
	int term_cols;          /* the terminal's columns when stdout is one, else 0 */
	bool restricted;        /* lab accounts: no other content, no files written */
	struct cli_launch launch; /* set by lead and follow */
	enum content_source content_source; /* where content_dir is from */
	const char *class_dir;  /* the settings' class-dir, or NULL; borrowed */
	const char *class_group;/* the settings' class-group, or NULL; borrowed */
	const char *command;    /* the command running ("sim"), for "Try 'cascade
	                           sim --help'", or NULL before one is */
};

/* Loads the course on first use (printing diagnostics); NULL on failure. */
struct course *cli_course(struct cli_ctx *ctx);
/* The page with that number or id, or the one page whose id starts with
 * it ("in-the-bl"); NULL after a usage message naming the valid range.  (A NULL from a failed load prints the load's messages.) */
struct page *cli_find_page(struct cli_ctx *ctx, const char *key);
/* The same, or the glossary by its id (the pager shows it as a page). */
struct page *cli_find_page_or_glossary(struct cli_ctx *ctx, const char *key);
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
/* Prints a line of prose and a newline; on a terminal narrower than it,
 * broken at spaces (the first line keeps its leading blanks, the others
 * start after indent blanks), so that the terminal cuts no word. */
void cli_print_wrapped(FILE *out, const struct cli_ctx *ctx, const char *line, size_t indent);

/* What an option's argument or a command's operand is: for help and for
 * the shell completions (complete.c), which offer the matching words. */
enum cli_value {
	CLI_V_NONE,     /* a flag: no argument */
	CLI_V_WORD,     /* free text: nothing to offer */
	CLI_V_PAGE,     /* a page number or id */
	CLI_V_DIR,      /* a directory */
	CLI_V_FILE,     /* a file */
	CLI_V_CHARSET,  /* ascii, blocks, braille */
	CLI_V_THEME,    /* dark, light */
	CLI_V_FORMAT,   /* sim's table, csv, json, chart */
	CLI_V_PRESET,   /* a preset of the model on the line */
	CLI_V_SWEEP,    /* param=lo:hi:n of the model on the line */
};

/* The global options, the only list of them: main() parses with it, and
 * --help and the completions print it.  Each: id, name, argument (NULL
 * for a flag), what the argument is, help (lines split by '\n'). */
#define CLI_GLOBAL_OPTIONS(_)                                                   \
	_(CONTENT, "--content", "DIR", CLI_V_DIR,                               \
	  "read lessons from DIR, not the site's or the built-in ones\n"  \
	  "(also the CASCADE_CONTENT environment variable)")                   \
	_(PAGE, "--page", "PAGE", CLI_V_PAGE,                                   \
	  "open the pager at this page (number or id)")                        \
	_(CHARSET, "--charset", "NAME", CLI_V_CHARSET,                          \
	  "ascii, blocks or braille (default: from the locale)")               \
	_(THEME, "--theme", "NAME", CLI_V_THEME,                                \
	  "dark or light background (default: dark)")                          \
	_(WALKTHROUGH, "--walkthrough", "FILE", CLI_V_FILE,                     \
	  "step through an instructor's stops with } and {")                   \
	_(SPACE_STAYS, "--space-stays", NULL, CLI_V_NONE,                       \
	  "Space at a page's end stays there, as in less\n"                    \
	  "(the setting end-of-page = stay)")                                  \
	_(MEASURE_LEFT, "--measure-left", NULL, CLI_V_NONE,                     \
	  "on screens of 160+ columns, text at the left, not centred\n"        \
	  "(the setting measure = left)")                                      \
	_(RESTRICTED, "--restricted", NULL, CLI_V_NONE,                         \
	  "for lab accounts: no other content, no files written\n"             \
	  "but progress (also CASCADE_RESTRICTED=1)")                          \
	_(HELP, "--help", NULL, CLI_V_NONE,                                     \
	  "show this help and exit (COMMAND --help: that command's)")          \
	_(VERSION, "--version", NULL, CLI_V_NONE,                               \
	  "show the version and the lessons in use, and exit")

#define CLI_GOPT_ID(id, name, arg, value, help) CLI_GOPT_##id,
enum cli_global_option { CLI_GLOBAL_OPTIONS(CLI_GOPT_ID) CLI_GOPT__COUNT };
#undef CLI_GOPT_ID

struct cli_option {
	const char *name;     /* "--width"; "-i" for a short one */
	const char *arg;      /* "W", or NULL for a flag */
	enum cli_value value; /* what arg is */
	const char *help;     /* lines split by '\n' */
};
/* The global options in the order of CLI_GLOBAL_OPTIONS, with a NULL name
 * at the end. */
extern const struct cli_option cli_global_options[];

/* Each command: id, whether a restricted (lab guest) session may run it,
 * name, arguments, help.  A command takes argv after its own name (argv[0]
 * is the command). */
#define CLI_COMMANDS(_)                                                  \
	_(list, true, "list",   "",                                              \
	  "list the pages with their numbers and titles")                    \
	_(show, true, "show",   "[PAGE | all] [--width W] [--height H]",         \
	  "print a page (by number or id), or all, laid out as plain text")  \
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

/* A command's own options and operands (help.c), beside the table
 * above rather than in it, so that a command added there without them
 * still gets a --help (its arguments and summary). */
struct cli_command_help {
	const char *name;              /* the command */
	enum cli_value operand;        /* what its first operand is */
	const struct cli_option *options; /* ended by a NULL name; may be NULL */
	const char *more;              /* a paragraph after the options, or NULL */
};
/* The help of command name; NULL if it has none beyond the table. */
const struct cli_command_help *cli_command_help_find(const char *name);

/* `cascade --help`: every command, every global option. */
void cli_usage(FILE *out, const char *prog);
/* `cascade COMMAND --help`: its arguments, summary and options. */
void cli_command_usage(FILE *out, const char *prog, const struct cli_command *cmd);
/* Whether argv (after the command's name, up to "--") asks for help. */
bool cli_wants_help(int argc, char **argv);
/* Prints one option line of a help ("  --width W   text"). */
void cli_print_option(FILE *out, const struct cli_option *o);

/* `cascade --complete WORD...` (complete.c): the words that may follow
 * the command line WORD... (the last is the word being completed, maybe
 * empty), one a line; a line ":file" or ":dir" asks the shell to complete
 * a file name.  Hidden: the bash and zsh completions call it. */
int cli_complete(struct cli_ctx *ctx, int argc, char **argv);

/* The command named name, or NULL. */
const struct cli_command *cli_command_find(const char *name);
/* The table, ended by an entry with name NULL. */
extern const struct cli_command cli_commands[];

#endif
