#pragma once

#include "familyfile/FilePage.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace jiahu {

class ErrorLabel;
class GuidanceModel;

/// Family education guidance (家庭教育指导): for each referral whose order requires hours, the
/// hours done against those required; the sessions held; and a form to record one more.
class GuidancePage : public FilePage {
    Q_OBJECT
public:
    GuidancePage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::Guidance; }
    QString title() const override;
    void showFile(const FamilyFile& file) override;
    bool hasUnsavedEdits() const override;
    void discardEdits() override;
    QVariant draft() const override;
    void restoreDraft(const QVariant& draft) override;

private:
    void showHours(const FamilyFile& file);
    void fillChoices(const FamilyFile& file);
    void save();
    void clearForm();
    void updateEnabled();

    QDate today() const;

    bool m_open = true;
    bool m_saving = false;

    QVBoxLayout* m_hoursBox = nullptr;
    QWidget* m_hoursArea = nullptr;
    GuidanceModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_listStack = nullptr;

    QDateEdit* m_date = nullptr;
    QDoubleSpinBox* m_hours = nullptr;
    QLineEdit* m_topic = nullptr;
    QLineEdit* m_provider = nullptr;
    QComboBox* m_guardian = nullptr;
    QComboBox* m_referral = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ErrorLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace jiahu
