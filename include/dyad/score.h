/*
 * dyad/score.h - tone and tension of every country pair an article
 * describes.
 *
 * Per sentence: its actors (dyad/actors.h), its VADER compound (lexicon
 * valences; negation scales by -0.74 within the three preceding tokens;
 * boosters and dampeners +-0.293, fading with distance; ALL-CAPS +-0.733
 * when only some words are in capitals; contrast "but" halves what comes
 * before and multiplies what follows by 1.5; "!" adds 0.292 each up to four,
 * "??"/"???" 0.18 each and four or more 0.96; multi-word terms and idioms;
 * compound = x / sqrt(x^2 + 15)), and its tension hits (dyad's diplomatic
 * lexicon; a hit after a negation within three tokens is weakened and
 * flipped, weight x -0.74, and counts neither as conflict nor cooperation).
 * Every unordered pair of distinct actors in a sentence gets its compound
 * and hits; pairs are named by sorted codes ("CHN-JPN"). With a window of
 * N, each actor of a sentence is also paired with the actors of the N
 * sentences before and after it in the same paragraph, and the sentence
 * counts for that pair with weight 1/2^distance in the means (tone,
 * goldstein); its hits count in full toward the counts.
 *
 * Per article: sentiment = mean sentence compound; GDELT-style tone,
 * positive, negative, polarity per 100 words; per pair: sentences, mean
 * tone, mean Goldstein weight of its hits (0 without hits), counts of
 * conflict, cooperation, threat and act hits, and evidence sentences.
 *
 * Main types: dyad_scorer (immutable model: lexicons, gazetteer, options;
 * shared by threads), dyad_score_ctx (one thread's scratch and last
 * result), dyad_article_score, dyad_pair_score.
 *
 * Ownership: dyad_scorer_new borrows lex and ga, which must outlive it.
 * Results live in the ctx until its next use.
 * Errors: DYAD_ENOMEM, DYAD_EINVAL (text over 4 GiB).
 * Thread-safety: one ctx per thread; a scorer may be shared.
 *
 * Example:
 *     dyad_scorer *sc = dyad_scorer_new(lex, ga, NULL, &err);
 *     dyad_score_ctx *cx = dyad_score_ctx_new();
 *     if (dyad_score_article(cx, sc, &article, &err) == DYAD_OK)
 *         dyad_score_json(cx, &buf);      (one JSON line)
 *     dyad_score_ctx_free(cx);
 *     dyad_scorer_free(sc);
 */
#ifndef DYAD_SCORE_H
#define DYAD_SCORE_H

#include <stddef.h>

#include "dyad/actors.h"
#include "dyad/common.h"
#include "dyad/events.h"
#include "dyad/ingest.h"
#include "dyad/lex.h"

typedef struct dyad_score_opts {
    int vader_only;   /* VADER's own rules: "despite" negates */
    int evidence;     /* evidence sentences per pair; < 0: default (3) */
    int self;         /* actor code index for "we"/"our", or -1 */
    int window;       /* also pair with actors of sentences up to this
                         many before/after in the paragraph (weight
                         1/2^distance); 0: within sentences only */
    int events;       /* 1: the event stage (dyad/events.h) decides which
                         pairs a sentence relates; 0: as before it, every
                         pair of a sentence is related and gets its hits
                         (`--no-events`). NULL opts: 1. */
} dyad_score_opts;

typedef struct dyad_pair_score {
    char pair[20];            /* "CHN-JPN" */
    int a, b;                 /* actor code indices, a's code < b's */
    unsigned sentences;
    double tone;              /* (weighted) mean compound of its sentences */
    double goldstein;         /* (weighted) mean hit weight, 0 without hits */
    unsigned hits;
    unsigned conflict, cooperation, threats, acts;
    unsigned events;          /* weights goldstein is the mean of */
    unsigned comentions;      /* sentences naming both, not linking them */
} dyad_pair_score;

typedef struct dyad_article_score {
    const char *id;
    char date[11];
    size_t words, sentences;
    double sentiment;         /* mean sentence compound */
    double tone, positive, negative, polarity;  /* per 100 words */
    const dyad_pair_score *pairs;               /* sorted by name */
    size_t npairs;
    const char *lexicon;      /* version of lexicons + gazetteer */
} dyad_article_score;

typedef struct dyad_scorer dyad_scorer;
typedef struct dyad_score_ctx dyad_score_ctx;

/* opts may be NULL (defaults). NULL on failure (DYAD_ENOMEM). */
dyad_scorer *dyad_scorer_new(const dyad_lex *lex, const dyad_actors *ga,
                             const dyad_score_opts *opts, dyad_err *err);
void dyad_scorer_free(dyad_scorer *sc);
/* 16 hex digits naming the lexicon set (valence, tension, gazetteer). */
const char *dyad_scorer_version(const dyad_scorer *sc);

dyad_score_ctx *dyad_score_ctx_new(void);
void dyad_score_ctx_free(dyad_score_ctx *cx);

/* Scores one article: its title as the first paragraph, then its text (the
 * title alone when the text is empty). The result stays in cx
 * (dyad_score_result). */
int dyad_score_article(dyad_score_ctx *cx, const dyad_scorer *sc,
                       const dyad_article *a, dyad_err *err);
const dyad_article_score *dyad_score_result(const dyad_score_ctx *cx);
/* The events found in the last article scored (n of them). */
const dyad_event *dyad_score_events(const dyad_score_ctx *cx, size_t *n);
/* Appends the last result as one JSON object and a newline. */
int dyad_score_json(const dyad_score_ctx *cx, dyad_buf *out);
/* Drops from the last result every pair not named in pairs (n names). */
void dyad_score_keep_pairs(dyad_score_ctx *cx, const char (*pairs)[20],
                           size_t n);
/* Appends an article that is already a line of `dyad score` output
 * (a->scored not NULL) as such a line again: scores are not redone. */
int dyad_score_json_scored(const dyad_article *a, dyad_buf *out);
/* Appends the explanation of the last result: a readable text, or
 * (json != 0) one JSON document. It finds, in cx, the tension hits that
 * scoring passed over (sentences without a pair to credit them to). */
int dyad_score_explain(dyad_score_ctx *cx, int json, dyad_buf *out);
/* VADER compound of text taken as one sentence (for parity checks).
 * Returns 0 for a text without tokens; NAN on allocation failure. */
double dyad_score_compound(dyad_score_ctx *cx, const dyad_scorer *sc,
                           const char *text, size_t len);

/* Scoring on several threads with the output kept in input order: the
 * caller submits articles (copied) as it reads them, and receives each
 * article's `dyad score` line, in submission order, through a callback
 * called on the caller's thread. Articles are scored in batches while the
 * caller reads the next batch, so reading, scoring and writing overlap;
 * with one thread each article is scored, not copied, when it is
 * submitted, and its line handed on at once. The lines are the same
 * bytes whatever the thread count and batch limits. Memory is bounded
 * by bytes: a batch closes at 256 articles or 4 MiB of input, and the
 * buffers and scratch an outsized article needed are given back after
 * it (articles under 1 MB: peak RSS under 64 MB). */
typedef struct dyad_score_pool dyad_score_pool;

/* Called in order with each line; returns 0 to go on. */
typedef int (*dyad_score_line_fn)(void *arg, const dyad_article *a,
                                  const char *line, size_t len);

/* threads >= 1 (1: scored on the caller's thread). NULL on failure. */
dyad_score_pool *dyad_score_pool_new(const dyad_scorer *sc, int threads,
                                     dyad_score_line_fn fn, void *arg,
                                     dyad_err *err);
/* Keeps only the n pairs named in pairs ("CHN-JPN") in the lines
 * written; n = 0 keeps all. pairs is borrowed. */
void dyad_score_pool_filter(dyad_score_pool *p, const char (*pairs)[20],
                            size_t n);
/* Closes a batch at max_articles articles (at most 256; 0: 256) or once
 * it holds max_bytes bytes of input (0: 4 MiB), whichever comes first.
 * For tests and tuning: the lines written are the same. Call before the
 * first submit. */
void dyad_score_pool_limits(dyad_score_pool *p, size_t max_articles,
                            size_t max_bytes);
/* Submits an article (copied; a line of `dyad score` output is passed
 * through). May call fn for earlier articles (with one thread, for this
 * one). Returns DYAD_OK, or the
 * first error of scoring or of fn (fn's non-zero as DYAD_EIO). */
int dyad_score_pool_submit(dyad_score_pool *p, const dyad_article *a,
                           dyad_err *err);
/* Scores what is pending and calls fn for it. */
int dyad_score_pool_finish(dyad_score_pool *p, dyad_err *err);
/* Stops the threads and frees; accepts NULL. */
void dyad_score_pool_free(dyad_score_pool *p);

#endif
