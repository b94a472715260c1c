#pragma once

#include "domain/petition.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QTextBrowser;

namespace pakn {

/// Shows one petition: heading, facts (state, channel, dates, submitter with masked contact data, unit,
/// assignee) and the content. Read-only; holds no data source of its own — the owner passes the petition.
class PetitionDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit PetitionDetailView(QWidget *parent = nullptr);

    void showPetition(const std::optional<Petition> &petition);
    qint64 petitionId() const { return m_id; }
    /// The facts as shown, "label: value" per line (for tests and accessibility).
    QString factsText() const;

private:
    void addFact(const QString &label, const QString &value);

    QLabel *m_heading;
    QLabel *m_subheading;
    QWidget *m_factsBox;
    QFormLayout *m_facts;
    QTextBrowser *m_content;
    qint64 m_id = 0;
};

} // namespace pakn
