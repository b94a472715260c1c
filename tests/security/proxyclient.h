#pragma once

#include "net/apiclient.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace pakn::test {

/// The value of the environment variable `name` when it is a positive number, else `fallback` (the campaigns'
/// PAKN_PROXY_* knobs).
int envOr(const char *name, int fallback);

/// A client of its own for the proxy campaigns (tst_proxy_faults, tst_proxy_attachments): cache, HTTPS client
/// and sync engine, signed in through whatever lies between it and the server, with a clock that runOnce()
/// moves past any back-off. Counts its runs and remembers the distinct errors they ended with.
struct ProxyClient
{
    struct Options
    {
        QString user = QStringLiteral("vanphong"); ///< the city office: sees everything
        QString cachePath;
        QString attachmentDir; ///< empty: the engine gets no attachment store
        int pageSize = 0;      ///< 0: the engine's own
    };

    std::unique_ptr<CacheDatabase> cache;
    std::shared_ptr<AttachmentStore> store; ///< set when Options::attachmentDir is
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncEngine> engine;
    std::shared_ptr<QDateTime> clock;
    int runs = 0;
    int failedRuns = 0;
    int signInAttempts = 0;
    QStringList errorsSeen; ///< at most 200, each once

    /// Opens the cache and signs in, retrying up to 100 times (a sign-in through the proxy can be hit too);
    /// false when the cache does not open or no sign-in got through. The request timeout is 5 s, so that a
    /// delayed or half-closed connection cannot stall a campaign.
    bool make(const QUrl &url, const QList<QSslCertificate> &ca, const Options &options);
    /// One sync run, the clock moved 2 hours on first; its error (empty: success) or "timeout".
    QString runOnce(int timeoutMs);
};

} // namespace pakn::test
