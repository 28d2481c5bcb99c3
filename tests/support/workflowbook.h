#pragma once

// A realistic small agency book for the project-workflow UI tests and screenshots: people,
// venues with photo thumbnails, caterers, projects, shortlists in every outreach state.

#include "repositories/cateringrepository.h"
#include "repositories/outreachrepository.h"
#include "repositories/projectrepository.h"
#include "workflowfixtures.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QPainter>

namespace VenueMap::Test {

inline QByteArray thumbnailPng(const QString &label, int hue)
{
    QImage image(120, 80, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, 120, 80);
    g.setColorAt(0, QColor::fromHsv(hue % 360, 120, 210));
    g.setColorAt(1, QColor::fromHsv((hue + 40) % 360, 160, 120));
    p.fillRect(image.rect(), g);
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setPixelSize(22);
    f.setBold(true);
    p.setFont(f);
    p.drawText(image.rect(), Qt::AlignCenter, label.left(2).toUpper());
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

struct WorkflowBook
{
    QString annaId;
    Core::CurrentUser anna;
    Core::Project summit; // the one with a full shortlist
    QStringList venueIds; // all venues, in the order below
    QStringList caterers;
};

inline WorkflowBook makeWorkflowBook(const Core::Database &db)
{
    using namespace Core;
    WorkflowBook b;
    b.annaId = insertUser(db, QStringLiteral("Anna Reyes"));
    b.anna.id = b.annaId;
    b.anna.name = QStringLiteral("Anna Reyes");
    b.anna.email = QStringLiteral("annareyes@example.com");
    b.anna.signatureBlock
        = QStringLiteral("Anna Reyes\nSenior Event Manager, Northlight Events\n+351 21 555 0199");

    struct V
    {
        const char *name;
        const char *city;
        int capacity;
        double rating;
        QStringList facilities;
    };
    const QList<V> venues {
        { "Harbour Loft", "Lisbon", 180, 4.6, { "stage", "parking", "wifi" } },
        { "Old Mill Studios", "Lisbon", 120, 4.1, { "stage", "wifi" } },
        { "Casa do Rio", "Lisbon", 250, 4.8, { "parking", "terrace" } },
        { "Azulejo Hall", "Lisbon", 90, 3.9, { "wifi" } },
        { "Fábrica 21", "Lisbon", 400, 4.3, { "stage", "parking", "wifi", "catering kitchen" } },
        { "Jardim Estrela Pavilion", "Lisbon", 150, 4.5, { "terrace", "parking" } },
        { "Porto Wine Vaults", "Porto", 160, 4.7, { "stage" } },
        { "Alfama Rooftop", "Lisbon", 70, 4.4, { "terrace", "wifi" } },
        { "Belém Conference Centre", "Lisbon", 800, 4.0, { "stage", "parking", "wifi", "av" } },
        { "Tejo Boathouse", "Lisbon", 110, 4.2, { "parking" } },
    };
    int hue = 10;
    for (const V &v : venues) {
        VenueSpec spec { QString::fromUtf8(v.name), QString::fromUtf8(v.city), v.capacity, v.rating,
            v.facilities };
        spec.contactName = QStringLiteral("Rita Sousa");
        spec.contactEmail
            = QStringLiteral("events@%1.example")
                  .arg(QString::fromUtf8(v.name).toLower().remove(QLatin1Char(' ')).left(12));
        const QString id = insertVenue(db, spec);
        insertPhoto(db, id, thumbnailPng(spec.name, hue), 0);
        hue += 33;
        b.venueIds << id;
    }

    CateringRepository caterers(db);
    for (const char *name : { "Feast & Co", "Sal e Pimenta", "Green Table" }) {
        CateringProvider c;
        c.name = QString::fromUtf8(name);
        c.contactName = QStringLiteral("Marta Lopes");
        c.email = QStringLiteral("hello@%1.example")
                      .arg(c.name.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('&')));
        c.phone = QStringLiteral("+351 21 555 01%1").arg(b.caterers.size() + 10);
        b.caterers << caterers.addProvider(c)->id;
    }

    ProjectRepository projects(db, b.annaId);
    OutreachRepository outreach(db, b.annaId);
    auto project
        = [&](const char *client, const char *event, QDate date, int attendees, const char *city,
              ProjectStatus status, qint64 budget, QStringList needs = {}) {
              Project p;
              p.clientName = QString::fromUtf8(client);
              p.eventName = QString::fromUtf8(event);
              p.eventDate = date;
              p.attendees = attendees;
              p.city = QString::fromUtf8(city);
              p.status = status;
              p.budgetCents = budget;
              p.requiredFacilities = needs;
              return *projects.addProject(p);
          };
    const Project winter = project("Acme Pharma", "Winter Party 2025", QDate(2025, 12, 12), 140,
        "Lisbon", ProjectStatus::Completed, 4'000'000, { "stage" });
    auto past
        = outreach.addVenues(winter.id, { b.venueIds[0], b.venueIds[3], b.venueIds[6] })->added;
    ProjectVenue proposed = past[0];
    proposed.includeInProposal = true;
    (void)outreach.updateEntry(proposed);
    (void)outreach.setStatus(
        past[1].id, 1, OutreachStatus::Declined, QStringLiteral("No amplified music after 22:00"));

    b.summit = project("Acme Pharma", "Spring Leadership Summit", QDate(2026, 4, 23), 120, "Lisbon",
        ProjectStatus::Active, 8'500'000, { "stage", "parking", "wifi" });
    auto rows = outreach
                    .addVenues(b.summit.id,
                        { b.venueIds[0], b.venueIds[1], b.venueIds[2], b.venueIds[3], b.venueIds[4],
                            b.venueIds[5] })
                    ->added;
    (void)outreach.setStatus(rows[0].id, 1, OutreachStatus::Responded);
    ProjectVenue r0 = rows[0];
    r0.version = 2;
    r0.includeInProposal = true;
    r0.quotedPriceCents = 1'240'000;
    r0.cateringProviderId = b.caterers[0];
    r0.notes = QStringLiteral("Terrace for the welcome drinks");
    (void)outreach.updateEntry(r0);
    (void)outreach.setStatus(rows[1].id, 1, OutreachStatus::Awaiting);
    (void)outreach.setStatus(rows[2].id, 1, OutreachStatus::Sent);
    (void)outreach.setStatus(rows[4].id, 1, OutreachStatus::Declined,
        QStringLiteral("Booked for a trade fair that week"));
    // Age the outreach so the chase list has something to show.
    (void)db.exec(QStringLiteral("fixture"),
        QStringLiteral("UPDATE project_venues SET sent_at = :at WHERE id = :id"),
        { { QStringLiteral(":at"),
              db.dialect().toDb(QDateTime::currentDateTimeUtc().addDays(-12)) },
            { QStringLiteral(":id"), rows[1].id } });

    project("Borealis Bank", "Annual Kick-off", QDate(2026, 2, 5), 350, "Porto",
        ProjectStatus::Active, 15'000'000);
    project("Cobalt Labs", "Product Launch", QDate(2026, 6, 18), 200, "Lisbon",
        ProjectStatus::Active, 6'000'000);
    project("Delta Airways", "Crew Awards Night", QDate(2026, 9, 30), 480, "Lisbon",
        ProjectStatus::Active, 22'000'000);
    project("Evergreen Foundation", "Donor Dinner", QDate(2025, 11, 8), 90, "Lisbon",
        ProjectStatus::Completed, 2'500'000);
    project("Fjord Media", "Offsite Retreat", QDate(2026, 3, 12), 45, "Sintra",
        ProjectStatus::Cancelled, 1'800'000);
    return b;
}

} // namespace VenueMap::Test
