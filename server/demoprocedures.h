#pragma once

#include "domain/petition.h"

namespace pakn::server::demo {

/// The related administrative procedure or regulation text of a demo petition, drawn from a table per field
/// (lĩnh vực) by a hash of the petition's own seed, so that the other generated values do not change: about
/// seven in ten petitions name a procedure (its code and name), one in six a regulation text (number and
/// title, no code), the rest neither. DEMO DATA: the codes are invented in the format of the national
/// database of administrative procedures ("1.009972"), the regulation numbers in the format of the city's
/// documents; neither refers to a real record.
AdminProcedure adminProcedureFor(const char *fieldId, quint32 textSeed, quint32 seed);

} // namespace pakn::server::demo
