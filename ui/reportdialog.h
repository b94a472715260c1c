#pragma once

#include "reports/report.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTextBrowser;

namespace pakn {

class CacheDatabase;

/// The periodic report (domain.md §5): choose a quarter, half-year or year with its cut-off day (remembered;
/// default 15) or any date range, see the indicators per unit in a preview, write the difficulties and
/// proposals, then export to PDF, CSV or XLSX or print through the system dialog.
///
/// Contract: the figures are computed off the GUI thread (ReportBuilder on the global pool with that thread's
/// connection); the preview shows "Computing…" meanwhile and export waits for nothing — it writes the report
/// last shown, with the notes as they are now. Export errors are shown, and never leave a partial file.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Pdf, Csv, Xlsx };

    ReportDialog(std::shared_ptr<const CacheDatabase> cache, const QString &agency, const QDate &today,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setPeriod(const ReportPeriod &period);
    void setNotes(const QString &notes);
    /// The report shown, with the notes typed so far.
    Report report() const;
    /// Writes the shown report; returns an error message, empty on success.
    QString exportTo(Format format, const QString &path) const;
    QTextBrowser *preview() const { return m_preview; }

Q_SIGNALS:
    void computed();

private:
    void recompute();
    ReportPeriod chosenPeriod() const;
    void exportWithDialog(Format format);
    void print();

    std::shared_ptr<const CacheDatabase> m_cache;
    QDate m_today;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QSpinBox *m_index;
    QSpinBox *m_cutOff;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_agency;
    QPlainTextEdit *m_notes;
    QTextBrowser *m_preview;
    QLabel *m_status;
    Report m_report;
    std::unique_ptr<QFutureWatcher<Report>> m_watcher;
};

} // namespace pakn
