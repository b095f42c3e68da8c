#pragma once

#include "domain/CaseRecords.h"

#include <QWidget>

class QLabel;

namespace jiahu {

class RiskChip;

/// The top of a family file: file number, code chip, categories, caseworker, status, next
/// follow-up due and whether it is overdue.
class FileHeader : public QWidget {
    Q_OBJECT
public:
    explicit FileHeader(QWidget* parent = nullptr);
    /// `today`: the session's calendar day (for "逾期 3 天").
    void showFamily(const Family& family, const QDate& today, bool partial);

private:
    QLabel* m_fileNo = nullptr;
    RiskChip* m_chip = nullptr;
    QLabel* m_place = nullptr;
    QLabel* m_categories = nullptr;
    QLabel* m_caseworker = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_due = nullptr;
};

} // namespace jiahu
