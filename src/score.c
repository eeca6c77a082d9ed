/*
 * score.c - per-article and per-pair scores (model in dyad/score.h).
 */
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors_int.h"
#include "lex_int.h"
#include "phrase.h"
#include "score_int.h"
#include "util/alloc.h"
#include "util/hash.h"
#include "util/hints.h"
#include "util/utf8.h"

#define DEFAULT_EVIDENCE 3
#define MAX_SENT_ACTORS 32   /* distinct actors per sentence paired */

static int tension(dyad_score_ctx *cx, size_t s);

static unsigned class_bit(uint64_t h)
{
    return (unsigned)(h >> 52);   /* 4096 bits */
}

static int note_class_word(void *ctx, const char *w, size_t len,
                           uint32_t chain)
{
    dyad_scorer *sc = ctx;
    unsigned b = class_bit(dyad_phrases_hash(w, len));
    sc->class_filter[b >> 6] |= 1ULL << (b & 63);
    return DYAD_OK;
}

int dyad_score__all_hits(dyad_score_ctx *cx)
{
    for (size_t s = 0; s < cx->doc.nsent; s++)
        if (!cx->si[s].hits_done) {
            if (tension(cx, s) != DYAD_OK)
                return DYAD_ENOMEM;
            cx->si[s].hits_done = 1;
        }
    return DYAD_OK;
}

/* W_* classes of token key k (hash h; apos: k may have an apostrophe):
 * dyad_score__class, with most tokens answered by the filter. */
static unsigned token_class(const dyad_scorer *sc, dyad_span k, uint64_t h,
                            int apos)
{
    unsigned b = class_bit(h);
    if (sc->class_filter[b >> 6] >> (b & 63) & 1)
        return dyad_score__class(sc, k, h);
    return apos && dyad_score__has_nt(k) ? W_NEG : 0;
}

/* Revision of the reading rules (actors, events, score): bump it when a
 * change to the code gives other scores for the same text and lexicons,
 * so that `dyad rescore` re-reads stored articles. 2: visits and places
 * (capitals named as a visit's host), a verb alone no event on the
 * sentence's other country. 3: headlines in title case read as any
 * sentence (dyad_sentence.title); tension terms inside a capitalised name
 * ("General Agreement on Tariffs and Trade") are no hits. 4: a pattern's
 * object words are no verbs of their own ("exchanged fire"), a verb with
 * its pattern is no firm or market word ("India exchange fire"),
 * condemning the other country's own attack is no sympathy. 5: a
 * complaint is a conflict object ("suspended its complaint": 080). 6: an
 * appeal whose object the other must give is a demand ("seeks
 * concessions"), "made it clear" has no verb "clear", "affect" makes no
 * event of itself. 7: "as" before a clause ("deepen cooperation as
 * tensions with China escalate") cuts it, and a tension term there
 * without a subject keeps the last clause's. 8: what a demand asks is
 * no event ("asked Turkey to withdraw its troops"), "coast guard" is no
 * verb. 9: force without a target ("kill 10 in Yemen") lets the
 * country named as its place take part in the cue. 10: a country word
 * before a person or private group ("a Canadian citizen", "fans") names
 * no state; a sports report relates no countries. 11: conjoined
 * sources of "trade blame", "exchange fire" act on each other; a
 * participle right after a preposition is an adjective ("over failed
 * talks"). 12: "work with", "work together" are cooperation (050), and
 * conjoined sources that work together act on each other. 13: "in
 * northern Syria" is a place; what two pledge or agree to each other is
 * no demand. 14: what is discussed is a topic, the partner comes after
 * "with". 15: a cooperative verb alone whose object is conflict
 * ("approved the annexation") gives way to the conflict term. 16: the
 * countries discussed are a topic for the cue too. 17 to 107: one rule
 * set a revision, each in its commit and in bench/README.md ("The event
 * stage", third to fifth rounds). */
#define SCORE_RULES 107

static _Atomic uint64_t scorers;   /* scorers made, for their ids */

dyad_scorer *dyad_scorer_new(const dyad_lex *lex, const dyad_actors *ga,
                             const dyad_score_opts *opts, dyad_err *err)
{
    dyad_scorer *sc = dyad_calloc(1, sizeof *sc);
    if (!sc) {
        dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    sc->lex = lex;
    sc->valence = dyad_lex__phrases(lex, DYAD_LEX_VALENCE);
    sc->tension = dyad_lex__phrases(lex, DYAD_LEX_TENSION);
    sc->ga = ga;
    sc->id = atomic_fetch_add(&scorers, 1) + 1;
    sc->opts.evidence = -1;
    sc->opts.self = -1;
    sc->opts.events = 1;
    if (opts)
        sc->opts = *opts;
    sc->kor = dyad_actors_lookup(ga, "KOR", 3);
    sc->prk = dyad_actors_lookup(ga, "PRK", 3);
    if (sc->opts.evidence < 0)
        sc->opts.evidence = DEFAULT_EVIDENCE;
    sc->words = dyad_score__classes();
    if (!sc->words) {
        dyad_scorer_free(sc);
        dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    dyad_phrases_each_first(sc->words, note_class_word, sc);
    uint64_t h = DYAD_HASH_INIT;
    h = dyad_hash(dyad_lex_version(lex), 16, h);
    h = dyad_hash(dyad_actors_version(ga), 16, h);
    /* options that change scores are part of the version, and so is the
     * revision of the reading rules (SCORE_RULES) */
    int o[5] = {sc->opts.vader_only, sc->opts.window, sc->opts.self,
                sc->opts.events, SCORE_RULES};
    h = dyad_hash(o, sizeof o, h);
    snprintf(sc->version, sizeof sc->version, "%016llx",
             (unsigned long long)dyad_hash_mix(h));
    return sc;
}

void dyad_scorer_free(dyad_scorer *sc)
{
    if (!sc)
        return;
    dyad_phrases_free(sc->words);
    dyad_free(sc);
}

const char *dyad_scorer_version(const dyad_scorer *sc)
{
    return sc->version;
}

dyad_score_ctx *dyad_score_ctx_new(void)
{
    dyad_score_ctx *cx = dyad_calloc(1, sizeof *cx);
    if (!cx)
        return NULL;
    dyad_doc_init(&cx->doc);
    cx->acx = dyad_actors_ctx_new();
    if (!cx->acx) {
        dyad_free(cx);
        return NULL;
    }
    return cx;
}

static void free_pairs(dyad_score_ctx *cx)
{
    for (size_t i = 0; i < cx->pairs_cap; i++)
        dyad_free(cx->pairs[i].ev);
    dyad_free(cx->pairs);
}

void dyad_score_ctx_free(dyad_score_ctx *cx)
{
    if (!cx)
        return;
    dyad_doc_free(&cx->doc);
    dyad_actors_ctx_free(cx->acx);
    dyad_free(cx->vt);
    dyad_free(cx->keys);
    dyad_free(cx->bkeys);
    dyad_free(cx->men);
    dyad_free(cx->ev);
    dyad_free(cx->ln);
    dyad_free(cx->eclause);
    dyad_free(cx->erole);
    dyad_free(cx->emrole);
    dyad_free(cx->wchains);
    dyad_free(cx->mask);
    dyad_free(cx->gcand);
    dyad_free(cx->ti);
    dyad_free(cx->memo_mem);
    dyad_free(cx->pool);
    dyad_free(cx->pool_idx);
    dyad_free(cx->si);
    dyad_free(cx->hits);
    dyad_free(cx->act);
    free_pairs(cx);
    dyad_free(cx->pair_idx);
    dyad_free(cx->link_idx);
    dyad_free(cx->out_pairs);
    dyad_free(cx->cand);
    dyad_buf_free(&cx->titled);
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 3; j++)
            dyad_buf_free(&cx->plain[i][j]);
    dyad_buf_free(&cx->plain_tmp);
    dyad_free(cx);
}

/* What the lexicons say of key k (hash h): NULL when it starts no term
 * of theirs with an exact first word. */
static const dyad_lex_word *lex_word(const dyad_phrases *vocab,
                                     const dyad_lex_word *words, dyad_span k,
                                     uint64_t h)
{
    uint32_t w;
    return dyad_phrases_get_h(vocab, k.ptr, k.len, h, &w) ? &words[w] : NULL;
}

/* May key k be of a token that is not DYAD_TOK_PLAIN (bit 1)? A token
 * with a byte that is not ASCII, a '.', '-' or '/', or a final apostrophe
 * it keeps, is not (text.c), and its key has one of these bytes or an
 * apostrophe (a curly one is straight in the key). A table, and the
 * bytes' marks or-ed four at a time: tests a byte cost look_up 1.6M
 * instructions more on 2,000 Reuters-21578 articles, a byte at a time
 * 1.0M. Bit 2: k has an apostrophe, without which it has no "n't" (the
 * look for one with memchr cost 2.4M more on Reuters-21578). */
#define NP_4(a) [a] = 1, [a + 1] = 1, [a + 2] = 1, [a + 3] = 1
#define NP_16(a) NP_4(a), NP_4(a + 4), NP_4(a + 8), NP_4(a + 12)
#define NP_64(a) NP_16(a), NP_16(a + 16), NP_16(a + 32), NP_16(a + 48)
static const unsigned char np_bytes[256] = {
    ['.'] = 1, ['-'] = 1, ['/'] = 1, ['\''] = 3, NP_64(0x80), NP_64(0xc0)};
#undef NP_64
#undef NP_16
#undef NP_4
static unsigned maybe_not_plain(dyad_span k)
{
    const unsigned char *b = (const unsigned char *)k.ptr;
    unsigned any = 0;
    size_t j = 0;
    for (; j + 4 <= k.len; j += 4)
        any |= np_bytes[b[j]] | np_bytes[b[j + 1]] | np_bytes[b[j + 2]] |
               np_bytes[b[j + 3]];
    for (; j < k.len; j++)
        any |= np_bytes[b[j]];
    return any;
}

/* Is key k, whose base key has bl bytes, one of those two_koreas reads:
 * "korea", or of base key "koreas" or "inter-korean"? Asked on a miss of
 * the memo only. */
static unsigned char korea_key(dyad_span k, size_t bl)
{
    return (k.len == 5 && memcmp(k.ptr, "korea", 5) == 0) ||
           (bl == 6 && memcmp(k.ptr, "koreas", 6) == 0) ||
           (bl == 12 && memcmp(k.ptr, "inter-korean", 12) == 0);
}

/* What the tables say of key k whose base key has bl bytes:
 * its vocabulary chains, classes and wildcard bits, into *m (zeroed
 * first: answers are compared whole in the memo's pool). It hashes
 * the key itself: with the hash inline at its callers, prepare's loop
 * kept more of its pointers on the stack (prepare 20.7M -> 19.3M
 * instructions on 2,000 Reuters-21578 articles). */
static void look_up(const dyad_scorer *sc, dyad_span k, size_t bl,
                    memo_info *m)
{
    const dyad_lex_word *words;
    const dyad_phrases *vocab = dyad_lex__vocab(sc->lex, &words);
    uint64_t h = dyad_phrases_hash(k.ptr, k.len);
    const dyad_lex_word *w = lex_word(vocab, words, k, h);
    dyad_span b = {k.ptr, bl};
    tok_info *ti = &m->ti;
    memset(m, 0, sizeof *m);
    unsigned np = maybe_not_plain(k);
    ti->cls = (uint16_t)token_class(sc, k, h, np & 2);
    ti->vhead = w ? w->chain[0] : DYAD_PHRASES_NONE;
    ti->inlex = w ? w->one[0] : 0;
    /* the event verbs and words: in the same vocabulary, one lookup */
    ti->ehead = w && sc->opts.events ? w->verb : DYAD_PHRASES_NONE;
    ti->ew = w && sc->opts.events ? w->ew : 0;
    uint64_t hb = h;
    if (bl != k.len) {
        hb = dyad_phrases_hash(k.ptr, bl);
        w = lex_word(vocab, words, b, hb);
        /* a possessive is of its noun's class ("a German company's
         * role"), never a verb */
        if (w && sc->opts.events)
            ti->ew |= w->ew;
    }
    ti->thead = w ? w->chain[1] : DYAD_PHRASES_NONE;
    m->gaz = (unsigned char)((np & 1) || dyad_actors__may_start_h(sc->ga, hb));
    m->kor = korea_key(k, bl);
    /* the event verbs: looked up with the rest, once per key */
    size_t nv = dyad_phrases_wild_chains(sc->valence, k.ptr, k.len,
                                         m->wchains, WILD_KEEP);
    size_t nt = dyad_phrases_wild_chains(sc->tension, b.ptr, b.len,
                                         m->wchains + WILD_KEEP, WILD_KEEP);
    if (nv)
        ti->wild |= (unsigned char)(WILD_VALENCE |
                                   (nv > WILD_KEEP ? WILD_MANY : nv)
                                       << WILD_VSHIFT);
    if (nt)
        ti->wild |= (unsigned char)(WILD_TENSION |
                                   (nt > WILD_KEEP ? WILD_MANY : nt)
                                       << WILD_TSHIFT);
    /* the valence pass stops at a "but", an idiom's first word and a
     * term's; the other rule classes it reads from the tokens before a
     * term (119K of the 456K tokens it stopped at on Reuters-21578 were
     * of those alone). Not at a "the": it goes back to one from the
     * words of its idioms ("the bomb"), as few "the" start one
     * (dyad_score__idiom_stop) */
    if ((ti->cls & W_BUT) || ti->vhead != DYAD_PHRASES_NONE || nv ||
        dyad_score__idiom_stop(k, ti->cls))
        ti->wild |= WILD_ANY_V;
    if (ti->thead != DYAD_PHRASES_NONE || nt)
        ti->wild |= WILD_ANY_T;
    /* most keys have no chain: dyad_phrases_one_only is not asked of
     * them (-1.8M instructions on all of Reuters-21578) */
    uint32_t pay;
    if (!nv && ti->vhead != DYAD_PHRASES_NONE &&
        dyad_phrases_one_only(sc->valence, ti->vhead, &pay) && pay < HEAD_ONE)
        ti->vhead = pay | HEAD_ONE;
    if (!nt && ti->thead != DYAD_PHRASES_NONE &&
        dyad_phrases_one_only(sc->tension, ti->thead, &pay) && pay < HEAD_ONE)
        ti->thead = pay | HEAD_ONE;
}

#define MEMO_BLOCK 64   /* tokens whose memo sets prepare asks for at once */

_Static_assert(sizeof(memo_info) == 40, "an answer is five words");

/* The memo's key of the len bytes at p (eight of which may be read):
 * the first eight bytes, zero-padded, in *k0, and in *k1 the length in
 * the last byte and the bytes after the eighth in the others. A key
 * longer than MEMO_KEY or empty has k1 0, which no way of the memo has:
 * its length is none of a kept key's, and an empty way has k1 ~0. With
 * the length in the key, a way is two compares, where it was three. */
static inline uint64_t memo_key(const char *p, size_t len, uint64_t *k1)
{
    uint64_t a = 0, b = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* the bytes past the key masked off (a table: the shift took four
     * instructions more a key). dyad_key16's words, shifted after, as
     * here: 2.6M instructions more on all of Reuters-21578 (its tests are
     * in another order), so the table is this function's own. */
    static const uint64_t keep[9] = {
        0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffffULL,
        0xffffffffffffULL, 0xffffffffffffffULL, ~0ULL};
    memcpy(&a, p, 8);
    if (len <= 8) {
        a &= keep[len];
        b = (uint64_t)len << 56;
    } else {
        /* the last eight bytes, shifted to drop those a has */
        memcpy(&b, p + len - 8, 8);
        b = len <= MEMO_KEY ? b >> (8 * (16 - len)) | (uint64_t)len << 56 : 0;
    }
#else
    for (size_t i = 0; i < len && i < 8; i++)
        a |= (uint64_t)(unsigned char)p[i] << (8 * i);
    for (size_t i = 8; i < len && len <= MEMO_KEY; i++)
        b |= (uint64_t)(unsigned char)p[i] << (8 * (i - 8));
    if (len <= MEMO_KEY)
        b |= (uint64_t)len << 56;
#endif
    *k1 = b;
    return a;
}

/* The memo set of key k0, k1 (memo_key). */
static inline memo_set *memo_set_of(memo_set *memo, uint64_t k0, uint64_t k1)
{
    return &memo[((k0 ^ k1) * 0xff51afd7ed558ccdULL) >> (64 - MEMO_BITS)];
}

/* Empties the memo and its pool. */
static void memo_clear(dyad_score_ctx *cx)
{
    for (size_t i = 0; i < MEMO_SETS; i++) {
        memo_set *s = &cx->memo[i];
        memset(s, 0, sizeof *s);
        for (size_t w = 0; w < MEMO_WAYS; w++)
            s->k1[w] = ~(uint64_t)0;
    }
    cx->npool = 0;
    cx->pool_plain[0] = cx->pool_plain[1] = 0;
    if (cx->pool_idx)
        memset(cx->pool_idx, 0, cx->pool_idx_cap * sizeof *cx->pool_idx);
}

/* The memo, empty when it was of another scorer or another state of the
 * lexicons. */
static int memo_ready(dyad_score_ctx *cx)
{
    const dyad_scorer *sc = cx->sc;
    uint64_t gen = dyad_lex__generation(sc->lex);
    uint64_t ga = dyad_actors__stamp(sc->ga);
    if (!cx->memo) {
        /* one set more, for the memo to start at a line (64 bytes) */
        cx->memo_mem = dyad_malloc((MEMO_SETS + 1) * sizeof *cx->memo);
        if (!cx->memo_mem)
            return DYAD_ENOMEM;
        cx->memo =
            (memo_set *)(((uintptr_t)cx->memo_mem + 63) & ~(uintptr_t)63);
        memo_clear(cx);
    } else if (cx->memo_sc != sc->id || cx->memo_gen != gen ||
               cx->memo_ga != ga) {
        memo_clear(cx);
    }
    cx->memo_sc = sc->id;
    cx->memo_gen = gen;
    cx->memo_ga = ga;
    return DYAD_OK;
}

static uint64_t info_hash(const memo_info *m)
{
    uint64_t w[5], h = 0;
    memcpy(w, m, sizeof w);
    for (size_t i = 0; i < 5; i++) {
        h = (h ^ w[i]) * 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    }
    return h;
}

/* The index of answer m in the pool, found by its hash, added if new;
 * -1 when out of memory. */
static long pool_find(dyad_score_ctx *cx, const memo_info *m)
{
    if (2 * (cx->npool + 1) > cx->pool_idx_cap) {
        size_t cap = cx->pool_idx_cap ? 2 * cx->pool_idx_cap : 4096;
        uint32_t *idx = dyad_calloc(cap, sizeof *idx);
        if (!idx)
            return -1;
        for (size_t i = 0; i < cx->npool; i++) {
            size_t at = info_hash(&cx->pool[i]) & (cap - 1);
            while (idx[at])
                at = (at + 1) & (cap - 1);
            idx[at] = (uint32_t)i + 1;
        }
        dyad_free(cx->pool_idx);
        cx->pool_idx = idx;
        cx->pool_idx_cap = cap;
    }
    size_t mask = cx->pool_idx_cap - 1, at = info_hash(m) & mask;
    for (; cx->pool_idx[at]; at = (at + 1) & mask)
        if (memcmp(&cx->pool[cx->pool_idx[at] - 1], m, sizeof *m) == 0)
            return (long)cx->pool_idx[at] - 1;
    if (dyad_grow(&cx->pool, &cx->pool_cap, cx->npool + 1, sizeof *cx->pool) < 0)
        return -1;
    cx->pool[cx->npool] = *m;
    cx->pool_idx[at] = (uint32_t)cx->npool + 1;
    return (long)cx->npool++;
}

/* The index of answer m in the pool, added if new; -1 when out of
 * memory. The answer of a key the tables know nothing of (gaz aside) is
 * that of most misses, and is found without the hash (prepare 196.9M ->
 * 193.4M instructions on all of Reuters-21578). */
static long pool_put(dyad_score_ctx *cx, const memo_info *m)
{
    const tok_info *ti = &m->ti;
    int plain = ti->vhead == DYAD_PHRASES_NONE &&
                ti->thead == DYAD_PHRASES_NONE &&
                ti->ehead == DYAD_PHRASES_NONE && !ti->ew && !ti->cls &&
                !ti->inlex && !ti->wild;
    if (plain && cx->pool_plain[m->gaz])
        return (long)cx->pool_plain[m->gaz] - 1;
    long at = pool_find(cx, m);
    if (plain && at >= 0)
        cx->pool_plain[m->gaz] = (uint32_t)at + 1;
    return at;
}

/* memo_miss when no way of set s has the key: the tables, and the key
 * goes first, the set's last one given up. A key that is not kept (k1 0)
 * is looked up apart, and so is a key that two_koreas reads (korea_key),
 * which tells it to read the article's sentences (cx->koreas) without a
 * test at each token of the memo's hits: such keys are rare (under 400
 * tokens of all of Reuters-21578). */
DYAD_NOINLINE
static const memo_info *memo_fill(dyad_score_ctx *cx, memo_set *s,
                                  uint64_t k0, uint64_t k1, size_t i)
{
    if (!k1) {
        look_up(cx->sc, cx->keys[i], cx->bkeys[i].len, &cx->memo_tmp);
        cx->koreas |= cx->memo_tmp.kor;
        return &cx->memo_tmp;
    }
    memo_info m;
    look_up(cx->sc, cx->keys[i], cx->bkeys[i].len, &m);
    if (m.kor) {
        cx->koreas = 1;
        cx->memo_tmp = m;
        return &cx->memo_tmp;
    }
    /* offsets are 32 bits: a pool that full (never seen) starts again */
    if (cx->npool >= UINT32_MAX / sizeof m)
        memo_clear(cx);
    long at = pool_put(cx, &m);
    if (at < 0)
        return NULL;
    for (size_t w = MEMO_WAYS - 1; w > 0; w--) {
        s->k0[w] = s->k0[w - 1];
        s->k1[w] = s->k1[w - 1];
        s->info[w] = s->info[w - 1];
    }
    s->k0[0] = k0;
    s->k1[0] = k1;
    s->info[0] = (uint32_t)at * (uint32_t)sizeof m;
    return (const memo_info *)((const char *)cx->pool + s->info[0]);
}

/* The answer for the key of token i (memo_key k0, k1), whose set s
 * does not have it first: the set's other ways are asked, and the key
 * then moved first; else memo_fill. NULL when out of memory. Not inline:
 * inline, its registers took those of prepare's loop; and the tables
 * apart (memo_fill), it keeps no register of its own. */
DYAD_NOINLINE
static const memo_info *memo_miss(dyad_score_ctx *cx, memo_set *s,
                                  uint64_t k0, uint64_t k1, size_t i)
{
    _Static_assert(MEMO_WAYS == 3, "memo_miss asks ways 1 and 2");
    uint32_t info;
    if (s->k0[1] == k0 && s->k1[1] == k1) {
        info = s->info[1];
    } else if (s->k0[2] == k0 && s->k1[2] == k1) {
        info = s->info[2];
        s->k0[2] = s->k0[1];
        s->k1[2] = s->k1[1];
        s->info[2] = s->info[1];
    } else {
        return memo_fill(cx, s, k0, k1, i);
    }
    s->k0[1] = s->k0[0];
    s->k1[1] = s->k1[0];
    s->info[1] = s->info[0];
    s->k0[0] = k0;
    s->k1[0] = k1;
    s->info[0] = info;
    return (const memo_info *)((const char *)cx->pool + info);
}

/* Sizes the per-token and per-sentence arrays and fills the keys. */
static int prepare(dyad_score_ctx *cx)
{
    const dyad_doc *d = &cx->doc;
    /* the per-token arrays share one capacity */
    struct {
        void *p;
        size_t elem;
    } arr[] = {{&cx->keys, sizeof *cx->keys}, {&cx->bkeys, sizeof *cx->bkeys},
               {&cx->mask, 1}, {&cx->gcand, sizeof *cx->gcand},
               {&cx->ti, sizeof *cx->ti},
               {&cx->wchains, sizeof *cx->wchains}};
    size_t cap = cx->keys_cap;
    for (size_t i = 0;
         cx->keys_cap < d->ntok + 1 && i < sizeof arr / sizeof arr[0]; i++) {
        cap = cx->keys_cap;
        if (dyad_grow(arr[i].p, &cap, d->ntok + 1, arr[i].elem) < 0)
            return DYAD_ENOMEM;
    }
    cx->keys_cap = cap;
    memset(cx->mask, 0, d->ntok + 1);
    /* act is never NULL: cx->act + si->act0 must be defined with no actor */
    if (dyad_grow(&cx->vt, &cx->vt_cap, d->ntok + 1, sizeof *cx->vt) < 0 ||
        dyad_grow(&cx->si, &cx->si_cap, d->nsent + 1, sizeof *cx->si) < 0 ||
        dyad_grow(&cx->act, &cx->act_cap, 1, sizeof *cx->act) < 0 ||
        memo_ready(cx) != DYAD_OK)
        return DYAD_ENOMEM;
    /* What the tables say of a key (the vocabulary of both lexicons, the
     * rule classes, the wildcard filters) is looked up once and remembered
     * by key, across sentences and articles, as news repeats its words:
     * prepare went from 153M to 75M instructions on 10,000 articles. The
     * memo is found by the key's bytes (memo_key), and only a
     * miss hashes the key for the tables: prepare went from 36.2M to
     * 32.9M instructions on 2,000 Reuters-21578 articles. A possessive is
     * remembered too: its base key is a function of its key's bytes
     * (text.c), and so is what look_up learns of both (176.7M ->
     * 176.2M instructions on those articles). */
    /* the arrays in locals: their stores could alias cx, which the loop
     * would read again for each */
    const char *dkeys = d->keys;
    const dyad_token *tok = d->tok;
    memo_set *memo = cx->memo;
    const memo_info *pool = cx->pool;
    dyad_span *keys = cx->keys, *bkeys = cx->bkeys;
    tok_info *ti = cx->ti;
    uint32_t *gcand = cx->gcand;
    size_t ngcand = 0;
    uint32_t(*wchains)[2 * WILD_KEEP] = cx->wchains;
    /* A block of tokens at a time: first each key's memo set is found
     * and asked of the memory, then the sets are read. The sets are
     * spread over 2 MiB, and the load of one the cache did not hold was
     * half of prepare's time (perf, Reuters-21578); asked for a block
     * ahead, those loads overlap. A key too long to keep finds no way of
     * its set (memo_key), and memo_fill looks it up apart. The block's
     * keys and sets in arrays of 8-byte words, where they were in an array
     * of three-word structures: the loops index them with the keys'
     * index (193.4M -> 191.8M instructions on all of Reuters-21578). */
    uint64_t bk0[MEMO_BLOCK], bk1[MEMO_BLOCK];
    memo_set *bset[MEMO_BLOCK];
    for (size_t b = 0, n = d->ntok; b < n; b += MEMO_BLOCK) {
        size_t nb = n - b < MEMO_BLOCK ? n - b : MEMO_BLOCK;
        for (size_t j = 0; j < nb; j++) {
            const dyad_token *t = &tok[b + j];
            const char *p = dkeys + t->key;
            size_t kl = t->key_len;
            keys[b + j] = (dyad_span){p, kl};
            bkeys[b + j] = (dyad_span){p, t->base_len};
            /* eight bytes may be read from a key (text.c) */
            bk0[j] = memo_key(p, kl, &bk1[j]);
            bset[j] = memo_set_of(memo, bk0[j], bk1[j]);
            DYAD_PREFETCH(bset[j]);
        }
        for (size_t j = 0; j < nb; j++) {
            size_t i = b + j;
            const memo_set *s = bset[j];
            const memo_info *m;
            if (DYAD_LIKELY(s->k0[0] == bk0[j] && s->k1[0] == bk1[j])) {
                m = (const memo_info *)((const char *)pool + s->info[0]);
            } else {
                m = memo_miss(cx, bset[j], bk0[j], bk1[j], i);
                if (!m)
                    return DYAD_ENOMEM;
                pool = cx->pool;
            }
            ti[i] = m->ti;
            gcand[ngcand] = (uint32_t)i;
            ngcand += m->gaz;
            if (m->ti.wild & (WILD_VALENCE | WILD_TENSION))
                memcpy(wchains[i], m->wchains, sizeof m->wchains);
        }
    }
    cx->ngcand = ngcand;
    return DYAD_OK;
}

/* Is token i a capitalised word (not all capitals) that
 * is no actor's? */
static int name_word(const dyad_score_ctx *cx, size_t i)
{
    unsigned f = cx->doc.tok[i].flags;
    return (f & (DYAD_TOK_CAP | DYAD_TOK_UPPER)) == DYAD_TOK_CAP &&
           !cx->mask[i];
}

/* Does key k join the words of a name: of, on, and, for, the? */
static int name_join(dyad_span k)
{
    static const char *const w[] = {"of", "on", "and", "for", "the"};
    for (size_t j = 0; j < sizeof w / sizeof w[0]; j++)
        if (k.len == strlen(w[j]) && memcmp(k.ptr, w[j], k.len) == 0)
            return 1;
    return 0;
}

/* Are the w tokens at i, capitalised inside a sentence that is not in
 * title case, part of a name with capitalised words around them ("the
 * General Agreement on Tariffs and Trade", "the 1976 Berne Agreement")?
 * A name says nothing of tension. */
static int in_name(const dyad_score_ctx *cx, const dyad_sentence *st,
                   size_t i, size_t w)
{
    size_t e = st->tok + st->ntok;
    if (i == st->tok || st->title)
        return 0;
    for (size_t k = i; k < i + w; k++)
        if (!name_word(cx, k))
            return 0;
    /* a capitalised word before or after, over "of", "on", "and", "for",
     * "the" */
    for (int side = -1; side <= 1; side += 2) {
        size_t k = side < 0 ? i : i + w - 1;
        for (int step = 0; step < 3; step++) {
            if ((side < 0 && k == st->tok) || (side > 0 && k + 1 >= e))
                break;
            k = side < 0 ? k - 1 : k + 1;
            if (name_word(cx, k))
                return 1;
            if (!name_join(cx->keys[k]))
                break;
        }
    }
    return 0;
}

/* Is the tension term of weight value at token i of sentence st
 * negated? A negation up to three words before ("will not attack", "do
 * not expect any Japanese concessions": "any" carries the negation of the
 * verb before it, as in events.c), unless a verb of consent comes first
 * ("would not accept Russia's annexation" refuses the annexation: the
 * term keeps its sign); what is warded off ("to avert a trade war", "to
 * head off criticism") is as negated. Not "prevent": news writes it of
 * force that stops something ("troops to prevent attacks upon
 * Americans", "prevent Iran from ..."), which the flip would read as
 * cooperation (it cost the SOTU's 1911 Mexico episode). Cooperation
 * opposed, rejected, questioned or failed up to six words before, not
 * over a comma ("lobby against any production agreement", "ignored
 * Manila's request for lower tariffs", "the difficulty of reaching
 * agreement", "questioned the benefits of the long-standing agreement",
 * "failed to adhere to a semi-conductor pricing accord"), is refused, as
 * if negated. */
int dyad_score__consent(dyad_span k)
{
    static const char *const consent[] = {
        "accept", "accepts", "accepted", "recognise", "recognises",
        "recognised", "recognize", "recognizes", "recognized", "tolerate",
        "tolerates", "tolerated", "condone", "condones", "allow", "allows",
        "allowed", "permit", "permits"};
    return KEY_IN(k, consent);
}

static int hit_negated(const dyad_score_ctx *cx, const dyad_sentence *st,
                       size_t i, double value)
{
    static const char *const ward[] = {
        "avoid", "avoids", "avoided", "avoiding", "avert", "averts",
        "averted", "averting", "forestall", "forestalled"};
    static const char *const ward_off[] = {
        "head", "heads", "headed", "heading", "stave", "staved", "staving",
        "ward", "warded", "warding"};
    static const char *const refuse[] = {
        "against", "oppose", "opposes", "opposed", "opposing", "reject",
        "rejects", "rejected", "rejecting", "ignore", "ignores", "ignored",
        "ignoring", "rebuff", "rebuffed", "rebuffs", "spurn", "spurned",
        "spurns", "dismiss", "dismissed", "dismisses", "difficulty",
        "difficulties", "failure", "fail", "fails", "failed", "unable",
        "obstacle", "obstacles", "blocked", "blocking", "questioned",
        "questioning", "doubted"};
    int neg = 0;
    for (size_t j = i; j > st->tok && j + 3 > i; j--) {
        if (dyad_score__consent(cx->keys[j - 1]))
            break;
        if ((cx->ti[j - 1].cls & (W_NEG | W_NO)) ||
            KEY_IN(cx->keys[j - 1], ward) ||
            (j - 1 > st->tok && key_is(cx->keys[j - 1], "off") &&
             KEY_IN(cx->keys[j - 2], ward_off)))
            neg = 1;
        if (key_is(cx->keys[j - 1], "any"))
            for (size_t a = j - 1; a > st->tok && a + 3 > j - 1; a--)
                if (cx->ti[a - 1].cls & (W_NEG | W_NO))
                    neg = 1;
    }
    for (size_t j = i; j > st->tok && j + 6 > i && value > 0 && !neg; j--) {
        if (comma_before(&cx->doc, j))
            break;
        if (KEY_IN(cx->keys[j - 1], refuse))
            neg = 1;
    }
    return neg;
}

/* Is the term ending before token e undone by the verb its clause ends
 * in? Cooperation (value > 0) as the subject of failure ("talks with the
 * Japanese had failed", "the negotiations between Russia and Ukraine
 * collapsed on Friday") or of doubt ("make a renewal of the supply
 * agreement next year less certain", "the pact was in jeopardy");
 * conflict as the subject of a lifting, a headline's passive or one with
 * its "be" ("U.S. sanctions on Cuba eased", "the embargo was lifted",
 * "sanctions on Iran to be lifted"), not one with an object of its own
 * or after would, could, might, may or should. The verb comes within
 * eight words, with no comma or clause word between. */
static int undone_after(const dyad_score_ctx *cx, const dyad_sentence *st,
                        size_t i, size_t e, double value)
{
    static const char *const fail[] = {
        "failed",   "fail",     "fails",     "collapsed", "collapse",
        "collapses", "stalled", "stall",     "stalls",    "foundered",
        "faltered", "broke",    "unlikely",  "uncertain", "doubtful",
        "jeopardy", "certain",  "deadlocked", "dead"};
    static const char *const lifted[] = {
        "lifted", "eased", "relaxed", "loosened", "removed", "scrapped",
        "dropped", "withdrawn", "rescinded", "revoked", "suspended",
        "waived", "ended"};
    static const char *const stop[] = {
        "after", "before", "while", "but", "because", "when", "since",
        "although", "though", "which", "that", "if", "to", "as", "until",
        "unless", "once", "where", "whether"};
    size_t end = st->tok + st->ntok;
    /* a lifting on a condition is none ("even if voluntary export
     * restrictions on Japanese cars are lifted") */
    static const char *const cond[] = {"if", "unless", "whether"};
    for (size_t b = i; value < 0 && b > st->tok && b + 4 > i; b--)
        if (KEY_IN(cx->keys[b - 1], cond))
            return 0;
    for (size_t k = e; k < end && k < e + 8; k++) {
        if (comma_before(&cx->doc, k))
            return 0;
        if (KEY_IN(cx->keys[k], stop)) {
            /* "to be lifted" */
            if (value < 0 && key_is(cx->keys[k], "to") && k + 1 < end &&
                key_is(cx->keys[k + 1], "be"))
                continue;
            return 0;
        }
        if (value < 0) {
            /* ... with no object of its own ("frictions will continue
             * until Japan ended a policy" is no lifting of them) */
            static const char *const object[] = {
                "a", "an", "the", "its", "their", "his", "her", "this",
                "these", "those", "all", "any", "some"};
            /* ... nor a lifting only thought of ("little hope that the
             * sanctions would be lifted", "sanctions could be lifted") */
            static const char *const maybe[] = {
                "would", "could", "might", "may", "should"};
            if (KEY_IN(cx->keys[k], maybe))
                return 0;
            if (KEY_IN(cx->keys[k], lifted))
                return !(k + 1 < end && KEY_IN(cx->keys[k + 1], object));
            continue;
        }
        if (KEY_IN(cx->keys[k], fail)) {
            if (key_is(cx->keys[k], "broke"))   /* "broke down" */
                return k + 1 < end && key_is(cx->keys[k + 1], "down");
            if (key_is(cx->keys[k], "certain"))   /* "less certain" */
                return key_is(cx->keys[k - 1], "less");
            if (key_is(cx->keys[k], "dead"))   /* "reached a dead end" */
                return k + 1 < end && key_is(cx->keys[k + 1], "end");
            return 1;
        }
    }
    return 0;
}

int dyad_score__to_help(const dyad_score_ctx *cx, size_t from, size_t end)
{
    static const char *const help[] = {"help", "support", "assist", "aid",
                                       "back", "bolster", "reinforce"};
    for (size_t k = from; k + 1 < end && k < from + 6; k++)
        if (key_is(cx->keys[k], "to") && KEY_IN(cx->keys[k + 1], help))
            return 1;
    return 0;
}

/* Is force-entry term en at tokens [i, e) of sentence st sent to help?
 * Then it is no invasion (dyad_score__to_help), and the event stage
 * reads the verb as military aid. */
static int sent_to_help(const dyad_score_ctx *cx, const dyad_sentence *st,
                        const dyad_lex_entry *en, size_t e)
{
    return en->value < 0 &&
           (strncmp(en->term, "send", 4) == 0 ||
            strncmp(en->term, "sent ", 5) == 0) &&
           dyad_score__to_help(cx, e, st->tok + st->ntok);
}

/* Tension hits of sentence s, appended to cx->hits. */
static int tension(dyad_score_ctx *cx, size_t s)
{
    const dyad_sentence *st = &cx->doc.sent[s];
    sent_info *si = &cx->si[s];
    si->hit0 = (uint32_t)cx->nhits;
    si->nhits = 0;
    size_t e = st->tok + st->ntok;
    for (size_t i = st->tok; i < e;) {
        if (!(cx->ti[i].wild & WILD_ANY_T)) {
            i++;   /* most tokens: nothing to match */
            continue;
        }
        uint32_t idx;
        size_t w = dyad_score__match(
            cx->sc->tension, cx->bkeys + i, e - i, cx->ti[i].thead,
            cx->ti[i].wild >> WILD_TSHIFT & 3, cx->wchains[i] + WILD_KEEP,
            &idx);
        if (!w) {
            i++;
            continue;
        }
        if ((cx->doc.tok[i].flags & DYAD_TOK_CAP) &&
            in_name(cx, st, i, w)) {
            i += w;
            continue;
        }
        const dyad_lex_entry *en =
            dyad_lex__entry(cx->sc->lex, DYAD_LEX_TENSION, idx);
        if (sent_to_help(cx, st, en, i + w)) {
            i += w;
            continue;
        }
        if (dyad_grow(&cx->hits, &cx->hits_cap, cx->nhits + 1,
                      sizeof *cx->hits) < 0)
            return DYAD_ENOMEM;
        thit *h = &cx->hits[cx->nhits++];
        h->entry = en;
        h->sent = (uint32_t)s;
        h->tok = (uint32_t)i;
        h->ntok = (uint32_t)w;
        h->linked = 0;
        h->negated = hit_negated(cx, st, i, en->value) ||
                     undone_after(cx, st, i, i + w, en->value);
        h->weight = h->negated ? en->value * -0.74 : en->value;
        si->nhits++;
        i += w;
    }
    return DYAD_OK;
}

static int cmp_hit_code(const void *a, const void *b, void *ga)
{
    return dyad_actors__code_cmp(ga, ((const dyad_actor_hit *)a)->code,
                                 ((const dyad_actor_hit *)b)->code);
}

/* "North and South Korea" ("South and North Korea"): the code of the
 * Korea the first compass word names when token i ends such a phrase (the
 * gazetteer found the second as "South Korea"), else -1. */
static int korea_pair(const dyad_score_ctx *cx, uint32_t i, uint32_t t0)
{
    if (i < t0 + 3 || !key_is(cx->keys[i], "korea") ||
        !key_is(cx->keys[i - 2], "and"))
        return -1;
    if (key_is(cx->keys[i - 3], "north") && key_is(cx->keys[i - 1], "south"))
        return cx->sc->prk;
    if (key_is(cx->keys[i - 3], "south") && key_is(cx->keys[i - 1], "north"))
        return cx->sc->kor;
    return -1;
}

/* Adds a mention of actor code at token tok (one token long) to the n
 * mentions in hits (room for one more), after those at or before tok. */
static size_t add_korea(dyad_actor_hit *hits, size_t n, int code, uint32_t tok)
{
    size_t at = 0;
    while (at < n && hits[at].tok <= tok)
        at++;
    memmove(hits + at + 1, hits + at, (n - at) * sizeof *hits);
    hits[at] = (dyad_actor_hit){code, tok, 1, DYAD_ACTOR_KOREAS, 0};
    return n + 1;
}

/* Is code among the n mentions in hits? */
static int hits_have(const dyad_actor_hit *hits, size_t n, int code)
{
    for (size_t i = 0; i < n; i++)
        if (hits[i].code == code)
            return 1;
    return 0;
}

/* "South Korean jets scrambled as North fires on Yeonpyeong island",
 * "despite North's threats": in a sentence that names one Korea, a
 * capitalised "North" ("South") that no capitalised word follows (not
 * "North Sea", "South Africa") and no mention holds is the other one. A
 * headline in title case, where every word is capitalised, is left
 * alone. */
static size_t the_north(const dyad_score_ctx *cx, const dyad_sentence *st,
                        dyad_actor_hit *hits, size_t n)
{
    if (st->title)
        return n;
    int kor = hits_have(hits, n, cx->sc->kor),
        prk = hits_have(hits, n, cx->sc->prk);
    if (kor == prk)
        return n;   /* neither Korea named, or both */
    const char *want = kor ? "north" : "south";
    int code = kor ? cx->sc->prk : cx->sc->kor;
    uint32_t end = st->tok + st->ntok;
    for (uint32_t i = st->tok; i < end && n < 256; i++) {
        const dyad_token *t = &cx->doc.tok[i];
        if (!key_is(cx->bkeys[i], want) || !(t->flags & DYAD_TOK_CAP) ||
            (i + 1 < end && (cx->doc.tok[i + 1].flags & DYAD_TOK_CAP)))
            continue;
        int held = 0;
        for (size_t h = 0; h < n && !held; h++)
            held = hits[h].tok <= i && i < hits[h].tok + hits[h].ntok;
        if (!held)
            n = add_korea(hits, n, code, i);
    }
    return n;
}

/* Is "korea" in the keys' buffer of the article (d->keys: the text's
 * lower case and the keys)? Asked once an article at most, by two_koreas
 * when no key is one it reads and a sentence names one Korea; asked of every
 * article, in run, it cost 6.3M instructions on all of Reuters-21578
 * (113K calls of memchr). memchr finds the rare 'k'. */
static int has_koreas(const dyad_doc *d)
{
    const char *p = d->keys, *e = d->keys + d->keys_len;
    while (e - p >= 5 && (p = memchr(p, 'k', (size_t)(e - p - 4)))) {
        if (memcmp(p, "korea", 5) == 0)
            return 1;
        p++;
    }
    return 0;
}

/* "The two Koreas", "both Koreas", "Koreas": a mention of each; "North
 * and South Korea": one of the Korea the gazetteer did not find. Added to
 * the n mentions of sentence s in hits (256 at most) in text order; the
 * new count. */
static size_t two_koreas(dyad_score_ctx *cx, size_t s,
                         dyad_actor_hit *hits, size_t n)
{
    const dyad_sentence *st = &cx->doc.sent[s];
    if (cx->sc->kor < 0 || cx->sc->prk < 0)
        return n;
    /* Mostly no "korea" in the article. With no key the loop reads
     * (korea_key, memo_fill), no phrase below is there: a sentence that
     * names one Korea asks whether the keys' buffer (the text) has
     * "korea" (has_koreas, read then, once an article), and without it
     * only the_north. */
    if (cx->koreas <= 0) {
        if (!hits_have(hits, n, cx->sc->kor) &&
            !hits_have(hits, n, cx->sc->prk))
            return n;
        if (cx->koreas == 0)
            cx->koreas = has_koreas(&cx->doc) ? 1 : -1;
        /* no phrase below, but the North of a sentence that names Seoul
         * ("Seoul vows retaliation after North's artillery barrage") */
        if (cx->koreas < 0)
            return the_north(cx, st, hits, n);
    }
    for (uint32_t i = st->tok; i < st->tok + st->ntok && n + 2 <= 256;
         i++) {
        dyad_span k = cx->bkeys[i];
        /* "inter-Korean talks", "blows up inter-Korean liaison office":
         * both Koreas, the one not named elsewhere at this word */
        if (k.len == 12 && memcmp(k.ptr, "inter-korean", 12) == 0) {
            if (!hits_have(hits, n, cx->sc->kor))
                n = add_korea(hits, n, cx->sc->kor, i);
            if (!hits_have(hits, n, cx->sc->prk))
                n = add_korea(hits, n, cx->sc->prk, i);
            continue;
        }
        /* "the two Koreas", "both Koreas", a headline's "Koreas exchange
         * fire": the plural is the two */
        if (k.len == 6 && memcmp(k.ptr, "koreas", 6) == 0) {
            n = add_korea(hits, n, cx->sc->kor, i);
            n = add_korea(hits, n, cx->sc->prk, i);
            continue;
        }
        if (i == st->tok)
            continue;
        int first = korea_pair(cx, i, st->tok);
        if (first >= 0)
            n = add_korea(hits, n, first, i - 3);
    }
    return the_north(cx, st, hits, n);
}

/* Does sentence s (si) have the actor code? */
static int has_actor(const dyad_score_ctx *cx, const sent_info *si, int code)
{
    for (size_t j = si->act0; j < si->act0 + si->nact; j++)
        if (cx->act[j].code == code)
            return 1;
    return 0;
}

/* Adds hit h to the actors of sentence si (the last sentence of cx->act),
 * kept sorted by code string, unless its code is there. Inline in actors
 * (62.1K calls on all of Reuters-21578): actors 130.31M -> 128.97M
 * instructions. */
static inline int add_actor(dyad_score_ctx *cx, sent_info *si,
                     const dyad_actor_hit *h)
{
    if (has_actor(cx, si, h->code) || si->nact == MAX_SENT_ACTORS)
        return DYAD_OK;
    if (cx->nact == cx->act_cap &&
        dyad_grow(&cx->act, &cx->act_cap, cx->nact + 1, sizeof *cx->act) < 0)
        return DYAD_ENOMEM;
    /* insertion by code string: a handful of actors */
    dyad_actor_hit *a = cx->act + si->act0;
    size_t j = si->nact;
    while (j > 0 && cmp_hit_code(&a[j - 1], h, (void *)cx->sc->ga) > 0) {
        a[j] = a[j - 1];
        j--;
    }
    a[j] = *h;
    a[j].place = 0;
    cx->nact++;
    si->nact++;
    return DYAD_OK;
}

/* add_actor as a call, for take_places (50 calls on all of
 * Reuters-21578): inline there, it cost the loop of the scorer 0.9M
 * instructions, as much as it saved. */
DYAD_NOINLINE
static int add_place(dyad_score_ctx *cx, sent_info *si,
                     const dyad_actor_hit *h)
{
    return add_actor(cx, si, h);
}

/* Distinct actors of sentence s, sorted by code, appended to cx->act. */
static int actors(dyad_score_ctx *cx, size_t s, int32_t day)
{
    dyad_actor_hit tmp[256];
    /* the article's scorer is set before its first sentence (run) */
    if (s == 0)
        dyad_actors_ctx_places(cx->acx, cx->sc->opts.events);
    size_t n = dyad_actors_find(cx->sc->ga, cx->acx, &cx->doc, s, day,
                                cx->sc->opts.self, tmp, 256);
    if (n > 256)
        n = 256;
    sent_info *si = &cx->si[s];
    si->act0 = (uint32_t)cx->nact;
    si->nact = 0;
    si->men0 = (uint32_t)cx->nmen;
    si->nmen = 0;
    si->nplace = 0;
    if (cx->sc->opts.events) {
        /* with no mention and no key with "korea", two_koreas adds none */
        if (n || cx->koreas > 0)
            n = two_koreas(cx, s, tmp, n);
        if (dyad_grow(&cx->men, &cx->men_cap, cx->nmen + n + 1,
                      sizeof *cx->men) < 0)
            return DYAD_ENOMEM;
        if (n) {
            memcpy(cx->men + cx->nmen, tmp, n * sizeof *tmp);
            cx->nmen += n;
            si->nmen = (uint32_t)n;
        }
    }
    /* most sentences name no actor: the rest is for the others (this and
     * the places' flags set once an article, where they were set at each
     * sentence: actors 135.22M -> 132.99M instructions on all of
     * Reuters-21578, with dyad_actors_find) */
    if (!n)
        return DYAD_OK;
    /* Names are not sentiment: "United States", "Great Britain" and
     * "Communist Party" say nothing about tone. */
    /* mentions are a token or two: a loop, not a memset call, and the
     * capacity tested before a dyad_grow call (-3M instructions on
     * 10,000 articles) */
    int places = 0;
    for (size_t i = 0; i < n; i++) {
        places |= tmp[i].place;
        for (uint32_t k = 0; k < tmp[i].ntok && !tmp[i].place; k++)
            cx->mask[tmp[i].tok + k] = 1;
    }
    for (size_t i = 0; i < n; i++)
        if (!tmp[i].place && add_actor(cx, si, &tmp[i]) != DYAD_OK)
            return DYAD_ENOMEM;
    for (size_t i = 0; i < n && places; i++)
        si->nplace += tmp[i].place && !has_actor(cx, si, tmp[i].code);
    return DYAD_OK;
}

/* A capital named as a place that an event or a link of sentence s takes
 * ("Nakasone's trip to Washington") stands for its state: it becomes an
 * actor of the sentence. */
static int take_places(dyad_score_ctx *cx, size_t s)
{
    sent_info *si = &cx->si[s];
    for (uint32_t m = si->men0; m < si->men0 + si->nmen && si->nplace; m++) {
        const dyad_actor_hit *h = &cx->men[m];
        int used = 0;
        for (uint32_t k = si->ev0; k < si->ev0 + si->nev && !used; k++)
            used = cx->ev[k].src == h->code || cx->ev[k].tgt == h->code;
        for (uint32_t k = si->ln0; k < si->ln0 + si->nln && !used; k++)
            used = cx->ln[k].a == h->code || cx->ln[k].b == h->code;
        if (h->place && used && !has_actor(cx, si, h->code)) {
            if (add_place(cx, si, h) != DYAD_OK)
                return DYAD_ENOMEM;
            si->nplace--;
        }
    }
    return DYAD_OK;
}

/* A slot of the index of an article's pairs by their codes: a pair was
 * looked for among all of them, and then again for the output (an
 * article naming many countries has hundreds of pairs: 1.7M of 271.3M
 * instructions on 2,000 Reuters-21578 articles). */
typedef struct pair_slot {
    uint64_t key;       /* pair_key */
    uint32_t gen;       /* the article (cx->pair_gen) it is of */
    uint32_t idx;       /* in cx->pairs */
} pair_slot;

static uint64_t pair_key(int a, int b)
{
    return (uint64_t)(uint32_t)a << 32 | (uint32_t)b;
}

static size_t pair_slot_of(uint64_t key, size_t cap)
{
    return (size_t)((key * 0x9e3779b97f4a7c15ULL) >> 32) & (cap - 1);
}

pair_acc *dyad_score__pair_find(const dyad_score_ctx *cx, int a, int b)
{
    uint64_t key = pair_key(a, b);
    size_t cap = cx->pair_idx_cap;
    if (!cap)
        return NULL;
    for (size_t j = pair_slot_of(key, cap);
         cx->pair_idx[j].gen == cx->pair_gen; j = (j + 1) & (cap - 1))
        if (cx->pair_idx[j].key == key)
            return &cx->pairs[cx->pair_idx[j].idx];
    return NULL;
}

/* Makes *tab a table of n keys, half full at most: 1 when it made a new
 * (empty) one, 0 when the one it has is large enough, -1 when out of
 * memory. */
static int slots_for(pair_slot **tab, size_t *cap, size_t n)
{
    if (n * 2 <= *cap)
        return 0;
    size_t c = *cap ? *cap : 64;
    while (c < n * 2)
        c *= 2;
    pair_slot *t = dyad_calloc(c, sizeof *t);
    if (!t)
        return -1;
    dyad_free(*tab);
    *tab = t;
    *cap = c;
    return 1;
}

/* Indexes pair i of the article, the last added; DYAD_ENOMEM. */
static int pair_index(dyad_score_ctx *cx, size_t i)
{
    int made = slots_for(&cx->pair_idx, &cx->pair_idx_cap, cx->npairs);
    if (made < 0)
        return DYAD_ENOMEM;
    if (made) {
        /* a new table of all the pairs */
        cx->pair_gen = 1;
        for (size_t k = 0; k < i; k++)
            if (pair_index(cx, k) != DYAD_OK)
                return DYAD_ENOMEM;
    }
    uint64_t key = pair_key(cx->pairs[i].s.a, cx->pairs[i].s.b);
    size_t cap = cx->pair_idx_cap, j = pair_slot_of(key, cap);
    while (cx->pair_idx[j].gen == cx->pair_gen)
        j = (j + 1) & (cap - 1);
    cx->pair_idx[j] = (pair_slot){key, cx->pair_gen, (uint32_t)i};
    return DYAD_OK;
}

static pair_acc *pair_get(dyad_score_ctx *cx, int a, int b)
{
    pair_acc *found = dyad_score__pair_find(cx, a, b);
    if (found)
        return found;
    size_t old = cx->pairs_cap;
    if (dyad_grow(&cx->pairs, &cx->pairs_cap, cx->npairs + 1,
                  sizeof *cx->pairs) < 0)
        return NULL;
    if (cx->pairs_cap > old)
        memset(cx->pairs + old, 0, (cx->pairs_cap - old) * sizeof *cx->pairs);
    pair_acc *p = &cx->pairs[cx->npairs++];
    uint32_t *ev = p->ev;
    size_t ev_cap = p->ev_cap;
    memset(p, 0, sizeof *p);
    p->ev = ev;
    p->ev_cap = ev_cap;
    p->s.a = a;
    p->s.b = b;
    if (pair_index(cx, cx->npairs - 1) != DYAD_OK)
        return NULL;
    /* "A-B" without snprintf, which was 4% of `dyad score` (callgrind) */
    const char *ca = dyad_actors_code(cx->sc->ga, a);
    const char *cb = dyad_actors_code(cx->sc->ga, b);
    size_t la = strlen(ca), lb = strlen(cb);
    if (la + 1 + lb < sizeof p->s.pair) {
        memcpy(p->s.pair, ca, la);
        p->s.pair[la] = '-';
        memcpy(p->s.pair + la + 1, cb, lb + 1);
    } else {   /* codes are short (valid_code): cut, as snprintf would */
        snprintf(p->s.pair, sizeof p->s.pair, "%s-%s", ca, cb);
    }
    return p;
}

/* The pair of actor codes a and b, which are put in the pair's order (by
 * code string). */
static pair_acc *pair_of_codes(dyad_score_ctx *cx, int *a, int *b)
{
    if (dyad_actors__code_cmp(cx->sc->ga, *a, *b) > 0) {
        int t = *a;
        *a = *b;
        *b = t;
    }
    return pair_get(cx, *a, *b);
}

/* How much a sentence says about its pairs, for choosing evidence. */
static double strength(const dyad_score_ctx *cx, uint32_t s)
{
    return fabs(cx->si[s].compound) + 0.5 * cx->si[s].nhits;
}

/* Keeps the best `max` evidence sentences of p. */
static int add_evidence(dyad_score_ctx *cx, pair_acc *p, uint32_t s)
{
    size_t max = (size_t)cx->sc->opts.evidence;
    if (max == 0)
        return DYAD_OK;
    if (p->nev < max) {
        if (dyad_grow(&p->ev, &p->ev_cap, p->nev + 1, sizeof *p->ev) < 0)
            return DYAD_ENOMEM;
        p->ev[p->nev++] = s;
        return DYAD_OK;
    }
    size_t weakest = 0;
    for (size_t i = 1; i < p->nev; i++)
        if (strength(cx, p->ev[i]) < strength(cx, p->ev[weakest]))
            weakest = i;
    if (strength(cx, s) > strength(cx, p->ev[weakest])) {
        /* keep sentence order: drop the weakest, append s */
        memmove(p->ev + weakest, p->ev + weakest + 1,
                (p->nev - weakest - 1) * sizeof *p->ev);
        p->ev[p->nev - 1] = s;
    }
    return DYAD_OK;
}

/* Adds one weight (an event's or a hit's) to p's mean and counts. */
static void add_weight(pair_acc *p, double weight, double w, int negated,
                       int mode)
{
    p->gold_sum += w * weight;
    p->gold_w += w;
    p->s.events++;
    if (negated)
        return;
    if (weight < 0) {
        p->s.conflict++;
        p->s.threats += mode == DYAD_MODE_THREAT;
        p->s.acts += mode == DYAD_MODE_ACT;
    } else {
        p->s.cooperation++;
    }
}

/* Credits sentence s to the pair of actor codes a and b with weight w:
 * its compound and tension hits count toward the pair's means with that
 * weight, and its hits toward the pair's counts. */
static int credit(dyad_score_ctx *cx, int a, int b, size_t s, double w)
{
    const sent_info *si = &cx->si[s];
    pair_acc *p = pair_of_codes(cx, &a, &b);
    if (!p)
        return DYAD_ENOMEM;
    p->s.sentences++;
    p->wsum += w;
    p->tone_sum += w * si->compound;
    for (size_t h = si->hit0; h < si->hit0 + si->nhits; h++) {
        const thit *t = &cx->hits[h];
        p->s.hits++;
        add_weight(p, t->weight, w, t->negated, t->entry->mode);
        if (!cx->sc->opts.events)
            p->s.events = 0;   /* as before the event stage */
    }
    return add_evidence(cx, p, (uint32_t)s);
}

/* Is the unordered pair (a, b) linked in sentence s: an event or a link
 * between them? */
static int linked(const dyad_score_ctx *cx, size_t s, int a, int b)
{
    const sent_info *si = &cx->si[s];
    if (cx->link_s == s + 1) {   /* the pairs are in link_idx */
        uint64_t key = a < b ? pair_key(a, b) : pair_key(b, a);
        size_t cap = cx->link_cap;
        for (size_t j = pair_slot_of(key, cap);
             cx->link_idx[j].gen == cx->link_gen; j = (j + 1) & (cap - 1))
            if (cx->link_idx[j].key == key)
                return 1;
        return 0;
    }
    for (uint32_t k = si->ev0; k < si->ev0 + si->nev; k++)
        if (same_pair(cx->ev[k].src, cx->ev[k].tgt, a, b))
            return 1;
    for (uint32_t k = si->ln0; k < si->ln0 + si->nln; k++)
        if (same_pair(cx->ln[k].a, cx->ln[k].b, a, b))
            return 1;
    return 0;
}

static void link_put(dyad_score_ctx *cx, int a, int b)
{
    uint64_t key = a < b ? pair_key(a, b) : pair_key(b, a);
    size_t cap = cx->link_cap, j = pair_slot_of(key, cap);
    for (; cx->link_idx[j].gen == cx->link_gen; j = (j + 1) & (cap - 1))
        if (cx->link_idx[j].key == key)
            return;
    cx->link_idx[j] = (pair_slot){key, cx->link_gen, 0};
}

/* The pairs that the events and links of sentence s relate, into
 * cx->link_idx for linked, when the sentence has so many of them and of
 * candidates that linked would look through them again and again (a
 * sentence listing twenty countries: 1.2M of 269.0M instructions on
 * 2,000 Reuters-21578 articles). DYAD_ENOMEM. */
static int link_set(dyad_score_ctx *cx, size_t s)
{
    const sent_info *si = &cx->si[s];
    size_t n = (size_t)si->nev + si->nln;
    cx->link_s = 0;
    if (n * cx->ncand <= 64)
        return DYAD_OK;
    int made = slots_for(&cx->link_idx, &cx->link_cap, n);
    if (made < 0)
        return DYAD_ENOMEM;
    if (made)
        cx->link_gen = 0;
    if (++cx->link_gen == 0) {
        memset(cx->link_idx, 0, cx->link_cap * sizeof *cx->link_idx);
        cx->link_gen = 1;
    }
    for (uint32_t k = si->ev0; k < si->ev0 + si->nev; k++)
        link_put(cx, cx->ev[k].src, cx->ev[k].tgt);
    for (uint32_t k = si->ln0; k < si->ln0 + si->nln; k++)
        link_put(cx, cx->ln[k].a, cx->ln[k].b);
    cx->link_s = s + 1;
    return DYAD_OK;
}

/* Does hit h count for the pair (a, b) of sentence s: it links them, or it
 * links no pair of its own and a relational phrase links them? */
static int hit_counts(const dyad_score_ctx *cx, size_t s, uint32_t h, int a,
                      int b)
{
    const sent_info *si = &cx->si[s];
    int own = 0, phrase = 0;
    if (cx->hits[h].linked < 0)
        return 0;
    for (uint32_t k = si->ln0; k < si->ln0 + si->nln; k++) {
        const ev_link *l = &cx->ln[k];
        int same = same_pair(l->a, l->b, a, b);
        if (l->kind == LINK_HIT && l->idx == h) {
            if (same)
                return 1;
            own = 1;
        }
        phrase |= l->kind != LINK_HIT && same;
    }
    return !own && phrase;
}

/* Credits sentence s to the pair (a, b) with the event stage: a linked
 * pair gets the sentence's compound, its events and the hits that count
 * for it; a pair only named gets a co-mention. */
static int credit_events(dyad_score_ctx *cx, int a, int b, size_t s)
{
    const sent_info *si = &cx->si[s];
    pair_acc *p = pair_of_codes(cx, &a, &b);
    if (!p)
        return DYAD_ENOMEM;
    if (!linked(cx, s, a, b)) {
        p->s.comentions++;
        return DYAD_OK;
    }
    p->s.sentences++;
    p->wsum += 1;
    p->tone_sum += si->compound;
    for (uint32_t k = si->ev0; k < si->ev0 + si->nev; k++) {
        const dyad_event *e = &cx->ev[k];
        if (same_pair(e->src, e->tgt, a, b))
            add_weight(p, e->weight, 1, (e->rules & DYAD_EV_NEGATED) != 0,
                       e->mode);
    }
    for (uint32_t h = si->hit0; h < si->hit0 + si->nhits; h++)
        if (hit_counts(cx, s, h, a, b)) {
            p->s.hits++;
            add_weight(p, cx->hits[h].weight, 1, cx->hits[h].negated,
                       cx->hits[h].entry->value < 0 ? cx->hits[h].entry->mode
                                                    : DYAD_MODE_NONE);
        }
    return add_evidence(cx, p, (uint32_t)s);
}

/* Keeps (a, b) as a candidate pair of the current sentence with weight w,
 * or raises the weight it has. */
/* Adds the pair of a and b to the sentence's candidates with weight w,
 * or raises the weight of that pair; new: it is none of them. */
static int candidate(dyad_score_ctx *cx, int a, int b, double w, int new)
{
    if (a == b)
        return DYAD_OK;
    if (a > b) {
        int t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0; i < cx->ncand && !new; i++)
        if (cx->cand[i].a == a && cx->cand[i].b == b) {
            if (w > cx->cand[i].w)
                cx->cand[i].w = w;
            return DYAD_OK;
        }
    if (dyad_grow(&cx->cand, &cx->cand_cap, cx->ncand + 1, sizeof *cx->cand) <
        0)
        return DYAD_ENOMEM;
    cx->cand[cx->ncand++] = (pair_cand){a, b, w};
    return DYAD_OK;
}

/* The pairs sentence s speaks about: every two of its actors (weight 1)
 * and, with a window of N, each of its actors with each actor of the
 * sentences up to N before or after it in the same paragraph (weight
 * 1/2^distance). */
static int pairs_of(dyad_score_ctx *cx, size_t s)
{
    const sent_info *si = &cx->si[s];
    const dyad_actor_hit *as = cx->act + si->act0;
    cx->ncand = 0;
    /* the sentence's actors are distinct: so are the pairs of them, with
     * no need to look for them among the others (a sentence that lists
     * twenty countries has 190) */
    for (size_t i = 0; i < si->nact; i++)
        for (size_t j = i + 1; j < si->nact; j++)
            if (candidate(cx, as[i].code, as[j].code, 1, 1) != DYAD_OK)
                return DYAD_ENOMEM;
    int window = cx->sc->opts.window;
    double w = 1;
    for (int d = 1; d <= window && si->nact; d++) {
        w /= 2;
        for (int side = -1; side <= 1; side += 2) {
            long t = (long)s + side * d;
            if (t < 0 || (size_t)t >= cx->doc.nsent ||
                cx->doc.sent[t].para != cx->doc.sent[s].para)
                continue;
            const sent_info *ti = &cx->si[t];
            for (size_t i = 0; i < si->nact; i++)
                for (size_t j = 0; j < ti->nact; j++)
                    if (candidate(cx, as[i].code,
                                  cx->act[ti->act0 + j].code, w, 0) != DYAD_OK)
                        return DYAD_ENOMEM;
        }
    }
    /* With the event stage, a sentence's own pairs need a link; the
     * window's pairs (weight < 1) are credited as before. */
    if (cx->sc->opts.events && link_set(cx, s) != DYAD_OK)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < cx->ncand; i++)
        if ((cx->sc->opts.events && cx->cand[i].w == 1
                 ? credit_events(cx, cx->cand[i].a, cx->cand[i].b, s)
                 : credit(cx, cx->cand[i].a, cx->cand[i].b, s,
                          cx->cand[i].w)) != DYAD_OK)
            return DYAD_ENOMEM;
    return DYAD_OK;
}

static int cmp_pair(const void *a, const void *b)
{
    return strcmp(((const dyad_pair_score *)a)->pair,
                  ((const dyad_pair_score *)b)->pair);
}

static int run(dyad_score_ctx *cx, const dyad_scorer *sc, const char *text,
               size_t len, int flags, int32_t day, dyad_err *err)
{
    cx->sc = sc;
    cx->nhits = cx->nact = cx->npairs = 0;
    cx->link_s = 0;
    /* the pairs' index emptied: its slots are of an earlier article */
    if (++cx->pair_gen == 0) {
        if (cx->pair_idx)
            memset(cx->pair_idx, 0, cx->pair_idx_cap * sizeof *cx->pair_idx);
        cx->pair_gen = 1;
    }
    cx->nmen = cx->nev = cx->nln = 0;
    cx->pos_words = cx->neg_words = 0;
    int rc = dyad_text_analyse(&cx->doc, text, len, flags, err);
    if (rc != DYAD_OK)
        return rc;
    cx->koreas = 0;   /* prepare sets it */
    if (prepare(cx) != DYAD_OK ||
        (!(flags & DYAD_TEXT_ONE_SENTENCE) &&
         dyad_actors_prepare(cx->acx, &cx->doc) != DYAD_OK))
        goto nomem;
    if (!(flags & DYAD_TEXT_ONE_SENTENCE))
        dyad_actors__ctx_starts(cx->acx, cx->gcand, cx->ngcand);
    for (size_t s = 0; s < cx->doc.nsent; s++) {
        if (flags & DYAD_TEXT_ONE_SENTENCE) {
            dyad_score__valence(cx, s);
            continue;
        }
        cx->si[s].ev0 = cx->si[s].nev = cx->si[s].ln0 = cx->si[s].nln = 0;
        if (actors(cx, s, day) != DYAD_OK)
            goto nomem;
        dyad_score__valence(cx, s);
        /* tension hits only count for pairs: a sentence without two
         * countries (or one, with a window) has none to credit them to, and
         * explain finds them later (dyad_score__all_hits) */
        const sent_info *si = &cx->si[s];
        if (si->nact + si->nplace >= 2 ||
            (sc->opts.window > 0 && si->nact >= 1)) {
            if (tension(cx, s) != DYAD_OK)
                goto nomem;
            cx->si[s].hits_done = 1;
        } else {
            cx->si[s].hit0 = (uint32_t)cx->nhits;
            cx->si[s].nhits = 0;
            cx->si[s].hits_done = 0;
        }
        if (sc->opts.events && (dyad_events__sentence(cx, s) != DYAD_OK ||
                                take_places(cx, s) != DYAD_OK))
            goto nomem;
    }
    /* pairs once every sentence's actors are known (the window looks
     * ahead) */
    for (size_t s = 0; s < cx->doc.nsent && !(flags & DYAD_TEXT_ONE_SENTENCE);
         s++)
        if (pairs_of(cx, s) != DYAD_OK)
            goto nomem;
    return DYAD_OK;
nomem:
    return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
}

static int ascii_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
}

/* A text with letters and not one capital ("russia invades georgia",
 * a corpus lowercased for another tool), in capitals into out: the form
 * of headlines the gazetteer and the event stage read ("RUSSIA INVADES
 * GEORGIA"); names in lower case are found by no one. The word "us"
 * stays as it is: in lower case it is the pronoun far more often than
 * the country. 1 when out holds it, 0 when the text has a capital or no
 * letter, DYAD_ENOMEM. */
static int lower_to_upper(const char *s, size_t n, dyad_buf *out)
{
    int lower = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z')
            return 0;
        lower |= s[i] >= 'a' && s[i] <= 'z';
    }
    if (!lower)
        return 0;
    dyad_buf_clear(out);
    if (dyad_buf_append(out, s, n) != DYAD_OK)
        return DYAD_ENOMEM;
    char *t = out->data;
    for (size_t i = 0; i < n; i++) {
        int word = i + 1 < n && t[i] == 'u' && t[i + 1] == 's' &&
                   (i == 0 || !ascii_alnum(s[i - 1])) &&
                   (i + 2 == n || !ascii_alnum(s[i + 2]));
        if (word)
            i++;   /* "us" */
        else if (t[i] >= 'a' && t[i] <= 'z')
            t[i] = (char)(t[i] - 'a' + 'A');
    }
    return 1;
}

/* What a title (field 0) or text (1) says, as scraped news sets write it:
 * a Python bytes literal undone (dyad_utf8_bytes_literal), HTML entities
 * decoded (dyad_html_entities), a text in lower case only read in
 * capitals (lower_to_upper). *s and *n are left, or made to point at
 * cx's copy. DYAD_OK or DYAD_ENOMEM. */
static int plain_text(dyad_score_ctx *cx, int field, const char **s,
                      size_t *n)
{
    dyad_buf *b = cx->plain[field];
    int k = dyad_utf8_bytes_literal(*s, *n, &b[0], &cx->plain_tmp);
    if (k == 1) {
        *s = b[0].data;
        *n = b[0].len;
    }
    if (k >= 0 && (k = dyad_html_entities(*s, *n, &b[1])) == 1) {
        *s = b[1].data;
        *n = b[1].len;
    }
    if (k >= 0 && (k = lower_to_upper(*s, *n, &b[2])) == 1) {
        *s = b[2].data;
        *n = b[2].len;
    }
    return k < 0 ? DYAD_ENOMEM : DYAD_OK;
}

int dyad_score_article(dyad_score_ctx *cx, const dyad_scorer *sc,
                       const dyad_article *a, dyad_err *err)
{
    /* What is scored: the title as the first paragraph, then the text (a
     * headline alone when there is no text): a headline is news too. */
    const char *text = a->text, *title = a->title ? a->title : "";
    size_t len = a->text_len;
    size_t tl = strlen(title);
    if (plain_text(cx, 0, &title, &tl) != DYAD_OK ||
        plain_text(cx, 1, &text, &len) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    while (tl && strchr(" \t\r\n", title[tl - 1]))
        tl--;
    if (tl) {
        dyad_buf_clear(&cx->titled);
        if (dyad_buf_append(&cx->titled, title, tl) != DYAD_OK ||
            (len && (dyad_buf_append(&cx->titled, "\n\n", 2) != DYAD_OK ||
                     dyad_buf_append(&cx->titled, text, len) != DYAD_OK)))
            return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
        text = cx->titled.data;
        len = cx->titled.len;
    }
    int rc = run(cx, sc, text, len, 0, a->date.day, err);
    if (rc != DYAD_OK)
        return rc;
    cx->art = a;
    dyad_article_score *r = &cx->res;
    memset(r, 0, sizeof *r);
    r->id = a->id;
    memcpy(r->date, a->date_iso, sizeof r->date);
    r->words = cx->doc.words;
    r->sentences = cx->doc.nsent;
    r->lexicon = sc->version;
    double sum = 0;
    for (size_t s = 0; s < cx->doc.nsent; s++)
        sum += cx->si[s].compound;
    r->sentiment = cx->doc.nsent ? sum / (double)cx->doc.nsent : 0;
    if (r->words) {
        r->positive = 100.0 * (double)cx->pos_words / (double)r->words;
        r->negative = 100.0 * (double)cx->neg_words / (double)r->words;
    }
    r->tone = r->positive - r->negative;
    r->polarity = r->positive + r->negative;
    if (dyad_grow(&cx->out_pairs, &cx->out_cap, cx->npairs + 1,
                  sizeof *cx->out_pairs) < 0)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    for (size_t i = 0; i < cx->npairs; i++) {
        pair_acc *p = &cx->pairs[i];
        p->s.tone = p->wsum > 0 ? p->tone_sum / p->wsum : 0;
        p->s.goldstein = p->gold_w > 0 ? p->gold_sum / p->gold_w : 0;
        cx->out_pairs[i] = p->s;
    }
    qsort(cx->out_pairs, cx->npairs, sizeof *cx->out_pairs, cmp_pair);
    r->pairs = cx->out_pairs;
    r->npairs = cx->npairs;
    return DYAD_OK;
}

const dyad_article_score *dyad_score_result(const dyad_score_ctx *cx)
{
    return &cx->res;
}

const dyad_event *dyad_score_events(const dyad_score_ctx *cx, size_t *n)
{
    *n = cx->nev;
    return cx->ev;
}

double dyad_score_compound(dyad_score_ctx *cx, const dyad_scorer *sc,
                           const char *text, size_t len)
{
    if (run(cx, sc, text, len, DYAD_TEXT_ONE_SENTENCE, 0, NULL) != DYAD_OK)
        return NAN;
    return cx->doc.nsent ? cx->si[0].compound : 0;
}

void dyad_score_keep_pairs(dyad_score_ctx *cx, const char (*pairs)[20],
                           size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < cx->res.npairs; i++) {
        int keep = 0;
        for (size_t j = 0; j < n && !keep; j++)
            keep = strcmp(cx->out_pairs[i].pair, pairs[j]) == 0;
        if (keep)
            cx->out_pairs[k++] = cx->out_pairs[i];
    }
    cx->res.npairs = k;
}
