// SPDX-License-Identifier: MIT
#include "app/login_dialog.h"

#include "app/app_settings.h"
#include "services/services.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mostrador::app {

LoginDialog::LoginDialog(services::Services& services, QWidget* parent)
    : QDialog(parent)
    , m_services(services) {
    setWindowTitle(tr("Log in to Mostrador"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mostrador.svg")));
    QString company;
    if (auto profile = services.settings().company())
        company = profile->name;
    auto* heading = new QLabel(company.isEmpty() ? tr("Log in") : company, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);

    m_user = new QLineEdit(AppSettings().value(QStringLiteral("login/user")).toString(), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::accept() {
    auto actor = m_services.users().login(m_user->text().trimmed(), m_password->text());
    if (!actor) {
        m_error->setText(actor.error().message);
        m_error->show();
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    m_actor = *actor;
    AppSettings().setValue(QStringLiteral("login/user"), m_actor.name);
    QDialog::accept();
}

} // namespace mostrador::app
