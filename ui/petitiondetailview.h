#pragma once

#include "calendar/workingcalendar.h"
#include "domain/petition.h"
#include "domain/referencedata.h"
#include "domain/role.h"
#include "domain/workflow.h"
#include "store/conflicts.h"
#include "store/petitionrecord.h"

#include <QDate>
#include <QJsonObject>
#include <QWidget>
#include <memory>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QThread;

namespace pakn {

class AccountController;
class AttachmentList;
class AttachmentStore;
class CacheDatabase;
class CacheReader;
class ConflictModel;
class OutboxModel;
class OutboxPanel;
class PetitionActions;
class ReplyEditor;
class TimelineModel;
class TimelineView;

/// Shows one petition: heading, a banner when one of its commands is held in conflict, and three tabs —
/// Details (facts with unit, field and classification by name, masked contact data, each step's deadline with
/// how it was computed; the actions the user may take; its commands still in the outbox; the content and the
/// citizen's files), Timeline (every event, and the internal notes apart) and Reply (ReplyEditor).
///
/// Contract: the owner passes the petition, the user's context and an OutboxModel narrowed to the shown
/// petition; with `setAccount()` the pane also reads the account's cache and follows its signals: the
/// reference data on a reader thread of its own (when the cache is first used, and after each change; until
/// it comes the facts name units and fields by id; referenceDataLoaded() passes it on). The petition comes
/// with what the cache holds about it (PetitionRecord: reply draft, draft files, conflicts), read by the
/// owner on a reader thread: the pane reads none of it on the GUI thread, and asks for it again with
/// `recordOutdated` when the account's outbox changed (a conflict arose or was settled, an upload ended) or a
/// draft file was added or removed.
/// Requests (a command, retry, drop) leave through the signals; a conflict's resolution goes to
/// AccountController::resolveConflict. Showing the same petition again (after a sync) keeps the scroll
/// position and what is being typed in the reply editor.
class PetitionDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit PetitionDetailView(QWidget *parent = nullptr);
    ~PetitionDetailView() override;

    /// Who is looking, and on which calendar deadlines are counted.
    void setContext(const User &user, const QStringList &unitSubtree, const QDate &today,
                    const WorkingCalendar &calendar);
    void setOutboxModel(OutboxModel *model);
    /// The account whose cache the pane reads; its cache is picked up when a petition is shown.
    void setAccount(AccountController *account);
    /// Lets go of the account's cache (before signing out); the next shown petition takes it again.
    void releaseCache();
    /// Shows a petition with what the cache holds about it. The same petition again (after a sync) keeps the
    /// scroll position and what is typed; when only the draft files or the conflicts changed, only they are
    /// shown again.
    void showRecord(const PetitionRecord &record);
    /// Shows `petition` again with the draft files and conflicts of its last record (a new context, new
    /// reference data); another petition or none with nothing of the cache's.
    void showPetition(const std::optional<Petition> &petition);
    /// Another petition's record is on the way: says "Loading…" under the heading and disables the tabs
    /// (no action on the petition shown before) until the next showPetition().
    void showLoading();
    bool isLoading() const { return m_loading; }
    /// True while the reference data (names of units, fields, categories; the deadline and attachment
    /// policies) is read on its reader thread; until it comes the facts show ids.
    bool isReferenceLoading() const { return m_referencePending; }
    /// The reference data's reader and the thread the data shown was read on (for tests: never the GUI one).
    const CacheReader *referenceReader() const { return m_referenceReader; }
    const QThread *referenceQueryThread() const { return m_referenceThread; }
    qint64 petitionId() const { return m_id; }
    const std::optional<Petition> &petition() const { return m_petition; }
    /// The facts as shown, "label: value" per line (for tests and accessibility).
    QString factsText() const;
    /// How the deadline was computed (DeadlinePolicy), as shown under the facts.
    QString deadlineExplanation() const;
    PetitionActions *actions() const { return m_actions; }
    OutboxPanel *outboxPanel() const { return m_outbox; }
    ReplyEditor *replyEditor() const { return m_reply; }
    AttachmentList *citizenFiles() const { return m_citizenFiles; }
    TimelineModel *timelineModel() const { return m_timeline; }
    ConflictModel *conflictModel() const { return m_conflicts; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Opens the conflict dialog of the shown petition's first conflict; false when it has none.
    bool openConflict();
    /// Moves the keyboard focus into the pane (first action, or the content).
    void focusPane();

Q_SIGNALS:
    void commandRequested(qint64 petitionId, pakn::Command command, const QJsonObject &payload);
    void retryRequested(qint64 itemId);
    void dropRequested(qint64 itemId);
    /// The shown petition's record should be read again (and passed to showRecord()).
    void recordOutdated(qint64 petitionId);
    /// The account's reference data arrived from its reader (at first use of the cache, after each change).
    void referenceDataLoaded(const pakn::ReferenceData &reference);

private:
    QLabel *addFact(const QString &label, const QString &value, const QString &toolTip = QString());
    void bindCache();
    /// Reads the reference data on the reader's thread, then shows it (and the petition again with it).
    void reloadReference();
    void applyReference(const ReferenceData &reference);
    enum class Redraw { Always, WhenChanged };
    /// Shows the record; WhenChanged: only its cache's side when the petition is the one shown, unchanged.
    void show(const PetitionRecord &record, Redraw redraw);
    /// Conflicts, the reply's draft and its files from `record` (the petition shown is record.petition).
    void showRecordExtras(const PetitionRecord &record);
    void updateConflictBanner();
    QString unitName(const QString &id) const;
    QString fieldName(const QString &id) const;
    QString stepDeadlines(const Petition &p) const;
    bool mayEditReply(const Petition &p) const;

    QLabel *m_heading;
    QLabel *m_subheading;
    QWidget *m_conflictBanner;
    QLabel *m_conflictText;
    QTabWidget *m_tabs;
    QWidget *m_factsBox;
    QFormLayout *m_facts;
    QLabel *m_explanation;
    PetitionActions *m_actions;
    OutboxPanel *m_outbox;
    QTextBrowser *m_content;
    QLabel *m_citizenFilesLabel = nullptr;
    AttachmentList *m_citizenFiles;
    TimelineModel *m_timeline;
    TimelineView *m_timelineView;
    TimelineView *m_notesView;
    ReplyEditor *m_reply;
    ConflictModel *m_conflicts;
    AccountController *m_account = nullptr;
    std::shared_ptr<const CacheDatabase> m_cache;
    std::shared_ptr<const AttachmentStore> m_store;
    ReferenceData m_reference;
    CacheReader *m_referenceReader = nullptr;
    quint64 m_referenceGeneration = 0; ///< drops reference data older than the latest request
    bool m_referencePending = false;
    const QThread *m_referenceThread = nullptr;
    std::optional<Petition> m_petition;
    PetitionRecord m_record; ///< the cache's side of the shown petition (its `petition` left empty)
    bool m_draftFromNextRecord = false; ///< a conflict was settled: show the draft the next record brings
    qint64 m_id = 0;
    bool m_loading = false;
    User m_user;
    QStringList m_subtree;
    QDate m_today;
    WorkingCalendar m_calendar;
};

} // namespace pakn
