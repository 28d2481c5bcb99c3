#pragma once

#include "db/result.h"
#include "domain/language.h"
#include "domain/proposaldata.h"

#include <QDate>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QRectF>
#include <QString>

class QIODevice;
class QPagedPaintDevice;

namespace VenueMap::Core {

// How a proposal looks: the agency's name and logo, paper size and currency. Read from QSettings
// (proposal/agencyName, proposal/logoPath, proposal/pageSize = A4|Letter, proposal/currency).
struct ProposalOptions
{
    QString agencyName = defaultAgencyName();
    QImage logo; // null: generatedLogo(agencyName)
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString currencySymbol = QStringLiteral("€");
    QDate preparedOn = QDate::currentDate();
    // The language its texts, dates and numbers are in: a code of documentLanguages(), or
    // empty for the project's own (projects.language), whatever language the app speaks.
    QString language;

    static QString defaultAgencyName() { return QStringLiteral("VenueMap Events"); }
    static ProposalOptions fromSettings();
    // Writes the branding keys (the settings dialog's OK).
    void saveToSettings(const QString &logoPath) const;
    // A logo made from the agency's initials, for agencies that have not chosen one.
    static QImage generatedLogo(const QString &agencyName);
    QImage effectiveLogo() const { return logo.isNull() ? generatedLogo(agencyName) : logo; }
    // The texts of `data`'s proposal: in `language`, else the project's.
    DocumentText documentText(const ProposalData &data) const;
};

// Where the running header's three parts go on a line of the content width: the agency on the
// left, "·  event" after it, "Prepared for client" on the right. They never overlap: when the
// line is too short the client part is elided first, then the agency, then the event (the one
// that says which proposal this is), each keeping a share while the next can give way.
struct RunningHeaderLayout
{
    QString agency, event, client; // as drawn, possibly elided with "…"; event empty if no room
    QRectF agencyRect, eventRect, clientRect; // x and width only; y = 0, height = line height

    static RunningHeaderLayout layOut(const QString &agencyName, const QString &eventName,
        const QString &clientName, qreal width, const QFontMetricsF &agencyFont,
        const QFontMetricsF &textFont);
};

// The client-facing proposal: a cover, a comparison table of the venues, then a section
// per venue with its facts, notes and up to four photos; running header and page numbers.
class ProposalPdf
{
public:
    // Paints the proposal onto a paged device the caller set up (a QPrinter in the print
    // preview, a QPdfWriter): pages take the device's size. Refuses an empty proposal.
    static Status render(
        const ProposalData &data, const ProposalOptions &options, QPagedPaintDevice *device);
    // A PDF of options.pageSize written to `out`.
    static Status write(const ProposalData &data, const ProposalOptions &options, QIODevice *out);
    // The same into a file, replaced only when complete.
    static Status writeFile(
        const ProposalData &data, const ProposalOptions &options, const QString &path);

    // A venue's price as the proposal shows it: its quote's total (in the quote's currency when
    // that is not the proposal's), the quoted price typed without a quote, or "On request".
    static QString priceText(const ProposalVenue &venue, const QString &symbol);
    // "€ 12,500" or "€ 12,500.50".
    static QString formatMoney(std::optional<qint64> cents, const QString &symbol);
    // How many pages render() paints for this data on a page of `size` (for tests and the UI).
    static int pageCount(const ProposalData &data, const ProposalOptions &options);
};

} // namespace VenueMap::Core
