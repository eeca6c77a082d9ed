/*
 * dyad/actors.h - which countries a sentence mentions: the gazetteer.
 *
 * Gazetteer files (lexicons/countries.tsv, lexicons/actors.tsv, and any
 * file with an `alias` column in --lexicons DIR) map aliases to actor
 * codes (ISO 3166-1 alpha-3, plus TWN, HKG, EUU, NATO): names, official
 * names, codes written in text, demonyms, capitals and seats of government
 * used as metonyms, institutions, and office holders valid only between
 * their `from` and `to` dates (judged by the article's date). Matching is
 * case-sensitive, dots are ignored ("U.S." == "US"), a possessive 's is
 * ignored, and an ALL-CAPS headline word matches names longer than three
 * letters. The longest alias wins, so "South Korea" is one mention of KOR.
 * Entries of kind `not` (code "-") name things that contain a country's
 * alias but are no actor ("Latin America", "New Mexico", "Indian Ocean"):
 * as the longest match they hide the shorter alias.
 *
 * Ambiguous aliases carry a context rule (column `rule`):
 *   person  Jordan, Chad: not when next to another capitalised name
 *           ("Michael Jordan", "Chad Smith").
 *   state   Georgia: not when the sentence speaks of the US state
 *           (Atlanta, governor, county, ...), unless Tbilisi is named.
 *   noun    Turkey, China, Guinea, Niger, Chile: lower case never matches;
 *           not before the words that make them food, porcelain, a pig or
 *           a river ("Guinea pig", "Niger River", "China plates").
 *   city    Washington: not the state or a person ("Washington State",
 *           "George Washington", "Washington Post").
 * With a self code (--self CODE), "we", "our", "us", "ourselves", "this
 * country", "this nation", "our government" and the like refer to it.
 *
 * Ownership: dyad_actors owns its entries; a dyad_actors_ctx holds one
 * thread's scratch keys. Strings returned are borrowed from dyad_actors.
 * Errors: DYAD_EPARSE (file:line: reason), DYAD_ENOMEM, DYAD_EINVAL.
 * Thread-safety: after loading, dyad_actors is read-only and shared; each
 * thread uses its own dyad_actors_ctx.
 *
 * Example:
 *     dyad_actors *ga = dyad_actors_new();
 *     dyad_actors_load_builtin(ga, &err);
 *     dyad_actors_ctx *cx = dyad_actors_ctx_new();
 *     dyad_actors_prepare(cx, &doc);
 *     dyad_actor_hit hits[64];
 *     size_t n = dyad_actors_find(ga, cx, &doc, 0, day, -1, hits, 64);
 *     for (size_t i = 0; i < n; i++)
 *         puts(dyad_actors_code(ga, hits[i].code));
 */
#ifndef DYAD_ACTORS_H
#define DYAD_ACTORS_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/common.h"
#include "dyad/text.h"

typedef struct dyad_actors dyad_actors;
typedef struct dyad_actors_ctx dyad_actors_ctx;

typedef struct dyad_actor_hit {
    int code;            /* index for dyad_actors_code */
    uint32_t tok, ntok;  /* tokens of the mention */
    int entry;           /* gazetteer entry, -1 for a self reference */
    int place;           /* 0, or enum dyad_actor_place; found only
                          * after dyad_actors_ctx_places(cx, 1) */
} dyad_actor_hit;

/* What place a dyad_actor_hit names (0: none, an actor). */
enum dyad_actor_place {
    DYAD_PLACE_CAPITAL = 1,    /* a capital named as a place or a
                                * destination ("talks in Vienna", "flew
                                * to Beijing") */
    DYAD_PLACE_TERRITORY = 2   /* a territory, always a place ("in
                                * Crimea", "annex Crimea") */
};

typedef struct dyad_actor_entry {
    const char *alias;
    const char *kind;    /* name, official, short, code, demonym, ... */
    const char *rule;    /* "" when none */
    const char *note;
    const char *from, *to;   /* YYYY-MM-DD, "" when open */
    const char *file;
    unsigned long line;
} dyad_actor_entry;

#define DYAD_ACTORS_MAXCODES 1024

dyad_actors *dyad_actors_new(void);
void dyad_actors_free(dyad_actors *ga);
/* The compiled-in gazetteers. */
int dyad_actors_load_builtin(dyad_actors *ga, dyad_err *err);
/* Every gazetteer *.tsv of dir (files with an `alias` column). */
int dyad_actors_load_dir(dyad_actors *ga, const char *dir, dyad_err *err);
/* One gazetteer file's bytes; name is copied. */
int dyad_actors_load_data(dyad_actors *ga, const char *name, const char *data,
                          size_t len, dyad_err *err);
/* 16 hex digits identifying the gazetteer files loaded. */
const char *dyad_actors_version(const dyad_actors *ga);

/* Per-thread scratch; NULL on allocation failure. */
dyad_actors_ctx *dyad_actors_ctx_new(void);
void dyad_actors_ctx_free(dyad_actors_ctx *cx);
/* With on, dyad_actors_find also reports a capital named as a place or a
 * destination (no government there: "talks in Vienna", "flew to
 * Beijing"), with place set; the event stage reads such a capital as the
 * host of a visit. Off by default. */
void dyad_actors_ctx_places(dyad_actors_ctx *cx, int on);
/* Readies cx for doc (its scratch sized to doc; the first
 * dyad_actors_find in doc makes the match keys of its tokens that may
 * start an alias, and remembers what a gazetteer says of them, in cx).
 * Call it before finding in a new doc. DYAD_ENOMEM. */
int dyad_actors_prepare(dyad_actors_ctx *cx, const dyad_doc *doc);
/* Mentions in sentence s of doc on day (days since 1970), in text order.
 * self: a code index for first-person references, or -1. Writes at most
 * cap hits and returns the number found (which may exceed cap). */
size_t dyad_actors_find(const dyad_actors *ga, const dyad_actors_ctx *cx,
                        const dyad_doc *doc, size_t s, int32_t day, int self,
                        dyad_actor_hit *hits, size_t cap);

/* The code string ("JPN") of a code index. */
const char *dyad_actors_code(const dyad_actors *ga, int code);
size_t dyad_actors_ncodes(const dyad_actors *ga);
/* The name of code ("Japan" for JPN; a former state's first historical
 * name where it has no other: "Soviet Union"), or NULL. Borrowed from ga. */
const char *dyad_actors_name(const dyad_actors *ga, int code);
/* Gazetteer entry i (for explanations). */
const dyad_actor_entry *dyad_actors_entry(const dyad_actors *ga, int i);
/* Code index for a code or any alias, case-insensitive ("japan", "JPN",
 * "Japanese"); -1 when unknown. */
int dyad_actors_lookup(const dyad_actors *ga, const char *name, size_t len);
/* Normalises a pair written with names or codes in any order
 * ("Japan-China", "jpn-chn") to "CHN-JPN" in out (size n). DYAD_EINVAL
 * with a message when a side is unknown or both are the same. */
int dyad_actors_pair(const dyad_actors *ga, const char *pair, char *out,
                     size_t n, dyad_err *err);

#endif
