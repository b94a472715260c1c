#include "changefeed.h"

#include "accessscope.h"
#include "petitionrows.h"

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

/// Ends the read transaction whatever path the function leaves by.
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        m_open = q.exec(QStringLiteral("BEGIN"));
        if (!m_open)
            m_error = q.lastError();
    }
    ~ReadTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
    }
    bool isOpen() const { return m_open; }
    const QSqlError &error() const { return m_error; }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
    QSqlError m_error;
};

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

    QString sql = QStringLiteral("SELECT %1, seq FROM petitions WHERE seq > ?")
                      .arg(QLatin1String(petitionrows::kColumns));
    if (!scope.value().coversEverything()) {
        const qsizetype n = scope.value().unitIds().size();
        sql += n == 0
                   ? QStringLiteral(" AND 0")
                   : QStringLiteral(" AND unit_id IN (%1)").arg(QStringLiteral("?, ").repeated(n).chopped(2));
    }
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(query.afterSeq.value_or(0));
    if (!scope.value().coversEverything()) {
        for (const QString &unit : scope.value().unitIds())
            q.addBindValue(unit);
    }
    q.addBindValue(query.limit + 1); // one more tells whether there is a next page
    if (!q.exec())
        return ServerDb::problemFor(q.lastError(), "read changes");

    const int seqColumn = 21;
    ChangePage page;
    qint64 lastSeq = -1;
    while (q.next()) {
        if (page.petitions.size() == query.limit) {
            page.hasMore = true;
            break;
        }
        std::optional<Petition> p = petitionrows::fromRow(q, &error);
        if (!p) {
            return ServerDb::problemFor(QSqlError(error), "decode petition");
        }
        page.petitions.append(std::move(*p));
        lastSeq = q.value(seqColumn).toLongLong();
    }
    if (lastSeq >= 0)
        page.nextCursor = encodeCursor(lastSeq);
    else
        page.nextCursor = encodeCursor(query.afterSeq.value_or(*head));
    return page;
}

} // namespace pakn::server
