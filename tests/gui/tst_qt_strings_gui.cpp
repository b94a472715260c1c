// The strings Qt itself supplies (standard buttons, edit context menus, the file and print dialogs) follow
// the UI language: Vietnamese through translations/qt_vi.ts, installed by installTranslations() beside ours,
// and Qt's English source texts once the language is English.

#include "translations.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <memory>

using namespace pakn;

namespace {

// An action's text without the shortcut Qt appends after a tab ("&Undo\tCtrl+Z").
QString actionLabel(const QAction *action)
{
    return action->text().section(QLatin1Char('\t'), 0, 0);
}

QStringList menuLabels(const QMenu *menu)
{
    QStringList labels;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            labels.append(actionLabel(action));
    }
    return labels;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString path = QDir(QStringLiteral(PAKN_TEST_OUTPUT_DIR)).filePath(name);
    QVERIFY2(widget->grab().save(path, "PNG"), qPrintable(path));
}

// Answers no lookup, and records every one: installed last, it is asked first for every string.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(n);
        m_asked.insert(
            {QString::fromUtf8(context), QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)});
        return {};
    }
    bool isEmpty() const override { return false; }

    struct Lookup
    {
        QString context;
        QString source;
        QString disambiguation;
        bool operator==(const Lookup &other) const
        {
            return context == other.context && source == other.source &&
                   disambiguation == other.disambiguation;
        }
    };
    QList<Lookup> asked() const { return {m_asked.cbegin(), m_asked.cend()}; }

private:
    mutable QSet<Lookup> m_asked;
};

size_t qHash(const RecordingTranslator::Lookup &lookup, size_t seed = 0)
{
    return qHashMulti(seed, lookup.context, lookup.source, lookup.disambiguation);
}

// Shows `dialog` long enough for it to build and translate its widgets, then closes it.
void showAndClose(QWidget *dialog)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCoreApplication::processEvents();
    dialog->close();
}

} // namespace

class TestQtStringsGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QVERIFY(installTranslations(QStringLiteral("vi"))); }

    void standardButtons_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("close");
        QTest::addColumn<QString>("ok");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("yes");
        QTest::addColumn<QString>("no");
        QTest::newRow("vi") << "vi"
                            << "Đóng"
                            << "OK"
                            << "Hủy"
                            << "&Có"
                            << "&Không";
        QTest::newRow("en") << "en"
                            << "Close"
                            << "OK"
                            << "Cancel"
                            << "&Yes"
                            << "&No";
    }

    void standardButtons()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(language));
        QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                             QDialogButtonBox::Yes | QDialogButtonBox::No);
        // The theme may add an accelerator (GNOME: "&Close"); the words are what the officer reads.
        const auto text = [&box](QDialogButtonBox::StandardButton which) {
            QString label = box.button(which)->text();
            if (!label.startsWith(QLatin1Char('&')) || which == QDialogButtonBox::Yes ||
                which == QDialogButtonBox::No)
                return label;
            return label.remove(QLatin1Char('&'));
        };
        QTEST(text(QDialogButtonBox::Close), "close");
        QTEST(text(QDialogButtonBox::Ok), "ok");
        QTEST(text(QDialogButtonBox::Cancel), "cancel");
        QTEST(text(QDialogButtonBox::Yes), "yes");
        QTEST(text(QDialogButtonBox::No), "no");
    }

    void editContextMenus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("vi") << "vi" << QStringList{QStringLiteral("&Hoàn tác"),  QStringLiteral("&Làm lại"),
                                                   QStringLiteral("&Cắt"),       QStringLiteral("&Sao chép"),
                                                   QStringLiteral("&Dán"),       QStringLiteral("Xóa"),
                                                   QStringLiteral("Chọn tất cả")};
        QTest::newRow("en") << "en" << QStringList{QStringLiteral("&Undo"),     QStringLiteral("&Redo"),
                                                   QStringLiteral("Cu&t"),      QStringLiteral("&Copy"),
                                                   QStringLiteral("&Paste"),    QStringLiteral("Delete"),
                                                   QStringLiteral("Select All")};
    }

    void editContextMenus()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QVERIFY(installTranslations(language));

        QLineEdit line(QStringLiteral("Phường Hàng Trống"));
        std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
        QCOMPARE(menuLabels(lineMenu.get()), expected);

        QTextEdit text(QStringLiteral("Nội dung trả lời"));
        std::unique_ptr<QMenu> textMenu(text.createStandardContextMenu());
        QCOMPARE(menuLabels(textMenu.get()), expected);

        if (language == QLatin1String("vi")) {
            lineMenu->popup(QPoint(0, 0));
            QVERIFY(QTest::qWaitForWindowExposed(lineMenu.get()));
            saveShot(lineMenu.get(), QStringLiteral("qt-strings-line-edit-menu.png"));
        }
    }

    void spinBoxContextMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("vi") << "vi"
                            << QStringList{QStringLiteral("&Hoàn tác"),    QStringLiteral("&Làm lại"),
                                           QStringLiteral("&Cắt"),         QStringLiteral("&Sao chép"),
                                           QStringLiteral("&Dán"),         QStringLiteral("Xóa"),
                                           QStringLiteral("&Chọn tất cả"), QStringLiteral("&Tăng"),
                                           QStringLiteral("&Giảm")};
        QTest::newRow("en") << "en" << QStringList{QStringLiteral("&Undo"),       QStringLiteral("&Redo"),
                                                   QStringLiteral("Cu&t"),        QStringLiteral("&Copy"),
                                                   QStringLiteral("&Paste"),      QStringLiteral("Delete"),
                                                   QStringLiteral("&Select All"), QStringLiteral("&Step up"),
                                                   QStringLiteral("Step &down")};
    }

    // QAbstractSpinBox builds its menu inside contextMenuEvent() and runs it modally: read it while it is
    // open.
    void spinBoxContextMenu()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QVERIFY(installTranslations(language));
        QDateEdit edit(QDate(2026, 11, 29));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));

        QStringList seen;
        QTimer::singleShot(0, this, [&seen] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            seen = menuLabels(menu);
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5), edit.mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(&edit, &event);
        QCOMPARE(seen, expected);
    }

    void fileDialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("lookIn");
        QTest::addColumn<QString>("fileType");
        QTest::addColumn<QString>("accept");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("nameColumn");
        QTest::newRow("vi") << "vi"
                            << "&Tên tệp:"
                            << "Tìm trong:"
                            << "Loại tệp:"
                            << "&Lưu"
                            << "Hủy"
                            << "Tên";
        QTest::newRow("en") << "en"
                            << "File &name:"
                            << "Look in:"
                            << "Files of type:"
                            << "&Save"
                            << "Cancel"
                            << "Name";
    }

    // What an officer sees exporting a report: the non-native dialog (the only one offscreen, and the one the
    // app gets wherever the desktop offers no native one).
    void fileDialog()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(language));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile existing(dir.filePath(QStringLiteral("bao-cao-thang-11.pdf")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();

        QFileDialog dialog(nullptr, QStringLiteral("Export the report"), dir.path(),
                           QStringLiteral("PDF (*.pdf);;CSV (*.csv)"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.resize(760, 460);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const auto label = [&dialog](const char *name) {
            auto *widget = dialog.findChild<QLabel *>(QLatin1String(name));
            return widget ? widget->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
        };
        QTEST(label("fileNameLabel"), "fileName");
        QTEST(label("lookInLabel"), "lookIn");
        QTEST(label("fileTypeLabel"), "fileType");
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons);
        QTEST(buttons->button(QDialogButtonBox::Save)->text(), "accept");
        QTEST(buttons->button(QDialogButtonBox::Cancel)->text(), "cancel");
        auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(tree);
        QTEST(tree->model()->headerData(0, Qt::Horizontal).toString(), "nameColumn");

        if (language == QLatin1String("vi")) {
            dialog.findChild<QAbstractButton *>(QStringLiteral("detailModeButton"))->click();
            QTRY_COMPARE(tree->model()->rowCount(tree->rootIndex()), 1);
            saveShot(&dialog, QStringLiteral("qt-strings-file-dialog.png"));

            // The list's right-click menu, read while it runs (QFileDialog executes it modally).
            tree->setCurrentIndex(tree->model()->index(0, 0, tree->rootIndex()));
            QStringList menu;
            QTimer::singleShot(0, this, [&menu] {
                if (auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                    menu = menuLabels(popup);
                    saveShot(popup, QStringLiteral("qt-strings-file-dialog-menu.png"));
                    popup->close();
                }
            });
            QMetaObject::invokeMethod(tree, "customContextMenuRequested", Q_ARG(QPoint, QPoint(20, 10)));
            QCOMPARE(menu, (QStringList{QStringLiteral("Đổi &tên"), QStringLiteral("&Xóa"),
                                        QStringLiteral("Hiện tệp &ẩn"), QStringLiteral("Thư mục &mới")}));
        }
    }

    void printPreviewDialog()
    {
        QVERIFY(installTranslations(QStringLiteral("vi")));
        QPrintPreviewDialog dialog;
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [](QPrinter *printer) {
            QTextEdit document(QStringLiteral("Báo cáo định kỳ tháng 11/2026"));
            document.print(printer);
        });
        dialog.resize(900, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Xem trước khi in"));
        QStringList toolTips;
        for (const QAction *action : dialog.findChildren<QAction *>())
            toolTips.append(action->text());
        QVERIFY2(toolTips.contains(QStringLiteral("Trang sau")),
                 qPrintable(toolTips.join(QLatin1String(", "))));
        QVERIFY2(toolTips.contains(QStringLiteral("Thiết lập trang")),
                 qPrintable(toolTips.join(QLatin1String(", "))));
        saveShot(&dialog, QStringLiteral("qt-strings-print-preview.png"));
    }

    // The dialogs behind the report's "Print…": the printer and page setup, in Vietnamese.
    void printAndPageSetupDialogs()
    {
        QVERIFY(installTranslations(QStringLiteral("vi")));
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog print(&printer);
        print.show();
        QVERIFY(QTest::qWaitForWindowExposed(&print));
        QCOMPARE(print.windowTitle(), QStringLiteral("In"));
        QStringList groups;
        for (const QGroupBox *box : print.findChildren<QGroupBox *>())
            groups.append(box->title());
        QVERIFY2(groups.contains(QStringLiteral("Máy in")), qPrintable(groups.join(QLatin1String(", "))));
        QVERIFY2(groups.contains(QStringLiteral("Phạm vi in")), qPrintable(groups.join(QLatin1String(", "))));
        saveShot(&print, QStringLiteral("qt-strings-print-dialog.png"));

        QPageSetupDialog pageSetup(&printer);
        pageSetup.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pageSetup));
        QStringList labels;
        for (const QLabel *label : pageSetup.findChildren<QLabel *>())
            labels.append(label->text());
        QVERIFY2(labels.contains(QStringLiteral("Khổ giấy:")), qPrintable(labels.join(QLatin1String(", "))));
        saveShot(&pageSetup, QStringLiteral("qt-strings-page-setup.png"));
    }

    void messageAndProgressDialogs()
    {
        QVERIFY(installTranslations(QStringLiteral("vi")));
        QMessageBox question(QMessageBox::Question, QStringLiteral("PAKN Desk"),
                             QStringLiteral("Gửi lại trả lời cho người dân?"),
                             QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        question.setDetailedText(QStringLiteral("Chi tiết"));
        question.show();
        QVERIFY(QTest::qWaitForWindowExposed(&question));
        QCOMPARE(question.button(QMessageBox::Yes)->text(), QStringLiteral("&Có"));
        QStringList buttons;
        for (const QAbstractButton *button : question.buttons())
            buttons.append(button->text());
        QVERIFY2(buttons.contains(QStringLiteral("Hiện chi tiết...")),
                 qPrintable(buttons.join(QLatin1String(", "))));
        saveShot(&question, QStringLiteral("qt-strings-message-box.png"));

        QProgressDialog progress;
        progress.setLabelText(QStringLiteral("Đang thêm tệp đính kèm…"));
        progress.setRange(0, 4);
        progress.setValue(1);
        progress.show();
        QVERIFY(QTest::qWaitForWindowExposed(&progress));
        auto *cancel = progress.findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), QStringLiteral("Hủy"));
        saveShot(&progress, QStringLiteral("qt-strings-progress.png"));
    }

    // Qt's error texts reach our messages through errorString(): "Cannot read the CA file %1: %2",
    // "Cannot reach the server: %1". They follow the UI language too.
    void errorTextsOfFilesAndConnections_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("missingFile");
        QTest::addColumn<QString>("refused");
        QTest::newRow("vi") << "vi"
                            << "Không có tệp hoặc thư mục này"
                            << "Kết nối bị từ chối";
        QTest::newRow("en") << "en"
                            << "No such file or directory"
                            << "Connection refused";
    }

    void errorTextsOfFilesAndConnections()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(language));
        QTemporaryDir dir;
        QFile missing(dir.filePath(QStringLiteral("ca-cua-co-quan.pem")));
        QVERIFY(!missing.open(QIODevice::ReadOnly));
        QTEST(missing.errorString(), "missingFile");

        // A port nobody listens on: taken, then let go.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(
            network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        QTEST(reply->errorString(), "refused");
    }

    // Every string Qt asks a translation for while the dialogs an officer can reach are built has a
    // Vietnamese one in qt_vi.ts: a Qt upgrade that adds a string to these dialogs fails here, naming it.
    void everyStringTheDialogsAskForIsTranslated()
    {
        QVERIFY(installTranslations(QStringLiteral("vi")));
        QTranslator qtVietnamese;
        QVERIFY(qtVietnamese.load(QStringLiteral(":/i18n/qt_vi.qm")));
        RecordingTranslator recorder;
        QCoreApplication::installTranslator(&recorder);
        {
            QFileDialog open(nullptr, QString(), QDir::tempPath());
            open.setOption(QFileDialog::DontUseNativeDialog);
            open.setFileMode(QFileDialog::ExistingFiles);
            showAndClose(&open);
            QFileDialog save(nullptr, QString(), QDir::tempPath(), QStringLiteral("PDF (*.pdf)"));
            save.setOption(QFileDialog::DontUseNativeDialog);
            save.setAcceptMode(QFileDialog::AcceptSave);
            showAndClose(&save);

            QPrinter printer(QPrinter::HighResolution);
            QPrintDialog print(&printer);
            showAndClose(&print);
            QPageSetupDialog pageSetup(&printer);
            showAndClose(&pageSetup);
            QPrintPreviewDialog preview(&printer);
            showAndClose(&preview);

            QMessageBox question(QMessageBox::Question, QStringLiteral("PAKN"), QStringLiteral("?"),
                                 QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
            question.setDetailedText(QStringLiteral("…"));
            showAndClose(&question);
            QProgressDialog progress(QStringLiteral("…"), QString(), 0, 10);
            progress.setCancelButtonText(QProgressDialog().labelText()); // the default, translated "Cancel"
            showAndClose(&progress);
            QInputDialog input;
            showAndClose(&input);
            QLineEdit line;
            delete line.createStandardContextMenu();
            QTextEdit text;
            delete text.createStandardContextMenu();
        }
        QCoreApplication::removeTranslator(&recorder);

        QStringList untranslated;
        int qtLookups = 0;
        for (const RecordingTranslator::Lookup &lookup : recorder.asked()) {
            if (!lookup.context.startsWith(QLatin1Char('Q')) ||
                lookup.context.startsWith(QLatin1String("QShortcut")))
                continue; // ours (pakn::…) and key names, which stay as printed on the keyboard
            ++qtLookups;
            if (qtVietnamese
                    .translate(qPrintable(lookup.context), qPrintable(lookup.source),
                               lookup.disambiguation.isEmpty() ? nullptr : qPrintable(lookup.disambiguation))
                    .isEmpty())
                untranslated.append(lookup.context + QLatin1Char('|') + lookup.source);
        }
        QVERIFY2(qtLookups > 100, qPrintable(QString::number(qtLookups)));
        untranslated.sort();
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    // Every catalogue for Vietnamese is installed; switching to English takes them all away again.
    void switchingLanguageReplacesTheCatalogues()
    {
        QVERIFY(installTranslations(QStringLiteral("vi")));
        QVERIFY(installTranslations(QStringLiteral("vi")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Hủy"));
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QVERIFY(!installTranslations(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestQtStringsGui)
#include "tst_qt_strings_gui.moc"
