#pragma once

#include "commandclient.h"
#include "httpsclient.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pakn::test {

/// A unit with the demo accounts that work there (docs/api.md §14).
struct Place
{
    const char *name; ///< for test rows: "in", "sub", "out"
    const char *unit;
    const char *focal;
    const char *officer;
    const char *leader; ///< may be the leader of a parent unit
};

inline constexpr Place kSoXayDung{"in", "so-xay-dung", "daumoi.xd", "chuyenvien.xd", "lanhdao.xd"};
inline constexpr Place kChiCucGiamDinh{"sub", "cc-giam-dinh-xd", "daumoi.gdxd", "chuyenvien.gdxd",
                                       "lanhdao.xd"};
inline constexpr Place kHoanKiem{"out", "p-hoan-kiem", "daumoi.hk", "chuyenvien.hk", "lanhdao.hk"};

/// Brings new demo petitions (those the city office has not yet transferred) into any state at any unit by
/// running the workflow's commands over the API, each checked to succeed. A petition is used once.
class PetitionFactory
{
public:
    explicit PetitionFactory(CommandClient &commands)
        : m_commands(commands)
    {}

    /// Collects the new petitions from the city office's feed; false with the reason on failure.
    bool load(HttpsClient &client, QString *why);
    qsizetype available() const { return m_fresh.size(); }

    /// Runs `body` as `user` on `p` (at its version); fails the test (and returns `p`) unless it was applied.
    Petition step(const QString &user, const Petition &p, const QJsonObject &body);
    /// A petition classified by the city office.
    Petition classifiedAtCityOffice();
    /// A petition in `state` held by `at`: transferred there (transferred), received by its focal officer
    /// (received, classified), assigned to its officer (in_progress), with a reply submitted
    /// (awaiting_approval), approved by its leader (replied), published (published).
    Petition prepare(PetitionState state, const Place &at);

    /// The body of a valid command of this type for a petition held by `at`.
    static QJsonObject commandBody(const QString &type, const Place &at);

private:
    CommandClient &m_commands;
    QList<qint64> m_fresh;
};

} // namespace pakn::test
