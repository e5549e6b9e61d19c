/* leader_peer.c — the leader's peers, one connection each: accepting and
 * admitting them by their credentials, reading the one hello each may
 * send, writing states and notes without ever blocking (a peer that is
 * behind gets only the newest), and dropping any that misbehave, stall
 * or time out, with a log line saying why. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "class/leader_impl.h"

#define ACCEPTS_PER_SERVICE 64 /* so a flood of connections cannot starve */

static struct class_peer *peer_of(const struct class_leader *l, int fd)
{
	return fd >= 0 && (size_t)fd < l->by_fd_len ? l->by_fd[fd] : NULL;
}

/* "alice (uid 1000, pid 42)" after the hello, "uid 1000 (pid 42)" before. */
static void describe(const struct class_peer *p, char *buf, size_t size)
{
	if (p->phase == PEER_READY)
		snprintf(buf, size, "%s%s (uid %lu, pid %ld)", p->role == CLASS_ROLE_NOTES ?
		         "notes client " : "", p->user, (unsigned long)p->uid, (long)p->pid);
	else
		snprintf(buf, size, "uid %lu (pid %ld)", (unsigned long)p->uid, (long)p->pid);
}

void leader_free_peer(struct class_peer *p)
{
	free(p->out);
	free(p);
}

void leader_drop(struct class_leader *l, struct class_peer *p, const char *line)
{
	if (line)
		leader_log(l, "%s", line);
	if (p->phase == PEER_READY)
		l->count[p->role]--;
	if (p->paused)
		l->paused--;
	for (size_t i = 0; i < l->npeers; i++)
		if (l->peers[i] == p) {
			l->peers[i] = l->peers[--l->npeers];
			break;
		}
	l->by_fd[p->fd] = NULL;
	close(p->fd);
	leader_free_peer(p);
}

/* Drops p with a log line: "dropped WHO: reason". */
static void drop(struct class_leader *l, struct class_peer *p, const char *reason)
{
	char who[96], line[320];

	describe(p, who, sizeof who);
	snprintf(line, sizeof line, "dropped %s: %s", who, reason);
	leader_drop(l, p, line);
}

static bool pending(const struct class_peer *p)
{
	return p->out_off < p->out_len || p->want_state || p->want_notes;
}

/* Sends from buf; the bytes taken, 0 if none, -1 after dropping p. */
static ssize_t send_some(struct class_leader *l, struct class_peer *p, const void *buf,
                         size_t len)
{
	ssize_t n = send(p->fd, buf, len, MSG_NOSIGNAL | MSG_DONTWAIT);
	char why[96];

	if (n >= 0)
		return n;
	if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
		return 0;
	snprintf(why, sizeof why, "cannot send (%s)", strerror(errno));
	drop(l, p, why);
	return -1;
}

/* Starts the newest frame p wants; false if p wants none. */
static bool start_frame(struct class_leader *l, struct class_peer *p, const unsigned char **f,
                        size_t *len, enum frame_kind *kind)
{
	if (p->want_state && l->state_len) {
		p->want_state = false;
		*f = l->state_frame, *len = l->state_len, *kind = FRAME_STATE;
		return true;
	}
	p->want_state = false;
	if (p->want_notes && l->notes_len) {
		p->want_notes = false;
		*f = l->notes_frame, *len = l->notes_len, *kind = FRAME_NOTES;
		return true;
	}
	p->want_notes = false;
	return false;
}

bool leader_flush(struct class_leader *l, struct class_peer *p)
{
	const unsigned char *f;
	enum frame_kind kind;
	size_t len;
	ssize_t n;

	for (;;) {
		if (p->out_off < p->out_len) {
			if ((n = send_some(l, p, p->out + p->out_off, p->out_len - p->out_off)) < 0)
				return false;
			if (n == 0)
				break;
			p->out_off += (size_t)n;
			p->stuck_ms = 0;
			continue;
		}
		if (!start_frame(l, p, &f, &len, &kind))
			break;
		if ((n = send_some(l, p, f, len)) < 0)
			return false;
		if ((size_t)n < len) { /* keep the rest for when the socket has room */
			if (!p->out && !(p->out = malloc(LEADER_FRAME_SIZE))) {
				drop(l, p, "out of memory");
				return false;
			}
			memcpy(p->out, f + n, len - (size_t)n);
			p->out_len = len - (size_t)n;
			p->out_off = 0;
			p->out_kind = n == 0 ? kind : FRAME_NONE; /* unstarted: replaceable */
		}
	}
	if (!pending(p))
		p->stuck_ms = 0;
	else if (!p->stuck_ms)
		p->stuck_ms = l->now_ms ? l->now_ms : 1;
	return true;
}

bool leader_queue(struct class_leader *l, struct class_peer *p, enum frame_kind kind)
{
	if (p->out_off == 0 && p->out_len && p->out_kind == kind)
		p->out_len = 0; /* not started: the newer one replaces it */
	if (kind == FRAME_STATE)
		p->want_state = true;
	else
		p->want_notes = true;
	return leader_flush(l, p);
}

/* The peer sent a complete frame while waiting for its hello. */
static void take_hello(struct class_leader *l, struct class_peer *p, size_t frame_len)
{
	struct class_wire_err e;
	struct class_msg m;
	char why[200], what[160];

	if (p->in_len > frame_len) {
		drop(l, p, "sent more than a hello");
		return;
	}
	if (class_decode(p->in + CLASS_FRAME_HEAD, frame_len - CLASS_FRAME_HEAD, &m, &e) !=
	    CLASS_WIRE_OK) {
		class_wire_describe(&e, what, sizeof what);
		snprintf(why, sizeof why, "bad hello: %s", what);
		drop(l, p, why);
		return;
	}
	if (m.type != CLASS_MSG_HELLO) {
		drop(l, p, "sent something other than a hello");
		return;
	}
	if (m.hello.role != p->role) {
		drop(l, p, p->role == CLASS_ROLE_NOTES ? "asked to follow on the notes socket"
		                                       : "asked for notes on the followers' socket");
		return;
	}
	snprintf(p->user, sizeof p->user, "%s", m.hello.user);
	p->phase = PEER_READY;
	p->in_len = 0; /* after its hello a follower may only say it paused, or answer */
	l->count[p->role]++;
	describe(p, what, sizeof what);
	leader_log(l, "%s joined", what);
	p->want_state = l->state_len > 0;
	p->want_notes = p->role == CLASS_ROLE_NOTES && l->notes_len > 0;
	leader_flush(l, p);
}

static void read_hello(struct class_leader *l, struct class_peer *p)
{
	ssize_t n = recv(p->fd, p->in + p->in_len, sizeof p->in - p->in_len, MSG_DONTWAIT);
	enum class_wire w;
	size_t frame_len;
	char why[96];

	if (n == 0) {
		drop(l, p, p->in_len ? "closed in the middle of its hello" : "closed without a hello");
		return;
	}
	if (n < 0) {
		if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
			snprintf(why, sizeof why, "cannot read (%s)", strerror(errno));
			drop(l, p, why);
		}
		return;
	}
	p->in_len += (size_t)n;
	w = class_frame_peek(p->in, p->in_len, CLASS_HELLO_MAX, &frame_len);
	if (w != CLASS_WIRE_OK) {
		snprintf(why, sizeof why, "bad hello: %s", class_wire_text(w));
		drop(l, p, why);
	} else if (frame_len) {
		take_hello(l, p, frame_len);
	}
}

/* A follower's answer to the vote: counted once a round, while the vote
 * is open, and only as a count.  A second answer to a round, or one to a
 * round not put or with an option it lacks, drops the follower; one that
 * comes after the vote closed is not counted.  False when p was dropped. */
static bool take_answer(struct class_leader *l, struct class_peer *p, const struct class_msg *m)
{
	struct class_tally *t = &l->tally;

	if (m->round == p->voted) {
		drop(l, p, "answered the same question twice");
		return false;
	}
	if (m->round > t->round) {
		drop(l, p, "answered a question that was not put to the vote");
		return false;
	}
	if (m->round < t->round || !t->open)
		return true; /* too late for this round: not counted */
	if (m->choice >= t->options) {
		drop(l, p, "answered with an option the question does not have");
		return false;
	}
	p->voted = m->round;
	t->counts[m->choice]++;
	t->answered++;
	return true;
}

/* One complete frame after the hello: a follower saying it paused or
 * rejoined, or answering the vote (a notes client says nothing); anything
 * else drops it. */
static bool take_message(struct class_leader *l, struct class_peer *p, size_t frame_len)
{
	struct class_wire_err e;
	struct class_msg m;
	char why[200], what[160];

	if (class_decode(p->in + CLASS_FRAME_HEAD, frame_len - CLASS_FRAME_HEAD, &m, &e) !=
	    CLASS_WIRE_OK) {
		class_wire_describe(&e, what, sizeof what);
		snprintf(why, sizeof why, "bad message after its hello: %s", what);
		drop(l, p, why);
		return false;
	}
	if (m.type == CLASS_MSG_OTHER)
		return true; /* from a newer minor version: skipped */
	if (m.type == CLASS_MSG_ANSWER && p->role == CLASS_ROLE_FOLLOWER)
		return take_answer(l, p, &m);
	if (m.type != CLASS_MSG_PAUSE || p->role != CLASS_ROLE_FOLLOWER) {
		drop(l, p, "sent data after its hello");
		return false;
	}
	if (m.paused != p->paused) {
		p->paused = m.paused;
		if (m.paused)
			l->paused++;
		else
			l->paused--;
	}
	return true;
}

/* After its hello a follower sends only pause messages and answers; the
 * end of the stream means it left. */
static void read_ready(struct class_leader *l, struct class_peer *p)
{
	ssize_t n = recv(p->fd, p->in + p->in_len, sizeof p->in - p->in_len, MSG_DONTWAIT);
	char why[96];

	if (n > 0) {
		enum class_wire w;
		size_t frame_len;

		p->in_len += (size_t)n;
		while (p->in_len > 0) {
			w = class_frame_peek(p->in, p->in_len, CLASS_HELLO_MAX, &frame_len);
			if (w != CLASS_WIRE_OK) {
				snprintf(why, sizeof why, "sent data after its hello (%s)",
				         class_wire_text(w));
				drop(l, p, why);
				return;
			}
			if (frame_len == 0)
				return; /* the rest of the frame is still on its way */
			if (!take_message(l, p, frame_len))
				return;
			memmove(p->in, p->in + frame_len, p->in_len - frame_len);
			p->in_len -= frame_len;
		}
	} else if (n == 0) {
		char line[128];

		describe(p, line, sizeof line - 6);
		strcat(line, " left");
		leader_drop(l, p, line);
	} else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
		snprintf(why, sizeof why, "cannot read (%s)", strerror(errno));
		drop(l, p, why);
	}
}

static bool admitted(const struct class_leader *l, enum class_role role, int fd, uid_t uid,
                     gid_t gid)
{
	if (role == CLASS_ROLE_NOTES)
		return uid == l->uid;
	if (uid == 0 || uid == l->uid)
		return true;
	if (!l->has_group)
		return false;
	return gid == l->gid || class_peer_in_group(fd, l->gid, uid, l->members);
}

/* Registers a new peer; false (after closing fd) when out of memory. */
static bool add_peer(struct class_leader *l, int fd, enum class_role role, uid_t uid, pid_t pid)
{
	struct class_peer *p = calloc(1, sizeof *p);

	if (p && l->npeers == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		struct class_peer **a = realloc(l->peers, cap * sizeof *a);

		if (a)
			l->peers = a, l->cap = cap;
	}
	if (p && (size_t)fd >= l->by_fd_len) {
		size_t len = (size_t)fd * 2 + 16;
		struct class_peer **a = realloc(l->by_fd, len * sizeof *a);

		if (a) {
			memset(a + l->by_fd_len, 0, (len - l->by_fd_len) * sizeof *a);
			l->by_fd = a, l->by_fd_len = len;
		}
	}
	if (!p || l->npeers == l->cap || (size_t)fd >= l->by_fd_len) {
		free(p);
		close(fd);
		leader_log(l, "refused a connection: out of memory");
		return false;
	}
	*p = (struct class_peer){ .fd = fd, .role = role, .uid = uid, .pid = pid,
		.since_ms = l->now_ms };
	l->peers[l->npeers++] = p;
	l->by_fd[fd] = p;
	return true;
}

/* Accepts one connection; false when there is none to accept. */
static bool accept_one(struct class_leader *l, enum class_role role)
{
	int fd = accept(l->ls[role].fd, NULL, NULL);
	uid_t uid;
	gid_t gid;
	pid_t pid;

	if (fd < 0) {
		if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
			leader_log(l, "out of descriptors with %zu connections: not accepting for %d ms",
			           l->npeers, LEADER_ACCEPT_PAUSE_MS);
			l->accept_paused = true;
			l->accept_resume_ms = l->now_ms + LEADER_ACCEPT_PAUSE_MS;
		}
		return false;
	}
	if (class_fd_nonblock(fd) != 0 || class_peer_cred(fd, &uid, &gid, &pid) != 0) {
		leader_log(l, "refused a connection: cannot read its credentials (%s)", strerror(errno));
		close(fd);
	} else if (!admitted(l, role, fd, uid, gid)) {
		leader_log(l, "refused uid %lu (pid %ld): %s", (unsigned long)uid, (long)pid,
		           role == CLASS_ROLE_NOTES ? "notes are for the instructor's own uid"
		                                    : "not in the class's group");
		close(fd);
	} else if (l->npeers >= l->max_peers) {
		leader_log(l, "refused uid %lu (pid %ld): already %zu connections", (unsigned long)uid,
		           (long)pid, l->npeers);
		close(fd);
	} else {
		add_peer(l, fd, role, uid, pid);
	}
	return true;
}

/* Hellos that are late and output that has not moved. */
static void deadlines(struct class_leader *l, uint64_t now)
{
	if (l->accept_paused && now >= l->accept_resume_ms)
		l->accept_paused = false;
	for (size_t i = l->npeers; i-- > 0;) {
		struct class_peer *p = l->peers[i];

		if (p->phase == PEER_HELLO && now >= p->since_ms + CLASS_HELLO_MS)
			drop(l, p, p->in_len ? "sent only part of a hello within 2 s"
			                     : "said no hello within 2 s");
		else if (pending(p) && p->stuck_ms && now >= p->stuck_ms + CLASS_STALL_MS)
			drop(l, p, "took nothing for 30 s");
	}
}

int class_leader_timeout(const struct class_leader *l, uint64_t now_ms)
{
	uint64_t due = UINT64_MAX;

	if (l->accept_paused)
		due = l->accept_resume_ms;
	for (size_t i = 0; i < l->npeers; i++) {
		const struct class_peer *p = l->peers[i];

		if (p->phase == PEER_HELLO && p->since_ms + CLASS_HELLO_MS < due)
			due = p->since_ms + CLASS_HELLO_MS;
		else if (pending(p) && p->stuck_ms && p->stuck_ms + CLASS_STALL_MS < due)
			due = p->stuck_ms + CLASS_STALL_MS;
	}
	if (due == UINT64_MAX)
		return -1;
	if (due <= now_ms)
		return 0;
	return due - now_ms > INT_MAX ? INT_MAX : (int)(due - now_ms);
}

static void serve_peer(struct class_leader *l, int fd, short revents)
{
	struct class_peer *p = peer_of(l, fd);

	if (!p)
		return;
	if (revents & POLLNVAL) {
		drop(l, p, "its descriptor was closed");
		return;
	}
	if (revents & (POLLIN | POLLHUP | POLLERR)) {
		if (p->phase == PEER_HELLO)
			read_hello(l, p);
		else
			read_ready(l, p);
		if (!(p = peer_of(l, fd)))
			return;
	}
	if (revents & POLLOUT)
		leader_flush(l, p);
}

bool class_leader_service(struct class_leader *l, const struct pollfd *fds, size_t n,
                          uint64_t now_ms)
{
	size_t before[4] = { l->count[0], l->count[1], l->paused, l->tally.answered };
	bool ready[2] = { false, false };

	l->now_ms = now_ms;
	for (size_t i = 0; i < n; i++) {
		if (!fds[i].revents || fds[i].fd < 0)
			continue;
		if (fds[i].fd == l->ls[0].fd || fds[i].fd == l->ls[1].fd)
			ready[fds[i].fd == l->ls[1].fd] = true;
		else
			serve_peer(l, fds[i].fd, fds[i].revents);
	}
	/* New peers last, so that no descriptor number is reused under the
	 * revents of the peer that had it before. */
	for (int r = 0; r < 2; r++)
		for (int k = 0; ready[r] && !l->accept_paused && k < ACCEPTS_PER_SERVICE; k++)
			if (!accept_one(l, (enum class_role)r))
				break;
	deadlines(l, now_ms);
	return l->count[0] != before[0] || l->count[1] != before[1] || l->paused != before[2] ||
	       l->tally.answered != before[3];
}
