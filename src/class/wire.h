/* wire.h — the class protocol's messages as bytes (the layer's own; the
 * tests use it too).
 *
 * A frame is a 4-byte big-endian payload length, then the payload: text.
 *
 *     cascade-class 1.0          version line: MAJOR.MINOR
 *     msg state                  the message type: hello, state or notes
 *     seq 12                     then "key value" lines, in any order
 *     page in-the-blood
 *     ...
 *
 * Header lines are printable ASCII ending in '\n'.  A notes message ends
 * its header with an empty line; the rest of the payload is the notes
 * text.  A different MAJOR is refused; keys (and message types) unknown
 * to this version are refused in the same or an older MINOR and skipped
 * in a newer one.  Every key may appear once, except "param".
 *
 * hello (follower to leader, first):
 *     role follower|notes        user NAME
 * pause (follower to leader, after its hello; since 1.1):
 *     paused yes|no              (the follower reads on its own, or rejoined)
 * answer (follower to leader, once a round while a vote is open; 1.2):
 *     vote ROUND  choice K       (K: 1 for option A ... 26 for Z)
 * state (leader to followers and notes clients):
 *     seq N  page ID  scroll MILLIONTHS
 *     [sim MODEL  seed N  run N  param NAME VALUE ...
 *      [select NAME]  [panel all|one]                      (since 1.1)
 *      [pin-seed N  pin-param NAME VALUE ...]]             (since 1.1)
 *     [quiz N hidden|revealed    [vote ROUND OPTIONS open|closed]]   (vote: 1.2)
 *     [furthest ID]
 * notes (leader to notes clients):
 *     (no keys)  then "\n" and the text. */
#ifndef CASCADE_CLASS_WIRE_H
#define CASCADE_CLASS_WIRE_H

#include <stddef.h>

#include "class/class.h"

#define CLASS_PROTO_MAJOR 1
#define CLASS_PROTO_MINOR 2
#define CLASS_FRAME_HEAD 4     /* bytes of the length prefix */
#define CLASS_FRAME_MAX 8192   /* bytes of a payload, leader to follower */
#define CLASS_HELLO_MAX 256    /* bytes of a payload, follower to leader */
#define CLASS_KEY_MAX 16       /* bytes of a key: [a-z][a-z-]* */

/* What can be wrong with a frame; one list, with its messages. */
#define CLASS_WIRE_ERRORS(_)                                                  \
	_(OK,          "ok")                                                  \
	_(EMPTY,       "empty frame")                                         \
	_(TOO_LONG,    "frame longer than the limit")                         \
	_(NOT_TEXT,    "a header byte is not printable ASCII")                \
	_(NO_NEWLINE,  "the header does not end with a newline")              \
	_(NO_VERSION,  "the frame does not start with 'cascade-class MAJOR.MINOR'") \
	_(VERSION,     "unsupported protocol version")                        \
	_(NO_TYPE,     "the second line is not 'msg TYPE'")                   \
	_(BAD_TYPE,    "unknown message type")                                \
	_(BAD_LINE,    "a header line is not 'key value'")                    \
	_(UNKNOWN_KEY, "unknown key")                                         \
	_(TWICE,       "key given twice")                                     \
	_(MISSING,     "a required key is missing")                           \
	_(BAD_VALUE,   "value malformed or out of range")                     \
	_(BODY,        "notes text is not valid")                             \
	_(UNEXPECTED,  "message not expected here")

enum class_wire {
#define CLASS_WIRE_ENUM(id, text) CLASS_WIRE_##id,
	CLASS_WIRE_ERRORS(CLASS_WIRE_ENUM)
#undef CLASS_WIRE_ENUM
};

/* Where a payload went wrong: the code, the header line (1-based; 0 for
 * the frame as a whole) and the key concerned ("" if none). */
struct class_wire_err {
	enum class_wire code;
	unsigned line;
	char key[CLASS_KEY_MAX + 1];
};

const char *class_wire_text(enum class_wire code);
/* "line 4 (scroll): value malformed or out of range" into buf[size]. */
void class_wire_describe(const struct class_wire_err *e, char *buf, size_t size);

enum class_msg_type {
	CLASS_MSG_HELLO,
	CLASS_MSG_STATE,
	CLASS_MSG_NOTES,
	CLASS_MSG_PAUSE, /* 1.1: a follower paused following, or rejoined */
	CLASS_MSG_ANSWER, /* 1.2: a follower's answer to the vote */
	CLASS_MSG_OTHER, /* a type from a newer minor version: skip it */
};

struct class_hello {
	enum class_role role;
	char user[CLASS_USER_MAX + 1];
};

/* A decoded message; only the part its type names is filled. */
struct class_msg {
	enum class_msg_type type;
	unsigned minor;            /* the sender's minor version */
	struct class_hello hello;
	struct class_state state;
	bool paused;               /* pause: the follower reads on its own */
	uint32_t round, choice;    /* answer: the vote's round, the option (0: A) */
	const char *notes;         /* points into the payload; not terminated */
	size_t notes_len;          /* bytes */
};

/* Encoders write a whole frame, prefix and payload, into buf[size] and
 * return its length in bytes; 0 when the message is not valid or does not
 * fit (a valid state or notes always fits CLASS_FRAME_HEAD +
 * CLASS_FRAME_MAX bytes, a valid hello CLASS_FRAME_HEAD + CLASS_HELLO_MAX). */
size_t class_encode_hello(const struct class_hello *h, unsigned char *buf, size_t size);
size_t class_encode_state(const struct class_state *s, unsigned char *buf, size_t size);
size_t class_encode_notes(const char *text, size_t len, unsigned char *buf, size_t size);
size_t class_encode_pause(bool paused, unsigned char *buf, size_t size);
/* choice counts from 0 (A); 0 when round is 0 or choice past Z. */
size_t class_encode_answer(uint32_t round, uint32_t choice, unsigned char *buf, size_t size);

/* Looks at the first have bytes received.  Returns CLASS_WIRE_OK with
 * *frame_len the whole frame's length when one is complete, or 0 when more
 * is needed; CLASS_WIRE_EMPTY or CLASS_WIRE_TOO_LONG (payload over
 * max_payload) as soon as the prefix shows it, before the payload comes. */
enum class_wire class_frame_peek(const unsigned char *buf, size_t have, size_t max_payload,
                                 size_t *frame_len);

/* Decodes and checks one payload (without its prefix).  On an error, m is
 * unspecified and err says where. */
enum class_wire class_decode(const unsigned char *payload, size_t len, struct class_msg *m,
                             struct class_wire_err *err);

/* Numbers as text, the same in every locale: "0.8", "-1.5e-07", shortest
 * round trip.  Returns the length, or 0 if v is not finite or size is too
 * small (32 bytes always suffice). */
size_t class_format_double(double v, char *buf, size_t size);
/* Strict: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, finite, at most
 * 32 bytes.  Returns 0 on success, -1 otherwise. */
int class_parse_double(const char *s, size_t len, double *out);
/* Decimal without sign or leading zeros, at most max.  0 or -1. */
int class_parse_u64(const char *s, size_t len, uint64_t max, uint64_t *out);

#endif
