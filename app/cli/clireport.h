#pragma once

#include <QString>

namespace pakn {
class CacheDatabase;
}

namespace pakn::cli {

/// What `pakn-cli report` was asked for.
struct ReportRequest
{
    QString period;     ///< "q2-2025", "h1-2025", "2025" or "2025-01-01..2025-03-31"; empty: this quarter
    int cutOffDay = 15; ///< see ReportPeriod
    QString format;     ///< "pdf", "csv" or "xlsx"; empty: the file's suffix
    QString out;        ///< the file to write; empty: the totals on standard output
    QString agency;     ///< the header's agency
    QString notesFile;  ///< the difficulties and proposals, UTF-8 text; empty: none
};

/// `pakn-cli report`: the periodic report of the cache, written as PDF, CSV or XLSX (the same files
/// pakn-desk's report dialog writes), or its totals on standard output. Returns an ExitCode.
int report(const CacheDatabase &cache, const ReportRequest &request);

} // namespace pakn::cli
