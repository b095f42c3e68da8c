#pragma once

#include "domain/CaseRecords.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace jiahu {

class CategoryChecks;
class ErrorLabel;
class IdentityRows;
class Workspace;
struct NewFamily;

/// 新建家庭档案: the family (town from the user's scope, community, address, categories, notes)
/// and its first child (name, identity number checked as typed, gender, birth date, school,
/// grade). Both are written in one transaction on the writer thread, so a child core refuses
/// leaves no family behind. Emits familyCreated() and closes once core has saved them.
class NewFamilyDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewFamilyDialog(Workspace& workspace, QWidget* parent = nullptr);

    /// Whether the towns the user may work in have arrived (they load on a reader thread).
    bool townsLoaded() const { return m_townsLoaded; }
    QStringList towns() const;

Q_SIGNALS:
    void familyCreated(const QString& familyId);

private:
    void loadTowns();
    void create();
    void setBusy(bool busy);
    void updateCreateButton();

    QPointer<Workspace> m_workspace;
    QDate m_today;
    bool m_townsLoaded = false;
    bool m_busy = false;
    QComboBox* m_town = nullptr;
    QLineEdit* m_community = nullptr;
    QLineEdit* m_address = nullptr;
    CategoryChecks* m_categories = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_childName = nullptr;
    IdentityRows* m_identity = nullptr;
    QLineEdit* m_school = nullptr;
    QLineEdit* m_grade = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace jiahu
