#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QTreeWidget;

namespace pakn {

/// Help → Keyboard shortcuts: every shortcut of the window in a two-column list (what it does, the keys).
///
/// Contract: lists the actions it is given — the same QAction objects the menus use, so the list cannot
/// drift from what the keys do — plus `extra` entries for keys that are not actions (Enter in the list,
/// Escape in the search box). Read-only.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString description;
        QKeySequence keys;
    };

    ShortcutsDialog(const QList<QAction *> &actions, const QList<Entry> &extra, QWidget *parent = nullptr);

    /// The entries shown, in order.
    QList<Entry> entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};

} // namespace pakn
