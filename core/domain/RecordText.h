#pragma once

#include "domain/CaseRecords.h"

#include <QCoreApplication>

namespace jiahu {

/// Sentences about records in the reader's language, made from the stored codes: what the
/// system recorded is never stored as text in the writer's language.
class RecordText {
    Q_DECLARE_TR_FUNCTIONS(RecordText)
public:
    /// Why a code changed: the user's reason, or for a change made by an assessment, what the
    /// assessment found (followed by the user's reason, if any).
    static QString riskEventReason(const RiskEvent& e);
};

} // namespace jiahu
