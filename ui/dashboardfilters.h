#pragma once

#include "domain/referencedata.h"
#include "store/aggregations.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace pakn {

/// The dashboard's filter row: period (month, quarter, half-year, year — calendar periods containing today —,
/// a custom range, or all time), unit with its subtree, field and channel. Emits changed() after each user
/// change; filter() turns the choice into an AggregationFilter.
class DashboardFilters : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Month, Quarter, HalfYear, Year, Custom, AllTime };

    explicit DashboardFilters(QWidget *parent = nullptr);

    /// The units (as a tree when the reference data has them) and fields offered; keeps the current choice
    /// when it is still offered.
    void setChoices(const ReferenceData &reference, const QStringList &cachedUnitIds,
                    const QStringList &cachedFieldIds);
    void setToday(const QDate &today);
    void setPeriod(Period period);
    void setCustomRange(const QDate &from, const QDate &to);

    AggregationFilter filter() const;

Q_SIGNALS:
    void changed();

private:
    void updateRange();

    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_unit;
    QComboBox *m_field;
    QComboBox *m_channel;
    QDate m_today;
    ReferenceData m_reference;
};

} // namespace pakn
