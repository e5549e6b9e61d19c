/* class.h — a class that follows an instructor's screen.
 *
 * Owns: the state a leader shares (page, scroll, open simulation, quiz
 * reveal, a question open to the class's vote, the reading-ahead limit)
 * and its validation; the leader, which
 * listens on a Unix domain socket on this host and sends that state to
 * every follower; the follower, which receives it.  The wire format is in
 * wire.h, and the whole protocol is written up in cascade(1), CLASSES.
 *
 * Uses libc only: no curses, no cmark.  Nothing here prints, exits or
 * touches the terminal: errors come back in a struct class_err, and the
 * leader's log lines through a callback.  Every socket is non-blocking
 * once open, so the caller's event loop owns all waiting: poll() on the
 * descriptors the leader or follower gives, then call its service
 * function.  Times are milliseconds of CLOCK_MONOTONIC (class_clock_ms).
 *
 * Trust: followers send one hello, then only whether they paused and at
 * most one answer to each question put to the vote; the leader sends
 * positions in the content both sides have (ids, fractions, numbers),
 * never paths or commands.  Each side checks every message it receives
 * and drops a peer that sends anything malformed. */
#ifndef CASCADE_CLASS_H
#define CASCADE_CLASS_H

#include <poll.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define CLASS_DEFAULT_DIR "/tmp/cascade-class" /* the sockets' directory */
#define CLASS_DIR_ENV "CASCADE_CLASS_DIR"      /* overrides the default */
/* Waiting for a class that is absent (not started, or ended): try to join
 * after CLASS_RETRY_FIRST_MS, twice that, ... at most CLASS_RETRY_MAX_MS
 * apart: class_retry_next(ms) is the wait after one of ms. */
#define CLASS_RETRY_FIRST_MS 500u
#define CLASS_RETRY_MAX_MS 15000u
static inline unsigned class_retry_next(unsigned ms)
{
	return ms * 2 > CLASS_RETRY_MAX_MS ? CLASS_RETRY_MAX_MS : ms * 2;
}

/* Limits, in bytes unless said otherwise.  Each is checked on both sides. */
#define CLASS_NAME_MAX 32      /* class name: [a-z0-9] then [a-z0-9_-] */
#define CLASS_ID_MAX 64        /* page id: [a-z0-9-], as in front matter */
#define CLASS_WORD_MAX 32      /* model and parameter names: [a-z] */
#define CLASS_USER_MAX 32      /* user name in a hello: [A-Za-z0-9._-] */
#define CLASS_PARAMS_MAX 16    /* parameters of an open simulation */
#define CLASS_SCROLL_ONE 1000000u /* scroll is in millionths of the page */
#define CLASS_QUIZ_MAX 999     /* quiz numbers are 1..999 on a page */
#define CLASS_NOTES_MAX 4096   /* notes text, UTF-8 */
#define CLASS_VOTE_OPTIONS_MAX 26 /* a vote's options, lettered A..Z */
#define CLASS_HELLO_MS 2000    /* a peer that has not said hello is dropped */
#define CLASS_STALL_MS 30000   /* a peer that takes no bytes is dropped */

/* ---- The shared state ------------------------------------------------ */

struct class_param {
	char name[CLASS_WORD_MAX + 1]; /* [a-z]+ */
	double value;                  /* finite; the model's range is checked by
	                                  the receiver, which knows the model */
};

struct class_sim {
	char model[CLASS_WORD_MAX + 1]; /* [a-z]+ */
	size_t nparams;                 /* 0..CLASS_PARAMS_MAX, names distinct */
	struct class_param params[CLASS_PARAMS_MAX];
	uint64_t seed;                  /* any value */
	uint32_t run;                   /* runs since opened: a change reruns */
	char selected[CLASS_WORD_MAX + 1]; /* the parameter being changed, or "" (1.1) */
	bool all_params;                /* every parameter listed, not only it (1.1) */
	bool has_pin;                   /* a run pinned to compare with (1.1) */
	uint64_t pin_seed;              /* ... its seed and its values */
	size_t npins;                   /* 0..CLASS_PARAMS_MAX, names distinct */
	struct class_param pins[CLASS_PARAMS_MAX];
};

/* A quiz put to the class's vote (1.2): followers answer it once each,
 * anonymously, while it is open; the leader sees only the counts. */
struct class_vote {
	uint32_t round;                 /* 1, 2, ...: one per question put */
	uint32_t options;               /* 2..CLASS_VOTE_OPTIONS_MAX */
	bool open;                      /* answers are taken; else closed */
};

struct class_state {
	uint64_t seq;                   /* set by class_leader_publish: 1, 2, ... */
	char page[CLASS_ID_MAX + 1];    /* page id */
	uint32_t scroll;                /* top of the view, millionths of the
	                                   page's height: 0..CLASS_SCROLL_ONE */
	bool has_sim;                   /* the explorer is open on sim */
	struct class_sim sim;
	bool has_quiz;                  /* a quiz on the page is in focus */
	uint32_t quiz;                  /* 1..CLASS_QUIZ_MAX, counted in the page */
	bool revealed;                  /* its answer is shown */
	bool has_vote;                  /* that quiz is put to the vote (1.2) */
	struct class_vote vote;
	bool no_ahead;                  /* followers may not read past furthest */
	char furthest[CLASS_ID_MAX + 1];/* page id, when no_ahead */
};

/* Which field of a state is wrong (class_state_check); one list. */
#define CLASS_FIELDS(_)                                    \
	_(NONE,        "none")                             \
	_(PAGE,        "page id")                          \
	_(SCROLL,      "scroll")                           \
	_(MODEL,       "simulation model")                 \
	_(NPARAMS,     "number of simulation parameters")  \
	_(PARAM_NAME,  "parameter name")                   \
	_(PARAM_VALUE, "parameter value")                  \
	_(PARAM_TWICE, "parameter given twice")            \
	_(QUIZ,        "quiz number")                      \
	_(VOTE,        "vote")                             \
	_(FURTHEST,    "furthest page id")

enum class_field {
#define CLASS_FIELD_ENUM(id, text) CLASS_FIELD_##id,
	CLASS_FIELDS(CLASS_FIELD_ENUM)
#undef CLASS_FIELD_ENUM
};

/* Field validators: true when the value may be sent and received. */
bool class_valid_name(const char *s);       /* class name */
bool class_valid_page(const char *s);       /* page id */
bool class_valid_word(const char *s);       /* model or parameter name */
bool class_valid_user(const char *s);       /* user name in a hello */
bool class_valid_scroll(uint32_t millionths);
bool class_valid_value(double v);           /* finite */
bool class_valid_quiz(uint32_t n);
/* UTF-8, no control characters but tab and newline, at most
 * CLASS_NOTES_MAX bytes. */
bool class_valid_notes(const char *text, size_t len);

/* An empty state: page "", nothing open.  (Not valid until a page is set.) */
void class_state_init(struct class_state *s);
/* The first wrong field, or CLASS_FIELD_NONE when s is valid.  Fields of
 * an absent sim, quiz or limit are not looked at. */
enum class_field class_state_check(const struct class_state *s);
const char *class_field_name(enum class_field f);
/* Same state, the sequence number aside (absent parts' fields ignored). */
bool class_state_equal(const struct class_state *a, const struct class_state *b);

/* ---- Common ------------------------------------------------------------ */

enum class_status {
	CLASS_OK = 0,
	CLASS_ERR,  /* failed, or a follower dropped its leader for sending
	               something bad; the class_err says why */
	CLASS_LEFT, /* follower: the leader has gone (quit or crashed) */
	CLASS_ABSENT, /* follower: no session serves the class (not started
	                 yet, or ended); the class_err says so */
};

/* One message for people, e.g. "no class 'bio101' in /tmp/cascade-class
 * (is the instructor's session running?)".  No "cascade: " prefix. */
struct class_err {
	char msg[320];
};

/* Who a client is: a follower gets the state; a notes client (the
 * instructor's own uid only) gets the state and the instructor's notes. */
enum class_role {
	CLASS_ROLE_FOLLOWER,
	CLASS_ROLE_NOTES,
};

uint64_t class_clock_ms(void); /* CLOCK_MONOTONIC in milliseconds */

/* The socket directory: opt (--dir) if given, else env (the value of
 * CLASS_DIR_ENV) if set and not empty, else CLASS_DEFAULT_DIR. */
const char *class_dir_choose(const char *opt, const char *env);

/* ---- The leader ---------------------------------------------------------- */

struct class_leader; /* opaque */

struct class_leader_opts {
	const char *name;   /* the class: class_valid_name() */
	const char *dir;    /* socket directory; NULL: CLASS_DEFAULT_DIR */
	/* Who may follow besides the leader's own uid and root:
	 * NULL: members of the leader's primary group (socket mode 0660);
	 * a group name (or number): its members (0660, the leader must be in it);
	 * "": nobody else (0600). */
	const char *group;
	size_t max_peers;   /* connections at once; 0: 1000 */
	/* Called with one line (no newline) per event worth logging: peers
	 * joining, leaving and dropped, and why.  May be NULL. */
	void (*log)(void *log_ctx, const char *line);
	void *log_ctx;
};

/* Creates the directory if missing (the default one mode 01777, like
 * /tmp; another 0755) after refusing one that is a symlink, not owned by
 * root or the caller, or writable by others without the sticky bit; then
 * listens on DIR/NAME.sock (followers) and DIR/NAME.notes.sock (mode 0600,
 * for notes clients).  A stale socket is replaced; a live one is refused
 * ("already running").  On success *out owns the sockets. */
enum class_status class_leader_open(struct class_leader **out,
                                    const struct class_leader_opts *o,
                                    struct class_err *err);

/* Fills fds[0..max) with what to poll: the two listening sockets and every
 * peer, with POLLOUT where output is waiting.  Returns how many entries
 * are needed, which may exceed max (then call again with more room). */
size_t class_leader_pollfds(const struct class_leader *l, struct pollfd *fds, size_t max);

/* Milliseconds until service has something to do without any descriptor
 * being ready (a hello is due, a peer stalls): a poll() timeout.  -1 when
 * nothing is due. */
int class_leader_timeout(const struct class_leader *l, uint64_t now_ms);

/* After poll(): accepts and checks new peers, reads hellos, writes what
 * is waiting, drops peers that misbehave or time out.  fds may hold
 * entries that are not the leader's (they are skipped).  Never blocks.
 * Returns true when the count of followers, of notes clients, of those
 * paused or of answers to the vote changed. */
bool class_leader_service(struct class_leader *l, const struct pollfd *fds, size_t n,
                          uint64_t now_ms);

/* Checks s and sends it to every follower and notes client (those that
 * join later get it at once).  The leader stamps the sequence number;
 * a state equal to the last one is not sent again.  Returns CLASS_ERR
 * naming the wrong field, else CLASS_OK.  Never blocks: a follower that
 * is behind gets only the newest state when it can take it. */
enum class_status class_leader_publish(struct class_leader *l, const struct class_state *s,
                                       struct class_err *err);
/* The sequence number of the last state published, 0 before any. */
uint64_t class_leader_seq(const struct class_leader *l);

/* Sends the instructor's notes for the current stop to notes clients
 * only (text NULL or "": no notes).  CLASS_ERR if !class_valid_notes(). */
enum class_status class_leader_notes(struct class_leader *l, const char *text,
                                     struct class_err *err);

/* The answers to the question put to the vote last (round 0: none yet):
 * counts only, never who chose what.  Kept after the vote closes, until
 * the next round is published. */
struct class_tally {
	uint32_t round;
	uint32_t options;
	bool open;
	uint32_t counts[CLASS_VOTE_OPTIONS_MAX]; /* by option, A first */
	uint32_t answered;                       /* followers who answered */
};
void class_leader_tally(const struct class_leader *l, struct class_tally *t);

/* Followers that have paused following (F) and read on their own. */
size_t class_leader_paused(const struct class_leader *l);
/* Peers of that role that have said hello. */
size_t class_leader_count(const struct class_leader *l, enum class_role role);
static inline size_t class_leader_followers(const struct class_leader *l)
{
	return class_leader_count(l, CLASS_ROLE_FOLLOWER);
}
/* The follower socket's path (for messages): "DIR/NAME.sock". */
const char *class_leader_path(const struct class_leader *l);

/* Closes every connection (followers see the leader leave), removes the
 * sockets it made, frees l.  NULL is fine. */
void class_leader_close(struct class_leader *l);

/* ---- A follower ------------------------------------------------------ */

struct class_follower; /* opaque */

struct class_follower_opts {
	const char *name;      /* the class */
	const char *dir;       /* NULL: CLASS_DEFAULT_DIR */
	enum class_role role;  /* notes: connect to NAME.notes.sock, and only
	                          to a leader of one's own uid */
	const char *user;      /* for the leader's log; NULL: the login name */
};

/* Connects and says hello.  Errors say what to do ("no class 'x' in DIR
 * (is the instructor's session running?)", "not allowed to join ..."). */
enum class_status class_follower_open(struct class_follower **out,
                                      const struct class_follower_opts *o,
                                      struct class_err *err);

/* The descriptor to poll for POLLIN. */
int class_follower_fd(const struct class_follower *f);
/* The uid the leader runs as (from the socket's peer credentials). */
uid_t class_follower_leader_uid(const struct class_follower *f);

/* What one service call received.  When several states arrived at once,
 * only the newest is given (seq shows the gap). */
struct class_update {
	bool state_changed;
	struct class_state state;  /* valid when state_changed */
	bool notes_changed;        /* notes clients only */
	const char *notes;         /* NUL-terminated UTF-8, owned by the
	                              follower, valid until the next call */
	size_t notes_len;          /* bytes */
};

/* Reads what has arrived (without blocking) and checks it.  Returns
 * CLASS_OK; CLASS_LEFT when the leader has gone; CLASS_ERR when the
 * connection failed or the leader sent something malformed and was
 * dropped (err says what).  After LEFT or ERR the class is over for this
 * follower (u may still hold a last update): only close is useful. */
enum class_status class_follower_service(struct class_follower *f, struct class_update *u,
                                         struct class_err *err);

/* Tells the leader the follower paused following (F) or rejoined. */
enum class_status class_follower_pause(struct class_follower *f, bool paused,
                                       struct class_err *err);
/* Answers the vote of that round with option choice (0 for A).  Only
 * once a round, only while the last state received has it open, and only
 * with one of its options: CLASS_ERR (err says why) otherwise, with
 * nothing sent. */
enum class_status class_follower_answer(struct class_follower *f, uint32_t round,
                                        uint32_t choice, struct class_err *err);
void class_follower_close(struct class_follower *f);

#endif
