#pragma once

#include <QIcon>
#include <QWidget>

namespace VenueMap::Ui {

// Stands in for a page that a later issue fills: its icon, its name and what it will hold.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QIcon &icon, const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace VenueMap::Ui
