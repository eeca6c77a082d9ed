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
/* What the tables say of a word that starts terms: its chains
 * (dyad_phrases_find_h handles) in the valence [0] and tension [1]
 * tables, DYAD_PHRASES_NONE where it starts none, and whether the chain
 * has the one-word term. */
typedef struct dyad_lex_word {
    uint32_t chain[2];
    unsigned char one[2];
    uint32_t verb;      /* its chain in the event verbs, or NONE */
    uint32_t ew;        /* the event stage's word classes (events.c) */
} dyad_lex_word;

/* The lines and bytes of the embedded lexicon files of kind (enum
 * dyad_lex_kind) that dyad_lex_load_builtin loads with flags (0: all):
 * the sizes the tables are reserved to once, before a load of them. */
void dyad_lex__builtin_size(int kind, int flags, size_t *lines,
                            size_t *bytes);

struct dyad_events;
/* The event tables' verb forms, and the event stage's function words
 * (payload: their classes), for the vocabulary (events.c). */
const dyad_phrases *dyad_events__verbs(const struct dyad_events *ev);
const dyad_phrases *dyad_events__words(const struct dyad_events *ev);

/* The vocabulary: every exact first word of a valence or tension term,
 * of an event verb form, and the event stage's function words,
 * with its index in *words as payload. Borrowed from lx, valid until the
 * next load. One lookup there replaces one a table. */
const dyad_phrases *dyad_lex__vocab(const dyad_lex *lx,
                                    const dyad_lex_word **words);
/* A number that changes whenever a load into lx begins, and that no
 * other lexicon has had: what a caller learnt from the tables stays true
 * while it is the same. */
uint64_t dyad_lex__generation(const dyad_lex *lx);
/* Entry number idx of a kind (a payload of its table). */
const dyad_lex_entry *dyad_lex__entry(const dyad_lex *lx, int kind,
                                      uint32_t idx);
/* Its value (dyad_lex__entry(lx, kind, idx)->value, from a compact
 * array). */
double dyad_lex__value(const dyad_lex *lx, int kind, uint32_t idx);

#endif
