// The change feed builds each petition's JSON in SQL (server/petitionrows.h, kWireJson) instead of decoding
// the row and encoding the petition: for every demo petition — replies, classifications, procedures,
// attachments, timelines of every kind — the JSON must equal wire::encode of the decoded row, and a whole
// encoded page must equal the codec's page, member for member.

#include "changefeed.h"
#include "demodata.h"
#include "domain/role.h"
#include "net/wirecodec.h"
#include "petitionrows.h"
#include "serverdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;
using namespace pakn::server;

class TstServerWireJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<ServerDb>(m_dir.filePath(QStringLiteral("server.sqlite")));
        bool created = false;
        QString error;
        QVERIFY2(m_db->open(&created, &error), qPrintable(error));
        QVERIFY(created);
        const DemoData data(20251129u, QDate(2026, 11, 28), kPetitions);
        QSqlDatabase connection = m_db->connection();
        QVERIFY2(seedDemoData(connection, 20251129u, data, &error), qPrintable(error));
        // The demo has no citizen attachments: rewrite a few petitions with some (and an empty optional
        // text).
        for (qint64 id : {3, 4, 5}) {
            Result<std::optional<petitionrows::Stored>> stored = petitionrows::load(connection, id);
            QVERIFY(stored && stored.value().has_value());
            Petition p = stored.value()->petition;
            p.attachments = {
                AttachmentRef{QStringLiteral("a%1").arg(id), QStringLiteral("ảnh hiện trường.jpg"), 120345,
                              QString(64, QLatin1Char('a')), QStringLiteral("image/jpeg")},
                AttachmentRef{QStringLiteral("b%1").arg(id), QStringLiteral("đơn \"gốc\".pdf"), 7,
                              QString(64, QLatin1Char('b')), QStringLiteral("application/pdf")}};
            p.submitter.email.clear();
            QVERIFY2(petitionrows::update(connection, p, stored.value()->seq, &error), qPrintable(error));
        }
    }

    void everyPetitionsJsonIsTheCodecs()
    {
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        QVERIFY(
            q.exec(QStringLiteral("SELECT %1, %2 FROM petitions ORDER BY id")
                       .arg(QLatin1String(petitionrows::kColumns), QLatin1String(petitionrows::kWireJson))));
        int rows = 0, withReply = 0, withClassification = 0, withProcedure = 0, withAttachments = 0;
        while (q.next()) {
            QString error;
            const std::optional<Petition> p = petitionrows::fromRow(q, &error);
            QVERIFY2(p, qPrintable(error));
            QJsonParseError parse;
            const QJsonDocument built =
                QJsonDocument::fromJson(q.value(petitionrows::kColumnCount).toByteArray(), &parse);
            QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString()));
            const QJsonObject expected = wire::encode(*p);
            if (built.object() != expected) {
                qWarning("petition %lld:\n  sql:   %s\n  codec: %s", p->id,
                         built.toJson(QJsonDocument::Compact).constData(),
                         QJsonDocument(expected).toJson(QJsonDocument::Compact).constData());
                QFAIL("the SQL-built JSON differs from the codec's");
            }
            ++rows;
            withReply += p->reply ? 1 : 0;
            withClassification += p->classification ? 1 : 0;
            withProcedure += p->adminProcedure.isEmpty() ? 0 : 1;
            withAttachments += p->attachments.isEmpty() ? 0 : 1;
        }
        QCOMPARE(rows, kPetitions);
        qInfo("%d rows: %d with a reply, %d classified, %d with a procedure, %d with attachments", rows,
              withReply, withClassification, withProcedure, withAttachments);
        // The demo data exercises every optional part (else the comparison above proves less than it says).
        QVERIFY(withReply > 0 && withClassification > 0 && withProcedure > 0 && withAttachments > 0);
    }

    void anEncodedPageIsTheCodecsPage_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("cursor");
        QTest::newRow("first page") << 37 << QString();
        QTest::newRow("middle") << 100 << QStringLiteral("s150");
        QTest::newRow("last, partial") << 1000 << QStringLiteral("s250");
        QSqlDatabase connection = m_db->connection();
        QString error;
        const std::optional<qint64> head = ServerDb::changeHead(connection, &error);
        QVERIFY2(head, qPrintable(error));
        QTest::newRow("nothing left") << 10 << ChangeFeed::encodeCursor(*head);
    }

    void anEncodedPageIsTheCodecsPage()
    {
        QFETCH(int, limit);
        QFETCH(QString, cursor);
        ChangeFeed feed(*m_db);
        Result<ChangeFeed::Query> query = ChangeFeed::parseQuery(
            cursor.isEmpty() ? std::nullopt : std::optional<QString>(cursor), QString::number(limit));
        QVERIFY(query);
        User user;
        user.username = QStringLiteral("vanphong");
        user.roles = {toWireName(Role::CityOffice)};
        Result<ChangePage> page = feed.page(user, query.value());
        QVERIFY(page);
        Result<QByteArray> body = feed.encodedPage(user, query.value());
        QVERIFY(body);
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(body.value(), &parse);
        QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString()));
        QCOMPARE(doc.object(), wire::encode(page.value()));
        QVERIFY(page.value().petitions.size() <= limit);
    }

private:
    static constexpr int kPetitions = 300;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDb> m_db;
};

QTEST_GUILESS_MAIN(TstServerWireJson)
#include "tst_server_wirejson.moc"
