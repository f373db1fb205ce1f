/* The memory allocator bilateral runs on.
 *
 * bilateral links jemalloc (Debian's libjemalloc-dev; libjemalloc2 at run
 * time): with glibc's malloc, the medium-sized buffers of each item (tokens,
 * records, texts of 1-32 KB) went through its bins and coalescing, about 9%
 * of `bilateral classify`'s CPU samples. The C side also sets jemalloc's
 * options (`malloc_conf`) and says which allocator the process really uses. */
#ifndef CALLOCATOR_H
#define CALLOCATOR_H

#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h>

/* Writes the allocator that serves malloc(3) in this process, for logs, into
 * `buffer` (NUL-terminated, cut to `size`): e.g. "jemalloc 5.3.0-0-g54eaed1d",
 * or, when malloc is not jemalloc's, the file it comes from: "malloc from
 * libc.so.6" (a build without jemalloc, or libc preloaded), the executable's
 * name (a sanitizer's runtime linked into it), a preloaded library. */
void callocator_describe(char *buffer, size_t size);

/* 1 when malloc(3) in this process is jemalloc's, else 0. */
int callocator_is_jemalloc(void);

/* Reads jemalloc's signed option `name` (e.g. "opt.dirty_decay_ms") into
 * `value`: 1 on success, 0 when malloc is not jemalloc's or the name is not
 * a signed option. */
int callocator_signed_option(const char *name, long *value);

#ifdef __cplusplus
}
#endif

#endif
