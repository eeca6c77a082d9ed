#include "util/fs.h"
#include "util/alloc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct dyad_atomic {
    FILE *f;
    char *path;
    char *tmp;
};

dyad_atomic *dyad_atomic_open(const char *path, dyad_err *err)
{
    dyad_atomic *a = dyad_calloc(1, sizeof *a);
    size_t n = strlen(path);
    if (!a)
        goto nomem;
    a->path = dyad_strdup(path);
    a->tmp = dyad_malloc(n + 16);
    if (!a->path || !a->tmp)
        goto nomem;
    memcpy(a->tmp, path, n);
    memcpy(a->tmp + n, ".tmp.XXXXXX", 12);
    int fd = mkstemp(a->tmp);
    if (fd < 0) {
        dyad_err_set(err, DYAD_EIO, path, 0, "cannot create file: %s",
                     strerror(errno));
        goto fail;
    }
    /* mkstemp makes 0600; outputs are meant to be read by others too. */
    mode_t um = umask(0);
    umask(um);
    fchmod(fd, 0666 & ~um);
    a->f = fdopen(fd, "wb");
    if (!a->f) {
        dyad_err_set(err, DYAD_EIO, path, 0, "cannot open file: %s",
                     strerror(errno));
        close(fd);
        unlink(a->tmp);
        goto fail;
    }
    return a;
nomem:
    dyad_err_set(err, DYAD_ENOMEM, path, 0, "out of memory");
fail:
    if (a) {
        dyad_free(a->path);
        dyad_free(a->tmp);
        dyad_free(a);
    }
    return NULL;
}

FILE *dyad_atomic_file(dyad_atomic *a)
{
    return a->f;
}

static void sync_dir(const char *path)
{
    char *dir = dyad_strdup(path);
    if (!dir)
        return;
    char *slash = strrchr(dir, '/');
    const char *d = ".";
    if (slash) {
        slash[slash == dir ? 1 : 0] = '\0';
        d = dir;
    }
    int fd = open(d, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    dyad_free(dir);
}

static void atomic_free(dyad_atomic *a)
{
    dyad_free(a->path);
    dyad_free(a->tmp);
    dyad_free(a);
}

int dyad_atomic_commit(dyad_atomic *a, dyad_err *err)
{
    int rc = DYAD_OK;
    int bad = ferror(a->f) || fflush(a->f) != 0 || fsync(fileno(a->f)) != 0;
    int e = errno;
    if (fclose(a->f) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    if (bad) {
        rc = dyad_err_set(err, DYAD_EIO, a->path, 0, "cannot write file: %s",
                          strerror(e));
        unlink(a->tmp);
    } else if (rename(a->tmp, a->path) != 0) {
        rc = dyad_err_set(err, DYAD_EIO, a->path, 0, "cannot replace file: %s",
                          strerror(errno));
        unlink(a->tmp);
    } else {
        sync_dir(a->path);
    }
    atomic_free(a);
    return rc;
}

void dyad_atomic_abort(dyad_atomic *a)
{
    if (!a)
        return;
    fclose(a->f);
    unlink(a->tmp);
    atomic_free(a);
}

int dyad_read_file(const char *path, dyad_buf *out, dyad_err *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return dyad_err_set(err, errno == ENOENT ? DYAD_ENOENT : DYAD_EIO, path,
                            0, "cannot open: %s", strerror(errno));
    char chunk[65536];
    size_t n;
    int rc = DYAD_OK;
    dyad_buf_clear(out);
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (dyad_buf_append(out, chunk, n) != DYAD_OK) {
            rc = dyad_err_set(err, DYAD_ENOMEM, path, 0, "out of memory");
            break;
        }
    }
    if (rc == DYAD_OK && ferror(f))
        rc = dyad_err_set(err, DYAD_EIO, path, 0, "read error: %s",
                          strerror(errno));
    fclose(f);
    if (rc == DYAD_OK && !out->data)
        rc = dyad_buf_reserve(out, 0);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int dyad_each_file(const char *dir, const char *suffix, dyad_file_fn fn,
                   void *ctx, dyad_err *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return dyad_err_set(err, errno == ENOENT ? DYAD_ENOENT : DYAD_EIO, dir,
                            0, "cannot open directory: %s", strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0, sl = strlen(suffix), dl = strlen(dir);
    int rc = DYAD_OK;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l <= sl || strcmp(de->d_name + l - sl, suffix) != 0 ||
            de->d_name[0] == '.')
            continue;
        if (dyad_grow(&names, &cap, n + 1, sizeof *names) < 0 ||
            !(names[n] = dyad_malloc(dl + l + 2))) {
            rc = dyad_err_set(err, DYAD_ENOMEM, dir, 0, "out of memory");
            break;
        }
        memcpy(names[n], dir, dl);
        names[n][dl] = '/';
        memcpy(names[n] + dl + 1, de->d_name, l + 1);
        n++;
    }
    closedir(d);
    if (rc == DYAD_OK)
        qsort(names, n, sizeof *names, cmp_str);
    dyad_buf data = {0};
    for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
        rc = dyad_read_file(names[i], &data, err);
        if (rc == DYAD_OK)
            rc = fn(ctx, names[i], data.data, data.len, err);
    }
    dyad_buf_free(&data);
    for (size_t i = 0; i < n; i++)
        dyad_free(names[i]);
    dyad_free(names);
    return rc;
}
