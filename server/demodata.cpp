#include "demodata.h"

#include "calendar/deadlinepolicy.h"
#include "demohistory.h"
#include "demophrases.h"
#include "demoprocedures.h"
#include "demorandom.h"
#include "demotext.h"
#include "referencedefaults.h"

#include <QHash>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace pakn::server {
namespace {

/// The handling deadline exactly as the client computes it from the reference data: core's default policy on
/// core's working-day calendar with the published calendar decisions.
QDate handlingDueDate(const QDateTime &receivedAt)
{
    static const WorkingCalendar calendar(demoCalendarOverrides());
    static const DeadlinePolicy policy;
    return policy.dueDate(DeadlineStep::Handling, receivedAt, calendar);
}

using namespace demo;

constexpr int kMaxAgeDays = 727;
constexpr int kMinPerState = 5; // the first (number of states × this) petitions cycle through every state

// The unit tree and the accounts.

struct UnitRow
{
    const char *id;
    const char *parent;
    const char *name;
    const char *kind;
};

// Hà Nội after the two-tier reform of 07/2025: the city, its office, departments, wards and communes.
constexpr UnitRow kUnits[] = {
    {"tp-hanoi", nullptr, "UBND Thành phố Hà Nội", "city"},
    {"vp-ubnd", "tp-hanoi", "Văn phòng UBND Thành phố", "department"},
    {"so-xay-dung", "tp-hanoi", "Sở Xây dựng", "department"},
    {"cc-giam-dinh-xd", "so-xay-dung", "Chi cục Giám định xây dựng", "department"},
    {"so-nnmt", "tp-hanoi", "Sở Nông nghiệp và Môi trường", "department"},
    {"so-tu-phap", "tp-hanoi", "Sở Tư pháp", "department"},
    {"so-tai-chinh", "tp-hanoi", "Sở Tài chính", "department"},
    {"so-y-te", "tp-hanoi", "Sở Y tế", "department"},
    {"so-gd-dt", "tp-hanoi", "Sở Giáo dục và Đào tạo", "department"},
    {"so-noi-vu", "tp-hanoi", "Sở Nội vụ", "department"},
    {"p-hoan-kiem", "tp-hanoi", "Phường Hoàn Kiếm", "ward"},
    {"p-ba-dinh", "tp-hanoi", "Phường Ba Đình", "ward"},
    {"p-cau-giay", "tp-hanoi", "Phường Cầu Giấy", "ward"},
    {"x-soc-son", "tp-hanoi", "Xã Sóc Sơn", "ward"},
};

constexpr const char *kCityOfficeUnit = "vp-ubnd";

struct AccountRow
{
    const char *username;
    const char *fullName;
    const char *unit;
    const char *roles; // comma-separated wire names
};

// Invented people. Every unit that handles petitions has at least one officer, a focal officer who receives
// transfers and assigns, and a leader over it (the leader of a parent unit counts).
constexpr AccountRow kAccounts[] = {
    {"vanphong", "Nguyễn Thị Thu Hà", "vp-ubnd", "city_office"},
    {"daumoi.xd", "Trần Văn Đức", "so-xay-dung", "focal"},
    {"lanhdao.xd", "Phạm Quang Đông", "so-xay-dung", "leader"},
    {"chuyenvien.xd", "Đỗ Thị Hồng Nhung", "so-xay-dung", "officer"},
    {"chuyenvien2.xd", "Vũ Đình Khánh", "so-xay-dung", "officer"},
    {"daumoi.hk", "Hoàng Thị Lan Anh", "p-hoan-kiem", "focal"},
    {"lanhdao.hk", "Bùi Đức Thắng", "p-hoan-kiem", "leader"},
    {"chuyenvien.hk", "Đặng Thu Trang", "p-hoan-kiem", "officer"},
    {"canbo.tonghop", "Ngô Văn Đạt", "so-tu-phap", "officer,leader"},
    {"chuyenvien.gdxd", "Lương Văn Hiếu", "cc-giam-dinh-xd", "officer"},
    {"chuyenvien.nnmt", "Đinh Thị Mai", "so-nnmt", "officer"},
    {"chuyenvien.tc", "Phan Minh Tuấn", "so-tai-chinh", "officer"},
    {"chuyenvien.yt", "Trịnh Thị Ngọc Ánh", "so-y-te", "officer"},
    {"chuyenvien.gd", "Dương Văn Long", "so-gd-dt", "officer"},
    {"chuyenvien.nv", "Lý Thị Thanh Hương", "so-noi-vu", "officer"},
    {"chuyenvien.bd", "Đào Quang Huy", "p-ba-dinh", "officer"},
    {"chuyenvien.cg", "Mai Thị Phương", "p-cau-giay", "officer"},
    {"chuyenvien.ss", "Nguyễn Đức Sơn", "x-soc-son", "officer"},
    {"daumoi.gdxd", "Tạ Minh Châu", "cc-giam-dinh-xd", "focal"},
    {"daumoi.tp", "Kiều Thị Hạnh", "so-tu-phap", "focal"},
    {"lanhdao.nnmt", "Chu Văn Bình", "so-nnmt", "focal,leader"},
    {"lanhdao.tc", "Lã Thị Thu Thủy", "so-tai-chinh", "focal,leader"},
    {"lanhdao.yt", "Hà Quốc Việt", "so-y-te", "focal,leader"},
    {"lanhdao.gd", "Âu Thị Kim Oanh", "so-gd-dt", "focal,leader"},
    {"lanhdao.nv", "Cao Xuân Trường", "so-noi-vu", "focal,leader"},
    {"lanhdao.bd", "Triệu Văn Nam", "p-ba-dinh", "focal,leader"},
    {"lanhdao.cg", "Viên Thị Lụa", "p-cau-giay", "focal,leader"},
    {"lanhdao.ss", "Khúc Đình Phong", "x-soc-son", "focal,leader"},
};

// How states, ages and channels are distributed.

enum class Holder { CityOffice, HandlingUnit, Officer };

struct StateProfile
{
    PetitionState state;
    Holder holder;
    bool hasDueDate;
    int minAgeDays, maxAgeDays;            // when the state is forced (coverage), the receipt age range
    double minUpdateHours, maxUpdateHours; // updated_at - received_at
    int baseVersion;                       // the number of changes that lead to this state
    int extraVersions;                     // up to this many progress updates on top
};

// baseVersion is the length of the state's path in demohistory.cpp (one timeline entry per change).
constexpr StateProfile kStateProfiles[] = {
    {PetitionState::Submitted, Holder::CityOffice, true, 0, 2, 0.02, 0.5, 1, 0},
    {PetitionState::NotAccepted, Holder::CityOffice, false, 1, kMaxAgeDays, 4, 120, 2, 0},
    {PetitionState::Received, Holder::CityOffice, true, 0, 4, 0.5, 48, 2, 0},
    {PetitionState::Classified, Holder::CityOffice, true, 0, 6, 2, 72, 3, 0},
    {PetitionState::Transferred, Holder::HandlingUnit, true, 1, 10, 24, 120, 4, 0},
    {PetitionState::Forwarded, Holder::CityOffice, false, 2, kMaxAgeDays, 24, 120, 4, 0},
    {PetitionState::InProgress, Holder::Officer, true, 3, 75, 72, 2000, 6, 3},
    {PetitionState::AwaitingApproval, Holder::Officer, true, 8, 45, 168, 1000, 8, 3},
    {PetitionState::Replied, Holder::Officer, true, 12, 50, 240, 1100, 9, 3},
    {PetitionState::SentBack, Holder::Officer, true, 12, 60, 288, 1400, 10, 3},
    {PetitionState::Published, Holder::Officer, true, 20, kMaxAgeDays, 336, 840, 10, 3},
    {PetitionState::Archived, Holder::Officer, true, 200, kMaxAgeDays, 2160, 4800, 11, 3},
};

const StateProfile &profile(PetitionState state)
{
    for (const StateProfile &p : kStateProfiles) {
        if (p.state == state)
            return p;
    }
    Q_UNREACHABLE();
}

struct StateWeight
{
    PetitionState state;
    int weight;
};

struct AgeBucket
{
    int maxAgeDays;
    std::vector<StateWeight> states;
};

// Old petitions are mostly published or archived; recent ones are in the early states.
const std::vector<AgeBucket> &ageBuckets()
{
    using S = PetitionState;
    static const std::vector<AgeBucket> buckets{
        {2,
         {{S::Submitted, 35},
          {S::Received, 30},
          {S::Classified, 20},
          {S::NotAccepted, 5},
          {S::Transferred, 10}}},
        {6,
         {{S::Received, 10},
          {S::Classified, 15},
          {S::Transferred, 30},
          {S::InProgress, 30},
          {S::NotAccepted, 8},
          {S::Forwarded, 7}}},
        {20,
         {{S::Transferred, 5},
          {S::InProgress, 50},
          {S::AwaitingApproval, 15},
          {S::Replied, 5},
          {S::NotAccepted, 8},
          {S::Forwarded, 7},
          {S::SentBack, 5},
          {S::Published, 5}}},
        {45,
         {{S::InProgress, 20},
          {S::AwaitingApproval, 12},
          {S::Replied, 12},
          {S::SentBack, 6},
          {S::Published, 40},
          {S::NotAccepted, 5},
          {S::Forwarded, 5}}},
        {90,
         {{S::InProgress, 6},
          {S::AwaitingApproval, 2},
          {S::Replied, 4},
          {S::SentBack, 2},
          {S::Published, 76},
          {S::NotAccepted, 5},
          {S::Forwarded, 5}}},
        {365,
         {{S::Published, 70},
          {S::Archived, 15},
          {S::NotAccepted, 6},
          {S::Forwarded, 5},
          {S::InProgress, 2},
          {S::Replied, 2}}},
        {kMaxAgeDays,
         {{S::Published, 35}, {S::Archived, 53}, {S::NotAccepted, 6}, {S::Forwarded, 5}, {S::InProgress, 1}}},
    };
    return buckets;
}

struct ChannelProfile
{
    Channel channel;
    int weight;
    bool officeHoursOnly; // received by an officer (phone, post, desk) rather than submitted online
    int emailPercent;
    int phonePercent;
    int addressPercent;
};

constexpr ChannelProfile kChannels[] = {
    {Channel::Portal, 35, false, 85, 100, 100}, {Channel::Zalo, 28, false, 25, 100, 80},
    {Channel::Hotline, 12, true, 10, 100, 70},  {Channel::Email, 10, false, 100, 90, 90},
    {Channel::Post, 5, true, 15, 60, 100},      {Channel::InPerson, 10, true, 30, 100, 100},
};

constexpr int kCategoryWeights[8] = {30, 20, 12, 5, 1, 12, 12, 8}; // decree 20 art. 5, categories 1..8

} // namespace

// The skeleton: everything but the text, drawn from the main generator.

struct DemoData::Skeleton
{
    qint64 id = 0;
    QString code;
    PetitionState state = PetitionState::Submitted;
    int field = 0;
    int channel = 0;
    int category = 6;
    PetitionKind kind = PetitionKind::Feedback;
    SubmitterType submitterType = SubmitterType::Individual;
    QString handlingUnit;
    QString unitId;
    QString assignee;
    QDateTime receivedAt;
    QDateTime updatedAt;
    QDate dueDate;
    qint64 version = 1;
    quint32 textSeed = 0;
};

DemoData::DemoData(quint32 seed, QDate anchor, int petitionCount, QTime latestTime)
    : m_seed(seed)
    , m_anchor(anchor)
    , m_latestTime(latestTime.isValid() ? latestTime : QTime(17, 0))
{
    const demo::Phrases &ph = demo::phrases();
    QHash<QString, QStringList> officersByUnit;
    for (const AccountRow &a : kAccounts) {
        if (QByteArray(a.roles).split(',').contains("officer"))
            officersByUnit[text(a.unit)].append(text(a.username));
    }

    QRandomGenerator rng(seed);
    const QDateTime latest = anchorInstant();
    constexpr int kStateCount = static_cast<int>(std::size(kAllPetitionStates));
    const int coverage = std::min(petitionCount, kStateCount * kMinPerState);
    m_skeletons.reserve(static_cast<std::size_t>(petitionCount));
    for (int i = 0; i < petitionCount; ++i) {
        Skeleton s;
        int age = 0;
        if (i < coverage) {
            s.state = kAllPetitionStates[i % kStateCount];
            const StateProfile &pr = profile(s.state);
            age = between(rng, pr.minAgeDays, pr.maxAgeDays);
        } else {
            // Half uniform over two years, half denser towards the anchor (volume grows over time).
            const double u = rng.generateDouble();
            age = chance(rng, 50) ? static_cast<int>(u * (kMaxAgeDays + 1))
                                  : static_cast<int>((kMaxAgeDays + 1) * (1.0 - std::sqrt(1.0 - u)));
            age = std::clamp(age, 0, kMaxAgeDays);
            const AgeBucket *bucket = &ageBuckets().back();
            for (const AgeBucket &b : ageBuckets()) {
                if (age <= b.maxAgeDays) {
                    bucket = &b;
                    break;
                }
            }
            s.state = bucket
                          ->states[static_cast<std::size_t>(weightedIndex(
                              rng, bucket->states, [](const StateWeight &w) { return w.weight; }))]
                          .state;
        }
        const StateProfile &pr = profile(s.state);

        s.field = weightedIndex(rng, ph.fields, [](const demo::FieldPhrases &f) { return f.weight; });
        const demo::FieldPhrases &field = ph.fields[static_cast<std::size_t>(s.field)];
        s.channel = weightedIndex(rng, kChannels, [](const ChannelProfile &c) { return c.weight; });
        s.category = 1 + weightedIndex(rng, kCategoryWeights, [](int w) { return w; });
        const bool recommends = s.category >= 7 || (s.category >= 2 && s.category <= 4 && chance(rng, 35)) ||
                                (s.category != 1 && chance(rng, 5));
        s.kind = recommends ? PetitionKind::Recommendation : PetitionKind::Feedback;
        s.submitterType =
            chance(rng, field.organisationPercent) ? SubmitterType::Organisation : SubmitterType::Individual;
        s.handlingUnit = text(field
                                  .units[static_cast<std::size_t>(weightedIndex(
                                      rng, field.units, [](const demo::Weighted &w) { return w.weight; }))]
                                  .value);

        // Receipt: online channels at any hour of any day; officers record the others in office hours.
        QDate day = anchor.addDays(-age);
        QTime time;
        if (kChannels[s.channel].officeHoursOnly) {
            while (day.dayOfWeek() >= Qt::Saturday)
                day = day.addDays(-1);
            time = QTime(between(rng, 8, 16), between(rng, 0, 59), between(rng, 0, 59));
        } else {
            time = QTime(between(rng, 6, 22), between(rng, 0, 59), between(rng, 0, 59));
        }
        s.receivedAt = hanoiToUtc(day, time);
        if (s.receivedAt > latest.addSecs(-3600))
            s.receivedAt = latest.addSecs(-3600 - between(rng, 0, 6 * 3600));

        const qint64 minUpdate = std::max<qint64>(60, static_cast<qint64>(pr.minUpdateHours * 3600));
        const qint64 maxUpdate = static_cast<qint64>(pr.maxUpdateHours * 3600);
        QDateTime lo = s.receivedAt.addSecs(minUpdate);
        QDateTime hi = std::min(s.receivedAt.addSecs(maxUpdate), latest);
        if (lo >= hi) {
            lo = s.receivedAt.addSecs(60);
            hi = std::max(lo, latest);
        }
        s.updatedAt = lo.addSecs(static_cast<qint64>(rng.bounded(static_cast<quint32>(lo.secsTo(hi) + 1))));

        s.version = pr.baseVersion + (pr.extraVersions > 0 ? between(rng, 0, pr.extraVersions) : 0);
        if (pr.hasDueDate)
            s.dueDate = handlingDueDate(s.receivedAt);
        switch (pr.holder) {
        case Holder::CityOffice:
            s.unitId = text(kCityOfficeUnit);
            break;
        case Holder::HandlingUnit:
            s.unitId = s.handlingUnit;
            break;
        case Holder::Officer: {
            s.unitId = s.handlingUnit;
            const QStringList &officers = officersByUnit[s.unitId];
            Q_ASSERT(!officers.isEmpty()); // kAccounts gives every handling unit an officer

            s.assignee = officers.at(pick(rng, static_cast<int>(officers.size())));
            break;
        }
        }
        s.textSeed = rng.generate();
        m_skeletons.push_back(std::move(s));
    }

    // Ids and codes in order of receipt; codes count per day in Hà Nội.
    std::stable_sort(m_skeletons.begin(), m_skeletons.end(),
                     [](const Skeleton &a, const Skeleton &b) { return a.receivedAt < b.receivedAt; });
    QDate codeDay;
    int dayCount = 0;
    for (std::size_t i = 0; i < m_skeletons.size(); ++i) {
        Skeleton &s = m_skeletons[i];
        s.id = static_cast<qint64>(i) + 1;
        const QDate day = hanoiDate(s.receivedAt);
        dayCount = day == codeDay ? dayCount + 1 : 1;
        codeDay = day;
        s.code = QStringLiteral("PAKN.%1.%2")
                     .arg(day.toString(QStringLiteral("yyyyMMdd")))
                     .arg(dayCount, 4, 10, QLatin1Char('0'));
    }
    // Change order: by the time of the last change.
    std::stable_sort(m_skeletons.begin(), m_skeletons.end(), [](const Skeleton &a, const Skeleton &b) {
        return a.updatedAt != b.updatedAt ? a.updatedAt < b.updatedAt : a.id < b.id;
    });
}

DemoData::~DemoData() = default;

int DemoData::petitionCount() const
{
    return static_cast<int>(m_skeletons.size());
}

QString DemoData::password()
{
    return QStringLiteral("pakn-demo");
}

QList<Unit> DemoData::units()
{
    QList<Unit> units;
    for (const UnitRow &u : kUnits)
        units.append(Unit{text(u.id), u.parent ? text(u.parent) : QString(), text(u.name), text(u.kind)});
    return units;
}

QList<User> DemoData::users()
{
    QList<User> users;
    for (const AccountRow &a : kAccounts) {
        User u;
        u.username = text(a.username);
        u.fullName = text(a.fullName);
        u.unitId = text(a.unit);
        u.roles = text(a.roles).split(QLatin1Char(','));
        users.append(u);
    }
    return users;
}

QDateTime DemoData::anchorInstant() const
{
    return hanoiToUtc(m_anchor, m_latestTime);
}

Petition DemoData::petitionInChangeOrder(int i) const
{
    const Skeleton &s = m_skeletons.at(static_cast<std::size_t>(i));
    Petition p;
    p.id = s.id;
    p.version = s.version;
    p.code = s.code;
    p.kind = s.kind;
    p.category = s.category;
    p.channel = kChannels[s.channel].channel;
    p.fieldId = text(demo::phrases().fields[static_cast<std::size_t>(s.field)].id);
    p.state = s.state;
    p.unitId = s.unitId;
    p.assignee = s.assignee;
    p.receivedAt = s.receivedAt;
    p.dueDate = s.dueDate;
    p.updatedAt = s.updatedAt;
    demo::TextInput in;
    in.seed = m_seed;
    in.textSeed = s.textSeed;
    in.field = s.field;
    in.category = s.category;
    in.kind = s.kind;
    in.submitterType = s.submitterType;
    in.handlingUnit = s.handlingUnit;
    in.receivedDay = hanoiDate(s.receivedAt);
    in.emailPercent = kChannels[s.channel].emailPercent;
    in.phonePercent = kChannels[s.channel].phonePercent;
    in.addressPercent = kChannels[s.channel].addressPercent;
    demo::composeText(in, &p);
    p.adminProcedure = demo::adminProcedureFor(demo::phrases().fields[static_cast<std::size_t>(s.field)].id,
                                               s.textSeed, m_seed);

    demo::HistoryInput h;
    h.seed = s.textSeed ^ m_seed;
    h.handlingUnit = s.handlingUnit;
    h.progressUpdates = static_cast<int>(s.version) - profile(s.state).baseVersion;
    demo::composeHistory(h, &p);
    return p;
}

QString DemoData::fullNameOf(const QString &username)
{
    for (const AccountRow &a : kAccounts) {
        if (username == QLatin1String(a.username))
            return text(a.fullName);
    }
    return {};
}

QString DemoData::accountWithRole(const QString &unitId, const char *role, bool searchParents)
{
    QString unit = unitId;
    while (!unit.isEmpty()) {
        for (const AccountRow &a : kAccounts) {
            if (unit == QLatin1String(a.unit) && QByteArray(a.roles).split(',').contains(role))
                return text(a.username);
        }
        if (!searchParents)
            break;
        QString parent;
        for (const UnitRow &u : kUnits) {
            if (unit == QLatin1String(u.id) && u.parent)
                parent = text(u.parent);
        }
        unit = parent;
    }
    return {};
}

QString DemoData::unitName(const QString &unitId)
{
    for (const UnitRow &u : kUnits) {
        if (unitId == QLatin1String(u.id))
            return text(u.name);
    }
    return {};
}

} // namespace pakn::server
