/*
 * fuzz_text - the text analyser (dyad/text.h) and the scorer
 * (dyad/score.h) on any bytes.
 *
 * The analyser must survive any bytes, so it gets the input as it is, in
 * both modes, and its arrays are checked to stay inside the text. The
 * scorer's articles are valid UTF-8 (the reader repairs them), so the
 * input is repaired here before it is scored as an article; the score is
 * then written as JSON (which must read back as a line of `dyad score`
 * output) and explained in both forms (the JSON one must parse). The
 * built-in lexicons and gazetteer are loaded once, for the whole run. The
 * input's length picks the scorer: defaults and 2024, or window 2, "we" =
 * USA, one evidence sentence, VADER rules and 1995.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "dyad/actors.h"
#include "dyad/ingest.h"
#include "dyad/lex.h"
#include "dyad/score.h"
#include "dyad/text.h"

#include "fuzz_util.h"

static dyad_lex *lex;
static dyad_actors *ga;
static dyad_scorer *scorer[2];

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    dyad_err err = {0};
    lex = dyad_lex_new();
    ga = dyad_actors_new();
    if (!lex || !ga || dyad_lex_load_builtin(lex, 0, &err) != DYAD_OK ||
        dyad_actors_load_builtin(ga, &err) != DYAD_OK) {
        fprintf(stderr, "fuzz_text: cannot load the built-in data: %s\n",
                err.msg);
        abort();
    }
    dyad_score_opts o = {0, -1, -1, 0, 1};
    scorer[0] = dyad_scorer_new(lex, ga, &o, &err);
    o.vader_only = 1;
    o.evidence = 1;
    o.self = dyad_actors_lookup(ga, "USA", 3);
    o.window = 2;
    scorer[1] = dyad_scorer_new(lex, ga, &o, &err);
    if (!scorer[0] || !scorer[1] || o.self < 0) {
        fprintf(stderr, "fuzz_text: cannot make the scorers: %s\n", err.msg);
        abort();
    }
    return 0;
}

static void check_doc(const dyad_doc *d, size_t len)
{
    FUZZ_CHECK(d->len == len);
    for (size_t i = 0; i < d->ntok; i++) {
        const dyad_token *t = &d->tok[i];
        FUZZ_CHECK(t->len > 0 && (size_t)t->off + t->len <= len);
        FUZZ_CHECK((size_t)t->key + t->key_len <= d->keys_len);
        FUZZ_CHECK(t->base_len <= t->key_len);
        if (i)
            FUZZ_CHECK(t->off >= d->tok[i - 1].off + d->tok[i - 1].len);
    }
    for (size_t i = 0; i < d->nsent; i++) {
        const dyad_sentence *s = &d->sent[i];
        FUZZ_CHECK((size_t)s->off + s->len <= len);
        FUZZ_CHECK((size_t)s->tok + s->ntok <= d->ntok);
        for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
            FUZZ_CHECK(d->tok[k].off >= s->off &&
                       d->tok[k].off + d->tok[k].len <= s->off + s->len);
        if (i)
            FUZZ_CHECK(s->para >= d->sent[i - 1].para);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_err err = {0};
    dyad_doc doc;
    dyad_doc_init(&doc);
    const char *text = (const char *)data;
    int rc = dyad_text_analyse(&doc, text, size, 0, &err);
    FUZZ_CHECK(rc == DYAD_OK);
    check_doc(&doc, size);
    rc = dyad_text_analyse(&doc, text, size, DYAD_TEXT_ONE_SENTENCE, &err);
    FUZZ_CHECK(rc == DYAD_OK);
    check_doc(&doc, size);
    FUZZ_CHECK(doc.nsent <= 1);
    dyad_doc_free(&doc);

    dyad_buf utf8 = {0}, out = {0};
    dyad_score_ctx *cx = dyad_score_ctx_new();
    FUZZ_CHECK(cx);
    FUZZ_CHECK(fuzz_utf8_repair(data, size, &utf8) == DYAD_OK);
    int alt = (int)(size & 1);
    dyad_article a;
    memset(&a, 0, sizeof a);
    a.id = "fuzz";
    a.title = "";
    a.text = utf8.data ? utf8.data : "";
    a.text_len = utf8.len;
    a.src = "fuzz";
    a.line = 1;
    FUZZ_CHECK(dyad_date_parse(alt ? "1995-03-01" : "2024-06-01", 10,
                               &a.date, &err) == DYAD_OK);
    dyad_date_iso(a.date.day, a.date_iso);
    rc = dyad_score_article(cx, scorer[alt], &a, &err);
    FUZZ_CHECK(rc == DYAD_OK);
    const dyad_article_score *r = dyad_score_result(cx);
    FUZZ_CHECK(r && (r->npairs == 0 || r->pairs));
    for (size_t i = 0; i < r->npairs; i++) {
        /* a pair relates in some sentences or is only co-mentioned, and
         * then carries no scores */
        const dyad_pair_score *ps = &r->pairs[i];
        FUZZ_CHECK(ps->sentences > 0 || ps->comentions > 0);
        FUZZ_CHECK(ps->sentences > 0 ||
                   (ps->tone == 0 && ps->goldstein == 0 && ps->events == 0 &&
                    ps->conflict == 0 && ps->cooperation == 0));
        FUZZ_CHECK(r->pairs[i].tone >= -1.0 && r->pairs[i].tone <= 1.0);
        if (i)
            FUZZ_CHECK(strcmp(r->pairs[i - 1].pair, r->pairs[i].pair) < 0);
    }
    FUZZ_CHECK(r->sentiment >= -1.0 && r->sentiment <= 1.0);
    FUZZ_CHECK(dyad_score_json(cx, &out) == DYAD_OK);
    FUZZ_CHECK(out.len > 0 && out.data[out.len - 1] == '\n');
    FUZZ_CHECK(fuzz_utf8_valid(out.data, out.len));
    /* the line reads back as a line of `dyad score` output */
    dyad_scored_parser *sp = dyad_scored_parser_new();
    const dyad_scored *back = NULL;
    FUZZ_CHECK(sp);
    FUZZ_CHECK(dyad_scored_parse(sp, out.data, out.len, &back, &err) ==
               DYAD_OK);
    FUZZ_CHECK(back->npairs == r->npairs && back->words == r->words);
    dyad_scored_parser_free(sp);
    dyad_buf_clear(&out);
    FUZZ_CHECK(dyad_score_explain(cx, 0, &out) == DYAD_OK);
    FUZZ_CHECK(fuzz_utf8_valid(out.data, out.len));
    dyad_buf_clear(&out);
    FUZZ_CHECK(dyad_score_explain(cx, 1, &out) == DYAD_OK);
    FUZZ_CHECK(fuzz_utf8_valid(out.data, out.len));
    cJSON *doc_json = cJSON_ParseWithLength(out.data, out.len);
    FUZZ_CHECK(cJSON_IsObject(doc_json));
    cJSON_Delete(doc_json);
    double c = dyad_score_compound(cx, scorer[alt], a.text, a.text_len);
    FUZZ_CHECK(c >= -1.0 && c <= 1.0);

    dyad_score_ctx_free(cx);
    dyad_buf_free(&utf8);
    dyad_buf_free(&out);
    return 0;
}
