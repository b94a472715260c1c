#pragma once

#include "channel.h"
#include "petitionstate.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pakn {

struct Submitter
{
    SubmitterType type = SubmitterType::Individual;
    QString name;
    QString organisation; ///< empty for individuals
    QString phone;
    QString email;
    QString address;

    friend bool operator==(const Submitter &a, const Submitter &b)
    {
        return a.type == b.type && a.name == b.name && a.organisation == b.organisation &&
               a.phone == b.phone && a.email == b.email && a.address == b.address;
    }
};

/// One petition (PAKN) as the central service holds it: a plain value type. Field meanings are in
/// domain.md §3; the JSON form is in docs/api.md and core/net/wirecodec.h.
struct Petition
{
    qint64 id = 0;
    qint64 version = 0; ///< increases with every change on the server; the base version of a command
    QString code;       ///< e.g. PAKN.20250112.0003
    QString title;
    QString content;
    PetitionKind kind = PetitionKind::Feedback;
    int category = 6; ///< decree 20 art. 5, 1..8
    Submitter submitter;
    Channel channel = Channel::Portal;
    QString fieldId; ///< reference-data id of the field (lĩnh vực)
    PetitionState state = PetitionState::Submitted;
    QString unitId;   ///< the unit that holds it now
    QString assignee; ///< username of the handling officer, empty when unassigned
    QDateTime receivedAt;
    QDate dueDate; ///< invalid when no deadline runs
    QDateTime updatedAt;

    friend bool operator==(const Petition &a, const Petition &b)
    {
        return a.id == b.id && a.version == b.version && a.code == b.code && a.title == b.title &&
               a.content == b.content && a.kind == b.kind && a.category == b.category &&
               a.submitter == b.submitter && a.channel == b.channel && a.fieldId == b.fieldId &&
               a.state == b.state && a.unitId == b.unitId && a.assignee == b.assignee &&
               a.receivedAt == b.receivedAt && a.dueDate == b.dueDate && a.updatedAt == b.updatedAt;
    }
    friend bool operator!=(const Petition &a, const Petition &b) { return !(a == b); }
};

} // namespace pakn
