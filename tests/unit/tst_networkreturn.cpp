// When a change of reachability starts a sync (core/sync/networkreturn.h), every pair of states as a table.

#include "sync/networkreturn.h"

#include <QTest>

using namespace pakn;
using Reachability = QNetworkInformation::Reachability;

class TestNetworkReturn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSyncStartsOnlyWhenTheReachWidens_data()
    {
        QTest::addColumn<Reachability>("before");
        QTest::addColumn<Reachability>("now");
        QTest::addColumn<bool>("cameBack");
        const struct
        {
            const char *name;
            Reachability before;
            Reachability now;
            bool cameBack;
        } rows[] = {
            {"disconnected → online", Reachability::Disconnected, Reachability::Online, true},
            {"disconnected → site (intranet server)", Reachability::Disconnected, Reachability::Site, true},
            {"local link → online", Reachability::Local, Reachability::Online, true},
            {"local link → site", Reachability::Local, Reachability::Site, true},
            {"unknown → online", Reachability::Unknown, Reachability::Online, true},
            {"site → online (reach widened)", Reachability::Site, Reachability::Online, true},
            {"online → site (still reachable)", Reachability::Online, Reachability::Site, false},
            {"online → online", Reachability::Online, Reachability::Online, false},
            {"site → site", Reachability::Site, Reachability::Site, false},
            {"site → local link", Reachability::Site, Reachability::Local, false},
            {"unknown → a later Qt's state", Reachability::Unknown, Reachability(42), false},
            {"online → disconnected", Reachability::Online, Reachability::Disconnected, false},
            {"online → local link", Reachability::Online, Reachability::Local, false},
            {"disconnected → local link", Reachability::Disconnected, Reachability::Local, false},
            {"disconnected → unknown", Reachability::Disconnected, Reachability::Unknown, false},
            {"unknown → disconnected", Reachability::Unknown, Reachability::Disconnected, false},
        };
        for (const auto &row : rows)
            QTest::newRow(row.name) << row.before << row.now << row.cameBack;
    }

    void aSyncStartsOnlyWhenTheReachWidens()
    {
        QFETCH(Reachability, before);
        QFETCH(Reachability, now);
        QFETCH(bool, cameBack);
        QCOMPARE(networkreturn::cameBack(before, now), cameBack);
    }

    void onlyOnlineAndSiteReachTheServer()
    {
        QVERIFY(networkreturn::reachesServer(Reachability::Online));
        QVERIFY(networkreturn::reachesServer(Reachability::Site));
        QVERIFY(!networkreturn::reachesServer(Reachability::Local));
        QVERIFY(!networkreturn::reachesServer(Reachability::Disconnected));
        QVERIFY(!networkreturn::reachesServer(Reachability::Unknown));
        QVERIFY(!networkreturn::reachesServer(Reachability(42))); // a state a later Qt adds
    }
};

QTEST_GUILESS_MAIN(TestNetworkReturn)
#include "tst_networkreturn.moc"
