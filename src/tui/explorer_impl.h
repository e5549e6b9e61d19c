/* explorer_impl.h — private to the explorer: its state, shared by the
 * keys and runs (explorer.c) and the screen it paints (explorer_paint.c). */
#ifndef CASCADE_EXPLORER_IMPL_H
#define CASCADE_EXPLORER_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lesson/simblock.h"
#include "sim/sim.h"

struct app;

/* The smallest terminal the explorer draws in; smaller ones are told so. */
#define EXPLORER_MIN_COLS 40
#define EXPLORER_MIN_ROWS 12

struct explorer {
	const struct sim_model *model;
	double block_values[SIMBLOCK_MAX_PARAMS]; /* as the lesson set them */
	double values[SIMBLOCK_MAX_PARAMS];       /* as the student set them */
	uint64_t seed;
	struct sim_result run, pinned;
	bool has_run, has_pinned;
	size_t sel;          /* selected parameter */
	size_t shown;        /* points of the run drawn: step and play grow it */
	uint32_t runs;       /* runs since opened, so a class can follow them */
	bool playing;
	bool veiled;         /* predict, then run: a walkthrough stop without
	                        "run" hides the outcome (series, summary) until
	                        r; the class is shown the same (run count 0) */
	bool all_params;     /* every parameter listed, not only the selected */
	char pending_file[96]; /* export waiting for "overwrite?" */
	bool confirming;     /* the next key answers "overwrite? (y/n)" */
	bool picking;        /* the presets list is open */
	size_t pick;         /* the preset selected in it */
	char prompt_label[64]; /* "platelets = " while a value is typed */
};

/* The number of points a run can be stepped through. */
size_t explorer_points(const struct sim_result *r);
/* "cascade sim circulation platelets=0.8 --seed 1": what reproduces the
 * values and seed shown. */
void explorer_command(const struct explorer *e, char *buf, size_t size);
/* The number of the model's presets. */
size_t explorer_npresets(const struct explorer *e);
/* Paints the whole explorer screen (explorer_paint.c). */
void explorer_paint(struct app *app, struct explorer *e);

#endif
