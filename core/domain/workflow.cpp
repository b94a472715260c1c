#include "workflow.h"

#include "wiretable.h"

#include <QCoreApplication>

namespace pakn {
namespace {

struct CommandRow
{
    Command value;
    const char *wire;
    const char *label;
};

constexpr CommandRow kCommands[] = {
    {Command::Receive, "receive", QT_TRANSLATE_NOOP("Command", "Receive")},
    {Command::Reject, "reject", QT_TRANSLATE_NOOP("Command", "Reject")},
    {Command::Classify, "classify", QT_TRANSLATE_NOOP("Command", "Classify")},
    {Command::Transfer, "transfer", QT_TRANSLATE_NOOP("Command", "Transfer for handling")},
    {Command::Forward, "forward", QT_TRANSLATE_NOOP("Command", "Forward outside the city")},
    {Command::Assign, "assign", QT_TRANSLATE_NOOP("Command", "Assign")},
    {Command::Note, "note", QT_TRANSLATE_NOOP("Command", "Add internal note")},
    {Command::ProgressUpdate, "progress_update", QT_TRANSLATE_NOOP("Command", "Post progress update")},
    {Command::SaveReply, "save_reply", QT_TRANSLATE_NOOP("Command", "Save reply")},
    {Command::SubmitReply, "submit_reply", QT_TRANSLATE_NOOP("Command", "Submit for approval")},
    {Command::Approve, "approve", QT_TRANSLATE_NOOP("Command", "Approve")},
    {Command::Return, "return", QT_TRANSLATE_NOOP("Command", "Return with comment")},
    {Command::Publish, "publish", QT_TRANSLATE_NOOP("Command", "Publish")},
    {Command::SendBack, "send_back", QT_TRANSLATE_NOOP("Command", "Send back for rework")},
    {Command::Archive, "archive", QT_TRANSLATE_NOOP("Command", "Archive")},
};

using S = PetitionState;

/// Everything a petition can be while it is not closed; notes may be added in any of these.
const QList<PetitionState> kOpen = {S::Submitted,  S::Received,         S::Classified, S::Transferred,
                                    S::InProgress, S::AwaitingApproval, S::Replied,    S::SentBack};
/// Where the handling officer works on the reply.
const QList<PetitionState> kHandling = {S::InProgress, S::SentBack};

} // namespace

QString toWireName(Command command)
{
    return QString::fromLatin1(detail::rowFor(kCommands, command).wire);
}

std::optional<Command> commandFromWire(const QString &wireName)
{
    return detail::valueForWire(kCommands, wireName);
}

QString displayLabel(Command command)
{
    return QCoreApplication::translate("Command", detail::rowFor(kCommands, command).label);
}

namespace workflow {

const QList<Transition> &transitions()
{
    // domain.md §1.2 and §2. The city office receives, classifies, transfers or forwards, and at the end
    // publishes or sends back; a unit's focal officer receives transfers, assigns, transfers on or rejects
    // what is not the unit's; the handling officer drafts and submits; the unit leader approves or returns.
    static const QList<Transition> table = {
        // command               role              from states                                  scope to
        {Command::Receive, Role::CityOffice, {S::Submitted}, Scope::OwnUnit, S::Received},
        {Command::Receive, Role::Focal, {S::Transferred}, Scope::OwnUnit, S::Received},
        {Command::Reject,
         Role::CityOffice,
         {S::Submitted, S::Received, S::Classified},
         Scope::Anywhere,
         S::NotAccepted},
        {Command::Reject, Role::Focal, {S::Transferred, S::Received}, Scope::OwnUnit, S::NotAccepted},
        {Command::Classify, Role::CityOffice, {S::Received, S::Classified}, Scope::Anywhere, S::Classified},
        {Command::Classify, Role::Focal, {S::Received, S::Classified}, Scope::OwnUnit, S::Classified},
        {Command::Transfer, Role::CityOffice, {S::Classified}, Scope::Anywhere, S::Transferred},
        {Command::Transfer, Role::Focal, {S::Received, S::Classified}, Scope::OwnUnit, S::Transferred},
        {Command::Forward, Role::CityOffice, {S::Classified}, Scope::Anywhere, S::Forwarded},
        {Command::Assign,
         Role::Focal,
         {S::Received, S::Classified, S::InProgress, S::SentBack},
         Scope::OwnUnit,
         S::InProgress},
        {Command::Assign,
         Role::Leader,
         {S::Received, S::Classified, S::InProgress, S::SentBack},
         Scope::UnitSubtree,
         S::InProgress},
        {Command::Note, Role::Officer, kOpen, Scope::OwnUnit, std::nullopt},
        {Command::Note, Role::Focal, kOpen, Scope::OwnUnit, std::nullopt},
        {Command::Note, Role::Leader, kOpen, Scope::UnitSubtree, std::nullopt},
        {Command::Note, Role::CityOffice, kOpen, Scope::Anywhere, std::nullopt},
        {Command::ProgressUpdate, Role::Officer, kHandling, Scope::Assignee, std::nullopt},
        {Command::SaveReply, Role::Officer, kHandling, Scope::Assignee, std::nullopt},
        {Command::SubmitReply, Role::Officer, kHandling, Scope::Assignee, S::AwaitingApproval},
        {Command::Approve, Role::Leader, {S::AwaitingApproval}, Scope::UnitSubtree, S::Replied},
        {Command::Return, Role::Leader, {S::AwaitingApproval}, Scope::UnitSubtree, S::InProgress},
        {Command::Publish, Role::CityOffice, {S::Replied}, Scope::Anywhere, S::Published},
        {Command::SendBack, Role::CityOffice, {S::Replied}, Scope::Anywhere, S::SentBack},
        {Command::Archive,
         Role::CityOffice,
         {S::Published, S::NotAccepted, S::Forwarded},
         Scope::Anywhere,
         S::Archived},
    };
    return table;
}

namespace {

bool stands(Scope scope, const Standing &standing)
{
    switch (scope) {
    case Scope::Anywhere:
        return true;
    case Scope::OwnUnit:
        return standing.inUnit;
    case Scope::UnitSubtree:
        return standing.inSubtree || standing.inUnit;
    case Scope::Assignee:
        return standing.isAssignee;
    }
    return false;
}

} // namespace

std::optional<PetitionState> apply(Command command, PetitionState state, const User &user,
                                   const Standing &standing)
{
    for (const Transition &t : transitions()) {
        if (t.command == command && user.hasRole(t.role) && t.from.contains(state) &&
            stands(t.scope, standing))
            return t.to.value_or(state);
    }
    return std::nullopt;
}

QList<Command> allowedCommands(PetitionState state, const User &user, const Standing &standing)
{
    QList<Command> allowed;
    for (Command c : kAllCommands) {
        if (apply(c, state, user, standing))
            allowed.append(c);
    }
    return allowed;
}

} // namespace workflow
} // namespace pakn
