#include "petitionstate.h"

#include "wiretable.h"

#include <QCoreApplication>

namespace pakn {
namespace {

struct StateRow
{
    PetitionState value;
    const char *wire;
    const char *label;
    bool closed;
    bool deadlineRuns;
};

// One table for every fact about a state: wire name, label, whether the process has ended, and whether the
// handling deadline runs in it.
constexpr StateRow kStates[] = {
    // value, wire name, label, closed, deadline runs
    {PetitionState::Submitted, "submitted", QT_TRANSLATE_NOOP("PetitionState", "Awaiting receipt"), false,
     true},
    {PetitionState::NotAccepted, "not_accepted", QT_TRANSLATE_NOOP("PetitionState", "Not accepted"), true,
     false},
    {PetitionState::Received, "received", QT_TRANSLATE_NOOP("PetitionState", "Received"), false, true},
    {PetitionState::Classified, "classified", QT_TRANSLATE_NOOP("PetitionState", "Classified"), false, true},
    {PetitionState::Transferred, "transferred",
     QT_TRANSLATE_NOOP("PetitionState", "Transferred for handling"), false, true},
    {PetitionState::Forwarded, "forwarded", QT_TRANSLATE_NOOP("PetitionState", "Forwarded outside the city"),
     true, false},
    {PetitionState::InProgress, "in_progress", QT_TRANSLATE_NOOP("PetitionState", "In progress"), false,
     true},
    {PetitionState::AwaitingApproval, "awaiting_approval",
     QT_TRANSLATE_NOOP("PetitionState", "Awaiting approval"), false, true},
    {PetitionState::Replied, "replied", QT_TRANSLATE_NOOP("PetitionState", "Replied"), false, false},
    {PetitionState::SentBack, "sent_back", QT_TRANSLATE_NOOP("PetitionState", "Sent back for rework"), false,
     true},
    {PetitionState::Published, "published", QT_TRANSLATE_NOOP("PetitionState", "Published"), true, false},
    {PetitionState::Archived, "archived", QT_TRANSLATE_NOOP("PetitionState", "Archived"), true, false},
};

const StateRow &row(PetitionState state)
{
    return detail::rowFor(kStates, state);
}

} // namespace

QString toWireName(PetitionState state)
{
    return QString::fromLatin1(row(state).wire);
}

std::optional<PetitionState> petitionStateFromWire(const QString &wireName)
{
    return detail::valueForWire(kStates, wireName);
}

const char *untranslatedLabel(PetitionState state)
{
    return row(state).label;
}

QString displayLabel(PetitionState state)
{
    return QCoreApplication::translate("PetitionState", row(state).label);
}

bool isClosed(PetitionState state)
{
    return row(state).closed;
}

bool deadlineRuns(PetitionState state)
{
    return row(state).deadlineRuns;
}

} // namespace pakn
