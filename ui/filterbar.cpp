#include "filterbar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pakn {
namespace {

const char *const kValueProperty = "paknValue";

QStringList checkedValues(const QMenu *menu)
{
    QStringList values;
    if (!menu)
        return values;
    for (const QAction *a : menu->actions()) {
        if (a->isChecked())
            values << a->property(kValueProperty).toString();
    }
    return values;
}

QString buttonText(const QString &name, const QMenu *menu)
{
    const qsizetype n = checkedValues(menu).size();
    return n == 0 ? name : QStringLiteral("%1 (%2)").arg(name).arg(n);
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_count(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search code, title, content, submitter… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search petitions"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->installEventFilter(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitNow);

    m_channelButton = addMenuButton(QStringLiteral("channelFilter"), tr("Filter by channel"), &m_channelMenu);
    m_fieldButton = addMenuButton(QStringLiteral("fieldFilter"), tr("Filter by field"), &m_fieldMenu);
    m_stateButton = addMenuButton(QStringLiteral("stateFilter"), tr("Filter by status"), &m_stateMenu);
    for (Channel c : kAllChannels) {
        QAction *a = m_channelMenu->addAction(displayLabel(c));
        a->setCheckable(true);
        a->setProperty(kValueProperty, toWireName(c));
    }
    for (PetitionState s : kAllPetitionStates) {
        QAction *a = m_stateMenu->addAction(displayLabel(s));
        a->setCheckable(true);
        a->setProperty(kValueProperty, toWireName(s));
    }
    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearFilters"));
    m_clearButton->setText(tr("Clear filters"));
    m_clearButton->setAccessibleName(tr("Clear the search and the filters"));
    m_clearButton->setAutoRaise(true);
    connect(m_clearButton, &QToolButton::clicked, this, &FilterBar::clearAll);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_count->setAccessibleName(tr("Number of petitions listed"));

    // Under the row, only while there is something to say: why a search is listed newest first, or that the
    // search index is being built.
    m_note->setObjectName(QStringLiteral("searchNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 4);
    rows->setSpacing(2);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(layout);
    rows->addWidget(m_note);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_channelButton);
    layout->addWidget(m_fieldButton);
    layout->addWidget(m_stateButton);
    layout->addWidget(m_clearButton);
    layout->addSpacing(8);
    layout->addWidget(m_count);
    updateButtons();
}

QToolButton *FilterBar::addMenuButton(const QString &objectName, const QString &accessibleName, QMenu **menu)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    *menu = new QMenu(button);
    (*menu)->setObjectName(objectName + QStringLiteral("Menu"));
    button->setMenu(*menu);
    connect(*menu, &QMenu::triggered, this, &FilterBar::emitNow);
    return button;
}

void FilterBar::setFields(const QStringList &fieldIds)
{
    const QStringList checked = checkedValues(m_fieldMenu);
    m_fieldMenu->clear();
    for (const QString &id : fieldIds) {
        QAction *a = m_fieldMenu->addAction(id);
        a->setCheckable(true);
        a->setChecked(checked.contains(id));
        a->setProperty(kValueProperty, id);
    }
    m_fieldButton->setEnabled(!fieldIds.isEmpty());
    updateButtons();
}

void FilterBar::applyTo(PetitionFilter *filter) const
{
    filter->search = m_search->text();
    filter->channels.clear();
    for (const QString &wire : checkedValues(m_channelMenu)) {
        if (const auto c = channelFromWire(wire))
            filter->channels << *c;
    }
    filter->states.clear();
    for (const QString &wire : checkedValues(m_stateMenu)) {
        if (const auto s = petitionStateFromWire(wire))
            filter->states << *s;
    }
    filter->fieldIds = checkedValues(m_fieldMenu);
}

bool FilterBar::isActive() const
{
    return !m_search->text().isEmpty() || !checkedValues(m_channelMenu).isEmpty() ||
           !checkedValues(m_fieldMenu).isEmpty() || !checkedValues(m_stateMenu).isEmpty();
}

void FilterBar::clearAll()
{
    const bool wasActive = isActive();
    for (QMenu *menu : {m_channelMenu, m_fieldMenu, m_stateMenu}) {
        for (QAction *a : menu->actions())
            a->setChecked(false);
    }
    {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    m_debounce->stop();
    if (wasActive)
        emitNow();
}

void FilterBar::setResultCount(qint64 count)
{
    m_resultCount = count;
    showCount();
}

void FilterBar::setSearchState(SearchOrder order, bool indexBuilding)
{
    m_order = order;
    m_indexBuilding = indexBuilding;
    showCount();
}

void FilterBar::showCount()
{
    // -1: the list's rows are on the way and not counted yet.
    QStringList parts = {m_resultCount < 0 ? tr("Counting…")
                                           : tr("%Ln petition(s)", nullptr, int(m_resultCount))};
    QStringList why;
    if (m_order == SearchOrder::NewestFirst) {
        parts << tr("newest first");
        why << tr("More than %L1 petitions match: they are listed newest first instead of by relevance. "
                  "Type more words to narrow the search.")
                   .arg(PetitionQuery::kRankAtMost);
    }
    if (m_indexBuilding) {
        why << tr("The search index is being built; until it is done, some petitions or recent changes may "
                  "be missing from the results.");
    }
    m_count->setText(parts.join(QStringLiteral(" · ")));
    m_note->setText(why.join(QLatin1Char(' ')));
    m_note->setVisible(!why.isEmpty());
}

void FilterBar::updateButtons()
{
    m_channelButton->setText(buttonText(tr("Channel"), m_channelMenu));
    m_fieldButton->setText(buttonText(tr("Field"), m_fieldMenu));
    m_stateButton->setText(buttonText(tr("Status"), m_stateMenu));
    m_clearButton->setVisible(isActive());
}

void FilterBar::emitNow()
{
    m_debounce->stop();
    updateButtons();
    Q_EMIT filterChanged();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        emitNow();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pakn
