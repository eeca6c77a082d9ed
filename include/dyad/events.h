/*
 * dyad/events.h - who did what to whom: the event stage between actors and
 * scores (text -> actors -> events -> score).
 *
 * Per sentence that names two or more countries, the scorer finds directed
 * events (source actor, CAMEO code, target actor) by verb patterns, each
 * with its code's Goldstein weight and quad class. The tables come from
 * lexicon files of two kinds, loaded with the other lexicons (dyad/lex.h):
 *
 *   codes   header `code goldstein quad label`: every CAMEO code with its
 *           Goldstein (1992) weight and quad class (lexicons/cameo.tsv).
 *   events  header `block verb pattern code`: verb forms -> block and
 *           default code; block patterns (the words that must follow the
 *           verb, in order; `&name` a synset) -> code; synset members
 *           (block `&name`). lexicons/events.tsv is PETRARCH 2's CAMEO verb
 *           dictionary, converted by lexicons/tools/gen-events.py.
 *
 * A code "---" means "no event". A code missing from the code table falls
 * back to its three-digit parent, then its root.
 *
 * How a sentence is read (no parser): clauses end at ';', ':', a relative
 * or subordinate word (which, who, while, after, because, ...), ", and"
 * and "as" before a clause (a tension term there without a subject takes
 * the clause before's);
 * the actors before a verb in its clause are its source (conjoined actors
 * all act; a clause that starts with "and" and names no actor before its
 * verb keeps the previous clause's source), the first actors after it its
 * target; actors named as place ("in Paris"), mediator ("brokered by") or
 * topic ("over the war in Ukraine") take no part, except as the host of
 * a visit ("arrived in Moscow", "tours of Britain by Saudi monarchs":
 * CAMEO 042 from the visitor; a capital named as a place, see
 * dyad_actor_hit.place, takes part only so or in a relational phrase).
 * A verb without a pattern whose target would be the sentence's other
 * country named nowhere after it makes no event (a link). A passive verb ("was
 * attacked by X") swaps them. Conjoined sources without a target act on
 * each other (mutual). Rules that change an event: negated ("did not
 * attack": weight x -0.5, counted neither as conflict nor cooperation),
 * reversed ("lift sanctions", "end hostilities": the matching CAMEO 08x
 * de-escalation code), threat ("threatens to attack", "warned it would
 * impose sanctions": the matching CAMEO 13x code), sympathy (condemning an
 * attack on or in the other country: CAMEO 018, empathetic comment), and
 * demand (an appeal, wish or consultation whose object presses, "called
 * on Y to cut its deficit or face tariffs": CAMEO 100; no rule bit, the
 * code shows it). A country word before a firm, bank, market, currency
 * or commodity ("a Japanese firm", "U.S. Dlrs") names no state actor and
 * takes no part. Links without an event: relational phrases, tension
 * hits that place a pair, and a cue (an event, a tension term or a
 * relational word) that relates two freely named state actors outside a
 * list of three or more.
 *
 * Thread-safety: the tables are read-only once loaded.
 */
#ifndef DYAD_EVENTS_H
#define DYAD_EVENTS_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/common.h"

typedef struct dyad_events dyad_events;

/* Rules that made or changed an event (bits of dyad_event.rules). */
enum {
    DYAD_EV_NEGATED = 1,
    DYAD_EV_REVERSED = 2,
    DYAD_EV_PASSIVE = 4,
    DYAD_EV_THREAT = 8,
    DYAD_EV_SYMPATHY = 16,
    DYAD_EV_MUTUAL = 32,     /* conjoined actors acting on each other */
    DYAD_EV_OTHER = 64       /* the target is the sentence's other country
                                (two countries, none placed after the verb) */
};

typedef struct dyad_event {
    int src, tgt;             /* actor code indices */
    char code[5];             /* CAMEO code ("163"); "" for a tension hit */
    double weight;            /* Goldstein weight after the rules */
    int quad;                 /* enum dyad_quad (dyad/lex.h) */
    int mode;                 /* enum dyad_mode: threat, act or none */
    unsigned rules;           /* DYAD_EV_* */
    uint32_t sent, tok, ntok; /* sentence; tokens of the verb phrase */
    const char *label;        /* the code's label (or the tension term) */
} dyad_event;

/* One code of the table. */
typedef struct dyad_event_code {
    char code[5];
    double goldstein;
    int quad;
    const char *label;
} dyad_event_code;

dyad_events *dyad_events_new(void);
void dyad_events_free(dyad_events *ev);
/* Reads the rows of one codes or events file (kind DYAD_LEX_CODES or
 * DYAD_LEX_EVENTS of dyad/lex.h; data is the whole file, name is used in
 * messages and must outlive ev). DYAD_EPARSE (file:line: reason),
 * DYAD_ENOMEM. A verb form or pattern given again replaces the earlier. */
int dyad_events_load(dyad_events *ev, int kind, const char *name,
                     const char *data, size_t len, dyad_err *err);
/* The code c (2 to 4 digits), or its parent, or its root; NULL when none
 * of them is in the table. */
const dyad_event_code *dyad_events_code(const dyad_events *ev, const char *c);
/* Counts of the tables: verb forms, patterns, codes. */
size_t dyad_events_count(const dyad_events *ev, size_t *patterns,
                         size_t *codes);
/* The verb form a lower-case key starts: its block name and default code
 * ("---": none); 0 when the key is no verb form. */
int dyad_events_verb(const dyad_events *ev, const char *key, size_t len,
                     const char **block, const char **code);
/* Name of one rule bit ("negated", ...). */
const char *dyad_events_rule_name(unsigned bit);

#endif
