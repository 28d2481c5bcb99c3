// venuemap-stress-writer: one of several processes editing the same venues and shortlist rows
// through the app's repositories, retrying on conflict as the GUI's "reload and apply" does.
// Used by tst_manywriters; not a ctest of its own.
//   VENUEMAP_DB=URL venuemap-stress-writer WORKER EDITS USER_ID PROJECT_ID
// Prints "edits: N", "venue_edits: N", "shortlist_edits: N", "conflicts: N"; exit 1 on any other
// error.
#include "repositories/outreachrepository.h"
#include "repositories/venuerepository.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using namespace VenueMap::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        err << "usage: venuemap-stress-writer WORKER EDITS USER_ID PROJECT_ID\n";
        return 2;
    }
    const int worker = args.at(1).toInt();
    const int edits = args.at(2).toInt();
    const QString userId = args.at(3), projectId = args.at(4);
    auto url = DatabaseUrl::resolve({});
    if (!url) {
        err << url.error().sentence() << '\n';
        return 1;
    }
    auto db = Database::open(*url, QStringLiteral("stress"));
    if (!db) {
        err << db.error().sentence() << '\n';
        return 1;
    }
    VenueRepository venues(*db);
    OutreachRepository outreach(*db, userId);

    // Read each list to the end before the next query: QPSQL streams forward-only results, and a
    // second statement on the same connection cuts the first one short.
    QStringList venueList, rowList;
    auto venueIds
        = db->exec(QStringLiteral("stress"), QStringLiteral("SELECT id FROM venues ORDER BY id"));
    if (!venueIds) {
        err << "cannot read the venues\n";
        return 1;
    }
    while (venueIds->next())
        venueList << venueIds->value(0).toString();
    auto rowIds = db->exec(QStringLiteral("stress"),
        QStringLiteral("SELECT id FROM project_venues WHERE project_id = :p ORDER BY id"),
        { { QStringLiteral(":p"), projectId } });
    if (!rowIds) {
        err << "cannot read the shortlist\n";
        return 1;
    }
    while (rowIds->next())
        rowList << rowIds->value(0).toString();
    if (venueList.size() != 100 || rowList.size() != 100) {
        err << "expected 100 venues and 100 shortlist rows, found " << venueList.size() << " and "
            << rowList.size() << '\n';
        return 1;
    }
    const int targets = int(venueList.size() + rowList.size());

    int venueEdits = 0, shortlistEdits = 0, conflicts = 0;
    for (int i = 0; i < edits; ++i) {
        const QString token = QStringLiteral("w%1e%2;").arg(worker).arg(i);
        const int target = int((quint64(worker) * 7919u + quint64(i) * 104729u) % quint64(targets));
        for (int attempt = 0;; ++attempt) {
            Status saved;
            if (target < venueList.size()) {
                auto venue = venues.fetchVenue(venueList.at(target));
                if (!venue) {
                    saved = venue.error();
                } else {
                    Venue edited = *venue;
                    edited.notes += token;
                    auto r = venues.updateVenue(edited);
                    if (!r)
                        saved = r.error();
                }
            } else {
                auto entry = outreach.fetchEntry(rowList.at(target - venueList.size()));
                if (!entry) {
                    saved = entry.error();
                } else {
                    ProjectVenue edited = entry->row;
                    edited.notes += token;
                    auto r = outreach.updateEntry(edited);
                    if (!r)
                        saved = r.error();
                }
            }
            if (saved.ok())
                break;
            if (saved.error().kind == DbError::Kind::Conflict && attempt < 1000) {
                ++conflicts;
                continue; // a colleague saved in between: read again and apply the edit again
            }
            err << "edit " << token << " failed: " << saved.error().sentence() << " | "
                << saved.error().details() << '\n';
            return 1;
        }
        (target < venueList.size() ? venueEdits : shortlistEdits)++;
    }
    out << "edits: " << (venueEdits + shortlistEdits) << "\nvenue_edits: " << venueEdits
        << "\nshortlist_edits: " << shortlistEdits << "\nconflicts: " << conflicts << '\n';
    return 0;
}
