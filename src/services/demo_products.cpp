// SPDX-License-Identifier: MIT
// Sample products: a hardware wholesaler's catalogue by category, with prices, costs
// below price, weights and opening stock.
#include "services/demo_data.h"

#include <array>

namespace mostrador::services::demo {

using domain::Product;
using domain::Quantity;
using domain::UnitPrice;

namespace {

// One kind of article: a name to complete with a variant, its unit, a base price in
// cents, a weight in grams and the variants it comes in.
struct Article {
    const char* name;
    const char* unit;
    int priceCents;
    int grams;
    std::array<const char*, 6> variants;
};

struct Category {
    const char* name;
    const char* skuPrefix;
    bool tracked;
    bool reducedTax; // takes the 10 % rate where it exists
    std::array<Article, 6> articles;
};

constexpr std::array<Category, 8> kCategories{{
    {"Tornillería",
     "TOR",
     true,
     false,
     {{
         {"Tornillo hexagonal DIN 933 zincado",
          "caja",
          1450,
          900,
          {"M6x20", "M6x40", "M8x30", "M8x60", "M10x50", "M12x80"}},
         {"Tornillo rosca chapa DIN 7981",
          "caja",
          690,
          350,
          {"3,5x13", "3,9x19", "4,2x25", "4,8x32", "5,5x38", "6,3x50"}},
         {"Tuerca hexagonal DIN 934 zincada",
          "caja",
          520,
          400,
          {"M5", "M6", "M8", "M10", "M12", "M16"}},
         {"Arandela plana DIN 125", "caja", 380, 250, {"M5", "M6", "M8", "M10", "M12", "M16"}},
         {"Varilla roscada DIN 975 1 m", "ud", 210, 220, {"M6", "M8", "M10", "M12", "M14", "M16"}},
         {"Clavo de acero galvanizado",
          "kg",
          395,
          1000,
          {"2x40", "2,5x50", "3x60", "3,5x70", "4x80", "5x100"}},
     }}},
    {"Herramientas",
     "HER",
     true,
     false,
     {{
         {"Taladro percutor",
          "ud",
          8990,
          2100,
          {"650 W", "750 W", "850 W", "1.010 W", "SDS-Plus 800 W", "batería 18 V"}},
         {"Martillo de carpintero",
          "ud",
          1250,
          650,
          {"300 g", "450 g", "500 g", "600 g", "mango fibra", "mango madera"}},
         {"Juego de llaves combinadas",
          "ud",
          3490,
          1800,
          {"8 piezas", "10 piezas", "12 piezas", "14 piezas", "17 piezas", "25 piezas"}},
         {"Destornillador",
          "ud",
          450,
          120,
          {"plano 4 mm", "plano 5,5 mm", "plano 8 mm", "PH1", "PH2", "PZ2"}},
         {"Nivel de burbuja de aluminio",
          "ud",
          1590,
          500,
          {"30 cm", "40 cm", "60 cm", "80 cm", "100 cm", "120 cm"}},
         {"Cinta métrica",
          "ud",
          690,
          250,
          {"3 m", "5 m", "8 m", "10 m", "5 m magnética", "8 m magnética"}},
     }}},
    {"Pintura",
     "PIN",
     true,
     false,
     {{
         {"Pintura plástica mate",
          "ud",
          3450,
          15000,
          {"blanca 4 l", "blanca 15 l", "gris perla 4 l", "marfil 4 l", "beige 15 l",
           "azul cielo 4 l"}},
         {"Esmalte sintético brillante",
          "ud",
          1190,
          900,
          {"blanco 750 ml", "negro 750 ml", "rojo 750 ml", "verde 750 ml", "gris 750 ml",
           "azul 750 ml"}},
         {"Barniz para madera",
          "ud",
          2290,
          4200,
          {"incoloro 750 ml", "incoloro 4 l", "roble 750 ml", "nogal 750 ml", "caoba 750 ml",
           "sapelly 4 l"}},
         {"Rodillo antigota",
          "ud",
          690,
          300,
          {"11 cm", "18 cm", "22 cm", "25 cm", "pelo corto 22 cm", "pelo largo 22 cm"}},
         {"Brocha plana", "ud", 350, 80, {"20 mm", "30 mm", "40 mm", "50 mm", "60 mm", "70 mm"}},
         {"Imprimación antioxidante",
          "ud",
          1890,
          4500,
          {"gris 750 ml", "gris 4 l", "roja 750 ml", "roja 4 l", "blanca 750 ml", "blanca 4 l"}},
     }}},
    {"Electricidad",
     "ELE",
     true,
     false,
     {{
         {"Cable flexible H07V-K rollo 100 m",
          "ud",
          4590,
          2600,
          {"1,5 mm² azul", "1,5 mm² marrón", "2,5 mm² azul", "2,5 mm² marrón",
           "4 mm² amarillo-verde", "6 mm² negro"}},
         {"Interruptor diferencial 2P 30 mA",
          "ud",
          2890,
          220,
          {"25 A", "40 A", "63 A", "25 A superinmunizado", "40 A superinmunizado",
           "63 A superinmunizado"}},
         {"Magnetotérmico 1P+N", "ud", 690, 120, {"6 A", "10 A", "16 A", "20 A", "25 A", "32 A"}},
         {"Bombilla LED",
          "ud",
          350,
          60,
          {"E27 10 W cálida", "E27 10 W fría", "E14 6 W cálida", "GU10 5 W neutra",
           "E27 15 W neutra", "G9 3 W cálida"}},
         {"Base de enchufe schuko",
          "ud",
          390,
          70,
          {"blanca", "marfil", "antracita", "aluminio", "estanca IP55", "doble blanca"}},
         {"Regleta con interruptor",
          "ud",
          990,
          450,
          {"3 tomas", "4 tomas", "5 tomas", "6 tomas", "6 tomas 3 m", "8 tomas"}},
     }}},
    {"Fontanería",
     "FON",
     true,
     false,
     {{
         {"Tubo multicapa rollo 100 m",
          "ud",
          8990,
          9500,
          {"16 mm", "20 mm", "26 mm", "16 mm aislado", "20 mm aislado", "32 mm"}},
         {"Codo de latón 90°",
          "ud",
          290,
          90,
          {"1/2\"", "3/4\"", "1\"", "1/2\" H-H", "3/4\" H-H", "1\" H-H"}},
         {"Grifo monomando",
          "ud",
          4990,
          1400,
          {"lavabo cromado", "lavabo negro", "fregadero cromado", "fregadero caño alto",
           "ducha cromado", "bañera cromado"}},
         {"Llave de paso de esfera",
          "ud",
          590,
          250,
          {"1/2\"", "3/4\"", "1\"", "1/2\" con mando", "3/4\" con mando", "1 1/4\""}},
         {"Sifón de botella PVC",
          "ud",
          450,
          150,
          {"32 mm", "40 mm", "40 mm extensible", "50 mm", "doble seno 40 mm", "lavadora 40 mm"}},
         {"Cinta de teflón",
          "ud",
          120,
          20,
          {"12 m", "15 m", "12 m alta densidad", "25 m", "50 m", "10 m gas"}},
     }}},
    {"Fijación y adhesivos",
     "FIJ",
     true,
     false,
     {{
         {"Silicona neutra 300 ml",
          "ud",
          490,
          380,
          {"transparente", "blanca", "gris", "negra", "sanitaria", "alta temperatura"}},
         {"Taco de nailon", "caja", 390, 200, {"5 mm", "6 mm", "8 mm", "10 mm", "12 mm", "14 mm"}},
         {"Espuma de poliuretano",
          "ud",
          690,
          850,
          {"500 ml", "750 ml", "750 ml pistola", "ignífuga 750 ml", "baja expansión 750 ml",
           "1.000 ml"}},
         {"Adhesivo de montaje",
          "ud",
          590,
          450,
          {"290 ml", "transparente 290 ml", "exterior 290 ml", "rápido 290 ml", "madera 290 ml",
           "espejos 290 ml"}},
         {"Cola blanca para madera",
          "ud",
          450,
          800,
          {"250 g", "500 g", "750 g", "1 kg", "5 kg", "rápida 1 kg"}},
         {"Anclaje químico",
          "ud",
          1290,
          420,
          {"poliéster 300 ml", "viniléster 300 ml", "epoxi 400 ml", "poliéster 410 ml",
           "viniléster 410 ml", "invierno 300 ml"}},
     }}},
    {"Jardinería",
     "JAR",
     true,
     true,
     {{
         {"Semillas de césped",
          "ud",
          1290,
          1000,
          {"1 kg rústico", "1 kg deportivo", "1 kg sombra", "5 kg rústico", "5 kg deportivo",
           "5 kg sombra"}},
         {"Sustrato universal",
          "ud",
          690,
          20000,
          {"20 l", "50 l", "70 l", "20 l con abono", "50 l con abono", "80 l"}},
         {"Abono granulado",
          "ud",
          890,
          2000,
          {"2 kg", "5 kg", "10 kg", "césped 5 kg", "frutales 5 kg", "cítricos 2 kg"}},
         {"Manguera de riego",
          "ud",
          1990,
          2500,
          {"15 m", "20 m", "25 m", "30 m", "50 m", "extensible 15 m"}},
         {"Tijera de podar",
          "ud",
          1590,
          300,
          {"bypass 20 cm", "bypass 22 cm", "yunque 20 cm", "dos manos 60 cm", "dos manos 75 cm",
           "de setos"}},
         {"Maceta de barro",
          "ud",
          390,
          1500,
          {"14 cm", "18 cm", "22 cm", "26 cm", "30 cm", "35 cm"}},
     }}},
    {"Servicios",
     "SRV",
     false,
     false,
     {{
         {"Portes",
          "ud",
          1500,
          0,
          {"península", "Baleares", "urgente 24 h", "palé completo", "recogida en tienda",
           "devolución"}},
         {"Hora de montaje",
          "h",
          3500,
          0,
          {"oficial", "oficial de primera", "ayudante", "fin de semana", "nocturna",
           "desplazamiento"}},
         {"Afilado",
          "ud",
          600,
          0,
          {"cuchilla", "cadena de motosierra", "tijera de podar", "broca", "sierra circular",
           "formón"}},
         {"Corte a medida",
          "ud",
          250,
          0,
          {"tablero", "varilla", "tubo", "perfil", "cadena", "cable"}},
         {"Duplicado de llave",
          "ud",
          300,
          0,
          {"plana", "de seguridad", "de puntos", "de serreta", "de buzón", "de candado"}},
         {"Alquiler de herramienta por día",
          "ud",
          2500,
          0,
          {"martillo percutor", "hormigonera", "andamio", "cortadora de azulejo", "lijadora",
           "generador"}},
     }}},
}};

constexpr std::array<const char*, 8> kLines{"",           "Pro", "Basic",   "Plus",
                                            "Industrial", "Eco", "Premium", "Obra"};

// Which category the product of `index` falls in, and its rank k within it: one
// product in 40 is a service, the rest go round the goods categories in turn.
std::pair<const Category*, qint64> placeOf(qint64 index) {
    constexpr qint64 kServiceEvery = 40;
    if (index % kServiceEvery == kServiceEvery - 1)
        return {&kCategories.back(), index / kServiceEvery};
    const qint64 goods = qint64(kCategories.size()) - 1;
    const qint64 g = index - (index + 1) / kServiceEvery; // goods before this one
    return {&kCategories[size_t(g % goods)], g / goods};
}

QString taxFor(const Category& category, const Catalogue& catalogue) {
    if (category.reducedTax && catalogue.taxCodes.contains(QStringLiteral("IVA10")))
        return QStringLiteral("IVA10");
    return catalogue.generalTax;
}

} // namespace

Product product(qint64 index, const Catalogue& catalogue) {
    const auto [category, k] = placeOf(index);
    const Article& article = category->articles[size_t(k % 6)];
    const qint64 variant = (k / 6) % 6;
    const qint64 line = (k / 36) % qint64(kLines.size());
    const qint64 model = k / (36 * qint64(kLines.size())); // past every combination
    Product p;
    p.sku = QString::fromLatin1(category->skuPrefix) + u'-' +
            QString::number(index + 1).rightJustified(5, u'0');
    p.name = utf8(article.name) + u' ' + utf8(article.variants[size_t(variant)]);
    if (line > 0)
        p.name += u' ' + utf8(kLines[size_t(line)]);
    if (model > 0)
        p.name += QStringLiteral(" mod. %1").arg(model + 1);
    p.unit = QString::fromLatin1(article.unit);
    p.category = utf8(category->name);
    p.tracked = category->tracked;
    // Bigger variants cost a little more; the cost is 55–75 % of the price.
    const qint64 cents = article.priceCents * (100 + variant * 12 + line * 4) / 100;
    p.listPrice = UnitPrice::fromTenThousandths(cents * 100);
    p.standardCost =
        UnitPrice::fromTenThousandths(cents * qint64(55 + mix(index, 20) % 21) / 100 * 100);
    p.taxCode = taxFor(*category, catalogue);
    p.weightKg = Quantity::fromThousandths(article.grams + article.grams * variant / 10);
    return p;
}

Quantity openingStock(qint64 index, const Product& product) {
    if (!product.tracked)
        return {};
    if (product.unit == QStringLiteral("kg"))
        return Quantity::fromThousandths(qint64(5 + mix(index, 30) % 200) * 500);
    return Quantity::fromUnits(qint64(mix(index, 31) % 250));
}

} // namespace mostrador::services::demo
