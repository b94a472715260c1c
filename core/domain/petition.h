#pragma once

#include "channel.h"
#include "petitionstate.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace pakn {

struct Submitter
{
    SubmitterType type = SubmitterType::Individual;
    QString name;
    QString organisation; ///< empty for individuals
    QString phone;
    QString email;
    QString address;

    friend bool operator==(const Submitter &a, const Submitter &b)
    {
        return a.type == b.type && a.name == b.name && a.organisation == b.organisation &&
               a.phone == b.phone && a.email == b.email && a.address == b.address;
    }
};

/// One event in a petition's history: its submission, or a command someone ran on it (docs/api.md,
/// "Timeline entry").
struct TimelineEntry
{
    qint64 id = 0;    ///< unique on the server; entries of one petition grow with time
    QString kind;     ///< "submitted" or a command's wire name (workflow.h), e.g. "transfer"
    QString actor;    ///< user name of who did it; empty when no user did (a submission online)
    QDateTime at;     ///< UTC
    QString comment;  ///< the comment, note or update text; empty when none
    QJsonObject data; ///< the command's own members (e.g. {"unit": "so-xay-dung"} for a transfer)

    friend bool operator==(const TimelineEntry &a, const TimelineEntry &b)
    {
        return a.id == b.id && a.kind == b.kind && a.actor == b.actor && a.at == b.at &&
               a.comment == b.comment && a.data == b.data;
    }
};

/// A stored file: a citizen's attachment or one of a reply (docs/api.md, "Attachment").
struct AttachmentRef
{
    QString id;   ///< server id, used in GET /api/v1/attachments/{id}
    QString name; ///< sanitised file name (sanitizeFileName)
    qint64 size = 0;
    QString sha256; ///< lower-case hex of the content's SHA-256
    QString mime;

    friend bool operator==(const AttachmentRef &a, const AttachmentRef &b)
    {
        return a.id == b.id && a.name == b.name && a.size == b.size && a.sha256 == b.sha256 &&
               a.mime == b.mime;
    }
};

/// The reply (văn bản trả lời): the draft while it is handled, the official letter once approved.
struct Reply
{
    QString docNumber; ///< số, ký hiệu, e.g. "1234/SXD-QLN"
    QDate issueDate;   ///< ngày ban hành; invalid while not issued
    QString signer;
    QString signerPosition;
    QString subject; ///< trích yếu
    QString body;
    QList<AttachmentRef> attachments;

    friend bool operator==(const Reply &a, const Reply &b)
    {
        return a.docNumber == b.docNumber && a.issueDate == b.issueDate && a.signer == b.signer &&
               a.signerPosition == b.signerPosition && a.subject == b.subject && a.body == b.body &&
               a.attachments == b.attachments;
    }
};

/// What a petition is about (domain.md glossary: thủ tục hành chính, `adminProcedure`): an administrative
/// procedure of the national database of procedures, by its code there and its name, or a regulation text
/// (văn bản quy định), by its number and title, which has no such code. Empty when the petition names
/// neither.
struct AdminProcedure
{
    QString code; ///< the national database's code, e.g. "1.009972"; empty for a regulation text
    QString name; ///< the procedure's name, or the regulation's number and title

    bool isEmpty() const { return name.isEmpty(); }
    bool isRegulation() const { return !name.isEmpty() && code.isEmpty(); }
    friend bool operator==(const AdminProcedure &a, const AdminProcedure &b)
    {
        return a.code == b.code && a.name == b.name;
    }
};

/// The result of step 2 (phân loại, decree 20 art. 9.1.d): about officials' conduct or about a rule, and
/// whether it is within the receiver's competence.
enum class ClassificationKind { Conduct, Regulation };
enum class Competence { Own, Other };

struct Classification
{
    ClassificationKind kind = ClassificationKind::Regulation;
    Competence competence = Competence::Own;

    friend bool operator==(const Classification &a, const Classification &b)
    {
        return a.kind == b.kind && a.competence == b.competence;
    }
};

/// One petition (PAKN) as the central service holds it: a plain value type. Field meanings are in
/// domain.md §3; the JSON form is in docs/api.md and core/net/wirecodec.h.
struct Petition
{
    qint64 id = 0;
    qint64 version = 0; ///< increases with every change on the server; the base version of a command
    QString code;       ///< e.g. PAKN.20250112.0003
    QString title;
    QString content;
    PetitionKind kind = PetitionKind::Feedback;
    int category = 6; ///< decree 20 art. 5, 1..8
    Submitter submitter;
    Channel channel = Channel::Portal;
    QString fieldId; ///< reference-data id of the field (lĩnh vực)
    PetitionState state = PetitionState::Submitted;
    QString unitId;   ///< the unit that holds it now
    QString assignee; ///< username of the handling officer, empty when unassigned
    QDateTime receivedAt;
    QDate dueDate; ///< invalid when no deadline runs
    QDateTime updatedAt;
    // Optional on the wire (added in API v1 without breaking older readers): absent reads as empty.
    QList<TimelineEntry> timeline;    ///< oldest first
    std::optional<Reply> reply;       ///< the draft or the official reply; nullopt when none yet
    QList<AttachmentRef> attachments; ///< the citizen's files
    QDateTime repliedAt;              ///< when the result was recorded (approve); invalid when not
    std::optional<Classification> classification;
    QString rejectReason;          ///< reference-data id of the reason it was not accepted; empty otherwise
    AdminProcedure adminProcedure; ///< the related procedure or regulation; empty when not stated

    friend bool operator==(const Petition &a, const Petition &b)
    {
        return a.id == b.id && a.version == b.version && a.code == b.code && a.title == b.title &&
               a.content == b.content && a.kind == b.kind && a.category == b.category &&
               a.submitter == b.submitter && a.channel == b.channel && a.fieldId == b.fieldId &&
               a.state == b.state && a.unitId == b.unitId && a.assignee == b.assignee &&
               a.receivedAt == b.receivedAt && a.dueDate == b.dueDate && a.updatedAt == b.updatedAt &&
               a.timeline == b.timeline && a.reply == b.reply && a.attachments == b.attachments &&
               a.repliedAt == b.repliedAt && a.classification == b.classification &&
               a.rejectReason == b.rejectReason && a.adminProcedure == b.adminProcedure;
    }
    friend bool operator!=(const Petition &a, const Petition &b) { return !(a == b); }
};

QString toWireName(ClassificationKind kind);
std::optional<ClassificationKind> classificationKindFromWire(const QString &wireName);
QString toWireName(Competence competence);
std::optional<Competence> competenceFromWire(const QString &wireName);

} // namespace pakn
