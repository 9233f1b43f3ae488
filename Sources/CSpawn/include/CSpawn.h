#ifndef YUMA_CSPAWN_H
#define YUMA_CSPAWN_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` (both NULL-terminated) in a new process group and stores its
/// id in `pid`. The child's standard input, output and error are `in`, `out` and `err`: a descriptor
/// of this process, `YUMA_SPAWN_INHERIT` to keep this process's own, or `YUMA_SPAWN_NULL` for
/// /dev/null. It starts in `directory` (NULL: this process's), and every other descriptor is closed
/// in it. Returns 0, or the error number of the step that failed.
int yuma_spawn(pid_t *pid, const char *path, char *const argv[], char *const envp[], const char *directory,
               int in, int out, int err);

/// A standard stream the child shares with this process.
#define YUMA_SPAWN_INHERIT (-1)
/// A standard stream the child reads from or writes to /dev/null.
#define YUMA_SPAWN_NULL (-2)

#endif
