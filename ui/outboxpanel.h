#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace pakn {

class OutboxModel;

/// A list of outbox items (OutboxModel) with their state — waiting, sending, failed with the reason, conflict
/// — and Retry / Drop buttons for the chosen item. Used in the detail pane for the shown petition's items.
///
/// Contract: asks, never acts — `retryRequested` / `dropRequested` carry the item id for the owner to pass to
/// the AccountController. Retry is enabled for failed and conflicting items, Drop for any item not being
/// sent. The panel hides itself while its model is empty.
class OutboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxPanel(QWidget *parent = nullptr);

    void setOutboxModel(OutboxModel *model);
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void retryRequested(qint64 itemId);
    void dropRequested(qint64 itemId);

private:
    void updateState();
    qint64 currentItemId() const;

    OutboxModel *m_model = nullptr;
    QLabel *m_title;
    QTreeView *m_view;
    QPushButton *m_retry;
    QPushButton *m_drop;
};

} // namespace pakn
