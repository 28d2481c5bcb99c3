#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>
#include <optional>

namespace VenueMap::Core {

// English plural forms for every counted text, without a translation file: a source text like
// tr("%Ln guest(s)", nullptr, n) reads "1 guest" or "1,269 guests". Qt alone prints "(s)"
// literally. A real translation installed later (issue 15) is asked first, so this only
// supplies the English the source code is written in.
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

// The English form of a counted source text: each "(s)" becomes "" for 1 and "s" otherwise;
// "%n" and "%Ln" are left for Qt to fill in. Texts without "(s)" come back unchanged.
QString englishPluralForm(const QString &source, int n);

// A date as a person types it, always day before month: "12 Feb 2027", "12 february 2027",
// "12/02/2027", "12.2.2027", "2027-02-12" are all 12 February 2027. Invalid when unreadable.
// The one reader of typed dates (the project dialog's date fields use it).
QDate parseTypedDate(const QString &text);

// The one way the app shows a date and a moment, on every page: "12 Feb 2027" and
// "12 Feb 2027, 14:05" (local time), with the same English month abbreviations everywhere
// ("Sep", never "Sept"). Empty when invalid.
// Compact cells may use displayShortDate ("12 Feb 27"), never another order.
// A date in `locale` with a QDate pattern written for English and French ("d MMMM yyyy",
// "dddd d MMMM yyyy"), as each language writes it: German "Freitag, 12. März 2027".
QString formatDate(const QLocale &locale, const QDate &date, const QString &format);
QString displayDate(const QDate &date);
// The pattern of a date field (QDateEdit) in the app's language: "d MMM yyyy", German "d. MMM
// yyyy".
QString displayDateFormat();
QString displayShortDate(const QDate &date);
QString displayDateTime(const QDateTime &moment);

// The one way a window shows an amount of money: "€ 18,000" or "€ 1,250.50" (cents only when
// there are some), grouped as every number in the app, the symbol first as in the proposal PDF.
// Empty for no amount; no symbol when none is set (Data ▸ Proposal Branding…).
QString displayMoney(std::optional<qint64> cents, const QString &currencySymbol = {});

// The languages the app is translated into, English (the source) first: codes as in
// documentLanguages() ("en", "fr", "nl", "de"). Each has :/i18n/venuemap_<code>.qm built in.
QStringList translatedLanguages();

// The language the person chose (Preferences ▸ Language: a code of translatedLanguages(), or
// empty for the system's), resolved: the choice when it is translated, else the system's
// language when it is, else English.
QString resolveAppLanguage(const QString &choice);
// The code of the language the app speaks now (installAppLanguage() set QLocale()): "fr".
QString runningAppLanguage();

// The app's language, for the whole application, once, after the application exists: the
// translation of resolveAppLanguage(choice) and Qt's own for its standard dialogs, English plural
// forms (above) under them, and numbers and dates in that language's locale (QLocale()). For
// English, a system locale whose language is English is kept (its date order); any other becomes
// English (United Kingdom), so a count reads "1,269" in every window as in the proposal PDF.
// Returns the code installed. venuemapctl never calls it: it stays English (scripts parse it).
QString installAppLanguage(const QString &choice = {});

// Texts of a client document (proposal PDF and CSV, outreach email) in the client's language,
// whatever language the app itself speaks: an agency in Brussels sends one proposal in French
// and the next in Dutch. Source texts are marked where they are written,
//     doc.translate("Proposal", "Capacity")
//     doc.translate("Proposal", "%n venue(s)", nullptr, count)
// (lupdate finds them by the name translate), and read from :/i18n/venuemap_<code>.qm; an
// untranslated text, or a language without a translation, reads in English. Dates, numbers and
// money follow the language's locale. Cheap to copy; safe to use from any thread.
class DocumentText
{
public:
    explicit DocumentText(const QString &languageCode = QStringLiteral("en"));

    // The language the texts are in: the code asked for when it is translated, else "en".
    const QString &languageCode() const { return m_code; }
    const QLocale &locale() const { return m_locale; }

    QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const;

    // "12 Feb 2027" / "12 févr. 2027" / "12 feb 2027".
    QString date(const QDate &date) const;
    // "€ 18,000" / "€ 18 000" / "€ 18.000", cents only when there are some.
    QString money(std::optional<qint64> cents, const QString &currencySymbol = {}) const;
    QString number(qint64 value) const { return m_locale.toString(value); }

private:
    QString m_code;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator; // null for English
};

// While one lives on a thread, every tr() and display*() above on that thread answers in the
// document's language instead of the app's: the domain's labels and sentences a document prints
// (layouts, facilities, a quote's validity, a room's fit) follow the client's language without
// being told. Documents are made inside one; other threads (the GUI's) are not affected.
class DocumentLanguageScope
{
public:
    explicit DocumentLanguageScope(const DocumentText &document);
    ~DocumentLanguageScope();
    DocumentLanguageScope(const DocumentLanguageScope &) = delete;
    DocumentLanguageScope &operator=(const DocumentLanguageScope &) = delete;

private:
    DocumentText m_document;
    const DocumentText *m_previous;
};

// The document of the innermost DocumentLanguageScope on this thread, or null.
const DocumentText *currentDocumentText();

// The locale numbers and dates in a sentence are written in: the document's inside a
// DocumentLanguageScope, else the app's (English where none was installed, as in venuemapctl).
QLocale textLocale();

// A label ("Theatre", "Latitude") inside a sentence, in textLocale()'s language: lower case
// ("no theatre room"), except in German, whose nouns keep their capital ("kein Raum Theater").
QString labelInSentence(const QString &label);

// Lets DocumentLanguageScope reach tr(): one translator, asked first, that answers only on a
// thread inside a scope. installAppLanguage() calls it; venuemapctl and tests that make
// documents call it once after the application exists (from its thread).
void installDocumentLanguages();

} // namespace VenueMap::Core
