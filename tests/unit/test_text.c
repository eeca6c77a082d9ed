/* test_text.c - sentences, paragraphs and tokens (dyad/text.h). */
#include "dyad/text.h"

#include "unit.h"

/* Analyses s into *d (a fresh doc per test). */
static void analyse(dyad_doc *d, const char *s, int flags)
{
    dyad_err err = {0};
    assert_int_equal(dyad_text_analyse(d, s, strlen(s), flags, &err), DYAD_OK);
}

/* Asserts that sentence i of d is exactly want. */
static void assert_sentence(const dyad_doc *d, size_t i, const char *want)
{
    assert_true(i < d->nsent);
    const dyad_sentence *s = &d->sent[i];
    if (s->len != strlen(want) || memcmp(d->text + s->off, want, s->len) != 0)
        fail_msg("sentence %zu is '%.*s', expected '%s'", i, (int)s->len,
                 d->text + s->off, want);
}

/* Asserts the sentences of text, in order (NULL-terminated list). */
static void check_split(const char *text, const char *const *want)
{
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, text, 0);
    size_t n = 0;
    while (want[n])
        n++;
    if (d.nsent != n) {
        for (size_t i = 0; i < d.nsent; i++)
            print_message("  [%zu] %.*s\n", i, (int)d.sent[i].len,
                          d.text + d.sent[i].off);
        fail_msg("'%s': %zu sentences, expected %zu", text, d.nsent, n);
    }
    for (size_t i = 0; i < n; i++)
        assert_sentence(&d, i, want[i]);
    dyad_doc_free(&d);
}

#define SPLIT(text, ...) check_split(text, (const char *const[]){__VA_ARGS__, NULL})

/* Token i's key as a C string (static buffer). */
static const char *key(const dyad_doc *d, size_t i)
{
    static char buf[256];
    assert_true(i < d->ntok);
    dyad_span k = dyad_token_key(d, &d->tok[i]);
    assert_true(k.len < sizeof buf);
    memcpy(buf, k.ptr, k.len);
    buf[k.len] = '\0';
    return buf;
}

static void test_text_us_mid_sentence_is_not_a_boundary(void **state)
{
    (void)state;
    SPLIT("The U.S. Navy sent two ships.", "The U.S. Navy sent two ships.");
    SPLIT("Officials in the U.S. said no.", "Officials in the U.S. said no.");
}

static void test_text_us_before_opener_ends_sentence(void **state)
{
    (void)state;
    SPLIT("Talks ended with the U.S. The next round is in May.",
          "Talks ended with the U.S.", "The next round is in May.");
    SPLIT("He flew to the U.K. It rained all week.", "He flew to the U.K.",
          "It rained all week.");
}

static void test_text_uk_mid_sentence_is_not_a_boundary(void **state)
{
    (void)state;
    SPLIT("The U.K. Parliament voted on Monday.",
          "The U.K. Parliament voted on Monday.");
}

static void test_text_titles_do_not_end_sentences(void **state)
{
    (void)state;
    SPLIT("Mr. Smith met Dr. Jones. They talked.",
          "Mr. Smith met Dr. Jones.", "They talked.");
    SPLIT("Gen. Milley spoke to Sen. Warren.",
          "Gen. Milley spoke to Sen. Warren.");
}

static void test_text_month_and_number_abbreviations(void **state)
{
    (void)state;
    SPLIT("It happened on Jan. 5 in Paris. Nobody saw it.",
          "It happened on Jan. 5 in Paris.", "Nobody saw it.");
    SPLIT("No. 10 Downing Street said so.", "No. 10 Downing Street said so.");
    SPLIT("He lives in St. Petersburg now.", "He lives in St. Petersburg now.");
}

static void test_text_decimals_do_not_split(void **state)
{
    (void)state;
    SPLIT("Growth was 3.5% last year. Prices rose.",
          "Growth was 3.5% last year.", "Prices rose.");
}

static void test_text_initial_is_not_a_boundary(void **state)
{
    (void)state;
    SPLIT("George W. Bush said it.", "George W. Bush said it.");
}

static void test_text_closing_quote_after_stop_splits(void **state)
{
    (void)state;
    SPLIT("He said \"We will fight.\" Then he left.",
          "He said \"We will fight.\"", "Then he left.");
    /* curly quotes */
    SPLIT("She said \xe2\x80\x9cWe will fight.\xe2\x80\x9d Then silence.",
          "She said \xe2\x80\x9cWe will fight.\xe2\x80\x9d", "Then silence.");
    SPLIT("(It was over.) Then it began.", "(It was over.)", "Then it began.");
}

static void test_text_no_is_an_abbreviation_only_before_a_number(void **state)
{
    (void)state;
    SPLIT("She said \xe2\x80\x9cNo.\xe2\x80\x9d Then silence.",
          "She said \xe2\x80\x9cNo.\xe2\x80\x9d", "Then silence.");
    SPLIT("He said no. Then he left.", "He said no.", "Then he left.");
    SPLIT("They met at the Museum of Modern Art. Talks went well.",
          "They met at the Museum of Modern Art.", "Talks went well.");
    SPLIT("See Art. 5 of the treaty and Fig. 2 here.",
          "See Art. 5 of the treaty and Fig. 2 here.");
}

static void test_text_ellipsis_separates_tokens(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "wait\xe2\x80\xa6then go", 0);
    assert_int_equal(d.ntok, 3);
    assert_string_equal(key(&d, 0), "wait");
    assert_string_equal(key(&d, 1), "then");
    assert_int_equal(d.words, 3);
    dyad_doc_free(&d);
    /* and ends a sentence */
    SPLIT("He paused\xe2\x80\xa6 Then he spoke.", "He paused\xe2\x80\xa6",
          "Then he spoke.");
}

static void test_text_strong_stop_before_lower_case_does_not_split(void **state)
{
    (void)state;
    SPLIT("Really? yes it is.", "Really? yes it is.");
    SPLIT("Wow! it works. Fine!", "Wow! it works.", "Fine!");
    SPLIT("Why? Nobody knows!", "Why?", "Nobody knows!");
}

static void test_text_headline_line_is_its_own_sentence(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "Japan and China meet in Tokyo\nLeaders agreed on trade.", 0);
    assert_int_equal(d.nsent, 2);
    assert_sentence(&d, 0, "Japan and China meet in Tokyo");
    assert_sentence(&d, 1, "Leaders agreed on trade.");
    assert_int_equal(d.sent[0].para, 0);
    assert_int_equal(d.sent[1].para, 1);
    dyad_doc_free(&d);
}

static void test_text_soft_wrapped_long_line_does_not_split(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    /* 16 words, no final stop: a wrapped line, not a headline */
    analyse(&d,
            "The minister said on Tuesday that the government would continue "
            "to press hard for talks with\nBeijing despite the setback.",
            0);
    assert_int_equal(d.nsent, 1);
    assert_int_equal(d.sent[0].para, 0);
    dyad_doc_free(&d);
}

static void test_text_line_ending_in_stop_breaks_paragraph(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "First line ends here.\nSecond line follows.", 0);
    assert_int_equal(d.nsent, 2);
    assert_int_equal(d.sent[1].para, 1);
    dyad_doc_free(&d);
}

static void test_text_blank_line_starts_paragraph(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d,
            "One sentence here. Another one here.\n\nA new paragraph.\n\n"
            "\n  lower case after blank lines",
            0);
    assert_int_equal(d.nsent, 4);
    assert_int_equal(d.sent[0].para, 0);
    assert_int_equal(d.sent[1].para, 0);
    assert_int_equal(d.sent[2].para, 1);
    assert_int_equal(d.sent[3].para, 2);
    assert_sentence(&d, 3, "lower case after blank lines");
    dyad_doc_free(&d);
}

static void test_text_one_sentence_flag(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "One. Two!\n\nThree?", DYAD_TEXT_ONE_SENTENCE);
    assert_int_equal(d.nsent, 1);
    assert_sentence(&d, 0, "One. Two!\n\nThree?");
    assert_int_equal(d.sent[0].excl, 1);
    assert_int_equal(d.sent[0].quest, 1);
    analyse(&d, "One. Two!\n\nThree?", 0);
    assert_int_equal(d.nsent, 3);
    dyad_doc_free(&d);
}

static void test_text_empty_and_blank_text(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "", 0);
    assert_int_equal(d.nsent, 0);
    assert_int_equal(d.ntok, 0);
    analyse(&d, " \n\t \n", 0);
    assert_int_equal(d.nsent, 0);
    assert_int_equal(d.words, 0);
    dyad_doc_free(&d);
}

static void test_text_sentence_offsets_are_trimmed(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "  \n Leading space. Trailing space.  \n ", 0);
    assert_int_equal(d.nsent, 2);
    assert_sentence(&d, 0, "Leading space.");
    assert_sentence(&d, 1, "Trailing space.");
    assert_int_equal(d.sent[0].off, 4);
    dyad_doc_free(&d);
}

static void test_text_exclamation_and_question_counts(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "Good!!! Really??", 0);
    assert_int_equal(d.nsent, 2);
    assert_int_equal(d.sent[0].excl, 3);
    assert_int_equal(d.sent[0].quest, 0);
    assert_int_equal(d.sent[1].quest, 2);
    dyad_doc_free(&d);
}

static void test_text_tokens_strip_punctuation_and_fold_case(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "\xe2\x80\x9cPeace,\xe2\x80\x9d (she) said\xe2\x80\x94war"
                "\xe2\x80\x93now\xe2\x80\xa6 \xc3\x89mile \xc3\x96ZIL.",
            0);
    const char *want[] = {"peace", "she", "said", "war", "now",
                          "\xc3\xa9mile", "\xc3\xb6zil"};
    assert_int_equal(d.ntok, 7);
    for (size_t i = 0; i < 7; i++)
        assert_string_equal(key(&d, i), want[i]);
    /* the token's own bytes are the stripped original */
    assert_int_equal(d.tok[0].len, 5);
    assert_memory_equal(d.text + d.tok[0].off, "Peace", 5);
    dyad_doc_free(&d);
}

static void test_text_curly_apostrophe_and_possessive(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "China\xe2\x80\x99s envoy met Japan's and the States' men.", 0);
    assert_string_equal(key(&d, 0), "china's");
    assert_int_equal(d.tok[0].base_len, 5);
    assert_string_equal(key(&d, 3), "japan's");
    assert_int_equal(d.tok[3].base_len, 5);
    /* a trailing apostrophe is punctuation, stripped like any other */
    assert_string_equal(key(&d, 6), "states");
    assert_int_equal(d.tok[6].base_len, 6);
    /* no possessive: base_len is the whole key */
    assert_string_equal(key(&d, 1), "envoy");
    assert_int_equal(d.tok[1].base_len, 5);
    dyad_doc_free(&d);
}

static void test_text_token_flags(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "JAPAN Japan japan US 3.5% :)", 0);
    assert_int_equal(d.ntok, 6);
    assert_int_equal(d.tok[0].flags,
                     DYAD_TOK_WORD | DYAD_TOK_UPPER | DYAD_TOK_CAP);
    assert_int_equal(d.tok[1].flags, DYAD_TOK_WORD | DYAD_TOK_CAP);
    assert_int_equal(d.tok[2].flags, DYAD_TOK_WORD);
    assert_int_equal(d.tok[3].flags,
                     DYAD_TOK_WORD | DYAD_TOK_UPPER | DYAD_TOK_CAP);
    assert_string_equal(key(&d, 4), "3.5");
    assert_true(d.tok[4].flags & DYAD_TOK_WORD);
    assert_false(d.tok[4].flags & DYAD_TOK_UPPER);
    /* an emoticon: no letter, not a word, kept whole */
    assert_string_equal(key(&d, 5), ":)");
    assert_int_equal(d.tok[5].flags, 0);
    dyad_doc_free(&d);
}

static void test_text_one_char_chunks_dropped_but_counted(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "I saw a - b cat :) , x", 0);
    /* tokens: saw cat :)   ("I", "a", "-", "b", ",", "x" dropped) */
    assert_int_equal(d.ntok, 3);
    assert_string_equal(key(&d, 0), "saw");
    assert_string_equal(key(&d, 1), "cat");
    assert_string_equal(key(&d, 2), ":)");
    /* words: I saw a b cat x (chunks with a letter or digit) */
    assert_int_equal(d.words, 6);
    dyad_doc_free(&d);
}

static void test_text_unicode_punctuation_is_not_a_word(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    /* a bullet, loose curly quotes and a dagger: no letter, no digit */
    analyse(&d, "\xe2\x80\xa2 Talks \xe2\x80\x9c \xe2\x80\x9d"
                "\xe2\x80\x9c \xe2\x80\xa0 \xc3\xa9t\xc3\xa9 \xc3\x89",
            0);
    /* words: Talks, été, É */
    assert_int_equal(d.words, 3);
    /* tokens: talks, the two quotes (kept whole), été */
    assert_int_equal(d.ntok, 3);
    assert_string_equal(key(&d, 1), "\xe2\x80\x9d\xe2\x80\x9c");
    assert_true(d.tok[0].flags & DYAD_TOK_WORD);
    assert_false(d.tok[1].flags & DYAD_TOK_WORD);
    assert_true(d.tok[2].flags & DYAD_TOK_WORD);
    dyad_doc_free(&d);
}

static void test_text_punctuation_only_chunk_kept_when_short(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    /* "(a)" strips to "a", one character: the chunk is kept whole */
    analyse(&d, "item (a) here", 0);
    assert_int_equal(d.ntok, 3);
    assert_string_equal(key(&d, 1), "(a)");
    dyad_doc_free(&d);
}

static void test_text_sentence_token_ranges(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "Japan spoke. China replied firmly.", 0);
    assert_int_equal(d.nsent, 2);
    assert_int_equal(d.sent[0].tok, 0);
    assert_int_equal(d.sent[0].ntok, 2);
    assert_int_equal(d.sent[1].tok, 2);
    assert_int_equal(d.sent[1].ntok, 3);
    assert_string_equal(key(&d, d.sent[1].tok), "china");
    dyad_doc_free(&d);
}

static void test_text_doc_is_reusable(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "A long first text. With two sentences and many words.", 0);
    analyse(&d, "Short.", 0);
    assert_int_equal(d.nsent, 1);
    assert_int_equal(d.ntok, 1);
    assert_int_equal(d.words, 1);
    assert_string_equal(key(&d, 0), "short");
    dyad_doc_free(&d);
    dyad_doc_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_us_mid_sentence_is_not_a_boundary),
        cmocka_unit_test(test_text_us_before_opener_ends_sentence),
        cmocka_unit_test(test_text_uk_mid_sentence_is_not_a_boundary),
        cmocka_unit_test(test_text_titles_do_not_end_sentences),
        cmocka_unit_test(test_text_month_and_number_abbreviations),
        cmocka_unit_test(test_text_decimals_do_not_split),
        cmocka_unit_test(test_text_initial_is_not_a_boundary),
        cmocka_unit_test(test_text_closing_quote_after_stop_splits),
        cmocka_unit_test(test_text_no_is_an_abbreviation_only_before_a_number),
        cmocka_unit_test(test_text_ellipsis_separates_tokens),
        cmocka_unit_test(test_text_strong_stop_before_lower_case_does_not_split),
        cmocka_unit_test(test_text_headline_line_is_its_own_sentence),
        cmocka_unit_test(test_text_soft_wrapped_long_line_does_not_split),
        cmocka_unit_test(test_text_line_ending_in_stop_breaks_paragraph),
        cmocka_unit_test(test_text_blank_line_starts_paragraph),
        cmocka_unit_test(test_text_one_sentence_flag),
        cmocka_unit_test(test_text_empty_and_blank_text),
        cmocka_unit_test(test_text_sentence_offsets_are_trimmed),
        cmocka_unit_test(test_text_exclamation_and_question_counts),
        cmocka_unit_test(test_text_tokens_strip_punctuation_and_fold_case),
        cmocka_unit_test(test_text_curly_apostrophe_and_possessive),
        cmocka_unit_test(test_text_token_flags),
        cmocka_unit_test(test_text_one_char_chunks_dropped_but_counted),
        cmocka_unit_test(test_text_unicode_punctuation_is_not_a_word),
        cmocka_unit_test(test_text_punctuation_only_chunk_kept_when_short),
        cmocka_unit_test(test_text_sentence_token_ranges),
        cmocka_unit_test(test_text_doc_is_reusable),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
