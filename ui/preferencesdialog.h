#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace VenueMap::Ui {

// Edit ▸ Preferences…: the language VenueMap speaks (the system's, or one it is translated
// into), kept in the setting ui/language and applied at the next start, when every window is
// built in it. Client documents follow each project's own language, not this one.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The code chosen: empty for the system's language, else "en", "fr", "nl", "de".
    QString chosenLanguage() const;
    void setChosenLanguage(const QString &code);

    void accept() override;

private:
    void updateNote();

    QComboBox *m_language;
    QLabel *m_note;
    QString m_running; // the language the app speaks now
};

} // namespace VenueMap::Ui
