#include "procedurelabel.h"

namespace pakn {

QString ProcedureLabel::label()
{
    return tr("Procedure or regulation");
}

QString ProcedureLabel::text(const AdminProcedure &procedure)
{
    if (procedure.isEmpty())
        return tr("not stated");
    return placeholderText(procedure);
}

QString ProcedureLabel::placeholderText(const AdminProcedure &procedure)
{
    if (procedure.isEmpty())
        return {};
    if (procedure.isRegulation())
        return procedure.name;
    return tr("%1 (procedure code %2)").arg(procedure.name, procedure.code);
}

} // namespace pakn
