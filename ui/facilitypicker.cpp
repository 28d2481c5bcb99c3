#include "facilitypicker.h"

#include "domain/venue.h"

namespace VenueMap::Ui {

FacilityPicker::FacilityPicker(QWidget *parent)
    : QListWidget(parent)
{
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::NoSelection);
    connect(this, &QListWidget::itemChanged, this, &FacilityPicker::checkedChanged);
}

void FacilityPicker::setChoices(const QStringList &labels)
{
    m_choices = labels;
    rebuild(labels, checked());
}

void FacilityPicker::setChecked(const QStringList &facilities)
{
    rebuild(m_choices, facilities);
}

QStringList FacilityPicker::checked() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            out << item(i)->data(Qt::UserRole).toString();
    return out;
}

bool FacilityPicker::setFacilityChecked(const QString &facility, bool on)
{
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(Qt::UserRole).toString() == facility) {
            item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    return false;
}

QSize FacilityPicker::sizeHint() const
{
    return QSize(QListWidget::sizeHint().width(), heightFor(viewport()->width()));
}

int FacilityPicker::heightFor(int width) const
{
    // Every row at the width the list has, up to a limit past which it scrolls.
    const QSize cell = gridSize().isValid() ? gridSize() : QSize(120, fontMetrics().height() + 6);
    const int columns = qMax(1, width / qMax(1, cell.width()));
    const int rows = qBound(2, int((count() + columns - 1) / columns), 6);
    return rows * cell.height() + 2 * frameWidth() + 4;
}

void FacilityPicker::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    fitHeight();
}

void FacilityPicker::fitHeight()
{
    const int height = heightFor(viewport()->width());
    if (minimumHeight() != height) {
        setMinimumHeight(height);
        updateGeometry();
    }
}

void FacilityPicker::rebuild(const QStringList &labels, const QStringList &ticked)
{
    const QSignalBlocker quiet(this); // not the person's ticking
    clear();
    QStringList all = labels;
    for (const QString &f : ticked)
        if (!all.contains(f))
            all << f;
    int widest = 0;
    for (const QString &label : std::as_const(all)) {
        // Shown in the app's language; the stored label is what is ticked and saved.
        const QString shown = Core::facilityLabel(label);
        auto *item = new QListWidgetItem(shown, this);
        item->setData(Qt::UserRole, label);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(label) ? Qt::Checked : Qt::Unchecked);
        widest = std::max(widest, fontMetrics().horizontalAdvance(shown));
    }
    // Columns as wide as the longest label (and its check box), so that no label is cut.
    setGridSize(QSize(widest + 36, fontMetrics().height() + 6));
    fitHeight();
}

} // namespace VenueMap::Ui
