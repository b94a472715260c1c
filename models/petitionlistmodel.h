#pragma once

#include "calendar/workingcalendar.h"
#include "deadlinedisplay.h"
#include "domain/petition.h"
#include "store/outbox.h"
#include "store/petitionquery.h"
#include "syncedtablemodel.h"

#include <QHash>
#include <QList>
#include <atomic>
#include <memory>
#include <optional>

namespace pakn {

class CacheDatabase;
class CacheReader;

/// The petition list, read from the cache by SQL (PetitionQuery) one page at a time as the view scrolls.
///
/// Contract: lives on the GUI thread but never queries there: every read (the first page, the count, the next
/// page, a refresh) runs on its CacheReader's worker thread and is applied when it comes back (`loaded()`),
/// so a broad search or a large cache never freezes the window. Each `setCache()`, `setFilter()`, `sort()`
/// and `refresh()` takes a new generation number; an answer of an older generation is dropped (and a query
/// not yet started for one is skipped), so a late answer for an earlier keystroke never overwrites a newer
/// one. `setFilter()` and `sort()` keep the rows shown until the new first page arrives, then reset the
/// model with it; the exact count follows in a second query (`totalCount()` is -1 until then,
/// `totalCountChanged` when known). `refresh()` re-reads the rows loaded so far after the cache changed and
/// merges them in by petition id (syncedtablemodel.h) — never a reset — so the view keeps its selection and
/// scroll position. A new filter's first read brings `firstPageRows()` rows — a screenful and a margin, so
/// that it shows sooner (reading 200 rows took 0.5 ms more than 50) — and `fetchMore` the next `pageSize()`
/// rows, appended when they arrive.
/// `searchOrder()` and `searchIndexBuilding()` describe the rows shown (set with them, before `loaded()`).
/// The submitter column shows the name, and the phone number masked (masking.h) in its tooltip.
/// The deadline column says how many working days are left (deadlineStatus on the calendar given) in text,
/// and colours due-soon and overdue cells with a dark text on a light tint, readable on any theme.
/// A petition with commands in the outbox carries its sync mark (syncmark.h: queued, sending, failed,
/// conflict) as the code column's icon, tooltip and accessible text; `refresh()` re-reads the outbox too.
class PetitionListModel : public SyncedTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        TitleColumn,
        SubmitterColumn,
        ChannelColumn,
        FieldColumn,
        ReceivedColumn,
        DeadlineColumn,
        StateColumn,
        UnitColumn,
        AssigneeColumn,
        ColumnCount
    };
    enum Role {
        PetitionIdRole = Qt::UserRole + 1,
        DeadlineStateRole,   ///< int(DeadlineState), or an invalid QVariant when no deadline runs
        WorkingDaysLeftRole, ///< int, or invalid when no deadline runs
        SearchTermsRole,     ///< QStringList: the folded terms of the current search (for highlighting)
        SyncStateRole,       ///< int(OutboxState) of the petition's most urgent outbox item, or invalid
    };

    explicit PetitionListModel(QObject *parent = nullptr);

    void setCache(std::shared_ptr<const CacheDatabase> cache, ViewContext context);
    void setCalendar(const WorkingCalendar &calendar);
    const WorkingCalendar &calendar() const { return m_calendar; }
    void setFilter(const PetitionFilter &filter);
    /// The filter last asked for (its rows may still be on the way: isLoading()).
    const PetitionFilter &filter() const { return m_filter; }
    const ViewContext &viewContext() const { return m_context; }
    const QStringList &searchTerms() const { return m_terms; }
    /// Re-reads the loaded rows and merges them in (no reset) when the answer comes.
    void refresh();
    static int pageSize() { return 200; }
    /// Rows of a new filter's first read: the view's screenful plus a margin (setVisibleRows), at least
    /// kMinFirstPage, at most pageSize().
    int firstPageRows() const { return m_firstPage; }
    static constexpr int kMinFirstPage = 64;
    /// The rows the view shows at once (it tells the model when it is resized).
    void setVisibleRows(int rows);
    /// All rows the filter matches, loaded or not; -1 while not yet counted.
    qint64 totalCount() const { return m_total; }
    /// True from a request (new cache, filter, order, refresh) until its rows are shown.
    bool isLoading() const { return m_loading; }
    /// True while a page asked for by fetchMore is on the way.
    bool isFetching() const { return m_fetching; }
    /// The thread the last applied answer was read on (the reader's worker; never the GUI thread).
    const QThread *lastQueryThread() const { return m_lastQueryThread; }
    const CacheReader *reader() const { return m_reader; }
    /// How the rows shown are ordered when searching by relevance (PetitionQuery: ranked when few enough
    /// match, else newest first); SearchOrder::None when not searching or sorted by a column.
    SearchOrder searchOrder() const { return m_searchOrder; }
    /// Whether the search index was being (re)built when the rows shown were read (searchbacklog.h): the
    /// results may then miss recent changes.
    bool searchIndexBuilding() const { return m_indexBuilding; }
    /// The database error of the last query, if any (English, for logs).
    const QString &lastError() const { return m_lastError; }

    /// The loaded row `row` (0 <= row < rowCount()).
    const PetitionRow &rowAt(int row) const { return m_rows.at(row); }
    /// Row of the petition among the rows loaded so far, or -1.
    int rowOfPetition(qint64 id) const;
    static std::optional<SortKey> sortKeyOfColumn(int column);
    static int columnOfSortKey(SortKey key); ///< -1 when no column sorts by it

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The rows asked for by the latest setCache/setFilter/sort/refresh are shown.
    void loaded();
    /// The exact count of the current filter is known (or was reset to -1 for a new one).
    void totalCountChanged(qint64 count);
    void loadingChanged(bool loading);

private:
    struct Answer;
    enum class Apply { Reset, Merge };
    void reload();
    void request(Apply how);
    void requestCount();
    void applyAnswer(quint64 generation, Apply how, Answer answer);
    void setLoading(bool loading);
    void setTotal(qint64 total);
    QVariant deadlineData(const PetitionRow &row, int role) const;
    const DeadlineDisplay &deadlineOf(const PetitionRow &row) const;
    QVariant codeData(const PetitionRow &row, int role) const;

    std::shared_ptr<const CacheDatabase> m_cache;
    CacheReader *m_reader;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest; ///< m_generation, for the worker to skip stale queries
    bool m_loading = false;
    bool m_fetching = false;
    int m_firstPage = kMinFirstPage;
    bool m_moreMayFollow = false; ///< the last read of rows brought all it asked for (until counted)
    bool m_resetPending = false;  ///< the rows shown are not the current filter's: the next answer resets
    const QThread *m_lastQueryThread = nullptr;
    ViewContext m_context;
    WorkingCalendar m_calendar;
    PetitionFilter m_filter;
    QStringList m_terms;
    QList<PetitionRow> m_rows;
    QHash<qint64, OutboxState> m_syncStates; ///< petitions with outbox items
    qint64 m_total = 0;
    SearchOrder m_searchOrder = SearchOrder::None;
    bool m_indexBuilding = false;
    bool m_merging = false;
    mutable QString m_lastError;
    /// The last deadline described. A view asks data() for seven or more roles of one cell in a row, and
    /// describe() counts working days and formats text each time (most of a repaint's time in perf); kept
    /// for the petition, state and due date it was made for, forgotten when the calendar or the day changes.
    struct DeadlineMemo
    {
        qint64 id = -1;
        PetitionState state = PetitionState::Submitted;
        QDate due;
        DeadlineDisplay display;
    };
    mutable DeadlineMemo m_deadlineMemo;
};

} // namespace pakn
