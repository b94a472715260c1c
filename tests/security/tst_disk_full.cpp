// Disk full (docs/reliability.md): the cache and the attachment store live on a small filesystem of their own
// — a size-limited tmpfs, mounted by this test (as root, as CI runs; otherwise inside a user and mount
// namespace of its own through `unshare -rm`). When it fills up — too small for a first sync, or filled by
// something else while the officer works — a clear error, nothing already stored is lost or corrupted, and
// everything works again once space is freed (the tmpfs remounted larger, the other file deleted).
#include "serverprocess.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "sync/accountcontroller.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>
#include <vector>

using namespace pakn;

namespace {

const QString kUser = QStringLiteral("vanphong");

/// A tmpfs of a given size at a temporary folder, unmounted at the end.
class SmallDisk
{
public:
    bool mount(qint64 bytes, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
        if (::mount("tmpfs", m_dir.path().toLocal8Bit().constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData()) != 0) {
            *error =
                QStringLiteral("mount -t tmpfs failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_mounted = true;
        return true;
    }
    /// Frees space the way a user would by deleting other files: here the filesystem simply grows.
    bool resize(qint64 bytes)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes);
        return ::mount("tmpfs", m_dir.path().toLocal8Bit().constData(), "tmpfs",
                       MS_REMOUNT | MS_NOSUID | MS_NODEV, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_dir.path().toLocal8Bit().constData(), MNT_DETACH);
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray bytes(n, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), n / 4);
    return bytes;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void attachmentStoreRefusesWithAReasonAndRecovers();
    void syncIntoAFullCacheKeepsWhatItHadAndConverges();

private:
    std::unique_ptr<test::ServerProcess> m_server;
};

void TestDiskFull::initTestCase()
{
    m_server = std::make_unique<test::ServerProcess>(
        QStringList{QStringLiteral("--petitions"), QStringLiteral("1500")});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestDiskFull::attachmentStoreRefusesWithAReasonAndRecovers()
{
    SmallDisk disk;
    QString error;
    QVERIFY2(disk.mount(1024 * 1024, &error), qPrintable(error));

    QTemporaryDir sources;
    const QByteArray small = randomBytes(200 * 1024, 1);
    const QByteArray large = randomBytes(3 * 1024 * 1024, 2);
    for (const auto &[name, bytes] : {std::pair{"small.pdf", small}, std::pair{"large.jpg", large}}) {
        QFile f(sources.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }

    const AttachmentStore store(disk.path() + QStringLiteral("/attachments"));
    const AttachmentStore::Added kept = store.addFile(sources.filePath(QStringLiteral("small.pdf")));
    QVERIFY2(kept, qPrintable(kept.error));

    const AttachmentStore::Added refused = store.addFile(sources.filePath(QStringLiteral("large.jpg")));
    QVERIFY(!refused);
    qInfo("attachment on a full disk: %s", qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QLatin1String("space"), Qt::CaseInsensitive) ||
                 refused.error.contains(QLatin1String("full"), Qt::CaseInsensitive),
             qPrintable(refused.error));
    // Nothing half-written is left behind, and what was stored before is intact.
    QStringList files;
    for (QDirIterator it(disk.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();)
        files << it.next();
    QCOMPARE(files, QStringList{store.blobPath(kept.sha256)});
    QCOMPARE(store.verify(kept.sha256), AttachmentStore::Health::Ok);

    QVERIFY(disk.resize(16 * 1024 * 1024));
    const AttachmentStore::Added later = store.addFile(sources.filePath(QStringLiteral("large.jpg")));
    QVERIFY2(later, qPrintable(later.error));
    QCOMPARE(later.sha256,
             QString::fromLatin1(QCryptographicHash::hash(large, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(store.verify(later.sha256), AttachmentStore::Health::Ok);
}

void TestDiskFull::syncIntoAFullCacheKeepsWhatItHadAndConverges()
{
    // How large the whole cache is, from a sync on the normal disk.
    QTemporaryDir reference;
    qint64 expected = 0;
    qint64 fullSize = 0;
    const SignInRequest request{m_server->baseUrl(), m_server->caFile(), kUser, QStringLiteral("pakn-demo")};
    const auto memorySecrets = [](QObject *parent) -> SecretStore * { return new MemorySecretStore(parent); };
    {
        AccountController account(reference.path(), memorySecrets);
        QSignalSpy synced(&account, &AccountController::syncFinished);
        account.signIn(request);
        // Not QSignalSpy::wait() on syncFinished, here and below: the sync thread emits straight into the
        // spy, and a sync may end before wait() begins, which then waits for another end.
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 180000);
        QCOMPARE(synced.first().at(0).toString(), QString());
        // The sign-in's answer, queued to this thread before the sync began.
        QTRY_VERIFY(account.isSignedIn());
        expected = PetitionStore(*account.cache()).count();
        QSignalSpy out(&account, &AccountController::signedOut);
        account.signOut(false);
        QVERIFY(out.wait(30000));
    }
    for (QDirIterator it(reference.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        fullSize += QFileInfo(it.next()).size();
    QVERIFY(expected >= 100);

    // The same sync onto a disk with room for about a third of it.
    SmallDisk disk;
    QString error;
    QVERIFY2(disk.mount(std::max<qint64>(fullSize / 3, 512 * 1024), &error), qPrintable(error));
    AccountController account(disk.path(), memorySecrets);
    QSignalSpy signedIn(&account, &AccountController::signInFinished);
    QSignalSpy synced(&account, &AccountController::syncFinished);
    account.signIn(request);
    QVERIFY(signedIn.wait(60000));
    QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(signedIn.first().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 180000); // it may have ended during the wait for the sign-in
    const QString full = synced.first().at(0).toString();
    qInfo("sync on a full disk (%lld of %lld bytes): %s", fullSize / 3, fullSize, qPrintable(full));
    QVERIFY2(!full.isEmpty(), "the sync cannot have fitted");
    QVERIFY2(full.contains(QLatin1String("full"), Qt::CaseInsensitive) ||
                 full.contains(QLatin1String("space"), Qt::CaseInsensitive),
             qPrintable(full));

    // What was stored is intact, and consistent with the cursor.
    const qint64 partial = PetitionStore(*account.cache()).count();
    {
        QSqlQuery q(account.cache()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    QVERIFY(partial < expected);

    // Space is freed: the next sync completes.
    QVERIFY(disk.resize(256 * 1024 * 1024));
    synced.clear();
    account.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 180000);
    QCOMPARE(synced.first().at(0).toString(), QString());
    QCOMPARE(PetitionStore(*account.cache()).count(), expected);
    qInfo("kept %lld of %lld petitions through the full disk, then all of them", partial, expected);

    // The disk fills up with something else while the officer works: queuing an action either still fits or
    // is refused with a clear error; what the cache holds stays whole; once space is freed the action goes
    // through.
    QFile ballast(disk.path() + QStringLiteral("/ballast"));
    QVERIFY(ballast.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (ballast.write(block) == block.size() && ballast.flush()) {
    }
    ballast.close();
    qint64 id = 0;
    {
        QSqlQuery open(account.cache()->connection());
        QVERIFY(open.exec(QStringLiteral("SELECT id FROM petitions WHERE state IN ('received', 'in_progress',"
                                         " 'transferred', 'classified') ORDER BY id LIMIT 1")) &&
                open.next());
        id = open.value(0).toLongLong();
    }
    QSignalSpy queued(&account, &AccountController::commandQueued);
    account.enqueueCommand(id, Command::Note, {{QStringLiteral("text"), QStringLiteral("disk-full-note")}});
    QVERIFY(queued.wait(30000));
    const bool stored = queued.first().at(1).toBool();
    const QString queueError = queued.first().at(2).toString();
    qInfo("queuing an action on a full disk: %s", stored ? "stored" : qPrintable(queueError));
    if (!stored)
        QVERIFY2(queueError.contains(QLatin1String("full"), Qt::CaseInsensitive) ||
                     queueError.contains(QLatin1String("space"), Qt::CaseInsensitive),
                 qPrintable(queueError));
    QTest::qWait(2000); // a sync the queued action started may run against the full disk
    {
        QSqlQuery q(account.cache()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    QCOMPARE(PetitionStore(*account.cache()).count(), expected);

    QVERIFY(QFile::remove(ballast.fileName()));
    if (!stored) {
        queued.clear();
        account.enqueueCommand(id, Command::Note,
                               {{QStringLiteral("text"), QStringLiteral("disk-full-note")}});
        QVERIFY(queued.wait(30000));
        QVERIFY2(queued.first().at(1).toBool(), qPrintable(queued.first().at(2).toString()));
    }
    for (int attempt = 0; attempt < 10 && Outbox(*account.cache()).count() > 0; ++attempt) {
        synced.clear();
        account.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 120000);
    }
    for (const OutboxItem &item : Outbox(*account.cache()).all())
        qWarning("left in the outbox: %s attempts %d next %s: %s", qPrintable(toWireName(item.state)),
                 item.attempts, qPrintable(item.nextAttemptAt.toString(Qt::ISODate)),
                 qPrintable(item.lastError));
    QCOMPARE(Outbox(*account.cache()).count(), 0);
    QCOMPARE(PetitionStore(*account.cache()).count(), expected);
    QSignalSpy out(&account, &AccountController::signedOut);
    account.signOut(false);
    QVERIFY(out.wait(30000));
}

int main(int argc, char **argv)
{
    // Mounting needs CAP_SYS_ADMIN: CI runs as root; anyone else runs this test again in a user and mount
    // namespace of its own, where they are root (unshare -rm), so it never silently skips.
    if (::geteuid() != 0 && qEnvironmentVariableIsEmpty("PAKN_DISK_FULL_UNSHARED")) {
        qputenv("PAKN_DISK_FULL_UNSHARED", "1");
        std::vector<char *> args{const_cast<char *>("unshare"), const_cast<char *>("-rm")};
        args.insert(args.end(), argv, argv + argc);
        args.push_back(nullptr);
        ::execvp("unshare", args.data());
        std::fprintf(stderr, "cannot run unshare -rm: %s\n", std::strerror(errno));
        return 2;
    }
    QCoreApplication app(argc, argv);
    TestDiskFull test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_disk_full.moc"
