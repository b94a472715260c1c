// pakn-server's demo data over real HTTPS: every state, channel, field, category and role occurs; each
// petition is consistent with its state (holder, assignee, deadline on the published calendar, timeline,
// reply, classification); the same options give the same data.

#include "domain/referencedata.h"
#include "domain/workflow.h"
#include "httpsclient.h"
#include "net/wirecodec.h"
#include "publishedcalendar.h"
#include "serverprocess.h"

#include <QDir>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

namespace {

constexpr int kDemoPetitions = 600;
constexpr qint64 kHanoiOffsetSeconds = 7 * 3600;
// ServerProcess anchors the demo data at 2026-11-28; nothing changes after 17:00 that day in Hà Nội.
const QDate kDemoToday(2026, 11, 28);
const QDateTime kAnchorInstant(kDemoToday, QTime(10, 0), Qt::UTC);

QDate hanoiDate(const QDateTime &instant)
{
    return instant.toUTC().addSecs(kHanoiOffsetSeconds).date();
}

/// The deadline rule of the demo data as a property of the working-day calendar: the due date is a working
/// day, and exactly 20 working days lie after the day of receipt up to it (domain.md §1.2, Civil Code art.
/// 147), on the calendar with the published decisions.
bool isHandlingDeadline(QDate received, QDate due)
{
    const WorkingCalendar &calendar = publishedCalendar();
    return calendar.isWorkingDay(due) && calendar.workingDaysBetween(received, due) == 20;
}

} // namespace

class TstServerDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoData_coversStatesChannelsFieldsAndRoles();
    void demoData_isConsistentWithEachState();
    void demoData_isDeterministic();
    void demoData_namesRelatedProceduresAndRegulations();
    void schema3_addsTheProcedureToADatabaseOfSchema2();
    void demoData_timelinesReplayThroughTheWorkflow();
    void demoData_repliesAndClassificationsFollowTheState();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpsClient> m_client;
    QList<Petition> m_all; // everything, as the city office sees it
};

void TstServerDemo::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpsClient>(m_server->baseUrl(), m_server->sslConfiguration());
    const std::optional<SessionGrant> grant = signIn(*m_client, QStringLiteral("vanphong"), &error);
    QVERIFY2(grant, qPrintable(error));
    const Walk all = walkChanges(*m_client, grant->accessToken, 1000);
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    m_all = all.petitions;
    QCOMPARE(m_all.size(), qsizetype(kDemoPetitions));
}

void TstServerDemo::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
}

void TstServerDemo::demoData_coversStatesChannelsFieldsAndRoles()
{
    QSet<PetitionState> states;
    QSet<Channel> channels;
    QSet<QString> fields;
    QSet<int> categories;
    QSet<PetitionKind> kinds;
    QSet<SubmitterType> submitterTypes;
    for (const Petition &p : std::as_const(m_all)) {
        states.insert(p.state);
        channels.insert(p.channel);
        fields.insert(p.fieldId);
        categories.insert(p.category);
        kinds.insert(p.kind);
        submitterTypes.insert(p.submitter.type);
    }
    QCOMPARE(states.size(), qsizetype(std::size(kAllPetitionStates)));
    QCOMPARE(channels.size(), qsizetype(std::size(kAllChannels)));
    QCOMPARE(fields.size(), qsizetype(10));
    QCOMPARE(categories, (QSet<int>{1, 2, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(kinds.size(), qsizetype(2));
    QCOMPARE(submitterTypes.size(), qsizetype(2));
    for (const PetitionState s : kAllPetitionStates) {
        const auto n =
            std::count_if(m_all.cbegin(), m_all.cend(), [s](const Petition &p) { return p.state == s; });
        QVERIFY2(n >= 5, qPrintable(toWireName(s))); // a handful of each
    }
    // Portal and Zalo bring the most.
    QMap<Channel, int> perChannel;
    for (const Petition &p : std::as_const(m_all))
        ++perChannel[p.channel];
    for (const Channel c : {Channel::Hotline, Channel::Email, Channel::Post, Channel::InPerson}) {
        QVERIFY(perChannel[Channel::Portal] > perChannel[c]);
        QVERIFY(perChannel[Channel::Zalo] > perChannel[c]);
    }

    QSet<QString> roles;
    for (const QString &user :
         {QStringLiteral("vanphong"), QStringLiteral("daumoi.xd"), QStringLiteral("lanhdao.xd"),
          QStringLiteral("chuyenvien.xd"), QStringLiteral("chuyenvien2.xd")}) {
        QString why;
        const std::optional<SessionGrant> grant = signIn(*m_client, user, &why);
        QVERIFY2(grant, qPrintable(why));
        for (const QString &r : grant->user.roles)
            roles.insert(r);
    }
    QCOMPARE(roles.size(), qsizetype(std::size(kAllRoles)));
}

void TstServerDemo::demoData_isConsistentWithEachState()
{
    static const QRegularExpression code(QStringLiteral("^PAKN\\.(\\d{8})\\.(\\d{4})$"));
    static const QRegularExpression phone(QStringLiteral("^0[39]\\d{8}$"));
    const QSet<PetitionState> atCityOffice{PetitionState::Submitted, PetitionState::Received,
                                           PetitionState::Classified, PetitionState::Forwarded,
                                           PetitionState::NotAccepted};
    QSet<QString> codes;
    QMap<QString, QString> assigneeUnits; // every assignee must be an officer of the petition's unit
    int withDStroke = 0;
    int oldCount = 0;
    int oldClosed = 0;
    for (const Petition &p : std::as_const(m_all)) {
        const QString where = p.code + QLatin1Char(' ') + toWireName(p.state);
        QVERIFY2(p.version >= 1, qPrintable(where));
        QVERIFY2(p.receivedAt < p.updatedAt && p.updatedAt <= kAnchorInstant, qPrintable(where));
        QVERIFY2(p.receivedAt >= kAnchorInstant.addDays(-731), qPrintable(where));
        const QRegularExpressionMatch m = code.match(p.code);
        QVERIFY2(m.hasMatch(), qPrintable(where));
        QCOMPARE(m.captured(1), hanoiDate(p.receivedAt).toString(QStringLiteral("yyyyMMdd")));
        QVERIFY2(!codes.contains(p.code), qPrintable(where));
        codes.insert(p.code);

        if (atCityOffice.contains(p.state)) {
            QCOMPARE(p.unitId, QStringLiteral("vp-ubnd"));
            QVERIFY2(p.assignee.isEmpty(), qPrintable(where));
        } else if (p.state == PetitionState::Transferred) {
            QVERIFY2(p.unitId != QStringLiteral("vp-ubnd") && p.assignee.isEmpty(), qPrintable(where));
        } else {
            QVERIFY2(!p.assignee.isEmpty() && p.unitId != QStringLiteral("vp-ubnd"), qPrintable(where));
            assigneeUnits.insert(p.assignee + QLatin1Char('@') + p.unitId, p.assignee);
        }
        if (p.state == PetitionState::NotAccepted || p.state == PetitionState::Forwarded)
            QVERIFY2(!p.dueDate.isValid(), qPrintable(where));
        else
            QVERIFY2(isHandlingDeadline(hanoiDate(p.receivedAt), p.dueDate), qPrintable(where));

        QVERIFY2(!p.title.isEmpty() && p.content.size() > 200, qPrintable(where));
        QVERIFY2(!p.submitter.name.isEmpty(), qPrintable(where));
        QCOMPARE(p.submitter.organisation.isEmpty(), p.submitter.type == SubmitterType::Individual);
        QVERIFY2(p.submitter.phone.isEmpty() || phone.match(p.submitter.phone).hasMatch(), qPrintable(where));
        for (const QChar c : p.submitter.email)
            QVERIFY2(c.unicode() < 128, qPrintable(where));
        if (p.content.contains(QChar(0x0111)) || p.content.contains(QChar(0x0110)) ||
            p.title.contains(QChar(0x0111)) || p.title.contains(QChar(0x0110)))
            ++withDStroke;

        const qint64 ageDays = p.receivedAt.daysTo(kAnchorInstant);
        if (ageDays <= 7)
            QVERIFY2(p.state != PetitionState::Published && p.state != PetitionState::Archived,
                     qPrintable(where));
        if (ageDays > 365) {
            ++oldCount;
            oldClosed += p.state == PetitionState::Published || p.state == PetitionState::Archived;
        }
    }
    QVERIFY(withDStroke > m_all.size() / 2);                // realistic Vietnamese text has đ/Đ everywhere
    QVERIFY(oldCount > 0 && oldClosed * 4 >= oldCount * 3); // old petitions are mostly closed

    QString why;
    for (auto it = assigneeUnits.cbegin(); it != assigneeUnits.cend(); ++it) {
        const std::optional<SessionGrant> grant = signIn(*m_client, it.value(), &why);
        QVERIFY2(grant, qPrintable(why));
        QCOMPARE(grant->user.unitId, it.key().mid(it.value().size() + 1));
        QVERIFY2(grant->user.roles.contains(QStringLiteral("officer")), qPrintable(it.key()));
    }
}

void TstServerDemo::demoData_isDeterministic()
{
    const auto serve = [](const QStringList &args, QList<Petition> *out) {
        ServerProcess server(args);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpsClient client(server.baseUrl(), server.sslConfiguration());
        const std::optional<SessionGrant> grant = signIn(client, QStringLiteral("vanphong"), &error);
        QVERIFY2(grant, qPrintable(error));
        const Walk w = walkChanges(client, grant->accessToken, 1000);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        *out = w.petitions;
    };
    const QStringList args{QStringLiteral("--seed"), QStringLiteral("4242"), QStringLiteral("--petitions"),
                           QStringLiteral("150")};
    QList<Petition> first, second, otherSeed;
    serve(args, &first);
    serve(args, &second);
    serve({QStringLiteral("--seed"), QStringLiteral("4243"), QStringLiteral("--petitions"),
           QStringLiteral("150")},
          &otherSeed);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(first.size(), qsizetype(150));
    QCOMPARE(second, first);
    QCOMPARE(otherSeed.size(), qsizetype(150));
    QVERIFY(otherSeed != first);
}

void TstServerDemo::demoData_namesRelatedProceduresAndRegulations()
{
    // Served over the API (GET /changes), as a client reads them: most name a procedure by its national code,
    // some a regulation text by its number, the rest neither.
    static const QRegularExpression code(QStringLiteral("^[12]\\.\\d{6}$"));
    static const QRegularExpression regulation(
        QStringLiteral("^(Quyết định|Nghị quyết) số \\d+/20\\d\\d/(QĐ-UBND|NQ-HĐND) "));
    int procedures = 0, regulations = 0, none = 0;
    QSet<QString> fieldsWithProcedures;
    for (const Petition &p : std::as_const(m_all)) {
        if (p.adminProcedure.isEmpty()) {
            ++none;
        } else if (p.adminProcedure.isRegulation()) {
            ++regulations;
            QVERIFY2(regulation.match(p.adminProcedure.name).hasMatch(), qPrintable(p.adminProcedure.name));
        } else {
            ++procedures;
            fieldsWithProcedures.insert(p.fieldId);
            QVERIFY2(code.match(p.adminProcedure.code).hasMatch(), qPrintable(p.adminProcedure.code));
            QVERIFY(!p.adminProcedure.name.trimmed().isEmpty());
        }
    }
    const int all = int(m_all.size());
    QVERIFY2(procedures > all / 2 && regulations > all / 20 && none > all / 20,
             qPrintable(QStringLiteral("%1 procedures, %2 regulations, %3 none of %4")
                            .arg(procedures)
                            .arg(regulations)
                            .arg(none)
                            .arg(all)));
    QCOMPARE(fieldsWithProcedures.size(), qsizetype(10)); // every field has procedures of its own
}

void TstServerDemo::schema3_addsTheProcedureToADatabaseOfSchema2()
{
    // A database as a schema-2 server left it (no admin_procedure column) is migrated at start, keeps every
    // petition, and serves them without a procedure until one is recorded.
    ServerProcess server({QStringLiteral("--petitions"), QStringLiteral("40")});
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.stop();
    const QString file = QDir(server.dataDir()).filePath(QStringLiteral("pakn-server.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE petitions DROP COLUMN admin_procedure")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    QVERIFY2(server.start(&error), qPrintable(error));
    HttpsClient client(server.baseUrl(), server.sslConfiguration());
    const std::optional<SessionGrant> grant = signIn(client, QStringLiteral("vanphong"), &error);
    QVERIFY2(grant, qPrintable(error));
    const Walk w = walkChanges(client, grant->accessToken, 1000);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    QCOMPARE(w.petitions.size(), qsizetype(40));
    for (const Petition &p : w.petitions)
        QVERIFY(p.adminProcedure.isEmpty());
    server.stop();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
    db.setDatabaseName(file);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
}

void TstServerDemo::demoData_timelinesReplayThroughTheWorkflow()
{
    QString why;
    const std::optional<SessionGrant> grant = signIn(*m_client, QStringLiteral("vanphong"), &why);
    QVERIFY2(grant, qPrintable(why));
    const HttpResult r = m_client->get(QStringLiteral("/api/v1/reference"), grant->accessToken);
    QCOMPARE(r.status, 200);
    const Decoded<ReferenceData> reference = ReferenceData::fromJson(r.json);
    QVERIFY2(reference, qPrintable(reference.error));

    QMap<QString, User> users; // every actor, as the server describes them at sign-in
    qint64 lastId = 0;
    for (const Petition &p : std::as_const(m_all)) {
        const QString where = p.code + QLatin1Char(' ') + toWireName(p.state);
        QCOMPARE(p.timeline.size(), p.version); // one entry per change
        QCOMPARE(p.timeline.first().kind, QStringLiteral("submitted"));
        QCOMPARE(p.timeline.first().at, p.receivedAt);
        if (p.version > 1) // the last change is the last command; a submission may reach the server later
            QCOMPARE(p.timeline.last().at, p.updatedAt);
        // Replay the commands from the submission: each must be allowed to its actor by the workflow table.
        PetitionState state = PetitionState::Submitted;
        QString unit = QStringLiteral("vp-ubnd");
        QString assignee;
        for (qsizetype i = 0; i < p.timeline.size(); ++i) {
            const TimelineEntry &e = p.timeline.at(i);
            QVERIFY2(e.id > lastId, qPrintable(where)); // unique, growing in change order
            lastId = e.id;
            if (i > 0)
                QVERIFY2(e.at >= p.timeline.at(i - 1).at, qPrintable(where));
            if (i == 0)
                continue;
            if (!users.contains(e.actor)) {
                const std::optional<SessionGrant> actor = signIn(*m_client, e.actor, &why);
                QVERIFY2(actor, qPrintable(where + QLatin1Char(' ') + why));
                users.insert(e.actor, actor->user);
            }
            const User &user = users.value(e.actor);
            const std::optional<Command> command = commandFromWire(e.kind);
            QVERIFY2(command, qPrintable(where));
            Standing standing;
            standing.inUnit = unit == user.unitId;
            standing.inSubtree = reference.value->subtree(user.unitId).contains(unit);
            standing.isAssignee = !assignee.isEmpty() && assignee == user.username;
            const std::optional<PetitionState> next = workflow::apply(*command, state, user, standing);
            QVERIFY2(
                next,
                qPrintable(
                    QStringLiteral("%1: %2 by %3 in %4").arg(where, e.kind, e.actor, toWireName(state))));
            state = *next;
            if (*command == Command::Transfer) {
                QVERIFY2(reference.value->unit(e.data.value(QStringLiteral("unit")).toString()),
                         qPrintable(where));
                unit = e.data.value(QStringLiteral("unit")).toString();
            }
            if (*command == Command::Assign)
                assignee = e.data.value(QStringLiteral("assignee")).toString();
        }
        QCOMPARE(state, p.state);
        QCOMPARE(unit, p.unitId);
        QCOMPARE(assignee, p.assignee);
    }
    QVERIFY(users.size() >= 10);
}

void TstServerDemo::demoData_repliesAndClassificationsFollowTheState()
{
    using S = PetitionState;
    const QSet<S> withReply{S::AwaitingApproval, S::Replied, S::SentBack, S::Published, S::Archived};
    const QSet<S> withResult{S::Replied, S::Published, S::Archived};
    const QSet<S> unclassified{S::Submitted, S::Received, S::NotAccepted};
    for (const Petition &p : std::as_const(m_all)) {
        const QString where = p.code + QLatin1Char(' ') + toWireName(p.state);
        QCOMPARE(p.reply.has_value(), withReply.contains(p.state));
        if (p.reply) {
            QVERIFY2(!p.reply->subject.isEmpty() && p.reply->body.contains(p.code), qPrintable(where));
            QVERIFY2(!p.reply->signer.isEmpty() && !p.reply->signerPosition.isEmpty(), qPrintable(where));
            QCOMPARE(p.reply->docNumber.isEmpty(), p.state == S::AwaitingApproval);
        }
        QCOMPARE(p.repliedAt.isValid(), withResult.contains(p.state));
        if (p.repliedAt.isValid()) {
            QVERIFY2(p.repliedAt > p.receivedAt && p.repliedAt <= p.updatedAt, qPrintable(where));
            QCOMPARE(p.reply->issueDate, hanoiDate(p.repliedAt));
        }
        QCOMPARE(p.classification.has_value(), !unclassified.contains(p.state));
        if (p.classification)
            QCOMPARE(p.classification->kind == ClassificationKind::Conduct, p.category == 1);
        QCOMPARE(p.rejectReason.isEmpty(), p.state != S::NotAccepted);
    }
}

QTEST_GUILESS_MAIN(TstServerDemo)
#include "tst_server_demo.moc"
