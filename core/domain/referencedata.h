#pragma once

#include "calendar/calendaroverrides.h"
#include "calendar/deadlinepolicy.h"
#include "domain/decoded.h"
#include "domain/petition.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pakn {

/// One node of the unit tree (city → departments and wards). Server data, never hard-coded in clients.
struct UnitInfo
{
    QString id;
    QString parentId; ///< empty for the root
    QString name;
    QString kind; ///< "city", "department" or "ward"
    friend bool operator==(const UnitInfo &a, const UnitInfo &b)
    {
        return a.id == b.id && a.parentId == b.parentId && a.name == b.name && a.kind == b.kind;
    }
};

/// An entry of a reference list: a stable id and its Vietnamese name.
struct Label
{
    QString id;
    QString name;
    friend bool operator==(const Label &a, const Label &b) { return a.id == b.id && a.name == b.name; }
};

/// A content category of decree 20 art. 5 (1–8) and its group: 1 is about officials' conduct, 2–8 about
/// rules.
struct CategoryInfo
{
    int id = 0;
    ClassificationKind group = ClassificationKind::Regulation;
    QString name;
    friend bool operator==(const CategoryInfo &a, const CategoryInfo &b)
    {
        return a.id == b.id && a.group == b.group && a.name == b.name;
    }
};

/// A reply template. `subject` and `body` may hold the placeholders of kReplyPlaceholders, e.g. {code}.
struct ReplyTemplate
{
    QString id;
    QString name;
    QString fieldId; ///< the field it is written for; empty: any field
    QString subject;
    QString body;
    friend bool operator==(const ReplyTemplate &a, const ReplyTemplate &b)
    {
        return a.id == b.id && a.name == b.name && a.fieldId == b.fieldId && a.subject == b.subject &&
               a.body == b.body;
    }
};

/// The placeholders a reply template may use, filled from the petition and the signed-in user's unit.
inline constexpr const char *kReplyPlaceholders[] = {
    "code",           ///< the PAKN code
    "title",          ///< the petition's title
    "submitter_name", ///< the submitter's name (the representative for an organisation)
    "organisation",   ///< the organisation's name, or empty
    "received_date",  ///< dd/MM/yyyy in Hà Nội
    "unit_name",      ///< the name of the unit that holds the petition
    "today",          ///< dd/MM/yyyy in Hà Nội
    "procedure",      ///< the related procedure with its code, or the regulation text; empty when none
};

/// Replaces every {name} of `values` in `text`; unknown placeholders stay as they are. Pure function.
QString fillPlaceholders(QString text, const QHash<QString, QString> &values);

struct AllowedFileType
{
    QString mime;
    QStringList extensions; ///< lower case, with the dot: ".pdf"
    friend bool operator==(const AllowedFileType &a, const AllowedFileType &b)
    {
        return a.mime == b.mime && a.extensions == b.extensions;
    }
};

/// What files the service accepts (domain.md §3: JPG, PDF, DOC, DOCX, XLS, XLSX).
struct AttachmentPolicy
{
    qint64 maxFileBytes = 50 * 1024 * 1024;
    qint64 maxChunkBytes = 4 * 1024 * 1024; ///< largest body of one upload chunk
    int maxFilesPerReply = 10;
    QList<AllowedFileType> types;

    /// True when `mime` is allowed and `fileName` ends with one of its extensions (case-insensitive).
    bool allows(const QString &mime, const QString &fileName) const;
    friend bool operator==(const AttachmentPolicy &a, const AttachmentPolicy &b)
    {
        return a.maxFileBytes == b.maxFileBytes && a.maxChunkBytes == b.maxChunkBytes &&
               a.maxFilesPerReply == b.maxFilesPerReply && a.types == b.types;
    }
};

/// Everything GET /api/v1/reference serves (docs/api.md §Reference data), as one value.
///
/// JSON: an object with the members units, fields, kinds, categories, channels, reject_reasons,
/// reply_templates, attachment_policy, deadline_policy (DeadlinePolicy's JSON) and calendar_overrides
/// (CalendarOverrides' JSON). Decoding is strict about the members it knows (types, required members, unique
/// ids, a unit's parent must come before it) and ignores unknown members, so a newer server stays
/// compatible. Contract: a plain value type; no threading concerns.
struct ReferenceData
{
    QList<UnitInfo> units; ///< parents before children
    QList<Label> fields;
    QList<Label> kinds; ///< feedback / recommendation (decree 20 art. 3.4–3.5)
    QList<CategoryInfo> categories;
    QList<Label> channels;
    QList<Label> rejectReasons;
    QList<ReplyTemplate> replyTemplates;
    AttachmentPolicy attachmentPolicy;
    DeadlinePolicy deadlinePolicy;
    CalendarOverrides calendarOverrides;

    QJsonObject toJson() const;
    static Decoded<ReferenceData> fromJson(const QJsonObject &json);

    const UnitInfo *unit(const QString &id) const;
    /// `unitId` and every unit below it.
    QStringList subtree(const QString &unitId) const;
    bool hasField(const QString &id) const;
    bool hasRejectReason(const QString &id) const;

    friend bool operator==(const ReferenceData &a, const ReferenceData &b);
};

} // namespace pakn
