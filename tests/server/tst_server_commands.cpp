// pakn-server's workflow commands over real HTTPS: a petition's whole journey, each step checked against the
// state the domain rules give, with its timeline entry; bad commands answered 4xx with nothing stored; base
// versions (409 with the current record). Idempotency keys are in tst_server_idempotency.cpp.

#include "commandclient.h"
#include "httpsclient.h"
#include "net/wirecodec.h"
#include "petitionfactory.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

namespace {

QJsonObject cmd(const char *type, QJsonObject members = {})
{
    members.insert(QStringLiteral("type"), QLatin1String(type));
    return members;
}

QJsonObject draft(const QString &subject, const QString &body)
{
    return QJsonObject{{QStringLiteral("doc_number"), QStringLiteral("15/SXD-VP")},
                       {QStringLiteral("signer"), QStringLiteral("Phạm Quang Đông")},
                       {QStringLiteral("signer_position"), QStringLiteral("Phó Giám đốc")},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("body"), body}};
}

} // namespace

class TstServerCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void journey_fromClassifiedToArchived();
    void rejectAndForward_closeThePetitionWithoutADeadline();
    void invalidCommand_isA422NamingTheFieldAndStoresNothing_data();
    void invalidCommand_isA422NamingTheFieldAndStoresNothing();
    void badRequest_isRefusedAndStoresNothing_data();
    void badRequest_isRefusedAndStoresNothing();
    void commandIllegalInTheState_isA403();
    void staleBaseVersion_isA409WithTheCurrentRecord();

private:
    /// Runs `body` as `user` and checks it was applied: 200, the next version, `expected` state, the
    /// timeline.
    Petition step(const QString &user, const Petition &before, const QJsonObject &body,
                  PetitionState expected);
    /// A petition classified by the city office (from one that was classified, received or submitted).
    Petition classifiedAtCityOffice();
    /// A petition transferred to so-xay-dung and received there (state received), by the API.
    Petition receivedAtSoXayDung();

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpsClient> m_client;
    std::unique_ptr<CommandClient> m_commands;
    std::unique_ptr<PetitionFactory> m_factory;
};

void TstServerCommands::initTestCase()
{
    m_server =
        std::make_unique<ServerProcess>(QStringList{QStringLiteral("--petitions"), QStringLiteral("2000")});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpsClient>(m_server->baseUrl(), m_server->sslConfiguration());
    m_commands = std::make_unique<CommandClient>(*m_client);
    m_factory = std::make_unique<PetitionFactory>(*m_commands);
    QVERIFY2(m_factory->load(*m_client, &error), qPrintable(error));
}

void TstServerCommands::cleanupTestCase()
{
    m_factory.reset();
    m_commands.reset();
    m_client.reset();
    m_server.reset();
}

Petition TstServerCommands::step(const QString &user, const Petition &before, const QJsonObject &body,
                                 PetitionState expected)
{
    const HttpResult r = m_commands->command(user, before.id, before.version, body);
    const QString where = user + QLatin1Char(' ') + body.value(QStringLiteral("type")).toString();
    if (r.status != 200) {
        QTest::qFail(
            qPrintable(where + QStringLiteral(": HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body))),
            __FILE__, __LINE__);
        return before;
    }
    const Decoded<Petition> after = wire::decodePetition(r.json);
    if (!after) {
        QTest::qFail(qPrintable(where + after.error), __FILE__, __LINE__);
        return before;
    }
    const Petition &p = *after.value;
    const TimelineEntry &e = p.timeline.last();
    const bool ok = p.version == before.version + 1 && p.state == expected &&
                    p.timeline.size() == before.timeline.size() + 1 &&
                    e.kind == body.value(QStringLiteral("type")).toString() && e.actor == user &&
                    e.at == p.updatedAt && p.updatedAt >= before.updatedAt &&
                    r.header("ETag") == '"' + QByteArray::number(p.version) + '"';
    if (!ok)
        QTest::qFail(qPrintable(where + QStringLiteral(": got state %1 version %2 entry %3 by %4")
                                            .arg(toWireName(p.state))
                                            .arg(p.version)
                                            .arg(e.kind, e.actor)),
                     __FILE__, __LINE__);
    // What the command answered is what is stored.
    if (m_commands->petition(QStringLiteral("vanphong"), p.id) != p)
        QTest::qFail(qPrintable(where + QStringLiteral(": GET differs from the answer")), __FILE__, __LINE__);
    return p;
}

Petition TstServerCommands::classifiedAtCityOffice()
{
    return m_factory->classifiedAtCityOffice();
}

Petition TstServerCommands::receivedAtSoXayDung()
{
    return m_factory->prepare(PetitionState::Received, kSoXayDung);
}

void TstServerCommands::journey_fromClassifiedToArchived()
{
    using S = PetitionState;
    Petition p = classifiedAtCityOffice();
    QVERIFY(p.id > 0);
    const QDate due = p.dueDate;
    const qsizetype entries = p.timeline.size();
    const QString city = QStringLiteral("vanphong"), focal = QStringLiteral("daumoi.xd"),
                  officer = QStringLiteral("chuyenvien.xd"), leader = QStringLiteral("lanhdao.xd");

    p = step(city, p, cmd("transfer", {{QStringLiteral("unit"), QStringLiteral("so-xay-dung")}}),
             S::Transferred);
    QCOMPARE(p.unitId, QStringLiteral("so-xay-dung"));
    QCOMPARE(p.timeline.last().data.value(QStringLiteral("from")).toString(), QStringLiteral("vp-ubnd"));
    p = step(focal, p, cmd("receive"), S::Received);
    p = step(focal, p,
             cmd("classify", {{QStringLiteral("kind"), QStringLiteral("regulation")},
                              {QStringLiteral("competence"), QStringLiteral("own")},
                              {QStringLiteral("field"), QStringLiteral("xay_dung")},
                              {QStringLiteral("category"), 2}}),
             S::Classified);
    QCOMPARE(p.classification, (Classification{ClassificationKind::Regulation, Competence::Own}));
    QCOMPARE(p.fieldId, QStringLiteral("xay_dung"));
    QCOMPARE(p.category, 2);
    p = step(focal, p, cmd("assign", {{QStringLiteral("assignee"), officer}}), S::InProgress);
    QCOMPARE(p.assignee, officer);
    p = step(officer, p,
             cmd("progress_update", {{QStringLiteral("text"), QStringLiteral("Đang kiểm tra hồ sơ")}}),
             S::InProgress);
    QCOMPARE(p.timeline.last().comment, QStringLiteral("Đang kiểm tra hồ sơ"));
    p = step(officer, p, cmd("note", {{QStringLiteral("text"), QStringLiteral("Ghi chú nội bộ")}}),
             S::InProgress);
    p = step(officer, p,
             cmd("save_reply", {{QStringLiteral("reply"),
                                 draft(QStringLiteral("V/v trả lời"), QStringLiteral("Dự thảo"))}}),
             S::InProgress);
    QCOMPARE(p.reply->subject, QStringLiteral("V/v trả lời"));
    QVERIFY(!p.reply->issueDate.isValid());
    p = step(officer, p, cmd("submit_reply"), S::AwaitingApproval);
    p = step(leader, p,
             cmd("return", {{QStringLiteral("comment"), QStringLiteral("Bổ sung căn cứ pháp lý")}}),
             S::InProgress);
    QCOMPARE(p.timeline.last().comment, QStringLiteral("Bổ sung căn cứ pháp lý"));
    p = step(officer, p,
             cmd("submit_reply", {{QStringLiteral("reply"), draft(QStringLiteral("V/v trả lời"),
                                                                  QStringLiteral("Căn cứ Luật Xây dựng…"))}}),
             S::AwaitingApproval);
    QCOMPARE(p.reply->body, QStringLiteral("Căn cứ Luật Xây dựng…"));
    p = step(leader, p, cmd("approve"), S::Replied);
    QCOMPARE(p.repliedAt, p.updatedAt);
    QVERIFY(p.reply->issueDate.isValid());
    p = step(city, p, cmd("send_back", {{QStringLiteral("comment"), QStringLiteral("Chưa trả lời ý 2")}}),
             S::SentBack);
    QVERIFY(!p.repliedAt.isValid());
    p = step(officer, p,
             cmd("save_reply", {{QStringLiteral("reply"),
                                 draft(QStringLiteral("V/v trả lời"), QStringLiteral("Trả lời đủ hai ý"))}}),
             S::SentBack);
    p = step(officer, p, cmd("submit_reply"), S::AwaitingApproval);
    p = step(leader, p, cmd("approve", {{QStringLiteral("comment"), QStringLiteral("Đồng ý")}}), S::Replied);
    p = step(city, p, cmd("publish"), S::Published);
    p = step(city, p, cmd("archive"), S::Archived);
    QCOMPARE(p.dueDate, due); // the handling deadline counts from receipt and never moves
    QCOMPARE(p.timeline.size(), entries + 17);
}

void TstServerCommands::rejectAndForward_closeThePetitionWithoutADeadline()
{
    using S = PetitionState;
    const QString city = QStringLiteral("vanphong");
    Petition p = classifiedAtCityOffice(); // the city office may reject it up to classification
    QVERIFY(p.dueDate.isValid());
    p = step(city, p, cmd("reject", {{QStringLiteral("reason"), QStringLiteral("anonymous")}}),
             S::NotAccepted);
    QCOMPARE(p.rejectReason, QStringLiteral("anonymous"));
    QCOMPARE(p.timeline.last().data.value(QStringLiteral("reason")).toString(), QStringLiteral("anonymous"));
    QVERIFY(!p.dueDate.isValid());
    p = step(city, p, cmd("archive"), S::Archived);

    Petition f = classifiedAtCityOffice();
    f = step(city, f, cmd("forward", {{QStringLiteral("to"), QStringLiteral("Bộ Xây dựng")}}), S::Forwarded);
    QCOMPARE(f.timeline.last().data.value(QStringLiteral("to")).toString(), QStringLiteral("Bộ Xây dựng"));
    QVERIFY(!f.dueDate.isValid());
    QCOMPARE(f.unitId, QStringLiteral("vp-ubnd"));
}

void TstServerCommands::invalidCommand_isA422NamingTheFieldAndStoresNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QString city = QStringLiteral("vanphong");
    const QString focal = QStringLiteral("daumoi.xd");
    QTest::newRow("unknown type") << focal << cmd("teleport") << QStringLiteral("type");
    QTest::newRow("no type") << focal << QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}
                             << QStringLiteral("type");
    QTest::newRow("type as number") << focal << QJsonObject{{QStringLiteral("type"), 3}}
                                    << QStringLiteral("type");
    QTest::newRow("reject without reason") << focal << cmd("reject") << QStringLiteral("reason");
    QTest::newRow("reject, unknown reason")
        << focal << cmd("reject", {{QStringLiteral("reason"), QStringLiteral("lazy")}})
        << QStringLiteral("reason");
    QTest::newRow("classify, wrong kind")
        << focal
        << cmd("classify", {{QStringLiteral("kind"), QStringLiteral("rule")},
                            {QStringLiteral("competence"), QStringLiteral("own")}})
        << QStringLiteral("kind");
    QTest::newRow("classify, category 9")
        << focal
        << cmd("classify", {{QStringLiteral("kind"), QStringLiteral("conduct")},
                            {QStringLiteral("competence"), QStringLiteral("own")},
                            {QStringLiteral("category"), 9}})
        << QStringLiteral("category");
    QTest::newRow("classify, unknown field")
        << focal
        << cmd("classify", {{QStringLiteral("kind"), QStringLiteral("conduct")},
                            {QStringLiteral("competence"), QStringLiteral("own")},
                            {QStringLiteral("field"), QStringLiteral("thien_van")}})
        << QStringLiteral("field");
    QTest::newRow("transfer, unknown unit")
        << focal << cmd("transfer", {{QStringLiteral("unit"), QStringLiteral("so-mat-trang")}})
        << QStringLiteral("unit");
    QTest::newRow("transfer to the city")
        << focal << cmd("transfer", {{QStringLiteral("unit"), QStringLiteral("tp-hanoi")}})
        << QStringLiteral("unit");
    QTest::newRow("transfer to its own unit")
        << focal << cmd("transfer", {{QStringLiteral("unit"), QStringLiteral("so-xay-dung")}})
        << QStringLiteral("unit");
    QTest::newRow("assign, officer of another unit")
        << focal << cmd("assign", {{QStringLiteral("assignee"), QStringLiteral("chuyenvien.hk")}})
        << QStringLiteral("assignee");
    QTest::newRow("assign, not an officer")
        << focal << cmd("assign", {{QStringLiteral("assignee"), QStringLiteral("lanhdao.xd")}})
        << QStringLiteral("assignee");
    QTest::newRow("assign, nobody") << focal
                                    << cmd("assign", {{QStringLiteral("assignee"), QStringLiteral("ai.do")}})
                                    << QStringLiteral("assignee");
    QTest::newRow("note, empty") << focal << cmd("note", {{QStringLiteral("text"), QStringLiteral("  ")}})
                                 << QStringLiteral("text");
    QTest::newRow("note, number") << focal << cmd("note", {{QStringLiteral("text"), 5}})
                                  << QStringLiteral("text");
    QTest::newRow("note, too long") << city
                                    << cmd("note",
                                           {{QStringLiteral("text"), QString(4001, QLatin1Char('x'))}})
                                    << QStringLiteral("text");
}

void TstServerCommands::invalidCommand_isA422NamingTheFieldAndStoresNothing()
{
    QFETCH(QString, user);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    static Petition p = receivedAtSoXayDung(); // one petition for every row: none may change it
    QVERIFY(p.id > 0);
    const HttpResult r = m_commands->command(user, p.id, p.version, body);
    QVERIFY2(r.isProblem("invalid_command", 422), r.body.constData());
    QCOMPARE(r.json.value(QStringLiteral("field")).toString(), field);
    const QJsonArray errors = r.json.value(QStringLiteral("errors")).toArray();
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().toObject().value(QStringLiteral("field")).toString(), field);
    QVERIFY(!errors.first().toObject().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(m_commands->petition(QStringLiteral("vanphong"), p.id), std::optional<Petition>(p));
}

void TstServerCommands::badRequest_isRefusedAndStoresNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<QNetworkReply::RawHeaderPair>>("headers");
    QTest::addColumn<QString>("path"); // %1: the petition's id
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("status");
    const QList<QNetworkReply::RawHeaderPair> good{{"Idempotency-Key", "k-bad-1"}, {"If-Match", "\"%V\""}};
    const QString commands = QStringLiteral("/api/v1/petitions/%1/commands");
    const QByteArray note = R"({"type":"note","text":"x"})";
    QTest::newRow("malformed json") << QByteArray(R"({"type":"note",)") << good << commands
                                    << QByteArray("malformed_json") << 400;
    QTest::newRow("array") << QByteArray(R"(["note"])") << good << commands << QByteArray("invalid_request")
                           << 400;
    QTest::newRow("empty body") << QByteArray() << good << commands << QByteArray("malformed_json") << 400;
    QTest::newRow("no idempotency key") << note << QList<QNetworkReply::RawHeaderPair>{{"If-Match", "\"%V\""}}
                                        << commands << QByteArray("invalid_header") << 400;
    QTest::newRow("key with spaces") << note
                                     << QList<QNetworkReply::RawHeaderPair>{{"Idempotency-Key", "a b"},
                                                                            {"If-Match", "\"%V\""}}
                                     << commands << QByteArray("invalid_header") << 400;
    QTest::newRow("no if-match") << note
                                 << QList<QNetworkReply::RawHeaderPair>{{"Idempotency-Key", "k-bad-2"}}
                                 << commands << QByteArray("precondition_required") << 428;
    QTest::newRow("if-match not a version")
        << note
        << QList<QNetworkReply::RawHeaderPair>{{"Idempotency-Key", "k-bad-3"}, {"If-Match", "\"abc\""}}
        << commands << QByteArray("invalid_header") << 400;
    QTest::newRow("oversized body") << QByteArray(R"({"type":"note","text":")" +
                                                  QByteArray(2 * 1024 * 1024, 'a') + R"("})")
                                    << good << commands << QByteArray("payload_too_large") << 413;
    QTest::newRow("no such petition") << note << good << QStringLiteral("/api/v1/petitions/99999999/commands")
                                      << QByteArray("not_found") << 404;
}

void TstServerCommands::badRequest_isRefusedAndStoresNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<QNetworkReply::RawHeaderPair>, headers);
    QFETCH(QString, path);
    QFETCH(QByteArray, code);
    QFETCH(int, status);
    static Petition p = receivedAtSoXayDung();
    QVERIFY(p.id > 0);
    for (auto &[name, value] : headers)
        value.replace("%V", QByteArray::number(p.version));
    const HttpResult r =
        m_client->request("POST", path.contains(QLatin1String("%1")) ? path.arg(p.id) : path, body,
                          "application/json", m_commands->actor(QStringLiteral("daumoi.xd")).token, headers);
    QVERIFY2(r.isProblem(code.constData(), status),
             qPrintable(QString::number(r.status) + QString::fromUtf8(r.body)));
    QCOMPARE(m_commands->petition(QStringLiteral("vanphong"), p.id), std::optional<Petition>(p));
}

void TstServerCommands::commandIllegalInTheState_isA403()
{
    const Petition p = receivedAtSoXayDung();
    for (const QJsonObject &body : {cmd("publish"), cmd("approve"), cmd("receive"), cmd("archive")}) {
        const HttpResult r = m_commands->command(QStringLiteral("vanphong"), p.id, p.version, body);
        QVERIFY2(r.isProblem("forbidden", 403), r.body.constData());
    }
    // The focal officer may transfer a received petition, but not publish it, whatever the state.
    const HttpResult r = m_commands->command(QStringLiteral("daumoi.xd"), p.id, p.version, cmd("publish"));
    QVERIFY2(r.isProblem("forbidden", 403), r.body.constData());
    QCOMPARE(m_commands->petition(QStringLiteral("vanphong"), p.id), std::optional<Petition>(p));
}

void TstServerCommands::staleBaseVersion_isA409WithTheCurrentRecord()
{
    Petition p = receivedAtSoXayDung();
    const HttpResult r = m_commands->command(QStringLiteral("daumoi.xd"), p.id, p.version - 1,
                                             cmd("note", {{QStringLiteral("text"), QStringLiteral("x")}}));
    QVERIFY2(r.isProblem("version_conflict", 409), r.body.constData());
    const Decoded<Petition> current =
        wire::decodePetition(r.json.value(QStringLiteral("current")).toObject());
    QVERIFY2(current, qPrintable(current.error));
    QCOMPARE(*current.value, p);
    QCOMPARE(m_commands->petition(QStringLiteral("vanphong"), p.id), std::optional<Petition>(p));
    // Even a command the state forbids is answered 409 when the base is stale: the client must see what
    // moved.
    const HttpResult stale =
        m_commands->command(QStringLiteral("daumoi.xd"), p.id, p.version - 2, cmd("publish"));
    QVERIFY2(stale.isProblem("version_conflict", 409), stale.body.constData());
}

QTEST_GUILESS_MAIN(TstServerCommands)
#include "tst_server_commands.moc"
