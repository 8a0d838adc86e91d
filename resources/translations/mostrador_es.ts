<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CustomerSource</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>DialogSupport</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Contabilidad</translation>
    </message>
</context>
<context>
    <name>ProductSource</name>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mostrador: sales management for small companies.</source>
        <translation>Mostrador: gestión comercial para pequeñas empresas.</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>El archivo de base de datos que se abre.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The language: es or en.</source>
        <translation>El idioma: es o en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>--lang must be es or en</source>
        <translation>--lang debe ser es o en</translation>
    </message>
    <message>
        <source>Mostrador</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.

%2</source>
        <translation>No se pudo abrir la base de datos %1.

%2</translation>
    </message>
</context>
<context>
    <name>mostrador</name>
    <message>
        <source>Unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 needs a value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database %1; create one with “mostrador-cli init” or name it with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no company yet; run “mostrador-cli init” first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to the password of user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is too large to be computed exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts as --user (default admin) with the password in MOSTRADOR_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused, 2 bad usage or input, 3 storage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created customer %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Create a customer (the code comes from the series when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List customers, optionally matching a search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created product %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Stock of %1 is now %2 (available %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a product, optionally with its initial stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List products with their stock, optionally matching a search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one product and its stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add (or with a negative quantity remove) stock, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved tax rate %1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved payment terms %1 (days %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change a tax rate (percent, e.g. 21 or 10.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change payment terms (days after the invoice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the company, settings, tax rates, terms and series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency: give a three-letter ISO code like EUR, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialized “%1” (%2); log in as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 demo customers and %2 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--orders: demo orders come with the sales-order module; use --orders 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: “%1” is not a role (admin, manager, sales, warehouse, accounting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added user %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the company and the admin user in a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample customers and products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user with a role: admin, manager, sales, warehouse, accounting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: %1 bad rows of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 rows: all good (dry run, nothing imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers from CSV, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products from CSV, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every customer to CSV (re-importable) or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every product with its stock to CSV (re-importable) or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a whole number from %1 to %2, not “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit exceeded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code “%1”: use up to 20 capital letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id “%1” may hold only letters, digits, spaces, &apos;-&apos; and &apos;.&apos; (up to 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit limit cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: “%2” is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series format “%1” needs exactly one counter such as {#####}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price rule applies to either a product or a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price rule has either a fixed price or a discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum quantity cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 % off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU “%1”: use 1 to 40 capital letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard cost cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code “%1”: use up to 20 capital letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment days “%1”: give ascending whole days from 0 to 365, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms code “%1”: use up to 20 capital letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting “%1”; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (%2) may not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 1 to 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to “%1”: name the file .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows; export to CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: line %1 holds bytes that are not UTF-8 (save the file as “CSV UTF-8” and try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid CSV near line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer series gives this row code %1, which is already used; give the row a code or change the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no payment terms “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code %1 is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code %1 is already on %2 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id %1 already belongs to customer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id %1 is already on %2 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s code cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 was changed by someone else meanwhile; reopen it and make your change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column “%1”; the known columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required column “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of true, false, yes, no, 1 or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening stock cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An untracked product keeps no stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tax rate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 is already on %2 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with SKU “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product&apos;s SKU cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 still has stock; bring it to zero before it stops being tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 was changed by someone else meanwhile; reopen it and make your change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency “%1”: give a three-letter ISO code such as EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company has not been set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give between 0 and %1 sample records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already set up for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the stock adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment needs a quantity other than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 does not keep stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock of %1 cannot go below zero: %2 on hand, adjustment of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password library could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While %1: a code or tax id is already used (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no number series for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with contacts cannot be written in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code or tax id of the customers %1 to %2 was taken meanwhile (%3); check the file and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database (schema %1) was written by a newer Mostrador; this one knows up to schema %2. Update Mostrador to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mostrador::app::CustomerEditor</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ins adds a contact, Del removes the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to take the next number of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s code never changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: write it like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit limit cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty = unlimited, 0 = prepaid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit limit “%1” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mostrador::app::CustomersView</name>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
</context>
<context>
    <name>mostrador::app::EditorDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mostrador::app::FirstRunWizard</name>
    <message>
        <source>Welcome to Mostrador</source>
        <translation>Bienvenido a Mostrador</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>This database is new. Try Mostrador with a demo company, or set up your own company.</source>
        <translation>Esta base de datos es nueva. Pruebe Mostrador con una empresa de demostración o configure su propia empresa.</translation>
    </message>
    <message>
        <source>Open the &amp;demo company</source>
        <translation>Abrir la empresa de &amp;demostración</translation>
    </message>
    <message>
        <source>Ferretería Demo S.L., a hardware wholesaler, with %1 customers and %2 products in stock to explore freely.</source>
        <translation>Ferretería Demo S.L., un mayorista de ferretería, con %1 clientes y %2 productos en existencias para explorar libremente.</translation>
    </message>
    <message>
        <source>&amp;Create my company</source>
        <translation>&amp;Crear mi empresa</translation>
    </message>
    <message>
        <source>Start empty with your company&apos;s name, tax ID and currency.</source>
        <translation>Empiece desde cero con el nombre, el NIF y la moneda de su empresa.</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>It appears on every document you print. You can change it later in Tools › Settings.</source>
        <translation>Aparece en todos los documentos que imprima. Puede cambiarla más adelante en Herramientas › Configuración.</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>N&amp;IF:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>The administrator manages users and settings. Choose a password of at least 8 characters and keep it safe.</source>
        <translation>El administrador gestiona los usuarios y la configuración. Elija una contraseña de al menos 8 caracteres y guárdela en lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>Company name: enter the name of your company.</source>
        <translation>Nombre de la empresa: escriba el nombre de su empresa.</translation>
    </message>
    <message>
        <source>Currency: enter the three-letter ISO code, such as EUR or USD.</source>
        <translation>Moneda: escriba el código ISO de tres letras, como EUR o USD.</translation>
    </message>
    <message>
        <source>User name: %1.</source>
        <translation>Nombre de usuario: %1.</translation>
    </message>
    <message>
        <source>Password: %1.</source>
        <translation>Contraseña: %1.</translation>
    </message>
    <message>
        <source>Repeat password: it differs from the password. Type the same password twice.</source>
        <translation>Repita la contraseña: no coincide con la contraseña. Escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>The company could not be created: %1</source>
        <translation>No se pudo crear la empresa: %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>The company was created, but the demo data could not be loaded: %1</source>
        <translation>La empresa se ha creado, pero no se pudieron cargar los datos de demostración: %1</translation>
    </message>
</context>
<context>
    <name>mostrador::app::GlobalSearch</name>
    <message>
        <source>Find a customer or product (Ctrl+K)</source>
        <translation>Buscar un cliente o producto (Ctrl+K)</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
    <message>
        <source>Customer  %1 · %2</source>
        <translation>Cliente  %1 · %2</translation>
    </message>
    <message>
        <source>Product  %1 · %2</source>
        <translation>Producto  %1 · %2</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mostrador::app::ListPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Mostrar inactivos</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Nuevo registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Abrir el registro seleccionado (Intro)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the list as CSV or Excel</source>
        <translation>Guardar la lista como CSV o Excel</translation>
    </message>
</context>
<context>
    <name>mostrador::app::LoginDialog</name>
    <message>
        <source>Log in to Mostrador</source>
        <translation>Iniciar sesión en Mostrador</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>mostrador::app::MainWindow</name>
    <message>
        <source>Mostrador</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>%1 — Mostrador</source>
        <translation>%1 — Mostrador</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Arrives in a later version</source>
        <translation>Llega en una versión posterior</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Import &amp;customers…</source>
        <translation>Importar &amp;clientes…</translation>
    </message>
    <message>
        <source>Import &amp;products…</source>
        <translation>Importar &amp;productos…</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Exportar la lista…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Mostrador</source>
        <translation>&amp;Acerca de Mostrador</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Mostrador</source>
        <translation>Acerca de Mostrador</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mostrador %1&lt;/h3&gt;&lt;p&gt;Sales management for small companies: customers, products and stock.&lt;/p&gt;&lt;p&gt;MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mostrador %1&lt;/h3&gt;&lt;p&gt;Gestión comercial para pequeñas empresas: clientes, productos y existencias.&lt;/p&gt;&lt;p&gt;Licencia MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ProductEditor</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mostrador::app::ProductsView</name>
    <message>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Nuevo producto</translation>
    </message>
</context>
<context>
    <name>mostrador::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mostrador::app::StockAdjustDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mostrador::app::StockView</name>
    <message>
        <source>stock</source>
        <translation>existencias</translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;Ajustar existencias…</translation>
    </message>
    <message>
        <source>Book a stock adjustment for the selected product (Enter)</source>
        <translation>Registrar un ajuste de existencias del producto seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Select a product to see its stock movements.</source>
        <translation>Seleccione un producto para ver sus movimientos de existencias.</translation>
    </message>
    <message>
        <source>No stock movements of %1 yet.</source>
        <translation>Todavía no hay movimientos de existencias de %1.</translation>
    </message>
    <message>
        <source>Recent stock movements of %1</source>
        <translation>Movimientos recientes de existencias de %1</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
</context>
<context>
    <name>mostrador::app::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
