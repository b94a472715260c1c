#include "domain/channel.h"
#include "domain/petitionstate.h"
#include "domain/role.h"

#include <QSet>
#include <QTest>

using namespace pakn;

/// The wire names of states, channels and roles are contract: unique, stable, and parsed back exactly.
class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statesHaveUniqueStableWireNames()
    {
        QSet<QString> seen;
        for (PetitionState s : kAllPetitionStates) {
            const QString wire = toWireName(s);
            QVERIFY2(!seen.contains(wire), qPrintable(wire));
            seen.insert(wire);
            QCOMPARE(petitionStateFromWire(wire), std::optional<PetitionState>(s));
            QVERIFY(!displayLabel(s).isEmpty());
        }
        QCOMPARE(seen.size(), 12);
        QCOMPARE(toWireName(PetitionState::AwaitingApproval), QStringLiteral("awaiting_approval"));
        QCOMPARE(toWireName(PetitionState::SentBack), QStringLiteral("sent_back"));
        QVERIFY(!petitionStateFromWire(QStringLiteral("Submitted")));
        QVERIFY(!petitionStateFromWire(QString()));
    }

    void closedStatesAreTheEndsOfTheProcess()
    {
        QSet<PetitionState> closed;
        for (PetitionState s : kAllPetitionStates) {
            if (isClosed(s))
                closed.insert(s);
        }
        const QSet<PetitionState> expected = {PetitionState::NotAccepted, PetitionState::Forwarded,
                                              PetitionState::Published, PetitionState::Archived};
        QCOMPARE(closed, expected);
    }

    void channelsAndRoles()
    {
        QStringList wires;
        for (Channel c : kAllChannels) {
            wires << toWireName(c);
            QCOMPARE(channelFromWire(toWireName(c)), std::optional<Channel>(c));
        }
        QCOMPARE(wires,
                 (QStringList{QStringLiteral("portal"), QStringLiteral("zalo"), QStringLiteral("hotline"),
                              QStringLiteral("email"), QStringLiteral("post"), QStringLiteral("in_person")}));
        for (Role r : kAllRoles)
            QCOMPARE(roleFromWire(toWireName(r)), std::optional<Role>(r));
        QCOMPARE(toWireName(Role::CityOffice), QStringLiteral("city_office"));
        User u{QStringLiteral("x"),
               QStringLiteral("X"),
               {QStringLiteral("leader"), QStringLiteral("future_role")},
               QStringLiteral("u")};
        QVERIFY(u.hasRole(Role::Leader));
        QVERIFY(!u.hasRole(Role::Officer));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
