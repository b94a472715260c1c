// The demo data set never lies in the future of its latest instant: a demo server started without
// --demo-today anchors it to the time it starts (serveroptions.h), so that the officer never sees a petition
// received, or a timeline step taken, later today than now.

#include "demodata.h"

#include <QTest>

using namespace pakn;
using namespace pakn::server;

class TstServerDemoTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingHappensAfterTheLatestInstant_data()
    {
        QTest::addColumn<QTime>("latest");
        QTest::newRow("default 17:00") << QTime();
        QTest::newRow("started at 09:30") << QTime(9, 30);
        QTest::newRow("started at 00:05") << QTime(0, 5);
    }

    void nothingHappensAfterTheLatestInstant()
    {
        QFETCH(QTime, latest);
        const QDate anchor(2026, 11, 27);
        const DemoData data =
            latest.isValid() ? DemoData(20250101u, anchor, 400, latest) : DemoData(20250101u, anchor, 400);
        const QTime expected = latest.isValid() ? latest : QTime(17, 0);
        QCOMPARE(data.anchorInstant(), QDateTime(anchor, expected, Qt::UTC).addSecs(-7 * 3600));
        const QDateTime last = data.anchorInstant();
        QDateTime newest;
        for (int i = 0; i < data.petitionCount(); ++i) {
            const Petition p = data.petitionInChangeOrder(i);
            QVERIFY2(p.receivedAt <= last, qPrintable(p.code));
            QVERIFY2(p.updatedAt <= last, qPrintable(p.code));
            QVERIFY2(!p.repliedAt.isValid() || p.repliedAt <= last, qPrintable(p.code));
            for (const TimelineEntry &e : p.timeline)
                QVERIFY2(e.at <= last, qPrintable(p.code + QLatin1Char(' ') + e.kind));
            newest = std::max(newest, p.updatedAt);
        }
        // Not an empty promise: the data reaches close to its latest instant.
        QVERIFY2(newest.secsTo(last) < 24 * 3600, qPrintable(newest.toString(Qt::ISODate)));
    }
};

QTEST_GUILESS_MAIN(TstServerDemoTime)
#include "tst_server_demotime.moc"
