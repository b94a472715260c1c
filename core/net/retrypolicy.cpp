#include "retrypolicy.h"

#include <algorithm>
#include <iterator>

namespace pakn::retrypolicy {
namespace {

// Seconds to wait after the n-th consecutive failure; the last entry repeats.
constexpr qint64 kScheduleSeconds[] = {5, 15, 60, 5 * 60, 15 * 60, 30 * 60};
constexpr qint64 kMaxRetryAfterSeconds = 3600;
constexpr double kJitter = 0.2;

} // namespace

qint64 delayMs(int attempt, int retryAfterSeconds, double jitterSeed)
{
    if (retryAfterSeconds >= 0)
        return std::min<qint64>(retryAfterSeconds, kMaxRetryAfterSeconds) * 1000;
    const int index = std::clamp(attempt, 1, int(std::size(kScheduleSeconds))) - 1;
    const double base = double(kScheduleSeconds[index]) * 1000.0;
    const double factor = 1.0 + kJitter * (2.0 * std::clamp(jitterSeed, 0.0, 1.0) - 1.0);
    return qint64(base * factor);
}

} // namespace pakn::retrypolicy
