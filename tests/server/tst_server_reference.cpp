// pakn-server's reference data over real HTTPS: one document with every list the client needs, an ETag
// with 304 on If-None-Match, the published calendar decisions and the attachment policy from the options.

#include "domain/referencedata.h"
#include "httpsclient.h"
#include "publishedcalendar.h"
#include "serverprocess.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <memory>
#include <optional>

using namespace pakn;
using namespace pakn::test;

class TstServerReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void reference_isServedToEveryRole_data();
    void reference_isServedToEveryRole();
    void reference_answers304ForTheCurrentETag();
    void reference_holdsTheUnitTreeAndDecree20Lists();
    void reference_coversWhatThePetitionsUse();
    void reference_templatesUseOnlyKnownPlaceholders();
    void reference_calendarAndDeadlinesAreThePublishedOnes();
    void reference_attachmentPolicyFollowsTheOption();

private:
    HttpResult fetch(const QString &user, const QByteArray &ifNoneMatch = {});

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpsClient> m_client;
    ReferenceData m_reference;
};

HttpResult TstServerReference::fetch(const QString &user, const QByteArray &ifNoneMatch)
{
    QString why;
    const std::optional<SessionGrant> grant = signIn(*m_client, user, &why);
    if (!grant)
        return HttpResult{};
    QList<QNetworkReply::RawHeaderPair> headers;
    if (!ifNoneMatch.isEmpty())
        headers.append({"If-None-Match", ifNoneMatch});
    return m_client->send("GET", QStringLiteral("/api/v1/reference"), {}, grant->accessToken, {}, headers);
}

void TstServerReference::initTestCase()
{
    m_server =
        std::make_unique<ServerProcess>(QStringList{QStringLiteral("--petitions"), QStringLiteral("300")});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<HttpsClient>(m_server->baseUrl(), m_server->sslConfiguration());
    const HttpResult r = fetch(QStringLiteral("vanphong"));
    QCOMPARE(r.status, 200);
    const Decoded<ReferenceData> decoded = ReferenceData::fromJson(r.json);
    QVERIFY2(decoded, qPrintable(decoded.error));
    m_reference = *decoded.value;
}

void TstServerReference::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
}

void TstServerReference::reference_isServedToEveryRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("officer") << QStringLiteral("chuyenvien.hk");
    QTest::newRow("focal") << QStringLiteral("daumoi.xd");
    QTest::newRow("leader") << QStringLiteral("lanhdao.xd");
    QTest::newRow("city office") << QStringLiteral("vanphong");
}

void TstServerReference::reference_isServedToEveryRole()
{
    QFETCH(QString, user);
    const HttpResult r = fetch(user);
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType().startsWith("application/json"));
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    const Decoded<ReferenceData> decoded = ReferenceData::fromJson(r.json);
    QVERIFY2(decoded, qPrintable(decoded.error));
    QCOMPARE(*decoded.value, m_reference); // the same for everyone
}

void TstServerReference::reference_answers304ForTheCurrentETag()
{
    const HttpResult first = fetch(QStringLiteral("chuyenvien.xd"));
    const QByteArray etag = first.header("ETag");
    QVERIFY2(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 10, etag.constData());

    const HttpResult same = fetch(QStringLiteral("chuyenvien.xd"), etag);
    QCOMPARE(same.status, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.header("ETag"), etag);
    QCOMPARE(fetch(QStringLiteral("chuyenvien.xd"), "\"other\", " + etag).status, 304);

    const HttpResult other = fetch(QStringLiteral("chuyenvien.xd"), "\"r-0000\"");
    QCOMPARE(other.status, 200);
    QCOMPARE(other.body, first.body);
    QCOMPARE(other.header("ETag"), etag);
}

void TstServerReference::reference_holdsTheUnitTreeAndDecree20Lists()
{
    // The demo tree of docs/api.md: the city, its office, departments (one with a sub-department), wards.
    const QList<std::pair<const char *, const char *>> tree = {
        {"tp-hanoi", ""},
        {"vp-ubnd", "tp-hanoi"},
        {"so-xay-dung", "tp-hanoi"},
        {"cc-giam-dinh-xd", "so-xay-dung"},
        {"so-nnmt", "tp-hanoi"},
        {"so-tu-phap", "tp-hanoi"},
        {"so-tai-chinh", "tp-hanoi"},
        {"so-y-te", "tp-hanoi"},
        {"so-gd-dt", "tp-hanoi"},
        {"so-noi-vu", "tp-hanoi"},
        {"p-hoan-kiem", "tp-hanoi"},
        {"p-ba-dinh", "tp-hanoi"},
        {"p-cau-giay", "tp-hanoi"},
        {"x-soc-son", "tp-hanoi"},
    };
    QCOMPARE(m_reference.units.size(), qsizetype(tree.size()));
    for (const auto &[id, parent] : tree) {
        const UnitInfo *u = m_reference.unit(QLatin1String(id));
        QVERIFY2(u, id);
        QCOMPARE(u->parentId, QLatin1String(parent));
        QVERIFY(!u->name.isEmpty());
    }
    QCOMPARE(m_reference.subtree(QStringLiteral("so-xay-dung")),
             (QStringList{QStringLiteral("so-xay-dung"), QStringLiteral("cc-giam-dinh-xd")}));

    QCOMPARE(m_reference.categories.size(), qsizetype(8));
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(m_reference.categories.at(i).id, i + 1);
        QCOMPARE(m_reference.categories.at(i).group == ClassificationKind::Conduct,
                 i == 0); // art. 5: 1 is conduct
    }
    QSet<QString> kinds, channels;
    for (const Label &l : std::as_const(m_reference.kinds))
        kinds.insert(l.id);
    for (const Label &l : std::as_const(m_reference.channels))
        channels.insert(l.id);
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("feedback"), QStringLiteral("recommendation")}));
    QSet<QString> allChannels;
    for (const Channel c : kAllChannels)
        allChannels.insert(toWireName(c));
    QCOMPARE(channels, allChannels);
    QVERIFY(m_reference.hasRejectReason(QStringLiteral("anonymous")));
    QVERIFY(m_reference.hasRejectReason(QStringLiteral("complaint_or_denunciation")));
}

void TstServerReference::reference_coversWhatThePetitionsUse()
{
    QString why;
    const std::optional<SessionGrant> grant = signIn(*m_client, QStringLiteral("vanphong"), &why);
    QVERIFY2(grant, qPrintable(why));
    const Walk all = walkChanges(*m_client, grant->accessToken, 1000);
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    for (const Petition &p : all.petitions) {
        QVERIFY2(m_reference.hasField(p.fieldId), qPrintable(p.fieldId));
        QVERIFY2(m_reference.unit(p.unitId), qPrintable(p.unitId));
        if (!p.rejectReason.isEmpty())
            QVERIFY2(m_reference.hasRejectReason(p.rejectReason), qPrintable(p.rejectReason));
    }
}

void TstServerReference::reference_templatesUseOnlyKnownPlaceholders()
{
    QVERIFY(m_reference.replyTemplates.size() >= 2);
    bool general = false;
    QSet<QString> used;
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QStringList known;
    for (const char *name : kReplyPlaceholders)
        known.append(QLatin1String(name));
    for (const ReplyTemplate &t : std::as_const(m_reference.replyTemplates)) {
        general = general || t.fieldId.isEmpty();
        if (!t.fieldId.isEmpty())
            QVERIFY2(m_reference.hasField(t.fieldId), qPrintable(t.id));
        for (const QString &text : {t.subject, t.body}) {
            auto it = placeholder.globalMatch(text);
            QVERIFY2(it.hasNext() || text == t.subject,
                     qPrintable(t.id)); // bodies are filled from the petition
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                QVERIFY2(known.contains(name), qPrintable(t.id + QLatin1Char(' ') + name));
                used.insert(name);
            }
        }
    }
    QVERIFY(general); // a template for any field
    // The demo shows the placeholders an officer relies on most, the related procedure included.
    for (const char *name : {"code", "title", "submitter_name", "received_date", "unit_name", "procedure"})
        QVERIFY2(used.contains(QLatin1String(name)), name);
}

void TstServerReference::reference_calendarAndDeadlinesAreThePublishedOnes()
{
    const CalendarOverrides published = *CalendarOverrides::fromJson(publishedOverridesJson()).value;
    QCOMPARE(m_reference.calendarOverrides.years(), published.years());
    for (const int year : published.years()) {
        const YearOverrides *served = m_reference.calendarOverrides.year(year);
        const YearOverrides *expected = published.year(year);
        QCOMPARE(served->holidayWindows, expected->holidayWindows);
        QCOMPARE(served->daysOff.size(), expected->daysOff.size());
        for (qsizetype i = 0; i < expected->daysOff.size(); ++i)
            QCOMPARE(served->daysOff.at(i).date, expected->daysOff.at(i).date);
        QCOMPARE(served->workingDays.size(), expected->workingDays.size());
        for (qsizetype i = 0; i < expected->workingDays.size(); ++i) {
            QCOMPARE(served->workingDays.at(i).date, expected->workingDays.at(i).date);
            QVERIFY(!served->workingDays.at(i).reason.isEmpty());
        }
    }
    // domain.md §1.2: transfer 5 working days, handling 20, result update 2 working days, progress every 7
    // days.
    const DeadlinePolicy &policy = m_reference.deadlinePolicy;
    QCOMPARE(policy.limit(DeadlineStep::Transfer).amount, 5);
    QCOMPARE(policy.limit(DeadlineStep::Handling).amount, 20);
    QCOMPARE(policy.limit(DeadlineStep::Handling).unit, DayUnit::WorkingDays);
    QCOMPARE(policy.limit(DeadlineStep::ResultUpdate).amount, 2);
    QCOMPARE(policy.limit(DeadlineStep::ProgressUpdate).amount, 7);
    QCOMPARE(policy.limit(DeadlineStep::ProgressUpdate).unit, DayUnit::CalendarDays);
}

void TstServerReference::reference_attachmentPolicyFollowsTheOption()
{
    const AttachmentPolicy &policy = m_reference.attachmentPolicy;
    QCOMPARE(policy.maxFileBytes, qint64(50) * 1024 * 1024);
    QCOMPARE(policy.maxChunkBytes, qint64(4) * 1024 * 1024);
    for (const auto &[mime, name] : QList<std::pair<QString, QString>>{
             {QStringLiteral("application/pdf"), QStringLiteral("cong-van.PDF")},
             {QStringLiteral("image/jpeg"), QStringLiteral("anh.jpg")},
             {QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
              QStringLiteral("du-thao.docx")},
             {QStringLiteral("application/vnd.ms-excel"), QStringLiteral("bang.xls")}})
        QVERIFY2(policy.allows(mime, name), qPrintable(name));
    QVERIFY(!policy.allows(QStringLiteral("application/pdf"), QStringLiteral("virus.exe")));
    QVERIFY(!policy.allows(QStringLiteral("application/x-msdownload"), QStringLiteral("virus.exe")));

    ServerProcess small({QStringLiteral("--petitions"), QStringLiteral("5"),
                         QStringLiteral("--max-attachment-mb"), QStringLiteral("7")});
    QString error;
    QVERIFY2(small.start(&error), qPrintable(error));
    HttpsClient client(small.baseUrl(), small.sslConfiguration());
    const std::optional<SessionGrant> grant = signIn(client, QStringLiteral("vanphong"), &error);
    QVERIFY2(grant, qPrintable(error));
    const HttpResult r = client.get(QStringLiteral("/api/v1/reference"), grant->accessToken);
    const Decoded<ReferenceData> decoded = ReferenceData::fromJson(r.json);
    QVERIFY2(decoded, qPrintable(decoded.error));
    QCOMPARE(decoded.value->attachmentPolicy.maxFileBytes, qint64(7) * 1024 * 1024);
    QVERIFY(r.header("ETag") != fetch(QStringLiteral("vanphong")).header("ETag"));
}

QTEST_GUILESS_MAIN(TstServerReference)
#include "tst_server_reference.moc"
