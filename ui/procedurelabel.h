#pragma once

#include "domain/petition.h"

#include <QCoreApplication>
#include <QString>

namespace pakn {

/// How a petition's related procedure or regulation (AdminProcedure) reads for the officer: in the detail
/// pane's facts and in the reply templates' `{procedure}` placeholder.
class ProcedureLabel
{
    Q_DECLARE_TR_FUNCTIONS(pakn::ProcedureLabel)
public:
    /// The facts' label of the row.
    static QString label();
    /// "name (procedure code 1.009972)", a regulation's number and title as they are, or "not stated".
    static QString text(const AdminProcedure &procedure);
    /// The same, empty when the petition names none (for a template, where "not stated" would read oddly).
    static QString placeholderText(const AdminProcedure &procedure);
};

} // namespace pakn
