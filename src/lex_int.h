/* lex_int.h - the term tables behind a lexicon set, for the scorer: it
 * hashes each token once (dyad_phrases_hash) and looks it up in the
 * tables itself, one call a lookup instead of two. The results are those
 * of dyad_lex_match and dyad_lex_valence. */
#ifndef DYAD_LEX_INT_H
#define DYAD_LEX_INT_H

#include <stdint.h>

#include "dyad/lex.h"
#include "phrase.h"

/* The table of a kind: payloads are entry numbers for dyad_lex__entry.
 * Borrowed from lx; the same pointer for lx's whole life (loading more
 * files adds to it). */
const dyad_phrases *dyad_lex__phrases(const dyad_lex *lx, int kind);
/* Entry number idx of a kind (a payload of its table). */
const dyad_lex_entry *dyad_lex__entry(const dyad_lex *lx, int kind,
                                      uint32_t idx);

#endif
