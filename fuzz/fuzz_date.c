/*
 * fuzz_date - the date forms of dyad/ingest.h on any bytes.
 *
 * The input is parsed as a date string (dyad_date_parse); then every 8
 * bytes are taken as a double, and every 4 and 8 as an integer made a
 * double, for dyad_date_from_number (a JSON number in a record). A date
 * that parses must hold together: its day is the day of its Unix time,
 * its civil fields are that day's, and dyad_date_iso writes ten bytes.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "dyad/ingest.h"

#include "fuzz_util.h"

static void check_date(const dyad_date *d)
{
    FUZZ_CHECK(d->prec >= DYAD_DATE_YEAR && d->prec <= DYAD_DATE_TIME);
    int64_t day = d->unix >= 0 ? d->unix / 86400
                               : -((-d->unix + 86399) / 86400);
    FUZZ_CHECK(day == d->day);
    int y, m, md;
    dyad_civil_from_days(d->day, &y, &m, &md);
    FUZZ_CHECK(y == d->year && m == d->month && md == d->mday);
    FUZZ_CHECK(dyad_days_from_civil(y, m, md) == d->day);
    FUZZ_CHECK(m >= 1 && m <= 12 && md >= 1 && md <= 31);
    char iso[11];
    dyad_date_iso(d->day, iso);
    FUZZ_CHECK(strlen(iso) == 10 && iso[4] == '-' && iso[7] == '-');
}

static void number(double v)
{
    dyad_date d;
    dyad_err err = {0};
    int rc = dyad_date_from_number(v, &d, &err);
    FUZZ_CHECK(rc == DYAD_OK || rc == DYAD_EPARSE);
    if (rc == DYAD_OK) {
        FUZZ_CHECK(isfinite(v) && v == floor(v));
        check_date(&d);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_date d;
    dyad_err err = {0};
    char msg[512];
    int rc = dyad_date_parse((const char *)data, size, &d, &err);
    FUZZ_CHECK(rc == DYAD_OK || rc == DYAD_EPARSE);
    if (rc == DYAD_OK) {
        check_date(&d);
        /* There is no year 0 and no year 10000 in the forms; an offset
         * moves an instant by less than a day. */
        FUZZ_CHECK(d.year >= 0 && d.year <= 10000);
    } else {
        FUZZ_CHECK(err.code == DYAD_EPARSE && err.msg[0]);
        dyad_err_format(&err, msg, sizeof msg);
    }
    /* the bytes as JSON numbers: doubles, seconds and milliseconds */
    for (size_t i = 0; i + 8 <= size; i += 8) {
        double v;
        int64_t k;
        memcpy(&v, data + i, 8);
        memcpy(&k, data + i, 8);
        number(v);
        number((double)k);
    }
    for (size_t i = 0; i + 4 <= size; i += 4) {
        int32_t k;
        memcpy(&k, data + i, 4);
        number((double)k);
        number((double)k * 1000.0);
    }
    return 0;
}
