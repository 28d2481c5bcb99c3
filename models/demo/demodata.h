#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace VenueMap::Core::DemoData {

// Naming traditions of the demo cities; each has its own venue, street and person names.
enum class Language {
    English,
    German,
    French,
    Italian,
    Spanish,
    Portuguese,
    Dutch,
    Nordic,
    Polish,
    Czech,
    Count
};

// A European city of the demo book, with its country, centre and local flavour.
struct City
{
    QString name;
    QString country;
    int latitudeMicro = 0; // degrees * 1e6
    int longitudeMicro = 0;
    Language language = Language::English;
    int weight = 1; // relative share of the venues
    QString phonePrefix; // "+49 30"
    QString domain; // top-level domain of local websites
    QStringList districts;
    QStringList streets;
};

// Words of one naming tradition. Templates use {S} surname, {D} district, {C} city,
// {F} first name, {N} a small number.
struct LanguagePool
{
    QStringList venueTemplates;
    QStringList surnames;
    QStringList firstNames;
    QString addressTemplate; // {street} and {n}
};

const std::vector<City> &cities();
// Sum of the cities' weights.
int totalCityWeight();
const LanguagePool &pool(Language language);
// Venue-name templates that read naturally in any city.
const QStringList &internationalTemplates();

// The fixed facility list (stored in this order).
const QStringList &facilities();
const QStringList &venueNotes();
const QStringList &declineReasons();
const QStringList &outreachNotes();
const QStringList &clientNames();
const QStringList &eventNames();
const QStringList &projectNotes();
const QStringList &catererTemplates();
const QStringList &catererNotes();
// Captions that match DemoPhotoPainter's scenes (0 exterior, 1 hall, 2 terrace).
const QStringList &photoCaptions(int scene);

// Lowercase ASCII words joined by hyphens ("Alte Münze Köln" -> "alte-muenze-koeln"), for
// e-mail addresses and web sites; cut at a word boundary after maxLength characters.
QString slug(const QString &text, int maxLength = 40);
// Cuts a slug (or slugs joined by hyphens) the way slug() does.
QString shortenSlug(QString slug, int maxLength = 40);

} // namespace VenueMap::Core::DemoData
