#include "outboxpanel.h"

#include "outboxmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace pakn {

OutboxPanel::OutboxPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Waiting to be sent"), this))
    , m_view(new QTreeView(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_drop(new QPushButton(tr("&Drop"), this))
{
    setObjectName(QStringLiteral("outboxPanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setObjectName(QStringLiteral("outboxView"));
    m_view->setAccessibleName(tr("Actions waiting to be sent"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setMaximumHeight(110);
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_retry->setAccessibleName(tr("Retry the chosen action"));
    m_retry->setAutoDefault(false);
    m_drop->setObjectName(QStringLiteral("outboxDrop"));
    m_drop->setAccessibleName(tr("Drop the chosen action"));
    m_drop->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_drop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentItemId())
            Q_EMIT retryRequested(id);
    });
    connect(m_drop, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentItemId())
            Q_EMIT dropRequested(id);
    });
    updateState();
}

void OutboxPanel::setOutboxModel(OutboxModel *model)
{
    m_model = model;
    m_view->setModel(model);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(OutboxModel::DetailColumn, QHeaderView::Stretch);
    m_view->header()->setSectionHidden(OutboxModel::PetitionColumn, true);
    connect(model, &QAbstractItemModel::modelReset, this, &OutboxPanel::updateState);
    connect(model, &QAbstractItemModel::layoutChanged, this, &OutboxPanel::updateState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &OutboxPanel::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &OutboxPanel::updateState);
    connect(model, &QAbstractItemModel::dataChanged, this, &OutboxPanel::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &OutboxPanel::updateState);
    updateState();
}

qint64 OutboxPanel::currentItemId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(OutboxModel::ItemIdRole).toLongLong() : 0;
}

void OutboxPanel::updateState()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    setVisible(rows > 0);
    if (rows > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    const QModelIndex current = m_view->currentIndex();
    m_retry->setEnabled(current.isValid() && current.data(OutboxModel::CanRetryRole).toBool());
    m_drop->setEnabled(current.isValid() && current.data(OutboxModel::CanDropRole).toBool());
}

} // namespace pakn
