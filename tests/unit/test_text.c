/* test_text.c - sentences, paragraphs and tokens (dyad/text.h). */
#include "dyad/text.h"

#include "unit.h"

#include <ctype.h>

#include "text_oracle.h"

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
    /* wire copy capitalises the word after "U.S." (Reuters-21578 has 84
     * "U.S. Officials", each inside a sentence) */
    SPLIT("But U.S. Officials said Peking has a long way to go.",
          "But U.S. Officials said Peking has a long way to go.");
    /* ... and so does "EC-U.S." (the initials after a hyphen) */
    SPLIT("It covers EC-U.S. Commercial relations.",
          "It covers EC-U.S. Commercial relations.");
}

static void test_text_us_before_opener_ends_sentence(void **state)
{
    (void)state;
    SPLIT("Talks ended with the U.S. The next round is in May.",
          "Talks ended with the U.S.", "The next round is in May.");
    /* wire copy capitalises the word after "U.S.": no sentence ends */
    SPLIT("Talks between the U.S. And Japan ended.",
          "Talks between the U.S. And Japan ended.");
    SPLIT("Tariffs on Japanese goods in the U.S. With effect from today.",
          "Tariffs on Japanese goods in the U.S. With effect from today.");
    SPLIT("Xerox Corp. In London said so.", "Xerox Corp. In London said so.");
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

static void test_text_wrapped_wire_lines_do_not_split(void **state)
{
    (void)state;
    /* wire copy wrapped at some 60 characters: short lines before a
     * capital go on unless they are a text's or paragraph's first line */
    SPLIT("The U.S. Imposed 100 pct import duties on personal\n"
          "computers, colour televisions and power tools, alleging that\n"
          "Japan had violated last September's agreement.",
          "The U.S. Imposed 100 pct import duties on personal\n"
          "computers, colour televisions and power tools, alleging that\n"
          "Japan had violated last September's agreement.");
    /* a first line that ends in a word leading on is no headline */
    SPLIT("Japan's exports to the United States fell 10 pct in\n"
          "March, the ministry said.",
          "Japan's exports to the United States fell 10 pct in\n"
          "March, the ministry said.");
    /* an abbreviation at a line's end does not end the sentence */
    SPLIT("The White House said high U.S.\nTariffs would be imposed.",
          "The White House said high U.S.\nTariffs would be imposed.");
    SPLIT("Talks ended with the U.S.\nThe next round is in May.",
          "Talks ended with the U.S.", "The next round is in May.");
    /* a short line after a sentence's end is a heading */
    SPLIT("It was reported by Bloomberg.\nDetails\nTensions rose.",
          "It was reported by Bloomberg.", "Details", "Tensions rose.");
    /* after a blank line a short line is a headline again */
    SPLIT("Trade rose.\n\nJapan and China meet in Tokyo\nLeaders agreed.",
          "Trade rose.", "Japan and China meet in Tokyo", "Leaders agreed.");
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

/* Title case: capitals there mark no names (dyad_sentence.title). */
static void test_text_title_case(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        uint32_t title;
    } cases[] = {
        {"Russia And Ukraine Sign Gas Deal", 1},
        {"US Imposes New Sanctions on Russia over Ukraine", 1},
        {"Obama Meets Putin in Paris", 1},
        {"Japanese Prime Minister Shinzo Abe met Chinese President Xi", 0},
        {"RUSSIA AND UKRAINE SIGN GAS DEAL", 0},   /* capitals: no case */
        {"Japan Protests", 0},                     /* one word after */
        {"Six Chinese ships enter Japanese waters", 0},
        {"The Talks Resume in Geneva", 1},
        {"The Talks Resume then Stop", 0}};        /* "then": not "the" */
    dyad_doc d;
    dyad_doc_init(&d);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        analyse(&d, cases[i].s, 0);
        assert_int_equal(d.nsent, 1);
        if (d.sent[0].title != cases[i].title)
            fail_msg("\"%s\": title %u", cases[i].s, d.sent[0].title);
    }
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
    assert_int_equal(d.tok[0].flags, DYAD_TOK_WORD | DYAD_TOK_UPPER |
                                         DYAD_TOK_CAP | DYAD_TOK_PLAIN);
    assert_int_equal(d.tok[1].flags,
                     DYAD_TOK_WORD | DYAD_TOK_CAP | DYAD_TOK_PLAIN);
    assert_int_equal(d.tok[2].flags, DYAD_TOK_WORD | DYAD_TOK_PLAIN);
    assert_int_equal(d.tok[3].flags, DYAD_TOK_WORD | DYAD_TOK_UPPER |
                                         DYAD_TOK_CAP | DYAD_TOK_PLAIN);
    assert_string_equal(key(&d, 4), "3.5");
    assert_true(d.tok[4].flags & DYAD_TOK_WORD);
    assert_false(d.tok[4].flags & DYAD_TOK_UPPER);
    /* an emoticon: no letter, not a word, kept whole */
    assert_string_equal(key(&d, 5), ":)");
    assert_int_equal(d.tok[5].flags, DYAD_TOK_PLAIN);
    dyad_doc_free(&d);
}

/* DYAD_TOK_PLAIN: the token's own bytes (after stripping) are ASCII with
 * no '.' or '-'; stripped punctuation does not count. A token kept whole
 * that ends in an apostrophe its base key keeps is not plain ("'A'"); one
 * whose base key cuts it is ("'s'", as "states'" would be). */
static void test_text_plain_flag(void **state)
{
    (void)state;
    dyad_doc d;
    dyad_doc_init(&d);
    analyse(&d, "said. U.S. US-China (anti-war) \xe2\x80\x9cquoted\xe2\x80\x9d "
                "caf\xc3\xa9 -- U. ok... 'A' 's' 'A'! Iran's", 0);
    const char *keys[] = {"said", "u.s", "us-china", "anti-war", "quoted",
                          "caf\xc3\xa9", "--", "u.", "ok", "'a'", "'s'",
                          "'a'!", "iran's"};
    const int plain[] = {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1};
    assert_int_equal(d.ntok, 13);
    for (size_t i = 0; i < 13; i++) {
        assert_string_equal(key(&d, i), keys[i]);
        assert_int_equal((d.tok[i].flags & DYAD_TOK_PLAIN) != 0, plain[i]);
    }
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

/* ---- differential tests against the old implementation (text_oracle.h) */

/* Prints s as a C string literal, for a failing input. */
static void print_input(const unsigned char *s, size_t n)
{
    print_message("input (%zu bytes): \"", n);
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 0x20 && s[i] < 0x7f && s[i] != '"' && s[i] != '\\')
            print_message("%c", s[i]);
        else
            print_message("\\x%02x\"\"", s[i]);
    }
    print_message("\"\n");
}

/* Does doc a equal doc b in every field and in each token's key? Where
 * keys lie in doc->keys is the implementation's (the reference writes
 * them one after another, dyad_text_analyse at ASCII tokens' offsets). */
static const char *doc_diff(const dyad_doc *a, const dyad_doc *b)
{
    if (a->nsent != b->nsent)
        return "sentence count";
    if (a->ntok != b->ntok)
        return "token count";
    if (a->words != b->words)
        return "word count";
    for (size_t i = 0; i < a->nsent; i++)
        if (memcmp(&a->sent[i], &b->sent[i], sizeof a->sent[i]) != 0)
            return "a sentence";
    for (size_t i = 0; i < a->ntok; i++) {
        dyad_token ta = a->tok[i], tb = b->tok[i];
        dyad_span ka = dyad_token_key(a, &ta), kb = dyad_token_key(b, &tb);
        if (ka.len != kb.len || memcmp(ka.ptr, kb.ptr, ka.len) != 0)
            return "a token's key";
        ta.key = tb.key = 0;
        if (memcmp(&ta, &tb, sizeof ta) != 0)
            return "a token";
    }
    return NULL;
}

/* Analyses the n bytes at s with both implementations, both flags, and
 * fails unless they agree. The text is copied to a buffer of exactly n
 * bytes so that a sanitizer build catches any read past its end. */
static void check_oracle(dyad_doc *a, dyad_doc *b, const unsigned char *s,
                         size_t n)
{
    char *buf = malloc(n ? n : 1);
    assert_non_null(buf);
    if (n)
        memcpy(buf, s, n);
    for (int flags = 0; flags <= DYAD_TEXT_ONE_SENTENCE; flags++) {
        int ra = dyad_text_analyse(a, buf, n, flags, NULL);
        int rb = oracle_text_analyse(b, buf, n, flags, NULL);
        const char *diff = ra != rb ? "return code" : doc_diff(a, b);
        if (diff) {
            print_input(s, n);
            free(buf);
            fail_msg("flags %d: %s differs from the reference", flags, diff);
        }
    }
    free(buf);
}

/* Pieces that random texts are made of: every class of byte the rules
 * look at, abbreviations and openers, multibyte spaces, dashes, quotes
 * and letters, and truncated or stray UTF-8. */
static const char *const pieces[] = {
    "a", "b", "z", "A", "Q", "Z", "0", "7", "word", "Word", "WORD", "s",
    "'s", "s'", "'", "\"", "(", ")", "[", "]", ".", "..", "...", "!", "?",
    "!!", "?!", ",", ":", ";", "-", "@", "`", "{", "~", "\x7f", "%", ":)",
    " ", " ", " ", "  ", "\n", "\n\n", "\t", "\r", "\v", "\f", "\r\n",
    "Mr", "Mrs", "Dr", "St", "v", "e.g", "i.e", "Jan", "Sept", "approx",
    "No", "Art", "pp", "Inc", "Co", "etc", "Ph.D", "a.m", "LLC", "U.S",
    "U.K", "W", "The", "It", "However", "Officials", "With", "the", "it",
    "mr", "MR", "dR", "JAN", "INC", "iNc", "E.G", "THE", "tHE", "oFFICIALS",
    "10", "3.5", "2024",
    "\xc2\xa0",             /* no-break space */
    "\xe2\x80\x80", "\xe2\x80\x8b", "\xe2\x80\x8c", /* en quad, ZWSP, ZWNJ */
    "\xe2\x80\x93", "\xe2\x80\x94", /* en, em dash */
    "\xe2\x80\xa8", "\xe2\x80\xa9", "\xe2\x80\xaf", "\xe2\x81\x9f",
    "\xe3\x80\x80",         /* ideographic space */
    "\xe2\x80\xa6",         /* ellipsis */
    "\xe2\x80\x98", "\xe2\x80\x99", "\xe2\x80\x9c", "\xe2\x80\x9d",
    "\xe2\x80\x9a", "\xe2\x80\x9f", "\xe2\x80\xb9", "\xe2\x80\xba",
    "\xc2\xab", "\xc2\xbb", "\xc2\xa1", "\xc2\xbf", /* « » ¡ ¿ */
    "\xe2\x80\xa2", "\xe2\x80\xa0", "\xe2\x81\x80", /* bullet, dagger */
    "\xc3\x89", "\xc3\xa9", "\xc3\x80", "\xc3\x9e", "\xc3\x9f", "\xc3\xbf",
    "\xc3\x97", "\xc3\xb7", /* × ÷ */
    "\xd0\x96", "\xe4\xb8\xad", "\xf0\x9f\x98\x80", /* Ж 中 emoji */
    "\xe2", "\xe2\x80", "\xe2\x81", "\xe3", "\xe3\x80", "\xc2", "\xc3",
    "\x80", "\xa6", "\x99", "\xbb", "\xff", "\xc0", "\xc1", "\xf5",
    "\x01", "\x1f", "\x00"};

/* xorshift64*: a fixed, portable sequence, so that failures repeat. */
static uint64_t rnd(uint64_t *st)
{
    *st ^= *st >> 12;
    *st ^= *st << 25;
    *st ^= *st >> 27;
    return *st * 2685821657736338717ull;
}

/* Number of random texts; DYAD_TEXT_ORACLE_ITERS sets more for a long
 * run by hand. */
static long oracle_iters(long dflt)
{
    const char *s = getenv("DYAD_TEXT_ORACLE_ITERS");
    return s && atol(s) > 0 ? atol(s) : dflt;
}

static void test_text_matches_reference_on_edge_cases(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "", " ", "a", "ab", ".", "a.", "A. B", "U.S. The end", "U.S. the end",
        "Mr. Smith", "No. 5", "No. five", "Inc. It", "Inc. it", "etc. The",
        "e.g. The", "He said no. Then.", "x\xe2\x80\xa6", "\xe2\x80\xa6x",
        "\xe2\x80\xa6", "ab\xe2\x80\xa6\xe2\x80\xa6" "cd", "a\xe2\x80\xa6" "b",
        "Wait\xe2\x80\xa6 Then", "Why? Nobody!", "Really? yes", "\"Hi.\" Then",
        "\xe2\x80\x9cNo.\xe2\x80\x9d Then", "(Over.) Then", "Hi.\xc2\xbb So",
        "Title line\nNext line", "ends:\nNext", "one\ntwo", "a\n\nb",
        "A\n\n\nB", "line\r\nNext", "x\xc2\xa0y", "x\xe2\x80\x94y",
        "\xc3\x89mile \xc3\x96ZIL.", "China\xe2\x80\x99s", "States' men",
        "it's", "s's", "'s", "''", ":)", "(a)", "((a))",
        "EC-U.S. Commercial", "EC-U.S. The", "-U.S. Then", "a-b. Then",
        "\xe2\x80\x9c\xe2\x80\x9d",
        "\xe2\x80\xa2 Talks", "ab\xe2", "ab\xe2\x80", "ab\xc2", "ab\xc3",
        "\xe2\x80\xa6\xe2", "a.\xe2\x80\x9d", "a.\xe2\x80", "a.\xc2",
        "Ab.\xe2\x80\x99\xe2\x80\x9d) The", "Dr.", "Dr. ",
        "x. \xe2\x80\x9c" "a",
        "x. \xc3\x89", "x. \xc3\xa9", "x. \xc3", "JAPAN Japan japan 3.5% :)",
        "mr. Smith", "MR. Smith", "INC. THE", "Inc. THE", "iNC. tHE",
        "JAN. 5", "NO. 5", "e.G. The", "Ph.d. THE", "A.M. IT",
    };
    dyad_doc a, b;
    dyad_doc_init(&a);
    dyad_doc_init(&b);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        check_oracle(&a, &b, (const unsigned char *)cases[i],
                     strlen(cases[i]));
    /* every text of one or two bytes, and every prefix of the cases */
    unsigned char two[2];
    for (unsigned x = 0; x < 256; x++) {
        two[0] = (unsigned char)x;
        check_oracle(&a, &b, two, 1);
        for (unsigned y = 0; y < 256; y++) {
            two[1] = (unsigned char)y;
            check_oracle(&a, &b, two, 2);
        }
    }
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        for (size_t n = 0; n < strlen(cases[i]); n++)
            check_oracle(&a, &b, (const unsigned char *)cases[i], n);
    dyad_doc_free(&a);
    dyad_doc_free(&b);
}

static void test_text_matches_reference_on_three_bytes(void **state)
{
    (void)state;
    /* every byte that some rule looks at, and one of each other kind */
    static const unsigned char bytes[] = {
        ' ', '\n', '\t', '\0', '!', '?', '.', '"', '\'', ')', ':', 'a', 'A',
        's', '5', 0x80, 0x81, 0x93, 0x99, 0x9d, 0x9f, 0xa0, 0xa6, 0xab,
        0xbb, 0xc2, 0xc3, 0xe2, 0xe3, 0xff};
    size_t nb = sizeof bytes;
    dyad_doc a, b;
    dyad_doc_init(&a);
    dyad_doc_init(&b);
    unsigned char s[3];
    for (size_t i = 0; i < nb; i++)
        for (size_t j = 0; j < nb; j++)
            for (size_t k = 0; k < nb; k++) {
                s[0] = bytes[i];
                s[1] = bytes[j];
                s[2] = bytes[k];
                check_oracle(&a, &b, s, 3);
            }
    dyad_doc_free(&a);
    dyad_doc_free(&b);
}

static void test_text_matches_reference_on_listed_words(void **state)
{
    (void)state;
    /* every abbreviation and opener of the reference's lists, as written,
     * in upper and in lower case, before a '.' and after one */
    static const char *const *const lists[] = {never_final, before_number,
                                               maybe_final, openers};
    static const char *const next[] = {"Smith", "The", "the", "5",
                                       "\"The", "THE", "Officials"};
    dyad_doc a, b;
    dyad_doc_init(&a);
    dyad_doc_init(&b);
    char word[32], text[128];
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
        for (const char *const *w = lists[l]; *w; w++)
            for (int up = 0; up < 3; up++) {
                size_t n = strlen(*w);
                assert_true(n < sizeof word);
                for (size_t i = 0; i <= n; i++)
                    word[i] = (char)(up == 1   ? toupper((unsigned char)(*w)[i])
                                     : up == 2 ? tolower((unsigned char)(*w)[i])
                                               : (*w)[i]);
                for (size_t k = 0; k < sizeof next / sizeof *next; k++) {
                    snprintf(text, sizeof text, "Talks with U.S. %s. %s went. "
                             "%s. %s", word, next[k], next[k], word);
                    check_oracle(&a, &b, (const unsigned char *)text,
                                 strlen(text));
                }
            }
    dyad_doc_free(&a);
    dyad_doc_free(&b);
}

static void test_text_matches_reference_on_random_texts(void **state)
{
    (void)state;
    uint64_t st = 0x9e3779b97f4a7c15ull;
    size_t npieces = sizeof pieces / sizeof *pieces;
    long iters = oracle_iters(20000);
    unsigned char buf[600];
    dyad_doc a, b;
    dyad_doc_init(&a);
    dyad_doc_init(&b);
    for (long it = 0; it < iters; it++) {
        size_t n = 0, want = (size_t)(rnd(&st) % 400);
        int raw = rnd(&st) % 8 == 0;   /* some texts of random bytes */
        while (n < want) {
            if (raw) {
                buf[n++] = (unsigned char)rnd(&st);
                continue;
            }
            const char *p = pieces[rnd(&st) % npieces];
            /* "\x00" is one byte; strlen would see none */
            size_t k = *p ? strlen(p) : 1;
            memcpy(buf + n, p, k);
            n += k;
        }
        check_oracle(&a, &b, buf, n);
    }
    dyad_doc_free(&a);
    dyad_doc_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_title_case),
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
        cmocka_unit_test(test_text_wrapped_wire_lines_do_not_split),
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
        cmocka_unit_test(test_text_plain_flag),
        cmocka_unit_test(test_text_one_char_chunks_dropped_but_counted),
        cmocka_unit_test(test_text_unicode_punctuation_is_not_a_word),
        cmocka_unit_test(test_text_punctuation_only_chunk_kept_when_short),
        cmocka_unit_test(test_text_sentence_token_ranges),
        cmocka_unit_test(test_text_doc_is_reusable),
        cmocka_unit_test(test_text_matches_reference_on_edge_cases),
        cmocka_unit_test(test_text_matches_reference_on_three_bytes),
        cmocka_unit_test(test_text_matches_reference_on_listed_words),
        cmocka_unit_test(test_text_matches_reference_on_random_texts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
