/*
 * vader_compound - dyad's sentence compound for each line of a VADER
 * ground-truth file ("id TAB rating TAB text"), printed as
 * "id TAB rating TAB compound" for bench/vader/compare.mjs.
 *
 *   vader_compound [--vader-only] FILE
 *
 * Each line is scored as one sentence, as VADER scores it.
 */
#include <stdio.h>
#include <string.h>

#include "dyad/actors.h"
#include "dyad/lex.h"
#include "dyad/score.h"
#include "util/fs.h"

int main(int argc, char **argv)
{
    int vader_only = argc > 2 && strcmp(argv[1], "--vader-only") == 0;
    if (argc != 2 + vader_only) {
        fprintf(stderr, "usage: vader_compound [--vader-only] FILE\n");
        return 64;
    }
    dyad_err err = {0};
    dyad_buf data = {0};
    dyad_lex *lex = dyad_lex_new();
    dyad_actors *ga = dyad_actors_new();
    dyad_score_opts so = {vader_only, 0, -1};
    if (!lex || !ga ||
        dyad_lex_load_builtin(lex, vader_only ? DYAD_LEX_VADER_ONLY : 0,
                              &err) != DYAD_OK ||
        dyad_read_file(argv[argc - 1], &data, &err) != DYAD_OK) {
        fprintf(stderr, "vader_compound: %s\n", err.msg);
        return 66;
    }
    dyad_scorer *sc = dyad_scorer_new(lex, ga, &so, &err);
    dyad_score_ctx *cx = dyad_score_ctx_new();
    char *p = data.data, *end = data.data + data.len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *e = nl ? nl : end;
        char *le = e > p && e[-1] == '\r' ? e - 1 : e;
        char *t1 = memchr(p, '\t', (size_t)(le - p));
        char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(le - t1 - 1)) : NULL;
        if (t2) {
            double c = dyad_score_compound(cx, sc, t2 + 1,
                                           (size_t)(le - t2 - 1));
            printf("%.*s\t%.*s\t%.4f\n", (int)(t1 - p), p, (int)(t2 - t1 - 1),
                   t1 + 1, c);
        }
        p = nl ? nl + 1 : end;
    }
    dyad_score_ctx_free(cx);
    dyad_scorer_free(sc);
    dyad_actors_free(ga);
    dyad_lex_free(lex);
    dyad_buf_free(&data);
    return 0;
}
