#include "demotext.h"

#include "demophrases.h"
#include "demorandom.h"

#include <QStringList>
#include <iterator>

namespace pakn::server::demo {
namespace {

constexpr const char *kPhonePrefixes[] = {"090", "091", "093", "094", "096", "097", "098", "032",
                                          "033", "034", "035", "036", "037", "038", "039"};

/// "Nguyễn Văn Đức" → "nguyen.van.duc"
QString asciiHandle(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110))
            out += QLatin1Char('d');
        else if (c == QLatin1Char(' '))
            out += QLatin1Char('.');
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

QString capitalised(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

QString fill(QString pattern, const QList<std::pair<QString, QString>> &values)
{
    for (const auto &[key, value] : values)
        pattern.replace(QLatin1Char('{') + key + QLatin1Char('}'), value);
    return pattern;
}

} // namespace

void composeText(const TextInput &s, Petition *p)
{
    const demo::Phrases &ph = demo::phrases();
    const demo::FieldPhrases &field = ph.fields[static_cast<std::size_t>(s.field)];
    const quint32 seeds[] = {s.seed, s.textSeed};
    QRandomGenerator rng(seeds, 2);

    // Where the matter is: the handling ward itself, or anywhere in the city.
    int placeIndex = pick(rng, static_cast<int>(ph.places.size()));
    for (std::size_t i = 0; i < ph.places.size(); ++i) {
        if (ph.places[i].unitId && s.handlingUnit == text(ph.places[i].unitId))
            placeIndex = static_cast<int>(i);
    }
    const demo::Place &place = ph.places[static_cast<std::size_t>(placeIndex)];
    const QString street = text(anyOf(rng, place.streets));
    const QString ward = text(place.ward);
    const auto addressIn = [&](const demo::Place &pl, const QString &st) {
        const QString house = QString::number(between(rng, 1, 180));
        const QString number = chance(rng, 40)
                                   ? QStringLiteral("số %1, ngõ %2").arg(house).arg(between(rng, 2, 120))
                                   : QStringLiteral("số %1").arg(house);
        return QStringLiteral("%1 %2, %3, Hà Nội").arg(number, st, text(pl.ward));
    };
    const QString location = addressIn(place, street);
    const demo::Place &homePlace =
        chance(rng, 70) ? place
                        : ph.places[static_cast<std::size_t>(pick(rng, static_cast<int>(ph.places.size())))];
    const QString home = addressIn(homePlace, text(anyOf(rng, homePlace.streets)));

    // The submitter.
    const bool male = chance(rng, 50);
    const QString family =
        text(ph.familyNames[static_cast<std::size_t>(weightedIndex(
                                rng, ph.familyNames, [](const demo::Weighted &w) { return w.weight; }))]
                 .value);
    const QString middle = text(anyOf(rng, male ? ph.maleMiddleNames : ph.femaleMiddleNames));
    const QString given = text(anyOf(rng, male ? ph.maleGivenNames : ph.femaleGivenNames));
    Submitter &sub = p->submitter;
    sub.type = s.submitterType;
    sub.name = family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
    const bool organisation = s.submitterType == SubmitterType::Organisation;
    QString orgShort;
    if (organisation) {
        orgShort = text(anyOf(rng, ph.organisationNames));
        sub.organisation = text(anyOf(rng, ph.organisationForms)) + QLatin1Char(' ') +
                           text(anyOf(rng, ph.organisationTrades)) + QLatin1Char(' ') + orgShort;
    }
    if (chance(rng, s.phonePercent)) {
        sub.phone = QString::fromLatin1(kPhonePrefixes[pick(rng, std::size(kPhonePrefixes))]) +
                    QStringLiteral("%1").arg(rng.bounded(10'000'000u), 7, 10, QLatin1Char('0'));
    }
    if (chance(rng, s.emailPercent)) {
        const QString domain = text(anyOf(rng, ph.emailDomains));
        sub.email =
            organisation
                ? QStringLiteral("lienhe@%1.%2").arg(asciiHandle(orgShort).remove(QLatin1Char('.')), domain)
                : QStringLiteral("%1%2@%3")
                      .arg(asciiHandle(sub.name))
                      .arg(chance(rng, 50) ? QString::number(between(rng, 60, 99)) : QString())
                      .arg(domain);
    }
    const bool hasAddress = organisation || sub.email.isEmpty() || chance(rng, s.addressPercent);
    if (hasAddress)
        sub.address = capitalised(home);

    const QString we = organisation ? QStringLiteral("chúng tôi") : QStringLiteral("tôi");
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("we"), we},
        {QStringLiteral("We"), capitalised(we)},
        {QStringLiteral("household"),
         organisation ? QStringLiteral("đơn vị chúng tôi") : QStringLiteral("gia đình tôi")},
        {QStringLiteral("ward"), ward},
        {QStringLiteral("street"), street},
        {QStringLiteral("address"), location},
        {QStringLiteral("home"), home},
        {QStringLiteral("date"),
         s.receivedDay.addDays(-between(rng, 20, 120)).toString(QStringLiteral("dd/MM/yyyy"))},
        {QStringLiteral("year"), QString::number(between(rng, 1988, 2015))},
        {QStringLiteral("number"), QString::number(between(rng, 2, 5))},
        {QStringLiteral("name"), sub.name},
        {QStringLiteral("org"), sub.organisation},
        {QStringLiteral("honorific"), male ? QStringLiteral("ông") : QStringLiteral("bà")},
    };

    // The title follows the category: conduct (1), a rule (2-6), a proposal (7-8).
    const auto &titles = s.category == 1   ? field.conductTitles
                         : s.category >= 7 ? field.proposalTitles
                                           : field.ruleTitles;
    const int topic = pick(rng, static_cast<int>(titles.size()));
    p->title = fill(text(titles[static_cast<std::size_t>(topic)]), values);

    QStringList opening;
    if (organisation)
        opening << fill(text(anyOf(rng, ph.organisationIntros)), values);
    else if (hasAddress)
        opening << fill(text(anyOf(rng, ph.individualIntros)), values);
    else
        opening << fill(QStringLiteral("Tôi là {name}."), values);

    const auto &issues = s.category == 1 ? field.conductIssues : field.ruleIssues;
    // The first issue is the one the title names (the tables are aligned by index); a proposal title
    // (categories 7-8) introduces a rule issue picked at random.
    const int first = s.category >= 7 ? pick(rng, static_cast<int>(issues.size())) : topic;
    opening << fill(text(issues[static_cast<std::size_t>(first)]), values);
    if (issues.size() > 1 && chance(rng, 50)) {
        const int second =
            (first + 1 + pick(rng, static_cast<int>(issues.size()) - 1)) % static_cast<int>(issues.size());
        opening << fill(text(issues[static_cast<std::size_t>(second)]), values);
    }
    const auto &remarks = ph.categoryRemarks[static_cast<std::size_t>(s.category - 1)];
    if (!remarks.empty())
        opening << fill(text(anyOf(rng, remarks)), values);
    if (s.category == 1 || chance(rng, 30))
        opening << fill(text(anyOf(rng, s.category == 1 ? ph.conductImpacts : ph.ruleImpacts)), values);

    QStringList request;
    if (s.kind == PetitionKind::Recommendation) {
        const std::size_t proposal =
            s.category >= 7 ? static_cast<std::size_t>(topic)
                            : static_cast<std::size_t>(pick(rng, static_cast<int>(field.proposals.size())));
        request << fill(text(field.proposals[proposal]), values);
        request << fill(text(anyOf(rng, ph.recommendationRequests)), values);
    } else {
        request << fill(text(anyOf(rng, s.category == 1 ? ph.conductRequests : ph.ruleRequests)), values);
    }
    p->content = opening.join(QLatin1Char(' ')) + QStringLiteral("\n\n") + request.join(QLatin1Char(' ')) +
                 QStringLiteral("\n\n") + fill(text(anyOf(rng, ph.closings)), values);
}

} // namespace pakn::server::demo
