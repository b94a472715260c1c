#pragma once

#include "store/outbox.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QString>
#include <optional>

namespace pakn {

class CacheDatabase;

/// The mark a petition's row carries while commands for it wait in the outbox: queued, sending, failed or
/// in conflict — one table (syncmark.cpp) of colour, label and urgency, so the list, its tooltips and its
/// accessible text agree.
///
/// Contract: pure functions over the outbox; `read()` runs one Outbox::all() on the calling thread's cache
/// connection (the outbox is small). A petition with several items shows the most urgent state (conflict,
/// then failed, then sending, then queued).
namespace syncmark {

/// The state shown for each petition that has outbox items.
QHash<qint64, OutboxState> read(const CacheDatabase &cache);
/// The more urgent of two states.
OutboxState moreUrgent(OutboxState a, OutboxState b);
/// The row's mark: a small filled circle (square for states that need the user) in the state's colour.
QIcon icon(OutboxState state);
QColor colour(OutboxState state);
/// What the mark means, translated ("Waiting to be sent", …).
QString label(OutboxState state);

} // namespace syncmark
} // namespace pakn
