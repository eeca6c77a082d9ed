/*
 * phrase.c - open-addressing hash tables over term words (see phrase.h).
 * Terms are chained by their first word, so a lookup costs one probe for
 * the exact word plus one per distinct wildcard prefix length.
 */
#include "phrase.h"

#include <string.h>

#include "util/alloc.h"
#include "util/hash.h"
#include "util/hints.h"

#define NONE DYAD_PHRASES_NONE
#define BLOOM_BITS 16                       /* 2^16 bits = 8 KiB a filter */
#define BLOOM_WORDS ((1u << BLOOM_BITS) / 64)

typedef struct {
    uint32_t off, len;
    uint32_t prefix;
} word_t;

typedef struct {
    uint32_t word0;      /* index of the first word */
    uint32_t nwords;
    uint32_t payload;
    uint32_t next;       /* next term with the same first word */
    uint32_t next2;      /* next term of its group (see chain_t.rest) */
    uint32_t spec;       /* specificity: exact words count more */
    uint32_t str_off, str_len;
    uint32_t chain;      /* index in chains */
} term_t;

/* What the terms with one first word have in common. Chains are never
 * removed, so their indices are stable handles for callers.
 *
 * All that a match or a lookup reads of a chain is in these 16 bytes,
 * one line: the one-word term's payload and spec, the flags and the
 * heads of the groups. The newest term (which only loading and
 * dyad_phrases_each_first read) is apart, in dyad_phrases.head. Before,
 * a chain was 24 bytes, and an array of 8 bytes a chain held the payload
 * of a chain whose only term is the one-word term; but the callers that
 * match most (the scorer, the gazetteer) remember such chains' payloads
 * and ask only of the others (86% of scan_chain's visits on
 * Reuters-21578), which then missed the cache twice: scan_chain went
 * from 5.9% to 5.4% of the samples of `dyad score` on Reuters-21578 x5
 * (perf), dyad_phrases_one_only from 0.7% to 0.4%; r2k 199.56M ->
 * 198.82M instructions (start-up -0.35M, scan_chain -0.13M). */
typedef struct {
    uint32_t payload;    /* the one-word term's, with `one` not NONE */
    uint32_t flags;      /* C_* and the one-word term's spec (C_SPEC) */
    uint32_t one;        /* the one-word term, or NONE */
    /* A chain's terms also form groups, newest first through next2: one
     * for each exact second word (heads in dyad_phrases.second), and the
     * rest (the one-word term, wildcard second words), headed here. A
     * chain such as "South" or "United" has dozens of terms; walking only
     * the group of the next key's word and the rest, merged by term index
     * (the chain's order), took scan_chain from 45.6M to 35.9M
     * instructions on 10,000 articles (whole run 751.0M -> 745.0M) */
    uint32_t rest;
} chain_t;

enum {
    C_SPEC = 0xff,       /* the one-word term's spec (64 at most) */
    C_MULTI = 1 << 8,    /* some term has a second word without '*' */
    C_WILD2 = 1 << 9,    /* some term has a wildcard second word */
    C_SHORT2 = 1 << 10,  /* some term has a one-byte one ("x*") */
    /* A filter of 16 bits of the first two bytes of the second words of
     * the chain's terms (head_local): tested before pair_heads, which
     * the cache mostly no longer holds (on all of Reuters-21578 each of
     * scan_chain's 222K tests missed L1 nine times in ten, L2 one in
     * two: cachegrind), in the chain's line that scan_chain has loaded:
     * 89K tests reach pair_heads, and the L1 and L2 read misses of the
     * whole run went down by 143K and 75K (9.65M -> 9.51M, 2.70M ->
     * 2.62M); scan_chain 18.4M -> 17.7M instructions. */
    C_HEADS_SHIFT = 16
};

typedef struct {
    uint64_t h;
    uint32_t idx;        /* term index + 1; 0 = empty */
} slot_t;

/* A slot of `first` holds the chain and where its first word is in the
 * pool, and the word is compared there: a lookup loads the slot and the
 * word's bytes, where it loaded the slot, the head term, the word_t and
 * the bytes, one after the other, and the term again for its chain.
 * These loads mostly miss the cache (dyad_phrases_get_h took 4.8% of
 * the time of `dyad score` on Reuters-21578, perf, for 0.9% of its
 * instructions; cachegrind on 6,000 of its articles, 512 KiB L2: the L2
 * read misses of scoring went from 836K to 759K, with one_word's payload
 * taken from an array of its own, then from the chain).
 *
 * The slot also holds the payload of the chain's one-word term, so that
 * dyad_phrases_get_h, which the scorer asks of every key it does not
 * remember, reads the slot and the word's bytes and no chain: its L2
 * read misses (cachegrind, 512 KiB L2, all of Reuters-21578) went from
 * 159.7K to 130.5K, its L1 misses from 403K to 363K; start-up +0.24M
 * instructions (r2k 198.82M -> 199.06M).
 * With it the slot has room for only 32 bits of the hash (its low bits,
 * which place it); those filter the slots as well, as the word is
 * compared anyway. */
#define FIRST_PREFIX 0x80000000u   /* the word is a wildcard prefix */
#define FIRST_ONE 0x40000000u      /* payload: of the one-word term */
#define FIRST_OFF 0x3fffffffu      /* the pool offset */

typedef struct {
    uint32_t h;          /* the low 32 bits of the word's hash */
    uint32_t idx;        /* chain index + 1; 0 = empty */
    uint32_t word;       /* FIRST_* bits */
    uint32_t payload;
} fslot_t;

typedef struct {
    slot_t *slot;
    size_t cap, n;
} table_t;

typedef struct {
    fslot_t *slot;
    size_t cap, n;
} ftable_t;

struct dyad_phrases {
    char *pool;
    size_t pool_len, pool_cap;
    word_t *words;
    size_t nwords, words_cap;
    term_t *terms;
    size_t nterms, terms_cap;
    chain_t *chains;
    size_t nchains, chains_cap;
    uint32_t *head;      /* per chain, its newest term */
    size_t head_cap;
    ftable_t first;      /* first word (+ prefix flag) -> chain */
    table_t whole;       /* whole term string -> term */
    table_t second;      /* group_key -> newest term of the group */
    uint64_t prefix_lens;/* bit L: some first word is a prefix of L bytes */
    unsigned max_prefix; /* longest wildcard prefix, bytes */
    unsigned min_prefix; /* shortest (4 in tension.tsv: "the", "of", "to"
                          * and the like are never looked at) */
    /* Bit (b0 << 8 | b1): some first word can start with the bytes b0 b1
     * (b1 = 0 for one byte). Gazetteer aliases start with capitals (and a
     * few with "al", "de", "el", "ex", "fo", "vo"), so most tokens leave
     * the gazetteer with this test, before their key is hashed: its
     * lookups went from ~110 to ~35 instructions a token. */
    uint64_t heads[BLOOM_WORDS];
    /* The same for wildcard first words, on three bytes: tension has
     * ~800 wildcards, whose first two bytes start 80% of all tokens, their
     * first three ~25%. wild_short: bit c, a wildcard is "c*". */
    uint64_t wild_heads[BLOOM_WORDS];
    uint64_t wild_short[4];
    /* Two Bloom filters over the FNV-1a states of wildcard prefixes:
     * `cont` has every leading part of every wildcard first word
     * ("t", "th", "thr", ... of "threat*"), `word` the whole prefixes. The
     * prefix scan stops at the first byte no wildcard continues with and
     * probes the table only where `word` says a prefix may end: tension
     * matching went from ~450 to ~120 instructions a token. */
    uint64_t cont[BLOOM_WORDS];
    uint64_t word[BLOOM_WORDS];
    /* A Bloom filter (two bits a word) over the hashes of the exact first
     * words. Most tokens are in no table; without it each paid a probe
     * sequence of ~2.5 slots, with it ~10 instructions (at 7,500 VADER
     * words 4% of misses still probe). */
    uint64_t exact[BLOOM_WORDS];
    /* A Bloom filter over (chain, exact second word) of the multi-word
     * terms. A matched first word ("military", "President", "Republic")
     * heads up to a hundred longer terms that mostly fail on the second
     * word; one test of the next key skips them all. */
    uint64_t pairs[BLOOM_WORDS];
    /* The same over (chain, first two bytes of the second word), wildcard
     * second words too: tested first, and without hashing the next key.
     * Tension's wildcard chains ("sign*", "threaten*": up to 24 terms)
     * cost ~250 instructions a visit before. */
    uint64_t pair_heads[BLOOM_WORDS];
};

dyad_phrases *dyad_phrases_new(void)
{
    return dyad_calloc(1, sizeof(dyad_phrases));
}

void dyad_phrases_free(dyad_phrases *p)
{
    if (!p)
        return;
    dyad_free(p->pool);
    dyad_free(p->words);
    dyad_free(p->terms);
    dyad_free(p->chains);
    dyad_free(p->head);
    dyad_free(p->first.slot);
    dyad_free(p->whole.slot);
    dyad_free(p->second.slot);
    dyad_free(p);
}

size_t dyad_phrases_count(const dyad_phrases *p)
{
    return p->nterms;
}

/* Table hash of a wildcard prefix from the FNV-1a state after its bytes
 * (an exact word's is dyad_phrases_hash). */
static inline uint64_t prefix_hash(uint64_t fnv)
{
    return dyad_hash_mix(fnv ^ 0x9e3779b97f4a7c15ULL);
}

static uint64_t word_hash(const char *s, size_t len, int prefix)
{
    if (prefix)
        return prefix_hash(dyad_hash(s, len, DYAD_HASH_INIT));
    return dyad_phrases_hash(s, len);
}

/* Inline comparison, eight and four bytes a step: the keys are a few
 * bytes long and a memcmp call costs more. */
static inline int same(const char *a, const char *b, size_t n)
{
    uint64_t x, y;
    uint32_t u, v;
    for (; n >= 8; n -= 8, a += 8, b += 8) {
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        if (x != y)
            return 0;
    }
    if (n >= 4) {
        memcpy(&u, a, 4);
        memcpy(&v, b, 4);
        if (u != v)
            return 0;
        n -= 4, a += 4, b += 4;
    }
    for (; n; n--)
        if (*a++ != *b++)
            return 0;
    return 1;
}

/* Rehashes t (a table_t or ftable_t) into ncap slots (a power of two,
 * more than t->cap; of an ftable_t at most 2^32, as 32 bits of the hash
 * place its slots). */
#define TABLE_RESIZE(t, ncap, type)                                           \
    do {                                                                      \
        type *ns = dyad_calloc((ncap), sizeof *ns);                           \
        if (!ns)                                                              \
            return DYAD_ENOMEM;                                               \
        for (size_t i = 0; i < (t)->cap; i++) {                               \
            if (!(t)->slot[i].idx)                                            \
                continue;                                                     \
            size_t j = (size_t)(t)->slot[i].h & ((ncap) - 1);                 \
            while (ns[j].idx)                                                 \
                j = (j + 1) & ((ncap) - 1);                                   \
            ns[j] = (t)->slot[i];                                             \
        }                                                                     \
        dyad_free((t)->slot);                                                 \
        (t)->slot = ns;                                                       \
        (t)->cap = (ncap);                                                    \
    } while (0)

static int table_resize(table_t *t, size_t ncap)
{
    TABLE_RESIZE(t, ncap, slot_t);
    return DYAD_OK;
}

static int ftable_resize(ftable_t *t, size_t ncap)
{
    if (ncap > ((size_t)1 << 31))
        return DYAD_ENOMEM;
    TABLE_RESIZE(t, ncap, fslot_t);
    return DYAD_OK;
}

static int table_grow(table_t *t)
{
    return table_resize(t, t->cap ? t->cap * 2 : 64);
}

/* The slots that n more entries would take a table of cap slots and n0
 * entries to. */
static size_t reserve_cap(size_t cap, size_t n0, size_t n)
{
    size_t ncap = cap ? cap : 64;
    while ((n0 + n + 1) * 2 > ncap)
        ncap *= 2;
    return ncap;
}

/* Grows t, once, to the slots that n more entries would take it to. */
static int table_reserve(table_t *t, size_t n)
{
    size_t ncap = reserve_cap(t->cap, t->n, n);
    return ncap > t->cap ? table_resize(t, ncap) : DYAD_OK;
}

static int ftable_reserve(ftable_t *t, size_t n)
{
    size_t ncap = reserve_cap(t->cap, t->n, n);
    return ncap > t->cap ? ftable_resize(t, ncap) : DYAD_OK;
}

static inline const char *word_str(const dyad_phrases *p, const word_t *w)
{
    return p->pool + w->off;
}

/* The slot of first word (s, len, prefix), or NULL. The word's bytes in
 * the pool are followed by '*' when it is a prefix, else by the ' ' or
 * NUL that ends it in its term: so that bytes and length are checked
 * there. */
static inline fslot_t *first_slot(const dyad_phrases *p, const char *s,
                                  size_t len, int prefix, uint64_t h)
{
    const ftable_t *t = &p->first;
    if (!t->cap)
        return NULL;
    uint32_t want = prefix ? FIRST_PREFIX : 0;
    for (size_t j = h & (t->cap - 1); t->slot[j].idx;
         j = (j + 1) & (t->cap - 1)) {
        fslot_t *sl = &t->slot[j];
        if (sl->h != (uint32_t)h || (sl->word & FIRST_PREFIX) != want)
            continue;
        const char *w = p->pool + (sl->word & FIRST_OFF);
        if (same(w, s, len) &&
            (prefix ? w[len] == '*' : w[len] == ' ' || w[len] == '\0'))
            return sl;
    }
    return NULL;
}

/* The chain of first word (s, len, prefix), or NONE. */
static inline uint32_t first_find(const dyad_phrases *p, const char *s,
                                  size_t len, int prefix, uint64_t h)
{
    const fslot_t *sl = first_slot(p, s, len, prefix, h);
    return sl ? sl->idx - 1 : NONE;
}

static uint32_t whole_find(const dyad_phrases *p, const char *s, size_t len,
                           uint64_t h)
{
    const table_t *t = &p->whole;
    if (!t->cap)
        return NONE;
    for (size_t j = h & (t->cap - 1); t->slot[j].idx;
         j = (j + 1) & (t->cap - 1)) {
        const term_t *tm = &p->terms[t->slot[j].idx - 1];
        if (t->slot[j].h == h && tm->str_len == len &&
            memcmp(p->pool + tm->str_off, s, len) == 0)
            return t->slot[j].idx - 1;
    }
    return NONE;
}

static int table_put(table_t *t, uint64_t h, uint32_t term);

/* The key of the group of chain's terms whose second word has
 * dyad_phrases_hash h2. Groups whose keys collide share a head: they are
 * walked together, and try_term sorts them out. */
static inline uint64_t group_key(uint32_t chain, uint64_t h2)
{
    return dyad_hash_mix(h2 ^ ((uint64_t)chain + 1) * 0x9e3779b97f4a7c15ULL);
}

/* The newest term of group key g, or NONE. */
static inline uint32_t group_find(const dyad_phrases *p, uint64_t g)
{
    const table_t *t = &p->second;
    if (!t->cap)
        return NONE;
    for (size_t j = g & (t->cap - 1); t->slot[j].idx;
         j = (j + 1) & (t->cap - 1))
        if (t->slot[j].h == g)
            return t->slot[j].idx - 1;
    return NONE;
}

/* Makes term the newest of group key g; its next2 the one before. */
static int group_add(dyad_phrases *p, uint64_t g, uint32_t term)
{
    table_t *t = &p->second;
    for (size_t j = t->cap ? g & (t->cap - 1) : 0; t->cap && t->slot[j].idx;
         j = (j + 1) & (t->cap - 1))
        if (t->slot[j].h == g) {
            p->terms[term].next2 = t->slot[j].idx - 1;
            t->slot[j].idx = term + 1;
            return DYAD_OK;
        }
    p->terms[term].next2 = NONE;
    return table_put(t, g, term);
}

/* Inline: a load of the lexicons puts 84,000 first words and terms, each
 * a call before (start-up of `dyad score` 78.1M -> 76.0M instructions). */
static inline int table_put(table_t *t, uint64_t h, uint32_t term)
{
    if ((t->n + 1) * 2 > t->cap && table_grow(t) != DYAD_OK)
        return DYAD_ENOMEM;
    size_t j = h & (t->cap - 1);
    while (t->slot[j].idx)
        j = (j + 1) & (t->cap - 1);
    t->slot[j].h = h;
    t->slot[j].idx = term + 1;
    t->n++;
    return DYAD_OK;
}

/* Puts chain with first word `word` (FIRST_* bits) in p->first; its slot,
 * or NULL (DYAD_ENOMEM). */
static inline fslot_t *first_put(dyad_phrases *p, uint64_t h, uint32_t chain,
                                 uint32_t word)
{
    ftable_t *t = &p->first;
    if ((t->n + 1) * 2 > t->cap &&
        ftable_resize(t, t->cap ? t->cap * 2 : 64) != DYAD_OK)
        return NULL;
    size_t j = h & (t->cap - 1);
    while (t->slot[j].idx)
        j = (j + 1) & (t->cap - 1);
    t->slot[j] = (fslot_t){(uint32_t)h, chain + 1, word, 0};
    t->n++;
    return &t->slot[j];
}


static int pool_add(dyad_phrases *p, const char *s, size_t len, uint32_t *off)
{
    if (p->pool_len + len >= FIRST_OFF ||
        dyad_grow(&p->pool, &p->pool_cap, p->pool_len + len + 1, 1) < 0)
        return DYAD_ENOMEM;
    memcpy(p->pool + p->pool_len, s, len);
    p->pool[p->pool_len + len] = '\0';
    *off = (uint32_t)p->pool_len;
    p->pool_len += len + 1;
    return DYAD_OK;
}

static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Bloom filter bits come from the top of the FNV-1a state: its high bits
 * depend on every byte, its low bits only on the bytes' low bits. */
static inline unsigned cont_bit(uint64_t fnv)
{
    return (unsigned)(fnv >> (64 - BLOOM_BITS));
}

static inline unsigned word_bit(uint64_t fnv)
{
    return (unsigned)(fnv >> (48 - BLOOM_BITS)) & ((1u << BLOOM_BITS) - 1);
}

static void bloom_set(uint64_t *f, unsigned b)
{
    f[b >> 6] |= 1ULL << (b & 63);
}

static inline int bloom_has(const uint64_t *f, unsigned b)
{
    return (f[b >> 6] >> (b & 63)) & 1;
}

/* Records a wildcard first word of len bytes in the prefix filters. */
static void prefix_note(dyad_phrases *p, const char *s, size_t len)
{
    uint64_t h = DYAD_HASH_INIT;
    for (size_t L = 1; L <= len; L++) {
        h = dyad_hash_byte(h, (unsigned char)s[L - 1]);
        bloom_set(p->cont, cont_bit(h));
    }
    bloom_set(p->word, word_bit(h));
    p->prefix_lens |= 1ULL << len;
    if (len > p->max_prefix)
        p->max_prefix = (unsigned)len;
    if (!p->min_prefix || len < p->min_prefix)
        p->min_prefix = (unsigned)len;
}

/* The two bits of hash h in p->exact are in one word of it (a blocked
 * filter), so that a test loads one line, where two bits anywhere loaded
 * two: the L1 read misses of dyad_phrases_get_h on all of Reuters-21578
 * (cachegrind) went from 363K to 301K, and as the test has no branch
 * between the bits, its instructions from 8.75M to 7.24M (whole run
 * 1,443.4M -> 1,441.9M); about as many false positives. */
static inline size_t exact_word(uint64_t h)
{
    return (size_t)(h >> 38) & (BLOOM_WORDS - 1);
}

static inline uint64_t exact_mask(uint64_t h)
{
    return 1ULL << (h >> 32 & 63) | 1ULL << (h >> 58);
}

static inline int may_be_exact(const dyad_phrases *p, uint64_t h)
{
    uint64_t m = exact_mask(h);
    return (p->exact[exact_word(h)] & m) == m;
}

static inline unsigned pair_bit(uint32_t chain, uint64_t h2)
{
    return (unsigned)((h2 ^ (chain * 0x9e3779b97f4a7c15ULL)) >>
                      (64 - BLOOM_BITS));
}

static inline unsigned head_bit(const char *s, size_t len)
{
    const unsigned char *b = (const unsigned char *)s;
    return (unsigned)b[0] << 8 | (len > 1 ? b[1] : 0);
}

/* The bit of a second word's head_bit in its chain's C_HEADS filter. */
static inline uint32_t head_local(unsigned head)
{
    return 1u << (C_HEADS_SHIFT + ((head * 0x9e3779b1u) >> 28));
}

static inline unsigned pair_head_bit(uint32_t chain, unsigned head)
{
    return (unsigned)((chain * 0x9e3779b97f4a7c15ULL ^
                       head * 0xff51afd7ed558ccdULL) >>
                      (64 - BLOOM_BITS));
}

/* Bit of the first three bytes of a key (0 past its end). */
static inline unsigned head3_bit(const unsigned char *b0, size_t len)
{
    uint32_t x = (uint32_t)b0[0] << 16 | (len > 1 ? (uint32_t)b0[1] << 8 : 0) |
                 (len > 2 ? b0[2] : 0);
    return (x * 0x9e3779b1u) >> (32 - BLOOM_BITS);
}

/* Notes a wildcard prefix s of len bytes in wild_heads: every three-byte
 * start a key it matches can have. */
static void wild_note(dyad_phrases *p, const char *s, size_t len)
{
    const unsigned char *b = (const unsigned char *)s;
    unsigned char k[3] = {b[0], len > 1 ? b[1] : 0, len > 2 ? b[2] : 0};
    if (len == 1) {
        p->wild_short[b[0] >> 6] |= 1ULL << (b[0] & 63);
        return;
    }
    for (unsigned c = 0; len == 2 && c < 256; c++) {
        k[2] = (unsigned char)c;   /* c = 0 also stands for no third byte */
        bloom_set(p->wild_heads, head3_bit(k, 3));
    }
    if (len > 2)
        bloom_set(p->wild_heads, head3_bit(k, 3));
}

/* Notes the start of a first word in heads (and wild_heads); a one-byte
 * wildcard prefix starts words with any second byte. */
static void head_note(dyad_phrases *p, const char *s, size_t len, int prefix)
{
    unsigned b0 = (unsigned)(unsigned char)s[0] << 8;
    for (unsigned b1 = 0; prefix && len == 1 && b1 < 256; b1++)
        bloom_set(p->heads, b0 | b1);
    if (!(prefix && len == 1))
        bloom_set(p->heads, head_bit(s, len));
    if (prefix)
        wild_note(p, s, len);
}

static inline int starts_term(const dyad_phrases *p, dyad_span k)
{
    return dyad_phrases_heads_has(p->heads, k);
}

int dyad_phrases_each_first(const dyad_phrases *p,
                            int (*fn)(void *ctx, const char *w, size_t len,
                                      uint32_t chain),
                            void *ctx)
{
    /* each slot of `first` heads the chain of one distinct first word */
    for (size_t j = 0; j < p->first.cap; j++) {
        if (!p->first.slot[j].idx)
            continue;
        uint32_t chain = p->first.slot[j].idx - 1;
        const word_t *w = &p->words[p->terms[p->head[chain]].word0];
        int rc = w->prefix ? DYAD_OK : fn(ctx, word_str(p, w), w->len, chain);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

const uint64_t *dyad_phrases_heads(const dyad_phrases *p)
{
    return p->heads;
}

void dyad_phrases_may_start(const dyad_phrases *p, const dyad_span *keys,
                            size_t n, unsigned char bit, unsigned char *flags)
{
    for (size_t i = 0; i < n; i++)
        if (starts_term(p, keys[i]))
            flags[i] |= bit;
}

void dyad_phrases_may_start_wild(const dyad_phrases *p, const dyad_span *keys,
                                 size_t n, unsigned char bit,
                                 unsigned char *flags)
{
    for (size_t i = 0; p->max_prefix && i < n; i++) {
        const unsigned char *b = (const unsigned char *)keys[i].ptr;
        if (keys[i].len >= p->min_prefix &&
            ((p->wild_short[b[0] >> 6] >> (b[0] & 63) & 1) ||
             bloom_has(p->wild_heads, head3_bit(b, keys[i].len))))
            flags[i] |= bit;
    }
}

/* The one-word term's payload and spec in chain, from the term. */
static void set_one(dyad_phrases *p, uint32_t chain)
{
    chain_t *c = &p->chains[chain];
    if (c->one != NONE) {
        const term_t *t = &p->terms[c->one];
        c->payload = t->payload;
        c->flags = (c->flags & ~(uint32_t)C_SPEC) | t->spec;
    }
}

int dyad_phrases_reserve(dyad_phrases *p, size_t n, size_t bytes)
{
    /* a term has one word or two, mostly; each a chain at most */
    if (n > UINT32_MAX || bytes > UINT32_MAX ||
        dyad_grow(&p->terms, &p->terms_cap, p->nterms + n, sizeof *p->terms) <
            0 ||
        dyad_grow(&p->words, &p->words_cap, p->nwords + 2 * n,
                  sizeof *p->words) < 0 ||
        dyad_grow(&p->chains, &p->chains_cap, p->nchains + n,
                  sizeof *p->chains) < 0 ||
        dyad_grow(&p->head, &p->head_cap, p->nchains + n, sizeof *p->head) <
            0 ||
        dyad_grow(&p->pool, &p->pool_cap, p->pool_len + bytes + 1, 1) < 0 ||
        table_reserve(&p->whole, n) != DYAD_OK ||
        ftable_reserve(&p->first, n) != DYAD_OK)
        return DYAD_ENOMEM;
    return DYAD_OK;
}

/* What dyad_phrases_add_first gives of a term's first word. */
typedef struct {
    uint32_t chain;
    uint64_t h;
    size_t len;
} first_out;

/* dyad_phrases_add; with fo, the first word's chain, hash and length when
 * it is exact (fo->len stays 0 otherwise). */
static inline int add_term(dyad_phrases *p, const char *term, size_t len,
                           uint32_t payload, uint32_t *old, first_out *fo)
{
    /* split into words */
    word_t ws[DYAD_PHRASE_MAXWORDS];
    size_t nw = 0, i = 0;
    while (i <= len) {
        /* memchr, not a loop a byte (43,000 terms: start-up 66.5M ->
         * 65.7M instructions) */
        const char *sp = memchr(term + i, ' ', len - i);
        size_t j = sp ? (size_t)(sp - term) : len;
        if (j == i || nw == DYAD_PHRASE_MAXWORDS)
            return DYAD_EINVAL;
        word_t *w = &ws[nw++];
        w->prefix = j - i >= 2 && term[j - 1] == '*' &&
                    is_alnum((unsigned char)term[j - 2]);
        w->off = (uint32_t)i;
        w->len = (uint32_t)(j - i - w->prefix);
        if (w->prefix && w->len >= 64)
            return DYAD_EINVAL;
        i = j + 1;
    }
    const word_t *w0 = &ws[0];
    /* eight bytes a step, not FNV-1a's byte (a load of the lexicons makes
     * 84,000 terms); a one-word exact term is its first word: hashed once
     * (start-up 79.6M -> 78.1M instructions) */
    uint64_t wh = nw == 1 && w0->prefix ? 0 : dyad_phrases_hash(term, len);
    uint64_t fh = nw == 1 && !w0->prefix
                      ? wh
                      : word_hash(term + w0->off, w0->len, (int)w0->prefix);
    fslot_t *fs = first_slot(p, term + w0->off, w0->len, (int)w0->prefix,
                             fh);
    uint32_t chain = fs ? fs->idx - 1 : NONE;
    /* A one-word term is the one-word term of its first word's chain, and
     * only the longer terms are found by their whole string: most terms
     * are one word, and each was put in the table of whole strings and
     * looked for there too (start-up 73.1M -> 72.2M instructions). */
    uint32_t dup = nw > 1              ? whole_find(p, term, len, wh)
                   : chain != NONE     ? p->chains[chain].one
                                       : NONE;
    if (dup != NONE) {
        if (old)
            *old = p->terms[dup].payload;
        p->terms[dup].payload = payload;
        set_one(p, p->terms[dup].chain);
        if (nw == 1)
            fs->payload = payload;   /* the chain's one-word term */
        if (fo && !w0->prefix)
            *fo = (first_out){p->terms[dup].chain, fh, w0->len};
        return 1;
    }
    if (dyad_grow(&p->terms, &p->terms_cap, p->nterms + 1, sizeof *p->terms) <
            0 ||
        dyad_grow(&p->words, &p->words_cap, p->nwords + nw, sizeof *p->words) <
            0 ||
        dyad_grow(&p->chains, &p->chains_cap, p->nchains + 1,
                  sizeof *p->chains) < 0 ||
        dyad_grow(&p->head, &p->head_cap, p->nchains + 1, sizeof *p->head) <
            0)
        return DYAD_ENOMEM;
    uint32_t str_off;
    if (pool_add(p, term, len, &str_off) != DYAD_OK)
        return DYAD_ENOMEM;
    term_t *t = &p->terms[p->nterms];
    t->word0 = (uint32_t)p->nwords;
    t->nwords = (uint32_t)nw;
    t->payload = payload;
    t->str_off = str_off;
    t->str_len = (uint32_t)len;
    t->spec = 0;
    for (size_t k = 0; k < nw; k++) {
        word_t w = ws[k];
        w.off += str_off;       /* words point into the term's copy */
        p->words[p->nwords + k] = w;
        t->spec += w.prefix ? w.len : 64;
    }
    uint32_t id = (uint32_t)p->nterms;
    if (nw > 1 && table_put(&p->whole, wh, id) != DYAD_OK)
        return DYAD_ENOMEM;
    if (chain == NONE) {
        uint32_t word = (str_off + w0->off) | (w0->prefix ? FIRST_PREFIX : 0);
        fs = first_put(p, fh, (uint32_t)p->nchains, word);
        if (!fs)
            return DYAD_ENOMEM;
        t->next = NONE;
        t->chain = (uint32_t)p->nchains++;
        p->chains[t->chain] = (chain_t){0, 0, NONE, NONE};
        p->head[t->chain] = id;
    } else {
        /* the new term heads the chain */
        t->next = p->head[chain];
        t->chain = chain;
        p->head[chain] = id;
    }
    chain_t *c = &p->chains[t->chain];
    const char *w1 = term + ws[1].off;
    if (nw == 1 || ws[1].prefix) {
        t->next2 = c->rest;
        c->rest = id;
    }
    if (nw == 1) {
        c->one = id;
        fs->word |= FIRST_ONE;
        fs->payload = payload;
    } else if (ws[1].prefix && ws[1].len == 1) {
        c->flags |= C_WILD2 | C_SHORT2;
    } else {
        unsigned hb = head_bit(w1, ws[1].len);
        bloom_set(p->pair_heads, pair_head_bit(t->chain, hb));
        c->flags |= head_local(hb);
        if (ws[1].prefix) {
            c->flags |= C_WILD2;
        } else {
            c->flags |= C_MULTI;
            uint64_t h2 = dyad_phrases_hash(w1, ws[1].len);
            bloom_set(p->pairs, pair_bit(t->chain, h2));
            if (group_add(p, group_key(t->chain, h2), id) != DYAD_OK)
                return DYAD_ENOMEM;
        }
    }
    if (w0->prefix) {
        prefix_note(p, term + w0->off, w0->len);
    } else {
        p->exact[exact_word(fh)] |= exact_mask(fh);
    }
    head_note(p, term + w0->off, w0->len, (int)w0->prefix);
    p->nwords += nw;
    p->nterms++;
    set_one(p, t->chain);
    if (fo && !w0->prefix)
        *fo = (first_out){t->chain, fh, w0->len};
    return DYAD_OK;
}

int dyad_phrases_add(dyad_phrases *p, const char *term, size_t len,
                     uint32_t payload, uint32_t *old)
{
    return add_term(p, term, len, payload, old, NULL);
}

int dyad_phrases_add_first(dyad_phrases *p, const char *term, size_t len,
                           uint32_t payload, uint32_t *old, uint32_t *chain,
                           uint64_t *h0, size_t *len0)
{
    first_out fo = {NONE, 0, 0};
    int rc = add_term(p, term, len, payload, old, &fo);
    *chain = fo.chain;
    *h0 = fo.h;
    *len0 = fo.len;
    return rc;
}

static inline int word_matches(const dyad_phrases *p, const word_t *w, dyad_span k)
{
    if (w->prefix ? k.len < w->len : k.len != w->len)
        return 0;
    return same(k.ptr, word_str(p, w), w->len);
}

/* Makes term t the best so far if it beats it and its words after the
 * first (which matched) match keys[1..). */
static inline void try_term(const dyad_phrases *p, uint32_t t,
                            const dyad_span *keys, size_t n, size_t *best_n,
                            uint32_t *best_spec, uint32_t *payload)
{
    const term_t *tm = &p->terms[t];
    if (tm->nwords > n || tm->nwords < *best_n ||
        (tm->nwords == *best_n && tm->spec <= *best_spec))
        return;
    size_t k = 1;
    while (k < tm->nwords && word_matches(p, &p->words[tm->word0 + k], keys[k]))
        k++;
    if (k == tm->nwords) {
        *best_n = tm->nwords;
        *best_spec = tm->spec;
        *payload = tm->payload;
    }
}

/* The terms of chain ci, newest first (the order decides between equally
 * specific terms). */
static void scan_chain(const dyad_phrases *p, uint32_t ci, const dyad_span *keys,
                       size_t n, size_t *best_n, uint32_t *best_spec,
                       uint32_t *payload)
{
    const chain_t *c = &p->chains[ci];
    uint32_t fl = c->flags;
    /* without a term that could match the second key, only the one-word
     * term is left */
    int longer = n >= 2 && (fl & (C_MULTI | C_WILD2)) && keys[1].len;
    if (longer && !(fl & C_SHORT2)) {
        unsigned hb = head_bit(keys[1].ptr, keys[1].len);
        longer = (fl & head_local(hb)) &&
                 bloom_has(p->pair_heads, pair_head_bit(ci, hb));
    }
    uint64_t h2 = 0;
    if (longer && (fl & C_MULTI))
        h2 = dyad_phrases_hash(keys[1].ptr, keys[1].len);
    int pair = longer && (fl & C_MULTI) && bloom_has(p->pairs, pair_bit(ci, h2));
    if (longer && !(fl & C_WILD2))
        longer = pair;
    if (!longer) {
        /* try_term of the one-word term (n >= 1 here), from the chain */
        uint32_t spec = fl & C_SPEC;
        if (c->one != NONE &&
            (*best_n < 1 || (*best_n == 1 && spec > *best_spec))) {
            *best_n = 1;
            *best_spec = spec;
            *payload = c->payload;
        }
        return;
    }
    /* the group of keys[1]'s word and the rest, newest first */
    uint32_t a = pair ? group_find(p, group_key(ci, h2)) : NONE;
    uint32_t b = c->rest;
    while (a != NONE || b != NONE) {
        uint32_t t;
        if (b == NONE || (a != NONE && a > b)) {
            t = a;
            a = p->terms[a].next2;
        } else {
            t = b;
            b = p->terms[b].next2;
        }
        try_term(p, t, keys, n, best_n, best_spec, payload);
    }
}

/* The terms whose first word is a wildcard prefix of k0, shortest prefix
 * first (the order decides between equally specific terms). */
static void scan_prefixes(const dyad_phrases *p, const dyad_span *keys,
                          size_t n, size_t *best_n, uint32_t *best_spec,
                          uint32_t *payload)
{
    const dyad_span k0 = keys[0];
    if (k0.len < p->min_prefix)
        return;
    const unsigned char *b = (const unsigned char *)k0.ptr;
    size_t max = k0.len < p->max_prefix ? k0.len : p->max_prefix;
    uint64_t h = DYAD_HASH_INIT;
    /* FNV-1a runs byte by byte, so the hash of every prefix falls out of
     * one pass over the key */
    for (size_t L = 1; L <= max; L++) {
        h = dyad_hash_byte(h, b[L - 1]);
        if (!bloom_has(p->cont, cont_bit(h)))
            return;   /* no wildcard starts with these L bytes */
        if (!(p->prefix_lens >> L & 1) || !bloom_has(p->word, word_bit(h)))
            continue;
        uint32_t chain = first_find(p, k0.ptr, L, 1, prefix_hash(h));
        if (chain != NONE)
            scan_chain(p, chain, keys, n, best_n, best_spec, payload);
    }
}

/* The lookups below share these inline parts: a call layer each cost
 * ~15 instructions a lookup, and the scorer makes millions. */
/* The chain of exact first word key, or NONE. */
static inline uint32_t find_exact(const dyad_phrases *p, const char *key,
                                  size_t len, uint64_t h)
{
    return may_be_exact(p, h) ? first_find(p, key, len, 0, h) : NONE;
}

static inline int one_word(const dyad_phrases *p, uint32_t chain,
                           uint32_t *payload)
{
    if (chain == NONE || p->chains[chain].one == NONE)
        return 0;
    *payload = p->chains[chain].payload;   /* without loading the term */
    return 1;
}

static size_t match_from(const dyad_phrases *p, const dyad_span *keys,
                         size_t n, uint32_t chain, uint32_t *payload)
{
    size_t best_n = 0;
    uint32_t best_spec = 0;
    if (p->max_prefix)
        scan_prefixes(p, keys, n, &best_n, &best_spec, payload);
    if (chain != NONE)
        scan_chain(p, chain, keys, n, &best_n, &best_spec, payload);
    return best_n;
}

/* The walk of dyad_phrases_wild_chains, for a key its filters let by.
 * Apart, and not inline: the walk's registers are saved only for the few
 * keys that take it (the scorer's prepare 189.9M -> 187.7M instructions
 * on all of Reuters-21578, where 160K of look_up's 180K calls stop at a
 * filter). */
DYAD_NOINLINE
static size_t wild_walk(const dyad_phrases *p, const char *key, size_t len,
                        uint32_t *out, size_t max)
{
    const unsigned char *b = (const unsigned char *)key;
    size_t lim = len < p->max_prefix ? len : p->max_prefix, n = 0;
    uint64_t h = DYAD_HASH_INIT;
    /* the walk of scan_prefixes */
    for (size_t L = 1; L <= lim; L++) {
        h = dyad_hash_byte(h, b[L - 1]);
        if (!bloom_has(p->cont, cont_bit(h)))
            break;
        if (!(p->prefix_lens >> L & 1) || !bloom_has(p->word, word_bit(h)))
            continue;
        uint32_t chain = first_find(p, key, L, 1, prefix_hash(h));
        if (chain == NONE)
            continue;
        if (n < max)
            out[n] = chain;
        n++;
    }
    return n;
}

size_t dyad_phrases_wild_chains(const dyad_phrases *p, const char *key,
                                size_t len, uint32_t *out, size_t max)
{
    if (!p->max_prefix || len < p->min_prefix)
        return 0;
    const unsigned char *b = (const unsigned char *)key;
    /* the start filter of dyad_phrases_may_start_wild first: most keys
     * start no wildcard word, and the walk hashes a byte a step until its
     * filter says so (dyad_phrases_wild_chains 2.65M -> 2.36M
     * instructions on 2,000 Reuters-21578 articles) */
    if (!(p->wild_short[b[0] >> 6] >> (b[0] & 63) & 1) &&
        !bloom_has(p->wild_heads, head3_bit(b, len)))
        return 0;
    return wild_walk(p, key, len, out, max);
}

size_t dyad_phrases_match_chains(const dyad_phrases *p, const dyad_span *keys,
                                 size_t n, const uint32_t *wild, size_t nwild,
                                 uint32_t chain, uint32_t *payload)
{
    size_t best_n = 0;
    uint32_t best_spec = 0;
    if (!n)
        return 0;
    for (size_t i = 0; i < nwild; i++)
        scan_chain(p, wild[i], keys, n, &best_n, &best_spec, payload);
    if (chain != NONE)
        scan_chain(p, chain, keys, n, &best_n, &best_spec, payload);
    return best_n;
}

uint32_t dyad_phrases_find_h(const dyad_phrases *p, const char *key,
                             size_t len, uint64_t h)
{
    return find_exact(p, key, len, h);
}

int dyad_phrases_one_word(const dyad_phrases *p, uint32_t chain,
                          uint32_t *payload)
{
    return one_word(p, chain, payload);
}

int dyad_phrases_one_only(const dyad_phrases *p, uint32_t chain,
                          uint32_t *payload)
{
    if (chain == NONE || (p->chains[chain].flags & (C_MULTI | C_WILD2)))
        return 0;
    return one_word(p, chain, payload);
}

uint32_t dyad_phrases_next_filter(const dyad_phrases *p, uint32_t chain)
{
    /* scan_chain's tests: without the one-word term, only a term whose
     * second word passes the chain's C_HEADS filter can match; the
     * filter's bits are head_local's, which dyad_phrases_next_may
     * repeats */
    if (chain == NONE)
        return 0;
    const chain_t *c = &p->chains[chain];
    if ((c->flags & C_SHORT2) || !(c->flags & (C_MULTI | C_WILD2)))
        return 0;
    return (c->flags & ~(((uint32_t)1 << C_HEADS_SHIFT) - 1)) |
           (c->one != NONE);
}

size_t dyad_phrases_match_at(const dyad_phrases *p, const dyad_span *keys,
                             size_t n, uint32_t chain, uint32_t *payload)
{
    return n ? match_from(p, keys, n, chain, payload) : 0;
}

size_t dyad_phrases_match_h(const dyad_phrases *p, const dyad_span *keys,
                            size_t n, uint64_t h, uint32_t *payload)
{
    if (n == 0)
        return 0;
    return match_from(p, keys, n,
                      find_exact(p, keys[0].ptr, keys[0].len, h), payload);
}

size_t dyad_phrases_match(const dyad_phrases *p, const dyad_span *keys,
                          size_t n, uint32_t *payload)
{
    if (n == 0 || !starts_term(p, keys[0]))
        return 0;   /* most keys: no need to hash them */
    uint64_t h = dyad_phrases_hash(keys[0].ptr, keys[0].len);
    return match_from(p, keys, n, find_exact(p, keys[0].ptr, keys[0].len, h),
                      payload);
}

/* The one-word term of exact first word key (hash h), from its slot. */
static inline int get_exact(const dyad_phrases *p, const char *key, size_t len,
                            uint64_t h, uint32_t *payload)
{
    const fslot_t *sl = may_be_exact(p, h) ? first_slot(p, key, len, 0, h)
                                           : NULL;
    if (!sl || !(sl->word & FIRST_ONE))
        return 0;
    *payload = sl->payload;
    return 1;
}

int dyad_phrases_get_h(const dyad_phrases *p, const char *key, size_t len,
                       uint64_t h, uint32_t *payload)
{
    return get_exact(p, key, len, h, payload);
}

int dyad_phrases_get(const dyad_phrases *p, const char *key, size_t len,
                     uint32_t *payload)
{
    if (!starts_term(p, (dyad_span){key, len}))
        return 0;   /* most keys: no need to hash them */
    return get_exact(p, key, len, dyad_phrases_hash(key, len), payload);
}
