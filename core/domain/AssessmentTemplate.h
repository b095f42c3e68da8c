#pragma once

#include "common/Result.h"
#include "domain/RiskCode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace jiahu {

/// A versioned questionnaire of weighted items that yields a suggested risk code.
///
/// Each item is answered with a whole number 0..max (1 = yes for yes/no items); its contribution
/// is weight × answer. The score's band gives the code (score ≥ red threshold → red, and so on
/// down to blue); an item with a `floor` lifts the code to at least that when answered above 0
/// (e.g. a child harmed is red whatever the rest says). Stored as JSON:
///
///   {"name": "...", "version": 1, "title": {"zh_CN": "...", "en": "..."},
///    "items": [{"key": "harm", "text": {...}, "weight": 10, "max": 1, "floor": "red"}, ...],
///    "thresholds": {"red": 24, "orange": 14, "yellow": 6}}
class AssessmentTemplate {
    Q_DECLARE_TR_FUNCTIONS(AssessmentTemplate)
public:
    struct Item {
        QString key;
        QJsonObject text; ///< language -> question
        int weight = 1;
        int max = 1;
        std::optional<RiskCode> floor;
    };
    struct Outcome {
        int score = 0;
        RiskCode suggested = RiskCode::Blue;
    };

    static Result<AssessmentTemplate> fromJson(const QByteArray& json);
    /// The template Jiahu ships: a sensible default to start from, not an official standard.
    static QByteArray defaultDefinition();
    /// Fixed id of the shipped template, the same on every machine so sync sees one template.
    static QString defaultTemplateId();

    /// Checks every item is answered within range and no unknown key is present.
    Result<Outcome> score(const QJsonObject& answers) const;
    /// The question in `language` (falls back to zh_CN, then any).
    QString itemText(const Item& item, const QString& language) const;

    QString id; ///< set when loaded from the database
    QString name;
    int version = 0;
    QJsonObject title;
    QList<Item> items;
    int redAt = 0, orangeAt = 0, yellowAt = 0;
};

} // namespace jiahu
