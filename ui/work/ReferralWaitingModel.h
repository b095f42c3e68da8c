#pragma once

#include "models/PreviewTableModel.h"

#include "services/ReferralService.h"

namespace jiahu {

/// A referral sent and not yet answered, with its family (for the file number and code).
struct WaitingReferral {
    Referral referral;
    Family family; ///< empty for a reader who sees referrals but not files (a legal liaison)
};

/// Referrals sent to an agency and waiting for its response, newest first (the referral
/// query of the core with the status "sent").
class ReferralWaitingModel : public PreviewTableModel<WaitingReferral> {
    Q_OBJECT
public:
    enum Column { Code, FileNumber, Agency, Request, Since, ColumnCount };

    explicit ReferralWaitingModel(Workspace& workspace, QObject* parent = nullptr);
    /// Asks for the rows (the first time; after that, reload() and refresh()).
    void start();

    QString familyIdAt(int row) const { return rowAt(row).referral.familyId; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace jiahu
