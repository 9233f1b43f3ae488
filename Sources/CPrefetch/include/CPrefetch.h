#ifndef YUMA_CPREFETCH_H
#define YUMA_CPREFETCH_H

/// Asks the processor to bring the cache line holding `address` into its caches. Unlike a load, the
/// instruction does not wait for the line: a miss does not hold up the instructions after it.
static inline void yuma_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

typedef unsigned short yuma_u16x8 __attribute__((ext_vector_type(8)));
typedef unsigned int yuma_u32x8 __attribute__((ext_vector_type(8)));

/// The eight u16 at `address` (any alignment), zero-extended to 32 bits: one instruction that the
/// Swift optimizer does not always inline from its generic SIMD conversion.
static inline yuma_u32x8 yuma_widen_u16x8(const void *address) {
    yuma_u16x8 narrow;
    __builtin_memcpy(&narrow, address, sizeof narrow);
    return __builtin_convertvector(narrow, yuma_u32x8);
}

#endif
