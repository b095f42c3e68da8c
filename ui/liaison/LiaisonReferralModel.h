#pragma once

#include "models/PagedTableModel.h"

#include "domain/CaseRecords.h"

#include <optional>

namespace jiahu {

/// The referrals sent to the liaison's agency, newest first (core limits a liaison to their
/// agency and never shows drafts): when, what is asked, why (one line), where it stands and the
/// guidance hours required. Nothing of the family file is shown.
class LiaisonReferralModel : public PagedTableModel<Referral> {
    Q_OBJECT
public:
    enum Column { Created, Request, Reason, Status, Hours, ColumnCount };

    explicit LiaisonReferralModel(Workspace& workspace, QObject* parent = nullptr);

    /// Only referrals with this status (nullopt: all); reloads.
    void setStatusFilter(std::optional<ReferralStatus> status);
    std::optional<ReferralStatus> statusFilter() const { return m_status; }
    /// The row of the referral `id`, or -1.
    int rowOf(const QString& id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::optional<ReferralStatus> m_status;
};

} // namespace jiahu
