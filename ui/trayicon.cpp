#include "trayicon.h"

#include "cachereader.h"
#include "inboxpolicy.h"
#include "store/cachedatabase.h"

#include <QApplication>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QThread>

namespace pakn {
namespace {

const QString kNotifiedDayKey = QStringLiteral("notifications/day");
const QString kNotifiedIdsKey = QStringLiteral("notifications/ids");
constexpr int kCodesInMessage = 3;

/// Who a due petition is "for": roles that hand work out see their unit's, the others their own.
struct AttentionRule
{
    Role role;
    bool wholeUnit;
};
constexpr AttentionRule kAttentionRules[] = {
    {Role::CityOffice, true},
    {Role::Focal, true},
    {Role::Leader, true},
    {Role::Officer, false},
};

QSet<qint64> notifiedToday(const QDate &today)
{
    QSettings settings;
    if (settings.value(kNotifiedDayKey).toDate() != today)
        return {};
    QSet<qint64> ids;
    for (const QVariant &v : settings.value(kNotifiedIdsKey).toList())
        ids.insert(v.toLongLong());
    return ids;
}

void keepNotified(const QDate &today, const QSet<qint64> &ids)
{
    QVariantList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list.append(id);
    QSettings settings;
    settings.setValue(kNotifiedDayKey, today);
    settings.setValue(kNotifiedIdsKey, list);
}

} // namespace

DueSoonTray::DueSoonTray(QObject *parent)
    : QObject(parent)
    , m_reader(new CacheReader(this))
    , m_baseIcon(QApplication::windowIcon())
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(m_baseIcon, this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT activated();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DueSoonTray::activated);
    }
}

DueSoonTray::~DueSoonTray() = default;

QList<PetitionFilter> DueSoonTray::attentionFilters(const User &user)
{
    bool wholeUnit = false;
    for (const AttentionRule &r : kAttentionRules)
        wholeUnit = wholeUnit || (r.wholeUnit && user.hasRole(r.role));
    QList<PetitionFilter> filters;
    for (SavedView view : {SavedView::Overdue, SavedView::DueSoon}) {
        PetitionFilter f;
        f.view = view;
        f.sortKey = SortKey::Deadline;
        f.sortOrder = Qt::AscendingOrder;
        if (wholeUnit)
            f.unitIds = {user.unitId};
        else
            f.assignees = {user.username};
        filters.append(f);
    }
    return filters;
}

void DueSoonTray::setCache(std::shared_ptr<const CacheDatabase> cache, const ViewContext &context,
                           const User &user)
{
    m_cache = std::move(cache);
    m_context = context;
    m_user = user;
    m_reader->setCache(m_cache);
    if (m_tray)
        m_tray->show();
    refresh();
}

void DueSoonTray::clear()
{
    ++m_generation; // a count on the way is for the account leaving
    m_counting = false;
    m_cache.reset();
    m_reader->setCache(nullptr);
    if (m_tray)
        m_tray->hide();
    if (m_count != 0) {
        m_count = 0;
        Q_EMIT countChanged(0);
    }
}

void DueSoonTray::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_cache) {
        m_counting = false;
        return;
    }
    m_counting = true;
    const ViewContext context = m_context;
    const QList<PetitionFilter> filters = attentionFilters(m_user);
    const int previous = m_count;
    m_reader->read(
        [this, generation, context, filters, previous](const QSqlDatabase &db) -> std::function<void()> {
            PetitionQuery query(db, context);
            qint64 total = 0;
            for (const PetitionFilter &f : filters)
                total += query.count(f);
            // The rows a notification may name, read only when there are more than before.
            QList<PetitionRow> candidates;
            if (total > std::max(previous, 0)) {
                for (const PetitionFilter &f : filters)
                    candidates += query.page(f, 0, kNotifyPageSize);
            }
            const QThread *thread = QThread::currentThread();
            return [this, generation, total, thread, candidates = std::move(candidates)] {
                if (generation != m_generation)
                    return; // a newer count is on the way
                m_counting = false;
                m_lastQueryThread = thread;
                applyCount(total, candidates);
                Q_EMIT counted();
            };
        });
}

void DueSoonTray::applyCount(qint64 total, const QList<PetitionRow> &candidates)
{
    const int previous = m_count;
    m_count = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    if (m_count == previous)
        return;
    updateIcon();
    Q_EMIT countChanged(m_count);
    if (m_count > std::max(previous, 0))
        notifyNew(candidates);
}

void DueSoonTray::notifyNew(const QList<PetitionRow> &candidates)
{
    const QDate today = m_context.today.isValid() ? m_context.today : inbox::vietnamToday();
    QSet<qint64> named = notifiedToday(today);
    QList<PetitionRow> fresh;
    for (const PetitionRow &r : candidates) {
        if (!named.contains(r.id))
            fresh.append(r);
    }
    if (fresh.isEmpty())
        return;
    QList<qint64> ids;
    QStringList lines;
    for (const PetitionRow &r : std::as_const(fresh)) {
        ids.append(r.id);
        named.insert(r.id);
        if (lines.size() < kCodesInMessage)
            lines.append(QStringLiteral("%1 · %2").arg(r.code, r.title));
    }
    if (fresh.size() > kCodesInMessage)
        lines.append(tr("and %n more", nullptr, int(fresh.size()) - kCodesInMessage));
    keepNotified(today, named);
    if (!m_notify)
        return;
    const QString title = tr("%n petition(s) due soon or overdue", nullptr, int(fresh.size()));
    const QString message = lines.join(QLatin1Char('\n'));
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 15000);
    Q_EMIT notified(title, message, ids);
}

void DueSoonTray::updateIcon()
{
    if (!m_tray)
        return;
    m_tray->setIcon(badgeIcon(m_baseIcon, m_count));
    m_tray->setToolTip(m_count > 0 ? tr("PAKN Desk — %n petition(s) due soon or overdue", nullptr, m_count)
                                   : QApplication::applicationDisplayName());
}

QIcon DueSoonTray::badgeIcon(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    QIcon result;
    for (int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(QColor(QStringLiteral("#1f4e79")));
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        const qreal badge = size * (text.size() > 2 ? 0.75 : 0.6);
        const QRectF circle(size - badge, 0, badge, badge);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(QStringLiteral("#c62828")));
        painter.drawEllipse(circle);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(badge * (text.size() > 2 ? 0.4 : 0.6))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(circle, Qt::AlignCenter, text);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace pakn
