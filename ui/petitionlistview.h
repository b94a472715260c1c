#pragma once

#include "store/petitionquery.h"

#include <QTableView>

namespace pakn {

class PetitionListModel;

/// The petition list: a table over PetitionListModel with sortable headers (mapped to the model's sort keys),
/// matches of the search highlighted in the title, and a column chooser in the header's context menu.
///
/// Contract: which columns are shown, their order and widths are remembered in QSettings under
/// `petitionList/header` (restored by `setModel`, saved on every change). Enter or Return on a row emits
/// `openRequested` (the window moves the focus to the detail pane).
class PetitionListView : public QTableView
{
    Q_OBJECT
public:
    explicit PetitionListView(QWidget *parent = nullptr);

    void setPetitionModel(PetitionListModel *model);
    /// Shows the order of `filter` in the header (no arrow while sorting by relevance).
    void showSortOf(const PetitionFilter &filter);
    /// Shows the column chooser menu at `pos` (header coordinates); also bound to the header's context menu.
    void showColumnMenu(const QPoint &pos);
    /// Columns hidden when nothing is remembered yet.
    static QList<int> defaultHiddenColumns();

Q_SIGNALS:
    void openRequested(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyDefaultWidths();
    void saveHeader() const;

    PetitionListModel *m_model = nullptr;
};

} // namespace pakn
