#include "proposalpdf.h"

#include "domain/language.h"

#include "domain/spacefit.h"

#include "logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QTextLayout>

#include <cmath>
#include <functional>

namespace VenueMap::Core {

namespace {

// The palette and type of every proposal: quiet ink, one accent, generous white.
const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kRule(0xdd, 0xe1, 0xe6);
const QColor kAccent(0x0f, 0x6e, 0x6a);
const QColor kAccentSoft(0xe6, 0xf2, 0xf1);
const QColor kStripe(0xf5, 0xf7, 0xf8);
const QColor kWarn(0xb4, 0x3c, 0x1c);
const QString kSans = QStringLiteral("DejaVu Sans");
const QString kSerif = QStringLiteral("DejaVu Serif");
constexpr qreal kPhotoDpi = 170.0; // photos are embedded at this resolution of their printed size

QFont font(const QString &family, qreal points, int weight = QFont::Normal, bool caps = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setWeight(QFont::Weight(weight));
    f.setStyleStrategy(QFont::PreferAntialias);
    if (caps) {
        f.setCapitalization(QFont::AllUppercase);
        f.setLetterSpacing(QFont::PercentageSpacing, 108);
    }
    return f;
}

// Numbers and dates in the document's language (DocumentLanguageScope), English outside one.
QLocale documentLocale()
{
    const DocumentText *document = currentDocumentText();
    return document ? document->locale() : QLocale(QLocale::English);
}

// "Friday, 12 February 2027", "vendredi 12 février 2027".
QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale = documentLocale();
    return locale.language() == QLocale::English
        ? locale.toString(date, QStringLiteral("dddd, d MMMM yyyy"))
        : locale.toString(date, QLocale::LongFormat);
}

QString ratingText(const std::optional<double> &rating)
{
    return rating ? QStringLiteral("%1 / 5").arg(documentLocale().toString(*rating, 'f', 1))
                  : QCoreApplication::translate("Proposal", "Not rated");
}

QString joinNonEmpty(const QStringList &parts, const QString &sep)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    }
    return kept.join(sep);
}

// Draws the image bytes into `target`, cropped to fill it and scaled to kPhotoDpi first, so the
// PDF holds a print-sized JPEG rather than the original.
void drawPhoto(QPainter &p, const QByteArray &data, const QRectF &target, qreal deviceDpi)
{
    QImage image = QImage::fromData(data);
    if (image.isNull()) {
        p.fillRect(target, kStripe);
        return;
    }
    const qreal aspect = target.width() / target.height();
    QRect source = image.rect();
    if (qreal(image.width()) / image.height() > aspect) {
        const int w = int(std::round(image.height() * aspect));
        source = QRect((image.width() - w) / 2, 0, w, image.height());
    } else {
        const int h = int(std::round(image.width() / aspect));
        source = QRect(0, (image.height() - h) / 2, image.width(), h);
    }
    image = image.copy(source);
    const QSize wanted(
        int(target.width() * kPhotoDpi / deviceDpi), int(target.height() * kPhotoDpi / deviceDpi));
    if (image.width() > wanted.width())
        image = image.scaled(wanted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (image.format() != QImage::Format_RGB32)
        image = image.convertToFormat(QImage::Format_RGB32);
    p.drawImage(target, image);
}

// Lays the document out into pages of drawing operations first, so that the page count is
// known before the first page is painted ("Page 3 of 12").
class Composer
{
public:
    using Op = std::function<void(QPainter &)>;

    Composer(QPaintDevice *device, const ProposalData &data, const ProposalOptions &options)
        : m_device(device)
        , m_data(data)
        , m_options(options)
        , m_doc(options.documentText(data))
    {
        m_dpi = device->logicalDpiY();
        m_page = QRectF(0, 0, device->width(), device->height());
        m_margin = mm(18);
        m_content = QRectF(
            m_margin, mm(26), m_page.width() - 2 * m_margin, m_page.height() - mm(26) - mm(20));
        m_logo = options.effectiveLogo();
    }

    void compose()
    {
        cover();
        comparisonTable();
        for (qsizetype i = 0; i < m_data.venues.size(); ++i)
            venueSection(int(i), m_data.venues.at(i));
    }

    int pageCount() const { return int(m_pages.size()); }

    void paint(QPagedPaintDevice *device)
    {
        QPainter p(device);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        for (qsizetype i = 0; i < m_pages.size(); ++i) {
            if (i > 0)
                device->newPage();
            if (i > 0)
                runningHeader(p, int(i) + 1);
            for (const Op &op : std::as_const(m_pages.at(i)))
                op(p);
        }
        p.end();
    }

private:
    qreal mm(qreal v) const { return v * m_dpi / 25.4; }

    void newPage()
    {
        m_pages.append(QList<Op>());
        m_y = m_content.top();
    }
    void add(Op op) { m_pages.last().append(std::move(op)); }
    bool fits(qreal h) const { return m_y + h <= m_content.bottom() + 0.5; }
    void ensure(qreal h)
    {
        if (!fits(h) && m_y > m_content.top())
            newPage();
    }

    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, m_device); }

    qreal wrappedHeight(const QString &text, const QFont &f, qreal width) const
    {
        return metrics(f).boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text).height();
    }

    void text(const QRectF &r, const QString &s, const QFont &f, const QColor &c,
        int flags = Qt::AlignLeft | Qt::AlignTop)
    {
        add([r, s, f, c, flags](QPainter &p) {
            p.setFont(f);
            p.setPen(c);
            p.drawText(r, flags, s);
        });
    }

    void fill(const QRectF &r, const QColor &c, qreal radius = 0)
    {
        add([r, c, radius](QPainter &p) {
            if (radius <= 0) {
                p.fillRect(r, c);
                return;
            }
            QPainterPath path;
            path.addRoundedRect(r, radius, radius);
            p.fillPath(path, c);
        });
    }

    void rule(qreal y, const QColor &c = kRule, qreal x0 = -1, qreal x1 = -1)
    {
        const qreal a = x0 < 0 ? m_content.left() : x0;
        const qreal b = x1 < 0 ? m_content.right() : x1;
        const qreal w = mm(0.25);
        add([a, b, y, c, w](QPainter &p) {
            p.setPen(QPen(c, w));
            p.drawLine(QPointF(a, y), QPointF(b, y));
        });
    }

    // A paragraph that flows across pages line by line.
    void paragraph(const QString &s, const QFont &f, const QColor &c, qreal indent = 0)
    {
        const qreal width = m_content.width() - indent;
        const qreal x = m_content.left() + indent;
        const QStringList blocks = s.split(QLatin1Char('\n'));
        for (const QString &block : blocks) {
            if (block.trimmed().isEmpty()) {
                m_y += metrics(f).height() * 0.5;
                continue;
            }
            for (const auto &[piece, longWord] : wrapPieces(block))
                layOutLines(piece, longWord, f, c, x, width);
        }
    }

    // A block cut before and after every word longer than kLongWord characters: QTextLayout
    // looks for a word boundary to the end of the word on every line it makes, which is
    // quadratic in an unbroken word (a 1 MB note took a minute). Such a word is laid out alone
    // with WrapAnywhere, which it would need anyway: it is wider than a line.
    static constexpr qsizetype kLongWord = 200;
    static QList<std::pair<QString, bool>> wrapPieces(const QString &block)
    {
        QList<std::pair<QString, bool>> pieces;
        qsizetype from = 0;
        qsizetype i = 0;
        while (i < block.size()) {
            if (block.at(i).isSpace()) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < block.size() && !block.at(end).isSpace())
                ++end;
            if (end - i > kLongWord) {
                if (!QStringView(block).mid(from, i - from).trimmed().isEmpty())
                    pieces.append({ block.mid(from, i - from), false });
                pieces.append({ block.mid(i, end - i), true });
                from = end;
            }
            i = end;
        }
        if (pieces.isEmpty() || !QStringView(block).mid(from).trimmed().isEmpty())
            pieces.append({ block.mid(from), false });
        return pieces;
    }

    void layOutLines(
        const QString &block, bool longWord, const QFont &f, const QColor &c, qreal x, qreal width)
    {
        QTextLayout layout(block, f, m_device);
        QTextOption option;
        option.setWrapMode(
            longWord ? QTextOption::WrapAnywhere : QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            const QString part = block.mid(line.textStart(), line.textLength());
            const qreal h = line.height() * 1.18;
            const qreal ascent = line.ascent();
            ensure(h);
            const QPointF at(x, m_y + ascent);
            add([part, f, c, at](QPainter &p) {
                p.setFont(f);
                p.setPen(c);
                p.drawText(at, part);
            });
            m_y += h;
        }
        layout.endLayout();
    }

    void runningHeader(QPainter &p, int pageNumber) const
    {
        const QFont small = font(kSans, 8);
        const QFont smallBold = font(kSans, 8, QFont::DemiBold);
        const qreal top = mm(12);
        const RunningHeaderLayout line = RunningHeaderLayout::layOut(m_options.agencyName,
            m_data.project.eventName, m_data.project.clientName, m_content.width(),
            QFontMetricsF(smallBold, p.device()), QFontMetricsF(small, p.device()));
        auto at = [&](const QRectF &r) {
            return QRectF(m_content.left() + r.left(), top, r.width(), mm(6));
        };
        p.setPen(kAccent);
        p.setFont(smallBold);
        p.drawText(at(line.agencyRect), Qt::AlignLeft | Qt::AlignVCenter, line.agency);
        p.setPen(kMuted);
        p.setFont(small);
        if (!line.event.isEmpty())
            p.drawText(at(line.eventRect), Qt::AlignLeft | Qt::AlignVCenter, line.event);
        p.drawText(at(line.clientRect), Qt::AlignRight | Qt::AlignVCenter, line.client);
        p.setPen(QPen(kRule, mm(0.25)));
        p.drawLine(
            QPointF(m_content.left(), top + mm(7.5)), QPointF(m_content.right(), top + mm(7.5)));
        const qreal bottom = m_page.height() - mm(14);
        p.setPen(kMuted);
        p.drawText(QRectF(m_content.left(), bottom, m_content.width(), mm(6)),
            Qt::AlignLeft | Qt::AlignVCenter,
            m_doc.translate("Proposal", "Venue proposal  ·  %1")
                .arg(formatDate(
                    documentLocale(), m_options.preparedOn, QStringLiteral("d MMMM yyyy"))));
        p.drawText(QRectF(m_content.left(), bottom, m_content.width(), mm(6)),
            Qt::AlignRight | Qt::AlignVCenter,
            m_doc.translate("Proposal", "Page %1 of %2").arg(pageNumber).arg(m_pages.size()));
    }

    void cover()
    {
        newPage();
        const qreal left = m_content.left();
        const qreal width = m_content.width();
        // Agency: logo and name.
        const qreal logoH = mm(16);
        const QImage logo = m_logo;
        const qreal logoW = logo.isNull() ? 0 : logoH * logo.width() / qMax(1, logo.height());
        if (!logo.isNull()) {
            const QRectF r(left, mm(16), logoW, logoH);
            add([logo, r](QPainter &p) { p.drawImage(r, logo); });
        }
        // A long name wraps beside the logo, in a smaller size when two lines do not fit.
        const qreal nameX = left + logoW + (logoW > 0 ? mm(4) : 0);
        const qreal nameW = m_content.right() - nameX;
        QFont nameFont = font(kSans, 13, QFont::DemiBold);
        while (nameFont.pointSizeF() > 9
            && wrappedHeight(m_options.agencyName, nameFont, nameW) > logoH)
            nameFont.setPointSizeF(nameFont.pointSizeF() - 0.5);
        const qreal nameH = qMax(logoH, wrappedHeight(m_options.agencyName, nameFont, nameW));
        text(QRectF(nameX, mm(16), nameW, nameH), m_options.agencyName, nameFont, kInk,
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);

        // The first venue's first photo as the cover picture.
        qreal y = mm(42);
        const QRectF hero(left, y, width, mm(96));
        const ProposalPhoto *photo = nullptr;
        for (const ProposalVenue &v : m_data.venues) {
            if (!v.photos.isEmpty()) {
                photo = &v.photos.first();
                break;
            }
        }
        if (photo) {
            const QByteArray bytes = photo->data;
            const qreal dpi = m_dpi;
            add([bytes, hero, dpi](QPainter &p) { drawPhoto(p, bytes, hero, dpi); });
            y = hero.bottom() + mm(14);
        } else {
            // No photo yet: a quiet band in the agency's colour instead of an empty frame.
            const QRectF band(left, y, width, mm(34));
            const qreal w = mm(0.6);
            add([band, w](QPainter &p) {
                p.fillRect(band, kAccent);
                p.save();
                p.setClipRect(band);
                p.setPen(QPen(QColor(255, 255, 255, 60), w));
                for (int i = 0; i < 7; ++i) {
                    const qreal r = band.height() * (0.5 + i * 0.45);
                    p.drawEllipse(
                        QPointF(band.right() - band.height() * 0.6, band.center().y()), r, r);
                }
                p.restore();
            });
            y = band.bottom() + mm(14);
        }

        text(QRectF(left, y, width, mm(6)), m_doc.translate("Proposal", "Venue proposal"),
            font(kSans, 9.5, QFont::Bold, true), kAccent);
        y += mm(9);
        const QFont title = font(kSerif, 27, QFont::Bold);
        const qreal titleH = wrappedHeight(m_data.project.eventName, title, width);
        text(QRectF(left, y, width, titleH), m_data.project.eventName, title, kInk,
            Qt::AlignLeft | Qt::TextWordWrap);
        y += titleH + mm(3);
        const QString preparedFor
            = m_doc.translate("Proposal", "Prepared for %1").arg(m_data.project.clientName);
        const QFont preparedFont = font(kSans, 13.5);
        const qreal preparedH = wrappedHeight(preparedFor, preparedFont, width);
        text(QRectF(left, y, width, preparedH), preparedFor, preparedFont, kMuted,
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        y += qMax(preparedH, mm(9)) + mm(8);

        // Key facts in four columns.
        rule(y);
        y += mm(5);
        const QList<QPair<QString, QString>> facts {
            { m_doc.translate("Proposal", "Event date"),
                m_data.project.eventDate.isValid() ? formatDate(
                    documentLocale(), m_data.project.eventDate, QStringLiteral("d MMMM yyyy"))
                                                   : m_doc.translate("Proposal", "To be decided") },
            { m_doc.translate("Proposal", "Guests"),
                m_data.project.attendees ? documentLocale().toString(*m_data.project.attendees)
                                         : m_doc.translate("Proposal", "To be confirmed") },
            { m_doc.translate("Proposal", "City"),
                m_data.project.city.isEmpty()
                    ? m_doc.translate("Proposal", "Open", "no city chosen yet")
                    : m_data.project.city },
            { m_doc.translate("Proposal", "Venues proposed"),
                documentLocale().toString(m_data.venues.size()) },
        };
        const qreal col = width / 4;
        // A label longer than its column ("VORGESCHLAGENE LOCATIONS") wraps; the values stay on
        // one line below the tallest label.
        const QFont labelFont = font(kSans, 7.5, QFont::DemiBold, true);
        qreal labelH = mm(5);
        for (const auto &fact : facts)
            labelH = std::max(labelH, wrappedHeight(fact.first, labelFont, col - mm(3)));
        for (int i = 0; i < facts.size(); ++i) {
            const qreal x = left + i * col;
            text(QRectF(x, y, col - mm(3), labelH), facts.at(i).first, labelFont, kMuted,
                Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap);
            text(QRectF(x, y + labelH + mm(1), col - mm(3), mm(12)), facts.at(i).second,
                font(kSans, 11.5, QFont::DemiBold), kInk,
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        }
        y += labelH + mm(15);
        rule(y);

        // The last line sits where it always did; a long agency name wraps upwards.
        const QString preparedBy = m_doc.translate("Proposal", "Prepared by %1 on %2")
                                       .arg(m_options.agencyName, longDate(m_options.preparedOn));
        const QFont byFont = font(kSans, 8.5);
        const qreal byH = wrappedHeight(preparedBy, byFont, width);
        const qreal bottom = m_page.height() - mm(22) - (byH - metrics(byFont).height());
        text(QRectF(left, bottom, width, byH), preparedBy, byFont, kMuted,
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    }

    void sectionTitle(const QString &kicker, const QString &title, const QString &subtitle)
    {
        const qreal left = m_content.left();
        const qreal width = m_content.width();
        text(QRectF(left, m_y, width, mm(5)), kicker, font(kSans, 8.5, QFont::Bold, true), kAccent);
        m_y += mm(6.5);
        const QFont f = font(kSerif, 19, QFont::Bold);
        const qreal h = wrappedHeight(title, f, width);
        text(QRectF(left, m_y, width, h), title, f, kInk, Qt::AlignLeft | Qt::TextWordWrap);
        m_y += h + mm(1.5);
        if (!subtitle.isEmpty()) {
            const QFont sf = font(kSans, 10);
            const qreal sh = wrappedHeight(subtitle, sf, width);
            text(QRectF(left, m_y, width, sh), subtitle, sf, kMuted,
                Qt::AlignLeft | Qt::TextWordWrap);
            m_y += sh;
        }
        m_y += mm(6);
    }

    void comparisonTable()
    {
        newPage();
        const Project &project = m_data.project;
        const int count = int(m_data.venues.size());
        const QString guestCount
            = project.attendees ? documentLocale().toString(*project.attendees) : QString();
        const QString date = longDate(project.eventDate);
        QString subtitle;
        if (!guestCount.isEmpty() && !date.isEmpty())
            subtitle
                = m_doc.translate("Proposal", "%n venue(s) for %1 guests on %2.", nullptr, count)
                      .arg(guestCount, date);
        else if (!guestCount.isEmpty())
            subtitle = m_doc.translate("Proposal", "%n venue(s) for %1 guests.", nullptr, count)
                           .arg(guestCount);
        else if (!date.isEmpty())
            subtitle = m_doc.translate("Proposal", "%n venue(s) on %1.", nullptr, count).arg(date);
        else
            subtitle = m_doc.translate("Proposal", "%n venue(s).", nullptr, count);
        sectionTitle(m_doc.translate("Proposal", "Overview"),
            m_doc.translate("Proposal", "Venues at a glance"), subtitle);

        struct Column
        {
            QString title;
            qreal width; // mm, the venue column takes what is left
            Qt::Alignment align;
        };
        // "valid until 24 Dec 2026" under a price fits one line in a wider column.
        bool anyValidity = false;
        for (const ProposalVenue &pv : m_data.venues)
            anyValidity
                = anyValidity || !ProposalData::quoteValidity(pv, QDate::currentDate()).isEmpty();
        QList<Column> columns { { QStringLiteral("#"), 8, Qt::AlignLeft },
            { m_doc.translate("Proposal", "Venue"), 0, Qt::AlignLeft },
            { m_doc.translate("Proposal", "City"), 26, Qt::AlignLeft },
            { m_doc.translate("Proposal", "Capacity"), 19, Qt::AlignRight },
            { m_doc.translate("Proposal", "Rating"), 17, Qt::AlignRight },
            { m_doc.translate("Proposal", "Caterer"), 31, Qt::AlignLeft },
            { m_doc.translate("Proposal", "Price"), anyValidity ? 30.0 : 25.0, Qt::AlignRight } };
        const qreal pad = mm(2);
        const QFont head = font(kSans, 7.5, QFont::Bold, true);
        // A column is never narrower than its title in the document's language ("KAPAZITÄT").
        for (Column &c : columns)
            if (c.width > 0)
                c.width = std::max(
                    c.width, (metrics(head).horizontalAdvance(c.title) + 2 * pad) / mm(1) + 0.5);
        qreal fixed = 0;
        for (const Column &c : columns)
            fixed += mm(c.width);
        QList<qreal> widths;
        for (const Column &c : columns)
            widths << (c.width > 0 ? mm(c.width) : m_content.width() - fixed);
        const QFont body = font(kSans, 9);
        const QFont bodyBold = font(kSans, 9, QFont::DemiBold);

        auto header = [&] {
            const qreal h = mm(8);
            qreal x = m_content.left();
            for (int c = 0; c < columns.size(); ++c) {
                text(QRectF(x + pad, m_y, widths.at(c) - 2 * pad, h), columns.at(c).title, head,
                    kMuted, columns.at(c).align | Qt::AlignVCenter);
                x += widths.at(c);
            }
            m_y += h;
            rule(m_y, kInk);
        };
        header();
        const std::optional<int> guests = project.attendees;
        const QFont roomFont = font(kSans, 7.5);
        bool anyRoomLine = false;
        for (qsizetype i = 0; i < m_data.venues.size(); ++i) {
            const ProposalVenue &pv = m_data.venues.at(i);
            // Under the name, the venue's best-fitting room (issue 13).
            const QString roomLine = m_data.bestRoomLine(pv);
            const SpaceFit fit = m_data.fitOf(pv);
            anyRoomLine = anyRoomLine || !roomLine.isEmpty();
            const QStringList cells {
                QString::number(i + 1),
                pv.venue.name,
                pv.venue.city,
                pv.venue.capacity ? documentLocale().toString(*pv.venue.capacity)
                                  : QStringLiteral("–"),
                pv.venue.rating
                    ? documentLocale().toString(*pv.venue.rating, 'f', 1) + QStringLiteral(" ★")
                    : QStringLiteral("–"),
                pv.catererName.isEmpty() ? QStringLiteral("–") : pv.catererName,
                // "€ 12,400", then "valid until" and the date on lines of their own.
                joinNonEmpty(
                    { ProposalPdf::priceText(pv, m_options.currencySymbol),
                        (pv.quote ? pv.quote->validityText(QDate::currentDate()) : QString())
                            .replace(QRegularExpression(QStringLiteral(" (?=\\d+ \\S+ \\d{4}$)")),
                                QStringLiteral("\n")) },
                    QStringLiteral("\n")),
            };
            qreal h = 0;
            const qreal nameH = wrappedHeight(cells.at(1), bodyBold, widths.at(1) - 2 * pad);
            const qreal roomH = roomLine.isEmpty()
                ? 0
                : mm(0.8) + wrappedHeight(roomLine, roomFont, widths.at(1) - 2 * pad);
            for (int c = 0; c < cells.size(); ++c)
                h = qMax(h,
                    c == 1 ? nameH + roomH
                           : wrappedHeight(cells.at(c), body, widths.at(c) - 2 * pad));
            h += mm(4);
            if (!fits(h)) {
                newPage();
                header();
            }
            if (i % 2 == 1)
                fill(QRectF(m_content.left(), m_y, m_content.width(), h), kStripe);
            qreal x = m_content.left();
            for (int c = 0; c < cells.size(); ++c) {
                QColor colour = c == 0 ? kMuted : kInk;
                if (c == 3 && guests && pv.venue.capacity && *pv.venue.capacity < *guests)
                    colour = kWarn;
                if (c == 6 && pv.quote && pv.quote->isExpired(QDate::currentDate()))
                    colour = kWarn;
                text(QRectF(
                         x + pad, m_y + mm(2), widths.at(c) - 2 * pad, c == 1 ? nameH : h - mm(4)),
                    cells.at(c), c == 1 ? bodyBold : body, colour,
                    columns.at(c).align | Qt::AlignTop | Qt::TextWordWrap);
                if (c == 1 && !roomLine.isEmpty())
                    text(QRectF(
                             x + pad, m_y + mm(2) + nameH + mm(0.8), widths.at(c) - 2 * pad, roomH),
                        roomLine, roomFont,
                        fit.verdict == SpaceFit::Verdict::DoesNotFit && !fit.mainFits
                                && fit.needs.asksMainRoom()
                            ? kWarn
                            : kMuted,
                        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
                x += widths.at(c);
            }
            m_y += h;
            rule(m_y);
        }
        m_y += mm(5);
        QStringList note { m_doc.translate(
            "Proposal", "Prices are as quoted by each venue for this event.") };
        if (guests)
            note << m_doc
                        .translate(
                            "Proposal", "Capacities in red are below the %1 guests expected.")
                        .arg(documentLocale().toString(*guests));
        const RoomNeeds needs = roomNeedsOf(project);
        if (anyRoomLine && needs.asksMainRoom())
            note << m_doc.translate("Proposal", "The best room is the smallest that seats %1.")
                        .arg(needs.describe().section(QStringLiteral(" · "), 0, 0));
        paragraph(note.join(QLatin1Char(' ')), font(kSans, 8), kMuted);
    }

    // Photo cells for 1-4 photos: one wide; two side by side; one large and two stacked; a grid.
    QList<QRectF> photoCells(int count, qreal top) const
    {
        const qreal left = m_content.left();
        const qreal w = m_content.width();
        const qreal g = mm(3);
        switch (count) {
        case 0:
            return {};
        case 1:
            return { QRectF(left, top, w, mm(100)) };
        case 2: {
            const qreal cw = (w - g) / 2;
            return { QRectF(left, top, cw, mm(72)), QRectF(left + cw + g, top, cw, mm(72)) };
        }
        case 3: {
            const qreal big = (w - g) * 0.62;
            const qreal small = w - g - big;
            const qreal h = mm(96);
            const qreal sh = (h - g) / 2;
            return { QRectF(left, top, big, h), QRectF(left + big + g, top, small, sh),
                QRectF(left + big + g, top + sh + g, small, sh) };
        }
        default: {
            const qreal cw = (w - g) / 2;
            const qreal ch = mm(56);
            return { QRectF(left, top, cw, ch), QRectF(left + cw + g, top, cw, ch),
                QRectF(left, top + ch + g, cw, ch), QRectF(left + cw + g, top + ch + g, cw, ch) };
        }
        }
    }

    void venueSection(int index, const ProposalVenue &pv)
    {
        newPage();
        const Venue &v = pv.venue;
        const qreal left = m_content.left();
        const qreal width = m_content.width();
        const QString address
            = joinNonEmpty({ v.address, v.city, v.country }, QStringLiteral(", "));
        sectionTitle(
            m_doc.translate("Proposal", "Venue %1 of %2").arg(index + 1).arg(m_data.venues.size()),
            v.name, address);

        // Photos.
        const int shown = int(qMin<qsizetype>(pv.photos.size(), ProposalData::kMaxPhotos));
        const QList<QRectF> cells = photoCells(shown, m_y);
        if (!cells.isEmpty()) {
            qreal bottom = 0;
            for (const QRectF &r : cells)
                bottom = qMax(bottom, r.bottom());
            ensure(bottom - m_y);
            const qreal shift = m_y - cells.first().top();
            const qreal dpi = m_dpi;
            for (int i = 0; i < shown; ++i) {
                const QRectF r = cells.at(i).translated(0, shift);
                const QByteArray bytes = pv.photos.at(i).data;
                add([bytes, r, dpi](QPainter &p) { drawPhoto(p, bytes, r, dpi); });
            }
            m_y = bottom + shift + mm(6);
        }

        // Facts as four cards.
        const qreal g = mm(3);
        const qreal cardW = (width - 3 * g) / 4;
        const QList<QPair<QString, QString>> facts {
            { m_doc.translate("Proposal", "Capacity"),
                v.capacity ? m_doc.translate("Proposal", "%1 guests")
                                 .arg(documentLocale().toString(*v.capacity))
                           : m_doc.translate("Proposal", "Ask us") },
            { m_doc.translate("Proposal", "Rating"),
                v.rating ? ratingText(v.rating) + QStringLiteral("  ") + ratingStars(*v.rating)
                         : ratingText(v.rating) },
            { m_doc.translate("Proposal", "Caterer"),
                pv.catererName.isEmpty()
                    ? m_doc.translate("Proposal", "Venue's own or to be chosen")
                    : pv.catererName },
            { m_doc.translate("Proposal", "Quoted price"),
                ProposalPdf::priceText(pv, m_options.currencySymbol) },
        };
        // As tall as the longest value needs ("Bowl Food Company Barcelona" wraps to three
        // lines), and never shorter than the usual two.
        const QFont valueFont = font(kSans, 10, QFont::DemiBold);
        qreal valueH = 0;
        for (const auto &fact : facts)
            valueH = std::max(valueH, wrappedHeight(fact.second, valueFont, cardW - mm(6.5)));
        const qreal cardH = std::max(mm(19), mm(8.5) + valueH + mm(2));
        ensure(cardH + mm(4));
        for (int i = 0; i < facts.size(); ++i) {
            const QRectF card(left + i * (cardW + g), m_y, cardW, cardH);
            fill(card, kStripe, mm(1.5));
            text(card.adjusted(mm(3.5), mm(3), -mm(3), 0), facts.at(i).first,
                font(kSans, 7, QFont::Bold, true), kMuted);
            text(card.adjusted(mm(3.5), mm(8.5), -mm(3), -mm(1)), facts.at(i).second, valueFont,
                (i == 0 && m_data.project.attendees && v.capacity
                    && *v.capacity < *m_data.project.attendees)
                        || (i == 3 && pv.quote && pv.quote->isExpired(QDate::currentDate()))
                    ? kWarn
                    : kInk,
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        }
        // Under the price, how long the quote holds ("valid until 30 Jun 2027"), or that it
        // expired, in red.
        if (const QString validity
            = pv.quote ? pv.quote->validityText(QDate::currentDate()) : QString();
            !validity.isEmpty())
            text(QRectF(left + 3 * (cardW + g) + mm(3.5), m_y + cardH - mm(5), cardW - mm(6.5),
                     mm(4.5)),
                validity, font(kSans, 7),
                pv.quote->isExpired(QDate::currentDate()) ? kWarn : kMuted);
        m_y += cardH + mm(7);

        // Facilities as chips.
        if (!v.facilities.isEmpty()) {
            label(m_doc.translate("Proposal", "Facilities"));
            const QFont chipFont = font(kSans, 8.5);
            const QFontMetricsF fm = metrics(chipFont);
            const qreal chipH = fm.height() + mm(2.6);
            qreal x = left;
            ensure(chipH);
            for (const QString &key : v.facilities) {
                const QString f = facilityLabel(key);
                const qreal w = fm.horizontalAdvance(f) + mm(6);
                if (x + w > m_content.right()) {
                    x = left;
                    m_y += chipH + mm(2);
                    ensure(chipH);
                }
                const QRectF chip(x, m_y, w, chipH);
                fill(chip, kAccentSoft, chipH / 2);
                text(chip, f, chipFont, kAccent, Qt::AlignCenter);
                x += w + mm(2);
            }
            m_y += chipH + mm(7);
        }

        rooms(pv);

        if (!pv.proposalNotes.trimmed().isEmpty()) {
            label(m_doc.translate("Proposal", "Why we suggest it"));
            paragraph(pv.proposalNotes.trimmed(), font(kSans, 10), kInk);
            m_y += mm(5);
        }
        // The venue's own notes (venues.notes) are the agency's, never the client's: only the
        // text written for this proposal (project_venues.notes, above) is printed.
        if (!v.website.trimmed().isEmpty()) {
            label(m_doc.translate("Proposal", "Website"));
            paragraph(v.website.trimmed(), font(kSans, 10), kAccent);
        }
    }

    // The venue's rooms that fit the event (issue 13): each with its capacities, the asked
    // layout first, and its floor, area and daylight; the closest fit marked.
    void rooms(const ProposalVenue &pv)
    {
        const QList<ProposalRoom> shown = m_data.roomsToShow(pv);
        const RoomNeeds needs = roomNeedsOf(m_data.project);
        const SpaceFit fit = m_data.fitOf(pv);
        if (pv.spaces.isEmpty())
            return;
        if (needs.asksMainRoom() && shown.isEmpty()) {
            label(m_doc.translate("Proposal", "Rooms"));
            paragraph(fit.sentence(), font(kSans, 10), kWarn);
            m_y += mm(5);
            return;
        }
        if (shown.isEmpty())
            return;
        const QString what = needs.asksMainRoom()
            ? m_doc.translate("Proposal", "Rooms for %1")
                  .arg(needs.describe().section(QStringLiteral(" · "), 0, 0))
            : (needs.attendees > 0 ? m_doc.translate("Proposal", "Rooms for %1 guests")
                                         .arg(documentLocale().toString(needs.attendees))
                                   : m_doc.translate("Proposal", "Rooms"));
        label(what);
        const qreal left = m_content.left();
        const qreal width = m_content.width();
        const QFont nameFont = font(kSans, 9.5, QFont::DemiBold);
        const QFont capFont = font(kSans, 9);
        const QFont factFont = font(kSans, 8);
        const qreal nameW = width * 0.34;
        const qreal restW = width - nameW - mm(4);
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const ProposalRoom &r = shown.at(i);
            QString name = r.name;
            if (!r.partOf.isEmpty())
                name = m_doc.translate("Proposal", "%1 (part of %2)").arg(name, r.partOf);
            const QString mark = r.best ? m_doc.translate("Proposal", "Closest match") : QString();
            const qreal nameH = wrappedHeight(name, nameFont, nameW)
                + (mark.isEmpty() ? 0 : metrics(factFont).height());
            const qreal capH = wrappedHeight(r.capacities, capFont, restW)
                + (r.facts.isEmpty() ? 0 : mm(0.6) + wrappedHeight(r.facts, factFont, restW));
            const qreal h = qMax(nameH, capH) + mm(3);
            ensure(h);
            if (i % 2 == 0)
                fill(QRectF(left, m_y, width, h), kStripe);
            text(QRectF(left + mm(2), m_y + mm(1.5), nameW - mm(2), nameH), name, nameFont, kInk,
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
            if (!mark.isEmpty())
                text(QRectF(left + mm(2), m_y + mm(1.5) + wrappedHeight(name, nameFont, nameW),
                         nameW - mm(2), metrics(factFont).height()),
                    mark, factFont, kAccent);
            const qreal capTextH = wrappedHeight(r.capacities, capFont, restW);
            text(QRectF(left + nameW + mm(2), m_y + mm(1.5), restW, capTextH), r.capacities,
                capFont, kInk, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
            if (!r.facts.isEmpty())
                text(QRectF(left + nameW + mm(2), m_y + mm(1.5) + capTextH + mm(0.6), restW,
                         h - capTextH),
                    r.facts, factFont, kMuted, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
            m_y += h;
        }
        if (needs.asksBreakouts())
            paragraph(fit.breakoutSentence(), font(kSans, 8.5),
                fit.breakoutsFound >= needs.breakoutRooms ? kMuted : kWarn);
        m_y += mm(6);
    }

    void label(const QString &s)
    {
        const QFont f = font(kSans, 7.5, QFont::Bold, true);
        const qreal h = metrics(f).height() + mm(1.5);
        ensure(h + mm(8)); // never a label alone at the foot of a page
        text(QRectF(m_content.left(), m_y, m_content.width(), h), s, f, kMuted);
        m_y += h + mm(0.5);
    }

    QPaintDevice *m_device;
    const ProposalData &m_data;
    const ProposalOptions &m_options;
    const DocumentText m_doc; // the texts' language
    QImage m_logo;
    qreal m_dpi = 300;
    QRectF m_page;
    QRectF m_content;
    qreal m_margin = 0;
    qreal m_y = 0;
    QList<QList<Op>> m_pages;
};

DbError emptyProposal(const ProposalData &data)
{
    return DbError::make(DbError::Kind::Validation, QStringLiteral("make the proposal"),
        data.emptySentence(), QStringLiteral("ProposalPdf"));
}

void setUp(QPdfWriter &writer, const ProposalData &data, const ProposalOptions &options)
{
    writer.setResolution(300);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(
        QCoreApplication::translate("Proposal", "Venue proposal: %1").arg(data.project.eventName));
    writer.setCreator(options.agencyName);
}

} // namespace

RunningHeaderLayout RunningHeaderLayout::layOut(const QString &agencyName, const QString &eventName,
    const QString &clientName, qreal width, const QFontMetricsF &agencyFont,
    const QFontMetricsF &textFont)
{
    RunningHeaderLayout l;
    const QString event = eventName.trimmed().isEmpty()
        ? QString()
        : QStringLiteral("·  ") + eventName.simplified();
    const QString client
        = QCoreApplication::translate("Proposal", "Prepared for %1").arg(clientName.simplified());
    const QString agency = agencyName.simplified();
    const qreal gap = textFont.horizontalAdvance(QStringLiteral("    "));
    qreal a = agencyFont.horizontalAdvance(agency);
    qreal e = event.isEmpty() ? 0 : textFont.horizontalAdvance(event);
    qreal c = textFont.horizontalAdvance(client);
    qreal excess = a + e + c + 2 * gap - width;
    // Give way in order: the client part down to a quarter of the line, the agency down to a
    // quarter, then the event down to nothing, then the other two down to nothing.
    auto giveWay = [&excess](qreal &w, qreal floor) {
        if (excess <= 0 || w <= floor)
            return;
        const qreal cut = qMin(excess, w - floor);
        w -= cut;
        excess -= cut;
    };
    giveWay(c, width / 4);
    giveWay(a, width / 4);
    giveWay(e, 0);
    giveWay(c, 0);
    giveWay(a, 0);
    l.agency = agencyFont.elidedText(agency, Qt::ElideRight, a);
    l.client = textFont.elidedText(client, Qt::ElideRight, c);
    l.event = event.isEmpty() ? QString() : textFont.elidedText(event, Qt::ElideRight, e);
    // An event cut down to its dot and an ellipsis says nothing: leave it out.
    if (l.event.size() <= 4)
        l.event.clear();
    const qreal lineH = textFont.height();
    const qreal aw = agencyFont.horizontalAdvance(l.agency);
    const qreal cw = textFont.horizontalAdvance(l.client);
    l.agencyRect = QRectF(0, 0, aw, lineH);
    l.eventRect = l.event.isEmpty()
        ? QRectF(aw, 0, 0, lineH)
        : QRectF(aw + gap, 0, textFont.horizontalAdvance(l.event), lineH);
    l.clientRect = QRectF(width - cw, 0, cw, lineH);
    return l;
}

DocumentText ProposalOptions::documentText(const ProposalData &data) const
{
    return DocumentText(language.isEmpty() ? data.project.language : language);
}

ProposalOptions ProposalOptions::fromSettings()
{
    QSettings settings;
    ProposalOptions o;
    o.agencyName = settings.value(QStringLiteral("proposal/agencyName"), defaultAgencyName())
                       .toString()
                       .trimmed();
    if (o.agencyName.isEmpty())
        o.agencyName = defaultAgencyName();
    const QString logoPath = settings.value(QStringLiteral("proposal/logoPath")).toString();
    if (!logoPath.isEmpty()) {
        QImage logo(logoPath);
        if (logo.isNull())
            qCWarning(lcProposal) << "the logo" << logoPath
                                  << "cannot be read; using the generated one";
        o.logo = logo;
    }
    const QString size
        = settings.value(QStringLiteral("proposal/pageSize"), QStringLiteral("A4")).toString();
    o.pageSize = size.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0 ? QPageSize::Letter
                                                                                 : QPageSize::A4;
    o.currencySymbol
        = settings.value(QStringLiteral("proposal/currency"), QStringLiteral("€")).toString();
    return o;
}

void ProposalOptions::saveToSettings(const QString &logoPath) const
{
    QSettings settings;
    settings.setValue(QStringLiteral("proposal/agencyName"), agencyName);
    settings.setValue(QStringLiteral("proposal/logoPath"), logoPath);
    settings.setValue(QStringLiteral("proposal/pageSize"),
        pageSize == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4"));
    settings.setValue(QStringLiteral("proposal/currency"), currencySymbol);
}

QImage ProposalOptions::generatedLogo(const QString &agencyName)
{
    QString initials;
    for (const QString &word : agencyName.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.at(0).isLetterOrNumber())
            initials += word.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    if (initials.isEmpty())
        initials = QStringLiteral("V");
    QImage image(320, 320, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(8, 8, 304, 304), 64, 64);
    p.fillPath(path, kAccent);
    p.setPen(QPen(QColor(255, 255, 255, 90), 10));
    p.drawArc(QRectF(60, 60, 200, 200), 30 * 16, 300 * 16);
    QFont f(kSerif);
    f.setPixelSize(initials.size() > 1 ? 118 : 150);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, 320, 320), Qt::AlignCenter, initials);
    p.end();
    return image;
}

QString ProposalPdf::priceText(const ProposalVenue &venue, const QString &symbol)
{
    if (!venue.quotedPriceCents)
        return QCoreApplication::translate("Proposal", "On request");
    // A quote in another currency than the proposal's says its own code ("GBP 9,800").
    if (venue.quote && venue.quote->currency != defaultCurrencyCode(symbol))
        return formatMoney(venue.quotedPriceCents, venue.quote->currency);
    return formatMoney(venue.quotedPriceCents, symbol);
}

QString ProposalPdf::formatMoney(std::optional<qint64> cents, const QString &symbol)
{
    if (!cents)
        return {};
    const qint64 whole = *cents / 100;
    const qint64 rest = std::llabs(*cents % 100);
    const QLocale locale = documentLocale();
    QString amount = locale.toString(whole);
    if (rest != 0)
        amount += locale.decimalPoint() + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
    return symbol.isEmpty() ? amount : symbol + QChar(0x202f) + amount;
}

Status ProposalPdf::render(
    const ProposalData &data, const ProposalOptions &options, QPagedPaintDevice *device)
{
    if (data.isEmpty())
        return emptyProposal(data);
    const DocumentLanguageScope language(options.documentText(data));
    Composer composer(device, data, options);
    composer.compose();
    composer.paint(device);
    qCInfo(lcProposal) << "rendered proposal for" << data.project.id << "with" << data.venues.size()
                       << "venues on" << composer.pageCount() << "pages";
    return {};
}

Status ProposalPdf::write(const ProposalData &data, const ProposalOptions &options, QIODevice *out)
{
    if (data.isEmpty())
        return emptyProposal(data);
    const DocumentLanguageScope language(options.documentText(data));
    QPdfWriter writer(out);
    setUp(writer, data, options);
    return render(data, options, &writer);
}

Status ProposalPdf::writeFile(
    const ProposalData &data, const ProposalOptions &options, const QString &path)
{
    if (data.isEmpty())
        return emptyProposal(data);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return DbError::make(DbError::Kind::Io, QStringLiteral("save the proposal"),
            QStringLiteral("%1 cannot be written: %2.").arg(path, file.errorString()),
            QStringLiteral("ProposalPdf::writeFile"));
    if (Status s = write(data, options, &file); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return DbError::make(DbError::Kind::Io, QStringLiteral("save the proposal"),
            QStringLiteral("%1 cannot be written: %2.").arg(path, file.errorString()),
            QStringLiteral("ProposalPdf::writeFile"));
    return {};
}

int ProposalPdf::pageCount(const ProposalData &data, const ProposalOptions &options)
{
    if (data.isEmpty())
        return 0;
    const DocumentLanguageScope language(options.documentText(data));
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    setUp(writer, data, options);
    Composer composer(&writer, data, options);
    composer.compose();
    return composer.pageCount();
}

} // namespace VenueMap::Core
