// pakn-server's fault injection over real HTTPS: off by default; errors (500, or 503 with Retry-After)
// apply nothing; dropped connections apply the request either not at all or fully, so that retrying with
// the same idempotency key converges without losing or duplicating a command; truncated bodies; added
// latency; the same seed gives the same faults; /api/v1/health is never touched.

#include "commandclient.h"
#include "httpsclient.h"
#include "net/wirecodec.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

namespace {

/// Open petitions the city office may add notes to (workflow: note by city_office in any open state).
QList<Petition> openPetitions(HttpsClient &client, const QString &token, int count)
{
    QList<Petition> out;
    const Walk w = walkChanges(client, token, 1000);
    for (const Petition &p : w.petitions) {
        if (!isClosed(p.state) && out.size() < count)
            out.append(p);
    }
    return out;
}

QStringList withFaults(const QString &dataDir, const QStringList &faults)
{
    return QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--petitions"),
                       QStringLiteral("600")} +
           faults;
}

QJsonObject note(int i)
{
    return {{QStringLiteral("type"), QStringLiteral("note")},
            {QStringLiteral("text"), QStringLiteral("ghi chú %1").arg(i)}};
}

} // namespace

class TstServerFaults : public QObject
{
    Q_OBJECT

private slots:
    void errors_areProblemsWithRetryAfterAndApplyNothing();
    void drops_applyAllOrNothingAndRetriesConverge();
    void truncation_cutsTheBodyAfterApplying();
    void latency_delaysEveryRequestButHealth();
    void sameSeed_sameFaults();
};

void TstServerFaults::errors_areProblemsWithRetryAfterAndApplyNothing()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QList<Petition> targets;
    QString token, error;
    {
        ServerProcess clean(withFaults(data, {}));
        QVERIFY2(clean.start(&error), qPrintable(error));
        HttpsClient client(clean.baseUrl(), clean.sslConfiguration());
        token = signIn(client, QStringLiteral("vanphong"), &error)->accessToken;
        targets = openPetitions(client, token, 10);
        QCOMPARE(targets.size(), qsizetype(10));
    }
    ServerProcess faulty(withFaults(data, {QStringLiteral("--fault-error-rate"), QStringLiteral("1")}));
    QVERIFY2(faulty.start(&error), qPrintable(error));
    HttpsClient client(faulty.baseUrl(), faulty.sslConfiguration());
    QCOMPARE(client.get(QStringLiteral("/api/v1/health")).status, 200); // never faulted
    int unavailable = 0, internal = 0;
    for (int i = 0; i < targets.size(); ++i) {
        const HttpResult r = client.postJson(
            QStringLiteral("/api/v1/petitions/%1/commands").arg(targets.at(i).id), note(i), token,
            {{"Idempotency-Key", CommandClient::newKey().toLatin1()},
             {"If-Match", '"' + QByteArray::number(targets.at(i).version) + '"'}});
        if (r.isProblem("service_unavailable", 503)) {
            ++unavailable;
            QVERIFY(r.header("Retry-After").toInt() >= 1);
        } else {
            QVERIFY2(r.isProblem("internal_error", 500), r.body.constData());
            ++internal;
        }
    }
    QVERIFY(unavailable > 0 && internal > 0);
    faulty.stop();

    ServerProcess after(withFaults(data, {}));
    QVERIFY2(after.start(&error), qPrintable(error));
    HttpsClient check(after.baseUrl(), after.sslConfiguration());
    CommandClient commands(check);
    for (const Petition &p : std::as_const(targets))
        QCOMPARE(commands.petition(QStringLiteral("vanphong"), p.id)->version, p.version); // nothing applied
}

void TstServerFaults::drops_applyAllOrNothingAndRetriesConverge()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QList<Petition> targets;
    QString error, token;
    {
        ServerProcess clean(withFaults(data, {}));
        QVERIFY2(clean.start(&error), qPrintable(error));
        HttpsClient client(clean.baseUrl(), clean.sslConfiguration());
        token = signIn(client, QStringLiteral("vanphong"), &error)->accessToken; // sessions survive restarts
        targets = openPetitions(client, token, 20);
        QCOMPARE(targets.size(), qsizetype(20));
    }
    QStringList keys;
    for (int i = 0; i < targets.size(); ++i)
        keys.append(CommandClient::newKey());
    {
        ServerProcess faulty(withFaults(data, {QStringLiteral("--fault-drop-rate"), QStringLiteral("1"),
                                               QStringLiteral("--fault-seed"), QStringLiteral("3")}));
        QVERIFY2(faulty.start(&error), qPrintable(error));
        HttpsClient client(faulty.baseUrl(), faulty.sslConfiguration());
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/session"),
                           credentials(QStringLiteral("vanphong"), QStringLiteral("pakn-demo")))
                     .status,
                 0); // every request but health is dropped
        for (int i = 0; i < targets.size(); ++i) {
            const HttpResult r = client.postJson(
                QStringLiteral("/api/v1/petitions/%1/commands").arg(targets.at(i).id), note(i), token,
                {{"Idempotency-Key", keys.at(i).toLatin1()},
                 {"If-Match", '"' + QByteArray::number(targets.at(i).version) + '"'}});
            QCOMPARE(r.status, 0); // no answer at all
            QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(r.errorString));
        }
    }
    ServerProcess after(withFaults(data, {}));
    QVERIFY2(after.start(&error), qPrintable(error));
    HttpsClient check(after.baseUrl(), after.sslConfiguration());
    CommandClient commands(check);
    int applied = 0;
    for (const Petition &p : std::as_const(targets)) {
        const qint64 v = commands.petition(QStringLiteral("vanphong"), p.id)->version;
        QVERIFY(v == p.version || v == p.version + 1); // all or nothing
        applied += v == p.version + 1;
    }
    QVERIFY2(applied > 0 && applied < targets.size(),
             qPrintable(QString::number(applied))); // both kinds happened
    // The client retries every command with its key: the applied ones replay, the others apply now.
    int replayed = 0;
    for (int i = 0; i < targets.size(); ++i) {
        const HttpResult r = commands.command(QStringLiteral("vanphong"), targets.at(i).id,
                                              targets.at(i).version, note(i), keys.at(i));
        QCOMPARE(r.status, 200);
        replayed += r.header("Idempotent-Replayed") == "true";
        const Petition p = *commands.petition(QStringLiteral("vanphong"), targets.at(i).id);
        QCOMPARE(p.version, targets.at(i).version + 1); // exactly once
        QCOMPARE(p.timeline.last().comment, QStringLiteral("ghi chú %1").arg(i));
    }
    QCOMPARE(replayed, applied);
}

void TstServerFaults::truncation_cutsTheBodyAfterApplying()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QString error, token;
    Petition target;
    {
        ServerProcess clean(withFaults(data, {}));
        QVERIFY2(clean.start(&error), qPrintable(error));
        HttpsClient client(clean.baseUrl(), clean.sslConfiguration());
        token = signIn(client, QStringLiteral("vanphong"), &error)->accessToken; // sessions survive restarts
        target = openPetitions(client, token, 1).value(0);
        QVERIFY(target.id > 0);
    }
    {
        ServerProcess cutting(
            withFaults(data, {QStringLiteral("--fault-truncate-rate"), QStringLiteral("1")}));
        QVERIFY2(cutting.start(&error), qPrintable(error));
        HttpsClient client(cutting.baseUrl(), cutting.sslConfiguration());
        const HttpResult r =
            client.postJson(QStringLiteral("/api/v1/petitions/%1/commands").arg(target.id), note(1), token,
                            {{"Idempotency-Key", CommandClient::newKey().toLatin1()},
                             {"If-Match", '"' + QByteArray::number(target.version) + '"'}});
        QVERIFY2(r.error != QNetworkReply::NoError, "a truncated body must not look complete");
        QVERIFY(!r.body.isEmpty());
        QVERIFY(r.json.isEmpty()); // half a JSON document does not parse
        QVERIFY(client.get(QStringLiteral("/api/v1/health")).error == QNetworkReply::NoError);
    }
    ServerProcess after(withFaults(data, {}));
    QVERIFY2(after.start(&error), qPrintable(error));
    HttpsClient check(after.baseUrl(), after.sslConfiguration());
    CommandClient commands(check);
    QCOMPARE(commands.petition(QStringLiteral("vanphong"), target.id)->version,
             target.version + 1); // it was applied
}

void TstServerFaults::latency_delaysEveryRequestButHealth()
{
    ServerProcess server({QStringLiteral("--petitions"), QStringLiteral("5"),
                          QStringLiteral("--fault-latency-ms"), QStringLiteral("400")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    HttpsClient client(server.baseUrl(), server.sslConfiguration());
    QCOMPARE(client.get(QStringLiteral("/api/v1/health")).status, 200); // opens the connection
    QElapsedTimer timer;
    timer.start();
    const std::optional<SessionGrant> grant = signIn(client, QStringLiteral("vanphong"), &error);
    QVERIFY2(grant, qPrintable(error));
    QVERIFY(timer.elapsed() >= 400);
    timer.restart();
    QCOMPARE(client.get(QStringLiteral("/api/v1/changes?limit=1"), grant->accessToken).status, 200);
    QVERIFY(timer.elapsed() >= 400);
}

void TstServerFaults::sameSeed_sameFaults()
{
    const auto statuses = [](const QString &seed) {
        ServerProcess server({QStringLiteral("--petitions"), QStringLiteral("5"),
                              QStringLiteral("--fault-error-rate"), QStringLiteral("0.5"),
                              QStringLiteral("--fault-seed"), seed});
        QString error;
        QList<int> out;
        if (!server.start(&error))
            return out;
        HttpsClient client(server.baseUrl(), server.sslConfiguration());
        for (int i = 0; i < 24; ++i)
            out.append(client.get(QStringLiteral("/api/v1/changes")).status); // 401 when not faulted
        return out;
    };
    const QList<int> first = statuses(QStringLiteral("11"));
    QCOMPARE(first.size(), 24);
    QCOMPARE(statuses(QStringLiteral("11")), first);
    QVERIFY(statuses(QStringLiteral("12")) != first);
    QVERIFY(first.contains(401) && (first.contains(500) || first.contains(503)));
}

QTEST_GUILESS_MAIN(TstServerFaults)
#include "tst_server_faults.moc"
