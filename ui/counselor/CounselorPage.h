#pragma once

#include "familyfile/FilePage.h"

#include "services/PersonService.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace jiahu {

class FileContext;
class FollowUpForm;
class RiskChip;
class StudentListModel;
class StudentRecordsModel;
class Workspace;

/// A school counselor's page (我的学生): the children of their school in coded family files,
/// the most severe first; for the child chosen, their follow-ups and psychological checks and a
/// quick follow-up entry. The counselor sees what core lets them see — the child and the
/// follow-ups about them — and nothing else of the family is shown or hinted at. Choosing a
/// child opens their family's (partial) file, which is audited like any opening.
class CounselorPage : public QWidget {
    Q_OBJECT
public:
    CounselorPage(Workspace& workspace, QWidget* parent = nullptr);
    ~CounselorPage() override;

    StudentListModel* students() const { return m_students; }
    /// The child whose records are shown (empty: none chosen).
    const QString& currentChildId() const { return m_child.child.id; }
    /// The follow-up entry for the chosen child (null until one is chosen).
    FollowUpForm* followUpForm() const { return m_form; }
    /// Whether the chosen child's file has loaded (the records and the form show it).
    bool isFileLoaded() const { return m_fileLoaded; }

Q_SIGNALS:
    /// Double-click or Enter on a child: the main window may open the (partial) file.
    void openFamilyRequested(const QString& familyId, jiahu::FilePageId page);

private:
    void currentChanged(const QModelIndex& current, const QModelIndex& previous);
    void choose(const SchoolChild& child);
    void load(QFuture<Result<FamilyFile>> future);
    void fileLoaded(const FamilyFile& file);
    void showChild();
    void selectChildInForm();
    void updateEmpty();

    Workspace& m_workspace;
    StudentListModel* m_students = nullptr;
    StudentRecordsModel* m_followUps = nullptr;
    StudentRecordsModel* m_psychChecks = nullptr;

    QLabel* m_schoolLabel = nullptr;
    QTableView* m_list = nullptr;
    QLabel* m_listEmpty = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_noChoice = nullptr;
    QLabel* m_name = nullptr;
    RiskChip* m_chip = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_followUpsTitle = nullptr;
    QLabel* m_psychTitle = nullptr;
    QTableView* m_followUpTable = nullptr;
    QTableView* m_psychTable = nullptr;
    QLabel* m_followUpsEmpty = nullptr;
    QString m_followUpsEmptyText;
    QLabel* m_psychEmpty = nullptr;
    QWidget* m_formHolder = nullptr;

    SchoolChild m_child;
    FamilyFile m_file;
    bool m_fileLoaded = false;
    bool m_answered = false;
    bool m_reverting = false;
    std::unique_ptr<FileContext> m_context;
    FollowUpForm* m_form = nullptr;
    QFutureWatcher<Result<FamilyFile>>* m_watcher = nullptr;
};

} // namespace jiahu
