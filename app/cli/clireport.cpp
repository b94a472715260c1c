#include "clireport.h"

#include "clicommands.h"
#include "reportdocument.h"
#include "reports/reportexport.h"
#include "store/cachedatabase.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace pakn::cli {
namespace {

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "pakn-cli: %s\n", qPrintable(message));
    return code;
}

} // namespace

int report(const CacheDatabase &cache, const ReportRequest &request)
{
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    QString error;
    const ReportPeriod period =
        request.period.isEmpty()
            ? ReportPeriod::containing(ReportPeriodKind::Quarter, today, request.cutOffDay)
            : ReportPeriod::parse(request.period, request.cutOffDay, &error);
    if (!period.isValid())
        return fail(Usage, error.isEmpty() ? QStringLiteral("the cut-off day must be 1–28") : error);
    const QString format =
        (request.format.isEmpty() ? QFileInfo(request.out).suffix() : request.format).toLower();
    if (!request.out.isEmpty() && format != QLatin1String("pdf") && format != QLatin1String("csv") &&
        format != QLatin1String("xlsx"))
        return fail(Usage, QStringLiteral("--format must be pdf, csv or xlsx"));

    ReportBuilder builder(cache.connection());
    Report r = builder.build(period, {}, today);
    if (!builder.lastError().isEmpty())
        return fail(Failed, builder.lastError());
    r.agency = request.agency;
    if (!request.notesFile.isEmpty()) {
        QFile notes(request.notesFile);
        if (!notes.open(QIODevice::ReadOnly))
            return fail(Usage,
                        QStringLiteral("cannot read %1: %2").arg(request.notesFile, notes.errorString()));
        r.notes = QString::fromUtf8(notes.readAll());
    }

    if (request.out.isEmpty()) {
        std::fprintf(stdout, "%s\n", qPrintable(period.title()));
        for (int i = 0; i < r.indicators.size(); ++i)
            std::fprintf(stdout, "%s\t%lld\n", qPrintable(r.indicators.at(i).id),
                         static_cast<long long>(r.total.values.at(i)));
        return Ok;
    }
    if (format == QLatin1String("pdf"))
        error = reportdocument::writePdf(r, today, request.out);
    else if (format == QLatin1String("csv"))
        error = reportexport::writeCsv(r, request.out);
    else
        error = reportexport::writeXlsx(r, request.out);
    if (!error.isEmpty())
        return fail(Failed, error);
    std::fprintf(stdout, "report written to %s\n", qPrintable(request.out));
    return Ok;
}

} // namespace pakn::cli
