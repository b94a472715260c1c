#pragma once

#include <QtGlobal>
#include <mutex>
#include <random>

namespace pakn::server {

/// The fault-injection switches of pakn-server (docs/api.md §The reference server), off by default.
struct FaultOptions
{
    int latencyMs = 0;       ///< added to every request before it is handled
    double errorRate = 0;    ///< share answered 500 or 503 (with Retry-After) without being applied
    double dropRate = 0;     ///< share whose connection is closed without an answer, before or after applying
    double truncateRate = 0; ///< share applied and answered with a body cut short, then closed
    quint32 seed = 1;        ///< the same seed gives the same sequence of decisions

    bool enabled() const { return latencyMs > 0 || errorRate > 0 || dropRate > 0 || truncateRate > 0; }
};

/// Decides, request by request, which fault to inject. The decisions come from one seeded generator, so the
/// n-th request to reach decide() always gets the same fault for the same seed and rates.
/// Threading: decide() is thread-safe (a mutex around the generator).
class FaultInjector
{
public:
    enum class Fault {
        None,
        InternalError,      ///< 500, not applied
        Unavailable,        ///< 503 with Retry-After, not applied
        DropBeforeApplying, ///< the connection is closed, the request not applied
        DropAfterApplying,  ///< the request is applied, then the connection is closed without the answer
        Truncate, ///< the request is applied, the answer's body is cut short and the connection closed
    };

    explicit FaultInjector(FaultOptions options);

    const FaultOptions &options() const { return m_options; }
    Fault decide();
    static const char *name(Fault fault);

private:
    FaultOptions m_options;
    std::mutex m_mutex;
    std::mt19937 m_rng;
};

} // namespace pakn::server
