#include "replyeditor.h"

#include "attachmentlist.h"
#include "procedurelabel.h"
#include "replyeditorchecks.h"
#include "replyeditorformat.h"
#include "replyeditorpreview.h"
#include "store/cachedatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pakn {
namespace {

const QDate kNotIssued(2000, 1, 1); // the date edit's "not issued yet"
// Markdown for bold, italic and lists only: HTML typed into a reply stays text.
const QTextDocument::MarkdownFeatures kBodyMarkdown(QTextDocument::MarkdownDialectCommonMark |
                                                    QTextDocument::MarkdownNoHTML);

QDate hanoiToday()
{
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")))
        .date();
}

QString hanoiDate(const QDateTime &instant)
{
    return instant.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")))
        .toString(QStringLiteral("dd/MM/yyyy"));
}

bool sameLetter(const Reply &a, const Reply &b)
{
    return a.docNumber == b.docNumber && a.issueDate == b.issueDate && a.signer == b.signer &&
           a.signerPosition == b.signerPosition && a.subject == b.subject &&
           a.body.trimmed() == b.body.trimmed();
}

} // namespace

ReplyEditor::ReplyEditor(QWidget *parent)
    : QWidget(parent)
    , m_autosave(new QTimer(this))
    , m_autosaveDeadline(new QTimer(this))
    , m_docNumber(new QLineEdit(this))
    , m_issueDate(new QDateEdit(this))
    , m_signer(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_templateBox(new QComboBox(this))
    , m_applyTemplate(new QPushButton(tr("Use template"), this))
    , m_bold(new QToolButton(this))
    , m_italic(new QToolButton(this))
    , m_bullets(new QToolButton(this))
    , m_numbers(new QToolButton(this))
    , m_body(new QTextEdit(this))
    , m_attachments(new AttachmentList(AttachmentList::Use::Reply, this))
    , m_serverNewer(new QWidget(this))
    , m_status(new QLabel(this))
    , m_preview(new QPushButton(tr("Preview…"), this))
    , m_save(new QPushButton(tr("Save draft on the server"), this))
    , m_submit(new QPushButton(tr("Submit for approval…"), this))
{
    setObjectName(QStringLiteral("replyEditor"));
    setAccessibleName(tr("Reply editor"));
    m_savePool.setMaxThreadCount(1); // saves in the order they were made
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ReplyEditor::saveDraftAsync);
    m_autosaveDeadline->setSingleShot(true);
    m_autosaveDeadline->setInterval(kAutosaveMaxDelayMs);
    connect(m_autosaveDeadline, &QTimer::timeout, this, &ReplyEditor::saveDraftAsync);
    buildLayout();

    for (QLineEdit *e : {m_docNumber, m_signer, m_position, m_subject})
        connect(e, &QLineEdit::textEdited, this, &ReplyEditor::edited);
    connect(m_issueDate, &QDateEdit::dateChanged, this, &ReplyEditor::edited);
    connect(m_body, &QTextEdit::textChanged, this, &ReplyEditor::edited);
    connect(m_attachments, &AttachmentList::filesChanged, this, [this] {
        setStatus(QString());
        edited(); // a removed server file is part of the draft
    });
    connect(m_applyTemplate, &QPushButton::clicked, this,
            [this] { applyTemplate(m_templateBox->currentIndex()); });
    connect(m_preview, &QPushButton::clicked, this, &ReplyEditor::showPreview);
    connect(m_save, &QPushButton::clicked, this, &ReplyEditor::saveToServer);
    connect(m_submit, &QPushButton::clicked, this, &ReplyEditor::submit);
    connect(m_bold, &QToolButton::clicked, this,
            [this](bool on) { m_body->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    connect(m_italic, &QToolButton::clicked, this, [this](bool on) { m_body->setFontItalic(on); });
    auto list = [this](QTextListFormat::Style style) {
        QTextCursor c = m_body->textCursor();
        if (QTextList *l = c.currentList(); l && l->format().style() == style) {
            QTextBlockFormat plain = c.blockFormat();
            l->remove(c.block());
            plain.setIndent(0);
            c.setBlockFormat(plain);
        } else {
            c.createList(style);
        }
    };
    connect(m_bullets, &QToolButton::clicked, this, [list] { list(QTextListFormat::ListDisc); });
    connect(m_numbers, &QToolButton::clicked, this, [list] { list(QTextListFormat::ListDecimal); });
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat &f) {
        m_bold->setChecked(f.fontWeight() >= QFont::Bold);
        m_italic->setChecked(f.fontItalic());
    });
    showPetition(PetitionRecord(), false);
}

ReplyEditor::~ReplyEditor()
{
    flushDraft();
}

void ReplyEditor::buildLayout()
{
    m_docNumber->setObjectName(QStringLiteral("replyDocNumber"));
    m_docNumber->setPlaceholderText(tr("e.g. 125/UBND-VP"));
    m_issueDate->setObjectName(QStringLiteral("replyIssueDate"));
    m_issueDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_issueDate->setMinimumDate(kNotIssued);
    m_issueDate->setSpecialValueText(tr("set when approved"));
    m_issueDate->setCalendarPopup(true);
    m_signer->setObjectName(QStringLiteral("replySigner"));
    m_position->setObjectName(QStringLiteral("replySignerPosition"));
    m_position->setPlaceholderText(tr("e.g. Vice Chairman"));
    m_subject->setObjectName(QStringLiteral("replySubject"));
    m_templateBox->setObjectName(QStringLiteral("replyTemplate"));
    m_templateBox->setAccessibleName(tr("Reply template"));
    m_templateBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templateBox->setMinimumContentsLength(16);
    m_applyTemplate->setObjectName(QStringLiteral("applyTemplate"));
    m_applyTemplate->setToolTip(
        tr("Fill the subject line and the body from the template (Ctrl+Z undoes it)"));
    m_body->setObjectName(QStringLiteral("replyBody"));
    m_body->setAccessibleName(tr("Body of the reply"));
    m_body->setAcceptRichText(false);
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(120);
    const struct
    {
        QToolButton *button;
        QString text;
        QString tip;
        QKeySequence keys;
        bool checkable;
    } tools[] = {
        {m_bold, tr("B"), tr("Bold"), QKeySequence::Bold, true},
        {m_italic, tr("I"), tr("Italic"), QKeySequence::Italic, true},
        {m_bullets, QStringLiteral("•"), tr("Bulleted list"), QKeySequence(), false},
        {m_numbers, QStringLiteral("1."), tr("Numbered list"), QKeySequence(), false},
    };
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(2);
    for (const auto &t : tools) {
        t.button->setText(t.text);
        t.button->setToolTip(t.keys.isEmpty() ? t.tip
                                              : QStringLiteral("%1 (%2)").arg(
                                                    t.tip, t.keys.toString(QKeySequence::NativeText)));
        t.button->setAccessibleName(t.tip);
        t.button->setCheckable(t.checkable);
        if (!t.keys.isEmpty())
            t.button->setShortcut(t.keys);
        t.button->setAutoRaise(true);
        toolbar->addWidget(t.button);
    }
    QFont bold = m_bold->font();
    bold.setBold(true);
    m_bold->setFont(bold);
    QFont italic = m_italic->font();
    italic.setItalic(true);
    m_italic->setFont(italic);
    toolbar->addStretch(1);
    toolbar->addWidget(m_templateBox, 1);
    toolbar->addWidget(m_applyTemplate);

    // One field a row: the detail pane is narrow, and a clipped number or position would mislead.
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Number and symbol"), m_docNumber);
    form->addRow(tr("Issue date"), m_issueDate);
    form->addRow(tr("Signer"), m_signer);
    form->addRow(tr("Position"), m_position);
    form->addRow(tr("Subject line"), m_subject);
    m_issueDate->setMinimumWidth(
        m_issueDate->fontMetrics().horizontalAdvance(m_issueDate->specialValueText()) + 48);
    m_docNumber->setAccessibleName(tr("Number and symbol"));
    m_issueDate->setAccessibleName(tr("Issue date"));
    m_signer->setAccessibleName(tr("Signer"));
    m_position->setAccessibleName(tr("Position"));
    m_subject->setAccessibleName(tr("Subject line"));

    m_serverNewer->setObjectName(QStringLiteral("serverNewer"));
    auto *newerLayout = new QHBoxLayout(m_serverNewer);
    newerLayout->setContentsMargins(0, 0, 0, 0);
    auto *newerText =
        new QLabel(tr("The reply on the server changed after this draft was started."), m_serverNewer);
    newerText->setWordWrap(true);
    auto *useServer = new QPushButton(tr("Use the server's version"), m_serverNewer);
    useServer->setObjectName(QStringLiteral("useServerVersion"));
    connect(useServer, &QPushButton::clicked, this, &ReplyEditor::useServerVersion);
    newerLayout->addWidget(newerText, 1);
    newerLayout->addWidget(useServer);
    m_serverNewer->hide();

    m_status->setObjectName(QStringLiteral("replyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(QStringLiteral("replyPreviewButton"));
    m_save->setObjectName(QStringLiteral("replySave"));
    m_submit->setObjectName(QStringLiteral("replySubmit"));
    for (QPushButton *b : {m_preview, m_save, m_submit, m_applyTemplate})
        b->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);

    auto *filesLabel = new QLabel(tr("Files (drop them here)"), this);
    filesLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_serverNewer);
    layout->addLayout(form);
    layout->addLayout(toolbar);
    layout->addWidget(m_body, 1);
    layout->addWidget(filesLabel);
    layout->addWidget(m_attachments);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
}

void ReplyEditor::setCache(std::shared_ptr<const CacheDatabase> cache)
{
    flushDraft();
    m_cache = std::move(cache);
    m_attachments->setCache(m_cache);
}

void ReplyEditor::setAttachmentStore(std::shared_ptr<const AttachmentStore> store)
{
    m_attachments->setStore(std::move(store));
}

void ReplyEditor::setReferenceData(const ReferenceData &reference)
{
    m_reference = reference;
    m_attachments->setPolicy(reference.attachmentPolicy);
}

void ReplyEditor::showPetition(const PetitionRecord &record, bool editable)
{
    const std::optional<Petition> &petition = record.petition;
    const bool same = petition && m_petition && petition->id == m_petition->id;
    if (!same)
        flushDraft();
    const std::optional<Petition> previous = m_petition;
    m_petition = petition;
    m_editable = editable && petition && m_cache;

    for (QWidget *w : std::initializer_list<QWidget *>{m_docNumber, m_issueDate, m_signer, m_position,
                                                       m_subject, m_templateBox, m_applyTemplate, m_bold,
                                                       m_italic, m_bullets, m_numbers, m_save, m_submit})
        w->setEnabled(m_editable);
    m_body->setReadOnly(!m_editable);
    m_preview->setEnabled(petition.has_value());

    // Templates written for the petition's field, then those for any field.
    m_templates.clear();
    m_templateBox->clear();
    if (petition) {
        for (const ReplyTemplate &t : std::as_const(m_reference.replyTemplates)) {
            if (t.fieldId == petition->fieldId)
                m_templates << t;
        }
        for (const ReplyTemplate &t : std::as_const(m_reference.replyTemplates)) {
            if (t.fieldId.isEmpty())
                m_templates << t;
        }
    }
    for (const ReplyTemplate &t : std::as_const(m_templates))
        m_templateBox->addItem(t.name);
    m_applyTemplate->setEnabled(m_editable && !m_templates.isEmpty());
    m_templateBox->setEnabled(m_editable && !m_templates.isEmpty());

    if (!petition) {
        m_loading = true;
        loadFields(Reply());
        m_loading = false;
        m_serverNewer->hide();
        m_attachments->showPetition(0, {}, false);
        setStatus(QString());
        return;
    }
    const Reply server = petition->reply.value_or(Reply());
    m_attachments->showPetition(petition->id, server.attachments, m_editable, record.draftFiles);
    if (same && !m_editable) {
        // Read-only: always the server's reply as it is now.
        m_loading = true;
        loadFields(server);
        m_loading = false;
        m_serverNewer->hide();
        return;
    }
    if (same) {
        // A sync brought a new version of the shown petition: keep what the officer is typing; only say
        // that the server's reply moved on, if it did.
        const Reply before = previous && previous->reply ? *previous->reply : Reply();
        if (!sameLetter(before, server) && !sameLetter(server, currentReply()))
            m_serverNewer->setVisible(m_editable);
        return;
    }
    const std::optional<ReplyDraft> &draft = record.draft;
    m_loading = true;
    if (draft && m_editable) {
        loadFields(draft->reply);
        m_attachments->setRemovedServerIds(draft->removedServerFiles);
        m_draftBaseVersion = draft->baseVersion;
        m_serverNewer->setVisible(petition->version > draft->baseVersion && petition->reply &&
                                  !sameLetter(server, draft->reply));
        setStatus(tr("Your draft saved on this computer at %1 was restored.")
                      .arg(draft->updatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    } else {
        loadFields(server);
        m_draftBaseVersion = petition->version;
        m_serverNewer->hide();
        setStatus(QString());
    }
    m_loading = false;
}

void ReplyEditor::loadFields(const Reply &r)
{
    m_docNumber->setText(r.docNumber);
    m_issueDate->setDate(r.issueDate.isValid() ? r.issueDate : kNotIssued);
    m_signer->setText(r.signer);
    m_position->setText(r.signerPosition);
    m_subject->setText(r.subject);
    for (QLineEdit *e : {m_docNumber, m_signer, m_position, m_subject})
        e->setCursorPosition(0); // the beginning of a long value, not its end
    setReplyMarkdown(m_body->document(), r.body);
    m_body->document()->clearUndoRedoStacks();
}

Reply ReplyEditor::currentReply() const
{
    Reply r;
    r.docNumber = m_docNumber->text().trimmed();
    r.issueDate = m_issueDate->date() == kNotIssued ? QDate() : m_issueDate->date();
    r.signer = m_signer->text().trimmed();
    r.signerPosition = m_position->text().trimmed();
    r.subject = m_subject->text().trimmed();
    r.body = m_body->document()->isEmpty() ? QString() : toReplyMarkdown(*m_body->document()).trimmed();
    return r;
}

QJsonObject ReplyEditor::commandPayload() const
{
    const Reply r = currentReply();
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject reply{
        {QStringLiteral("doc_number"), orNull(r.docNumber)},
        {QStringLiteral("issue_date"),
         r.issueDate.isValid() ? QJsonValue(r.issueDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("signer"), orNull(r.signer)},
        {QStringLiteral("signer_position"), orNull(r.signerPosition)},
        {QStringLiteral("subject"), orNull(r.subject)},
        {QStringLiteral("body"), orNull(r.body)},
        {QStringLiteral("attachments"), m_attachments->replyAttachments()},
    };
    return {{QStringLiteral("reply"), reply}};
}

QStringList ReplyEditor::problems() const
{
    return replyProblems(currentReply(), int(m_attachments->replyAttachments().size()),
                         m_reference.attachmentPolicy);
}

void ReplyEditor::edited()
{
    if (m_loading || !m_editable)
        return;
    m_autosave->start();
    if (!m_autosaveDeadline->isActive())
        m_autosaveDeadline->start();
}

void ReplyEditor::saveDraftAsync()
{
    m_autosave->stop();
    m_autosaveDeadline->stop();
    if (!m_petition || !m_cache || !m_editable)
        return;
    const ReplyDraft draft{
        m_petition->id, m_draftBaseVersion, currentReply(), m_attachments->removedServerIds(), {}};
    auto *watcher = new QFutureWatcher<QString>(this);
    const qint64 id = draft.petitionId;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            setStatus(tr("The draft could not be saved on this computer: %1").arg(error), true);
            return;
        }
        if (m_petition && m_petition->id == id)
            setStatus(tr("Draft saved on this computer at %1.")
                          .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        Q_EMIT draftSaved(id);
    });
    watcher->setFuture(QtConcurrent::run(&m_savePool, [cache = m_cache, draft] {
        const QString error = ReplyDrafts(*cache).save(draft);
        cache->releaseThreadConnection();
        return error;
    }));
}

void ReplyEditor::flushDraft()
{
    if (m_autosave->isActive())
        saveDraftAsync();
    m_savePool.waitForDone();
}

QString ReplyEditor::unitName() const
{
    if (!m_petition)
        return {};
    const UnitInfo *u = m_reference.unit(m_petition->unitId);
    return u ? u->name : m_petition->unitId;
}

QHash<QString, QString> ReplyEditor::placeholders() const
{
    if (!m_petition)
        return {};
    const Petition &p = *m_petition;
    return {
        {QStringLiteral("code"), p.code},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("submitter_name"), p.submitter.name},
        {QStringLiteral("organisation"), p.submitter.organisation},
        {QStringLiteral("received_date"), hanoiDate(p.receivedAt)},
        {QStringLiteral("unit_name"), unitName()},
        {QStringLiteral("procedure"), ProcedureLabel::placeholderText(p.adminProcedure)},
        {QStringLiteral("today"), hanoiToday().toString(QStringLiteral("dd/MM/yyyy"))},
    };
}

void ReplyEditor::applyTemplate(int index)
{
    if (!m_editable || index < 0 || index >= m_templates.size())
        return;
    const ReplyTemplate &t = m_templates.at(index);
    const QHash<QString, QString> values = placeholders();
    m_subject->setText(fillPlaceholders(t.subject, values));
    // Through the cursor, so that Ctrl+Z brings the earlier body back.
    QTextCursor c(m_body->document());
    c.beginEditBlock();
    c.select(QTextCursor::Document);
    c.removeSelectedText();
    c.insertMarkdown(replyMarkdownForParsing(fillPlaceholders(t.body, values)), kBodyMarkdown);
    c.endEditBlock();
    edited();
}

void ReplyEditor::showDraft(const std::optional<ReplyDraft> &draft)
{
    m_autosave->stop();
    m_autosaveDeadline->stop();
    m_savePool.waitForDone();
    if (!m_petition || !m_cache)
        return;
    m_loading = true;
    loadFields(draft ? draft->reply : m_petition->reply.value_or(Reply()));
    m_attachments->setRemovedServerIds(draft ? draft->removedServerFiles : QStringList());
    m_draftBaseVersion = draft ? draft->baseVersion : m_petition->version;
    m_loading = false;
    m_serverNewer->hide();
}

void ReplyEditor::useServerVersion()
{
    if (!m_petition)
        return;
    loadFields(m_petition->reply.value_or(Reply()));
    m_attachments->setRemovedServerIds({});
    m_draftBaseVersion = m_petition->version;
    m_serverNewer->hide();
    edited();
}

void ReplyEditor::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #a4000f; }") : QString());
    m_status->setVisible(!text.isEmpty());
}

QString ReplyEditor::statusText() const
{
    return m_status->text();
}

QString ReplyEditor::previewHtml() const
{
    if (!m_petition)
        return {};
    QStringList files;
    for (const AttachmentRow &r : m_attachments->model()->rows())
        files << r.name;
    return citizenViewHtml(*m_petition, currentReply(), unitName(), files);
}

void ReplyEditor::showPreview()
{
    auto *dialog = new ReplyPreviewDialog(previewHtml(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReplyEditor::saveToServer()
{
    if (!m_editable || !m_petition)
        return;
    flushDraft();
    Q_EMIT commandRequested(m_petition->id, Command::SaveReply, commandPayload());
    setStatus(tr("The draft is queued to be saved on the server."));
}

void ReplyEditor::submit()
{
    if (!m_editable || !m_petition)
        return;
    const QStringList found = problems();
    if (!found.isEmpty()) {
        setStatus(tr("Before submitting: %1").arg(found.join(QLatin1Char(' '))), true);
        return;
    }
    flushDraft();
    auto *dialog = new ReplyPreviewDialog(previewHtml(), tr("Submit for approval"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_petition->id;
    connect(dialog, &QDialog::accepted, this, [this, id] {
        if (!m_petition || m_petition->id != id)
            return;
        Q_EMIT commandRequested(id, Command::SubmitReply, commandPayload());
        setStatus(tr("The reply is queued to be submitted for approval."));
    });
    dialog->open();
}

} // namespace pakn
