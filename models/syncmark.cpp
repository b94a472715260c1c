#include "syncmark.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace pakn::syncmark {
namespace {

struct MarkRow
{
    OutboxState state;
    int urgency;      ///< higher wins when a petition has several items
    bool needsUser;   ///< drawn as a square, not a circle, so it is told apart without colour
    const char *rgb;  ///< readable on light and dark rows
    const char *text; ///< translated in context "pakn::SyncMark"
};

constexpr MarkRow kMarks[] = {
    {OutboxState::Queued, 1, false, "#6b7a8f", QT_TRANSLATE_NOOP("pakn::SyncMark", "Waiting to be sent")},
    {OutboxState::Sending, 2, false, "#1565c0", QT_TRANSLATE_NOOP("pakn::SyncMark", "Being sent")},
    {OutboxState::Failed, 3, true, "#c62828",
     QT_TRANSLATE_NOOP("pakn::SyncMark", "Refused by the server: open the outbox")},
    {OutboxState::Conflict, 4, true, "#e65100",
     QT_TRANSLATE_NOOP("pakn::SyncMark", "In conflict with a newer version: open the outbox")},
};

const MarkRow &rowOf(OutboxState state)
{
    for (const MarkRow &r : kMarks) {
        if (r.state == state)
            return r;
    }
    return kMarks[0];
}

} // namespace

QHash<qint64, OutboxState> read(const CacheDatabase &cache)
{
    QHash<qint64, OutboxState> states;
    for (const auto &[petitionId, state] : Outbox(cache).petitionStates()) {
        auto it = states.find(petitionId);
        if (it == states.end())
            states.insert(petitionId, state);
        else
            *it = moreUrgent(*it, state);
    }
    return states;
}

OutboxState moreUrgent(OutboxState a, OutboxState b)
{
    return rowOf(b).urgency > rowOf(a).urgency ? b : a;
}

QColor colour(OutboxState state)
{
    return QColor(QLatin1String(rowOf(state).rgb));
}

QIcon icon(OutboxState state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(state));
    if (it != cache.constEnd())
        return *it;
    QIcon result;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour(state));
        const QRectF mark(size * 0.2, size * 0.2, size * 0.6, size * 0.6);
        if (rowOf(state).needsUser)
            painter.drawRect(mark);
        else
            painter.drawEllipse(mark);
        painter.end();
        result.addPixmap(pixmap);
    }
    cache.insert(int(state), result);
    return result;
}

QString label(OutboxState state)
{
    return QCoreApplication::translate("pakn::SyncMark", rowOf(state).text);
}

} // namespace pakn::syncmark
