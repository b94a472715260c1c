#include "petition.h"

#include "wiretable.h"

namespace pakn {
namespace {

struct ClassificationKindRow
{
    ClassificationKind value;
    const char *wire;
};

constexpr ClassificationKindRow kClassificationKinds[] = {
    {ClassificationKind::Conduct, "conduct"},
    {ClassificationKind::Regulation, "regulation"},
};

struct CompetenceRow
{
    Competence value;
    const char *wire;
};

constexpr CompetenceRow kCompetences[] = {
    {Competence::Own, "own"},
    {Competence::Other, "other"},
};

} // namespace

QString toWireName(ClassificationKind kind)
{
    return QString::fromLatin1(detail::rowFor(kClassificationKinds, kind).wire);
}

std::optional<ClassificationKind> classificationKindFromWire(const QString &wireName)
{
    return detail::valueForWire(kClassificationKinds, wireName);
}

QString toWireName(Competence competence)
{
    return QString::fromLatin1(detail::rowFor(kCompetences, competence).wire);
}

std::optional<Competence> competenceFromWire(const QString &wireName)
{
    return detail::valueForWire(kCompetences, wireName);
}

} // namespace pakn
