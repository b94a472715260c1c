#include "reportdocument.h"

#include "reports/reportexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace pakn::reportdocument {
namespace {

QString cell(const QString &text, const QString &attributes = QString())
{
    return QStringLiteral("<td %1>%2</td>").arg(attributes, text.toHtmlEscaped());
}

QString numberCell(qint64 value, bool bold)
{
    const QString n = QString::number(value);
    return QStringLiteral("<td align=\"right\">%1</td>").arg(bold ? QStringLiteral("<b>%1</b>").arg(n) : n);
}

} // namespace

QString html(const Report &report, const QDate &issuedOn)
{
    QString h = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 8pt;\">");
    // The two header blocks of an official document: the agency on the left, the national motto on the right.
    const QString agency = report.agency.isEmpty()
                               ? QCoreApplication::translate("ReportDocument", "PEOPLE'S COMMITTEE OF HANOI")
                               : report.agency;
    h += QStringLiteral("<table width=\"100%\"><tr><td width=\"40%\" align=\"center\"><b>%1</b><br/>———</td>"
                        "<td width=\"60%\" align=\"center\"><b>%2</b><br/><b>%3</b><br/>———</td></tr>"
                        "<tr><td></td><td align=\"center\"><i>%4</i></td></tr></table>")
             .arg(agency.toUpper().toHtmlEscaped(),
                  QCoreApplication::translate("ReportDocument", "SOCIALIST REPUBLIC OF VIET NAM")
                      .toHtmlEscaped(),
                  QCoreApplication::translate("ReportDocument", "Independence – Freedom – Happiness")
                      .toHtmlEscaped(),
                  QCoreApplication::translate("ReportDocument", "Hanoi, %1/%2/%3")
                      .arg(issuedOn.day(), 2, 10, QLatin1Char('0'))
                      .arg(issuedOn.month(), 2, 10, QLatin1Char('0'))
                      .arg(issuedOn.year())
                      .toHtmlEscaped());
    h += QStringLiteral("<h3 align=\"center\">%1</h3><p align=\"center\">%2<br/><i>%3</i></p>")
             .arg(reportexport::title().toHtmlEscaped(), report.period.title().toHtmlEscaped(),
                  QCoreApplication::translate("ReportDocument", "Overdue as of %1")
                      .arg(report.asOf.toString(QStringLiteral("dd/MM/yyyy")))
                      .toHtmlEscaped());

    // The table: a row of groups spanning their indicators, a row of indicators, then units and the total.
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    h += QStringLiteral("<tr>") +
         cell(QCoreApplication::translate("ReportDocument", "No."),
              QStringLiteral("rowspan=\"2\" align=\"center\"")) +
         cell(QCoreApplication::translate("ReportDocument", "Unit"),
              QStringLiteral("rowspan=\"2\" align=\"center\" width=\"14%\""));
    for (int i = 0; i < report.indicators.size();) {
        int span = 1;
        while (i + span < report.indicators.size() &&
               report.indicators.at(i + span).group == report.indicators.at(i).group)
            ++span;
        h += cell(report.indicators.at(i).group, QStringLiteral("colspan=\"%1\" align=\"center\"").arg(span));
        i += span;
    }
    h += QStringLiteral("</tr><tr>");
    for (const ReportIndicator &i : report.indicators)
        h += cell(i.label, QStringLiteral("align=\"center\""));
    h += QStringLiteral("</tr>");
    int number = 0;
    for (const ReportRow &row : report.units) {
        h += QStringLiteral("<tr>") + cell(QString::number(++number), QStringLiteral("align=\"center\"")) +
             cell(row.unitName);
        for (qint64 v : row.values)
            h += numberCell(v, false);
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("<tr><td></td><td><b>%1</b></td>").arg(report.total.unitName.toHtmlEscaped());
    for (qint64 v : report.total.values)
        h += numberCell(v, true);
    h += QStringLiteral("</tr></table>");

    h += QStringLiteral("<h4>%1</h4>").arg(reportexport::notesHeading().toHtmlEscaped());
    const QString notes = report.notes.trimmed().isEmpty()
                              ? QCoreApplication::translate("ReportDocument", "(none)")
                              : report.notes;
    h += QStringLiteral("<p>%1</p>")
             .arg(notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    h += QStringLiteral("</body></html>");
    return h;
}

void print(const Report &report, const QDate &issuedOn, QPagedPaintDevice *device)
{
    QTextDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    document.setDefaultFont(font);
    document.setHtml(html(report, issuedOn));
    document.print(device);
}

QString writePdf(const Report &report, const QDate &issuedOn, const QString &path)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return QCoreApplication::translate("ReportDocument", "Cannot write %1: the folder does not exist.")
            .arg(path);
    const QString temporary = path + QStringLiteral(".part");
    {
        QPdfWriter writer(temporary);
        writer.setTitle(reportexport::title());
        writer.setCreator(QStringLiteral("PAKN Desk"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(300);
        print(report, issuedOn, &writer);
    }
    QFileInfo written(temporary);
    if (!written.exists() || written.size() == 0) {
        QFile::remove(temporary);
        return QCoreApplication::translate("ReportDocument", "Cannot write %1.").arg(path);
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return QCoreApplication::translate("ReportDocument", "Cannot write %1.").arg(path);
    }
    return {};
}

} // namespace pakn::reportdocument
