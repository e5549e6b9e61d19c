/* leader_impl.h — the leader's insides, shared by leader.c (opening,
 * publishing, closing) and leader_peer.c (accepting, reading hellos,
 * writing, dropping).  Not for use outside src/class. */
#ifndef CASCADE_CLASS_LEADER_IMPL_H
#define CASCADE_CLASS_LEADER_IMPL_H

#include "class/impl.h"
#include "class/wire.h"

#define LEADER_FRAME_SIZE (CLASS_FRAME_HEAD + CLASS_FRAME_MAX) /* bytes */
#define LEADER_ACCEPT_PAUSE_MS 1000 /* after running out of descriptors */

enum peer_phase {
	PEER_HELLO, /* accepted and admitted, hello not yet complete */
	PEER_READY, /* said hello: receives; sending anything more drops it */
};

enum frame_kind { FRAME_NONE, FRAME_STATE, FRAME_NOTES };

struct class_peer {
	int fd;
	enum class_role role;       /* from the socket it came in on */
	enum peer_phase phase;
	uid_t uid;                  /* from the kernel, at connect time */
	pid_t pid;
	char user[CLASS_USER_MAX + 1]; /* from its hello: for the log only */
	uint64_t since_ms;          /* accepted at: the hello is due 2 s later */
	uint64_t stuck_ms;          /* output waiting since, without progress; 0 */
	unsigned char in[CLASS_FRAME_HEAD + CLASS_HELLO_MAX];
	size_t in_len;              /* bytes of in[] received */
	/* The rest of a frame the socket did not take at once: out[out_off ..
	 * out_len).  out is owned, LEADER_FRAME_SIZE bytes, made when needed. */
	unsigned char *out;
	size_t out_len, out_off;
	enum frame_kind out_kind;
	bool want_state, want_notes; /* send the newest of these when it can */
	bool paused;                /* a follower that paused following */
	uint32_t voted;             /* the last vote round it answered (not how) */
};

struct class_listener {
	int fd;
	char path[108];             /* the socket file we made */
	dev_t dev;                  /* its identity, to remove only that one */
	ino_t ino;
};

struct class_leader {
	char name[CLASS_NAME_MAX + 1];
	struct class_listener ls[2];   /* indexed by enum class_role */
	uid_t uid;                     /* the leader's effective uid */
	bool has_group;
	gid_t gid;                     /* the admitted group, if has_group */
	char **members;                /* its listed members (owned; NULL-ended),
	                                  used where SO_PEERGROUPS is missing */
	struct class_peer **peers;     /* owned, npeers of cap */
	size_t npeers, cap;
	struct class_peer **by_fd;     /* peers by descriptor; by_fd_len long */
	size_t by_fd_len;
	size_t max_peers;
	size_t count[2];               /* peers past hello, by role */
	size_t paused;                 /* followers reading on their own */
	bool accept_paused;            /* out of descriptors: not accepting */
	uint64_t accept_resume_ms;
	uint64_t now_ms;               /* the latest time service was given */
	struct class_state last;       /* the state last published */
	struct class_tally tally;      /* the vote of the last round published */
	uint64_t seq;                  /* its sequence number; 0 before any */
	unsigned char state_frame[LEADER_FRAME_SIZE];
	size_t state_len;              /* 0 before any state */
	unsigned char notes_frame[LEADER_FRAME_SIZE];
	size_t notes_len;              /* 0 before any notes */
	void (*log)(void *ctx, const char *line);
	void *log_ctx;
};

void leader_log(struct class_leader *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Sends what p waits for, as far as its socket takes it.  Returns false
 * when p was dropped (p is then freed). */
bool leader_flush(struct class_leader *l, struct class_peer *p);
/* Marks the newest frame of kind as wanted by p, replacing one not yet
 * started, and sends what it can.  False when p was dropped. */
bool leader_queue(struct class_leader *l, struct class_peer *p, enum frame_kind kind);
/* Logs line (when not NULL), closes p, forgets and frees it. */
void leader_drop(struct class_leader *l, struct class_peer *p, const char *line);
void leader_free_peer(struct class_peer *p);

#endif
