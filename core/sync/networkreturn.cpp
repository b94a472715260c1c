#include "networkreturn.h"

#include <array>
#include <utility>

namespace pakn::networkreturn {
namespace {

using Reachability = QNetworkInformation::Reachability;

constexpr std::array<std::pair<Reachability, bool>, 5> kReachesServer{{
    {Reachability::Unknown, false},      // no backend answer yet: assume nothing
    {Reachability::Disconnected, false}, // no network at all
    {Reachability::Local, false},        // a link without a route (a cable to a switch, no DHCP)
    {Reachability::Site, true},          // the organisation's network, where the server may be
    {Reachability::Online, true},        // the internet
}};

} // namespace

bool reachesServer(Reachability reachability)
{
    for (const auto &[state, reaches] : kReachesServer) {
        if (state == reachability)
            return reaches;
    }
    return false;
}

bool cameBack(Reachability before, Reachability now)
{
    return reachesServer(now) && !reachesServer(before);
}

} // namespace pakn::networkreturn
