/* export.h — a run's series as CSV, the same bytes whether `cascade sim
 * --format csv` prints them or the explorer writes them to a file; and a
 * class's vote as CSV for the instructor's records. */
#ifndef CASCADE_EXPORT_H
#define CASCADE_EXPORT_H

#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "sim/sim.h"
#include "view/chart.h"

/* Writes a comment line with the command that makes the run again
 * ("# cascade sim circulation platelets=0.8 --seed 1"), a header line and
 * one row per point (or sample); 0, or -1 when the stream reports an
 * error. */
int export_csv(FILE *out, const struct sim_result *r);
/* "cascade-circulation-seed1-3fa2c1.csv": the model, the seed and a short
 * hash of the values, so runs with different values get different files. */
void export_file_name(char *buf, size_t size, const struct sim_result *r);

/* A vote and where it was put.  class_name and page are ids (no commas). */
struct vote_record {
	const char *class_name;
	const char *page;
	unsigned quiz;               /* its number in the page, from 1 */
	uint32_t round;
	time_t when;
	const struct chart_vote *vote;
};
/* The header line (when header), then one row per option:
 * time,class,page,quiz,round,question,option,text,right,count,answered,following
 * (right is yes/no once revealed, empty before).  0, or -1 when the
 * stream reports an error. */
int export_vote_csv(FILE *out, const struct vote_record *r, bool header);

#endif
