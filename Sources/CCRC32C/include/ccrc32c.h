#ifndef TAGIH_CCRC32C_H
#define TAGIH_CCRC32C_H

#include <stddef.h>
#include <stdint.h>

/// Continues a CRC-32C (Castagnoli) over `n` bytes: pass 0 to start, and the
/// result of the previous call to go on. Uses the CPU's CRC32 instruction when
/// it has one (SSE 4.2 on x86-64, the CRC extension on 64-bit ARM), else a
/// table eight bytes at a time; both give the same values.
uint32_t tagih_crc32c(uint32_t crc, const uint8_t *bytes, size_t n);

/// Whether the CPU instruction is used (for the benchmark's report).
int tagih_crc32c_is_hardware(void);

/// The table version alone, so tests can compare both ways.
uint32_t tagih_crc32c_table(uint32_t crc, const uint8_t *bytes, size_t n);

#endif
