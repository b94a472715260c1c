#include "screenshots.h"

#include "bulkactions.h"
#include "dashboardfilters.h"
#include "dashboardwindow.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "petitionactions.h"
#include "petitiondetailview.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "reportdialog.h"
#include "savedviewmodel.h"
#include "savedviewspane.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <cstdio>

namespace pakn {
namespace {

constexpr int kSettleMs = 400; // longer than the list's refresh coalescing and the search debounce

} // namespace

ScreenshotSession::ScreenshotSession(MainWindow *window, QString singleFile, QString directory,
                                     QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_singleFile(std::move(singleFile))
    , m_directory(std::move(directory))
{}

QStringList ScreenshotSession::fileNames()
{
    return {QStringLiteral("main-window.png"),     QStringLiteral("detail-pane.png"),
            QStringLiteral("search.png"),          QStringLiteral("note-dialog.png"),
            QStringLiteral("dashboard.png"),       QStringLiteral("report-dialog.png"),
            QStringLiteral("settings-dialog.png"), QStringLiteral("account-dialog.png"),
            QStringLiteral("bulk-selection.png"),  QStringLiteral("bulk-dialog.png")};
}

void ScreenshotSession::start()
{
    if (!m_directory.isEmpty() && !QDir().mkpath(m_directory)) {
        Q_EMIT finished(6, QStringLiteral("cannot create %1").arg(m_directory));
        return;
    }
    QTimer::singleShot(kSettleMs, this, [this] { step(0); });
}

bool ScreenshotSession::save(QWidget *widget, const QString &name)
{
    const QString path = m_singleFile.isEmpty() ? QDir(m_directory).filePath(name) : m_singleFile;
    const QPixmap shot = widget->grab();
    if (shot.isNull() || !shot.save(path, "PNG")) {
        Q_EMIT finished(6, QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    m_written << path;
    std::fprintf(stdout, "pakn-desk: screenshot saved to %s\n", qPrintable(path));
    return true;
}

bool ScreenshotSession::saveDialog(const QString &objectName, const QString &name)
{
    auto *dialog = m_window->findChild<QDialog *>(objectName);
    if (!dialog) {
        Q_EMIT finished(7, QStringLiteral("%1 did not open").arg(objectName));
        return false;
    }
    if (!save(dialog, name))
        return false;
    dialog->reject();
    return true;
}

void ScreenshotSession::step(int index)
{
    auto next = [this, index] { QTimer::singleShot(kSettleMs, this, [this, index] { step(index + 1); }); };
    switch (index) {
    case 0: {
        // The user's own work first, so that the detail pane shows the actions of their role.
        SavedViewModel *views = m_window->savedViewModel();
        SavedView chosen = SavedView::All;
        for (SavedView v : {SavedView::AssignedToMe, SavedView::AwaitingMyApproval, SavedView::ToReceive}) {
            if (views->rowOfView(v) >= 0 && views->count(v) > 0) {
                chosen = v;
                break;
            }
        }
        m_window->savedViewsPane()->selectView(chosen);
        m_window->petitionView()->selectRow(0);
        next();
        return;
    }
    case 1:
        if (!save(m_window, fileNames().at(0)))
            return;
        if (!m_singleFile.isEmpty())
            break;
        next();
        return;
    case 2:
        if (!save(m_window->detailView(), fileNames().at(1)))
            return;
        m_window->savedViewsPane()->selectView(SavedView::All);
        m_window->filterBar()->searchEdit()->setText(QStringLiteral("giấy phép"));
        next();
        return;
    case 3:
        if (!save(m_window, fileNames().at(2)))
            return;
        m_window->filterBar()->searchEdit()->clear();
        // The detail pane still shows the petition of the first picture.
        if (!m_window->detailView()->actions()->trigger(Command::Note)) {
            std::fprintf(stdout, "pakn-desk: no note may be added to the petition shown; %s not taken\n",
                         qPrintable(fileNames().at(3)));
            QTimer::singleShot(0, this, [this] { step(5); });
            return;
        }
        next();
        return;
    case 4: {
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("commandDialog"));
        if (!dialog) {
            Q_EMIT finished(7, QStringLiteral("the note dialog did not open"));
            return;
        }
        if (auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("field_text")))
            text->setPlainText(
                QStringLiteral("Đã liên hệ với người phản ánh qua điện thoại; hẹn làm việc trực "
                               "tiếp vào thứ Hai tuần sau."));
        QTimer::singleShot(kSettleMs, this, [this, dialog, next] {
            if (!save(dialog, fileNames().at(3)))
                return;
            dialog->reject();
            step(5);
        });
        return;
    }
    case 5: {
        // The dashboard reads off the GUI thread: take the picture once its figures are shown.
        m_window->showDashboard();
        DashboardWindow *dashboard = m_window->dashboard();
        if (!dashboard) {
            Q_EMIT finished(7, QStringLiteral("the dashboard did not open"));
            return;
        }
        dashboard->filters()->setPeriod(DashboardFilters::Period::AllTime);
        connect(
            dashboard, &DashboardWindow::refreshed, this,
            [this, dashboard] {
                QTimer::singleShot(kSettleMs, this, [this, dashboard] {
                    if (!save(dashboard, fileNames().at(4)))
                        return;
                    dashboard->hide();
                    step(6);
                });
            },
            Qt::SingleShotConnection);
        return;
    }
    case 6: {
        m_window->showReport();
        auto *dialog = m_window->findChild<ReportDialog *>();
        if (!dialog) {
            Q_EMIT finished(7, QStringLiteral("the report dialog did not open"));
            return;
        }
        dialog->setNotes(
            QStringLiteral("Một số phản ánh về đất đai phức tạp, cần phối hợp nhiều đơn vị nên trễ "
                           "hạn. Đề xuất bổ sung cán bộ đầu mối tại phường."));
        connect(
            dialog, &ReportDialog::computed, this,
            [this, dialog] {
                QTimer::singleShot(kSettleMs, this, [this, dialog] {
                    if (!save(dialog, fileNames().at(5)))
                        return;
                    // The report as the user exports it, beside the pictures (docs: its first page as PNG).
                    const QString pdf = QDir(m_directory).filePath(QStringLiteral("report.pdf"));
                    if (const QString error = dialog->exportTo(ReportDialog::Format::Pdf, pdf);
                        !error.isEmpty()) {
                        Q_EMIT finished(6, error);
                        return;
                    }
                    dialog->reject();
                    Q_EMIT m_window->settingsRequested(); // the composition root opens it over the window
                    QTimer::singleShot(kSettleMs, this, [this] { step(7); });
                });
            },
            Qt::SingleShotConnection);
        return;
    }
    case 7:
        if (!saveDialog(QStringLiteral("settingsDialog"), fileNames().at(6)))
            return;
        Q_EMIT m_window->accountRequested();
        next();
        return;
    case 8: {
        if (!saveDialog(QStringLiteral("accountDialog"), fileNames().at(7)))
            return;
        // Three petitions of the first view that allows a bulk action on them, selected.
        for (SavedView v :
             {SavedView::ToAssign, SavedView::ToReceive, SavedView::AssignedToMe, SavedView::All}) {
            if (m_window->savedViewModel()->rowOfView(v) < 0 || m_window->savedViewModel()->count(v) < 3)
                continue;
            m_window->savedViewsPane()->selectView(v);
            PetitionListView *list = m_window->petitionView();
            list->clearSelection();
            list->setCurrentIndex(list->model()->index(0, 0));
            for (int row = 0; row < 3; ++row)
                list->selectionModel()->select(list->model()->index(row, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
            if (!m_window->bulkActions()->allowedCommands().isEmpty())
                break;
        }
        next();
        return;
    }
    case 9: {
        if (!save(m_window, fileNames().at(8)))
            return;
        const QList<Command> allowed = m_window->bulkActions()->allowedCommands();
        if (allowed.isEmpty() || !m_window->bulkActions()->trigger(
                                     allowed.contains(Command::Assign) ? Command::Assign : allowed.first())) {
            std::fprintf(stdout, "pakn-desk: nothing may be done to the selection; %s not taken\n",
                         qPrintable(fileNames().at(9)));
            break;
        }
        next();
        return;
    }
    case 10:
        if (!saveDialog(QStringLiteral("bulkCommandDialog"), fileNames().at(9)))
            return;
        break;
    default:
        break;
    }
    Q_EMIT finished(0, {});
}

} // namespace pakn
