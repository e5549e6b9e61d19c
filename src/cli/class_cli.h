/* class_cli.h — the class commands that need no terminal: a headless
 * follower (`cascade follow CLASS --headless`) and the instructor's notes
 * client (`cascade notes CLASS`).  They print what they receive on stdout,
 * one line per state, for scripts, tests and a second terminal.  The
 * routing from argv is the command table's (cli.h). */
#ifndef CASCADE_CLI_CLASS_H
#define CASCADE_CLI_CLASS_H

#include <stdbool.h>
#include <stddef.h>

struct cli_ctx;
struct class_state;

/* Follows CLASS (socket directory dir; NULL: CASCADE_CLASS_DIR or the
 * default) and prints each state received as one line,
 *     state 12 page=in-the-blood scroll=250000 sim=circulation
 *         platelets=0.8 seed=42 run=3 quiz=2 revealed=no furthest=letting-go
 * (on one line; the parts for an absent sim, quiz or limit left out), and
 * "leader left" when the leader goes.  Returns 0 when the leader left,
 * 1 when the class could not be joined or the leader was dropped for
 * sending something malformed (with "cascade: ..." on stderr). */
int cli_follow_headless(struct cli_ctx *ctx, const char *class_name, const char *dir);

/* The instructor's notes for CLASS, from the leader's own session (same
 * uid only): prints "== notes for PAGE" and the text each time it
 * changes ("== no notes for PAGE" when there are none), and "leader left"
 * at the end.  Returns as cli_follow_headless(). */
int cli_notes(struct cli_ctx *ctx, const char *class_name, const char *dir);

/* The state's line as above, without a newline, into buf[size]. */
void cli_class_state_line(const struct class_state *s, char *buf, size_t size);

struct class_update;
/* Joins CLASS in role (an enum class_role) and calls show() for each
 * update until the leader goes; then prints "leader left".  With wait it
 * waits for an absent class to start, and for an ended one to start
 * again, until interrupted.  The loop both commands share; returns as
 * cli_follow_headless(). */
int cli_class_run(struct cli_ctx *ctx, const char *class_name, const char *dir, int role,
                  bool wait, void (*show)(void *arg, const struct class_update *u), void *arg);

#endif
