#include "preferencesdialog.h"

#include "domain/currency.h"
#include "domain/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace VenueMap::Ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_running(Core::runningAppLanguage())
{
    setWindowTitle(tr("Preferences"));
    const QString system = Core::resolveAppLanguage({});
    m_language->addItem(
        tr("System language (%1)").arg(Core::documentLanguageName(system)), QString());
    for (const Core::DocumentLanguage &language : Core::documentLanguages())
        m_language->addItem(language.name, language.code);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *explain = new QLabel(tr("Windows, menus, dates and numbers. Proposals and emails to a "
                                  "client are written in the language of their project."),
        this);
    explain->setWordWrap(true);
    form->addRow(QString(), explain);
    form->addRow(QString(), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    setChosenLanguage(QSettings().value(kLanguageKey).toString());
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);
    updateNote();
    setMinimumWidth(440);
}

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setChosenLanguage(const QString &code)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

void PreferencesDialog::updateNote()
{
    const QString next = Core::resolveAppLanguage(chosenLanguage());
    m_note->setText(next == m_running
            ? QString()
            : tr("VenueMap speaks %1 from its next start.").arg(Core::documentLanguageName(next)));
    m_note->setVisible(!m_note->text().isEmpty());
    // Grow with the note instead of squeezing the explanation above it.
    if (isVisible()) {
        layout()->activate();
        resize(width(), std::max(height(), layout()->totalHeightForWidth(width())));
    }
}

void PreferencesDialog::accept()
{
    QSettings settings;
    if (chosenLanguage().isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, chosenLanguage());
    QDialog::accept();
}

} // namespace VenueMap::Ui
