#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace VenueMap::Core {

// One venue of the shared book (DESIGN §3), as the repositories read and write it.
struct Venue
{
    QString id;
    QString name;
    QString address;
    QString city;
    QString country;
    std::optional<int> capacity;
    QStringList facilities;
    std::optional<double> rating;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString website;
    QString notes;
    std::optional<double> latitude;
    std::optional<double> longitude;
    bool isDeleted = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    bool isNew() const { return id.isEmpty(); }
};

// The editable fields, for validation messages and the conflict dialog's field-by-field view.
enum class VenueField {
    Name,
    Address,
    City,
    Country,
    Capacity,
    Facilities,
    Rating,
    ContactName,
    ContactEmail,
    ContactPhone,
    Website,
    Notes,
    Latitude,
    Longitude,
};

inline QList<VenueField> allVenueFields()
{
    return { VenueField::Name, VenueField::Address, VenueField::City, VenueField::Country,
        VenueField::Capacity, VenueField::Facilities, VenueField::Rating, VenueField::ContactName,
        VenueField::ContactEmail, VenueField::ContactPhone, VenueField::Website, VenueField::Notes,
        VenueField::Latitude, VenueField::Longitude };
}

// A facility as a person (or a client, in the proposal) reads it, the one labelling of facility
// keys: "breakout_rooms" -> "Breakout rooms", "av_equipment" -> "AV equipment", "wifi" -> "Wi-Fi".
QString facilityLabel(const QString &facility);
QString facilitiesLabel(const QStringList &facilities);

// A rating as five stars, filled to the nearest whole star (3.6 -> ★★★★☆): the one rule the
// venue list, the details pane and the proposal PDF draw.
QString ratingStars(double rating);

// The fields whose text differs between two versions of a venue (none: the same content).
QList<VenueField> differingVenueFields(const Venue &a, const Venue &b);

// The DESIGN §3 column name of a field (also the CLI's JSON/CSV key).
QString venueFieldColumn(VenueField field);
// A label for a person: "Contact email".
QString venueFieldLabel(VenueField field);
// The field's value as text for display and comparison ("" when unset).
QString venueFieldText(const Venue &venue, VenueField field);
// Copies one field from `from` into `to`.
void copyVenueField(const Venue &from, Venue &to, VenueField field);

// A problem with one field, with the sentence shown beside it.
struct VenueFieldProblem
{
    VenueField field;
    QString message;
    bool tooLong = false; // longer than the field holds (the importer reports these too)
};

// The most characters a text field holds (0: not a text field); each facility holds at most
// kMaxFacilityLength. Migration 0008 enforces the same numbers in the database.
int venueFieldMaxLength(VenueField field);
constexpr int kMaxFacilityLength = 100;
// Characters as the database counts them (code points, not UTF-16 units).
qsizetype textLength(const QString &text);

// The range rule of a number field, the one place it is written: nothing when `value` is allowed,
// else the sentence, quoting `shown` (what was typed, or the number): "The capacity cannot be
// negative (-5).", "The rating must be from 0 to 5, not 9.", "The latitude must be from -90 to 90,
// not 91."
std::optional<QString> venueRangeProblem(VenueField field, double value, const QString &shown);

// Checks what the database would refuse and what a person would regret: blank name,
// negative capacity, rating outside 0-5, malformed email or website, coordinates out of range,
// text longer than its field holds.
QList<VenueFieldProblem> validateVenue(const Venue &venue);

} // namespace VenueMap::Core
