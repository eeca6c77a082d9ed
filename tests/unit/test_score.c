/* test_score.c - VADER valence, tension hits and pair scores
 * (dyad/score.h), with the built-in lexicons and gazetteer.
 *
 * Exact compounds are VADER's published values (its README and the
 * vader-sentiment JS port 1.1.3 that bench/vader compares against); they
 * are scored with VADER's own lexicon (DYAD_LEX_VADER_ONLY) so that dyad's
 * news supplement cannot move them. */
#include "dyad/score.h"

#include "unit.h"

static dyad_lex *lex_full, *lex_vader;
static dyad_actors *ga;
static dyad_scorer *sc_full;    /* full lexicons, default options */
static dyad_scorer *sc_vader;   /* VADER's lexicon, default options */
static dyad_scorer *sc_vonly;   /* VADER's lexicon, vader_only */
static dyad_score_ctx *cx;

static int setup_group(void **state)
{
    (void)state;
    dyad_err err = {0};
    lex_full = dyad_lex_new();
    lex_vader = dyad_lex_new();
    ga = dyad_actors_new();
    cx = dyad_score_ctx_new();
    if (!lex_full || !lex_vader || !ga || !cx ||
        dyad_lex_load_builtin(lex_full, 0, &err) != DYAD_OK ||
        dyad_lex_load_builtin(lex_vader, DYAD_LEX_VADER_ONLY, &err) !=
            DYAD_OK ||
        dyad_actors_load_builtin(ga, &err) != DYAD_OK) {
        print_error("built-in lexicons: %s:%lu: %s\n", err.src, err.line,
                    err.msg);
        return -1;
    }
    dyad_score_opts vo = {1, -1, -1, 0, 0};
    /* the tension and pairing rules as such: without the event stage
     * (test_events.c has it) */
    dyad_score_opts no = {0, -1, -1, 0, 0};
    sc_full = dyad_scorer_new(lex_full, ga, &no, &err);
    sc_vader = dyad_scorer_new(lex_vader, ga, NULL, &err);
    sc_vonly = dyad_scorer_new(lex_vader, ga, &vo, &err);
    return sc_full && sc_vader && sc_vonly ? 0 : -1;
}

static int teardown_group(void **state)
{
    (void)state;
    dyad_scorer_free(sc_full);
    dyad_scorer_free(sc_vader);
    dyad_scorer_free(sc_vonly);
    dyad_score_ctx_free(cx);
    dyad_actors_free(ga);
    dyad_lex_free(lex_full);
    dyad_lex_free(lex_vader);
    return 0;
}

static double comp_with(const dyad_scorer *sc, const char *text)
{
    double c = dyad_score_compound(cx, sc, text, strlen(text));
    assert_false(isnan(c));
    return c;
}

/* Compound of text as VADER would score it. */
static double comp(const char *text)
{
    return comp_with(sc_vader, text);
}

/* VADER's normalisation of a valence sum. */
static double norm(double x)
{
    return x / sqrt(x * x + 15);
}

/* --- VADER rules --- */

static void test_score_vader_plain_word(void **state)
{
    (void)state;
    assert_near(comp("The book was good."), 0.4404, 5e-5);
    assert_near(comp("good"), norm(1.9), 1e-12);
    assert_near(comp("VADER is smart, handsome, and funny."), 0.8316, 5e-5);
    assert_near(comp("The book was."), 0, 0);
    assert_near(comp(""), 0, 0);
}

static void test_score_vader_negation(void **state)
{
    (void)state;
    double good = comp("The book was good.");
    double neg = comp("The book was not good.");
    assert_near(neg, norm(1.9 * -0.74), 1e-12);
    assert_near(neg, -0.3412, 5e-5);
    assert_true(neg < 0 && good > 0);
    /* negation reaches three tokens back */
    assert_near(comp("It isn't so good."), -0.4640, 5e-5);
    assert_near(comp("The food here isn't that great."), -0.5096, 5e-5);
    assert_near(comp("VADER is not smart, handsome, nor funny."), -0.7424,
                5e-5);
    assert_near(comp("At least it isn't a horrible book."), 0.4310, 5e-5);
    assert_near(comp("They said it was not bad."), 0.4310, 5e-5);
    /* four tokens back is out of reach */
    assert_near(comp("Not that it was so very good."),
                comp("That it was so very good."), 1e-12);
}

static void test_score_vader_words_compared_in_lower_case(void **state)
{
    (void)state;
    /* dyad compares words in lower case (see src/valence.c): "NOT" and
     * "Not" negate like "not", where the JS port (0.4404) does not. */
    assert_near(comp("The book was NOT good."), -0.3412, 5e-5);
    assert_near(comp("Not bad at all"), 0.4310, 5e-5);
    assert_near(comp("Never good."), -0.3412, 5e-5);
}

static void test_score_vader_booster(void **state)
{
    (void)state;
    double good = comp("The book was good.");
    double very = comp("The book was very good.");
    assert_near(very, norm(1.9 + 0.293), 1e-12);
    assert_near(very, 0.4927, 5e-5);
    assert_true(very > good);
    assert_near(comp("VADER is very smart, handsome, and funny."), 0.8545,
                5e-5);
    /* a dampener lowers it */
    double slightly = comp("The book was slightly good.");
    assert_near(slightly, norm(1.9 - 0.293), 1e-12);
    assert_true(slightly < good);
    /* a booster before a negative word makes it more negative */
    assert_near(comp("The book was very bad."), norm(-2.5 - 0.293), 1e-12);
    /* two tokens away it counts 95 % */
    assert_near(comp("The book was very, very good."),
                norm(1.9 + 0.293 + 0.293 * 0.95), 1e-12);
}

static void test_score_vader_kind_of_dampens(void **state)
{
    (void)state;
    /* VADER adds the booster bigrams "kind of" / "sort of" (B_DECR,
     * -0.293) in _special_idioms_check; its README gives "The book was
     * only kind of good." 0.3832 and the JS port agrees. */
    assert_near(comp("The book was kind of good."), 0.3832, 5e-5);
    assert_near(comp("The book was only kind of good."), 0.3832, 5e-5);
    assert_near(comp("It was sort of good."), 0.3832, 5e-5);
}

static void test_score_vader_exclamation_marks(void **state)
{
    (void)state;
    double g0 = comp("The book was good.");
    double g1 = comp("The book was good!");
    double g3 = comp("The book was good!!!");
    assert_near(g1, 0.4926, 5e-5);
    assert_near(g3, 0.5826, 5e-5);
    assert_true(g3 > g1 && g1 > g0);
    /* at most four count */
    assert_near(comp("good!!!!!!"), norm(1.9 + 4 * 0.292), 1e-12);
    assert_near(comp("good!!!!"), comp("good!!!!!!"), 1e-12);
    /* they amplify negative sentences downwards */
    assert_near(comp("The book was bad!"), norm(-2.5 - 0.292), 1e-12);
    /* nothing to amplify: still 0 */
    assert_near(comp("The book!!!"), 0, 0);
    assert_near(comp("VADER is smart, handsome, and funny!"), 0.8439, 5e-5);
}

static void test_score_vader_question_marks(void **state)
{
    (void)state;
    assert_near(comp("It is good?"), 0.4404, 5e-5);
    assert_near(comp("The book was good??"), 0.5040, 5e-5);
    assert_near(comp("It is good???"), 0.5330, 5e-5);
    assert_near(comp("It is good????"), norm(1.9 + 0.96), 1e-12);
}

static void test_score_vader_but(void **state)
{
    (void)state;
    double gb = comp("The book was good but bad.");
    double bg = comp("The book was bad but good.");
    assert_near(gb, -0.5859, 5e-5);
    assert_near(bg, 0.3818, 5e-5);
    assert_near(gb, norm(0.5 * 1.9 + 1.5 * -2.5), 1e-12);
    assert_true(gb < 0 && bg > 0);
    assert_near(comp("The plot was good, but the characters are uncompelling "
                     "and the dialog is not great."),
                -0.7042, 5e-5);
    /* "But" works like "but" */
    assert_near(comp("The book was good. But bad."), gb, 1e-12);
}

static void test_score_vader_caps_among_lower_case(void **state)
{
    (void)state;
    double caps = comp("The book was GOOD.");
    assert_near(caps, 0.5622, 5e-5);
    assert_near(caps, norm(1.9 + 0.733), 1e-12);
    assert_true(caps > comp("The book was good."));
    /* all words in capitals: no emphasis */
    assert_near(comp("GOOD BOOK"), comp("good book"), 1e-12);
    assert_near(comp("GOOD GOOD"), 0.7003, 5e-5);
    assert_near(comp("VADER is VERY SMART, handsome, and FUNNY."), 0.9227,
                5e-5);
    assert_near(comp("VADER is VERY SMART, handsome, and FUNNY!!!"), 0.9342,
                5e-5);
    assert_near(comp("VADER is VERY SMART, uber handsome, and FRIGGIN "
                     "FUNNY!!!"),
                0.9469, 5e-5);
}

static void test_score_vader_never_so(void **state)
{
    (void)state;
    double never_so = comp("It was never so good.");
    assert_near(never_so, 0.7279, 5e-5);
    /* "so" boosts; "never so" multiplies by 1.5 instead of negating, and
     * "so" just before the word by 1.25 more (VADER's _never_check) */
    assert_near(never_so, norm((1.9 + 0.293) * 1.5 * 1.25), 1e-12);
    assert_near(comp("It was so good."), norm((1.9 + 0.293) * 1.25), 1e-12);
    assert_true(never_so > comp("It was so good."));
    assert_true(comp("It was never good.") < 0);
    assert_near(comp("It was never this good."), 0.6770, 5e-5);
}

static void test_score_vader_least(void **state)
{
    (void)state;
    assert_near(comp("It was the least good."), -0.3412, 5e-5);
    assert_near(comp("The food was at least good."), 0.4404, 5e-5);
}

static void test_score_vader_idiom(void **state)
{
    (void)state;
    /* the idiom's value (-1.5) replaces its words' ("kiss" +1.8, "death"
     * -2.9). VADER applies it only to the last word and the JS port gives
     * -0.6124; dyad scores the idiom as one term. */
    double k = comp("It was the kiss of death.");
    assert_near(k, norm(-1.5), 1e-12);
    assert_true(k < 0);
    assert_true(comp("It was a kiss.") > 0);
    assert_near(comp("They cut the mustard."), norm(2), 1e-12);
}

static void test_score_vader_multi_word_term(void **state)
{
    (void)state;
    /* "fed up" (-1.8) is one lexicon term: "fed" and "up" alone are not */
    assert_near(comp("I am fed up."), norm(-1.8), 1e-12);
    assert_near(comp("I am fed."), 0, 0);
    assert_near(comp("I am not fed up."), norm(-1.8 * -0.74), 1e-12);
}

static void test_score_vader_emoticons(void **state)
{
    (void)state;
    assert_near(comp("Make sure you :) or :D today!"), 0.8633, 5e-5);
    assert_near(comp("Today SUX!"), -0.5461, 5e-5);
}

static void test_score_despite_negates_only_in_vader_mode(void **state)
{
    (void)state;
    const char *t = "Despite the good book.";
    double dflt = comp_with(sc_vader, t);
    double vonly = comp_with(sc_vonly, t);
    assert_near(dflt, 0.4404, 5e-5);
    assert_near(vonly, -0.3412, 5e-5);
    const char *c = "Despite criticism, talks went on.";
    assert_true(comp_with(sc_vader, c) < 0);
    assert_true(comp_with(sc_vonly, c) > 0);
    assert_string_not_equal(dyad_scorer_version(sc_vader),
                            dyad_scorer_version(sc_vonly));
    assert_int_equal(strlen(dyad_scorer_version(sc_full)), 16);
}

/* The context remembers what the tables say of each key: it must forget
 * when the lexicons grow or the scorer changes, and never take one key
 * for another. */
static void test_score_memo_follows_lexicons_and_scorers(void **state)
{
    (void)state;
    dyad_err err = {0};
    dyad_lex *lx = dyad_lex_new();
    assert_non_null(lx);
    assert_int_equal(dyad_lex_load_builtin(lx, DYAD_LEX_VADER_ONLY, &err),
                     DYAD_OK);
    dyad_scorer *sc = dyad_scorer_new(lx, ga, NULL, &err);
    assert_non_null(sc);
    assert_near(comp_with(sc, "blorpish"), 0, 1e-12);
    /* keys longer than 8 bytes that share their first 8 */
    static const char val[] = "term\tvalence\n"
                              "blorpish\t-2\n"
                              "governmentalese\t3\n";
    assert_int_equal(dyad_lex_load_data(lx, "val.tsv", val, strlen(val), &err),
                     DYAD_OK);
    assert_near(comp_with(sc, "blorpish"), norm(-2), 1e-4);
    assert_near(comp_with(sc, "governmentalese"), norm(3), 1e-4);
    assert_near(comp_with(sc, "governmentalism"), 0, 1e-12);
    assert_near(comp_with(sc, "governmentalese"), norm(3), 1e-4);
    /* the same words in a scorer made after this one was freed (maybe at
     * its address), with options that change the classes */
    assert_near(comp_with(sc, "Despite the good book."), 0.4404, 5e-5);
    dyad_scorer_free(sc);
    dyad_score_opts vo = {1, -1, -1, 0, 0};
    sc = dyad_scorer_new(lx, ga, &vo, &err);
    assert_non_null(sc);
    assert_near(comp_with(sc, "Despite the good book."), -0.3412, 5e-5);
    dyad_scorer_free(sc);
    dyad_lex_free(lx);
    /* and back to the shared scorers */
    assert_near(comp_with(sc_vader, "blorpish"), 0, 1e-12);
    assert_near(comp_with(sc_vonly, "Despite the good book."), -0.3412, 5e-5);
}

/* --- articles: tension hits and pairs --- */

/* Builds an article around text (borrowed) dated 2026-02-14. */
static dyad_article article(const char *text)
{
    dyad_article a;
    memset(&a, 0, sizeof a);
    a.id = "test";
    a.title = "";
    a.text = text;
    a.text_len = strlen(text);
    dyad_err err = {0};
    assert_int_equal(dyad_date_parse("2026-02-14", 10, &a.date, &err),
                     DYAD_OK);
    dyad_date_iso(a.date.day, a.date_iso);
    a.src = "test";
    a.line = 1;
    return a;
}

static const dyad_article_score *score(const dyad_article *a)
{
    dyad_err err = {0};
    int rc = dyad_score_article(cx, sc_full, a, &err);
    if (rc != DYAD_OK)
        fail_msg("score: %s", err.msg);
    return dyad_score_result(cx);
}

static const dyad_pair_score *pair(const dyad_article_score *r,
                                   const char *name)
{
    for (size_t i = 0; i < r->npairs; i++)
        if (strcmp(r->pairs[i].pair, name) == 0)
            return &r->pairs[i];
    fail_msg("no pair %s among %zu", name, r->npairs);
    return NULL;
}

/* Tension weight of a one-word key in the full lexicon. */
static double tension_weight(const char *word, int *mode)
{
    dyad_span k = {word, strlen(word)};
    const dyad_lex_entry *e = NULL;
    assert_int_equal(dyad_lex_match(lex_full, DYAD_LEX_TENSION, &k, 1, &e), 1);
    *mode = e->mode;
    return e->value;
}

static void test_score_tension_hit_counts_as_conflict(void **state)
{
    (void)state;
    int mode;
    double w = tension_weight("threatened", &mode);
    assert_true(w < 0);
    dyad_article a = article("Japan threatened China.");
    const dyad_article_score *r = score(&a);
    assert_int_equal(r->npairs, 1);
    const dyad_pair_score *p = pair(r, "CHN-JPN");
    assert_int_equal(p->sentences, 1);
    assert_int_equal(p->hits, 1);
    assert_near(p->goldstein, w, 1e-12);
    assert_int_equal(p->conflict, 1);
    assert_int_equal(p->cooperation, 0);
    assert_int_equal(p->threats, mode == DYAD_MODE_THREAT);
    assert_int_equal(p->acts, mode == DYAD_MODE_ACT);
}

static void test_score_tension_negated_hit(void **state)
{
    (void)state;
    int mode;
    double w = tension_weight("threaten", &mode);
    dyad_article a = article("Japan did not threaten China.");
    const dyad_article_score *r = score(&a);
    assert_int_equal(r->npairs, 1);
    const dyad_pair_score *p = pair(r, "CHN-JPN");
    assert_int_equal(p->hits, 1);
    /* weakened and flipped, and neither conflict nor cooperation */
    assert_near(p->goldstein, w * -0.74, 1e-12);
    assert_true(p->goldstein > 0);
    assert_int_equal(p->conflict, 0);
    assert_int_equal(p->cooperation, 0);
    assert_int_equal(p->threats, 0);
    assert_int_equal(p->acts, 0);
    /* "no" negates a tension hit too, within three tokens */
    dyad_article b = article("Japan made no threats against China.");
    r = score(&b);
    p = pair(r, "CHN-JPN");
    assert_int_equal(p->hits, 1);
    assert_int_equal(p->conflict, 0);
    assert_true(p->goldstein > 0);
}

/* A conflict term whose clause ends in its lifting is undone: a
 * headline's passive or one with "be", not a lifting only thought of or
 * on a condition. */
static void test_score_tension_lifted_hit(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int sign;
    } cases[] = {
        {"U.S. sanctions on Cuba eased", 1},
        {"Sanctions on Cuba were lifted by the United States.", 1},
        {"U.S. sanctions on Cuba to be lifted", 1},
        {"The United States said sanctions on Cuba would be lifted.", -1},
        {"Even if U.S. sanctions on Cuba are lifted, trade will stay "
         "small.", -1},
        {"U.S. sanctions on Cuba will stay until Havana ended its review.",
         -1},
        {"U.S. sanctions on Cuba extended", -1}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dyad_article a = article(cases[i].text);
        const dyad_pair_score *p = pair(score(&a), "CUB-USA");
        if (!p || p->goldstein * cases[i].sign <= 0)
            fail_msg("%s: goldstein %g, want the sign %d", cases[i].text,
                     p ? p->goldstein : 0.0, cases[i].sign);
    }
}

/* The built-in lexicons and a user's valence and tension files. */
static dyad_lex *user_lexicons(const char *val, const char *ten)
{
    dyad_err err = {0};
    dyad_lex *lx = dyad_lex_new();
    assert_non_null(lx);
    assert_int_equal(dyad_lex_load_builtin(lx, 0, &err), DYAD_OK);
    assert_int_equal(dyad_lex_load_data(lx, "val.tsv", val, strlen(val), &err),
                     DYAD_OK);
    assert_int_equal(dyad_lex_load_data(lx, "ten.tsv", ten, strlen(ten), &err),
                     DYAD_OK);
    return lx;
}

/* A user's lexicons with wildcard first words (none in VADER's, 4 bytes
 * and more in tension.tsv) of one and two bytes, wildcard second words
 * and possessives: the scorer skips the lexicons for tokens that cannot
 * start a term, and must not skip these. */
static void test_score_user_wildcards(void **state)
{
    (void)state;
    static const char val[] = "term\tvalence\n"
                              "zorb*\t-3\n"
                              "q*\t1\n"
                              "plim* pl*\t2\n";
    static const char ten[] = "term\tweight\tquad\tmode\n"
                              "x*\t-2\tverbal_conflict\t-\n"
                              "yo*\t3\tverbal_coop\t-\n"
                              "wub wa*\t-4\tmaterial_conflict\tact\n";
    dyad_err err = {0};
    dyad_lex *lx = user_lexicons(val, ten);
    dyad_scorer *sc = dyad_scorer_new(lx, ga, NULL, &err);
    assert_non_null(sc);
    assert_near(comp_with(sc, "zorbing"), norm(-3), 1e-4);
    assert_near(comp_with(sc, "Zorb's"), norm(-3), 1e-4);
    assert_near(comp_with(sc, "qx"), norm(1), 1e-4);
    assert_near(comp_with(sc, "plimsoll plop"), norm(2), 1e-4);
    assert_near(comp_with(sc, "zor"), 0, 1e-12);
    struct {
        const char *text;
        unsigned hits;
        double goldstein;
    } cases[] = {
        {"Japan xed China.", 1, -2},          /* "x*" */
        {"Japan's yodel for China.", 1, 3},   /* "yo*" */
        {"Japan wub wagged China.", 1, -4},   /* "wub wa*" */
        {"Japan wub China.", 0, 0},
        {"Japan y China.", 0, 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        dyad_article a = article(cases[k].text);
        assert_int_equal(dyad_score_article(cx, sc, &a, &err), DYAD_OK);
        const dyad_article_score *r = dyad_score_result(cx);
        const dyad_pair_score *p = pair(r, "CHN-JPN");
        assert_int_equal(p->hits, cases[k].hits);
        assert_near(p->goldstein, cases[k].goldstein, 1e-12);
    }
    dyad_scorer_free(sc);
    dyad_lex_free(lx);
}

/* A key with more wildcard chains than the scorer keeps for it (it
 * remembers WILD_KEEP a key and scans for the rest): the longest prefix
 * still wins, in valence and tension, and with a possessive. */
static void test_score_nested_wildcards(void **state)
{
    (void)state;
    static const char val[] = "term\tvalence\n"
                              "gl*\t1\n"
                              "glo*\t2\n"
                              "glow*\t3\n"
                              "glowe*\t-1\n";
    static const char ten[] = "term\tweight\tquad\tmode\n"
                              "ta*\t1\tverbal_coop\t-\n"
                              "tan*\t2\tverbal_coop\t-\n"
                              "tang*\t-4\tmaterial_conflict\tact\n";
    dyad_err err = {0};
    dyad_lex *lx = user_lexicons(val, ten);
    dyad_scorer *sc = dyad_scorer_new(lx, ga, NULL, &err);
    assert_non_null(sc);
    for (int twice = 0; twice < 2; twice++) {   /* the second: from memo */
        assert_near(comp_with(sc, "glowering"), norm(-1), 1e-4);
        assert_near(comp_with(sc, "glowing"), norm(3), 1e-4);
        assert_near(comp_with(sc, "Glowerer's"), norm(-1), 1e-4);
        assert_near(comp_with(sc, "glzz"), norm(1), 1e-4);
        const char *texts[] = {"Japan tangled China.", "Japan's tangle's China."};
        for (size_t k = 0; k < 2; k++) {
            dyad_article a = article(texts[k]);
            assert_int_equal(dyad_score_article(cx, sc, &a, &err), DYAD_OK);
            const dyad_pair_score *p = pair(dyad_score_result(cx), "CHN-JPN");
            assert_int_equal(p->hits, 1);
            assert_near(p->goldstein, -4, 1e-12);
        }
    }
    dyad_scorer_free(sc);
    dyad_lex_free(lx);
}

static void test_score_pairs_of_three_actors(void **state)
{
    (void)state;
    dyad_article a =
        article("Japan, China and the United States met in Geneva. "
                "Japan praised China.");
    const dyad_article_score *r = score(&a);
    assert_int_equal(r->sentences, 2);
    assert_int_equal(r->npairs, 3);
    assert_string_equal(r->pairs[0].pair, "CHN-JPN");
    assert_string_equal(r->pairs[1].pair, "CHN-USA");
    assert_string_equal(r->pairs[2].pair, "JPN-USA");
    assert_int_equal(r->pairs[0].sentences, 2);
    assert_int_equal(r->pairs[1].sentences, 1);
    assert_int_equal(r->pairs[2].sentences, 1);
    /* codes sorted inside the name, whatever the order in the text */
    assert_string_equal(dyad_actors_code(ga, r->pairs[0].a), "CHN");
    assert_string_equal(dyad_actors_code(ga, r->pairs[0].b), "JPN");
    /* the praise sentence raises CHN-JPN above the neutral meeting */
    assert_true(r->pairs[0].tone > r->pairs[1].tone);
    /* an actor named twice is one actor; one actor makes no pair */
    dyad_article b = article("Japan and Tokyo agreed. Japan spoke.");
    r = score(&b);
    assert_int_equal(r->npairs, 0);
}

static void test_score_names_carry_no_sentiment(void **state)
{
    (void)state;
    /* "Great" in "Great Britain" is part of a name, not praise */
    dyad_article a = article("Great Britain and Japan met.");
    const dyad_article_score *r = score(&a);
    assert_int_equal(r->npairs, 1);
    const dyad_pair_score *p = pair(r, "GBR-JPN");
    assert_near(p->tone, 0, 0);
    assert_near(r->positive, 0, 0);
    /* the same word outside the name counts */
    dyad_article b = article("Great talks: Britain and Japan met.");
    r = score(&b);
    assert_true(pair(r, "GBR-JPN")->tone > 0);
    assert_true(r->positive > 0);
}

static void test_score_article_totals(void **state)
{
    (void)state;
    dyad_article a = article("The talks were good. The result was bad and "
                             "sad. It rained.");
    const dyad_article_score *r = score(&a);
    assert_string_equal(r->id, "test");
    assert_string_equal(r->date, "2026-02-14");
    assert_int_equal(r->sentences, 3);
    assert_int_equal(r->words, 12);
    assert_string_equal(r->lexicon, dyad_scorer_version(sc_full));
    /* GDELT-style: per 100 words */
    assert_near(r->positive, 100.0 * 1 / 12, 1e-9);
    assert_near(r->negative, 100.0 * 2 / 12, 1e-9);
    assert_near(r->tone, r->positive - r->negative, 1e-12);
    assert_near(r->polarity, r->positive + r->negative, 1e-12);
    double s0 = comp_with(sc_full, "The talks were good.");
    double s1 = comp_with(sc_full, "The result was bad and sad.");
    assert_near(r->sentiment, (s0 + s1 + 0) / 3, 1e-12);
}

static void test_score_reference_article(void **state)
{
    (void)state;
    dyad_err err = {0};
    dyad_ingest_opts o = {0};
    o.now = 4102444800;   /* 2100-01-01: the article is never "future" */
    dyad_reader *rd =
        dyad_reader_open(DYAD_SOURCE_DIR "/examples/articles.jsonl", &o, &err);
    assert_non_null(rd);
    dyad_article a;
    assert_int_equal(dyad_reader_next(rd, &a, &err), 1);
    assert_string_equal(a.id, "ref-2026-02-14-jpn-chn-usa");
    const dyad_article_score *r = score(&a);
    const dyad_pair_score *cj = pair(r, "CHN-JPN");
    assert_true(cj->tone < 0);
    assert_true(cj->goldstein < 0);
    assert_true(cj->conflict > cj->cooperation);
    const dyad_pair_score *ju = pair(r, "JPN-USA");
    assert_true(ju->tone > 0);
    assert_true(ju->goldstein > 0);
    assert_true(ju->cooperation > ju->conflict);
    /* the pairs come sorted by name */
    for (size_t i = 1; i < r->npairs; i++)
        assert_true(strcmp(r->pairs[i - 1].pair, r->pairs[i].pair) < 0);

    dyad_buf out = {0};
    assert_int_equal(dyad_score_json(cx, &out), DYAD_OK);
    assert_non_null(strstr(out.data, "{\"id\":\"ref-2026-02-14-jpn-chn-usa\""));
    assert_non_null(strstr(out.data, "\"date\":\"2026-02-14\""));
    assert_non_null(strstr(out.data, "\"pair\":\"CHN-JPN\""));
    assert_non_null(strstr(out.data, "\"pair\":\"JPN-USA\""));
    assert_non_null(strstr(out.data, "\"evidence\":[{\"sentence\":\""));
    char lexkey[64];
    snprintf(lexkey, sizeof lexkey, "\"lexicon\":\"%s\"}\n",
             dyad_scorer_version(sc_full));
    assert_non_null(strstr(out.data, lexkey));
    /* one line, ending in a newline */
    assert_int_equal(out.data[out.len - 1], '\n');
    assert_ptr_equal(strchr(out.data, '\n'), out.data + out.len - 1);
    dyad_buf_free(&out);

    /* the explanation in JSON and as text mention the pairs too */
    assert_int_equal(dyad_score_explain(cx, 1, &out), DYAD_OK);
    assert_non_null(strstr(out.data, "CHN-JPN"));
    dyad_buf_clear(&out);
    assert_int_equal(dyad_score_explain(cx, 0, &out), DYAD_OK);
    assert_non_null(strstr(out.data, "CHN-JPN"));
    dyad_buf_free(&out);
    dyad_reader_close(rd);
}

static void test_score_json_of_article_without_pairs(void **state)
{
    (void)state;
    dyad_article a = article("Nothing \"quoted\" happened.");
    a.id = "id\"with\\quote";
    score(&a);
    dyad_buf out = {0};
    assert_int_equal(dyad_score_json(cx, &out), DYAD_OK);
    assert_non_null(strstr(out.data, "{\"id\":\"id\\\"with\\\\quote\""));
    assert_non_null(strstr(out.data, "\"pairs\":[]"));
    assert_non_null(strstr(out.data, "\"sentiment\":0,"));
    dyad_buf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_score_vader_plain_word),
        cmocka_unit_test(test_score_vader_negation),
        cmocka_unit_test(test_score_vader_words_compared_in_lower_case),
        cmocka_unit_test(test_score_vader_booster),
        cmocka_unit_test(test_score_vader_kind_of_dampens),
        cmocka_unit_test(test_score_vader_exclamation_marks),
        cmocka_unit_test(test_score_vader_question_marks),
        cmocka_unit_test(test_score_vader_but),
        cmocka_unit_test(test_score_vader_caps_among_lower_case),
        cmocka_unit_test(test_score_vader_never_so),
        cmocka_unit_test(test_score_vader_least),
        cmocka_unit_test(test_score_vader_idiom),
        cmocka_unit_test(test_score_vader_multi_word_term),
        cmocka_unit_test(test_score_vader_emoticons),
        cmocka_unit_test(test_score_despite_negates_only_in_vader_mode),
        cmocka_unit_test(test_score_memo_follows_lexicons_and_scorers),
        cmocka_unit_test(test_score_tension_hit_counts_as_conflict),
        cmocka_unit_test(test_score_tension_negated_hit),
        cmocka_unit_test(test_score_tension_lifted_hit),
        cmocka_unit_test(test_score_user_wildcards),
        cmocka_unit_test(test_score_nested_wildcards),
        cmocka_unit_test(test_score_pairs_of_three_actors),
        cmocka_unit_test(test_score_names_carry_no_sentiment),
        cmocka_unit_test(test_score_article_totals),
        cmocka_unit_test(test_score_reference_article),
        cmocka_unit_test(test_score_json_of_article_without_pairs),
    };
    return cmocka_run_group_tests(tests, setup_group, teardown_group);
}
