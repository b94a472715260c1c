#include "proxyclient.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

namespace pakn::test {

int envOr(const char *name, int fallback)
{
    const int v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

bool ProxyClient::make(const QUrl &url, const QList<QSslCertificate> &ca, const Options &options)
{
    cache = std::make_unique<CacheDatabase>(options.cachePath);
    if (!cache->open())
        return false;
    if (!options.attachmentDir.isEmpty())
        store = std::make_shared<AttachmentStore>(options.attachmentDir);
    ApiClient::Options apiOptions;
    apiOptions.baseUrl = url;
    apiOptions.extraCaCertificates = ca;
    apiOptions.trustSystemCas = false;
    apiOptions.timeoutMs = 5000;
    api = std::make_unique<ApiClient>(apiOptions);
    bool signedIn = false;
    for (; signInAttempts < 100 && !signedIn; ++signInAttempts) {
        bool done = false;
        api->signIn(options.user, QStringLiteral("pakn-demo"), [&](const ApiError &e, const SessionGrant &g) {
            if (!e.isError()) {
                api->setAccessToken(g.accessToken);
                signedIn = true;
            }
            done = true;
        });
        QDeadlineTimer deadline(30000);
        while (!done && !deadline.hasExpired())
            QTest::qWait(5);
    }
    engine = std::make_unique<SyncEngine>(api.get(), *cache);
    if (options.pageSize > 0)
        engine->setPageSize(options.pageSize);
    if (store)
        engine->setAttachmentStore(store);
    // Back-off is real time in the product; here the clock jumps past any delay before each run.
    clock = std::make_shared<QDateTime>(QDateTime::currentDateTimeUtc());
    engine->setClock([clock = clock] { return *clock; });
    return signedIn;
}

QString ProxyClient::runOnce(int timeoutMs)
{
    *clock = clock->addSecs(2 * 3600);
    QSignalSpy finished(engine.get(), &SyncEngine::finished);
    engine->syncNow();
    if (!finished.wait(timeoutMs))
        return QStringLiteral("timeout");
    ++runs;
    const QString error = finished.first().at(0).toString();
    if (!error.isEmpty()) {
        ++failedRuns;
        if (errorsSeen.size() < 200 && !errorsSeen.contains(error))
            errorsSeen << error;
    }
    return error;
}

} // namespace pakn::test
