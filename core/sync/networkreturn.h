#pragma once

#include <QNetworkInformation>

namespace pakn::networkreturn {

/// When a change of the network's reachability means "the network is back, sync now" (DESIGN.md §2.7:
/// automatic sync on network return). `Online` and `Site` can reach the server (a ministry's server is often
/// on the organisation's own network); `Disconnected`, `Local` and `Unknown` cannot. A sync starts on every
/// change that widens the reach: from cannot to can, and from `Site` to `Online` (a server on the internet
/// cannot be reached from an organisation's network that has no route out). AccountController then syncs
/// only when a run failed or outbox items wait, so a healthy account does not sync again on Site → Online.
bool cameBack(QNetworkInformation::Reachability before, QNetworkInformation::Reachability now);

/// Whether the server can be reached in this state (the table behind `cameBack`).
bool reachesServer(QNetworkInformation::Reachability reachability);

} // namespace pakn::networkreturn
