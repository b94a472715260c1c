#include "reportexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <xlsxwriter.h>

namespace pakn::reportexport {
namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QStringList rowFields(const ReportRow &row)
{
    QStringList fields{row.unitName};
    for (qint64 v : row.values)
        fields << QString::number(v);
    return fields;
}

} // namespace

QString title()
{
    return QCoreApplication::translate("Report", "REPORT ON RECEIVING AND HANDLING FEEDBACK AND PETITIONS");
}

QString notesHeading()
{
    return QCoreApplication::translate("Report", "Difficulties, causes and proposals");
}

QByteArray csv(const Report &report)
{
    QString text;
    text += csvLine({report.agency});
    text += csvLine({title()});
    text += csvLine({report.period.title()});
    QStringList groups{QCoreApplication::translate("Report", "Unit")};
    QStringList labels{QString()};
    for (const ReportIndicator &i : report.indicators) {
        groups << i.group;
        labels << i.label;
    }
    text += csvLine(groups);
    text += csvLine(labels);
    for (const ReportRow &row : report.units)
        text += csvLine(rowFields(row));
    text += csvLine(rowFields(report.total));
    text += csvLine({});
    text += csvLine({notesHeading()});
    text += csvLine({report.notes});
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString writeCsv(const Report &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("Report", "Cannot write %1: %2").arg(path, file.errorString());
    file.write(csv(report));
    if (!file.commit())
        return QCoreApplication::translate("Report", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString writeXlsx(const Report &report, const QString &path)
{
    // libxlsxwriter writes the file itself; write beside it and rename, so a failure leaves no partial file.
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    lxw_workbook *book = workbook_new(QFile::encodeName(temporary).constData());
    if (!book)
        return QCoreApplication::translate("Report", "Cannot write %1.").arg(path);
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *heading = workbook_add_format(book);
    format_set_bold(heading);
    format_set_align(heading, LXW_ALIGN_CENTER);
    format_set_text_wrap(heading);
    format_set_border(heading, LXW_BORDER_THIN);
    lxw_format *cell = workbook_add_format(book);
    format_set_border(cell, LXW_BORDER_THIN);
    lxw_format *totalCell = workbook_add_format(book);
    format_set_border(totalCell, LXW_BORDER_THIN);
    format_set_bold(totalCell);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    auto text = [&](lxw_row_t r, lxw_col_t c, const QString &s, lxw_format *f) {
        worksheet_write_string(sheet, r, c, s.toUtf8().constData(), f);
    };
    text(0, 0, report.agency, bold);
    text(1, 0, title(), bold);
    text(2, 0, report.period.title(), nullptr);

    const lxw_row_t groupRow = 3, labelRow = 4;
    text(groupRow, 0, QCoreApplication::translate("Report", "Unit"), heading);
    text(labelRow, 0, QString(), heading);
    worksheet_set_column(sheet, 0, 0, 36, nullptr);
    worksheet_set_column(sheet, 1, lxw_col_t(report.indicators.size()), 12, nullptr);
    worksheet_set_row(sheet, labelRow, 45, nullptr);
    // Merge each group's heading over its columns (a merged range needs at least two cells).
    int start = 0;
    for (int i = 0; i <= report.indicators.size(); ++i) {
        if (i < report.indicators.size() &&
            report.indicators.at(i).group == report.indicators.at(start).group)
            continue;
        const QByteArray group = report.indicators.at(start).group.toUtf8();
        if (i - start > 1)
            worksheet_merge_range(sheet, groupRow, lxw_col_t(start + 1), groupRow, lxw_col_t(i),
                                  group.constData(), heading);
        else
            worksheet_write_string(sheet, groupRow, lxw_col_t(start + 1), group.constData(), heading);
        start = i;
    }
    for (int i = 0; i < report.indicators.size(); ++i)
        text(labelRow, lxw_col_t(i + 1), report.indicators.at(i).label, heading);

    lxw_row_t r = labelRow + 1;
    auto writeRow = [&](const ReportRow &row, lxw_format *f) {
        text(r, 0, row.unitName, f);
        for (int c = 0; c < row.values.size(); ++c)
            worksheet_write_number(sheet, r, lxw_col_t(c + 1), double(row.values.at(c)), f);
        ++r;
    };
    for (const ReportRow &row : report.units)
        writeRow(row, cell);
    writeRow(report.total, totalCell);
    ++r;
    text(r++, 0, notesHeading(), bold);
    text(r, 0, report.notes, wrap);

    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return QCoreApplication::translate("Report", "Cannot write %1: %2")
            .arg(path, QString::fromUtf8(lxw_strerror(error)));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return QCoreApplication::translate("Report", "Cannot write %1.").arg(path);
    }
    return {};
}

} // namespace pakn::reportexport
