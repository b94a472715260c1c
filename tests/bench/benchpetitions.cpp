#include "benchpetitions.h"

#include "benchphrases.h"
#include "net/wirecodec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace pakn::bench {
namespace {

using namespace phrases;

struct StateWeight
{
    PetitionState state;
    int weight;
};

// States by the age of the petition: old ones are mostly closed, recent ones are being handled.
const std::vector<StateWeight> kOldStates = {{PetitionState::Archived, 35}, {PetitionState::Published, 28},
                                             {PetitionState::Replied, 25},  {PetitionState::NotAccepted, 5},
                                             {PetitionState::Forwarded, 4}, {PetitionState::InProgress, 2},
                                             {PetitionState::SentBack, 1}};
const std::vector<StateWeight> kRecentStates = {
    {PetitionState::Replied, 30},   {PetitionState::Published, 8},         {PetitionState::InProgress, 25},
    {PetitionState::SentBack, 4},   {PetitionState::AwaitingApproval, 10}, {PetitionState::Classified, 5},
    {PetitionState::Received, 4},   {PetitionState::Transferred, 5},       {PetitionState::Forwarded, 4},
    {PetitionState::NotAccepted, 5}};
const std::vector<StateWeight> kNewStates = {
    {PetitionState::Submitted, 25},   {PetitionState::Received, 18},   {PetitionState::Classified, 14},
    {PetitionState::Transferred, 10}, {PetitionState::InProgress, 20}, {PetitionState::AwaitingApproval, 5},
    {PetitionState::NotAccepted, 5},  {PetitionState::Forwarded, 3}};

const std::vector<std::pair<Channel, int>> kChannelWeights = {
    {Channel::Portal, 40}, {Channel::Zalo, 20}, {Channel::Hotline, 14},
    {Channel::Email, 10},  {Channel::Post, 4},  {Channel::InPerson, 12}};

template<typename Container, typename WeightOf>
int weighted(QRandomGenerator &rng, const Container &items, WeightOf weightOf)
{
    int total = 0;
    for (const auto &item : items)
        total += weightOf(item);
    int r = int(rng.bounded(quint32(total)));
    int i = 0;
    for (const auto &item : items) {
        r -= weightOf(item);
        if (r < 0)
            return i;
        ++i;
    }
    return i - 1;
}

QString anyOf(QRandomGenerator &rng, const Phrases &list)
{
    return QString::fromUtf8(list[rng.bounded(quint32(list.size()))]);
}

int between(QRandomGenerator &rng, int lo, int hi)
{
    return lo + int(rng.bounded(quint32(hi - lo + 1)));
}

QString fill(QString pattern, const QList<std::pair<const char *, QString>> &values)
{
    for (const auto &[key, value] : values)
        pattern.replace(QLatin1Char('{') + QLatin1String(key) + QLatin1Char('}'), value);
    return pattern;
}

} // namespace

ViewContext benchViewContext()
{
    ViewContext c;
    c.username = QStringLiteral("chuyenvien.xd");
    c.unitId = QStringLiteral("so-xay-dung");
    c.unitSubtree = {QStringLiteral("so-xay-dung"), QStringLiteral("cc-giam-dinh-xd")};
    c.today = kBenchToday;
    c.dueSoonUntil = kBenchToday.addDays(3);
    return c;
}

PetitionGenerator::PetitionGenerator(quint32 seed, qint64 total)
    : m_rng(seed)
    , m_total(total)
{}

QString PetitionGenerator::personName()
{
    return anyOf(m_rng, kFamilyNames) + QLatin1Char(' ') + anyOf(m_rng, kMiddleNames) + QLatin1Char(' ') +
           anyOf(m_rng, kGivenNames);
}

QString PetitionGenerator::composeContent(int field, const QString &street, const QString &ward,
                                          const QDate &received, const QString &submitter)
{
    const FieldText &f = fields()[std::size_t(field)];
    const QDate earlier = received.addDays(-between(m_rng, 20, 90));
    const QList<std::pair<const char *, QString>> values = {
        {"street", street},
        {"ward", ward},
        {"date", earlier.toString(QStringLiteral("dd/MM/yyyy"))},
        {"year", QString::number(between(m_rng, 1994, 2022))},
        {"number", QString::number(between(m_rng, 2, 9))},
        {"we", m_rng.bounded(3) == 0 ? QStringLiteral("chúng tôi") : QStringLiteral("gia đình tôi")},
        {"name", submitter},
        {"address", QStringLiteral("số %1 %2, %3").arg(between(m_rng, 1, 180)).arg(street, ward)},
    };
    // Opening, then issues of the field until the text is long enough, then the request and a closing.
    const int target = between(m_rng, 300, 800);
    const QString request = fill(anyOf(m_rng, f.requests), values);
    const QString closing = anyOf(m_rng, kClosings);
    QStringList parts = {fill(anyOf(m_rng, kOpenings), values)};
    qsizetype length = parts.first().size() + request.size() + closing.size();
    const int firstIssue = int(m_rng.bounded(quint32(f.issues.size())));
    for (std::size_t i = 0; i < f.issues.size() && length < target; ++i) {
        const QString issue =
            fill(QString::fromUtf8(f.issues[(std::size_t(firstIssue) + i) % f.issues.size()]), values);
        parts << issue;
        length += issue.size() + 1;
    }
    if (length < target)
        parts << anyOf(m_rng, kRemarks);
    parts << request << closing;
    return parts.join(QLatin1Char(' '));
}

Petition PetitionGenerator::make(qint64 id)
{
    Petition p;
    p.id = id;
    p.version = between(m_rng, 1, 6);

    // Received over the two years before today, in id order, at roughly even intervals.
    const QDateTime start(kBenchToday.addDays(-730), QTime(0, 0), Qt::OffsetFromUTC, 7 * 3600);
    const qint64 span = qint64(730) * 86400;
    const qint64 step = std::max<qint64>(1, span / m_total);
    p.receivedAt = start.addSecs((id - 1) * span / m_total + m_rng.bounded(quint32(step))).toUTC();
    const QDate receivedDay = p.receivedAt.toOffsetFromUtc(7 * 3600).date();
    if (receivedDay != m_codeDay) {
        m_codeDay = receivedDay;
        m_codeSequence = 0;
    }
    p.code = QStringLiteral("PAKN.%1.%2")
                 .arg(receivedDay.toString(QStringLiteral("yyyyMMdd")))
                 .arg(++m_codeSequence, 4, 10, QLatin1Char('0'));

    const int field = weighted(m_rng, fields(), [](const FieldText &f) { return f.weight; });
    const FieldText &f = fields()[std::size_t(field)];
    p.fieldId = QString::fromLatin1(f.id);
    p.unitId = QString::fromLatin1(
        f.units[std::size_t(weighted(m_rng, f.units, [](const Weighted &w) { return w.weight; }))].value);
    p.channel =
        kChannelWeights[std::size_t(weighted(m_rng, kChannelWeights, [](const auto &c) { return c.second; }))]
            .first;
    p.kind = m_rng.bounded(10) < 7 ? PetitionKind::Feedback : PetitionKind::Recommendation;
    p.category = m_rng.bounded(2) ? 6 : between(m_rng, 1, 8);

    const qint64 age = receivedDay.daysTo(kBenchToday);
    const std::vector<StateWeight> &states = age > 45 ? kOldStates : age > 15 ? kRecentStates : kNewStates;
    p.state =
        states[std::size_t(weighted(m_rng, states, [](const StateWeight &s) { return s.weight; }))].state;
    if (p.state != PetitionState::NotAccepted && p.state != PetitionState::Forwarded)
        p.dueDate = receivedDay.addDays(between(m_rng, 15, 30));

    const bool handled = p.state == PetitionState::InProgress || p.state == PetitionState::AwaitingApproval ||
                         p.state == PetitionState::Replied || p.state == PetitionState::SentBack ||
                         p.state == PetitionState::Published || p.state == PetitionState::Archived;
    if (handled || (p.state == PetitionState::Classified && m_rng.bounded(2))) {
        for (const auto &[unit, officers] : unitOfficers()) {
            if (p.unitId == QLatin1String(unit))
                p.assignee = anyOf(m_rng, officers);
        }
    }

    const Place &place = places()[m_rng.bounded(quint32(places().size()))];
    const QString ward = QString::fromUtf8(place.ward);
    const QString street = anyOf(m_rng, place.streets);
    p.title = fill(anyOf(m_rng, f.titles), {{"street", street}, {"ward", ward}});
    p.submitter.name = personName();
    p.content = composeContent(field, street, ward, receivedDay, p.submitter.name);
    if (m_rng.bounded(100) < 12) {
        p.submitter.type = SubmitterType::Organisation;
        p.submitter.organisation = anyOf(m_rng, kCompanies);
    }
    p.submitter.phone = QStringLiteral("09%1").arg(m_rng.bounded(100000000u), 8, 10, QLatin1Char('0'));
    if (m_rng.bounded(100) < 40)
        p.submitter.email = QStringLiteral("nguoidan%1@example.vn").arg(id);
    if (m_rng.bounded(100) < 80)
        p.submitter.address =
            QStringLiteral("số %1 %2, %3, Hà Nội").arg(between(m_rng, 1, 180)).arg(street, ward);
    p.updatedAt = std::min(p.receivedAt.addDays(between(m_rng, 0, 40)),
                           QDateTime(kBenchToday, QTime(0, 0), Qt::OffsetFromUTC, 7 * 3600).toUTC());
    return p;
}

QString writeWorkflowExtras(QSqlDatabase db, quint32 seed)
{
    QRandomGenerator rng(seed);
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery open(db);
    open.setForwardOnly(true);
    if (!open.exec(QStringLiteral("SELECT id, state, received_at, version FROM petitions WHERE state IN "
                                  "('in_progress', 'sent_back', 'awaiting_approval') ORDER BY id")))
        return open.lastError().text();
    QSqlQuery event(db);
    event.prepare(
        QStringLiteral("INSERT INTO timeline_events (petition_id, kind, actor, at) VALUES (?, ?, ?, ?)"));
    QSqlQuery draft(db);
    draft.prepare(QStringLiteral(
        "INSERT INTO reply_drafts (petition_id, base_version, body, updated_at) VALUES (?, ?, ?, ?)"));
    QSqlQuery outbox(db);
    outbox.prepare(QStringLiteral("INSERT INTO outbox (petition_id, command, payload, base_version, "
                                  "idempotency_key, created_at) VALUES (?, ?, '{}', ?, ?, ?)"));
    auto fail = [&db](const QSqlQuery &q) {
        db.rollback();
        return q.lastError().text();
    };
    int drafts = 0;
    int commands = 0;
    while (open.next()) {
        const qint64 id = open.value(0).toLongLong();
        const QString state = open.value(1).toString();
        const QDateTime received = QDateTime::fromString(open.value(2).toString(), Qt::ISODate);
        const qint64 version = open.value(3).toLongLong();
        QStringList kinds = {QStringLiteral("received"), QStringLiteral("assigned")};
        // A petition sent back, and a quarter of those in progress, were last returned to their officer.
        if (state == QLatin1String("sent_back") ||
            (state == QLatin1String("in_progress") && rng.bounded(4) == 0))
            kinds << QStringLiteral("return"); // the command's wire name, as PetitionStore mirrors it
        for (int i = 0; i < kinds.size(); ++i) {
            event.addBindValue(id);
            event.addBindValue(kinds.at(i));
            event.addBindValue(QStringLiteral("chuyenvien.xd"));
            event.addBindValue(wire::encodeInstant(received.addDays(i * 3 + 1)));
            if (!event.exec())
                return fail(event);
        }
        const QString at = wire::encodeInstant(received.addDays(10));
        if (drafts < 40 && rng.bounded(50) == 0) {
            ++drafts;
            draft.addBindValue(id);
            draft.addBindValue(version);
            draft.addBindValue(QStringLiteral("Kính gửi Ông/Bà, UBND đã nhận được phản ánh …"));
            draft.addBindValue(at);
            if (!draft.exec())
                return fail(draft);
        }
        if (commands < 60 && rng.bounded(40) == 0) {
            for (int i = 0, n = between(rng, 1, 2); i < n; ++i) {
                ++commands;
                outbox.addBindValue(id);
                outbox.addBindValue(i == 0 ? QStringLiteral("note") : QStringLiteral("progress"));
                outbox.addBindValue(version);
                outbox.addBindValue(QStringLiteral("bench-%1").arg(commands));
                outbox.addBindValue(at);
                if (!outbox.exec())
                    return fail(outbox);
            }
        }
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

} // namespace pakn::bench
