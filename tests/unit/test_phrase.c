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
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
