#include "channel.h"

#include "wiretable.h"

#include <QCoreApplication>

namespace pakn {
namespace {

struct ChannelRow
{
    Channel value;
    const char *wire;
    const char *label;
};

constexpr ChannelRow kChannels[] = {
    {Channel::Portal, "portal", QT_TRANSLATE_NOOP("Channel", "National portal")},
    {Channel::Zalo, "zalo", QT_TRANSLATE_NOOP("Channel", "Zalo")},
    {Channel::Hotline, "hotline", QT_TRANSLATE_NOOP("Channel", "Hotline")},
    {Channel::Email, "email", QT_TRANSLATE_NOOP("Channel", "Email")},
    {Channel::Post, "post", QT_TRANSLATE_NOOP("Channel", "Post")},
    {Channel::InPerson, "in_person", QT_TRANSLATE_NOOP("Channel", "In person")},
};

struct KindRow
{
    PetitionKind value;
    const char *wire;
    const char *label;
};

constexpr KindRow kKinds[] = {
    {PetitionKind::Feedback, "feedback", QT_TRANSLATE_NOOP("PetitionKind", "Feedback")},
    {PetitionKind::Recommendation, "recommendation", QT_TRANSLATE_NOOP("PetitionKind", "Recommendation")},
};

struct SubmitterTypeRow
{
    SubmitterType value;
    const char *wire;
};

constexpr SubmitterTypeRow kSubmitterTypes[] = {
    {SubmitterType::Individual, "individual"},
    {SubmitterType::Organisation, "organisation"},
};

} // namespace

QString toWireName(Channel channel)
{
    return QString::fromLatin1(detail::rowFor(kChannels, channel).wire);
}

std::optional<Channel> channelFromWire(const QString &wireName)
{
    return detail::valueForWire(kChannels, wireName);
}

QString displayLabel(Channel channel)
{
    return QCoreApplication::translate("Channel", detail::rowFor(kChannels, channel).label);
}

QString toWireName(PetitionKind kind)
{
    return QString::fromLatin1(detail::rowFor(kKinds, kind).wire);
}

std::optional<PetitionKind> petitionKindFromWire(const QString &wireName)
{
    return detail::valueForWire(kKinds, wireName);
}

QString displayLabel(PetitionKind kind)
{
    return QCoreApplication::translate("PetitionKind", detail::rowFor(kKinds, kind).label);
}

QString toWireName(SubmitterType type)
{
    return QString::fromLatin1(detail::rowFor(kSubmitterTypes, type).wire);
}

std::optional<SubmitterType> submitterTypeFromWire(const QString &wireName)
{
    return detail::valueForWire(kSubmitterTypes, wireName);
}

} // namespace pakn
