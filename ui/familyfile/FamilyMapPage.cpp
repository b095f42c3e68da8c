#include "familyfile/FamilyMapPage.h"

#include "familyfile/FamilyMapScene.h"
#include "familyfile/FileContext.h"

#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jiahu {

FamilyMapPage::FamilyMapPage(FileContext& context, QWidget* parent)
    : FilePage(context, parent), m_scene(new FamilyMapScene(this))
{
    setObjectName(QStringLiteral("familyMapPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    m_empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    auto* emptyText = new QLabel(tr("No family members recorded yet. The family map is drawn from "
                                    "the members and their relationships."),
                                 m_empty);
    emptyText->setObjectName(QStringLiteral("familyMapEmptyLabel"));
    emptyText->setWordWrap(true);
    emptyText->setForegroundRole(QPalette::PlaceholderText);
    auto* toMembers = new QPushButton(tr("Add members…"), m_empty);
    toMembers->setObjectName(QStringLiteral("goToMembersButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(toMembers);
    row->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(row);
    emptyLayout->addStretch();
    layout->addWidget(m_empty);

    m_scene->setFont(font());
    m_view = new QGraphicsView(m_scene, this);
    m_view->setObjectName(QStringLiteral("familyMapView"));
    m_view->setAccessibleName(tr("Family map"));
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    layout->addWidget(m_view, 1);

    connect(toMembers, &QPushButton::clicked, this,
            [this] { Q_EMIT pageRequested(FilePageId::Members); });
    m_view->hide();
}

void FamilyMapPage::showFile(const FamilyFile& file)
{
    const QDate today = context().workspace() ? context().workspace()->today() : QDate();
    m_scene->showFamily(file.people, tr("Family map · file %1").arg(file.family.fileNo), today);
    m_empty->setVisible(file.people.isEmpty());
    m_view->setVisible(!file.people.isEmpty());
    fit();
}

void FamilyMapPage::fit()
{
    if (!m_view->isVisible())
        return;
    const QRectF rect = m_scene->sceneRect();
    const QSize available = m_view->viewport()->size();
    if (rect.isEmpty() || available.isEmpty())
        return;
    // Shrinks to fit; grows up to half again on a roomy screen (easier to read, still crisp:
    // the drawing is vector).
    const qreal scale =
        qMin(1.5, qMin(available.width() / rect.width(), available.height() / rect.height()));
    m_view->setTransform(QTransform::fromScale(scale, scale));
}

void FamilyMapPage::resizeEvent(QResizeEvent* event)
{
    FilePage::resizeEvent(event);
    fit();
}

void FamilyMapPage::showEvent(QShowEvent* event)
{
    FilePage::showEvent(event);
    fit();
}

} // namespace jiahu
