#pragma once

#include "familyfile/FilePage.h"

class QGraphicsView;
class QLabel;
class QPushButton;

namespace jiahu {

class FamilyMapScene;

/// 家庭结构图: the family drawn as a small genogram (FamilyMapScene), scaled down to fit the
/// page when it is larger, never enlarged. Without members it says where to add them.
class FamilyMapPage : public FilePage {
    Q_OBJECT
public:
    FamilyMapPage(FileContext& context, QWidget* parent = nullptr);

    FilePageId pageId() const override { return FilePageId::Map; }
    QString title() const override { return FilePage::tr("Family map"); }
    void showFile(const FamilyFile& file) override;

    FamilyMapScene* scene() const { return m_scene; }
    QGraphicsView* view() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fit();

    FamilyMapScene* m_scene = nullptr;
    QGraphicsView* m_view = nullptr;
    QWidget* m_empty = nullptr;
};

} // namespace jiahu
