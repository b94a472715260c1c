#include "changefeed.h"

#include "accessscope.h"
#include "petitionrows.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn::server {
namespace {

Problem invalidParameter(const char *name, const QString &why)
{
    return {ProblemCode::InvalidParameter, QStringLiteral("%1: %2").arg(QLatin1String(name), why),
            QString::fromLatin1(name)};
}

} // namespace

ChangeFeed::ChangeFeed(ServerDb &db)
    : m_db(db)
{}

QString ChangeFeed::encodeCursor(qint64 seq)
{
    return QStringLiteral("s") + QString::number(seq);
}

std::optional<qint64> ChangeFeed::decodeCursor(const QString &cursor)
{
    static const QRegularExpression pattern(QStringLiteral("^s(0|[1-9][0-9]{0,17})$"));
    const QRegularExpressionMatch m = pattern.match(cursor);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong();
}

Result<ChangeFeed::Query> ChangeFeed::parseQuery(const std::optional<QString> &cursor,
                                                 const std::optional<QString> &limit)
{
    Query query;
    if (cursor) {
        query.afterSeq = decodeCursor(*cursor);
        if (!query.afterSeq)
            return invalidParameter("cursor", QStringLiteral("not a cursor this server issued"));
    }
    if (limit) {
        bool ok = false;
        const int n = limit->toInt(&ok);
        if (!ok || n < 1 || n > kMaxLimit)
            return invalidParameter("limit",
                                    QStringLiteral("expected a whole number from 1 to %1").arg(kMaxLimit));
        query.limit = n;
    }
    return query;
}

Result<ChangePage> ChangeFeed::page(const User &user, const Query &query)
{
    return read(user, query, false);
}

Result<QByteArray> ChangeFeed::encodedPage(const User &user, const Query &query)
{
    Result<ChangePage> page = read(user, query, true);
    if (!page)
        return page.problem();
    // The envelope by the codec, with an empty petition list that the records then fill: `"petitions":[]`
    // occurs once, as the cursor and the numbers cannot hold it.
    const QByteArray envelope = QJsonDocument(wire::encode(page.value())).toJson(QJsonDocument::Compact);
    static const QByteArray kEmpty = QByteArrayLiteral("\"petitions\":[]");
    const qsizetype at = envelope.indexOf(kEmpty);
    Q_ASSERT(at >= 0);
    qsizetype size = envelope.size();
    for (const QByteArray &record : page.value().records)
        size += record.size() + 1;
    QByteArray body;
    body.reserve(size);
    body.append(envelope.constData(), at + kEmpty.size() - 1);
    for (qsizetype i = 0; i < page.value().records.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append(page.value().records.at(i));
    }
    body.append(envelope.constData() + at + kEmpty.size() - 1, envelope.size() - at - kEmpty.size() + 1);
    return body;
}

Result<ChangePage> ChangeFeed::read(const User &user, const Query &query, bool asJson)
{
    QSqlDatabase db = m_db.connection();
    ReadTransaction transaction(db);
    if (!transaction.isOpen())
        return ServerDb::problemFor(transaction.error(), "begin read");

    QString error;
    const std::optional<qint64> head = ServerDb::changeHead(db, &error);
    if (!head)
        return ServerDb::problemFor(QSqlError(error), "read change head");
    if (query.afterSeq && *query.afterSeq > *head)
        return invalidParameter("cursor", QStringLiteral("ahead of this server's changes (was it reset?)"));

    Result<AccessScope> scope = AccessScope::load(db, user);
    if (!scope)
        return scope.problem();

    const AccessScope &sc = scope.value();
    const QString inScope =
        sc.unitIds().isEmpty()
            ? QStringLiteral("(NULL)")
            : QStringLiteral("(%1)").arg(QStringLiteral("?, ").repeated(sc.unitIds().size()).chopped(2));
    const auto bindScope = [&sc](QSqlQuery &q) {
        for (const QString &unit : sc.unitIds())
            q.addBindValue(unit);
    };

    // Up to limit + 1 of each kind, in change order; one more than a page tells whether there is a next one.
    QString sql = QStringLiteral("SELECT %1, seq FROM petitions WHERE seq > ?")
                      .arg(QLatin1String(asJson ? petitionrows::kWireJson : petitionrows::kColumns));
    const int seqColumn = asJson ? 1 : petitionrows::kColumnCount;
    if (!sc.coversEverything())
        sql += QStringLiteral(" AND unit_id IN ") + inScope;
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(query.afterSeq.value_or(0));
    if (!sc.coversEverything())
        bindScope(q);
    q.addBindValue(query.limit + 1);
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "read changes");
    QList<qint64> seqs; // of the petitions, at the same index as `decoded` or `records`
    QList<Petition> decoded;
    QList<QByteArray> records;
    while (q.next()) {
        seqs.append(q.value(seqColumn).toLongLong());
        if (asJson) {
            records.append(q.value(0).toByteArray());
            continue;
        }
        std::optional<Petition> p = petitionrows::fromRow(q, &error);
        if (!p)
            return ServerDb::problemFor(QSqlError(error), "decode petition");
        decoded.append(std::move(*p));
    }
    q.finish();

    // Tombstones: the petition left a unit of the scope after the cursor and is now held outside it. Only
    // after a cursor: a client starting from the beginning holds nothing to delete.
    QList<std::pair<qint64, qint64>> tombstones; // (seq, petition id)
    if (query.afterSeq && !sc.coversEverything() && !sc.unitIds().isEmpty()) {
        q.prepare(QStringLiteral("SELECT e.seq, e.petition_id FROM unit_exits e JOIN petitions p ON p.id = "
                                 "e.petition_id WHERE e.seq > ? AND e.unit_id IN %1 AND p.unit_id NOT IN %1 "
                                 "ORDER BY e.seq LIMIT ?")
                      .arg(inScope));
        q.addBindValue(*query.afterSeq);
        bindScope(q);
        bindScope(q);
        q.addBindValue(query.limit + 1);
        if (!q.exec())
            return ServerDb::problemFor(q.lastError(), "read tombstones");
        while (q.next())
            tombstones.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }

    ChangePage page;
    qint64 lastSeq = -1;
    qsizetype pi = 0, ti = 0;
    for (int taken = 0; pi < seqs.size() || ti < tombstones.size(); ++taken) {
        if (taken == query.limit) {
            page.hasMore = true;
            break;
        }
        const bool petitionFirst =
            ti == tombstones.size() || (pi < seqs.size() && seqs.at(pi) < tombstones.at(ti).first);
        if (petitionFirst) {
            lastSeq = seqs.at(pi);
            if (asJson)
                page.records.append(std::move(records[pi++]));
            else
                page.petitions.append(std::move(decoded[pi++]));
        } else {
            lastSeq = tombstones.at(ti).first;
            const qint64 id = tombstones.at(ti++).second;
            if (!page.tombstones.contains(Tombstone{id}))
                page.tombstones.append(Tombstone{id});
        }
    }
    if (lastSeq >= 0)
        page.nextCursor = encodeCursor(lastSeq);
    else
        page.nextCursor = encodeCursor(query.afterSeq.value_or(*head));

    // How many petitions are left after this page, from the same snapshot, so a client can say "n of m".
    page.remaining = 0;
    if (page.hasMore) {
        QString count = QStringLiteral("SELECT COUNT(*) FROM petitions WHERE seq > ?");
        if (!sc.coversEverything())
            count += QStringLiteral(" AND unit_id IN ") + inScope;
        q.prepare(count);
        q.addBindValue(lastSeq);
        if (!sc.coversEverything())
            bindScope(q);
        if (!q.exec() || !q.next())
            return ServerDb::problemFor(q.lastError(), "count changes");
        page.remaining = q.value(0).toLongLong();
    }
    return page;
}

} // namespace pakn::server
