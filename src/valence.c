/*
 * valence.c - VADER's sentence valence (Hutto & Gilbert 2014; rules and
 * constants from the VADER project, MIT licence, as in its JavaScript
 * port vader-sentiment 1.1.3), on dyad's tokens.
 *
 * Where dyad differs from that port, on purpose:
 * - words are compared in lower case: "But", "NOT" and "Never" work like
 *   "but", "not" and "never" (the port only knows the lower-case forms);
 * - tokens lose all leading and trailing punctuation ("(good)", "good...")
 *   where the port strips one mark;
 * - multi-word lexicon terms ("fed up", "can't stand") match;
 * - outside --vader-only mode "despite" is not a negation: in news,
 *   "despite criticism" reports criticism, it does not deny it.
 * bench/README.md measures the agreement that is left.
 */
#include <math.h>
#include <string.h>

#include "score_int.h"

#define B_INCR 0.293
#define B_DECR (-0.293)
#define C_INCR 0.733
#define N_SCALAR (-0.74)

static const char *const boosters_up[] = {
    "absolutely", "amazingly", "awfully", "completely", "considerably",
    "decidedly", "deeply", "effing", "enormously", "entirely", "especially",
    "exceptionally", "extremely", "fabulously", "flipping", "flippin",
    "fricking", "frickin", "frigging", "friggin", "fully", "fucking",
    "greatly", "hella", "highly", "hugely", "incredibly", "intensely",
    "majorly", "more", "most", "particularly", "purely", "quite", "really",
    "remarkably", "so", "substantially", "thoroughly", "totally",
    "tremendously", "uber", "unbelievably", "unusually", "utterly", "very",
    NULL};
static const char *const boosters_down[] = {
    "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less",
    "little", "marginally", "occasionally", "partly", "scarcely", "slightly",
    "somewhat", "sorta", "sortof", "sort-of", NULL};
static const char *const negators[] = {
    "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
    "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't",
    "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt",
    "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't",
    "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope",
    "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt",
    "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh",
    "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't",
    "rarely", "seldom", NULL};

static const struct {
    const char *w[3];
    double v;
} idioms[] = {
    {{"the", "shit", NULL}, 3},       {{"the", "bomb", NULL}, 3},
    {{"bad", "ass", NULL}, 1.5},      {{"yeah", "right", NULL}, -2},
    {{"cut", "the", "mustard"}, 2},   {{"kiss", "of", "death"}, -1.5},
    {{"hand", "to", "mouth"}, -2}};

static int is(dyad_span k, const char *w)
{
    size_t n = strlen(w);
    return k.len == n && memcmp(k.ptr, w, n) == 0;
}

static int in_list(dyad_span k, const char *const *list)
{
    for (; *list; list++)
        if (is(k, *list))
            return 1;
    return 0;
}

int dyad_score__negator(const dyad_scorer *sc, dyad_span k)
{
    if (in_list(k, negators))
        return 1;
    if (sc->opts.vader_only && is(k, "despite"))
        return 1;
    for (size_t i = 0; i + 3 <= k.len; i++)
        if (memcmp(k.ptr + i, "n't", 3) == 0)
            return 1;
    return 0;
}

static double booster(dyad_span k)
{
    if (in_list(k, boosters_up))
        return B_INCR;
    if (in_list(k, boosters_down))
        return B_DECR;
    return 0;
}

static double scalar_inc_dec(dyad_span k, int upper, double v, int cap_diff)
{
    double s = booster(k);
    if (s == 0)
        return 0;
    if (v < 0)
        s = -s;
    if (upper && cap_diff)
        s += v > 0 ? C_INCR : -C_INCR;
    return s;
}

static int so_this(dyad_span k)
{
    return is(k, "so") || is(k, "this");
}

void dyad_score__valence(dyad_score_ctx *cx, size_t s)
{
    const dyad_scorer *sc = cx->sc;
    const dyad_sentence *st = &cx->doc.sent[s];
    const dyad_token *tk = cx->doc.tok + st->tok;
    const dyad_span *k = cx->keys + st->tok;
    vtrace *vt = cx->vt + st->tok;
    size_t n = st->ntok, upper = 0;
    for (size_t i = 0; i < n; i++) {
        memset(&vt[i], 0, sizeof vt[i]);
        upper += (tk[i].flags & DYAD_TOK_UPPER) != 0;
    }
    int cap_diff = upper > 0 && upper < n;
    for (size_t i = 0; i < n; i++) {
        if ((vt[i].rules & VR_IDIOM) || cx->mask[st->tok + i])
            continue;        /* inside an earlier term, or a name */
        if (booster(k[i]) != 0 ||
            (is(k[i], "kind") && i + 1 < n && is(k[i + 1], "of")))
            continue;
        size_t iw = 0;
        for (size_t d = 0; d < sizeof idioms / sizeof idioms[0] && !iw; d++) {
            size_t w = idioms[d].w[2] ? 3 : 2, j = 0;
            while (j < w && i + j < n && is(k[i + j], idioms[d].w[j]))
                j++;
            if (j == w) {
                iw = w;
                vt[i].raw = vt[i].val = idioms[d].v;
            }
        }
        if (iw) {
            vt[i].rules = VR_IDIOM;
            vt[i].width = (unsigned)iw;
            for (size_t j = 1; j < iw; j++)
                vt[i + j].rules = VR_IDIOM;
            continue;
        }
        const dyad_lex_entry *e;
        size_t w = dyad_lex_match(sc->lex, DYAD_LEX_VALENCE, k + i, n - i, &e);
        if (!w)
            continue;
        double v = e->value;
        vt[i].raw = v;
        vt[i].entry = e;
        vt[i].width = (unsigned)w;
        if (w > 1) {
            vt[i].rules |= VR_IDIOM;
            for (size_t j = 1; j < w; j++)
                vt[i + j].rules = VR_IDIOM;
        }
        if ((tk[i].flags & DYAD_TOK_UPPER) && cap_diff) {
            v += v > 0 ? C_INCR : -C_INCR;
            vt[i].rules |= VR_CAPS;
        }
        for (size_t start = 0; start < 3; start++) {
            if (i <= start)
                break;
            size_t j = i - start - 1;
            if (dyad_lex_valence(sc->lex, k[j].ptr, k[j].len))
                continue;
            double b = scalar_inc_dec(k[j], (tk[j].flags & DYAD_TOK_UPPER) != 0,
                                      v, cap_diff);
            if (start == 1)
                b *= 0.95;
            else if (start == 2)
                b *= 0.9;
            if (b != 0) {
                v += b;
                vt[i].boost += b;
                vt[i].rules |= VR_BOOSTED;
            }
            if (start == 0) {
                if (dyad_score__negator(sc, k[i - 1])) {
                    v *= N_SCALAR;
                    vt[i].rules |= VR_NEGATED;
                }
            } else if (start == 1) {
                if (is(k[i - 2], "never") && so_this(k[i - 1])) {
                    v *= 1.5;
                    vt[i].rules |= VR_NEVER_SO;
                } else if (dyad_score__negator(sc, k[i - 2])) {
                    v *= N_SCALAR;
                    vt[i].rules |= VR_NEGATED;
                }
            } else {
                if ((is(k[i - 3], "never") && so_this(k[i - 2])) ||
                    so_this(k[i - 1])) {
                    v *= 1.25;
                    vt[i].rules |= VR_NEVER_SO;
                } else if (dyad_score__negator(sc, k[i - 3])) {
                    v *= N_SCALAR;
                    vt[i].rules |= VR_NEGATED;
                }
            }
        }
        if (i > 0 && is(k[i - 1], "least") &&
            !dyad_lex_valence(sc->lex, "least", 5) &&
            !(i > 1 && (is(k[i - 2], "at") || is(k[i - 2], "very")))) {
            v *= N_SCALAR;
            vt[i].rules |= VR_LEAST;
        }
        vt[i].val = v;
    }
    size_t but = n;
    for (size_t i = 0; i < n && but == n; i++)
        if (is(k[i], "but"))
            but = i;
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        if (but < n && vt[i].val != 0 && i != but) {
            vt[i].val *= i < but ? 0.5 : 1.5;
            vt[i].rules |= i < but ? VR_BUT_BEFORE : VR_BUT_AFTER;
        }
        sum += vt[i].val;
    }
    double amp = (st->excl > 4 ? 4 : st->excl) * 0.292;
    if (st->quest > 1)
        amp += st->quest <= 3 ? st->quest * 0.18 : 0.96;
    sent_info *si = &cx->si[s];
    si->sum = sum;
    si->emph = 0;
    if (sum > 0) {
        sum += amp;
        si->emph = amp;
    } else if (sum < 0) {
        sum -= amp;
        si->emph = -amp;
    }
    double c = sum / sqrt(sum * sum + 15);
    si->compound = c < -1 ? -1 : c > 1 ? 1 : c;
}
