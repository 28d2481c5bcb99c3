#pragma once

#include <QListWidget>

namespace VenueMap::Ui {

// Facilities ticked from the vocabulary (Core::FacilityVocabulary), never typed: a wrapping
// list of check boxes, columns as wide as the longest label. A ticked facility that is not one
// of the choices (stored before the vocabulary, or by another writer) is shown ticked too, so
// saving keeps it unless the person unticks it.
class FacilityPicker final : public QListWidget
{
    Q_OBJECT
public:
    explicit FacilityPicker(QWidget *parent = nullptr);

    // The labels offered, in this order; what is ticked stays ticked.
    void setChoices(const QStringList &labels);
    // Ticks exactly `facilities` (each added at the end when it is not a choice).
    void setChecked(const QStringList &facilities);
    // The ticked facilities, in the list's order.
    QStringList checked() const;
    // Ticks or unticks one facility; false when the picker has no such facility.
    bool setFacilityChecked(const QString &facility, bool checked);

    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // The person ticked or unticked something.
    void checkedChanged();

private:
    void rebuild(const QStringList &labels, const QStringList &ticked);
    // The height that shows every row at `width` (up to six rows; more scroll).
    int heightFor(int width) const;
    void fitHeight();
    QStringList m_choices;
};

} // namespace VenueMap::Ui
