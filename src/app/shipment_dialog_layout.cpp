// SPDX-License-Identifier: MIT
// How the shipment dialog is laid out: the order, the header fields, the lines with their
// "To ship" editor, the weight, the banner and the buttons.
#include "app/dialogs/dialog_support.h"
#include "app/document_editor_support.h"
#include "app/shipment_dialog.h"
#include "app/shipment_lines_model.h"
#include "services/services.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

namespace mostrador::app {

using dialogs::DialogSupport;

namespace {

// The "To ship" cell editor: right-aligned; Enter keeps the value and asks for the next
// line instead of reaching the dialog's default button (which would ship at once).
class QuantityDelegate : public QStyledItemDelegate {
public:
    QuantityDelegate(std::function<void()> onEnter, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_onEnter(std::move(onEnter)) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            line->setObjectName(QStringLiteral("quantityEditor"));
        }
        return editor;
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override {
        auto* editor = qobject_cast<QWidget*>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                Q_EMIT commitData(editor);
                Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
                QTimer::singleShot(0, parent(), m_onEnter);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    std::function<void()> m_onEnter;
};

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

void ShipmentDialog::buildUi() {
    m_orderInfo = new QLabel(this);
    m_orderInfo->setObjectName(QStringLiteral("orderInfo"));
    m_orderInfo->setTextFormat(Qt::PlainText);
    m_orderInfo->setWordWrap(true);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("errorLabel"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ShipmentLinesModel::ToShip,
                                      new QuantityDelegate([this] { editNextLine(); }, m_table));
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::DoubleClicked);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in every form
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ShipmentLinesModel::Description,
                                                      QHeaderView::Stretch);
    m_weight = new QLabel(this);
    m_weight->setObjectName(QStringLiteral("weightLabel"));
    connect(m_model, &ShipmentLinesModel::quantitiesChanged, this, [this] {
        DialogSupport::showError(m_banner, {});
        showWeight();
    });
    connect(m_model, &ShipmentLinesModel::inputRefused, this,
            [this](int, const QString& message) { DialogSupport::showError(m_banner, message); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_orderInfo);
    layout->addWidget(buildHeader());
    layout->addWidget(buddyLabel(tr("&Lines"), m_table, this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_weight, 0, Qt::AlignRight);
    layout->addWidget(m_banner);
    buildButtons();
    setTabOrder(m_table, m_date);
    setTabOrder(m_date, m_carrier);
    setTabOrder(m_carrier, m_tracking);
    setTabOrder(m_tracking, m_packages);
    setTabOrder(m_packages, m_freight);
    setTabOrder(m_freight, m_notes);
    resize(1000, 600);
}

QWidget* ShipmentDialog::buildHeader() {
    auto* box = new QWidget(this);
    m_date = documentDateEdit(box, QStringLiteral("shipDateEdit"));
    m_date->setDate(QDate::currentDate());
    m_carrier = new QLineEdit(box);
    m_carrier->setObjectName(QStringLiteral("carrierEdit"));
    m_carrier->setPlaceholderText(tr("Carrier's name"));
    m_carrier->setMaxLength(80);
    if (auto carriers = m_services.shipments().carriers(m_actor)) {
        auto* completer = new QCompleter(*carriers, m_carrier);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_carrier->setCompleter(completer);
    }
    m_tracking = new QLineEdit(box);
    m_tracking->setObjectName(QStringLiteral("trackingEdit"));
    m_tracking->setMaxLength(80);
    m_packages = new QSpinBox(box);
    m_packages->setObjectName(QStringLiteral("packagesBox"));
    m_packages->setRange(1, 9999);
    m_freight = new QComboBox(box);
    m_freight->setObjectName(QStringLiteral("freightBox"));
    for (const char16_t* key : {domain::freight::kPrepaid, domain::freight::kCollect})
        m_freight->addItem(domain::freightTermsLabel(key), QString::fromUtf16(key));
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Printed on the delivery note and the bill of lading"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 2 + 12);

    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(buddyLabel(tr("Ship &date"), m_date, box), 0, 0);
    grid->addWidget(m_date, 0, 1);
    grid->addWidget(buddyLabel(tr("&Carrier"), m_carrier, box), 0, 2);
    grid->addWidget(m_carrier, 0, 3);
    grid->addWidget(buddyLabel(tr("&Tracking"), m_tracking, box), 0, 4);
    grid->addWidget(m_tracking, 0, 5);
    grid->addWidget(buddyLabel(tr("Pac&kages"), m_packages, box), 1, 0);
    grid->addWidget(m_packages, 1, 1);
    grid->addWidget(buddyLabel(tr("&Freight"), m_freight, box), 1, 2);
    grid->addWidget(m_freight, 1, 3);
    grid->addWidget(buddyLabel(tr("&Notes"), m_notes, box), 1, 4, Qt::AlignTop);
    grid->addWidget(m_notes, 1, 5);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 3);
    return box;
}

void ShipmentDialog::buildButtons() {
    auto* row = new QHBoxLayout;
    const auto add = [this, row](const QString& key, const QString& text, const QString& tip) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(key + QStringLiteral("Button"));
        button->setToolTip(tip);
        button->setAutoDefault(false);
        m_buttons.insert(key, button);
        row->addWidget(button);
        return button;
    };
    using Paper = ShipmentPapers::Paper;
    connect(add(QStringLiteral("deliveryNote"), tr("Print deli&very note…"),
                tr("The paper that travels with the goods")),
            &QPushButton::clicked, this, [this] { m_papers.preview(Paper::DeliveryNote); });
    connect(add(QStringLiteral("billOfLading"), tr("Print &bill of lading…"),
                tr("The carrier's paper, with weights and signatures")),
            &QPushButton::clicked, this, [this] { m_papers.preview(Paper::BillOfLading); });
    row->addStretch(1);
    QPushButton* shipButton =
        add(QStringLiteral("ship"), tr("&Ship"), tr("Creates the shipment (Ctrl+Enter)"));
    shipButton->setDefault(true);
    connect(shipButton, &QPushButton::clicked, this, [this] { ship(); });
    connect(add(QStringLiteral("close"), tr("Cancel"), tr("Esc")), &QPushButton::clicked, this,
            &QDialog::reject);
    for (const QString& key : {QStringLiteral("deliveryNote"), QStringLiteral("billOfLading")})
        m_buttons[key]->hide(); // once shipped
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    DialogSupport::onCtrlEnter(this, [this] {
        if (m_buttons[QStringLiteral("ship")]->isVisible())
            ship();
    });
}

} // namespace mostrador::app
