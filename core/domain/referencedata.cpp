#include "referencedata.h"

#include "calendar/strictjson.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <limits>

namespace pakn {
namespace {

using calendar_detail::StrictReader;

QJsonArray labelsToJson(const QList<Label> &labels)
{
    QJsonArray out;
    for (const Label &l : labels)
        out.append(QJsonObject{{QStringLiteral("id"), l.id}, {QStringLiteral("name"), l.name}});
    return out;
}

QJsonValue nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

/// Reads `key` as an array of objects, calling `item(reader)` for each; ids must be unique.
template<typename Item> void readList(StrictReader &r, const QString &key, QSet<QString> *ids, Item item)
{
    const QJsonArray array = r.optionalArray(key);
    for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
        const QJsonObject object = r.element(key, array, i);
        if (r.failed())
            return;
        StrictReader e(object, r.pathOf(calendar_detail::indexedPath(key, i)));
        const QString id = item(e);
        if (!e.failed() && ids) {
            if (ids->contains(id))
                e.fail(QStringLiteral("id"), QStringLiteral("'%1' occurs twice").arg(id.left(40)));
            ids->insert(id);
        }
        r.adopt(e);
    }
}

QList<Label> readLabels(StrictReader &r, const QString &key)
{
    QList<Label> out;
    QSet<QString> ids;
    readList(r, key, &ids, [&out](StrictReader &e) {
        Label l{e.nonEmptyString(QStringLiteral("id")), e.nonEmptyString(QStringLiteral("name"))};
        out.append(l);
        return l.id;
    });
    return out;
}

} // namespace

QString fillPlaceholders(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

bool AttachmentPolicy::allows(const QString &mime, const QString &fileName) const
{
    for (const AllowedFileType &t : types) {
        if (t.mime != mime)
            continue;
        for (const QString &ext : t.extensions) {
            if (fileName.endsWith(ext, Qt::CaseInsensitive) && fileName.size() > ext.size())
                return true;
        }
    }
    return false;
}

QJsonObject ReferenceData::toJson() const
{
    QJsonArray unitArray;
    for (const UnitInfo &u : units)
        unitArray.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("parent"), nullIfEmpty(u.parentId)},
                                     {QStringLiteral("name"), u.name},
                                     {QStringLiteral("kind"), u.kind}});
    QJsonArray categoryArray;
    for (const CategoryInfo &c : categories)
        categoryArray.append(QJsonObject{{QStringLiteral("id"), c.id},
                                         {QStringLiteral("group"), toWireName(c.group)},
                                         {QStringLiteral("name"), c.name}});
    QJsonArray templateArray;
    for (const ReplyTemplate &t : replyTemplates)
        templateArray.append(QJsonObject{{QStringLiteral("id"), t.id},
                                         {QStringLiteral("name"), t.name},
                                         {QStringLiteral("field"), nullIfEmpty(t.fieldId)},
                                         {QStringLiteral("subject"), t.subject},
                                         {QStringLiteral("body"), t.body}});
    QJsonArray typeArray;
    for (const AllowedFileType &t : attachmentPolicy.types)
        typeArray.append(
            QJsonObject{{QStringLiteral("mime"), t.mime},
                        {QStringLiteral("extensions"), QJsonArray::fromStringList(t.extensions)}});
    const QJsonObject policy{
        {QStringLiteral("max_file_bytes"), attachmentPolicy.maxFileBytes},
        {QStringLiteral("max_chunk_bytes"), attachmentPolicy.maxChunkBytes},
        {QStringLiteral("max_files_per_reply"), attachmentPolicy.maxFilesPerReply},
        {QStringLiteral("types"), typeArray},
    };
    return QJsonObject{
        {QStringLiteral("units"), unitArray},
        {QStringLiteral("fields"), labelsToJson(fields)},
        {QStringLiteral("kinds"), labelsToJson(kinds)},
        {QStringLiteral("categories"), categoryArray},
        {QStringLiteral("channels"), labelsToJson(channels)},
        {QStringLiteral("reject_reasons"), labelsToJson(rejectReasons)},
        {QStringLiteral("reply_templates"), templateArray},
        {QStringLiteral("attachment_policy"), policy},
        {QStringLiteral("deadline_policy"), deadlinePolicy.toJson()},
        {QStringLiteral("calendar_overrides"), calendarOverrides.toJson()},
    };
}

Decoded<ReferenceData> ReferenceData::fromJson(const QJsonObject &json)
{
    ReferenceData d;
    StrictReader r(json, QString());

    QSet<QString> unitIds;
    readList(r, QStringLiteral("units"), &unitIds, [&](StrictReader &e) {
        UnitInfo u;
        u.id = e.nonEmptyString(QStringLiteral("id"));
        u.name = e.nonEmptyString(QStringLiteral("name"));
        u.kind = e.nonEmptyString(QStringLiteral("kind"));
        d.units.append(u);
        return u.id;
    });
    // Parents are read apart from the other members: null marks the root.
    const QJsonArray unitArray = json.value(QStringLiteral("units")).toArray();
    for (qsizetype i = 0; i < d.units.size() && !r.failed(); ++i) {
        const QJsonValue parent = unitArray.at(i).toObject().value(QStringLiteral("parent"));
        const QString path = QStringLiteral("units[%1].parent").arg(i);
        if (parent.isUndefined() || parent.isNull())
            continue;
        if (!parent.isString()) {
            r.fail(path, QStringLiteral("expected a string or null"));
            break;
        }
        d.units[i].parentId = parent.toString();
        bool before = false;
        for (qsizetype k = 0; k < i; ++k)
            before = before || d.units.at(k).id == d.units.at(i).parentId;
        if (!before)
            r.fail(path, QStringLiteral("'%1' is not an earlier unit").arg(parent.toString().left(40)));
    }

    d.fields = readLabels(r, QStringLiteral("fields"));
    d.kinds = readLabels(r, QStringLiteral("kinds"));
    d.channels = readLabels(r, QStringLiteral("channels"));
    d.rejectReasons = readLabels(r, QStringLiteral("reject_reasons"));
    QSet<QString> categoryIds;
    readList(r, QStringLiteral("categories"), &categoryIds, [&d](StrictReader &e) {
        CategoryInfo c;
        c.id = e.integer(QStringLiteral("id"), 1, 8);
        const QString group = e.string(QStringLiteral("group"));
        const std::optional<ClassificationKind> g = classificationKindFromWire(group);
        if (!e.failed() && !g)
            e.fail(QStringLiteral("group"), QStringLiteral("unknown value '%1'").arg(group.left(40)));
        c.group = g.value_or(ClassificationKind::Regulation);
        c.name = e.nonEmptyString(QStringLiteral("name"));
        d.categories.append(c);
        return QString::number(c.id);
    });
    QSet<QString> templateIds;
    const QJsonArray templates = json.value(QStringLiteral("reply_templates")).toArray();
    readList(r, QStringLiteral("reply_templates"), &templateIds, [&](StrictReader &e) {
        ReplyTemplate t;
        t.id = e.nonEmptyString(QStringLiteral("id"));
        t.name = e.nonEmptyString(QStringLiteral("name"));
        t.subject = e.string(QStringLiteral("subject"));
        t.body = e.string(QStringLiteral("body"));
        const QJsonValue field =
            templates.at(d.replyTemplates.size()).toObject().value(QStringLiteral("field"));
        if (field.isString())
            t.fieldId = field.toString();
        else if (!field.isNull() && !field.isUndefined())
            e.fail(QStringLiteral("field"), QStringLiteral("expected a string or null"));
        d.replyTemplates.append(t);
        return t.id;
    });

    const QJsonValue policy = json.value(QStringLiteral("attachment_policy"));
    if (!r.failed()) {
        if (!policy.isObject()) {
            r.fail(QStringLiteral("attachment_policy"), QStringLiteral("expected an object"));
        } else {
            StrictReader p(policy.toObject(), QStringLiteral("attachment_policy"));
            AttachmentPolicy &ap = d.attachmentPolicy;
            ap.maxFileBytes = p.integer(QStringLiteral("max_file_bytes"), 1, std::numeric_limits<int>::max());
            ap.maxChunkBytes =
                p.integer(QStringLiteral("max_chunk_bytes"), 1, std::numeric_limits<int>::max());
            ap.maxFilesPerReply = p.integer(QStringLiteral("max_files_per_reply"), 0, 1000);
            QSet<QString> mimes;
            readList(p, QStringLiteral("types"), &mimes, [&ap](StrictReader &e) {
                AllowedFileType t;
                t.mime = e.nonEmptyString(QStringLiteral("mime"));
                const QJsonArray exts = e.optionalArray(QStringLiteral("extensions"));
                for (const QJsonValue &v : exts) {
                    if (!v.isString() || !v.toString().startsWith(QLatin1Char('.'))) {
                        e.fail(QStringLiteral("extensions"),
                               QStringLiteral("expected strings like \".pdf\""));
                        break;
                    }
                    t.extensions.append(v.toString().toLower());
                }
                ap.types.append(t);
                return t.mime;
            });
            r.adopt(p);
        }
    }
    if (!r.failed()) {
        const QJsonValue deadlines = json.value(QStringLiteral("deadline_policy"));
        Decoded<DeadlinePolicy> policyValue = DeadlinePolicy::fromJson(deadlines.toArray());
        if (!deadlines.isArray())
            r.fail(QStringLiteral("deadline_policy"), QStringLiteral("expected an array"));
        else if (!policyValue)
            r.fail(QStringLiteral("deadline_policy"), policyValue.error);
        else
            d.deadlinePolicy = *policyValue.value;
    }
    if (!r.failed()) {
        const QJsonValue overrides = json.value(QStringLiteral("calendar_overrides"));
        Decoded<CalendarOverrides> value = CalendarOverrides::fromJson(overrides.toArray());
        if (!overrides.isArray())
            r.fail(QStringLiteral("calendar_overrides"), QStringLiteral("expected an array"));
        else if (!value)
            r.fail(QStringLiteral("calendar_overrides"), value.error);
        else
            d.calendarOverrides = *value.value;
    }
    if (r.failed())
        return Decoded<ReferenceData>::fail(r.error());
    return Decoded<ReferenceData>::ok(std::move(d));
}

const UnitInfo *ReferenceData::unit(const QString &id) const
{
    for (const UnitInfo &u : units) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

QStringList ReferenceData::subtree(const QString &unitId) const
{
    QStringList out;
    if (!unit(unitId))
        return out;
    out.append(unitId);
    // Parents come before children, so one pass in order collects every descendant.
    for (const UnitInfo &u : units) {
        if (out.contains(u.parentId) && !out.contains(u.id))
            out.append(u.id);
    }
    return out;
}

bool ReferenceData::hasField(const QString &id) const
{
    return std::any_of(fields.cbegin(), fields.cend(), [&id](const Label &l) { return l.id == id; });
}

bool ReferenceData::hasRejectReason(const QString &id) const
{
    return std::any_of(rejectReasons.cbegin(), rejectReasons.cend(),
                       [&id](const Label &l) { return l.id == id; });
}

bool operator==(const ReferenceData &a, const ReferenceData &b)
{
    return a.units == b.units && a.fields == b.fields && a.kinds == b.kinds && a.categories == b.categories &&
           a.channels == b.channels && a.rejectReasons == b.rejectReasons &&
           a.replyTemplates == b.replyTemplates && a.attachmentPolicy == b.attachmentPolicy &&
           a.deadlinePolicy == b.deadlinePolicy && a.calendarOverrides == b.calendarOverrides;
}

} // namespace pakn
