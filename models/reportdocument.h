#pragma once

#include "reports/report.h"

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace pakn {

/// The periodic report as a printable document, laid out as an official report (Decree 30/2020 on công tác
/// văn thư): the agency's name and the national motto side by side, place and date, the title and period, the
/// indicators table per unit with the total, and the free-text section of difficulties and proposals.
///
/// Contract: needs a QGuiApplication (fonts); GUI thread or any thread with its own QTextDocument. Text is
/// set in DejaVu Sans (fonts-dejavu-core: full Vietnamese coverage), landscape A4; the PDF embeds the fonts
/// (QPdfWriter embeds a subset of every font used), so pdftotext reads back the Vietnamese text and figures.
namespace reportdocument {

/// The report as HTML for QTextDocument (also the preview's content).
QString html(const Report &report, const QDate &issuedOn);
/// Lays `html(report)` out for `device` (a QPdfWriter or a QPrinter) and paints every page.
void print(const Report &report, const QDate &issuedOn, QPagedPaintDevice *device);
/// Writes a PDF to `path`; returns an error message, empty on success.
QString writePdf(const Report &report, const QDate &issuedOn, const QString &path);

} // namespace reportdocument
} // namespace pakn
