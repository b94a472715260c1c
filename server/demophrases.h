#pragma once

#include <vector>

namespace pakn::server::demo {

/// A choice with a relative weight.
struct Weighted
{
    const char *value;
    int weight;
};

/// Phrases for one field (lĩnh vực) of petitions. Templates are UTF-8 and may hold the placeholders
/// {we} {We} {household} {ward} {street} {address} (where the matter is) {date} {year} {number}.
struct FieldPhrases
{
    const char *id;
    const char *name;
    int weight;                               ///< share of petitions
    int organisationPercent;                  ///< how often the submitter is an organisation
    std::vector<Weighted> units;              ///< the units that handle this field, by share
    std::vector<const char *> conductTitles;  ///< category 1: officials' conduct
    std::vector<const char *> ruleTitles;     ///< categories 2-6: a rule
    std::vector<const char *> proposalTitles; ///< categories 7-8: a proposal
    std::vector<const char *> conductIssues;
    std::vector<const char *> ruleIssues;
    std::vector<const char *> proposals;
};

/// A place for addresses: a ward or commune of Hà Nội with some of its streets.
struct Place
{
    const char *ward;   ///< as written inside a sentence, e.g. "phường Hoàn Kiếm"
    const char *unitId; ///< the demo unit for this ward, or nullptr
    std::vector<const char *> streets;
};

/// Every phrase table of the demo data. Pure data: demodata.cpp draws from it with the seeded generator,
/// so changing a table changes the generated petitions (and the determinism fixtures of the tests).
struct Phrases
{
    std::vector<FieldPhrases> fields;
    std::vector<Place> places;
    std::vector<Weighted> familyNames;
    std::vector<const char *> maleMiddleNames;
    std::vector<const char *> femaleMiddleNames;
    std::vector<const char *> maleGivenNames;
    std::vector<const char *> femaleGivenNames;
    std::vector<const char *> organisationForms; ///< "Công ty TNHH", ...
    std::vector<const char *> organisationTrades;
    std::vector<const char *> organisationNames;
    std::vector<const char *> individualIntros;             ///< {name} {home}
    std::vector<const char *> organisationIntros;           ///< {org} {honorific} {name} {home}
    std::vector<std::vector<const char *>> categoryRemarks; ///< index = category - 1; may be empty
    std::vector<const char *> conductImpacts;               ///< category 1
    std::vector<const char *> ruleImpacts;                  ///< categories 2-8
    std::vector<const char *> conductRequests;              ///< feedback on officials' conduct
    std::vector<const char *> ruleRequests;                 ///< feedback on a rule
    std::vector<const char *> recommendationRequests;
    std::vector<const char *> closings;
    std::vector<const char *> emailDomains;
};

const Phrases &phrases();

} // namespace pakn::server::demo
