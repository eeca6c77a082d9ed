/* actors_int.h - what the scorer learns of the gazetteer once per token
 * key, so that the gazetteer passes over most tokens without a look at
 * its tables (see dyad_actors__may_start_h). */
#ifndef DYAD_ACTORS_INT_H
#define DYAD_ACTORS_INT_H

#include <stdint.h>

#include "dyad/actors.h"

/* May a token of DYAD_TOK_PLAIN whose base key (its text in ASCII lower
 * case, less a possessive) has dyad_phrases_hash h start an alias of ga,
 * in the exact or the upper table? 0 only when it cannot: the answer is
 * the same for every case of the key's letters, so a caller may remember
 * it by key. */
int dyad_actors__may_start_h(const dyad_actors *ga, uint64_t h);
/* A number that changes whenever ga loads more aliases: what a caller
 * remembered of dyad_actors__may_start_h holds while it stays. */
uint64_t dyad_actors__stamp(const dyad_actors *ga);
/* The tokens, in order, of the doc cx was prepared for that dyad_actors_find
 * is to look at (n of them): those that are not DYAD_TOK_PLAIN and those
 * of which dyad_actors__may_start_h said yes; it passes over the others.
 * NULL (the default): every token is looked at. Borrowed: valid until the
 * next dyad_actors_prepare, which forgets it. */
void dyad_actors__ctx_starts(dyad_actors_ctx *cx, const uint32_t *cand,
                             size_t n);
/* strcmp of the strings of actor codes a and b (dyad_actors_code), <0,
 * 0 or >0: codes are 2 to 8 capitals, compared as integers. */
int dyad_actors__code_cmp(const dyad_actors *ga, int a, int b);

#endif
