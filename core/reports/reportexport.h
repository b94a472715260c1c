#pragma once

#include "report.h"

#include <QByteArray>
#include <QString>

namespace pakn::reportexport {

/// The report's title line, translated ("REPORT ON RECEIVING AND HANDLING PETITIONS").
QString title();
/// "Difficulties, causes and proposals", translated: the heading of the free-text section.
QString notesHeading();

/// The report as CSV: UTF-8 with a byte-order mark (so Excel reads Vietnamese correctly), CRLF line ends, RFC
/// 4180 quoting. Rows: agency, title, period; the two header rows (indicator group, indicator); one row per
/// unit and the total; then the notes.
QByteArray csv(const Report &report);

/// Writes `csv(report)` to `path`; returns an error message, empty on success. Never leaves a partial file.
QString writeCsv(const Report &report, const QString &path);

/// Writes the report as an XLSX workbook (libxlsxwriter): the same layout as the CSV, figures as numbers,
/// headings bold, the groups merged over their columns. Returns an error message, empty on success.
QString writeXlsx(const Report &report, const QString &path);

} // namespace pakn::reportexport
