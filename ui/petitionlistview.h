#pragma once

#include "store/petitionquery.h"

#include <QTableView>

class QTimer;

namespace pakn {

class PetitionListModel;

/// The petition list: a table over PetitionListModel with sortable headers (mapped to the model's sort keys),
/// matches of the search highlighted in the title, and a column chooser in the header's context menu.
///
/// Contract: which columns are shown, their order and widths are remembered in QSettings under
/// `petitionList/header`: restored by `setPetitionModel`; saved at once when a column is shown, hidden or
/// reset, and kHeaderSaveDelayMs after the last resize or move of a section (a drag resizes a section many
/// times a second), or earlier by `saveHeader()` and when the view is destroyed. Enter or Return on a row
/// emits `openRequested` (the window moves the focus to the detail pane).
class PetitionListView : public QTableView
{
    Q_OBJECT
public:
    static constexpr int kHeaderSaveDelayMs = 500;

    explicit PetitionListView(QWidget *parent = nullptr);
    ~PetitionListView() override;

    void setPetitionModel(PetitionListModel *model);
    /// Shows the order of `filter` in the header (no arrow while sorting by relevance).
    void showSortOf(const PetitionFilter &filter);
    /// Shows the column chooser menu at `pos` (header coordinates); also bound to the header's context menu.
    void showColumnMenu(const QPoint &pos);
    /// Columns hidden when nothing is remembered yet.
    static QList<int> defaultHiddenColumns();
    /// Saves the header now (a save due after a resize is then done); the window calls it when it closes.
    void saveHeader();
    /// True while a resize or move waits to be saved (for tests).
    bool isHeaderSaveDue() const;

Q_SIGNALS:
    void openRequested(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    /// Tells the model how many rows a screenful is (PetitionListModel::setVisibleRows).
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The rows a screenful holds (rows partly shown included), for the model's first read.
    void tellVisibleRows();
    void applyDefaultWidths();

    PetitionListModel *m_model = nullptr;
    QTimer *m_headerSave; ///< the save after resizes and moves stop
};

} // namespace pakn
