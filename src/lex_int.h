/* lex_int.h - lexicon lookups for callers that have already hashed the
 * key with dyad_phrases_hash (the scorer hashes each token once and looks
 * it up in several tables). Same results as dyad_lex_match and
 * dyad_lex_valence. */
#ifndef DYAD_LEX_INT_H
#define DYAD_LEX_INT_H

#include <stdint.h>

#include "dyad/lex.h"

/* dyad_lex_match where h = dyad_phrases_hash(keys[0]). */
size_t dyad_lex__match_h(const dyad_lex *lx, int kind, const dyad_span *keys,
                         size_t n, uint64_t h, const dyad_lex_entry **out);
/* dyad_lex_valence where h = dyad_phrases_hash(key, len). */
const dyad_lex_entry *dyad_lex__valence_h(const dyad_lex *lx,
                                          const char *key, size_t len,
                                          uint64_t h);

#endif
