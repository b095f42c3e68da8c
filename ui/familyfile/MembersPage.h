#pragma once

#include "familyfile/FilePage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace jiahu {

class MembersModel;
class PersonDialog;

/// 家庭成员: the members of the family in a compact table, with buttons to add a child, a
/// guardian or another member and to edit the selected one (double-click or Enter edits too).
/// Identity numbers are masked but for their last four characters until the user reveals them.
class MembersPage : public FilePage {
    Q_OBJECT
public:
    MembersPage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::Members; }
    QString title() const override { return FilePage::tr("Members"); }
    void showFile(const FamilyFile& file) override;

    MembersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Opens the dialog for a new member with `role` preset (non-blocking; returned for tests).
    PersonDialog* addMember(MemberRole role);
    /// Opens the dialog for the member at `row`.
    PersonDialog* editMember(int row);

private:
    PersonDialog* openDialog(const Person& person);
    void updateButtons();

    FamilyFile m_file;
    MembersModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_readOnly = nullptr;
    QCheckBox* m_reveal = nullptr;
    QPushButton* m_addChild = nullptr;
    QPushButton* m_addGuardian = nullptr;
    QPushButton* m_addOther = nullptr;
    QPushButton* m_edit = nullptr;
    QString m_selectAfterSave;
};

} // namespace jiahu
