/*
 * fuzz_csv - the CSV column reader (dyad_csv_read_column, dyad/export.h),
 * the number parser behind it, and the CSV text writer, on any bytes.
 *
 * The input goes to a temp file and column "v" is read with the time
 * labels of column "t", then again with row numbers for labels. What is
 * read must hold together: finite values, a label for each, line numbers
 * that grow. The input is also given whole to dyad_parse_number and
 * written as one CSV text field, which must read back as itself (after
 * the formula guard's quote) when it holds no NUL.
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "dyad/export.h"

#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void read_column(const char *path, const char *time_column)
{
    dyad_csv_column c;
    dyad_err err = {0};
    int rc = dyad_csv_read_column(path, "v", time_column, &c, &err);
    FUZZ_CHECK(rc == DYAD_OK || rc == DYAD_EPARSE || rc == DYAD_EINVAL);
    if (rc != DYAD_OK) {
        char msg[600];
        dyad_err_format(&err, msg, sizeof msg);
        FUZZ_CHECK(c.n == 0 && !c.v && !c.label && !c.line);
        return;
    }
    for (size_t i = 0; i < c.n; i++) {
        FUZZ_CHECK(isfinite(c.v[i]));
        FUZZ_CHECK(c.label[i]);
        FUZZ_CHECK(c.line[i] >= 2);
        if (i)
            FUZZ_CHECK(c.line[i] > c.line[i - 1]);
    }
    dyad_csv_column_free(&c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[PATH_MAX];
    if (fuzz_tmpfile(data, size, path, sizeof path) != 0)
        return 0;
    read_column(path, "t");
    read_column(path, NULL);
    unlink(path);

    double v;
    if (dyad_parse_number((const char *)data, size, &v) == 0)
        FUZZ_CHECK(isfinite(v));
    dyad_buf b = {0};
    FUZZ_CHECK(dyad_buf_puts(&b, "t,v\r\n") == DYAD_OK);
    size_t head = b.len;
    FUZZ_CHECK(dyad_csv_text(&b, (const char *)data, size) == DYAD_OK);
    FUZZ_CHECK(b.len - head >= size);
    if (size && !memchr(data, '\0', size)) {
        int guard = strchr("=+-@\t\r", data[0]) != NULL;
        FUZZ_CHECK(dyad_buf_puts(&b, ",1\r\n") == DYAD_OK);
        if (fuzz_tmpfile((const uint8_t *)b.data, b.len, path,
                         sizeof path) == 0) {
            dyad_csv_column c;
            dyad_err err = {0};
            int rc = dyad_csv_read_column(path, "v", "t", &c, &err);
            unlink(path);
            FUZZ_CHECK(rc == DYAD_OK && c.n == 1);
            FUZZ_CHECK(strlen(c.label[0]) == size + (size_t)guard);
            FUZZ_CHECK(!guard || c.label[0][0] == '\'');
            FUZZ_CHECK(memcmp(c.label[0] + guard, data, size) == 0);
            dyad_csv_column_free(&c);
        }
    }
    dyad_buf_free(&b);
    return 0;
}
