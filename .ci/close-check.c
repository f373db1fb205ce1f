/*
 * close-check: an LD_PRELOAD shim that reports every close(2) of a
 * descriptor that is not open (EBADF) in a bilateral process (the test
 * runner, or a daemon a CLI test starts), with a backtrace.
 *
 * Why: closing a descriptor twice is harmless only when nothing reused its
 * number in between. In a process with many threads the number is often
 * reused at once, and the second close then shuts another thread's file:
 * an SQLite connection fails with "disk I/O error (SQLite code 3850)" and
 * a run fails once in many. The EBADF of a second close shows the bug on
 * every run, also when the number was not reused.
 *
 * Used by .ci/run around the test step:
 *   clang -shared -fPIC -O1 .ci/close-check.c -o close-check.so
 *   LD_PRELOAD=$PWD/close-check.so BILATERAL_CLOSE_CHECK_LOG=/tmp/log swift test
 * The step fails when the log is not empty. Processes whose name does not
 * start with "bilateral" (swift-build, the compiler, systemd-analyze...) are
 * not checked; close(-1) is not reported.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char *program_invocation_short_name;
static int (*real_close)(int);

static int checked(void) {
    return strncmp(program_invocation_short_name, "bilateral", 9) == 0;
}

static void report(int fd) {
    const char *path = getenv("BILATERAL_CLOSE_CHECK_LOG");
    int out = path ? open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644) : -1;
    int to = out >= 0 ? out : 2;
    char line[256];
    int n = snprintf(line, sizeof line, "close-check: %s (pid %d) closed descriptor %d, which was not open:\n",
                     program_invocation_short_name, (int)getpid(), fd);
    if (n > 0) (void)!write(to, line, (size_t)n);
    void *frames[48];
    int count = backtrace(frames, 48);
    backtrace_symbols_fd(frames, count, to);
    if (out >= 0) real_close(out);
}

int close(int fd) {
    if (!real_close) real_close = (int (*)(int))dlsym(RTLD_NEXT, "close");
    int rc = real_close(fd);
    if (rc < 0 && errno == EBADF && fd >= 0 && checked()) {
        int saved = errno;
        report(fd);
        errno = saved;
    }
    return rc;
}
