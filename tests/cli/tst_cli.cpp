// pakn-cli against a real pakn-server: sign in with the password on standard input, sync, then work offline.

#include "serverprocess.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/draftattachments.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "store/referencestore.h"
#include "sync/accountcontroller.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QStringList lines;
    QString errors;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_profile.isValid());
    }

    void syncThenWorkOffline()
    {
        Run sync =
            cli({QStringLiteral("sync"), QStringLiteral("--ca-file"), m_server.caFile()}, "pakn-demo\n");
        QCOMPARE(sync.exitCode, 0);
        QCOMPARE(sync.lines.size(), 1);
        QVERIFY2(sync.lines.first().startsWith(QStringLiteral("synced: ")), qPrintable(sync.lines.first()));

        // The cache the CLI filled is the one pakn-desk would use for this account.
        pakn::CacheDatabase cache(pakn::AccountController::cacheFilePath(m_profile.path(), m_server.baseUrl(),
                                                                         QStringLiteral("chuyenvien.xd")));
        QVERIFY(cache.open());
        const qint64 cached = pakn::PetitionStore(cache).count();
        QVERIFY(cached > 0);
        QVERIFY(sync.lines.first().contains(QStringLiteral("%1 petitions cached").arg(cached)));

        // Offline from here: stop the server.
        m_server.stop();
        const Run views = cli({QStringLiteral("views")});
        QCOMPARE(views.exitCode, 0);
        QVERIFY(views.lines.contains(QStringLiteral("all\t%1").arg(cached)));
        QVERIFY(views.lines.contains(QStringLiteral("my_unit\t%1").arg(cached)));

        const Run list = cli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.lines.size(), 3);
        const qint64 id = list.lines.first().section(QLatin1Char('\t'), 0, 0).toLongLong();
        const std::optional<pakn::Petition> p = pakn::PetitionStore(cache).petition(id);
        QVERIFY(p);

        const Run show = cli({QStringLiteral("show"), QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.lines.first(), QStringLiteral("%1  %2").arg(p->code, p->title));
        QVERIFY(!show.lines.join(QLatin1Char('\n')).contains(p->submitter.phone)); // masked
        cache.releaseThreadConnection();

        // The outbox: an action queued offline is listed, can be held and retried, and dropped.
        qint64 itemId = 0;
        {
            pakn::CacheDatabase again(cache.filePath());
            QVERIFY(again.open());
            itemId = pakn::Outbox(again).enqueue(id, pakn::Command::Note,
                                                 {{QStringLiteral("text"), QStringLiteral("ghi chú")}},
                                                 p->version, {}, nullptr);
            QVERIFY(itemId > 0);
            again.releaseThreadConnection();
        }
        Run outbox = cli({QStringLiteral("outbox")});
        QCOMPARE(outbox.exitCode, 0);
        QCOMPARE(outbox.lines, QStringList{QStringLiteral("%1\t%2\tnote\tqueued\t").arg(itemId).arg(id)});
        QCOMPARE(cli({QStringLiteral("retry"), QString::number(itemId)}).exitCode,
                 1); // not failed: nothing to retry
        QCOMPARE(cli({QStringLiteral("drop"), QString::number(itemId)}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("outbox")}).lines, QStringList());
        QCOMPARE(cli({QStringLiteral("drop"), QStringLiteral("x")}).exitCode, 2);

        // A search with FTS operators and quotes is just text.
        const Run hostile =
            cli({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("\"NEAR( -dat *")});
        QCOMPARE(hostile.exitCode, 0);
    }

    void versionNamesTheProgram()
    {
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.lines, QStringList{QStringLiteral("pakn-cli %1").arg(QStringLiteral(PAKN_VERSION))});
    }

    void wrongPasswordAndUsageErrorsHaveTheirExitCodes()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QCOMPARE(
            cli({QStringLiteral("sync"), QStringLiteral("--ca-file"), m_server.caFile()}, "wrong\n").exitCode,
            3);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--ca-file"), m_server.caFile()}, "").exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--view"), QStringLiteral("nope")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("nobody")}).exitCode,
                 4);
        // Without the server's certificate the connection is refused: a failure, not an authentication error.
        const Run untrusted = cli({QStringLiteral("sync")}, "pakn-demo\n");
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.errors.contains(QStringLiteral("certificate")), qPrintable(untrusted.errors));
    }

    void theOutboxShowsEachReplyFilesUploadAndShowListsTheAttachments()
    {
        QString error;
        if (!m_server.baseUrl().isValid() || m_server.baseUrl().port() <= 0)
            QVERIFY2(m_server.start(&error), qPrintable(error));
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--ca-file"), m_server.caFile()}, "pakn-demo\n")
                     .exitCode,
                 0);
        // An officer of the unit who has a petition to reply to.
        QString officer;
        qint64 id = 0;
        {
            pakn::CacheDatabase cache(pakn::AccountController::cacheFilePath(
                m_profile.path(), m_server.baseUrl(), QStringLiteral("chuyenvien.xd")));
            QVERIFY(cache.open());
            QSqlQuery q(cache.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id, assignee FROM petitions WHERE state IN ('in_progress',"
                                          " 'sent_back') AND assignee IS NOT NULL ORDER BY id LIMIT 1")) &&
                    q.next());
            id = q.value(0).toLongLong();
            officer = q.value(1).toString();
            q.finish();
            cache.releaseThreadConnection();
        }
        const QStringList as = {QStringLiteral("--user"), officer};
        QCOMPARE(cli(QStringList{QStringLiteral("sync"), QStringLiteral("--ca-file"), m_server.caFile()} + as,
                     "pakn-demo\n")
                     .exitCode,
                 0);
        const QString cachePath =
            pakn::AccountController::cacheFilePath(m_profile.path(), m_server.baseUrl(), officer);
        qint64 fileId = 0;
        qint64 itemId = 0;
        const QByteArray content(300000, 'x');
        {
            pakn::CacheDatabase cache(cachePath);
            QVERIFY(cache.open());
            const pakn::AttachmentStore store(QFileInfo(cachePath).absolutePath() +
                                              QStringLiteral("/attachments"));
            QTemporaryDir dir;
            QFile source(dir.filePath(QStringLiteral("Biên bản.pdf")));
            QVERIFY(source.open(QIODevice::WriteOnly) && source.write(content) == content.size());
            source.close();
            fileId = pakn::DraftAttachments(cache, store)
                         .add(id, source.fileName(), pakn::ReferenceStore(cache).load()->attachmentPolicy)
                         .id;
            QVERIFY(fileId > 0);
            const pakn::Petition p = *pakn::PetitionStore(cache).petition(id);
            const QJsonObject reply{
                {QStringLiteral("subject"), QStringLiteral("Trả lời")},
                {QStringLiteral("body"), QStringLiteral("Nội dung")},
                {QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("local"), fileId}}}}};
            itemId =
                pakn::Outbox(cache).enqueue(id, pakn::Command::SaveReply, {{QStringLiteral("reply"), reply}},
                                            p.version, pakn::wire::encode(p), nullptr);
            QVERIFY(itemId > 0);
            cache.releaseThreadConnection();
        }
        const Run before = cli(QStringList{QStringLiteral("outbox")} + as);
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(before.lines,
                 (QStringList{QStringLiteral("%1\t%2\tsave_reply\tqueued\t").arg(itemId).arg(id),
                              QStringLiteral("  file %1\tBiên bản.pdf\tnot uploaded\t0 of %2 bytes (0%)")
                                  .arg(fileId)
                                  .arg(content.size())}));

        // The CLI's sync uploads the file and sends the reply; show then lists the reply's file.
        QCOMPARE(cli(QStringList{QStringLiteral("sync"), QStringLiteral("--ca-file"), m_server.caFile()} + as,
                     "pakn-demo\n")
                     .exitCode,
                 0);
        QCOMPARE(cli(QStringList{QStringLiteral("outbox")} + as).lines, QStringList());
        const Run show = cli(QStringList{QStringLiteral("show"), QString::number(id)} + as);
        QCOMPARE(show.exitCode, 0);
        const QStringList files = show.lines.filter(QStringLiteral("reply attachment: Biên bản.pdf\t"));
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().contains(QStringLiteral("%1 bytes\tapplication/pdf").arg(content.size())) &&
                     files.first().endsWith(QStringLiteral("\ton this computer")),
                 qPrintable(files.first()));
    }

private:
    Run cli(const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        QProcess process;
        QStringList all = {QStringLiteral("--server"),  m_server.baseUrl().toString(),
                           QStringLiteral("--user"),    QStringLiteral("chuyenvien.xd"),
                           QStringLiteral("--profile"), m_profile.path()};
        // A later --user wins, so tests can ask for another account.
        all = arguments + all;
        if (arguments.contains(QStringLiteral("--user")))
            all = arguments + QStringList{QStringLiteral("--server"), m_server.baseUrl().toString(),
                                          QStringLiteral("--profile"), m_profile.path()};
        process.start(QStringLiteral(PAKN_CLI_EXECUTABLE), all);
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitCode();
        run.lines =
            QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        run.errors = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    pakn::test::ServerProcess m_server;
    QTemporaryDir m_profile;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
