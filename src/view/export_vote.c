/* export_vote.c — a class's vote as CSV for the instructor's records (see
 * export.h): one row per option with the question, the option's words,
 * whether it is the right one and its count.  Counts only, as the vote
 * itself keeps them.  Text fields are quoted as RFC 4180 says. */
#include <stdio.h>
#include <string.h>

#include "view/export.h"

#define VOTE_CSV_HEADER "time,class,page,quiz,round,question,option,text,right,count," \
	"answered,following\n"

/* A field in double quotes, with each double quote doubled. */
static void quoted(FILE *out, const char *s)
{
	putc('"', out);
	for (; s && *s; s++) {
		if (*s == '"')
			putc('"', out);
		putc(*s == '\n' || *s == '\r' ? ' ' : *s, out);
	}
	putc('"', out);
}

int export_vote_csv(FILE *out, const struct vote_record *r, bool header)
{
	const struct chart_vote *v = r->vote;
	char when[32];
	struct tm tm;

	if (!gmtime_r(&r->when, &tm) || !strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm))
		snprintf(when, sizeof when, "%lld", (long long)r->when);
	if (header)
		fputs(VOTE_CSV_HEADER, out);
	for (size_t i = 0; i < v->noptions; i++) {
		fprintf(out, "%s,%s,%s,%u,%lu,", when, r->class_name, r->page, r->quiz,
		        (unsigned long)r->round);
		quoted(out, v->question);
		fprintf(out, ",%c,", (char)('A' + i));
		quoted(out, v->options[i]);
		fprintf(out, ",%s,%lu,%lu,%zu\n", v->revealed && (size_t)v->right == i ? "yes"
		        : v->revealed ? "no" : "", (unsigned long)(v->counts ? v->counts[i] : 0),
		        (unsigned long)v->answered, v->following);
	}
	return ferror(out) ? -1 : 0;
}
