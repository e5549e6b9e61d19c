/* test_session.c — a leader and its followers in one process over real
 * Unix sockets in a scratch directory: states reach everyone, late
 * joiners are current at once, notes reach notes clients only, silent
 * peers are dropped on time, a slow follower gets the newest state, the
 * peer limit holds, stale sockets are replaced and live ones refused,
 * doubtful directories are refused, followers say why they cannot
 * join or that the leader left, and a vote counts each follower's answer
 * once, as a count only, dropping those that answer twice or wrongly. */
#include <errno.h>
#include <poll.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cmocka.h>

#include "class/class.h"
#include "class/wire.h"

struct fx {
	char dir[64];
	char log[4096];  /* every log line, each ending in '\n' */
	struct class_leader *l;
	struct class_err err;
};

static void log_cb(void *ctx, const char *line)
{
	struct fx *fx = ctx;
	size_t n = strlen(fx->log);

	snprintf(fx->log + n, sizeof fx->log - n, "%s\n", line);
}

static int setup(void **state)
{
	struct fx *fx = calloc(1, sizeof *fx);

	strcpy(fx->dir, "/tmp/cascade-session.XXXXXX");
	if (!mkdtemp(fx->dir))
		return -1;
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	char cmd[128];

	class_leader_close(fx->l);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->dir);
	if (system(cmd) != 0)
		return -1;
	free(fx);
	return 0;
}

static void open_leader(struct fx *fx, const char *name, const char *group, size_t max_peers)
{
	struct class_leader_opts o = { .name = name, .dir = fx->dir, .group = group,
		.max_peers = max_peers, .log = log_cb, .log_ctx = fx };

	if (class_leader_open(&fx->l, &o, &fx->err) != CLASS_OK)
		fail_msg("leader: %s", fx->err.msg);
}

static struct class_follower *join(struct fx *fx, const char *name, enum class_role role)
{
	struct class_follower_opts o = { .name = name, .dir = fx->dir, .role = role,
		.user = "alice" };
	struct class_follower *f;

	if (class_follower_open(&f, &o, &fx->err) != CLASS_OK)
		fail_msg("follower: %s", fx->err.msg);
	return f;
}

/* One round of the leader's loop, waiting at most ms. */
static void step(struct class_leader *l, int ms)
{
	static struct pollfd fds[512];
	size_t n = class_leader_pollfds(l, fds, 512);

	assert_true(n <= 512);
	poll(fds, n, ms);
	class_leader_service(l, fds, n, class_clock_ms());
}

static void serve_until_count(struct class_leader *l, enum class_role role, size_t want)
{
	for (int i = 0; i < 1000 && class_leader_count(l, role) != want; i++)
		step(l, 2);
	assert_int_equal(class_leader_count(l, role), want);
}

/* Runs the leader and f until f has an update or leaves. */
static enum class_status await(struct class_leader *l, struct class_follower *f,
                               struct class_update *u, struct class_err *err)
{
	for (int i = 0; i < 1000; i++) {
		struct pollfd p = { .fd = class_follower_fd(f), .events = POLLIN };
		enum class_status st;

		if (l)
			step(l, 0);
		if (poll(&p, 1, 2) <= 0)
			continue;
		st = class_follower_service(f, u, err);
		if (st != CLASS_OK || u->state_changed || u->notes_changed)
			return st;
	}
	fail_msg("no update within 2 s");
	return CLASS_ERR;
}

static struct class_state page(const char *id, uint32_t scroll)
{
	struct class_state s;

	class_state_init(&s);
	snprintf(s.page, sizeof s.page, "%s", id);
	s.scroll = scroll;
	return s;
}

static void states_reach_every_follower(void **state)
{
	struct fx *fx = *state;
	struct class_follower *f[3];
	struct class_state s = page("in-the-blood", 250000);
	struct class_update u;
	char joined[64];

	open_leader(fx, "bio101", NULL, 0);
	for (int i = 0; i < 3; i++)
		f[i] = join(fx, "bio101", CLASS_ROLE_FOLLOWER);
	serve_until_count(fx->l, CLASS_ROLE_FOLLOWER, 3);
	snprintf(joined, sizeof joined, "alice (uid %lu, pid %ld) joined",
	         (unsigned long)geteuid(), (long)getpid());
	assert_non_null(strstr(fx->log, joined));
	s.has_sim = true;
	strcpy(s.sim.model, "circulation");
	s.sim.seed = 42, s.sim.run = 3;
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	assert_int_equal(class_leader_seq(fx->l), 1);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(await(fx->l, f[i], &u, &fx->err), CLASS_OK);
		assert_true(u.state_changed);
		assert_false(u.notes_changed);
		assert_int_equal(u.state.seq, 1);
		assert_true(class_state_equal(&u.state, &s));
		assert_int_equal(class_follower_leader_uid(f[i]), geteuid());
		class_follower_close(f[i]);
	}
	serve_until_count(fx->l, CLASS_ROLE_FOLLOWER, 0);
	assert_non_null(strstr(fx->log, "alice (uid"));
	assert_non_null(strstr(fx->log, ") left\n"));
}

static void late_joiner_is_current_at_once(void **state)
{
	struct fx *fx = *state;
	struct class_state s = page("letting-go", 0);
	struct class_follower *f;
	struct class_update u;

	open_leader(fx, "late", NULL, 0);
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	s.scroll = 10;
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	f = join(fx, "late", CLASS_ROLE_FOLLOWER);
	assert_int_equal(await(fx->l, f, &u, &fx->err), CLASS_OK);
	assert_int_equal(u.state.seq, 2);
	assert_int_equal(u.state.scroll, 10);
	/* The same state again is not sent; a change is. */
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	assert_int_equal(class_leader_seq(fx->l), 2);
	s.scroll = 20;
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	assert_int_equal(await(fx->l, f, &u, &fx->err), CLASS_OK);
	assert_int_equal(u.state.seq, 3);
	/* A state that is not valid is refused, naming the field. */
	s.page[0] = '\0';
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_ERR);
	assert_non_null(strstr(fx->err.msg, "page id"));
	assert_int_equal(class_leader_seq(fx->l), 3);
	class_follower_close(f);
}

static void notes_reach_notes_clients_only(void **state)
{
	struct fx *fx = *state;
	struct class_state s = page("in-the-blood", 0);
	struct class_follower *f, *n, *late;
	struct class_update u;
	struct pollfd p;

	open_leader(fx, "notes", NULL, 0);
	f = join(fx, "notes", CLASS_ROLE_FOLLOWER);
	n = join(fx, "notes", CLASS_ROLE_NOTES);
	serve_until_count(fx->l, CLASS_ROLE_NOTES, 1);
	serve_until_count(fx->l, CLASS_ROLE_FOLLOWER, 1);
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	assert_int_equal(class_leader_notes(fx->l, "Ask: why platelets?\n", &fx->err), CLASS_OK);
	assert_int_equal(await(fx->l, f, &u, &fx->err), CLASS_OK);
	assert_true(u.state_changed);
	assert_false(u.notes_changed);
	do
		assert_int_equal(await(fx->l, n, &u, &fx->err), CLASS_OK);
	while (!u.notes_changed);
	assert_string_equal(u.notes, "Ask: why platelets?\n");
	for (int i = 0; i < 20; i++)
		step(fx->l, 1);
	p = (struct pollfd){ .fd = class_follower_fd(f), .events = POLLIN };
	assert_int_equal(poll(&p, 1, 0), 0); /* nothing more for the follower */
	late = join(fx, "notes", CLASS_ROLE_NOTES);
	do
		assert_int_equal(await(fx->l, late, &u, &fx->err), CLASS_OK);
	while (!u.notes_changed);
	assert_string_equal(u.notes, "Ask: why platelets?\n");
	assert_int_equal(class_leader_notes(fx->l, "\x1b[2J", &fx->err), CLASS_ERR);
	assert_int_equal(class_leader_notes(fx->l, NULL, &fx->err), CLASS_OK);
	do
		assert_int_equal(await(fx->l, n, &u, &fx->err), CLASS_OK);
	while (!u.notes_changed);
	assert_int_equal(u.notes_len, 0);
	class_follower_close(f);
	class_follower_close(n);
	class_follower_close(late);
}

static int raw_connect(const char *path)
{
	struct sockaddr_un sun = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	snprintf(sun.sun_path, sizeof sun.sun_path, "%s", path);
	assert_int_equal(connect(fd, (struct sockaddr *)&sun, sizeof sun), 0);
	return fd;
}

static void silent_peer_is_dropped_after_two_seconds(void **state)
{
	struct fx *fx = *state;
	struct pollfd fds[8];
	size_t n;
	char c;
	int fd;

	open_leader(fx, "quiet", NULL, 0);
	assert_int_equal(class_leader_timeout(fx->l, 0), -1);
	fd = raw_connect(class_leader_path(fx->l));
	n = class_leader_pollfds(fx->l, fds, 8);
	assert_int_equal(n, 2);
	assert_true(poll(fds, n, 1000) > 0);
	class_leader_service(fx->l, fds, n, 10000);
	assert_int_equal(class_leader_pollfds(fx->l, fds, 8), 3);
	assert_int_equal(class_leader_timeout(fx->l, 10000), CLASS_HELLO_MS);
	assert_int_equal(class_leader_timeout(fx->l, 11500), 500);
	class_leader_service(fx->l, NULL, 0, 10000 + CLASS_HELLO_MS - 1);
	assert_int_equal(class_leader_pollfds(fx->l, fds, 8), 3);
	class_leader_service(fx->l, NULL, 0, 10000 + CLASS_HELLO_MS);
	assert_int_equal(class_leader_pollfds(fx->l, fds, 8), 2);
	assert_non_null(strstr(fx->log, "said no hello within 2 s"));
	assert_int_equal(recv(fd, &c, 1, 0), 0); /* it sees the end */
	assert_int_equal(class_leader_count(fx->l, CLASS_ROLE_FOLLOWER), 0);
	/* pollfds says how much room it needs. */
	assert_int_equal(class_leader_pollfds(fx->l, fds, 1), 2);
	close(fd);
}

static void followers_see_the_leader_leave(void **state)
{
	struct fx *fx = *state;
	struct class_follower *f;
	struct class_update u;
	struct stat st;
	char path[128];

	open_leader(fx, "bye", NULL, 0);
	f = join(fx, "bye", CLASS_ROLE_FOLLOWER);
	serve_until_count(fx->l, CLASS_ROLE_FOLLOWER, 1);
	snprintf(path, sizeof path, "%s", class_leader_path(fx->l));
	class_leader_close(fx->l);
	fx->l = NULL;
	assert_int_equal(await(NULL, f, &u, &fx->err), CLASS_LEFT);
	assert_string_equal(fx->err.msg, "the leader left");
	assert_int_equal(class_follower_service(f, &u, &fx->err), CLASS_LEFT);
	assert_int_equal(stat(path, &st), -1);
	snprintf(path, sizeof path, "%s/bye.notes.sock", fx->dir);
	assert_int_equal(stat(path, &st), -1);
	class_follower_close(f);
}

static void slow_follower_gets_the_newest_state(void **state)
{
	struct fx *fx = *state;
	struct class_state s = page("in-the-blood", 0);
	struct class_follower *f;
	struct class_update u;
	int received = 0;

	open_leader(fx, "slow", NULL, 0);
	f = join(fx, "slow", CLASS_ROLE_FOLLOWER);
	serve_until_count(fx->l, CLASS_ROLE_FOLLOWER, 1);
	for (uint32_t i = 1; i <= 20000; i++) { /* far more than a socket holds */
		s.scroll = i % (CLASS_SCROLL_ONE + 1);
		assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	}
	do {
		assert_int_equal(await(fx->l, f, &u, &fx->err), CLASS_OK);
		received++;
	} while (u.state.seq < 20000);
	assert_int_equal(u.state.scroll, 20000);
	assert_true(received < 20000);
	assert_int_equal(class_leader_count(fx->l, CLASS_ROLE_FOLLOWER), 1);
	class_follower_close(f);
}

static void peer_limit_holds(void **state)
{
	struct fx *fx = *state;
	struct class_follower *f[3];
	struct class_update u;

	open_leader(fx, "small", NULL, 2);
	for (int i = 0; i < 3; i++) {
		f[i] = join(fx, "small", CLASS_ROLE_FOLLOWER);
		for (int k = 0; k < 20; k++)
			step(fx->l, 1);
	}
	assert_int_equal(class_leader_count(fx->l, CLASS_ROLE_FOLLOWER), 2);
	assert_int_equal(await(fx->l, f[2], &u, &fx->err), CLASS_LEFT);
	assert_non_null(strstr(fx->log, "already 2 connections"));
	for (int i = 0; i < 3; i++)
		class_follower_close(f[i]);
}

static void stale_sockets_are_replaced_live_ones_refused(void **state)
{
	struct fx *fx = *state;
	struct class_leader_opts o = { .name = "twice", .dir = fx->dir };
	struct sockaddr_un sun = { .sun_family = AF_UNIX };
	struct class_leader *second;
	char path[128];
	int fd;

	open_leader(fx, "twice", NULL, 0);
	assert_int_equal(class_leader_open(&second, &o, &fx->err), CLASS_ERR);
	assert_null(second);
	assert_non_null(strstr(fx->err.msg, "class already running"));
	class_leader_close(fx->l);
	fx->l = NULL;
	/* A socket nobody listens on, as a crash leaves it. */
	snprintf(sun.sun_path, sizeof sun.sun_path, "%s/twice.sock", fx->dir);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	assert_int_equal(bind(fd, (struct sockaddr *)&sun, sizeof sun), 0);
	close(fd);
	open_leader(fx, "twice", NULL, 0);
	/* A file that is not a socket is left alone. */
	snprintf(path, sizeof path, "%s/plain.sock", fx->dir);
	fclose(fopen(path, "w"));
	o.name = "plain";
	assert_int_equal(class_leader_open(&second, &o, &fx->err), CLASS_ERR);
	assert_non_null(strstr(fx->err.msg, "not a socket"));
}

static void followers_say_why_they_cannot_join(void **state)
{
	struct fx *fx = *state;
	struct class_follower_opts o = { .name = "nope", .dir = fx->dir };
	struct sockaddr_un sun = { .sun_family = AF_UNIX };
	struct class_follower *f;
	char longdir[200];
	int fd;

	/* No session serves it (yet): absent, which a pager waits out. */
	assert_int_equal(class_follower_open(&f, &o, &fx->err), CLASS_ABSENT);
	assert_null(f);
	assert_non_null(strstr(fx->err.msg, "no class 'nope' in"));
	snprintf(sun.sun_path, sizeof sun.sun_path, "%s/nope.sock", fx->dir);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	assert_int_equal(bind(fd, (struct sockaddr *)&sun, sizeof sun), 0);
	close(fd);
	assert_int_equal(class_follower_open(&f, &o, &fx->err), CLASS_ABSENT);
	assert_non_null(strstr(fx->err.msg, "is not running"));
	snprintf(longdir, sizeof longdir, "%s/not-made-yet", fx->dir);
	o.dir = longdir;
	assert_int_equal(class_follower_open(&f, &o, &fx->err), CLASS_ABSENT);
	assert_non_null(strstr(fx->err.msg, "no class 'nope' in"));
	o.dir = fx->dir;
	o.name = "No/pe";
	assert_int_equal(class_follower_open(&f, &o, &fx->err), CLASS_ERR);
	assert_non_null(strstr(fx->err.msg, "not a class name"));
	memset(longdir, 'd', sizeof longdir - 1);
	longdir[0] = '/', longdir[sizeof longdir - 1] = '\0';
	o.name = "x", o.dir = longdir;
	assert_int_equal(class_follower_open(&f, &o, &fx->err), CLASS_ERR);
	assert_non_null(strstr(fx->err.msg, "too long"));
}

static void doubtful_directories_are_refused(void **state)
{
	struct fx *fx = *state;
	struct class_leader_opts o = { .name = "d" };
	struct class_leader *l;
	char dir[128], link[128];
	struct stat st;

	snprintf(dir, sizeof dir, "%s/open", fx->dir);
	o.dir = dir;
	assert_int_equal(class_leader_open(&l, &o, &fx->err), CLASS_OK); /* made, 0755 */
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0755);
	class_leader_close(l);
	chmod(dir, 0777);
	assert_int_equal(class_leader_open(&l, &o, &fx->err), CLASS_ERR);
	assert_non_null(strstr(fx->err.msg, "not sticky"));
	chmod(dir, 01777);
	assert_int_equal(class_leader_open(&l, &o, &fx->err), CLASS_OK);
	class_leader_close(l);
	snprintf(link, sizeof link, "%s/link", fx->dir);
	assert_int_equal(symlink(dir, link), 0);
	o.dir = link;
	assert_int_equal(class_leader_open(&l, &o, &fx->err), CLASS_ERR);
	assert_non_null(strstr(fx->err.msg, "symbolic link"));
	if (geteuid() == 0) { /* a directory someone else owns */
		assert_int_equal(chown(dir, 65534, 65534), 0);
		o.dir = dir;
		assert_int_equal(class_leader_open(&l, &o, &fx->err), CLASS_ERR);
		assert_non_null(strstr(fx->err.msg, "neither root nor you"));
	}
}

static void groups_and_modes(void **state)
{
	struct fx *fx = *state;
	struct class_leader_opts o = { .name = "g", .dir = fx->dir, .group = "no-such-group-x" };
	struct class_leader *l;
	struct stat st;
	char path[128];

	assert_int_equal(class_leader_open(&l, &o, &fx->err), CLASS_ERR);
	assert_non_null(strstr(fx->err.msg, "no group 'no-such-group-x'"));
	o.group = "";
	assert_int_equal(class_leader_open(&l, &o, &fx->err), CLASS_OK);
	assert_int_equal(stat(class_leader_path(l), &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	class_leader_close(l);
	o.group = NULL;
	assert_int_equal(class_leader_open(&l, &o, &fx->err), CLASS_OK);
	assert_int_equal(stat(class_leader_path(l), &st), 0);
	assert_int_equal(st.st_mode & 0777, 0660);
	assert_int_equal(st.st_gid, getegid());
	snprintf(path, sizeof path, "%s/g.notes.sock", fx->dir);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	class_leader_close(l);
}

/* A state putting quiz 2 to the vote as that round, with 4 options. */
static struct class_state vote_state(uint32_t round, bool open)
{
	struct class_state s = page("in-the-blood", 0);

	s.has_quiz = true;
	s.quiz = 2;
	s.has_vote = true;
	s.vote = (struct class_vote){ .round = round, .options = 4, .open = open };
	return s;
}

static void serve_until_answered(struct class_leader *l, uint32_t want, struct class_tally *t)
{
	for (int i = 0; i < 1000; i++) {
		class_leader_tally(l, t);
		if (t->answered == want)
			return;
		step(l, 2);
	}
	assert_int_equal(t->answered, want);
}

static void votes_count_each_follower_once(void **state)
{
	struct fx *fx = *state;
	struct class_state s = vote_state(1, true);
	struct class_follower *f[3];
	struct class_update u;
	struct class_tally t;
	static const uint32_t choice[3] = { 1, 1, 3 }; /* B, B, D */

	open_leader(fx, "vote", NULL, 0);
	for (int i = 0; i < 3; i++)
		f[i] = join(fx, "vote", CLASS_ROLE_FOLLOWER);
	serve_until_count(fx->l, CLASS_ROLE_FOLLOWER, 3);
	class_leader_tally(fx->l, &t);
	assert_int_equal(t.round, 0);
	/* Not put yet: a follower cannot answer. */
	assert_int_equal(class_follower_answer(f[0], 1, 0, &fx->err), CLASS_ERR);
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(await(fx->l, f[i], &u, &fx->err), CLASS_OK);
		assert_true(u.state.has_vote && u.state.vote.open);
		assert_int_equal(u.state.vote.round, 1);
		assert_int_equal(u.state.vote.options, 4);
		assert_int_equal(class_follower_answer(f[i], 1, choice[i], &fx->err), CLASS_OK);
	}
	serve_until_answered(fx->l, 3, &t);
	assert_int_equal(t.round, 1);
	assert_true(t.open);
	assert_int_equal(t.counts[0], 0);
	assert_int_equal(t.counts[1], 2);
	assert_int_equal(t.counts[2], 0);
	assert_int_equal(t.counts[3], 1);
	/* The follower refuses to send a second answer or a missing option. */
	assert_int_equal(class_follower_answer(f[0], 1, 2, &fx->err), CLASS_ERR);
	assert_non_null(strstr(fx->err.msg, "answered already"));
	/* Closed: the counts stay for the instructor; answers are refused. */
	s = vote_state(1, false);
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	class_leader_tally(fx->l, &t);
	assert_false(t.open);
	assert_int_equal(t.answered, 3);
	/* A new round starts from nothing. */
	s = vote_state(2, true);
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	class_leader_tally(fx->l, &t);
	assert_int_equal(t.round, 2);
	assert_int_equal(t.answered, 0);
	assert_int_equal(t.counts[1], 0);
	assert_int_equal(await(fx->l, f[2], &u, &fx->err), CLASS_OK);
	assert_int_equal(class_follower_answer(f[2], 2, 4, &fx->err), CLASS_ERR);
	assert_non_null(strstr(fx->err.msg, "only 4 options"));
	assert_int_equal(class_leader_count(fx->l, CLASS_ROLE_FOLLOWER), 3);
	/* Nothing in the log says who chose what. */
	assert_null(strstr(fx->log, "chose"));
	for (int i = 0; i < 3; i++)
		class_follower_close(f[i]);
}

/* A class of 200: every follower answers within the same moment, and
 * every answer is counted, once. */
static void two_hundred_answer_at_once(void **state)
{
	enum { N = 200 };
	struct fx *fx = *state;
	struct class_state s = vote_state(1, true);
	struct class_follower **f = calloc(N, sizeof *f);
	struct class_update u;
	struct class_tally t;
	uint32_t want[4] = { 0 };

	assert_non_null(f);
	open_leader(fx, "big", NULL, 0);
	for (int i = 0; i < N; i++) {
		f[i] = join(fx, "big", CLASS_ROLE_FOLLOWER);
		if (i % 50 == 49)
			serve_until_count(fx->l, CLASS_ROLE_FOLLOWER, (size_t)i + 1);
	}
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	for (int i = 0; i < N; i++) {
		assert_int_equal(await(fx->l, f[i], &u, &fx->err), CLASS_OK);
		assert_int_equal(u.state.vote.round, 1);
	}
	for (int i = 0; i < N; i++) {
		assert_int_equal(class_follower_answer(f[i], 1, (uint32_t)(i * 7) % 4, &fx->err),
		                 CLASS_OK);
		want[(i * 7) % 4]++;
	}
	serve_until_answered(fx->l, N, &t);
	for (int k = 0; k < 4; k++)
		assert_int_equal(t.counts[k], want[k]);
	assert_int_equal(class_leader_count(fx->l, CLASS_ROLE_FOLLOWER), N);
	assert_null(strstr(fx->log, "dropped"));
	for (int i = 0; i < N; i++)
		class_follower_close(f[i]);
	free(f);
}

/* A peer that says hello, then sends the frames given, made by hand. */
static int rogue(struct fx *fx, const unsigned char *frames, size_t len)
{
	struct class_hello h = { .role = CLASS_ROLE_FOLLOWER, .user = "mallory" };
	unsigned char buf[CLASS_FRAME_HEAD + CLASS_HELLO_MAX];
	size_t n = class_encode_hello(&h, buf, sizeof buf);
	int fd = raw_connect(class_leader_path(fx->l));
	size_t before = class_leader_count(fx->l, CLASS_ROLE_FOLLOWER);

	assert_int_equal(send(fd, buf, n, 0), (ssize_t)n);
	serve_until_count(fx->l, CLASS_ROLE_FOLLOWER, before + 1);
	assert_int_equal(send(fd, frames, len, 0), (ssize_t)len);
	return fd;
}

static void bad_answers_drop_the_follower(void **state)
{
	struct fx *fx = *state;
	struct class_state s = vote_state(3, true);
	static const struct { uint32_t round, choice[2]; size_t n; const char *why; } bad[] = {
		{ 3, { 0, 0 }, 2, "answered the same question twice" },
		{ 3, { 0, 2 }, 2, "answered the same question twice" },
		{ 4, { 0 }, 1, "answered a question that was not put to the vote" },
		{ 3, { 7 }, 1, "answered with an option the question does not have" },
	};
	struct class_tally t;

	open_leader(fx, "rogue", NULL, 0);
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		unsigned char frames[2 * (CLASS_FRAME_HEAD + CLASS_HELLO_MAX)];
		size_t len = 0;
		char buf[256];
		int fd;

		fx->log[0] = '\0';
		for (size_t k = 0; k < bad[i].n; k++)
			len += class_encode_answer(bad[i].round, bad[i].choice[k], frames + len,
			                           sizeof frames - len);
		fd = rogue(fx, frames, len);
		serve_until_count(fx->l, CLASS_ROLE_FOLLOWER, 0);
		assert_non_null(strstr(fx->log, bad[i].why));
		assert_non_null(strstr(fx->log, "dropped mallory"));
		while (recv(fd, buf, sizeof buf, 0) > 0)
			; /* the state it was sent, then the end */
		close(fd);
	}
	/* What a dropped follower answered first still counts, once. */
	class_leader_tally(fx->l, &t);
	assert_int_equal(t.answered, 2);
	assert_int_equal(t.counts[0], 2);
	/* An answer after the vote closed is not counted, and not punished. */
	s = vote_state(3, false);
	assert_int_equal(class_leader_publish(fx->l, &s, &fx->err), CLASS_OK);
	{
		unsigned char frame[CLASS_FRAME_HEAD + CLASS_HELLO_MAX];
		size_t len = class_encode_answer(3, 1, frame, sizeof frame);
		int fd = rogue(fx, frame, len);

		for (int i = 0; i < 20; i++)
			step(fx->l, 2);
		assert_int_equal(class_leader_count(fx->l, CLASS_ROLE_FOLLOWER), 1);
		class_leader_tally(fx->l, &t);
		assert_int_equal(t.answered, 2);
		assert_int_equal(t.counts[1], 0);
		close(fd);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
		T(states_reach_every_follower),
		T(late_joiner_is_current_at_once),
		T(notes_reach_notes_clients_only),
		T(silent_peer_is_dropped_after_two_seconds),
		T(followers_see_the_leader_leave),
		T(slow_follower_gets_the_newest_state),
		T(peer_limit_holds),
		T(stale_sockets_are_replaced_live_ones_refused),
		T(followers_say_why_they_cannot_join),
		T(doubtful_directories_are_refused),
		T(groups_and_modes),
		T(votes_count_each_follower_once),
		T(bad_answers_drop_the_follower),
		T(two_hundred_answer_at_once),
#undef T
	};

	return cmocka_run_group_tests_name("class sessions over sockets", tests, NULL, NULL);
}
