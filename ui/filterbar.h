#pragma once

#include "store/petitionquery.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace pakn {

/// The search box and the column filters above the list: channel, field and status menus (several values
/// each), a button that clears them all, and the number of petitions found.
///
/// Contract: owns no data; `applyTo()` writes what is chosen into a PetitionFilter (search, channels,
/// fieldIds, states) and `filterChanged` says when to do so — 150 ms after the last keystroke in the search
/// box (so typing stays instant at 100k petitions) and at once for the menus. Escape in the search box
/// clears it. The count also says when a broad search is listed newest first instead of by relevance; a note
/// under the row says why, and when the search index is being built (results may then be incomplete).
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    static constexpr int kSearchDebounceMs = 150;

    QLineEdit *searchEdit() const { return m_search; }
    /// The fields the field menu offers (ids; shown as they are until reference data gives names).
    void setFields(const QStringList &fieldIds);
    void applyTo(PetitionFilter *filter) const;
    bool isActive() const;
    void clearAll();
    void setResultCount(qint64 count); ///< -1: not counted yet ("Counting…")
    /// What the count says about the search: matches listed newest first (too many to rank), or the search
    /// index being rebuilt (results may be incomplete).
    void setSearchState(SearchOrder order, bool indexBuilding);

Q_SIGNALS:
    void filterChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *addMenuButton(const QString &objectName, const QString &accessibleName, QMenu **menu);
    void updateButtons();
    void emitNow();

    QLineEdit *m_search;
    QTimer *m_debounce;
    QToolButton *m_channelButton;
    QToolButton *m_fieldButton;
    QToolButton *m_stateButton;
    QToolButton *m_clearButton;
    QMenu *m_channelMenu = nullptr;
    QMenu *m_fieldMenu = nullptr;
    QMenu *m_stateMenu = nullptr;
    void showCount();

    QLabel *m_count;
    QLabel *m_note;
    qint64 m_resultCount = 0;
    SearchOrder m_order = SearchOrder::None;
    bool m_indexBuilding = false;
};

} // namespace pakn
