#pragma once

#include "domain/petition.h"

#include <QDialog>

class QTextBrowser;

namespace pakn {

/// The reply as the citizen will read it on the portal: the issuing unit, number and date, "Kính gửi" the
/// submitter, the subject line, the body (its light formatting rendered), the signer, and the names of the
/// attached files. Pure function of its inputs; HTML-escaped throughout.
QString citizenViewHtml(const Petition &petition, const Reply &reply, const QString &unitName,
                        const QStringList &fileNames);

/// Shows citizenViewHtml() in a dialog. With `confirmText` the dialog also asks to go on (the OK button says
/// it): the last step before the reply is submitted.
class ReplyPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReplyPreviewDialog(const QString &html, const QString &confirmText, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace pakn
