// Fuzz target "search": the search-query builder on anything typed or pasted into the search box, and the
// highlighter on any record text. The input is "query\0text" (UTF-8).
//
// Contract checked (core/store/searchquery.h): at most kMaxTerms distinct terms of 1..kMaxTermLength
// letters and digits; the FTS5 expression is never a syntax error and never uses an FTS operator — it is run
// against a real FTS5 table made like the cache's; matches and snippet spans lie inside their text, in order,
// without overlap.
#include "fuzztargets.h"
#include "store/searchquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace pakn::fuzz {
namespace {

QSqlDatabase &ftsDatabase()
{
    static QSqlDatabase db = [] {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-search"));
        d.setDatabaseName(QStringLiteral(":memory:"));
        PAKN_FUZZ_CHECK(d.open());
        QSqlQuery q(d);
        PAKN_FUZZ_CHECK(q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, content,"
                                              " tokenize = 'unicode61 remove_diacritics 2')")));
        PAKN_FUZZ_CHECK(
            q.exec(QStringLiteral("INSERT INTO t VALUES ('phan anh kien nghi', 'duong dien bien phu')")));
        return d;
    }();
    return db;
}

void checkSpans(const QList<search::Span> &spans, qsizetype textSize)
{
    qsizetype end = 0;
    for (const search::Span &s : spans) {
        PAKN_FUZZ_CHECK(s.length > 0 && s.start >= end && s.start + s.length <= textSize);
        end = s.start + s.length;
    }
}

} // namespace

int search(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QString query = QString::fromUtf8(split < 0 ? input : input.left(split));
    const QString text = split < 0 ? query : QString::fromUtf8(input.mid(split + 1));

    const QStringList terms = search::terms(query);
    PAKN_FUZZ_CHECK(terms.size() <= search::kMaxTerms);
    for (const QString &t : terms) {
        PAKN_FUZZ_CHECK(!t.isEmpty() && t.size() <= search::kMaxTermLength);
        PAKN_FUZZ_CHECK(terms.count(t) == 1);
        for (const QChar c : t)
            PAKN_FUZZ_CHECK(c.isLetterOrNumber());
    }

    const QString expression = search::ftsExpression(terms);
    PAKN_FUZZ_CHECK(expression.isEmpty() == terms.isEmpty());
    if (!expression.isEmpty()) {
        QSqlQuery q(ftsDatabase());
        q.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"));
        q.addBindValue(expression);
        if (!q.exec()) {
            std::fprintf(stderr, "FTS5 refused %s: %s\n", expression.toUtf8().constData(),
                         q.lastError().text().toUtf8().constData());
            PAKN_FUZZ_CHECK(false);
        }
    }

    checkSpans(search::matches(text, terms), text.size());
    const search::Snippet snippet = search::snippet(text, terms);
    checkSpans(snippet.spans, snippet.text.size());
    return 0;
}

} // namespace pakn::fuzz
