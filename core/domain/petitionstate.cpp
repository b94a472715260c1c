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
};

// One table for every fact about a state: its wire name, its label and whether handling has ended.
constexpr StateRow kStates[] = {
    {PetitionState::Submitted, "submitted", QT_TRANSLATE_NOOP("PetitionState", "Awaiting receipt"), false},
    {PetitionState::NotAccepted, "not_accepted", QT_TRANSLATE_NOOP("PetitionState", "Not accepted"), true},
    {PetitionState::Received, "received", QT_TRANSLATE_NOOP("PetitionState", "Received"), false},
    {PetitionState::Classified, "classified", QT_TRANSLATE_NOOP("PetitionState", "Classified"), false},
    {PetitionState::Transferred, "transferred",
     QT_TRANSLATE_NOOP("PetitionState", "Transferred for handling"), false},
    {PetitionState::Forwarded, "forwarded", QT_TRANSLATE_NOOP("PetitionState", "Forwarded outside the city"),
     true},
    {PetitionState::InProgress, "in_progress", QT_TRANSLATE_NOOP("PetitionState", "In progress"), false},
    {PetitionState::AwaitingApproval, "awaiting_approval",
     QT_TRANSLATE_NOOP("PetitionState", "Awaiting approval"), false},
    {PetitionState::Replied, "replied", QT_TRANSLATE_NOOP("PetitionState", "Replied"), false},
    {PetitionState::SentBack, "sent_back", QT_TRANSLATE_NOOP("PetitionState", "Sent back for rework"), false},
    {PetitionState::Published, "published", QT_TRANSLATE_NOOP("PetitionState", "Published"), true},
    {PetitionState::Archived, "archived", QT_TRANSLATE_NOOP("PetitionState", "Archived"), true},
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

} // namespace pakn
