#include "searchproxymodel.h"

#include "store/searchquery.h"

namespace pakn::bench {

SearchProxyModel::SearchProxyModel(int foldedRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_foldedRole(foldedRole)
{}

void SearchProxyModel::setSearch(const QString &typed)
{
    m_terms = search::terms(typed);
    invalidateFilter();
}

bool SearchProxyModel::containsWordPrefixes(QStringView folded, const QStringList &terms)
{
    for (const QString &term : terms) {
        bool found = false;
        for (qsizetype at = folded.indexOf(term); at >= 0 && !found; at = folded.indexOf(term, at + 1))
            found = at == 0 || !folded.at(at - 1).isLetterOrNumber();
        if (!found)
            return false;
    }
    return true;
}

bool SearchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString folded = sourceModel()->index(sourceRow, 0, sourceParent).data(m_foldedRole).toString();
    return containsWordPrefixes(folded, m_terms);
}

} // namespace pakn::bench
