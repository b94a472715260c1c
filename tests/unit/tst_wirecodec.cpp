#include "net/wirecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pakn;

namespace {

Petition samplePetition()
{
    Petition p;
    p.id = 42;
    p.version = 3;
    p.code = QStringLiteral("PAKN.20250112.0003");
    p.title = QStringLiteral("Phản ánh việc cấp giấy phép xây dựng trên Đường Điện Biên Phủ chậm");
    p.content = QStringLiteral("Nội dung có \"dấu ngoặc kép\" và ký tự đặc biệt: đ Đ ư ơ.");
    p.kind = PetitionKind::Recommendation;
    p.category = 7;
    p.submitter.type = SubmitterType::Organisation;
    p.submitter.name = QStringLiteral("Trần Thị Bích Ngọc");
    p.submitter.organisation = QStringLiteral("Công ty TNHH Đại Phát");
    p.submitter.phone = QStringLiteral("0912345678");
    p.submitter.email = QStringLiteral("ngoc@example.vn");
    p.submitter.address = QStringLiteral("Số 5 phố Huế, Phường Hai Bà Trưng");
    p.channel = Channel::Zalo;
    p.fieldId = QStringLiteral("xay_dung");
    p.state = PetitionState::AwaitingApproval;
    p.unitId = QStringLiteral("so-xay-dung");
    p.assignee = QStringLiteral("chuyenvien.xd");
    p.receivedAt = QDateTime(QDate(2025, 1, 12), QTime(1, 30), Qt::UTC);
    p.dueDate = QDate(2025, 2, 17);
    p.updatedAt = QDateTime(QDate(2025, 1, 20), QTime(3, 0, 5), Qt::UTC);
    return p;
}

} // namespace

/// The JSON documents of docs/api.md: encoding round-trips, and decoding refuses anything malformed with an
/// error that names the field.
class TestWireCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void petitionRoundTrips()
    {
        const Petition p = samplePetition();
        const QJsonObject json = wire::encode(p);
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_approval"));
        QCOMPARE(json.value(QStringLiteral("received_at")).toString(),
                 QStringLiteral("2025-01-12T01:30:00Z"));
        QCOMPARE(json.value(QStringLiteral("due_date")).toString(), QStringLiteral("2025-02-17"));
        const Decoded<Petition> back = wire::decodePetition(json);
        QVERIFY2(back, qPrintable(back.error));
        QCOMPARE(*back.value, p);
    }

    void optionalFieldsMayBeNullOrAbsent()
    {
        QJsonObject json = wire::encode(samplePetition());
        json.insert(QStringLiteral("assignee"), QJsonValue::Null);
        json.insert(QStringLiteral("due_date"), QJsonValue::Null);
        QJsonObject submitter = json.value(QStringLiteral("submitter")).toObject();
        submitter.remove(QStringLiteral("email"));
        json.insert(QStringLiteral("submitter"), submitter);
        const Decoded<Petition> back = wire::decodePetition(json);
        QVERIFY2(back, qPrintable(back.error));
        QVERIFY(back.value->assignee.isEmpty());
        QVERIFY(!back.value->dueDate.isValid());
        QVERIFY(back.value->submitter.email.isEmpty());
    }

    void instantsInOtherZonesAreNormalisedToUtc()
    {
        QJsonObject json = wire::encode(samplePetition());
        json.insert(QStringLiteral("received_at"), QStringLiteral("2025-01-12T08:30:00+07:00"));
        const Decoded<Petition> back = wire::decodePetition(json);
        QVERIFY2(back, qPrintable(back.error));
        QCOMPARE(back.value->receivedAt, QDateTime(QDate(2025, 1, 12), QTime(1, 30), Qt::UTC));
    }

    void malformedPetitionsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("missing id") << "id" << QJsonValue(QJsonValue::Undefined) << "id: missing";
        QTest::newRow("id as string") << "id" << QJsonValue(QStringLiteral("42")) << "id: expected a number";
        QTest::newRow("fractional id") << "id" << QJsonValue(4.5) << "id: expected a whole number";
        QTest::newRow("negative version")
            << "version" << QJsonValue(-1) << "version: expected a whole number";
        QTest::newRow("unknown state")
            << "state" << QJsonValue(QStringLiteral("lost")) << "state: unknown value";
        QTest::newRow("unknown channel")
            << "channel" << QJsonValue(QStringLiteral("fax")) << "channel: unknown";
        QTest::newRow("category out of range") << "category" << QJsonValue(9) << "category: expected";
        QTest::newRow("title null") << "title" << QJsonValue(QJsonValue::Null) << "title: expected a string";
        QTest::newRow("instant without zone")
            << "received_at" << QJsonValue(QStringLiteral("2025-01-12T01:30:00"))
            << "received_at: expected an ISO 8601 instant";
        QTest::newRow("bad date") << "due_date" << QJsonValue(QStringLiteral("2025-02-30"))
                                  << "due_date: expected a date";
        QTest::newRow("submitter not object")
            << "submitter" << QJsonValue(QStringLiteral("x")) << "submitter: expected an object";
    }

    void malformedPetitionsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedError);
        QJsonObject json = wire::encode(samplePetition());
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        const Decoded<Petition> back = wire::decodePetition(json);
        QVERIFY(!back);
        QVERIFY2(back.error.startsWith(expectedError), qPrintable(back.error));
    }

    void changePageRoundTripsAndNamesTheBadElement()
    {
        ChangePage page;
        page.petitions = {samplePetition()};
        page.tombstones = {Tombstone{7}};
        page.nextCursor = QStringLiteral("s123");
        page.hasMore = true;
        QJsonObject json = wire::encode(page);
        const Decoded<ChangePage> back = wire::decodeChangePage(json);
        QVERIFY2(back, qPrintable(back.error));
        QCOMPARE(back.value->petitions, page.petitions);
        QCOMPARE(back.value->tombstones, page.tombstones);
        QCOMPARE(back.value->nextCursor, page.nextCursor);
        QCOMPARE(back.value->hasMore, true);

        QJsonArray petitions = json.value(QStringLiteral("petitions")).toArray();
        QJsonObject second = wire::encode(samplePetition());
        QJsonObject submitter = second.value(QStringLiteral("submitter")).toObject();
        submitter.insert(QStringLiteral("type"), QStringLiteral("robot"));
        second.insert(QStringLiteral("submitter"), submitter);
        petitions.append(second);
        json.insert(QStringLiteral("petitions"), petitions);
        const Decoded<ChangePage> bad = wire::decodeChangePage(json);
        QVERIFY(!bad);
        QCOMPARE(bad.error, QStringLiteral("petitions[1].submitter.type: unknown value 'robot'"));
    }

    void changePageNeedsACursor()
    {
        ChangePage page;
        QJsonObject json = wire::encode(page);
        QVERIFY(!wire::decodeChangePage(json));
        json.remove(QStringLiteral("has_more"));
        json.insert(QStringLiteral("next_cursor"), QStringLiteral("s1"));
        const Decoded<ChangePage> bad = wire::decodeChangePage(json);
        QCOMPARE(bad.error, QStringLiteral("has_more: missing"));
    }

    void sessionGrantRoundTripsAndChecksTokenType()
    {
        SessionGrant g;
        g.accessToken = QStringLiteral("abc");
        g.refreshToken = QStringLiteral("def");
        g.expiresInSeconds = 900;
        g.user = User{QStringLiteral("vanphong"),
                      QStringLiteral("Nguyễn Văn An"),
                      {QStringLiteral("city_office")},
                      QStringLiteral("vp-ubnd")};
        QJsonObject json = wire::encode(g);
        const Decoded<SessionGrant> back = wire::decodeSessionGrant(json);
        QVERIFY2(back, qPrintable(back.error));
        QCOMPARE(back.value->user, g.user);
        QCOMPARE(back.value->accessToken, g.accessToken);
        QVERIFY(back.value->user.hasRole(Role::CityOffice));
        QVERIFY(!back.value->user.hasRole(Role::Officer));

        json.insert(QStringLiteral("token_type"), QStringLiteral("MAC"));
        QVERIFY(!wire::decodeSessionGrant(json));
    }

    void garbageNeverCrashes()
    {
        const QList<QByteArray> inputs = {"{}",
                                          "[]",
                                          "null",
                                          "{\"petitions\":{}}",
                                          "{\"petitions\":[1,2]}",
                                          "{\"petitions\":[{}],\"tombstones\":[],\"next_cursor\":\"x\","
                                          "\"has_more\":false}"};
        for (const QByteArray &input : inputs) {
            const QJsonObject json = QJsonDocument::fromJson(input).object();
            QVERIFY(!wire::decodeChangePage(json));
            QVERIFY(!wire::decodePetition(json));
            QVERIFY(!wire::decodeSessionGrant(json));
        }
    }
};

QTEST_GUILESS_MAIN(TestWireCodec)
#include "tst_wirecodec.moc"
