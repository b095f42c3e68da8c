#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;

namespace jiahu {

/// The family categories (隔代 单亲 重组 留守 流动 特殊 服刑人员家庭) as check boxes in a grid;
/// the value is CaseVocabulary's bit set. Each box is named "category_<id>".
class CategoryChecks : public QWidget {
    Q_OBJECT
public:
    explicit CategoryChecks(QWidget* parent = nullptr, int columns = 4);

    int mask() const;
    void setMask(int mask);
    void setReadOnly(bool readOnly);
    QList<QCheckBox*> boxes() const { return m_boxes; }

Q_SIGNALS:
    /// The user ticked or cleared a box.
    void edited();

private:
    QList<QCheckBox*> m_boxes;
};

} // namespace jiahu
