#include "dashboardchartview.h"
#include "dashboardfilters.h"
#include "dashboardloader.h"
#include "dashboardwindow.h"
#include "guitestsupport.h"
#include "inboxpolicy.h"
#include "mainwindow.h"
#include "petitionlistmodel.h"
#include "reportdialog.h"
#include "savedviewspane.h"
#include "serverprocess.h"
#include "store/cachedatabase.h"
#include "store/petitionquery.h"

#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

/// Every cached petition, read through the list query with no filter (the test's own view of the data).
QList<PetitionRow> allPetitions(const CacheDatabase &cache)
{
    ViewContext context;
    context.today = inbox::vietnamToday();
    return PetitionQuery(cache.connection(), context).page(PetitionFilter(), 0, 1000000);
}

QSet<qint64> idsOf(PetitionListModel *model)
{
    test::fetchAll(model);
    const QList<qint64> ids = test::columnValues(model, PetitionListModel::PetitionIdRole);
    return QSet<qint64>(ids.begin(), ids.end());
}

/// Clicks the first non-empty element of `view` with the mouse; returns its (series, category).
QPair<int, int> clickFirstElement(DashboardChartView *view)
{
    for (int c = 0; c < view->data().categoryKeys.size(); ++c) {
        for (int s = 0; s < view->data().series.size(); ++s) {
            const QPoint at = view->elementCenter(s, c);
            if (at.isNull())
                continue;
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
            return {s, c};
        }
    }
    return {-1, -1};
}

} // namespace

/// The supervisor's dashboard on the demo data of a real pakn-server: a click on a bar lists exactly the
/// petitions the bar counts (checked against the test's own selection of the cached rows), the approval queue
/// is one click away, the figures arrive from another thread, and the report's PDF reads back with its
/// figures.
class TestDashboardGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void clickingABarListsExactlyItsPetitions()
    {
        test::DeskSession session(m_server, QStringLiteral("lanhdao.hk"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        DashboardWindow *dashboard = openDashboard(window);
        QVERIFY(dashboard);
        const QDate today = dashboard->snapshot().today;
        const QList<PetitionRow> all = allPetitions(*session.account()->cache());
        QVERIFY(all.size() > 20);

        // Overdue by days past the deadline: the bar's petitions are the running ones whose deadline lies
        // that many days back.
        DashboardChartView *overdue = dashboard->chartView(DashboardChart::DaysOverdue);
        const QPair<int, int> element = clickFirstElement(overdue);
        QVERIFY(element.first >= 0);
        const QString bucket = overdue->data().categoryKeys.at(element.second);
        const qint64 shown = overdue->data().series.at(element.first).values.at(element.second);
        const QList<int> range = bucket == QLatin1String("1-5")     ? QList<int>{1, 5}
                                 : bucket == QLatin1String("6-10")  ? QList<int>{6, 10}
                                 : bucket == QLatin1String("11-30") ? QList<int>{11, 30}
                                                                    : QList<int>{31, 100000};
        QSet<qint64> expected;
        for (const PetitionRow &p : all) {
            if (deadlineRuns(p.state) && p.dueDate.isValid() && p.dueDate.daysTo(today) >= range.at(0) &&
                p.dueDate.daysTo(today) <= range.at(1))
                expected.insert(p.id);
        }
        QCOMPARE(qint64(expected.size()), shown);
        QVERIFY(test::waitForList(window->petitionModel()));
        QCOMPARE(window->petitionModel()->totalCount(), shown);
        QCOMPARE(idsOf(window->petitionModel()), expected);

        // Open workload per unit, one state's segment.
        DashboardChartView *units = dashboard->chartView(DashboardChart::WorkloadByUnit);
        const QPair<int, int> segment = clickFirstElement(units);
        QVERIFY(segment.first >= 0);
        const QString unit = units->data().categoryKeys.at(segment.second);
        const QString state = units->data().series.at(segment.first).key;
        expected.clear();
        for (const PetitionRow &p : all) {
            if (p.unitId == unit && toWireName(p.state) == state)
                expected.insert(p.id);
        }
        QCOMPARE(qint64(expected.size()), units->data().series.at(segment.first).values.at(segment.second));
        QVERIFY(test::waitForList(window->petitionModel())); // the rows are read on the list's reader thread
        QCOMPARE(idsOf(window->petitionModel()), expected);

        // Choosing a saved view shows all of it again.
        window->savedViewsPane()->selectView(SavedView::All);
        QVERIFY(test::waitForList(window->petitionModel()));
        QCOMPARE(window->petitionModel()->totalCount(), qint64(all.size()));
    }

    void approvalQueueIsOneClickAwayOldestFirst()
    {
        test::DeskSession session(m_server, QStringLiteral("lanhdao.hk"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MainWindow *window = session.window();
        DashboardWindow *dashboard = openDashboard(window);
        QVERIFY(dashboard);
        QVERIFY(dashboard->approvalButton()->isVisible());
        const qint64 waiting = dashboard->snapshot().awaitingApproval;
        QVERIFY(waiting > 0);
        QTest::mouseClick(dashboard->approvalButton(), Qt::LeftButton);
        PetitionListModel *model = window->petitionModel();
        QVERIFY(test::waitForList(model));
        QCOMPARE(model->filter().view, SavedView::AwaitingMyApproval);
        QCOMPARE(model->totalCount(), waiting);
        test::fetchAll(model);
        QDateTime previous;
        for (int r = 0; r < model->rowCount(); ++r) {
            const qint64 id = model->index(r, 0).data(PetitionListModel::PetitionIdRole).toLongLong();
            const QList<PetitionRow> all = allPetitions(*session.account()->cache());
            const auto row =
                std::find_if(all.begin(), all.end(), [id](const PetitionRow &p) { return p.id == id; });
            QVERIFY(row != all.end());
            QCOMPARE(row->state, PetitionState::AwaitingApproval);
            QVERIFY(!previous.isValid() || previous <= row->receivedAt); // oldest first
            previous = row->receivedAt;
        }
    }

    void figuresArriveFromAnotherThreadAndMatchADirectRead()
    {
        test::DeskSession session(m_server, QStringLiteral("vanphong"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto cache = session.account()->cache();
        DashboardLoader loader;
        loader.setCache(cache);
        QSignalSpy spy(&loader, &DashboardLoader::loaded);
        const QDate today = inbox::vietnamToday();
        const WorkingCalendar calendar;
        loader.load({}, today, {}, calendar);
        loader.load({}, today, {}, calendar); // supersedes the first: one result only
        QCOMPARE(spy.count(), 0);             // never delivered inside load(): the GUI thread does not wait
        QVERIFY(loader.isLoading());
        QVERIFY(spy.wait(20000));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        const auto snapshot = spy.first().first().value<DashboardSnapshot>();
        const DashboardSnapshot direct =
            Aggregations(cache->connection(), {}, calendar).snapshot(today, {}, 200);
        QCOMPARE(snapshot.error, QString());
        QCOMPARE(snapshot.workloadByUnit, direct.workloadByUnit);
        QCOMPARE(snapshot.byChannel, direct.byChannel);
        QCOMPARE(snapshot.overdueTotal, direct.overdueTotal);
        QCOMPARE(snapshot.daysOverdue, direct.daysOverdue);
    }

    void reportExportsReadBackWithTheirFigures()
    {
        test::DeskSession session(m_server, QStringLiteral("vanphong"));
        const QString error = session.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QDate today = inbox::vietnamToday();
        ReportDialog dialog(session.account()->cache(), QStringLiteral("Văn phòng UBND Thành phố"), today);
        QSignalSpy computed(&dialog, &ReportDialog::computed);
        dialog.setPeriod(ReportPeriod::custom(today.addYears(-2), today));
        QVERIFY(computed.wait(20000));
        dialog.setNotes(QStringLiteral("Đề xuất tăng cường cán bộ đầu mối."));
        const Report report = dialog.report();
        QVERIFY(report.total.values.at(0) > 0);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(dialog.exportTo(ReportDialog::Format::Pdf, pdf), QString());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        QCOMPARE(text.exitCode(), 0);
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(extracted.contains(QStringLiteral("VĂN PHÒNG UBND THÀNH PHỐ")));
        QVERIFY(extracted.contains(report.notes));
        // The total row's figures, in order, on the line that starts with the total's name.
        const QRegularExpression totalLine(
            QStringLiteral("^\\s*%1\\s+([0-9 ]+)$").arg(QRegularExpression::escape(report.total.unitName)),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = totalLine.match(extracted);
        QVERIFY2(m.hasMatch(), qPrintable(extracted));
        QList<qint64> figures;
        for (const QString &n : m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            figures << n.toLongLong();
        QCOMPARE(figures, report.total.values);

        // The same report as CSV and XLSX (their layout is checked in tst_report).
        QCOMPARE(dialog.exportTo(ReportDialog::Format::Csv, dir.filePath(QStringLiteral("r.csv"))),
                 QString());
        QCOMPARE(dialog.exportTo(ReportDialog::Format::Xlsx, dir.filePath(QStringLiteral("r.xlsx"))),
                 QString());
        QVERIFY(!dialog.exportTo(ReportDialog::Format::Pdf, dir.filePath(QStringLiteral("no/such/dir.pdf")))
                     .isEmpty());
    }

private:
    static DashboardWindow *openDashboard(MainWindow *window)
    {
        window->showDashboard();
        DashboardWindow *dashboard = window->dashboard();
        if (!dashboard)
            return nullptr;
        QSignalSpy refreshed(dashboard, &DashboardWindow::refreshed);
        dashboard->filters()->setPeriod(DashboardFilters::Period::AllTime);
        // Wait for the read of the all-time filter (an earlier read may arrive first, and is superseded).
        while (refreshed.wait(20000)) {
            if (!dashboard->snapshot().filter.receivedFrom.isValid())
                return dashboard;
        }
        return nullptr;
    }

    test::ServerProcess m_server;
};

QTEST_MAIN(TestDashboardGui)
#include "tst_dashboard_gui.moc"
