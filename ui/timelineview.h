#pragma once

#include <QTextBrowser>

class QAbstractItemModel;

namespace pakn {

/// A petition's timeline (a TimelineModel, or a filter of it) as a readable list that fits a narrow pane:
/// each event on two lines — when and who, then what happened and its detail, wrapped. Re-rendered whenever
/// the model changes. Read-only; selectable text.
class TimelineView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model);
    /// What the view shows, as plain text (tests, accessibility).
    QString text() const { return toPlainText(); }

private:
    void render();

    QAbstractItemModel *m_model = nullptr;
};

} // namespace pakn
