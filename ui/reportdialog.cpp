#include "reportdialog.h"

#include "reportdocument.h"
#include "reports/reportexport.h"
#include "store/cachedatabase.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pakn {
namespace {

const QString kCutOffKey = QStringLiteral("report/cutOffDay");

// Each export format: its file-name suffix and the file dialog's filter.
struct FormatRow
{
    ReportDialog::Format format;
    const char *suffix;
    const char *filter;
};
constexpr FormatRow kFormats[] = {
    {ReportDialog::Format::Pdf, "pdf", QT_TRANSLATE_NOOP("ReportDialog", "PDF documents (*.pdf)")},
    {ReportDialog::Format::Csv, "csv", QT_TRANSLATE_NOOP("ReportDialog", "CSV files (*.csv)")},
    {ReportDialog::Format::Xlsx, "xlsx", QT_TRANSLATE_NOOP("ReportDialog", "Excel workbooks (*.xlsx)")},
};

} // namespace

ReportDialog::ReportDialog(std::shared_ptr<const CacheDatabase> cache, const QString &agency,
                           const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
    , m_today(today)
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_index(new QSpinBox(this))
    , m_cutOff(new QSpinBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_agency(new QLineEdit(agency, this))
    , m_notes(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Periodic report"));
    resize(1300, 860);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Quarter"), int(ReportPeriodKind::Quarter));
    m_kind->addItem(tr("Half-year"), int(ReportPeriodKind::HalfYear));
    m_kind->addItem(tr("Year"), int(ReportPeriodKind::Year));
    m_kind->addItem(tr("Date range"), int(ReportPeriodKind::Custom));
    m_year->setRange(2000, 9999);
    m_index->setRange(1, 4);
    m_cutOff->setRange(1, 28);
    m_cutOff->setValue(QSettings().value(kCutOffKey, ReportPeriod::kDefaultCutOffDay).toInt());
    m_cutOff->setToolTip(
        tr("A period runs from this day of the previous period's last month to the day before "
           "it in its own last month (1: calendar periods)"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
    }
    m_notes->setObjectName(QStringLiteral("reportNotes"));
    m_notes->setPlaceholderText(
        tr("Difficulties, causes and proposals — included in the report as written."));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_status->setObjectName(QStringLiteral("reportStatus"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), m_kind);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Number:"), m_index);
    form->addRow(tr("&Cut-off day:"), m_cutOff);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Agency:"), m_agency);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    auto *notesLabel = new QLabel(reportexport::notesHeading() + QLatin1Char(':'), this);
    notesLabel->setBuddy(m_notes);
    leftLayout->addWidget(notesLabel);
    leftLayout->addWidget(m_notes, 1);
    leftLayout->addWidget(m_status);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    auto *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    auto *xlsx = buttons->addButton(tr("Export &XLSX…"), QDialogButtonBox::ActionRole);
    auto *printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Pdf); });
    connect(csv, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Csv); });
    connect(xlsx, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Xlsx); });
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    setPeriod(ReportPeriod::containing(ReportPeriodKind::Quarter, today, m_cutOff->value()));
    for (QSpinBox *spin : {m_year, m_index, m_cutOff})
        connect(spin, &QSpinBox::valueChanged, this, &ReportDialog::recompute);
    connect(m_cutOff, &QSpinBox::valueChanged, this, [](int day) { QSettings().setValue(kCutOffKey, day); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::recompute);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ReportDialog::recompute);
    connect(m_agency, &QLineEdit::editingFinished, this, &ReportDialog::recompute);
    recompute();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setPeriod(const ReportPeriod &period)
{
    {
        const QSignalBlocker a(m_kind), b(m_year), c(m_index), d(m_from), e(m_to);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(period.kind))));
        m_year->setValue(period.year);
        m_index->setValue(std::max(1, period.index));
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
    recompute();
}

void ReportDialog::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

ReportPeriod ReportDialog::chosenPeriod() const
{
    const auto kind = ReportPeriodKind(m_kind->currentData().toInt());
    if (kind == ReportPeriodKind::Custom)
        return ReportPeriod::custom(m_from->date(), m_to->date());
    return ReportPeriod::of(kind, m_year->value(), m_index->value(), m_cutOff->value());
}

void ReportDialog::recompute()
{
    const auto kind = ReportPeriodKind(m_kind->currentData().toInt());
    m_index->setEnabled(kind == ReportPeriodKind::Quarter || kind == ReportPeriodKind::HalfYear);
    m_index->setMaximum(kind == ReportPeriodKind::HalfYear ? 2 : 4);
    m_year->setEnabled(kind != ReportPeriodKind::Custom);
    m_cutOff->setEnabled(kind != ReportPeriodKind::Custom);
    m_from->setEnabled(kind == ReportPeriodKind::Custom);
    m_to->setEnabled(kind == ReportPeriodKind::Custom);
    const ReportPeriod period = chosenPeriod();
    if (!period.isValid()) {
        m_status->setText(tr("Choose a valid period: the start must not be after the end."));
        return;
    }
    if (kind != ReportPeriodKind::Custom) {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
    if (!m_cache)
        return;
    m_status->setText(tr("Computing…"));
    m_watcher = std::make_unique<QFutureWatcher<Report>>();
    QFutureWatcher<Report> *watcher = m_watcher.get();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher.get())
            return;
        m_report = watcher->result();
        m_report.agency = m_agency->text();
        m_preview->setHtml(reportdocument::html(report(), m_today));
        m_status->setText(tr("%n unit(s).", nullptr, int(m_report.units.size())));
        Q_EMIT computed();
    });
    const std::shared_ptr<const CacheDatabase> cache = m_cache;
    const QDate today = m_today;
    watcher->setFuture(QtConcurrent::run([cache, period, today] {
        Report r = ReportBuilder(cache->connection()).build(period, {}, today);
        cache->releaseThreadConnection();
        return r;
    }));
}

Report ReportDialog::report() const
{
    Report r = m_report;
    r.agency = m_agency->text();
    r.notes = m_notes->toPlainText();
    return r;
}

QString ReportDialog::exportTo(Format format, const QString &path) const
{
    switch (format) {
    case Format::Pdf:
        return reportdocument::writePdf(report(), m_today, path);
    case Format::Csv:
        return reportexport::writeCsv(report(), path);
    case Format::Xlsx:
        return reportexport::writeXlsx(report(), path);
    }
    return {};
}

void ReportDialog::exportWithDialog(Format format)
{
    const FormatRow *row = nullptr;
    for (const FormatRow &r : kFormats) {
        if (r.format == format)
            row = &r;
    }
    if (!row)
        return;
    const QString suggested =
        QStringLiteral("bao-cao-pakn-%1.%2")
            .arg(m_report.period.from.toString(QStringLiteral("yyyyMMdd")), QLatin1String(row->suffix));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), suggested,
                                                QCoreApplication::translate("ReportDialog", row->filter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + QLatin1String(row->suffix), Qt::CaseInsensitive))
        path += QLatin1Char('.') + QLatin1String(row->suffix);
    const QString error = exportTo(format, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("The report was not exported"), error);
    else
        m_status->setText(tr("Exported to %1").arg(path));
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reportdocument::print(report(), m_today, &printer);
}

} // namespace pakn
