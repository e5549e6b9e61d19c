/* follower.c — one member of a class: connects to the leader's socket,
 * says hello once, then receives, checking each frame (a leader that sends
 * anything malformed is dropped like any other bad peer), and sends only
 * whether it paused and its one answer to each vote. */
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "class/impl.h"
#include "class/wire.h"

#define READS_PER_SERVICE 64 /* then back to the caller's loop */

struct class_follower {
	int fd;
	enum class_role role;
	uid_t leader_uid;
	bool gone;                 /* CLASS_LEFT was returned */
	uint64_t seq;              /* of the last state received */
	bool has_vote;             /* ... and the vote it puts, if any */
	struct class_vote vote;
	uint32_t answered;         /* the last vote round answered */
	unsigned char in[CLASS_FRAME_HEAD + CLASS_FRAME_MAX];
	size_t in_len;             /* bytes of in[] received, not yet decoded */
	char notes[CLASS_NOTES_MAX + 1];
};

/* The name in the hello: o->user, else the login name, else "uid N". */
static void hello_user(const char *user, char *buf, size_t size)
{
	struct passwd *pw;

	if (user && class_valid_user(user)) {
		snprintf(buf, size, "%s", user);
		return;
	}
	pw = getpwuid(geteuid());
	if (pw && pw->pw_name && class_valid_user(pw->pw_name))
		snprintf(buf, size, "%s", pw->pw_name);
	else
		snprintf(buf, size, "uid%lu", (unsigned long)geteuid());
}

static enum class_status say_hello(struct class_follower *f, const char *user,
                                   struct class_err *err)
{
	struct class_hello h = { .role = f->role };
	unsigned char frame[CLASS_FRAME_HEAD + CLASS_HELLO_MAX];
	size_t len, off = 0;

	hello_user(user, h.user, sizeof h.user);
	len = class_encode_hello(&h, frame, sizeof frame);
	while (off < len) {
		ssize_t n = send(f->fd, frame + off, len - off, MSG_NOSIGNAL);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			class_errf(err, "the leader does not answer (busy or stuck)");
			return CLASS_ERR;
		}
		if (n <= 0) {
			bool ending = n < 0 && (errno == EPIPE || errno == ECONNRESET);

			class_errf(err, "the leader closed the connection (%s)",
			           n < 0 ? strerror(errno) : "at once");
			/* a session on its way out accepted us as it closed: as
			 * good as absent, for whoever waits for the next one */
			return ending ? CLASS_ABSENT : CLASS_ERR;
		}
		off += (size_t)n;
	}
	return class_fd_nonblock(f->fd) == 0 ? CLASS_OK : CLASS_ERR;
}

/* Sends a short frame after the hello.  Some 40 bytes into a socket that
 * carries little else go whole or not at all; if not, the leader's counts
 * are off, nothing else. */
static enum class_status send_small(struct class_follower *f, const unsigned char *frame,
                                    size_t len, struct class_err *err)
{
	ssize_t n = len ? send(f->fd, frame, len, MSG_NOSIGNAL | MSG_DONTWAIT) : -1;

	if (n != (ssize_t)len) {
		class_errf(err, "could not tell the leader (%s)", n < 0 ? strerror(errno) : "short");
		return CLASS_ERR;
	}
	return CLASS_OK;
}

enum class_status class_follower_pause(struct class_follower *f, bool paused,
                                       struct class_err *err)
{
	unsigned char frame[CLASS_FRAME_HEAD + CLASS_HELLO_MAX];

	return send_small(f, frame, class_encode_pause(paused, frame, sizeof frame), err);
}

enum class_status class_follower_answer(struct class_follower *f, uint32_t round,
                                        uint32_t choice, struct class_err *err)
{
	unsigned char frame[CLASS_FRAME_HEAD + CLASS_HELLO_MAX];

	if (!f->has_vote || f->vote.round != round || !f->vote.open) {
		class_errf(err, "that question is not open to answers");
		return CLASS_ERR;
	}
	if (f->answered == round) {
		class_errf(err, "that question is answered already");
		return CLASS_ERR;
	}
	if (choice >= f->vote.options) {
		class_errf(err, "that question has only %lu options", (unsigned long)f->vote.options);
		return CLASS_ERR;
	}
	if (send_small(f, frame, class_encode_answer(round, choice, frame, sizeof frame), err) !=
	    CLASS_OK)
		return CLASS_ERR;
	f->answered = round;
	return CLASS_OK;
}

/* The socket's owner, whom the directory may belong to; -1 if none. */
static uid_t socket_owner(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0 && S_ISSOCK(st.st_mode) ? st.st_uid : (uid_t)-1;
}

static enum class_status connect_leader(struct class_follower *f,
                                        const struct class_follower_opts *o,
                                        struct class_err *err)
{
	const char *dir = o->dir ? o->dir : CLASS_DEFAULT_DIR;
	char path[108], who[64];
	gid_t gid;
	pid_t pid;

	if (class_sock_path(path, sizeof path, dir, o->name,
	                    f->role == CLASS_ROLE_NOTES ? ".notes.sock" : ".sock", err) != CLASS_OK)
		return CLASS_ERR;
	if (access(dir, F_OK) != 0 && errno == ENOENT) {
		/* the first class on this machine has not made it yet */
		class_errf(err, "no class '%s' in %s (is the instructor's session running?)",
		           o->name, dir);
		return CLASS_ABSENT;
	}
	if (class_dir_ready(dir, false, socket_owner(path), err) != CLASS_OK)
		return CLASS_ERR;
	if ((f->fd = class_sock_connect(path, o->name, dir, err)) < 0)
		return f->fd == CLASS_SOCK_ABSENT ? CLASS_ABSENT : CLASS_ERR;
	if (class_peer_cred(f->fd, &f->leader_uid, &gid, &pid) != 0) {
		class_errf(err, "cannot tell who serves %s: %s", path, strerror(errno));
		return CLASS_ERR;
	}
	if (f->role == CLASS_ROLE_NOTES && f->leader_uid != geteuid()) {
		class_user_name(f->leader_uid, who, sizeof who);
		class_errf(err, "%s is served by %s, not by you: notes come only from your own "
		           "session", path, who);
		return CLASS_ERR;
	}
	return say_hello(f, o->user, err);
}

enum class_status class_follower_open(struct class_follower **out,
                                      const struct class_follower_opts *o,
                                      struct class_err *err)
{
	struct class_follower *f = calloc(1, sizeof *f);

	*out = NULL;
	if (!f) {
		class_errf(err, "out of memory");
		return CLASS_ERR;
	}
	f->fd = -1;
	f->role = o->role == CLASS_ROLE_NOTES ? CLASS_ROLE_NOTES : CLASS_ROLE_FOLLOWER;
	enum class_status st = connect_leader(f, o, err);

	if (st != CLASS_OK) {
		if (f->fd < 0)
			f->fd = -1; /* CLASS_SOCK_ABSENT is not a descriptor */
		class_follower_close(f);
		return st;
	}
	*out = f;
	return CLASS_OK;
}

int class_follower_fd(const struct class_follower *f)
{
	return f->fd;
}

uid_t class_follower_leader_uid(const struct class_follower *f)
{
	return f->leader_uid;
}

/* Takes one decoded message; CLASS_ERR (with err) if it must not come. */
static enum class_status take(struct class_follower *f, const struct class_msg *m,
                              struct class_update *u, struct class_err *err)
{
	switch (m->type) {
	case CLASS_MSG_STATE:
		if (m->state.seq <= f->seq) {
			class_errf(err, "dropped the leader: its state numbers went back "
			           "(%llu after %llu)", (unsigned long long)m->state.seq,
			           (unsigned long long)f->seq);
			return CLASS_ERR;
		}
		f->seq = m->state.seq;
		f->has_vote = m->state.has_vote;
		f->vote = m->state.vote;
		u->state = m->state;
		u->state_changed = true;
		return CLASS_OK;
	case CLASS_MSG_NOTES:
		if (f->role != CLASS_ROLE_NOTES) {
			class_errf(err, "dropped the leader: it sent notes to a follower");
			return CLASS_ERR;
		}
		memcpy(f->notes, m->notes, m->notes_len);
		f->notes[m->notes_len] = '\0';
		u->notes = f->notes;
		u->notes_len = m->notes_len;
		u->notes_changed = true;
		return CLASS_OK;
	case CLASS_MSG_OTHER:
		return CLASS_OK;
	default:
		class_errf(err, "dropped the leader: it sent a hello");
		return CLASS_ERR;
	}
}

/* Decodes every whole frame in f->in. */
static enum class_status frames(struct class_follower *f, struct class_update *u,
                                struct class_err *err)
{
	struct class_wire_err we;
	struct class_msg m;
	enum class_wire w;
	size_t len;
	char what[160];

	for (;;) {
		w = class_frame_peek(f->in, f->in_len, CLASS_FRAME_MAX, &len);
		if (w != CLASS_WIRE_OK) {
			class_errf(err, "dropped the leader: %s", class_wire_text(w));
			return CLASS_ERR;
		}
		if (len == 0)
			return CLASS_OK;
		if (class_decode(f->in + CLASS_FRAME_HEAD, len - CLASS_FRAME_HEAD, &m, &we) !=
		    CLASS_WIRE_OK) {
			class_wire_describe(&we, what, sizeof what);
			class_errf(err, "dropped the leader: bad message: %s", what);
			return CLASS_ERR;
		}
		if (take(f, &m, u, err) != CLASS_OK)
			return CLASS_ERR;
		memmove(f->in, f->in + len, f->in_len - len);
		f->in_len -= len;
	}
}

static enum class_status left(struct class_follower *f)
{
	f->gone = true;
	return CLASS_LEFT;
}

enum class_status class_follower_service(struct class_follower *f, struct class_update *u,
                                         struct class_err *err)
{
	memset(u, 0, sizeof *u);
	if (f->gone) {
		class_errf(err, "the leader has gone");
		return CLASS_LEFT;
	}
	for (int i = 0; i < READS_PER_SERVICE; i++) {
		ssize_t n = recv(f->fd, f->in + f->in_len, sizeof f->in - f->in_len, MSG_DONTWAIT);

		if (n > 0) {
			f->in_len += (size_t)n;
			if (frames(f, u, err) != CLASS_OK) {
				left(f);
				return CLASS_ERR;
			}
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return CLASS_OK;
		if (n < 0 && (errno == ECONNRESET || errno == EPIPE)) {
			class_errf(err, "the leader closed the connection");
			return left(f);
		}
		if (n < 0) {
			class_errf(err, "lost the leader: %s", strerror(errno));
			left(f);
			return CLASS_ERR;
		}
		class_errf(err, f->in_len ? "the leader left in the middle of a message"
		                          : "the leader left");
		return left(f);
	}
	return CLASS_OK; /* more next time: poll says so */
}

void class_follower_close(struct class_follower *f)
{
	if (!f)
		return;
	if (f->fd >= 0)
		close(f->fd);
	free(f);
}
