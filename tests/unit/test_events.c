/* test_events.c - the event stage (dyad/events.h): loading verbs, patterns
 * and codes; verb forms; source and target; negation, reversal, passive,
 * threats, conjoined actors, third parties and relational phrases. */
#include "dyad/events.h"
#include "dyad/score.h"

#include "unit.h"

static dyad_lex *lex;
static dyad_actors *ga;
static dyad_scorer *sc, *sc_old;
static dyad_score_ctx *cx;

static int setup_group(void **state)
{
    (void)state;
    dyad_err err = {0};
    lex = dyad_lex_new();
    ga = dyad_actors_new();
    cx = dyad_score_ctx_new();
    if (!lex || !ga || !cx || dyad_lex_load_builtin(lex, 0, &err) != DYAD_OK ||
        dyad_actors_load_builtin(ga, &err) != DYAD_OK) {
        print_error("built-in lexicons: %s:%lu: %s\n", err.src, err.line,
                    err.msg);
        return -1;
    }
    dyad_score_opts old = {0, 0, -1, 0, 0};
    sc = dyad_scorer_new(lex, ga, NULL, &err);
    sc_old = dyad_scorer_new(lex, ga, &old, &err);
    return sc && sc_old ? 0 : -1;
}

static int teardown_group(void **state)
{
    (void)state;
    dyad_scorer_free(sc);
    dyad_scorer_free(sc_old);
    dyad_score_ctx_free(cx);
    dyad_actors_free(ga);
    dyad_lex_free(lex);
    return 0;
}

/* Scores text (dated date) with scorer s; the result. */
static const dyad_article_score *score_with(const dyad_scorer *s,
                                            const char *text,
                                            const char *date)
{
    static dyad_article a;
    dyad_err err = {0};
    memset(&a, 0, sizeof a);
    a.id = "t";
    a.title = "";
    a.text = text;
    a.text_len = strlen(text);
    assert_int_equal(dyad_date_parse(date, 10, &a.date, &err), DYAD_OK);
    dyad_date_iso(a.date.day, a.date_iso);
    a.src = "test";
    a.line = 1;
    if (dyad_score_article(cx, s, &a, &err) != DYAD_OK)
        fail_msg("score: %s", err.msg);
    return dyad_score_result(cx);
}

static const dyad_article_score *score(const char *text)
{
    return score_with(sc, text, "2015-06-01");
}

/* The pair called name, or NULL. */
static const dyad_pair_score *find_pair(const dyad_article_score *r,
                                        const char *name)
{
    for (size_t i = 0; i < r->npairs; i++)
        if (strcmp(r->pairs[i].pair, name) == 0)
            return &r->pairs[i];
    return NULL;
}

static const dyad_pair_score *pair(const dyad_article_score *r,
                                   const char *name)
{
    const dyad_pair_score *p = find_pair(r, name);
    if (!p)
        fail_msg("no pair %s", name);
    return p;
}

/* The only event of the last article with code prefix code; fails when
 * there is none. */
static const dyad_event *event(const char *code)
{
    size_t n;
    const dyad_event *ev = dyad_score_events(cx, &n);
    for (size_t i = 0; i < n; i++)
        if (strncmp(ev[i].code, code, strlen(code)) == 0)
            return &ev[i];
    fail_msg("no event %s", code);
    return NULL;
}

/* Has the last article an event with code prefix code? */
static int has_event(const char *code)
{
    size_t n;
    const dyad_event *ev = dyad_score_events(cx, &n);
    for (size_t i = 0; i < n; i++)
        if (strncmp(ev[i].code, code, strlen(code)) == 0)
            return 1;
    return 0;
}

static const char *code_of(int i)
{
    return dyad_actors_code(ga, i);
}

/* --- tables --- */

static void test_events_tables_loaded(void **state)
{
    (void)state;
    const dyad_events *ev = dyad_lex_events(lex);
    size_t pats, codes;
    size_t verbs = dyad_events_count(ev, &pats, &codes);
    assert_true(verbs > 5000);
    assert_true(pats > 3000);
    assert_int_equal(codes, 311);   /* every CAMEO code, roots included */
    const dyad_event_code *c = dyad_events_code(ev, "163");
    assert_non_null(c);
    assert_near(c->goldstein, -8.0, 1e-12);
    assert_int_equal(c->quad, DYAD_QUAD_MATERIAL_CONFLICT);
    /* "010" and "10" are different codes */
    assert_near(dyad_events_code(ev, "010")->goldstein, 0.0, 1e-12);
    assert_near(dyad_events_code(ev, "10")->goldstein, -5.0, 1e-12);
    /* a code missing from the table: its parent, then its root */
    assert_string_equal(dyad_events_code(ev, "1213")->code, "121");
    assert_string_equal(dyad_events_code(ev, "1952")->code, "195");
    assert_null(dyad_events_code(ev, "99"));
}

static void test_events_verb_forms(void **state)
{
    (void)state;
    const dyad_events *ev = dyad_lex_events(lex);
    const char *block, *code;
    /* irregular forms as listed */
    assert_true(dyad_events_verb(ev, "seized", 6, &block, &code));
    assert_true(dyad_events_verb(ev, "withdrew", 8, &block, &code));
    /* PETRARCH's crude regular forms, and the correct ones as well */
    assert_true(dyad_events_verb(ev, "deploys", 7, &block, &code));
    assert_true(dyad_events_verb(ev, "imposes", 7, &block, &code));
    assert_true(dyad_events_verb(ev, "imposing", 8, &block, &code));
    assert_string_equal(block, "impose");
    assert_string_equal(code, "170");
    /* a verb alone that is no event */
    assert_true(dyad_events_verb(ev, "lifted", 6, &block, &code));
    assert_string_equal(code, "---");
    assert_false(dyad_events_verb(ev, "Imposed", 7, &block, &code));
}

static void test_events_load_errors(void **state)
{
    (void)state;
    dyad_lex *lx = dyad_lex_new();
    dyad_err err = {0};
    static const char bad_code[] = "block\tverb\tpattern\tcode\n"
                                   "x\tfoo\t-\t12a\n";
    assert_int_equal(dyad_lex_file_kind(bad_code, sizeof bad_code - 1),
                     DYAD_LEX_EVENTS);
    assert_int_equal(dyad_lex_load_data(lx, "e.tsv", bad_code,
                                        sizeof bad_code - 1, &err),
                     DYAD_EPARSE);
    assert_int_equal(err.line, 2);
    static const char both[] = "block\tverb\tpattern\tcode\n"
                               "x\tfoo\tbar\t010\n";
    assert_int_equal(dyad_lex_load_data(lx, "e.tsv", both, sizeof both - 1,
                                        &err),
                     DYAD_EPARSE);
    static const char syn[] = "block\tverb\tpattern\tcode\n"
                              "x\tfoo\t-\t010\n"
                              "x\t-\t&nothing here\t020\n";
    assert_int_equal(dyad_lex_load_data(lx, "e.tsv", syn, sizeof syn - 1,
                                        &err),
                     DYAD_EPARSE);
    assert_non_null(strstr(err.msg, "unknown synset"));
    static const char quad[] = "code\tgoldstein\tquad\tlabel\n"
                               "010\t0.0\tneutral\tx\n";
    assert_int_equal(dyad_lex_file_kind(quad, sizeof quad - 1),
                     DYAD_LEX_CODES);
    assert_int_equal(dyad_lex_load_data(lx, "c.tsv", quad, sizeof quad - 1,
                                        &err),
                     DYAD_EPARSE);
    dyad_lex_free(lx);
}

/* A set with two event codes (057 Sign, 190 Fight) loaded, for a verbs
 * file of a test. */
static dyad_lex *two_codes(void)
{
    static const char codes[] = "code\tgoldstein\tquad\tlabel\n"
                                "057\t8.0\tverbal_coop\tSign\n"
                                "190\t-10.0\tmaterial_conflict\tFight\n";
    dyad_lex *lx = dyad_lex_new();
    dyad_err err = {0};
    assert_non_null(lx);
    assert_int_equal(dyad_lex_load_data(lx, "c.tsv", codes, sizeof codes - 1,
                                        &err),
                     DYAD_OK);
    return lx;
}

/* A user's events file: a verb, a pattern with a synset and a plural. */
static void test_events_user_patterns(void **state)
{
    (void)state;
    dyad_lex *lx = two_codes();
    dyad_err err = {0};
    static const char verbs[] = "block\tverb\tpattern\tcode\n"
                                "frob\tfrobbed\t-\t---\n"
                                "frob\t-\ttreaty\t057\n"
                                "frob\t-\t&arms with\t190\n"
                                "&arms\t-\tcannon\t-\n";
    assert_int_equal(dyad_lex_load_data(lx, "v.tsv", verbs, sizeof verbs - 1,
                                        &err),
                     DYAD_OK);
    dyad_scorer *s = dyad_scorer_new(lx, ga, NULL, &err);
    assert_non_null(s);
    /* a regular plural of a pattern word */
    const dyad_article_score *r =
        score_with(s, "Japan frobbed two treaties with China.", "2015-01-01");
    assert_near(pair(r, "CHN-JPN")->goldstein, 8.0, 1e-12);
    r = score_with(s, "Japan frobbed a cannon with China.", "2015-01-01");
    assert_near(pair(r, "CHN-JPN")->goldstein, -10.0, 1e-12);
    /* the verb alone is no event: a co-mention */
    r = score_with(s, "Japan frobbed China.", "2015-01-01");
    assert_int_equal(pair(r, "CHN-JPN")->events, 0);
    dyad_scorer_free(s);
    /* a later file with a pattern of the same words replaces its code
     * (it had lost every tie to the earlier one) */
    static const char fix[] = "block\tverb\tpattern\tcode\n"
                              "frob\t-\ttreaty\t190\n";
    assert_int_equal(dyad_lex_load_data(lx, "w.tsv", fix, sizeof fix - 1,
                                        &err),
                     DYAD_OK);
    s = dyad_scorer_new(lx, ga, NULL, &err);
    assert_non_null(s);
    r = score_with(s, "Japan frobbed two treaties with China.", "2015-01-01");
    assert_near(pair(r, "CHN-JPN")->goldstein, -10.0, 1e-12);
    dyad_scorer_free(s);
    dyad_lex_free(lx);
}

/* Each block's filter of its patterns' first words (events.c: a line or a
 * few, tested before the table): every first word of a block of many
 * passes it, and a later file's new block and patterns are filtered too. */
static void test_events_pattern_filter(void **state)
{
    (void)state;
    dyad_lex *lx = two_codes();
    dyad_err err = {0};
    char verbs[8192];
    size_t n = (size_t)snprintf(verbs, sizeof verbs,
                                "block\tverb\tpattern\tcode\n"
                                "zorp\tzorped\t-\t---\n");
    for (int i = 0; i < 150; i++)
        n += (size_t)snprintf(verbs + n, sizeof verbs - n,
                              "zorp\t-\tzo%c%c\t%s\n", 'a' + i / 26,
                              'a' + i % 26, i % 2 ? "057" : "190");
    assert_true(n < sizeof verbs);
    assert_int_equal(dyad_lex_load_data(lx, "v.tsv", verbs, n, &err),
                     DYAD_OK);
    static const char more[] = "block\tverb\tpattern\tcode\n"
                               "blap\tblapped\t-\t---\n"
                               "blap\t-\taccord\t057\n";
    assert_int_equal(dyad_lex_load_data(lx, "w.tsv", more, sizeof more - 1,
                                        &err),
                     DYAD_OK);
    dyad_scorer *s = dyad_scorer_new(lx, ga, NULL, &err);
    assert_non_null(s);
    for (int i = 0; i < 150; i++) {
        char text[64];
        snprintf(text, sizeof text, "Japan zorped the zo%c%c with China.",
                 'a' + i / 26, 'a' + i % 26);
        const dyad_article_score *r = score_with(s, text, "2015-01-01");
        assert_near(pair(r, "CHN-JPN")->goldstein, i % 2 ? 8.0 : -10.0,
                    1e-12);
    }
    const dyad_article_score *r =
        score_with(s, "Japan blapped an accord with China.", "2015-01-01");
    assert_near(pair(r, "CHN-JPN")->goldstein, 8.0, 1e-12);
    /* no pattern of the block: the verb alone is no event */
    r = score_with(s, "Japan zorped the accord with China.", "2015-01-01");
    assert_int_equal(pair(r, "CHN-JPN")->events, 0);
    dyad_scorer_free(s);
    dyad_lex_free(lx);
}

/* --- source and target --- */

static void test_events_source_and_target(void **state)
{
    (void)state;
    const dyad_article_score *r = score("The US imposed sanctions on Russia.");
    const dyad_event *e = event("163");
    assert_string_equal(code_of(e->src), "USA");
    assert_string_equal(code_of(e->tgt), "RUS");
    assert_int_equal(e->rules, 0);
    const dyad_pair_score *p = pair(r, "RUS-USA");
    assert_int_equal(p->sentences, 1);
    assert_int_equal(p->events, 1);
    assert_near(p->goldstein, -8.0, 1e-12);
    assert_int_equal(p->conflict, 1);
    assert_int_equal(p->acts, 1);
}

/* A word of sport makes a sentence a sports report, with no events
 * between states; a word of the same length and first letter does not
 * (events.c compares a token only with the words of its length). */
static void test_events_sport_words(void **state)
{
    (void)state;
    static const char *const sport[] = {
        "semi-final", "semifinal", "semi-finals", "quarter-final",
        "quarterfinal", "olympics", "championship", "championships",
        "striker", "midfielder", "goalkeeper", "cricket", "football",
        "soccer", "rugby", "tennis", "hockey", "basketball", "fifa", "uefa",
        "nba", "nhl", "qualifier", "qualifiers", "tournament", "medal",
        "medals", "playoff", "play-off", "goalless", "hat-trick", "cup"};
    static const char *const other[] = {
        "semi-finas", "semifinas", "quartered", "olympians", "stricter",
        "cricketer", "footballs", "summit", "rumor", "tenant", "hockeys",
        "fire", "nbc", "qualified", "tourniquet", "media", "medial",
        "playoffs", "goalposts", "cap", "world"};
    char text[128];
    for (size_t i = 0; i < sizeof sport / sizeof sport[0]; i++) {
        snprintf(text, sizeof text,
                 "The US imposed sanctions on Russia after the %s.", sport[i]);
        score(text);
        if (has_event("163"))
            fail_msg("an event beside '%s'", sport[i]);
    }
    for (size_t i = 0; i < sizeof other / sizeof other[0]; i++) {
        snprintf(text, sizeof text,
                 "The US imposed sanctions on Russia after the %s.", other[i]);
        score(text);
        if (!has_event("163"))
            fail_msg("no event beside '%s'", other[i]);
    }
    score("The US imposed sanctions on Russia after the World Cup.");
    assert_false(has_event("163"));
}

static void test_events_third_parties(void **state)
{
    (void)state;
    /* topic: over the war in Ukraine */
    const dyad_article_score *r =
        score("The US imposed sanctions on Russia over the war in Ukraine.");
    assert_int_equal(pair(r, "UKR-USA")->sentences, 0);
    assert_int_equal(pair(r, "UKR-USA")->comentions, 1);
    assert_int_equal(pair(r, "RUS-UKR")->sentences, 0);
    assert_true(pair(r, "RUS-USA")->goldstein < 0);
    /* mediator: brokered by */
    r = score("Russia and Ukraine exchanged prisoners in a deal brokered by "
              "the United Arab Emirates.");
    assert_int_equal(pair(r, "ARE-RUS")->sentences, 0);
    assert_int_equal(pair(r, "ARE-UKR")->sentences, 0);
    assert_true(pair(r, "RUS-UKR")->goldstein > 0);
    /* a reaction "from" a third country is its act on the subject */
    r = score("Russia annexed Crimea from Ukraine, drawing condemnation from "
              "the United States.");
    assert_true(pair(r, "RUS-USA")->goldstein < 0);
    assert_int_equal(pair(r, "UKR-USA")->sentences, 0);
    /* place: in Paris, with a third country acting */
    r = score("Germany attacked Poland, while Britain met in Paris.");
    assert_int_equal(pair(r, "DEU-POL")->sentences, 1);
    assert_int_equal(pair(r, "DEU-GBR")->sentences, 0);
    assert_int_equal(pair(r, "GBR-POL")->sentences, 0);
}

static void test_events_clause_boundaries(void **state)
{
    (void)state;
    /* "which" starts a clause: Tokyo's reaction is its own */
    const dyad_article_score *r =
        score("China attacked Vietnam; Japan praised Thailand.");
    assert_true(pair(r, "CHN-VNM")->goldstein < 0);
    assert_true(pair(r, "JPN-THA")->goldstein > 0);
    assert_int_equal(pair(r, "CHN-JPN")->sentences, 0);
    assert_int_equal(pair(r, "THA-VNM")->sentences, 0);
}

static void test_events_conjoined_and_mutual(void **state)
{
    (void)state;
    const dyad_article_score *r =
        score("Russia and China signed a treaty with Iran.");
    assert_true(pair(r, "IRN-RUS")->goldstein > 0);
    assert_true(pair(r, "CHN-IRN")->goldstein > 0);
    r = score("China and Russia signed a gas deal.");
    assert_true(pair(r, "CHN-RUS")->goldstein > 0);
    r = score("Germany and France agreed to cooperate.");
    const dyad_event *e = event("05");
    assert_true(e->rules & DYAD_EV_MUTUAL);
    assert_true(pair(r, "DEU-FRA")->goldstein > 0);
    /* a list of more than two is a list, not a mutual act ... */
    r = score("Switzerland, Austria, Sweden and Norway praised the plan.");
    assert_int_equal(pair(r, "AUT-CHE")->sentences, 0);
    /* ... unless they agree, sign, meet or pledge */
    r = score("The United States, Japan and Germany signed a treaty.");
    assert_true(pair(r, "JPN-USA")->goldstein > 0);
    assert_true(pair(r, "DEU-JPN")->goldstein > 0);
    /* the two Koreas */
    r = score("The two Koreas pledged to end hostilities.");
    assert_true(pair(r, "KOR-PRK")->goldstein > 0);
}

static void test_events_passive(void **state)
{
    (void)state;
    score("Iraq was attacked by Iran.");
    const dyad_event *e = event("19");
    assert_string_equal(code_of(e->src), "IRN");
    assert_string_equal(code_of(e->tgt), "IRQ");
    assert_true(e->rules & DYAD_EV_PASSIVE);
    /* a headline's passive without "be", its noun a verb form too */
    const char *headline[] = {
        "Indian army post shelled by Pakistani troops",
        "Indian ships attacked by Pakistani vessels",
        "India's border post attacked by Pakistan"};
    for (size_t i = 0; i < sizeof headline / sizeof *headline; i++) {
        score(headline[i]);
        e = event("19");
        if (!e || strcmp(code_of(e->src), "PAK") != 0 ||
            strcmp(code_of(e->tgt), "IND") != 0 ||
            !(e->rules & DYAD_EV_PASSIVE))
            fail_msg("no passive PAK>IND: %s", headline[i]);
    }
    /* a participle after the clause's verb, or far into it, modifies a
     * noun: no passive */
    score("Officials said that Indian exports had been relieved from the "
          "restriction imposed by Japan.");
    assert_false(has_event("17"));
    /* a pattern before a passive verb replaces the verb's own code, as one
     * after an active verb does: an ambassador summoned is a protest
     * (111), not a consultation (040), with or without "be" */
    const char *summoned[] = {"The Japanese ambassador was summoned by China.",
                              "Japanese ambassador summoned by China"};
    for (size_t i = 0; i < 2; i++) {
        score(summoned[i]);
        e = event("111");
        if (!e || strcmp(code_of(e->src), "CHN") != 0 ||
            strcmp(code_of(e->tgt), "JPN") != 0 || has_event("040"))
            fail_msg("no protest CHN>JPN: %s", summoned[i]);
    }
    /* a pattern after the agent ("removed by US from terror blacklist");
     * a host named with "by" is no party */
    score("Cuba removed by US from terror blacklist");
    e = event("081");
    assert_non_null(e);
    assert_string_equal(code_of(e->src), "USA");
    assert_string_equal(code_of(e->tgt), "CUB");
    const dyad_article_score *h =
        score("Colombia's talks with rebels, hosted by Cuba, resumed.");
    assert_int_equal(pair(h, "COL-CUB")->sentences, 0);
    /* goods of a country's make are no state */
    const dyad_article_score *r = score("Russian-made rockets fired by "
                                        "the Syrian army");
    assert_int_equal(pair(r, "RUS-SYR")->sentences, 0);
}

/* Islands a state buys or claims are its own act on land, not a deal
 * with a country named after them; goods of the other are. */
static void test_events_island_object(void **state)
{
    (void)state;
    const dyad_article_score *r =
        score_with(sc, "Tokyo buys islands, Beijing furious", "2012-09-11");
    assert_false(has_event("061"));
    assert_true(pair(r, "CHN-JPN")->goldstein < 0);
    r = score_with(sc, "Japan to buy the disputed islands, China protests",
                   "2012-09-11");
    assert_false(has_event("061"));
    assert_true(pair(r, "CHN-JPN")->goldstein < 0);
    r = score_with(sc, "Japan buys Chinese rare earths", "2012-09-11");
    assert_true(has_event("061"));
}

/* --- polarity --- */

static void test_events_reversal(void **state)
{
    (void)state;
    const dyad_article_score *r =
        score_with(sc, "Obama to lift U.S. sanctions against Myanmar",
                   "2016-05-01");
    assert_true(pair(r, "MMR-USA")->goldstein > 0);
    assert_int_equal(pair(r, "MMR-USA")->conflict, 0);
    /* the object of a reversal is no event of its own */
    r = score("Peru and Chile signed the accord, ending a lengthy trade "
              "dispute.");
    assert_int_equal(pair(r, "CHL-PER")->conflict, 0);
    r = score("Russia agreed to end hostilities with Ukraine.");
    const dyad_event *e = event("087");
    assert_true(e->rules & DYAD_EV_REVERSED);
    assert_true(pair(r, "RUS-UKR")->goldstein > 0);
    /* without the event stage the sanctions weigh, as before */
    r = score_with(sc_old, "Obama to lift U.S. sanctions against Myanmar",
                   "2016-05-01");
    assert_true(pair(r, "MMR-USA")->goldstein < 0);
}

static void test_events_negation(void **state)
{
    (void)state;
    const dyad_article_score *r = score("Israel will not attack Iran.");
    const dyad_event *e = event("19");
    assert_true(e->rules & DYAD_EV_NEGATED);
    assert_near(e->weight, 5.0, 1e-12);   /* -10 x -0.5 */
    const dyad_pair_score *p = pair(r, "IRN-ISR");
    assert_int_equal(p->conflict, 0);
    assert_int_equal(p->cooperation, 0);
    assert_int_equal(p->acts, 0);
    r = score("Russia refused to sign the treaty with Ukraine.");
    assert_true(pair(r, "RUS-UKR")->goldstein < 0);
}

static void test_events_threat(void **state)
{
    (void)state;
    const dyad_article_score *r =
        score("Russia threatened to impose sanctions on Turkey.");
    const dyad_event *e = event("1312");
    assert_true(e->rules & DYAD_EV_THREAT);
    const dyad_pair_score *p = pair(r, "RUS-TUR");
    assert_int_equal(p->threats, 1);
    assert_int_equal(p->acts, 0);
    assert_int_equal(p->events, 1);
    score("China warned it would attack Vietnam.");
    assert_true(event("138")->rules & DYAD_EV_THREAT);
}

static void test_events_sympathy(void **state)
{
    (void)state;
    const dyad_article_score *r =
        score("Russia condemned the terrorist attack on France.");
    const dyad_event *e = event("018");
    assert_true(e->rules & DYAD_EV_SYMPATHY);
    assert_true(pair(r, "FRA-RUS")->goldstein > 0);
}

/* --- links without events --- */

static void test_events_relational_phrases(void **state)
{
    (void)state;
    const dyad_article_score *r = score("Talks between China and Japan "
                                        "resumed.");
    assert_int_equal(pair(r, "CHN-JPN")->sentences, 1);
    r = score("US-China relations soured.");
    assert_int_equal(pair(r, "CHN-USA")->sentences, 1);
    r = score("Japan's ambassador to Russia was recalled.");
    assert_int_equal(pair(r, "JPN-RUS")->sentences, 1);
    r = score("Chinese ships in Japanese waters, officials say.");
    assert_int_equal(pair(r, "CHN-JPN")->sentences, 1);
}

static void test_events_comention(void **state)
{
    (void)state;
    const dyad_article_score *r = score("Sales rose in Japan and China.");
    const dyad_pair_score *p = pair(r, "CHN-JPN");
    assert_int_equal(p->sentences, 0);
    assert_int_equal(p->comentions, 1);
    assert_near(p->tone, 0, 0);
    assert_near(p->goldstein, 0, 0);
    assert_int_equal(p->events, 0);
    /* without the event stage a co-mention is a relation, as before */
    r = score_with(sc_old, "Sales rose in Japan and China.", "2015-06-01");
    assert_int_equal(pair(r, "CHN-JPN")->sentences, 1);
    assert_int_equal(pair(r, "CHN-JPN")->comentions, 0);
}

/* A country word before a firm, bank, market, currency or commodity, or a
 * delivery point after "c and f", names no state actor; a list of three
 * or more relates no one; two states with a cue relate however many
 * countries the sentence names. */
static void test_events_state_actors(void **state)
{
    (void)state;
    const dyad_article_score *r =
        score("The Chinese company signed a deal with a Vietnamese bank.");
    assert_int_equal(pair(r, "CHN-VNM")->sentences, 0);
    r = score("Argentina offered wheat at 90 dlrs per tonne c and f Egypt.");
    assert_int_equal(pair(r, "ARG-EGY")->sentences, 0);
    r = score("Mexican traders sold U.S. Dlrs in Brazil.");
    assert_int_equal(pair(r, "MEX-USA")->sentences, 0);
    r = score("Coffee growers in Brazil, Colombia and Kenya reported higher "
              "exports.");
    assert_int_equal(pair(r, "BRA-COL")->sentences, 0);
    assert_int_equal(pair(r, "COL-KEN")->sentences, 0);
    /* a market open to others is no firm */
    r = score("The pact would open Chinese markets to Vietnam.");
    assert_int_equal(pair(r, "CHN-VNM")->sentences, 1);
    /* a central bank is a state actor; three countries and a cue */
    r = score("Germany's central bank said the U.S. trade deficit with Japan "
              "widened.");
    assert_int_equal(pair(r, "JPN-USA")->sentences, 1);
    assert_int_equal(pair(r, "DEU-USA")->sentences, 1);
    /* "in the U.S. Congress" is an actor, not a place */
    r = score("Lawmakers in the U.S. Congress demanded curbs on Japan.");
    assert_int_equal(pair(r, "JPN-USA")->sentences, 1);
    assert_true(pair(r, "JPN-USA")->goldstein < 0);
    /* a country named as place relates with a conflict term only */
    r = score("Canada said sales rose in Japan.");
    assert_int_equal(pair(r, "CAN-JPN")->sentences, 0);
    r = score("The new tariffs angered exporters in Japan, Canada said.");
    assert_int_equal(pair(r, "CAN-JPN")->sentences, 1);
    assert_true(pair(r, "CAN-JPN")->goldstein < 0);
    r = score("Malaysian miners criticised the deal with Chile.");
    assert_int_equal(pair(r, "CHL-MYS")->sentences, 0);
    /* quarrels of trade news are tension terms */
    r = score("The U.S.-German squabble over rates deepened.");
    assert_true(pair(r, "DEU-USA")->goldstein < 0);
    /* relational nouns of trade news */
    r = score("Japan's consultations with Canada ended.");
    assert_int_equal(pair(r, "CAN-JPN")->sentences, 1);
}

/* An appeal or a wish that presses ("or face", a conflict term after it)
 * is a demand; one that wards a conflict off or undoes it is not. */
static void test_events_demand(void **state)
{
    (void)state;
    const dyad_article_score *r = score("France called on Italy to cut its "
                                        "deficit or face sanctions.");
    assert_string_equal(event("10")->code, "100");
    assert_true(pair(r, "FRA-ITA")->goldstein < 0);
    /* what the one asked is to do to a third is no pressure on it */
    r = score("Brazil asked Chile to impose tariffs on Peru.");
    assert_false(has_event("10"));
    assert_true(pair(r, "BRA-CHL")->goldstein > 0);
    r = score("Brazil asked Chile to impose tariffs on its copper.");
    assert_string_equal(event("10")->code, "100");
    r = score("Germany called on Spain to cut its budget deficit.");
    assert_string_equal(event("10")->code, "100");
    r = score("Germany called on Spain to join the talks.");
    assert_true(pair(r, "DEU-ESP")->goldstein > 0);
    /* cooperation before "or face" is a demand; "face" is no meeting */
    r = score("Britain told Japan to resolve the dispute or face higher "
              "duties.");
    assert_string_equal(event("10")->code, "100");
    assert_true(pair(r, "GBR-JPN")->goldstein < 0);
    assert_int_equal(pair(r, "GBR-JPN")->cooperation, 0);
    r = score("Sweden urged Norway to lift the sanctions.");
    assert_true(pair(r, "NOR-SWE")->goldstein > 0);
    r = score("Sweden pledged to protect Norwegian ships from attack by "
              "pirates.");
    assert_false(has_event("10"));
    /* a noun-like verb before a conflict noun modifies it */
    r = score("The U.S. trade sanctions against Japan took effect.");
    assert_false(has_event("06"));
    assert_true(pair(r, "JPN-USA")->goldstein < 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_events_tables_loaded),
        cmocka_unit_test(test_events_verb_forms),
        cmocka_unit_test(test_events_load_errors),
        cmocka_unit_test(test_events_user_patterns),
        cmocka_unit_test(test_events_pattern_filter),
        cmocka_unit_test(test_events_source_and_target),
        cmocka_unit_test(test_events_sport_words),
        cmocka_unit_test(test_events_third_parties),
        cmocka_unit_test(test_events_clause_boundaries),
        cmocka_unit_test(test_events_conjoined_and_mutual),
        cmocka_unit_test(test_events_passive),
        cmocka_unit_test(test_events_island_object),
        cmocka_unit_test(test_events_reversal),
        cmocka_unit_test(test_events_negation),
        cmocka_unit_test(test_events_threat),
        cmocka_unit_test(test_events_sympathy),
        cmocka_unit_test(test_events_relational_phrases),
        cmocka_unit_test(test_events_comention),
        cmocka_unit_test(test_events_state_actors),
        cmocka_unit_test(test_events_demand),
    };
    return cmocka_run_group_tests(tests, setup_group, teardown_group);
}
