/*
 * fuzz_csvin - the CSV article reader (dyad_reader_open/_next with
 * DYAD_INPUT_CSV, src/csvin.c) on any bytes, plain or gzip (an input
 * starting 1f 8b).
 *
 * The last byte picks options: bit 0 a record limit of 8 << bits 1-3
 * bytes, bit 4 explicit column names (guid, published, headline, body)
 * instead of the default lists. Every row is read; articles are checked
 * against what dyad/ingest.h promises (an id, valid UTF-8, a text or a
 * title, a date in range), rows come in line order, each rejection names
 * a line, and read = good + rejected.
 */
#include <stdint.h>
#include <string.h>

#include "dyad/ingest.h"

#include "fuzz_util.h"

#define FUZZ_NOW INT64_C(1893456000)   /* 2030-01-01 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_read_input(data, size, FUZZ_NOW, DYAD_INPUT_CSV);
    return 0;
}
