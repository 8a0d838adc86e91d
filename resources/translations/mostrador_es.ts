<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../src/app/dialogs/customer_editor.cpp" line="11"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSource</name>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="34"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="36"/>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="37"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="38"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="39"/>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="60"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="62"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../src/app/record_views.cpp" line="22"/>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="44"/>
        <location filename="../../src/app/first_run_wizard.cpp" line="58"/>
        <source>Welcome to Mostrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="51"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="59"/>
        <source>This database is new. Try Mostrador with a demo company, or set up your own company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="61"/>
        <source>Open the &amp;demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="62"/>
        <source>Ferretería Demo S.L., a hardware wholesaler, with %1 customers and %2 products in stock to explore freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="67"/>
        <source>&amp;Create my company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="68"/>
        <source>Start empty with your company&apos;s name, tax ID and currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="86"/>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="87"/>
        <source>It appears on every document you print. You can change it later in Tools › Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="102"/>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="103"/>
        <source>&amp;Tax ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="104"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="105"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="113"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="114"/>
        <source>The administrator manages users and settings. Choose a password of at least 8 characters and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="123"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="124"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="125"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="158"/>
        <source>Company name: enter the name of your company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="163"/>
        <source>Currency: enter the three-letter ISO code, such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="173"/>
        <source>User name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="177"/>
        <source>Password: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="182"/>
        <source>Repeat password: it differs from the password. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="212"/>
        <source>The company could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="218"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/first_run_wizard.cpp" line="219"/>
        <source>The company was created, but the demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../src/app/global_search.cpp" line="23"/>
        <source>Find a customer or product (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/global_search.cpp" line="54"/>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/global_search.cpp" line="72"/>
        <source>Customer  %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/global_search.cpp" line="88"/>
        <source>Product  %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/app/dialogs/import_dialog.cpp" line="10"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/app/labels.cpp" line="10"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/labels.cpp" line="12"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/labels.cpp" line="14"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/labels.cpp" line="16"/>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/labels.cpp" line="18"/>
        <source>Accounting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/app/list_page.cpp" line="44"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_page.cpp" line="47"/>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_page.cpp" line="64"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_page.cpp" line="65"/>
        <source>New record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_page.cpp" line="66"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_page.cpp" line="67"/>
        <source>Open the selected record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_page.cpp" line="68"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_page.cpp" line="69"/>
        <source>Save the list as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/app/login_dialog.cpp" line="20"/>
        <source>Log in to Mostrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/login_dialog.cpp" line="25"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/login_dialog.cpp" line="40"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/login_dialog.cpp" line="46"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/login_dialog.cpp" line="47"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/app/main_window.cpp" line="51"/>
        <source>Mostrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="51"/>
        <source>%1 — Mostrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="95"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="95"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="96"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="96"/>
        <source>Quotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="97"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="97"/>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="98"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="98"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="99"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="99"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="111"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="114"/>
        <source>Arrives in a later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="132"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="150"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="152"/>
        <source>Import &amp;customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="155"/>
        <source>Import &amp;products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="160"/>
        <source>&amp;Export the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="165"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="168"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="170"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="175"/>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="182"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="183"/>
        <source>&amp;About Mostrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="188"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="192"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="230"/>
        <source>About Mostrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="231"/>
        <source>&lt;h3&gt;Mostrador %1&lt;/h3&gt;&lt;p&gt;Sales management for small companies: customers, products and stock.&lt;/p&gt;&lt;p&gt;MIT license.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../src/app/dialogs/product_editor.cpp" line="11"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductSource</name>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="84"/>
        <location filename="../../src/app/list_sources.cpp" line="93"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="85"/>
        <location filename="../../src/app/list_sources.cpp" line="94"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="86"/>
        <location filename="../../src/app/list_sources.cpp" line="96"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="87"/>
        <location filename="../../src/app/list_sources.cpp" line="100"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="88"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="89"/>
        <location filename="../../src/app/list_sources.cpp" line="101"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="95"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="97"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="98"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/list_sources.cpp" line="99"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <location filename="../../src/app/record_views.cpp" line="50"/>
        <source>&amp;New product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/app/dialogs/settings_dialog.cpp" line="10"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockAdjustDialog</name>
    <message>
        <location filename="../../src/app/dialogs/stock_adjust_dialog.cpp" line="11"/>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="27"/>
        <source>&amp;Adjust stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="29"/>
        <source>Book a stock adjustment for the selected product (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="34"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="34"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="34"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="34"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="34"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="34"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="77"/>
        <source>Select a product to see its stock movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="85"/>
        <source>No stock movements of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="86"/>
        <source>Recent stock movements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="103"/>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="105"/>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/stock_view.cpp" line="107"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/app/dialogs/users_dialog.cpp" line="10"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/application.cpp" line="31"/>
        <source>Mostrador: sales management for small companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/application.cpp" line="35"/>
        <source>The database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/application.cpp" line="36"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/application.cpp" line="39"/>
        <source>The language: es or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/application.cpp" line="40"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/application.cpp" line="51"/>
        <source>--lang must be es or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/application.cpp" line="82"/>
        <location filename="../../src/app/application.cpp" line="107"/>
        <source>Mostrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/app/application.cpp" line="108"/>
        <source>The database %1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mostrador::app::CustomersView</name>
    <message>
        <location filename="../../src/app/record_views.h" line="23"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mostrador::app::ProductsView</name>
    <message>
        <location filename="../../src/app/record_views.h" line="40"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mostrador::app::StockView</name>
    <message>
        <location filename="../../src/app/stock_view.h" line="30"/>
        <source>stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
