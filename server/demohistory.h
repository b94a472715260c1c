#pragma once

#include "domain/petition.h"

#include <QString>

namespace pakn::server::demo {

/// What the history of one demo petition depends on beyond the petition itself.
struct HistoryInput
{
    quint32 seed = 0;        ///< this petition's own seed
    QString handlingUnit;    ///< the unit that handles it (or would, before the transfer)
    int progressUpdates = 0; ///< how many progress updates were posted while it was handled
};

/// Fills the timeline, reply, classification, reject reason and replied_at of a demo petition whose state,
/// unit, assignee, version, receipt and last change are set: one timeline entry per version along the path
/// to its state (submitted, receive, classify, transfer or forward, receive at the unit, assign, progress
/// updates, save and submit the reply, approve, then publish or send back, archive), each by a demo account
/// whose role may run it (core/domain/workflow.h), at times from received_at to updated_at. Timeline ids are
/// left 0 for the seeder to number. Deterministic in its inputs.
void composeHistory(const HistoryInput &input, Petition *petition);

} // namespace pakn::server::demo
