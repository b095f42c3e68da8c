#pragma once

#include "familyfile/FilePage.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace jiahu {

class AssessmentListModel;
class AssessmentWizard;

/// 评估: the family's assessments (newest first) and the one obvious action, "New assessment"
/// (or "Reassess" once there is one), which opens the AssessmentWizard.
class AssessmentPage : public FilePage {
    Q_OBJECT
public:
    AssessmentPage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::Assessment; }
    QString title() const override;
    void showFile(const FamilyFile& file) override;

    bool hasUnsavedEdits() const override;
    void discardEdits() override;
    QVariant draft() const override;
    void restoreDraft(const QVariant& draft) override;

    /// Opens the wizard over this page (window-modal; open() returns at once).
    AssessmentWizard* openWizard();
    /// The wizard while it is open.
    AssessmentWizard* wizard() const;
    AssessmentListModel* model() const { return m_model; }

private:
    void updateDetail();

    FamilyFile m_file;
    AssessmentListModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_start = nullptr;
    QPointer<AssessmentWizard> m_wizard;
};

} // namespace jiahu
