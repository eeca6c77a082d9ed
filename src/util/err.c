#include "dyad/common.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int dyad_err_set(dyad_err *err, int code, const char *src, unsigned long line,
                 const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    err->line = line;
    err->col = 0;
    snprintf(err->src, sizeof err->src, "%s", src ? src : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return code;
}

const char *dyad_err_format(const dyad_err *err, char *out, size_t n)
{
    if (!err->src[0])
        snprintf(out, n, "%s", err->msg);
    else if (!err->line)
        snprintf(out, n, "%s: %s", err->src, err->msg);
    else if (!err->col)
        snprintf(out, n, "%s:%lu: %s", err->src, err->line, err->msg);
    else
        snprintf(out, n, "%s:%lu:%lu: %s", err->src, err->line, err->col,
                 err->msg);
    return out;
}

const char *dyad_strerror(int code)
{
    switch (code) {
    case DYAD_OK: return "success";
    case DYAD_ENOMEM: return "out of memory";
    case DYAD_EIO: return "input/output error";
    case DYAD_EPARSE: return "malformed input";
    case DYAD_EINVAL: return "invalid argument";
    case DYAD_EDB: return "database error";
    case DYAD_EMATH: return "numerical error";
    case DYAD_EEXTERNAL: return "external program failed";
    case DYAD_ENOENT: return "no such file";
    case DYAD_EBUSY: return "busy";
    default: return "unknown error";
    }
}
