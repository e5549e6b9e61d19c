/* encode.c — messages into frames (length prefix and text payload), and
 * the wire errors' messages.  The grammar is in wire.h. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "class/wire.h"

static const char *const wire_texts[] = {
#define CLASS_WIRE_TEXT(id, text) text,
	CLASS_WIRE_ERRORS(CLASS_WIRE_TEXT)
#undef CLASS_WIRE_TEXT
};

const char *class_wire_text(enum class_wire code)
{
	if ((size_t)code >= sizeof wire_texts / sizeof wire_texts[0])
		return "?";
	return wire_texts[code];
}

void class_wire_describe(const struct class_wire_err *e, char *buf, size_t size)
{
	if (e->line && e->key[0])
		snprintf(buf, size, "line %u (%s): %s", e->line, e->key, class_wire_text(e->code));
	else if (e->line)
		snprintf(buf, size, "line %u: %s", e->line, class_wire_text(e->code));
	else
		snprintf(buf, size, "%s", class_wire_text(e->code));
}

/* A frame being written: the prefix is filled in by finish(). */
struct out {
	unsigned char *buf;
	size_t size, len;  /* bytes available, bytes written */
	bool full;         /* something did not fit */
};

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (o->full)
		return;
	va_start(ap, fmt);
	n = vsnprintf((char *)o->buf + o->len, o->size - o->len, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= o->size - o->len)
		o->full = true;
	else
		o->len += (size_t)n;
}

static bool begin(struct out *o, unsigned char *buf, size_t size, const char *type)
{
	o->buf = buf;
	o->size = size;
	o->len = CLASS_FRAME_HEAD;
	o->full = size <= CLASS_FRAME_HEAD;
	if (!o->full)
		put(o, "cascade-class %d.%d\nmsg %s\n", CLASS_PROTO_MAJOR, CLASS_PROTO_MINOR, type);
	return !o->full;
}

/* Writes the prefix; the frame's length, or 0 if it overflowed. */
static size_t finish(struct out *o, size_t max_payload)
{
	size_t n = o->len - CLASS_FRAME_HEAD;

	if (o->full || n > max_payload)
		return 0;
	o->buf[0] = (unsigned char)(n >> 24);
	o->buf[1] = (unsigned char)(n >> 16);
	o->buf[2] = (unsigned char)(n >> 8);
	o->buf[3] = (unsigned char)n;
	return o->len;
}

size_t class_encode_hello(const struct class_hello *h, unsigned char *buf, size_t size)
{
	struct out o;

	if (!class_valid_user(h->user) ||
	    (h->role != CLASS_ROLE_FOLLOWER && h->role != CLASS_ROLE_NOTES))
		return 0;
	if (!begin(&o, buf, size, "hello"))
		return 0;
	put(&o, "role %s\nuser %s\n", h->role == CLASS_ROLE_NOTES ? "notes" : "follower", h->user);
	return finish(&o, CLASS_HELLO_MAX);
}

size_t class_encode_pause(bool paused, unsigned char *buf, size_t size)
{
	struct out o;

	if (!begin(&o, buf, size, "pause"))
		return 0;
	put(&o, "paused %s\n", paused ? "yes" : "no");
	return finish(&o, CLASS_HELLO_MAX);
}

size_t class_encode_answer(uint32_t round, uint32_t choice, unsigned char *buf, size_t size)
{
	struct out o;

	if (round == 0 || choice >= CLASS_VOTE_OPTIONS_MAX)
		return 0;
	if (!begin(&o, buf, size, "answer"))
		return 0;
	put(&o, "vote %lu\nchoice %lu\n", (unsigned long)round, (unsigned long)choice + 1);
	return finish(&o, CLASS_HELLO_MAX);
}

static void put_sim(struct out *o, const struct class_sim *sim)
{
	put(o, "sim %s\nseed %llu\nrun %lu\n", sim->model, (unsigned long long)sim->seed,
	    (unsigned long)sim->run);
	for (size_t i = 0; i < sim->nparams; i++) {
		char num[40];

		class_format_double(sim->params[i].value, num, sizeof num);
		put(o, "param %s %s\n", sim->params[i].name, num);
	}
	if (sim->selected[0])
		put(o, "select %s\n", sim->selected);
	if (sim->all_params)
		put(o, "panel all\n");
	if (sim->has_pin)
		put(o, "pin-seed %llu\n", (unsigned long long)sim->pin_seed);
	for (size_t i = 0; sim->has_pin && i < sim->npins; i++) {
		char num[40];

		class_format_double(sim->pins[i].value, num, sizeof num);
		put(o, "pin-param %s %s\n", sim->pins[i].name, num);
	}
}

size_t class_encode_state(const struct class_state *s, unsigned char *buf, size_t size)
{
	struct out o;

	if (s->seq == 0 || class_state_check(s) != CLASS_FIELD_NONE)
		return 0;
	if (!begin(&o, buf, size, "state"))
		return 0;
	put(&o, "seq %llu\npage %s\nscroll %lu\n", (unsigned long long)s->seq, s->page,
	    (unsigned long)s->scroll);
	if (s->has_sim)
		put_sim(&o, &s->sim);
	if (s->has_quiz)
		put(&o, "quiz %lu %s\n", (unsigned long)s->quiz, s->revealed ? "revealed" : "hidden");
	if (s->has_quiz && s->has_vote)
		put(&o, "vote %lu %lu %s\n", (unsigned long)s->vote.round,
		    (unsigned long)s->vote.options, s->vote.open ? "open" : "closed");
	if (s->no_ahead)
		put(&o, "furthest %s\n", s->furthest);
	return finish(&o, CLASS_FRAME_MAX);
}

size_t class_encode_notes(const char *text, size_t len, unsigned char *buf, size_t size)
{
	struct out o;

	if (!class_valid_notes(text, len))
		return 0;
	if (!begin(&o, buf, size, "notes"))
		return 0;
	put(&o, "\n");
	if (o.full || o.size - o.len < len)
		return 0;
	if (len)
		memcpy(o.buf + o.len, text, len);
	o.len += len;
	return finish(&o, CLASS_FRAME_MAX);
}
