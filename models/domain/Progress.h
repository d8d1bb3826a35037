#pragma once

#include <QtGlobal>

#include <functional>

namespace crosswalk {

/// How far a long task (an import, an export) has got: done out of total, in the task's own unit
/// (bytes read, rows written). Called now and then, at most a few hundred times a second. Returning
/// false asks the task to stop: it then fails with a message saying it was cancelled, and changes
/// nothing (no record written, no file left behind).
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// Calls progress when there is one; true (go on) when there is none.
inline bool reportProgress(const Progress& progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

} // namespace crosswalk
