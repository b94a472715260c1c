#pragma once

#include "domain/petition.h"
#include "domain/referencedata.h"
#include "domain/workflow.h"
#include "store/petitionrecord.h"
#include "store/replydrafts.h"

#include <QJsonObject>
#include <QThreadPool>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;
class QTimer;
class QToolButton;

namespace pakn {

class AttachmentList;
class AttachmentStore;
class CacheDatabase;

/// The reply editor of a petition: the official letter's fields (number and symbol, issue date, signer and
/// position, subject line), the body with light formatting (bold, italic, lists — kept as Markdown, which
/// reads as plain text with paragraphs apart, as the service stores it), reply templates for the petition's
/// field with their placeholders filled from the petition, the reply's files (AttachmentList), checks before
/// submitting (replyeditorchecks.h) and a preview of what the citizen will see.
///
/// Contract:
/// - Every edit is saved to the cache (ReplyDrafts) at most `kAutosaveDelayMs` after the typing pauses, and
///   at most `kAutosaveMaxDelayMs` after it was made while the typing goes on (a crash never loses more than
///   the last second of typing; DESIGN.md §5 allows 2 s) — on a one-thread pool with the worker's own
///   connection, so the GUI thread never waits on the database — and at once when another petition is shown
///   or the editor is destroyed (which waits for the save). When a petition is shown, its saved draft is
///   restored (after a restart too); without one, the server's reply. A draft is never overwritten by the
///   server's version unless the officer asks for it
///   (`useServerVersion`), offered when the server's reply changed after the draft was started.
/// - Save and Submit leave as `commandRequested` (save_reply / submit_reply with the whole reply;
///   `reply.attachments` lists the server ids of kept files and {"local": id} of new ones). Submit runs the
///   checks first and shows the problems instead; then asks for confirmation with the preview.
/// - Read-only (fields shown, nothing saved) when the user may not save a reply on the petition now.
class ReplyEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 700;
    static constexpr int kAutosaveMaxDelayMs = 1000;

    explicit ReplyEditor(QWidget *parent = nullptr);
    ~ReplyEditor() override;

    void setCache(std::shared_ptr<const CacheDatabase> cache);
    void setAttachmentStore(std::shared_ptr<const AttachmentStore> store);
    void setReferenceData(const ReferenceData &reference);
    /// Shows the record's petition with its reply: the draft and the draft's files the record carries (read
    /// with the petition on a reader thread: the editor reads nothing on the GUI thread), else the server's
    /// reply. The same petition again (after a sync) keeps what is typed; only the files follow the record.
    /// `editable`: the user may save and submit it now.
    void showPetition(const PetitionRecord &record, bool editable);
    qint64 petitionId() const { return m_petition ? m_petition->id : 0; }
    bool isEditable() const { return m_editable; }

    /// The reply as the fields hold it now (without files).
    Reply currentReply() const;
    /// The payload of save_reply / submit_reply for the reply as it is now.
    QJsonObject commandPayload() const;
    QStringList problems() const;
    /// Saves a pending edit now and waits for it (the window closes, another petition is shown).
    void flushDraft();
    /// The templates offered for the shown petition's field.
    QList<ReplyTemplate> templates() const { return m_templates; }
    void applyTemplate(int index);
    /// Shows `draft` (the shown petition's, as the cache has it after a conflict was settled; none: the
    /// server's reply), dropping the fields' unsaved state; call flushDraft() before the draft is changed
    /// elsewhere.
    void showDraft(const std::optional<ReplyDraft> &draft);
    /// Replaces the draft by the server's reply (the officer chose it).
    void useServerVersion();

    QLineEdit *docNumberEdit() const { return m_docNumber; }
    QDateEdit *issueDateEdit() const { return m_issueDate; }
    QLineEdit *signerEdit() const { return m_signer; }
    QLineEdit *positionEdit() const { return m_position; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QTextEdit *bodyEdit() const { return m_body; }
    QComboBox *templateBox() const { return m_templateBox; }
    AttachmentList *attachments() const { return m_attachments; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *previewButton() const { return m_preview; }
    /// The message line: problems found, what was restored, when the draft was last saved.
    QString statusText() const;
    QString previewHtml() const;

public Q_SLOTS:
    void showPreview();
    void saveToServer();
    void submit();

Q_SIGNALS:
    void commandRequested(qint64 petitionId, pakn::Command command, const QJsonObject &payload);
    /// A draft of `petitionId` is in the cache (autosave finished).
    void draftSaved(qint64 petitionId);

private:
    void buildLayout();
    void loadFields(const Reply &reply);
    void edited();
    void saveDraftAsync();
    void setStatus(const QString &text, bool problem = false);
    QString unitName() const;
    QHash<QString, QString> placeholders() const;

    std::shared_ptr<const CacheDatabase> m_cache;
    ReferenceData m_reference;
    std::optional<Petition> m_petition;
    qint64 m_draftBaseVersion = 0;
    bool m_editable = false;
    bool m_loading = false;
    QList<ReplyTemplate> m_templates;
    QThreadPool m_savePool;
    QTimer *m_autosave;         ///< restarted by every edit: fires when the typing pauses
    QTimer *m_autosaveDeadline; ///< started by the first unsaved edit: fires even if the typing goes on

    QLineEdit *m_docNumber;
    QDateEdit *m_issueDate;
    QLineEdit *m_signer;
    QLineEdit *m_position;
    QLineEdit *m_subject;
    QComboBox *m_templateBox;
    QPushButton *m_applyTemplate;
    QToolButton *m_bold;
    QToolButton *m_italic;
    QToolButton *m_bullets;
    QToolButton *m_numbers;
    QTextEdit *m_body;
    AttachmentList *m_attachments;
    QWidget *m_serverNewer;
    QLabel *m_status;
    QPushButton *m_preview;
    QPushButton *m_save;
    QPushButton *m_submit;
};

} // namespace pakn
