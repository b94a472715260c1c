// Secrets and file modes after a full workflow (docs/security.md, "a lost laptop", "a curious colleague"):
// sign in, sync, queue a command and let sync send it, run pakn-cli on the same profile, sign out without
// wiping. Then no file under the profile, the cache, the settings, the logs (every message the process
// printed, kept in a file) or anywhere else this test's HOME and TMPDIR hold may contain the password, the
// access token or the refresh token — any token, found as any 43-character base64url run whose SHA-256 is
// one the server issued during the workflow. Everything the client created is owner-only (0600/0700), and
// signing out with a wipe leaves no file of the account behind.
#include "serverprocess.h"
#include "store/petitionstore.h"
#include "sync/accountcontroller.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/stat.h>

using namespace pakn;

namespace {

const QString kUser = QStringLiteral("vanphong");
const QString kPassword = QStringLiteral("pakn-demo");

QFile *g_log = nullptr;

/// Every message of the process goes to stderr, as usual, and to a log file under the scanned folders.
void logToFile(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QByteArray line = message.toUtf8() + '\n';
    std::fputs(line.constData(), stderr);
    if (g_log) {
        g_log->write(line);
        g_log->flush();
    }
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
public:
    explicit TestSecrets(QString root)
        : m_root(std::move(root))
    {}

private slots:
    void initTestCase();
    void fullWorkflowLeavesNoSecretInAnyFile();
    void everythingTheClientCreatedIsOwnerOnly();
    void signOutWithWipeLeavesNothingOfTheAccount();

private:
    void collectIssuedTokenHashes();
    QString profileDir() const { return m_root + QStringLiteral("/home/.local/share/pakn/pakn-desk"); }

    QString m_root;
    std::unique_ptr<test::ServerProcess> m_server;
    QTemporaryDir m_serverData{QStringLiteral("/tmp/pakn-secrets-server-XXXXXX")}; // not scanned
    QSet<QString> m_tokenHashes;
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_serverData.isValid());
    m_server = std::make_unique<test::ServerProcess>(
        QStringList{QStringLiteral("--data-dir"), m_serverData.path(), QStringLiteral("--petitions"),
                    QStringLiteral("40")});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestSecrets::collectIssuedTokenHashes()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server"));
        db.setDatabaseName(m_serverData.filePath(QStringLiteral("pakn-server.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT access_hash, refresh_hash FROM sessions")));
        while (q.next()) {
            m_tokenHashes.insert(q.value(0).toString());
            m_tokenHashes.insert(q.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server"));
}

void TestSecrets::fullWorkflowLeavesNoSecretInAnyFile()
{
    const SignInRequest request{m_server->baseUrl(), m_server->caFile(), kUser, kPassword};
    {
        AccountController account(profileDir(), [](QObject *parent) -> SecretStore * {
            return new MemorySecretStore(parent); // the OS keychain is outside the profile; see tst_keychain
        });
        QSignalSpy signedIn(&account, &AccountController::signInFinished);
        QSignalSpy synced(&account, &AccountController::syncFinished);
        account.signIn(request);
        QVERIFY(signedIn.wait(60000));
        QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(signedIn.first().at(1).toString()));
        // Not QSignalSpy::wait() on syncFinished, here and below: the sync thread emits straight into the
        // spy, and the sync may end before wait() begins (here during the wait for the sign-in), which then
        // waits for another end.
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 120000);
        QCOMPARE(synced.first().at(0).toString(), QString());
        collectIssuedTokenHashes();

        const QList<qint64> ids = PetitionStore(*account.cache()).allIds();
        QVERIFY(!ids.isEmpty());
        QSignalSpy queued(&account, &AccountController::commandQueued);
        synced.clear();
        account.enqueueCommand(
            ids.first(), Command::Note,
            {{QStringLiteral("text"), QStringLiteral("Đã liên hệ công dân qua điện thoại")}});
        QVERIFY(queued.wait(30000));
        QVERIFY2(queued.first().at(1).toBool(), qPrintable(queued.first().at(2).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 120000); // it may have ended during the wait for `queued`
        QCOMPARE(synced.first().at(0).toString(), QString());
        collectIssuedTokenHashes();

        // pakn-cli on the same profile: a sign-in of its own, a sync, a list.
        QProcess cli;
        cli.start(QStringLiteral(PAKN_CLI_EXECUTABLE),
                  {QStringLiteral("sync"), QStringLiteral("--server"), m_server->baseUrl().toString(),
                   QStringLiteral("--user"), kUser, QStringLiteral("--ca-file"), m_server->caFile(),
                   QStringLiteral("--profile"), profileDir()});
        cli.write(kPassword.toUtf8() + '\n');
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        collectIssuedTokenHashes();

        QSignalSpy signedOut(&account, &AccountController::signedOut);
        account.signOut(false);
        QVERIFY(signedOut.wait(30000));
    }
    QVERIFY(QFile::exists(AccountController::cacheFilePath(profileDir(), m_server->baseUrl(), kUser)));
    QVERIFY2(m_tokenHashes.size() >= 4, "at least the GUI's and the CLI's sessions were issued");

    // Every file of the test's HOME and TMPDIR (profile, cache, attachments, settings, logs).
    static const QRegularExpression tokenShaped(QStringLiteral("[A-Za-z0-9_-]{43}"));
    int files = 0;
    QStringList scanned;
    qint64 candidates = 0;
    QStringList leaks;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        ++files;
        scanned << QDir(m_root).relativeFilePath(path);
        if (bytes.contains(kPassword.toUtf8()))
            leaks << path + QStringLiteral(": the password");
        // Token-shaped runs, also inside longer runs (a token next to other base64 text).
        const QString text = QString::fromLatin1(bytes);
        for (auto m = tokenShaped.globalMatch(text); m.hasNext();) {
            const QRegularExpressionMatch run = m.next();
            for (qsizetype at = run.capturedStart(); at + 43 <= run.capturedEnd(); ++at) {
                ++candidates;
                const QByteArray hash =
                    QCryptographicHash::hash(text.mid(at, 43).toLatin1(), QCryptographicHash::Sha256).toHex();
                if (m_tokenHashes.contains(QString::fromLatin1(hash)))
                    leaks << path + QStringLiteral(": a token at byte %1").arg(at);
            }
        }
    }
    qInfo("scanned %d files (%s), %lld token-shaped strings, against %lld issued token hashes", files,
          qPrintable(scanned.join(QStringLiteral(", "))), candidates, qint64(m_tokenHashes.size()));
    QVERIFY(files >= 3); // the cache, its side files, the log
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

void TestSecrets::everythingTheClientCreatedIsOwnerOnly()
{
    int checked = 0;
    QStringList open;
    QDirIterator it(profileDir(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        ++checked;
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (info.permissions() & others)
            open << QStringLiteral("%1: %2").arg(info.filePath()).arg(int(info.permissions()), 0, 16);
    }
    QVERIFY(checked >= 2);
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char('\n'))));
}

void TestSecrets::signOutWithWipeLeavesNothingOfTheAccount()
{
    const QString cachePath = AccountController::cacheFilePath(profileDir(), m_server->baseUrl(), kUser);
    const QString accountDir = QFileInfo(cachePath).absolutePath();
    AccountController account(profileDir(),
                              [](QObject *parent) -> SecretStore * { return new MemorySecretStore(parent); });
    QSignalSpy synced(&account, &AccountController::syncFinished);
    account.signIn({m_server->baseUrl(), m_server->caFile(), kUser, kPassword});
    // Not QSignalSpy::wait(): the sync thread emits straight into the spy (see above).
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 120000);
    QCOMPARE(synced.first().at(0).toString(), QString());
    QTRY_VERIFY(account.isSignedIn()); // the sign-in's answer, queued to this thread before the sync began
    QVERIFY(PetitionStore(*account.cache()).count() > 0);
    QVERIFY(QFile::exists(cachePath));

    QSignalSpy signedOut(&account, &AccountController::signedOut);
    account.signOut(true);
    QVERIFY(signedOut.wait(30000));
    QVERIFY2(!QFileInfo::exists(accountDir), qPrintable(accountDir));
    QStringList left;
    for (QDirIterator it(profileDir(), QDir::Files | QDir::Hidden | QDir::System,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        left << it.next();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
}

int main(int argc, char **argv)
{
    // A HOME, XDG folders and TMPDIR of the test's own, so that the scan sees everything the client wrote.
    QTemporaryDir root(QStringLiteral("/tmp/pakn-secrets-XXXXXX"));
    if (!root.isValid())
        return 2;
    for (const char *sub : {"home", "tmp", "home/logs"})
        QDir().mkpath(root.filePath(QLatin1String(sub)));
    qputenv("HOME", root.filePath(QStringLiteral("home")).toUtf8());
    qputenv("TMPDIR", root.filePath(QStringLiteral("tmp")).toUtf8());
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qunsetenv(var);
    QFile log(root.filePath(QStringLiteral("home/logs/test.log")));
    if (!log.open(QIODevice::WriteOnly))
        return 2;
    g_log = &log;
    qInstallMessageHandler(logToFile);

    // A common desktop umask: what the client creates must be owner-only by its own doing, not by luck.
    ::umask(022);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pakn"));
    QCoreApplication::setApplicationName(QStringLiteral("pakn-desk"));
    TestSecrets test(root.path());
    const int result = QTest::qExec(&test, argc, argv);
    qInstallMessageHandler(nullptr);
    g_log = nullptr;
    return result;
}

#include "tst_secrets.moc"
