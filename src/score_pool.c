/*
 * score_pool.c - scoring on several threads, output in input order (see
 * dyad_score_pool in dyad/score.h).
 *
 * Two batches alternate: while the workers score one, the caller fills
 * the other. When it is full, the caller helps score the previous batch
 * until it is done, gives the full one to the workers, and then hands the
 * previous batch's lines to the callback in order, while the workers
 * score. With N threads there are N - 1 workers and the caller, each with
 * its own score context; articles are taken from a batch with an atomic
 * counter, so the work spreads itself. (The caller used to only wait, and
 * to write while the workers waited: 1.7x on 2 threads; now 1.86x.) With
 * one thread there are no batches (score_now).
 *
 * Memory is bounded by bytes, not only by articles: a batch closes at
 * BATCH articles or once it holds max_bytes of input (BATCH_BYTES by
 * default), so two batches hold at most 2 * (max_bytes + one article).
 * A job's buffers are freed after use when they outgrew JOB_KEEP. A score
 * context's scratch grows to about 25 bytes per input byte of the longest
 * article it scored and is kept (making it anew for each long article
 * costs more in page faults than the scoring), so articles over LARGE
 * bytes are scored one at a time with one context of their own: the
 * threads' contexts hold at most LARGE's scratch, and the long articles'
 * one context at most HUGE's (it is freed after a longer one). Articles
 * under 1 MB then stay under 64 MB of peak RSS on one and two threads
 * (bench/rss, bench/README.md).
 */
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

#include "score_int.h"
#include "util/simd.h"
#include "util/alloc.h"

#define BATCH 256                       /* most articles in a batch */
#define BATCH_BYTES ((size_t)4 << 20)   /* or this many input bytes */
#define JOB_KEEP ((size_t)16 << 10)     /* larger job buffers are freed */
#define LARGE ((size_t)256 << 10)       /* articles scored one at a time */
#define HUGE ((size_t)1 << 20)          /* their scratch is not kept */

typedef struct {
    dyad_article a;     /* strings point into own */
    dyad_buf own;       /* id, title, text */
    dyad_buf line;      /* the article's output line */
    size_t bytes;       /* input bytes held (id, title, text, line) */
    int passthrough;    /* already a `dyad score` line: line is set */
    int rc;
    dyad_err err;
} job_t;

typedef struct {
    job_t jobs[BATCH];
    size_t n;
    size_t bytes;       /* input bytes of its jobs */
} batch_t;

struct dyad_score_pool {
    const dyad_scorer *sc;
    dyad_score_line_fn fn;
    void *arg;
    int nthreads;              /* asked for */
    int started;               /* worker threads running */
    int ncx;                   /* score contexts made */
    pthread_t *threads;
    dyad_score_ctx **cx;
    const char (*keep)[20];    /* pair filter, or NULL */
    size_t nkeep;
    size_t max_articles;       /* a batch closes at this many articles */
    size_t max_bytes;          /* or at this many input bytes */
    pthread_mutex_t large;     /* held while scoring an article over LARGE */
    dyad_score_ctx *large_cx;  /* the context for those, or NULL */
    batch_t batch[2];
    int fill;                  /* batch being filled */
    batch_t *work;             /* batch being scored, or NULL */
    atomic_size_t next;        /* next job of work to take */
    /* changed under mu; atomic so that a thread can look at them before
     * it sleeps (gen_moved, batch_done) */
    atomic_size_t done;        /* jobs of work finished */
    atomic_int active;         /* workers inside the current batch */
    atomic_ulong generation;   /* counts batches handed to the workers */
    int spin;                  /* pauses before a wait: SPIN, or 0 */
    int stop;
    int write_failed;          /* fn failed on a line of score_now */
    pthread_mutex_t mu;
    pthread_cond_t start, finished;
};

/* Scores j with cx, or an article over LARGE bytes with the pool's one
 * context for those (its scratch grows to about 25 bytes per input byte:
 * one such context, not one per thread, holds it), which an article over
 * HUGE bytes leaves freed. */
static void score_job(dyad_score_pool *p, dyad_score_ctx *cx, job_t *j)
{
    if (j->passthrough)
        return;
    dyad_buf_clear(&j->line);
    int large = j->bytes > LARGE;
    if (large) {
        pthread_mutex_lock(&p->large);
        if (!p->large_cx && !(p->large_cx = dyad_score_ctx_new())) {
            pthread_mutex_unlock(&p->large);
            j->rc = dyad_err_set(&j->err, DYAD_ENOMEM, NULL, 0,
                                 "out of memory");
            return;
        }
        cx = p->large_cx;
    }
    j->rc = dyad_score_article(cx, p->sc, &j->a, &j->err);
    if (j->rc == DYAD_OK && p->keep)
        dyad_score_keep_pairs(cx, p->keep, p->nkeep);
    if (j->rc == DYAD_OK && dyad_score_json(cx, &j->line) != DYAD_OK)
        j->rc = dyad_err_set(&j->err, DYAD_ENOMEM, NULL, 0, "out of memory");
    if (large) {
        if (j->bytes > HUGE) {
            dyad_score_ctx_free(p->large_cx);
            p->large_cx = NULL;
        }
        pthread_mutex_unlock(&p->large);
    }
}

/* Waits a little, without sleeping, for what a thread is about to wait
 * for under mu: the worker for the next batch, which the caller launches
 * as soon as the last one is done, and the caller for the worker's last
 * article of a batch. A sleep on a condition and its wake-up, two or three
 * of them a batch, each left a core idle: 1,100 context switches on
 * Reuters-21578 x5 on two threads, 53 to 73 with these pauses; 0.71 ->
 * 0.675 s, 1.79x -> 1.88x one thread's 1.27 s (medians of 12 runs each,
 * interleaved). Gives up after SPIN pauses (tens of microseconds); the
 * waits under mu stay, and decide. No pauses with more threads than
 * cores: a thread that pauses would hold a core that another one needs
 * to finish what it waits for. */
#define SPIN 4096

static inline void pause_once(void)
{
#if DYAD_SSE2
    _mm_pause();
#endif
}

static int gen_moved(dyad_score_pool *p, unsigned long seen)
{
    return atomic_load_explicit(&p->generation, memory_order_relaxed) !=
           seen;
}

static int batch_done(dyad_score_pool *p, size_t n)
{
    return atomic_load_explicit(&p->done, memory_order_relaxed) >= n &&
           atomic_load_explicit(&p->active, memory_order_relaxed) == 0;
}

typedef struct {
    dyad_score_pool *p;
    int id;
} worker_arg;

static void *worker(void *varg)
{
    dyad_score_pool *p = ((worker_arg *)varg)->p;
    int id = ((worker_arg *)varg)->id;
    dyad_free(varg);
    unsigned long seen = 0;
    for (;;) {
        for (int k = 0; k < p->spin && !gen_moved(p, seen); k++)
            pause_once();
        pthread_mutex_lock(&p->mu);
        while (!p->stop && p->generation == seen)
            pthread_cond_wait(&p->start, &p->mu);
        if (p->stop) {
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
        seen = p->generation;
        batch_t *b = p->work;
        if (!b) {
            /* woke after the others had finished and the batch was
             * handed on: nothing left to take */
            pthread_mutex_unlock(&p->mu);
            continue;
        }
        /* counted until it leaves the batch: a batch is refilled only when
         * no worker can still take a job from it */
        p->active++;
        pthread_mutex_unlock(&p->mu);
        size_t mine = 0, i;
        while ((i = atomic_fetch_add(&p->next, 1)) < b->n) {
            score_job(p, p->cx[id], &b->jobs[i]);
            mine++;
        }
        pthread_mutex_lock(&p->mu);
        p->done += mine;
        p->active--;
        if (p->done == b->n && p->active == 0)
            pthread_cond_signal(&p->finished);
        pthread_mutex_unlock(&p->mu);
    }
}

dyad_score_pool *dyad_score_pool_new(const dyad_scorer *sc, int threads,
                                     dyad_score_line_fn fn, void *arg,
                                     dyad_err *err)
{
    dyad_score_pool *p = dyad_calloc(1, sizeof *p);
    if (!p)
        goto nomem;
    p->sc = sc;
    p->fn = fn;
    p->arg = arg;
    p->nthreads = threads < 1 ? 1 : threads;
    p->max_articles = BATCH;
    p->max_bytes = BATCH_BYTES;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    p->spin = cores > 0 && p->nthreads <= cores ? SPIN : 0;
    atomic_init(&p->next, 0);
    pthread_mutex_init(&p->mu, NULL);
    pthread_mutex_init(&p->large, NULL);
    pthread_cond_init(&p->start, NULL);
    pthread_cond_init(&p->finished, NULL);
    p->cx = dyad_calloc((size_t)p->nthreads, sizeof *p->cx);
    p->threads = dyad_calloc((size_t)p->nthreads, sizeof *p->threads);
    if (!p->cx || !p->threads)
        goto nomem;
    for (; p->ncx < p->nthreads; p->ncx++)
        if (!(p->cx[p->ncx] = dyad_score_ctx_new()))
            goto nomem;
    for (int i = 0; p->nthreads > 1 && i < p->nthreads - 1; i++) {
        worker_arg *wa = dyad_malloc(sizeof *wa);
        if (!wa)
            goto nomem;
        wa->p = p;
        wa->id = i;
        if (pthread_create(&p->threads[i], NULL, worker, wa) != 0) {
            dyad_free(wa);
            dyad_score_pool_free(p);
            dyad_err_set(err, DYAD_ENOMEM, NULL, 0,
                         "cannot start scoring threads");
            return NULL;
        }
        p->started++;
    }
    return p;
nomem:
    dyad_score_pool_free(p);
    dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    return NULL;
}

void dyad_score_pool_filter(dyad_score_pool *p, const char (*pairs)[20],
                            size_t n)
{
    p->keep = n ? pairs : NULL;
    p->nkeep = n;
}

void dyad_score_pool_limits(dyad_score_pool *p, size_t max_articles,
                            size_t max_bytes)
{
    p->max_articles = max_articles == 0 || max_articles > BATCH
                          ? BATCH : max_articles;
    p->max_bytes = max_bytes == 0 ? BATCH_BYTES : max_bytes;
}

/* Scores jobs of the batch being scored on the caller's thread until none
 * is left, waits for the workers' last ones, and returns the batch (NULL
 * when none was being scored). */
static batch_t *finish_work(dyad_score_pool *p)
{
    batch_t *b = p->work;
    if (!b)
        return NULL;
    size_t mine = 0, i;
    if (p->started > 0)
        while ((i = atomic_fetch_add(&p->next, 1)) < b->n) {
            score_job(p, p->cx[p->nthreads - 1], &b->jobs[i]);
            mine++;
        }
    if (p->started > 0) {
        pthread_mutex_lock(&p->mu);
        p->done += mine;
        pthread_mutex_unlock(&p->mu);
        mine = 0;
        for (int k = 0; k < p->spin && !batch_done(p, b->n); k++)
            pause_once();
    }
    pthread_mutex_lock(&p->mu);
    p->done += mine;
    while (p->done < b->n || p->active > 0)
        pthread_cond_wait(&p->finished, &p->mu);
    p->work = NULL;
    pthread_mutex_unlock(&p->mu);
    return b;
}

/* Hands the lines of a scored batch on, in order, and empties it; the
 * buffers of an outsized article are given back. */
static int write_out(dyad_score_pool *p, batch_t *b, dyad_err *err)
{
    if (!b)
        return DYAD_OK;
    int rc = DYAD_OK;
    for (size_t i = 0; i < b->n && rc == DYAD_OK; i++) {
        job_t *j = &b->jobs[i];
        if (j->rc != DYAD_OK) {
            if (err)
                *err = j->err;
            rc = j->rc;
        } else if (p->fn(p->arg, &j->a, j->line.data, j->line.len) != 0) {
            rc = dyad_err_set(err, DYAD_EIO, NULL, 0, "cannot write");
        }
    }
    for (size_t i = 0; i < b->n; i++) {
        job_t *j = &b->jobs[i];
        if (j->own.cap > JOB_KEEP)
            dyad_buf_free(&j->own);
        if (j->line.cap > JOB_KEEP)
            dyad_buf_free(&j->line);
    }
    b->n = 0;
    b->bytes = 0;
    return rc;
}

/* Scores the batch being filled: on the workers (and returns at once), or
 * here when there is one thread; the other batch is filled next. */
static void launch(dyad_score_pool *p)
{
    batch_t *b = &p->batch[p->fill];
    if (b->n == 0)
        return;
    if (p->started == 0)
        for (size_t i = 0; i < b->n; i++)
            score_job(p, p->cx[0], &b->jobs[i]);
    pthread_mutex_lock(&p->mu);
    p->work = b;
    p->done = p->started == 0 ? b->n : 0;
    atomic_store(&p->next, 0);
    p->generation++;
    pthread_cond_broadcast(&p->start);
    pthread_mutex_unlock(&p->mu);
    p->fill ^= 1;
}

/* The previous batch finished, the one being filled launched, the
 * previous one's lines written (while the launched one is scored). */
static int turn(dyad_score_pool *p, dyad_err *err)
{
    batch_t *prev = finish_work(p);
    launch(p);
    return write_out(p, prev, err);
}

/* Copies a's strings into j, and for a scored line its output now. */
/* Readies job j for article a: a line scored before is passed through,
 * formatted now while its parse is alive; j->bytes counts what the job
 * holds (id, title, text and line). */
static int job_ready(job_t *j, const dyad_article *a)
{
    j->rc = DYAD_OK;
    j->passthrough = a->scored != NULL;
    if (j->passthrough) {
        dyad_buf_clear(&j->line);
        if (dyad_score_json_scored(a, &j->line) != DYAD_OK)
            return DYAD_ENOMEM;
    }
    j->bytes = strlen(a->id) + strlen(a->title) + 2 + a->text_len +
               j->line.len;
    return DYAD_OK;
}

static int take(job_t *j, const dyad_article *a)
{
    size_t il = strlen(a->id) + 1, tl = strlen(a->title) + 1;
    dyad_buf_clear(&j->own);
    if (dyad_buf_append(&j->own, a->id, il) ||
        dyad_buf_append(&j->own, a->title, tl) ||
        dyad_buf_append(&j->own, a->text, a->text_len))
        return DYAD_ENOMEM;
    j->a = *a;
    j->a.id = j->own.data;
    j->a.title = j->own.data + il;
    j->a.text = j->own.data + il + tl;
    j->a.scored = NULL;   /* the reader's parse is gone by the time we run */
    return job_ready(j, a);
}

/* One thread: a is scored at once, from the reader's buffers, and its
 * line handed on. Without workers a batch only delayed the scoring: each
 * article was copied into a job, 256 of them, and read again when the
 * batch was scored, by then out of the fastest caches. callgrind on
 * 2,000 Reuters-21578 articles: 183.4M -> 181.5M instructions (the
 * copies, and the 512 job buffers grown to their articles). */
static int score_now(dyad_score_pool *p, const dyad_article *a,
                     dyad_err *err)
{
    job_t *j = &p->batch[0].jobs[0];
    j->a = *a;
    if (job_ready(j, a) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, a->src, a->line,
                            "out of memory");
    score_job(p, p->cx[0], j);
    int rc = DYAD_OK;
    if (j->rc != DYAD_OK) {
        if (err)
            *err = j->err;
        rc = j->rc;
    } else if (p->fn(p->arg, &j->a, j->line.data, j->line.len) != 0) {
        rc = dyad_err_set(err, DYAD_EIO, NULL, 0, "cannot write");
        p->write_failed = 1;
    }
    if (j->line.cap > JOB_KEEP)
        dyad_buf_free(&j->line);
    return rc;
}

int dyad_score_pool_submit(dyad_score_pool *p, const dyad_article *a,
                           dyad_err *err)
{
    if (p->started == 0)
        return score_now(p, a, err);
    batch_t *b = &p->batch[p->fill];
    if (take(&b->jobs[b->n], a) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, a->src, a->line,
                            "out of memory");
    b->n++;
    b->bytes += b->jobs[b->n - 1].bytes;
    return b->n < p->max_articles && b->bytes < p->max_bytes
               ? DYAD_OK : turn(p, err);
}

int dyad_score_pool_finish(dyad_score_pool *p, dyad_err *err)
{
    if (p->write_failed)   /* as the lines left in a batch would be */
        return dyad_err_set(err, DYAD_EIO, NULL, 0, "cannot write");
    int rc = turn(p, err);
    return rc ? rc : write_out(p, finish_work(p), err);
}

void dyad_score_pool_free(dyad_score_pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    pthread_cond_broadcast(&p->start);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->started; i++)
        pthread_join(p->threads[i], NULL);
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < BATCH; i++) {
            dyad_buf_free(&p->batch[k].jobs[i].own);
            dyad_buf_free(&p->batch[k].jobs[i].line);
        }
    for (int i = 0; i < p->ncx; i++)
        dyad_score_ctx_free(p->cx[i]);
    dyad_score_ctx_free(p->large_cx);
    dyad_free(p->cx);
    dyad_free(p->threads);
    pthread_mutex_destroy(&p->mu);
    pthread_mutex_destroy(&p->large);
    pthread_cond_destroy(&p->start);
    pthread_cond_destroy(&p->finished);
    dyad_free(p);
}
