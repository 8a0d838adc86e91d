<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CreditNoteSource</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>CustomerEditorForm</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>You may look at this customer but not change it.</source>
        <translation>Puede consultar este cliente, pero no cambiarlo.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation>se asigna al guardar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>N&amp;IF:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Payment te&amp;rms:</source>
        <translation>Condiciones de &amp;pago:</translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>&amp;Límite de crédito:</translation>
    </message>
    <message>
        <source>Empty = unlimited, 0 = prepaid only</source>
        <translation>Vacío = ilimitado, 0 = solo pago por adelantado</translation>
    </message>
    <message>
        <source>Price l&amp;ist:</source>
        <translation>T&amp;arifa:</translation>
    </message>
    <message>
        <source>On &amp;hold</source>
        <translation>&amp;Bloqueado</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;vo</translation>
    </message>
    <message>
        <source>&amp;Billing address:</source>
        <translation>Dirección de &amp;facturación:</translation>
    </message>
    <message>
        <source>Ship to the billing &amp;address</source>
        <translation>Enviar a la &amp;dirección de facturación</translation>
    </message>
    <message>
        <source>S&amp;hipping address:</source>
        <translation>Dirección de &amp;envío:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>Aña&amp;dir contacto</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>&amp;Quitar contacto</translation>
    </message>
</context>
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
        <translation>Lím. crédito</translation>
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
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>¿Cerrar sin guardar los cambios?</translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>CSV, for any program (*.csv)</source>
        <translation>CSV, para cualquier programa (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Rows written: %1, to %2.</source>
        <translation>Filas escritas: %1, en %2.</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Archivo CSV:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Comprobar el archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
</context>
<context>
    <name>InvoiceLabels</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Pagada parcialmente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
</context>
<context>
    <name>InvoiceSource</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
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
    <name>OrderLabels</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>OrderSource</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
</context>
<context>
    <name>PaymentLabels</name>
    <message>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Devuelto (impagado)</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Deducción</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Cobro</translation>
    </message>
</context>
<context>
    <name>PaymentSource</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Charged back</source>
        <translation>Retrocedido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PaymentViewer</name>
    <message>
        <source>Apply credit</source>
        <translation>Aplicar saldo a favor</translation>
    </message>
    <message>
        <source>%1 has no credit to apply.</source>
        <translation>%1 no tiene saldo a favor que aplicar.</translation>
    </message>
    <message>
        <source>%1 has no open invoice to apply its credit of %2 to.</source>
        <translation>%1 no tiene ninguna factura pendiente a la que aplicar su saldo a favor de %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Apply %1 of credit of %2, oldest due first?

%3

Credit left: %4</source>
        <translation>¿Aplicar %1 del saldo a favor de %2, empezando por el vencimiento más antiguo?

%3

Saldo a favor restante: %4</translation>
    </message>
</context>
<context>
    <name>PriceRuleSource</name>
    <message>
        <source>Product or category</source>
        <translation>Producto o categoría</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>From qty</source>
        <translation>Cant. mín.</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Precio fijo</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Producto: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ProductEditorForm</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>You may look at this product but not change it.</source>
        <translation>Puede consultar este producto, pero no cambiarlo.</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>List &amp;price:</source>
        <translation>&amp;Precio de tarifa:</translation>
    </message>
    <message>
        <source>Standard &amp;cost:</source>
        <translation>&amp;Coste estándar:</translation>
    </message>
    <message>
        <source>&amp;Tax:</source>
        <translation>&amp;Impuesto:</translation>
    </message>
    <message>
        <source>&amp;Weight (kg):</source>
        <translation>Pe&amp;so (kg):</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>&amp;Keep stock of it</source>
        <translation>&amp;Controlar sus existencias</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;vo</translation>
    </message>
    <message>
        <source>&amp;Initial stock:</source>
        <translation>Existencias &amp;iniciales:</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
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
    <name>QuotationLabels</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
</context>
<context>
    <name>QuotationSource</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
</context>
<context>
    <name>ReturnSource</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expedición</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Abono</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Only an administrator may change the settings; you can look at them.</source>
        <translation>Solo un administrador puede cambiar la configuración; usted puede consultarla.</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>N&amp;IF:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Tax rates</source>
        <translation>&amp;Tipos de impuesto</translation>
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
        <source>Rate (%)</source>
        <translation>Tipo (%)</translation>
    </message>
    <message>
        <source>A&amp;dd rate</source>
        <translation>Aña&amp;dir tipo</translation>
    </message>
    <message>
        <source>Changing a rate applies to documents created from now on.</source>
        <translation>El cambio de un tipo se aplica a los documentos que se creen a partir de ahora.</translation>
    </message>
    <message>
        <source>&amp;Payment terms</source>
        <translation>Condiciones de &amp;pago</translation>
    </message>
    <message>
        <source>Due days</source>
        <translation>Días de vencimiento</translation>
    </message>
    <message>
        <source>A&amp;dd terms</source>
        <translation>Aña&amp;dir condiciones</translation>
    </message>
    <message>
        <source>Due days after the invoice date, one per installment: 0 is immediate, “30,60,90” three equal installments.</source>
        <translation>Días de vencimiento tras la fecha de factura, uno por plazo: 0 es al contado, «30,60,90» tres plazos iguales.</translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation>&amp;Numeración</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Siguiente número</translation>
    </message>
    <message>
        <source>{YYYY} or {YY} is the year (the counter restarts each year); a run of # in braces, such as {#####}, is the counter.</source>
        <translation>{YYYY} o {YY} es el año (el contador se reinicia cada año); una serie de # entre llaves, como {#####}, es el contador.</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opciones</translation>
    </message>
    <message>
        <source>Tax &amp;rounding:</source>
        <translation>&amp;Redondeo de impuestos:</translation>
    </message>
    <message>
        <source>Block credit when overdue &amp;by:</source>
        <translation>&amp;Bloquear el crédito con un retraso de:</translation>
    </message>
    <message>
        <source>Allow &amp;backorders when stock is short</source>
        <translation>Per&amp;mitir pedidos pendientes cuando falten existencias</translation>
    </message>
    <message>
        <source>&amp;Invoices bill:</source>
        <translation>Las &amp;facturas cobran:</translation>
    </message>
    <message>
        <source>&amp;Quotations valid for:</source>
        <translation>&amp;Validez de los presupuestos:</translation>
    </message>
    <message>
        <source>Default &amp;tax:</source>
        <translation>&amp;Impuesto por omisión:</translation>
    </message>
    <message>
        <source>Default payment &amp;terms:</source>
        <translation>&amp;Condiciones de pago por omisión:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño de&amp;l papel:</translation>
    </message>
    <message>
        <source>The paper printed documents and their PDFs are laid out on</source>
        <translation>El papel sobre el que se componen los documentos impresos y sus PDF</translation>
    </message>
    <message>
        <source>Amounts and dates on &amp;documents:</source>
        <translation>Importes y fechas en los &amp;documentos:</translation>
    </message>
    <message>
        <source>How printed documents write amounts and dates, whatever language each user works in</source>
        <translation>Cómo escriben los documentos impresos los importes y las fechas, sea cual sea el idioma en que trabaje cada usuario</translation>
    </message>
    <message>
        <source>Each deposit is invoiced at once with its tax, and the order&apos;s invoices deduct it. Required for advance payments in the EU and Spain.</source>
        <translation>Cada anticipo se factura en el momento con su IVA y las facturas del pedido lo descuentan. Obligatorio para los anticipos en la UE y en España.</translation>
    </message>
    <message>
        <source>Invoice deposits with &amp;VAT (advance invoices)</source>
        <translation>Facturar los &amp;anticipos con IVA (facturas de anticipo)</translation>
    </message>
</context>
<context>
    <name>ShipmentPapers</name>
    <message>
        <source>Delivery note</source>
        <translation>Albarán</translation>
    </message>
    <message>
        <source>Bill of lading</source>
        <translation>Carta de porte</translation>
    </message>
    <message>
        <source>%1 delivery note.pdf</source>
        <translation>%1 albarán.pdf</translation>
    </message>
    <message>
        <source>%1 bill of lading.pdf</source>
        <translation>%1 carta de porte.pdf</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>%1 %2 — print preview</source>
        <translation>%1 %2 — vista previa de impresión</translation>
    </message>
    <message>
        <source>Save the delivery note as PDF</source>
        <translation>Guardar el albarán como PDF</translation>
    </message>
    <message>
        <source>Save the bill of lading as PDF</source>
        <translation>Guardar la carta de porte como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
</context>
<context>
    <name>ShipmentSource</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Nº seguimiento</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Bultos</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Shipped by</source>
        <translation>Expedido por</translation>
    </message>
</context>
<context>
    <name>StockAdjustForm</name>
    <message>
        <source>Adjust stock</source>
        <translation>Ajustar existencias</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>&amp;Quantity (+/−):</source>
        <translation>&amp;Cantidad (+/−):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>On hand after:</source>
        <translation>Existencias después:</translation>
    </message>
</context>
<context>
    <name>ToShipSource</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Open lines</source>
        <translation>Líneas pend.</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>cuanto antes</translation>
    </message>
    <message>
        <source>Partly (%1 of %2 lines)</source>
        <translation>En parte (%1 de %2 líneas)</translation>
    </message>
</context>
<context>
    <name>UsersForm</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Usuario seleccionado</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Nueva con&amp;traseña:</translation>
    </message>
    <message>
        <source>Repea&amp;t:</source>
        <translation>Re&amp;pítala:</translation>
    </message>
    <message>
        <source>Set pa&amp;ssword</source>
        <translation>Poner con&amp;traseña</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>R&amp;epítala:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Añadir usuario</translation>
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
        <translation>Opción desconocida %1</translation>
    </message>
    <message>
        <source>Unknown option --%1</source>
        <translation>Opción desconocida --%1</translation>
    </message>
    <message>
        <source>Option --%1 takes no value</source>
        <translation>La opción --%1 no lleva valor</translation>
    </message>
    <message>
        <source>Option --%1 needs a value (%2)</source>
        <translation>La opción --%1 necesita un valor (%2)</translation>
    </message>
    <message>
        <source>Option --%1 is required</source>
        <translation>La opción --%1 es obligatoria</translation>
    </message>
    <message>
        <source>An argument is missing</source>
        <translation>Falta un argumento</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”</source>
        <translation>Argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Option %1 needs a value</source>
        <translation>La opción %1 necesita un valor</translation>
    </message>
    <message>
        <source>There is no database %1; create one with “mostrador-cli init” or name it with --db</source>
        <translation>No existe la base de datos %1; cree una con «mostrador-cli init» o indíquela con --db</translation>
    </message>
    <message>
        <source>This database has no company yet; run “mostrador-cli init” first</source>
        <translation>Esta base de datos aún no tiene empresa; ejecute antes «mostrador-cli init»</translation>
    </message>
    <message>
        <source>Set %1 to the password of user %2</source>
        <translation>Ponga en %1 la contraseña del usuario %2</translation>
    </message>
    <message>
        <source>An amount is too large to be computed exactly</source>
        <translation>Un importe es demasiado grande para calcularlo con exactitud</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Error interno: %1</translation>
    </message>
    <message>
        <source>“%1” needs a command</source>
        <translation>«%1» necesita una orden</translation>
    </message>
    <message>
        <source>Unknown command “%1”</source>
        <translation>Orden desconocida «%1»</translation>
    </message>
    <message>
        <source>No command given</source>
        <translation>No se ha indicado ninguna orden</translation>
    </message>
    <message>
        <source>Acts as --user (default admin) with the password in MOSTRADOR_PASSWORD.</source>
        <translation>Actúa como --user (admin por omisión) con la contraseña de MOSTRADOR_PASSWORD.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused, 2 bad usage or input, 3 storage error.</source>
        <translation>Código de salida: 0 hecho, 1 rechazado, 2 uso o datos incorrectos, 3 error de almacenamiento.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Created customer %1 “%2”</source>
        <translation>Creado el cliente %1 «%2»</translation>
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
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Create a customer (the code comes from the series when not given).</source>
        <translation>Crea un cliente (el código sale de la serie si no se indica).</translation>
    </message>
    <message>
        <source>List customers, optionally matching a search.</source>
        <translation>Lista los clientes, opcionalmente los que coinciden con una búsqueda.</translation>
    </message>
    <message>
        <source>Show one customer.</source>
        <translation>Muestra un cliente.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Created product %1 “%2”</source>
        <translation>Creado el producto %1 «%2»</translation>
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
        <translation>Las existencias de %1 son ahora %2 (disponible %3)</translation>
    </message>
    <message>
        <source>Create a product, optionally with its initial stock.</source>
        <translation>Crea un producto, opcionalmente con sus existencias iniciales.</translation>
    </message>
    <message>
        <source>List products with their stock, optionally matching a search.</source>
        <translation>Lista los productos con sus existencias, opcionalmente los que coinciden con una búsqueda.</translation>
    </message>
    <message>
        <source>Show one product and its stock.</source>
        <translation>Muestra un producto y sus existencias.</translation>
    </message>
    <message>
        <source>Add (or with a negative quantity remove) stock, with a reason.</source>
        <translation>Añade existencias (o las quita con una cantidad negativa), con un motivo.</translation>
    </message>
    <message>
        <source>Saved tax rate %1 (%2 %)</source>
        <translation>Guardado el tipo de impuesto %1 (%2 %)</translation>
    </message>
    <message>
        <source>Saved payment terms %1 (days %2)</source>
        <translation>Guardadas las condiciones de pago %1 (días %2)</translation>
    </message>
    <message>
        <source>Set %1 = %2</source>
        <translation>Establecido %1 = %2</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Tipo %</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Add or change a tax rate (percent, e.g. 21 or 10.5).</source>
        <translation>Añade o cambia un tipo de impuesto (en porcentaje, p. ej. 21 o 10.5).</translation>
    </message>
    <message>
        <source>Add or change payment terms (days after the invoice).</source>
        <translation>Añade o cambia unas condiciones de pago (días tras la factura).</translation>
    </message>
    <message>
        <source>Change a setting.</source>
        <translation>Cambia un ajuste.</translation>
    </message>
    <message>
        <source>Show the company, settings, tax rates, terms and series.</source>
        <translation>Muestra la empresa, los ajustes, los tipos de impuesto, las condiciones y las series.</translation>
    </message>
    <message>
        <source>Initialized “%1” (%2); log in as %3</source>
        <translation>Inicializada «%1» (%2); inicie sesión como %3</translation>
    </message>
    <message>
        <source>Loaded %1 demo customers and %2 products</source>
        <translation>Cargados %1 clientes y %2 productos de demostración</translation>
    </message>
    <message>
        <source>--role: “%1” is not a role (admin, manager, sales, warehouse, accounting)</source>
        <translation>--role: «%1» no es un rol (admin, manager, sales, warehouse, accounting)</translation>
    </message>
    <message>
        <source>Added user %1 (%2)</source>
        <translation>Añadido el usuario %1 (%2)</translation>
    </message>
    <message>
        <source>Create the company and the admin user in a new database.</source>
        <translation>Crea la empresa y el usuario administrador en una base de datos nueva.</translation>
    </message>
    <message>
        <source>Add a user with a role: admin, manager, sales, warehouse, accounting.</source>
        <translation>Añade un usuario con un rol: admin, manager, sales, warehouse, accounting.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Nothing imported: %1 bad rows of %2</source>
        <translation>No se ha importado nada: %1 filas incorrectas de %2</translation>
    </message>
    <message>
        <source>Checked %1 rows: all good (dry run, nothing imported)</source>
        <translation>Comprobadas %1 filas: todas correctas (prueba, no se ha importado nada)</translation>
    </message>
    <message>
        <source>Imported %1 rows</source>
        <translation>Importadas %1 filas</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>Exportadas %1 filas a %2</translation>
    </message>
    <message>
        <source>Import customers from CSV, all or nothing.</source>
        <translation>Importa clientes desde CSV, todo o nada.</translation>
    </message>
    <message>
        <source>Import products from CSV, all or nothing.</source>
        <translation>Importa productos desde CSV, todo o nada.</translation>
    </message>
    <message>
        <source>Export every customer to CSV (re-importable) or XLSX.</source>
        <translation>Exporta todos los clientes a CSV (reimportable) o XLSX.</translation>
    </message>
    <message>
        <source>Export every product with its stock to CSV (re-importable) or XLSX.</source>
        <translation>Exporta todos los productos con sus existencias a CSV (reimportable) o XLSX.</translation>
    </message>
    <message>
        <source>give a whole number from %1 to %2, not “%3”</source>
        <translation>indique un número entero de %1 a %2, no «%3»</translation>
    </message>
    <message>
        <source>Credit limit exceeded by %1</source>
        <translation>Límite de crédito superado en %1</translation>
    </message>
    <message>
        <source>The customer is on hold</source>
        <translation>El cliente está bloqueado</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required</source>
        <translation>El nombre del cliente es obligatorio</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters</source>
        <translation>El nombre tiene más de 200 caracteres</translation>
    </message>
    <message>
        <source>Code “%1”: use up to 20 capital letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>Código «%1»: use hasta 20 mayúsculas, cifras, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <source>Tax id “%1” may hold only letters, digits, spaces, &apos;-&apos; and &apos;.&apos; (up to 20)</source>
        <translation>El NIF «%1» solo puede tener letras, cifras, espacios, &apos;-&apos; y &apos;.&apos; (hasta 20)</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative</source>
        <translation>El límite de crédito no puede ser negativo</translation>
    </message>
    <message>
        <source>Every contact needs a name</source>
        <translation>Cada contacto necesita un nombre</translation>
    </message>
    <message>
        <source>Contact %1: “%2” is not an e-mail address</source>
        <translation>Contacto %1: «%2» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>“%1” is not a valid number</source>
        <translation>«%1» no es un número válido</translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimals</source>
        <translation>«%1» tiene más de %2 decimales</translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>«%1» es demasiado grande</translation>
    </message>
    <message>
        <source>A number is required</source>
        <translation>Hace falta un número</translation>
    </message>
    <message>
        <source>Series format “%1” needs exactly one counter such as {#####}</source>
        <translation>El formato de serie «%1» necesita exactamente un contador como {#####}</translation>
    </message>
    <message>
        <source>A price rule applies to either a product or a category</source>
        <translation>Una regla de precio se aplica a un producto o a una categoría</translation>
    </message>
    <message>
        <source>A price rule has either a fixed price or a discount</source>
        <translation>Una regla de precio tiene un precio fijo o un descuento</translation>
    </message>
    <message>
        <source>A fixed price cannot be negative</source>
        <translation>Un precio fijo no puede ser negativo</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %</source>
        <translation>Un descuento debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <source>The minimum quantity cannot be negative</source>
        <translation>La cantidad mínima no puede ser negativa</translation>
    </message>
    <message>
        <source>The rule ends before it starts</source>
        <translation>La regla termina antes de empezar</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Precio de tarifa</translation>
    </message>
    <message>
        <source>Price list %1</source>
        <translation>Tarifa %1</translation>
    </message>
    <message>
        <source>Customer price (%1)</source>
        <translation>Precio de cliente (%1)</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoría %1</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>este producto</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, from %1 units</source>
        <translation>, desde %1 unidades</translation>
    </message>
    <message>
        <source>: %1 % off</source>
        <translation>: %1 % de descuento</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, hasta %1</translation>
    </message>
    <message>
        <source>SKU “%1”: use 1 to 40 capital letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>Referencia «%1»: use de 1 a 40 mayúsculas, cifras, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <source>The product&apos;s name is required</source>
        <translation>El nombre del producto es obligatorio</translation>
    </message>
    <message>
        <source>The unit is required</source>
        <translation>La unidad es obligatoria</translation>
    </message>
    <message>
        <source>The list price cannot be negative</source>
        <translation>El precio de tarifa no puede ser negativo</translation>
    </message>
    <message>
        <source>The standard cost cannot be negative</source>
        <translation>El coste estándar no puede ser negativo</translation>
    </message>
    <message>
        <source>The weight cannot be negative</source>
        <translation>El peso no puede ser negativo</translation>
    </message>
    <message>
        <source>Tax code “%1”: use up to 20 capital letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>Código de impuesto «%1»: use hasta 20 mayúsculas, cifras, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <source>A tax rate must be between 0 and 100 %</source>
        <translation>Un tipo de impuesto debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <source>Payment days “%1”: give ascending whole days from 0 to 365, separated by commas</source>
        <translation>Días de pago «%1»: indique días enteros crecientes de 0 a 365, separados por comas</translation>
    </message>
    <message>
        <source>Terms code “%1”: use up to 20 capital letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>Código de condiciones «%1»: use hasta 20 mayúsculas, cifras, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <source>Give at least one due day</source>
        <translation>Indique al menos un día de vencimiento</translation>
    </message>
    <message>
        <source>Unknown setting “%1”; known: %2</source>
        <translation>Ajuste desconocido «%1»; los conocidos son: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2 (%3)</source>
        <translation>«%1» no es un valor válido para %2 (%3)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>User %1 (%2) may not %3</source>
        <translation>El usuario %1 (%2) no puede %3</translation>
    </message>
    <message>
        <source>A user name has 1 to 40 characters</source>
        <translation>Un nombre de usuario tiene de 1 a 40 caracteres</translation>
    </message>
    <message>
        <source>A user name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Un nombre de usuario puede tener letras, cifras, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters</source>
        <translation>Una contraseña necesita al menos 8 caracteres</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be %3</source>
        <translation>%1 está %2: no puede ser %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: name the file .csv or .xlsx</source>
        <translation>No se puede exportar a «%1»: el archivo debe terminar en .csv o .xlsx</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows; export to CSV instead</source>
        <translation>Una hoja XLSX admite como mucho %1 filas; exporte a CSV</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: line %1 holds bytes that are not UTF-8 (save the file as “CSV UTF-8” and try again)</source>
        <translation>El archivo no es texto UTF-8: la línea %1 tiene bytes que no son UTF-8 (guarde el archivo como «CSV UTF-8» y vuelva a intentarlo)</translation>
    </message>
    <message>
        <source>The file is not valid CSV near line %1: %2</source>
        <translation>El archivo no es un CSV válido cerca de la línea %1: %2</translation>
    </message>
    <message>
        <source>Not enough memory to read the file</source>
        <translation>No hay memoria suficiente para leer el archivo</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The customer series gives this row code %1, which is already used; give the row a code or change the series</source>
        <translation>La serie de clientes da a esta fila el código %1, que ya está en uso; indique un código en la fila o cambie la serie</translation>
    </message>
    <message>
        <source>There are no payment terms “%1”</source>
        <translation>No existen las condiciones de pago «%1»</translation>
    </message>
    <message>
        <source>Customer code %1 is already used</source>
        <translation>El código de cliente %1 ya está en uso</translation>
    </message>
    <message>
        <source>Customer code %1 is already on %2 of this file</source>
        <translation>El código de cliente %1 ya está en la %2 de este archivo</translation>
    </message>
    <message>
        <source>Tax id %1 already belongs to customer %2</source>
        <translation>El NIF %1 ya pertenece al cliente %2</translation>
    </message>
    <message>
        <source>Tax id %1 is already on %2 of this file</source>
        <translation>El NIF %1 ya está en la %2 de este archivo</translation>
    </message>
    <message>
        <source>There is no customer with code “%1”</source>
        <translation>No existe ningún cliente con el código «%1»</translation>
    </message>
    <message>
        <source>A customer&apos;s code cannot be changed</source>
        <translation>El código de un cliente no se puede cambiar</translation>
    </message>
    <message>
        <source>Customer %1 was changed by someone else meanwhile; reopen it and make your change again</source>
        <translation>Otra persona ha cambiado el cliente %1 mientras tanto; vuelva a abrirlo y repita su cambio</translation>
    </message>
    <message>
        <source>The import was cancelled</source>
        <translation>Se canceló la importación</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the known columns are: %2</source>
        <translation>Columna desconocida «%1»; las columnas conocidas son: %2</translation>
    </message>
    <message>
        <source>Column “%1” appears twice in the header</source>
        <translation>La columna «%1» aparece dos veces en la cabecera</translation>
    </message>
    <message>
        <source>The required column “%1” is missing</source>
        <translation>Falta la columna obligatoria «%1»</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2</source>
        <translation>Esta fila tiene %1 campos pero la cabecera tiene %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>“%1” is not one of true, false, yes, no, 1 or 0</source>
        <translation>«%1» no es ninguno de true, false, yes, no, 1 o 0</translation>
    </message>
    <message>
        <source>The price is required</source>
        <translation>El precio es obligatorio</translation>
    </message>
    <message>
        <source>The opening stock cannot be negative</source>
        <translation>Las existencias iniciales no pueden ser negativas</translation>
    </message>
    <message>
        <source>An untracked product keeps no stock</source>
        <translation>Un producto sin control de existencias no tiene existencias</translation>
    </message>
    <message>
        <source>There is no tax rate “%1”</source>
        <translation>No existe el tipo de impuesto «%1»</translation>
    </message>
    <message>
        <source>SKU %1 is already used</source>
        <translation>La referencia %1 ya está en uso</translation>
    </message>
    <message>
        <source>SKU %1 is already on %2 of this file</source>
        <translation>La referencia %1 ya está en la %2 de este archivo</translation>
    </message>
    <message>
        <source>There is no product with SKU “%1”</source>
        <translation>No existe ningún producto con la referencia «%1»</translation>
    </message>
    <message>
        <source>A product&apos;s SKU cannot be changed</source>
        <translation>La referencia de un producto no se puede cambiar</translation>
    </message>
    <message>
        <source>Product %1 still has stock; bring it to zero before it stops being tracked</source>
        <translation>El producto %1 todavía tiene existencias; déjelas a cero antes de dejar de controlarlas</translation>
    </message>
    <message>
        <source>Product %1 was changed by someone else meanwhile; reopen it and make your change again</source>
        <translation>Otra persona ha cambiado el producto %1 mientras tanto; vuelva a abrirlo y repita su cambio</translation>
    </message>
    <message>
        <source>The company name is required</source>
        <translation>El nombre de la empresa es obligatorio</translation>
    </message>
    <message>
        <source>Currency “%1”: give a three-letter ISO code such as EUR</source>
        <translation>Moneda «%1»: indique un código ISO de tres letras como EUR</translation>
    </message>
    <message>
        <source>The company has not been set up yet</source>
        <translation>La empresa todavía no está configurada</translation>
    </message>
    <message>
        <source>Give between 0 and %1 sample records</source>
        <translation>Indique entre 0 y %1 registros de ejemplo</translation>
    </message>
    <message>
        <source>This database is already set up for %1</source>
        <translation>Esta base de datos ya está configurada para %1</translation>
    </message>
    <message>
        <source>Give a reason for the stock adjustment</source>
        <translation>Indique un motivo para el ajuste de existencias</translation>
    </message>
    <message>
        <source>An adjustment needs a quantity other than zero</source>
        <translation>Un ajuste necesita una cantidad distinta de cero</translation>
    </message>
    <message>
        <source>There is no product with id %1</source>
        <translation>No existe ningún producto con el id %1</translation>
    </message>
    <message>
        <source>Product %1 does not keep stock</source>
        <translation>El producto %1 no controla existencias</translation>
    </message>
    <message>
        <source>Stock of %1 cannot go below zero: %2 on hand, adjustment of %3</source>
        <translation>Las existencias de %1 no pueden quedar por debajo de cero: %2 en existencias, ajuste de %3</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>There is no user “%1”</source>
        <translation>No existe el usuario «%1»</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first</source>
        <translation>%1 es el último administrador activo; haga antes administrador a otro usuario</translation>
    </message>
    <message>
        <source>The password library could not be started</source>
        <translation>No se pudo iniciar la biblioteca de contraseñas</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password</source>
        <translation>No hay memoria suficiente para cifrar la contraseña</translation>
    </message>
    <message>
        <source>There is already a user “%1”</source>
        <translation>Ya existe un usuario «%1»</translation>
    </message>
    <message>
        <source>There is no number series for %1</source>
        <translation>No hay serie de numeración para %1</translation>
    </message>
    <message>
        <source>Customers with contacts cannot be written in a batch</source>
        <translation>Los clientes con contactos no se pueden escribir en lote</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The transaction was already finished</source>
        <translation>La transacción ya estaba terminada</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Falló la migración %1: %2</translation>
    </message>
    <message>
        <source>This database (schema %1) was written by a newer Mostrador; this one knows up to schema %2. Update Mostrador to open it.</source>
        <translation>Esta base de datos (esquema %1) la escribió un Mostrador más reciente; este conoce hasta el esquema %2. Actualice Mostrador para abrirla.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Error de base de datos al ejecutar %1: %2</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>released</source>
        <translation>desbloqueado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>en borrador</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>on credit hold</source>
        <translation>bloqueado por crédito</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <source>partially shipped</source>
        <translation>enviado parcialmente</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not SKU:QTY[@PRICE][-DISC%]</source>
        <translation>«%1» no sigue el formato SKU:QTY[@PRICE][-DISC%]</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Dto. %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Created price list %1 “%2” (%3)</source>
        <translation>Creada la tarifa %1 «%2» (%3)</translation>
    </message>
    <message>
        <source>Added rule %1 to price list %2</source>
        <translation>Añadida la regla %1 a la tarifa %2</translation>
    </message>
    <message>
        <source>Create a price list (in the company currency unless --currency).</source>
        <translation>Crea una tarifa (en la moneda de la empresa salvo que se indique --currency).</translation>
    </message>
    <message>
        <source>Add a rule: --sku or --category, --price or --discount, optional --customer, --min-qty and --from/--to dates (YYYY-MM-DD).</source>
        <translation>Añade una regla: --sku o --category, --price o --discount y, opcionalmente, --customer, --min-qty y las fechas --from/--to (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Write a quotation as a PDF (paper from the setting print.paper_size unless --paper).</source>
        <translation>Escribe un presupuesto en PDF (con el papel del ajuste print.paper_size salvo que se indique --paper).</translation>
    </message>
    <message>
        <source>Created quotation %1</source>
        <translation>Creado el presupuesto %1</translation>
    </message>
    <message>
        <source>Quotation %1 is sent</source>
        <translation>Enviado el presupuesto %1</translation>
    </message>
    <message>
        <source>Quotation %1 is a new draft revision</source>
        <translation>El presupuesto %1 es una nueva revisión en borrador</translation>
    </message>
    <message>
        <source>Quotation %1 is rejected</source>
        <translation>Rechazado el presupuesto %1</translation>
    </message>
    <message>
        <source>Quotation %1 is accepted: sales order %2 (draft)</source>
        <translation>Aceptado el presupuesto %1: pedido de venta %2 (borrador)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Create a draft quotation; --line may be repeated, prices and discounts default to the customer&apos;s price list.</source>
        <translation>Crea un presupuesto en borrador; --line se puede repetir; los precios y descuentos salen por omisión de la tarifa del cliente.</translation>
    </message>
    <message>
        <source>Mark a draft quotation as sent.</source>
        <translation>Marca como enviado un presupuesto en borrador.</translation>
    </message>
    <message>
        <source>Make a sent or expired quotation a new draft revision.</source>
        <translation>Convierte un presupuesto enviado o caducado en una nueva revisión en borrador.</translation>
    </message>
    <message>
        <source>Accept a quotation: creates its sales order as a draft.</source>
        <translation>Acepta un presupuesto: crea su pedido de venta como borrador.</translation>
    </message>
    <message>
        <source>Reject a quotation, saying why.</source>
        <translation>Rechaza un presupuesto, indicando el motivo.</translation>
    </message>
    <message>
        <source>Show a quotation with its lines.</source>
        <translation>Muestra un presupuesto con sus líneas.</translation>
    </message>
    <message>
        <source>List quotations, newest first; --status draft|sent|accepted|rejected|expired.</source>
        <translation>Lista los presupuestos, los más recientes primero; --status draft|sent|accepted|rejected|expired.</translation>
    </message>
    <message>
        <source>Loaded %1 demo customers, %2 products and %3 quotations</source>
        <translation>Cargados %1 clientes, %2 productos y %3 presupuestos de demostración</translation>
    </message>
    <message>
        <source>Import price rules from CSV (price_list,sku,category,customer,min_qty,price,discount,from,to), all or nothing.</source>
        <translation>Importa reglas de precio desde CSV (price_list,sku,category,customer,min_qty,price,discount,from,to), todo o nada.</translation>
    </message>
    <message>
        <source>a product is required</source>
        <translation>el producto es obligatorio</translation>
    </message>
    <message>
        <source>the quantity must be greater than zero</source>
        <translation>la cantidad debe ser mayor que cero</translation>
    </message>
    <message>
        <source>the price cannot be negative</source>
        <translation>el precio no puede ser negativo</translation>
    </message>
    <message>
        <source>the discount is between 0 and 100 %</source>
        <translation>el descuento debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <source>Paper size “%1”: use a4 or letter</source>
        <translation>Tamaño de papel «%1»: use a4 o letter</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1</source>
        <translation>No se pudo escribir el archivo PDF %1</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>NIF: %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Tax amount</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>%1 rev. %2</source>
        <translation>%1 rev. %2</translation>
    </message>
    <message>
        <source>Untaxed amount</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>There is no price list “%1”</source>
        <translation>No existe la tarifa «%1»</translation>
    </message>
    <message>
        <source>The price list is required</source>
        <translation>La tarifa es obligatoria</translation>
    </message>
    <message>
        <source>The same rule (list, product or category, customer, quantity and dates) is already on %1 of this file</source>
        <translation>La misma regla (tarifa, producto o categoría, cliente, cantidad y fechas) ya está en la %1 de este archivo</translation>
    </message>
    <message>
        <source>There is no price list with code “%1”</source>
        <translation>No existe ninguna tarifa con el código «%1»</translation>
    </message>
    <message>
        <source>There is no price rule %1</source>
        <translation>No existe la regla de precio %1</translation>
    </message>
    <message>
        <source>A price list needs a name</source>
        <translation>Una tarifa necesita un nombre</translation>
    </message>
    <message>
        <source>Price list code %1 is already used</source>
        <translation>El código de tarifa %1 ya está en uso</translation>
    </message>
    <message>
        <source>A rule cannot move to another price list</source>
        <translation>Una regla no puede pasar a otra tarifa</translation>
    </message>
    <message>
        <source>There is no quotation %1</source>
        <translation>No existe el presupuesto %1</translation>
    </message>
    <message>
        <source>A quotation cannot be valid until before its date</source>
        <translation>La validez de un presupuesto no puede terminar antes de su fecha</translation>
    </message>
    <message>
        <source>Quotation %1 was changed by someone else; reopen it</source>
        <translation>Otra persona ha cambiado el presupuesto %1; vuelva a abrirlo</translation>
    </message>
    <message>
        <source>Quotation %1 has no lines to send</source>
        <translation>El presupuesto %1 no tiene líneas que enviar</translation>
    </message>
    <message>
        <source>Say why the quotation is rejected</source>
        <translation>Indique por qué se rechaza el presupuesto</translation>
    </message>
    <message>
        <source>Quotation %1 has no lines to order</source>
        <translation>El presupuesto %1 no tiene líneas que pasar a pedido</translation>
    </message>
    <message>
        <source>Set by hand (%1: %2, %3 % off)</source>
        <translation>Fijado a mano (%1: %2, dto. %3 %)</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Elija un cliente</translation>
    </message>
    <message>
        <source>There is no active customer with code “%1”</source>
        <translation>No existe ningún cliente activo con el código «%1»</translation>
    </message>
    <message>
        <source>there is no active product with SKU “%1”</source>
        <translation>no existe ningún producto activo con la referencia «%1»</translation>
    </message>
    <message>
        <source>%1 is not a Mostrador database, or it is damaged (%2)</source>
        <translation>%1 no es una base de datos de Mostrador o está dañada (%2)</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2)</source>
        <translation>Escrito %1 (páginas: %2)</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Portes pagados</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Portes debidos</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>  %1: %2 s, %3 µs per order</source>
        <translation>  %1: %2 s, %3 µs por pedido</translation>
    </message>
    <message>
        <source>Order %1 is on credit hold: %2</source>
        <translation>El pedido %1 está bloqueado por crédito: %2</translation>
    </message>
    <message>
        <source>Order %1 awaits a manager&apos;s approval: %2</source>
        <translation>El pedido %1 está pendiente de aprobación por un responsable: %2</translation>
    </message>
    <message>
        <source>Created sales order %1</source>
        <translation>Creado el pedido de venta %1</translation>
    </message>
    <message>
        <source>Sales order %1 is confirmed</source>
        <translation>Confirmado el pedido de venta %1</translation>
    </message>
    <message>
        <source>Sales order %1 is released and confirmed</source>
        <translation>Desbloqueado y confirmado el pedido de venta %1</translation>
    </message>
    <message>
        <source>Sales order %1 is cancelled (what remained to ship)</source>
        <translation>Cancelado el pedido de venta %1 (lo que quedaba por expedir)</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Recorded deposit %1 of %2 against order %3</source>
        <translation>Registrado el anticipo %1 de %2 en el pedido %3</translation>
    </message>
    <message>
        <source>Create a draft sales order; --line may be repeated, prices and discounts default to the customer&apos;s price list.</source>
        <translation>Crea un pedido de venta en borrador; --line se puede repetir; los precios y descuentos salen por omisión de la tarifa del cliente.</translation>
    </message>
    <message>
        <source>Confirm an order: approval rules, credit check and stock reservation. Exit 1 with the reasons when it is held or awaits a manager.</source>
        <translation>Confirma un pedido: reglas de aprobación, control de crédito y reserva de existencias. Sale con 1 y los motivos si queda bloqueado o pendiente de un responsable.</translation>
    </message>
    <message>
        <source>Release a credit hold or approve an order (managers), saying why.</source>
        <translation>Desbloquea una retención de crédito o aprueba un pedido (responsables), indicando el motivo.</translation>
    </message>
    <message>
        <source>Cancel an order, or what remains of it after a shipment.</source>
        <translation>Cancela un pedido, o lo que queda de él tras una expedición.</translation>
    </message>
    <message>
        <source>Show an order with its lines, fulfilment and deposits.</source>
        <translation>Muestra un pedido con sus líneas, lo enviado y los anticipos.</translation>
    </message>
    <message>
        <source>List orders, newest first; --status S, --queue (credit holds and approvals), --to-ship.</source>
        <translation>Lista los pedidos, los más recientes primero; --status S, --queue (bloqueos por crédito y aprobaciones), --to-ship.</translation>
    </message>
    <message>
        <source>Record a customer deposit against an order; --method transfer|cash|card|cheque.</source>
        <translation>Registra un anticipo del cliente en un pedido; --method transfer|cash|card|cheque.</translation>
    </message>
    <message>
        <source>Write an order confirmation as a PDF (paper from the setting print.paper_size unless --paper).</source>
        <translation>Escribe la confirmación de un pedido en PDF (con el papel del ajuste print.paper_size salvo que se indique --paper).</translation>
    </message>
    <message>
        <source>Write a shipment&apos;s delivery note as a PDF, without prices (paper from the setting print.paper_size unless --paper).</source>
        <translation>Escribe el albarán de una expedición en PDF, sin precios (con el papel del ajuste print.paper_size salvo que se indique --paper).</translation>
    </message>
    <message>
        <source>Write a shipment&apos;s bill of lading as a PDF (paper from the setting print.paper_size unless --paper).</source>
        <translation>Escribe la carta de porte de una expedición en PDF (con el papel del ajuste print.paper_size salvo que se indique --paper).</translation>
    </message>
    <message>
        <source>Line %1: a shipment line is SKU:QTY, with no price or discount</source>
        <translation>Línea %1: una línea de expedición es SKU:QTY, sin precio ni descuento</translation>
    </message>
    <message>
        <source>Shipped %1 for order %2</source>
        <translation>Creada la expedición %1 del pedido %2</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Nº de seguimiento</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Bultos</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Ship an order: every remaining quantity, or the --line SKU:QTY given (repeat it).</source>
        <translation>Expide un pedido: todas las cantidades pendientes, o las --line SKU:QTY indicadas (repítala).</translation>
    </message>
    <message>
        <source>Show a shipment with its lines and weights.</source>
        <translation>Muestra una expedición con sus líneas y pesos.</translation>
    </message>
    <message>
        <source>List shipments, newest first; filter by --customer, --order, --carrier, dates.</source>
        <translation>Lista las expediciones, las más recientes primero; filtra por --customer, --order, --carrier y fechas.</translation>
    </message>
    <message>
        <source>discount %1 % is above the %2 % limit</source>
        <translation>el descuento del %1 % supera el límite del %2 %</translation>
    </message>
    <message>
        <source>price %1 is below cost %2</source>
        <translation>el precio %1 está por debajo del coste %2</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Línea %1 (%2): %3</translation>
    </message>
    <message>
        <source>A shipment has at least one package</source>
        <translation>Una expedición tiene al menos un bulto</translation>
    </message>
    <message>
        <source>Freight terms are prepaid or collect, not “%1”</source>
        <translation>Los portes son pagados o debidos, no «%1»</translation>
    </message>
    <message>
        <source>The carrier&apos;s name is longer than 80 characters</source>
        <translation>El nombre del transportista tiene más de 80 caracteres</translation>
    </message>
    <message>
        <source>The tracking number is longer than 80 characters</source>
        <translation>El número de seguimiento tiene más de 80 caracteres</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>Entrega solicitada</translation>
    </message>
    <message>
        <source>Your quotation</source>
        <translation>Su presupuesto</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Deposits received</source>
        <translation>Anticipos recibidos</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmación de pedido</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>Fecha de expedición</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Tracking number: %1</source>
        <translation>Nº de seguimiento: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Description of goods</source>
        <translation>Descripción de la mercancía</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Total weight</source>
        <translation>Peso total</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Albarán</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Entregar en</translation>
    </message>
    <message>
        <source>Received in good condition</source>
        <translation>Recibido en buen estado</translation>
    </message>
    <message>
        <source>Delivered by (name and signature)</source>
        <translation>Entregado por (nombre y firma)</translation>
    </message>
    <message>
        <source>Received by (name, signature and date)</source>
        <translation>Recibido por (nombre, firma y fecha)</translation>
    </message>
    <message>
        <source>Bill of lading</source>
        <translation>Carta de porte</translation>
    </message>
    <message>
        <source>Freight terms</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Shipper</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Tel.: %1</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Goods received in apparent good order and condition</source>
        <translation>Mercancía recibida en aparente buen estado</translation>
    </message>
    <message>
        <source>Shipper (signature and date)</source>
        <translation>Cargador (firma y fecha)</translation>
    </message>
    <message>
        <source>Carrier (signature and date)</source>
        <translation>Transportista (firma y fecha)</translation>
    </message>
    <message>
        <source>Consignee (signature and date)</source>
        <translation>Destinatario (firma y fecha)</translation>
    </message>
    <message>
        <source>A deposit must be greater than zero</source>
        <translation>Un anticipo debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Unknown payment method “%1”: use one of %2</source>
        <translation>Forma de pago desconocida «%1»: use una de estas: %2</translation>
    </message>
    <message>
        <source>There is no sales order %1</source>
        <translation>No existe el pedido de venta %1</translation>
    </message>
    <message>
        <source>Sales order %1 is %2: it takes no deposits</source>
        <translation>El pedido de venta %1 está %2: no admite anticipos</translation>
    </message>
    <message>
        <source>A deposit of %1 is more than sales order %2 still owes: %3 (total %4, deposits %5)</source>
        <translation>Un anticipo de %1 supera lo que aún se debe del pedido de venta %2: %3 (total %4, anticipos %5)</translation>
    </message>
    <message>
        <source>Give the reason for this decision</source>
        <translation>Indique el motivo de esta decisión</translation>
    </message>
    <message>
        <source>%1 (%2): %3 wanted, %4 available</source>
        <translation>%1 (%2): se piden %3, disponible %4</translation>
    </message>
    <message>
        <source>Not enough stock to confirm %1: %2</source>
        <translation>No hay existencias suficientes para confirmar %1: %2</translation>
    </message>
    <message>
        <source>Sales order %1 has no lines to confirm</source>
        <translation>El pedido de venta %1 no tiene líneas que confirmar</translation>
    </message>
    <message>
        <source>The requested date cannot be before the order&apos;s date</source>
        <translation>La fecha de entrega solicitada no puede ser anterior a la del pedido</translation>
    </message>
    <message>
        <source>Line %1: the requested date cannot be before the order&apos;s date</source>
        <translation>Línea %1: la fecha de entrega solicitada no puede ser anterior a la del pedido</translation>
    </message>
    <message>
        <source>Sales order %1 was changed by someone else; reopen it</source>
        <translation>Otra persona ha cambiado el pedido de venta %1; vuelva a abrirlo</translation>
    </message>
    <message>
        <source>Sales order %1 has no line for %2</source>
        <translation>El pedido de venta %1 no tiene ninguna línea de %2</translation>
    </message>
    <message>
        <source>%1: the quantity to ship must be above zero</source>
        <translation>%1: la cantidad a expedir debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Line %1: %2: %3 to ship, %4 remain</source>
        <translation>Línea %1: %2: %3 a expedir, quedan %4</translation>
    </message>
    <message>
        <source>Sales order %1 has nothing left to ship</source>
        <translation>Al pedido de venta %1 no le queda nada por expedir</translation>
    </message>
    <message>
        <source>Not enough stock of %1 (%2): %3 to ship, %4 on hand</source>
        <translation>No hay existencias suficientes de %1 (%2): %3 a expedir, %4 en existencias</translation>
    </message>
    <message>
        <source>There is no shipment %1</source>
        <translation>No existe la expedición %1</translation>
    </message>
    <message>
        <source>Printing %1 invoices…</source>
        <translation>Imprimiendo %1 facturas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Imprimir facturas</translation>
    </message>
    <message>
        <source>Printed invoice %1 of %2…</source>
        <translation>Impresa la factura %1 de %2…</translation>
    </message>
    <message>
        <source>%1 orders of %2 lines created, confirmed, shipped and invoiced, each action in its own transaction: %3 s, %4 orders per second</source>
        <translation>%1 pedidos de %2 líneas creados, confirmados, expedidos y facturados, cada acción en su propia transacción: %3 s, %4 pedidos por segundo</translation>
    </message>
    <message>
        <source>Time the order workflow (create, confirm, ship, invoice) of N five-line orders in a scratch database; prints orders per second and each phase.</source>
        <translation>Mide el tiempo del circuito de pedidos (crear, confirmar, expedir, facturar) de N pedidos de cinco líneas en una base de datos provisional; muestra los pedidos por segundo y cada fase.</translation>
    </message>
    <message>
        <source>Created draft invoice %1</source>
        <translation>Creado el borrador de factura %1</translation>
    </message>
    <message>
        <source>Posted invoice %1</source>
        <translation>Emitida la factura %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Invoice what the orders (one customer&apos;s) can be invoiced: shipped quantities, or ordered ones under invoice.policy order. Posts at once unless --draft.</source>
        <translation>Factura lo que se puede facturar de los pedidos (de un mismo cliente): las cantidades enviadas, o las pedidas con invoice.policy order. La emite en el momento salvo que se indique --draft.</translation>
    </message>
    <message>
        <source>Post a draft invoice: the next invoice number, due dates and deposits applied; --date replaces the draft&apos;s date.</source>
        <translation>Emite un borrador de factura: el siguiente número de factura, los vencimientos y los anticipos aplicados; --date sustituye la fecha del borrador.</translation>
    </message>
    <message>
        <source>Show an invoice (by its number or draft number) with lines and due dates.</source>
        <translation>Muestra una factura (por su número o su número de borrador) con las líneas y los vencimientos.</translation>
    </message>
    <message>
        <source>List invoices, newest first; --status draft|posted|partially_paid|paid.</source>
        <translation>Lista las facturas, de la más reciente a la más antigua; --status draft|posted|partially_paid|paid.</translation>
    </message>
    <message>
        <source>--status: “%1” is not one of %2</source>
        <translation>--status: «%1» no es uno de estos: %2</translation>
    </message>
    <message>
        <source>Wrote %1 invoices (pages: %2) to %3</source>
        <translation>Escritas %1 facturas (páginas: %2) en %3</translation>
    </message>
    <message>
        <source>Write an invoice (or a draft, marked as such) as a PDF (paper from the setting print.paper_size unless --paper).</source>
        <translation>Escribe una factura (o un borrador, marcado como tal) en PDF (con el papel del ajuste print.paper_size salvo que se indique --paper).</translation>
    </message>
    <message>
        <source>Write the invoices of a status, customer and dates as one PDF each in the folder --out, or all in the one PDF --out with --one-file; nothing is written unless all are.</source>
        <translation>Escribe las facturas de un estado, cliente y fechas en un PDF por factura en la carpeta --out, o todas en el único PDF --out con --one-file; no se escribe nada si no se pueden escribir todas.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Retrocesión</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recorded payment %1 of %2 from %3; %4 left as credit</source>
        <translation>Registrado el cobro %1 de %2 de %3; quedan %4 como saldo a favor</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haber</translation>
    </message>
    <message>
        <source>Charged back</source>
        <translation>Retrocedido</translation>
    </message>
    <message>
        <source>Recorded chargeback %1 of %2 against payment %3</source>
        <translation>Registrada la retrocesión %1 de %2 sobre el cobro %3</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>&gt; 90</source>
        <translation>&gt; 90</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>Antigüedad de saldos a %1</translation>
    </message>
    <message>
        <source>Record a customer payment; it pays the --invoice given (repeatable, optionally NUMBER:AMOUNT) or the oldest due first, the customer&apos;s older credit first; the rest stays as credit.</source>
        <translation>Registra un cobro de un cliente; paga las --invoice indicadas (repetible, opcionalmente NUMBER:AMOUNT) o primero las de vencimiento más antiguo, usando antes el saldo a favor previo del cliente; el resto queda como saldo a favor.</translation>
    </message>
    <message>
        <source>Allocate the customer&apos;s credit to the --invoice given or the oldest due first.</source>
        <translation>Asigna el saldo a favor del cliente a las --invoice indicadas o primero a las de vencimiento más antiguo.</translation>
    </message>
    <message>
        <source>Show a payment with its allocations and chargebacks.</source>
        <translation>Muestra un cobro con sus asignaciones y retrocesiones.</translation>
    </message>
    <message>
        <source>List payments, newest first.</source>
        <translation>Lista los cobros, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>Take back all or part of a payment: its credit first, then its allocations newest first, reopening the invoices.</source>
        <translation>Retrocede todo un cobro o una parte: primero su saldo a favor y después sus asignaciones, de la más reciente a la más antigua, reabriendo las facturas.</translation>
    </message>
    <message>
        <source>What customers owe by days past due (current, 1–30, 31–60, 61–90, over 90), with the total.</source>
        <translation>Lo que deben los clientes según los días de retraso (corriente, 1–30, 31–60, 61–90, más de 90), con el total.</translation>
    </message>
    <message>
        <source>Line %1: a returned line is SKU:QTY, with no price or discount</source>
        <translation>Línea %1: una línea devuelta es SKU:QTY, sin precio ni descuento</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>Devolución de cliente</translation>
    </message>
    <message>
        <source>Recorded return %1 against shipment %2</source>
        <translation>Registrada la devolución %1 de la expedición %2</translation>
    </message>
    <message>
        <source>posted credit note %1</source>
        <translation>emitido el abono %1</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expedición</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Factura rectificativa</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Refunded %1 of credit note %2 as %3</source>
        <translation>Reembolsados %1 del abono %2 como %3</translation>
    </message>
    <message>
        <source>Take goods back from a shipment (--line SKU:QTY, repeat it): restocked unless --damaged; what was invoiced gets a credit note, the rest is no longer to be invoiced.</source>
        <translation>Recoge mercancía de una expedición (--line SKU:QTY, repetible): vuelve a las existencias salvo con --damaged; lo ya facturado recibe un abono y el resto deja de estar pendiente de facturar.</translation>
    </message>
    <message>
        <source>Show a return with its lines and credit note.</source>
        <translation>Muestra una devolución con sus líneas y su abono.</translation>
    </message>
    <message>
        <source>List returns, newest first.</source>
        <translation>Lista las devoluciones, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Show a credit note with its lines and the invoices it credits.</source>
        <translation>Muestra un abono con sus líneas y las facturas que abona.</translation>
    </message>
    <message>
        <source>List credit notes, newest first.</source>
        <translation>Lista los abonos, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>Allocate what is left of a credit note to the --invoice given (repeatable, optionally NUMBER:AMOUNT) or the customer&apos;s oldest due first.</source>
        <translation>Asigna lo que queda de un abono a las --invoice indicadas (repetible, opcionalmente NUMBER:AMOUNT) o primero a las del cliente de vencimiento más antiguo.</translation>
    </message>
    <message>
        <source>Pay back a credit note (--amount, default all that is left) as a refund.</source>
        <translation>Devuelve al cliente el importe de un abono (--amount, por defecto todo lo que queda) como reembolso.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debe</translation>
    </message>
    <message>
        <source>Show a customer&apos;s account: every posted invoice, credit note, deposit, payment, refund and chargeback from --from to --to (both included; by default from the first day of the month three months ago to today) in date order with the running balance, the opening and closing balances and the aging as of --to.</source>
        <translation>Muestra la cuenta de un cliente: todas las facturas emitidas, abonos, anticipos, cobros, reembolsos y retrocesiones desde --from hasta --to (ambos incluidos; por defecto, desde el primer día del mes de hace tres meses hasta hoy) por orden de fecha con el saldo acumulado, los saldos inicial y final y la antigüedad de saldos a --to.</translation>
    </message>
    <message>
        <source>Write a customer&apos;s statement of account for --from to --to as a PDF (by default from the first day of the month three months ago to today; paper from the setting print.paper_size unless --paper).</source>
        <translation>Escribe en PDF el extracto de cuenta de un cliente desde --from hasta --to (por defecto, desde el primer día del mes de hace tres meses hasta hoy; con el papel del ajuste print.paper_size salvo que se indique --paper).</translation>
    </message>
    <message>
        <source>Write a credit note as a PDF (paper from the setting print.paper_size unless --paper).</source>
        <translation>Escribe un abono en PDF (con el papel del ajuste print.paper_size salvo que se indique --paper).</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anticipo</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Devuelto (impagado)</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Deducción</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Orders %1</source>
        <translation>Pedidos %1</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Abono %1</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Cobro %1</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Devolución %1</translation>
    </message>
    <message>
        <source>The amount for invoice %1 must be greater than zero</source>
        <translation>El importe para la factura %1 debe ser mayor que cero</translation>
    </message>
    <message>
        <source>%1 is more than invoice %2 still owes: %3</source>
        <translation>%1 es más de lo que queda pendiente de la factura %2: %3</translation>
    </message>
    <message>
        <source>The invoices are given %1, but only %2 is available</source>
        <translation>Se asignan %1 a las facturas, pero solo hay %2 disponibles</translation>
    </message>
    <message>
        <source>A chargeback must be greater than zero</source>
        <translation>Una retrocesión debe ser mayor que cero</translation>
    </message>
    <message>
        <source>A chargeback of %1 is more than is left of payment %2: %3 (amount %4, charged back %5)</source>
        <translation>Una retrocesión de %1 supera lo que queda del cobro %2: %3 (importe %4, retrocedido %5)</translation>
    </message>
    <message>
        <source>Payment %1 does not account for its allocations</source>
        <translation>El cobro %1 no cuadra con sus asignaciones</translation>
    </message>
    <message>
        <source>Shipment %1 has no line for SKU %2</source>
        <translation>La expedición %1 no tiene ninguna línea con la referencia %2</translation>
    </message>
    <message>
        <source>SKU %1: the quantity returned must be above zero</source>
        <translation>Referencia %1: la cantidad devuelta debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Say why the goods come back: a reason is required</source>
        <translation>Indique por qué se devuelve la mercancía: el motivo es obligatorio</translation>
    </message>
    <message>
        <source>The reason has %1 characters; at most %2 are kept</source>
        <translation>El motivo tiene %1 caracteres; se guardan como máximo %2</translation>
    </message>
    <message>
        <source>The return is dated %1, before shipment %2 left on %3</source>
        <translation>La devolución tiene fecha %1, anterior a la salida de la expedición %2 el %3</translation>
    </message>
    <message>
        <source>Name at least one SKU and quantity that comes back</source>
        <translation>Indique al menos una referencia y la cantidad que se devuelve</translation>
    </message>
    <message>
        <source>SKU %1: %2 returned but only %3 of the %4 shipped can still come back</source>
        <translation>Referencia %1: se devuelven %2, pero de los %4 enviados solo se pueden devolver aún %3</translation>
    </message>
    <message>
        <source>SKU %1: %2 of the quantity returned is on draft invoice %3; edit or discard it first</source>
        <translation>Referencia %1: %2 de la cantidad devuelta está en el borrador de factura %3; modifíquelo o descártelo antes</translation>
    </message>
    <message>
        <source>SKU %1: %2 of the quantity returned is neither still to invoice nor on a posted invoice that can be credited</source>
        <translation>Referencia %1: %2 de la cantidad devuelta no está pendiente de facturar ni en una factura emitida que se pueda abonar</translation>
    </message>
    <message>
        <source>Credit note %1 has nothing left to refund</source>
        <translation>Al abono %1 no le queda nada por reembolsar</translation>
    </message>
    <message>
        <source>A refund must be greater than zero</source>
        <translation>Un reembolso debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Credit note %1 has %2 left to refund, not %3</source>
        <translation>Al abono %1 le quedan %2 por reembolsar, no %3</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Abona la factura</translation>
    </message>
    <message>
        <source>Credits invoices</source>
        <translation>Abona las facturas</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Total abonado</translation>
    </message>
    <message>
        <source>Could not write the PDF file</source>
        <translation>No se pudo escribir el archivo PDF</translation>
    </message>
    <message>
        <source>DRAFT advance invoice</source>
        <translation>BORRADOR de factura de anticipo</translation>
    </message>
    <message>
        <source>DRAFT invoice</source>
        <translation>BORRADOR de factura</translation>
    </message>
    <message>
        <source>Advance invoice</source>
        <translation>Factura de anticipo</translation>
    </message>
    <message>
        <source>Not valid as an invoice</source>
        <translation>Sin validez como factura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Deposits applied</source>
        <translation>Anticipos aplicados</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe pendiente</translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation>Vencimientos</translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation>%1 (pedido %2)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>This is a draft and is not valid as an invoice. It gets its invoice number and due dates when it is posted.</source>
        <translation>Esto es un borrador y no tiene validez como factura. Recibe su número de factura y sus vencimientos al emitirse.</translation>
    </message>
    <message>
        <source>There are no invoices to print</source>
        <translation>No hay facturas que imprimir</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>pendiente %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Debits</source>
        <translation>Total debe</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Total haber</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <source>Credit in your favour</source>
        <translation>Saldo a su favor</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>A deposit dated %1 would post an advance invoice before the latest posted invoice (%2): date the deposit %2 or later</source>
        <translation>Un anticipo con fecha %1 emitiría una factura de anticipo anterior a la última factura emitida (%2): ponga al anticipo la fecha %2 o una posterior</translation>
    </message>
    <message>
        <source>Sales order %1 has no amount to invoice an advance payment against</source>
        <translation>El pedido de venta %1 no tiene importe sobre el que facturar un anticipo</translation>
    </message>
    <message>
        <source>Advance payment for order %1</source>
        <translation>Anticipo a cuenta del pedido %1</translation>
    </message>
    <message>
        <source>Deduction of advance invoice %1</source>
        <translation>Deducción de la factura de anticipo %1</translation>
    </message>
    <message>
        <source>Invoice %1 is dated %2, before the latest posted invoice (%3)</source>
        <translation>La factura %1 tiene fecha %2, anterior a la última factura emitida (%3)</translation>
    </message>
    <message>
        <source>Invoice %1 was changed meanwhile: open it again</source>
        <translation>La factura %1 se ha modificado mientras tanto: ábrala de nuevo</translation>
    </message>
    <message>
        <source>Invoice %1 is posted already</source>
        <translation>La factura %1 ya está emitida</translation>
    </message>
    <message>
        <source>Sales order %1 is %2: it cannot be invoiced</source>
        <translation>El pedido de venta %1 está %2: no se puede facturar</translation>
    </message>
    <message>
        <source>Sales order %1 is for %2, not %3: one invoice is for one customer</source>
        <translation>El pedido de venta %1 es de %2, no de %3: cada factura es de un solo cliente</translation>
    </message>
    <message>
        <source>Sales order %1 is in %2, not %3</source>
        <translation>El pedido de venta %1 está en %2, no en %3</translation>
    </message>
    <message>
        <source>Invoice %1 is posted: it is never changed, only credited</source>
        <translation>La factura %1 está emitida: no se modifica nunca, solo se abona</translation>
    </message>
    <message>
        <source>Invoice %1 has no line %2</source>
        <translation>La factura %1 no tiene la línea %2</translation>
    </message>
    <message>
        <source>%1: a quantity cannot be negative</source>
        <translation>%1: una cantidad no puede ser negativa</translation>
    </message>
    <message>
        <source>Invoice %1 would have no lines: discard it instead</source>
        <translation>La factura %1 se quedaría sin líneas: descártela</translation>
    </message>
    <message>
        <source>There is no invoice %1</source>
        <translation>No existe la factura %1</translation>
    </message>
    <message>
        <source>Name at least one sales order to invoice</source>
        <translation>Indique al menos un pedido de venta que facturar</translation>
    </message>
    <message>
        <source>Nothing is left to invoice on %1</source>
        <translation>No queda nada por facturar en %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 on the invoice, %4 can be invoiced</source>
        <translation>%1 (%2): %3 en la factura, se pueden facturar %4</translation>
    </message>
    <message>
        <source>There is no payment %1</source>
        <translation>No existe el cobro %1</translation>
    </message>
    <message>
        <source>Invoice %1 is a draft: post it first</source>
        <translation>La factura %1 es un borrador: emítala antes</translation>
    </message>
    <message>
        <source>Invoice %1 is another customer&apos;s</source>
        <translation>La factura %1 es de otro cliente</translation>
    </message>
    <message>
        <source>Invoice %1 is paid already</source>
        <translation>La factura %1 ya está pagada</translation>
    </message>
    <message>
        <source>Invoice %1 is named twice</source>
        <translation>La factura %1 aparece dos veces</translation>
    </message>
    <message>
        <source>A payment must be greater than zero</source>
        <translation>Un cobro debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Unknown chargeback reason “%1”: use one of %2</source>
        <translation>Motivo de retrocesión desconocido «%1»: use uno de estos: %2</translation>
    </message>
    <message>
        <source>Invoice %1 would be paid beyond its total</source>
        <translation>La factura %1 quedaría pagada por encima de su total</translation>
    </message>
    <message>
        <source>%1 is a refund: only payments can be charged back</source>
        <translation>%1 es un reembolso: solo se pueden retroceder cobros</translation>
    </message>
    <message>
        <source>There is no credit note %1</source>
        <translation>No existe el abono %1</translation>
    </message>
    <message>
        <source>Credit note %1 has nothing left to allocate</source>
        <translation>Al abono %1 no le queda nada por asignar</translation>
    </message>
    <message>
        <source>There is no return %1</source>
        <translation>No existe la devolución %1</translation>
    </message>
    <message>
        <source>Shipment %1 names a line its order no longer has</source>
        <translation>La expedición %1 cita una línea que su pedido ya no tiene</translation>
    </message>
    <message>
        <source>The period starts after it ends</source>
        <translation>El periodo empieza después de terminar</translation>
    </message>
    <message>
        <source>Migration %1 failed: a row of %2 lost its parent</source>
        <translation>Falló la migración %1: una fila de %2 perdió su registro padre</translation>
    </message>
    <message>
        <source>There is no invoice with id %1</source>
        <translation>No existe ninguna factura con el id %1</translation>
    </message>
    <message>
        <source>The account&apos;s opening balance could not be read</source>
        <translation>No se pudo leer el saldo inicial de la cuenta</translation>
    </message>
    <message>
        <source>%1 orders; median of %2 runs: dashboard %3 s, orders list first page %4 s, invoices list first page %5 s</source>
        <translation>%1 pedidos; mediana de %2 pasadas: panel %3 s, primera página de pedidos %4 s, primera página de facturas %5 s</translation>
    </message>
    <message>
        <source>Time the dashboard&apos;s figures and the first page of the orders and invoices lists on the database --db names (median of --runs N, default 5).</source>
        <translation>Mide las cifras del panel y la primera página de las listas de pedidos y facturas en la base de datos que indica --db (mediana de --runs N, 5 por omisión).</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Order backlog: confirmed and not yet shipped</source>
        <translation>Cartera de pedidos: confirmados y aún sin enviar</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Production demand by week</source>
        <translation>Demanda de producción por semana</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Stock valuation at standard cost</source>
        <translation>Valoración de existencias a coste estándar</translation>
    </message>
    <message>
        <source>Order lines confirmed and not yet shipped, by requested date (--from/--to bound it), with their untaxed value and the total.</source>
        <translation>Líneas de pedido confirmadas y aún sin enviar, por fecha de entrega (--from/--to la acotan), con su valor sin impuestos y el total.</translation>
    </message>
    <message>
        <source>What the backlog wants of each stocked product by week (late lines count in this week, or that of --as-of), against stock on hand, with the shortfall.</source>
        <translation>Lo que pide la cartera de cada producto con existencias, por semana (las líneas atrasadas cuentan en esta semana, o en la de --as-of), frente a las existencias, con el faltante.</translation>
    </message>
    <message>
        <source>Stock on hand of each stocked product at standard cost, by category, with the total.</source>
        <translation>Existencias de cada producto a coste estándar, por categoría, con el total.</translation>
    </message>
    <message>
        <source>Unknown grouping “%1”: use customer, product, salesperson or month</source>
        <translation>Agrupación desconocida «%1»: use customer, product, salesperson o month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Untaxed sales net of credit notes, cost and margin by customer (default), product, salesperson or month, dated --from/--to, with the total; --salesperson narrows to one (a sales user sees only their own).</source>
        <translation>Ventas sin impuestos netas de abonos, coste y margen por cliente (por omisión), producto, comercial o mes, entre --from y --to, con el total; --salesperson se limita a uno (un comercial solo ve las suyas).</translation>
    </message>
    <message>
        <source>Generated 24 months of sales: %1 orders, %2 shipments, %3 invoices, %4 payments in %5 s</source>
        <translation>Generados 24 meses de ventas: %1 pedidos, %2 expediciones, %3 facturas y %4 cobros en %5 s</translation>
    </message>
    <message>
        <source>Load sample customers and products, and N orders of a 24-month sales history.</source>
        <translation>Carga clientes y productos de ejemplo, y N pedidos de un historial de ventas de 24 meses.</translation>
    </message>
    <message>
        <source>Export every sales order (number, status, customer, dates, salesperson, untaxed, tax, total) to CSV or XLSX.</source>
        <translation>Exporta todos los pedidos de venta (número, estado, cliente, fechas, comercial, base, impuestos, total) a CSV o XLSX.</translation>
    </message>
    <message>
        <source>Export every invoice (… due date, untaxed, tax, total, paid, balance) to CSV or XLSX.</source>
        <translation>Exporta todas las facturas (… vencimiento, base, impuestos, total, cobrado, pendiente) a CSV o XLSX.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue invoices: %n, the oldest %1 days past due</source>
        <translation>
            <numerusform>%n factura vencida, con %1 días de retraso</numerusform>
            <numerusform>%n facturas vencidas, la más antigua con %1 días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo orders need customers and products: load them first (--customers N --products N)</source>
        <translation>Los pedidos de demostración necesitan clientes y productos: cárguelos antes (--customers N --products N)</translation>
    </message>
    <message>
        <source>A sales history can only be generated in a database without orders, shipments, invoices or payments</source>
        <translation>Solo se puede generar un historial de ventas en una base de datos sin pedidos, expediciones, facturas ni cobros</translation>
    </message>
    <message>
        <source>Give between 0 and %1 demo orders</source>
        <translation>Indique entre 0 y %1 pedidos de demostración</translation>
    </message>
    <message>
        <source>The report ends (%1) before it starts (%2)</source>
        <translation>El informe termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>The dates end (%1) before they start (%2)</source>
        <translation>Las fechas terminan (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>The invoice date %1 is before the latest posted invoice (%2)</source>
        <translation>La factura tiene fecha %1, anterior a la última factura emitida (%2)</translation>
    </message>
</context>
<context>
    <name>mostrador::app::AgingView</name>
    <message>
        <source>Aging of receivables</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Credit (in Current)</source>
        <translation>A favor (en Corriente)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;A fecha de</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>aging-%1</source>
        <translation>antiguedad-saldos-%1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>Total receivable</source>
        <translation>Total pendiente de cobro</translation>
    </message>
    <message>
        <source>aging</source>
        <translation>antiguedad-saldos</translation>
    </message>
    <message>
        <source>Cannot print the aging report</source>
        <translation>No se puede imprimir el informe de antigüedad de saldos</translation>
    </message>
</context>
<context>
    <name>mostrador::app::AllocationTable</name>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>%1 · 1 day overdue</source>
        <translation>%1 · vencida hace 1 día</translation>
    </message>
    <message>
        <source>%1 · %2 days overdue</source>
        <translation>%1 · vencida hace %2 días</translation>
    </message>
    <message>
        <source>Type the amount for this invoice; 0 leaves it out</source>
        <translation>Escriba el importe para esta factura; con 0 queda fuera</translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation>Factura %1: %2</translation>
    </message>
</context>
<context>
    <name>mostrador::app::BacklogView</name>
    <message>
        <source>Requested</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Every product</source>
        <translation>Todos los productos</translation>
    </message>
    <message>
        <source>Requested &amp;from</source>
        <translation>Entrega &amp;desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>Cl&amp;iente</translation>
    </message>
    <message>
        <source>Pro&amp;duct</source>
        <translation>Pr&amp;oducto</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Order backlog</source>
        <translation>Cartera de pedidos</translation>
    </message>
    <message>
        <source>requested %1 – %2</source>
        <translation>entrega %1 – %2</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>producto %1</translation>
    </message>
    <message>
        <source>all confirmed orders</source>
        <translation>todos los pedidos confirmados</translation>
    </message>
    <message>
        <source>Backlog value</source>
        <translation>Valor de la cartera</translation>
    </message>
    <message>
        <source>backlog-%1</source>
        <translation>cartera-%1</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ChargebackDialog</name>
    <message>
        <source>Chargeback of payment %1</source>
        <translation>Retrocesión del cobro %1</translation>
    </message>
    <message>
        <source>&amp;Record chargeback</source>
        <translation>&amp;Registrar retrocesión</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Payment %1 of %2 · %3, %4: %5; charged back so far %6.</source>
        <translation>Cobro %1 de %2 · %3, %4: %5; retrocedido hasta ahora %6.</translation>
    </message>
    <message>
        <source>Your role may not record chargebacks.</source>
        <translation>Su rol no permite registrar retrocesiones.</translation>
    </message>
    <message>
        <source>%1 comes off the payment&apos;s unallocated credit.</source>
        <translation>Se descuentan %1 del saldo a favor sin asignar del cobro.</translation>
    </message>
    <message>
        <source>Invoice %1 reopens by %2.</source>
        <translation>La factura %1 vuelve a quedar pendiente por %2.</translation>
    </message>
    <message>
        <source>The customer&apos;s balance rises by %1.</source>
        <translation>El saldo del cliente aumenta en %1.</translation>
    </message>
</context>
<context>
    <name>mostrador::app::CreditNoteAllocateDialog</name>
    <message>
        <source>Allocate credit note %1</source>
        <translation>Asignar el abono %1</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>Left on the credit note: %1</source>
        <translation>Queda en el abono: %1</translation>
    </message>
    <message>
        <source>%1 has no open invoice to allocate to.</source>
        <translation>%1 no tiene ninguna factura pendiente a la que asignarlo.</translation>
    </message>
    <message>
        <source>%1 to allocate to open &amp;invoices, oldest due first:</source>
        <translation>%1 por asignar a las &amp;facturas pendientes, primero el vencimiento más antiguo:</translation>
    </message>
    <message>
        <source>&amp;Propose again</source>
        <translation>&amp;Volver a proponer</translation>
    </message>
    <message>
        <source>Allocate the credit note to the oldest due invoices again</source>
        <translation>Volver a asignar el abono a las facturas de vencimiento más antiguo</translation>
    </message>
    <message>
        <source>Allocate something to at least one invoice, or Cancel</source>
        <translation>Asigne algún importe a al menos una factura, o cancele</translation>
    </message>
</context>
<context>
    <name>mostrador::app::CreditNoteRefundDialog</name>
    <message>
        <source>Refund credit note %1</source>
        <translation>Reembolsar el abono %1</translation>
    </message>
    <message>
        <source>Transfer or cheque number…</source>
        <translation>Nº de transferencia o de cheque…</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Forma de &amp;pago</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>Reem&amp;bolsar</translation>
    </message>
</context>
<context>
    <name>mostrador::app::CreditNoteViewer</name>
    <message>
        <source>Credit note %1</source>
        <translation>Abono %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Credits invoices</source>
        <translation>Abona las facturas</translation>
    </message>
    <message>
        <source>By tax rate</source>
        <translation>Por tipo de IVA</translation>
    </message>
    <message>
        <source>Untaxed</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Total abonado</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>&amp;Asignar…</translation>
    </message>
    <message>
        <source>Use what is unallocated to pay the customer&apos;s open invoices</source>
        <translation>Usar lo no asignado para pagar las facturas pendientes del cliente</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Reembolsar…</translation>
    </message>
    <message>
        <source>Pay what is unallocated back to the customer</source>
        <translation>Devolver al cliente lo no asignado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Credit note %1 — %2</source>
        <translation>Abono %1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Your role may not record payments</source>
        <translation>Su rol no permite registrar cobros</translation>
    </message>
    <message numerus="yes">
        <source>Allocated to invoices: %n.</source>
        <translation>
            <numerusform>Asignado a %n factura.</numerusform>
            <numerusform>Asignado a %n facturas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund %1 recorded.</source>
        <translation>Registrado el reembolso %1.</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>%1 (%2 %): %3 + %4 tax</source>
        <translation>%1 (%2 %): %3 + %4 de IVA</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Credit note %1 — print preview</source>
        <translation>Abono %1 — vista previa de impresión</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Save credit note as PDF</source>
        <translation>Guardar el abono como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
</context>
<context>
    <name>mostrador::app::CustomerAccountModel</name>
    <message>
        <source>Double-click to open invoice %1</source>
        <translation>Doble clic para abrir la factura %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haber</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>mostrador::app::CustomerAccountView</name>
    <message>
        <source>Account of customer %1</source>
        <translation>Cuenta del cliente %1</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Print statement…</source>
        <translation>&amp;Imprimir extracto…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the entries as CSV or Excel</source>
        <translation>Guardar los movimientos en CSV o Excel</translation>
    </message>
    <message>
        <source>AR balance &lt;b&gt;%1&lt;/b&gt; · Credit %2 · Unapplied deposits %3 · Credit limit %4</source>
        <translation>Saldo pendiente &lt;b&gt;%1&lt;/b&gt; · Saldo a favor %2 · Anticipos sin aplicar %3 · Límite de crédito %4</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>Account of %1 — %2</source>
        <translation>Cuenta de %1 — %2</translation>
    </message>
    <message>
        <source>Opening balance %1 · Debits %2 · Credits %3 · &lt;b&gt;Closing balance %4&lt;/b&gt;</source>
        <translation>Saldo inicial %1 · Debe %2 · Haber %3 · &lt;b&gt;Saldo final %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Statement of %1 — print preview</source>
        <translation>Extracto de %1 — vista previa de impresión</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Save statement as PDF</source>
        <translation>Guardar el extracto como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>account-%1</source>
        <translation>cuenta-%1</translation>
    </message>
</context>
<context>
    <name>mostrador::app::CustomerEditor</name>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(por omisión)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>Ins adds a contact, Del removes the selected one</source>
        <translation>Insert añade un contacto, Supr quita el seleccionado</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Customer %1 — %2</source>
        <translation>Cliente %1 — %2</translation>
    </message>
    <message>
        <source>Leave empty to take the next number of the series</source>
        <translation>Déjelo vacío para tomar el siguiente número de la serie</translation>
    </message>
    <message>
        <source>A customer&apos;s code never changes</source>
        <translation>El código de un cliente no cambia nunca</translation>
    </message>
    <message>
        <source>Not an amount: write it like %1</source>
        <translation>No es un importe: escríbalo como %1</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative</source>
        <translation>El límite de crédito no puede ser negativo</translation>
    </message>
    <message>
        <source>Empty = unlimited, 0 = prepaid only</source>
        <translation>Vacío = ilimitado, 0 = solo pago por adelantado</translation>
    </message>
    <message>
        <source>The credit limit “%1” is not an amount</source>
        <translation>El límite de crédito «%1» no es un importe</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>C&amp;uenta…</translation>
    </message>
    <message>
        <source>The customer&apos;s invoices, payments and balance</source>
        <translation>Las facturas, los cobros y el saldo del cliente</translation>
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
    <message>
        <source>&amp;Account…</source>
        <translation>C&amp;uenta…</translation>
    </message>
    <message>
        <source>The customer&apos;s invoices, payments and balance (Ctrl+Shift+A)</source>
        <translation>Las facturas, los cobros y el saldo del cliente (Ctrl+Mayús+A)</translation>
    </message>
</context>
<context>
    <name>mostrador::app::DashboardView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Past due date
of %1 receivable</source>
        <translation>Fuera de plazo
de %1 pendiente de cobro</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Sales and margin, %1 – %2 (%3)</source>
        <translation>Ventas y margen, %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>%1 orders, %2</source>
        <translation>%1 pedidos, %2</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Pendiente de cobro</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Sales and margin, last 12 months (%1)</source>
        <translation>Ventas y margen, últimos 12 meses (%1)</translation>
    </message>
    <message>
        <source>Open orders by state</source>
        <translation>Pedidos abiertos por estado</translation>
    </message>
    <message>
        <source>Receivables by age (%1)</source>
        <translation>Antigüedad de saldos (%1)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>My figures (%1)</source>
        <translation>Mis cifras (%1)</translation>
    </message>
    <message>
        <source>Sales this month</source>
        <translation>Ventas del mes</translation>
    </message>
    <message>
        <source>Order backlog</source>
        <translation>Cartera de pedidos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Waiting for a manager</source>
        <translation>Esperan a un responsable</translation>
    </message>
    <message>
        <source>Top 10, last 12 months:</source>
        <translation>Los 10 primeros, últimos 12 meses:</translation>
    </message>
    <message>
        <source>By &amp;sales</source>
        <translation>Por &amp;ventas</translation>
    </message>
    <message>
        <source>By &amp;margin</source>
        <translation>Por &amp;margen</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>millions</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 k</source>
        <comment>thousands</comment>
        <translation>%1 mil</translation>
    </message>
    <message>
        <source>Confirmed, not yet shipped, before tax</source>
        <translation>Confirmada, aún sin enviar, sin impuestos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmed</source>
        <translation>
            <numerusform>%Ln confirmado</numerusform>
            <numerusform>%Ln confirmados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partially shipped</source>
        <translation>
            <numerusform>%Ln enviado en parte</numerusform>
            <numerusform>%Ln enviados en parte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on credit hold</source>
        <translation>
            <numerusform>%Ln retenido por crédito</numerusform>
            <numerusform>%Ln retenidos por crédito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln awaiting approval</source>
        <translation>
            <numerusform>%Ln pendiente de aprobación</numerusform>
            <numerusform>%Ln pendientes de aprobación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mostrador::app::DemandView</name>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
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
        <source>Shortfall</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>&amp;Week of</source>
        <translation>&amp;Semana del</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Production demand</source>
        <translation>Demanda de producción</translation>
    </message>
    <message>
        <source>from the week of %1</source>
        <translation>desde la semana del %1</translation>
    </message>
    <message>
        <source>demand-%1</source>
        <translation>demanda-%1</translation>
    </message>
</context>
<context>
    <name>mostrador::app::DepositDialog</name>
    <message>
        <source>Deposit on order %1</source>
        <translation>Anticipo del pedido %1</translation>
    </message>
    <message>
        <source>Still owed on the order: %1</source>
        <translation>Pendiente de pago del pedido: %1</translation>
    </message>
    <message>
        <source>Transfer or cheque number, receipt…</source>
        <translation>Nº de transferencia o de cheque, recibo…</translation>
    </message>
    <message>
        <source>Record deposit</source>
        <translation>Registrar anticipo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Forma de &amp;pago</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
</context>
<context>
    <name>mostrador::app::DocumentGrid</name>
    <message>
        <source>Enter moves on · Tab visits every cell · Delete or Ctrl+Del removes the line · Insert adds one · Ctrl+Z undoes</source>
        <translation>Intro avanza · Tab recorre todas las celdas · Supr o Ctrl+Supr quita la línea · Insert añade una · Ctrl+Z deshace</translation>
    </message>
</context>
<context>
    <name>mostrador::app::DocumentLinesModel</name>
    <message>
        <source>Below cost (%1)</source>
        <translation>Por debajo del coste (%1)</translation>
    </message>
    <message>
        <source>Discount above your limit of %1 %</source>
        <translation>Descuento por encima de su límite del %1 %</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Dto. %</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Type a SKU, or press Ctrl+Del to remove the line</source>
        <translation>Escriba una referencia o pulse Ctrl+Supr para quitar la línea</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Quitar la línea %1</translation>
    </message>
    <message>
        <source>Change line %1</source>
        <translation>Cambiar la línea %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Pte. servir</translation>
    </message>
    <message>
        <source>Empty: the order&apos;s requested date</source>
        <translation>Vacía: la fecha de entrega del pedido</translation>
    </message>
    <message>
        <source>Backordered: no stock is reserved for %1 of what remains</source>
        <translation>Pendiente de servir: no hay existencias reservadas para %1 de lo pendiente</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (like %3); leave it empty for the order&apos;s date</source>
        <translation>Línea %1: «%2» no es una fecha (como %3); déjela vacía para usar la del pedido</translation>
    </message>
</context>
<context>
    <name>mostrador::app::EditorDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
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
    <message>
        <source>Ferretería Demo S.L., a hardware wholesaler, with %1 customers, %2 products in stock and two years of sales to explore freely.</source>
        <translation>Ferretería Demo S.L., un mayorista de ferretería, con %1 clientes, %2 productos en existencias y dos años de ventas para explorar libremente.</translation>
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
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <source>A UTF-8 CSV file with a header row naming its columns, in any order: name (required), code, tax_id, email, phone, credit_limit, payment_terms, price_list, billing_address, shipping_address.</source>
        <translation>Un archivo CSV en UTF-8 con una fila de cabecera que nombre sus columnas, en cualquier orden: name (obligatoria), code, tax_id, email, phone, credit_limit, payment_terms, price_list, billing_address, shipping_address.</translation>
    </message>
    <message>
        <source>A UTF-8 CSV file with a header row naming its columns, in any order: sku and name (required), unit, price, cost, tax, weight, category, stock, tracked.</source>
        <translation>Un archivo CSV en UTF-8 con una fila de cabecera que nombre sus columnas, en cualquier orden: sku y name (obligatorias), unit, price, cost, tax, weight, category, stock, tracked.</translation>
    </message>
    <message>
        <source>Amounts are written like 1234.50. Nothing is imported while any row is wrong.</source>
        <translation>Los importes se escriben como 1234.50. No se importa nada mientras alguna fila sea incorrecta.</translation>
    </message>
    <message>
        <source>path of the .csv file</source>
        <translation>ruta del archivo .csv</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Elija el archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se ha importado nada.</translation>
    </message>
    <message>
        <source>Problems found: %1. Nothing was imported; correct the file and check it again.</source>
        <translation>Problemas encontrados: %1. No se ha importado nada; corrija el archivo y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>El archivo no tiene filas que importar.</translation>
    </message>
    <message>
        <source>Rows checked: %1, all correct. Press Import to save them.</source>
        <translation>Filas comprobadas: %1, todas correctas. Pulse Importar para guardarlas.</translation>
    </message>
    <message>
        <source>Rows imported: %1.</source>
        <translation>Filas importadas: %1.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-problemas</translation>
    </message>
    <message>
        <source>Import price rules</source>
        <translation>Importar reglas de precio</translation>
    </message>
    <message>
        <source>A UTF-8 CSV file with a header row naming its columns, in any order: price_list (required), sku or category, customer, min_qty, price or discount (a percentage), from and to (dates like 2026-12-31).</source>
        <translation>Un archivo CSV en UTF-8 con una fila de cabecera que nombre sus columnas, en cualquier orden: price_list (obligatoria), sku o category, customer, min_qty, price o discount (un porcentaje), from y to (fechas como 2026-12-31).</translation>
    </message>
</context>
<context>
    <name>mostrador::app::InvoiceViewer</name>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>Draft invoice %1</source>
        <translation>Borrador de factura %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (the invoice number is given when posted)</source>
        <translation>%1 (el número de factura se asigna al emitirla)</translation>
    </message>
    <message>
        <source>%1 (draft %2)</source>
        <translation>%1 (borrador %2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tax id %1</source>
        <translation>NIF %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>set when posted, from the payment terms</source>
        <translation>se fijan al emitir, según las condiciones de pago</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Deposit %1 (order %2): %3</source>
        <translation>Anticipo %1 (pedido %2): %3</translation>
    </message>
    <message>
        <source>Type a new quantity; 0 takes the line off the invoice</source>
        <translation>Escriba una cantidad nueva; con 0 la línea sale de la factura</translation>
    </message>
    <message>
        <source>%1: a quantity cannot be negative</source>
        <translation>%1: una cantidad no puede ser negativa</translation>
    </message>
    <message>
        <source>Draft %1 saved</source>
        <translation>Guardado el borrador %1</translation>
    </message>
    <message>
        <source>Discard draft %1</source>
        <translation>Descartar el borrador %1</translation>
    </message>
    <message>
        <source>The draft is deleted and what it held of its orders can be invoiced again. Discard it?</source>
        <translation>Se elimina el borrador y lo que contenía de sus pedidos se puede volver a facturar. ¿Descartarlo?</translation>
    </message>
    <message>
        <source>Draft %1 posted as invoice %2</source>
        <translation>Emitido el borrador %1 como factura %2</translation>
    </message>
    <message>
        <source>Invoice %1 — print preview</source>
        <translation>Factura %1 — vista previa de impresión</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Guardar la factura como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Payment %1 recorded</source>
        <translation>Registrado el cobro %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Dto. %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation>Vencimientos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Deposits applied</source>
        <translation>Anticipos aplicados</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe pendiente</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Disca&amp;rd draft…</source>
        <translation>&amp;Descartar borrador…</translation>
    </message>
    <message>
        <source>Deletes the draft; its orders can be invoiced again</source>
        <translation>Elimina el borrador; sus pedidos se pueden volver a facturar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>P&amp;ost invoice…</source>
        <translation>&amp;Emitir factura…</translation>
    </message>
    <message>
        <source>Takes the next invoice number and freezes the invoice</source>
        <translation>Asigna el siguiente número de factura y la deja cerrada</translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation>Registrar &amp;cobro…</translation>
    </message>
    <message>
        <source>A payment of this invoice&apos;s balance, or of another amount</source>
        <translation>Un cobro del saldo de esta factura o de otro importe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>mostrador::app::InvoicesView</name>
    <message>
        <source>Search by invoice or draft number (Ctrl+F)</source>
        <translation>Buscar por número de factura o de borrador (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open the selected invoice (Enter)</source>
        <translation>Abrir la factura seleccionada (Intro)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Ha&amp;sta</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturas</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the selected invoices to PDF (Ctrl+P); Shift or Ctrl and a click select several</source>
        <translation>Imprimir en PDF las facturas seleccionadas (Ctrl+P); con Mayús o Ctrl y un clic se seleccionan varias</translation>
    </message>
    <message>
        <source>Print invoices</source>
        <translation>Imprimir facturas</translation>
    </message>
    <message>
        <source>Select the invoices to print first: Shift or Ctrl and a click select several.</source>
        <translation>Seleccione primero las facturas que quiere imprimir: con Mayús o Ctrl y un clic se seleccionan varias.</translation>
    </message>
    <message>
        <source>Print the %1 selected invoices into one PDF, or one PDF each in a folder?</source>
        <translation>¿Imprimir las %1 facturas seleccionadas en un solo PDF, o un PDF por factura en una carpeta?</translation>
    </message>
    <message>
        <source>&amp;One PDF</source>
        <translation>&amp;Un solo PDF</translation>
    </message>
    <message>
        <source>One PDF &amp;each</source>
        <translation>Un PDF por &amp;factura</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the invoices&apos; PDFs</source>
        <translation>Carpeta para los PDF de las facturas</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation>Se canceló la impresión; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Printed invoice %1 to %2.</source>
        <translation>Factura %1 impresa en %2.</translation>
    </message>
    <message>
        <source>Printed %1 invoices (%2 pages) to %3.</source>
        <translation>%1 facturas impresas (%2 páginas) en %3.</translation>
    </message>
    <message>
        <source>Op&amp;en…</source>
        <translation>Ab&amp;rir…</translation>
    </message>
    <message>
        <source>St&amp;ate</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Only drafts are selected. A draft is not an invoice yet: post it first, or open it to print it as a draft.</source>
        <translation>Solo hay borradores seleccionados. Un borrador aún no es una factura: emítalo antes, o ábralo para imprimirlo como borrador.</translation>
    </message>
    <message>
        <source>Print the selected invoice?</source>
        <translation>¿Imprimir la factura seleccionada?</translation>
    </message>
    <message>
        <source>Drafts left out: %1. A draft is not an invoice yet: post it first.</source>
        <translation>Borradores que no se imprimen: %1. Un borrador aún no es una factura: emítalo antes.</translation>
    </message>
</context>
<context>
    <name>mostrador::app::LineDelegate</name>
    <message>
        <source>SKU or name</source>
        <translation>Referencia o nombre</translation>
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
        <translation>Expediciones</translation>
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
        <source>Import price &amp;rules…</source>
        <translation>Importar &amp;reglas de precio…</translation>
    </message>
    <message>
        <source>&amp;Price lists…</source>
        <translation>&amp;Tarifas…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Aging…</source>
        <translation>&amp;Antigüedad de saldos…</translation>
    </message>
    <message>
        <source>&amp;Sales…</source>
        <translation>&amp;Ventas…</translation>
    </message>
    <message>
        <source>&amp;Backlog…</source>
        <translation>&amp;Cartera de pedidos…</translation>
    </message>
    <message>
        <source>Production &amp;demand…</source>
        <translation>&amp;Demanda de producción…</translation>
    </message>
    <message>
        <source>Stock &amp;valuation…</source>
        <translation>Valoración de e&amp;xistencias…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mostrador %1&lt;/h3&gt;&lt;p&gt;Sales management for small companies, from the first quotation to the money in the bank:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;customers, products, price lists and stock;&lt;/li&gt;&lt;li&gt;quotations, sales orders with credit control, shipments with their papers;&lt;/li&gt;&lt;li&gt;invoices, payments and chargebacks, returns with credit notes, each customer&apos;s account and statement;&lt;/li&gt;&lt;li&gt;a dashboard and reports: aging, sales and margin, backlog, production demand, stock valuation.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Qt %2, SQLite. MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mostrador %1&lt;/h3&gt;&lt;p&gt;Gestión comercial para pequeñas empresas, del primer presupuesto al cobro en el banco:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;clientes, productos, tarifas y existencias;&lt;/li&gt;&lt;li&gt;presupuestos, pedidos con control de riesgo, expediciones con sus documentos;&lt;/li&gt;&lt;li&gt;facturas, cobros y retrocesiones, devoluciones con facturas rectificativas, la cuenta y el extracto de cada cliente;&lt;/li&gt;&lt;li&gt;un panel e informes: antigüedad de saldos, ventas y margen, cartera de pedidos, demanda de producción, valoración de existencias.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Qt %2, SQLite. Licencia MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mostrador::app::OrderEditor</name>
    <message>
        <source>Choose the customer first</source>
        <translation>Elija antes el cliente</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>cuanto antes</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Pedido %1 — %2</translation>
    </message>
    <message>
        <source>New order — not saved yet</source>
        <translation>Nuevo pedido — aún sin guardar</translation>
    </message>
    <message>
        <source> · from quotation %1</source>
        <translation> · del presupuesto %1</translation>
    </message>
    <message>
        <source>C&amp;heck credit again</source>
        <translation>Comp&amp;robar de nuevo el crédito</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>Co&amp;nfirmar</translation>
    </message>
    <message>
        <source>Order %1 saved</source>
        <translation>Guardado el pedido %1</translation>
    </message>
    <message>
        <source>Order %1 is on credit hold: see the reasons above</source>
        <translation>El pedido %1 está bloqueado por crédito: vea los motivos arriba</translation>
    </message>
    <message>
        <source>Order %1 awaits a manager&apos;s approval</source>
        <translation>El pedido %1 está pendiente de aprobación por un responsable</translation>
    </message>
    <message>
        <source>Order %1 is confirmed</source>
        <translation>Confirmado el pedido %1</translation>
    </message>
    <message>
        <source>Release order %1</source>
        <translation>Desbloquear el pedido %1</translation>
    </message>
    <message>
        <source>Approve order %1</source>
        <translation>Aprobar el pedido %1</translation>
    </message>
    <message>
        <source>Why may this order go ahead despite the credit hold? The reason is recorded with your name. (required)</source>
        <translation>¿Por qué puede seguir adelante este pedido pese a la retención de crédito? El motivo queda registrado con su nombre. (obligatorio)</translation>
    </message>
    <message>
        <source>Why may these lines go ahead as they are? The reason is recorded with your name. (required)</source>
        <translation>¿Por qué pueden seguir adelante estas líneas tal como están? El motivo queda registrado con su nombre. (obligatorio)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Order %1 is %2</source>
        <translation>El pedido %1 está %2</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>Cancelar el pedido %1</translation>
    </message>
    <message>
        <source>Part of this order has shipped: only what remains to ship is cancelled, and its reservations released. Why? (optional)</source>
        <translation>Parte de este pedido ya se ha enviado: solo se cancela lo que queda por expedir y se liberan sus reservas. ¿Por qué? (opcional)</translation>
    </message>
    <message>
        <source>The whole order is cancelled and its reservations released. Why? (optional)</source>
        <translation>Se cancela todo el pedido y se liberan sus reservas. ¿Por qué? (opcional)</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>What remained of order %1 is cancelled</source>
        <translation>Cancelado lo que quedaba del pedido %1</translation>
    </message>
    <message>
        <source>Order %1 is cancelled</source>
        <translation>Cancelado el pedido %1</translation>
    </message>
    <message>
        <source>Deposit %1 recorded on order %2</source>
        <translation>Registrado el anticipo %1 en el pedido %2</translation>
    </message>
    <message>
        <source>Shipment %1 made from order %2</source>
        <translation>Creada la expedición %1 del pedido %2</translation>
    </message>
    <message>
        <source>Code or name</source>
        <translation>Código o nombre</translation>
    </message>
    <message>
        <source>When the customer wants the goods; each line may have its own</source>
        <translation>Cuándo quiere el cliente la mercancía; cada línea puede tener la suya</translation>
    </message>
    <message>
        <source>Notes printed on the order confirmation</source>
        <translation>Notas que se imprimen en la confirmación del pedido</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Requested</source>
        <translation>&amp;Entrega solicitada</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Record deposi&amp;t…</source>
        <translation>Registrar an&amp;ticipo…</translation>
    </message>
    <message>
        <source>A payment on account: lowers the customer&apos;s exposure at once</source>
        <translation>Un pago a cuenta: reduce en el acto el riesgo del cliente</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>E&amp;xpedir…</translation>
    </message>
    <message>
        <source>Ships all or part of what remains, then prints the papers</source>
        <translation>Expide todo lo pendiente o una parte y después imprime los documentos</translation>
    </message>
    <message>
        <source>Cancel &amp;order…</source>
        <translation>Cancelar pe&amp;dido…</translation>
    </message>
    <message>
        <source>Releases the reservations; after a shipment only what remains is cancelled</source>
        <translation>Libera las reservas; tras una expedición solo se cancela lo pendiente</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>Des&amp;bloquear…</translation>
    </message>
    <message>
        <source>Releases the credit hold with a written reason (managers)</source>
        <translation>Levanta la retención de crédito con un motivo por escrito (responsables)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Approves the flagged lines with a written reason (managers)</source>
        <translation>Aprueba las líneas señaladas con un motivo por escrito (responsables)</translation>
    </message>
    <message>
        <source>Checks approvals and credit and reserves the stock</source>
        <translation>Comprueba las aprobaciones y el crédito y reserva las existencias</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>Enviar a: %1</translation>
    </message>
    <message>
        <source>Bill to: %1</source>
        <translation>Facturar a: %1</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>BLOQUEADO</translation>
    </message>
    <message>
        <source>Exposure %1</source>
        <translation>Riesgo %1</translation>
    </message>
    <message>
        <source>no credit limit</source>
        <translation>sin límite de crédito</translation>
    </message>
    <message>
        <source>prepaid only (limit 0)</source>
        <translation>solo pago por adelantado (límite 0)</translation>
    </message>
    <message>
        <source>limit %1 · %2 left</source>
        <translation>límite %1 · quedan %2</translation>
    </message>
    <message>
        <source>deposits %1</source>
        <translation>anticipos %1</translation>
    </message>
    <message>
        <source>This order would exceed the limit by %1</source>
        <translation>Este pedido superaría el límite en %1</translation>
    </message>
    <message>
        <source>Receivables %1 + confirmed orders not invoiced %2 − deposits %3</source>
        <translation>Pendiente de cobro %1 + pedidos confirmados sin facturar %2 − anticipos %3</translation>
    </message>
    <message>
        <source>On credit hold — a manager may release it with a reason:</source>
        <translation>Bloqueado por crédito — un responsable puede desbloquearlo indicando un motivo:</translation>
    </message>
    <message>
        <source>Awaiting a manager&apos;s approval:</source>
        <translation>Pendiente de aprobación por un responsable:</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>un responsable</translation>
    </message>
    <message>
        <source>Approved by %1: %2</source>
        <translation>Aprobado por %1: %2</translation>
    </message>
    <message>
        <source>Released by %1: %2</source>
        <translation>Desbloqueado por %1: %2</translation>
    </message>
    <message>
        <source>It was waiting for:</source>
        <translation>Estaba pendiente de:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · ref. %1</source>
        <translation> · ref. %1</translation>
    </message>
    <message>
        <source>Deposits (%1): %2
%3</source>
        <translation>Anticipos (%1): %2
%3</translation>
    </message>
    <message>
        <source>Type a SKU or a product name in the first cell; Enter moves on to quantity, price and discount; Tab also visits the line&apos;s requested date.</source>
        <translation>Escriba una referencia o el nombre de un producto en la primera celda; Intro pasa a la cantidad, el precio y el descuento; Tab también visita la fecha de entrega de la línea.</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>Línea %1 · %2</translation>
    </message>
    <message>
        <source>reserved %1 · shipped %2 · remaining %3</source>
        <translation>reservado %1 · enviado %2 · pendiente %3</translation>
    </message>
    <message>
        <source>not kept in stock · shipped %1 · remaining %2</source>
        <translation>sin control de existencias · enviado %1 · pendiente %2</translation>
    </message>
    <message>
        <source>%1 short: backordered until stock arrives</source>
        <translation>faltan %1: pendiente de servir hasta que lleguen existencias</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Order %1 — print preview</source>
        <translation>Pedido %1 — vista previa de impresión</translation>
    </message>
    <message>
        <source>Save order confirmation as PDF</source>
        <translation>Guardar la confirmación del pedido como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Draft invoice %1 discarded</source>
        <translation>Descartado el borrador de factura %1</translation>
    </message>
    <message>
        <source>Draft invoice %1 made from order %2</source>
        <translation>Creado el borrador de factura %1 del pedido %2</translation>
    </message>
    <message>
        <source>Invoice %1 posted from order %2</source>
        <translation>Emitida la factura %1 del pedido %2</translation>
    </message>
    <message>
        <source>&amp;Invoice…</source>
        <translation>Fact&amp;urar…</translation>
    </message>
    <message>
        <source>Drafts an invoice for what can be invoiced and opens it</source>
        <translation>Crea un borrador de factura con lo que se puede facturar y lo abre</translation>
    </message>
</context>
<context>
    <name>mostrador::app::OrdersView</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nuevo pedido</translation>
    </message>
    <message>
        <source>New sales order (Ctrl+N)</source>
        <translation>Nuevo pedido de venta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by number or customer (Ctrl+F)</source>
        <translation>Buscar por número o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Only the orders on credit hold or awaiting approval: what waits for a manager&apos;s decision</source>
        <translation>Solo los pedidos bloqueados por crédito o pendientes de aprobación: lo que espera la decisión de un responsable</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Ha&amp;sta</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>St&amp;ate</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Credit holds and approvals (%1)</source>
        <translation>&amp;Bloqueos y aprobaciones (%1)</translation>
    </message>
    <message>
        <source>&amp;Credit holds and approvals</source>
        <translation>&amp;Bloqueos y aprobaciones</translation>
    </message>
</context>
<context>
    <name>mostrador::app::PaymentDialog</name>
    <message>
        <source>New payment</source>
        <translation>Nuevo cobro</translation>
    </message>
    <message>
        <source>Your role may not record payments.</source>
        <translation>Su rol no permite registrar cobros.</translation>
    </message>
    <message>
        <source>Payment of invoice %1</source>
        <translation>Cobro de la factura %1</translation>
    </message>
    <message>
        <source>Customer&apos;s credit: %1 (used first)</source>
        <translation>Saldo a favor del cliente: %1 (se usa primero)</translation>
    </message>
    <message>
        <source>Allocated: %1    Left as customer credit: %2</source>
        <translation>Asignado: %1    Queda como saldo a favor del cliente: %2</translation>
    </message>
    <message>
        <source>Choose the customer</source>
        <translation>Elija el cliente</translation>
    </message>
    <message>
        <source>Allocate something to at least one invoice, or Propose again: a payment is applied to open invoices before it becomes credit</source>
        <translation>Asigne algún importe a al menos una factura, o use Volver a proponer: un cobro se aplica a las facturas pendientes antes de quedar como saldo a favor</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>&amp;Registrar cobro</translation>
    </message>
    <message>
        <source>Code or name</source>
        <translation>Código o nombre</translation>
    </message>
    <message>
        <source>Transfer or cheque number, receipt…</source>
        <translation>Nº de transferencia o de cheque, recibo…</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Forma de &amp;pago</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>R&amp;eference</source>
        <translation>R&amp;eferencia</translation>
    </message>
    <message>
        <source>Open &amp;invoices, oldest due first</source>
        <translation>Fac&amp;turas pendientes, primero el vencimiento más antiguo</translation>
    </message>
    <message>
        <source>&amp;Propose again</source>
        <translation>&amp;Volver a proponer</translation>
    </message>
    <message>
        <source>Allocate the amount to the oldest due invoices again</source>
        <translation>Volver a asignar el importe a las facturas de vencimiento más antiguo</translation>
    </message>
    <message>
        <source>Records the payment (Enter, or Ctrl+Enter from the table)</source>
        <translation>Registra el cobro (Intro, o Ctrl+Intro desde la tabla)</translation>
    </message>
</context>
<context>
    <name>mostrador::app::PaymentViewer</name>
    <message>
        <source>Payment %1</source>
        <translation>Cobro %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Retrocesión</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Invoices paid (Enter opens one)</source>
        <translation>&amp;Facturas pagadas (Intro abre una)</translation>
    </message>
    <message>
        <source>Char&amp;gebacks</source>
        <translation>&amp;Retrocesiones</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Unallocated (credit)</source>
        <translation>Sin asignar (saldo a favor)</translation>
    </message>
    <message>
        <source>Charged back</source>
        <translation>Retrocedido</translation>
    </message>
    <message>
        <source>&amp;Open invoice…</source>
        <translation>&amp;Abrir factura…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>&amp;Chargeback…</source>
        <translation>Re&amp;trocesión…</translation>
    </message>
    <message>
        <source>Take all or part of the payment back</source>
        <translation>Retroceder todo el cobro o una parte</translation>
    </message>
    <message>
        <source>&amp;Apply credit…</source>
        <translation>Aplicar &amp;saldo a favor…</translation>
    </message>
    <message>
        <source>Allocate the customer&apos;s credit to open invoices</source>
        <translation>Asignar el saldo a favor del cliente a las facturas pendientes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Refund %1 — %2</source>
        <translation>Reembolso %1 — %2</translation>
    </message>
    <message>
        <source>Payment %1 — %2</source>
        <translation>Cobro %1 — %2</translation>
    </message>
    <message>
        <source>%1 (refund of credit note %2)</source>
        <translation>%1 (reembolso del abono %2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Chargeback %1 recorded.</source>
        <translation>Registrada la retrocesión %1.</translation>
    </message>
</context>
<context>
    <name>mostrador::app::PaymentsView</name>
    <message>
        <source>Search by number, reference or customer (Ctrl+F)</source>
        <translation>Buscar por número, referencia o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Cualquier forma de pago</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Ha&amp;sta</translation>
    </message>
    <message>
        <source>&amp;New payment…</source>
        <translation>&amp;Nuevo cobro…</translation>
    </message>
    <message>
        <source>Record a payment received (Ctrl+N)</source>
        <translation>Registrar un cobro recibido (Ctrl+N)</translation>
    </message>
    <message>
        <source>Your role may not record payments</source>
        <translation>Su rol no permite registrar cobros</translation>
    </message>
    <message>
        <source>Open the selected payment (Enter)</source>
        <translation>Abrir el cobro seleccionado (Intro)</translation>
    </message>
    <message>
        <source>&amp;Chargeback…</source>
        <translation>Re&amp;trocesión…</translation>
    </message>
    <message>
        <source>Take all or part of the selected payment back</source>
        <translation>Retroceder todo el cobro seleccionado o una parte</translation>
    </message>
    <message>
        <source>&amp;Apply credit…</source>
        <translation>Aplicar saldo a &amp;favor…</translation>
    </message>
    <message>
        <source>Allocate the customer&apos;s credit to open invoices</source>
        <translation>Asignar el saldo a favor del cliente a las facturas pendientes</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>cobros</translation>
    </message>
    <message>
        <source>Metho&amp;d</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>Ab&amp;rir…</translation>
    </message>
</context>
<context>
    <name>mostrador::app::PostInvoiceDialog</name>
    <message>
        <source>Post invoice %1</source>
        <translation>Emitir la factura %1</translation>
    </message>
    <message>
        <source>Posting gives the draft the next invoice number and freezes it: a posted invoice is never changed, only credited. It cannot be dated before the latest posted invoice.</source>
        <translation>Al emitirlo, el borrador recibe el siguiente número de factura y queda cerrado: una factura emitida no se modifica nunca, solo se abona. No puede tener una fecha anterior a la última factura emitida.</translation>
    </message>
    <message>
        <source>Posting &amp;date</source>
        <translation>&amp;Fecha de emisión</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Emitir</translation>
    </message>
</context>
<context>
    <name>mostrador::app::PriceListsDialog</name>
    <message>
        <source>Price lists</source>
        <translation>Tarifas</translation>
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
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>Nueva tarifa</translation>
    </message>
    <message>
        <source>e.g. WHOLESALE</source>
        <translation>p. ej. MAYORISTA</translation>
    </message>
    <message>
        <source>Add &amp;list</source>
        <translation>Añadir &amp;tarifa</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Filter by SKU, category or customer</source>
        <translation>Filtrar por referencia, categoría o cliente</translation>
    </message>
    <message>
        <source>Ins adds a rule, Enter opens the selected one, Del deletes it</source>
        <translation>Insert añade una regla, Intro abre la seleccionada, Supr la elimina</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>Añadir re&amp;gla…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Import rules…</source>
        <translation>&amp;Importar reglas…</translation>
    </message>
    <message>
        <source>You may look at the price lists but not change them.</source>
        <translation>Puede consultar las tarifas, pero no cambiarlas.</translation>
    </message>
    <message>
        <source>Price list %1 was added.</source>
        <translation>Se ha añadido la tarifa %1.</translation>
    </message>
    <message>
        <source>Price list %1 is now called “%2”.</source>
        <translation>La tarifa %1 se llama ahora «%2».</translation>
    </message>
    <message>
        <source>Rules of %1 — %2 (%3)</source>
        <translation>Reglas de %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Rule %1 was added.</source>
        <translation>Se ha añadido la regla %1.</translation>
    </message>
    <message>
        <source>Rule %1 was changed.</source>
        <translation>Se ha cambiado la regla %1.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Eliminar regla</translation>
    </message>
    <message>
        <source>Delete rule %1 (%2) from price list %3?</source>
        <translation>¿Eliminar la regla %1 (%2) de la tarifa %3?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Rule %1 was deleted.</source>
        <translation>Se ha eliminado la regla %1.</translation>
    </message>
</context>
<context>
    <name>mostrador::app::PriceRuleEditor</name>
    <message>
        <source>New rule — price list %1</source>
        <translation>Nueva regla — tarifa %1</translation>
    </message>
    <message>
        <source>You may look at this rule but not change it.</source>
        <translation>Puede consultar esta regla, pero no cambiarla.</translation>
    </message>
    <message>
        <source>type a SKU or a name</source>
        <translation>escriba una referencia o un nombre</translation>
    </message>
    <message>
        <source>every customer of the list</source>
        <translation>todos los clientes de la tarifa</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>percentage off the list price</source>
        <translation>% sobre el precio de tarifa</translation>
    </message>
    <message>
        <source>always (e.g. %1)</source>
        <translation>siempre (p. ej. %1)</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>&amp;Product (SKU):</source>
        <translation>&amp;Producto (referencia):</translation>
    </message>
    <message>
        <source>or c&amp;ategory:</source>
        <translation>o c&amp;ategoría:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>From &amp;quantity:</source>
        <translation>Cantidad &amp;mínima:</translation>
    </message>
    <message>
        <source>Fixed p&amp;rice:</source>
        <translation>Precio &amp;fijo:</translation>
    </message>
    <message>
        <source>or &amp;discount (%):</source>
        <translation>o &amp;descuento (%):</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Válido desde:</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Válido &amp;hasta:</translation>
    </message>
    <message>
        <source>Rule %1 — price list %2</source>
        <translation>Regla %1 — tarifa %2</translation>
    </message>
    <message>
        <source>Leave empty for a rule on a whole category</source>
        <translation>Déjelo vacío para una regla sobre toda una categoría</translation>
    </message>
    <message>
        <source>No product has this SKU</source>
        <translation>Ningún producto tiene esta referencia</translation>
    </message>
    <message>
        <source>%1 — list price %2</source>
        <translation>%1 — precio de tarifa %2</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it like %2</source>
        <translation>«%1» no es una fecha: escríbala como %2</translation>
    </message>
    <message>
        <source>The quantity “%1” is not a number</source>
        <translation>La cantidad «%1» no es un número</translation>
    </message>
    <message>
        <source>The price “%1” is not an amount</source>
        <translation>El precio «%1» no es un importe</translation>
    </message>
    <message>
        <source>The discount “%1” is not a percentage</source>
        <translation>El descuento «%1» no es un porcentaje</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ProductEditor</name>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>List &amp;price (%1):</source>
        <translation>&amp;Precio de tarifa (%1):</translation>
    </message>
    <message>
        <source>Standard &amp;cost (%1):</source>
        <translation>&amp;Coste estándar (%1):</translation>
    </message>
    <message>
        <source>capital letters, digits, - _ .</source>
        <translation>mayúsculas, cifras, - _ .</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Producto %1</translation>
    </message>
    <message>
        <source>Product %1 — %2</source>
        <translation>Producto %1 — %2</translation>
    </message>
    <message>
        <source>A product&apos;s SKU never changes</source>
        <translation>La referencia de un producto no cambia nunca</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>The cost is above the list price: this product sells at a loss.</source>
        <translation>El coste supera el precio de tarifa: este producto se vende con pérdidas.</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Precio de tarifa</translation>
    </message>
    <message>
        <source>Standard cost</source>
        <translation>Coste estándar</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>Existencias iniciales</translation>
    </message>
    <message>
        <source>The initial stock cannot be negative</source>
        <translation>Las existencias iniciales no pueden ser negativas</translation>
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
    <name>mostrador::app::QuotationEditor</name>
    <message>
        <source>Choose the customer first</source>
        <translation>Elija antes el cliente</translation>
    </message>
    <message>
        <source>Bill to: %1</source>
        <translation>Facturar a: %1</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>Enviar a: %1</translation>
    </message>
    <message>
        <source>Payment terms: %1</source>
        <translation>Condiciones de pago: %1</translation>
    </message>
    <message>
        <source>Price list: %1</source>
        <translation>Tarifa: %1</translation>
    </message>
    <message>
        <source>ON HOLD</source>
        <translation>BLOQUEADO</translation>
    </message>
    <message>
        <source>Type a SKU or a product name in the first cell; Enter moves on to quantity, price and discount.</source>
        <translation>Escriba una referencia o el nombre de un producto en la primera celda; Intro pasa a la cantidad, el precio y el descuento.</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>Línea %1 · %2</translation>
    </message>
    <message>
        <source>New quotation</source>
        <translation>Nuevo presupuesto</translation>
    </message>
    <message>
        <source>Quotation %1 · rev. %2 — %3</source>
        <translation>Presupuesto %1 · rev. %2 — %3</translation>
    </message>
    <message>
        <source>New quotation — not saved yet</source>
        <translation>Nuevo presupuesto — aún sin guardar</translation>
    </message>
    <message>
        <source> · order %1</source>
        <translation> · pedido %1</translation>
    </message>
    <message>
        <source> · reason: %1</source>
        <translation> · motivo: %1</translation>
    </message>
    <message>
        <source>Earlier revisions:</source>
        <translation>Revisiones anteriores:</translation>
    </message>
    <message>
        <source>rev. %1 of %2, valid until %3: %4</source>
        <translation>rev. %1 del %2, válida hasta el %3: %4</translation>
    </message>
    <message>
        <source> · 1 earlier revision</source>
        <translation> · 1 revisión anterior</translation>
    </message>
    <message>
        <source> · %1 earlier revisions</source>
        <translation> · %1 revisiones anteriores</translation>
    </message>
    <message>
        <source>Reject quotation %1</source>
        <translation>Rechazar el presupuesto %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Why did the customer decline? (required)</source>
        <translation>¿Por qué lo ha rechazado el cliente? (obligatorio)</translation>
    </message>
    <message>
        <source>Quotation %1 saved</source>
        <translation>Guardado el presupuesto %1</translation>
    </message>
    <message>
        <source>Quotation %1 is sent</source>
        <translation>Enviado el presupuesto %1</translation>
    </message>
    <message>
        <source>Accepted: sales order %1 was created as a draft</source>
        <translation>Aceptado: se ha creado el pedido de venta %1 como borrador</translation>
    </message>
    <message>
        <source>Quotation accepted</source>
        <translation>Presupuesto aceptado</translation>
    </message>
    <message>
        <source>Sales order %1 was created from quotation %2.</source>
        <translation>Se ha creado el pedido de venta %1 a partir del presupuesto %2.</translation>
    </message>
    <message>
        <source>Quotation %1 is rejected</source>
        <translation>Rechazado el presupuesto %1</translation>
    </message>
    <message>
        <source>Revision %1 is a draft: change it and send it again</source>
        <translation>La revisión %1 es un borrador: modifíquela y vuelva a enviarla</translation>
    </message>
    <message>
        <source>Code or name</source>
        <translation>Código o nombre</translation>
    </message>
    <message>
        <source>Notes printed on the quotation</source>
        <translation>Notas que se imprimen en el presupuesto</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>Válido &amp;hasta</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>The customer declined: asks for the reason</source>
        <translation>El cliente no lo acepta: pide el motivo</translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation>R&amp;evisar</translation>
    </message>
    <message>
        <source>Makes a new draft revision</source>
        <translation>Crea una nueva revisión en borrador</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Creates a sales order from the quotation</source>
        <translation>Crea un pedido de venta a partir del presupuesto</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Saves and marks the quotation as sent</source>
        <translation>Guarda el presupuesto y lo marca como enviado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Quotation %1 — print preview</source>
        <translation>Presupuesto %1 — vista previa de impresión</translation>
    </message>
    <message>
        <source>Save quotation as PDF</source>
        <translation>Guardar el presupuesto como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>&amp;Open the order</source>
        <translation>A&amp;brir el pedido</translation>
    </message>
</context>
<context>
    <name>mostrador::app::QuotationsView</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>&amp;New quotation</source>
        <translation>&amp;Nuevo presupuesto</translation>
    </message>
    <message>
        <source>New quotation (Ctrl+N)</source>
        <translation>Nuevo presupuesto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by number or customer (Ctrl+F)</source>
        <translation>Buscar por número o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Ha&amp;sta</translation>
    </message>
    <message>
        <source>quotations</source>
        <translation>presupuestos</translation>
    </message>
    <message>
        <source>St&amp;ate</source>
        <translation>Es&amp;tado</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ReportView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the report again (Enter in a filter, F5)</source>
        <translation>Vuelve a leer el informe (Intro en un filtro, F5)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>No se puede imprimir el informe</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ReturnDialog</name>
    <message>
        <source>Return goods</source>
        <translation>Devolver mercancía</translation>
    </message>
    <message>
        <source>Your role may not handle returns.</source>
        <translation>Su rol no permite gestionar devoluciones.</translation>
    </message>
    <message>
        <source>Order %1 · %2 · shipped %3</source>
        <translation>Pedido %1 · %2 · enviado el %3</translation>
    </message>
    <message>
        <source>Return goods of shipment %1</source>
        <translation>Devolver mercancía de la expedición %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Como máximo %1</translation>
    </message>
    <message>
        <source>SKU %1: %2</source>
        <translation>Referencia %1: %2</translation>
    </message>
    <message>
        <source>SKU %1: the quantity cannot be negative</source>
        <translation>Referencia %1: la cantidad no puede ser negativa</translation>
    </message>
    <message>
        <source>SKU %1: %2 to return but only %3 of the %4 shipped can still come back</source>
        <translation>Referencia %1: %2 a devolver, pero de los %4 enviados solo se pueden devolver aún %3</translation>
    </message>
    <message>
        <source>Nothing can be recorded until the quantities are corrected.</source>
        <translation>No se puede registrar nada hasta que se corrijan las cantidades.</translation>
    </message>
    <message>
        <source>Choose the shipment the goods come from.</source>
        <translation>Elija la expedición de la que procede la mercancía.</translation>
    </message>
    <message>
        <source>Type the quantity that comes back on its line.</source>
        <translation>Escriba en su línea la cantidad que se devuelve.</translation>
    </message>
    <message>
        <source>(reason)</source>
        <translation>(motivo)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Credited on a credit note of %1 against %2: %3</source>
        <translation>Se emite un abono de %1 sobre %2: %3</translation>
    </message>
    <message>
        <source>Not invoiced yet, no longer to invoice: %1</source>
        <translation>Aún sin facturar, deja de estar pendiente de facturar: %1</translation>
    </message>
    <message>
        <source>Damaged: nothing goes back to stock.</source>
        <translation>Dañado: no vuelve nada a las existencias.</translation>
    </message>
    <message>
        <source>The goods go back to stock.</source>
        <translation>La mercancía vuelve a las existencias.</translation>
    </message>
    <message>
        <source>Choose the shipment</source>
        <translation>Elija la expedición</translation>
    </message>
    <message>
        <source>Type the quantity that comes back on at least one line</source>
        <translation>Escriba la cantidad que se devuelve en al menos una línea</translation>
    </message>
    <message>
        <source>Return recorded</source>
        <translation>Devolución registrada</translation>
    </message>
    <message>
        <source>Return %1 is recorded with credit note %2.

Open the credit note?</source>
        <translation>La devolución %1 se ha registrado con el abono %2.

¿Abrir el abono?</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Already returned</source>
        <translation>Ya devuelto</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>Devolvible</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>A devolver</translation>
    </message>
    <message>
        <source>&amp;Lines — type the quantity that comes back</source>
        <translation>&amp;Líneas — escriba la cantidad que se devuelve</translation>
    </message>
    <message>
        <source>&amp;Record return</source>
        <translation>&amp;Registrar devolución</translation>
    </message>
    <message>
        <source>Shipment number, order or customer</source>
        <translation>Expedición, pedido o cliente</translation>
    </message>
    <message>
        <source>&amp;Shipment</source>
        <translation>&amp;Expedición</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Dañado en el transporte</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>Customer changed mind</source>
        <translation>El cliente cambió de opinión</translation>
    </message>
    <message>
        <source>Why the goods come back (required)</source>
        <translation>Por qué se devuelve (obligatorio)</translation>
    </message>
    <message>
        <source>Damaged — do &amp;not restock</source>
        <translation>Dañado — &amp;no reponer stock</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ReturnList</name>
    <message>
        <source>Search by number, shipment, order or customer (Ctrl+F)</source>
        <translation>Buscar por número, expedición, pedido o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by number, return or customer (Ctrl+F)</source>
        <translation>Buscar por número, devolución o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New return…</source>
        <translation>&amp;Nueva devolución…</translation>
    </message>
    <message>
        <source>Take goods of a shipment back (Ctrl+N)</source>
        <translation>Recoger mercancía de una expedición (Ctrl+N)</translation>
    </message>
    <message>
        <source>Your role may not handle returns</source>
        <translation>Su rol no permite gestionar devoluciones</translation>
    </message>
    <message>
        <source>Open the selected return (Enter)</source>
        <translation>Abrir la devolución seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Open the selected credit note (Enter)</source>
        <translation>Abrir el abono seleccionado (Intro)</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>devoluciones</translation>
    </message>
    <message>
        <source>credit notes</source>
        <translation>abonos</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Ha&amp;sta</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>Ab&amp;rir…</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ReturnViewer</name>
    <message>
        <source>Return %1</source>
        <translation>Devolución %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Open &amp;credit note…</source>
        <translation>Abrir a&amp;bono…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expedición</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Mercancía</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Abono</translation>
    </message>
    <message>
        <source>Return %1 — %2</source>
        <translation>Devolución %1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Damaged, not restocked</source>
        <translation>Dañada, no se repone stock</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Devuelta a existencias</translation>
    </message>
    <message>
        <source>None: nothing returned had been invoiced</source>
        <translation>Ninguno: no se había facturado nada de lo devuelto</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ReturnsView</name>
    <message>
        <source>Cre&amp;dit notes</source>
        <translation>A&amp;bonos</translation>
    </message>
    <message>
        <source>R&amp;eturns</source>
        <translation>De&amp;voluciones</translation>
    </message>
</context>
<context>
    <name>mostrador::app::SalesReportView</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Otras fechas</translation>
    </message>
    <message>
        <source>First sale</source>
        <translation>Primera venta</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Última venta</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Por</translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation>P&amp;eriodo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Sales&amp;person</source>
        <translation>Co&amp;mercial</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margen %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>by %1, %2 – %3</source>
        <translation>por %1, %2 – %3</translation>
    </message>
    <message>
        <source> · salesperson %1</source>
        <translation> · comercial %1</translation>
    </message>
    <message>
        <source>sales-by-%1</source>
        <translation>ventas-por-%1</translation>
    </message>
</context>
<context>
    <name>mostrador::app::SettingsDialog</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>Pedidos de venta</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expediciones</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Abonos</translation>
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
        <source>Per line</source>
        <translation>Por línea</translation>
    </message>
    <message>
        <source>On the total of each rate</source>
        <translation>Sobre el total de cada tipo</translation>
    </message>
    <message>
        <source>What was shipped</source>
        <translation>Lo enviado</translation>
    </message>
    <message>
        <source>What was ordered</source>
        <translation>Lo pedido</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>never block</source>
        <translation>no bloquear nunca</translation>
    </message>
    <message>
        <source>Three-letter ISO code</source>
        <translation>Código ISO de tres letras</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Elija el logotipo de la empresa</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>“%1” is not an image that can be read</source>
        <translation>«%1» no es una imagen legible</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>sin logotipo</translation>
    </message>
    <message>
        <source>Tax %1: “%2” is not a percentage</source>
        <translation>Impuesto %1: «%2» no es un porcentaje</translation>
    </message>
    <message>
        <source>Tax code %1 is in the list twice</source>
        <translation>El código de impuesto %1 está dos veces en la lista</translation>
    </message>
    <message>
        <source>Payment terms %1 are in the list twice</source>
        <translation>Las condiciones de pago %1 están dos veces en la lista</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>As the person printing</source>
        <translation>Como quien imprime</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ShipmentDialog</name>
    <message>
        <source>Ship order %1</source>
        <translation>Expedir el pedido %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 %3</source>
        <translation>Pedido %1 · %2 %3</translation>
    </message>
    <message>
        <source> — ship to: %1</source>
        <translation> — enviar a: %1</translation>
    </message>
    <message>
        <source>Order %1 has nothing left to ship</source>
        <translation>Al pedido %1 no le queda nada por expedir</translation>
    </message>
    <message>
        <source>Total weight: %1 kg</source>
        <translation>Peso total: %1 kg</translation>
    </message>
    <message>
        <source>Nothing to ship: type a quantity on a line</source>
        <translation>Nada que expedir: escriba una cantidad en una línea</translation>
    </message>
    <message>
        <source>Shipment %1 — order %2</source>
        <translation>Expedición %1 — pedido %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Shipment %1 created: %2 kg. Print the delivery note and the bill of lading for the carrier?</source>
        <translation>Creada la expedición %1: %2 kg. ¿Imprimir el albarán y la carta de porte para el transportista?</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Líneas</translation>
    </message>
    <message>
        <source>Carrier&apos;s name</source>
        <translation>Nombre del transportista</translation>
    </message>
    <message>
        <source>Printed on the delivery note and the bill of lading</source>
        <translation>Se imprime en el albarán y en la carta de porte</translation>
    </message>
    <message>
        <source>Ship &amp;date</source>
        <translation>&amp;Fecha de expedición</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Transportista</translation>
    </message>
    <message>
        <source>&amp;Tracking</source>
        <translation>Nº de s&amp;eguimiento</translation>
    </message>
    <message>
        <source>Pac&amp;kages</source>
        <translation>&amp;Bultos</translation>
    </message>
    <message>
        <source>&amp;Freight</source>
        <translation>&amp;Portes</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Print deli&amp;very note…</source>
        <translation>Imprimir &amp;albarán…</translation>
    </message>
    <message>
        <source>The paper that travels with the goods</source>
        <translation>El documento que acompaña a la mercancía</translation>
    </message>
    <message>
        <source>Print &amp;bill of lading…</source>
        <translation>Imprimir &amp;carta de porte…</translation>
    </message>
    <message>
        <source>The carrier&apos;s paper, with weights and signatures</source>
        <translation>El documento del transportista, con pesos y firmas</translation>
    </message>
    <message>
        <source>&amp;Ship</source>
        <translation>E&amp;xpedir</translation>
    </message>
    <message>
        <source>Creates the shipment (Ctrl+Enter)</source>
        <translation>Crea la expedición (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ShipmentLinesModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>A expedir</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>More than the %1 on hand</source>
        <translation>Más de las %1 en existencias</translation>
    </message>
    <message>
        <source>%1 free (not reserved by any order)</source>
        <translation>%1 libres (sin reservar para ningún pedido)</translation>
    </message>
    <message>
        <source>Line %1: %2: “%3” is not a quantity</source>
        <translation>Línea %1: %2: «%3» no es una cantidad</translation>
    </message>
    <message>
        <source>Line %1: %2: the quantity to ship cannot be negative</source>
        <translation>Línea %1: %2: la cantidad a expedir no puede ser negativa</translation>
    </message>
    <message>
        <source>Line %1: %2: %3 to ship, %4 remain</source>
        <translation>Línea %1: %2: %3 a expedir, quedan %4</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ShipmentList</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Search by shipment or order number, or customer (Ctrl+F)</source>
        <translation>Buscar por número de expedición o de pedido, o por cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <source>Open the selected shipment and its papers (Enter)</source>
        <translation>Abrir la expedición seleccionada y sus documentos (Intro)</translation>
    </message>
    <message>
        <source>shipped today</source>
        <translation>expediciones de hoy</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>expediciones</translation>
    </message>
    <message>
        <source>C&amp;arrier</source>
        <translation>&amp;Transportista</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Ha&amp;sta</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>Todos los transportistas</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ShipmentViewer</name>
    <message>
        <source>Shipment %1</source>
        <translation>Expedición %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>Fecha de expedición</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Nº de seguimiento</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Bultos</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Shipped by</source>
        <translation>Expedido por</translation>
    </message>
    <message>
        <source>Print deli&amp;very note…</source>
        <translation>Imprimir &amp;albarán…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print &amp;bill of lading…</source>
        <translation>Imprimir &amp;carta de porte…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation>Guardar como &amp;PDF</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Shipment %1 — order %2</source>
        <translation>Expedición %1 — pedido %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>&amp;Return goods…</source>
        <translation>&amp;Devolver mercancía…</translation>
    </message>
    <message>
        <source>Take goods of this shipment back</source>
        <translation>Recoger mercancía de esta expedición</translation>
    </message>
    <message>
        <source>Return %1 recorded.</source>
        <translation>Registrada la devolución %1.</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ShipmentsView</name>
    <message>
        <source>To &amp;ship</source>
        <translation>Por &amp;expedir</translation>
    </message>
    <message>
        <source>Shipped to&amp;day</source>
        <translation>Expedido h&amp;oy</translation>
    </message>
    <message>
        <source>&amp;By carrier</source>
        <translation>Por t&amp;ransportista</translation>
    </message>
</context>
<context>
    <name>mostrador::app::StockAdjustDialog</name>
    <message>
        <source>Adjust stock of %1</source>
        <translation>Ajustar existencias de %1</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>e.g. -3 or 12,5</source>
        <translation>p. ej. -3 o 12,5</translation>
    </message>
    <message>
        <source>Positive adds to the stock, negative takes from it</source>
        <translation>En positivo suma a las existencias, en negativo las resta</translation>
    </message>
    <message>
        <source>Physical count</source>
        <translation>Recuento físico</translation>
    </message>
    <message>
        <source>Breakage</source>
        <translation>Rotura</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>Devolución al proveedor</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Mercancía recibida</translation>
    </message>
    <message>
        <source>Loss or theft</source>
        <translation>Pérdida o robo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation>Uso interno</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 on hand, %2 reserved, %3 available (%4)</source>
        <translation>%1 en existencias, %2 reservado, %3 disponible (%4)</translation>
    </message>
    <message>
        <source>This product does not keep stock.</source>
        <translation>Este producto no controla existencias.</translation>
    </message>
    <message>
        <source>“%1” is not a quantity</source>
        <translation>«%1» no es una cantidad</translation>
    </message>
    <message>
        <source>not a quantity</source>
        <translation>no es una cantidad</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — below zero</source>
        <translation>%1 — por debajo de cero</translation>
    </message>
    <message>
        <source>Write the quantity to add or take</source>
        <translation>Escriba la cantidad que se suma o se resta</translation>
    </message>
</context>
<context>
    <name>mostrador::app::StockValuationView</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Stock valuation</source>
        <translation>Valoración de existencias</translation>
    </message>
    <message>
        <source>at standard cost, %1</source>
        <translation>a coste estándar, %1</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Valor de las existencias</translation>
    </message>
    <message>
        <source>stock-valuation-%1</source>
        <translation>valoracion-existencias-%1</translation>
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
        <translation>A&amp;justar existencias…</translation>
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
        <translation>Expedición</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
</context>
<context>
    <name>mostrador::app::ToShipList</name>
    <message>
        <source>Search by order number or customer (Ctrl+F)</source>
        <translation>Buscar por número de pedido o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shi&amp;p…</source>
        <translation>Ex&amp;pedir…</translation>
    </message>
    <message>
        <source>Ship the selected order, all or part (Enter)</source>
        <translation>Expedir el pedido seleccionado, entero o en parte (Intro)</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Abrir pedido</translation>
    </message>
    <message>
        <source>Open the selected order (Enter)</source>
        <translation>Abrir el pedido seleccionado (Intro)</translation>
    </message>
    <message>
        <source>to ship</source>
        <translation>por expedir</translation>
    </message>
</context>
<context>
    <name>mostrador::app::TotalsPanel</name>
    <message>
        <source>Untaxed</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 % on %2: %3</source>
        <translation>%1 % sobre %2: %3</translation>
    </message>
</context>
<context>
    <name>mostrador::app::UsersDialog</name>
    <message>
        <source>at least 8 characters</source>
        <translation>al menos 8 caracteres</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ctivar</translation>
    </message>
    <message>
        <source>The two passwords are not the same</source>
        <translation>Las dos contraseñas no son iguales</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Se ha cambiado la contraseña de %1.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 may no longer log in.</source>
        <translation>%1 ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>User %1 was added as %2.</source>
        <translation>Se ha añadido el usuario %1 como %2.</translation>
    </message>
</context>
</TS>
