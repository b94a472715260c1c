#pragma once

#include "domain/petition.h"

#include <QDate>
#include <QString>

namespace pakn::server::demo {

/// What the text of one demo petition depends on (all drawn before, in DemoData's skeleton).
struct TextInput
{
    quint32 seed = 0;     ///< the data set's seed
    quint32 textSeed = 0; ///< this petition's own seed
    int field = 0;        ///< index into phrases().fields
    int category = 6;
    PetitionKind kind = PetitionKind::Feedback;
    SubmitterType submitterType = SubmitterType::Individual;
    QString handlingUnit;
    QDate receivedDay; ///< in Hà Nội
    int emailPercent = 0;
    int phonePercent = 0;
    int addressPercent = 0;
};

/// Composes the title, the content and the submitter of a demo petition from the phrase tables: an
/// opening (who and where), one or two issues of the petition's field and category, a remark, the request
/// or proposal, and a closing. Deterministic in `input`; the clock is never read.
void composeText(const TextInput &input, Petition *petition);

} // namespace pakn::server::demo
