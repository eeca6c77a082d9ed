/*
 * gen_corpus - a deterministic, seeded generator of news-like JSON Lines
 * for tests and benchmarks.
 *
 *   gen_corpus [-n ARTICLES] [-s SEED] [--from YYYY-MM-DD] [--days N]
 *              [--drop A:B:YYYY-MM-DD]
 *
 * Articles have 4 to 14 sentences of realistic length naming one to four
 * countries (names, demonyms, capitals), cooperation and conflict phrases,
 * quotes, numbers and some non-ASCII; dates are spread over --days days
 * from --from. --drop A:B:DATE makes the pair A-B (country names as in
 * the table below, e.g. Japan:China) mostly cooperative before DATE and
 * mostly in conflict from DATE on, for change-point tests. The same
 * arguments always give the same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state = 88172645463325252ULL;

static uint32_t rnd(uint32_t n)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state % n);
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const char *const names[][3] = {
    {"Japan", "Japanese", "Tokyo"},        {"China", "Chinese", "Beijing"},
    {"the United States", "American", "Washington"},
    {"Russia", "Russian", "Moscow"},       {"Germany", "German", "Berlin"},
    {"France", "French", "Paris"},         {"India", "Indian", "New Delhi"},
    {"Brazil", "Brazilian", "Brasília"},   {"South Korea", "South Korean",
                                            "Seoul"},
    {"Türkiye", "Turkish", "Ankara"},      {"Mexico", "Mexican",
                                            "Mexico City"},
    {"Ukraine", "Ukrainian", "Kyiv"},      {"Iran", "Iranian", "Tehran"},
    {"Israel", "Israeli", "Jerusalem"},    {"Canada", "Canadian", "Ottawa"},
    {"Australia", "Australian", "Canberra"}};
static const char *const coop[] = {
    "signed a trade agreement with", "agreed to deepen cooperation with",
    "held talks with", "welcomed the visit of officials from",
    "pledged aid to", "reaffirmed its alliance with",
    "praised the ceasefire agreed with", "lifted sanctions on"};
static const char *const conflict[] = {
    "imposed sanctions on", "expelled diplomats from", "condemned",
    "threatened retaliation against", "accused", "summoned the ambassador of",
    "blocked exports to", "warned of a military response to"};
static const char *const filler[] = {
    "Officials said the talks would continue next week.",
    "Markets reacted calmly, with the index up 0.4% by midday.",
    "The statement did not give further details.",
    "Analysts said the move reflected domestic pressure ahead of elections.",
    "“We remain open to dialogue,” a spokesperson said on Tuesday.",
    "The ministry published the figures, which showed a 3.5% rise.",
    "Reporters were not allowed to ask questions at the briefing.",
    "The weather delayed the arrival of the delegation by two hours."};

static void sentence(char *out, size_t n, int a, int b, int tone)
{
    const char *verb = tone > 0 ? coop[rnd(N(coop))]
                                : conflict[rnd(N(conflict))];
    int fa = (int)rnd(3), fb = (int)rnd(2) ? 0 : 2;
    if (fa == 1)
        snprintf(out, n, "%s officials %s %s.", names[a][1], verb,
                 names[b][fb]);
    else
        snprintf(out, n, "%s %s %s.", names[a][fa], verb, names[b][fb]);
    out[0] = (char)(out[0] >= 'a' && out[0] <= 'z' ? out[0] - 32 : out[0]);
}

static long days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil(long z, long *y, long *m, long *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

static int country(const char *s)
{
    for (size_t i = 0; i < N(names); i++)
        if (strcmp(names[i][0], s) == 0 ||
            (strncmp(names[i][0], "the ", 4) == 0 &&
             strcmp(names[i][0] + 4, s) == 0))
            return (int)i;
    return -1;
}

int main(int argc, char **argv)
{
    long n = 1000, days = 365, y = 2024, m = 1, d = 1;
    long drop_day = -1;
    int da = -1, db = -1;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            n = atol(argv[++i]);
        else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc)
            state ^= strtoull(argv[++i], NULL, 10) * 0x9e3779b97f4a7c15ULL;
        else if (strcmp(argv[i], "--from") == 0 && i + 1 < argc)
            sscanf(argv[++i], "%ld-%ld-%ld", &y, &m, &d);
        else if (strcmp(argv[i], "--days") == 0 && i + 1 < argc)
            days = atol(argv[++i]);
        else if (strcmp(argv[i], "--drop") == 0 && i + 1 < argc) {
            char a[64], b[64];
            long dy, dm, dd;
            if (sscanf(argv[++i], "%63[^:]:%63[^:]:%ld-%ld-%ld", a, b, &dy,
                       &dm, &dd) != 5 ||
                (da = country(a)) < 0 || (db = country(b)) < 0) {
                fprintf(stderr, "gen_corpus: bad --drop\n");
                return 64;
            }
            drop_day = days_from_civil(dy, dm, dd);
        } else {
            fprintf(stderr, "usage: gen_corpus [-n N] [-s SEED] [--from DATE] "
                            "[--days N] [--drop A:B:DATE]\n");
            return 64;
        }
    }
    if (days < 1)
        days = 1;
    long start = days_from_civil(y, m, d);
    char s[512];
    for (long k = 0; k < n; k++) {
        long day = start + (long)(k * days / (n ? n : 1));
        long yy, mm, dd;
        civil(day, &yy, &mm, &dd);
        int ns = 4 + (int)rnd(11);
        printf("{\"id\":\"gen-%ld\",\"date\":\"%04ld-%02ld-%02ld\","
               "\"title\":\"Report %ld\",\"text\":\"",
               k, yy, mm, dd, k);
        int forced = da >= 0 && rnd(2) == 0;
        for (int j = 0; j < ns; j++) {
            int a = (int)rnd(N(names)), b = (int)rnd(N(names));
            int tone = rnd(2) ? 1 : -1;
            if (forced && j == 0) {
                a = da;
                b = db;
                tone = day < drop_day ? (rnd(10) < 8 ? 1 : -1)
                                      : (rnd(10) < 8 ? -1 : 1);
            }
            if (a == b || rnd(3) == 0)
                snprintf(s, sizeof s, "%s", filler[rnd(N(filler))]);
            else
                sentence(s, sizeof s, a, b, tone);
            /* JSON: the fillers' curly quotes are UTF-8; escape '"' */
            for (const char *p = s; *p; p++) {
                if (*p == '"' || *p == '\\')
                    putchar('\\');
                putchar(*p);
            }
            if (j + 1 == ns)
                putchar('"');
            else if (rnd(5) == 0)
                fputs("\\n\\n", stdout);   /* a new paragraph */
            else
                putchar(' ');
        }
        printf("}\n");
    }
    return 0;
}
