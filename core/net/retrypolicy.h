#pragma once

#include <QtGlobal>

namespace pakn {

/// When to try a failed request again (DESIGN.md §2.7): a back-off schedule as data, with jitter so that many
/// clients coming back online do not retry in step, and the server's Retry-After honoured.
namespace retrypolicy {

/// Delay before attempt `attempt` + 1 after `attempt` failures (attempt ≥ 1), in milliseconds: the schedule
/// 5 s, 15 s, 1 min, 5 min, 15 min, then 30 min for every later attempt; ±20 % jitter from `jitterSeed`
/// (pass a random number; 0.5 means none). A Retry-After from the server (`retryAfterSeconds` ≥ 0) replaces
/// the schedule, capped at one hour.
qint64 delayMs(int attempt, int retryAfterSeconds = -1, double jitterSeed = 0.5);

} // namespace retrypolicy
} // namespace pakn
