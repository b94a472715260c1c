#include "demohistory.h"

#include "demodata.h"
#include "demophrases.h"
#include "demorandom.h"
#include "domain/referencedata.h"
#include "referencedefaults.h"

#include <QRandomGenerator>
#include <algorithm>
#include <vector>

namespace pakn::server::demo {
namespace {

using S = PetitionState;

constexpr const char *kCityOfficeUser = "vanphong";

const std::vector<const char *> kProgressTexts = {
    "Đang phối hợp với các phòng chuyên môn kiểm tra thực tế tại địa điểm phản ánh.",
    "Đã có văn bản đề nghị đơn vị liên quan cung cấp hồ sơ, tài liệu; đang chờ phản hồi.",
    "Đang tổng hợp ý kiến của các cơ quan liên quan, dự kiến trả lời trong tuần tới.",
    "Đã làm việc trực tiếp với người phản ánh để làm rõ nội dung; đang hoàn thiện báo cáo.",
    "Nội dung phức tạp, liên quan nhiều cơ quan; đang xin ý kiến chỉ đạo của lãnh đạo Sở.",
};

const std::vector<const char *> kAnswers = {
    "Qua kiểm tra, nội dung phản ánh là có cơ sở. Đơn vị đã chấn chỉnh bộ phận tiếp nhận hồ sơ và yêu cầu "
    "giải quyết đúng thời hạn quy định.",
    "Quy định hiện hành đã được áp dụng đúng; đơn vị ghi nhận kiến nghị và sẽ tổng hợp, đề xuất cơ quan có "
    "thẩm quyền xem xét sửa đổi trong thời gian tới.",
    "Đơn vị đã hướng dẫn cụ thể thành phần hồ sơ và trình tự thực hiện; đề nghị người phản ánh liên hệ Bộ "
    "phận Một cửa để được hỗ trợ.",
    "Kiến nghị được đánh giá là phù hợp; đơn vị đã báo cáo Ủy ban nhân dân Thành phố để sửa đổi quy định.",
};

const std::vector<const char *> kForwardTargets = {
    "Bộ Xây dựng",
    "Bộ Tài chính",
    "Bộ Nông nghiệp và Môi trường",
    "UBND tỉnh Bắc Ninh",
    "Hệ thống tiếp nhận phản ánh, kiến nghị về văn bản quy phạm pháp luật",
};

const std::vector<Weighted> kRejectReasons = {
    {"anonymous", 30},    {"unclear_content", 20}, {"complaint_or_denunciation", 25},
    {"legal_advice", 10}, {"duplicate", 10},       {"not_administrative_regulation", 5},
};

/// The commands after "submitted" on the way to `state` (progress updates added by the caller).
QStringList pathTo(S state)
{
    const QStringList intake{QStringLiteral("receive"), QStringLiteral("classify")};
    const QStringList handled =
        intake + QStringList{QStringLiteral("transfer"), QStringLiteral("receive"), QStringLiteral("assign")};
    const QStringList submitted = {QStringLiteral("save_reply"), QStringLiteral("submit_reply")};
    switch (state) {
    case S::Submitted:
        return {};
    case S::NotAccepted:
        return {QStringLiteral("reject")};
    case S::Received:
        return {QStringLiteral("receive")};
    case S::Classified:
        return intake;
    case S::Transferred:
        return intake + QStringList{QStringLiteral("transfer")};
    case S::Forwarded:
        return intake + QStringList{QStringLiteral("forward")};
    case S::InProgress:
        return handled;
    case S::AwaitingApproval:
        return handled + submitted;
    case S::Replied:
        return handled + submitted + QStringList{QStringLiteral("approve")};
    case S::SentBack:
        return handled + submitted + QStringList{QStringLiteral("approve"), QStringLiteral("send_back")};
    case S::Published:
        return handled + submitted + QStringList{QStringLiteral("approve"), QStringLiteral("publish")};
    case S::Archived:
        return handled + submitted +
               QStringList{QStringLiteral("approve"), QStringLiteral("publish"), QStringLiteral("archive")};
    }
    return {};
}

/// `n` instants from `first` to `last` (both included), non-decreasing, in whole seconds.
QList<QDateTime> spread(QRandomGenerator &rng, const QDateTime &first, const QDateTime &last, int n)
{
    QList<qint64> offsets;
    const qint64 span = std::max<qint64>(0, first.secsTo(last));
    for (int i = 1; i + 1 < n; ++i)
        offsets.append(static_cast<qint64>(rng.generateDouble() * static_cast<double>(span)));
    std::sort(offsets.begin(), offsets.end());
    QList<QDateTime> out{first};
    for (qint64 o : std::as_const(offsets))
        out.append(first.addSecs(o));
    if (n > 1)
        out.append(last);
    return out;
}

QString initials(const QString &unitId)
{
    QString out;
    for (const QString &part : unitId.split(QLatin1Char('-'), Qt::SkipEmptyParts))
        out += part.at(0).toUpper();
    return out;
}

Reply draftReply(QRandomGenerator &rng, const Petition &p, const QString &unitId)
{
    static const ReferenceData reference = defaultReferenceData();
    const ReplyTemplate &t = reference.replyTemplates.first();
    const QHash<QString, QString> values{
        {QStringLiteral("code"), p.code},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("submitter_name"), p.submitter.name},
        {QStringLiteral("organisation"), p.submitter.organisation},
        {QStringLiteral("received_date"), hanoiDate(p.receivedAt).toString(QStringLiteral("dd/MM/yyyy"))},
        {QStringLiteral("unit_name"), DemoData::unitName(unitId)},
    };
    Reply r;
    r.subject = fillPlaceholders(t.subject, values);
    r.body = fillPlaceholders(t.body, values)
                 .replace(QStringLiteral("[Nội dung trả lời]"), text(anyOf(rng, kAnswers)));
    const QString leader = DemoData::accountWithRole(unitId, "leader", true);
    r.signer = DemoData::fullNameOf(leader);
    r.signerPosition = unitId.startsWith(QLatin1String("so-")) || unitId.startsWith(QLatin1String("cc-"))
                           ? QStringLiteral("Phó Giám đốc")
                           : QStringLiteral("Phó Chủ tịch UBND");
    return r;
}

} // namespace

void composeHistory(const HistoryInput &in, Petition *p)
{
    QRandomGenerator rng(in.seed);
    QStringList kinds = pathTo(p->state);
    const qsizetype afterAssign = kinds.indexOf(QStringLiteral("assign")) + 1;
    for (int i = 0; i < in.progressUpdates && afterAssign > 0; ++i)
        kinds.insert(afterAssign, QStringLiteral("progress_update"));
    kinds.prepend(QStringLiteral("submitted"));
    const QList<QDateTime> times = spread(rng, p->receivedAt, p->updatedAt, static_cast<int>(kinds.size()));

    const QString city = text(kCityOfficeUser);
    const QString focal = DemoData::accountWithRole(in.handlingUnit, "focal", false);
    const QString leader = DemoData::accountWithRole(in.handlingUnit, "leader", true);
    bool atUnit = false;
    p->timeline.clear();
    p->reply.reset();
    p->classification.reset();
    p->rejectReason.clear();
    p->repliedAt = QDateTime();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        TimelineEntry e;
        e.kind = kinds.at(i);
        e.at = times.at(i);
        const QString &k = e.kind;
        if (k == QLatin1String("submitted")) {
            const bool recorded = p->channel == Channel::Hotline || p->channel == Channel::Post ||
                                  p->channel == Channel::InPerson;
            e.actor = recorded ? city : QString();
        } else if (k == QLatin1String("receive")) {
            e.actor = atUnit ? focal : city;
        } else if (k == QLatin1String("reject")) {
            e.actor = city;
            p->rejectReason =
                text(kRejectReasons[static_cast<std::size_t>(weightedIndex(
                                        rng, kRejectReasons, [](const Weighted &w) { return w.weight; }))]
                         .value);
            e.data.insert(QStringLiteral("reason"), p->rejectReason);
        } else if (k == QLatin1String("classify")) {
            e.actor = city;
            p->classification = Classification{
                p->category == 1 ? ClassificationKind::Conduct : ClassificationKind::Regulation,
                p->state == S::Forwarded ? Competence::Other : Competence::Own};
            e.data = {{QStringLiteral("kind"), toWireName(p->classification->kind)},
                      {QStringLiteral("competence"), toWireName(p->classification->competence)},
                      {QStringLiteral("field"), p->fieldId},
                      {QStringLiteral("category"), p->category}};
        } else if (k == QLatin1String("transfer")) {
            e.actor = city;
            e.data = {{QStringLiteral("from"), QStringLiteral("vp-ubnd")},
                      {QStringLiteral("unit"), in.handlingUnit}};
            atUnit = true;
        } else if (k == QLatin1String("forward")) {
            e.actor = city;
            e.data = {{QStringLiteral("to"), text(anyOf(rng, kForwardTargets))}};
        } else if (k == QLatin1String("assign")) {
            e.actor = focal;
            e.data = {{QStringLiteral("assignee"), p->assignee}};
        } else if (k == QLatin1String("progress_update")) {
            e.actor = p->assignee;
            e.comment = text(anyOf(rng, kProgressTexts));
        } else if (k == QLatin1String("save_reply") || k == QLatin1String("submit_reply")) {
            e.actor = p->assignee;
            if (!p->reply)
                p->reply = draftReply(rng, *p, in.handlingUnit);
        } else if (k == QLatin1String("approve")) {
            e.actor = leader;
            p->repliedAt = e.at;
            p->reply->issueDate = hanoiDate(e.at);
            p->reply->docNumber =
                QStringLiteral("%1/%2-VP").arg(between(rng, 100, 4999)).arg(initials(in.handlingUnit));
        } else if (k == QLatin1String("send_back")) {
            e.actor = city;
            e.comment =
                QStringLiteral("Nội dung trả lời chưa giải quyết hết các ý phản ánh; đề nghị bổ sung.");
            p->repliedAt = QDateTime();
        } else {
            e.actor = city; // publish, archive
        }
        p->timeline.append(e);
    }
}

} // namespace pakn::server::demo
