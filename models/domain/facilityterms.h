#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace VenueMap::Core {

// One facility of the vocabulary (DESIGN §3, table facility_terms): the canonical label as the
// agency's existing backend writes it ("Wi-Fi", "AV equipment") and the other spellings that
// mean it ("wifi", "WLAN", "av_equipment", "A/V"), kept as keys (see facilityKey()).
struct FacilityTerm
{
    QString label;
    QStringList aliases;
};

// The key a facility is matched by: lower case, runs of '_' and white space as one space,
// trimmed ("  AV_Equipment " -> "av equipment"). Migration 0009 spells the same rule in SQL.
QString facilityKey(const QString &text);

// The facility vocabulary: the one place that turns what a person typed, a CSV held or a filter
// asked for into the stored canonical label, case-insensitively.
class FacilityVocabulary
{
public:
    FacilityVocabulary() = default;
    explicit FacilityVocabulary(QList<FacilityTerm> terms);

    // The terms migration 0009 seeds (for a book without the table, and for tests).
    static const FacilityVocabulary &seeded();

    // The canonical label of a term, label or alias in any case, or nullopt if unknown.
    std::optional<QString> find(const QString &text) const;
    // The canonical label, or the text trimmed when it is no known term.
    QString resolve(const QString &text) const;
    // Each resolved, blanks and repeats dropped, the order kept.
    QStringList resolve(const QStringList &facilities) const;

    // Every spelling a stored value of that facility may have: the canonical label first, then
    // the text as given, the aliases and the old keys ("catering_kitchen"), so that a filter also
    // finds rows another writer stored without the vocabulary.
    QStringList spellings(const QString &text) const;

    QStringList labels() const;
    const QList<FacilityTerm> &terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }

    // The term as it would be stored (label trimmed, aliases as keys, without repeats or the
    // label's own key), or the one sentence saying why it cannot be added.
    struct Checked
    {
        FacilityTerm term;
        QString problem;
    };
    Checked checkNewTerm(const QString &label, const QStringList &aliases) const;

private:
    QList<FacilityTerm> m_terms;
    QHash<QString, int> m_byKey;
};

} // namespace VenueMap::Core
