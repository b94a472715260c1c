// Benchmark of the officer's workspace over a large cache (DESIGN.md §5: "start to first painted main window:
// at most 1.5× the start with an empty cache"; "memory: resident size at most empty-cache size + 60 MB";
// search "first page visible well under 50 ms").
//
// Builds a cache of N generated petitions (as bench_cache_queries does) and an empty one, then measures:
// - start to the first painted list *with its first page of rows and the views' counts*, each run in a fresh
//   process (this executable re-run with --child): the workspace's list pane (saved views with counts,
//   PetitionListModel, PetitionListView) over the full cache, against the same over the empty cache, a bare
//   QTableView over a QStandardItemModel holding the same rows and an empty QMainWindow — with each process's
//   resident memory once painted. The moment is when the list has painted while its first page was in the
//   model and the views pane while its counts were (each checked at that widget's paint event: the window's
//   first paint when both came before it); the list's first paint (rows there or not) and, as measured up to
//   commit f9dfe33, one more repaint forced after both came, are reported beside it;
// - a search keystroke to the first page shown: each prefix of what is typed set as the model's filter, the
//   first page awaited from the worker thread and the view repainted, against a QSortFilterProxyModel over
//   the QStandardItemModel of the same rows;
// - scrolling: the list scrolled a page at a time over the first kScrollRows rows (loading pages on demand)
//   with a repaint each step, against the same over the QStandardItemModel.
// Prints Markdown (the section scripts/bench.sh puts into docs/performance.md).
//
//   bench_workspace [--petitions N] [--runs N] [--make-cache DIR | --use-cache DIR] [--no-start]
//                   [--ours-only] [--per-keystroke]
// --use-cache DIR reuses DIR/full.sqlite and DIR/empty.sqlite written by --make-cache (same N); --no-start
// skips the start measurement and --ours-only the baselines' keystrokes and filter changes (both for
// profiling ours by hand: with them the table's rows for the start, or the whole table, mean nothing).

#include "benchpetitions.h"
#include "benchreport.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "savedviewmodel.h"
#include "savedviewspane.h"
#include "searchproxymodel.h"
#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "store/textfold.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <numeric>

using namespace pakn;
using namespace pakn::bench;

namespace {

constexpr quint32 kSeed = 20250610;
constexpr int kWritePageSize = 1000;
constexpr int kScrollRows = 5000;
constexpr int kIdRole = Qt::UserRole + 1;     ///< the standard model's petition id (column 0)
constexpr int kFoldedRole = Qt::UserRole + 2; ///< its folded searchable text (column 0; SearchProxyModel)
const QStringList kTyped = {QStringLiteral("giấy phép xây"), QStringLiteral("Nguyễn Văn"),
                            QStringLiteral("dat dai")};

qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// Waits (event loop running) until `widget` has been painted once since the call.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }
    void wait()
    {
        while (!m_painted)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            m_painted = true;
        return false;
    }

private:
    QWidget *m_widget;
    bool m_painted = false;
};

/// Waits (event loop running) until each widget has painted once while its own data was there (`ready(i)`
/// true for widget i at its paint event): the moment the user sees all of it. A paint before the data came
/// does not count; the data's arrival schedules the next one.
class ReadyPaintWatch : public QObject
{
public:
    ReadyPaintWatch(QList<QWidget *> widgets, std::function<bool(int)> ready)
        : m_widgets(std::move(widgets))
        , m_ready(std::move(ready))
        , m_done(m_widgets.size(), false)
    {
        for (QWidget *w : std::as_const(m_widgets))
            w->installEventFilter(this);
    }
    void wait()
    {
        while (m_done.contains(false))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        for (int i = 0; i < int(m_widgets.size()); ++i) {
            if (watched == m_widgets.at(i) && m_ready(i))
                m_done[i] = true;
        }
        return false;
    }

private:
    QList<QWidget *> m_widgets;
    std::function<bool(int)> m_ready;
    QList<bool> m_done;
};

/// Whether the list's viewport has painted with the model's rows (not loading) since `arm()`: the moment a
/// new first page is on screen. The event loop that brings the answer usually paints it too (the reset
/// schedules an update); only when it has not does the benchmark force the paint.
class ShownWatch : public QObject
{
public:
    ShownWatch(QWidget *viewport, const PetitionListModel *model)
        : m_viewport(viewport)
        , m_model(model)
    {
        viewport->installEventFilter(this);
    }
    void arm() { m_shown = false; }
    /// Paints the rows now unless the event loop did; returns whether it had.
    bool ensureShown()
    {
        if (m_shown)
            return true;
        m_viewport->repaint();
        return false;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_viewport && event->type() == QEvent::Paint && !m_model->isLoading())
            m_shown = true;
        return false;
    }

private:
    QWidget *m_viewport;
    const PetitionListModel *m_model;
    bool m_shown = false;
};

/// The list's rows in a QStandardItemModel, all ten columns as text (the baseline's model); with `folded`,
/// column 0 also carries each row's id and folded searchable text (kIdRole, kFoldedRole).
QStandardItemModel *standardModel(const QList<PetitionRow> &rows, QObject *parent,
                                  const QHash<qint64, QString> *folded = nullptr)
{
    auto *model = new QStandardItemModel(int(rows.size()), PetitionListModel::ColumnCount, parent);
    for (int r = 0; r < int(rows.size()); ++r) {
        const PetitionRow &p = rows.at(r);
        const QStringList cells = {p.code,
                                   p.title,
                                   p.submitterName,
                                   toWireName(p.channel),
                                   p.fieldId,
                                   p.receivedAt.toString(QStringLiteral("dd/MM/yyyy")),
                                   p.dueDate.toString(QStringLiteral("dd/MM/yyyy")),
                                   toWireName(p.state),
                                   p.unitId,
                                   p.assignee};
        for (int c = 0; c < int(cells.size()); ++c)
            model->setItem(r, c, new QStandardItem(cells.at(c)));
        if (folded) {
            model->item(r, 0)->setData(p.id, kIdRole);
            model->item(r, 0)->setData(folded->value(p.id), kFoldedRole);
        }
    }
    return model;
}

/// What the full-text index holds of each petition (PetitionStore: code, title, content, submitter name and
/// organisation; the generated petitions have no reply or notes), folded once with textfold, one field per
/// line: the search proxy's text.
QHash<qint64, QString> foldedSearchText(const CacheDatabase &cache)
{
    QHash<qint64, QString> out;
    QSqlQuery q(cache.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, title, content, submitter_name, submitter_organisation FROM "
                               "petitions")))
        qFatal("reading the searchable text failed");
    while (q.next()) {
        QString submitter = q.value(4).toString();
        if (!q.value(5).toString().isEmpty())
            submitter += QLatin1Char(' ') + q.value(5).toString();
        const QStringList fields = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                    submitter};
        out.insert(q.value(0).toLongLong(),
                   textfold::fold(textfold::normalize(fields.join(QLatin1Char('\n')))));
    }
    return out;
}

QList<PetitionRow> allRows(const CacheDatabase &cache)
{
    PetitionQuery query(cache.connection(), benchViewContext());
    PetitionFilter all;
    return query.page(all, 0, query.count(all));
}

/// The workspace's list pane over `cache`, as MainWindow builds it: the models are given the cache (their
/// reader threads start on the first page and the views' counts) before the widgets are built, so that the
/// reads overlap building and laying out the widgets, as MainWindow::attachCache does before the window
/// shows.
struct ListPane
{
    QMainWindow window;
    PetitionListModel *model;
    SavedViewModel *views;
    PetitionListView *table = nullptr;
    SavedViewsPane *viewsPane = nullptr;

    explicit ListPane(const std::shared_ptr<const CacheDatabase> &cache)
        : model(new PetitionListModel(&window))
        , views(new SavedViewModel(&window))
    {
        const ViewContext context = benchViewContext();
        views->setViews(QList<SavedView>(std::begin(kAllSavedViews), std::end(kAllSavedViews)));
        model->setCache(cache, context);
        views->setCache(cache, context);
        table = new PetitionListView;
        auto *splitter = new QSplitter(&window);
        viewsPane = new SavedViewsPane(splitter);
        viewsPane->setViewModel(views);
        table->setPetitionModel(model);
        splitter->addWidget(viewsPane);
        splitter->addWidget(table);
        window.setCentralWidget(splitter);
        window.resize(1500, 860);
    }
};

int runChild(const QString &mode, const QString &cachePath)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    std::unique_ptr<ListPane> pane;
    std::unique_ptr<QMainWindow> bare;
    QWidget *painted = nullptr;
    std::shared_ptr<CacheDatabase> cache;
    if (mode != QLatin1String("window")) {
        cache = std::make_shared<CacheDatabase>(cachePath);
        if (!cache->open())
            return 3;
    }
    const double openMs = double(sinceMain.nsecsElapsed()) / 1e6; // with quick_check (cachedatabase.cpp)
    double shellMs = -1;                                          // the list pane's first paint, rows or not
    double pageMs = -1;                                           // the first page applied to the model
    double countsMs = -1;                                         // the views' counts applied
    if (mode == QLatin1String("list")) {
        pane = std::make_unique<ListPane>(cache);
        // When each answer came back (for profiling by hand; the parent reads only the fields it knows).
        QObject::connect(pane->model, &PetitionListModel::loaded, pane->model,
                         [&] { pageMs = double(sinceMain.nsecsElapsed()) / 1e6; });
        QObject::connect(pane->views, &SavedViewModel::counted, pane->views,
                         [&] { countsMs = double(sinceMain.nsecsElapsed()) / 1e6; });
        painted = pane->table->viewport();
        // The moment that matters: the list painted with its first page of rows and the views pane painted
        // with the views' counts (each checked when that widget paints; it may be the window's first paint).
        ListPane *p = pane.get();
        ReadyPaintWatch ready({painted, p->viewsPane->viewport()}, [p](int i) {
            return i == 0 ? !p->model->isLoading() : !p->views->isCounting();
        });
        PaintWatch shell(painted);
        pane->window.show();
        shell.wait();
        shellMs = double(sinceMain.nsecsElapsed()) / 1e6;
        ready.wait();
        const double readyMs = double(sinceMain.nsecsElapsed()) / 1e6;
        if (pane->model->rowCount() == 0 && pane->model->totalCount() != 0)
            return 4;
        // The parent takes its wall-clock time at this line.
        std::printf("painted_ms=%.3f shell_ms=%.3f open_ms=%.3f rss_kib=%lld page_ms=%.3f counts_ms=%.3f\n",
                    readyMs, shellMs, openMs, residentKiB(), pageMs, countsMs);
        std::fflush(stdout);
        // As measured before (up to commit f9dfe33): one more repaint of the list forced once both had come,
        // whether or not a paint had shown them already.
        PaintWatch rows(painted);
        painted->update();
        rows.wait();
        std::printf("forced_ms=%.3f\n", double(sinceMain.nsecsElapsed()) / 1e6);
        return 0;
    } else {
        bare = std::make_unique<QMainWindow>();
        bare->resize(1500, 860);
        if (mode == QLatin1String("bare")) {
            auto *table = new QTableView(bare.get());
            table->setModel(standardModel(allRows(*cache), bare.get()));
            bare->setCentralWidget(table);
            painted = table->viewport();
        } else {
            painted = bare.get();
        }
        bare->show();
    }
    PaintWatch watch(painted);
    watch.wait();
    std::printf("painted_ms=%.3f rss_kib=%lld\n", double(sinceMain.nsecsElapsed()) / 1e6, residentKiB());
    return 0;
}

struct ChildRun
{
    double wallMs = 0;    ///< process start to the painted line, measured by the parent
    double insideMs = 0;  ///< main() to first paint (of the rows and counts, for the list), by the child
    double shellMs = -1;  ///< main() to the list pane's first paint, rows or not (list only)
    double forcedMs = -1; ///< main() to one more repaint forced after the rows and counts came (list only)
    double openMs = -1;   ///< main() to the cache opened (list only)
    double rssMiB = 0;
};

ChildRun runOnce(const QString &mode, const QString &cachePath)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    QElapsedTimer wall;
    wall.start();
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode, cachePath});
    ChildRun run;
    if (!child.waitForStarted() || !child.waitForReadyRead(600000))
        qFatal("child %s did not answer", qPrintable(mode));
    run.wallMs = double(wall.nsecsElapsed()) / 1e6;
    child.waitForFinished(60000);
    const QString line = QString::fromLatin1(child.readAllStandardOutput()).trimmed();
    for (const QString &field : line.split(QRegularExpression(QStringLiteral("\\s+")))) {
        if (field.startsWith(QLatin1String("forced_ms=")))
            run.forcedMs = field.mid(10).toDouble();
        else if (field.startsWith(QLatin1String("painted_ms=")))
            run.insideMs = field.mid(11).toDouble();
        else if (field.startsWith(QLatin1String("shell_ms=")))
            run.shellMs = field.mid(9).toDouble();
        else if (field.startsWith(QLatin1String("open_ms=")))
            run.openMs = field.mid(8).toDouble();
        else if (field.startsWith(QLatin1String("rss_kib=")))
            run.rssMiB = field.mid(8).toDouble() / 1024.0;
    }
    if (run.insideMs <= 0)
        qFatal("child %s: unexpected answer '%s'", qPrintable(mode), qPrintable(line));
    return run;
}

struct StartResult
{
    Timing wall;
    Timing inside;
    Timing shell;
    Timing open;
    Timing rss;
    Timing forced;
};

StartResult measureStart(const QString &mode, const QString &cachePath, int runs)
{
    runOnce(mode, cachePath); // warm the page cache
    QList<double> wall, inside, shell, open, rss, forced;
    for (int i = 0; i < runs; ++i) {
        const ChildRun r = runOnce(mode, cachePath);
        wall << r.wallMs;
        inside << r.insideMs;
        shell << std::max(0.0, r.shellMs);
        open << std::max(0.0, r.openMs);
        rss << r.rssMiB;
        forced << std::max(0.0, r.forcedMs);
    }
    return {summarise(wall), summarise(inside), summarise(shell),
            summarise(open), summarise(rss),    summarise(forced)};
}

/// Runs what earlier steps left to the event loop (the baseline view's deferred paint after its filter, a
/// count's answer), outside any timing, so that it is not counted in the next measurement of ours.
void drainEvents()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

void waitForRows(PetitionListModel *model)
{
    while (model->isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

void waitForCount(PetitionListModel *model)
{
    while (model->totalCount() < 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

QString mib(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--child"))
        return runChild(args.value(2), args.value(3));

    qint64 petitions = 100000;
    int runs = 7;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--petitions"))
            petitions = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(++i).toInt();
    }
    if (petitions < 1000 || runs < 1) {
        std::fprintf(stderr, "usage: bench_workspace [--petitions N>=1000] [--runs N>=1] [--make-cache DIR | "
                             "--use-cache DIR] [--no-start]\n");
        return 2;
    }
    QTextStream out(stdout);

    // 1. The caches: N petitions written through the sync engine's path, and an empty one.
    QTemporaryDir dir;
    // --make-cache DIR: only writes DIR/full.sqlite and DIR/empty.sqlite and exits, to profile one start
    // by hand (`bench_workspace --child list DIR/full.sqlite` under perf or strace).
    const qsizetype makeAt = args.indexOf(QStringLiteral("--make-cache"));
    const qsizetype useAt = args.indexOf(QStringLiteral("--use-cache"));
    const bool noStart = args.contains(QStringLiteral("--no-start"));
    const bool oursOnly = args.contains(QStringLiteral("--ours-only"));
    const bool perKeystroke = args.contains(QStringLiteral("--per-keystroke")); // each one's time, on stderr
    const QString cacheDir = makeAt > 0  ? args.value(makeAt + 1)
                             : useAt > 0 ? args.value(useAt + 1)
                                         : dir.path();
    const QString fullPath = QDir(cacheDir).filePath(QStringLiteral("full.sqlite"));
    const QString emptyPath = QDir(cacheDir).filePath(QStringLiteral("empty.sqlite"));
    if (useAt <= 0) {
        CacheDatabase empty(emptyPath);
        if (!empty.open())
            qFatal("cannot create the empty cache");
        CacheDatabase cache(fullPath);
        if (!cache.open())
            qFatal("cannot create the cache");
        PetitionStore store(cache);
        PetitionGenerator generator(kSeed, petitions);
        for (qint64 first = 1; first <= petitions; first += kWritePageSize) {
            ChangePage page;
            for (qint64 id = first; id < first + kWritePageSize && id <= petitions; ++id)
                page.petitions << generator.make(id);
            page.nextCursor = QStringLiteral("bench-%1").arg(first);
            if (const QString error = store.applyChangePage(page); !error.isEmpty())
                qFatal("applyChangePage failed: %s", qPrintable(error));
        }
        if (const QString error = writeWorkflowExtras(cache.connection(), kSeed); !error.isEmpty())
            qFatal("workflow extras failed: %s", qPrintable(error));
        QSqlQuery(cache.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        cache.releaseThreadConnection();
        empty.releaseThreadConnection();
    }
    if (makeAt > 0)
        return 0;

    // 2. Start to the first painted list, a fresh process each run.
    const int startRuns = noStart ? 1 : runs;
    const StartResult full = measureStart(QStringLiteral("list"), fullPath, startRuns);
    const StartResult empty = measureStart(QStringLiteral("list"), emptyPath, startRuns);
    const StartResult bare =
        measureStart(QStringLiteral("bare"), fullPath, noStart ? 1 : std::max(1, runs / 2));
    const StartResult window = measureStart(QStringLiteral("window"), QString(), startRuns);

    // 3. Search keystrokes and scrolling, in this process, ours against the proxy over the standard model.
    auto cache = std::make_shared<CacheDatabase>(fullPath);
    if (!cache->open())
        qFatal("cannot open the cache");
    ListPane pane(cache);
    pane.window.show();
    waitForRows(pane.model);
    {
        PaintWatch painted(pane.table->viewport());
        pane.table->viewport()->update();
        painted.wait();
    }
    QMainWindow baseWindow;
    baseWindow.resize(1500, 860);
    auto *baseTable = new QTableView(&baseWindow);
    // (Empty with --ours-only: nothing of the baselines runs, and building them would fill a profile.)
    const QHash<qint64, QString> folded = oursOnly ? QHash<qint64, QString>() : foldedSearchText(*cache);
    QStandardItemModel *standard =
        standardModel(oursOnly ? QList<PetitionRow>() : allRows(*cache), &baseWindow, &folded);
    auto *proxy = new QSortFilterProxyModel(&baseWindow);
    proxy->setSourceModel(standard);
    proxy->setFilterKeyColumn(PetitionListModel::TitleColumn);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    baseTable->setModel(proxy);
    baseWindow.setCentralWidget(baseTable);
    baseWindow.show();
    PaintWatch(baseTable->viewport()).wait();
    // The proxy doing the same search as ours, over the same rows, in a window of its own.
    QMainWindow searchWindow;
    searchWindow.resize(1500, 860);
    auto *searchTable = new QTableView(&searchWindow);
    auto *searchProxy = new SearchProxyModel(kFoldedRole, &searchWindow);
    searchProxy->setSourceModel(standard);
    searchTable->setModel(searchProxy);
    searchWindow.setCentralWidget(searchTable);
    searchWindow.show();
    PaintWatch(searchTable->viewport()).wait();
    // The same set (the count) for every prefix, and the same first page in the same order when ours lists
    // newest first; ranked pages (at most kRankAtMost matches) are compared as counts only.
    auto checkSameSearch = [&](const QString &prefix) {
        const qint64 ours = pane.model->totalCount();
        if (searchProxy->rowCount() != ours)
            qFatal("search proxy for '%s' found %d petitions, PetitionQuery %lld", qPrintable(prefix),
                   searchProxy->rowCount(), ours);
        if (pane.model->searchOrder() != SearchOrder::NewestFirst)
            return;
        for (int row = 0; row < pane.model->rowCount(); ++row) {
            const qint64 theirs = searchProxy->index(row, 0).data(kIdRole).toLongLong();
            if (theirs != pane.model->rowAt(row).id)
                qFatal("search proxy for '%s': row %d is petition %lld, PetitionQuery's %lld",
                       qPrintable(prefix), row, theirs, pane.model->rowAt(row).id);
        }
    };

    QList<double> oursKey, oursCount, baseKey, oursKeyPaint, baseKeyPaint, sameKey, sameKeyPaint, keyWait;
    // When a keystroke's answer reaches the GUI thread (the model starts its reset).
    qint64 keyAnswerAt = 0;
    QElapsedTimer keyClock;
    keyClock.start();
    const QMetaObject::Connection keyWatch =
        QObject::connect(pane.model, &QAbstractItemModel::modelAboutToBeReset, &baseWindow,
                         [&] { keyAnswerAt = keyClock.nsecsElapsed(); });
    int sameChecked = 0, samePagesChecked = 0;
    int paintedByLoop = 0; // first pages the event loop painted before the benchmark would have
    ShownWatch shown(pane.table->viewport(), pane.model);
    QMap<SearchOrder, int> orders; // how the keystrokes' first pages were ordered
    for (int r = 0; r < runs; ++r) {
        for (const QString &typed : kTyped) {
            for (int n = 1; n <= int(typed.size()); ++n) {
                const QString prefix = typed.left(n);
                drainEvents();
                QElapsedTimer t;
                t.start();
                PetitionFilter f = pane.model->filter();
                f.search = prefix;
                f.sortKey = prefix.trimmed().isEmpty() ? SortKey::Received : SortKey::Relevance;
                const qint64 keyAskedAt = keyClock.nsecsElapsed();
                shown.arm();
                pane.model->setFilter(f);
                waitForRows(pane.model); // the first page, read on the worker thread
                keyWait << double(keyAnswerAt - keyAskedAt) / 1e6;
                paintedByLoop += shown.ensureShown() ? 1 : 0;
                oursKey << double(t.nsecsElapsed()) / 1e6;
                if (perKeystroke)
                    std::fprintf(stderr, "keystroke '%s': %.2f ms, read %.2f ms\n", qPrintable(prefix),
                                 oursKey.last(), keyWait.last());
                const qint64 shownAt = t.nsecsElapsed();
                pane.table->viewport()->repaint(); // the repaint alone, not part of the time above
                oursKeyPaint << double(t.nsecsElapsed() - shownAt) / 1e6;
                ++orders[pane.model->searchOrder()];
                waitForCount(pane.model);
                oursCount << double(t.nsecsElapsed()) / 1e6;
                if (oursOnly)
                    continue;
                t.start();
                proxy->setFilterFixedString(prefix);
                const qint64 filteredAt = t.nsecsElapsed();
                baseTable->viewport()->repaint();
                baseKey << double(t.nsecsElapsed()) / 1e6;
                baseKeyPaint << double(t.nsecsElapsed() - filteredAt) / 1e6;
                t.start();
                searchProxy->setSearch(prefix);
                const qint64 searchedAt = t.nsecsElapsed();
                searchTable->viewport()->repaint();
                sameKey << double(t.nsecsElapsed()) / 1e6;
                sameKeyPaint << double(t.nsecsElapsed() - searchedAt) / 1e6;
                checkSameSearch(prefix);
                ++sameChecked;
                samePagesChecked += pane.model->searchOrder() == SearchOrder::NewestFirst ? 1 : 0;
            }
            PetitionFilter cleared = pane.model->filter();
            cleared.search.clear();
            cleared.sortKey = SortKey::Received;
            pane.model->setFilter(cleared);
            waitForRows(pane.model);
            waitForCount(pane.model);
            proxy->setFilterFixedString(QString());
            searchProxy->setSearch(QString());
        }
    }

    QObject::disconnect(keyWatch);

    // Filter changes (no search): each channel, then each of the first fields, as the filter bar's menus set
    // them, against the proxy filtering the same column for the same value (whole-cell match).
    QList<double> oursFilter, baseFilter, oursFilterPaint, baseFilterPaint, filterWait, filterReset,
        filterLoopRest;
    {
        // When the answer reaches the GUI thread (the model starts its reset) and when the view has it.
        qint64 answerAt = 0;
        qint64 resetDoneAt = 0;
        QElapsedTimer clock;
        clock.start();
        const QMetaObject::Connection watch =
            QObject::connect(pane.model, &QAbstractItemModel::modelAboutToBeReset, &baseWindow,
                             [&] { answerAt = clock.nsecsElapsed(); });
        const QMetaObject::Connection watchDone = QObject::connect(
            pane.model, &PetitionListModel::loaded, &baseWindow, [&] { resetDoneAt = clock.nsecsElapsed(); });
        struct Choice
        {
            int column;
            QString wire;
            Channel channel;
        };
        QList<Choice> choices;
        for (Channel c : kAllChannels)
            choices.append({PetitionListModel::ChannelColumn, toWireName(c), c});
        QSqlQuery fields(cache->connection());
        fields.exec(QStringLiteral("SELECT DISTINCT field_id FROM petitions ORDER BY field_id LIMIT 4"));
        while (fields.next())
            choices.append({PetitionListModel::FieldColumn, fields.value(0).toString(), Channel::Portal});
        const PetitionFilter none = pane.model->filter();
        for (int r = 0; r < runs; ++r) {
            for (const Choice &choice : std::as_const(choices)) {
                drainEvents();
                QElapsedTimer t;
                t.start();
                PetitionFilter f = none;
                if (choice.column == PetitionListModel::ChannelColumn)
                    f.channels = {choice.channel};
                else
                    f.fieldIds = {choice.wire};
                const qint64 askedAt = clock.nsecsElapsed();
                shown.arm();
                pane.model->setFilter(f);
                waitForRows(pane.model);
                const qint64 appliedAt = clock.nsecsElapsed(); // the reset done (and, usually, painted)
                filterWait << double(answerAt - askedAt) / 1e6;
                filterReset << double(resetDoneAt - answerAt) / 1e6;
                filterLoopRest << double(appliedAt - resetDoneAt) / 1e6;
                paintedByLoop += shown.ensureShown() ? 1 : 0;
                oursFilter << double(t.nsecsElapsed()) / 1e6;
                const qint64 shownAt = t.nsecsElapsed();
                pane.table->viewport()->repaint(); // the repaint alone, not part of the time above
                oursFilterPaint << double(t.nsecsElapsed() - shownAt) / 1e6;
                waitForCount(pane.model);
                if (oursOnly)
                    continue;
                t.start();
                proxy->setFilterKeyColumn(choice.column);
                proxy->setFilterRegularExpression(
                    QStringLiteral("^%1$").arg(QRegularExpression::escape(choice.wire)));
                const qint64 filteredAt = t.nsecsElapsed();
                baseTable->viewport()->repaint();
                baseFilter << double(t.nsecsElapsed()) / 1e6;
                baseFilterPaint << double(t.nsecsElapsed() - filteredAt) / 1e6;
            }
        }
        QObject::disconnect(watch);
        QObject::disconnect(watchDone);
        pane.model->setFilter(none);
        waitForRows(pane.model);
        waitForCount(pane.model);
        proxy->setFilterKeyColumn(PetitionListModel::TitleColumn);
        proxy->setFilterFixedString(QString());
    }

    if (oursOnly) {
        out << "ours only: keystroke → first page " << summarise(oursKey).median << " ms (read "
            << summarise(keyWait).median << "), its repaint " << summarise(oursKeyPaint).median
            << " ms; filter change → first page " << summarise(oursFilter).median << " ms (read "
            << summarise(filterWait).median << ", reset " << summarise(filterReset).median << ", loop rest "
            << summarise(filterLoopRest).median << "), its repaint " << summarise(oursFilterPaint).median
            << " ms\n";
        return 0;
    }

    auto scroll = [](QTableView *view, PetitionListModel *model) {
        QElapsedTimer t;
        t.start();
        view->scrollToTop();
        QScrollBar *bar = view->verticalScrollBar();
        const int rowHeight = std::max(1, view->rowHeight(0));
        int steps = 0;
        while (view->rowAt(0) < kScrollRows && bar->value() < bar->maximum()) {
            bar->setValue(bar->value() + bar->pageStep());
            QCoreApplication::processEvents();   // lets the view ask for the next page
            while (model && model->isFetching()) // read on the worker thread
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            view->viewport()->repaint();
            ++steps;
        }
        Q_UNUSED(rowHeight);
        return double(t.nsecsElapsed()) / 1e6 / std::max(1, steps);
    };
    QList<double> oursScroll, baseScroll;
    for (int r = 0; r < runs; ++r) {
        pane.model->setFilter(pane.model->filter()); // back to the first page: scrolling loads the rest again
        waitForRows(pane.model);
        oursScroll << scroll(pane.table, pane.model);
        baseScroll << scroll(baseTable, nullptr);
    }
    const qint64 loadedAfterScroll = pane.model->rowCount();

    ResultTable table;
    table.add(QStringLiteral("start → first painted list with its first page and the views' counts, %1 "
                             "petitions (new process, wall)")
                  .arg(formatCount(petitions)),
              full.wall, QStringLiteral("same, empty cache"), empty.wall);
    table.add(QStringLiteral("start → first painted list with its first page and the views' counts, %1 "
                             "petitions (inside main())")
                  .arg(formatCount(petitions)),
              full.inside, QStringLiteral("same, empty cache"), empty.inside);
    table.add(QStringLiteral("start → first paint of the list, its rows there or not, %1 petitions (inside "
                             "main())")
                  .arg(formatCount(petitions)),
              full.shell, QStringLiteral("same, empty cache"), empty.shell);
    table.add(
        QStringLiteral("as measured up to f9dfe33: start → one more repaint of the list forced once its "
                       "rows and the counts had come, %1 petitions (inside main())")
            .arg(formatCount(petitions)),
        full.forced, QStringLiteral("same, empty cache"), empty.forced);
    table.add(QStringLiteral("of which: start → cache opened (CacheDatabase::open, with its quick_check), %1 "
                             "petitions (inside main())")
                  .arg(formatCount(petitions)),
              full.open, QStringLiteral("same, empty cache"), empty.open);
    table.add(QStringLiteral("start → first painted list, %1 petitions (new process, wall)")
                  .arg(formatCount(petitions)),
              full.wall, QStringLiteral("QTableView over a QStandardItemModel of the same rows"), bare.wall);
    table.add(QStringLiteral("start → first painted list, empty cache (new process, wall)"), empty.wall,
              QStringLiteral("an empty QMainWindow"), window.wall);
    table.add(QStringLiteral("search keystroke → first page shown (%1 keystrokes per run, no debounce)")
                  .arg(std::accumulate(kTyped.begin(), kTyped.end(), 0,
                                       [](int n, const QString &s) { return n + int(s.size()); })),
              summarise(oursKey),
              QStringLiteral("QSortFilterProxyModel (title contains) over the QStandardItemModel"),
              summarise(baseKey));
    table.add(QStringLiteral("search keystroke → exact count shown (after the first page)"),
              summarise(oursCount),
              QStringLiteral("QSortFilterProxyModel (title contains) over the QStandardItemModel"),
              summarise(baseKey));
    table.add(QStringLiteral("of which: the list's repaint after a keystroke's first page arrived"),
              summarise(oursKeyPaint), QStringLiteral("the proxy's view repaint after filtering"),
              summarise(baseKeyPaint));
    table.add(QStringLiteral("search keystroke → first page shown (the same keystrokes)"), summarise(oursKey),
              QStringLiteral("QSortFilterProxyModel doing the same search (every term a word prefix of the "
                             "code, title, content or submitter, folded once at load), newest first"),
              summarise(sameKey));
    table.add(QStringLiteral("of which: the keystroke's first page read on the reader thread (request → "
                             "answer back on the GUI thread)"),
              summarise(keyWait));
    table.add(QStringLiteral("search keystroke → exact count shown (the same keystrokes)"),
              summarise(oursCount), QStringLiteral("the same-search proxy (it counts as it filters)"),
              summarise(sameKey));
    table.add(QStringLiteral("of which: the list's repaint after a keystroke's first page arrived"),
              summarise(oursKeyPaint), QStringLiteral("the same-search proxy's view repaint after filtering"),
              summarise(sameKeyPaint));
    table.add(
        QStringLiteral("filter change (one channel or one field, no search) → first page shown (%1 "
                       "changes per run)")
            .arg(int(oursFilter.size() / runs)),
        summarise(oursFilter),
        QStringLiteral("QSortFilterProxyModel (the same column, whole value) over the QStandardItemModel"),
        summarise(baseFilter));
    table.add(QStringLiteral("of which: the list's repaint after a filter change's first page arrived"),
              summarise(oursFilterPaint), QStringLiteral("the proxy's view repaint after filtering"),
              summarise(baseFilterPaint));
    table.add(QStringLiteral("of which: the filter change's first page read on the reader thread (request → "
                             "answer back on the GUI thread)"),
              summarise(filterWait));
    table.add(QStringLiteral("of which: the model and view reset with that page (answer → model reset and "
                             "`loaded()`)"),
              summarise(filterReset));
    table.add(
        QStringLiteral("of which: the rest of that event-loop pass (the view's layout and, usually, its "
                       "paint of the page)"),
        summarise(filterLoopRest));
    table.add(QStringLiteral("scroll one page + repaint, first %1 rows (pages loaded on demand)")
                  .arg(formatCount(kScrollRows)),
              summarise(oursScroll), QStringLiteral("QTableView over the QStandardItemModel"),
              summarise(baseScroll));

    out << "Workspace over " << formatCount(petitions) << " cached petitions, " << runs
        << " runs each (offscreen; the first process of each kind unmeasured, to warm the page cache). "
        << "Ratios are baseline/ours: above 1 means ours is faster.\n\n"
        << table.markdown() << "\n\n"
        << "Resident memory once the list is painted (median of the runs): " << mib(full.rss.median)
        << " MiB with " << formatCount(petitions) << " petitions, " << mib(empty.rss.median)
        << " MiB with an empty cache (difference " << mib(full.rss.median - empty.rss.median)
        << " MiB; target ≤ 60 MB), " << mib(bare.rss.median)
        << " MiB for the QStandardItemModel holding every row, " << mib(window.rss.median)
        << " MiB for an empty QMainWindow. Start with " << formatCount(petitions)
        << " petitions / empty cache: " << QString::number(full.wall.median / empty.wall.median, 'f', 2)
        << "× (target ≤ 1.5×). After scrolling, the model held " << formatCount(loadedAfterScroll)
        << " rows. Keystrokes' first pages by relevance: " << orders.value(SearchOrder::Relevance)
        << ", newest first (more than " << formatCount(PetitionQuery::kRankAtMost)
        << " matches): " << orders.value(SearchOrder::NewestFirst)
        << ", not a search (empty prefix): " << orders.value(SearchOrder::None) << ".\n\n"
        << "Checked: for each of the " << sameChecked
        << " keystrokes the same-search proxy found as many petitions as PetitionQuery's count, and for the "
        << samePagesChecked << " listed newest first the same first page (" << pane.model->firstPageRows()
        << " rows) in the same order; pages ranked by relevance were compared as counts only.\n\n"
        << "\"First page shown\" ends at the first paint of the list with the new rows: the event loop that "
        << "brought the answer painted it in " << paintedByLoop << " of "
        << (oursKey.size() + oursFilter.size())
        << " keystrokes and filter changes, the benchmark forced it in the others; the repaint rows time one "
           "more repaint after that, not counted in the first page's time.\n";
    out.flush();
    return 0;
}
