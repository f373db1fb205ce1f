#define _GNU_SOURCE
#include "callocator.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/types.h>

#if defined(__linux__)
/* jemalloc reads this before its first allocation; MALLOC_CONF in the
 * environment is read after it and wins. Freed pages go back to the system
 * after about a second (dirty_decay_ms) and at once from the muzzy state,
 * instead of after 10 s: an idle daemon does not hold its peak memory. */
const char *malloc_conf = "dirty_decay_ms:1000,muzzy_decay_ms:0";

/* jemalloc's control interface (jemalloc/jemalloc.h is not included: it
 * declares malloc and friends again). Weak: a build without jemalloc links,
 * and says which malloc it has. */
extern int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen) __attribute__((weak));
#endif

/* The shared object (or executable) that defines the malloc this process calls. */
static const char *malloc_owner(void) {
    Dl_info info;
    void *active = dlsym(RTLD_DEFAULT, "malloc");
    if (active == NULL || dladdr(active, &info) == 0 || info.dli_fname == NULL) return "unknown";
    const char *slash = strrchr(info.dli_fname, '/');
    return slash ? slash + 1 : info.dli_fname;
}

int callocator_is_jemalloc(void) {
    return strstr(malloc_owner(), "jemalloc") != NULL;
}

int callocator_signed_option(const char *name, long *value) {
#if defined(__linux__)
    if (mallctl == NULL || value == NULL || !callocator_is_jemalloc()) return 0;
    ssize_t option = 0;
    size_t length = sizeof(option);
    if (mallctl(name, &option, &length, NULL, 0) != 0 || length != sizeof(option)) return 0;
    *value = (long)option;
    return 1;
#else
    (void)name; (void)value;
    return 0;
#endif
}

void callocator_describe(char *buffer, size_t size) {
    if (buffer == NULL || size == 0) return;
#if defined(__linux__)
    if (callocator_is_jemalloc()) {
        const char *version = NULL;
        size_t length = sizeof(version);
        if (mallctl != NULL && mallctl("version", &version, &length, NULL, 0) == 0 && version != NULL) {
            snprintf(buffer, size, "jemalloc %s", version);
        } else {
            snprintf(buffer, size, "jemalloc");
        }
        return;
    }
#endif
    snprintf(buffer, size, "malloc from %s", malloc_owner());
}
