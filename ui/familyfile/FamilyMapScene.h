#pragma once

#include "domain/CaseRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QGraphicsScene>
#include <QImage>

namespace jiahu {

/// 家庭结构图: a small genogram of a family drawn as a scene, so the same drawing shows on
/// screen and prints (QGraphicsScene::render onto any QPainter). Guardians stand in the top
/// row joined by a line, the children below hang from it; other members stand apart in the row
/// of their generation, drawn dashed. Squares are male, circles female, diamonds not recorded
/// (genogram convention); the age is written inside, the name and relationship beside the row's
/// lines; the children the file is about have a double outline. A legend explains the symbols.
class FamilyMapScene : public QGraphicsScene {
    Q_OBJECT
public:
    /// What a member's symbol is (kept in each symbol item's data(kShapeKey)).
    enum class Shape { Square, Circle, Diamond };
    static constexpr int kPersonIdKey = 0; ///< QGraphicsItem::data key: the person's id
    static constexpr int kShapeKey = 1;    ///< QGraphicsItem::data key: int(Shape)

    explicit FamilyMapScene(QObject* parent = nullptr);

    /// Draws `people` (replacing what was there). `title` heads the drawing.
    void showFamily(const QList<Person>& people, const QString& title, const QDate& today);
    /// The symbols drawn, one per member.
    QList<QGraphicsItem*> symbols() const { return m_symbols; }
    /// The drawing as an image at `scale` (for printing and screenshots), white background.
    QImage toImage(qreal scale = 2.0);

private:
    QList<QGraphicsItem*> m_symbols;
};

} // namespace jiahu
