#pragma once

#include <QByteArray>

namespace crosswalk::bench {

/// A synthetic dataset package at scale: `frameworks` frameworks of `provisionsPerFramework`
/// provisions each (chapters of ten articles), and `mappings` mappings between provisions of
/// different frameworks, plus the sample's themes. Deterministic for the same arguments.
QByteArray scaleDataset(int frameworks, int provisionsPerFramework, int mappings);

/// The process's peak resident memory so far, in KiB (getrusage).
long peakMemoryKiB();

} // namespace crosswalk::bench
