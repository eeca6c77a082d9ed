/*
 * score_out.c - the JSON line of `dyad score` and the explanation of
 * `dyad explain` (text and JSON).
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "score_int.h"
#include "util/buf.h"

#define DEC 4   /* decimals of every score written */

/* Text of tokens [t, t+n) of the doc, from the first's start to the last's
 * end. */
static dyad_span tok_text(const dyad_doc *d, uint32_t t, uint32_t n)
{
    dyad_span s;
    s.ptr = d->text + d->tok[t].off;
    s.len = d->tok[t + n - 1].off + d->tok[t + n - 1].len - d->tok[t].off;
    return s;
}

/* A sentence as one line: runs of white space become one space. */
static int put_sentence(dyad_buf *b, const dyad_doc *d, size_t s)
{
    /* one pass into b: a copy with the white space squeezed, then
     * escaped, called dyad_buf_putc per byte and cost 9% of `dyad score`
     * on Reuters-21578 (callgrind, 2,000 articles) */
    const dyad_sentence *st = &d->sent[s];
    return dyad_buf_json_words(b, d->text + st->off, st->len);
}

/* Pieces of a line built on the stack and appended at once: through one
 * dyad_buf call per key and number a pair's fields cost 1,850
 * instructions (callgrind, 10,000 generated articles; printf before that
 * was 16% of `dyad score`). Now written where they go in the line
 * (dyad_buf__room, util/buf.h), the numbers by the inline formatter,
 * whose divisions by 10^DEC are multiplications: the score line
 * (dyad_score_json) went from 49.9M to 29.4M instructions on all of
 * Reuters-21578, where each piece was a call that checked the room, and
 * each string literal a strlen. */

/* ,"key":value with the key a string literal */
#define KEY_NUM(o, key, v) (o = DYAD_LIT(o, ",\"" key "\":"), \
                            o += dyad_num__fmt(o, v, DEC))
#define KEY_UINT(o, key, v) (o = DYAD_LIT(o, ",\"" key "\":"), \
                             o += dyad_uint__fmt(o, v))

static int put_key_num(dyad_buf *b, const char *key, double v)
{
    size_t n = strlen(key);
    if (n > 60)
        return DYAD_EINVAL;
    char *o = dyad_buf__room(b, DYAD_NUM_MAX + 64);
    if (!o)
        return DYAD_ENOMEM;
    *o++ = ',';
    *o++ = '"';
    o = dyad_buf__lit(o, key, n);
    *o++ = '"';
    *o++ = ':';
    o += dyad_num__fmt(o, v, DEC);
    dyad_buf__done(b, o);
    return DYAD_OK;
}

/* Room for put_pair_fields and the '[' or the evidence after them. */
#define PAIR_FIELDS_MAX (2 * DYAD_NUM_MAX + 7 * DYAD_UINT_MAX + 200)

/* {"pair":"A-B","sentences":N,"tone":T,"goldstein":G,"conflict":C,
 * "cooperation":K,"threats":H,"acts":A,"events":E,"comentions":M,
 * "evidence": at o (PAIR_FIELDS_MAX bytes), the end -- shared by the line
 * of a scored article and the one rewritten from a stored score. */
static char *put_pair_fields(char *o, const char *pair, unsigned sentences,
                             double tone, double goldstein, unsigned conflict,
                             unsigned cooperation, unsigned threats,
                             unsigned acts, unsigned events,
                             unsigned comentions)
{
    size_t n = strnlen(pair, 20);   /* dyad_pair_score.pair is char[20] */
    o = DYAD_LIT(o, "{\"pair\":\"");
    o = dyad_buf__lit(o, pair, n);
    *o++ = '"';
    KEY_UINT(o, "sentences", sentences);
    KEY_NUM(o, "tone", tone);
    KEY_NUM(o, "goldstein", goldstein);
    KEY_UINT(o, "conflict", conflict);
    KEY_UINT(o, "cooperation", cooperation);
    KEY_UINT(o, "threats", threats);
    KEY_UINT(o, "acts", acts);
    KEY_UINT(o, "events", events);
    KEY_UINT(o, "comentions", comentions);
    return DYAD_LIT(o, ",\"evidence\":");
}

static const pair_acc *find_acc(const dyad_score_ctx *cx,
                                const dyad_pair_score *p)
{
    return dyad_score__pair_find(cx, p->a, p->b);
}

/* A ',' unless first, and the JSON string of t, at the end of b. */
static int put_word(dyad_buf *b, dyad_span t, int first)
{
    if (t.len > (SIZE_MAX - 3) / 6)
        return DYAD_ENOMEM;
    char *o = dyad_buf__room(b, 6 * t.len + 3);
    if (!o)
        return DYAD_ENOMEM;
    if (!first)
        *o++ = ',';
    dyad_buf__done(b, dyad_buf__json_at(o, t.ptr, t.len, 0));
    return DYAD_OK;
}

/* The words behind a sentence's score: tension hits, then valence words;
 * the '[' is written by the caller. */
static int put_hits(dyad_buf *b, const dyad_score_ctx *cx, uint32_t s)
{
    const dyad_doc *d = &cx->doc;
    const sent_info *si = &cx->si[s];
    int rc = DYAD_OK;
    int first = 1;
    for (uint32_t h = si->hit0; h < si->hit0 + si->nhits && !rc; h++) {
        rc = put_word(b, tok_text(d, cx->hits[h].tok, cx->hits[h].ntok),
                      first);
        first = 0;
    }
    for (uint32_t i = si->vt0; i < si->vt1 && !rc; i++) {
        const vtrace *v = &cx->vt[i];
        if (v->val == 0 || !v->width)
            continue;   /* no valence word: most tokens */
        int covered = 0;
        for (uint32_t h = si->hit0; h < si->hit0 + si->nhits; h++)
            covered |= i >= cx->hits[h].tok &&
                       i < cx->hits[h].tok + cx->hits[h].ntok;
        if (covered)
            continue;   /* already named by the tension hit */
        rc = put_word(b, tok_text(d, i, v->width), first);
        first = 0;
    }
    return rc ? rc : DYAD_BUF_LIT(b, "]");
}

/* w as printf's "%.1f" writes it, at o; returns the bytes written, 0 when
 * it is left to printf. With a long double of 57 bits or more, w * 10 is
 * exact there, so rounding it to an integer (to nearest, ties to even, as
 * printf does in the default rounding mode) gives printf's digits. */
static size_t fmt_1f(char *o, double w)
{
#if LDBL_MANT_DIG >= 57
    if (!(fabs(w) < 1e15))
        return 0;   /* NaN, infinities, and digits past 2^53 */
    unsigned long long q =
        (unsigned long long)rintl((long double)fabs(w) * 10);
    char d[24];
    size_t n = 0;
    d[n++] = (char)('0' + q % 10);
    d[n++] = '.';
    q /= 10;
    do
        d[n++] = (char)('0' + q % 10);
    while (q /= 10);
    char *p = o;
    if (signbit(w))
        *p++ = '-';
    while (n)
        *p++ = d[--n];
    return (size_t)(p - o);
#else
    (void)o;
    (void)w;
    return 0;
#endif
}

/* "SRC>TGT CODE verb phrase WEIGHT" of event e (code "-" for a hit). */
static int put_event_str(dyad_buf *b, const dyad_score_ctx *cx,
                         const dyad_event *e)
{
    dyad_span t = tok_text(&cx->doc, e->tok, e->ntok);
    /* put together on the stack, not by printf into a buffer of its own
     * (-0.76M of 202.9M instructions on 2,000 Reuters-21578 articles, 316
     * events: 2,400 an event); the same bytes escaped as before */
    const char *src = dyad_actors_code(cx->sc->ga, e->src);
    const char *tgt = dyad_actors_code(cx->sc->ga, e->tgt);
    const char *code = e->code[0] ? e->code : "-";
    size_t ls = strlen(src), lt = strlen(tgt), lc = strlen(code);
    size_t lp = strnlen(t.ptr, t.len);   /* "%.*s" stops at a NUL */
    char line[256];
    if (ls + lt + lc + lp + 32 <= sizeof line) {
        char *o = line;
        o = dyad_buf__lit(o, src, ls);
        *o++ = '>';
        o = dyad_buf__lit(o, tgt, lt);
        *o++ = ' ';
        o = dyad_buf__lit(o, code, lc);
        *o++ = ' ';
        o = dyad_buf__lit(o, t.ptr, lp);
        *o++ = ' ';
        size_t n = fmt_1f(o, e->weight);
        if (n)
            return dyad_buf_json_str(b, line, (size_t)(o + n - line));
    }
    dyad_buf tmp = {0};
    int rc = dyad_buf_printf(&tmp, "%s>%s %s %.*s %.1f",
                             dyad_actors_code(cx->sc->ga, e->src),
                             dyad_actors_code(cx->sc->ga, e->tgt),
                             e->code[0] ? e->code : "-", (int)t.len, t.ptr,
                             e->weight);
    if (!rc)
        rc = dyad_buf_json_str(b, tmp.data, tmp.len);
    dyad_buf_free(&tmp);
    return rc;
}

/* ,"events":[...] of sentence s for the pair p (nothing without one). */
static int put_pair_events(dyad_buf *b, const dyad_score_ctx *cx,
                           const dyad_pair_score *p, uint32_t s)
{
    const sent_info *si = &cx->si[s];
    int rc = DYAD_OK, first = 1;
    for (uint32_t k = si->ev0; k < si->ev0 + si->nev && !rc; k++) {
        const dyad_event *e = &cx->ev[k];
        if (!same_pair(e->src, e->tgt, p->a, p->b))
            continue;
        rc = dyad_buf_puts(b, first ? ",\"events\":[" : ",");
        first = 0;
        rc = rc ? rc : put_event_str(b, cx, e);
    }
    return rc || first ? rc : dyad_buf_putc(b, ']');
}

/* Where an evidence sentence was written in this line's buffer: an
 * article of many pairs quotes one sentence for several of them, and
 * escaping it again each time was 5% of `dyad score` on Reuters-21578
 * (callgrind, 2,000 articles). Direct-mapped by sentence index. */
#define QUOTED 64
typedef struct {
    uint32_t s[QUOTED];   /* sentence + 1; 0: empty */
    size_t off[QUOTED], len[QUOTED];
} quoted;

/* put_sentence, or a copy of the JSON string written for s before. */
static int put_quoted(dyad_buf *b, const dyad_doc *d, size_t s, quoted *q)
{
    size_t k = s % QUOTED;
    if (q->s[k] == s + 1) {
        size_t off = q->off[k], len = q->len[k];
        char *o = dyad_buf__room(b, len);
        if (!o)
            return DYAD_ENOMEM;
        memcpy(o, b->data + off, len);   /* after the room is made */
        dyad_buf__done(b, o + len);
        return DYAD_OK;
    }
    size_t off = b->len;
    int rc = put_sentence(b, d, s);
    if (rc == DYAD_OK) {
        q->s[k] = (uint32_t)s + 1;
        q->off[k] = off;
        q->len[k] = b->len - off;
    }
    return rc;
}

static int put_pair(dyad_buf *b, const dyad_score_ctx *cx,
                    const dyad_pair_score *p, quoted *q)
{
    char *o = dyad_buf__room(b, PAIR_FIELDS_MAX + 1);
    if (!o)
        return DYAD_ENOMEM;
    o = put_pair_fields(o, p->pair, p->sentences, p->tone, p->goldstein,
                        p->conflict, p->cooperation, p->threats, p->acts,
                        p->events, p->comentions);
    *o++ = '[';
    dyad_buf__done(b, o);
    int rc = DYAD_OK;
    const pair_acc *acc = find_acc(cx, p);
    for (size_t i = 0; acc && i < acc->nev && !rc; i++) {
        uint32_t s = acc->ev[i];
        rc = i ? DYAD_BUF_LIT(b, ",{\"sentence\":")
               : DYAD_BUF_LIT(b, "{\"sentence\":");
        if (!rc)
            rc = put_quoted(b, &cx->doc, s, q);
        if (!rc) {
            o = dyad_buf__room(b, DYAD_NUM_MAX + 32);
            if (!o)
                return DYAD_ENOMEM;
            KEY_NUM(o, "tone", cx->si[s].compound);
            o = DYAD_LIT(o, ",\"hits\":[");
            dyad_buf__done(b, o);
        }
        if (!rc)
            rc = put_hits(b, cx, s);
        if (!rc)
            rc = put_pair_events(b, cx, p, s);
        if (!rc)
            rc = DYAD_BUF_LIT(b, "}");
    }
    return rc ? rc : DYAD_BUF_LIT(b, "]}");
}

/* The article fields shared by the score line and the JSON explanation. */
static int put_head(dyad_buf *b, const dyad_article_score *r)
{
    size_t il = strlen(r->id);
    if (il > SIZE_MAX / 8)
        return DYAD_ENOMEM;
    char *o = dyad_buf__room(b, 6 * il + 2 + 5 * DYAD_NUM_MAX +
                                    DYAD_UINT_MAX + 160);
    if (!o)
        return DYAD_ENOMEM;
    o = DYAD_LIT(o, "{\"id\":");
    o = dyad_buf__json_at(o, r->id, il, 0);
    o = DYAD_LIT(o, ",\"date\":\"");
    o = dyad_buf__lit(o, r->date, strnlen(r->date, sizeof r->date));
    *o++ = '"';
    KEY_UINT(o, "words", r->words);
    KEY_NUM(o, "sentiment", r->sentiment);
    KEY_NUM(o, "tone", r->tone);
    KEY_NUM(o, "positive", r->positive);
    KEY_NUM(o, "negative", r->negative);
    KEY_NUM(o, "polarity", r->polarity);
    dyad_buf__done(b, o);
    return DYAD_OK;
}

/* ,"pairs":[...],"lexicon":"..." */
static int put_pairs(dyad_buf *b, const dyad_score_ctx *cx)
{
    const dyad_article_score *r = &cx->res;
    quoted q;
    int rc = DYAD_BUF_LIT(b, ",\"pairs\":[");
    if (r->npairs)   /* most articles have none */
        memset(q.s, 0, sizeof q.s);
    for (size_t i = 0; i < r->npairs && !rc; i++) {
        if (i)
            rc = DYAD_BUF_LIT(b, ",");
        if (!rc)
            rc = put_pair(b, cx, &r->pairs[i], &q);
    }
    size_t ll = strlen(r->lexicon);
    char *o = rc ? NULL : dyad_buf__room(b, ll + 16);
    if (!o)
        return rc ? rc : DYAD_ENOMEM;
    o = DYAD_LIT(o, "],\"lexicon\":\"");
    o = dyad_buf__lit(o, r->lexicon, ll);
    *o++ = '"';
    dyad_buf__done(b, o);
    return DYAD_OK;
}

int dyad_score_json_scored(const dyad_article *a, dyad_buf *out)
{
    const dyad_scored *sc = a->scored;
    dyad_article_score r = {0};
    r.id = a->id;
    memcpy(r.date, a->date_iso, sizeof r.date);
    r.words = sc->words;
    r.sentiment = sc->sentiment;
    r.tone = sc->tone;
    r.positive = sc->positive;
    r.negative = sc->negative;
    r.polarity = sc->polarity;
    int rc = put_head(out, &r);
    rc = rc ? rc : dyad_buf_puts(out, ",\"pairs\":[");
    for (size_t i = 0; i < sc->npairs && !rc; i++) {
        const dyad_scored_pair *p = &sc->pairs[i];
        rc = i ? dyad_buf_putc(out, ',') : DYAD_OK;
        char *o = rc ? NULL : dyad_buf__room(out, PAIR_FIELDS_MAX);
        if (!o)
            return rc ? rc : DYAD_ENOMEM;
        dyad_buf__done(out, put_pair_fields(o, p->pair, p->sentences,
                                            p->tone, p->goldstein,
                                            p->conflict, p->cooperation,
                                            p->threats, p->acts, p->events,
                                            p->comentions));
        rc = dyad_buf_puts(out, p->evidence);
        rc = rc ? rc : dyad_buf_putc(out, '}');
    }
    rc = rc ? rc : dyad_buf_puts(out, "],\"lexicon\":");
    rc = rc ? rc : dyad_buf_json_str(out, sc->lexicon, strlen(sc->lexicon));
    return rc ? rc : dyad_buf_puts(out, "}\n");
}

int dyad_score_json(const dyad_score_ctx *cx, dyad_buf *out)
{
    int rc = put_head(out, &cx->res);
    if (!rc)
        rc = put_pairs(out, cx);
    return rc ? rc : DYAD_BUF_LIT(out, "}\n");
}

static const struct {
    unsigned bit;
    const char *name;
} rule_names[] = {
    {VR_NEGATED, "negated"},     {VR_BOOSTED, "boosted"},
    {VR_CAPS, "caps"},           {VR_BUT_BEFORE, "before-but"},
    {VR_BUT_AFTER, "after-but"}, {VR_LEAST, "least"},
    {VR_NEVER_SO, "so/never-so"}, {VR_IDIOM, "multi-word"}};

static int put_rules_text(dyad_buf *b, const vtrace *v)
{
    int rc = 0;
    for (size_t i = 0; i < sizeof rule_names / sizeof rule_names[0]; i++)
        if (v->rules & rule_names[i].bit)
            rc = rc ? rc : dyad_buf_printf(b, " %s", rule_names[i].name);
    return rc;
}

static int put_rules_json(dyad_buf *b, const vtrace *v)
{
    int rc = dyad_buf_putc(b, '['), first = 1;
    for (size_t i = 0; i < sizeof rule_names / sizeof rule_names[0]; i++)
        if (v->rules & rule_names[i].bit) {
            rc = rc ? rc
                    : dyad_buf_printf(b, "%s\"%s\"", first ? "" : ",",
                                      rule_names[i].name);
            first = 0;
        }
    return rc ? rc : dyad_buf_putc(b, ']');
}

/* How an actor was found: the gazetteer entry's alias, kind, rule, note
 * and dates, or the --self option. */
typedef struct {
    const char *alias, *kind, *rule, *note, *from, *to;
} actor_why;

static actor_why actor_how(const dyad_score_ctx *cx, const dyad_actor_hit *h)
{
    if (h->entry == DYAD_ACTOR_KOREAS)
        return (actor_why){"the two Koreas", "pair", "", "", "", ""};
    const dyad_actor_entry *e = dyad_actors_entry(cx->sc->ga, h->entry);
    if (!e)
        return (actor_why){"--self", "self", "", "", "", ""};
    return (actor_why){e->alias, e->kind, e->rule, e->note, e->from, e->to};
}

static int put_event_rules(dyad_buf *b, unsigned rules, int json)
{
    int rc = json ? dyad_buf_putc(b, '[') : DYAD_OK, first = 1;
    for (unsigned bit = 1; bit <= DYAD_EV_OTHER && !rc; bit <<= 1) {
        if (!(rules & bit))
            continue;
        rc = json ? dyad_buf_printf(b, "%s\"%s\"", first ? "" : ",",
                                    dyad_events_rule_name(bit))
                  : dyad_buf_printf(b, " %s", dyad_events_rule_name(bit));
        first = 0;
    }
    return rc || !json ? rc : dyad_buf_putc(b, ']');
}

static int put_event_text(dyad_buf *b, const dyad_score_ctx *cx,
                          const dyad_event *e)
{
    const dyad_actors *ga = cx->sc->ga;
    dyad_span t = tok_text(&cx->doc, e->tok, e->ntok);
    int rc = dyad_buf_printf(b, "    event   %s>%s \"%.*s\" %s (%s) %+.1f %s",
                             dyad_actors_code(ga, e->src),
                             dyad_actors_code(ga, e->tgt), (int)t.len, t.ptr,
                             e->code, e->label, e->weight,
                             dyad_quad_name(e->quad));
    rc = rc ? rc : put_event_rules(b, e->rules, 0);
    return rc ? rc : dyad_buf_putc(b, '\n');
}

static int put_link_text(dyad_buf *b, const dyad_score_ctx *cx,
                         const ev_link *l)
{
    const dyad_actors *ga = cx->sc->ga;
    if (l->kind == LINK_HIT) {
        const thit *h = &cx->hits[l->idx];
        dyad_span t = tok_text(&cx->doc, h->tok, h->ntok);
        return dyad_buf_printf(b, "    link    %s>%s tension \"%.*s\"\n",
                               dyad_actors_code(ga, l->a),
                               dyad_actors_code(ga, l->b), (int)t.len, t.ptr);
    }
    return dyad_buf_printf(b, "    link    %s-%s %s\n",
                           dyad_actors_code(ga, l->a),
                           dyad_actors_code(ga, l->b),
                           l->kind == LINK_CUE ? "two countries and a cue"
                                               : "relational phrase");
}

static int explain_text(const dyad_score_ctx *cx, dyad_buf *b)
{
    const dyad_article_score *r = &cx->res;
    const dyad_doc *d = &cx->doc;
    const dyad_actors *ga = cx->sc->ga;
    int rc = dyad_buf_printf(b, "article %s  date %s  words %zu  sentences "
                                "%zu  lexicon %s\n",
                             r->id, r->date, r->words, r->sentences,
                             r->lexicon);
    rc = rc ? rc
            : dyad_buf_printf(b, "sentiment %+.4f  tone %+.4f  positive %.4f"
                                 "  negative %.4f  polarity %.4f\n",
                              r->sentiment, r->tone, r->positive, r->negative,
                              r->polarity);
    for (size_t s = 0; s < d->nsent && !rc; s++) {
        const sent_info *si = &cx->si[s];
        const dyad_sentence *st = &d->sent[s];
        rc = dyad_buf_printf(b, "\n[%zu] %.*s\n", s + 1, (int)st->len,
                             d->text + st->off);
        for (uint32_t a = si->act0; a < si->act0 + si->nact && !rc; a++) {
            const dyad_actor_hit *h = &cx->act[a];
            actor_why y = actor_how(cx, h);
            dyad_span t = tok_text(d, h->tok, h->ntok);
            rc = dyad_buf_printf(b, "    actor   %-5s \"%.*s\" <- %s (%s",
                                 dyad_actors_code(ga, h->code), (int)t.len,
                                 t.ptr, y.alias, y.kind);
            if (!rc && *y.rule)
                rc = dyad_buf_printf(b, ", rule %s", y.rule);
            if (!rc && (*y.from || *y.to))
                rc = dyad_buf_printf(b, ", %s..%s", y.from, y.to);
            if (!rc && *y.note)
                rc = dyad_buf_printf(b, "; %s", y.note);
            if (!rc)
                rc = dyad_buf_puts(b, ")\n");
        }
        /* the terms' tokens (valence writes no other vtrace) */
        for (uint32_t i = si->vt0; i < si->vt1 && !rc; i++) {
            const vtrace *v = &cx->vt[i];
            if (!v->width)
                continue;
            dyad_span t = tok_text(d, i, v->width);
            rc = dyad_buf_printf(b, "    valence \"%.*s\" %+.3f -> %+.4f",
                                 (int)t.len, t.ptr, v->raw, v->val);
            if (!rc && v->boost != 0)
                rc = dyad_buf_printf(b, " (booster %+.3f)", v->boost);
            if (!rc)
                rc = put_rules_text(b, v);
            if (!rc)
                rc = dyad_buf_putc(b, '\n');
        }
        for (uint32_t h = si->hit0; h < si->hit0 + si->nhits && !rc; h++) {
            const thit *t = &cx->hits[h];
            dyad_span tx = tok_text(d, t->tok, t->ntok);
            rc = dyad_buf_printf(b, "    tension \"%.*s\" [%s] %+.1f -> %+.2f "
                                    "%s %s%s\n",
                                 (int)tx.len, tx.ptr, t->entry->term,
                                 t->entry->value, t->weight,
                                 dyad_quad_name(t->entry->quad),
                                 dyad_mode_name(t->entry->mode),
                                 t->negated ? " negated" : "");
        }
        for (uint32_t k = si->ev0; k < si->ev0 + si->nev && !rc; k++)
            rc = put_event_text(b, cx, &cx->ev[k]);
        for (uint32_t k = si->ln0; k < si->ln0 + si->nln && !rc; k++)
            rc = put_link_text(b, cx, &cx->ln[k]);
        if (!rc)
            rc = dyad_buf_printf(b, "    compound %+.4f (sum %+.4f, emphasis "
                                    "%+.3f)\n",
                                 si->compound, si->sum, si->emph);
    }
    rc = rc ? rc : dyad_buf_puts(b, "\npairs\n");
    for (size_t i = 0; i < r->npairs && !rc; i++) {
        const dyad_pair_score *p = &r->pairs[i];
        rc = dyad_buf_printf(b, "  %-9s sentences %u  tone %+.4f  goldstein "
                                "%+.2f  conflict %u  cooperation %u  threats "
                                "%u  acts %u  events %u  comentions %u\n",
                             p->pair, p->sentences, p->tone, p->goldstein,
                             p->conflict, p->cooperation, p->threats, p->acts,
                             p->events, p->comentions);
    }
    if (!rc && r->npairs == 0)
        rc = dyad_buf_puts(b, "  (no sentence names two actors)\n");
    return rc;
}

static int explain_json(const dyad_score_ctx *cx, dyad_buf *b)
{
    const dyad_doc *d = &cx->doc;
    const dyad_actors *ga = cx->sc->ga;
    int rc = put_head(b, &cx->res);
    rc = rc ? rc : dyad_buf_puts(b, ",\"sentences\":[");
    for (size_t s = 0; s < d->nsent && !rc; s++) {
        const sent_info *si = &cx->si[s];
        const dyad_sentence *st = &d->sent[s];
        rc = dyad_buf_printf(b, "%s{\"index\":%zu,\"paragraph\":%u,\"text\":",
                             s ? "," : "", s, st->para);
        rc = rc ? rc : put_sentence(b, d, s);
        rc = rc ? rc : put_key_num(b, "compound", si->compound);
        rc = rc ? rc : put_key_num(b, "sum", si->sum);
        rc = rc ? rc : put_key_num(b, "emphasis", si->emph);
        rc = rc ? rc : dyad_buf_puts(b, ",\"actors\":[");
        for (uint32_t a = si->act0; a < si->act0 + si->nact && !rc; a++) {
            const dyad_actor_hit *h = &cx->act[a];
            actor_why y = actor_how(cx, h);
            dyad_span t = tok_text(d, h->tok, h->ntok);
            rc = dyad_buf_printf(b, "%s{\"code\":\"%s\",\"text\":",
                                 a > si->act0 ? "," : "",
                                 dyad_actors_code(ga, h->code));
            rc = rc ? rc : dyad_buf_json_str(b, t.ptr, t.len);
            const char *keys[] = {"alias", "kind", "rule", "note", "from",
                                  "to"};
            const char *vals[] = {y.alias, y.kind, y.rule, y.note, y.from,
                                  y.to};
            for (int k = 0; k < 6 && !rc; k++) {
                rc = dyad_buf_printf(b, ",\"%s\":", keys[k]);
                rc = rc ? rc : dyad_buf_json_str(b, vals[k], strlen(vals[k]));
            }
            rc = rc ? rc : dyad_buf_putc(b, '}');
        }
        rc = rc ? rc : dyad_buf_puts(b, "],\"valence\":[");
        int first = 1;
        for (uint32_t i = si->vt0; i < si->vt1 && !rc; i++) {
            const vtrace *v = &cx->vt[i];
            if (!v->width)
                continue;
            dyad_span t = tok_text(d, i, v->width);
            rc = dyad_buf_puts(b, first ? "{\"text\":" : ",{\"text\":");
            first = 0;
            rc = rc ? rc : dyad_buf_json_str(b, t.ptr, t.len);
            rc = rc ? rc : put_key_num(b, "raw", v->raw);
            rc = rc ? rc : put_key_num(b, "value", v->val);
            rc = rc ? rc : put_key_num(b, "booster", v->boost);
            rc = rc ? rc : dyad_buf_puts(b, ",\"rules\":");
            rc = rc ? rc : put_rules_json(b, v);
            rc = rc ? rc : dyad_buf_putc(b, '}');
        }
        rc = rc ? rc : dyad_buf_puts(b, "],\"tension\":[");
        for (uint32_t h = si->hit0; h < si->hit0 + si->nhits && !rc; h++) {
            const thit *t = &cx->hits[h];
            dyad_span tx = tok_text(d, t->tok, t->ntok);
            rc = dyad_buf_puts(b, h > si->hit0 ? ",{\"text\":" : "{\"text\":");
            rc = rc ? rc : dyad_buf_json_str(b, tx.ptr, tx.len);
            rc = rc ? rc : dyad_buf_puts(b, ",\"term\":");
            rc = rc ? rc : dyad_buf_json_str(b, t->entry->term,
                                             strlen(t->entry->term));
            rc = rc ? rc : put_key_num(b, "weight", t->entry->value);
            rc = rc ? rc : put_key_num(b, "adjusted", t->weight);
            rc = rc ? rc : dyad_buf_printf(b, ",\"quad\":\"%s\",\"mode\":\"%s\","
                                              "\"negated\":%s}",
                                           dyad_quad_name(t->entry->quad),
                                           dyad_mode_name(t->entry->mode),
                                           t->negated ? "true" : "false");
        }
        rc = rc ? rc : dyad_buf_puts(b, "],\"events\":[");
        for (uint32_t k = si->ev0; k < si->ev0 + si->nev && !rc; k++) {
            const dyad_event *e = &cx->ev[k];
            dyad_span tx = tok_text(d, e->tok, e->ntok);
            rc = dyad_buf_printf(b, "%s{\"source\":\"%s\",\"target\":\"%s\","
                                    "\"text\":",
                                 k > si->ev0 ? "," : "",
                                 dyad_actors_code(ga, e->src),
                                 dyad_actors_code(ga, e->tgt));
            rc = rc ? rc : dyad_buf_json_str(b, tx.ptr, tx.len);
            rc = rc ? rc : dyad_buf_printf(b, ",\"code\":\"%s\",\"label\":",
                                           e->code);
            rc = rc ? rc : dyad_buf_json_str(b, e->label, strlen(e->label));
            rc = rc ? rc : put_key_num(b, "weight", e->weight);
            rc = rc ? rc : dyad_buf_printf(b, ",\"quad\":\"%s\",\"rules\":",
                                           dyad_quad_name(e->quad));
            rc = rc ? rc : put_event_rules(b, e->rules, 1);
            rc = rc ? rc : dyad_buf_putc(b, '}');
        }
        rc = rc ? rc : dyad_buf_puts(b, "],\"links\":[");
        for (uint32_t k = si->ln0; k < si->ln0 + si->nln && !rc; k++) {
            const ev_link *l = &cx->ln[k];
            rc = dyad_buf_printf(b, "%s{\"a\":\"%s\",\"b\":\"%s\",\"kind\":"
                                    "\"%s\"",
                                 k > si->ln0 ? "," : "",
                                 dyad_actors_code(ga, l->a),
                                 dyad_actors_code(ga, l->b),
                                 l->kind == LINK_HIT   ? "tension"
                                 : l->kind == LINK_CUE ? "cue"
                                                       : "phrase");
            if (!rc && l->kind == LINK_HIT) {
                const thit *h = &cx->hits[l->idx];
                dyad_span tx = tok_text(d, h->tok, h->ntok);
                rc = dyad_buf_puts(b, ",\"text\":");
                rc = rc ? rc : dyad_buf_json_str(b, tx.ptr, tx.len);
            }
            rc = rc ? rc : dyad_buf_putc(b, '}');
        }
        rc = rc ? rc : dyad_buf_puts(b, "]}");
    }
    rc = rc ? rc : dyad_buf_putc(b, ']');
    rc = rc ? rc : put_pairs(b, cx);
    return rc ? rc : dyad_buf_puts(b, "}\n");
}

int dyad_score_explain(dyad_score_ctx *cx, int json, dyad_buf *out)
{
    if (dyad_score__all_hits(cx) != DYAD_OK)
        return DYAD_ENOMEM;
    return json ? explain_json(cx, out) : explain_text(cx, out);
}
