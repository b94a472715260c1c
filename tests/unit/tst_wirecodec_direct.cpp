#include "../support/changepagediff.h"
#include "net/changepagedecoder.h"
#include "net/wirecodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pakn;

namespace {

/// A page as the server writes it (tests/fuzz/corpus: two petitions with timelines, a reply, a
/// classification), with a tombstone, `remaining`, attachments, a procedure and a command's own data added.
QJsonObject fullPage()
{
    QFile file(QStringLiteral(PAKN_FUZZ_CORPUS "/answers/change-page"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the change-page corpus file");
    QJsonObject page = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray petitions = page.value(QStringLiteral("petitions")).toArray();
    QJsonObject first = petitions.at(0).toObject();
    const QJsonObject attachment{{QStringLiteral("id"), QStringLiteral("att-1")},
                                 {QStringLiteral("name"), QStringLiteral("ảnh hiện trường.pdf")},
                                 {QStringLiteral("size"), 48213},
                                 {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                                 {QStringLiteral("mime"), QStringLiteral("application/pdf")}};
    first.insert(QStringLiteral("attachments"), QJsonArray{attachment});
    first.insert(QStringLiteral("procedure"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("1.009972")},
                             {QStringLiteral("name"), QStringLiteral("Cấp giấy phép xây dựng")}});
    first.insert(QStringLiteral("reject_reason"), QStringLiteral("anonymous"));
    QJsonArray timeline = first.value(QStringLiteral("timeline")).toArray();
    QJsonObject transfer = timeline.at(1).toObject();
    transfer.insert(QStringLiteral("kind"), QStringLiteral("transfer"));
    transfer.insert(QStringLiteral("comment"), QStringLiteral("Chuyển \"Sở\" Xây dựng\n\t/ \\ đ"));
    transfer.insert(
        QStringLiteral("data"),
        QJsonObject{{QStringLiteral("unit"), QStringLiteral("so-xay-dung")}, {QStringLiteral("n"), 2.5}});
    timeline.replace(1, transfer);
    first.insert(QStringLiteral("timeline"), timeline);
    petitions.replace(0, first);
    page.insert(QStringLiteral("petitions"), petitions);
    page.insert(QStringLiteral("tombstones"), QJsonArray{QJsonObject{{QStringLiteral("id"), 7}}});
    page.insert(QStringLiteral("remaining"), 2500);
    return page;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The compact page with `"@@"` standing where a test puts raw JSON text.
QByteArray withRaw(const QByteArray &templateBody, const QByteArray &raw)
{
    QByteArray body = templateBody;
    return body.replace("\"@@\"", raw);
}

/// Values of every kind, well-formed or not, as raw text: each is put in place of one member's value.
const QList<QByteArray> kRawValues = {
    "null",
    "true",
    "false",
    "0",
    "-0",
    "1",
    "7",
    "8",
    "9",
    "42",
    "-1",
    "1.0",
    "1.5",
    "1e2",
    "1E+2",
    "-1e-2",
    "00",
    "01",
    "1.",
    ".5",
    "-",
    "+1",
    "99999999999999999999",
    "123456789012345678",
    "1e400",
    "-1e400",
    "\"\"",
    "\"x\"",
    "\"s2\"",
    "\"42\"",
    "\"2025-01-12T01:30:00Z\"",
    "\"2025-01-12T01:30:00.123Z\"",
    "\"2025-01-12T01:30:00+07:00\"",
    "\"2025-01-12T01:30:00\"",
    "\"2025-02-30T00:00:00Z\"",
    "\"2025-01-12T24:00:00Z\"",
    "\"2025-01-12T01:30:60Z\"",
    "\"2025-01-12t01:30:00Z\"",
    "\"0000-01-01T00:00:00Z\"",
    "\"2025-01-12\"",
    "\"19/01/2025\"",
    "\"transfer\"",
    "\"teleport\"",
    "\"submitted\"",
    "\"feedback\"",
    "\"individual\"",
    "\"zalo\"",
    "\"regulation\"",
    "\"other\"",
    "\"processing\"",
    "\"  T\\u00ean  \"",
    "[]",
    "[1]",
    "{}",
    "{\"a\":1}",
    "[{}]",
    "nul",
    "tru",
    "\"\\x\"",
    "\"\\u00e9\\ud83d\\ude00\"",
    "\"\\ud800\"",
    "\"\\udc00\"",
    "\"\\ud800\\u0041\"",
    "\"\\u0000\"",
    "\"a\x01\"",
    "\"a\x7f\"",
    "\"\xc3\x28\"",
    "\"\xed\xa0\x80\"",
    "\"\xf4\x90\x80\x80\"",
    "\"\xc0\xaf\"",
    "\"\xef\xbf\xbe\"",
    "\"\xe1\xba\xa1\"",
    "\"\xe1\xba\"",
};

/// The members a test puts a raw value in, by where they are in the page.
enum class Where {
    Page,
    Petition,
    Submitter,
    Entry,
    Attachment,
    Reply,
    Classification,
    Procedure,
    Tombstone
};

QByteArray templateWith(Where where, const QString &key)
{
    QJsonObject page = fullPage();
    const QJsonValue at(QStringLiteral("@@"));
    QJsonArray petitions = page.value(QStringLiteral("petitions")).toArray();
    QJsonObject p = petitions.at(0).toObject();
    auto setIn = [&](const QString &member, const QJsonValue &value) {
        QJsonObject o = p.value(member).toObject();
        o.insert(key, value);
        p.insert(member, o);
    };
    auto setInFirst = [&](const QString &member, const QJsonValue &value) {
        QJsonArray list = p.value(member).toArray();
        QJsonObject o = list.at(member == QLatin1String("timeline") ? 1 : 0).toObject();
        o.insert(key, value);
        list.replace(member == QLatin1String("timeline") ? 1 : 0, o);
        p.insert(member, list);
    };
    switch (where) {
    case Where::Page:
        page.insert(key, at);
        return compact(page);
    case Where::Petition:
        p.insert(key, at);
        break;
    case Where::Submitter:
        setIn(QStringLiteral("submitter"), at);
        break;
    case Where::Entry:
        setInFirst(QStringLiteral("timeline"), at);
        break;
    case Where::Attachment:
        setInFirst(QStringLiteral("attachments"), at);
        break;
    case Where::Reply:
        p = petitions.at(1).toObject();
        setIn(QStringLiteral("reply"), at);
        petitions.replace(1, p);
        page.insert(QStringLiteral("petitions"), petitions);
        return compact(page);
    case Where::Classification:
        setIn(QStringLiteral("classification"), at);
        break;
    case Where::Procedure:
        setIn(QStringLiteral("procedure"), at);
        break;
    case Where::Tombstone:
        page.insert(QStringLiteral("tombstones"), QJsonArray{QJsonObject{{key, at}}});
        return compact(page);
    }
    petitions.replace(0, p);
    page.insert(QStringLiteral("petitions"), petitions);
    return compact(page);
}

} // namespace

/// The direct change-page decoder (changepagedecoder.h) against the strict one: over the fixtures, every
/// cut-off prefix, bytes changed anywhere, and every member given values of every kind, it accepts only what
/// the strict decoder accepts and then answers the same page with the same record bytes; and it does take
/// the fast path for what the server sends.
class TestWireCodecDirect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesTheServersPagesItself()
    {
        const QJsonObject page = fullPage();
        QJsonObject empty = page;
        empty.insert(QStringLiteral("petitions"), QJsonArray());
        empty.remove(QStringLiteral("remaining"));
        QJsonObject future = page;
        future.insert(QStringLiteral("future_member"),
                      QJsonObject{{QStringLiteral("a]}"), QJsonArray{1, 2.5, true, QJsonValue()}}});
        const QList<QByteArray> bodies = {compact(page), QJsonDocument(page).toJson(QJsonDocument::Indented),
                                          compact(empty), compact(future), " \r\n\t" + compact(page) + " \n"};
        for (const QByteArray &body : bodies) {
            bool direct = false;
            const QString diff = test::compareChangePageDecoders(body, &direct);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            QVERIFY2(direct, body.left(200).constData());
        }
        const std::optional<ChangePage> decoded = wire::decodeChangePageDirect(compact(page));
        QCOMPARE(decoded->petitions.size(), 2);
        QCOMPARE(decoded->petitions.at(0).timeline.at(1).data.value(QStringLiteral("unit")).toString(),
                 QStringLiteral("so-xay-dung"));
        QCOMPARE(decoded->petitions.at(0).timeline.at(1).comment,
                 QStringLiteral("Chuyển \"Sở\" Xây dựng\n\t/ \\ đ"));
        QCOMPARE(decoded->remaining, std::optional<qint64>(2500));
    }

    void unknownMembersAreSkippedAndKeptInTheRecord()
    {
        const QByteArray body =
            compact(fullPage())
                .replace("{\"assignee\"", "{\"zz\":[1,{\"a\":[null,\"]}\\\"\"]},-2.5e-3,true],\"assignee\"");
        bool direct = false;
        const QString diff = test::compareChangePageDecoders(body, &direct);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(direct);
        QVERIFY(wire::decodeChangePageDirect(body)->records.at(0).startsWith("{\"zz\":[1,"));
    }

    void everyCutOffPrefixIsRefusedLikeTheStrictDecoder()
    {
        const QByteArray body = compact(fullPage());
        for (qsizetype n = 0; n < body.size(); ++n) {
            const QByteArray prefix = body.left(n); // a copy: ASan sees a read past its end
            QVERIFY2(!wire::decodeChangePageDirect(prefix), qPrintable(QString::number(n)));
            const QString diff = test::compareChangePageDecoders(prefix);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    void changedBytesAnywhereAgree()
    {
        const QByteArray body = compact(fullPage());
        const QByteArray replacements("\"\\{}[],:0x \x7f\x01\xff\xc3");
        for (qsizetype i = 0; i < body.size(); ++i) {
            QByteArray removed = body;
            removed.remove(i, 1);
            QString diff = test::compareChangePageDecoders(removed);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1 without byte %2").arg(diff).arg(i)));
            for (const char r : replacements) {
                if (body.at(i) == r)
                    continue;
                QByteArray changed = body;
                changed[i] = r;
                diff = test::compareChangePageDecoders(changed);
                QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1 at byte %2").arg(diff).arg(i)));
            }
        }
    }

    void everyMemberWithValuesOfEveryKind_data()
    {
        QTest::addColumn<int>("where");
        QTest::addColumn<QString>("key");
        const QList<std::pair<Where, QStringList>> members = {
            {Where::Page, {"petitions", "tombstones", "next_cursor", "has_more", "remaining", "other"}},
            {Where::Petition,
             {"id",          "version",    "code",           "title",         "content",   "kind",
              "category",    "channel",    "field",          "state",         "unit",      "assignee",
              "received_at", "due_date",   "updated_at",     "submitter",     "timeline",  "reply",
              "attachments", "replied_at", "classification", "reject_reason", "procedure", "other"}},
            {Where::Submitter, {"type", "name", "organisation", "phone", "email", "address", "other"}},
            {Where::Entry, {"id", "kind", "actor", "at", "comment", "data", "other"}},
            {Where::Attachment, {"id", "name", "size", "sha256", "mime", "other"}},
            {Where::Reply,
             {"doc_number", "issue_date", "signer", "signer_position", "subject", "body", "attachments",
              "other"}},
            {Where::Classification, {"kind", "competence", "other"}},
            {Where::Procedure, {"code", "name", "other"}},
            {Where::Tombstone, {"id", "other"}},
        };
        for (const auto &[where, keys] : members) {
            for (const QString &key : keys) {
                QTest::addRow("%d.%s", int(where), qPrintable(key)) << int(where) << key;
            }
        }
    }

    void everyMemberWithValuesOfEveryKind()
    {
        QFETCH(int, where);
        QFETCH(QString, key);
        const QByteArray templateBody = templateWith(Where(where), key);
        QVERIFY(templateBody.contains("\"@@\""));
        int accepted = 0;
        for (const QByteArray &raw : kRawValues) {
            bool direct = false;
            const QString diff = test::compareChangePageDecoders(withRaw(templateBody, raw), &direct);
            QVERIFY2(diff.isEmpty(), qPrintable(diff + QStringLiteral(" with ") + QString::fromLatin1(raw)));
            accepted += direct ? 1 : 0;
        }
        // Each member takes at least one of these values on the fast path (null for the optional ones).
        // (Not the checksum, the submitter or a tombstone without its id: no value here makes them whole.)
        const bool alwaysWhole = Where(where) == Where::Tombstone && key == QLatin1String("other");
        if (key != QLatin1String("sha256") && key != QLatin1String("submitter") && !alwaysWhole)
            QVERIFY(accepted > 0);
    }

    void namedTwiceDeepOrOddIsLeftToTheStrictDecoder()
    {
        const QByteArray body = compact(fullPage());
        QList<QByteArray> bodies = {
            QByteArray(body).replace("{\"assignee\"", "{\"id\":1,\"assignee\""),        // known, twice
            QByteArray(body).replace("{\"assignee\"", "{\"x\":1,\"x\":2,\"assignee\""), // unknown, twice
            QByteArray(body).replace("\"has_more\"", "\"petitions\":[],\"has_more\""),  // the list twice
            QByteArray(body).replace("{\"assignee\"", "{\"\\u0069d\":1,\"assignee\""),  // an escaped name
            "\xef\xbb\xbf" + body,                                                      // a BOM
            body + "x",
            body + "{}",
        };
        for (int depth : {20, 62, 63, 64, 65, 200, 1100, 5000}) {
            const QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
            bodies << QByteArray(body).replace("{\"assignee\"", "{\"deep\":" + deep + ",\"assignee\"");
            bodies << QByteArray(body).replace("\"has_more\"", "\"deep\":" + deep + ",\"has_more\"");
        }
        for (const QByteArray &b : bodies) {
            const QString diff = test::compareChangePageDecoders(b);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        bool direct = true;
        QVERIFY(test::compareChangePageDecoders(bodies.at(0), &direct).isEmpty());
        QVERIFY(!direct); // a known member named twice: which one counts is the parser's business
        QVERIFY(test::compareChangePageDecoders(bodies.at(1), &direct).isEmpty());
        QVERIFY(direct); // an unknown one named twice: skipped either way
    }
};

QTEST_GUILESS_MAIN(TestWireCodecDirect)
#include "tst_wirecodec_direct.moc"
