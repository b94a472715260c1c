#pragma once

#include "sync/syncengine.h"

#include <QMainWindow>

class QLabel;
class QTableView;
class QAction;

namespace pakn {

class AccountController;
class PetitionDetailView;
class PetitionListModel;

/// The officer's main window: the petition list, the detail pane, sync controls and the status bar.
///
/// Contract: reads everything from the account's cache through models on the GUI thread and never waits on
/// the network; it learns of new data from the AccountController's signals. It keeps the selected petition
/// selected across refreshes. Window geometry and splitter position are remembered in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AccountController *account, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Called once the account is signed in and its cache is open.
    void attachCache();
    QTableView *petitionView() const { return m_table; }
    PetitionDetailView *detailView() const { return m_detail; }
    PetitionListModel *petitionModel() const { return m_model; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refreshList();
    void showSelected();
    void onSyncStatus(pakn::SyncEngine::Status status, const QString &message);

    AccountController *m_account;
    PetitionListModel *m_model;
    QTableView *m_table;
    PetitionDetailView *m_detail;
    QLabel *m_syncLabel;
    QLabel *m_userLabel;
    QAction *m_syncAction;
};

} // namespace pakn
