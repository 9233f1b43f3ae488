#define _GNU_SOURCE
#include "CSpawn.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>

/// Makes `target` the child's copy of `source` (or of /dev/null); leaves it alone when inherited.
static int yuma_spawn_stream(posix_spawn_file_actions_t *actions, int source, int target, int flags) {
    if (source == YUMA_SPAWN_INHERIT) return 0;
    if (source == YUMA_SPAWN_NULL) return posix_spawn_file_actions_addopen(actions, target, "/dev/null", flags, 0);
    return posix_spawn_file_actions_adddup2(actions, source, target);
}

int yuma_spawn(pid_t *pid, const char *path, char *const argv[], char *const envp[], const char *directory,
               int in, int out, int err) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    int status = posix_spawn_file_actions_init(&actions);
    if (status != 0) return status;
    status = posix_spawnattr_init(&attributes);
    if (status != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return status;
    }
    // The child starts with no signal blocked, whichever thread of this process starts it. Like any
    // exec, it keeps the signals this process ignores and handles the caught ones by default.
    sigset_t none;
    sigemptyset(&none);
    if (status == 0) status = posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK);
    if (status == 0) status = posix_spawnattr_setpgroup(&attributes, 0);
    if (status == 0) status = posix_spawnattr_setsigmask(&attributes, &none);
    if (status == 0) status = yuma_spawn_stream(&actions, in, 0, O_RDONLY);
    if (status == 0) status = yuma_spawn_stream(&actions, out, 1, O_WRONLY);
    if (status == 0) status = yuma_spawn_stream(&actions, err, 2, O_WRONLY);
    if (status == 0 && directory != NULL) status = posix_spawn_file_actions_addchdir_np(&actions, directory);
    // The kernel closes the rest in one call; nothing reads /proc/self/fd.
    if (status == 0) status = posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    if (status == 0) status = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return status;
}
