#include "petitionfactory.h"

#include "net/wirecodec.h"

#include <QTest>

namespace pakn::test {

bool PetitionFactory::load(HttpsClient &client, QString *why)
{
    const Walk all = walkChanges(client, m_commands.actor(QStringLiteral("vanphong"), why).token, 1000);
    if (!all.error.isEmpty()) {
        *why = all.error;
        return false;
    }
    m_fresh.clear();
    for (const PetitionState state :
         {PetitionState::Classified, PetitionState::Received, PetitionState::Submitted}) {
        for (const Petition &p : all.petitions) {
            if (p.state == state && p.unitId == QLatin1String("vp-ubnd"))
                m_fresh.append(p.id);
        }
    }
    return true;
}

Petition PetitionFactory::step(const QString &user, const Petition &p, const QJsonObject &body)
{
    const HttpResult r = m_commands.command(user, p.id, p.version, body);
    if (r.status != 200) {
        QTest::qFail(qPrintable(QStringLiteral("%1 %2 on %3: HTTP %4 %5")
                                    .arg(user, body.value(QStringLiteral("type")).toString())
                                    .arg(p.id)
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.body.left(300)))),
                     __FILE__, __LINE__);
        return p;
    }
    return *wire::decodePetition(r.json).value;
}

Petition PetitionFactory::classifiedAtCityOffice()
{
    if (m_fresh.isEmpty()) {
        QTest::qFail("the demo data has no more new petitions", __FILE__, __LINE__);
        return {};
    }
    const QString city = QStringLiteral("vanphong");
    Petition p = *m_commands.petition(city, m_fresh.takeFirst());
    if (p.state == PetitionState::Submitted)
        p = step(city, p, {{QStringLiteral("type"), QStringLiteral("receive")}});
    if (p.state == PetitionState::Received)
        p = step(city, p, commandBody(QStringLiteral("classify"), kSoXayDung));
    return p;
}

Petition PetitionFactory::prepare(PetitionState state, const Place &at)
{
    using S = PetitionState;
    Petition p = classifiedAtCityOffice();
    if (p.id == 0)
        return p;
    p = step(QStringLiteral("vanphong"), p,
             {{QStringLiteral("type"), QStringLiteral("transfer")},
              {QStringLiteral("unit"), QLatin1String(at.unit)}});
    if (state == S::Transferred)
        return p;
    p = step(QLatin1String(at.focal), p, {{QStringLiteral("type"), QStringLiteral("receive")}});
    if (state == S::Received)
        return p;
    if (state == S::Classified)
        return step(QLatin1String(at.focal), p, commandBody(QStringLiteral("classify"), at));
    p = step(QLatin1String(at.focal), p, commandBody(QStringLiteral("assign"), at));
    if (state == S::InProgress)
        return p;
    p = step(QLatin1String(at.officer), p, commandBody(QStringLiteral("submit_reply"), at));
    if (state == S::AwaitingApproval)
        return p;
    p = step(QLatin1String(at.leader), p, {{QStringLiteral("type"), QStringLiteral("approve")}});
    if (state == S::Replied)
        return p;
    return step(QStringLiteral("vanphong"), p, {{QStringLiteral("type"), QStringLiteral("publish")}});
}

QJsonObject PetitionFactory::commandBody(const QString &type, const Place &at)
{
    QJsonObject body{{QStringLiteral("type"), type}};
    if (type == QLatin1String("reject")) {
        body.insert(QStringLiteral("reason"), QStringLiteral("duplicate"));
    } else if (type == QLatin1String("classify")) {
        body.insert(QStringLiteral("kind"), QStringLiteral("regulation"));
        body.insert(QStringLiteral("competence"), QStringLiteral("own"));
    } else if (type == QLatin1String("transfer")) {
        body.insert(QStringLiteral("unit"), QStringLiteral("so-tai-chinh"));
    } else if (type == QLatin1String("forward")) {
        body.insert(QStringLiteral("to"), QStringLiteral("Bộ Xây dựng"));
    } else if (type == QLatin1String("assign")) {
        body.insert(QStringLiteral("assignee"), QLatin1String(at.officer));
    } else if (type == QLatin1String("note") || type == QLatin1String("progress_update")) {
        body.insert(QStringLiteral("text"), QStringLiteral("Nội dung"));
    } else if (type == QLatin1String("save_reply") || type == QLatin1String("submit_reply")) {
        body.insert(QStringLiteral("reply"),
                    QJsonObject{{QStringLiteral("subject"), QStringLiteral("V/v trả lời")},
                                {QStringLiteral("body"), QStringLiteral("Nội dung trả lời")}});
    } else if (type == QLatin1String("return") || type == QLatin1String("send_back")) {
        body.insert(QStringLiteral("comment"), QStringLiteral("Đề nghị bổ sung"));
    }
    return body;
}

} // namespace pakn::test
