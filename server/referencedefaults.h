#pragma once

#include "domain/referencedata.h"

namespace pakn::server {

/// The reference data a new pakn-server database starts with (docs/api.md §Reference data): the demo unit
/// tree, the fields of the demo data, decree 20's kinds and categories, the channels, reasons for not
/// accepting, reply templates, the attachment policy, core's default deadline policy, and the published
/// calendar decisions of 2024 and 2025. Pure function of the build.
ReferenceData defaultReferenceData();

/// The calendar decisions of defaultReferenceData(); the demo deadlines are computed with them.
CalendarOverrides demoCalendarOverrides();

} // namespace pakn::server
