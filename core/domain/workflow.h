#pragma once

#include "petitionstate.h"
#include "role.h"

#include <QList>
#include <QString>
#include <optional>

namespace pakn {

/// The actions on a petition (DESIGN.md §2.4). Wire names are contract (docs/api.md, POST …/commands "type").
enum class Command {
    Receive, ///< tiếp nhận: the city office receives a new petition, or a unit's focal officer a transfer
    Reject,  ///< không tiếp nhận, with a reason code
    Classify, ///< phân loại: conduct vs regulation, field, category
    Transfer, ///< chuyển xử lý to a unit of the city
    Forward, ///< chuyển cơ quan khác: outside the city (ministry, other province, legal-documents system)
    Assign,  ///< phân công a handling officer (also re-assign)
    Note,    ///< internal note; the state does not change
    ProgressUpdate, ///< cập nhật tiến độ (due every 7 days while late); the state does not change
    SaveReply,      ///< save the draft reply on the server; the state does not change
    SubmitReply,    ///< send the reply for the leader's approval
    Approve,        ///< the leader approves (signs) the reply: the result exists
    Return,         ///< the leader returns the draft to the officer with a comment
    Publish,        ///< công khai: the city office publishes the result
    SendBack,       ///< trả lại: the city office sends an unsuitable reply back for rework
    Archive,        ///< lưu trữ
};

inline constexpr Command kAllCommands[] = {
    Command::Receive, Command::Reject, Command::Classify,       Command::Transfer,  Command::Forward,
    Command::Assign,  Command::Note,   Command::ProgressUpdate, Command::SaveReply, Command::SubmitReply,
    Command::Approve, Command::Return, Command::Publish,        Command::SendBack,  Command::Archive,
};

QString toWireName(Command command);
std::optional<Command> commandFromWire(const QString &wireName);
QString displayLabel(Command command);

/// Whose petition it is, relative to the user: decided by the caller from units and the assignee.
struct Standing
{
    bool inUnit = false;    ///< the petition is held by the user's own unit
    bool inSubtree = false; ///< the petition is held by the user's unit or a unit below it
    bool isAssignee = false;
};

/// One row of the workflow table: `command` is allowed for `role` when the petition is in one of `from` and
/// the user stands as `scope` requires; the petition then moves to `to` (nullopt: the state does not change).
enum class Scope { Anywhere, OwnUnit, UnitSubtree, Assignee };
struct Transition
{
    Command command;
    Role role;
    QList<PetitionState> from;
    Scope scope;
    std::optional<PetitionState> to;
};

/// The workflow as one table (workflow.cpp), read by the server to authorise and apply commands and by the
/// client to enable its actions. Pure functions.
namespace workflow {

const QList<Transition> &transitions();

/// The state after `command`, if some role of `user` may run it on a petition in `state` from `standing`;
/// nullopt when forbidden. For commands that keep the state, returns `state`.
std::optional<PetitionState> apply(Command command, PetitionState state, const User &user,
                                   const Standing &standing);

/// Every command `user` may run on a petition in `state` from `standing`, in kAllCommands order.
QList<Command> allowedCommands(PetitionState state, const User &user, const Standing &standing);

} // namespace workflow
} // namespace pakn
