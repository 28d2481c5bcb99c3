#pragma once

#include "export/proposalpdf.h"

#include <QDialog>

namespace Ui {
class ProposalSettingsDialog;
}

namespace VenueMap::Ui {

// The agency's name, logo, paper and currency as proposals show them (QSettings proposal/*).
class ProposalSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProposalSettingsDialog(QWidget *parent = nullptr);
    ~ProposalSettingsDialog() override;

    Core::ProposalOptions options() const;
    QString logoPath() const { return m_logoPath; }
    void setLogoPath(const QString &path);
    // Saves to QSettings (OK does this).
    void save() const;

private:
    void updateLogoPreview();

    ::Ui::ProposalSettingsDialog *m_ui;
    QString m_logoPath;
};

} // namespace VenueMap::Ui
