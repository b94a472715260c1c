#include "petitiondetailview.h"

#include "attachmentlist.h"
#include "cachereader.h"
#include "calendar/deadlinepolicy.h"
#include "conflictdialog.h"
#include "conflictmodel.h"
#include "deadlinedisplay.h"
#include "domain/masking.h"
#include "inboxpolicy.h"
#include "outboxpanel.h"
#include "petitionactions.h"
#include "procedurelabel.h"
#include "replyeditor.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/referencestore.h"
#include "sync/accountcontroller.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace pakn {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

QString nameOf(const QList<Label> &labels, const QString &id)
{
    for (const Label &l : labels) {
        if (l.id == id)
            return l.name;
    }
    return id;
}

} // namespace

PetitionDetailView::PetitionDetailView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_conflictBanner(new QWidget(this))
    , m_conflictText(new QLabel(m_conflictBanner))
    , m_tabs(new QTabWidget(this))
    , m_factsBox(new QWidget(this))
    , m_facts(new QFormLayout(m_factsBox))
    , m_explanation(new QLabel(this))
    , m_actions(new PetitionActions(this))
    , m_outbox(new OutboxPanel(this))
    , m_content(new QTextBrowser(this))
    , m_citizenFiles(new AttachmentList(AttachmentList::Use::Citizen, this))
    , m_timeline(new TimelineModel(this))
    , m_timelineView(new TimelineView(this))
    , m_notesView(new TimelineView(this))
    , m_reply(new ReplyEditor(this))
    , m_conflicts(new ConflictModel(this))
    , m_today(inbox::vietnamToday())
{
    m_referenceReader = new CacheReader(this);
    setObjectName(QStringLiteral("petitionDetail"));
    setAccessibleName(tr("Petition details"));
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_factsBox->setObjectName(QStringLiteral("detailFacts"));
    m_explanation->setObjectName(QStringLiteral("deadlineExplanation"));
    m_content->setObjectName(QStringLiteral("detailContent"));
    m_tabs->setObjectName(QStringLiteral("detailTabs"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setAccessibleName(tr("Petition title"));
    m_subheading->setTextFormat(Qt::PlainText);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_subheading->setAccessibleName(tr("Petition code and kind"));
    m_facts->setContentsMargins(0, 4, 0, 4);
    m_facts->setLabelAlignment(Qt::AlignLeft);
    m_facts->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_facts->setVerticalSpacing(3);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAccessibleName(tr("How the deadline was computed"));
    QFont small = m_explanation->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_explanation->setFont(small);
    m_content->setOpenLinks(false);
    m_content->setAccessibleName(tr("Petition content"));

    // The banner of a held conflict: says what happened, and opens the dialog that settles it.
    m_conflictBanner->setObjectName(QStringLiteral("conflictBanner"));
    m_conflictBanner->setAutoFillBackground(true);
    m_conflictBanner->setStyleSheet(
        QStringLiteral("#conflictBanner { background: #fff4ce; border: 1px solid #c19c00; }"
                       " QLabel { color: #3b2f00; }"));
    m_conflictText->setWordWrap(true);
    auto *resolve = new QPushButton(tr("Resolve…"), m_conflictBanner);
    resolve->setObjectName(QStringLiteral("resolveConflict"));
    resolve->setAutoDefault(false);
    auto *bannerLayout = new QHBoxLayout(m_conflictBanner);
    bannerLayout->setContentsMargins(6, 4, 6, 4);
    bannerLayout->addWidget(m_conflictText, 1);
    bannerLayout->addWidget(resolve);
    m_conflictBanner->hide();
    connect(resolve, &QPushButton::clicked, this, &PetitionDetailView::openConflict);

    // Details: the facts, what may be done, the content and the citizen's files.
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    detailsLayout->addWidget(m_factsBox);
    detailsLayout->addWidget(m_explanation);
    detailsLayout->addWidget(m_actions);
    detailsLayout->addWidget(m_outbox);
    detailsLayout->addWidget(m_content, 1);
    m_citizenFilesLabel = new QLabel(tr("The citizen's files"), details);
    m_citizenFilesLabel->setObjectName(QStringLiteral("citizenFilesLabel"));
    m_citizenFilesLabel->setForegroundRole(QPalette::PlaceholderText);
    detailsLayout->addWidget(m_citizenFilesLabel);
    detailsLayout->addWidget(m_citizenFiles);

    // Timeline, and the internal notes on their own.
    auto *notes = new QSortFilterProxyModel(this);
    notes->setSourceModel(m_timeline);
    notes->setFilterRole(TimelineModel::KindRole);
    notes->setFilterFixedString(toWireName(Command::Note));
    notes->setFilterKeyColumn(0);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_notesView->setObjectName(QStringLiteral("notesView"));
    m_notesView->setModel(notes);
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_notesView->setAccessibleName(tr("Internal notes"));
    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    historyLayout->addWidget(m_timelineView, 3);
    auto *notesLabel = new QLabel(tr("Internal notes (not shown to the citizen)"), history);
    notesLabel->setForegroundRole(QPalette::PlaceholderText);
    historyLayout->addWidget(notesLabel);
    historyLayout->addWidget(m_notesView, 1);

    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(history, tr("Timeline"));
    m_tabs->addTab(m_reply, tr("Reply"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_conflictBanner);
    layout->addWidget(m_tabs, 1);

    connect(m_actions, &PetitionActions::commandRequested, this, &PetitionDetailView::commandRequested);
    connect(m_outbox, &OutboxPanel::retryRequested, this, &PetitionDetailView::retryRequested);
    connect(m_outbox, &OutboxPanel::dropRequested, this, &PetitionDetailView::dropRequested);
    connect(m_reply, &ReplyEditor::commandRequested, this, &PetitionDetailView::commandRequested);
    connect(m_reply->attachments(), &AttachmentList::filesChanged, this, [this] {
        if (m_id)
            Q_EMIT recordOutdated(m_id);
    });
    showPetition(std::nullopt);
}

PetitionDetailView::~PetitionDetailView() = default;

void PetitionDetailView::setContext(const User &user, const QStringList &unitSubtree, const QDate &today,
                                    const WorkingCalendar &calendar)
{
    m_user = user;
    m_subtree = unitSubtree;
    m_today = today;
    m_calendar = calendar;
    m_actions->setUser(user, unitSubtree);
}

void PetitionDetailView::setOutboxModel(OutboxModel *model)
{
    m_outbox->setOutboxModel(model);
}

void PetitionDetailView::setAccount(AccountController *account)
{
    m_account = account;
    if (!account)
        return;
    // The petition is shown again with the new names when they come (reloadReference).
    connect(account, &AccountController::referenceDataChanged, this, &PetitionDetailView::reloadReference);
    connect(account, &AccountController::attachmentFetched, this,
            [this](const QString &id, const QString &, const QString &error) {
                m_citizenFiles->downloadFinished(id, error);
                m_reply->attachments()->downloadFinished(id, error);
            });
    for (AttachmentList *list : {m_citizenFiles, m_reply->attachments()}) {
        connect(list, &AttachmentList::downloadRequested, this, [this](const QString &id) {
            if (m_account && m_id)
                m_account->fetchAttachment(m_id, AttachmentRef{id, {}, 0, {}, {}});
        });
    }
    // The shown petition's conflicts and draft files may have changed: its record is read again.
    connect(account, &AccountController::outboxChanged, this, [this] {
        if (m_id)
            Q_EMIT recordOutdated(m_id);
    });
}

void PetitionDetailView::releaseCache()
{
    m_reply->flushDraft();
    ++m_referenceGeneration; // reference data on the way is the leaving account's
    m_referencePending = false;
    m_referenceReader->setCache(nullptr);
    m_cache.reset();
    m_store.reset();
    m_reply->setCache(nullptr);
    m_reply->setAttachmentStore(nullptr);
    m_citizenFiles->setCache(nullptr);
    m_citizenFiles->setStore(nullptr);
    m_record = PetitionRecord();
    m_conflicts->setRows({});
}

void PetitionDetailView::bindCache()
{
    if (!m_account || m_account->cache() == m_cache)
        return;
    m_cache = m_account->cache();
    m_store = m_account->attachmentStore();
    m_reply->setCache(m_cache);
    m_reply->setAttachmentStore(m_store);
    m_citizenFiles->setCache(m_cache);
    m_citizenFiles->setStore(m_store);
    reloadReference();
}

void PetitionDetailView::reloadReference()
{
    const quint64 generation = ++m_referenceGeneration;
    const std::shared_ptr<const CacheDatabase> cache = m_cache;
    m_referenceReader->setCache(cache);
    if (!cache) {
        m_referencePending = false;
        applyReference(ReferenceData());
        return;
    }
    m_referencePending = true;
    m_referenceReader->read([this, cache, generation](const QSqlDatabase &) -> std::function<void()> {
        ReferenceData reference = ReferenceStore(*cache).load().value_or(ReferenceData()); // this thread's
        const QThread *thread = QThread::currentThread();
        return [this, cache, generation, thread, reference = std::move(reference)] {
            if (generation != m_referenceGeneration || cache != m_cache)
                return; // asked again since, or the account changed
            m_referencePending = false;
            m_referenceThread = thread;
            applyReference(reference);
            Q_EMIT referenceDataLoaded(m_reference);
            // Names instead of ids (a record on the way is shown with them when it comes).
            if (!m_loading)
                showPetition(m_petition);
        };
    });
}

void PetitionDetailView::applyReference(const ReferenceData &reference)
{
    m_reference = reference;
    m_timeline->setReferenceData(m_reference);
    m_reply->setReferenceData(m_reference);
    m_citizenFiles->setPolicy(m_reference.attachmentPolicy);
}

QString PetitionDetailView::unitName(const QString &id) const
{
    const UnitInfo *u = m_reference.unit(id);
    return u ? u->name : id;
}

QString PetitionDetailView::fieldName(const QString &id) const
{
    return nameOf(m_reference.fields, id);
}

QLabel *PetitionDetailView::addFact(const QString &label, const QString &value, const QString &toolTip)
{
    auto *name = new QLabel(label, m_factsBox);
    name->setForegroundRole(QPalette::PlaceholderText);
    auto *text = new QLabel(value, m_factsBox);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setToolTip(toolTip);
    text->setAccessibleName(label);
    name->setBuddy(text);
    m_facts->addRow(name, text);
    return text;
}

QString PetitionDetailView::factsText() const
{
    QStringList lines;
    for (int row = 0; row < m_facts->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_facts->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *field = qobject_cast<QLabel *>(m_facts->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && field)
            lines << label->text() + QStringLiteral(": ") + field->text();
    }
    return lines.join(QLatin1Char('\n'));
}

QString PetitionDetailView::deadlineExplanation() const
{
    return m_explanation->text();
}

void PetitionDetailView::focusPane()
{
    const QList<Command> commands = m_actions->shownCommands();
    m_tabs->setCurrentIndex(0);
    if (!commands.isEmpty())
        m_actions->button(commands.first())->setFocus(Qt::OtherFocusReason);
    else
        m_content->setFocus(Qt::OtherFocusReason);
}

bool PetitionDetailView::mayEditReply(const Petition &p) const
{
    const Standing standing = inbox::standing(m_user, m_subtree, p.unitId, p.assignee);
    return workflow::allowedCommands(p.state, m_user, standing).contains(Command::SaveReply);
}

QString PetitionDetailView::stepDeadlines(const Petition &p) const
{
    // The other steps that count from an event already known, as the policy computes them on our calendar
    // (handling is explained above).
    const DeadlinePolicy &policy = m_reference.deadlinePolicy;
    const struct
    {
        DeadlineStep step;
        QDateTime from;
        const char *label;
    } steps[] = {
        {DeadlineStep::Transfer, p.receivedAt, QT_TR_NOOP("Transfer for handling")},
        {DeadlineStep::ResultUpdate, p.repliedAt, QT_TR_NOOP("Recording the result")},
    };
    QStringList lines;
    for (const auto &s : steps) {
        if (!s.from.isValid())
            continue;
        const Deadline d = policy.computeDeadline(s.step, s.from, m_calendar);
        if (!d.isValid())
            continue;
        lines << tr("%1: by %2. %3").arg(tr(s.label), d.due.toString(kDateFormat), d.explanation);
    }
    return lines.join(QLatin1Char('\n'));
}

void PetitionDetailView::updateConflictBanner()
{
    const int n = m_conflicts->rowCount();
    if (n == 0 || !m_petition) {
        m_conflictBanner->hide();
        return;
    }
    m_conflictText->setText(
        tr("%n action(s) of yours could not be applied: the petition changed on the server meanwhile. "
           "Nothing is lost until you choose what to keep.",
           nullptr, n));
    m_conflictBanner->show();
}

bool PetitionDetailView::openConflict()
{
    if (m_conflicts->rowCount() == 0)
        return false;
    auto *dialog = new ConflictDialog(m_conflicts->conflict(0), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::resolved, this,
            [this](qint64 item, ConflictChoice how, const QJsonObject &merged) {
                if (!m_account)
                    return;
                // The choice may replace the draft: what is typed is saved first, the result shown after.
                m_reply->flushDraft();
                auto *once = new QObject(this);
                connect(m_account, &AccountController::outboxChanged, once, [this, once] {
                    m_draftFromNextRecord = true; // the record read for this change brings the draft
                    if (m_id)
                        Q_EMIT recordOutdated(m_id);
                    once->deleteLater();
                });
                m_account->resolveConflict(item, how, merged);
            });
    dialog->open();
    return true;
}

void PetitionDetailView::showLoading()
{
    m_loading = true;
    if (m_id == 0) {
        // Nothing shown yet: not "select a petition" while one is on the way.
        m_heading->setText(tr("Loading…"));
        m_subheading->clear();
    } else {
        m_subheading->setText(tr("Loading…"));
    }
    m_tabs->setEnabled(false);
}

void PetitionDetailView::showRecordExtras(const PetitionRecord &record)
{
    const std::optional<Petition> &petition = record.petition;
    m_record = record;
    m_record.petition.reset(); // kept once, in m_petition
    m_conflicts->setRows(record.conflicts);
    updateConflictBanner();
    m_reply->showPetition(record, petition && mayEditReply(*petition));
    if (m_draftFromNextRecord && petition && petition->id == m_reply->petitionId()) {
        m_draftFromNextRecord = false;
        m_reply->showDraft(record.draft); // as the settled conflict left it
    }
}

void PetitionDetailView::showPetition(const std::optional<Petition> &petition)
{
    // The same petition again (a new context, the reference data came): with what its record brought.
    PetitionRecord record;
    if (petition && petition->id == m_id) {
        record = m_record;
    }
    record.petition = petition;
    show(record, Redraw::Always);
}

void PetitionDetailView::showRecord(const PetitionRecord &record)
{
    show(record, Redraw::WhenChanged);
}

void PetitionDetailView::show(const PetitionRecord &record, Redraw redraw)
{
    const std::optional<Petition> &petition = record.petition;
    const bool samePetition = petition && petition->id == m_id;
    if (redraw == Redraw::WhenChanged && samePetition && !m_loading && petition == m_petition) {
        // Only the cache's side may have moved (the draft's files, conflicts): the rest stays as it is.
        showRecordExtras(record);
        return;
    }
    m_loading = false;
    bindCache();
    if (!samePetition)
        m_draftFromNextRecord = false; // the settled conflict's petition is no longer shown
    const int scroll = m_content->verticalScrollBar()->value();
    m_petition = petition;
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    m_actions->showPetition(petition);
    showRecordExtras(record);
    if (!petition) {
        m_id = 0;
        m_heading->setText(tr("Select a petition to see it here."));
        m_subheading->clear();
        m_explanation->clear();
        m_explanation->hide();
        m_content->clear();
        m_timeline->setTimeline({});
        m_citizenFiles->showPetition(0, {}, false);
        m_citizenFiles->hide();
        m_citizenFilesLabel->hide();
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    const Petition &p = *petition;
    m_id = p.id;
    m_heading->setText(p.title);
    m_subheading->setText(QStringLiteral("%1 · %2").arg(p.code, displayLabel(p.kind)));

    QString submitter = p.submitter.name;
    if (!p.submitter.organisation.isEmpty())
        submitter += QStringLiteral(" (%1)").arg(p.submitter.organisation);
    QStringList contact;
    if (!p.submitter.phone.isEmpty())
        contact << masking::phone(p.submitter.phone);
    if (!p.submitter.email.isEmpty())
        contact << masking::email(p.submitter.email);
    if (!p.submitter.address.isEmpty())
        contact << masking::address(p.submitter.address);

    // The deadline as the service set it, with the days left; and how the policy counts it on our calendar.
    const DeadlineDisplay due =
        DeadlineDisplay::describe(p.state, p.dueDate, m_today, m_calendar, inbox::kDueSoonWorkingDays);
    const Deadline computed =
        m_reference.deadlinePolicy.computeDeadline(DeadlineStep::Handling, p.receivedAt, m_calendar);
    QString explanation = computed.explanation;
    if (computed.isValid() && p.dueDate.isValid() && computed.due != p.dueDate)
        explanation += QLatin1Char(' ') + tr("The deadline set by the service, %1, is the one that counts.")
                                              .arg(p.dueDate.toString(kDateFormat));

    addFact(tr("Status"), displayLabel(p.state));
    addFact(tr("Channel"), displayLabel(p.channel));
    addFact(tr("Received"), p.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    QLabel *deadline = addFact(tr("Deadline"), p.dueDate.isValid() ? due.text : tr("none"), due.toolTip);
    if (due.background.isValid()) {
        // The same tint as the list, hugging the text; the words say it too.
        deadline->setWordWrap(false);
        deadline->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
        deadline->setStyleSheet(
            QStringLiteral("QLabel { color: %1; background-color: %2; padding: 0px 4px; }")
                .arg(due.foreground.name(), due.background.name()));
    }
    addFact(tr("Submitter"), submitter);
    if (!contact.isEmpty())
        addFact(tr("Contact"), contact.join(QStringLiteral(" · ")));
    addFact(tr("Field"), fieldName(p.fieldId), p.fieldId);
    addFact(ProcedureLabel::label(), ProcedureLabel::text(p.adminProcedure));
    if (p.classification) {
        const bool conduct = p.classification->kind == ClassificationKind::Conduct;
        const bool own = p.classification->competence == Competence::Own;
        QString category = QString::number(p.category);
        for (const CategoryInfo &c : std::as_const(m_reference.categories)) {
            if (c.id == p.category)
                category = c.name;
        }
        addFact(tr("Classification"),
                QStringLiteral("%1 · %2 · %3")
                    .arg(conduct ? tr("officials' conduct") : tr("an administrative regulation"),
                         own ? tr("within our competence") : tr("another agency's competence"), category));
    }
    addFact(tr("Unit"), unitName(p.unitId), p.unitId);
    addFact(tr("Assignee"), p.assignee.isEmpty() ? tr("not assigned") : p.assignee);
    if (!p.rejectReason.isEmpty())
        addFact(tr("Not accepted because"), nameOf(m_reference.rejectReasons, p.rejectReason));
    const QString steps = stepDeadlines(p);
    const QString shown =
        explanation.isEmpty() ? QString() : tr("How the deadline is counted: %1").arg(explanation);
    m_explanation->setText(
        steps.isEmpty() ? shown : shown + QLatin1Char('\n') + tr("Each step:") + QLatin1Char('\n') + steps);
    m_explanation->setVisible(!m_explanation->text().isEmpty());
    m_content->setPlainText(p.content);
    if (samePetition)
        m_content->verticalScrollBar()->setValue(scroll);
    m_timeline->setTimeline(p.timeline);
    m_citizenFiles->showPetition(p.id, p.attachments, false);
    m_citizenFiles->setVisible(!p.attachments.isEmpty());
    m_citizenFilesLabel->setVisible(!p.attachments.isEmpty());
    // The reply is written in the Reply tab: its actions lead there rather than to a bare dialog.
    for (Command c : {Command::SaveReply, Command::SubmitReply}) {
        if (QPushButton *b = m_actions->button(c)) {
            disconnect(b, &QPushButton::clicked, nullptr, nullptr);
            connect(b, &QPushButton::clicked, this, [this] {
                m_tabs->setCurrentWidget(m_reply);
                m_reply->subjectEdit()->setFocus(Qt::OtherFocusReason);
            });
        }
    }
}

} // namespace pakn
