/* fuzz_class.c — class frames both ways: what a follower sends its leader
 * (a hello, pause or answer, at most CLASS_HELLO_MAX) and what a leader sends (state and
 * notes, at most CLASS_FRAME_MAX).  A frame that decodes must encode back
 * and decode to the same message.
 *
 * Input: the bytes on a socket, read once as a leader reads a follower's
 * and once as a follower reads its leader's. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "class/wire.h"

static unsigned char out[CLASS_FRAME_HEAD + CLASS_FRAME_MAX];

static void round_trip(const struct class_msg *m)
{
	struct class_msg again;
	struct class_wire_err err;
	size_t n = 0;

	switch (m->type) {
	case CLASS_MSG_HELLO:
		n = class_encode_hello(&m->hello, out, sizeof out);
		break;
	case CLASS_MSG_STATE:
		n = class_encode_state(&m->state, out, sizeof out);
		break;
	case CLASS_MSG_NOTES:
		n = class_encode_notes(m->notes, m->notes_len, out, sizeof out);
		break;
	case CLASS_MSG_PAUSE:
		n = class_encode_pause(m->paused, out, sizeof out);
		break;
	case CLASS_MSG_ANSWER:
		n = class_encode_answer(m->round, m->choice, out, sizeof out);
		break;
	case CLASS_MSG_OTHER:
		return;
	}
	if (n < CLASS_FRAME_HEAD)
		abort(); /* a message we accepted is one we can send */
	if (class_decode(out + CLASS_FRAME_HEAD, n - CLASS_FRAME_HEAD, &again, &err) != CLASS_WIRE_OK ||
	    again.type != m->type)
		abort();
	if (m->type == CLASS_MSG_STATE && !class_state_equal(&m->state, &again.state))
		abort();
	if (m->type == CLASS_MSG_HELLO &&
	    (m->hello.role != again.hello.role || strcmp(m->hello.user, again.hello.user) != 0))
		abort();
	if (m->type == CLASS_MSG_PAUSE && m->paused != again.paused)
		abort();
	if (m->type == CLASS_MSG_ANSWER && (m->round != again.round || m->choice != again.choice))
		abort();
	if (m->type == CLASS_MSG_NOTES &&
	    (m->notes_len != again.notes_len || memcmp(m->notes, again.notes, m->notes_len) != 0))
		abort();
}

/* Frames one after another, as a stream delivers them. */
static void read_stream(const uint8_t *data, size_t size, size_t max)
{
	size_t at = 0;

	while (at < size) {
		struct class_msg m;
		struct class_wire_err err;
		char text[128];
		size_t len = 0;
		enum class_wire w = class_frame_peek(data + at, size - at, max, &len);

		if (w != CLASS_WIRE_OK || len == 0)
			break;
		if (class_decode(data + at + CLASS_FRAME_HEAD, len - CLASS_FRAME_HEAD, &m, &err) ==
		    CLASS_WIRE_OK)
			round_trip(&m);
		else
			class_wire_describe(&err, text, sizeof text);
		at += len;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	read_stream(data, size, CLASS_HELLO_MAX);
	read_stream(data, size, CLASS_FRAME_MAX);
	return 0;
}
