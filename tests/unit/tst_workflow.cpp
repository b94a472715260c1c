#include "domain/workflow.h"

#include <QTest>

using namespace pakn;

namespace {

User userWith(std::initializer_list<Role> roles)
{
    User u;
    u.username = QStringLiteral("u");
    for (Role r : roles)
        u.roles << toWireName(r);
    return u;
}

const Standing kOwnUnit{true, true, false};
const Standing kAssignee{true, true, true};
const Standing kSubtree{false, true, false};
const Standing kElsewhere{false, false, false};

} // namespace

/// Who may do what, when (domain.md §1.2, §2): the one table both the server and the client use.
class TestWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandWireNamesRoundTrip()
    {
        for (Command c : kAllCommands)
            QCOMPARE(commandFromWire(toWireName(c)), std::optional<Command>(c));
        QCOMPARE(toWireName(Command::SendBack), QStringLiteral("send_back"));
        QVERIFY(!commandFromWire(QStringLiteral("delete")));
    }

    void transitions_data()
    {
        QTest::addColumn<int>("command");
        QTest::addColumn<int>("state");
        QTest::addColumn<QList<int>>("roles");
        QTest::addColumn<int>("standing"); // 0 elsewhere, 1 own unit, 2 assignee, 3 subtree only
        QTest::addColumn<int>("expected"); // -1: forbidden
        auto row = [](const char *name, Command c, PetitionState s, QList<Role> roles, int standing,
                      int expected) {
            QList<int> r;
            for (Role role : roles)
                r << int(role);
            QTest::newRow(name) << int(c) << int(s) << r << standing << expected;
        };
        using S = PetitionState;
        using C = Command;
        row("city office receives", C::Receive, S::Submitted, {Role::CityOffice}, 1, int(S::Received));
        row("officer cannot receive", C::Receive, S::Submitted, {Role::Officer}, 1, -1);
        row("focal receives a transfer", C::Receive, S::Transferred, {Role::Focal}, 1, int(S::Received));
        row("focal of another unit cannot", C::Receive, S::Transferred, {Role::Focal}, 0, -1);
        row("city office transfers", C::Transfer, S::Classified, {Role::CityOffice}, 0, int(S::Transferred));
        row("cannot transfer unclassified", C::Transfer, S::Submitted, {Role::CityOffice}, 0, -1);
        row("focal assigns", C::Assign, S::Received, {Role::Focal}, 1, int(S::InProgress));
        row("officer cannot assign", C::Assign, S::Received, {Role::Officer}, 1, -1);
        row("assignee submits", C::SubmitReply, S::InProgress, {Role::Officer}, 2, int(S::AwaitingApproval));
        row("colleague cannot submit", C::SubmitReply, S::InProgress, {Role::Officer}, 1, -1);
        row("resubmit after send-back", C::SubmitReply, S::SentBack, {Role::Officer}, 2,
            int(S::AwaitingApproval));
        row("save keeps the state", C::SaveReply, S::InProgress, {Role::Officer}, 2, int(S::InProgress));
        row("leader approves in subtree", C::Approve, S::AwaitingApproval, {Role::Leader}, 3,
            int(S::Replied));
        row("leader elsewhere cannot", C::Approve, S::AwaitingApproval, {Role::Leader}, 0, -1);
        row("officer cannot approve", C::Approve, S::AwaitingApproval, {Role::Officer}, 2, -1);
        row("officer-leader approves", C::Approve, S::AwaitingApproval, {Role::Officer, Role::Leader}, 2,
            int(S::Replied));
        row("leader returns", C::Return, S::AwaitingApproval, {Role::Leader}, 1, int(S::InProgress));
        row("city office publishes", C::Publish, S::Replied, {Role::CityOffice}, 0, int(S::Published));
        row("cannot publish a draft", C::Publish, S::AwaitingApproval, {Role::CityOffice}, 0, -1);
        row("city office sends back", C::SendBack, S::Replied, {Role::CityOffice}, 0, int(S::SentBack));
        row("note keeps the state", C::Note, S::InProgress, {Role::Officer}, 1, int(S::InProgress));
        row("no notes on closed", C::Note, S::Published, {Role::CityOffice}, 0, -1);
        row("no roles, nothing", C::Note, S::InProgress, {}, 2, -1);
        row("archive published", C::Archive, S::Published, {Role::CityOffice}, 0, int(S::Archived));
    }

    void transitions()
    {
        QFETCH(int, command);
        QFETCH(int, state);
        QFETCH(QList<int>, roles);
        QFETCH(int, standing);
        QFETCH(int, expected);
        User user;
        for (int r : roles)
            user.roles << toWireName(Role(r));
        const Standing standings[] = {kElsewhere, kOwnUnit, kAssignee, kSubtree};
        const auto result =
            workflow::apply(Command(command), PetitionState(state), user, standings[standing]);
        if (expected < 0)
            QVERIFY(!result);
        else
            QCOMPARE(result, std::optional<PetitionState>(PetitionState(expected)));
    }

    void closedPetitionsOnlyArchive()
    {
        const User all = userWith({Role::Officer, Role::Focal, Role::Leader, Role::CityOffice});
        for (PetitionState s : kAllPetitionStates) {
            if (!isClosed(s))
                continue;
            const QList<Command> allowed = workflow::allowedCommands(s, all, kAssignee);
            QVERIFY(allowed.isEmpty() || allowed == QList<Command>{Command::Archive});
        }
    }

    void everyTransitionLeadsToAKnownStateAndEveryCommandIsReachable()
    {
        QSet<Command> used;
        for (const Transition &t : workflow::transitions()) {
            used.insert(t.command);
            QVERIFY(!t.from.isEmpty());
        }
        QCOMPARE(used.size(), int(std::size(kAllCommands)));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
