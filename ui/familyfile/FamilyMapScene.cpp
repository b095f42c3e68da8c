#include "familyfile/FamilyMapScene.h"

#include "forms/PersonText.h"

#include <QBrush>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPen>

#include <algorithm>

namespace jiahu {

namespace {

constexpr qreal kSymbol = 44;     ///< a member's symbol
constexpr qreal kColumn = 136;    ///< between the centres of neighbours in a row
constexpr qreal kTextWidth = 124; ///< names longer than this are shortened with …
constexpr qreal kApartGap = 48;   ///< before the members who stand apart
constexpr qreal kRowGap = 84;     ///< between the guardians' and the children's symbols

const QColor kInk(0x21, 0x21, 0x21);
const QColor kQuiet(0x61, 0x61, 0x61);

QPen ink(bool dashed = false)
{
    QPen pen(kInk, 2);
    pen.setJoinStyle(Qt::MiterJoin);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    return pen;
}

FamilyMapScene::Shape shapeOf(const QString& gender)
{
    if (gender == QLatin1String("male"))
        return FamilyMapScene::Shape::Square;
    if (gender == QLatin1String("female"))
        return FamilyMapScene::Shape::Circle;
    return FamilyMapScene::Shape::Diamond;
}

/// One outline of `shape` in `rect`, as an item of `parent` (or of the scene).
QAbstractGraphicsShapeItem* outline(FamilyMapScene::Shape shape, const QRectF& rect,
                                    QGraphicsItem* parent)
{
    switch (shape) {
    case FamilyMapScene::Shape::Square:
        return new QGraphicsRectItem(rect, parent);
    case FamilyMapScene::Shape::Circle:
        return new QGraphicsEllipseItem(rect, parent);
    case FamilyMapScene::Shape::Diamond:
        break;
    }
    const QPointF c = rect.center();
    return new QGraphicsPolygonItem(QPolygonF{{c.x(), rect.top()},
                                              {rect.right(), c.y()},
                                              {c.x(), rect.bottom()},
                                              {rect.left(), c.y()}},
                                    parent);
}

/// A symbol centred on `centre` of `size`: double outline for the children the file is about,
/// dashed for members standing apart.
QAbstractGraphicsShapeItem* symbol(QGraphicsScene& scene, FamilyMapScene::Shape shape,
                                   const QPointF& centre, qreal size, bool index, bool dashed)
{
    const QRectF rect(centre.x() - size / 2, centre.y() - size / 2, size, size);
    auto* item = outline(shape, rect, nullptr);
    item->setPen(ink(dashed));
    item->setBrush(Qt::white);
    scene.addItem(item);
    if (index) {
        const qreal inset = size / 8;
        auto* inner = outline(shape, rect.adjusted(inset, inset, -inset, -inset), item);
        inner->setPen(ink());
        inner->setBrush(Qt::NoBrush);
    }
    item->setData(FamilyMapScene::kShapeKey, int(shape));
    return item;
}

QGraphicsSimpleTextItem* text(QGraphicsScene& scene, const QString& s, const QFont& font,
                              const QColor& colour)
{
    auto* item = scene.addSimpleText(s, font);
    item->setBrush(colour);
    return item;
}

/// `s` shortened to fit, centred on `x` with its top at `y`; returns its height.
qreal centredText(QGraphicsScene& scene, const QString& s, const QFont& font, const QColor& colour,
                  qreal x, qreal y)
{
    if (s.isEmpty())
        return 0;
    const QFontMetricsF metrics(font);
    const QString shown = metrics.elidedText(s, Qt::ElideRight, kTextWidth);
    auto* item = text(scene, shown, font, colour);
    item->setPos(x - metrics.horizontalAdvance(shown) / 2, y);
    if (shown != s)
        item->setToolTip(s);
    return metrics.height();
}

struct Member {
    const Person* person = nullptr;
    qreal x = 0;
    bool apart = false;
};

} // namespace

FamilyMapScene::FamilyMapScene(QObject* parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(Qt::white);
}

void FamilyMapScene::showFamily(const QList<Person>& people, const QString& title,
                                const QDate& today)
{
    clear();
    m_symbols.clear();

    QList<const Person*> guardians, children, olderApart, youngerApart;
    for (const Person& p : people) {
        switch (p.role) {
        case MemberRole::Guardian:
            guardians << &p;
            break;
        case MemberRole::Child:
            children << &p;
            break;
        case MemberRole::Member: {
            const int age = PersonText::age(p.birthDate, today);
            (age >= 0 && age < PersonText::kAdultAge ? youngerApart : olderApart) << &p;
            break;
        }
        }
    }
    // Siblings from the eldest on the left, as genograms have them.
    const auto eldestFirst = [](const Person* a, const Person* b) {
        if (a->birthDate.isValid() != b->birthDate.isValid())
            return a->birthDate.isValid();
        return a->birthDate < b->birthDate;
    };
    std::stable_sort(children.begin(), children.end(), eldestFirst);
    std::stable_sort(youngerApart.begin(), youngerApart.end(), eldestFirst);

    const QFont nameFont = font();
    QFont smallFont = nameFont;
    smallFont.setPointSizeF(nameFont.pointSizeF() * 0.9);
    QFont ageFont = nameFont;
    ageFont.setWeight(QFont::DemiBold);
    const qreal lineHeight = QFontMetricsF(nameFont).height();

    // Each row: the connected members centred on x = 0, those standing apart to their right.
    const auto place = [](const QList<const Person*>& connected,
                          const QList<const Person*>& apart) {
        QList<Member> row;
        const qreal width = connected.isEmpty() ? 0 : (connected.size() - 1) * kColumn;
        qreal x = -width / 2;
        for (const Person* p : connected) {
            row << Member{p, x, false};
            x += kColumn;
        }
        x = connected.isEmpty() ? 0 : width / 2 + kColumn + kApartGap;
        for (const Person* p : apart) {
            row << Member{p, x, true};
            x += kColumn;
        }
        return row;
    };
    const QList<Member> top = place(guardians, olderApart);
    const QList<Member> bottom = place(children, youngerApart);

    const qreal topY = 2 * lineHeight + 8; // names above the guardians' symbols
    const qreal bottomY = top.isEmpty() ? topY : topY + kSymbol + kRowGap;

    const auto draw = [&](const Member& m, qreal y, bool textAbove) {
        const Person& p = *m.person;
        const QPointF centre(m.x, y + kSymbol / 2);
        auto* item =
            symbol(*this, shapeOf(p.gender), centre, kSymbol, p.role == MemberRole::Child, m.apart);
        item->setData(kPersonIdKey, p.id);
        item->setToolTip(p.name);
        m_symbols << item;
        const int age = PersonText::age(p.birthDate, today);
        const QString ageText = age < 0    ? QStringLiteral("?")
                                : age == 0 ? QStringLiteral("<1")
                                           : QString::number(age);
        auto* ageItem = text(*this, ageText, ageFont, kInk);
        const QFontMetricsF metrics(ageFont);
        ageItem->setPos(centre.x() - metrics.horizontalAdvance(ageText) / 2,
                        centre.y() - metrics.height() / 2);
        const QString second = p.relationship.isEmpty() && m.apart
                                   ? CaseVocabulary::displayName(p.role)
                                   : p.relationship;
        if (textAbove) {
            const qreal h = lineHeight * (second.isEmpty() ? 1 : 2);
            qreal ty = y - 6 - h;
            ty += centredText(*this, p.name, nameFont, kInk, m.x, ty);
            centredText(*this, second, smallFont, kQuiet, m.x, ty);
        } else {
            qreal ty = y + kSymbol + 6;
            ty += centredText(*this, p.name, nameFont, kInk, m.x, ty);
            centredText(*this, second, smallFont, kQuiet, m.x, ty);
        }
    };
    for (const Member& m : top)
        draw(m, topY, true);
    for (const Member& m : bottom)
        draw(m, bottomY, false);

    // Lines: guardians joined at mid-height, the children hanging from a line below them.
    const qreal mid = topY + kSymbol / 2;
    for (qsizetype i = 1; i < guardians.size(); ++i)
        addLine(top[i - 1].x + kSymbol / 2, mid, top[i].x - kSymbol / 2, mid, ink());
    if (!children.isEmpty()) {
        const qreal siblingsY = bottomY - 28;
        const qreal firstX = bottom.first().x;
        const qreal lastX = bottom[children.size() - 1].x;
        qreal left = firstX, right = lastX;
        if (!guardians.isEmpty()) {
            const qreal descentX = (top.first().x + top[guardians.size() - 1].x) / 2;
            // From the joining line between two guardians, or from under the middle one.
            bool throughSymbol = guardians.size() == 1;
            for (qsizetype i = 0; i < guardians.size(); ++i)
                throughSymbol = throughSymbol || qAbs(top[i].x - descentX) < kSymbol / 2;
            addLine(descentX, throughSymbol ? topY + kSymbol : mid, descentX, siblingsY, ink());
            left = qMin(left, descentX);
            right = qMax(right, descentX);
        }
        if (right > left)
            addLine(left, siblingsY, right, siblingsY, ink());
        if (!guardians.isEmpty() || children.size() > 1)
            for (qsizetype i = 0; i < children.size(); ++i)
                addLine(bottom[i].x, siblingsY, bottom[i].x, bottomY, ink());
    }

    // The legend, under the drawing.
    QRectF drawn = itemsBoundingRect();
    if (drawn.isNull())
        drawn = QRectF(0, 0, 1, 1);
    const qreal legendY = drawn.bottom() + 32;
    qreal lx = drawn.left();
    const qreal legendSymbol = 16;
    const QFontMetricsF smallMetrics(smallFont);
    const auto legend = [&](std::optional<Shape> shape, bool index, bool dashed,
                            const QString& label) {
        if (shape) {
            symbol(*this, *shape, QPointF(lx + legendSymbol / 2, legendY + legendSymbol / 2),
                   legendSymbol + (index ? 4 : 0), index, dashed);
            lx += legendSymbol + 6;
        }
        auto* item = text(*this, label, smallFont, kQuiet);
        item->setPos(lx, legendY + legendSymbol / 2 - smallMetrics.height() / 2);
        lx += smallMetrics.horizontalAdvance(label) + 20;
    };
    legend(Shape::Square, false, false, tr("male"));
    legend(Shape::Circle, false, false, tr("female"));
    legend(Shape::Diamond, false, false, tr("gender not recorded"));
    legend(Shape::Square, true, false, tr("child in this file"));
    legend(Shape::Square, false, true, tr("other member"));
    addLine(lx, legendY + legendSymbol / 2, lx + 24, legendY + legendSymbol / 2, ink());
    lx += 30;
    legend(std::nullopt, false, false, tr("guardians and the children in their care"));
    legend(std::nullopt, false, false, tr("number inside: age"));

    // The title, over the drawing.
    const QRectF all = itemsBoundingRect();
    QFont titleFont = nameFont;
    titleFont.setPointSizeF(nameFont.pointSizeF() + 2);
    titleFont.setWeight(QFont::DemiBold);
    auto* heading = text(*this, title, titleFont, kInk);
    heading->setPos(all.left(), all.top() - QFontMetricsF(titleFont).height() - 20);
    setSceneRect(itemsBoundingRect().adjusted(-24, -24, 24, 24));
}

QImage FamilyMapScene::toImage(qreal scale)
{
    const QRectF source = sceneRect();
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
    return image;
}

} // namespace jiahu
