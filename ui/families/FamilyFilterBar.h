#pragma once

#include "services/FamilyService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace jiahu {

class Workspace;

/// The family list's filters: code chips (the risk colours with their words), town, community,
/// category, caseworker (supervisors), status, overdue only, mine only. Emits the query they
/// make whenever one changes.
class FamilyFilterBar : public QWidget {
    Q_OBJECT
public:
    FamilyFilterBar(Workspace& workspace, QWidget* parent = nullptr);

    /// The filters as a query (sort, cursor and limit left at their defaults).
    FamilyQuery query() const;
    /// Shows only families of `codes` (the chips follow).
    void setCodes(const QList<RiskCode>& codes);
    void setOverdueOnly(bool on);
    void setMineOnly(bool on);
    /// Clears every filter.
    void reset();

Q_SIGNALS:
    void changed();

private:
    QToolButton* codeChip(std::optional<RiskCode> code);
    void loadChoices(Workspace& workspace);

    QList<QToolButton*> m_codeChips; ///< red, orange, yellow, blue, then not coded
    QComboBox* m_town = nullptr;
    QLineEdit* m_community = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_caseworker = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_mine = nullptr;
    bool m_quiet = false;
};

} // namespace jiahu
