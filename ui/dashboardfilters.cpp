#include "dashboardfilters.h"

#include "domain/channel.h"
#include "reports/reportperiod.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace pakn {
namespace {

// The period choices as data: label and how the range follows from today.
struct PeriodRow
{
    DashboardFilters::Period period;
    const char *label;
};
constexpr PeriodRow kPeriods[] = {
    {DashboardFilters::Period::Month, QT_TRANSLATE_NOOP("DashboardFilters", "This month")},
    {DashboardFilters::Period::Quarter, QT_TRANSLATE_NOOP("DashboardFilters", "This quarter")},
    {DashboardFilters::Period::HalfYear, QT_TRANSLATE_NOOP("DashboardFilters", "This half-year")},
    {DashboardFilters::Period::Year, QT_TRANSLATE_NOOP("DashboardFilters", "This year")},
    {DashboardFilters::Period::Custom, QT_TRANSLATE_NOOP("DashboardFilters", "Custom range")},
    {DashboardFilters::Period::AllTime, QT_TRANSLATE_NOOP("DashboardFilters", "All time")},
};

int depthOf(const ReferenceData &reference, const UnitInfo &unit)
{
    int depth = 0;
    for (const UnitInfo *u = reference.unit(unit.parentId); u && depth < 16; u = reference.unit(u->parentId))
        ++depth;
    return depth;
}

} // namespace

DashboardFilters::DashboardFilters(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_unit(new QComboBox(this))
    , m_field(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_today(QDate::currentDate())
{
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_unit->setObjectName(QStringLiteral("dashboardUnit"));
    m_field->setObjectName(QStringLiteral("dashboardField"));
    m_channel->setObjectName(QStringLiteral("dashboardChannel"));
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    for (const PeriodRow &r : kPeriods)
        m_period->addItem(QCoreApplication::translate("DashboardFilters", r.label), int(r.period));
    m_period->setAccessibleName(tr("Period"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_unit->setAccessibleName(tr("Unit"));
    m_field->setAccessibleName(tr("Field"));
    m_channel->setAccessibleName(tr("Channel"));
    m_unit->addItem(tr("All units"), QString());
    m_field->addItem(tr("All fields"), QString());
    m_channel->addItem(tr("All channels"), QString());
    for (Channel c : kAllChannels)
        m_channel->addItem(displayLabel(c), toWireName(c));
    m_unit->setMinimumContentsLength(18);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto add = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        layout->addWidget(l);
        layout->addWidget(w);
    };
    add(tr("&Period:"), m_period);
    add(tr("From:"), m_from);
    add(tr("To:"), m_to);
    add(tr("&Unit:"), m_unit);
    add(tr("F&ield:"), m_field);
    add(tr("C&hannel:"), m_channel);
    layout->addStretch(1);

    setPeriod(Period::Year);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateRange();
        Q_EMIT changed();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (Period(m_period->currentData().toInt()) == Period::Custom)
                Q_EMIT changed();
        });
    for (QComboBox *box : {m_unit, m_field, m_channel})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardFilters::changed);
}

void DashboardFilters::setChoices(const ReferenceData &reference, const QStringList &cachedUnitIds,
                                  const QStringList &cachedFieldIds)
{
    m_reference = reference;
    const QSignalBlocker unitQuiet(m_unit);
    const QSignalBlocker fieldQuiet(m_field);
    const QString unit = m_unit->currentData().toString();
    const QString field = m_field->currentData().toString();
    while (m_unit->count() > 1)
        m_unit->removeItem(1);
    while (m_field->count() > 1)
        m_field->removeItem(1);
    if (!reference.units.isEmpty()) {
        for (const UnitInfo &u : reference.units) // parents before children: a tree when indented
            m_unit->addItem(QString(depthOf(reference, u) * 3, QLatin1Char(' ')) + u.name, u.id);
    } else {
        for (const QString &id : cachedUnitIds)
            m_unit->addItem(id, id);
    }
    QStringList fieldIds = cachedFieldIds;
    for (const Label &f : reference.fields) {
        if (!fieldIds.contains(f.id))
            fieldIds << f.id;
    }
    for (const QString &id : fieldIds) {
        QString name = id;
        for (const Label &f : reference.fields) {
            if (f.id == id)
                name = f.name;
        }
        m_field->addItem(name, id);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
    m_field->setCurrentIndex(std::max(0, m_field->findData(field)));
}

void DashboardFilters::setToday(const QDate &today)
{
    m_today = today;
    updateRange();
}

void DashboardFilters::setPeriod(Period period)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(int(period))));
    updateRange();
}

void DashboardFilters::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker quiet(this);
        setPeriod(Period::Custom);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    Q_EMIT changed();
}

void DashboardFilters::updateRange()
{
    const Period period = Period(m_period->currentData().toInt());
    const bool custom = period == Period::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom || period == Period::AllTime)
        return;
    const QSignalBlocker fromQuiet(m_from);
    const QSignalBlocker toQuiet(m_to);
    if (period == Period::Month) {
        m_from->setDate(QDate(m_today.year(), m_today.month(), 1));
        m_to->setDate(m_from->date().addMonths(1).addDays(-1));
        return;
    }
    const ReportPeriodKind kind = period == Period::Quarter    ? ReportPeriodKind::Quarter
                                  : period == Period::HalfYear ? ReportPeriodKind::HalfYear
                                                               : ReportPeriodKind::Year;
    const ReportPeriod p = ReportPeriod::containing(kind, m_today, 1); // calendar periods
    m_from->setDate(p.from);
    m_to->setDate(p.to);
}

AggregationFilter DashboardFilters::filter() const
{
    AggregationFilter f;
    if (Period(m_period->currentData().toInt()) != Period::AllTime) {
        f.receivedFrom = m_from->date();
        f.receivedTo = m_to->date();
    }
    const QString unit = m_unit->currentData().toString();
    if (!unit.isEmpty())
        f.unitIds = m_reference.unit(unit) ? m_reference.subtree(unit) : QStringList{unit};
    if (const QString field = m_field->currentData().toString(); !field.isEmpty())
        f.fieldIds = {field};
    if (const auto c = channelFromWire(m_channel->currentData().toString()))
        f.channels = {*c};
    return f;
}

} // namespace pakn
