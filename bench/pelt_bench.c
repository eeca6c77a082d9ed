/*
 * pelt_bench - times PELT (dyad_stats_changepoints) on seeded random
 * series and prints a Markdown table.
 *
 *   pelt_bench [-r RUNS]
 *
 * Series: n = 1e3, 1e4, 1e5 standard normal values whose mean jumps by
 * 1 to 3 SD (random sign) at each true change; the changes are either 5
 * ("few": segments grow with n, PELT's worst typical case, as a candidate
 * survives pruning until the next change) or one per 500 values on
 * average ("dense": segments of constant length, where PELT is linear).
 * Change positions are uniform, at least 20 values apart. The count
 * costs (poisson, binomial) run on counts out of 100 per value drawn at
 * the rate 0.05 exp(0.4 mu) (capped at 0.9) of the same mean path mu;
 * they prune by PELT's rule only, so the long series with few changes
 * are left out for them. Default options (MBIC, AR(1) noise or the
 * estimated dispersion, min size 1, 2 for meanvar). The table gives the
 * median and the minimum wall time of RUNS runs (default 5) and the
 * changes found. Optimal partitioning (no pruning) is timed once for
 * n <= 1e4 as the reference.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>

#include "dyad/stats.h"
#include "util/alloc.h"

static uint64_t rng = 0x243F6A8885A308D3ULL;

static double unif(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return ((double)(rng >> 11) + 0.5) / 9007199254740992.0;
}

static double gauss(void)
{
    return sqrt(-2 * log(unif())) * cos(6.283185307179586 * unif());
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

static int cmp_dbl(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* n values with k changes at least 20 apart; counts c out of t = 100
 * at a rate that follows the same mean path */
static void make_series(double *y, double *cnt, double *tot, size_t n,
                        size_t k)
{
    size_t *c = malloc((k + 1) * sizeof *c);
    for (;;) {
        for (size_t i = 0; i < k; i++)
            c[i] = 20 + (size_t)(unif() * (double)(n - 40));
        qsort(c, k, sizeof *c, cmp_size);
        size_t i = 1;
        while (i < k && c[i] - c[i - 1] >= 20)
            i++;
        if (i >= k)
            break;
    }
    c[k] = n;
    double mu = 0;
    for (size_t i = 0, j = 0; i < n; i++) {
        if (j < k && i == c[j]) {
            mu += (unif() < 0.5 ? -1 : 1) * (1 + 2 * unif());
            j++;
        }
        y[i] = mu + gauss();
        double r = 0.05 * exp(0.4 * mu);
        if (r > 0.9)
            r = 0.9;
        tot[i] = 100;
        cnt[i] = 0;
        for (int a = 0; a < 100; a++)
            cnt[i] += unif() < r;
    }
    free(c);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Times one call; returns seconds, sets *found. */
static double run(const double *y, const double *w, size_t n, int cost,
                  int op, size_t *found)
{
    dyad_stats_cp_opts o = {0};
    o.cost = cost;
    dyad_stats_shift *sh = NULL;
    dyad_err err = {0};
    double t0 = now();
    int rc = op ? dyad_stats_optimal_partition(y, w, n, &o, &sh, found,
                                               NULL, &err)
                : dyad_stats_changepoints(y, w, n, &o, &sh, found, NULL,
                                          &err);
    double t = now() - t0;
    if (rc != DYAD_OK) {
        fprintf(stderr, "pelt_bench: %s\n", err.msg);
        exit(1);
    }
    dyad_free(sh);
    return t;
}

int main(int argc, char **argv)
{
    int runs = 5;
    if (argc == 3 && strcmp(argv[1], "-r") == 0)
        runs = atoi(argv[2]);
    if (runs < 1 || runs > 100 || (argc != 1 && argc != 3)) {
        fprintf(stderr, "usage: pelt_bench [-r RUNS]\n");
        return 64;
    }
    static const size_t sizes[] = {1000, 10000, 100000};
    double *y = malloc(100000 * sizeof *y);
    double *cnt = malloc(100000 * sizeof *cnt);
    double *tot = malloc(100000 * sizeof *tot);
    double *t = malloc((size_t)runs * sizeof *t);
    if (!y || !cnt || !tot || !t)
        return 1;
    printf("| n | true changes | cost | found | PELT median ms | PELT min ms "
           "| OP ms (no pruning) |\n");
    printf("| ---: | ---: | --- | ---: | ---: | ---: | ---: |\n");
    for (int dense = 0; dense < 2; dense++)
        for (size_t si = 0; si < 3; si++) {
            size_t n = sizes[si], k = dense ? n / 500 : 5;
            make_series(y, cnt, tot, n, k);
            for (int cost = 0; cost < 4; cost++) {
                int counts = cost == DYAD_COST_POISSON ||
                             cost == DYAD_COST_BINOMIAL;
                if (counts && !dense && n > 10000)
                    continue;
                const double *yv = counts ? cnt : y;
                const double *wv = counts ? tot : NULL;
                size_t found = 0;
                for (int r = 0; r < runs; r++)
                    t[r] = run(yv, wv, n, cost, 0, &found);
                qsort(t, (size_t)runs, sizeof *t, cmp_dbl);
                char opms[32] = "-";
                if (n <= 10000) {
                    size_t f2;
                    snprintf(opms, sizeof opms, "%.1f",
                             1e3 * run(yv, wv, n, cost, 1, &f2));
                    if (f2 != found) {
                        fprintf(stderr, "pelt_bench: PELT found %zu, OP "
                                "%zu\n", found, f2);
                        return 1;
                    }
                }
                printf("| %zu | %zu (%s) | %s | %zu | %.2f | %.2f | %s |\n",
                       n, k, dense ? "dense" : "few",
                       dyad_stats_cp_cost_name(cost), found,
                       1e3 * t[runs / 2], 1e3 * t[0], opms);
                fflush(stdout);
            }
        }
    free(y);
    free(cnt);
    free(tot);
    free(t);
    return 0;
}
