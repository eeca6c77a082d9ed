/*
 * actors.c - gazetteer loading and country mentions (see dyad/actors.h).
 */
#include "dyad/actors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dyad/ingest.h"
#include "actors_int.h"
#include "dyad/lex.h"
#include "lex_int.h"
#include "phrase.h"
#include "util/alloc.h"
#include "util/embedded.h"
#include "util/fs.h"
#include "util/hash.h"
#include "util/tsv.h"

typedef struct {
    dyad_actor_entry pub;
} entry_t;

/* What pick and the finder read of an entry, apart from its 64 bytes of
 * strings (hot[i] is of e[i]): 16 bytes, four a line, where they were
 * bytes 64-88 of an 88-byte entry_t and each entry of a chain tried
 * missed the cache on its own line. On all of Reuters-21578 (cachegrind,
 * 512 KiB L2) pick's L1/L2 read misses went from 105.0K/43.4K to
 * 52.2K/17.0K, its instructions from 6.30M to 6.12M. Both arrays are
 * sized once for all the built-in lines (grown a file at a time, the
 * second array made realloc copy 0.3M instructions' worth at start-up):
 * the run 1,298.04M -> 1,297.67M instructions. */
typedef struct {
    int32_t from, to;     /* inclusive days; INT32_MIN/MAX when open */
    int32_t next;         /* older entry with the same alias, or -1 */
    int16_t code;         /* -1: a blocker (DYAD_ACTORS_MAXCODES 1024) */
    unsigned char rule;
    unsigned char kind;   /* index in kinds[] */
} hot_t;

enum rule { R_NONE, R_PERSON, R_STATE, R_NOUN, R_CITY };

#define LOWER_WORDS 1024   /* of lower_first, 8 KiB */

struct dyad_actors {
    dyad_phrases *exact;  /* aliases as written, dots removed */
    dyad_phrases *upper;  /* the same in capitals, for ALL-CAPS text */
    dyad_phrases *context;/* context words of the rules -> CW_x bits */
    const uint64_t *exact_heads, *upper_heads, *context_heads;
                          /* dyad_phrases_heads */
    /* The same bits (dyad_phrases_heads_has) for the words of a self
     * reference only (CW_ONE, CW_FIRST: "we", "this"), see self_ref. */
    uint64_t self_heads[1024];
    /* A Bloom filter (three bits a word, of dyad_phrases_hash) over the
     * first words of the aliases of both tables in ASCII lower case, and
     * whether some first word is a wildcard (then every key may start
     * one): see dyad_actors__may_start_h. The bits of a word are in
     * one uint64_t (lower_word, lower_mask), so that a test loads one
     * line, where they loaded two (the scorer asks it of every key it
     * does not remember). On all of Reuters-21578 (cachegrind) its L1
     * read misses went from 151.8K to 138.0K, and, as fewer keys pass
     * where they did not start an alias, dyad_actors_find's instructions
     * from 93.2M to 89.8M (whole run 1,438.3M -> 1,435.7M). Three bits a
     * word, where two let "said" through (53.0K tokens of Reuters-21578):
     * the tokens the scorer lists for dyad_actors_find 477.4K -> 410.2K,
     * the run 1,263.64M -> 1,260.80M instructions (the test at the
     * scorer's 143.4K misses 2.73M -> 3.73M), and its misses of a 512
     * KiB L2 (cachegrind) 42K -> 31K. In 2048 words (16 KiB), 408.1K and
     * 0.18M instructions fewer, but 65K misses. */
    uint64_t lower_first[LOWER_WORDS];
    int lower_wild;
    /* Words of the longest alias of each chain (the handle of its first
     * word) of the exact table ([0]) and the upper table ([1]): a walk of
     * a chain reads no further (table_at). */
    unsigned char *maxw[2];
    size_t maxw_cap[2];
    entry_t *e;
    hot_t *hot;
    size_t n, cap, hot_cap;
    char codes[DYAD_ACTORS_MAXCODES][9];
    uint64_t code_keys[DYAD_ACTORS_MAXCODES];   /* codes as integers */
    uint64_t code_ranks[DYAD_ACTORS_MAXCODES];  /* codes as integers in
                                                 * their strings' order */
    size_t ncodes;
    size_t last_code;     /* the code code_index found or added last */
    dyad_strpool strs;    /* owned strings */
    uint64_t hash;
    char version[17];
};

/* What the exact table says of an alias key, and the upper table of a
 * key in capitals, remembered by key across sentences and articles (see
 * mark_starts). */
#define AMEMO_BITS 12        /* 4096 slots, 128 KiB: 1024 missed for 37% of
                              * the keys looked up on 2,000 Reuters-21578
                              * articles (19,734 of 53,880; 0.75M
                              * instructions more), 8192 were no better */
#define AMEMO_SLOTS (1 << AMEMO_BITS)
#define AMEMO_KEY 16        /* longest key remembered, bytes (dyad_key16) */
typedef struct {
    uint64_t k0, k1;      /* the key (dyad_key16) */
    uint32_t chain;       /* its chain in ga->exact, or DYAD_PHRASES_NONE */
    uint32_t one;         /* the payload when the chain is its one-word
                           * term only and no wildcard chain starts the
                           * key (see dyad_phrases_one_only), else NONE */
    uint32_t next;        /* dyad_phrases_next_filter of the chain when no
                           * wildcard chain starts the key, else 0 */
    unsigned char len;    /* key bytes; 0: empty slot */
    unsigned char start;  /* TOK_EXACT (TOK_UPPER in amemo.upper): a match
                           * at the key may succeed */
} amemo_slot;

/* Keys in capitals are fewer: headlines, "REUTER", "U.S.", codes. 1024
 * slots, 32 KiB: 256 cost 0.3M instructions more on 2,000 Reuters-21578
 * articles, 4096 saved 0.02M. */
#define UMEMO_BITS 10
#define UMEMO_SLOTS (1 << UMEMO_BITS)

/* The context lists (CW_x bits) of a base key (see lists_of). */
#define CMEMO_BITS 9
#define CMEMO_SLOTS (1 << CMEMO_BITS)   /* 12 KiB */
typedef struct {
    uint64_t k0, k1;      /* the key (dyad_key16) */
    uint32_t lists;
    unsigned char len;    /* 0: empty slot */
} cmemo_slot;

typedef struct {
    uint64_t hash;        /* ga->hash and ga->n of the gazetteer it is */
    size_t n;             /* of: the same files give the same tables */
    amemo_slot slot[AMEMO_SLOTS];
    amemo_slot upper[UMEMO_SLOTS];   /* of ga->upper */
    cmemo_slot ctx[CMEMO_SLOTS];
    int marked;           /* the document's marks are made (mark_starts;
                           * dyad_actors_prepare clears it) */
    size_t nt;            /* the tokens with marks, in cx->todo */
    size_t todo_at;       /* the first of cx->todo after the sentence
                           * searched last (a hint) */
    size_t keys_to;       /* the keys of the sentence's plain tokens
                           * before this token are made (table_at) */
} amemo;


/* find takes the context const (prepare sized it), but fills the
 * per-sentence arrays and the memo behind these pointers. */
struct dyad_actors_ctx {
    dyad_span *keys;      /* match key of each token (see alias_key) */
    unsigned char *mark;  /* per token: TOK_* */
    uint32_t *chain;      /* per token with TOK_EXACT: amemo_slot.chain */
    uint32_t *one;        /* per token with TOK_EXACT: amemo_slot.one */
    uint32_t *next;       /* per token with TOK_EXACT: amemo_slot.next */
    uint32_t *uchain;     /* the same of ga->upper, with TOK_UPPER */
    uint32_t *uone;
    uint32_t *unext;
    uint32_t *todo;       /* the tokens of the document with marks */
    const uint32_t *cand;       /* dyad_actors__ctx_starts: the tokens */
    size_t ncand;               /* that may start an alias, or NULL */
    size_t keys_cap;      /* of each per-token array */
    char *buf;            /* the keys that differ from the text, each at
                           * its token's offset (no longer than it) */
    size_t buf_cap;
    amemo *memo;
    int places;           /* report capitals named as places */
};

static const char *const kinds[] = {
    "name", "official", "short", "code", "demonym", "capital", "seat",
    "institution", "military", "bank", "holder", "historical", "not",
    "prefix", "territory", NULL};
enum {
    KIND_NAME = 0, KIND_CODE = 3, KIND_DEMONYM = 4, KIND_CAPITAL = 5,
    KIND_NOT = 12,     /* an alias that is no actor */
    KIND_PREFIX = 13,  /* only as the first part of a hyphenated word */
    KIND_TERRITORY = 14    /* a place only: lexicons/territories.tsv */
};
static const char *const rules[] = {"", "person", "state", "noun", "city",
                                    NULL};

static dyad_phrases *context_words(void);
static void self_words(dyad_actors *ga);

dyad_actors *dyad_actors_new(void)
{
    dyad_actors *ga = dyad_calloc(1, sizeof *ga);
    if (!ga)
        return NULL;
    ga->exact = dyad_phrases_new();
    ga->upper = dyad_phrases_new();
    ga->context = context_words();
    if (!ga->exact || !ga->upper || !ga->context) {
        dyad_actors_free(ga);
        return NULL;
    }
    ga->exact_heads = dyad_phrases_heads(ga->exact);
    ga->upper_heads = dyad_phrases_heads(ga->upper);
    ga->context_heads = dyad_phrases_heads(ga->context);
    self_words(ga);
    ga->hash = DYAD_HASH_INIT;
    snprintf(ga->version, sizeof ga->version, "%016llx", 0ULL);
    return ga;
}

void dyad_actors_free(dyad_actors *ga)
{
    if (!ga)
        return;
    dyad_phrases_free(ga->exact);
    dyad_phrases_free(ga->upper);
    dyad_phrases_free(ga->context);
    dyad_free(ga->maxw[0]);
    dyad_free(ga->maxw[1]);
    dyad_free(ga->e);
    dyad_free(ga->hot);
    dyad_strpool_free(&ga->strs);
    dyad_free(ga);
}

static const char *keep(dyad_actors *ga, const char *s, size_t len)
{
    /* most notes and dates are empty: one shared "" instead of a copy
     * each (see code_index) */
    if (!len)
        return "";
    return dyad_strpool_dup(&ga->strs, s, len);
}

/* Bytes that alias_key does not copy as they are (AK_ALWAYS; AK_C3 the
 * lead byte of a Latin-1 letter, for a key in capitals), and the ASCII
 * lower-case letters, which a key in capitals has in upper case. */
enum { AK_ALWAYS = 1, AK_C3 = 2, AK_LOWER = 4 };
#define AK_L4(a) [a] = AK_LOWER, [a + 1] = AK_LOWER, [a + 2] = AK_LOWER, \
                 [a + 3] = AK_LOWER
static const unsigned char ak_bytes[256] = {
    ['.'] = AK_ALWAYS, [' '] = AK_ALWAYS, [0xe2] = AK_ALWAYS, [0xc3] = AK_C3,
    AK_L4('a'), AK_L4('e'), AK_L4('i'), AK_L4('m'), AK_L4('q'), AK_L4('u'),
    ['y'] = AK_LOWER, ['z'] = AK_LOWER};
#undef AK_L4

/* Match key of a piece of text: dots dropped, curly apostrophes straight,
 * a final possessive 's (or ') dropped; upper-cased when up is set. */
static size_t alias_key(const char *s, size_t len, int up, char *out)
{
    size_t k = 0;
    /* most bytes are copied as they are, or a letter in upper case: one
     * table test for them, where each took the five tests below
     * (alias_key 4.46M -> 3.21M instructions on 2,000 Reuters-21578
     * articles, start-up included) */
    unsigned slow = up ? AK_ALWAYS | AK_C3 : AK_ALWAYS;
    unsigned lower = up ? AK_LOWER : 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        unsigned b = ak_bytes[c];
        if (!(b & slow)) {
            out[k++] = (char)(c - ((b & lower) << 3));   /* 'a' - 'A' */
            continue;
        }
        if (c == '.')
            continue;
        if (c == 0xe2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x98 ||
             (unsigned char)s[i + 2] == 0x99)) {
            out[k++] = '\'';
            i += 2;
            continue;
        }
        /* text tokens lose their possessive, so every word of an alias
         * does too: "People's Republic" matches "People's Republic" */
        if (c == ' ' && k > 2 && out[k - 2] == '\'' &&
            (out[k - 1] == 's' || out[k - 1] == 'S'))
            k -= 2;
        else if (c == ' ' && k > 2 && out[k - 1] == '\'')
            k -= 1;
        if (up && c == 0xc3 && i + 1 < len &&
                 (unsigned char)s[i + 1] >= 0xa0 &&
                 (unsigned char)s[i + 1] <= 0xbe &&
                 (unsigned char)s[i + 1] != 0xb7) {
            out[k++] = (char)c;
            out[k++] = (char)(s[++i] - 0x20);
            continue;
        }
        out[k++] = (char)c;
    }
    if (k > 2 && out[k - 2] == '\'' && (out[k - 1] == 's' || out[k - 1] == 'S'))
        k -= 2;
    else if (k > 2 && out[k - 1] == '\'')
        k -= 1;
    return k;
}

/* Index of code c (2 to 8 capitals, see valid_code), added when new.
 * Codes compare as zero-padded integers: a strlen and a memcmp call for
 * each known code of each gazetteer row cost ~20M instructions a load. */
static int code_index(dyad_actors *ga, dyad_span c)
{
    uint64_t key = 0;
    memcpy(&key, c.ptr, c.len);
    /* rows come grouped by code: the last code first (with the shared ""
     * of keep, a load of the built-in gazetteers went from 27.8M to 23.6M
     * instructions) */
    if (ga->ncodes && ga->code_keys[ga->last_code] == key)
        return (int)ga->last_code;
    for (size_t i = 0; i < ga->ncodes; i++)
        if (ga->code_keys[i] == key)
            return (int)(ga->last_code = i);
    if (ga->ncodes == DYAD_ACTORS_MAXCODES)
        return -1;
    memcpy(ga->codes[ga->ncodes], c.ptr, c.len);
    ga->codes[ga->ncodes][c.len] = '\0';
    ga->code_keys[ga->ncodes] = key;
    uint64_t rank = 0;
    for (size_t i = 0; i < 8; i++)
        rank = rank << 8 | (i < c.len ? (unsigned char)c.ptr[i] : 0);
    ga->code_ranks[ga->ncodes] = rank;
    ga->last_code = ga->ncodes;
    return (int)ga->ncodes++;
}

static int valid_code(dyad_span c)
{
    if (c.len < 2 || c.len > 8)
        return 0;
    for (size_t i = 0; i < c.len; i++)
        if (c.ptr[i] < 'A' || c.ptr[i] > 'Z')
            return 0;
    return 1;
}

static int list_index(const char *const *list, dyad_span s)
{
    /* the first byte decides most comparisons without a strlen */
    for (int i = 0; list[i]; i++)
        if (s.len && list[i][0] == s.ptr[0] && strlen(list[i]) == s.len &&
            memcmp(list[i], s.ptr, s.len) == 0)
            return i;
        else if (!s.len && !list[i][0])
            return i;
    return -1;
}

/* "" -> open; YYYY-MM-DD -> day. */
static int parse_day(dyad_span s, int32_t open, int32_t *out)
{
    if (s.len == 0) {
        *out = open;
        return DYAD_OK;
    }
    dyad_date d;
    if (s.len != 10 || dyad_date_parse(s.ptr, s.len, &d, NULL) != DYAD_OK ||
        d.prec != DYAD_DATE_DAY)
        return DYAD_EPARSE;
    *out = d.day;
    return DYAD_OK;
}

static int count_chars(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xc0) != 0x80;
    return c;
}

/* Notes the first word of alias key (klen bytes) in ga->lower_first.
 * Only the exact table's keys: a key of the upper table differs from its
 * alias's exact key in the case of its letters, which the filter does not
 * see, and in the Latin-1 capitals, which no plain token has. */
static inline size_t lower_word(uint64_t h)
{
    return (size_t)(h >> 38) & (LOWER_WORDS - 1);
}

static inline uint64_t lower_mask(uint64_t h)
{
    return 1ULL << (h >> 32 & 63) | 1ULL << (h >> 49 & 63) | 1ULL << (h >> 58);
}

static void note_first(dyad_actors *ga, const char *key, size_t klen)
{
    char w[512];
    size_t n = 0;
    for (; n < klen && key[n] != ' ' && n < sizeof w; n++)
        w[n] = (char)(key[n] >= 'A' && key[n] <= 'Z' ? key[n] + 32 : key[n]);
    if (n >= 2 && w[n - 1] == '*')
        ga->lower_wild = 1;
    uint64_t h = dyad_phrases_hash(w, n);
    ga->lower_first[lower_word(h)] |= lower_mask(h);
}

int dyad_actors__may_start_h(const dyad_actors *ga, uint64_t h)
{
    uint64_t m = lower_mask(h);
    return ga->lower_wild || (ga->lower_first[lower_word(h)] & m) == m;
}

uint64_t dyad_actors__stamp(const dyad_actors *ga)
{
    return ga->hash ^ ga->n;
}

void dyad_actors__ctx_starts(dyad_actors_ctx *cx, const uint32_t *cand,
                             size_t n)
{
    cx->cand = cand;
    cx->ncand = n;
}

static int add_alias(dyad_phrases *p, const char *key, size_t klen, int idx,
                     dyad_actors *ga)
{
    uint32_t old, chain;
    uint64_t h0;
    size_t len0, words = 1;
    int rc = dyad_phrases_add_first(p, key, klen, (uint32_t)idx, &old, &chain,
                                    &h0, &len0);
    if (rc >= 0 && len0) {
        int t = p == ga->upper;
        size_t cap = ga->maxw_cap[t];
        if (chain >= cap) {
            if (dyad_grow(&ga->maxw[t], &ga->maxw_cap[t], (size_t)chain + 1,
                          1) < 0)
                return DYAD_ENOMEM;
            memset(ga->maxw[t] + cap, 0, ga->maxw_cap[t] - cap);
        }
        for (size_t j = len0; j < klen; j++)
            words += key[j] == ' ';
        if (words > ga->maxw[t][chain])
            ga->maxw[t][chain] = (unsigned char)words;
    }
    if (rc == 1) {
        /* keep the older entries reachable through the new one */
        if (p == ga->exact || ga->hot[idx].next < 0)
            ga->hot[idx].next = (int32_t)old;
        return DYAD_OK;
    }
    return rc;
}

static int load_rows(dyad_actors *ga, dyad_tsv *t, const char *file,
                     dyad_err *err)
{
    int c[7];
    static const char *const cols[] = {"code", "kind", "alias", "from", "to",
                                       "rule", "note"};
    for (int i = 0; i < 7; i++) {
        c[i] = dyad_tsv_col(t, cols[i]);
        if (c[i] < 0 && i < 3)
            return dyad_err_set(err, DYAD_EPARSE, file, 0,
                                "header has no '%s' column", cols[i]);
    }
    int rc;
    char key[512];
    while ((rc = dyad_tsv_next(t, err)) == 1) {
        dyad_span code = dyad_tsv_field(t, c[0]);
        dyad_span kind = dyad_tsv_field(t, c[1]);
        dyad_span alias = dyad_tsv_field(t, c[2]);
        dyad_span rule = dyad_tsv_field(t, c[5]);
        int ki = list_index(kinds, kind);
        if (ki < 0)
            return dyad_err_set(err, DYAD_EPARSE, file, t->line,
                                "unknown kind '%.*s'",
                                (int)(kind.len > 20 ? 20 : kind.len), kind.ptr);
        int blocker = ki == KIND_NOT;
        if (blocker ? !(code.len == 1 && code.ptr[0] == '-') : !valid_code(code))
            return dyad_err_set(err, DYAD_EPARSE, file, t->line,
                                blocker ? "kind 'not' takes the code '-'"
                                        : "code '%.*s' is not 2-8 capital "
                                          "letters",
                                (int)(code.len > 20 ? 20 : code.len),
                                code.ptr);
        int ri = list_index(rules, rule);
        if (ri < 0)
            return dyad_err_set(err, DYAD_EPARSE, file, t->line,
                                "unknown rule '%.*s' (person, state, noun, "
                                "city)",
                                (int)(rule.len > 20 ? 20 : rule.len), rule.ptr);
        if (alias.len == 0 || alias.len >= sizeof key / 2 ||
            alias.ptr[0] == ' ' || alias.ptr[alias.len - 1] == ' ')
            return dyad_err_set(err, DYAD_EPARSE, file, t->line,
                                "empty, long or space-padded alias");
        entry_t e = {0};
        hot_t h = {0};
        if (parse_day(dyad_tsv_field(t, c[3]), INT32_MIN, &h.from) != 0 ||
            parse_day(dyad_tsv_field(t, c[4]), INT32_MAX, &h.to) != 0)
            return dyad_err_set(err, DYAD_EPARSE, file, t->line,
                                "from/to must be YYYY-MM-DD or empty");
        if (h.from > h.to)
            return dyad_err_set(err, DYAD_EPARSE, file, t->line,
                                "'from' is after 'to'");
        h.code = (int16_t)(blocker ? -1 : code_index(ga, code));
        if (h.code < 0 && !blocker)
            return dyad_err_set(err, DYAD_EINVAL, file, t->line,
                                "more than %d actor codes",
                                DYAD_ACTORS_MAXCODES);
        h.next = -1;
        h.rule = (unsigned char)ri;
        h.kind = (unsigned char)ki;
        e.pub.kind = kinds[ki];
        e.pub.rule = rules[ri];
        e.pub.file = file;
        e.pub.line = t->line;
        e.pub.alias = keep(ga, alias.ptr, alias.len);
        dyad_span note = dyad_tsv_field(t, c[6]);
        dyad_span from = dyad_tsv_field(t, c[3]), to = dyad_tsv_field(t, c[4]);
        e.pub.note = keep(ga, note.ptr, note.len);
        e.pub.from = keep(ga, from.ptr, from.len);
        e.pub.to = keep(ga, to.ptr, to.len);
        if (!e.pub.alias || !e.pub.note || !e.pub.from || !e.pub.to ||
            dyad_grow(&ga->e, &ga->cap, ga->n + 1, sizeof *ga->e) < 0 ||
            dyad_grow(&ga->hot, &ga->hot_cap, ga->n + 1, sizeof *ga->hot) < 0)
            return dyad_err_set(err, DYAD_ENOMEM, file, t->line,
                                "out of memory");
        int idx = (int)ga->n;
        ga->hot[ga->n] = h;
        ga->e[ga->n++] = e;
        size_t kl = alias_key(alias.ptr, alias.len, 0, key);
        note_first(ga, key, kl);
        rc = add_alias(ga->exact, key, kl, idx, ga);
        int up = ki != 3 && count_chars(alias.ptr, alias.len) > 3;
        if (rc == DYAD_OK && up) {
            kl = alias_key(alias.ptr, alias.len, 1, key);
            rc = add_alias(ga->upper, key, kl, idx, ga);
        }
        if (rc == DYAD_EINVAL)
            return dyad_err_set(err, DYAD_EPARSE, file, t->line,
                                "malformed alias '%.*s'", (int)alias.len,
                                alias.ptr);
        if (rc != DYAD_OK)
            return dyad_err_set(err, DYAD_ENOMEM, file, t->line,
                                "out of memory");
        /* the same alias, code and start twice in one file is a mistake */
        for (int o = ga->hot[idx].next; o >= 0; o = ga->hot[o].next)
            if (ga->hot[o].code == h.code && ga->hot[o].from == h.from &&
                ga->e[o].pub.file == file &&
                strcmp(ga->e[o].pub.alias, e.pub.alias) == 0)
                return dyad_err_set(err, DYAD_EPARSE, file, t->line,
                                    "duplicate alias '%.*s' for %.*s (first "
                                    "at line %lu)",
                                    (int)alias.len, alias.ptr, (int)code.len,
                                    code.ptr, ga->e[o].pub.line);
    }
    return rc;
}

/* Room for the entries of lines more lines and their aliases (bytes of
 * text), in both tables at most. DYAD_ENOMEM. */
static int reserve_lines(dyad_actors *ga, size_t lines, size_t bytes)
{
    if (dyad_grow(&ga->e, &ga->cap, ga->n + lines, sizeof *ga->e) < 0 ||
        dyad_grow(&ga->hot, &ga->hot_cap, ga->n + lines, sizeof *ga->hot) < 0)
        return DYAD_ENOMEM;
    if (dyad_phrases_reserve(ga->exact, lines, bytes) != DYAD_OK ||
        dyad_phrases_reserve(ga->upper, lines, bytes) != DYAD_OK)
        return DYAD_ENOMEM;
    return DYAD_OK;
}

/* dyad_actors_load_data of a file of nlines lines (dyad_tsv_lines), or
 * NULL: they are counted. */
static int load_data(dyad_actors *ga, const char *name, const char *data,
                     size_t len, const size_t *nlines, dyad_err *err)
{
    int kind = dyad_lex_file_kind(data, len);
    if (kind != DYAD_LEX_GAZETTEER)
        return DYAD_OK;
    const char *file = keep(ga, name, strlen(name));
    if (!file)
        return dyad_err_set(err, DYAD_ENOMEM, name, 0, "out of memory");
    dyad_tsv t;
    /* an alias a line, in both tables at most, and an entry a line:
     * sized once (the entries grown by doubling were copied for 0.4M
     * instructions at start-up) */
    size_t lines = nlines ? *nlines : dyad_tsv_lines(data, len);
    int rc = dyad_tsv_open(&t, file, data, len, err);
    if (rc == DYAD_OK &&
        reserve_lines(ga, lines, len) != DYAD_OK)
        rc = dyad_err_set(err, DYAD_ENOMEM, name, 0, "out of memory");
    if (rc == DYAD_OK)
        rc = load_rows(ga, &t, file, err);
    if (rc != DYAD_OK)
        return rc;
    ga->hash = dyad_hash(name, strlen(name) + 1, ga->hash);
    ga->hash = dyad_hash(data, len, ga->hash);
    snprintf(ga->version, sizeof ga->version, "%016llx",
             (unsigned long long)dyad_hash_mix(ga->hash));
    return DYAD_OK;
}

int dyad_actors_load_data(dyad_actors *ga, const char *name, const char *data,
                          size_t len, dyad_err *err)
{
    return load_data(ga, name, data, len, NULL, err);
}

int dyad_actors_load_builtin(dyad_actors *ga, dyad_err *err)
{
    /* both tables sized once for the lines of all the gazetteers, where
     * each file's reserve grew them again, copying and rehashing what the
     * files before had added (start-up 82.4M -> 80.7M instructions) */
    size_t lines, bytes;
    dyad_lex__builtin_size(DYAD_LEX_GAZETTEER, 0, &lines, &bytes);
    if (reserve_lines(ga, lines, bytes) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    for (const dyad_embedded_file *f = dyad_embedded_lexicons; f->name; f++) {
        int rc = load_data(ga, f->name, f->data, f->len, &f->lines, err);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

static int load_one(void *ctx, const char *path, const char *data,
                    size_t len, dyad_err *err)
{
    return dyad_actors_load_data(ctx, path, data, len, err);
}

int dyad_actors_load_dir(dyad_actors *ga, const char *dir, dyad_err *err)
{
    return dyad_each_file(dir, ".tsv", load_one, ga, err);
}

const char *dyad_actors_version(const dyad_actors *ga)
{
    return ga->version;
}

dyad_actors_ctx *dyad_actors_ctx_new(void)
{
    return dyad_calloc(1, sizeof(dyad_actors_ctx));
}

void dyad_actors_ctx_places(dyad_actors_ctx *cx, int on)
{
    cx->places = on != 0;
}

void dyad_actors_ctx_free(dyad_actors_ctx *cx)
{
    if (!cx)
        return;
    dyad_free(cx->keys);
    dyad_free(cx->mark);
    dyad_free(cx->chain);
    dyad_free(cx->one);
    dyad_free(cx->next);
    dyad_free(cx->uchain);
    dyad_free(cx->uone);
    dyad_free(cx->unext);
    dyad_free(cx->todo);
    dyad_free(cx->memo);
    dyad_free(cx->buf);
    dyad_free(cx);
}

/* Bytes of a token's text that alias_key changes or drops (KEY_SLOW; a
 * space never is in a token, but alias_key treats it specially), and the
 * hyphen or slash that splits "US-China", "Iran/Iraq" (KEY_HYPHEN). */
enum { KEY_SLOW = 1, KEY_HYPHEN = 2, KEY_END = 4 };
/* Token marks (set a document at a time by dyad_actors_find): its key
 * has a hyphen, it may start an alias of the exact table, it is in
 * capitals. */
enum { TOK_HYPHEN = 1, TOK_EXACT = 2, TOK_UPPER = 4 };
/* KEY_END: the last byte of a possessive ('s, 's, '). */
static const unsigned char key_bytes[256] = {
    [' '] = KEY_SLOW, ['.'] = KEY_SLOW, [0xe2] = KEY_SLOW, ['-'] = KEY_HYPHEN,
    ['/'] = KEY_HYPHEN,
    ['\''] = KEY_END, ['s'] = KEY_END, ['S'] = KEY_END};

/* alias_key of a token without KEY_SLOW bytes: its text less a final
 * possessive, so the key can point into the text. */
static inline size_t plain_key_len(const char *s, size_t len)
{
    /* the last byte first: most tokens end in neither (a call and both
     * tests a token cost ~6M instructions on 10,000 articles) */
    if (len <= 2)
        return len;
    char c = s[len - 1];
    if (!(key_bytes[(unsigned char)c] & KEY_END))
        return len;
    if (c == '\'')
        return len - 1;
    return s[len - 2] == '\'' ? len - 2 : len;
}

/* The match key of token t of text (see alias_key) and its TOK_HYPHEN
 * mark. Most tokens have no dot or curly quote, and their key is a piece
 * of the text: one table lookup a byte instead of alias_key's copy and
 * tests cut this from ~185 to ~45 instructions a token. */
/* Does a key that starts with byte c pass the filter heads
 * (dyad_phrases_heads_has tests bit c << 8 | the second byte)? */
static inline int heads_byte(const uint64_t *heads, unsigned char c)
{
    const uint64_t *w = heads + ((size_t)c << 2);
    return (w[0] | w[1] | w[2] | w[3]) != 0;
}

/* The OR of the key_bytes classes of the len bytes at b. */
static inline unsigned key_class(const unsigned char *b, size_t len)
{
    unsigned cls = 0;
    size_t j = 0;
    for (; j + 4 <= len; j += 4)   /* unrolled: ~3 instructions a byte */
        cls |= key_bytes[b[j]] | key_bytes[b[j + 1]] | key_bytes[b[j + 2]] |
               key_bytes[b[j + 3]];
    for (; j < len; j++)
        cls |= key_bytes[b[j]];
    return cls;
}

/* The match key of the len bytes at s, of key_class cls: made by
 * alias_key into buf when a byte of KEY_SLOW asks it to, else the bytes
 * themselves less a possessive (plain_key_len). */
static inline dyad_span key_of(const char *s, size_t len, unsigned cls,
                               char *buf)
{
    if (cls & KEY_SLOW)
        return (dyad_span){buf, alias_key(s, len, 0, buf)};
    return (dyad_span){s, plain_key_len(s, len)};
}

static inline dyad_span token_key(const dyad_actors *ga, const char *text,
                                  const dyad_token *t, char *buf,
                                  unsigned *mark)
{
    const char *s = text + t->off;
    /* the text said it has no byte to look at here: ~90% of tokens
     * (44M to 23M instructions on 10,000 articles), and its key is its
     * text less the base key's possessive (DYAD_TOK_PLAIN), where
     * plain_key_len looked at its last bytes (dyad_actors_find 18.3M ->
     * 16.7M instructions on 2,000 Reuters-21578 articles) */
    if (t->flags & DYAD_TOK_PLAIN)
        return (dyad_span){s, t->base_len};
    const unsigned char *b = (const unsigned char *)s;
    unsigned cls = key_class(b, t->len);
    if (cls & KEY_HYPHEN)
        *mark |= TOK_HYPHEN;
    /* "1.5", "7.25": a key whose first byte is the text's (not a dot or
     * a curly quote) and starts no alias of the tables (their filters,
     * which mark_starts asks next) is made only when a match reads it
     * (NULL here, see key_at): on all of Reuters-21578, 36.8K of the
     * 64.7K keys alias_key made here, mostly of numbers */
    if ((cls & KEY_SLOW) && ga && b[0] != '.' && b[0] != 0xe2 &&
        !heads_byte(ga->exact_heads, b[0]) &&
        !((*mark & TOK_UPPER) && heads_byte(ga->upper_heads, b[0])))
        return (dyad_span){NULL, 0};
    return key_of(s, t->len, cls, buf + t->off);
}

/* The keys are made a document at a time, by dyad_actors_find (see
 * mark_starts): here only the scratch is sized. */
int dyad_actors_prepare(dyad_actors_ctx *cx, const dyad_doc *doc)
{
    if (dyad_grow(&cx->buf, &cx->buf_cap, doc->len + 1, 1) < 0)
        return DYAD_ENOMEM;
    /* the per-token arrays share one capacity */
    if (cx->keys_cap < doc->ntok + 1) {
        size_t cap = cx->keys_cap, c2 = cap, c3 = cap, c4 = cap, c5 = cap,
               c6 = cap, c7 = cap, c8 = cap, c9 = cap;
        if (dyad_grow(&cx->keys, &cap, doc->ntok + 1, sizeof *cx->keys) < 0 ||
            dyad_grow(&cx->mark, &c2, doc->ntok + 1, 1) < 0 ||
            dyad_grow(&cx->chain, &c3, doc->ntok + 1, sizeof *cx->chain) < 0 ||
            dyad_grow(&cx->one, &c4, doc->ntok + 1, sizeof *cx->one) < 0 ||
            dyad_grow(&cx->next, &c8, doc->ntok + 1, sizeof *cx->next) < 0 ||
            dyad_grow(&cx->unext, &c9, doc->ntok + 1, sizeof *cx->unext) < 0 ||
            dyad_grow(&cx->uchain, &c6, doc->ntok + 1, sizeof *cx->uchain) <
                0 ||
            dyad_grow(&cx->uone, &c7, doc->ntok + 1, sizeof *cx->uone) < 0 ||
            dyad_grow(&cx->todo, &c5, doc->ntok + 1, sizeof *cx->todo) < 0)
            return DYAD_ENOMEM;
        cx->keys_cap = cap;
    }
    if (!cx->memo && !(cx->memo = dyad_calloc(1, sizeof *cx->memo)))
        return DYAD_ENOMEM;
    cx->memo->marked = 0;
    cx->cand = NULL;
    cx->ncand = 0;
    return DYAD_OK;
}

/* The context words of the rules below, by list. ga->context maps each
 * word to the lists it is in (bit CW_x of its payload): one lookup where
 * scanning a list of up to 60 words cost ~190 instructions a test. */
enum {
    CW_OPENERS, CW_TITLES, CW_FOOD, CW_PORCELAIN, CW_FINE, CW_PIG, CW_RIVER,
    CW_PEPPER, CW_THANKSGIVING, CW_US_STATE, CW_TBILISI, CW_SPORTS,
    CW_WA_AFTER, CW_VENUE, CW_COMPASS, CW_EVENTS, CW_LANGUAGE, CW_CUISINE,
    CW_FILE, CW_RULERS, CW_MOTION, CW_ONE, CW_FIRST, CW_SECOND, CW_OF,
    CW_STATE, CW_TO, CW_INTO, CW_CONJ, CW_COUNT
};

/* a sentence's usual first words (name_before) */
static const char *const cw_openers[] = {
    "the", "a", "an", "in", "on", "at", "as", "and", "but", "or", "so",
    "yesterday", "today", "tomorrow", "when", "while", "after", "before",
    "since", "meanwhile", "however", "neighbouring", "neighboring", "both",
    "like", "unlike", "for", "from", "with", "without", "to", "if", "then",
    "now", "only", "even", "also", "why", "how", "where", "tiny",
    "landlocked", "officially", "did", "does", "will", "can", "could",
    "should", "would", "has", "had", "was", "is", NULL};
/* titles and the like after an alias (name_after) */
static const char *const cw_titles[] = {
    "king", "queen", "prince", "princess", "crown", "president", "prime",
    "premier", "foreign", "defence", "defense", "minister", "ministry",
    "government", "army", "navy", "air", "armed", "central", "national",
    "royal", "state", "embassy", "ambassador", "envoy", "parliament",
    "cabinet", "supreme", "federal", "emir", "sultan", "sheikh",
    "chancellor", "emperor", "coast", "border", "mayor", "governor", "city",
    "police", "court", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november",
    "december", "on", NULL};
/* rule noun: Turkey */
static const char *const cw_food[] = {
    "sandwich", "sandwiches", "dinner", "breast", "leg", "legs", "meat",
    "burger", "burgers", "roast", "stuffing", "gravy", "bacon", "feathers",
    "prices", "farmers", "day", NULL};
/* China (not "set", "sets": "China set to impose sanctions", "China
 * sets deadline" are headlines of the state) */
static const char *const cw_porcelain[] = {
    "plate", "plates", "cup", "cups", "cabinet", "cabinets", "dishes",
    "doll", "dolls", "teapot", "pattern", "patterns", "hutch", "vase",
    "vases", NULL};
/* before China */
static const char *const cw_fine[] = {
    "fine", "bone", "porcelain", NULL};
/* Guinea */
static const char *const cw_pig[] = {
    "pig", "pigs", "fowl", NULL};
/* Niger */
static const char *const cw_river[] = {
    "river", "basin", "delta", NULL};
/* Chile */
static const char *const cw_pepper[] = {
    "pepper", "peppers", "powder", "flakes", "sauce", NULL};
/* Turkey, anywhere */
static const char *const cw_thanksgiving[] = {
    "thanksgiving", "roasted", "stuffed", "carve", NULL};
/* rule state: Georgia */
static const char *const cw_us_state[] = {
    "atlanta", "savannah", "augusta", "macon", "athens", "governor", "gov",
    "county", "counties", "statehouse", "peach", "legislature", "senator",
    "sen", "bulldogs", "ga", "senate", "runoff", "runoffs", "recount",
    "ballots", "democrats", "republicans", "gop", NULL};
/* Georgia, the country (and in a sentence with Russia, NATO or the EU:
 * "US Senate condemns Russian invasion of Georgia", "Republicans urge
 * Bush to defend Georgia against Russia") */
static const char *const cw_tbilisi[] = {
    "tbilisi", "georgian", "georgians", "abkhazia", "ossetia", "russia",
    "russian", "russians", "moscow", "kremlin", "nato", "eu",
    "saakashvili", NULL};
/* rule person */
static const char *const cw_sports[] = {
    "scored", "points", "dunk", "dunked", "rebounds", "nba", "bulls",
    "season", "coach", "playoffs", "game", "games", "goal", "goals",
    "album", "song", "songs", "film", "actor", "actress", "singer",
    "drummer", "drums", "band", "tour", "sneakers", "fans", NULL};
/* rule city: Washington */
static const char *const cw_wa_after[] = {
    "state", "post", "wizards", "commanders", "nationals", "capitals",
    "redskins", "mystics", "huskies", "university", "irving", "square",
    "heights", "county", "times", "examiner", "monument", NULL};
/* before a capital that is a place */
static const char *const cw_venue[] = {
    "in", "at", "into", "near", "across", "around", "outside", "inside",
    "throughout", "via", "fled", "toured", "visiting", "visited", "visit",
    NULL};
/* before a capital */
static const char *const cw_compass[] = {
    "north", "south", "east", "west", "central", "downtown", "northern",
    "southern", "eastern", "western", "suburban", "greater", NULL};
/* after a capital */
static const char *const cw_events[] = {
    "olympics", "olympic", "games", "marathon", "stock", "exchange",
    "motor", "show", "film", "festival", "biennale", "metro", "airport",
    "zoo", "university", "opera", "philharmonic", "agreement", "agreements",
    "accord", "accords", "climate", "protocol", "convention", "declaration",
    "club", "principles", "marathon", "fashion", "summit", "wall", "peace",
    "pact",
    NULL};
/* before a demonym that is a language */
static const char *const cw_language[] = {
    "in", "into", "speak", "speaks", "spoke", "spoken", "speaking", "learn",
    "learning", "learned", "learnt", "study", "studying", "studied",
    "translated", "fluent", "taught", "teaches", "teach", "lessons", NULL};
/* after a demonym that is a cuisine */
static const char *const cw_cuisine[] = {
    "toast", "fries", "food", "foods", "cuisine", "restaurant",
    "restaurants", "coffee", "tea", "waffles", "cheese", "wine", "wines",
    "beer", "dish", "dishes", "recipe", "recipes", "cooking", "noodles",
    "dumplings", "breakfast", "salad", "dressing", "bread", "pastry",
    "delight", "cookery", "dinner", "lunch", "curry", "pizza", NULL};
/* after a code that is a file type */
static const char *const cw_file[] = {
    "file", "files", "format", "image", "images", "extension", NULL};
/* before a venue word */
static const char *const cw_rulers[] = {
    "regime", "government", "leadership", "authorities", "officials",
    "rulers", "junta", "administration", NULL};
/* before a destination */
static const char *const cw_motion[] = {
    "travelled", "traveled", "flew", "trip", "visit", "journey", "moved",
    "moves", "returned", "went", "came", "headed", "drove", "trips",
    "visits", "flight", "flights", NULL};
/* self references */
static const char *const cw_one[] = {
    "we", "our", "us", "ourselves", "ours", NULL};
/* self references ("this country") */
static const char *const cw_first[] = {
    "this", "our", NULL};
/* self references ("this country") */
static const char *const cw_second[] = {
    "country", "nation", "government", "republic", "union", NULL};
/* "state of Georgia" */
static const char *const cw_of[] = {
    "of", NULL};
/* "state of Georgia" */
static const char *const cw_state[] = {
    "state", NULL};
/* "travelled to Kyiv" */
static const char *const cw_to[] = {
    "to", NULL};
/* "from Spanish into Arabic" */
static const char *const cw_into[] = {
    "into", NULL};
/* after a language word */
static const char *const cw_conj[] = {
    "and", "or", "into", "to", NULL};

_Static_assert(CW_COUNT <= 32, "a word's lists are the bits of a uint32_t");
static const char *const *const cw_lists[CW_COUNT] = {
    cw_openers, cw_titles, cw_food, cw_porcelain, cw_fine, cw_pig, cw_river,
    cw_pepper, cw_thanksgiving, cw_us_state, cw_tbilisi, cw_sports,
    cw_wa_after, cw_venue, cw_compass, cw_events, cw_language, cw_cuisine,
    cw_file, cw_rulers, cw_motion, cw_one, cw_first, cw_second, cw_of,
    cw_state, cw_to, cw_into, cw_conj};

/* ga->self_heads from the words of CW_ONE and CW_FIRST. */
_Static_assert(CW_FIRST == CW_ONE + 1, "self_words takes the lists in a row");
static void self_words(dyad_actors *ga)
{
    for (unsigned l = CW_ONE; l <= CW_FIRST; l++)
        for (const char *const *w = cw_lists[l]; *w; w++) {
            const unsigned char *b = (const unsigned char *)*w;
            unsigned bit = (unsigned)b[0] << 8 | b[1];   /* b[1] 0: 1 byte */
            ga->self_heads[bit >> 6] |= 1ULL << (bit & 63);
        }
}

/* The table of context words; NULL on allocation failure. */
static dyad_phrases *context_words(void)
{
    dyad_phrases *p = dyad_phrases_new();
    for (unsigned l = 0; p && l < CW_COUNT; l++)
        for (const char *const *w = cw_lists[l]; *w; w++) {
            uint32_t old = 0, bit = 1u << l;
            int rc = dyad_phrases_add(p, *w, strlen(*w), bit, &old);
            if (rc == 1)   /* in more lists: all their bits */
                rc = dyad_phrases_add(p, *w, strlen(*w), bit | old, NULL);
            if (rc < 0) {
                dyad_phrases_free(p);
                return NULL;
            }
        }
    return p;
}

/* The lists (bit CW_x) that the base key of token i is in. */
static uint32_t lists_of(const dyad_actors *ga, const dyad_actors_ctx *cx,
                         const dyad_doc *doc, size_t i)
{
    const dyad_token *t = &doc->tok[i];
    dyad_span k = {doc->keys + t->key, t->base_len};
    uint32_t lists = 0;
    if (!dyad_phrases_heads_has(ga->context_heads, k))
        return 0;
    /* context words are common words, asked of again and again: by key,
     * a lookup went from ~125 instructions to ~45 (whole run 754.8M ->
     * 751.0M on 10,000 articles); found by its bytes (dyad_key16, as the
     * alias memo; a key may be read eight bytes on, text.c), and hashed
     * only on a miss, r2k 197.83M -> 197.73M instructions */
    if (k.len > AMEMO_KEY) {
        dyad_phrases_get(ga->context, k.ptr, k.len, &lists);
        return lists;
    }
    uint64_t k0, k1;
    dyad_key16(k.ptr, k.len, 1, &k0, &k1);
    cmemo_slot *m =
        &cx->memo->ctx[dyad_key16_slot(k0, k1, k.len, CMEMO_BITS)];
    if (m->k0 != k0 || m->k1 != k1 || m->len != k.len) {
        dyad_phrases_get_h(ga->context, k.ptr, k.len,
                           dyad_phrases_hash(k.ptr, k.len), &lists);
        m->k0 = k0;
        m->k1 = k1;
        m->len = (unsigned char)k.len;
        m->lists = lists;
    }
    return m->lists;
}

static int in_list(uint32_t lists, unsigned list)
{
    return lists >> list & 1;
}

/* Is the base key of token i a word of list CW_x? */
static int key_is(const dyad_actors *ga, const dyad_actors_ctx *cx,
                  const dyad_doc *doc, size_t i, unsigned list)
{
    return in_list(lists_of(ga, cx, doc, i), list);
}

static int is_cap(const dyad_doc *doc, size_t i)
{
    return (doc->tok[i].flags & DYAD_TOK_CAP) != 0;
}

/* Is token i in a sentence in title case (dyad_sentence.title), where a
 * capital marks no name? */
static int in_title(const dyad_doc *doc, size_t i)
{
    size_t lo = 0, hi = doc->nsent;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->sent[mid].tok <= i)
            lo = mid;
        else
            hi = mid;
    }
    return lo < doc->nsent && doc->sent[lo].title;
}

/* The match key of token j of the sentence being searched: a plain
 * token's is its text (token_key), which mark_starts may have passed over
 * (see table_at); the others' are in cx->keys, made here when token_key
 * left them to a match. */
static dyad_span key_at(const dyad_actors_ctx *cx, const dyad_doc *doc,
                        size_t j)
{
    const dyad_token *t = &doc->tok[j];
    if (t->flags & DYAD_TOK_PLAIN)
        return (dyad_span){doc->text + t->off, t->base_len};
    if (!cx->keys[j].ptr) {
        unsigned f = 0;
        cx->keys[j] = token_key(NULL, doc->text, t, cx->buf, &f);
    }
    return cx->keys[j];
}

/* dyad_phrases_match of ga->exact (upper set: ga->upper) at token i, n
 * keys, of the sentence being searched (whose marks dyad_actors_find has
 * set); the payload in *pay when pay is not NULL. */
static inline size_t table_at(const dyad_actors *ga,
                              const dyad_actors_ctx *cx, const dyad_doc *doc,
                              int upper, size_t i, size_t n, uint32_t *pay)
{
    uint32_t p;
    const uint32_t *one = upper ? cx->uone : cx->one;
    if (!(cx->mark[i] & (upper ? TOK_UPPER : TOK_EXACT)) || !n)
        return 0;
    if (one[i] != DYAD_PHRASES_NONE) {
        p = one[i];
        n = 1;
    } else {
        /* a name that starts only longer aliases ("The" of "The Hague",
         * "The Gambia"), before a word that starts none of their second
         * words: no alias, known without the chain (see
         * dyad_phrases_next_filter), and so is a name's one-word alias
         * before such a word ("Soviet" of "Soviet Union"). On all of
         * Reuters-21578 the calls of scan_chain by match_from went from
         * 165.7K to 118.6K (no one-word alias) and 102.4K, scan_chain and
         * match_from 24.9M -> 20.0M instructions, for 0.9M more in
         * dyad_actors_find (the run 1,295.25M -> 1,293.65M -> 1,293.23M);
         * in the upper table too (headlines in capitals), 102.4K -> 90.7K
         * calls, 1,293.23M -> 1,292.60M */
        uint32_t nf = upper ? cx->unext[i] : cx->next[i];
        uint32_t chain = upper ? cx->uchain[i] : cx->chain[i];
        if (nf && (n < 2 || !dyad_phrases_next_may(nf, key_at(cx, doc, i + 1)))) {
            if (!(nf & 1) ||
                !dyad_phrases_one_word(upper ? ga->upper : ga->exact, chain,
                                       &p))
                return 0;
            if (pay)
                *pay = p;
            return 1;
        }
        /* no alias of a chain with a filter starts with a wildcard word
         * (dyad_phrases_next_filter): the chain's longest alias is as far
         * as the walk reads, and its keys are made that far, where they
         * were made as far as the sentence, up to twelve: on all of
         * Reuters-21578 dyad_actors_find 113.14M -> 110.77M instructions,
         * for 1.11M more at start-up (16.83M -> 17.94M), the run
         * 1,256.53M -> 1,255.47M */
        if (nf && n > ga->maxw[upper][chain])
            n = ga->maxw[upper][chain];
        /* the keys of the plain tokens after i that mark_starts passed
         * over, as far as a term reaches: their text (see mark_starts);
         * each made once a sentence, where each match made those after
         * its mark again (dyad_actors_find 8.83M -> 8.57M instructions
         * on 2,000 Reuters-21578 articles). Only for the walk of a chain:
         * the test of the next key above reads that key where it is, and
         * the keys were made for every call that got that far (730.6K
         * keys for 120.4K calls, 45.3K of which walk a chain) */
        size_t end = i + (n < DYAD_PHRASE_MAXWORDS ? n : DYAD_PHRASE_MAXWORDS);
        size_t j = cx->memo->keys_to > i + 1 ? cx->memo->keys_to : i + 1;
        if (j < end) {
            const dyad_token *tok = doc->tok;
            dyad_span *keys = cx->keys;
            for (; j < end; j++)
                if (tok[j].flags & DYAD_TOK_PLAIN)
                    keys[j] = (dyad_span){doc->text + tok[j].off,
                                          tok[j].base_len};
                else if (!keys[j].ptr)
                    key_at(cx, doc, j);
            cx->memo->keys_to = end;
        }
        n = dyad_phrases_match_at(upper ? ga->upper : ga->exact, &cx->keys[i],
                                  n, chain, &p);
    }
    if (pay)
        *pay = p;
    return n;
}

static int exact_match(const dyad_actors *ga, const dyad_actors_ctx *cx,
                       const dyad_doc *doc, size_t i, size_t n)
{
    return table_at(ga, cx, doc, 0, i, n, NULL) > 0;
}

/* Is the capitalised word before token i a first name (so the alias at i
 * is a surname: "Michael Jordan", "Denzel Washington")? A place name
 * before it is not, and neither is a sentence's usual first word. */
static int name_before(const dyad_actors *ga, const dyad_actors_ctx *cx,
                       const dyad_doc *doc, size_t i, size_t s)
{
    if (i == s || !is_cap(doc, i - 1) ||
        (doc->tok[i - 1].flags & DYAD_TOK_UPPER) || in_title(doc, i))
        return 0;
    if (exact_match(ga, cx, doc, i - 1, 1))
        return 0;
    return !(i - 1 == s && key_is(ga, cx, doc, i - 1, CW_OPENERS));
}

/* Is the capitalised word after the alias a surname ("Chad Smith",
 * "Georgia O'Keeffe")? Titles ("Jordan's King Abdullah") and place names
 * are not. */
static int name_after(const dyad_actors *ga, const dyad_actors_ctx *cx,
                      const dyad_doc *doc, size_t next, size_t e)
{
    if (next >= e || !is_cap(doc, next) || key_is(ga, cx, doc, next, CW_TITLES) ||
        (doc->tok[next].flags & DYAD_TOK_UPPER) || in_title(doc, next))
        return 0;   /* a headline in capitals or title case names no one */
    /* "Pakistan's Nawaz Sharif", "In Moldova, Maia Sandu": a possessive
     * or punctuation after the alias ends it */
    const dyad_token *last = &doc->tok[next - 1];
    if (last->base_len < last->key_len ||
        (last->off + last->len < doc->len &&
         doc->text[last->off + last->len] != ' '))
        return 0;
    return !exact_match(ga, cx, doc, next, e - next);
}

static int sentence_has(const dyad_actors *ga, const dyad_actors_ctx *cx,
                        const dyad_doc *doc, size_t s, size_t e,
                        unsigned list)
{
    for (size_t k = s; k < e; k++)
        if (key_is(ga, cx, doc, k, list))
            return 1;
    return 0;
}

/* Does the context rule of entry allow the mention tokens [i, i+w) of the
 * sentence [s, e)? */
static int rule_allows(const dyad_actors *ga, const dyad_actors_ctx *cx,
                       const dyad_doc *doc, int idx, size_t i,
                       size_t w, size_t s, size_t e)
{
    size_t next = i + w;
    switch (ga->hot[idx].rule) {
    case R_NOUN: {
        const char *a = ga->e[idx].pub.alias;
        int bad = -1;   /* the list of words that make it a thing */
        if (strcmp(a, "Turkey") == 0) {
            bad = CW_FOOD;
            if (sentence_has(ga, cx, doc, s, e, CW_THANKSGIVING))
                return 0;
        } else if (strcmp(a, "China") == 0) {
            bad = CW_PORCELAIN;
            if (i > s && key_is(ga, cx, doc, i - 1, CW_FINE))
                return 0;
        } else if (strcmp(a, "Guinea") == 0) {
            bad = CW_PIG;
        } else if (strcmp(a, "Niger") == 0) {
            bad = CW_RIVER;
        } else if (strcmp(a, "Chile") == 0) {
            bad = CW_PEPPER;
        } else if (doc->tok[i].flags & DYAD_TOK_UPPER) {
            /* a common word with no list ("Reunion"): in capitals it is
             * the word */
            return 0;
        }
        return !(bad >= 0 && next < e && key_is(ga, cx, doc, next, (unsigned)bad));
    }
    case R_PERSON:
        /* "Michael Jordan", "Chad Smith", "Jordan scored 38 points" */
        return !name_before(ga, cx, doc, i, s) &&
               !name_after(ga, cx, doc, next, e) &&
               !sentence_has(ga, cx, doc, s, e, CW_SPORTS);
    case R_STATE:
        if (name_after(ga, cx, doc, next, e))
            return 0;   /* "Georgia O'Keeffe" */
        if (i >= s + 2 && key_is(ga, cx, doc, i - 1, CW_OF) &&
            key_is(ga, cx, doc, i - 2, CW_STATE))
            return 0;
        return sentence_has(ga, cx, doc, s, e, CW_TBILISI) ||
               !sentence_has(ga, cx, doc, s, e, CW_US_STATE);
    case R_CITY:
        if (next < e && key_is(ga, cx, doc, next, CW_WA_AFTER))
            return 0;
        /* "George Washington", "Denzel Washington"; "in Washington" and
         * "Tokyo, Washington" stay the capital */
        return !name_before(ga, cx, doc, i, s);
    default:
        return 1;
    }
}

/* Context checks by kind, for every alias of that kind (1: allowed, 0:
 * not, 2: a capital named as a place):
 * - a capital is a place, not a government, after "in", "at", "into",
 *   "near", "across", ... ("talks in Vienna", "tourists crowded into
 *   Paris"), and before the names of events and things ("the Tokyo
 *   Olympics", "the Paris Agreement");
 * - a demonym is a language after "in", "into", "speak", "translated"
 *   ("lessons in Japanese") and a cuisine before food words ("French
 *   toast", "Mexican food");
 * - a code is a file type before "file", "format", "image" ("a PNG
 *   file");
 * - a territory is always a place: its own authorities are not the
 *   state it belongs to ("Crimea votes to join Russia" is no act of
 *   Ukraine's), what is done there or to it involves that state
 *   ("troops seize airports in Crimea"). */
static int kind_allows(const dyad_actors *ga, const dyad_actors_ctx *cx,
                       const dyad_doc *doc, const hot_t *en, size_t i,
                       size_t w, size_t s, size_t e)
{
    size_t next = i + w;
    switch (en->kind) {
    case KIND_CAPITAL: {
        /* the word before is tested against several lists: looked up once */
        size_t p = i;
        uint32_t before = p > s ? lists_of(ga, cx, doc, p - 1) : 0;
        if (in_list(before, CW_COMPASS)) {
            p--;   /* "in north London" */
            before = p > s ? lists_of(ga, cx, doc, p - 1) : 0;
        }
        if (name_after(ga, cx, doc, next, e))
            return 0;   /* "Paris Hilton" */
        if (next < e && key_is(ga, cx, doc, next, CW_EVENTS))
            return 0;
        /* "the regime in Pyongyang" is the government, not a place */
        if (in_list(before, CW_VENUE) &&
            !(p > s + 1 && key_is(ga, cx, doc, p - 2, CW_RULERS)))
            return 2;
        /* "travelled to Kyiv", "visit Bonn": a destination */
        if (in_list(before, CW_MOTION) ||
            (p > s + 1 && in_list(before, CW_TO) &&
             key_is(ga, cx, doc, p - 2, CW_MOTION)))
            return 2;
        return 1;
    }
    case KIND_NAME:
        return !name_after(ga, cx, doc, next, e);   /* "Cuba Gooding" */
    case KIND_DEMONYM: {
        uint32_t after = next < e ? lists_of(ga, cx, doc, next) : 0;
        if (in_list(after, CW_INTO))
            return 0;   /* "from Spanish into Arabic" */
        if (i > s && key_is(ga, cx, doc, i - 1, CW_LANGUAGE) &&
            !(next < e && (doc->tok[next].flags & DYAD_TOK_WORD) &&
              !in_list(after, CW_CONJ)))
            return 0;
        return !in_list(after, CW_CUISINE);
    }
    case KIND_CODE:
        return !(next < e && key_is(ga, cx, doc, next, CW_FILE));
    case KIND_TERRITORY:
        return 2;
    default:
        return 1;
    }
}

/* The entry of the alias chain starting at idx valid on day and allowed
 * by its rule, or -1. */
static int pick(const dyad_actors *ga, const dyad_actors_ctx *cx,
                const dyad_doc *doc, int idx, int32_t day, size_t i, size_t w,
                size_t s, size_t e, int hyphen, int *place)
{
    *place = 0;
    for (; idx >= 0; idx = ga->hot[idx].next) {
        const hot_t *en = &ga->hot[idx];
        if (day < en->from || day > en->to)
            continue;
        if (en->kind == KIND_PREFIX && !hyphen)
            continue;   /* "Sino", "Franco": only in "Sino-Japanese" */
        if (hyphen)
            return idx;
        if (!rule_allows(ga, cx, doc, idx, i, w, s, e))
            continue;
        int k = kind_allows(ga, cx, doc, en, i, w, s, e);
        if (k == 1 || (k == 2 && cx->places)) {
            *place = k != 2                       ? 0
                     : en->kind == KIND_TERRITORY ? DYAD_PLACE_TERRITORY
                                                  : DYAD_PLACE_CAPITAL;
            return idx;
        }
    }
    return -1;
}

/* May token i start a self reference? With a self code every token not
 * in an alias is asked, and most start none: the first bytes of their
 * key say so before its lists are looked up, and those are looked up
 * once (the lists of every token twice were 23% of `dyad score --self
 * USA` on the speeches, whose scoring went from 1,382.5M to 1,065.1M
 * instructions) */
static inline int self_may(const dyad_actors *ga, const dyad_doc *doc,
                           size_t i)
{
    const dyad_token *t = &doc->tok[i];
    return dyad_phrases_heads_has(ga->self_heads,
                                  (dyad_span){doc->keys + t->key, t->base_len});
}

/* The first token of [i, e) that has a mark or may start a self
 * reference, or e. */
static size_t self_next(const dyad_actors *ga, const dyad_actors_ctx *cx,
                        const dyad_doc *doc, size_t i, size_t e)
{
    const unsigned char *mark = cx->mark;
    while (i < e && !mark[i] && !self_may(ga, doc, i))
        i++;
    return i;
}

/* The tokens of the self reference at token i (self_may), or 0. */
static size_t self_ref(const dyad_actors *ga, const dyad_actors_ctx *cx,
                       const dyad_doc *doc, size_t i, size_t e)
{
    const dyad_token *t = &doc->tok[i];
    uint32_t lists = lists_of(ga, cx, doc, i);
    if (i + 1 < e && in_list(lists, CW_FIRST) &&
        key_is(ga, cx, doc, i + 1, CW_SECOND))
        return 2;
    /* "US" in capitals is the country; "us" is the speaker */
    if (in_list(lists, CW_ONE) && !(t->flags & DYAD_TOK_UPPER))
        return 1;
    return 0;
}

/* The longest alias of ga->exact (upper set: ga->upper) at token i that
 * is valid on day and allowed by its rule: an alias out of its dates
 * ("Serbia and Montenegro" in 2010) gives way to the shorter ones inside
 * it. Sets *w. */
static inline int longest(const dyad_actors *ga, int upper,
                   const dyad_actors_ctx *cx, const dyad_doc *doc, size_t i,
                   int32_t day, size_t s, size_t e, size_t *w, int *place)
{
    size_t lim = e - i;
    while (lim > 0) {
        uint32_t pay;
        size_t n = table_at(ga, cx, doc, upper, i, lim, &pay);
        if (!n)
            break;
        int best = pick(ga, cx, doc, (int)pay, day, i, n, s, e, 0, place);
        if (best >= 0) {
            *w = n;
            return best;
        }
        lim = n - 1;
    }
    *w = 0;
    return -1;
}

/* "US-China talks", "Sino-Japanese", "anti-American", "the Iran/Iraq
 * war", "U.S./Soviet grain talks": a token of parts joined by hyphens or
 * slashes that is no alias as a whole names the actors of its parts. Appends their
 * hits (each spanning the whole token) to hits[n..cap); returns the new n. */
static size_t hyphen_parts(const dyad_actors *ga, const dyad_actors_ctx *cx,
                           const dyad_doc *doc, size_t i, int32_t day,
                           size_t s, size_t e, dyad_actor_hit *hits,
                           size_t cap, size_t n)
{
    const dyad_token *t = &doc->tok[i];
    const char *p = doc->text + t->off, *end = p + t->len;
    int upper = (t->flags & DYAD_TOK_UPPER) != 0;
    char key[256];
    /* A memo of the tokens none of whose parts is an alias ("mid-March",
     * "long-term"), by their text (2048 slots, 48 KiB), cut this from
     * 13.12M to 9.18M instructions on all of Reuters-21578, but its share
     * of the time rose from 0.4% to 1.1-1.3% (perf, Reuters-21578 x5; with
     * 512 slots 0.8%): its lookups missed the cache. */
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '-' && *q != '/')
            q++;
        q = q < end ? q : NULL;
        const char *pe = q ? q : end;
        size_t len = (size_t)(pe - p);
        /* most parts ("1986/87", "mid-March") start no alias: when
         * alias_key keeps their first two bytes as they are (no dot or
         * curly quote there, and no "X's" cut to "X"), the tables'
         * filters are asked before the key is made (-0.7M of 175M
         * instructions on 2,000 Reuters-21578 articles) */
        const unsigned char *u = (const unsigned char *)p;
        int kept2 = len >= 2 && u[0] != '.' && u[0] != 0xe2 && u[1] != '.' &&
                    u[1] != 0xe2 && u[1] != '\'';
        dyad_span raw2 = {p, 2};
        if (kept2 && !dyad_phrases_heads_has(ga->exact_heads, raw2) &&
            !(upper && dyad_phrases_heads_has(ga->upper_heads, raw2))) {
            p = q ? q + 1 : end;
            continue;
        }
        if (len > 0 && len < sizeof key) {
            /* a part with no byte alias_key changes is its own key, less
             * a possessive (plain_key_len), where alias_key copied it:
             * hyphen_parts 13.12M -> 11.37M instructions on all of
             * Reuters-21578 */
            dyad_span k = key_of(p, len, key_class(u, len), key);
            uint32_t pay;
            int best = -1, place;
            /* dyad_phrases_match's test of the filter, and one hash of
             * the key for both tables: hyphen_parts 11.37M -> 10.66M
             * instructions on all of Reuters-21578 */
            int ex = dyad_phrases_heads_has(ga->exact_heads, k),
                up = upper && dyad_phrases_heads_has(ga->upper_heads, k);
            uint64_t h = ex || up ? dyad_phrases_hash(k.ptr, k.len) : 0;
            if (ex && dyad_phrases_match_h(ga->exact, &k, 1, h, &pay) == 1)
                best = pick(ga, cx, doc, (int)pay, day, i, 1, s, e, 1, &place);
            if (best < 0 && up &&
                dyad_phrases_match_h(ga->upper, &k, 1, h, &pay) == 1)
                best = pick(ga, cx, doc, (int)pay, day, i, 1, s, e, 1, &place);
            if (best >= 0 && ga->hot[best].code >= 0) {
                if (n < cap)
                    hits[n] = (dyad_actor_hit){ga->hot[best].code, (uint32_t)i,
                                               1, best, 0};
                n++;
            }
        }
        p = q ? q + 1 : end;
    }
    return n;
}

/* What table p says of key k (hash h), into *m; bit: its TOK_ mark. */
static void first_look_up(const dyad_phrases *p, unsigned bit, dyad_span k,
                          uint64_t h, amemo_slot *m)
{
    m->chain = dyad_phrases_find_h(p, k.ptr, k.len, h);
    size_t nw = dyad_phrases_wild_chains(p, k.ptr, k.len, NULL, 0);
    m->start = m->chain != DYAD_PHRASES_NONE || nw ? (unsigned char)bit : 0;
    uint32_t pay;
    m->one = !nw && dyad_phrases_one_only(p, m->chain, &pay)
                 ? pay
                 : DYAD_PHRASES_NONE;
    m->next = nw ? 0 : dyad_phrases_next_filter(p, m->chain);
}

/* The memo slot of key k of token tk in table p's memo (slots of them,
 * 1 << bits), filled when it was of another key; tmp when k is too long
 * to be remembered. */
static inline const amemo_slot *
memo_slot(const dyad_phrases *p, unsigned bit, amemo_slot *slots,
          unsigned bits, const dyad_doc *doc, const dyad_token *tk,
          dyad_span k, amemo_slot *tmp)
{
    if (k.len > AMEMO_KEY) {
        first_look_up(p, bit, k, dyad_phrases_hash(k.ptr, k.len), tmp);
        return tmp;
    }
    /* the key is in the text or in cx->buf, at the token's offset: both
     * hold doc->len bytes */
    uint64_t k0, k1;
    dyad_key16(k.ptr, k.len, tk->off + 8 <= doc->len, &k0, &k1);
    amemo_slot *slot = &slots[dyad_key16_slot(k0, k1, k.len, bits)];
    if (slot->k0 != k0 || slot->k1 != k1 || slot->len != k.len) {
        first_look_up(p, bit, k, dyad_phrases_hash(k.ptr, k.len), slot);
        slot->k0 = k0;
        slot->k1 = k1;
        slot->len = (unsigned char)k.len;
    }
    return slot;
}

/* Marks the tokens of the document that may start an exact alias
 * (TOK_EXACT), with their chains, and lists the tokens with a mark in
 * cx->todo; returns how many. Once a document, at its first sentence
 * searched, where it was once a sentence: that set-up (the memo's test,
 * the place of the sentence in cx->cand, the clearing of its marks) and
 * dyad_actors_find's loop ran for each of the 153.3K sentences of
 * Reuters-21578, of which 65.6K have no mark (and 25.3K no token in
 * cx->cand): dyad_actors_find 130.5M -> 123.7M instructions, the run
 * 1,276.92M -> 1,270.10M. The first words of aliases are names, which news
 * repeats: remembered by key, the lookup of a first word went from ~120
 * instructions (hash, Bloom filter, probe, compare) to ~45 (and found by
 * its bytes, dyad_key16, hashed only on a miss), and a match
 * at a name that is only a one-word alias needs no table at all. One pass,
 * with the start filter tested inline and the tokens to look
 * at listed, where a pass of dyad_actors_prepare for the keys, a
 * dyad_phrases_may_start call, a second pass over its flags and a third
 * in the loop of dyad_actors_find cost ~35 instructions a token more
 * (whole run 771.6M -> 754.8M on 10,000 articles). */
static size_t mark_starts(const dyad_actors *ga, const dyad_actors_ctx *cx,
                          const dyad_doc *doc)
{
    amemo *mm = cx->memo;
    if (mm->hash != ga->hash || mm->n != ga->n) {
        memset(mm, 0, sizeof *mm);
        mm->hash = ga->hash;
        mm->n = ga->n;
    }
    const uint64_t *heads = ga->exact_heads;
    /* the text and the arrays in locals: a store to one might alias
     * *doc or *cx, and their pointers were loaded again for each token
     * (dyad_actors_find 18.5M -> 18.3M instructions on 2,000
     * Reuters-21578 articles) */
    const dyad_token *tok = doc->tok;
    const char *text = doc->text;
    char *buf = cx->buf;
    dyad_span *keys = cx->keys;
    unsigned char *mark = cx->mark;
    uint32_t *todo = cx->todo;
    size_t nt = 0, e = doc->ntok;
    /* The scorer listed the tokens that may start an alias, from what it
     * remembers of their keys (dyad_actors__may_start_h), and the others
     * are plain: their marks are cleared at once, and their keys are
     * their text, made only when a match reads past a mark (table_at). Of
     * the tokens of 2,000 Reuters-21578 articles, 21% passed the two-byte
     * start filter, and most of those then missed in the memo. First
     * the tokens that cannot start one were passed over with a test each
     * (dyad_actors_find 24.1M -> 17.0M instructions, for 0.7M more in
     * prepare and 0.75M at start-up for the filter of lower-case first
     * words), and listed they are not visited at all (16.8M -> 13.8M,
     * for 1.6M more in prepare and look_up). */
    const uint32_t *cand = cx->cand;
    size_t c = 0, nc = cx->ncand, i = 0;
    if (cand)
        memset(mark, 0, e);
    for (;; i++) {
        if (cand) {
            if (c == nc || cand[c] >= e)
                break;
            i = cand[c++];
        } else if (i >= e) {
            break;
        }
        const dyad_token *tk = &tok[i];
        unsigned f = tk->flags & DYAD_TOK_UPPER ? TOK_UPPER : 0;
        dyad_span k = token_key(ga, text, tk, buf, &f);
        keys[i] = k;
        if (dyad_phrases_heads_has(heads, k)) {
            amemo_slot tmp;
            const amemo_slot *m = memo_slot(ga->exact, TOK_EXACT, mm->slot,
                                            AMEMO_BITS, doc, tk, k, &tmp);
            f |= m->start;
            cx->chain[i] = m->chain;
            cx->one[i] = m->one;
            cx->next[i] = m->next;
        }
        /* a token in capitals is looked up in the upper table the same
         * way, where each was matched there (dyad_phrases_match, ~120
         * instructions for each of the 17,000 in 2,000 Reuters-21578
         * articles, mostly headlines and "REUTER"): per article 140.3M ->
         * 139.1M instructions */
        if (f & TOK_UPPER) {
            f &= ~(unsigned)TOK_UPPER;
            if (dyad_phrases_heads_has(ga->upper_heads, k)) {
                amemo_slot tmp;
                const amemo_slot *m =
                    memo_slot(ga->upper, TOK_UPPER, mm->upper, UMEMO_BITS, doc,
                              tk, k, &tmp);
                f |= m->start;
                cx->uchain[i] = m->chain;
                cx->uone[i] = m->one;
                cx->unext[i] = m->next;
            }
        }
        mark[i] = (unsigned char)f;
        todo[nt] = (uint32_t)i;
        nt += f != 0;
    }
    /* after the last, a token no sentence has: the loops that pass over
     * the tokens before a sentence's, or after one, stop there without a
     * test of the list's end (todo has room for ntok + 1): on all of
     * Reuters-21578 dyad_actors_find 110.77M -> 109.02M instructions */
    todo[nt] = UINT32_MAX;
    return nt;
}

size_t dyad_actors_find(const dyad_actors *ga, const dyad_actors_ctx *cx,
                        const dyad_doc *doc, size_t s, int32_t day, int self,
                        dyad_actor_hit *hits, size_t cap)
{
    const dyad_sentence *st = &doc->sent[s];
    size_t i = st->tok, e = st->tok + st->ntok, n = 0;
    amemo *mm = cx->memo;
    if (!mm->marked) {
        mm->nt = mark_starts(ga, cx, doc);
        mm->marked = 1;
        mm->todo_at = 0;
    }
    const uint32_t *todo = cx->todo;
    size_t nt = mm->nt, t = mm->todo_at;
    /* sentences are mostly searched in order: the list from where the
     * last one ended, else from its start by halves */
    if (t > nt || (t > 0 && todo[t - 1] >= i)) {
        size_t lo = 0, hi = nt;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (todo[mid] < i)
                lo = mid + 1;
            else
                hi = mid;
        }
        t = lo;
    }
    while (todo[t] < i)
        t++;
    mm->todo_at = t;
    if (self < 0 && todo[t] >= e)
        return 0;
    mm->keys_to = i;
    for (;;) {
        /* without a self code, only the listed tokens need a look */
        if (self < 0) {
            while (todo[t] < i)
                t++;
            if (todo[t] >= e)
                break;
            i = todo[t];
        } else {
            /* the tokens with no mark that start no self reference, in a
             * loop of their own, where each went through the tests below
             * (the speeches, --self USA: 858.93M -> 833.07M instructions) */
            if ((i = self_next(ga, cx, doc, i, e)) >= e)
                break;
        }
        size_t bw = 0;
        unsigned fl = cx->mark[i];
        int best = -1, place = 0;
        if (fl & TOK_EXACT)
            best = longest(ga, 0, cx, doc, i, day, st->tok, e, &bw, &place);
        if (fl & TOK_UPPER) {
            size_t uw;
            int up;
            int b = longest(ga, 1, cx, doc, i, day, st->tok, e, &uw, &up);
            if (b >= 0 && uw > bw) {
                best = b;
                bw = uw;
                place = up;
            }
        }
        if (best < 0 && self >= 0 && self_may(ga, doc, i) &&
            (bw = self_ref(ga, cx, doc, i, e)) > 0) {
            if (n < cap)
                hits[n] = (dyad_actor_hit){self, (uint32_t)i, (uint32_t)bw, -1,
                                           0};
            n++;
            i += bw;
            continue;
        }
        if (best < 0 && (fl & TOK_HYPHEN)) {
            n = hyphen_parts(ga, cx, doc, i, day, st->tok, e, hits, cap, n);
            i++;
            continue;
        }
        if (best >= 0 && ga->hot[best].code < 0) {
            i += bw;          /* "Latin America": no actor, and no "America" */
        } else if (best >= 0) {
            if (n < cap)
                hits[n] = (dyad_actor_hit){ga->hot[best].code, (uint32_t)i,
                                           (uint32_t)bw, best, place};
            n++;
            i += bw;
        } else {
            i++;
        }
    }
    if (self < 0)
        mm->todo_at = t;
    return n;
}

const char *dyad_actors_code(const dyad_actors *ga, int code)
{
    return code >= 0 && (size_t)code < ga->ncodes ? ga->codes[code] : "";
}

static uint64_t code_rank(const dyad_actors *ga, int code)
{
    return code >= 0 && (size_t)code < ga->ncodes ? ga->code_ranks[code] : 0;
}

int dyad_actors__code_cmp(const dyad_actors *ga, int a, int b)
{
    uint64_t x = code_rank(ga, a), y = code_rank(ga, b);
    return (x > y) - (x < y);
}

const char *dyad_actors_name(const dyad_actors *ga, int code)
{
    const char *hist = NULL;
    for (size_t i = 0; ga && i < ga->n; i++) {
        if (ga->hot[i].code != code)
            continue;
        if (ga->hot[i].kind == KIND_NAME)
            return ga->e[i].pub.alias;
        if (!hist && strcmp(kinds[ga->hot[i].kind], "historical") == 0 &&
            !strstr(ga->e[i].pub.note, "demonym"))
            hist = ga->e[i].pub.alias;   /* a former state's name */
    }
    return hist;
}

size_t dyad_actors_ncodes(const dyad_actors *ga)
{
    return ga->ncodes;
}

const dyad_actor_entry *dyad_actors_entry(const dyad_actors *ga, int i)
{
    return i >= 0 && (size_t)i < ga->n ? &ga->e[i].pub : NULL;
}

int dyad_actors_lookup(const dyad_actors *ga, const char *name, size_t len)
{
    while (len && name[0] == ' ')
        name++, len--;
    while (len && name[len - 1] == ' ')
        len--;
    if (len > 4 && strncasecmp(name, "the ", 4) == 0)
        name += 4, len -= 4;
    for (size_t i = 0; i < ga->ncodes; i++)
        if (strlen(ga->codes[i]) == len &&
            strncasecmp(ga->codes[i], name, len) == 0)
            return (int)i;
    for (size_t i = 0; i < ga->n; i++) {
        const char *a = ga->e[i].pub.alias;
        if (strlen(a) == len && strncasecmp(a, name, len) == 0 &&
            ga->hot[i].code >= 0 && strcmp(ga->e[i].pub.kind, "holder") != 0)
            return ga->hot[i].code;
    }
    return -1;
}

int dyad_actors_pair(const dyad_actors *ga, const char *pair, char *out,
                     size_t n, dyad_err *err)
{
    size_t len = strlen(pair);
    /* names may contain '-' themselves (Guinea-Bissau): try every split */
    for (size_t i = 1; i + 1 < len; i++) {
        if (pair[i] != '-')
            continue;
        int a = dyad_actors_lookup(ga, pair, i);
        int b = dyad_actors_lookup(ga, pair + i + 1, len - i - 1);
        if (a < 0 || b < 0)
            continue;
        if (a == b)
            return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                                "pair '%s' names the same actor twice", pair);
        const char *ca = ga->codes[a], *cb = ga->codes[b];
        if (strcmp(ca, cb) > 0) {
            const char *t = ca;
            ca = cb;
            cb = t;
        }
        snprintf(out, n, "%s-%s", ca, cb);
        return DYAD_OK;
    }
    return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                        "pair '%s' is not two known countries joined by '-' "
                        "(e.g. CHN-JPN or Japan-China)",
                        pair);
}
