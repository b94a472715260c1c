#include "networkreturn.h"

#include <array>
#include <utility>

namespace pakn::networkreturn {
namespace {

using Reachability = QNetworkInformation::Reachability;

/// How far each state reaches: 0 cannot reach the server, 1 the organisation's network, 2 the internet.
constexpr std::array<std::pair<Reachability, int>, 5> kReach{{
    {Reachability::Unknown, 0},      // no backend answer yet: assume nothing
    {Reachability::Disconnected, 0}, // no network at all
    {Reachability::Local, 0},        // a link without a route (a cable to a switch, no DHCP)
    {Reachability::Site, 1},         // the organisation's network, where the server may be
    {Reachability::Online, 2},       // the internet
}};

int reachOf(Reachability reachability)
{
    for (const auto &[state, reach] : kReach) {
        if (state == reachability)
            return reach;
    }
    return 0; // a state a later Qt adds: assume nothing
}

} // namespace

bool reachesServer(Reachability reachability)
{
    return reachOf(reachability) > 0;
}

bool cameBack(Reachability before, Reachability now)
{
    return reachesServer(now) && reachOf(now) > reachOf(before);
}

} // namespace pakn::networkreturn
