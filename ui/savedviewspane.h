#pragma once

#include "store/petitionquery.h"

#include <QTreeView>
#include <optional>

namespace pakn {

class SavedViewModel;

/// The saved views on the left of the main window, each with its live count (SavedViewModel).
///
/// Contract: choosing a row (mouse, keyboard, or `selectView`) emits `viewChosen` once per change. Holds no
/// data of its own.
class SavedViewsPane : public QTreeView
{
    Q_OBJECT
public:
    explicit SavedViewsPane(QWidget *parent = nullptr);

    void setViewModel(SavedViewModel *model);
    void selectView(SavedView view);
    std::optional<SavedView> currentView() const;

Q_SIGNALS:
    void viewChosen(pakn::SavedView view);

private:
    SavedViewModel *m_model = nullptr;
};

} // namespace pakn
