#pragma once

#include "familyfile/FilePage.h"
#include "familyfile/RiskFileState.h"

class QComboBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;
class QVBoxLayout;

namespace jiahu {

class RiskChip;
class RiskHistoryModel;

/// 风险赋码: the family's code and its history; "change the code" (a first code or a raise takes
/// effect at once, a downgrade is proposed to another supervisor and needs a reassessment first,
/// which the page says before anyone types); supervisors approve or decline what waits for them.
class RiskPage : public FilePage {
    Q_OBJECT
public:
    RiskPage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::Risk; }
    QString title() const override;
    void showFile(const FamilyFile& file) override;

    bool hasUnsavedEdits() const override;
    void discardEdits() override;
    QVariant draft() const override;
    void restoreDraft(const QVariant& draft) override;

    const RiskFileState& state() const { return m_state; }
    RiskHistoryModel* historyModel() const { return m_history; }

private:
    void updateForm();
    void rebuildWaiting();
    void propose();
    void decide(const RiskEvent& event, bool approve);
    std::optional<RiskCode> chosenCode() const;
    bool writable() const;

    FamilyFile m_file;
    RiskFileState m_state;
    bool m_busy = false;

    RiskChip* m_currentChip = nullptr;
    QLabel* m_currentLabel = nullptr;
    QWidget* m_notice = nullptr;
    QLabel* m_blockLabel = nullptr;
    QPushButton* m_reassess = nullptr;
    QFrame* m_waitingBox = nullptr;
    QVBoxLayout* m_waitingLayout = nullptr;
    QWidget* m_proposeBox = nullptr;
    QComboBox* m_code = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_effect = nullptr;
    QPushButton* m_submit = nullptr;
    RiskHistoryModel* m_history = nullptr;
    QTreeView* m_historyView = nullptr;
};

} // namespace jiahu
