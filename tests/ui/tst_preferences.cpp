// Edit ▸ Preferences ▸ Language: the choice is kept for the next start, and a start in that
// language speaks it: the app's own texts, Qt's standard buttons, dates and numbers.
#include "uitesthelpers.h"

#include "db/dberror.h"
#include "domain/activity.h"
#include "domain/language.h"
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace VenueMap;

class tst_Preferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Test::setUpGuiTest(); }
    void cleanup() { Core::installAppLanguage(QStringLiteral("en")); }
    void choiceIsKeptForTheNextStart();
    void aStartInFrenchSpeaksFrench();
    void aStartInDutchSpeaksDutch();
    void aStartInGermanSpeaksGerman();
    void errorSentencesReadNaturally_data();
    void errorSentencesReadNaturally();
    void theActivityLogSpeaksTheLanguage();
    void systemLanguageIsTheDefault();
};

void tst_Preferences::choiceIsKeptForTheNextStart()
{
    QSettings().remove(QStringLiteral("ui/language"));
    Ui::PreferencesDialog dialog;
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>();
    QVERIFY(combo);
    // The system's language first, then each language by its own name.
    QVERIFY(combo->itemText(0).startsWith(QStringLiteral("System language")));
    QVERIFY(combo->findText(QStringLiteral("Français")) > 0);
    QVERIFY(combo->findText(QStringLiteral("Nederlands")) > 0);
    QCOMPARE(dialog.chosenLanguage(), QString());
    combo->setCurrentIndex(combo->findText(QStringLiteral("Français")));
    // Said before OK: it applies at the next start.
    bool told = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        told = told
            || (label->isVisible()
                && label->text()
                    == QStringLiteral("VenueMap speaks Français from its next start."));
    QVERIFY(told);
    Test::screenshot(&dialog, QStringLiteral("preferences"));
    dialog.accept();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));

    Ui::PreferencesDialog again;
    QCOMPARE(again.chosenLanguage(), QStringLiteral("fr"));
    again.setChosenLanguage(QString());
    again.accept();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void tst_Preferences::aStartInFrenchSpeaksFrench()
{
    QCOMPARE(Core::installAppLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
    Ui::PreferencesDialog dialog; // windows are built after the language is installed
    QVERIFY2(
        dialog.windowTitle() != QStringLiteral("Preferences"), qPrintable(dialog.windowTitle()));
    QCOMPARE(dialog.windowTitle(),
        QCoreApplication::translate("VenueMap::Ui::PreferencesDialog", "Preferences"));
    // Qt's own translation for its standard buttons (qt6-translations-l10n).
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(
        buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Annuler"));
    // Dates and numbers in French.
    QCOMPARE(Core::displayDate(QDate(2027, 2, 12)), QStringLiteral("12 févr. 2027"));
    QCOMPARE(QLocale().toString(1269), QStringLiteral("1\u202f269"));
    QCOMPARE(
        Core::displayMoney(1800050, QStringLiteral("€")), QStringLiteral("€\u202f18\u202f000,50"));
}

void tst_Preferences::aStartInDutchSpeaksDutch()
{
    QCOMPARE(Core::installAppLanguage(QStringLiteral("nl")), QStringLiteral("nl"));
    Ui::PreferencesDialog dialog;
    QVERIFY2(
        dialog.windowTitle() != QStringLiteral("Preferences"), qPrintable(dialog.windowTitle()));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'),
        QStringLiteral("Annuleren"));
    QCOMPARE(Core::displayDate(QDate(2027, 3, 12)), QStringLiteral("12 mrt. 2027"));
    QCOMPARE(QLocale().toString(1269), QStringLiteral("1.269"));
}

void tst_Preferences::aStartInGermanSpeaksGerman()
{
    QCOMPARE(Core::installAppLanguage(QStringLiteral("de")), QStringLiteral("de"));
    Ui::PreferencesDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'),
        QStringLiteral("Abbrechen"));
    QCOMPARE(Core::displayDate(QDate(2027, 3, 12)), QStringLiteral("12. März 2027"));
    QCOMPARE(QLocale().toString(1269), QStringLiteral("1.269"));
}

// "Could not %1: %2" is glued from an operation and a reason: each language's operations are
// translated to fit it ("Impossible d'enregistrer le lieu", never "Impossible de enregistrer").
void tst_Preferences::errorSentencesReadNaturally_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("expected");
    const QString readOnly = QStringLiteral("The database is read-only; changes cannot be saved.");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("VenueRepository")
                        << QStringLiteral("save the venue")
                        << QStringLiteral("Could not save the venue: ") + readOnly;
    QTest::newRow("fr vowel") << QStringLiteral("fr") << QStringLiteral("VenueRepository")
                              << QStringLiteral("save the venue")
                              << QStringLiteral("Impossible d'enregistrer le lieu\u00a0: La base "
                                                "de données est en lecture seule\u00a0; les "
                                                "modifications ne peuvent pas être enregistrées.");
    QTest::newRow("fr consonant") << QStringLiteral("fr") << QStringLiteral("HoldRepository")
                                  << QStringLiteral("read the hold")
                                  << QStringLiteral("Impossible de lire l'option\u00a0: La base de "
                                                    "données est en lecture seule\u00a0; les "
                                                    "modifications ne peuvent pas être "
                                                    "enregistrées.");
    QTest::newRow("fr apostrophe")
        << QStringLiteral("fr") << QStringLiteral("HoldRepository")
        << QStringLiteral("add the date range")
        << QStringLiteral("Impossible d'ajouter la période\u00a0: La base "
                          "de données est en lecture seule\u00a0; les "
                          "modifications ne peuvent pas être "
                          "enregistrées.");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("VenueRepository")
                        << QStringLiteral("save the venue")
                        << QStringLiteral(
                               "Locatie opslaan is niet gelukt: De database is "
                               "alleen-lezen; wijzigingen kunnen niet worden opgeslagen.");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("VenueRepository")
                        << QStringLiteral("save the venue")
                        << QStringLiteral("Location speichern fehlgeschlagen: Die Datenbank ist "
                                          "schreibgeschützt; Änderungen können nicht gespeichert "
                                          "werden.");
}

void tst_Preferences::errorSentencesReadNaturally()
{
    QFETCH(QString, lang);
    QFETCH(QString, context);
    QFETCH(QString, operation);
    QFETCH(QString, expected);
    QCOMPARE(Core::installAppLanguage(lang), lang);
    const Core::DbError e = Core::DbError::make(Core::DbError::Kind::Sql,
        QCoreApplication::translate(qPrintable(context), qPrintable(operation)),
        QCoreApplication::translate(
            "DbError", "The database is read-only; changes cannot be saved."));
    QCOMPARE(e.sentence(), expected);
}

// The log stores keys and the decline reason's English label (the same for every colleague); a
// French reader sees them in French, the note as typed.
void tst_Preferences::theActivityLogSpeaksTheLanguage()
{
    QCOMPARE(Core::installAppLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
    Core::ActivityEntry declined;
    declined.userName = QStringLiteral("Camille");
    declined.action = QStringLiteral("status_changed");
    declined.details = QJsonObject { { QStringLiteral("venue"), QStringLiteral("Studio 6") },
        { QStringLiteral("to"), QStringLiteral("declined") },
        { QStringLiteral("reason"), QStringLiteral("Rate too high: 20% over budget") } };
    const QString sentence = declined.sentence();
    QVERIFY2(sentence.contains(QStringLiteral("Tarif trop élevé: 20% over budget")),
        qPrintable(sentence));
    QVERIFY2(!sentence.contains(QStringLiteral("Rate too high")), qPrintable(sentence));
    Core::ActivityEntry included;
    included.userName = QStringLiteral("Lucas");
    included.action = QStringLiteral("included_in_proposal");
    QCOMPARE(included.sentence(), QStringLiteral("Lucas\u00a0: Ajouté à la proposition"));
}

void tst_Preferences::systemLanguageIsTheDefault()
{
    // A language the app is not translated into falls back to the system's, then English.
    const QString system = Core::resolveAppLanguage({});
    QVERIFY(Core::translatedLanguages().contains(system));
    QCOMPARE(Core::resolveAppLanguage(QStringLiteral("tlh")), system);
    QCOMPARE(Core::resolveAppLanguage(QStringLiteral("nl")), QStringLiteral("nl"));
    QCOMPARE(Core::installAppLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(Core::displayDate(QDate(2027, 9, 12)), QStringLiteral("12 Sep 2027"));
}

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
