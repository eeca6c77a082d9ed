/*
 * fuzz_lexicon - lexicon and gazetteer files (dyad/lex.h, dyad/actors.h)
 * on any bytes.
 *
 * The input is loaded as a lexicon file and as a gazetteer file, each into
 * a fresh set, and when its last byte is odd a second time under another
 * name (a later file overrides an earlier one). Then the first field of
 * every line is looked up as a term (split at spaces into keys) and as an
 * alias, and the input is analysed as text and searched for actors and
 * scored with what was loaded, so that lookups run on whatever entries the
 * loader let in.
 */
#include <stdint.h>
#include <string.h>

#include "dyad/actors.h"
#include "dyad/lex.h"
#include "dyad/score.h"
#include "dyad/text.h"

#include "fuzz_util.h"

#define MAXKEYS 8

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Looks the field [s, e) up as a term of every kind and as an alias. */
static void look_up(const dyad_lex *lx, const dyad_actors *ga, const char *s,
                    const char *e)
{
    dyad_span keys[MAXKEYS];
    size_t n = 0;
    const char *p = s;
    while (p < e && n < MAXKEYS) {
        const char *sp = memchr(p, ' ', (size_t)(e - p));
        const char *we = sp ? sp : e;
        keys[n].ptr = p;
        keys[n].len = (size_t)(we - p);
        n++;
        p = sp ? sp + 1 : e;
    }
    for (int kind = DYAD_LEX_VALENCE; kind <= DYAD_LEX_TENSION; kind++) {
        const dyad_lex_entry *le = NULL;
        size_t w = dyad_lex_match(lx, kind, keys, n, &le);
        FUZZ_CHECK(w <= n);
        if (w) {
            FUZZ_CHECK(le && le->term && le->file);
            (void)dyad_quad_name(le->quad);
            (void)dyad_mode_name(le->mode);
        }
    }
    const dyad_lex_entry *v = dyad_lex_valence(lx, s, (size_t)(e - s));
    if (v)
        FUZZ_CHECK(v->term && v->value >= -4.0 && v->value <= 4.0);
    int code = dyad_actors_lookup(ga, s, (size_t)(e - s));
    FUZZ_CHECK(code >= -1 && (code < 0 || (size_t)code <
                                              dyad_actors_ncodes(ga)));
    if (code >= 0) {
        const char *c = dyad_actors_code(ga, code);
        FUZZ_CHECK(c);
        char pair[256], out[20];
        snprintf(pair, sizeof pair, "%s-%.*s", c, (int)(e - s), s);
        dyad_err err = {0};
        (void)dyad_actors_pair(ga, pair, out, sizeof out, &err);
    }
}

static void find_and_score(const dyad_lex *lx, const dyad_actors *ga,
                           const uint8_t *data, size_t size)
{
    dyad_err err = {0};
    dyad_buf text = {0}, out = {0};
    dyad_doc doc;
    dyad_doc_init(&doc);
    dyad_actors_ctx *cx = dyad_actors_ctx_new();
    FUZZ_CHECK(cx);
    FUZZ_CHECK(fuzz_utf8_repair(data, size, &text) == DYAD_OK);
    const char *t = text.data ? text.data : "";
    FUZZ_CHECK(dyad_text_analyse(&doc, t, text.len, 0, &err) == DYAD_OK);
    FUZZ_CHECK(dyad_actors_prepare(cx, &doc) == DYAD_OK);
    int32_t day = dyad_days_from_civil(2024, 6, 1);
    dyad_actor_hit hits[16];
    for (size_t s = 0; s < doc.nsent; s++) {
        size_t n = dyad_actors_find(ga, cx, &doc, s, day, -1, hits, 16);
        for (size_t i = 0; i < n && i < 16; i++) {
            FUZZ_CHECK(hits[i].code >= 0 &&
                       (size_t)hits[i].code < dyad_actors_ncodes(ga));
            FUZZ_CHECK(hits[i].ntok > 0 &&
                       hits[i].tok + hits[i].ntok <=
                           doc.sent[s].tok + doc.sent[s].ntok);
            if (hits[i].entry >= 0)
                FUZZ_CHECK(dyad_actors_entry(ga, hits[i].entry)->alias);
        }
    }
    dyad_scorer *sc = dyad_scorer_new(lx, ga, NULL, &err);
    dyad_score_ctx *scx = dyad_score_ctx_new();
    FUZZ_CHECK(sc && scx);
    dyad_article a;
    memset(&a, 0, sizeof a);
    a.id = "fuzz";
    a.title = "";
    a.text = t;
    a.text_len = text.len;
    a.src = "fuzz";
    a.line = 1;
    FUZZ_CHECK(dyad_date_parse("2024-06-01", 10, &a.date, &err) == DYAD_OK);
    dyad_date_iso(a.date.day, a.date_iso);
    FUZZ_CHECK(dyad_score_article(scx, sc, &a, &err) == DYAD_OK);
    FUZZ_CHECK(dyad_score_json(scx, &out) == DYAD_OK);
    FUZZ_CHECK(dyad_score_explain(scx, 1, &out) == DYAD_OK);
    dyad_score_ctx_free(scx);
    dyad_scorer_free(sc);
    dyad_actors_ctx_free(cx);
    dyad_doc_free(&doc);
    dyad_buf_free(&text);
    dyad_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    dyad_err err = {0};
    char msg[600];
    int twice = size && (data[size - 1] & 1);
    dyad_lex *lx = dyad_lex_new();
    dyad_actors *ga = dyad_actors_new();
    FUZZ_CHECK(lx && ga);

    int kind = dyad_lex_file_kind(s, size);
    FUZZ_CHECK(kind >= DYAD_LEX_UNKNOWN && kind <= DYAD_LEX_GAZETTEER);
    int lrc = dyad_lex_load_data(lx, "a.tsv", s, size, &err);
    FUZZ_CHECK(lrc == DYAD_OK || lrc == DYAD_EPARSE);
    if (lrc != DYAD_OK)
        dyad_err_format(&err, msg, sizeof msg);
    else if (twice)
        FUZZ_CHECK(dyad_lex_load_data(lx, "b.tsv", s, size, &err) ==
                   DYAD_OK);
    FUZZ_CHECK(strlen(dyad_lex_version(lx)) == 16);
    (void)dyad_lex_count(lx, DYAD_LEX_VALENCE);
    (void)dyad_lex_count(lx, DYAD_LEX_TENSION);

    int arc = dyad_actors_load_data(ga, "a.tsv", s, size, &err);
    FUZZ_CHECK(arc == DYAD_OK || arc == DYAD_EPARSE || arc == DYAD_EINVAL);
    if (arc != DYAD_OK)
        dyad_err_format(&err, msg, sizeof msg);
    else if (twice)
        (void)dyad_actors_load_data(ga, "b.tsv", s, size, &err);
    FUZZ_CHECK(strlen(dyad_actors_version(ga)) == 16);
    for (size_t i = 0; i < dyad_actors_ncodes(ga); i++)
        FUZZ_CHECK(dyad_actors_code(ga, (int)i));

    /* the first field of every line as a term and an alias, the third
     * as an alias (a gazetteer's alias column) */
    const char *p = s, *end = s + size;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *tab = memchr(p, '\t', (size_t)(le - p));
        look_up(lx, ga, p, tab ? tab : le);
        if (tab) {
            const char *f2 = memchr(tab + 1, '\t', (size_t)(le - tab - 1));
            if (f2) {
                const char *f3 = memchr(f2 + 1, '\t', (size_t)(le - f2 - 1));
                look_up(lx, ga, f2 + 1, f3 ? f3 : le);
            }
        }
        p = nl ? nl + 1 : end;
    }
    find_and_score(lx, ga, data, size);
    dyad_actors_free(ga);
    dyad_lex_free(lx);
    return 0;
}
