#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace pakn::bench {

/// The proxy way of doing the list's search (docs/performance.md, "Workspace"): a QSortFilterProxyModel
/// that keeps the rows whose folded text contains every search term as a word prefix — what PetitionQuery's
/// full-text search finds (searchquery.h: terms folded, diacritics and đ/Đ removed, each term a prefix of a
/// word of the code, title, content or submitter).
///
/// Contract: the source model carries, in `foldedRole` of its column 0, the folded text of each row's code,
/// title, content and submitter (name and organisation), folded once with textfold when the model is built,
/// one field per line, as PetitionStore indexes them; the proxy reads it through the source's data(). It does
/// not sort: rows keep the source's order (the benchmark's source is newest first). `setSearch()` folds and
/// splits the text with search::terms, as the product does, and filters again.
class SearchProxyModel : public QSortFilterProxyModel
{
public:
    SearchProxyModel(int foldedRole, QObject *parent = nullptr);

    void setSearch(const QString &typed);
    const QStringList &terms() const { return m_terms; }
    /// Whether every term starts a word of `folded` (a word: letters and digits, as search::terms splits).
    static bool containsWordPrefixes(QStringView folded, const QStringList &terms);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_foldedRole;
    QStringList m_terms;
};

} // namespace pakn::bench
