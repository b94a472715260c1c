#pragma once

#include <QString>
#include <optional>

namespace pakn {

/// How a petition reached the administration (domain.md §1.1 and the glossary). Wire names are contract.
enum class Channel { Portal, Zalo, Hotline, Email, Post, InPerson };

inline constexpr Channel kAllChannels[] = {Channel::Portal, Channel::Zalo, Channel::Hotline,
                                           Channel::Email,  Channel::Post, Channel::InPerson};

QString toWireName(Channel channel);
std::optional<Channel> channelFromWire(const QString &wireName);
QString displayLabel(Channel channel);

/// Feedback (phản ánh) or recommendation (kiến nghị), decree 20 art. 3.4–3.5.
enum class PetitionKind { Feedback, Recommendation };
QString toWireName(PetitionKind kind);
std::optional<PetitionKind> petitionKindFromWire(const QString &wireName);
QString displayLabel(PetitionKind kind);

/// Individual or organisation, decree 20 art. 3.2–3.3.
enum class SubmitterType { Individual, Organisation };
QString toWireName(SubmitterType type);
std::optional<SubmitterType> submitterTypeFromWire(const QString &wireName);

} // namespace pakn
