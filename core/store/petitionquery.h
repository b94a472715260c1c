#pragma once

#include "domain/petition.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <optional>

namespace pakn {

/// Who is looking and when: what the saved views are relative to.
struct ViewContext
{
    QString username;
    QString unitId;
    QStringList unitSubtree; ///< the user's unit and every unit below it (from the units reference data)
    QDate today;             ///< in Vietnam's time zone
    QDate dueSoonUntil;      ///< deadlines up to this date (inclusive) count as due soon
};

/// The saved views of the inbox panes (DESIGN.md §2.2), as data. Each is a WHERE condition over `petitions
/// p`.
enum class SavedView {
    All,
    AssignedToMe,
    ToReceive,
    ToAssign,
    DueSoon,
    Overdue,
    AwaitingMyApproval,
    ReturnedToMe,
    Drafts,
    Outbox,
    MyUnit,
    Published,
};

inline constexpr SavedView kAllSavedViews[] = {
    SavedView::AssignedToMe, SavedView::ToReceive, SavedView::ToAssign,
    SavedView::DueSoon,      SavedView::Overdue,   SavedView::AwaitingMyApproval,
    SavedView::ReturnedToMe, SavedView::Drafts,    SavedView::Outbox,
    SavedView::MyUnit,       SavedView::Published, SavedView::All,
};

QString savedViewId(SavedView view);
QString savedViewLabel(SavedView view); ///< translated

/// Columns a list can be sorted by. `Relevance` applies only while searching (falls back to Received).
enum class SortKey {
    Received,
    Deadline,
    Code,
    Title,
    Submitter,
    Channel,
    Field,
    State,
    Unit,
    Assignee,
    Relevance
};

/// Whether a recorded reply met its deadline (the reply's Vietnam date on or before the due date).
enum class ReplyTiming { Any, OnTime, Late };

/// What a list pane shows: a saved view, narrowed by column filters and a search, in an order.
struct PetitionFilter
{
    SavedView view = SavedView::All;
    QString search; ///< what the user typed; anything is safe (see searchquery.h)
    QList<PetitionState> states;
    QList<Channel> channels;
    QStringList fieldIds;
    QStringList unitIds;
    QStringList assignees;                      ///< an empty name stands for "not assigned"
    QDate receivedFrom, receivedTo;             ///< inclusive, Vietnam dates
    QDate dueFrom, dueTo;                       ///< inclusive
    QDate repliedFrom, repliedTo;               ///< inclusive, Vietnam dates of the recorded reply
    ReplyTiming replyTiming = ReplyTiming::Any; ///< anything but Any also requires a reply and a deadline
    SortKey sortKey = SortKey::Received;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
};

/// One row of a list pane: the columns the list shows, nothing else.
struct PetitionRow
{
    qint64 id = 0;
    QString code;
    QString title;
    QString submitterName;
    QString submitterPhone;
    Channel channel = Channel::Portal;
    QString fieldId;
    QDateTime receivedAt;
    QDate dueDate;
    PetitionState state = PetitionState::Submitted;
    QString unitId;
    QString assignee;
};

/// How a search sorted by relevance is ordered. Ranking costs FTS5 a bm25 score for every match (about 2.5 ms
/// per 1,000 matches at 100,000 petitions), so a search with more than `PetitionQuery::kRankAtMost` matches
/// lists them newest first (by petition id, the server's order of receipt) instead: its first page then takes
/// milliseconds, not a quarter of a second (docs/performance.md, "Cache queries").
enum class SearchOrder {
    None,        ///< not searching, or sorted by a column
    Relevance,   ///< best matches first
    NewestFirst, ///< too many matches to rank: newest first
};

/// Builds and runs the list queries: a page of rows, the row count, and the counts of every saved view — all
/// in SQL over indexes and the full-text index, never by loading rows into memory. Stateless; any thread,
/// with that thread's connection.
class PetitionQuery
{
public:
    PetitionQuery(QSqlDatabase db, ViewContext context);

    /// Rows [offset, offset + limit) in the filter's order. On a database error returns what it has and sets
    /// lastError().
    QList<PetitionRow> page(const PetitionFilter &filter, qint64 offset, qint64 limit) const;
    qint64 count(const PetitionFilter &filter) const;
    /// Counts of every view in kAllSavedViews, in that order, for the view list (no search, no filters).
    QList<qint64> savedViewCounts() const;
    const QString &lastError() const { return m_lastError; }
    /// The order the last page() used for its search (SearchOrder::None when it did not search by relevance).
    SearchOrder lastSearchOrder() const { return m_lastOrder; }
    /// Whether the full-text index was being (re)built at the last page() or count() (searchbacklog.h): the
    /// search results may then miss recent changes, or petitions not indexed yet.
    bool searchIndexBuilding() const { return m_indexBuilding; }

    /// At most this many matches are ranked by relevance; more are listed newest first.
    static constexpr qint64 kRankAtMost = 10000;
    /// Changes that limit (tests use a small one).
    void setRankAtMost(qint64 matches) { m_rankAtMost = matches; }
    /// Tests only: runs `hook` (an empty one removes it) right after a search chose its full-text table and
    /// before any statement names it, on the querying thread — where a concurrent writer may end a rebuild.
    static void setAfterIndexChosenForTests(std::function<void()> hook);

private:
    struct Sql
    {
        QString from;
        QString where;
        QVariantList binds;
        QString match;            ///< the full-text expression; empty when not searching
        QString ftsTable;         ///< the full-text table that answers (searchbacklog::searchIndex)
        bool ftsPrevious = false; ///< it is the previous schema's, kept while the new one is built
        bool searching = false;
        bool unfiltered = false; ///< no saved view but All and no column filter
        bool viewOnly = false;   ///< no column filter (the saved view alone, or a search in it)
    };
    Sql build(const PetitionFilter &filter) const;
    void addViewCondition(SavedView view, Sql *sql) const;
    /// A view's condition with its named parameters as positional binds (appended to `binds`).
    QString expand(const QString &condition, QVariantList *binds) const;
    /// The statement counting `view` from the counts table (binds appended), when the view has one.
    std::optional<QString> tallyStatement(SavedView view, QVariantList *binds) const;

    /// Matches in the full-text index alone; -1 on error. With `atMost` > 0 it stops counting past that many
    /// (returns at most atMost + 1): enough to choose the order, and FTS5 then reads only the doclists'
    /// start.
    qint64 ftsMatches(const Sql &sql, qint64 atMost = 0) const;

    QSqlDatabase m_db;
    ViewContext m_context;
    mutable QString m_lastError;
    qint64 m_rankAtMost = kRankAtMost;
    mutable SearchOrder m_lastOrder = SearchOrder::None;
    mutable bool m_indexBuilding = false;
};

} // namespace pakn
