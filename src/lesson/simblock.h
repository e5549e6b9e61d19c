/* simblock.h — the settings of a ```sim block: which model, which preset,
 * which parameter values.
 *
 * The info string is "sim MODEL [preset=NAME] [param=value ...]"; doc.c
 * keeps what follows "sim ".  Values are checked against the model's
 * ranges here, so the pager, the explorer and lint agree on what a block
 * means.  A block's preview always runs with SIMBLOCK_SEED. */
#ifndef CASCADE_SIMBLOCK_H
#define CASCADE_SIMBLOCK_H

#include <stdbool.h>
#include <stdint.h>

#include "lesson/diag.h"
#include "sim/sim.h"

#define SIMBLOCK_MAX_PARAMS SIM_MAX_PARAMS /* sim.h's one limit */
#define SIMBLOCK_SEED 1     /* the fixed seed of every preview */

struct simblock {
	const struct sim_model *model;       /* NULL when the model is unknown */
	const struct sim_preset *preset;     /* NULL if none */
	double values[SIMBLOCK_MAX_PARAMS];  /* defaults, preset, then the block's */
	bool given[SIMBLOCK_MAX_PARAMS];     /* set by preset or block, not default */
};

/* Parses info (the text after "sim ") of a block at path:line.  Problems
 * go to d (may be NULL) as errors with suggestions for typos.  Returns 0
 * when the block can be run as written, -1 otherwise. */
int simblock_parse(struct simblock *sb, const char *info, const char *path,
                   int line, struct diags *d);

/* Writes the block's settings as `cascade sim` arguments ("circulation
 * platelets=0.8"): only what differs from the defaults. */
void simblock_args(const struct simblock *sb, char *buf, size_t size);

#endif
