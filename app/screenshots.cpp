#include "screenshots.h"

#include "attachmentlist.h"
#include "bulkactions.h"
#include "conflictdialog.h"
#include "dashboardfilters.h"
#include "dashboardwindow.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "net/wirecodec.h"
#include "petitionactions.h"
#include "petitiondetailview.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "replyeditor.h"
#include "reportdialog.h"
#include "savedviewmodel.h"
#include "savedviewspane.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextEdit>
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
    return {QStringLiteral("main-window.png"), QStringLiteral("detail-pane.png"),
            QStringLiteral("search.png"), QStringLiteral("note-dialog.png"),
            // The detail side (issue 6): the timeline tab, the reply editor, the conflict dialog.
            QStringLiteral("timeline.png"), QStringLiteral("reply-editor.png"),
            QStringLiteral("conflict-dialog.png"),
            // The supervisor's side (issue 7): the dashboard and the periodic report.
            QStringLiteral("dashboard.png"), QStringLiteral("report-dialog.png"),
            // The shell (issue 6): settings, account, a bulk selection and its dialog.
            QStringLiteral("settings-dialog.png"), QStringLiteral("account-dialog.png"),
            QStringLiteral("bulk-selection.png"), QStringLiteral("bulk-dialog.png"),
            // Qt's own dialogs in the UI language (translations/qt_vi.ts).
            QStringLiteral("file-dialog.png")};
}

void ScreenshotSession::start()
{
    if (!m_directory.isEmpty() && !QDir().mkpath(m_directory)) {
        Q_EMIT finished(6, QStringLiteral("cannot create %1").arg(m_directory));
        return;
    }
    QTimer::singleShot(kSettleMs, this, [this] { whenLoaded([this] { step(0); }); });
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

void ScreenshotSession::whenLoaded(std::function<void()> then)
{
    if (!m_window->isLoading()) {
        then();
        return;
    }
    QTimer::singleShot(20, this, [this, then = std::move(then)]() mutable { whenLoaded(std::move(then)); });
}

void ScreenshotSession::selectForBulk(QList<SavedView> views, const std::function<void()> &then)
{
    while (!views.isEmpty() && (m_window->savedViewModel()->rowOfView(views.first()) < 0 ||
                                m_window->savedViewModel()->count(views.first()) < 3))
        views.removeFirst();
    if (views.isEmpty()) {
        then();
        return;
    }
    m_window->savedViewsPane()->selectView(views.takeFirst());
    whenLoaded([this, views, then] {
        PetitionListView *list = m_window->petitionView();
        list->clearSelection();
        list->setCurrentIndex(list->model()->index(0, 0));
        for (int row = 0; row < 3; ++row)
            list->selectionModel()->select(list->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (!m_window->bulkActions()->allowedCommands().isEmpty())
            then();
        else
            selectForBulk(views, then);
    });
}

void ScreenshotSession::step(int index)
{
    auto next = [this, index] {
        QTimer::singleShot(kSettleMs, this,
                           [this, index] { whenLoaded([this, index] { step(index + 1); }); });
    };
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
        whenLoaded([this, next] {
            m_window->petitionView()->selectRow(0);
            next();
        });
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
            step(5);
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
        QTimer::singleShot(kSettleMs, this, [this, dialog] {
            if (!save(dialog, fileNames().at(3)))
                return;
            dialog->reject();
            step(5);
        });
        return;
    }
    case 5:
    case 6:
    case 7:
    case 8:
        detailSteps(index);
        return;
    case 9: {
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
                    if (!save(dashboard, fileNames().at(7)))
                        return;
                    dashboard->hide();
                    step(10);
                });
            },
            Qt::SingleShotConnection);
        return;
    }
    case 10: {
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
                    if (!save(dialog, fileNames().at(8)))
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
                    QTimer::singleShot(kSettleMs, this, [this] { step(11); });
                });
            },
            Qt::SingleShotConnection);
        return;
    }
    case 11:
        if (!saveDialog(QStringLiteral("settingsDialog"), fileNames().at(9)))
            return;
        Q_EMIT m_window->accountRequested();
        next();
        return;
    case 12: {
        if (!saveDialog(QStringLiteral("accountDialog"), fileNames().at(10)))
            return;
        // Three petitions of the first view that allows a bulk action on them, selected.
        selectForBulk({SavedView::ToAssign, SavedView::ToReceive, SavedView::AssignedToMe, SavedView::All},
                      next);
        return;
    }
    case 13: {
        if (!save(m_window, fileNames().at(11)))
            return;
        const QList<Command> allowed = m_window->bulkActions()->allowedCommands();
        if (allowed.isEmpty() || !m_window->bulkActions()->trigger(
                                     allowed.contains(Command::Assign) ? Command::Assign : allowed.first())) {
            std::fprintf(stdout, "pakn-desk: nothing may be done to the selection; %s not taken\n",
                         qPrintable(fileNames().at(12)));
            step(15);
            return;
        }
        next();
        return;
    }
    case 14:
        if (!saveDialog(QStringLiteral("bulkCommandDialog"), fileNames().at(12)))
            return;
        next();
        return;
    case 15: {
        // The file dialog as "Attach files" opens it where the desktop offers no native one (always so
        // offscreen), in the screenshots' own folder so that it lists files. Its directory is listed by a
        // gatherer thread: the picture is taken after the same settling time as the others.
        auto *dialog =
            new QFileDialog(m_window, QCoreApplication::translate("pakn::AttachmentList", "Attach files"),
                            m_singleFile.isEmpty() ? m_directory : QFileInfo(m_singleFile).absolutePath());
        dialog->setObjectName(QStringLiteral("screenshotFileDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setViewMode(QFileDialog::Detail);
        dialog->resize(820, 480);
        dialog->show();
        QTimer::singleShot(kSettleMs, this, [this] { step(16); });
        return;
    }
    case 16:
        if (!saveDialog(QStringLiteral("screenshotFileDialog"), fileNames().at(13)))
            return;
        break;
    default:
        break;
    }
    Q_EMIT finished(0, {});
}

// The detail side's pictures: the timeline tab, the reply editor with a letter and a file, and the conflict
// dialog over the shown petition (mine: the letter being written; theirs: another wording on a newer
// version).
void ScreenshotSession::detailSteps(int index)
{
    PetitionDetailView *detail = m_window->detailView();
    ReplyEditor *editor = detail->replyEditor();
    auto next = [this, index] { QTimer::singleShot(kSettleMs, this, [this, index] { step(index + 1); }); };
    switch (index) {
    case 5:
        detail->tabs()->setCurrentIndex(1);
        next();
        return;
    case 6: {
        if (!save(detail, fileNames().at(4)))
            return;
        detail->tabs()->setCurrentWidget(editor);
        if (!editor->isEditable()) {
            std::fprintf(stdout,
                         "pakn-desk: the user may not write the reply of the petition shown; %s not taken\n",
                         qPrintable(fileNames().at(5)));
            step(8);
            return;
        }
        editor->docNumberEdit()->setText(QStringLiteral("215/UBND-ĐT"));
        editor->signerEdit()->setText(QStringLiteral("Lê Thị Hương"));
        editor->positionEdit()->setText(QStringLiteral("Phó Chủ tịch UBND phường"));
        editor->subjectEdit()->setText(
            QStringLiteral("V/v trả lời phản ánh về việc lấn chiếm vỉa hè tại ngõ 12"));
        editor->subjectEdit()->setCursorPosition(0);
        editor->bodyEdit()->setMarkdown(
            QStringLiteral("Ủy ban nhân dân phường Hoàn Kiếm nhận được phản ánh của ông/bà. Sau khi kiểm tra "
                           "hiện trường, Ủy ban nhân dân phường trả lời như sau:\n\n"
                           "- Đã lập biên bản và yêu cầu các hộ kinh doanh **tháo dỡ** mái che lấn chiếm;\n"
                           "- Tổ công tác sẽ kiểm tra định kỳ *hằng tuần*.\n\n"
                           "Ủy ban nhân dân phường trân trọng cảm ơn ông/bà đã phản ánh."));
        const QString file = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                 .filePath(QStringLiteral("Biên bản kiểm tra hiện trường.pdf"));
        QFile pdf(file);
        if (pdf.open(QIODevice::WriteOnly))
            pdf.write(QByteArray("%PDF-1.4\n% PAKN Desk screenshot\n") + QByteArray(180 * 1024, ' '));
        pdf.close();
        AttachmentList *files = editor->attachments();
        connect(
            files, &AttachmentList::addFinished, this,
            [next, file] {
                QFile::remove(file);
                next();
            },
            Qt::SingleShotConnection);
        files->addFiles({file});
        return;
    }
    case 7:
        if (!save(detail, fileNames().at(5)))
            return;
        step(8);
        return;
    case 8: {
        if (!detail->petition()) {
            step(9);
            return;
        }
        const Petition &p = *detail->petition();
        ConflictRecord conflict;
        conflict.petitionId = p.id;
        conflict.base = wire::encode(p);
        const auto reply = [](const QString &subject, const QString &body) {
            return QJsonObject{{QStringLiteral("subject"), subject}, {QStringLiteral("body"), body}};
        };
        conflict.mine = {{QStringLiteral("type"), toWireName(Command::SaveReply)},
                         {QStringLiteral("reply"),
                          reply(QStringLiteral("V/v trả lời phản ánh về lấn chiếm vỉa hè"),
                                QStringLiteral("Đã lập biên bản và yêu cầu tháo dỡ mái che lấn chiếm.\n\n"
                                               "Tổ công tác kiểm tra hằng tuần."))}};
        Petition theirs = p;
        theirs.version = p.version + 1;
        theirs.reply =
            Reply{{},
                  {},
                  {},
                  {},
                  QStringLiteral("V/v trả lời phản ánh về lấn chiếm vỉa hè"),
                  QStringLiteral("Đã lập biên bản, yêu cầu tháo dỡ mái che trước ngày 05/12/2026.\n\n"
                                 "Công an phường phối hợp kiểm tra."),
                  {}};
        conflict.theirs = wire::encode(theirs);
        auto *dialog = new ConflictDialog(conflict, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QTimer::singleShot(kSettleMs, this, [this, dialog, detail] {
            if (!save(dialog, fileNames().at(6)))
                return;
            dialog->reject();
            detail->tabs()->setCurrentIndex(0);
            step(9);
        });
        return;
    }
    default:
        Q_EMIT finished(0, {});
    }
}

} // namespace pakn
