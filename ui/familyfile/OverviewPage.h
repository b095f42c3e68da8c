#pragma once

#include "familyfile/FilePage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QFormLayout;

namespace jiahu {

class CategoryChecks;

/// 概况: the family's details (file number, town, community, address, schools, categories,
/// caseworker, status, notes), edited in place and saved with FamilyService::edit. Edits not
/// saved yet survive a reload of the file (field by field: a field the user did not touch takes
/// the new value). A counselor (partial file) sees only what is theirs to see, read-only: the
/// file's place and the children of their school.
class OverviewPage : public FilePage {
    Q_OBJECT
public:
    OverviewPage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::Overview; }
    QString title() const override { return FilePage::tr("Overview"); }
    void showFile(const FamilyFile& file) override;

    bool hasUnsavedEdits() const override;
    void discardEdits() override;
    QVariant draft() const override;
    void restoreDraft(const QVariant& draft) override;

    /// Saves the edits (the Save button); nothing happens without edits.
    void save();

private:
    /// The editable details, as shown or as last loaded.
    struct Details {
        QString community;
        QString address;
        QStringList schools;
        int categories = 0;
        QString notes;
        bool operator==(const Details&) const = default;
    };
    Details entered() const;
    void fill(const Details& details);
    void updateState();
    bool writable() const;
    static Details detailsOf(const Family& family);
    static QStringList splitSchools(const QString& text);
    QString joinSchools(const QStringList& schools) const;

    FamilyFile m_file;
    Details m_base;
    bool m_loaded = false;
    bool m_saving = false;
    QFormLayout* m_form = nullptr;
    QLabel* m_fileNo = nullptr;
    QLabel* m_town = nullptr;
    QLineEdit* m_community = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_schools = nullptr;
    CategoryChecks* m_categories = nullptr;
    QLabel* m_caseworker = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_children = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_savedLabel = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
};

} // namespace jiahu
