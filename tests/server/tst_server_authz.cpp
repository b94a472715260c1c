// The authorisation matrix of pakn-server over real HTTPS: every endpoint × role (officer, focal, leader,
// city office, no role) × scope (a petition of the user's own unit, of a unit below it, of an unrelated
// unit), with the exact status each must get. The expectations are written out by hand from DESIGN.md §1 and
// domain.md §2 (who does which step) — they are not computed from the workflow table the server uses.

#include "commandclient.h"
#include "httpsclient.h"
#include "net/wirecodec.h"
#include "petitionfactory.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTest>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

namespace {

// The five callers: letter → user. All in so-xay-dung (whose subtree is so-xay-dung + cc-giam-dinh-xd),
// except the city office; N has no role at all (made with `pakn-server users set` before the server starts).
const QMap<QChar, QString> kUsers = {
    {QLatin1Char('O'), QStringLiteral("chuyenvien.xd")}, {QLatin1Char('F'), QStringLiteral("daumoi.xd")},
    {QLatin1Char('L'), QStringLiteral("lanhdao.xd")},    {QLatin1Char('C'), QStringLiteral("vanphong")},
    {QLatin1Char('N'), QStringLiteral("khach")},
};

const Place &place(const QString &name)
{
    return name == QLatin1String("sub")   ? kChiCucGiamDinh
           : name == QLatin1String("out") ? kHoanKiem
                                          : kSoXayDung;
}

/// One row of the matrix: a command run on a petition in `state` at each place, and what each caller gets,
/// written "O403 F200 …" in the order they run (refusals first: a success may change the petition).
struct CommandRow
{
    const char *command;
    PetitionState state;
    const char *in;
    const char *sub;
    const char *out;
};

using S = PetitionState;
const CommandRow kCommandMatrix[] = {
    {"receive", S::Transferred, "O403 L403 C403 N404 F200", "O404 F404 L403 C403 N404",
     "O404 F404 L404 C403 N404"},
    {"reject", S::Received, "O403 L403 N404 F200 C200", "O404 F404 L403 N404 C200",
     "O404 F404 L404 N404 C200"},
    {"classify", S::Received, "O403 L403 N404 F200 C200", "O404 F404 L403 N404 C200",
     "O404 F404 L404 N404 C200"},
    {"transfer", S::Received, "O403 L403 C403 N404 F200", "O404 F404 L403 C403 N404",
     "O404 F404 L404 C403 N404"},
    {"forward", S::Classified, "O403 F403 L403 N404 C200", "O404 F404 L403 N404 C200",
     "O404 F404 L404 N404 C200"},
    {"assign", S::Received, "O403 C403 N404 F200 L200", "O404 F404 C403 N404 L200",
     "O404 F404 L404 C403 N404"},
    {"note", S::Received, "N404 O200 F200 L200 C200", "O404 F404 N404 L200 C200", "O404 F404 L404 N404 C200"},
    {"progress_update", S::InProgress, "F403 L403 C403 N404 O200", "O404 F404 L403 C403 N404",
     "O404 F404 L404 C403 N404"},
    {"save_reply", S::InProgress, "F403 L403 C403 N404 O200", "O404 F404 L403 C403 N404",
     "O404 F404 L404 C403 N404"},
    {"submit_reply", S::InProgress, "F403 L403 C403 N404 O200", "O404 F404 L403 C403 N404",
     "O404 F404 L404 C403 N404"},
    {"approve", S::AwaitingApproval, "O403 F403 C403 N404 L200", "O404 F404 C403 N404 L200",
     "O404 F404 L404 C403 N404"},
    {"return", S::AwaitingApproval, "O403 F403 C403 N404 L200", "O404 F404 C403 N404 L200",
     "O404 F404 L404 C403 N404"},
    {"publish", S::Replied, "O403 F403 L403 N404 C200", "O404 F404 L403 N404 C200",
     "O404 F404 L404 N404 C200"},
    {"send_back", S::Replied, "O403 F403 L403 N404 C200", "O404 F404 L403 N404 C200",
     "O404 F404 L404 N404 C200"},
    {"archive", S::Published, "O403 F403 L403 N404 C200", "O404 F404 L403 N404 C200",
     "O404 F404 L404 N404 C200"},
};

QByteArray pdf(int n)
{
    return "%PDF-1.4 tệp số " + QByteArray::number(n);
}

} // namespace

class TstServerAuthz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void commands_data();
    void commands();
    void readPetition_data();
    void readPetition();
    void changeFeed_showsExactlyTheScope_data();
    void changeFeed_showsExactlyTheScope();
    void referenceAndSignOut_data();
    void referenceAndSignOut();
    void uploads_data();
    void uploads();
    void attachments_data();
    void attachments();

private:
    /// The petition of a (row, place), prepared once; prepared again when a success moved it out of `state`.
    Petition petitionFor(const QString &key, PetitionState state, const Place &at);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpsClient> m_client;
    std::unique_ptr<CommandClient> m_commands;
    std::unique_ptr<PetitionFactory> m_factory;
    QMap<QString, qint64> m_prepared;     // "command/place" → petition
    QMap<QString, qint64> m_readable;     // place → a petition there
    QString m_upload;                     // chuyenvien.xd's upload, not completed
    QMap<QString, QString> m_attachments; // "own", "in", "out" → attachment id
};

void TstServerAuthz::initTestCase()
{
    m_server =
        std::make_unique<ServerProcess>(QStringList{QStringLiteral("--petitions"), QStringLiteral("8000")});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_server->stop();
    // The user without any role.
    QFile password(m_server->dataDir() + QStringLiteral("/khach.pw"));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("pakn-demo\n");
    password.close();
    QProcess users;
    users.start(serverExecutable(),
                {QStringLiteral("users"), QStringLiteral("set"), QStringLiteral("khach"),
                 QStringLiteral("--password-file"), password.fileName(), QStringLiteral("--roles"), QString(),
                 QStringLiteral("--unit"), QStringLiteral("so-xay-dung"), QStringLiteral("--full-name"),
                 QStringLiteral("Khách"), QStringLiteral("--data-dir"), m_server->dataDir()});
    QVERIFY(users.waitForFinished(60'000));
    QCOMPARE(users.exitCode(), 0);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpsClient>(m_server->baseUrl(), m_server->sslConfiguration());
    m_commands = std::make_unique<CommandClient>(*m_client);
    QVERIFY(m_commands->actor(QStringLiteral("khach"), &error).user.roles.isEmpty());
    m_factory = std::make_unique<PetitionFactory>(*m_commands);
    QVERIFY2(m_factory->load(*m_client, &error), qPrintable(error));
    QVERIFY2(m_factory->available() >= 60, qPrintable(QString::number(m_factory->available())));
}

void TstServerAuthz::cleanupTestCase()
{
    m_factory.reset();
    m_commands.reset();
    m_client.reset();
    m_server.reset();
}

Petition TstServerAuthz::petitionFor(const QString &key, PetitionState state, const Place &at)
{
    if (m_prepared.contains(key)) {
        const std::optional<Petition> p =
            m_commands->petition(QStringLiteral("vanphong"), m_prepared.value(key));
        if (p && p->state == state && p->unitId == QLatin1String(at.unit))
            return *p;
    }
    const Petition p = m_factory->prepare(state, at);
    m_prepared.insert(key, p.id);
    return p;
}

void TstServerAuthz::commands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QChar>("caller");
    QTest::addColumn<int>("status");
    for (const CommandRow &row : kCommandMatrix) {
        for (const char *where : {"in", "sub", "out"}) {
            const char *cells = QLatin1String(where) == QLatin1String("in")    ? row.in
                                : QLatin1String(where) == QLatin1String("sub") ? row.sub
                                                                               : row.out;
            for (const QString &cell : QString::fromLatin1(cells).split(QLatin1Char(' '))) {
                QTest::addRow("%s at %s by %c", row.command, where, cell.at(0).toLatin1())
                    << QString::fromLatin1(row.command) << static_cast<int>(row.state)
                    << QString::fromLatin1(where) << cell.at(0) << cell.mid(1).toInt();
            }
        }
    }
}

void TstServerAuthz::commands()
{
    QFETCH(QString, command);
    QFETCH(int, state);
    QFETCH(QString, where);
    QFETCH(QChar, caller);
    QFETCH(int, status);
    const Place &at = place(where);
    const Petition before =
        petitionFor(command + QLatin1Char('/') + where, static_cast<PetitionState>(state), at);
    QVERIFY(before.id > 0);
    const HttpResult r = m_commands->command(kUsers.value(caller), before.id, before.version,
                                             PetitionFactory::commandBody(command, at));
    QVERIFY2(r.status == status,
             qPrintable(QStringLiteral("HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)))));
    const Petition after = *m_commands->petition(QStringLiteral("vanphong"), before.id);
    if (status == 200) {
        QCOMPARE(after.version, before.version + 1);
        QCOMPARE(after.timeline.last().actor, kUsers.value(caller));
    } else {
        QVERIFY(r.isProblem(status == 403 ? "forbidden" : "not_found", status));
        QCOMPARE(after, before); // refused: nothing changed
    }
}

void TstServerAuthz::readPetition_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QChar>("caller");
    QTest::addColumn<int>("status");
    const QList<std::pair<const char *, const char *>> matrix = {
        {"in", "O200 F200 L200 C200 N404"},
        {"sub", "O404 F404 L200 C200 N404"},
        {"out", "O404 F404 L404 C200 N404"},
    };
    for (const auto &[where, cells] : matrix) {
        for (const QString &cell : QString::fromLatin1(cells).split(QLatin1Char(' ')))
            QTest::addRow("%s by %c", where, cell.at(0).toLatin1())
                << QString::fromLatin1(where) << cell.at(0) << cell.mid(1).toInt();
    }
}

void TstServerAuthz::readPetition()
{
    QFETCH(QString, where);
    QFETCH(QChar, caller);
    QFETCH(int, status);
    if (!m_readable.contains(where))
        m_readable.insert(where, m_factory->prepare(S::InProgress, place(where)).id);
    const HttpResult r = m_commands->get(kUsers.value(caller), m_readable.value(where));
    QCOMPARE(r.status, status);
    if (status == 200)
        QCOMPARE(r.json.value(QStringLiteral("id")).toInteger(), m_readable.value(where));
    else
        QVERIFY(r.isProblem("not_found", 404));
}

void TstServerAuthz::changeFeed_showsExactlyTheScope_data()
{
    QTest::addColumn<QChar>("caller");
    QTest::addColumn<QStringList>("units"); // empty: every unit
    QTest::newRow("officer") << QChar(u'O') << QStringList{QStringLiteral("so-xay-dung")};
    QTest::newRow("focal") << QChar(u'F') << QStringList{QStringLiteral("so-xay-dung")};
    QTest::newRow("leader") << QChar(u'L')
                            << QStringList{QStringLiteral("so-xay-dung"), QStringLiteral("cc-giam-dinh-xd")};
    QTest::newRow("city office") << QChar(u'C') << QStringList();
    QTest::newRow("no role") << QChar(u'N') << QStringList{QStringLiteral("-")};
}

void TstServerAuthz::changeFeed_showsExactlyTheScope()
{
    QFETCH(QChar, caller);
    QFETCH(QStringList, units);
    // Nothing changes while these rows run: one walk as the city office serves them all.
    static const Walk all = walkChanges(*m_client, m_commands->actor(QStringLiteral("vanphong")).token, 1000);
    const Walk mine = walkChanges(*m_client, m_commands->actor(kUsers.value(caller)).token, 1000);
    QVERIFY2(mine.error.isEmpty(), qPrintable(mine.error));
    QSet<qint64> expected, got;
    for (const Petition &p : all.petitions) {
        if (units.isEmpty() || units.contains(p.unitId))
            expected.insert(p.id);
    }
    for (const Petition &p : mine.petitions)
        got.insert(p.id);
    QCOMPARE(got, expected);
}

void TstServerAuthz::referenceAndSignOut_data()
{
    QTest::addColumn<QChar>("caller");
    for (const QChar c :
         {QLatin1Char('O'), QLatin1Char('F'), QLatin1Char('L'), QLatin1Char('C'), QLatin1Char('N')})
        QTest::addRow("%c", c.toLatin1()) << c;
}

void TstServerAuthz::referenceAndSignOut()
{
    QFETCH(QChar, caller);
    QString why;
    const std::optional<SessionGrant> grant =
        signIn(*m_client, kUsers.value(caller), &why); // a session of its own
    QVERIFY2(grant, qPrintable(why));
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/reference"), grant->accessToken).status, 200);
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/api/v1/session"), {}, grant->accessToken).status, 204);
}

void TstServerAuthz::uploads_data()
{
    QTest::addColumn<QChar>("caller");
    QTest::addColumn<int>("create");  // POST /uploads
    QTest::addColumn<int>("foreign"); // GET, PUT, complete on chuyenvien.xd's upload
    QTest::newRow("officer, the owner") << QChar(u'O') << 201 << 200;
    QTest::newRow("focal") << QChar(u'F') << 201 << 404;
    QTest::newRow("leader") << QChar(u'L') << 201 << 404;
    QTest::newRow("city office") << QChar(u'C') << 201 << 404;
    QTest::newRow("no role") << QChar(u'N') << 403 << 404;
}

void TstServerAuthz::uploads()
{
    QFETCH(QChar, caller);
    QFETCH(int, create);
    QFETCH(int, foreign);
    const QString token = m_commands->actor(kUsers.value(caller)).token;
    const QByteArray content = pdf(1);
    const QJsonObject declared{
        {QStringLiteral("name"), QStringLiteral("a.pdf")},
        {QStringLiteral("size"), content.size()},
        {QStringLiteral("sha256"),
         QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("mime"), QStringLiteral("application/pdf")}};
    QCOMPARE(m_client->postJson(QStringLiteral("/api/v1/uploads"), declared, token).status, create);
    if (m_upload.isEmpty())
        m_upload = m_client
                       ->postJson(QStringLiteral("/api/v1/uploads"), declared,
                                  m_commands->actor(kUsers.value(QLatin1Char('O'))).token)
                       .json.value(QStringLiteral("upload_id"))
                       .toString();
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/uploads/") + m_upload, token).status, foreign);
    if (foreign == 404) {
        QCOMPARE(m_client
                     ->request("PUT", QStringLiteral("/api/v1/uploads/%1?offset=0").arg(m_upload), content,
                               "application/octet-stream", token)
                     .status,
                 404);
        QCOMPARE(
            m_client
                ->request("POST", QStringLiteral("/api/v1/uploads/%1/complete").arg(m_upload), {}, {}, token)
                .status,
            404);
    }
}

void TstServerAuthz::attachments_data()
{
    QTest::addColumn<QString>("which"); // own: not used by a petition; in, out: on a reply at that place
    QTest::addColumn<QChar>("caller");
    QTest::addColumn<int>("status");
    const QList<std::pair<const char *, const char *>> matrix = {
        {"own", "O200 F404 L404 C404 N404"},
        {"in", "O200 F200 L200 C200 N404"},
        {"out", "O404 F404 L404 C200 N404"},
    };
    for (const auto &[which, cells] : matrix) {
        for (const QString &cell : QString::fromLatin1(cells).split(QLatin1Char(' ')))
            QTest::addRow("%s by %c", which, cell.at(0).toLatin1())
                << QString::fromLatin1(which) << cell.at(0) << cell.mid(1).toInt();
    }
}

void TstServerAuthz::attachments()
{
    QFETCH(QString, which);
    QFETCH(QChar, caller);
    QFETCH(int, status);
    if (!m_attachments.contains(which)) {
        // Uploaded by chuyenvien.xd (own, in) or chuyenvien.hk (out); in and out go on a reply at their
        // place.
        const Place &at = place(which == QLatin1String("own") ? QStringLiteral("in") : which);
        const QString uploader = QLatin1String(at.officer);
        const QByteArray content = pdf(static_cast<int>(m_attachments.size()) + 10);
        const HttpResult created = m_client->postJson(
            QStringLiteral("/api/v1/uploads"),
            {{QStringLiteral("name"), QStringLiteral("b.pdf")},
             {QStringLiteral("size"), content.size()},
             {QStringLiteral("sha256"),
              QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
             {QStringLiteral("mime"), QStringLiteral("application/pdf")}},
            m_commands->actor(uploader).token);
        const QString id = created.json.value(QStringLiteral("upload_id")).toString();
        QCOMPARE(m_client
                     ->request("PUT", QStringLiteral("/api/v1/uploads/%1?offset=0").arg(id), content,
                               "application/octet-stream", m_commands->actor(uploader).token)
                     .status,
                 200);
        const QString attachment =
            m_client
                ->request("POST", QStringLiteral("/api/v1/uploads/%1/complete").arg(id), {}, {},
                          m_commands->actor(uploader).token)
                .json.value(QStringLiteral("attachment"))
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        QVERIFY(!attachment.isEmpty());
        if (which != QLatin1String("own")) {
            const Petition p = m_factory->prepare(S::InProgress, at);
            QJsonObject body = PetitionFactory::commandBody(QStringLiteral("save_reply"), at);
            QJsonObject reply = body.value(QStringLiteral("reply")).toObject();
            reply.insert(QStringLiteral("attachments"), QJsonArray{attachment});
            body.insert(QStringLiteral("reply"), reply);
            m_factory->step(uploader, p, body);
        }
        m_attachments.insert(which, attachment);
    }
    const HttpResult r = m_client->get(QStringLiteral("/api/v1/attachments/") + m_attachments.value(which),
                                       m_commands->actor(kUsers.value(caller)).token);
    QCOMPARE(r.status, status);
}

QTEST_GUILESS_MAIN(TstServerAuthz)
#include "tst_server_authz.moc"
