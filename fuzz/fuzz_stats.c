/*
 * fuzz_stats - the change point search (dyad_stats_changepoints and
 * dyad_stats_episodes, src/stats_cp.c) on any numbers, as `dyad shifts
 * --input` hands it a column of a user's file.
 *
 * Byte 0 picks the options: bit 0 the bend search, bit 1 no season, bit
 * 2 outliers kept, bit 3 slopes kept, bit 4 binary segmentation, bit 5
 * white noise, bits 6-7 the cost (mean, meanvar, poisson, mean). Byte 1:
 * bits 0-1 the penalty (mbic, bic, aic, 3), bits 2-3 the minimum segment
 * less 1, bit 4 alpha 0 (every change kept), bit 5 the values as doubles
 * (8 bytes each, the non-finite dropped) rather than 16-bit integers over
 * 64, bit 6 weights (every third value's weight from the next byte). The
 * rest are the values, at most 600. Shifts must lie inside the series in
 * order, their segments add up to it, their p-values in [0, 1] (or NaN),
 * trend only from the bend search of the mean cost, and episodes lie
 * inside the series with start <= peak <= end.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad/stats.h"

#include "fuzz_util.h"

enum { MAX_VALUES = 600 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    uint8_t a = data[0], b = data[1];
    static const int costs[4] = {DYAD_COST_MEAN, DYAD_COST_MEANVAR,
                                 DYAD_COST_POISSON, DYAD_COST_MEAN};
    dyad_stats_cp_opts o = {0};
    o.bends = a & 1 ? DYAD_BENDS_FIND : DYAD_BENDS_OFF;
    o.season = a & 2 ? DYAD_SEASON_OFF : DYAD_SEASON_AUTO;
    o.outliers = a & 4 ? DYAD_OUTLIERS_KEEP : DYAD_OUTLIERS_CLIP;
    o.slopes = a & 8 ? DYAD_SLOPES_KEEP : DYAD_SLOPES_MERGE;
    o.method = a & 16 ? DYAD_CP_BINSEG : DYAD_CP_PELT;
    o.noise = a & 32 ? DYAD_NOISE_WHITE : DYAD_NOISE_AR1;
    o.cost = costs[a >> 6];
    static const int pens[4] = {DYAD_PEN_MBIC, DYAD_PEN_BIC, DYAD_PEN_AIC,
                                DYAD_PEN_VALUE};
    o.penalty = pens[b & 3];
    o.penalty_value = 3;
    o.min_size = (size_t)((b >> 2) & 3) + 1;
    o.alpha = b & 16 ? 0 : 0.05;
    int doubles = b & 32, weights = b & 64;
    double y[MAX_VALUES], w[MAX_VALUES];
    size_t n = 0;
    for (size_t i = 2; n < MAX_VALUES;) {
        double v;
        if (doubles) {
            if (i + 8 > size)
                break;
            memcpy(&v, data + i, 8);
            i += 8;
            if (!isfinite(v) || fabs(v) > 1e150)
                continue;
        } else {
            if (i + 2 > size)
                break;
            v = (double)(int16_t)(data[i] | data[i + 1] << 8) / 64;
            i += 2;
        }
        if (o.cost == DYAD_COST_POISSON)
            v = floor(fabs(v));   /* counts */
        w[n] = weights && n % 3 == 0 && i < size ? 1 + data[i] % 8 : 1;
        y[n++] = v;
    }
    if (n == 0)
        return 0;
    dyad_stats_shift *sh = NULL;
    size_t k = 0;
    dyad_err err = {0};
    int rc = dyad_stats_changepoints(y, weights ? w : NULL, n, &o, &sh, &k,
                                     NULL, &err);
    FUZZ_CHECK(rc == DYAD_OK || rc == DYAD_EINVAL);
    if (rc == DYAD_OK) {
        size_t last = 0, covered = 0;
        for (size_t j = 0; j < k; j++) {
            FUZZ_CHECK(sh[j].index > last && sh[j].index < n);
            FUZZ_CHECK(sh[j].n_before == sh[j].index - last);
            covered += sh[j].n_before;
            last = sh[j].index;
            FUZZ_CHECK(isnan(sh[j].p_value) ||
                       (sh[j].p_value >= 0 && sh[j].p_value <= 1));
            FUZZ_CHECK(!sh[j].trend || (o.bends == DYAD_BENDS_FIND &&
                                        o.cost == DYAD_COST_MEAN));
        }
        if (k > 0)
            FUZZ_CHECK(covered + sh[k - 1].n_after == n);
    }
    dyad_free(sh);
    dyad_stats_episode *ep = NULL;
    size_t ne = 0;
    rc = dyad_stats_episodes(y, weights ? w : NULL, n, &o, &ep, &ne, &err);
    FUZZ_CHECK(rc == DYAD_OK || rc == DYAD_EINVAL);
    for (size_t j = 0; rc == DYAD_OK && j < ne; j++)
        FUZZ_CHECK(ep[j].start <= ep[j].peak && ep[j].peak <= ep[j].end &&
                   ep[j].end < n);
    dyad_free(ep);
    return 0;
}
