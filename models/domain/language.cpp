#include "language.h"

#include <cstdlib>

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>

namespace VenueMap::Core {

QString englishPluralForm(const QString &source, int n)
{
    QString out = source;
    out.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return out;
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText)
        return {}; // not a counted text: Qt shows the source text as it is
    const QString source = QString::fromUtf8(sourceText);
    if (!source.contains(QLatin1String("(s)")))
        return {};
    return englishPluralForm(source, n);
}

QDate parseTypedDate(const QString &text)
{
    QString t = text.simplified();
    t.replace(QLatin1Char(','), QLatin1Char(' '));
    t = t.simplified();
    // A year is written in full: "12.02.2" is half-typed, not the year 2 (which a date field
    // would clamp to its minimum, 14 Sep 1752, while the person is still typing).
    static const QRegularExpression fullYear(QStringLiteral("(^|\\D)\\d{4}(\\D|$)"));
    if (t.isEmpty() || !fullYear.match(t).hasMatch())
        return {};
    static const QStringList formats { QStringLiteral("d MMM yyyy"), QStringLiteral("d MMMM yyyy"),
        QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("d-M-yyyy"),
        QStringLiteral("yyyy-M-d"), QStringLiteral("d M yyyy"), QStringLiteral("ddd d MMM yyyy"),
        QStringLiteral("dddd d MMMM yyyy") };
    // English month names whatever the system language; the app's own locale too.
    for (const QLocale &locale : { QLocale(QLocale::English), QLocale() }) {
        for (const QString &format : formats) {
            const QDate d = locale.toDate(t, format);
            if (d.isValid())
                return d;
        }
    }
    // "12 sept 2027", "12 FEB 2027": month names as people write them.
    const QStringList parts = t.split(QLatin1Char(' '));
    if (parts.size() == 3) {
        bool dayOk = false, yearOk = false;
        const int day = parts.at(0).toInt(&dayOk);
        const int year = parts.at(2).toInt(&yearOk);
        const QString month = parts.at(1).toLower();
        if (dayOk && yearOk && month.size() >= 3) {
            const QLocale en(QLocale::English);
            for (int m = 1; m <= 12; ++m)
                if (en.monthName(m, QLocale::LongFormat).toLower().startsWith(month.left(3))) {
                    const QDate d(year, m, day);
                    if (d.isValid())
                        return d;
                }
        }
    }
    return {};
}

namespace {
thread_local const DocumentText *tlsDocument = nullptr; // the DocumentLanguageScope's, if any

// The locale display*() format in: a document's inside a DocumentLanguageScope, else the app's.
QLocale displayLocale()
{
    return tlsDocument ? tlsDocument->locale() : QLocale();
}

// Asked first by QCoreApplication::translate: on a thread inside a DocumentLanguageScope it
// answers every text in the document's language (English: the source text); elsewhere it has
// nothing to say and the app's translators answer.
class DocumentLanguageTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override
    {
        if (!tlsDocument || !sourceText || !*sourceText)
            return {};
        return tlsDocument->translate(context, sourceText, disambiguation, n);
    }
    bool isEmpty() const override { return false; }
};

// Month names for shown dates in English: the same three letters whatever English the system
// speaks (English (United Kingdom) writes "Sept" beside "Aug").
const QLocale &englishDateNames()
{
    static const QLocale names(QLocale::English, QLocale::UnitedStates);
    return names;
}

// The names a date is shown with in `locale`'s language.
QLocale dateNamesFor(const QLocale &locale)
{
    return locale.language() == QLocale::English ? englishDateNames() : locale;
}

// The pattern as the language writes it: German has an ordinal day and a comma after the
// weekday ("Freitag, 12. März 2027"); the other languages write the pattern as given.
QString datePattern(const QLocale &locale, const QString &format)
{
    if (locale.language() != QLocale::German)
        return format;
    static const QRegularExpression day(QStringLiteral("(?<![d'])d(?=\\s)"));
    QString pattern = format;
    pattern.replace(QStringLiteral("dddd d "), QStringLiteral("dddd, d "));
    pattern.replace(day, QStringLiteral("d."));
    return pattern;
}

QString moneyIn(const QLocale &locale, std::optional<qint64> cents, const QString &currencySymbol)
{
    if (!cents)
        return {};
    const qint64 whole = *cents / 100;
    const qint64 rest = std::llabs(*cents % 100);
    QString amount = locale.toString(whole);
    if (rest != 0)
        amount += locale.decimalPoint() + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
    if (*cents < 0 && whole == 0)
        amount.prepend(locale.negativeSign());
    return currencySymbol.isEmpty() ? amount : currencySymbol + QChar(0x202f) + amount;
}

QString translationFile(const QString &code)
{
    return QStringLiteral(":/i18n/venuemap_%1.qm").arg(code);
}

// The locale of a language: the system's own when it speaks that language (French (Belgium)
// stays Belgian), English (United Kingdom) for English otherwise, else the language's main one.
QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(code);
    if (system.language() == wanted.language())
        return system;
    if (wanted.language() == QLocale::English)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return wanted;
}

// One loaded translation per language, shared by every document (and thread) that uses it.
std::shared_ptr<const QTranslator> documentTranslator(const QString &code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    if (auto it = loaded.constFind(code); it != loaded.cend())
        return *it;
    auto translator = std::make_shared<QTranslator>();
    std::shared_ptr<const QTranslator> result;
    if (translator->load(translationFile(code)))
        result = std::move(translator);
    loaded.insert(code, result);
    return result;
}

// What QCoreApplication::translate does for a counted text: %n the count, %Ln in the locale.
QString fillCount(QString text, int n, const QLocale &locale)
{
    if (n < 0)
        return text;
    text.replace(QLatin1String("%Ln"), locale.toString(n));
    text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}
} // namespace

QString formatDate(const QLocale &locale, const QDate &date, const QString &format)
{
    if (!date.isValid())
        return {};
    return dateNamesFor(locale).toString(date, datePattern(locale, format));
}

QString displayDateFormat()
{
    return datePattern(displayLocale(), QStringLiteral("d MMM yyyy"));
}

QString displayDate(const QDate &date)
{
    return formatDate(displayLocale(), date, QStringLiteral("d MMM yyyy"));
}

QString displayShortDate(const QDate &date)
{
    return formatDate(displayLocale(), date, QStringLiteral("d MMM yy"));
}

QString displayDateTime(const QDateTime &moment)
{
    return moment.isValid()
        ? formatDate(displayLocale(), moment.toLocalTime().date(), QStringLiteral("d MMM yyyy"))
            + dateNamesFor(displayLocale())
                  .toString(moment.toLocalTime(), QStringLiteral(", HH:mm"))
        : QString();
}

QString displayMoney(std::optional<qint64> cents, const QString &currencySymbol)
{
    return moneyIn(displayLocale(), cents, currencySymbol);
}

QStringList translatedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl"),
        QStringLiteral("de") };
}

QString runningAppLanguage()
{
    return QLocale::languageToCode(QLocale().language());
}

QString resolveAppLanguage(const QString &choice)
{
    const QStringList languages = translatedLanguages();
    if (languages.contains(choice))
        return choice;
    const QString system = QLocale::languageToCode(QLocale::system().language());
    return languages.contains(system) ? system : QStringLiteral("en");
}

QString installAppLanguage(const QString &choice)
{
    static QPointer<EnglishPlurals> plurals; // one per application
    static QList<QPointer<QTranslator>> installed; // the chosen language's, replaced on a change
    QCoreApplication *app = QCoreApplication::instance();
    const QString code = resolveAppLanguage(choice);
    if (app) {
        if (!plurals) {
            plurals = new EnglishPlurals(app);
            QCoreApplication::installTranslator(plurals);
        }
        for (const QPointer<QTranslator> &old : std::as_const(installed))
            if (old) {
                QCoreApplication::removeTranslator(old);
                delete old;
            }
        installed.clear();
        if (code != QLatin1String("en")) {
            // Asked before the English plurals (Qt asks the last installed first), after the
            // document languages' translator, which is installed once and stays first.
            auto *qt = new QTranslator(app);
            if (qt->load(QStringLiteral("qtbase_") + code,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(qt);
            installed << qt;
            auto *own = new QTranslator(app);
            if (own->load(translationFile(code)))
                QCoreApplication::installTranslator(own);
            installed << own;
        }
    }
    QLocale::setDefault(localeFor(code));
    installDocumentLanguages();
    return code;
}

void installDocumentLanguages()
{
    static QPointer<DocumentLanguageTranslator> translator;
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    if (translator) // stays the last installed, so the first asked
        QCoreApplication::removeTranslator(translator);
    else
        translator = new DocumentLanguageTranslator(app);
    QCoreApplication::installTranslator(translator);
}

DocumentLanguageScope::DocumentLanguageScope(const DocumentText &document)
    : m_document(document)
    , m_previous(tlsDocument)
{
    tlsDocument = &m_document;
}

DocumentLanguageScope::~DocumentLanguageScope()
{
    tlsDocument = m_previous;
}

const DocumentText *currentDocumentText()
{
    return tlsDocument;
}

QLocale textLocale()
{
    if (tlsDocument)
        return tlsDocument->locale();
    const QLocale app;
    return app.language() == QLocale::C ? QLocale(QLocale::English) : app;
}

QString labelInSentence(const QString &label)
{
    return textLocale().language() == QLocale::German ? label : label.toLower();
}

DocumentText::DocumentText(const QString &languageCode)
    : m_code(translatedLanguages().contains(languageCode) ? languageCode : QStringLiteral("en"))
    , m_locale(localeFor(m_code))
    , m_translator(m_code == QLatin1String("en") ? nullptr : documentTranslator(m_code))
{ }

QString DocumentText::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    if (m_translator) {
        const QString text = m_translator->translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty())
            return fillCount(text, n, m_locale);
    }
    QString source = QString::fromUtf8(sourceText);
    if (n >= 0)
        source = englishPluralForm(source, n);
    return fillCount(source, n, m_locale);
}

QString DocumentText::date(const QDate &date) const
{
    return formatDate(m_locale, date, QStringLiteral("d MMM yyyy"));
}

QString DocumentText::money(std::optional<qint64> cents, const QString &currencySymbol) const
{
    return moneyIn(m_locale, cents, currencySymbol);
}

} // namespace VenueMap::Core
