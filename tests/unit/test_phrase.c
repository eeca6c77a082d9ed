/* test_phrase.c - the term matcher behind every lexicon (src/phrase.h). */
#include "phrase.h"

#include "unit.h"

static int add(dyad_phrases *p, const char *term, uint32_t payload,
               uint32_t *old)
{
    return dyad_phrases_add(p, term, strlen(term), payload, old);
}

/* Matches the space-separated words of text; returns the word count and
 * the payload in *payload (UINT32_MAX when nothing matched). */
static size_t match(const dyad_phrases *p, const char *text,
                    uint32_t *payload)
{
    char buf[512];
    dyad_span keys[32];
    size_t n = 0;
    strcpy(buf, text);
    for (char *w = strtok(buf, " "); w && n < 32; w = strtok(NULL, " "))
        keys[n++] = (dyad_span){w, strlen(w)};
    *payload = UINT32_MAX;
    return dyad_phrases_match(p, keys, n, payload);
}

static void test_phrase_add_match_get(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    assert_non_null(p);
    assert_int_equal(dyad_phrases_count(p), 0);
    uint32_t v;
    assert_int_equal(match(p, "anything", &v), 0);
    assert_int_equal(add(p, "peace", 1, NULL), DYAD_OK);
    assert_int_equal(add(p, "peace talks", 2, NULL), DYAD_OK);
    assert_int_equal(add(p, "war", 3, NULL), DYAD_OK);
    assert_int_equal(dyad_phrases_count(p), 3);
    assert_int_equal(match(p, "peace", &v), 1);
    assert_int_equal(v, 1);
    assert_int_equal(match(p, "peace talks resume", &v), 2);
    assert_int_equal(v, 2);
    assert_int_equal(match(p, "war now", &v), 1);
    assert_int_equal(v, 3);
    assert_int_equal(match(p, "talks", &v), 0);
    assert_int_equal(v, UINT32_MAX);
    /* matching is on the first key only: "talks peace" does not match */
    assert_int_equal(match(p, "talks peace", &v), 0);
    /* exact, case-sensitive keys */
    assert_int_equal(match(p, "Peace", &v), 0);
    assert_int_equal(match(p, "peaces", &v), 0);
    assert_int_equal(dyad_phrases_get(p, "peace", 5, &v), 1);
    assert_int_equal(v, 1);
    assert_int_equal(dyad_phrases_get(p, "talks", 5, &v), 0);
    dyad_phrases_free(p);
    dyad_phrases_free(NULL);
}

static void test_phrase_get_ignores_multi_word_and_wildcards(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    uint32_t v;
    assert_int_equal(add(p, "cease fire", 1, NULL), DYAD_OK);
    assert_int_equal(add(p, "threat*", 2, NULL), DYAD_OK);
    assert_int_equal(dyad_phrases_get(p, "cease", 5, &v), 0);
    assert_int_equal(dyad_phrases_get(p, "threats", 7, &v), 0);
    assert_int_equal(dyad_phrases_get(p, "threat", 6, &v), 0);
    assert_int_equal(add(p, "cease", 3, NULL), DYAD_OK);
    assert_int_equal(dyad_phrases_get(p, "cease", 5, &v), 1);
    assert_int_equal(v, 3);
    dyad_phrases_free(p);
}

static void test_phrase_replace_returns_old_payload(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    uint32_t old = 0, v;
    assert_int_equal(add(p, "impose sanctions", 10, NULL), DYAD_OK);
    assert_int_equal(add(p, "impose sanctions", 11, &old), 1);
    assert_int_equal(old, 10);
    assert_int_equal(dyad_phrases_count(p), 1);
    assert_int_equal(match(p, "impose sanctions", &v), 2);
    assert_int_equal(v, 11);
    /* old may be NULL */
    assert_int_equal(add(p, "impose sanctions", 12, NULL), 1);
    assert_int_equal(match(p, "impose sanctions", &v), 2);
    assert_int_equal(v, 12);
    /* a wildcard and the same word without '*' are different terms */
    assert_int_equal(add(p, "impose*", 13, &old), DYAD_OK);
    assert_int_equal(add(p, "impose", 14, &old), DYAD_OK);
    assert_int_equal(dyad_phrases_count(p), 3);
    dyad_phrases_free(p);
}

static void test_phrase_too_many_words(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    const char *twelve = "a b c d e f g h i j k l";
    const char *thirteen = "a b c d e f g h i j k l m";
    assert_int_equal(add(p, twelve, 1, NULL), DYAD_OK);
    assert_int_equal(add(p, thirteen, 2, NULL), DYAD_EINVAL);
    assert_int_equal(dyad_phrases_count(p), 1);
    uint32_t v;
    assert_int_equal(match(p, thirteen, &v), DYAD_PHRASE_MAXWORDS);
    assert_int_equal(v, 1);
    dyad_phrases_free(p);
}

static void test_phrase_rejects_empty_words(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    assert_int_equal(add(p, "", 1, NULL), DYAD_EINVAL);
    assert_int_equal(add(p, " ", 1, NULL), DYAD_EINVAL);
    assert_int_equal(add(p, "a  b", 1, NULL), DYAD_EINVAL);
    assert_int_equal(add(p, "a ", 1, NULL), DYAD_EINVAL);
    assert_int_equal(add(p, " a", 1, NULL), DYAD_EINVAL);
    assert_int_equal(dyad_phrases_count(p), 0);
    /* wildcard prefixes are limited to 63 bytes */
    char term[80];
    memset(term, 'x', 63);
    strcpy(term + 63, "*");
    assert_int_equal(add(p, term, 1, NULL), DYAD_OK);
    memset(term, 'y', 64);
    strcpy(term + 64, "*");
    assert_int_equal(add(p, term, 2, NULL), DYAD_EINVAL);
    assert_int_equal(dyad_phrases_count(p), 1);
    dyad_phrases_free(p);
}

static void test_phrase_wildcards(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    uint32_t v;
    assert_int_equal(add(p, "threaten*", 1, NULL), DYAD_OK);
    assert_int_equal(add(p, "impos* sanction*", 2, NULL), DYAD_OK);
    assert_int_equal(add(p, ":*", 3, NULL), DYAD_OK);
    assert_int_equal(add(p, "g7*", 4, NULL), DYAD_OK);
    assert_int_equal(match(p, "threatened", &v), 1);
    assert_int_equal(v, 1);
    assert_int_equal(match(p, "threaten", &v), 1);
    assert_int_equal(match(p, "threat", &v), 0);
    assert_int_equal(match(p, "imposed sanctions", &v), 2);
    assert_int_equal(v, 2);
    assert_int_equal(match(p, "imposing sanction", &v), 2);
    assert_int_equal(match(p, "imposing tariffs", &v), 0);
    /* '*' after punctuation is literal */
    assert_int_equal(match(p, ":*", &v), 1);
    assert_int_equal(v, 3);
    assert_int_equal(match(p, ":)", &v), 0);
    /* after a digit it is a wildcard */
    assert_int_equal(match(p, "g7s", &v), 1);
    assert_int_equal(v, 4);
    dyad_phrases_free(p);
}

static void test_phrase_longest_then_most_specific(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    uint32_t v;
    assert_int_equal(add(p, "sanction*", 1, NULL), DYAD_OK);
    assert_int_equal(add(p, "sanctions", 2, NULL), DYAD_OK);
    assert_int_equal(add(p, "sanctions*", 3, NULL), DYAD_OK);
    assert_int_equal(add(p, "sanction* on", 4, NULL), DYAD_OK);
    assert_int_equal(add(p, "sanctions relief", 5, NULL), DYAD_OK);
    assert_int_equal(add(p, "s*", 6, NULL), DYAD_OK);
    /* exact beats any wildcard */
    assert_int_equal(match(p, "sanctions", &v), 1);
    assert_int_equal(v, 2);
    /* a longer prefix beats a shorter one */
    assert_int_equal(match(p, "sanctionsx", &v), 1);
    assert_int_equal(v, 3);
    assert_int_equal(match(p, "sanctioned", &v), 1);
    assert_int_equal(v, 1);
    assert_int_equal(match(p, "sx", &v), 1);
    assert_int_equal(v, 6);
    /* more words beat exactness */
    assert_int_equal(match(p, "sanctions on", &v), 2);
    assert_int_equal(v, 4);
    assert_int_equal(match(p, "sanctions relief", &v), 2);
    assert_int_equal(v, 5);
    /* the order of adding does not matter */
    dyad_phrases *q = dyad_phrases_new();
    assert_int_equal(add(q, "sanctions", 2, NULL), DYAD_OK);
    assert_int_equal(add(q, "sanction*", 1, NULL), DYAD_OK);
    assert_int_equal(match(q, "sanctions", &v), 1);
    assert_int_equal(v, 2);
    dyad_phrases_free(q);
    dyad_phrases_free(p);
}

static void test_phrase_many_terms(void **state)
{
    (void)state;
    /* enough terms to grow the tables several times */
    dyad_phrases *p = dyad_phrases_new();
    char term[64];
    for (uint32_t i = 0; i < 5000; i++) {
        snprintf(term, sizeof term, "w%u x%u", i % 1000, i);
        assert_int_equal(add(p, term, i, NULL), DYAD_OK);
    }
    assert_int_equal(dyad_phrases_count(p), 5000);
    uint32_t v;
    for (uint32_t i = 0; i < 5000; i += 7) {
        snprintf(term, sizeof term, "w%u x%u", i % 1000, i);
        assert_int_equal(match(p, term, &v), 2);
        assert_int_equal(v, i);
    }
    assert_int_equal(match(p, "w1 x2", &v), 0);
    dyad_phrases_free(p);
}

static void test_phrase_equally_specific_terms(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    uint32_t v;
    /* 64 + 1 + 3 and 64 + 2 + 2: on one first word the later term wins */
    assert_int_equal(add(p, "a a* bab*", 1, NULL), DYAD_OK);
    assert_int_equal(add(p, "a ab* ba*", 2, NULL), DYAD_OK);
    assert_int_equal(match(p, "a abc babe", &v), 3);
    assert_int_equal(v, 2);
    /* 1 + 2 and 2 + 1: the shorter first prefix wins, whatever the order
     * of adding */
    assert_int_equal(add(p, "ab* b*", 3, NULL), DYAD_OK);
    assert_int_equal(add(p, "a* bc*", 4, NULL), DYAD_OK);
    assert_int_equal(match(p, "abc bcd", &v), 2);
    assert_int_equal(v, 4);
    dyad_phrases *q = dyad_phrases_new();
    assert_int_equal(add(q, "a* bc*", 4, NULL), DYAD_OK);
    assert_int_equal(add(q, "ab* b*", 3, NULL), DYAD_OK);
    assert_int_equal(match(q, "abc bcd", &v), 2);
    assert_int_equal(v, 4);
    dyad_phrases_free(q);
    dyad_phrases_free(p);
}

static void test_phrase_groups_keep_the_chain_order(void **state)
{
    (void)state;
    /* an exact second word (its group) and a wildcard one (the rest),
     * equally specific (64 + 64 + 1, 64 + 1 + 64): the newer wins */
    dyad_phrases *p = dyad_phrases_new();
    uint32_t v;
    assert_int_equal(add(p, "a b c*", 1, NULL), DYAD_OK);
    assert_int_equal(add(p, "a b* c", 2, NULL), DYAD_OK);
    assert_int_equal(add(p, "a x", 3, NULL), DYAD_OK);
    assert_int_equal(add(p, "a b", 4, NULL), DYAD_OK);
    assert_int_equal(match(p, "a b c", &v), 3);
    assert_int_equal(v, 2);
    assert_int_equal(match(p, "a b d", &v), 2);
    assert_int_equal(v, 4);
    assert_int_equal(match(p, "a x c", &v), 2);
    assert_int_equal(v, 3);
    assert_int_equal(match(p, "a bz c", &v), 3);
    assert_int_equal(v, 2);
    dyad_phrases *q = dyad_phrases_new();
    assert_int_equal(add(q, "a b* c", 2, NULL), DYAD_OK);
    assert_int_equal(add(q, "a b c*", 1, NULL), DYAD_OK);
    assert_int_equal(match(q, "a b c", &v), 3);
    assert_int_equal(v, 1);
    dyad_phrases_free(q);
    dyad_phrases_free(p);
}

static void test_phrase_one_only(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    uint32_t v = 0;
    assert_int_equal(add(p, "peace", 7, NULL), DYAD_OK);
    assert_int_equal(add(p, "war", 8, NULL), DYAD_OK);
    uint32_t peace = dyad_phrases_find_h(p, "peace", 5,
                                         dyad_phrases_hash("peace", 5));
    uint32_t war = dyad_phrases_find_h(p, "war", 3, dyad_phrases_hash("war", 3));
    assert_int_equal(dyad_phrases_one_only(p, peace, &v), 1);
    assert_int_equal(v, 7);
    assert_int_equal(dyad_phrases_one_only(p, DYAD_PHRASES_NONE, &v), 0);
    /* a longer term on the chain, exact or wildcard second word */
    assert_int_equal(add(p, "peace talks", 9, NULL), DYAD_OK);
    assert_int_equal(dyad_phrases_one_only(p, peace, &v), 0);
    assert_int_equal(add(p, "war crim*", 10, NULL), DYAD_OK);
    assert_int_equal(dyad_phrases_one_only(p, war, &v), 0);
    /* a chain without its one-word term */
    assert_int_equal(add(p, "cease fire", 11, NULL), DYAD_OK);
    uint32_t cease = dyad_phrases_find_h(p, "cease", 5,
                                         dyad_phrases_hash("cease", 5));
    assert_int_equal(dyad_phrases_one_only(p, cease, &v), 0);
    dyad_phrases_free(p);
}

/* dyad_phrases_next_filter: only for a chain of longer terms, and then
 * every second word of its terms passes dyad_phrases_next_may; a key
 * that fails it matches nothing there (what a gazetteer skips on) */
static void test_phrase_next_filter(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    uint32_t v = 0;
    static const char *const terms[] = {
        "The Hague", "The Gambia", "The Holy See", "The Netherlands",
        "The grain*", "The 1986", "The \xc3\x9c"};
    size_t nt = sizeof terms / sizeof *terms;
    for (size_t t = 0; t < nt; t++)
        assert_int_equal(add(p, terms[t], (uint32_t)t, NULL), DYAD_OK);
    uint32_t the = dyad_phrases_find_h(p, "The", 3,
                                       dyad_phrases_hash("The", 3));
    uint32_t f = dyad_phrases_next_filter(p, the);
    assert_int_not_equal(f, 0);
    assert_int_equal(f & 1, 0);   /* no one-word term */
    for (size_t t = 0; t < nt; t++) {
        const char *w = strchr(terms[t], ' ') + 1;
        size_t len = strcspn(w, " *");
        assert_true(dyad_phrases_next_may(f, (dyad_span){w, len}));
    }
    assert_false(dyad_phrases_next_may(f, (dyad_span){"", 0}));
    /* every key the filter turns away matches nothing after "The" */
    char a[3] = {0};
    size_t out = 0;
    for (unsigned b0 = 1; b0 < 256; b0++)
        for (unsigned b1 = 0; b1 < 256; b1 += 3) {
            a[0] = (char)b0;
            a[1] = (char)b1;
            dyad_span k = {a, b1 ? 2u : 1u};
            if (dyad_phrases_next_may(f, k))
                continue;
            out++;
            dyad_span keys[2] = {{"The", 3}, k};
            assert_int_equal(dyad_phrases_match_at(p, keys, 2, the, &v), 0);
        }
    assert_true(out > 5000);   /* it turns away most */
    /* no filter: no chain, a one-word term, or a "x*" second word */
    assert_int_equal(dyad_phrases_next_filter(p, DYAD_PHRASES_NONE), 0);
    assert_int_equal(add(p, "peace talks", 1, NULL), DYAD_OK);
    uint32_t peace = dyad_phrases_find_h(p, "peace", 5,
                                         dyad_phrases_hash("peace", 5));
    assert_int_not_equal(dyad_phrases_next_filter(p, peace), 0);
    assert_int_equal(dyad_phrases_next_filter(p, peace) & 1, 0);
    assert_int_equal(add(p, "peace", 2, NULL), DYAD_OK);
    uint32_t pf = dyad_phrases_next_filter(p, peace);
    assert_int_equal(pf & 1, 1);   /* the one-word term */
    dyad_span pk[2] = {{"peace", 5}, {"now", 3}};
    assert_false(dyad_phrases_next_may(pf, pk[1]));
    assert_int_equal(dyad_phrases_match_at(p, pk, 2, peace, &v), 1);
    assert_int_equal(v, 2);
    assert_int_equal(add(p, "war t*", 3, NULL), DYAD_OK);
    uint32_t war = dyad_phrases_find_h(p, "war", 3, dyad_phrases_hash("war", 3));
    assert_int_equal(dyad_phrases_next_filter(p, war), 0);
    dyad_phrases_free(p);
}

static void test_phrase_handles_see_later_terms(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    uint32_t v;
    assert_int_equal(add(p, "peace talks", 1, NULL), DYAD_OK);
    uint32_t c = dyad_phrases_find_h(p, "peace", 5,
                                     dyad_phrases_hash("peace", 5));
    assert_int_not_equal(c, DYAD_PHRASES_NONE);
    assert_int_equal(dyad_phrases_one_word(p, c, &v), 0);
    assert_int_equal(add(p, "peace", 2, NULL), DYAD_OK);
    assert_int_equal(add(p, "peace deal", 3, NULL), DYAD_OK);
    assert_int_equal(dyad_phrases_one_word(p, c, &v), 1);
    assert_int_equal(v, 2);
    dyad_span keys[] = {{"peace", 5}, {"deal", 4}};
    assert_int_equal(dyad_phrases_match_at(p, keys, 2, c, &v), 2);
    assert_int_equal(v, 3);
    assert_int_equal(dyad_phrases_find_h(p, "war", 3,
                                         dyad_phrases_hash("war", 3)),
                     DYAD_PHRASES_NONE);
    dyad_phrases_free(p);
}

/* A chain keeps its one-word term's payload and spec with its flags
 * (phrase.c): a payload replaced later, before or after longer terms join
 * the chain, is what every lookup of the word gives. */
static void test_phrase_one_word_payload_follows_replacement(void **state)
{
    (void)state;
    dyad_phrases *p = dyad_phrases_new();
    uint32_t v = 0, old = 0;
    dyad_span k1[] = {{"peace", 5}};
    dyad_span k2[] = {{"peace", 5}, {"now", 3}};
    dyad_span k3[] = {{"peaceful", 8}, {"talks", 5}};
    assert_int_equal(add(p, "peace", 1, NULL), DYAD_OK);
    uint32_t c = dyad_phrases_find_h(p, "peace", 5,
                                     dyad_phrases_hash("peace", 5));
    assert_int_equal(add(p, "peace", 2, &old), 1);
    assert_int_equal(old, 1);
    assert_int_equal(dyad_phrases_one_only(p, c, &v), 1);
    assert_int_equal(v, 2);
    assert_int_equal(add(p, "peace talks", 3, NULL), DYAD_OK);
    assert_int_equal(add(p, "peace", 4, &old), 1);
    assert_int_equal(old, 2);
    assert_int_equal(dyad_phrases_get(p, "peace", 5, &v), 1);
    assert_int_equal(v, 4);
    assert_int_equal(dyad_phrases_one_word(p, c, &v), 1);
    assert_int_equal(v, 4);
    assert_int_equal(dyad_phrases_one_only(p, c, &v), 0);
    assert_int_equal(dyad_phrases_match_at(p, k1, 1, c, &v), 1);
    assert_int_equal(v, 4);
    assert_int_equal(dyad_phrases_match_at(p, k2, 2, c, &v), 1);
    assert_int_equal(v, 4);
    /* a wildcard's one-word term: its spec (the prefix length) against
     * a shorter wildcard, both on keys where no longer term matches */
    assert_int_equal(add(p, "peace* talks", 5, NULL), DYAD_OK);
    assert_int_equal(add(p, "peace*", 6, NULL), DYAD_OK);
    assert_int_equal(add(p, "pea*", 7, NULL), DYAD_OK);
    assert_int_equal(match(p, "peaceful", &v), 1);
    assert_int_equal(v, 6);
    assert_int_equal(add(p, "peace*", 8, &old), 1);
    assert_int_equal(old, 6);
    assert_int_equal(dyad_phrases_match(p, k3, 2, &v), 2);
    assert_int_equal(v, 5);
    assert_int_equal(match(p, "peaceful now", &v), 1);
    assert_int_equal(v, 8);
    dyad_phrases_free(p);
}

/* A naive matcher that states phrase.h's rules: of the terms matching
 * the keys, the one with most words wins; among those the most specific
 * (an exact word counts 64, a wildcard its prefix length); and among
 * equally specific ones the first in the table's order: wildcard first
 * words by prefix length, then the exact first word, and on one first word
 * the term added last. */
typedef struct {
    char s[64];
    uint32_t payload;
} ref_term;

static int ref_is_wild(const char *w, size_t len)
{
    unsigned char c = len >= 2 ? (unsigned char)w[len - 2] : 0;
    return len >= 2 && w[len - 1] == '*' &&
           ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
            (c >= 'A' && c <= 'Z') || c >= 0x80);
}

/* Word count, specificity and the rank of the first word of term t when
 * it matches keys[0..n); 0 words when it does not. */
static size_t ref_term_match(const char *t, const dyad_span *keys, size_t n,
                             unsigned *spec, unsigned *rank)
{
    size_t nw = 0;
    *spec = 0;
    for (const char *w = t; *w; nw++) {
        size_t len = strcspn(w, " ");
        int wild = ref_is_wild(w, len);
        size_t wl = len - (size_t)wild;
        if (nw == n || (wild ? keys[nw].len < wl : keys[nw].len != wl) ||
            memcmp(keys[nw].ptr, w, wl) != 0)
            return 0;
        if (nw == 0)
            *rank = wild ? (unsigned)wl : 1000;
        *spec += wild ? (unsigned)wl : 64;
        w += len + (w[len] == ' ');
    }
    return nw;
}

static size_t ref_match(const ref_term *ts, size_t nt, const dyad_span *keys,
                        size_t n, uint32_t *payload)
{
    size_t best_n = 0;
    unsigned best_spec = 0, best_rank = 0;
    size_t best_t = 0;
    for (size_t t = 0; t < nt; t++) {
        unsigned spec, rank;
        size_t w = ref_term_match(ts[t].s, keys, n, &spec, &rank);
        if (!w)
            continue;
        /* better, or as good and earlier in the table's order */
        if (w > best_n || (w == best_n && spec > best_spec) ||
            (w == best_n && spec == best_spec &&
             (rank < best_rank || (rank == best_rank && t > best_t)))) {
            best_n = w;
            best_spec = spec;
            best_rank = rank;
            best_t = t;
            *payload = ts[t].payload;
        }
    }
    return best_n;
}

/* The handle forms agree with dyad_phrases_match and _get, and the
 * filters never turn away keys that match. */
static void check_handles(const dyad_phrases *p, const dyad_span *keys,
                          size_t n, size_t want_n, uint32_t want_pay)
{
    uint64_t h = dyad_phrases_hash(keys[0].ptr, keys[0].len);
    uint32_t head = dyad_phrases_find_h(p, keys[0].ptr, keys[0].len, h);
    uint32_t pay = UINT32_MAX, get_pay = UINT32_MAX, one_pay = UINT32_MAX;
    assert_int_equal(dyad_phrases_match_at(p, keys, n, head, &pay), want_n);
    if (want_n)
        assert_int_equal(pay, want_pay);
    int got = dyad_phrases_get(p, keys[0].ptr, keys[0].len, &get_pay);
    assert_int_equal(dyad_phrases_one_word(p, head, &one_pay), got);
    assert_int_equal(one_pay, get_pay);
    unsigned char fl = 0, wild = 0;
    dyad_phrases_may_start(p, keys, 1, 4, &fl);
    dyad_phrases_may_start_wild(p, keys, 1, 8, &wild);
    if (want_n || got)
        assert_int_equal(fl, 4);
    pay = UINT32_MAX;
    if (dyad_phrases_match_at(p, keys, n, DYAD_PHRASES_NONE, &pay))
        assert_int_equal(wild, 8);   /* found through a wildcard */
    /* with its wildcard chains given, and with none but those of a
     * shorter max (the count says how many there are) */
    uint32_t wc[8];
    size_t nw = dyad_phrases_wild_chains(p, keys[0].ptr, keys[0].len, wc, 8);
    assert_true(nw <= 8);
    pay = UINT32_MAX;
    assert_int_equal(dyad_phrases_match_chains(p, keys, n, wc, nw, head, &pay),
                     want_n);
    if (want_n)
        assert_int_equal(pay, want_pay);
    if (nw)
        assert_int_equal(wild, 8);
    assert_int_equal(dyad_phrases_wild_chains(p, keys[0].ptr, keys[0].len,
                                              wc, 1), nw);
    if (!nw && head == DYAD_PHRASES_NONE)
        assert_int_equal(want_n, 0);
}

static unsigned rnd(unsigned *state)
{
    *state = *state * 1103515245u + 12345u;
    return (*state >> 16) & 0x7fff;
}

static void test_phrase_random_terms_follow_the_rules(void **state)
{
    (void)state;
    /* few letters and short words, so that prefixes, exact words and
     * equally specific terms collide often */
    static const char *const words[] = {
        "a", "ab", "abc", "abd", "b", "ba", "bab", ":", ":)", "x\xc3\xa9",
        "a*", "ab*", "abc*", "b*", "ba*", "bab*", ":*", "x\xc3\xa9*", "x*"};
    static const char *const keywords[] = {
        "a", "ab", "abc", "abd", "abcd", "b", "ba", "bab", "babe", ":",
        ":)", ":*", "x\xc3\xa9", "x\xc3\xa9s", "x", "xy", "a*"};
    const size_t nwords = sizeof words / sizeof words[0];
    const size_t nkeys = sizeof keywords / sizeof keywords[0];
    unsigned seed = 12345;
    for (int round = 0; round < 60; round++) {
        dyad_phrases *p = dyad_phrases_new();
        ref_term ts[80];
        size_t nt = 0, want = 5 + rnd(&seed) % 70;
        for (size_t k = 0; k < want; k++) {
            char term[64] = "";
            size_t nw = 1 + rnd(&seed) % 3;
            for (size_t w = 0; w < nw; w++) {
                if (w)
                    strcat(term, " ");
                strcat(term, words[rnd(&seed) % nwords]);
            }
            uint32_t pay = (uint32_t)k, old;
            int rc = add(p, term, pay, &old);
            size_t t = 0;
            while (t < nt && strcmp(ts[t].s, term) != 0)
                t++;
            assert_int_equal(rc, t < nt ? 1 : DYAD_OK);
            if (t == nt)
                strcpy(ts[nt++].s, term);   /* keeps its place if re-added */
            ts[t].payload = pay;
        }
        for (int q = 0; q < 300; q++) {
            dyad_span keys[4];
            size_t n = 1 + rnd(&seed) % 4;
            for (size_t i = 0; i < n; i++) {
                const char *w = keywords[rnd(&seed) % nkeys];
                keys[i] = (dyad_span){w, strlen(w)};
            }
            uint32_t want_pay = UINT32_MAX, got_pay = UINT32_MAX;
            size_t want_n = ref_match(ts, nt, keys, n, &want_pay);
            size_t got_n = dyad_phrases_match(p, keys, n, &got_pay);
            assert_int_equal(got_n, want_n);
            assert_int_equal(got_pay, want_pay);
            uint64_t h = dyad_phrases_hash(keys[0].ptr, keys[0].len);
            got_pay = UINT32_MAX;
            assert_int_equal(dyad_phrases_match_h(p, keys, n, h, &got_pay),
                             want_n);
            assert_int_equal(got_pay, want_pay);
            check_handles(p, keys, n, want_n, want_pay);
        }
        dyad_phrases_free(p);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phrase_add_match_get),
        cmocka_unit_test(test_phrase_get_ignores_multi_word_and_wildcards),
        cmocka_unit_test(test_phrase_replace_returns_old_payload),
        cmocka_unit_test(test_phrase_too_many_words),
        cmocka_unit_test(test_phrase_rejects_empty_words),
        cmocka_unit_test(test_phrase_wildcards),
        cmocka_unit_test(test_phrase_longest_then_most_specific),
        cmocka_unit_test(test_phrase_many_terms),
        cmocka_unit_test(test_phrase_equally_specific_terms),
        cmocka_unit_test(test_phrase_groups_keep_the_chain_order),
        cmocka_unit_test(test_phrase_one_only),
        cmocka_unit_test(test_phrase_next_filter),
        cmocka_unit_test(test_phrase_handles_see_later_terms),
        cmocka_unit_test(test_phrase_one_word_payload_follows_replacement),
        cmocka_unit_test(test_phrase_random_terms_follow_the_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
