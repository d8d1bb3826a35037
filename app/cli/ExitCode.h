#pragma once

namespace crosswalk::cli {

/// The exit status of crosswalk-cli and of each of its commands.
enum class ExitCode
{
    Success = 0, ///< the command did what was asked
    Failure = 1, ///< the command could not do it (missing file, invalid package, problems found...)
    Usage = 2    ///< the command line itself is wrong (unknown command, option or entity, missing argument)
};

} // namespace crosswalk::cli
