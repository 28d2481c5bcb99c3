#include "demodata.h"

#include <array>

namespace VenueMap::Core::DemoData {

namespace {

struct RawCity
{
    const char *name;
    const char *country;
    int lat;
    int lon;
    Language language;
    int weight;
    const char *phone;
    const char *domain;
    const char *districts;
    const char *streets;
};

// Districts and streets are '|'-separated to keep the table readable.
const RawCity kCities[] = {
    { "London", "United Kingdom", 51507400, -127800, Language::English, 14, "+44 20", "co.uk",
        "Shoreditch|Southwark|Camden|Clerkenwell|Greenwich|Marylebone",
        "Curtain Road|Borough High Street|Hatton Garden|Great Portland Street|Bermondsey "
        "Street|Long Acre|Fournier Street" },
    { "Manchester", "United Kingdom", 53480800, -2242600, Language::English, 5, "+44 161", "co.uk",
        "Ancoats|Northern Quarter|Castlefield|Spinningfields|Salford Quays",
        "Oldham Street|Deansgate|Tib Street|Liverpool Road|Jersey Street|Whitworth Street" },
    { "Edinburgh", "United Kingdom", 55953300, -3188300, Language::English, 4, "+44 131", "co.uk",
        "Old Town|New Town|Leith|Stockbridge|Bruntsfield",
        "Cowgate|George Street|The Shore|Canongate|Queen Street|Grassmarket" },
    { "Dublin", "Ireland", 53349800, -6260300, Language::English, 5, "+353 1", "ie",
        "Temple Bar|Docklands|Smithfield|Portobello|Ballsbridge",
        "Dame Street|Sir John Rogerson's Quay|Capel Street|Fitzwilliam Square|Thomas Street|Pearse "
        "Street" },
    { "Berlin", "Germany", 52520000, 13405000, Language::German, 12, "+49 30", "de",
        "Mitte|Kreuzberg|Prenzlauer Berg|Friedrichshain|Charlottenburg|Neukölln",
        "Torstraße|Oranienstraße|Kastanienallee|Revaler "
        "Straße|Kurfürstendamm|Friedrichstraße|Sonnenallee" },
    { "Munich", "Germany", 48135100, 11582000, Language::German, 7, "+49 89", "de",
        "Schwabing|Maxvorstadt|Haidhausen|Glockenbachviertel|Bogenhausen",
        "Leopoldstraße|Türkenstraße|Wiener Platz|Müllerstraße|Prinzregentenstraße|Sendlinger "
        "Straße" },
    { "Hamburg", "Germany", 53551100, 9993700, Language::German, 7, "+49 40", "de",
        "HafenCity|St. Pauli|Altona|Speicherstadt|Eppendorf",
        "Am Sandtorkai|Große Elbstraße|Holstenstraße|Brandstwiete|Eppendorfer Weg|Reeperbahn" },
    { "Cologne", "Germany", 50937500, 6960300, Language::German, 5, "+49 221", "de",
        "Altstadt|Ehrenfeld|Deutz|Südstadt|Belgisches Viertel",
        "Venloer Straße|Rheinauhafen|Severinstraße|Brüsseler Platz|Deutzer Freiheit|Hohe Straße" },
    { "Frankfurt", "Germany", 50110900, 8682100, Language::German, 5, "+49 69", "de",
        "Sachsenhausen|Westend|Ostend|Bornheim|Gallus",
        "Schweizer Straße|Bockenheimer Landstraße|Hanauer Landstraße|Berger Straße|Mainzer "
        "Landstraße|Zeil" },
    { "Vienna", "Austria", 48208200, 16373800, Language::German, 7, "+43 1", "at",
        "Innere Stadt|Leopoldstadt|Neubau|Wieden|Josefstadt",
        "Kärntner Straße|Praterstraße|Neubaugasse|Wiedner Hauptstraße|Josefstädter "
        "Straße|Ringstraße" },
    { "Zurich", "Switzerland", 47376900, 8541700, Language::German, 5, "+41 44", "ch",
        "Altstadt|Zürich-West|Seefeld|Enge|Oerlikon",
        "Bahnhofstrasse|Hardstrasse|Seefeldstrasse|Limmatquai|Bellerivestrasse|Langstrasse" },
    { "Paris", "France", 48856600, 2352200, Language::French, 13, "+33 1", "fr",
        "Le Marais|Saint-Germain|Montmartre|Bastille|La Villette|Batignolles",
        "rue de Rivoli|rue Oberkampf|boulevard Saint-Germain|rue des Martyrs|quai de la Seine|rue "
        "du Faubourg Saint-Antoine" },
    { "Lyon", "France", 45764000, 4835700, Language::French, 5, "+33 4", "fr",
        "Vieux Lyon|Presqu'île|Confluence|Croix-Rousse|Part-Dieu",
        "rue Saint-Jean|quai Rambaud|rue de la République|boulevard de la Croix-Rousse|cours "
        "Lafayette|rue Mercière" },
    { "Marseille", "France", 43296500, 5369800, Language::French, 4, "+33 4", "fr",
        "Vieux-Port|Le Panier|La Joliette|Endoume|Castellane",
        "quai du Port|rue de la République|boulevard des Dames|corniche Kennedy|rue Paradis|La "
        "Canebière" },
    { "Brussels", "Belgium", 50850300, 4351700, Language::French, 6, "+32 2", "be",
        "Sablon|Ixelles|Saint-Gilles|Dansaert|Schaerbeek",
        "rue de la Régence|chaussée d'Ixelles|avenue Louise|rue Antoine Dansaert|rue "
        "Royale|boulevard Anspach" },
    { "Geneva", "Switzerland", 46204400, 6143200, Language::French, 4, "+41 22", "ch",
        "Eaux-Vives|Carouge|Plainpalais|Pâquis|Vieille-Ville",
        "quai Gustave-Ador|rue de Carouge|boulevard Carl-Vogt|rue de Berne|Grand-Rue|rue du "
        "Rhône" },
    { "Rome", "Italy", 41902800, 12496400, Language::Italian, 9, "+39 06", "it",
        "Trastevere|Monti|Testaccio|Prati|Ostiense|Parioli",
        "Via dei Coronari|Via del Corso|Via Ostiense|Via della Lungara|Via Nazionale|Via "
        "Margutta" },
    { "Milan", "Italy", 45464200, 9190000, Language::Italian, 9, "+39 02", "it",
        "Brera|Navigli|Tortona|Isola|Porta Romana|Porta Nuova",
        "Via Tortona|Corso di Porta Ticinese|Via Brera|Via Paolo Sarpi|Corso Como|Via Savona" },
    { "Florence", "Italy", 43769600, 11255800, Language::Italian, 5, "+39 055", "it",
        "Oltrarno|Santa Croce|San Frediano|Fiesole|Campo di Marte",
        "Via Maggio|Borgo San Jacopo|Via de' Tornabuoni|Via Ghibellina|Lungarno Corsini|Via dei "
        "Serragli" },
    { "Venice", "Italy", 45440800, 12315500, Language::Italian, 4, "+39 041", "it",
        "San Marco|Dorsoduro|Cannaregio|Giudecca|Lido",
        "Fondamenta Zattere|Strada Nova|Calle Larga|Fondamenta della Misericordia|Riva degli "
        "Schiavoni|Rio Terà" },
    { "Madrid", "Spain", 40416800, -3703800, Language::Spanish, 10, "+34 91", "es",
        "Salamanca|Malasaña|Chamberí|La Latina|Lavapiés|Chueca",
        "Calle de Alcalá|Calle de Serrano|Gran Vía|Calle de Fuencarral|Paseo del Prado|Calle "
        "Mayor" },
    { "Barcelona", "Spain", 41385100, 2173400, Language::Spanish, 10, "+34 93", "es",
        "Eixample|El Born|Gràcia|Poblenou|Barceloneta|Sant Antoni",
        "Passeig de Gràcia|Carrer de Pallars|Carrer del Rec|Rambla del Poblenou|Carrer de "
        "Verdi|Avinguda Diagonal" },
    { "Seville", "Spain", 37389100, -5984500, Language::Spanish, 4, "+34 95", "es",
        "Triana|Santa Cruz|Alameda|Nervión|Macarena",
        "Calle Betis|Calle Sierpes|Alameda de Hércules|Avenida de la Constitución|Calle "
        "Feria|Calle San Jacinto" },
    { "Valencia", "Spain", 39469900, -376300, Language::Spanish, 4, "+34 96", "es",
        "Ruzafa|El Carmen|Cabanyal|Benimaclet|Ciutat Vella",
        "Carrer de Sueca|Calle de Caballeros|Avenida del Puerto|Calle de Colón|Carrer de la "
        "Reina|Gran Vía Marqués del Turia" },
    { "Lisbon", "Portugal", 38722300, -9139300, Language::Portuguese, 7, "+351 21", "pt",
        "Alfama|Chiado|Belém|Príncipe Real|Marvila|Alcântara",
        "Rua Augusta|Rua da Rosa|Avenida da Liberdade|Rua do Açúcar|Rua Garrett|Rua da Junqueira" },
    { "Porto", "Portugal", 41157900, -8629100, Language::Portuguese, 4, "+351 22", "pt",
        "Ribeira|Baixa|Foz do Douro|Bonfim|Cedofeita",
        "Rua das Flores|Rua de Santa Catarina|Avenida dos Aliados|Rua do Almada|Rua de "
        "Cedofeita|Cais da Ribeira" },
    { "Amsterdam", "Netherlands", 52367600, 4904100, Language::Dutch, 9, "+31 20", "nl",
        "Jordaan|De Pijp|Noord|Oost|Westerpark|Zuidas",
        "Prinsengracht|Keizersgracht|NDSM-plein|Czaar Peterstraat|Haarlemmerstraat|Ferdinand "
        "Bolstraat" },
    { "Rotterdam", "Netherlands", 51924400, 4477700, Language::Dutch, 5, "+31 10", "nl",
        "Kop van Zuid|Delfshaven|Katendrecht|Kralingen|Blaak",
        "Wilhelminakade|Coolsingel|Witte de Withstraat|Maashaven|Nieuwe Binnenweg|Piekstraat" },
    { "Antwerp", "Belgium", 51219400, 4402500, Language::Dutch, 4, "+32 3", "be",
        "Het Eilandje|Zurenborg|Het Zuid|Borgerhout|Sint-Andries",
        "Londenstraat|Cogels-Osylei|Vlaamse Kaai|Kammenstraat|Meir|Nationalestraat" },
    { "Copenhagen", "Denmark", 55676100, 12568300, Language::Nordic, 6, "+45", "dk",
        "Nørrebro|Vesterbro|Christianshavn|Østerbro|Nordhavn",
        "Jægersborggade|Istedgade|Strandgade|Østerbrogade|Nyhavn|Kødbyen" },
    { "Stockholm", "Sweden", 59329300, 18068600, Language::Nordic, 6, "+46 8", "se",
        "Södermalm|Gamla Stan|Östermalm|Vasastan|Kungsholmen",
        "Götgatan|Västerlånggatan|Strandvägen|Odengatan|Hantverkargatan|Hornsgatan" },
    { "Oslo", "Norway", 59913900, 10752200, Language::Nordic, 4, "+47", "no",
        "Grünerløkka|Bjørvika|Aker Brygge|Frogner|Tøyen",
        "Thorvald Meyers gate|Operagata|Stranden|Bygdøy allé|Markveien|Karl Johans gate" },
    { "Helsinki", "Finland", 60169900, 24938400, Language::Nordic, 4, "+358 9", "fi",
        "Kallio|Punavuori|Kruununhaka|Eira|Jätkäsaari",
        "Fleminginkatu|Bulevardi|Pohjoisesplanadi|Tehtaankatu|Aleksanterinkatu|Hietalahdenranta" },
    { "Warsaw", "Poland", 52229700, 21012200, Language::Polish, 6, "+48 22", "pl",
        "Śródmieście|Praga|Mokotów|Powiśle|Wola",
        "Nowy Świat|Ząbkowska|Puławska|Dobra|Chmielna|Krakowskie Przedmieście" },
    { "Krakow", "Poland", 50064700, 19945000, Language::Polish, 4, "+48 12", "pl",
        "Kazimierz|Stare Miasto|Podgórze|Zabłocie|Kleparz",
        "Szeroka|Floriańska|Lipowa|Józefa|Grodzka|Dietla" },
    { "Prague", "Czech Republic", 50075500, 14437800, Language::Czech, 7, "+420", "cz",
        "Malá Strana|Vinohrady|Karlín|Holešovice|Staré Město",
        "Nerudova|Vinohradská|Křižíkova|Dukelských hrdinů|Celetná|Náplavka" },
};

struct RawPool
{
    const char *templates;
    const char *surnames;
    const char *firstNames;
    const char *address;
};

// Indexed by Language.
const RawPool kPools[] = {
    // English
    { "The Old Brewery|The Old Mill|The Old Library|The Old Customs House|The Print Works|Harbour "
      "Loft|"
      "The {S} Rooms|{S} House|{D} Assembly Rooms|The Boathouse|{D} Town Hall|The Granary|The "
      "Foundry|"
      "The Tram Depot|{S} Hall|The Glasshouse at {D}|The Ropeworks|The Chapel|{D} Corn "
      "Exchange|The Roof Garden",
        "Ashworth|Blackwood|Carrington|Fairfax|Hartley|Kingsley|Montague|Pemberton|Whitmore|"
        "Wellesley|Barrington|Holloway",
        "Oliver|Charlotte|James|Amelia|George|Isla|Harry|Sophie|Thomas|Eleanor|William|Grace",
        "{n} {street}" },
    // German
    { "Alte Brauerei|Alte Münze|Alte Feuerwache|Alte Spinnerei|Palais {S}|Schloss {S}|Kulturhaus "
      "{D}|"
      "Villa {S}|Kesselhaus {D}|Zollhaus {D}|Umspannwerk {D}|Gut {S}|Kaisersaal|Spiegelsaal {D}|"
      "Wasserturm {D}|Lokschuppen {D}|Orangerie {D}|Haus {S}|Meisterhaus {S}|Kranhaus {D}",
        "Adler|Brandt|Hoffmann|Lindner|Sommer|Weber|Falkenberg|Wittenstein|Rosen|Stein|Berger|"
        "Hartmann",
        "Lena|Jonas|Mia|Felix|Hanna|Lukas|Marie|Paul|Clara|Maximilian|Sophie|Leon",
        "{street} {n}" },
    // French
    { "Palais {S}|Château de {D}|Maison {S}|Les Salons {S}|Le Pavillon {D}|La Verrière "
      "{D}|L'Atelier {D}|"
      "Hôtel {S}|La Halle {D}|Le Grand Salon|Les Docks {D}|La Fabrique {D}|Le Cercle {S}|Les "
      "Jardins de {D}|"
      "La Cour {S}|L'Orangerie {D}",
        "Dubois|Lefèvre|Marchand|Delacroix|Beaumont|Moreau|Laurent|Rousseau|Girard|Fontaine|"
        "Mercier|Valois",
        "Camille|Louis|Chloé|Hugo|Léa|Jules|Manon|Arthur|Inès|Gabriel|Juliette|Théo",
        "{n} {street}" },
    // Italian
    { "Palazzo {S}|Villa {S}|Castello di {D}|Terrazza {D}|Chiostro {S}|Ex Fornace {D}|Teatro {S}|"
      "Cantiere {D}|Loggia {S}|Salone {S}|Dimora {S}|Ex Manifattura {D}|Officine {D}|Galleria "
      "{S}|Casa {S}",
        "Medici|Rinaldi|Colonna|Bellini|Moretti|Visconti|Ferrari|Conti|Gallo|Ricci|Farnese|Sforza",
        "Giulia|Marco|Francesca|Luca|Chiara|Matteo|Sofia|Alessandro|Martina|Lorenzo|Elena|Davide",
        "{street} {n}" },
    // Spanish
    { "Palacio de {S}|Casa {S}|Finca {S}|La Nave {D}|Real Fábrica|Patio {S}|Terraza {D}|Antigua "
      "Estación {D}|"
      "Convento de {D}|Bodega {S}|Sala {S}|Matadero {D}|Hacienda {S}|Casino de {D}|Mercado de {D}",
        "Álvarez|Castillo|Delgado|Navarro|Ortega|Romero|Serrano|Vargas|Medina|Torres|Herrera|"
        "Montero",
        "Lucía|Mateo|Carmen|Pablo|Elena|Javier|Marta|Diego|Sara|Álvaro|Paula|Hugo",
        "{street}, {n}" },
    // Portuguese
    { "Palácio {S}|Quinta {S}|Armazém {N}|Casa {S}|Convento do {D}|Fábrica {D}|Pátio {S}|Cais {D}|"
      "Solar {S}|Estufa {D}|Terraço {D}|Antiga Alfândega",
        "Almeida|Carvalho|Ferreira|Lopes|Mendes|Pereira|Queirós|Sousa|Teixeira|Vasconcelos|Barros|"
        "Pinto",
        "Beatriz|João|Inês|Tiago|Mariana|Rafael|Carolina|Miguel|Leonor|Duarte|Matilde|Rodrigo",
        "{street}, {n}" },
    // Dutch
    { "De Oude Brouwerij|Pakhuis {S}|Het {D} Paviljoen|Villa {S}|Loods {N}|De Graansilo|De "
      "Gashouder|"
      "Het Scheepvaarthuis|Koepelkerk {D}|De Hallen {D}|Kas {D}|Zaal {S}|Fabriek {D}|De Kleine "
      "Komedie",
        "de Vries|Bakker|Visser|Smit|Meijer|de Jong|Mulder|Bos|Vermeulen|van Dijk|Hendriks|Kuiper",
        "Emma|Daan|Sanne|Bram|Lotte|Sem|Fleur|Thijs|Julia|Ruben|Noor|Lars", "{street} {n}" },
    // Nordic
    { "{S} Gård|Gamla Tullhuset|Gamle Bryggeri|Villa {S}|Salon {D}|Pakhus {N}|Kulturhuset {D}|"
      "Lagerhuset|Sjöpaviljongen|Fyrtårnet {D}|Glashuset {D}|Børsen {D}|Magasin {D}",
        "Lindqvist|Holm|Berg|Dahl|Nyström|Sørensen|Virtanen|Engström|Lund|Andersen|Korhonen|Strand",
        "Ingrid|Erik|Astrid|Nils|Freja|Magnus|Sigrid|Oskar|Maja|Henrik|Linnea|Anders",
        "{street} {n}" },
    // Polish
    { "Pałac {S}|Stara Drukarnia|Dworzec {D}|Hala {D}|Fabryka {S}|Willa {S}|Kamienica {S}|"
      "Stara Rzeźnia|Browar {D}|Zamek {S}|Elektrownia {D}",
        "Nowak|Kowalski|Wiśniewski|Zieliński|Lewandowski|Mazur|Krawczyk|Sobieski|Potocki|Wójcik",
        "Zofia|Jakub|Maja|Antoni|Julia|Jan|Hanna|Szymon|Alicja|Filip|Oliwia|Kacper",
        "ul. {street} {n}" },
    // Czech
    { "Palác {S}|Stará Pekárna|Vila {S}|Sál {S}|Kasárna {D}|Tančírna {D}|Mlýn {D}|Jízdárna {S}|"
      "Nádraží {D}|Dům {S}|Zahrada {D}",
        "Novák|Dvořák|Horák|Kučera|Lobkowicz|Procházka|Černý|Veselý|Kolowrat|Marek",
        "Tereza|Jan|Eliška|Tomáš|Anna|Petr|Karolína|Ondřej|Klára|Vojtěch|Adéla|Jakub",
        "{street} {n}" },
};

const char *kInternational
    = "{D} Loft|{D} Studios|{C} Conference Centre|{C} Congress Hall|Skyline Rooftop {C}|{D} Event "
      "Hall|"
      "Glasshouse {D}|Atelier {S}|The Warehouse {D}|Gallery {S}|{D} Social Club|Riverside Pavilion "
      "{C}|"
      "Hangar {N}|Studio {N}|{S} Event Space|The Lighthouse {C}|{D} Forum|Cinema {S}|"
      "The Courtyard {D}|{C} Yacht Club|Grand Hotel {S}|The {D} Lounge";

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

} // namespace

const std::vector<City> &cities()
{
    static const std::vector<City> all = [] {
        std::vector<City> out;
        for (const RawCity &r : kCities) {
            City c;
            c.name = QString::fromUtf8(r.name);
            c.country = QString::fromUtf8(r.country);
            c.latitudeMicro = r.lat;
            c.longitudeMicro = r.lon;
            c.language = r.language;
            c.weight = r.weight;
            c.phonePrefix = QString::fromUtf8(r.phone);
            c.domain = QString::fromUtf8(r.domain);
            c.districts = split(r.districts);
            c.streets = split(r.streets);
            out.push_back(c);
        }
        return out;
    }();
    return all;
}

int totalCityWeight()
{
    static const int total = [] {
        int sum = 0;
        for (const City &c : cities())
            sum += c.weight;
        return sum;
    }();
    return total;
}

const LanguagePool &pool(Language language)
{
    static const std::vector<LanguagePool> pools = [] {
        std::vector<LanguagePool> out;
        for (const RawPool &r : kPools)
            out.push_back({ split(r.templates), split(r.surnames), split(r.firstNames),
                QString::fromUtf8(r.address) });
        return out;
    }();
    static_assert(std::size(kPools) == std::size_t(Language::Count));
    return pools[std::size_t(language)];
}

const QStringList &internationalTemplates()
{
    static const QStringList t = split(kInternational);
    return t;
}

const QStringList &facilities()
{
    static const QStringList f = {
        QStringLiteral("Wi-Fi"),
        QStringLiteral("Parking"),
        QStringLiteral("Catering kitchen"),
        QStringLiteral("Stage"),
        QStringLiteral("AV equipment"),
        QStringLiteral("Wheelchair access"),
        QStringLiteral("Outdoor space"),
        QStringLiteral("Breakout rooms"),
        QStringLiteral("Accommodation"),
        QStringLiteral("Bar"),
    };
    return f;
}

const QStringList &venueNotes()
{
    static const QStringList n = split(
        "Loading dock at the rear; vans up to 7.5 t.|Quiet hours after 22:00 on the terrace.|"
        "In-house caterer preferred; external caterers pay a kitchen fee.|Hybrid-ready: fixed "
        "cameras and a streaming desk.|"
        "Step-free access through the side entrance.|Booked solid in December: ask early.|"
        "Blackout blinds in the main hall.|Minimum spend applies on Saturdays.|"
        "Ceiling rigging points rated 500 kg each.|Historic listed building: no open flames, no "
        "confetti.|"
        "Great light in the morning; the afternoon sun hits the stage.|Cloakroom for 300 coats.|"
        "The manager answers fastest by phone.|Parking garage two streets away, 20% off for "
        "guests.|"
        "Sound limit of 95 dB after 23:00.|Can be combined with the rooftop for receptions.|"
        "Preferred supplier list for AV; own technicians allowed.|Furniture stored on site: "
        "banquet rounds and cocktail tables.");
    return n;
}

// Written as the app writes them, "reason: note", so the database records the reason's code
// (migration 0014); a few are free text, as the agency's other backend writes them ('other').
const QStringList &declineReasons()
{
    static const QStringList r = split(
        "Dates unavailable: Fully booked on the requested date|Capacity too small: 40 seats short "
        "for the expected attendance|Under renovation until spring|"
        "Rate too high: Budget below the venue's minimum spend|Client chose another venue|"
        "Dates unavailable: Exclusive booking by another client that week|"
        "No external caterers allowed, client insists on their own|Too short notice: Load-in "
        "needs three weeks|No response|Rate too high|"
        "Venue closed for a private event season");
    return r;
}

const QStringList &outreachNotes()
{
    static const QStringList n
        = split("Asked for the floor plan and rigging details.|Offer includes the terrace at no "
                "extra cost.|"
                "Contact is on holiday until next week.|Hold option until the end of the month.|"
                "Site visit proposed for Thursday morning.|Quote excludes VAT and technical staff.|"
                "They can split the hall for breakouts.|Client liked the photos; waiting for "
                "availability.");
    return n;
}

const QStringList &clientNames()
{
    static const QStringList c = split(
        "Nordlicht Pharma|Bluewave Telecom|Aurelia Insurance|Helix Biotech|Vanta Motors|Orbis "
        "Logistics|"
        "Castell Private Bank|Lumen Energy|Polaris Software|Maison Verre Cosmetics|Atlas "
        "Engineering|"
        "Terra Verde Foods|Quantum Retail Group|Sable & Stone Law|Kestrel Aviation|Meridian Hotels|"
        "Alba Fashion House|Brightpath Education|Ferro Steelworks|Copperleaf Consulting|"
        "Zephyr Sportswear|Noble Wine Estates|Harbourline Shipping|Granite Capital");
    return c;
}

const QStringList &eventNames()
{
    static const QStringList e = split(
        "Annual Sales Kick-off|Partner Summit|Product Launch|Christmas Party|Board Retreat|"
        "Customer Advisory Day|Developer Conference|Leadership Offsite|Anniversary Gala|Investor "
        "Day|"
        "Summer Party|Innovation Week|Dealer Convention|Awards Night|Press Preview|Team Days");
    return e;
}

const QStringList &projectNotes()
{
    static const QStringList n = split(
        "Client wants a venue within 20 minutes of the airport.|Plenary plus four breakout rooms.|"
        "Vegetarian menu by default, vegan options on request.|Evening programme with live band.|"
        "Hybrid: 200 remote participants, needs streaming.|Budget is firm; no overrun approved.|"
        "Board members arrive the evening before; hotel nearby.|Theme: sustainability, no "
        "single-use plastics.");
    return n;
}

const QStringList &catererTemplates()
{
    static const QStringList t = split("Gourmet Events {C}|Tavola {S} Catering|Le Petit Four "
                                       "Traiteur|{S} & Sons Fine Food|Green Fork {C}|"
                                       "Feast Collective|Brasserie {S} Events|Bowl Food Company "
                                       "{C}|Salt & Smoke Barbecue|The Canapé Studio|"
                                       "Cucina {S}|{C} Street Kitchen|Silver Tray "
                                       "Banqueting|Harvest Table {C}|Nordic Table|Olive & Thyme");
    return t;
}

const QStringList &catererNotes()
{
    static const QStringList n = split(
        "Vegan and vegetarian menus a speciality.|Finger food and bowl food for up to 2,000 "
        "guests.|"
        "Own mobile kitchen; needs power on site.|Halal and kosher certified kitchens.|"
        "Staff included up to six hours; overtime billed per hour.|Zero-waste service, reusable "
        "tableware.|"
        "Seated dinners only, minimum 40 covers.|Barista bar and cocktail service available.");
    return n;
}

const QStringList &photoCaptions(int scene)
{
    static const QStringList exterior
        = split("Exterior|Facade and entrance|The building from the street|Arrival at dusk");
    static const QStringList hall
        = split("Main hall set for a gala dinner|Banquet rounds for the awards night|Stage and "
                "screen|Theatre seating for the plenary");
    static const QStringList terrace
        = split("Terrace in summer|Courtyard with string lights|Rooftop reception|Waterfront deck");
    switch (scene % 3) {
    case 0:
        return exterior;
    case 1:
        return hall;
    default:
        return terrace;
    }
}

QString slug(const QString &text, int maxLength)
{
    // Words joined by hyphens, the way agencies and venues spell their own domains: umlauts as
    // "ae/oe/ue", other accents dropped, apostrophes and ampersands leave no gap.
    QString out;
    out.reserve(text.size() + 4);
    bool gap = false;
    auto put = [&](QLatin1String letters) {
        if (gap && !out.isEmpty())
            out += QLatin1Char('-');
        gap = false;
        out += letters;
    };
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x00e4:
        case 0x00c4:
            put(QLatin1String("ae"));
            continue; // ä
        case 0x00f6:
        case 0x00d6:
            put(QLatin1String("oe"));
            continue; // ö
        case 0x00fc:
        case 0x00dc:
            put(QLatin1String("ue"));
            continue; // ü
        case 0x00df:
            put(QLatin1String("ss"));
            continue; // ß
        case 0x00e6:
        case 0x00c6:
            put(QLatin1String("ae"));
            continue; // æ
        case 0x00f8:
        case 0x00d8:
            put(QLatin1String("o"));
            continue; // ø
        case 0x0142:
        case 0x0141:
            put(QLatin1String("l"));
            continue; // ł
        case 0x0027:
        case 0x2019:
        case 0x0026:
            continue; // ' ’ &
        default:
            break;
        }
        QChar base = c;
        if (c.unicode() >= 128) {
            const QString folded = QString(c).normalized(QString::NormalizationForm_KD);
            base = folded.isEmpty() ? c : folded.at(0);
        }
        if (base.unicode() < 128 && base.isLetterOrNumber()) {
            const char ascii = char(base.toLower().unicode());
            put(QLatin1String(&ascii, 1));
        } else {
            gap = true;
        }
    }
    return shortenSlug(std::move(out), maxLength);
}

QString shortenSlug(QString slug, int maxLength)
{
    if (slug.size() > maxLength) {
        slug.truncate(maxLength);
        const qsizetype hyphen = slug.lastIndexOf(QLatin1Char('-'));
        if (hyphen > maxLength / 2)
            slug.truncate(hyphen);
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

} // namespace VenueMap::Core::DemoData
