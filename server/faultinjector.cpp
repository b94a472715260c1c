#include "faultinjector.h"

namespace pakn::server {

FaultInjector::FaultInjector(FaultOptions options)
    : m_options(options)
    , m_rng(options.seed)
{}

FaultInjector::Fault FaultInjector::decide()
{
    double draw = 0;
    bool firstHalf = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        draw = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
        firstHalf = std::uniform_int_distribution<int>(0, 1)(m_rng) == 0;
    }
    // One draw falls into at most one of the stacked bands: error, drop, truncate.
    if (draw < m_options.errorRate)
        return firstHalf ? Fault::InternalError : Fault::Unavailable;
    draw -= m_options.errorRate;
    if (draw < m_options.dropRate)
        return firstHalf ? Fault::DropBeforeApplying : Fault::DropAfterApplying;
    draw -= m_options.dropRate;
    if (draw < m_options.truncateRate)
        return Fault::Truncate;
    return Fault::None;
}

const char *FaultInjector::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return "none";
    case Fault::InternalError:
        return "error_500";
    case Fault::Unavailable:
        return "error_503";
    case Fault::DropBeforeApplying:
        return "drop_before";
    case Fault::DropAfterApplying:
        return "drop_after";
    case Fault::Truncate:
        return "truncate";
    }
    return "none";
}

} // namespace pakn::server
