#pragma once

class QWidget;

namespace VenueMap::Ui {

// Data is text, not markup (STYLE 18, issue 12 finding 3): every QLabel under `root` that still
// auto-detects rich text (Qt::AutoText, QLabel's default) shows plain text from now on, whatever
// it is given later. A label meant for markup says Qt::RichText itself and escapes what it puts
// in with toHtmlEscaped(). Call at the end of a page's or dialog's constructor.
void showLabelsAsPlainText(QWidget *root);

} // namespace VenueMap::Ui
