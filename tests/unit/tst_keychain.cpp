#include "net/secretstore.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QUuid>

using namespace pakn;

namespace {

struct Result
{
    bool done = false;
    QString value;
    QString error;
};

void waitFor(Result &r)
{
    QDeadlineTimer deadline(20000);
    while (!r.done && !deadline.hasExpired())
        QTest::qWait(5);
    if (!r.done)
        r.error = QStringLiteral("timed out");
}

Result writeSecret(SecretStore &store, const QString &key, const QString &value)
{
    Result r;
    store.write(key, value, [&r](const QString &error) {
        r.error = error;
        r.done = true;
    });
    waitFor(r);
    return r;
}

Result readSecret(SecretStore &store, const QString &key)
{
    Result r;
    store.read(key, [&r](const QString &value, const QString &error) {
        r.value = value;
        r.error = error;
        r.done = true;
    });
    waitFor(r);
    return r;
}

Result removeSecret(SecretStore &store, const QString &key)
{
    Result r;
    store.remove(key, [&r](const QString &error) {
        r.error = error;
        r.done = true;
    });
    waitFor(r);
    return r;
}

} // namespace

/// Credentials round-trip through a secret store: the in-memory one always, and the real OS keychain
/// (QtKeychain → libsecret → gnome-keyring on a private D-Bus) when the test runs under
/// tests/support/with-keyring.sh.
class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<bool>("real");
        QTest::newRow("memory") << false;
        if (qEnvironmentVariableIsSet("PAKN_TEST_REAL_KEYCHAIN"))
            QTest::newRow("os keychain") << true;
    }

    void roundTrip()
    {
        QFETCH(bool, real);
        std::unique_ptr<SecretStore> store;
        if (real)
            store = std::make_unique<KeychainSecretStore>(QStringLiteral("pakn-desk-test"));
        else
            store = std::make_unique<MemorySecretStore>();
        const QString key = QStringLiteral("account-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret =
            QStringLiteral("refresh-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

        Result r = readSecret(*store, key);
        QCOMPARE(r.error, QString());
        QCOMPARE(r.value, QString()); // missing is not an error

        QCOMPARE(writeSecret(*store, key, secret).error, QString());
        r = readSecret(*store, key);
        QCOMPARE(r.error, QString());
        QCOMPARE(r.value, secret);

        QCOMPARE(writeSecret(*store, key, secret + QStringLiteral("-2")).error, QString());
        QCOMPARE(readSecret(*store, key).value, secret + QStringLiteral("-2"));

        if (real) {
            // The keyring stores it encrypted: the secret appears in no file under the (throw-away) home.
            QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
            }
        }

        QCOMPARE(removeSecret(*store, key).error, QString());
        QCOMPARE(readSecret(*store, key).value, QString());
        QCOMPARE(removeSecret(*store, key).error, QString()); // removing twice is fine
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
