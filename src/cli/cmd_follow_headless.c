/* cmd_follow_headless.c — `cascade follow CLASS --headless`: a follower
 * without a screen, printing one line per state received, for scripts and
 * tests; and the receive loop it shares with `cascade notes`. */
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "class/class.h"
#include "class/wire.h"
#include "cli/class_cli.h"
#include "cli/cli.h"

/* Appends to buf[size] at *len, keeping it terminated. */
static void add(char *buf, size_t size, size_t *len, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void add(char *buf, size_t size, size_t *len, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (*len >= size)
		return;
	va_start(ap, fmt);
	n = vsnprintf(buf + *len, size - *len, fmt, ap);
	va_end(ap);
	if (n > 0)
		*len = *len + (size_t)n < size ? *len + (size_t)n : size - 1;
}

void cli_class_state_line(const struct class_state *s, char *buf, size_t size)
{
	size_t len = 0;
	char num[40];

	buf[0] = '\0';
	add(buf, size, &len, "state %llu page=%s scroll=%lu", (unsigned long long)s->seq,
	    s->page, (unsigned long)s->scroll);
	if (s->has_sim) {
		add(buf, size, &len, " sim=%s", s->sim.model);
		for (size_t i = 0; i < s->sim.nparams; i++) {
			class_format_double(s->sim.params[i].value, num, sizeof num);
			add(buf, size, &len, " %s=%s", s->sim.params[i].name, num);
		}
		add(buf, size, &len, " seed=%llu run=%lu", (unsigned long long)s->sim.seed,
		    (unsigned long)s->sim.run);
	}
	if (s->has_quiz)
		add(buf, size, &len, " quiz=%lu revealed=%s", (unsigned long)s->quiz,
		    s->revealed ? "yes" : "no");
	if (s->has_quiz && s->has_vote)
		add(buf, size, &len, " vote=%lu options=%lu open=%s", (unsigned long)s->vote.round,
		    (unsigned long)s->vote.options, s->vote.open ? "yes" : "no");
	if (s->no_ahead)
		add(buf, size, &len, " furthest=%s", s->furthest);
}

/* Joins the class, waiting while it is absent when wait is set (with the
 * pager's back-off, saying so once); CLASS_OK, or what stopped it. */
static enum class_status join(const struct class_follower_opts *o, bool wait,
                              struct class_follower **f, struct class_err *err)
{
	unsigned ms = CLASS_RETRY_FIRST_MS;
	bool said = false;
	enum class_status st;

	while ((st = class_follower_open(f, o, err)) == CLASS_ABSENT && wait) {
		if (!said) {
			printf("== waiting for class %s to start (Ctrl-C stops)\n", o->name);
			fflush(stdout);
			said = true;
		}
		struct timespec pause = { ms / 1000, (long)(ms % 1000) * 1000000 };

		nanosleep(&pause, NULL);
		ms = class_retry_next(ms);
	}
	return st;
}

int cli_class_run(struct cli_ctx *ctx, const char *class_name, const char *dir, int role,
                  bool wait, void (*show)(void *arg, const struct class_update *u), void *arg)
{
	struct class_follower_opts o = { .name = class_name,
		.dir = class_dir_choose(dir, getenv(CLASS_DIR_ENV)), .role = role };
	struct class_follower *f;
	struct class_update u;
	struct class_err err = { "" };
	enum class_status st;

	do { /* once, or (wait) for as long as the instructor starts it again */
		if (join(&o, wait, &f, &err) != CLASS_OK) {
			cli_error(ctx, "%s", err.msg);
			return 1;
		}
		do {
			struct pollfd pfd = { .fd = class_follower_fd(f), .events = POLLIN };

			if (poll(&pfd, 1, -1) < 0 && errno != EINTR) {
				snprintf(err.msg, sizeof err.msg, "poll: %s", strerror(errno));
				st = CLASS_ERR;
				break;
			}
			st = class_follower_service(f, &u, &err);
			show(arg, &u);
		} while (st == CLASS_OK);
		class_follower_close(f);
		printf("leader left\n");
		fflush(stdout);
	} while (st == CLASS_LEFT && wait);
	if (st == CLASS_ERR) {
		cli_error(ctx, "%s", err.msg);
		return 1;
	}
	if (strcmp(err.msg, "the leader left") != 0) /* how it left, if unusual */
		cli_error(ctx, "%s", err.msg);
	return 0;
}

static void show_state(void *arg, const struct class_update *u)
{
	char line[2048];

	(void)arg;
	if (!u->state_changed)
		return;
	cli_class_state_line(&u->state, line, sizeof line);
	printf("%s\n", line);
	fflush(stdout);
}

int cli_follow_headless(struct cli_ctx *ctx, const char *class_name, const char *dir)
{
	return cli_class_run(ctx, class_name, dir, CLASS_ROLE_FOLLOWER, false, show_state, NULL);
}
