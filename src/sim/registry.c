/* registry.c — the only list of models.
 *
 * Owns: the order models are listed in (the order of the cascade), and
 * finding a model by name, with a suggestion for typos.  To add a model,
 * write its file and add one line here. */
#include <string.h>

#include "sim/sim_impl.h"

static const struct sim_model *const models[] = {
	&sim_model_detachment,
	&sim_model_intravasation,
	&sim_model_circulation,
	&sim_model_arrest,
	&sim_model_organs,
	&sim_model_colonisation,
	&sim_model_cascade,
};

#define NMODELS (sizeof models / sizeof models[0])

size_t sim_model_count(void)
{
	return NMODELS;
}

const struct sim_model *sim_model_at(size_t i)
{
	return i < NMODELS ? models[i] : NULL;
}

const struct sim_model *sim_model_find(const char *name)
{
	for (size_t i = 0; i < NMODELS; i++)
		if (strcmp(models[i]->name, name) == 0)
			return models[i];
	return NULL;
}

const char *sim_model_suggest(const char *name)
{
	const char *names[NMODELS];
	for (size_t i = 0; i < NMODELS; i++)
		names[i] = models[i]->name;
	return sim_nearest(name, names, NMODELS);
}
