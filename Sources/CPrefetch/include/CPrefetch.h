#ifndef YUMA_CPREFETCH_H
#define YUMA_CPREFETCH_H

/// Asks the processor to bring the cache line holding `address` into its caches. Unlike a load, the
/// instruction does not wait for the line: a miss does not hold up the instructions after it.
static inline void yuma_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
