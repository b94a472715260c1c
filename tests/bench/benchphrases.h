#pragma once

#include <utility>
#include <vector>

/// The phrase tables PetitionGenerator composes Vietnamese petitions from (UTF-8). Placeholders in braces —
/// {street}, {ward}, {date}, {year}, {number}, {we}, {name}, {address} — are filled in by the generator.
namespace pakn::bench::phrases {

using Phrases = std::vector<const char *>;

struct Weighted
{
    const char *value;
    int weight;
};

/// One field (lĩnh vực): its reference-data id, how common it is, the units that handle it, and its texts.
struct FieldText
{
    const char *id;
    int weight;
    std::vector<Weighted> units;
    Phrases titles;
    Phrases issues;
    Phrases requests;
};

struct Place
{
    const char *ward;
    Phrases streets;
};

const std::vector<FieldText> &fields();
const std::vector<Place> &places();
/// Usernames of each unit's officers; a name listed twice gets twice the petitions.
const std::vector<std::pair<const char *, Phrases>> &unitOfficers();

extern const Phrases kFamilyNames;
extern const Phrases kMiddleNames;
extern const Phrases kGivenNames;
extern const Phrases kCompanies;
extern const Phrases kOpenings;
extern const Phrases kRemarks;
extern const Phrases kClosings;

} // namespace pakn::bench::phrases
