#include "reports/report.h"
#include "reports/reportexport.h"
#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "testpetitions.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

QDate vietnamDate(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().addSecs(7 * 3600).date() : QDate();
}

/// Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF) into rows of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

/// The periodic report: periods with their cut-off days, every indicator per unit against counts this test
/// computes itself in C++ over the generated petitions, and the CSV and XLSX exports read back.
class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void periodsFollowTheCutOffDays_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("cutOff");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("Q1 2025") << int(ReportPeriodKind::Quarter) << 2025 << 1 << 15 << QDate(2024, 12, 15)
                                 << QDate(2025, 3, 14);
        QTest::newRow("Q2 2025") << int(ReportPeriodKind::Quarter) << 2025 << 2 << 15 << QDate(2025, 3, 15)
                                 << QDate(2025, 6, 14);
        QTest::newRow("Q4 2025") << int(ReportPeriodKind::Quarter) << 2025 << 4 << 15 << QDate(2025, 9, 15)
                                 << QDate(2025, 12, 14);
        QTest::newRow("H1 2025") << int(ReportPeriodKind::HalfYear) << 2025 << 1 << 15 << QDate(2024, 12, 15)
                                 << QDate(2025, 6, 14);
        QTest::newRow("H2 2025") << int(ReportPeriodKind::HalfYear) << 2025 << 2 << 15 << QDate(2025, 6, 15)
                                 << QDate(2025, 12, 14);
        QTest::newRow("year 2025") << int(ReportPeriodKind::Year) << 2025 << 0 << 15 << QDate(2024, 12, 15)
                                   << QDate(2025, 12, 14);
        QTest::newRow("Q2 cut-off 20")
            << int(ReportPeriodKind::Quarter) << 2025 << 2 << 20 << QDate(2025, 3, 20) << QDate(2025, 6, 19);
        QTest::newRow("Q1 calendar") << int(ReportPeriodKind::Quarter) << 2024 << 1 << 1 << QDate(2024, 1, 1)
                                     << QDate(2024, 3, 31);
        QTest::newRow("year calendar")
            << int(ReportPeriodKind::Year) << 2024 << 0 << 1 << QDate(2024, 1, 1) << QDate(2024, 12, 31);
    }
    void periodsFollowTheCutOffDays()
    {
        QFETCH(int, kind);
        QFETCH(int, year);
        QFETCH(int, index);
        QFETCH(int, cutOff);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const ReportPeriod p = ReportPeriod::of(ReportPeriodKind(kind), year, index, cutOff);
        QVERIFY(p.isValid());
        QCOMPARE(p.from, from);
        QCOMPARE(p.to, to);
        // Every day of the period lies in it, and the day after begins the next one.
        QCOMPARE(ReportPeriod::containing(ReportPeriodKind(kind), from, cutOff).from, from);
        QCOMPARE(ReportPeriod::containing(ReportPeriodKind(kind), to, cutOff).to, to);
        QCOMPARE(ReportPeriod::containing(ReportPeriodKind(kind), to.addDays(1), cutOff).from, to.addDays(1));
    }

    void periodsAreReadFromText()
    {
        QString error;
        QCOMPARE(ReportPeriod::parse(QStringLiteral("q2-2025"), 15, &error).from, QDate(2025, 3, 15));
        QCOMPARE(ReportPeriod::parse(QStringLiteral("H2-2025"), 1, &error).to, QDate(2025, 12, 31));
        QCOMPARE(ReportPeriod::parse(QStringLiteral("2025"), 15, &error).from, QDate(2024, 12, 15));
        const ReportPeriod range = ReportPeriod::parse(QStringLiteral("2025-01-01..2025-03-31"), 15, &error);
        QCOMPARE(range.kind, ReportPeriodKind::Custom);
        QCOMPARE(range.to, QDate(2025, 3, 31));
        QVERIFY(error.isEmpty());
        for (const char *bad : {"q5-2025", "h3-2025", "2025-03-31..2025-01-01", "last quarter", ""}) {
            error.clear();
            QVERIFY2(!ReportPeriod::parse(QLatin1String(bad), 15, &error).isValid(), bad);
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(!ReportPeriod::parse(QStringLiteral("q1-2025"), 29, &error).isValid());
    }

    void badPeriodsAreInvalid()
    {
        QVERIFY(!ReportPeriod::of(ReportPeriodKind::Quarter, 2025, 5).isValid());
        QVERIFY(!ReportPeriod::of(ReportPeriodKind::HalfYear, 2025, 0).isValid());
        QVERIFY(!ReportPeriod::of(ReportPeriodKind::Quarter, 2025, 1, 31).isValid());
        QVERIFY(!ReportPeriod::custom(QDate(2025, 2, 1), QDate(2025, 1, 1)).isValid());
        QString error;
        QTemporaryDir dir;
        CacheDatabase db(dir.filePath(QStringLiteral("x.sqlite")));
        QVERIFY(db.open());
        ReportBuilder builder(db.connection());
        builder.build(ReportPeriod::custom(QDate(2025, 2, 1), QDate(2025, 1, 1)), {}, QDate(2025, 6, 1));
        QVERIFY(!builder.lastError().isEmpty());
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("report.sqlite")));
        QVERIFY(m_db->open());
        QRandomGenerator rng(11);
        const QStringList units = {QStringLiteral("so-xay-dung"), QStringLiteral("p-hoan-kiem"),
                                   QStringLiteral("vp-ubnd")};
        ChangePage page;
        for (qint64 id = 1; id <= 900; ++id) {
            Petition p = test::makePetition(id, QStringLiteral("P %1").arg(id));
            p.state = kAllPetitionStates[rng.bounded(int(std::size(kAllPetitionStates)))];
            p.channel = kAllChannels[rng.bounded(int(std::size(kAllChannels)))];
            p.unitId = units.at(rng.bounded(int(units.size())));
            p.receivedAt =
                QDateTime(QDate(2024, 12, 1), QTime(0, 0), Qt::UTC).addSecs(rng.bounded(0, 86400 * 240));
            p.dueDate =
                rng.bounded(8) == 0 ? QDate() : vietnamDate(p.receivedAt).addDays(rng.bounded(10, 40));
            if (rng.bounded(4) != 0)
                p.classification = Classification{rng.bounded(2) ? ClassificationKind::Conduct
                                                                 : ClassificationKind::Regulation,
                                                  Competence::Own};
            // Closed without a reply by a timeline step (an archived one too, sometimes), or replied to.
            const bool closes = p.state == PetitionState::NotAccepted ||
                                p.state == PetitionState::Forwarded ||
                                (p.state == PetitionState::Archived && rng.bounded(2) == 0);
            if (closes) {
                TimelineEntry step;
                step.id = id * 10 + 1;
                step.kind = p.state == PetitionState::Forwarded ||
                                    (p.state == PetitionState::Archived && rng.bounded(2) == 0)
                                ? QStringLiteral("forward")
                                : QStringLiteral("reject");
                step.actor = QStringLiteral("vanphong");
                step.at = p.receivedAt.addSecs(rng.bounded(3600, 86400 * 60));
                p.timeline << step;
            } else if (!deadlineRuns(p.state)) {
                p.repliedAt = p.receivedAt.addSecs(rng.bounded(3600, 86400 * 50));
            }
            page.petitions << p;
        }
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(PetitionStore(*m_db).applyChangePage(page), QString());
        m_all = page.petitions;
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO units (id, parent_id, name, kind) VALUES"
                                      " ('so-xay-dung', NULL, 'Sở Xây dựng', 'department'),"
                                      " ('p-hoan-kiem', NULL, 'Phường Hoàn Kiếm', 'commune')")));
    }

    void indicatorsPerUnitMatchAnIndependentCount_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("today");
        QTest::newRow("Q2 2025, ended") << QDate(2025, 3, 15) << QDate(2025, 6, 14) << QDate(2025, 9, 1);
        QTest::newRow("Q2 2025, running") << QDate(2025, 3, 15) << QDate(2025, 6, 14) << QDate(2025, 5, 2);
        QTest::newRow("custom") << QDate(2025, 1, 7) << QDate(2025, 2, 20) << QDate(2025, 9, 1);
    }
    void indicatorsPerUnitMatchAnIndependentCount()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, today);
        const QDate asOf = std::min(to, today);
        QMap<QString, QMap<QString, qint64>> expected; // unit → indicator → count
        for (const Petition &p : m_all) {
            const QDate received = vietnamDate(p.receivedAt);
            const QDate replied = vietnamDate(p.repliedAt);
            QDate closed; // the day a timeline step closed it without a reply
            QString closedBy;
            for (const TimelineEntry &e : p.timeline) {
                if (e.kind == QLatin1String("reject") || e.kind == QLatin1String("forward")) {
                    closed = vietnamDate(e.at);
                    closedBy = e.kind;
                }
            }
            const bool fresh = received >= from && received <= to;
            const bool carried = received < from && !(closed.isValid() && closed < from) &&
                                 (!replied.isValid() || replied >= from);
            const bool handled = replied.isValid() && replied >= from && replied <= to;
            const bool open =
                received <= to && !(closed.isValid() && closed <= to) && (!replied.isValid() || replied > to);
            QMap<QString, qint64> &e = expected[p.unitId];
            e[QStringLiteral("received_total")] += fresh || carried;
            e[QStringLiteral("received_new")] += fresh;
            e[QStringLiteral("received_carried")] += carried;
            e[QStringLiteral("type_conduct")] +=
                fresh && p.classification && p.classification->kind == ClassificationKind::Conduct;
            e[QStringLiteral("type_regulation")] +=
                fresh && p.classification && p.classification->kind == ClassificationKind::Regulation;
            e[QStringLiteral("channel_") + toWireName(p.channel)] += fresh;
            e[QStringLiteral("handled_total")] += handled;
            e[QStringLiteral("handled_on_time")] += handled && (!p.dueDate.isValid() || replied <= p.dueDate);
            e[QStringLiteral("handled_late")] += handled && p.dueDate.isValid() && replied > p.dueDate;
            e[QStringLiteral("open_within")] += open && (!p.dueDate.isValid() || p.dueDate >= asOf);
            e[QStringLiteral("open_overdue")] += open && p.dueDate.isValid() && p.dueDate < asOf;
            e[QStringLiteral("not_accepted")] += fresh && closedBy == QLatin1String("reject");
            e[QStringLiteral("forwarded")] += fresh && closedBy == QLatin1String("forward");
            e[QStringLiteral("published")] +=
                handled && (p.state == PetitionState::Published || p.state == PetitionState::Archived);
        }
        ReportBuilder builder(m_db->connection());
        const Report report = builder.build(ReportPeriod::custom(from, to), {}, today);
        QCOMPARE(builder.lastError(), QString());
        QCOMPARE(report.asOf, asOf);
        QCOMPARE(report.units.size(), 3);
        QCOMPARE(report.indicators.size(), 19); // 13 + one per channel
        QMap<QString, qint64> total;
        for (const ReportRow &row : report.units) {
            for (int i = 0; i < report.indicators.size(); ++i) {
                const QString &id = report.indicators.at(i).id;
                QVERIFY2(expected.value(row.unitId).contains(id), qPrintable(id));
                QCOMPARE(row.values.at(i), expected.value(row.unitId).value(id));
                total[id] += row.values.at(i);
            }
        }
        for (int i = 0; i < report.indicators.size(); ++i)
            QCOMPARE(report.total.values.at(i), total.value(report.indicators.at(i).id));
        QVERIFY(report.total.value(report.indicators, QStringLiteral("handled_late")) > 0);
        QVERIFY(report.total.value(report.indicators, QStringLiteral("received_carried")) > 0);
        // Names from the units table, the id when the unit is unknown.
        QStringList names;
        for (const ReportRow &row : report.units)
            names << row.unitName;
        QVERIFY(names.contains(QStringLiteral("Sở Xây dựng")));
        QVERIFY(names.contains(QStringLiteral("vp-ubnd")));
    }

    void theHistoryNotTheCurrentStateDecides()
    {
        // Q2 2025 (15/03–14/06). A: received before, rejected inside, archived since: carried over, not in
        // progress at the end. B: new, forwarded only after the period: in progress at its end, and counted
        // as forwarded (received in the period, ended that way). C: new, replied inside, published and
        // archived since: handled and published.
        QTemporaryDir dir;
        CacheDatabase db(dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(db.open());
        auto make = [](qint64 id, PetitionState state, const QDateTime &received) {
            Petition p = test::makePetition(id, QStringLiteral("P %1").arg(id));
            p.unitId = QStringLiteral("u-history");
            p.state = state;
            p.receivedAt = received;
            p.dueDate = QDate();
            p.timeline.clear();
            return p;
        };
        auto step = [](qint64 id, const char *kind, const QDateTime &at) {
            TimelineEntry e;
            e.id = id;
            e.kind = QLatin1String(kind);
            e.actor = QStringLiteral("vanphong");
            e.at = at;
            return e;
        };
        Petition a = make(1, PetitionState::Archived, QDateTime(QDate(2025, 1, 10), QTime(3, 0), Qt::UTC));
        a.timeline = {step(11, "reject", QDateTime(QDate(2025, 4, 1), QTime(3, 0), Qt::UTC)),
                      step(12, "archive", QDateTime(QDate(2025, 8, 1), QTime(3, 0), Qt::UTC))};
        Petition b = make(2, PetitionState::Forwarded, QDateTime(QDate(2025, 4, 1), QTime(3, 0), Qt::UTC));
        b.timeline = {step(21, "forward", QDateTime(QDate(2025, 7, 1), QTime(3, 0), Qt::UTC))};
        Petition c = make(3, PetitionState::Archived, QDateTime(QDate(2025, 4, 2), QTime(3, 0), Qt::UTC));
        c.repliedAt = QDateTime(QDate(2025, 5, 1), QTime(3, 0), Qt::UTC);
        c.timeline = {step(31, "publish", QDateTime(QDate(2025, 5, 2), QTime(3, 0), Qt::UTC)),
                      step(32, "archive", QDateTime(QDate(2025, 8, 1), QTime(3, 0), Qt::UTC))};
        ChangePage page;
        page.petitions = {a, b, c};
        page.nextCursor = QStringLiteral("s1");
        QCOMPARE(PetitionStore(db).applyChangePage(page), QString());

        ReportBuilder builder(db.connection());
        const Report r = builder.build(ReportPeriod::custom(QDate(2025, 3, 15), QDate(2025, 6, 14)), {},
                                       QDate(2025, 9, 1));
        QCOMPARE(builder.lastError(), QString());
        auto value = [&r](const char *id) { return r.total.value(r.indicators, QLatin1String(id)); };
        QCOMPARE(value("received_carried"), 1); // A
        QCOMPARE(value("received_new"), 2);     // B, C
        QCOMPARE(value("received_total"), 3);
        QCOMPARE(value("open_within"), 1); // B only: A was closed inside the period, C replied
        QCOMPARE(value("open_overdue"), 0);
        QCOMPARE(value("not_accepted"), 0); // A was not new in the period
        QCOMPARE(value("forwarded"), 1);    // B
        QCOMPARE(value("handled_total"), 1);
        QCOMPARE(value("published"), 1); // C, archived since
        db.releaseThreadConnection();
    }

    void sameFiguresWhileTheReportIndexIsMissing()
    {
        // A first sync builds the table's indexes at its end (indexbacklog.h); the report, which names its
        // covering index when there is one, must give the same figures without it.
        ReportBuilder builder(m_db->connection());
        const ReportPeriod period = ReportPeriod::custom(QDate(2025, 3, 15), QDate(2025, 6, 14));
        const Report with = builder.build(period, {}, QDate(2025, 9, 1));
        QCOMPARE(builder.lastError(), QString());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'petitions_report'")));
        QVERIFY(q.next());
        const QString create = q.value(0).toString();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("DROP INDEX petitions_report")));
        const Report without = builder.build(period, {}, QDate(2025, 9, 1));
        const QString error = builder.lastError();
        QVERIFY(q.exec(create));
        QCOMPARE(error, QString());
        QCOMPARE(without.total.values, with.total.values);
        QCOMPARE(without.units.size(), with.units.size());
        for (qsizetype i = 0; i < with.units.size(); ++i)
            QCOMPARE(without.units.at(i).values, with.units.at(i).values);
    }

    void unitSelectionNarrowsTheRows()
    {
        const Report report = ReportBuilder(m_db->connection())
                                  .build(ReportPeriod::of(ReportPeriodKind::HalfYear, 2025, 1),
                                         {QStringLiteral("p-hoan-kiem")}, QDate(2025, 9, 1));
        QCOMPARE(report.units.size(), 1);
        QCOMPARE(report.units.first().unitName, QStringLiteral("Phường Hoàn Kiếm"));
        QCOMPARE(report.total.values, report.units.first().values);
    }

    void csvReadsBackWithEveryFigure()
    {
        Report report = quarter();
        report.agency = QStringLiteral("Văn phòng UBND thành phố Hà Nội");
        report.notes = QStringLiteral("Khó khăn: \"đường truyền\" chậm,\nđề xuất nâng cấp.");
        const QString path = m_dir.filePath(QStringLiteral("report.csv"));
        QCOMPARE(reportexport::writeCsv(report, path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs for UTF-8
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.at(0).at(0), report.agency);
        QCOMPARE(rows.at(3).size(), report.indicators.size() + 1);
        QCOMPARE(rows.at(4).at(1), report.indicators.at(0).label);
        for (int r = 0; r <= report.units.size(); ++r) {
            const ReportRow &expected = r < report.units.size() ? report.units.at(r) : report.total;
            const QStringList &row = rows.at(5 + r);
            QCOMPARE(row.at(0), expected.unitName);
            for (int c = 0; c < expected.values.size(); ++c)
                QCOMPARE(row.at(c + 1).toLongLong(), expected.values.at(c));
        }
        QCOMPARE(rows.last().at(0), report.notes); // quotes, comma and line break survive
    }

    void xlsxIsARealSpreadsheetWithNumbers()
    {
        Report report = quarter();
        report.notes = QStringLiteral("Đề xuất tăng cường cán bộ.");
        const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
        QCOMPARE(reportexport::writeXlsx(report, path), QString());
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        const QString sheet = unzip(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        const QString strings = unzip(path, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(!sheet.isEmpty());
        QVERIFY(strings.contains(report.notes));
        QVERIFY(strings.contains(report.units.first().unitName));
        // The total is on row 6 + units (1-based); every figure a numeric cell (no t="s") with its value.
        const int totalRow = 6 + int(report.units.size());
        for (int c = 0; c < report.total.values.size(); ++c) {
            const QString ref = QString(QChar(u'B' + c)) + QString::number(totalRow);
            const QRegularExpression cell(QStringLiteral("<c r=\"%1\"[^>]*><v>([0-9]+)</v></c>").arg(ref));
            const QRegularExpressionMatch m = cell.match(sheet);
            QVERIFY2(m.hasMatch(), qPrintable(ref));
            QVERIFY2(!m.captured(0).contains(QLatin1String("t=\"s\"")), qPrintable(ref));
            QCOMPARE(m.captured(1).toLongLong(), report.total.values.at(c));
        }
    }

    void unwritablePathsGiveAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/dir/report"));
        QVERIFY(!reportexport::writeCsv(quarter(), path + QStringLiteral(".csv")).isEmpty());
        QVERIFY(!reportexport::writeXlsx(quarter(), path + QStringLiteral(".xlsx")).isEmpty());
    }

private:
    Report quarter() const
    {
        return ReportBuilder(m_db->connection())
            .build(ReportPeriod::of(ReportPeriodKind::Quarter, 2025, 2), {}, QDate(2025, 9, 1));
    }

    static QString unzip(const QString &archive, const QString &member)
    {
        QProcess p;
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    QList<Petition> m_all;
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
