/*
 * ingester.c - score and store (see dyad_ingester in dyad/store.h).
 */
#include "dyad/store.h"

#include "util/alloc.h"

struct dyad_ingester {
    dyad_store *st;
    const dyad_scorer *sc;
    int keep_text;
    dyad_score_ctx *cx;
    dyad_scored_parser *parser;
    dyad_buf line;
};

dyad_ingester *dyad_ingester_new(dyad_store *st, const dyad_scorer *sc,
                                 int keep_text, dyad_err *err)
{
    dyad_ingester *in = dyad_calloc(1, sizeof *in);
    if (in) {
        in->st = st;
        in->sc = sc;
        in->keep_text = keep_text;
        in->cx = dyad_score_ctx_new();
        in->parser = dyad_scored_parser_new();
    }
    if (!in || !in->cx || !in->parser) {
        dyad_ingester_free(in);
        dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    return in;
}

void dyad_ingester_free(dyad_ingester *in)
{
    if (!in)
        return;
    dyad_score_ctx_free(in->cx);
    dyad_scored_parser_free(in->parser);
    dyad_buf_free(&in->line);
    dyad_free(in);
}

int dyad_ingester_put(dyad_ingester *in, const dyad_article *a, int *outcome,
                      dyad_err *err)
{
    const dyad_scored *sc = a->scored;
    if (!sc) {
        dyad_buf_clear(&in->line);
        int rc = dyad_score_article(in->cx, in->sc, a, err);
        if (rc == DYAD_OK && dyad_score_json(in->cx, &in->line) != DYAD_OK)
            rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
        if (rc == DYAD_OK)
            rc = dyad_scored_parse(in->parser, in->line.data, in->line.len,
                                   &sc, err);
        if (rc != DYAD_OK)
            return rc;
    }
    return dyad_store_put(in->st, a, sc, in->keep_text, outcome, err);
}
