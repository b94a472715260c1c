#pragma once

#include "store/petitionquery.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace pakn {

class MainWindow;

/// Screenshot mode's pictures of a signed-in, synced main window, taken one after the other with the event
/// loop running between them so that each state is laid out and painted:
///
/// | file                 | what it shows                                                                 |
/// |----------------------|-------------------------------------------------------------------------------|
/// | main-window.png      | the window with the saved views, the list and the detail pane with actions    |
/// | detail-pane.png      | the detail pane alone (facts, deadline explanation, actions, pending actions) |
/// | search.png           | the window while searching, matches highlighted in the titles                 |
/// | note-dialog.png      | the dialog of "Add internal note"                                             |
/// | timeline.png         | the detail pane's Timeline tab (every event, the internal notes apart)        |
/// | reply-editor.png     | the Reply tab with a letter written and one file attached (officers only)     |
/// | conflict-dialog.png  | the conflict dialog over the shown petition, with a made-up other wording     |
/// | dashboard.png        | the dashboard (all time), once its figures are shown                          |
/// | report-dialog.png    | the periodic report dialog with notes (report.pdf written beside)             |
/// | settings-dialog.png  | File → Settings                                                               |
/// | account-dialog.png   | File → Account                                                                |
/// | bulk-selection.png   | three petitions selected in the list (the first view where a bulk action fits) |
/// | bulk-dialog.png      | the bulk action's dialog (assign where allowed) for the three                 |
/// | file-dialog.png      | Qt's file dialog (non-native) as "Attach files" opens it, in the UI language  |
///
/// With a single file (`--screenshot FILE`) only the first is taken, into that file. The petition shown is
/// the first of the user's own work — "Assigned to me", else "Awaiting my approval", else "To receive" — or
/// else the first listed.
///
/// The note dialog is left out (with a line on stdout) when the petition shown takes no note, and so is the
/// reply editor when the user may not write the reply of the petition shown. The reply editor's picture
/// saves its draft (and file) in the account's cache, as an officer's typing would: Desk runs screenshot mode
/// in a throwaway profile for that reason.
/// The bulk dialog is left out when no bulk action fits the selection.
///
/// Contract: `finished(0, {})` when every file is written, else a non-zero code and the reason.
class ScreenshotSession : public QObject
{
    Q_OBJECT
public:
    ScreenshotSession(MainWindow *window, QString singleFile, QString directory, QObject *parent = nullptr);

    static QStringList fileNames();
    void start();

Q_SIGNALS:
    void finished(int code, const QString &message);

private:
    bool save(QWidget *widget, const QString &name);
    void step(int index);
    /// Runs `then` once the window's list and counts have come from their reader threads.
    void whenLoaded(std::function<void()> then);
    /// Selects three rows of the first of `views` that allows a bulk action on them, then runs `then`.
    void selectForBulk(QList<SavedView> views, const std::function<void()> &then);
    void detailSteps(int index);
    /// Saves the window's child dialog `objectName` and closes it; false (and `finished` with an error) when
    /// it is not open.
    bool saveDialog(const QString &objectName, const QString &name);

    MainWindow *m_window;
    QString m_singleFile;
    QString m_directory;
    QStringList m_written;
};

} // namespace pakn
