#pragma once

#include "domain/petition.h"
#include "domain/referencedata.h"

#include <QAbstractTableModel>
#include <QList>

namespace pakn {

/// A petition's history as a table, oldest first: when (Hà Nội time), who, what happened (the command's
/// label, "Submitted"), and the detail — the comment, note or progress text, and the command's values with
/// reference ids turned into names (a transfer's unit, a classification's field).
///
/// Contract: a value model on the GUI thread; `setTimeline()` replaces the rows (a reset) unless they are
/// the same, so re-showing a petition after a sync does not disturb the view. Read-only.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, DetailColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        KindRole, ///< the wire name: "submitted", "transfer", …
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setReferenceData(const ReferenceData &reference);
    void setTimeline(const QList<TimelineEntry> &entries);
    const TimelineEntry &entry(int row) const { return m_entries.at(row); }
    /// What happened, as the What column says it.
    static QString kindLabel(const QString &kind);
    /// The Detail column's text for `entry`.
    QString detailText(const TimelineEntry &entry) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReferenceData m_reference;
    QList<TimelineEntry> m_entries;
};

} // namespace pakn
