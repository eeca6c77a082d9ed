/*
 * unit.h - what every unit test file shares: the headers cmocka needs,
 * a float comparison, and temporary input files.
 *
 * Include it after the module's own header, so that each test proves that
 * header compiles on its own.
 */
#ifndef DYAD_TEST_UNIT_H
#define DYAD_TEST_UNIT_H

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

/* |a - b| <= eps, printing both values when not. */
#define assert_near(a, b, eps)                                              \
    do {                                                                    \
        double a_ = (a), b_ = (b);                                          \
        if (!(fabs(a_ - b_) <= (eps)))                                      \
            fail_msg("%s = %.6f, expected %.6f (+- %g)", #a, a_, b_,        \
                     (double)(eps));                                        \
    } while (0)

/* Writes len bytes to a new file /tmp/dyad-unit-XXXXXX and stores its name
 * in path (at least 32 bytes). The caller unlinks it. */
static inline void unit_temp_file(const void *data, size_t len, char *path)
{
    strcpy(path, "/tmp/dyad-unit-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *p = data;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        assert_true(n > 0);
        p += n;
        len -= (size_t)n;
    }
    assert_int_equal(close(fd), 0);
}

static inline void unit_temp_str(const char *s, char *path)
{
    unit_temp_file(s, strlen(s), path);
}

#endif
