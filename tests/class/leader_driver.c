/* leader_driver.c — a headless class leader for the tests: opens a class,
 * then obeys commands on stdin, one a line, while serving its peers in
 * one poll() loop (the shape the pager's loop will have):
 *
 *     state page=ID scroll=N [sim=M NAME=V... seed=N run=N]
 *           [quiz=N revealed=yes|no [vote=R options=K open=yes|no]]
 *           [furthest=ID]                        -> "published SEQ"
 *     tally                 the vote's counts   -> "tally R open|closed A,B,... answered N"
 *     notes TEXT ("\n", "\t" in TEXT: newline, tab) -> "notes sent"
 *     wait follower|notes N MS   until N have joined -> "followers N" at once,
 *                                 or at MS ms:          "timeout followers N"
 *     count                                          -> "followers N notes M"
 *     sleep MS                   serve for a while   -> "slept"
 *     quit (or end of input)     close and exit 0
 *
 * Usage: leader_driver [--dir DIR] [--group NAME | --no-group] CLASS.
 * Prints "open PATH" first; log lines go to stderr as "log: ...";
 * every answer is flushed at once. */
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "class/class.h"

struct driver {
	struct class_leader *l;
	char in[65536];
	size_t in_len;
	bool eof;
	enum { IDLE, WAITING, SLEEPING } mode;
	enum class_role wait_role;
	size_t wait_n;
	uint64_t until_ms;
};

static void log_line(void *ctx, const char *line)
{
	(void)ctx;
	fprintf(stderr, "log: %s\n", line);
}

static void answer(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void answer(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
}

/* One "key=value" word of a state command into s. */
static int state_word(struct class_state *s, char *w)
{
	char *eq = strchr(w, '='), *v;

	if (!eq)
		return -1;
	*eq = '\0', v = eq + 1;
	if (strcmp(w, "page") == 0)
		snprintf(s->page, sizeof s->page, "%s", v);
	else if (strcmp(w, "scroll") == 0)
		s->scroll = (uint32_t)strtoul(v, NULL, 10);
	else if (strcmp(w, "sim") == 0)
		s->has_sim = true, snprintf(s->sim.model, sizeof s->sim.model, "%s", v);
	else if (strcmp(w, "seed") == 0)
		s->sim.seed = strtoull(v, NULL, 10);
	else if (strcmp(w, "run") == 0)
		s->sim.run = (uint32_t)strtoul(v, NULL, 10);
	else if (strcmp(w, "quiz") == 0)
		s->has_quiz = true, s->quiz = (uint32_t)strtoul(v, NULL, 10);
	else if (strcmp(w, "revealed") == 0)
		s->revealed = strcmp(v, "yes") == 0;
	else if (strcmp(w, "vote") == 0)
		s->has_vote = true, s->vote.round = (uint32_t)strtoul(v, NULL, 10);
	else if (strcmp(w, "options") == 0)
		s->vote.options = (uint32_t)strtoul(v, NULL, 10);
	else if (strcmp(w, "open") == 0)
		s->vote.open = strcmp(v, "yes") == 0;
	else if (strcmp(w, "furthest") == 0)
		s->no_ahead = true, snprintf(s->furthest, sizeof s->furthest, "%s", v);
	else if (s->sim.nparams < CLASS_PARAMS_MAX) {
		struct class_param *p = &s->sim.params[s->sim.nparams++];

		snprintf(p->name, sizeof p->name, "%s", w);
		p->value = strtod(v, NULL);
	} else
		return -1;
	return 0;
}

static void publish(struct driver *d, char *args)
{
	struct class_state s;
	struct class_err err = { "" };

	class_state_init(&s);
	for (char *w = strtok(args, " "); w; w = strtok(NULL, " "))
		if (state_word(&s, w) != 0) {
			answer("error: cannot read '%s'", w);
			return;
		}
	if (class_leader_publish(d->l, &s, &err) != CLASS_OK)
		answer("error: %s", err.msg);
	else
		answer("published %llu", (unsigned long long)class_leader_seq(d->l));
}

static void notes(struct driver *d, char *text)
{
	struct class_err err = { "" };
	char *r = text, *w = text;

	for (; *r; r++, w++) /* "\n" and "\t" become a newline and a tab */
		if (r[0] == '\\' && (r[1] == 'n' || r[1] == 't'))
			*w = r[1] == 'n' ? '\n' : '\t', r++;
		else
			*w = *r;
	*w = '\0';
	if (class_leader_notes(d->l, text, &err) != CLASS_OK)
		answer("error: %s", err.msg);
	else
		answer("notes sent");
}

static void tally(struct driver *d)
{
	struct class_tally t;
	char counts[CLASS_VOTE_OPTIONS_MAX * 11 + 1] = "";

	class_leader_tally(d->l, &t);
	for (uint32_t i = 0; i < t.options; i++)
		snprintf(counts + strlen(counts), sizeof counts - strlen(counts), "%s%lu",
		         i ? "," : "", (unsigned long)t.counts[i]);
	answer("tally %lu %s %s answered %lu", (unsigned long)t.round, t.open ? "open" : "closed",
	       t.options ? counts : "-", (unsigned long)t.answered);
}

static void command(struct driver *d, char *line)
{
	char role[16];
	unsigned long n, ms;

	if (strncmp(line, "state ", 6) == 0)
		publish(d, line + 6);
	else if (strncmp(line, "notes ", 6) == 0 || strcmp(line, "notes") == 0)
		notes(d, line[5] ? line + 6 : line + 5);
	else if (sscanf(line, "wait %15s %lu %lu", role, &n, &ms) == 3) {
		d->mode = WAITING;
		d->wait_role = strcmp(role, "notes") == 0 ? CLASS_ROLE_NOTES : CLASS_ROLE_FOLLOWER;
		d->wait_n = n;
		d->until_ms = class_clock_ms() + ms;
	} else if (sscanf(line, "sleep %lu", &ms) == 1) {
		d->mode = SLEEPING;
		d->until_ms = class_clock_ms() + ms;
	} else if (strcmp(line, "count") == 0)
		answer("followers %zu notes %zu", class_leader_count(d->l, CLASS_ROLE_FOLLOWER),
		       class_leader_count(d->l, CLASS_ROLE_NOTES));
	else if (strcmp(line, "tally") == 0)
		tally(d);
	else if (strcmp(line, "quit") == 0)
		d->eof = true, d->in_len = 0;
	else if (*line)
		answer("error: unknown command '%s'", line);
}

/* Ends a wait or sleep that is over.  A wait that reaches its deadline
 * is a timeout even if the count is there by then: a wait that is met is
 * answered at once (step() looks again after every command), so one that
 * is met only at its deadline means the driver slept through the moment
 * it was met, and the test should fail rather than pass slowly. */
static void check_mode(struct driver *d, uint64_t now)
{
	size_t have = class_leader_count(d->l, d->wait_role);

	if (d->mode == WAITING && now >= d->until_ms) {
		answer("timeout followers %zu", have);
		d->mode = IDLE;
	} else if (d->mode == WAITING && have >= d->wait_n) {
		answer("followers %zu", have);
		d->mode = IDLE;
	} else if (d->mode == SLEEPING && now >= d->until_ms) {
		answer("slept");
		d->mode = IDLE;
	}
}

/* Runs the complete lines read so far, while idle. */
static void run_lines(struct driver *d)
{
	char *nl;

	while (d->mode == IDLE && !(d->eof && d->in_len == 0) &&
	       (nl = memchr(d->in, '\n', d->in_len))) {
		size_t len = (size_t)(nl - d->in) + 1;

		*nl = '\0';
		command(d, d->in);
		if (d->in_len >= len) {
			memmove(d->in, d->in + len, d->in_len - len);
			d->in_len -= len;
		}
	}
}

/* Runs commands and ends waits until neither can go further: a command
 * may start a wait that is already met (the followers joined before it
 * was read), and ending it lets the next command run.  Checking only
 * before the commands lost that wake-up, and poll() slept to the deadline. */
static void step(struct driver *d, uint64_t now)
{
	do {
		check_mode(d, now);
		run_lines(d);
		check_mode(d, now);
	} while (d->mode == IDLE && !(d->eof && d->in_len == 0) && memchr(d->in, '\n', d->in_len));
}

static void read_stdin(struct driver *d)
{
	ssize_t n = read(STDIN_FILENO, d->in + d->in_len, sizeof d->in - d->in_len - 1);

	if (n > 0)
		d->in_len += (size_t)n;
	else if (n == 0 || errno != EINTR)
		d->eof = true;
}

static int loop(struct driver *d)
{
	struct pollfd fds[2048];

	for (;;) {
		uint64_t now = class_clock_ms();
		size_t n = 1 + class_leader_pollfds(d->l, fds + 1, 2047);
		int t = class_leader_timeout(d->l, now);

		step(d, now);
		if (d->mode == IDLE && d->eof && !memchr(d->in, '\n', d->in_len))
			return 0;
		if (d->mode != IDLE) {
			int wait = d->until_ms > now ? (int)(d->until_ms - now) : 0;

			if (t < 0 || wait < t)
				t = wait;
		}
		fds[0] = (struct pollfd){ .fd = d->eof || d->mode != IDLE ? -1 : STDIN_FILENO,
			.events = POLLIN };
		if (n > 2048)
			n = 2048;
		if (poll(fds, n, t) < 0 && errno != EINTR)
			return 1;
		if (fds[0].revents)
			read_stdin(d);
		class_leader_service(d->l, fds + 1, n - 1, class_clock_ms());
	}
}

int main(int argc, char **argv)
{
	struct class_leader_opts o = { .log = log_line };
	struct driver *d = calloc(1, sizeof *d);
	struct class_err err = { "" };
	int i, rc;

	for (i = 1; i + 1 < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--dir") == 0)
			o.dir = argv[++i];
		else if (strcmp(argv[i], "--group") == 0)
			o.group = argv[++i];
		else if (strcmp(argv[i], "--no-group") == 0)
			o.group = "";
		else
			break;
	}
	if (!d || i + 1 != argc) {
		fprintf(stderr, "usage: leader_driver [--dir DIR] [--group NAME | --no-group] CLASS\n");
		return 2;
	}
	o.name = argv[i];
	if (class_leader_open(&d->l, &o, &err) != CLASS_OK) {
		fprintf(stderr, "leader_driver: %s\n", err.msg);
		free(d);
		return 1;
	}
	answer("open %s", class_leader_path(d->l));
	rc = loop(d);
	class_leader_close(d->l);
	free(d);
	return rc;
}
