/* util/embedded.h - lexicon files and chart templates compiled into the
 * library (see
 * tools/embed.c). The array ends with an entry whose name is NULL. */
#ifndef DYAD_EMBEDDED_H
#define DYAD_EMBEDDED_H

#include <stddef.h>

typedef struct dyad_embedded_file {
    const char *name;
    const char *data;
    size_t len;
    size_t lines;   /* dyad_tsv_lines of the data, counted by the build */
} dyad_embedded_file;

extern const dyad_embedded_file dyad_embedded_lexicons[];
/* The gnuplot chart templates of plots/. */
extern const dyad_embedded_file dyad_embedded_plots[];

#endif
