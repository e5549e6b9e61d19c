/* decode.c — frames and payloads back into messages, checking every
 * byte: the prefix, the version, the type, each key once, each value's
 * grammar and range, and the notes text.  Nothing received is trusted
 * further than this file lets it through.  The grammar is in wire.h. */
#include <string.h>

#include "class/wire.h"

enum class_wire class_frame_peek(const unsigned char *buf, size_t have, size_t max_payload,
                                 size_t *frame_len)
{
	uint32_t n;

	*frame_len = 0;
	if (have < CLASS_FRAME_HEAD)
		return CLASS_WIRE_OK;
	n = (uint32_t)buf[0] << 24 | (uint32_t)buf[1] << 16 | (uint32_t)buf[2] << 8 | buf[3];
	if (n == 0)
		return CLASS_WIRE_EMPTY;
	if (n > max_payload)
		return CLASS_WIRE_TOO_LONG;
	if (have >= CLASS_FRAME_HEAD + (size_t)n)
		*frame_len = CLASS_FRAME_HEAD + (size_t)n;
	return CLASS_WIRE_OK;
}

/* The payload, read a header line at a time. */
struct cursor {
	const char *p;
	size_t len, pos;   /* bytes in p, bytes consumed */
	unsigned no;       /* number of the line last read, from 1 */
};

/* The next header line without its '\n' into *s, *n. */
static enum class_wire next_line(struct cursor *c, const char **s, size_t *n)
{
	const char *nl = memchr(c->p + c->pos, '\n', c->len - c->pos);

	c->no++;
	if (!nl)
		return CLASS_WIRE_NO_NEWLINE;
	*s = c->p + c->pos;
	*n = (size_t)(nl - *s);
	c->pos += *n + 1;
	for (size_t i = 0; i < *n; i++)
		if ((unsigned char)(*s)[i] < 0x20 || (unsigned char)(*s)[i] > 0x7e)
			return CLASS_WIRE_NOT_TEXT;
	return CLASS_WIRE_OK;
}

static bool starts(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);

	return n >= k && memcmp(s, prefix, k) == 0;
}

static bool same(const char *s, size_t n, const char *word)
{
	return strlen(word) == n && memcmp(s, word, n) == 0;
}

/* One of two words: *flag is whether it was yes ("open" of open|closed). */
static enum class_wire either(const char *s, size_t n, const char *yes, const char *no,
                              bool *flag)
{
	if (same(s, n, yes))
		*flag = true;
	else if (!same(s, n, no))
		return CLASS_WIRE_BAD_VALUE;
	return CLASS_WIRE_OK;
}

/* "cascade-class MAJOR.MINOR", each 1 to 3 digits. */
static enum class_wire version(const char *s, size_t n, unsigned *minor)
{
	const char *dot;
	uint64_t major, min;

	if (!starts(s, n, "cascade-class "))
		return CLASS_WIRE_NO_VERSION;
	s += 14, n -= 14;
	dot = memchr(s, '.', n);
	if (!dot || dot == s || (size_t)(dot - s) > 3 || n - (size_t)(dot - s) - 1 > 3 ||
	    class_parse_u64(s, (size_t)(dot - s), 999, &major) != 0 ||
	    class_parse_u64(dot + 1, n - (size_t)(dot - s) - 1, 999, &min) != 0)
		return CLASS_WIRE_NO_VERSION;
	if (major != CLASS_PROTO_MAJOR)
		return CLASS_WIRE_VERSION;
	*minor = (unsigned)min;
	return CLASS_WIRE_OK;
}

/* Copies a value that check() accepts into dst[CAP]. */
static bool take(char *dst, size_t cap, const char *v, size_t n, bool (*check)(const char *))
{
	if (n >= cap)
		return false;
	memcpy(dst, v, n);
	dst[n] = '\0';
	return check(dst);
}

/* The keys of every message type; "seen" bits index this list. */
enum key { K_ROLE, K_USER, K_SEQ, K_PAGE, K_SCROLL, K_SIM, K_SEED, K_RUN, K_PARAM, K_QUIZ,
	K_FURTHEST, K_PAUSED, K_PIN_SEED, K_PIN_PARAM, K_SELECT, K_PANEL, K_VOTE, K_ROUND,
	K_CHOICE, K_UNKNOWN };
_Static_assert(K_UNKNOWN <= 32, "the keys seen are bits of an unsigned");
static const struct { const char *name; enum class_msg_type type; } keys[] = {
	[K_ROLE] = {"role", CLASS_MSG_HELLO},     [K_USER] = {"user", CLASS_MSG_HELLO},
	[K_SEQ] = {"seq", CLASS_MSG_STATE},       [K_PAGE] = {"page", CLASS_MSG_STATE},
	[K_SCROLL] = {"scroll", CLASS_MSG_STATE}, [K_SIM] = {"sim", CLASS_MSG_STATE},
	[K_SEED] = {"seed", CLASS_MSG_STATE},     [K_RUN] = {"run", CLASS_MSG_STATE},
	[K_PARAM] = {"param", CLASS_MSG_STATE},   [K_QUIZ] = {"quiz", CLASS_MSG_STATE},
	[K_FURTHEST] = {"furthest", CLASS_MSG_STATE},
	[K_PAUSED] = {"paused", CLASS_MSG_PAUSE},
	[K_PIN_SEED] = {"pin-seed", CLASS_MSG_STATE}, [K_PIN_PARAM] = {"pin-param", CLASS_MSG_STATE},
	[K_SELECT] = {"select", CLASS_MSG_STATE}, [K_PANEL] = {"panel", CLASS_MSG_STATE},
	[K_VOTE] = {"vote", CLASS_MSG_STATE},
	[K_ROUND] = {"vote", CLASS_MSG_ANSWER},   [K_CHOICE] = {"choice", CLASS_MSG_ANSWER},
};

static enum key find_key(enum class_msg_type type, const char *s, size_t n)
{
	for (size_t k = 0; k < K_UNKNOWN; k++)
		if (keys[k].type == type && same(s, n, keys[k].name))
			return (enum key)k;
	return K_UNKNOWN;
}

/* "NAME VALUE" into params[*n] (the run's or the pinned run's). */
static enum class_wire param(struct class_param *params, size_t *n, const char *v, size_t len)
{
	const char *sp = memchr(v, ' ', len);
	struct class_param *p;

	if (!sp || *n >= CLASS_PARAMS_MAX)
		return CLASS_WIRE_BAD_VALUE;
	p = &params[*n];
	if (!take(p->name, sizeof p->name, v, (size_t)(sp - v), class_valid_word) ||
	    class_parse_double(sp + 1, len - (size_t)(sp - v) - 1, &p->value) != 0)
		return CLASS_WIRE_BAD_VALUE;
	for (size_t i = 0; i < *n; i++)
		if (strcmp(params[i].name, p->name) == 0)
			return CLASS_WIRE_TWICE;
	(*n)++;
	return CLASS_WIRE_OK;
}

static enum class_wire quiz(struct class_state *s, const char *v, size_t n)
{
	const char *sp = memchr(v, ' ', n);
	uint64_t q;

	if (!sp || class_parse_u64(v, (size_t)(sp - v), CLASS_QUIZ_MAX, &q) != 0 || q == 0)
		return CLASS_WIRE_BAD_VALUE;
	s->has_quiz = true;
	s->quiz = (uint32_t)q;
	n -= (size_t)(sp - v) + 1;
	return either(sp + 1, n, "revealed", "hidden", &s->revealed);
}

/* "ROUND OPTIONS open|closed". */
static enum class_wire vote(struct class_vote *v, const char *s, size_t n)
{
	const char *sp1 = memchr(s, ' ', n), *sp2;
	uint64_t round, options;

	if (!sp1 || !(sp2 = memchr(sp1 + 1, ' ', n - (size_t)(sp1 - s) - 1)) ||
	    class_parse_u64(s, (size_t)(sp1 - s), UINT32_MAX, &round) != 0 || round == 0 ||
	    class_parse_u64(sp1 + 1, (size_t)(sp2 - sp1 - 1), CLASS_VOTE_OPTIONS_MAX,
	                    &options) != 0 || options < 2)
		return CLASS_WIRE_BAD_VALUE;
	v->round = (uint32_t)round;
	v->options = (uint32_t)options;
	n -= (size_t)(sp2 - s) + 1;
	return either(sp2 + 1, n, "open", "closed", &v->open);
}

static enum class_wire state_key(struct class_state *s, enum key k, const char *v, size_t n)
{
	uint64_t u;

	switch (k) {
	case K_SEQ:
		return class_parse_u64(v, n, UINT64_MAX, &s->seq) == 0 && s->seq > 0
		       ? CLASS_WIRE_OK : CLASS_WIRE_BAD_VALUE;
	case K_PAGE:
		return take(s->page, sizeof s->page, v, n, class_valid_page)
		       ? CLASS_WIRE_OK : CLASS_WIRE_BAD_VALUE;
	case K_SCROLL:
		if (class_parse_u64(v, n, CLASS_SCROLL_ONE, &u) != 0)
			return CLASS_WIRE_BAD_VALUE;
		s->scroll = (uint32_t)u;
		return CLASS_WIRE_OK;
	case K_SIM:
		s->has_sim = true;
		return take(s->sim.model, sizeof s->sim.model, v, n, class_valid_word)
		       ? CLASS_WIRE_OK : CLASS_WIRE_BAD_VALUE;
	case K_SEED:
		return class_parse_u64(v, n, UINT64_MAX, &s->sim.seed) == 0
		       ? CLASS_WIRE_OK : CLASS_WIRE_BAD_VALUE;
	case K_RUN:
		if (class_parse_u64(v, n, UINT32_MAX, &u) != 0)
			return CLASS_WIRE_BAD_VALUE;
		s->sim.run = (uint32_t)u;
		return CLASS_WIRE_OK;
	case K_PARAM:
		return param(s->sim.params, &s->sim.nparams, v, n);
	case K_PIN_SEED:
		s->sim.has_pin = true;
		return class_parse_u64(v, n, UINT64_MAX, &s->sim.pin_seed) == 0
		       ? CLASS_WIRE_OK : CLASS_WIRE_BAD_VALUE;
	case K_PIN_PARAM:
		return param(s->sim.pins, &s->sim.npins, v, n);
	case K_SELECT:
		return take(s->sim.selected, sizeof s->sim.selected, v, n, class_valid_word)
		       ? CLASS_WIRE_OK : CLASS_WIRE_BAD_VALUE;
	case K_PANEL:
		return either(v, n, "all", "one", &s->sim.all_params);
	case K_QUIZ:
		return quiz(s, v, n);
	case K_VOTE:
		s->has_vote = true;
		return vote(&s->vote, v, n);
	case K_FURTHEST:
		s->no_ahead = true;
		return take(s->furthest, sizeof s->furthest, v, n, class_valid_page)
		       ? CLASS_WIRE_OK : CLASS_WIRE_BAD_VALUE;
	default:
		return CLASS_WIRE_UNKNOWN_KEY;
	}
}

static enum class_wire hello_key(struct class_hello *h, enum key k, const char *v, size_t n)
{
	if (k == K_USER)
		return take(h->user, sizeof h->user, v, n, class_valid_user)
		       ? CLASS_WIRE_OK : CLASS_WIRE_BAD_VALUE;
	if (same(v, n, "follower"))
		h->role = CLASS_ROLE_FOLLOWER;
	else if (same(v, n, "notes"))
		h->role = CLASS_ROLE_NOTES;
	else
		return CLASS_WIRE_BAD_VALUE;
	return CLASS_WIRE_OK;
}

static enum class_wire answer_key(struct class_msg *m, enum key k, const char *v, size_t n)
{
	uint64_t u;

	if (k == K_ROUND) {
		if (class_parse_u64(v, n, UINT32_MAX, &u) != 0 || u == 0)
			return CLASS_WIRE_BAD_VALUE;
		m->round = (uint32_t)u;
		return CLASS_WIRE_OK;
	}
	if (class_parse_u64(v, n, CLASS_VOTE_OPTIONS_MAX, &u) != 0 || u == 0)
		return CLASS_WIRE_BAD_VALUE;
	m->choice = (uint32_t)(u - 1);
	return CLASS_WIRE_OK;
}

static enum class_wire pause_key(struct class_msg *m, const char *v, size_t n)
{
	if (same(v, n, "yes"))
		m->paused = true;
	else if (same(v, n, "no"))
		m->paused = false;
	else
		return CLASS_WIRE_BAD_VALUE;
	return CLASS_WIRE_OK;
}

/* Sets err and returns its code. */
static enum class_wire fail(struct class_wire_err *err, enum class_wire code, unsigned line,
                            const char *key, size_t keylen)
{
	err->code = code;
	err->line = line;
	if (keylen > CLASS_KEY_MAX)
		keylen = CLASS_KEY_MAX;
	memcpy(err->key, key, keylen);
	err->key[keylen] = '\0';
	return code;
}

/* [a-z][a-z-]*, at most CLASS_KEY_MAX bytes. */
static bool key_syntax(const char *s, size_t n)
{
	if (n == 0 || n > CLASS_KEY_MAX || s[0] < 'a' || s[0] > 'z')
		return false;
	for (size_t i = 1; i < n; i++)
		if ((s[i] < 'a' || s[i] > 'z') && s[i] != '-')
			return false;
	return true;
}

/* Which required keys a message lacks: the first missing one's name. */
static const char *missing(const struct class_msg *m, unsigned seen)
{
	static const enum key hello_needs[] = {K_ROLE, K_USER};
	static const enum key state_needs[] = {K_SEQ, K_PAGE, K_SCROLL};
	static const enum key sim_needs[] = {K_SEED, K_RUN};

	if (m->type == CLASS_MSG_HELLO) {
		for (size_t i = 0; i < 2; i++)
			if (!(seen & 1u << hello_needs[i]))
				return keys[hello_needs[i]].name;
	} else if (m->type == CLASS_MSG_PAUSE) {
		if (!(seen & 1u << K_PAUSED))
			return keys[K_PAUSED].name;
	} else if (m->type == CLASS_MSG_ANSWER) {
		if (!(seen & 1u << K_ROUND))
			return keys[K_ROUND].name;
		if (!(seen & 1u << K_CHOICE))
			return keys[K_CHOICE].name;
	} else if (m->type == CLASS_MSG_STATE) {
		for (size_t i = 0; i < 3; i++)
			if (!(seen & 1u << state_needs[i]))
				return keys[state_needs[i]].name;
		for (size_t i = 0; i < 2; i++)
			if (!(seen & 1u << K_SIM) != !(seen & 1u << sim_needs[i]))
				return (seen & 1u << K_SIM) ? keys[sim_needs[i]].name : "sim";
		if ((seen & 1u << (K_PARAM)) && !(seen & 1u << K_SIM))
			return "sim";
		if ((seen & 1u << K_PIN_SEED) && !(seen & 1u << K_SIM))
			return "sim";
		if ((seen & (1u << K_SELECT | 1u << K_PANEL)) && !(seen & 1u << K_SIM))
			return "sim";
		if ((seen & 1u << K_PIN_PARAM) && !(seen & 1u << K_PIN_SEED))
			return "pin-seed";
		if ((seen & 1u << K_VOTE) && !(seen & 1u << K_QUIZ))
			return "quiz";
	}
	return NULL;
}

/* The "key value" lines up to the end, or for notes up to an empty line. */
static enum class_wire header(struct cursor *c, struct class_msg *m, struct class_wire_err *err)
{
	unsigned seen = 0;
	const char *s, *sp, *miss;
	size_t n, klen;
	enum class_wire w;
	enum key k;

	while (c->pos < c->len) {
		if ((w = next_line(c, &s, &n)) != CLASS_WIRE_OK)
			return fail(err, w, c->no, "", 0);
		if (n == 0 && m->type == CLASS_MSG_NOTES)
			return CLASS_WIRE_OK;
		sp = memchr(s, ' ', n);
		klen = sp ? (size_t)(sp - s) : n;
		if (!key_syntax(s, klen) || klen + 1 >= n)
			return fail(err, CLASS_WIRE_BAD_LINE, c->no, "", 0);
		k = find_key(m->type, s, klen);
		if (k == K_UNKNOWN) {
			if (m->minor > CLASS_PROTO_MINOR)
				continue;
			return fail(err, CLASS_WIRE_UNKNOWN_KEY, c->no, s, klen);
		}
		if ((seen & 1u << k) && k != K_PARAM && k != K_PIN_PARAM)
			return fail(err, CLASS_WIRE_TWICE, c->no, s, klen);
		seen |= 1u << k;
		if (m->type == CLASS_MSG_HELLO)
			w = hello_key(&m->hello, k, s + klen + 1, n - klen - 1);
		else if (m->type == CLASS_MSG_PAUSE)
			w = pause_key(m, s + klen + 1, n - klen - 1);
		else if (m->type == CLASS_MSG_ANSWER)
			w = answer_key(m, k, s + klen + 1, n - klen - 1);
		else
			w = state_key(&m->state, k, s + klen + 1, n - klen - 1);
		if (w != CLASS_WIRE_OK)
			return fail(err, w, c->no, s, klen);
	}
	if (m->type == CLASS_MSG_NOTES)
		return fail(err, CLASS_WIRE_BODY, c->no, "", 0); /* no empty line */
	if ((miss = missing(m, seen)))
		return fail(err, CLASS_WIRE_MISSING, 0, miss, strlen(miss));
	return CLASS_WIRE_OK;
}

static enum class_wire message_type(struct class_msg *m, const char *s, size_t n)
{
	if (!starts(s, n, "msg "))
		return CLASS_WIRE_NO_TYPE;
	s += 4, n -= 4;
	if (same(s, n, "hello"))
		m->type = CLASS_MSG_HELLO;
	else if (same(s, n, "state"))
		m->type = CLASS_MSG_STATE;
	else if (same(s, n, "notes"))
		m->type = CLASS_MSG_NOTES;
	else if (same(s, n, "pause"))
		m->type = CLASS_MSG_PAUSE;
	else if (same(s, n, "answer"))
		m->type = CLASS_MSG_ANSWER;
	else if (m->minor > CLASS_PROTO_MINOR)
		m->type = CLASS_MSG_OTHER;
	else
		return CLASS_WIRE_BAD_TYPE;
	return CLASS_WIRE_OK;
}

enum class_wire class_decode(const unsigned char *payload, size_t len, struct class_msg *m,
                             struct class_wire_err *err)
{
	struct cursor c = { .p = (const char *)payload, .len = len };
	const char *s;
	size_t n;
	enum class_wire w;

	memset(m, 0, sizeof *m);
	memset(err, 0, sizeof *err);
	if (len == 0)
		return fail(err, CLASS_WIRE_EMPTY, 0, "", 0);
	if (len > CLASS_FRAME_MAX)
		return fail(err, CLASS_WIRE_TOO_LONG, 0, "", 0);
	if ((w = next_line(&c, &s, &n)) != CLASS_WIRE_OK ||
	    (w = version(s, n, &m->minor)) != CLASS_WIRE_OK)
		return fail(err, w == CLASS_WIRE_VERSION ? w : CLASS_WIRE_NO_VERSION, 1, "", 0);
	if ((w = next_line(&c, &s, &n)) != CLASS_WIRE_OK ||
	    (w = message_type(m, s, n)) != CLASS_WIRE_OK)
		return fail(err, w == CLASS_WIRE_BAD_TYPE ? w : CLASS_WIRE_NO_TYPE, 2, "", 0);
	if (m->type == CLASS_MSG_OTHER)
		return CLASS_WIRE_OK;
	if ((w = header(&c, m, err)) != CLASS_WIRE_OK)
		return w;
	if (m->type == CLASS_MSG_NOTES) {
		m->notes = c.p + c.pos;
		m->notes_len = len - c.pos;
		if (!class_valid_notes(m->notes, m->notes_len))
			return fail(err, CLASS_WIRE_BODY, 0, "", 0);
	}
	if (m->type == CLASS_MSG_STATE && class_state_check(&m->state) != CLASS_FIELD_NONE)
		return fail(err, CLASS_WIRE_BAD_VALUE, 0, "", 0);
	return CLASS_WIRE_OK;
}
