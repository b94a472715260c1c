#include "replyeditorchecks.h"

#include <QCoreApplication>

namespace pakn {
namespace {

struct Check
{
    bool (*passes)(const Reply &, int files, const AttachmentPolicy &);
    const char *problem;
};

// docs/api.md §7: subject and body non-blank on submit; doc_number ≤ 100, signer and position ≤ 200, subject
// ≤ 1000, body ≤ 100000 characters; at most max_files_per_reply files.
constexpr Check kChecks[] = {
    {[](const Reply &r, int, const AttachmentPolicy &) { return !r.subject.trimmed().isEmpty(); },
     QT_TRANSLATE_NOOP("pakn::ReplyChecks", "Write the subject line.")},
    {[](const Reply &r, int, const AttachmentPolicy &) { return !r.body.trimmed().isEmpty(); },
     QT_TRANSLATE_NOOP("pakn::ReplyChecks", "Write the body of the reply.")},
    {[](const Reply &r, int, const AttachmentPolicy &) { return !r.signer.trimmed().isEmpty(); },
     QT_TRANSLATE_NOOP("pakn::ReplyChecks", "Name the signer.")},
    {[](const Reply &r, int, const AttachmentPolicy &) { return !r.signerPosition.trimmed().isEmpty(); },
     QT_TRANSLATE_NOOP("pakn::ReplyChecks", "Give the signer's position.")},
    {[](const Reply &r, int, const AttachmentPolicy &) { return r.docNumber.size() <= 100; },
     QT_TRANSLATE_NOOP("pakn::ReplyChecks", "The number and symbol may be at most 100 characters.")},
    {[](const Reply &r, int, const AttachmentPolicy &) {
         return r.signer.size() <= 200 && r.signerPosition.size() <= 200;
     },
     QT_TRANSLATE_NOOP("pakn::ReplyChecks",
                       "The signer and the position may be at most 200 characters each.")},
    {[](const Reply &r, int, const AttachmentPolicy &) { return r.subject.size() <= 1000; },
     QT_TRANSLATE_NOOP("pakn::ReplyChecks", "The subject line may be at most 1,000 characters.")},
    {[](const Reply &r, int, const AttachmentPolicy &) { return r.body.size() <= 100000; },
     QT_TRANSLATE_NOOP("pakn::ReplyChecks", "The body may be at most 100,000 characters.")},
    {[](const Reply &, int files, const AttachmentPolicy &p) { return files <= p.maxFilesPerReply; },
     QT_TRANSLATE_NOOP("pakn::ReplyChecks", "The reply has more files than the service accepts.")},
};

} // namespace

QStringList replyProblems(const Reply &reply, int fileCount, const AttachmentPolicy &policy)
{
    QStringList problems;
    for (const Check &c : kChecks) {
        if (!c.passes(reply, fileCount, policy))
            problems << QCoreApplication::translate("pakn::ReplyChecks", c.problem);
    }
    return problems;
}

} // namespace pakn
