/*
 * fuzz_feed - the RSS / Atom reader (src/feed.c, expat) on any bytes:
 * detected by content, or forced (DYAD_INPUT_RSS) when bit 5 of the last
 * byte is set; bit 0 a record limit of 8 << bits 1-3 bytes.
 *
 * Every item is read; articles are checked against what dyad/ingest.h
 * promises (an id, valid UTF-8, a text or a title, a date in range),
 * items come in line order, each rejection names a line, read = good +
 * rejected. expat runs with parameter entities off and no external
 * entity handler, as in dyad: the fuzzer must never make it read a file.
 */
#include <stdint.h>
#include <string.h>

#include "dyad/ingest.h"

#include "fuzz_util.h"

#define FUZZ_NOW INT64_C(1893456000)   /* 2030-01-01 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned sel = size ? data[size - 1] : 0;
    fuzz_read_input(data, size, FUZZ_NOW,
                    sel & 0x20 ? DYAD_INPUT_RSS : DYAD_INPUT_AUTO);
    return 0;
}
