#pragma once

class QCoreApplication;

namespace pakn::cli {

/// Exit codes of pakn-cli, stable for scripts.
enum ExitCode {
    Ok = 0,
    Failed = 1,          ///< the server could not be reached, or answered with an error
    Usage = 2,           ///< wrong arguments
    AuthFailed = 3,      ///< wrong user name or password
    CacheUnavailable = 4 ///< no cache for this account yet, or it cannot be opened
};

/// Parses the command line and runs one command: sync, list, show, views. Returns the exit code.
int run(QCoreApplication &app);

} // namespace pakn::cli
