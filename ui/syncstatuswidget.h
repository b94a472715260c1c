#pragma once

#include "sync/syncengine.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace pakn {

/// The sync part of the status bar: online / offline / syncing (with a busy bar and the records received so
/// far), the time of the last successful sync, and how many commands wait in the outbox (a button that
/// opens the outbox view).
///
/// Contract: shows what it is told (setStatus, setLastSync, setPending); it never asks the account itself.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setStatus(SyncEngine::Status status, const QString &message);
    void setLastSync(const QDateTime &when);
    /// `held`: items that failed or are in conflict and need the user.
    void setPending(qint64 pending, qint64 held);

    QString statusText() const;
    QString pendingText() const;

Q_SIGNALS:
    void pendingClicked();

private:
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_lastSync;
    QToolButton *m_pending;
};

} // namespace pakn
