#include "facilityterms.h"

#include "venue.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace VenueMap::Core {

namespace {

// The texts of this file a person reads, in the translation context FacilityTerms.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FacilityTerms)
};

} // namespace

QString facilityKey(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[_\\s]+"));
    QString key = text.toLower();
    key.replace(separators, QStringLiteral(" "));
    return key.trimmed();
}

FacilityVocabulary::FacilityVocabulary(QList<FacilityTerm> terms)
    : m_terms(std::move(terms))
{
    // A label wins over another term's alias of the same key.
    for (int i = 0; i < m_terms.size(); ++i)
        m_byKey.insert(facilityKey(m_terms.at(i).label), i);
    for (int i = 0; i < m_terms.size(); ++i)
        for (const QString &alias : m_terms.at(i).aliases) {
            const QString key = facilityKey(alias);
            if (!key.isEmpty() && !m_byKey.contains(key))
                m_byKey.insert(key, i);
        }
}

const FacilityVocabulary &FacilityVocabulary::seeded()
{
    static const FacilityVocabulary v({
        { QStringLiteral("Wi-Fi"),
            { QStringLiteral("wifi"), QStringLiteral("wi fi"), QStringLiteral("wlan"),
                QStringLiteral("wireless"), QStringLiteral("wireless internet"),
                QStringLiteral("internet") } },
        { QStringLiteral("Parking"),
            { QStringLiteral("parking"), QStringLiteral("car park"), QStringLiteral("parking lot"),
                QStringLiteral("garage") } },
        { QStringLiteral("Catering kitchen"),
            { QStringLiteral("catering kitchen"), QStringLiteral("kitchen"),
                QStringLiteral("catering") } },
        { QStringLiteral("Stage"), { QStringLiteral("stage"), QStringLiteral("podium") } },
        { QStringLiteral("AV equipment"),
            { QStringLiteral("av equipment"), QStringLiteral("av"), QStringLiteral("a/v"),
                QStringLiteral("a/v equipment"), QStringLiteral("audio visual"),
                QStringLiteral("audiovisual"), QStringLiteral("audio-visual"),
                QStringLiteral("av technology") } },
        { QStringLiteral("Wheelchair access"),
            { QStringLiteral("wheelchair access"), QStringLiteral("accessible"),
                QStringLiteral("step free access"), QStringLiteral("step-free"),
                QStringLiteral("barrier free"), QStringLiteral("barrier-free") } },
        { QStringLiteral("Outdoor space"),
            { QStringLiteral("outdoor space"), QStringLiteral("garden"), QStringLiteral("terrace"),
                QStringLiteral("outdoor area") } },
        { QStringLiteral("Breakout rooms"),
            { QStringLiteral("breakout rooms"), QStringLiteral("breakout room"),
                QStringLiteral("break-out rooms"), QStringLiteral("meeting rooms") } },
        { QStringLiteral("Accommodation"),
            { QStringLiteral("accommodation"), QStringLiteral("hotel rooms"),
                QStringLiteral("guest rooms") } },
        { QStringLiteral("Bar"), { QStringLiteral("bar") } },
        { QStringLiteral("PA system"),
            { QStringLiteral("pa system"), QStringLiteral("pa"), QStringLiteral("sound system") } },
    });
    return v;
}

std::optional<QString> FacilityVocabulary::find(const QString &text) const
{
    const auto it = m_byKey.constFind(facilityKey(text));
    if (it == m_byKey.constEnd())
        return std::nullopt;
    return m_terms.at(*it).label;
}

QString FacilityVocabulary::resolve(const QString &text) const
{
    return find(text).value_or(text.trimmed());
}

QStringList FacilityVocabulary::resolve(const QStringList &facilities) const
{
    QStringList out;
    for (const QString &f : facilities) {
        const QString label = resolve(f);
        if (!label.isEmpty() && !out.contains(label))
            out << label;
    }
    return out;
}

QStringList FacilityVocabulary::spellings(const QString &text) const
{
    QStringList out { resolve(text) };
    const auto add = [&out](const QString &s) {
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    };
    add(text.trimmed());
    const auto it = m_byKey.constFind(facilityKey(text));
    if (it != m_byKey.constEnd()) {
        const FacilityTerm &term = m_terms.at(*it);
        add(facilityKey(term.label));
        for (const QString &alias : term.aliases) {
            add(alias);
            add(QString(alias).replace(QLatin1Char(' '), QLatin1Char('_')));
        }
    }
    return out;
}

QStringList FacilityVocabulary::labels() const
{
    QStringList out;
    for (const FacilityTerm &t : m_terms)
        out << t.label;
    out.sort(Qt::CaseInsensitive);
    return out;
}

FacilityVocabulary::Checked FacilityVocabulary::checkNewTerm(
    const QString &label, const QStringList &aliases) const
{
    Checked c;
    c.term.label = label.simplified();
    if (c.term.label.isEmpty()) {
        c.problem = Tr::tr("A facility needs a name.");
        return c;
    }
    if (c.term.label.size() > kMaxFacilityLength) {
        c.problem = Tr::tr("A facility's name is at most %1 characters.").arg(kMaxFacilityLength);
        return c;
    }
    if (const auto known = find(c.term.label)) {
        c.problem = Tr::tr("\"%1\" is already a facility: %2.").arg(c.term.label, *known);
        return c;
    }
    const QString own = facilityKey(c.term.label);
    for (const QString &alias : aliases) {
        const QString key = facilityKey(alias);
        if (key.isEmpty() || key == own || c.term.aliases.contains(key))
            continue;
        if (key.size() > kMaxFacilityLength) {
            c.problem = Tr::tr("Another name is at most %1 characters.").arg(kMaxFacilityLength);
            return c;
        }
        if (const auto known = find(key)) {
            c.problem = Tr::tr("\"%1\" already means %2.").arg(alias.trimmed(), *known);
            return c;
        }
        c.term.aliases << key;
    }
    return c;
}

} // namespace VenueMap::Core
