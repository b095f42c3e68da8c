#pragma once

#include "familyfile/FilePage.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace jiahu {

class FollowUpForm;
class FollowUpsModel;

/// The family's follow-ups (回访): the list (date, kind, who, notes, next due, by, corrections)
/// and the quick-entry form beside it. A follow-up is corrected, never edited: the correction
/// (with its reason) replaces it.
class FollowUpsPage : public FilePage {
    Q_OBJECT
public:
    FollowUpsPage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::FollowUps; }
    QString title() const override;
    void showFile(const FamilyFile& file) override;
    bool hasUnsavedEdits() const override;
    void discardEdits() override;
    QVariant draft() const override;
    void restoreDraft(const QVariant& draft) override;

private:
    void correctSelected();
    void updateButtons();

    FollowUpsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_correct = nullptr;
    FollowUpForm* m_form = nullptr;
    bool m_open = true;
};

} // namespace jiahu
