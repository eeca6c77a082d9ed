/*
 * util/hints.h - hints to the compiler where it has a way to take them
 * (GCC and Clang): none changes what the code computes, only where its
 * machine code goes and how its branches and loads are laid out. Each
 * use says in its comment what it was measured to save.
 */
#ifndef DYAD_HINTS_H
#define DYAD_HINTS_H

#if defined(__GNUC__)
/* x is mostly true: the code that follows is laid out straight */
#define DYAD_LIKELY(x) __builtin_expect(!!(x), 1)
/* a small function inlined even into the longest functions, where GCC
 * stops inlining by its own measure */
#define DYAD_ALWAYS_INLINE __attribute__((always_inline))
/* a function kept out of its callers (their registers, their code size) */
#define DYAD_NOINLINE __attribute__((noinline))
/* ... and rarely called: compiled for size, out of the hot text */
#define DYAD_COLD __attribute__((cold, noinline))
/* Asks the memory for the line at address a ahead of its use. Lookups in
 * tables of a few hundred KiB mostly miss the cache; asked for together,
 * the misses overlap. */
#define DYAD_PREFETCH(a) __builtin_prefetch(a)
#else
#define DYAD_LIKELY(x) (x)
#define DYAD_ALWAYS_INLINE
#define DYAD_NOINLINE
#define DYAD_COLD
#define DYAD_PREFETCH(a) ((void)(a))
#endif

#endif
