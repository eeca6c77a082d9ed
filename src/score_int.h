/* score_int.h - the parts of the scorer shared by score.c, valence.c and
 * score_out.c. */
#ifndef DYAD_SCORE_INT_H
#define DYAD_SCORE_INT_H

#include <string.h>

#include "dyad/events.h"
#include "dyad/score.h"
#include "dyad/text.h"
#include "phrase.h"
#include "util/hints.h"

/* Rules that changed a token's valence (bits of vtrace.rules). */
enum {
    VR_NEGATED = 1,     /* a negation within three tokens before */
    VR_BOOSTED = 2,     /* a booster or dampener before */
    VR_CAPS = 4,        /* ALL CAPS among lower-case words */
    VR_BUT_BEFORE = 8,  /* before "but": x0.5 */
    VR_BUT_AFTER = 16,  /* after "but": x1.5 */
    VR_LEAST = 32,      /* "least" before: negated */
    VR_NEVER_SO = 64,   /* "never so"/"so": intensified */
    VR_IDIOM = 128,     /* part of an idiom or multi-word term */
    VR_EMPH = 256       /* sentence '!' or '?' emphasis (on the sum) */
};

/* A token starts a valence (keys) or tension (bkeys) term with a wildcard
 * first word (bits of tok_info.wild): without the bit and without a chain the
 * table need not be asked. Bits 2-3 (valence) and 4-5 (tension) count
 * the wildcard chains, kept in ctx->wchains; WILD_MANY: more than
 * WILD_KEEP, not kept. */
enum { WILD_VALENCE = 1, WILD_TENSION = 2, WILD_VSHIFT = 2, WILD_TSHIFT = 4 };
/* More bits of tok_info.wild: the valence pass (WILD_ANY_V: a "but", an
 * idiom's first word, a valence chain or wildcard) or the tension pass
 * (WILD_ANY_T: a tension chain or wildcard) has something to do at the
 * token. One byte tested where the passes tested two and three arrays:
 * most tokens have nothing. */
enum { WILD_ANY_V = 64, WILD_ANY_T = 128 };
#define WILD_KEEP 2
#define WILD_MANY 3

/* Word classes of the VADER rules (bits of tok_info.cls). */
enum {
    W_BOOST_UP = 1, W_BOOST_DOWN = 2, W_NEG = 4, W_DESPITE = 8, W_BUT = 16,
    W_NEVER = 32, W_SO_THIS = 64, W_LEAST = 128, W_KIND = 256, W_OF = 512,
    W_AT_VERY = 1024, W_NO = 2048, W_IDIOM = 4096, W_SORT = 8192,
    W_JUST = 16384, W_ENOUGH = 32768
};

typedef struct vtrace {
    double raw;         /* lexicon valence (0 when none) */
    double val;         /* after the rules */
    double boost;       /* sum of booster contributions */
    unsigned rules;
    unsigned width;     /* tokens of the term (1, or more for phrases) */
} vtrace;

typedef struct thit {
    const dyad_lex_entry *entry;
    uint32_t sent, tok, ntok;
    double weight;      /* after negation */
    int negated;
    int linked;         /* -1: part of an event (not counted apart) */
} thit;

/* Does key k end in suffix (of length n)? */
static inline int key_ends(dyad_span k, const char *suffix, size_t n)
{
    return k.len >= n && memcmp(k.ptr + k.len - n, suffix, n) == 0;
}

/* Is there a comma between token k - 1 and token k of doc d? */
static inline int comma_before(const dyad_doc *d, size_t k)
{
    const dyad_token *a = &d->tok[k - 1], *b = &d->tok[k];
    return memchr(d->text + a->off + a->len, ',',
                  b->off - (a->off + a->len)) != NULL;
}

/* Is key k the word w? Always inline: of a literal word, its length is
 * a constant and its memcmp a compare or two, where a call counted the
 * word (strlen) each time; GCC had stopped inlining it into the longest
 * function of events.c (read_sentence): dyad_events__sentence 117.03M ->
 * 112.17M instructions on all of Reuters-21578. */
DYAD_ALWAYS_INLINE static inline int key_is(dyad_span k, const char *w)
{
    size_t n = strlen(w);
    return k.len == n && memcmp(k.ptr, w, n) == 0;
}

/* Is key k one of the n words of list? KEY_IN for a static array. The
 * first letters are compared before any length is counted: most words of
 * a sentence start with a letter no word of the list does (strlen had
 * been 5% of scoring's instructions on Reuters, most of it here). */
static inline int key_in(dyad_span k, const char *const *list, size_t n)
{
    if (k.len == 0)
        return 0;
    /* unrolled at a KEY_IN of a static list, each word's first letter and
     * length are constants: a word costs a compare, where it loaded the
     * pointer and the letter (events.c's first_person, 22 words asked of
     * up to 15 tokens, went from 5.4M to 1.0M instructions on 2,000
     * Reuters-21578 articles) */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 64
#endif
    for (size_t i = 0; i < n; i++)
        if (list[i][0] == k.ptr[0] && key_is(k, list[i]))
            return 1;
    return 0;
}
#define KEY_IN(k, list) key_in((k), (list), sizeof(list) / sizeof(list)[0])

/* Is (x, y) the pair (a, b) in either order? */
static inline int same_pair(int x, int y, int a, int b)
{
    return (x == a && y == b) || (x == b && y == a);
}

/* The entry of the mentions made by "the two Koreas" (score.c). */
#define DYAD_ACTOR_KOREAS (-2)

/* What links two actors of a sentence besides its events. */
enum {
    LINK_PHRASE = 1,    /* a relational phrase */
    LINK_HIT = 2,       /* a tension hit placing them */
    LINK_CUE = 3        /* two countries and a cue, nothing placing them */
};
typedef struct ev_link {
    int a, b;           /* actor codes (a the source of a hit) */
    int kind;           /* LINK_* */
    uint32_t idx;       /* the hit, for LINK_HIT */
} ev_link;

typedef struct sent_info {
    double compound;
    double sum;         /* valence sum before normalising */
    double emph;        /* punctuation emphasis added */
    uint32_t hit0, nhits;       /* its tension hits */
    uint32_t act0, nact;        /* its distinct actor hits */
    uint32_t men0, nmen;        /* its mentions in text order (events) */
    uint32_t nplace;            /* codes named only as a place (capitals,
                                 * dyad_actor_hit.place): not actors until
                                 * an event or link takes them */
    uint32_t ev0, nev;          /* its events */
    uint32_t ln0, nln;          /* its links */
    uint32_t vt0, vt1;          /* its valence terms start in tokens
                                 * [vt0, vt1) (valence sets them) */
    int hits_done;              /* its tension hits were looked for */
} sent_info;

typedef struct pair_acc {
    dyad_pair_score s;
    double tone_sum, wsum;      /* weighted compound sum, weight sum */
    double gold_sum, gold_w;    /* weighted hit weight sum, weight sum */
    uint32_t *ev;       /* evidence sentences (best first while scoring) */
    size_t nev, ev_cap;
} pair_acc;

typedef struct pair_cand {
    int a, b;
    double w;
} pair_cand;

struct dyad_phrases;

/* What prepare learns of a token key from the tables, remembered by key
 * (see prepare in score.c). */
/* MEMO_SETS = 2^MEMO_BITS sets of MEMO_WAYS keys, a set a cache line:
 * 32768 sets, 2 MiB, 98,304 keys. On generated news 2048 slots were
 * enough; real news has an open vocabulary, and each miss is a probe of
 * the lexicon tables that misses the cache: on 6,000 Reuters-21578
 * articles 16384 slots cost 7.3M instructions more than 32768 (699.2M ->
 * 691.9M; 65536: 688.2M). The memo was 32768 slots of 64 bytes, the key
 * and what the tables say of it, in pairs (two ways of a set); a set is
 * now three keys and, for each, the place of the answer in a pool of the
 * distinct answers (6,479 on Reuters-21578): three ways in a line where
 * two took two lines, and three times the keys in the same memory. On
 * all of Reuters-21578 look_up went from 141K calls to 88K, and prepare
 * (with the keys stored as they are hashed, and a hit that writes
 * nothing) from 271.6M to 218.2M instructions; with 16384 sets (1 MiB)
 * prepare took 9.7M more, with 65536 (4 MiB) 3.4M fewer. */
#define MEMO_BITS 15
#define MEMO_SETS (1 << MEMO_BITS)
#define MEMO_WAYS 3
#define MEMO_KEY 15         /* longest key remembered, bytes (memo_key in
                             * score.c: two 8-byte words, the length in
                             * the second's last byte) */
/* What the tables say of a token's key, per token in ctx->ti: one
 * 20-byte copy from the memo a token in prepare, where seven arrays took
 * a load and a store each, in a loop of their own for their pointers to
 * stay in registers (prepare 24.2M -> 20.7M instructions on 2,000
 * Reuters-21578 articles). */
typedef struct tok_info {
    uint32_t vhead;         /* chain of the key in valence */
    uint32_t thead;         /* chain of the base key in tension */
    uint32_t ehead;         /* chain of the key in the event verbs */
    uint32_t ew;            /* the event stage's word classes */
    uint16_t cls;           /* W_* classes */
    unsigned char inlex;    /* a one-word valence entry */
    unsigned char wild;     /* WILD_* */
} tok_info;

/* An answer of the memo's pool: what look_up found of a key. */
typedef struct memo_info {
    tok_info ti;
    unsigned char gaz;      /* the gazetteer is to look at a token of
                             * the key: it may start an alias
                             * (dyad_actors__may_start_h), or the token
                             * may not be plain (score.c, maybe_not_plain) */
    unsigned char kor;      /* the key has "korea" (score.c, two_koreas);
                             * such an answer is not kept (memo_fill) */
    unsigned char pad[2];   /* zero: answers are compared whole */
    uint32_t wchains[2 * WILD_KEEP];   /* valence's, then tension's */
} memo_info;

/* A set of the memo, one cache line: its keys (memo_key in score.c),
 * most recently used first, and where their answers are. */
typedef struct memo_set {
    uint64_t k0[MEMO_WAYS], k1[MEMO_WAYS];   /* k1 ~0: an empty way */
    uint32_t info[MEMO_WAYS];   /* the answer's offset in the pool, bytes */
    uint32_t pad;
} memo_set;
_Static_assert(sizeof(memo_set) == 64, "a memo set is a cache line");

struct dyad_scorer {
    struct dyad_phrases *words;   /* word -> W_* classes */
    const dyad_lex *lex;
    const struct dyad_phrases *valence, *tension;  /* lex's tables */
    int kor, prk;       /* code indices of "the two Koreas", or -1 */
    /* A Bloom filter over the hashes of the class words (~150): most
     * tokens are none, and this test spares them the lookup. */
    uint64_t class_filter[64];
    const dyad_actors *ga;
    dyad_score_opts opts;
    uint64_t id;        /* no other scorer has had it (the memo's tag) */
    char version[17];
};

struct dyad_score_ctx {
    const dyad_scorer *sc;
    dyad_buf titled;       /* title and text, as dyad_score_article scores */
    dyad_buf plain[2][3], plain_tmp;  /* title and text as read
                                       * (plain_text) */
    dyad_doc doc;
    dyad_actors_ctx *acx;
    vtrace *vt;
    size_t vt_cap;
    unsigned char *mask;      /* per token: part of an actor mention */
    uint32_t *gcand;          /* the tokens the gazetteer is to look at
                               * (dyad_actors__ctx_starts) */
    size_t ngcand;
    tok_info *ti;             /* per token: what the tables say */
    dyad_span *keys;          /* valence keys (full), per token */
    dyad_span *bkeys;         /* base keys (no possessive), per token */
    uint32_t (*wchains)[2 * WILD_KEEP];   /* per token with wild: its
                                           * wildcard chains (memo_info) */
    size_t keys_cap;
    memo_set *memo;           /* MEMO_SETS, or NULL before the first use */
    void *memo_mem;           /* its allocation (memo is aligned in it) */
    uint64_t memo_sc, memo_gen;   /* the scorer id and lexicon generation
                                   * that the memo is of */
    uint64_t memo_ga;         /* and the gazetteer's dyad_actors__stamp */
    memo_info *pool;          /* the memo's distinct answers */
    size_t npool, pool_cap;
    uint32_t *pool_idx;       /* the pool by its answers (index + 1, 0:
                               * free), open addressing */
    size_t pool_idx_cap;
    uint32_t pool_plain[2];   /* index + 1 of the answer with gaz 0 and 1
                               * that says nothing else (0: none yet) */
    memo_info memo_tmp;       /* the answer for a key too long to keep */
    sent_info *si;
    size_t si_cap;
    thit *hits;
    size_t nhits, hits_cap;
    dyad_actor_hit *act;      /* distinct actors of each sentence */
    size_t nact, act_cap;
    dyad_actor_hit *men;      /* mentions of each sentence, text order */
    size_t nmen, men_cap;
    dyad_event *ev;           /* events of each sentence */
    size_t nev, ev_cap;
    ev_link *ln;              /* links of each sentence */
    size_t nln, ln_cap;
    uint16_t *eclause;        /* event stage scratch, per token of the
                               * sentence being read */
    unsigned char *erole;
    size_t escr_cap;
    unsigned char *emrole;    /* per mention of that sentence */
    size_t emrole_cap;
    pair_acc *pairs;
    size_t npairs, pairs_cap;
    /* the pairs by their codes (dyad_score__pair_find): open addressing,
     * a slot of another article (pair_gen) is free */
    struct pair_slot *pair_idx;
    size_t pair_idx_cap;
    uint32_t pair_gen;
    /* the pairs related by the events and links of sentence link_s - 1
     * (0: none), by slots of link_gen (score.c, linked) */
    struct pair_slot *link_idx;
    size_t link_cap, link_s;
    uint32_t link_gen;
    pair_cand *cand;          /* pairs of the sentence being credited */
    size_t ncand, cand_cap;
    dyad_pair_score *out_pairs;
    size_t out_cap;
    dyad_article_score res;
    const dyad_article *art;
    size_t pos_words, neg_words;   /* raw valence > 0, < 0 (valence.c) */
    int koreas;               /* 1: a key of the article is one that
                               * two_koreas reads (memo_fill), or "korea" is
                               * in its keys' buffer; 0: no such key, the
                               * buffer not read yet; -1: neither */
};

/* The pair of actor codes a, b (in pair_acc order) of the article, or
 * NULL. */
pair_acc *dyad_score__pair_find(const dyad_score_ctx *cx, int a, int b);

/* Finds the tension hits of the sentences that scoring passed over (no
 * pair to credit them to), for an explanation. DYAD_ENOMEM. */
int dyad_score__all_hits(dyad_score_ctx *cx);
/* Is k a verb of consent (accept, recognise, tolerate, allow, ...)? "would
 * not accept Russia's annexation" refuses the annexation, which keeps its
 * sign (score.c) and sets the one who refuses against the one who acts
 * (events.c). */
int dyad_score__consent(dyad_span k);

/* Does "to help" (support, assist, aid, back, bolster, reinforce) follow
 * within six tokens from token from (of the doc), before token end?
 * Troops sent to help are military aid, not a show of force ("Chad sent
 * troops into Cameroon to help fight Boko Haram"). */
int dyad_score__to_help(const dyad_score_ctx *cx, size_t from, size_t end);

/* The event stage (events.c): reads sentence s (its actors, mentions,
 * hits and the token arrays ready) into cx->ev and cx->ln, and marks its
 * hits' links. DYAD_ENOMEM. */
int dyad_events__sentence(dyad_score_ctx *cx, size_t s);

/* Scores the valence of sentence s of cx->doc into cx->vt and
 * cx->si[s]. Needs cx->keys and cx->ti. */
void dyad_score__valence(dyad_score_ctx *cx, size_t s);
/* Is a token of key k and W_* classes cls one the valence pass is to
 * stop at for the idioms: the first word of one, but "the" (the pass goes
 * back to a "the" from the token after it, dyad_score__valence), and the
 * second word of one that starts with "the" ("shit", "bomb")? */
int dyad_score__idiom_stop_slow(dyad_span k);
static inline int dyad_score__idiom_stop(dyad_span k, unsigned cls)
{
    if (cls & W_IDIOM)
        return !key_is(k, "the");
    return k.len == 4 && dyad_score__idiom_stop_slow(k);
}
/* The table of rule words (boosters, negations, "but", ...); NULL on
 * allocation failure. */
struct dyad_phrases *dyad_score__classes(void);
/* W_* classes of a token key whose dyad_phrases_hash is h; W_NEG covers
 * "n't" forms and, when vader_only, "despite". */
unsigned dyad_score__class(const dyad_scorer *sc, dyad_span key, uint64_t h);

/* Does key contain "n't"? Found from its apostrophe, which few keys have
 * (a scan for the 'n' cost more than a table lookup). */
static inline int dyad_score__has_nt(dyad_span k)
{
    const char *end = k.ptr + k.len;
    for (const char *q = k.len >= 3 ? memchr(k.ptr, '\'', k.len) : NULL; q;
         q = memchr(q + 1, '\'', (size_t)(end - q - 1)))
        if (q > k.ptr && q[-1] == 'n' && q + 1 < end && q[1] == 't')
            return 1;
    return 0;
}

/* A head of tok_info.vhead or .thead with this bit set (and not
 * DYAD_PHRASES_NONE) is no chain: the key's only term is its one-word
 * term and no wildcard term starts the key (dyad_phrases_one_only), and
 * the rest is that term's payload, the match without a look at the
 * table. Most words of the lexicons are such terms: the look at their
 * chain, mostly a cache miss (scan_chain, 5% of the time of `dyad score`
 * on Reuters-21578 for 1% of its instructions), is made once per key, in
 * the memo. Chains and payloads are indices of arrays and stay far
 * below 2^31. */
#define HEAD_ONE 0x80000000u

/* dyad_phrases_match_at of keys[0..n) whose first key has chain head and
 * the wildcard chains wc, nw of them (WILD_MANY: not kept). Knowing the
 * wildcard chains of a key (found once, in the memo) spares the
 * byte-by-byte prefix scan, and the call for the tokens a wildcard's
 * first bytes only look like: tension matching went from 240K calls and
 * 65M instructions to 125K and 31M on 10,000 articles. */
static inline size_t dyad_score__match(const struct dyad_phrases *p,
                                       const dyad_span *keys, size_t n,
                                       uint32_t head, unsigned nw,
                                       const uint32_t *wc, uint32_t *idx)
{
    if (head != DYAD_PHRASES_NONE && (head & HEAD_ONE)) {
        *idx = head & ~HEAD_ONE;
        return n > 0;
    }
    if (nw == WILD_MANY)
        return dyad_phrases_match_at(p, keys, n, head, idx);
    return dyad_phrases_match_chains(p, keys, n, wc, nw, head, idx);
}

#endif
