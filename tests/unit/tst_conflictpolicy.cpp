#include "sync/conflictpolicy.h"

#include <QTest>

using namespace pakn;

namespace {

QJsonObject record(const QString &state, const QString &assignee, const QString &replyBody)
{
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("assignee"), assignee},
                       {QStringLiteral("unit"), QStringLiteral("so-xay-dung")},
                       {QStringLiteral("title"), QStringLiteral("Tiêu đề")},
                       {QStringLiteral("reply"), QJsonObject{{QStringLiteral("body"), replyBody}}}};
}

} // namespace

/// A 409 never loses work: non-overlapping changes rebase by themselves, overlapping ones become a conflict.
class TestConflictPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolves_data()
    {
        QTest::addColumn<int>("command");
        QTest::addColumn<QJsonObject>("theirs");
        QTest::addColumn<int>("expected");
        const QJsonObject base =
            record(QStringLiteral("in_progress"), QStringLiteral("an"), QStringLiteral("A"));
        QJsonObject titleChanged = base;
        titleChanged.insert(QStringLiteral("title"), QStringLiteral("Tiêu đề mới"));
        titleChanged.insert(QStringLiteral("version"), 2);
        const QJsonObject replyChanged =
            record(QStringLiteral("in_progress"), QStringLiteral("an"), QStringLiteral("B"));
        const QJsonObject reassigned =
            record(QStringLiteral("in_progress"), QStringLiteral("binh"), QStringLiteral("A"));
        const QJsonObject submitted =
            record(QStringLiteral("awaiting_approval"), QStringLiteral("an"), QStringLiteral("A"));
        auto row = [](const char *name, Command c, const QJsonObject &theirs, ConflictResolution r) {
            QTest::newRow(name) << int(c) << theirs << int(r);
        };
        row("note after any change", Command::Note, submitted, ConflictResolution::Rebase);
        row("progress after reassignment", Command::ProgressUpdate, reassigned, ConflictResolution::Rebase);
        row("reply after a title edit", Command::SaveReply, titleChanged, ConflictResolution::Rebase);
        row("reply after another reply", Command::SaveReply, replyChanged, ConflictResolution::Conflict);
        row("submit after reassignment", Command::SubmitReply, reassigned, ConflictResolution::Conflict);
        row("assign after a title edit", Command::Assign, titleChanged, ConflictResolution::Rebase);
        row("assign after another assign", Command::Assign, reassigned, ConflictResolution::Conflict);
        row("approve after the reply changed", Command::Approve, replyChanged, ConflictResolution::Conflict);
        row("publish after a state change", Command::Publish, submitted, ConflictResolution::Conflict);
    }

    void resolves()
    {
        QFETCH(int, command);
        QFETCH(QJsonObject, theirs);
        QFETCH(int, expected);
        const QJsonObject base =
            record(QStringLiteral("in_progress"), QStringLiteral("an"), QStringLiteral("A"));
        QCOMPARE(int(resolveConflict(Command(command), base, theirs)), expected);
    }

    void everyCommandHasARule()
    {
        // An unknown command would be a conflict by default; make sure none falls through by accident: with
        // identical records every command rebases.
        const QJsonObject same =
            record(QStringLiteral("in_progress"), QStringLiteral("an"), QStringLiteral("A"));
        for (Command c : kAllCommands)
            QCOMPARE(int(resolveConflict(c, same, same)), int(ConflictResolution::Rebase));
    }
};

QTEST_GUILESS_MAIN(TestConflictPolicy)
#include "tst_conflictpolicy.moc"
