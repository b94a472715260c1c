#include "conflictpolicy.h"

#include <QStringList>

namespace pakn {
namespace {

struct RebaseRule
{
    Command command;
    /// The record fields whose change by someone else makes this command a conflict. Empty: never a conflict.
    const char *guardedFields;
};

// Notes and progress updates only add to the timeline, so they never clash. A reply clashes with another
// change of the reply; a step of the workflow clashes with another step (state), a re-assignment or a
// transfer.
constexpr const char *kWorkflowFields = "state assignee unit";
constexpr RebaseRule kRules[] = {
    {Command::Note, ""},
    {Command::ProgressUpdate, ""},
    {Command::SaveReply, "reply state"},
    {Command::SubmitReply, "reply state assignee"},
    {Command::Receive, kWorkflowFields},
    {Command::Reject, kWorkflowFields},
    {Command::Classify, "state unit classification field category"},
    {Command::Transfer, kWorkflowFields},
    {Command::Forward, kWorkflowFields},
    {Command::Assign, kWorkflowFields},
    {Command::Approve, "reply state assignee unit"},
    {Command::Return, "reply state assignee unit"},
    {Command::Publish, "reply state"},
    {Command::SendBack, "reply state"},
    {Command::Archive, "state"},
};

} // namespace

ConflictResolution resolveConflict(Command command, const QJsonObject &base, const QJsonObject &theirs)
{
    for (const RebaseRule &rule : kRules) {
        if (rule.command != command)
            continue;
        const QStringList fields =
            QString::fromLatin1(rule.guardedFields).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &field : fields) {
            if (base.value(field) != theirs.value(field))
                return ConflictResolution::Conflict;
        }
        return ConflictResolution::Rebase;
    }
    return ConflictResolution::Conflict;
}

} // namespace pakn
