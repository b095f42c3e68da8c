#pragma once

#include "TextOutput.h"

#include "domain/CaseRecords.h"

#include <optional>

namespace jiahu::cli {

// The text output of case records: translated names for coded values (--json keeps the ids),
// one row per record, fields separated by tabs when printed.
QString codeName(const std::optional<RiskCode>& code);
TextRow familyRow(const Family& f);
TextRow riskEventRow(const RiskEvent& e);
/// The referral's row, then its guidance hours and history as indented lines.
QList<TextRow> referralRows(const Referral& r);
/// The plan's line, then one row per action.
QList<TextRow> planRows(const Plan& p);
QList<TextRow> familyFileRows(const FamilyFile& file);

} // namespace jiahu::cli
