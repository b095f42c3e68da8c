#pragma once

#include "familyfile/FilePage.h"

class QLabel;
class QStackedWidget;
class QTreeView;

namespace jiahu {

class AuditTrailModel;

/// 审计日志 of one family file (supervisors): who opened, changed, viewed or exported what and
/// when, newest first, a page at a time as the list scrolls.
class AuditTrailPage : public FilePage {
    Q_OBJECT
public:
    AuditTrailPage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::Audit; }
    QString title() const override;
    void showFile(const FamilyFile& file) override;

    AuditTrailModel* model() const { return m_model; }

private:
    void updateState();

    AuditTrailModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    bool m_started = false;
};

} // namespace jiahu
