#pragma once

// For GUI tests that start the whole app (AppController): passes the sign-in gate the way a
// person would, creating the first admin on a new database or signing that admin in again.
#include "auth/firstadmindialog.h"
#include "auth/signindialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <functional>

namespace VenueMap::Test {

inline const QString kTestAdminEmail = QStringLiteral("first.admin@example.agency");
inline const QString kTestAdminPassword = QStringLiteral("first-admin-password");

// Waits until `finished()` holds (typically: the main window is there) or a sign-in dialog shows,
// and fills that in; returns false on timeout.
inline bool passSignInGate(const std::function<bool()> &finished, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (finished())
            return true;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (!w->isVisible())
                continue;
            if (auto *first = qobject_cast<Ui::FirstAdminDialog *>(w)) {
                first->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                    ->setText(QStringLiteral("First Admin"));
                first->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
                    ->setText(kTestAdminEmail);
                first->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                    ->setText(kTestAdminPassword);
                first->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))
                    ->setText(kTestAdminPassword);
                QTest::mouseClick(first->createButton(), Qt::LeftButton);
                return true;
            }
            if (auto *signIn = qobject_cast<Ui::SignInDialog *>(w)) {
                signIn->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
                    ->setText(kTestAdminEmail);
                signIn->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                    ->setText(kTestAdminPassword);
                QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
                return true;
            }
        }
        QTest::qWait(20);
    }
    return false;
}

} // namespace VenueMap::Test
