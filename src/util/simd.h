/*
 * util/simd.h - whether the SSE2 paths are built.
 *
 * SSE2 is x86-64's baseline: with GCC or Clang there, DYAD_SSE2 is 1 and
 * <emmintrin.h> is included; elsewhere, or built with -DDYAD_NO_SIMD (as
 * the tests test_text_scalar and test_ingest_scalar are, to run the
 * portable paths on x86 too), it is 0 and every module takes its
 * portable path.
 */
#ifndef DYAD_SIMD_H
#define DYAD_SIMD_H

#if defined(__SSE2__) && defined(__GNUC__) && !defined(DYAD_NO_SIMD)
#define DYAD_SSE2 1
#include <emmintrin.h>
#else
#define DYAD_SSE2 0
#endif

#endif
