#pragma once

#include <QDialog>

namespace Ui {
class AboutDialog;
}

namespace VenueMap::Ui {

// Help ▸ About: the application icon, name, version and what it is for, and the open database.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // `database` is shown as plain text (MainWindow::describe of the open database).
    explicit AboutDialog(const QString &database, QWidget *parent = nullptr);
    ~AboutDialog() override;

    QString versionText() const;
    QPixmap iconPixmap() const;

    static constexpr int kIconSize = 96;

private:
    ::Ui::AboutDialog *m_ui;
};

} // namespace VenueMap::Ui
