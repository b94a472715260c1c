#pragma once

#include <QNetworkInformation>

namespace pakn::networkreturn {

/// When a change of the network's reachability means "the network is back, sync now" (DESIGN.md §2.7:
/// automatic sync on network return). `Online` and `Site` can reach the server (a ministry's server is often
/// on the organisation's own network); `Disconnected`, `Local` and `Unknown` cannot. A sync starts only on a
/// change from cannot to can: a change between two reachable states (Site → Online) is no return.
bool cameBack(QNetworkInformation::Reachability before, QNetworkInformation::Reachability now);

/// Whether the server can be reached in this state (the table behind `cameBack`).
bool reachesServer(QNetworkInformation::Reachability reachability);

} // namespace pakn::networkreturn
