// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QLineEdit>

class QIcon;
class QListWidget;
class QListWidgetItem;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class SuggestionPopup;

// The search field of the main toolbar: as one types, a list under it shows the
// customers and products that match (each with its kind); Up/Down pick one, Enter or a
// click opens it. The list is a child of the window, so keyboard focus stays here.
class GlobalSearch : public QLineEdit {
    Q_OBJECT
public:
    static constexpr int kPerKind = 8;
    enum class Kind { Customer, Product };

    GlobalSearch(services::Services& services, const domain::Actor& actor,
                 QWidget* parent = nullptr);

    QListWidget* resultList() const;
    // Searches now instead of after the typing pause.
    void searchNow();

Q_SIGNALS:
    void chosen(mostrador::app::GlobalSearch::Kind kind, const QString& key);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void addItem(const QIcon& icon, const QString& text, Kind kind, const QString& key);
    void addCustomers(const QString& text);
    void addProducts(const QString& text);
    void activate(QListWidgetItem* item);

    services::Services& m_services;
    domain::Actor m_actor;
    SuggestionPopup* m_popup = nullptr;
};

} // namespace mostrador::app
