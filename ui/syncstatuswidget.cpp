#include "syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace pakn {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_lastSync(new QLabel(this))
    , m_pending(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_status->setObjectName(QStringLiteral("syncStatusLabel"));
    m_status->setAccessibleName(tr("Sync status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 0); // the change feed does not say how much is left: a busy bar
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_lastSync->setAccessibleName(tr("Last successful sync"));
    m_pending->setObjectName(QStringLiteral("pendingButton"));
    m_pending->setAccessibleName(tr("Commands waiting to be sent; opens the outbox"));
    m_pending->setToolTip(tr("Open the outbox"));
    m_pending->setAutoRaise(true);
    connect(m_pending, &QToolButton::clicked, this, &SyncStatusWidget::pendingClicked);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_pending);
    setLastSync({});
    setPending(0, 0);
}

void SyncStatusWidget::setStatus(SyncEngine::Status status, const QString &message)
{
    QString state;
    switch (status) {
    case SyncEngine::Status::Idle:
        state = tr("Online");
        break;
    case SyncEngine::Status::Syncing:
        state = tr("Syncing");
        break;
    case SyncEngine::Status::Offline:
        state = tr("Offline");
        break;
    case SyncEngine::Status::SignedOut:
        state = tr("Signed out");
        break;
    case SyncEngine::Status::Error:
        state = tr("Sync error");
        break;
    }
    m_status->setText(message.isEmpty() ? state : QStringLiteral("%1 — %2").arg(state, message));
    m_status->setToolTip(m_status->text());
    m_progress->setVisible(status == SyncEngine::Status::Syncing);
}

void SyncStatusWidget::setLastSync(const QDateTime &when)
{
    if (!when.isValid()) {
        m_lastSync->setText(tr("Not synced yet"));
        return;
    }
    const QDateTime local = when.toLocalTime();
    const QString format =
        local.date() == QDate::currentDate() ? QStringLiteral("HH:mm") : QStringLiteral("dd/MM/yyyy HH:mm");
    m_lastSync->setText(tr("Last sync %1").arg(local.toString(format)));
}

void SyncStatusWidget::setPending(qint64 pending, qint64 held)
{
    if (pending == 0)
        m_pending->setText(tr("Outbox empty"));
    else if (held == 0)
        m_pending->setText(tr("%Ln waiting to be sent", nullptr, int(pending)));
    else
        m_pending->setText(tr("%Ln waiting, %2 need you", nullptr, int(pending)).arg(held));
}

QString SyncStatusWidget::statusText() const
{
    return m_status->text();
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending->text();
}

} // namespace pakn
