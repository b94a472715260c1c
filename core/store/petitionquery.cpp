#include "petitionquery.h"

#include "indexbacklog.h"
#include "net/wirecodec.h"
#include "readsnapshot.h"
#include "searchbacklog.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace pakn {
namespace {

std::function<void()> g_afterIndexChosen; // PetitionQuery::setAfterIndexChosenForTests

QString stateList(bool (*predicate)(PetitionState))
{
    QStringList names;
    for (PetitionState s : kAllPetitionStates) {
        if (predicate(s))
            names << QLatin1Char('\'') + toWireName(s) + QLatin1Char('\'');
    }
    return QLatin1Char('(') + names.join(QLatin1Char(',')) + QLatin1Char(')');
}

/// Placeholders for an IN list, appending the values to the binds.
QString inList(const QStringList &values, QVariantList *binds)
{
    QStringList marks;
    for (const QString &v : values) {
        marks << QStringLiteral("?");
        binds->append(v);
    }
    return QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

// What each saved view means. `:user`, `:unit`, `:subtree`, `:today` and `:soon` are bound from the
// ViewContext; `:running` is the list of states in which the handling deadline runs. `tally`, for a view
// that depends only on the unit and the state, is the same condition over `petition_counts c` (the number of
// petitions per unit and state, kept by triggers: cache schema 7), which counts the view from a few rows
// instead of an index scan (the whole table for "All cached": about 3 ms at 100,000 petitions, more with a
// cold page cache); nullptr: the view is counted from `petitions`.
struct ViewRow
{
    SavedView value;
    const char *wire;
    const char *label;
    const char *condition;
    const char *tally;
};

constexpr ViewRow kViews[] = {
    {SavedView::All, "all", QT_TRANSLATE_NOOP("SavedView", "All cached"), "1", "1"},
    {SavedView::AssignedToMe, "assigned_to_me", QT_TRANSLATE_NOOP("SavedView", "Assigned to me"),
     "p.assignee = :user AND p.state IN :running", nullptr},
    {SavedView::ToReceive, "to_receive", QT_TRANSLATE_NOOP("SavedView", "To receive"),
     "p.state IN ('submitted', 'transferred') AND p.unit_id = :unit",
     "c.state IN ('submitted', 'transferred') AND c.unit_id = :unit"},
    {SavedView::ToAssign, "to_assign", QT_TRANSLATE_NOOP("SavedView", "To assign"),
     "p.state IN ('received', 'classified') AND p.assignee IS NULL AND p.unit_id = :unit", nullptr},
    {SavedView::DueSoon, "due_soon", QT_TRANSLATE_NOOP("SavedView", "Due soon"),
     "p.state IN :running AND p.due_date >= :today AND p.due_date <= :soon", nullptr},
    {SavedView::Overdue, "overdue", QT_TRANSLATE_NOOP("SavedView", "Overdue"),
     "p.state IN :running AND p.due_date < :today", nullptr},
    {SavedView::AwaitingMyApproval, "awaiting_my_approval",
     QT_TRANSLATE_NOOP("SavedView", "Awaiting my approval"),
     "p.state = 'awaiting_approval' AND p.unit_id IN :subtree",
     "c.state = 'awaiting_approval' AND c.unit_id IN :subtree"},
    {SavedView::ReturnedToMe, "returned_to_me", QT_TRANSLATE_NOOP("SavedView", "Returned to me"),
     // The state list first, so the index on (assignee, state) skips the user's other petitions.
     "p.assignee = :user AND p.state IN ('sent_back', 'in_progress') AND (p.state = 'sent_back' OR EXISTS"
     " (SELECT 1 FROM timeline_events e WHERE e.petition_id = p.id AND e.kind = 'return' AND e.at = (SELECT"
     " MAX(at) FROM timeline_events WHERE petition_id = p.id)))",
     nullptr},
    {SavedView::Drafts, "drafts", QT_TRANSLATE_NOOP("SavedView", "Drafts"),
     "p.id IN (SELECT petition_id FROM reply_drafts)", nullptr},
    {SavedView::Outbox, "outbox", QT_TRANSLATE_NOOP("SavedView", "Outbox (pending sync)"),
     "p.id IN (SELECT petition_id FROM outbox)", nullptr},
    {SavedView::MyUnit, "my_unit", QT_TRANSLATE_NOOP("SavedView", "All in my unit"), "p.unit_id IN :subtree",
     "c.unit_id IN :subtree"},
    {SavedView::Published, "published", QT_TRANSLATE_NOOP("SavedView", "Published"), "p.state = 'published'",
     "c.state = 'published'"},
};

const ViewRow &viewRow(SavedView view)
{
    for (const ViewRow &r : kViews) {
        if (r.value == view)
            return r;
    }
    Q_UNREACHABLE();
}

// How each sort key orders rows; NULL deadlines sort last either way.
struct SortRow
{
    SortKey key;
    const char *expression;
};

constexpr SortRow kSorts[] = {
    {SortKey::Received, "p.received_at"},
    {SortKey::Deadline, "p.due_date IS NULL, p.due_date"},
    {SortKey::Code, "p.code"},
    {SortKey::Title, "p.title_key"},
    {SortKey::Submitter, "p.submitter_key"},
    {SortKey::Channel, "p.channel"},
    {SortKey::Field, "p.field_id"},
    {SortKey::State, "p.state"},
    {SortKey::Unit, "p.unit_id"},
    {SortKey::Assignee, "p.assignee IS NULL, p.assignee"},
    {SortKey::Relevance, "s.rank"},
};

QString orderBy(const PetitionFilter &filter, bool searching, SearchOrder order = SearchOrder::None)
{
    if (order == SearchOrder::NewestFirst)
        return QStringLiteral(" ORDER BY p.id DESC");
    SortKey key = filter.sortKey;
    if (key == SortKey::Relevance && !searching)
        key = SortKey::Received;
    QString expression;
    for (const SortRow &r : kSorts) {
        if (r.key == key)
            expression = QLatin1String(r.expression);
    }
    // bm25 ranks better matches lower, so "most relevant first" is ascending whatever the header says.
    const bool descending = key != SortKey::Relevance && filter.sortOrder == Qt::DescendingOrder;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList parts;
    for (const QString &part : expression.split(QStringLiteral(", "))) {
        // "x IS NULL" keeps NULLs last in both directions.
        parts << (part.endsWith(QLatin1String("IS NULL")) ? part : part + direction);
    }
    parts << QStringLiteral("p.id") + direction;
    return QStringLiteral(" ORDER BY ") + parts.join(QStringLiteral(", "));
}

/// How a statement reads the full-text matches.
struct FtsShape
{
    bool rank = true;    ///< joins the matches with their bm25 score as `s.rank` (else only tests membership)
    qint64 limit = 0;    ///< > 0: joins only that many matches in the index's order (only right when nothing
                         ///< else filters the matches)
    bool newest = false; ///< with `limit`: by rowid descending instead of by rank
};

/// " FROM … WHERE …" of a statement over `sql`, with its full-text part when searching. Without a score or a
/// limit, the matches are a membership test (`p.id IN (SELECT rowid …)`), which SQLite evaluates once; a join
/// with only the rowids would be flattened and run the MATCH again for every petition the other conditions
/// select (seconds for a short prefix and a channel filter, measured at 100,000 petitions).
QString fromWhere(const QString &from, const QString &where, bool searching, const QString &table,
                  FtsShape shape = {})
{
    if (!searching)
        return from + where;
    if (!shape.rank && shape.limit <= 0) {
        // First in the WHERE clause, as the match is the first bind; `where` is empty or " WHERE 1 AND …".
        const QString membership =
            QStringLiteral(" WHERE p.id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(table);
        Q_ASSERT(where.isEmpty() || where.startsWith(QLatin1String(" WHERE ")));
        return from + membership + (where.isEmpty() ? QString() : QStringLiteral(" AND") + where.mid(6));
    }
    QString limit;
    if (shape.limit > 0)
        limit = (shape.newest ? QStringLiteral(" ORDER BY rowid DESC LIMIT %1")
                              : QStringLiteral(" ORDER BY rank LIMIT %1"))
                    .arg(shape.limit);
    const QString columns =
        shape.rank ? QStringLiteral("rowid, bm25(%1, 10.0, 6.0, 1.0, 3.0, 1.0, 1.0) AS rank").arg(table)
                   : QStringLiteral("rowid");
    return from + QStringLiteral(" JOIN (SELECT %1 FROM %2 WHERE %2 MATCH ?").arg(columns, table) + limit +
           QStringLiteral(") s ON s.rowid = p.id") + where;
}

QString startOfVietnamDay(const QDate &date)
{
    // Dates in filters are Vietnam dates (UTC+7); stored instants are UTC.
    return wire::encodeInstant(QDateTime(date, QTime(0, 0), Qt::OffsetFromUTC, 7 * 3600));
}

} // namespace

QString savedViewId(SavedView view)
{
    return QString::fromLatin1(viewRow(view).wire);
}

QString savedViewLabel(SavedView view)
{
    return QCoreApplication::translate("SavedView", viewRow(view).label);
}

PetitionQuery::PetitionQuery(QSqlDatabase db, ViewContext context)
    : m_db(std::move(db))
    , m_context(std::move(context))
{
    if (m_context.unitSubtree.isEmpty() && !m_context.unitId.isEmpty())
        m_context.unitSubtree = {m_context.unitId};
    if (!m_context.today.isValid())
        m_context.today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    if (!m_context.dueSoonUntil.isValid())
        m_context.dueSoonUntil = m_context.today.addDays(3);
}

void PetitionQuery::addViewCondition(SavedView view, Sql *sql) const
{
    const QString condition = QString::fromLatin1(viewRow(view).condition);
    if (condition == QLatin1String("1"))
        return; // no condition (see build: no WHERE at all when nothing filters)
    sql->where += QStringLiteral(" AND (") + expand(condition, &sql->binds) + QLatin1Char(')');
}

std::optional<QString> PetitionQuery::tallyStatement(SavedView view, QVariantList *binds) const
{
    const char *tally = viewRow(view).tally;
    // During a first sync the count triggers are dropped and the table is stale (indexbacklog.h).
    QSqlDatabase db = m_db;
    if (!tally || indexbacklog::countsDeferred(db))
        return std::nullopt;
    QString sql = QStringLiteral("SELECT coalesce(SUM(c.n), 0) FROM petition_counts c");
    if (qstrcmp(tally, "1") != 0)
        sql += QStringLiteral(" WHERE ") + expand(QString::fromLatin1(tally), binds);
    return sql;
}

QString PetitionQuery::expand(const QString &condition, QVariantList *binds) const
{
    // The named parameters of a view's condition as positional binds, in order of appearance.
    QString out;
    qsizetype i = 0;
    while (i < condition.size()) {
        if (condition.at(i) != QLatin1Char(':')) {
            out += condition.at(i++);
            continue;
        }
        qsizetype j = i + 1;
        while (j < condition.size() && (condition.at(j).isLetter() || condition.at(j) == QLatin1Char('_')))
            ++j;
        const QString name = condition.mid(i + 1, j - i - 1);
        if (name == QLatin1String("user")) {
            out += QLatin1Char('?');
            binds->append(m_context.username);
        } else if (name == QLatin1String("unit")) {
            out += QLatin1Char('?');
            binds->append(m_context.unitId);
        } else if (name == QLatin1String("subtree")) {
            out += inList(m_context.unitSubtree, binds);
        } else if (name == QLatin1String("today")) {
            out += QLatin1Char('?');
            binds->append(wire::encodeDate(m_context.today));
        } else if (name == QLatin1String("soon")) {
            out += QLatin1Char('?');
            binds->append(wire::encodeDate(m_context.dueSoonUntil));
        } else if (name == QLatin1String("running")) {
            out += stateList(deadlineRuns);
        } else {
            Q_ASSERT_X(false, "PetitionQuery", "unknown parameter in a saved view");
        }
        i = j;
    }
    return out;
}

PetitionQuery::Sql PetitionQuery::build(const PetitionFilter &f) const
{
    Sql sql;
    sql.from = QStringLiteral(" FROM petitions p");
    sql.match = search::ftsExpression(search::terms(f.search));
    sql.searching = !sql.match.isEmpty();
    if (sql.searching) {
        sql.binds << sql.match; // the full-text part comes first in the statement (fromWhere)
        QSqlDatabase db = m_db;
        const searchbacklog::SearchIndex index = searchbacklog::searchIndex(db);
        sql.ftsTable = index.table;
        sql.ftsPrevious = index.previous;
        m_indexBuilding = index.building;
        if (g_afterIndexChosen)
            g_afterIndexChosen();
    } else {
        m_indexBuilding = false;
    }
    sql.viewOnly = f.states.isEmpty() && f.channels.isEmpty() && f.fieldIds.isEmpty() &&
                   f.unitIds.isEmpty() && f.assignees.isEmpty() && !f.receivedFrom.isValid() &&
                   !f.receivedTo.isValid() && !f.dueFrom.isValid() && !f.dueTo.isValid() &&
                   !f.repliedFrom.isValid() && !f.repliedTo.isValid() && f.replyTiming == ReplyTiming::Any;
    sql.unfiltered = f.view == SavedView::All && sql.viewOnly;
    addViewCondition(f.view, &sql);

    auto addIn = [&sql](const QString &column, const QStringList &values) {
        if (!values.isEmpty())
            sql.where +=
                QStringLiteral(" AND ") + column + QStringLiteral(" IN ") + inList(values, &sql.binds);
    };
    QStringList states;
    for (PetitionState s : f.states)
        states << toWireName(s);
    QStringList channels;
    for (Channel c : f.channels)
        channels << toWireName(c);
    addIn(QStringLiteral("p.state"), states);
    addIn(QStringLiteral("p.channel"), channels);
    addIn(QStringLiteral("p.field_id"), f.fieldIds);
    addIn(QStringLiteral("p.unit_id"), f.unitIds);
    if (f.assignees.contains(QString())) // "not assigned" is stored as NULL
        addIn(QStringLiteral("COALESCE(p.assignee, '')"), f.assignees);
    else
        addIn(QStringLiteral("p.assignee"), f.assignees);
    if (f.receivedFrom.isValid()) {
        sql.where += QStringLiteral(" AND p.received_at >= ?");
        sql.binds << startOfVietnamDay(f.receivedFrom);
    }
    if (f.receivedTo.isValid()) {
        sql.where += QStringLiteral(" AND p.received_at < ?");
        sql.binds << startOfVietnamDay(f.receivedTo.addDays(1));
    }
    if (f.dueFrom.isValid()) {
        sql.where += QStringLiteral(" AND p.due_date >= ?");
        sql.binds << wire::encodeDate(f.dueFrom);
    }
    if (f.dueTo.isValid()) {
        sql.where += QStringLiteral(" AND p.due_date <= ?");
        sql.binds << wire::encodeDate(f.dueTo);
    }
    // The reply's Vietnam date, as the dashboard counts it.
    const QString replied =
        QStringLiteral("p.replied_on"); // derived from the record (migrations.cpp, step 4)
    if (f.repliedFrom.isValid()) {
        sql.where += QStringLiteral(" AND ") + replied + QStringLiteral(" >= ?");
        sql.binds << wire::encodeDate(f.repliedFrom);
    }
    if (f.repliedTo.isValid()) {
        sql.where += QStringLiteral(" AND ") + replied + QStringLiteral(" <= ?");
        sql.binds << wire::encodeDate(f.repliedTo);
    }
    if (f.replyTiming != ReplyTiming::Any) {
        sql.where += QStringLiteral(" AND p.due_date IS NOT NULL AND ") + replied +
                     (f.replyTiming == ReplyTiming::OnTime ? QStringLiteral(" <= p.due_date")
                                                           : QStringLiteral(" > p.due_date"));
    }
    // Each condition above is " AND …". Without any, no WHERE at all: SQLite then counts a table from its
    // b-tree pages (OP_Count) instead of stepping through every row, about twice as fast (the "All" view's
    // count, read at every start).
    if (!sql.where.isEmpty())
        sql.where.prepend(QStringLiteral(" WHERE 1"));
    return sql;
}

QList<PetitionRow> PetitionQuery::page(const PetitionFilter &filter, qint64 offset, qint64 limit) const
{
    QList<PetitionRow> rows;
    const ReadSnapshot snapshot(m_db, !filter.search.trimmed().isEmpty());
    const Sql sql = build(filter);
    m_lastOrder = SearchOrder::None;
    FtsShape shape;
    if (sql.searching && filter.sortKey == SortKey::Relevance) {
        // Ranked when few enough match, else newest first (SearchOrder). Counting stops one past the limit:
        // a short prefix matches most petitions, and counting all of them took 2-4 ms of every keystroke's
        // first page at 100,000 (the exact count is the list's next, separate read).
        const qint64 matches = ftsMatches(sql, m_rankAtMost);
        if (matches < 0)
            return rows;
        m_lastOrder = matches <= m_rankAtMost ? SearchOrder::Relevance : SearchOrder::NewestFirst;
        shape.rank = m_lastOrder == SearchOrder::Relevance;
        // With nothing but a search, FTS5 orders and stops after the rows needed (docs/performance.md).
        if (sql.unfiltered) {
            shape.limit = offset + limit;
            shape.newest = m_lastOrder == SearchOrder::NewestFirst;
        }
    } else if (sql.searching) {
        shape.rank = false; // sorted by a column: no score needed
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, p.code, p.title, p.submitter_name, p.submitter_phone, p.channel,"
                             " p.field_id, p.received_at, p.due_date, p.state, p.unit_id, p.assignee") +
              fromWhere(sql.from, sql.where, sql.searching, sql.ftsTable, shape) +
              orderBy(filter, sql.searching, m_lastOrder) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &b : sql.binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    m_lastError.clear();
    while (q.next()) {
        PetitionRow r;
        r.id = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.title = q.value(2).toString();
        r.submitterName = q.value(3).toString();
        r.submitterPhone = q.value(4).toString();
        r.channel = channelFromWire(q.value(5).toString()).value_or(Channel::Portal);
        r.fieldId = q.value(6).toString();
        r.receivedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        r.dueDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        r.state = petitionStateFromWire(q.value(9).toString()).value_or(PetitionState::Submitted);
        r.unitId = q.value(10).toString();
        r.assignee = q.value(11).toString();
        rows.append(std::move(r));
    }
    return rows;
}

qint64 PetitionQuery::count(const PetitionFilter &filter) const
{
    const ReadSnapshot snapshot(m_db, !filter.search.trimmed().isEmpty());
    const Sql sql = build(filter);
    if (sql.searching && sql.unfiltered && !sql.ftsPrevious)
        return std::max<qint64>(ftsMatches(sql), 0);
    FtsShape rowids;
    rowids.rank = false;
    // A saved view alone, when it depends only on units and states: from the counts table.
    QVariantList binds;
    std::optional<QString> statement =
        !sql.searching && sql.viewOnly ? tallyStatement(filter.view, &binds) : std::nullopt;
    if (!statement) {
        binds = sql.binds;
        statement = QStringLiteral("SELECT COUNT(*)") +
                    fromWhere(sql.from, sql.where, sql.searching, sql.ftsTable, rowids);
    }
    QSqlQuery q(m_db);
    q.prepare(*statement);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    m_lastError.clear();
    return q.value(0).toLongLong();
}

qint64 PetitionQuery::ftsMatches(const Sql &sql, qint64 atMost) const
{
    // Every cached petition has exactly one row in the current index, so the index alone can count (no
    // join); the previous schema's index, kept while the new one is built, may still hold removed petitions,
    // which only matters for the choice of order.
    QSqlQuery q(m_db);
    const QString matching = QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(sql.ftsTable);
    const bool capped = atMost > 0 && atMost < std::numeric_limits<qint64>::max();
    q.prepare(capped ? QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT %2)").arg(matching).arg(atMost + 1)
                     : QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %1 MATCH ?").arg(sql.ftsTable));
    q.addBindValue(sql.match);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    m_lastError.clear();
    return q.value(0).toLongLong();
}

void PetitionQuery::setAfterIndexChosenForTests(std::function<void()> hook)
{
    g_afterIndexChosen = std::move(hook);
}

QList<qint64> PetitionQuery::savedViewCounts() const
{
    QStringList selects;
    QVariantList binds;
    for (SavedView v : kAllSavedViews) {
        if (const std::optional<QString> tally = tallyStatement(v, &binds)) {
            selects << QLatin1Char('(') + *tally + QLatin1Char(')');
            continue;
        }
        PetitionFilter f;
        f.view = v;
        const Sql sql = build(f);
        selects << QStringLiteral("(SELECT COUNT(*)") +
                       fromWhere(sql.from, sql.where, sql.searching, sql.ftsTable) + QLatin1Char(')');
        binds << sql.binds;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + selects.join(QStringLiteral(", ")));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<qint64> counts;
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return QList<qint64>(std::size(kAllSavedViews), 0);
    }
    m_lastError.clear();
    for (int i = 0; i < int(std::size(kAllSavedViews)); ++i)
        counts << q.value(i).toLongLong();
    return counts;
}

} // namespace pakn
