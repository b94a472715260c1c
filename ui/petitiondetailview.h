#pragma once

#include "calendar/workingcalendar.h"
#include "domain/petition.h"
#include "domain/role.h"
#include "domain/workflow.h"

#include <QDate>
#include <QJsonObject>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QTextBrowser;

namespace pakn {

class OutboxModel;
class OutboxPanel;
class PetitionActions;

/// Shows one petition: heading, facts (state, channel, dates, deadline with the days left and how it was
/// computed, submitter with masked contact data, field, unit, assignee), the actions the user may take, the
/// actions of this petition still waiting in the outbox, and the content.
///
/// Contract: holds no data source of its own — the owner passes the petition, the user's context and an
/// OutboxModel already narrowed to the shown petition; requests (a command, retry, drop) leave through the
/// signals. Showing the same petition again (after a sync) keeps the scroll position of the content.
class PetitionDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit PetitionDetailView(QWidget *parent = nullptr);

    /// Who is looking, and on which calendar deadlines are counted.
    void setContext(const User &user, const QStringList &unitSubtree, const QDate &today,
                    const WorkingCalendar &calendar);
    void setOutboxModel(OutboxModel *model);
    void showPetition(const std::optional<Petition> &petition);
    qint64 petitionId() const { return m_id; }
    const std::optional<Petition> &petition() const { return m_petition; }
    /// The facts as shown, "label: value" per line (for tests and accessibility).
    QString factsText() const;
    /// How the deadline was computed (DeadlinePolicy), as shown under the facts.
    QString deadlineExplanation() const;
    PetitionActions *actions() const { return m_actions; }
    OutboxPanel *outboxPanel() const { return m_outbox; }
    /// Moves the keyboard focus into the pane (first action, or the content).
    void focusPane();

Q_SIGNALS:
    void commandRequested(qint64 petitionId, pakn::Command command, const QJsonObject &payload);
    void retryRequested(qint64 itemId);
    void dropRequested(qint64 itemId);

private:
    QLabel *addFact(const QString &label, const QString &value, const QString &toolTip = QString());

    QLabel *m_heading;
    QLabel *m_subheading;
    QWidget *m_factsBox;
    QFormLayout *m_facts;
    QLabel *m_explanation;
    PetitionActions *m_actions;
    OutboxPanel *m_outbox;
    QTextBrowser *m_content;
    std::optional<Petition> m_petition;
    qint64 m_id = 0;
    QDate m_today;
    WorkingCalendar m_calendar;
};

} // namespace pakn
