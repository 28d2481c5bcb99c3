<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VenueMap</source>
        <translation>Over VenueMap</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Project created</source>
        <translation>Project aangemaakt</translation>
    </message>
    <message>
        <source>Project edited</source>
        <translation>Project bewerkt</translation>
    </message>
    <message>
        <source>Project archived</source>
        <translation>Project gearchiveerd</translation>
    </message>
    <message>
        <source>Project restored</source>
        <translation>Project hersteld</translation>
    </message>
    <message>
        <source>Venue added</source>
        <translation>Locatie toegevoegd</translation>
    </message>
    <message>
        <source>Venue removed</source>
        <translation>Locatie verwijderd</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <source>Shortlist edited</source>
        <translation>Shortlist bewerkt</translation>
    </message>
    <message>
        <source>Email drafted</source>
        <translation>E-mail opgesteld</translation>
    </message>
    <message>
        <source>Venue shortlisted</source>
        <translation>Locatie op shortlist gezet</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Bestand toegevoegd</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Bestand verwijderd</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>breakouts</source>
        <translation>break-outzalen</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>caterer</source>
        <translation>cateraar</translation>
    </message>
    <message>
        <source>city</source>
        <translation>stad</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>client language</source>
        <translation>taal van de klant</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>munt</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>datum van het evenement</translation>
    </message>
    <message>
        <source>event name</source>
        <translation>naam van het evenement</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>voorzieningen</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>opstelling</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>proposal inclusion</source>
        <translation>opname in het voorstel</translation>
    </message>
    <message>
        <source>proposal order</source>
        <translation>volgorde in het voorstel</translation>
    </message>
    <message>
        <source>quoted price</source>
        <translation>geoffreerde prijs</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>the separator between the names of changed fields: &quot;city, budget&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <source>a venue</source>
        <translation>een locatie</translation>
    </message>
    <message>
        <source>%1 created the project</source>
        <translation>%1 heeft het project aangemaakt</translation>
    </message>
    <message>
        <source>%1 archived the project</source>
        <translation>%1 heeft het project gearchiveerd</translation>
    </message>
    <message>
        <source>%1 restored the project</source>
        <translation>%1 heeft het project hersteld</translation>
    </message>
    <message>
        <source>%1 edited the project</source>
        <translation>%1 heeft het project bewerkt</translation>
    </message>
    <message>
        <source>%1 changed the project&apos;s %2</source>
        <translation>%1 heeft ‘%2’ van het project gewijzigd</translation>
    </message>
    <message>
        <source>%1 added %2 to the shortlist</source>
        <translation>%1 heeft %2 aan de shortlist toegevoegd</translation>
    </message>
    <message>
        <source>%1 removed %2 from the shortlist</source>
        <translation>%1 heeft %2 van de shortlist verwijderd</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3 (“%4”)</source>
        <translation>%1 heeft %2 op ‘%3’ gezet (“%4”)</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3</source>
        <translation>%1 heeft %2 op ‘%3’ gezet</translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3</source>
        <translation>%1 heeft ‘%2’ van %3 gewijzigd</translation>
    </message>
    <message>
        <source>%1 drafted an outreach email to %2</source>
        <translation>%1 heeft een contactmail aan %2 opgesteld</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file and kind</comment>
        <extracomment>a file&apos;s name and its kind: &quot;plan.pdf (floor plan)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 added %2 for %3</source>
        <translation>%1 heeft %2 toegevoegd bij %3</translation>
    </message>
    <message>
        <source>%1 removed %2 of %3</source>
        <translation>%1 heeft %2 van %3 verwijderd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>who and what</comment>
        <extracomment>who did something, and what: &quot;Anna: Quote added&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Included in the proposal</source>
        <translation>Opgenomen in het voorstel</translation>
    </message>
    <message>
        <source>Taken out of the proposal</source>
        <translation>Uit het voorstel gehaald</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>record the activity</source>
        <translation>De activiteit vastleggen</translation>
    </message>
    <message>
        <source>read the activity</source>
        <translation>De activiteit lezen</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add Person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Database &amp;login:</source>
        <translation>&amp;Databaselogin:</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>het e-mailadres</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>%1 is %2; a file can be at most 25 MB.</source>
        <translation>%1 is %2 groot; een bestand mag hoogstens 25 MB zijn.</translation>
    </message>
    <message>
        <source>an ELF executable</source>
        <translation>een ELF-programma</translation>
    </message>
    <message>
        <source>a Windows executable</source>
        <translation>een Windows-programma</translation>
    </message>
    <message>
        <source>a macOS or Java program</source>
        <translation>een macOS- of Java-programma</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>een script</translation>
    </message>
    <message>
        <source>a Windows shortcut</source>
        <translation>een Windows-snelkoppeling</translation>
    </message>
    <message>
        <source>a program (%1)</source>
        <translation>een programma (%1)</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to keep.</source>
        <translation>%1 is leeg; er is niets om te bewaren.</translation>
    </message>
    <message>
        <source>%1 is named like a %2 but its content is %3; it was not added.</source>
        <translation>%1 heeft de naam van een %2-bestand, maar de inhoud is %3; het is niet toegevoegd.</translation>
    </message>
    <message>
        <source>%1 is %2, not a document; it was not added.</source>
        <translation>%1 is %2, geen document; het is niet toegevoegd.</translation>
    </message>
    <message>
        <source>%1 is of no type VenueMap recognises (judged by its content); VenueMap keeps PDFs, images (PNG, JPEG, WebP, GIF), plain text and Office or OpenDocument documents.</source>
        <translation>%1 is van geen enkel type dat VenueMap herkent (op basis van de inhoud); VenueMap bewaart PDF&apos;s, afbeeldingen (PNG, JPEG, WebP, GIF), platte tekst en Office- of OpenDocument-documenten.</translation>
    </message>
    <message>
        <source>%1 is a file of type “%2” (judged by its content); VenueMap keeps PDFs, images (PNG, JPEG, WebP, GIF), plain text and Office or OpenDocument documents.</source>
        <translation>%1 is een bestand van het type “%2” (op basis van de inhoud); VenueMap bewaart PDF&apos;s, afbeeldingen (PNG, JPEG, WebP, GIF), platte tekst en Office- of OpenDocument-documenten.</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plattegrond</translation>
    </message>
    <message>
        <source>Insurance certificate</source>
        <translation>Verzekeringsattest</translation>
    </message>
    <message>
        <source>Venue brochure</source>
        <translation>Brochure van de locatie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>add the file</source>
        <translation>Het bestand toevoegen</translation>
    </message>
    <message>
        <source>remove the file</source>
        <translation>Het bestand verwijderen</translation>
    </message>
    <message>
        <source>A file belongs to a venue or to a shortlisted venue.</source>
        <translation>Een bestand hoort bij een locatie of bij een locatie op de shortlist.</translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation>Een bestand moet een naam hebben.</translation>
    </message>
    <message>
        <source>The note on %1 is %2 characters long; it can be at most 2,000.</source>
        <translation>De notitie bij %1 is %2 tekens lang; ze mag hoogstens 2.000 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation>De locatie staat niet meer op de shortlist van het project.</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>De locatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it does not exist.</source>
        <translation>%1 kan niet worden gelezen: het bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is een map, geen bestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>list the files</source>
        <translation>De bestanden oplijsten</translation>
    </message>
    <message>
        <source>open the file</source>
        <translation>Het bestand openen</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>Het bestand bestaat niet meer.</translation>
    </message>
    <message>
        <source>The file was removed already, perhaps by a colleague.</source>
        <translation>Het bestand is al verwijderd, misschien door een collega.</translation>
    </message>
</context>
<context>
    <name>BoundStatement</name>
    <message>
        <source>The statement and its values do not match (%1).</source>
        <translation>De instructie en haar waarden komen niet overeen (%1).</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>geen waarde voor %1</translation>
    </message>
</context>
<context>
    <name>CateringDialog</name>
    <message>
        <source>Caterer</source>
        <translation>Cateraar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contactpersoon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otities</translation>
    </message>
</context>
<context>
    <name>CateringPage</name>
    <message>
        <source>Caterers</source>
        <translation>Cateraars</translation>
    </message>
    <message>
        <source>Search caterers…</source>
        <translation>Cateraars zoeken…</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>&amp;Verwijderde tonen</translation>
    </message>
    <message>
        <source>&amp;New caterer…</source>
        <translation>&amp;Nieuwe cateraar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
</context>
<context>
    <name>CateringRepository</name>
    <message>
        <source>save the caterer</source>
        <translation>De cateraar opslaan</translation>
    </message>
    <message>
        <source>The caterer&apos;s name is required.</source>
        <translation>De naam van de cateraar is verplicht.</translation>
    </message>
    <message>
        <source>The caterer&apos;s name</source>
        <translation>De naam van de cateraar</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>De naam van de contactpersoon</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>Het e-mailadres</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Het telefoonnummer</translation>
    </message>
    <message>
        <source>The website</source>
        <translation>De website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Het notitieveld</translation>
    </message>
    <message>
        <source>list the caterers</source>
        <translation>De cateraars oplijsten</translation>
    </message>
    <message>
        <source>open the caterer</source>
        <translation>De cateraar openen</translation>
    </message>
    <message>
        <source>The caterer no longer exists.</source>
        <translation>De cateraar bestaat niet meer.</translation>
    </message>
    <message>
        <source>add the caterer</source>
        <translation>De cateraar toevoegen</translation>
    </message>
    <message>
        <source>delete the caterer</source>
        <translation>De cateraar verwijderen</translation>
    </message>
    <message>
        <source>restore the caterer</source>
        <translation>De cateraar herstellen</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
</context>
<context>
    <name>ClientHistoryRepository</name>
    <message>
        <source>list the clients</source>
        <translation>De klanten oplijsten</translation>
    </message>
    <message>
        <source>read the client&apos;s history</source>
        <translation>De geschiedenis van de klant lezen</translation>
    </message>
    <message>
        <source>No project has the client &quot;%1&quot;.</source>
        <translation>Geen enkel project heeft &quot;%1&quot; als klant.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a Database</source>
        <translation>Verbinden met een database</translation>
    </message>
    <message>
        <source>Choose where VenueMap keeps your venue book.</source>
        <translation>Kies waar VenueMap uw locatieboek bewaart.</translation>
    </message>
    <message>
        <source>&amp;Embedded file — just you, on this computer</source>
        <translation>&amp;Ingebouwd bestand — alleen u, op deze computer</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server — shared with your team</source>
        <translation>&amp;PostgreSQL-server — gedeeld met uw team</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>/path/to/venues.venuemap</source>
        <translation>/pad/naar/locaties.venuemap</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <source>A new file is created and set up when it does not exist yet.</source>
        <translation>Als het bestand nog niet bestaat, wordt het aangemaakt en ingericht.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Poo&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>venues</source>
        <translation>venues</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-modus:</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation>De verbinding met de databaseserver is verbroken.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16, not UTF-8: save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Het bestand is in UTF-16, niet in UTF-8: sla het op als &quot;CSV UTF-8&quot; en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 without a byte order mark, not UTF-8: save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Het bestand lijkt in UTF-16 zonder bytevolgordemarkering te staan, niet in UTF-8: sla het op als &quot;CSV UTF-8&quot; en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3: the cell holds a NUL byte (offset %4); a CSV file holds text only: save the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Rij %1 (regel %2), kolom %3: de cel bevat een NUL-byte (positie %4); een CSV-bestand bevat alleen tekst: sla het rekenblad op als &quot;CSV UTF-8&quot; en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) is longer than %3 MB: this is not a spreadsheet of venues.</source>
        <translation>Rij %1 (regel %2) is groter dan %3 MB: dit is geen rekenblad met locaties.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3: a quoted field opens here and is never closed; add the missing closing quote.</source>
        <translation>Rij %1 (regel %2), kolom %3: hier begint een veld tussen aanhalingstekens dat nooit wordt afgesloten; voeg het ontbrekende afsluitende aanhalingsteken toe.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 has characters this file does not spell as text: it is not a CSV file saved as text, or it was saved in another encoding. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Rij %1 (regel %2), kolom %3 bevat tekens die dit bestand niet als tekst weergeeft: het is geen CSV-bestand dat als tekst is opgeslagen, of het is in een andere codering opgeslagen. Sla het op als &quot;CSV UTF-8&quot; en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This server is a read-only standby: you can look at everything, but changes are saved only on the primary server. If the primary has failed, VenueMap connects to the new one once an administrator promotes the standby and the database URL names both servers.</source>
        <translation>Deze server is een alleen-lezen stand-byserver: u kunt alles bekijken, maar wijzigingen worden alleen op de primaire server opgeslagen. Als de primaire server uitgevallen is, maakt VenueMap verbinding met de nieuwe zodra een beheerder de stand-byserver promoveert en de database-URL beide servers vermeldt.</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>De database openen</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened; check that it exists and that you may read it.</source>
        <translation>Het bestand %1 kan niet worden geopend; controleer of het bestaat en of u het mag lezen.</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password; check them and try again.</source>
        <translation>De server op %1 heeft de gebruikersnaam of het wachtwoord geweigerd; controleer ze en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No server at %1 accepts changes right now: the one that answered is a read-only standby. If the primary has failed, VenueMap connects to the new primary as soon as an administrator promotes the standby.</source>
        <translation>Geen enkele server op %1 aanvaardt nu wijzigingen: de server die antwoordde is een alleen-lezen stand-byserver. Als de primaire server uitgevallen is, maakt VenueMap verbinding met de nieuwe primaire server zodra een beheerder de stand-byserver promoveert.</translation>
    </message>
    <message>
        <source>The server at %1 has no such database or user; check the names.</source>
        <translation>De server op %1 kent deze database of gebruiker niet; controleer de namen.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1; check the host and port, and that the server is running.</source>
        <translation>Kan de PostgreSQL-server op %1 niet bereiken; controleer de host en de poort, en of de server draait.</translation>
    </message>
    <message>
        <source>create the database file</source>
        <translation>Het databasebestand aanmaken</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Er is geen transactie geopend.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>back up the database</source>
        <translation>Een back-up van de database maken</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 kon niet worden gestart</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>geen melding</translation>
    </message>
    <message>
        <source>%1 at %2 is version %3, older than the server (%4), and no newer one was found on PATH or in /usr/lib/postgresql/*/bin: install postgresql-client-%4.</source>
        <translation>%1 (%2) is versie %3, ouder dan de server (%4), en er is geen nieuwere gevonden in PATH of in /usr/lib/postgresql/*/bin: installeer postgresql-client-%4.</translation>
    </message>
    <message>
        <source>%1 at %2 is version %3, older than the server (%4), and no newer one was found in VENUEMAP_PG_BIN_DIR (%5): install postgresql-client-%4.</source>
        <translation>%1 (%2) is versie %3, ouder dan de server (%4), en er is geen nieuwere gevonden in VENUEMAP_PG_BIN_DIR (%5): installeer postgresql-client-%4.</translation>
    </message>
    <message>
        <source>This needs the PostgreSQL client tool %1 (version %2 or newer), and none was found on PATH or in /usr/lib/postgresql/*/bin: install postgresql-client-%2.</source>
        <translation>Hiervoor is het PostgreSQL-clientprogramma %1 nodig (versie %2 of nieuwer), en dat is niet gevonden in PATH of in /usr/lib/postgresql/*/bin: installeer postgresql-client-%2.</translation>
    </message>
    <message>
        <source>This needs the PostgreSQL client tool %1 (version %2 or newer), and none was found in VENUEMAP_PG_BIN_DIR (%3): install postgresql-client-%2.</source>
        <translation>Hiervoor is het PostgreSQL-clientprogramma %1 nodig (versie %2 of nieuwer), en dat is niet gevonden in VENUEMAP_PG_BIN_DIR (%3): installeer postgresql-client-%2.</translation>
    </message>
    <message>
        <source>No copy of %1 could be written to %2: %3</source>
        <translation>Er kon geen kopie van %1 naar %2 worden geschreven: %3</translation>
    </message>
    <message>
        <source>pg_dump could not copy the database: %1.</source>
        <translation>pg_dump kon de database niet kopiëren: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>%1 is not a valid port: use a number from 1 to 65535.</source>
        <translation>%1 is geen geldige poort: gebruik een getal van 1 tot 65535.</translation>
    </message>
    <message>
        <source>The text after the host is not a valid port: use a number from 1 to 65535, and percent-encode a password&apos;s special characters (/ as %2F, @ as %40, : as %3A).</source>
        <translation>De tekst na de host is geen geldige poort: gebruik een getal van 1 tot 65535, en procentcodeer de speciale tekens van een wachtwoord (/ als %2F, @ als %40, : als %3A).</translation>
    </message>
    <message>
        <source>An IPv6 address in the host list lacks its closing ].</source>
        <translation>Een IPv6-adres in de hostlijst mist de afsluitende ].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host in the host list: write host1:port1,host2:port2.</source>
        <translation>&quot;%1&quot; is geen host in de hostlijst: schrijf host1:port1,host2:port2.</translation>
    </message>
    <message>
        <source>The host list has an empty entry: write postgresql://user@host1:port1,host2:port2/dbname.</source>
        <translation>De hostlijst bevat een lege vermelding: schrijf postgresql://user@host1:port1,host2:port2/dbname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the host list is not a host name or address.</source>
        <translation>&quot;%1&quot; in de hostlijst is geen hostnaam of adres.</translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation>De database-URL is leeg.</translation>
    </message>
    <message>
        <source>This is not a database URL: use sqlite:/path/to/file.venuemap or postgresql://user@host:port/dbname.</source>
        <translation>Dit is geen database-URL: gebruik sqlite:/path/to/file.venuemap of postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL: use sqlite:/path/to/file.venuemap or postgresql://user@host:port/dbname.</source>
        <translation>&quot;%1&quot; is geen database-URL: gebruik sqlite:/path/to/file.venuemap of postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The SQLite URL names no file: use sqlite:/path/to/file.venuemap.</source>
        <translation>De SQLite-URL noemt geen bestand: gebruik sqlite:/path/to/file.venuemap.</translation>
    </message>
    <message>
        <source>The SQLite file name contains a NUL character.</source>
        <translation>De naam van het SQLite-bestand bevat een NUL-teken.</translation>
    </message>
    <message>
        <source>Unknown database type &quot;%1&quot;: use sqlite: or postgresql://.</source>
        <translation>Onbekend databasetype &quot;%1&quot;: gebruik sqlite: of postgresql://.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL starts with postgresql:// followed by user@host/dbname.</source>
        <translation>Een PostgreSQL-URL begint met postgresql:// gevolgd door user@host/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed: write it as postgresql://user:password@host:port/dbname and percent-encode special characters in the user name and password (%25 for %, @ as %40, / as %2F).</source>
        <translation>De PostgreSQL-URL is ongeldig: schrijf ze als postgresql://user:password@host:port/dbname en procentcodeer de speciale tekens in de gebruikersnaam en het wachtwoord (%25 voor %, @ als %40, / als %2F).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: add /dbname after the host.</source>
        <translation>De PostgreSQL-URL noemt geen database: voeg /dbname toe na de host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database name.</source>
        <translation>&quot;%1&quot; is geen databasenaam.</translation>
    </message>
    <message>
        <source>Unknown connection option &quot;%1&quot;.</source>
        <translation>Onbekende verbindingsoptie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connection option pooler is session or transaction (how PgBouncer pools), not &quot;%1&quot;.</source>
        <translation>De verbindingsoptie pooler is session of transaction (hoe PgBouncer verbindingen bundelt), niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the local server (port %1)</source>
        <translation>deze computer (poort %1)</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>deze computer</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>bijschrift</translation>
    </message>
    <message>
        <source>city</source>
        <translation>stad</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>naam van de klant</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>e-mailadres van de contactpersoon</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>naam van de contactpersoon</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>telefoon van de contactpersoon</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>event name</source>
        <translation>naam van het evenement</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>voorziening</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>text</source>
        <comment>a field of a record</comment>
        <translation>tekst</translation>
    </message>
    <message>
        <source>The %1 of this venue is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Het veld ‘%1’ van deze locatie is langer dan VenueMap toestaat (het is misschien opgeslagen voordat die limiet gold): maak het korter en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The %1 of this project is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Het veld ‘%1’ van dit project is langer dan VenueMap toestaat (het is misschien opgeslagen voordat die limiet gold): maak het korter en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The %1 of this shortlist is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Het veld ‘%1’ van deze shortlist is langer dan VenueMap toestaat (het is misschien opgeslagen voordat die limiet gold): maak het korter en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The %1 of this shortlist entry is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Het veld ‘%1’ van deze locatie op de shortlist is langer dan VenueMap toestaat (het is misschien opgeslagen voordat die limiet gold): maak het korter en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The %1 of this caterer is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Het veld ‘%1’ van deze cateraar is langer dan VenueMap toestaat (het is misschien opgeslagen voordat die limiet gold): maak het korter en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The %1 of this photo is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Het veld ‘%1’ van deze foto is langer dan VenueMap toestaat (het is misschien opgeslagen voordat die limiet gold): maak het korter en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: your database account has used all the connections it is allowed (its CONNECTION LIMIT). Close VenueMap windows you do not need and try again; an administrator can raise the account&apos;s limit (ALTER ROLE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>De PostgreSQL-server op %1 heeft een extra verbinding geweigerd: uw databaseaccount gebruikt alle verbindingen die het mag hebben (de CONNECTION LIMIT). Sluit de VenueMap-vensters die u niet nodig hebt en probeer het opnieuw; een beheerder kan de limiet van het account verhogen (ALTER ROLE … CONNECTION LIMIT) of PgBouncer vóór de server plaatsen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: your database account has used all the connections it is allowed (its CONNECTION LIMIT). Close VenueMap windows you do not need and try again; an administrator can raise the account&apos;s limit (ALTER ROLE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>De PostgreSQL-server heeft een extra verbinding geweigerd: uw databaseaccount gebruikt alle verbindingen die het mag hebben (de CONNECTION LIMIT). Sluit de VenueMap-vensters die u niet nodig hebt en probeer het opnieuw; een beheerder kan de limiet van het account verhogen (ALTER ROLE … CONNECTION LIMIT) of PgBouncer vóór de server plaatsen.</translation>
    </message>
    <message>
        <source>The connection pooler (PgBouncer) at %1 refused another connection: it already serves as many clients as its max_client_conn setting allows. Try again in a few minutes; an administrator can raise max_client_conn in pgbouncer.ini.</source>
        <translation>De verbindingspooler (PgBouncer) op %1 heeft een extra verbinding geweigerd: hij bedient al zoveel clients als zijn instelling max_client_conn toestaat. Probeer het over enkele minuten opnieuw; een beheerder kan max_client_conn verhogen in pgbouncer.ini.</translation>
    </message>
    <message>
        <source>The connection pooler (PgBouncer) refused another connection: it already serves as many clients as its max_client_conn setting allows. Try again in a few minutes; an administrator can raise max_client_conn in pgbouncer.ini.</source>
        <translation>De verbindingspooler (PgBouncer) heeft een extra verbinding geweigerd: hij bedient al zoveel clients als zijn instelling max_client_conn toestaat. Probeer het over enkele minuten opnieuw; een beheerder kan max_client_conn verhogen in pgbouncer.ini.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: the database has all the connections it is allowed (its CONNECTION LIMIT). Try again in a few minutes; an administrator can raise the limit (ALTER DATABASE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>De PostgreSQL-server op %1 heeft een extra verbinding geweigerd: de database heeft alle verbindingen die ze mag hebben (de CONNECTION LIMIT). Probeer het over enkele minuten opnieuw; een beheerder kan de limiet verhogen (ALTER DATABASE … CONNECTION LIMIT) of PgBouncer vóór de server plaatsen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: the database has all the connections it is allowed (its CONNECTION LIMIT). Try again in a few minutes; an administrator can raise the limit (ALTER DATABASE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>De PostgreSQL-server heeft een extra verbinding geweigerd: de database heeft alle verbindingen die ze mag hebben (de CONNECTION LIMIT). Probeer het over enkele minuten opnieuw; een beheerder kan de limiet verhogen (ALTER DATABASE … CONNECTION LIMIT) of PgBouncer vóór de server plaatsen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: it already serves as many as its max_connections setting allows. Try again in a few minutes; an administrator can raise max_connections (a server restart) or put PgBouncer in front of the server, as the README&apos;s &quot;Running a team server&quot; says.</source>
        <translation>De PostgreSQL-server op %1 heeft een extra verbinding geweigerd: hij bedient al zoveel verbindingen als zijn instelling max_connections toestaat. Probeer het over enkele minuten opnieuw; een beheerder kan max_connections verhogen (waarvoor de server opnieuw moet starten) of PgBouncer vóór de server plaatsen, zoals “Running a team server” in de README uitlegt.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: it already serves as many as its max_connections setting allows. Try again in a few minutes; an administrator can raise max_connections (a server restart) or put PgBouncer in front of the server, as the README&apos;s &quot;Running a team server&quot; says.</source>
        <translation>De PostgreSQL-server heeft een extra verbinding geweigerd: hij bedient al zoveel verbindingen als zijn instelling max_connections toestaat. Probeer het over enkele minuten opnieuw; een beheerder kan max_connections verhogen (waarvoor de server opnieuw moet starten) of PgBouncer vóór de server plaatsen, zoals “Running a team server” in de README uitlegt.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; what you entered is still here, so try again once the connection is back.</source>
        <translation>De verbinding met de database is verbroken; wat u hebt ingevoerd staat er nog, dus probeer het opnieuw zodra de verbinding hersteld is.</translation>
    </message>
    <message>
        <source>That would duplicate an entry that already exists.</source>
        <translation>Daardoor zou een bestaande vermelding dubbel voorkomen.</translation>
    </message>
    <message>
        <source>The database refused a value that is out of range or missing.</source>
        <translation>De database heeft een waarde geweigerd die buiten het bereik valt of ontbreekt.</translation>
    </message>
    <message>
        <source>Your database account is not allowed to do this.</source>
        <translation>Uw databaseaccount mag dit niet doen.</translation>
    </message>
    <message>
        <source>The database is busy with another writer; try again in a moment.</source>
        <translation>De database is bezig met een andere schrijfbewerking; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>This PostgreSQL server accepts no changes (it is a read-only standby, or the database was made read-only): you can look at everything, but nothing can be saved on it.</source>
        <translation>Deze PostgreSQL-server aanvaardt geen wijzigingen (het is een alleen-lezen stand-byserver, of de database is alleen-lezen gemaakt): u kunt alles bekijken, maar er kan niets op worden opgeslagen.</translation>
    </message>
    <message>
        <source>The database is read-only; changes cannot be saved.</source>
        <translation>De database is alleen-lezen; wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>De schijf is vol; er is niets opgeslagen. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>De database heeft een fout gemeld.</translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation>Dit project is gearchiveerd. Herstel het om het te wijzigen.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <extracomment>%1 is what the person was doing, e.g. &quot;save the venue&quot;; %2 says why it failed. The operations are translated to fit here (see translations/GLOSSARY.md): French &quot;Impossible %1 : %2&quot; with &quot;d&apos;enregistrer le lieu&quot;, Dutch &quot;%1 is niet gelukt: %2&quot; with &quot;Locatie opslaan&quot;.</extracomment>
        <translation>%1 is niet gelukt: %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <comment>error details</comment>
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <comment>error details</comment>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <comment>error details</comment>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <comment>error details</comment>
        <translation>Stuurprogramma: %1</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <comment>error details</comment>
        <translation>Instructie: %1</translation>
    </message>
</context>
<context>
    <name>DeclineCode</name>
    <message>
        <source>Dates unavailable</source>
        <translation>Data niet beschikbaar</translation>
    </message>
    <message>
        <source>Capacity too small</source>
        <translation>Capaciteit te klein</translation>
    </message>
    <message>
        <source>Rate too high</source>
        <translation>Tarief te hoog</translation>
    </message>
    <message>
        <source>Client chose another venue</source>
        <translation>De klant koos een andere locatie</translation>
    </message>
    <message>
        <source>Too short notice</source>
        <translation>Te korte termijn</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Dit lijkt geen e-mailadres (naam@example.com).</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Outreach Email</source>
        <translation>Contactmail</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Aan</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopiëren naar klembord</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>&amp;Openen in e-mailprogramma</translation>
    </message>
    <message>
        <source>I sent it: &amp;mark as sent</source>
        <translation>Ik heb het verzonden: &amp;markeren als verzonden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>EmailTemplate</name>
    <message>
        <source>%1: the “}” on line %2 has no “{” before it. Write }} for a brace of its own.</source>
        <translation>%1: de “}” op regel %2 heeft geen “{” ervoor. Schrijf }} voor een losse accolade.</translation>
    </message>
    <message>
        <source>%1: the “{” on line %2 is not closed by “}” on that line. Write {{ for a brace of its own.</source>
        <translation>%1: de “{” op regel %2 wordt op die regel niet gesloten door “}”. Schrijf {{ voor een losse accolade.</translation>
    </message>
    <message>
        <source>%1: {%2} on line %3 is not a placeholder. Use one of %4.</source>
        <translation>%1: {%2} op regel %3 is geen invulveld. Gebruik een van %4.</translation>
    </message>
    <message>
        <source>%1: write the text of the email; it cannot be empty.</source>
        <translation>%1: schrijf de tekst van de e-mail; die kan niet leeg zijn.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters (this one has %3).</source>
        <translation>%1: hoogstens %2 tekens (deze heeft er %3).</translation>
    </message>
    <message>
        <source>Reminder (no answer yet)</source>
        <translation>Herinnering (nog geen antwoord)</translation>
    </message>
    <message>
        <source>Availability request</source>
        <translation>Beschikbaarheidsaanvraag</translation>
    </message>
    <message>
        <source>the venue&apos;s name</source>
        <translation>de naam van de locatie</translation>
    </message>
    <message>
        <source>the venue&apos;s contact (or “&lt;venue&gt; team”)</source>
        <translation>de contactpersoon van de locatie (of “Team van &lt;venue&gt;”)</translation>
    </message>
    <message>
        <source>the event&apos;s name</source>
        <translation>de naam van het evenement</translation>
    </message>
    <message>
        <source>the client&apos;s name</source>
        <translation>de naam van de klant</translation>
    </message>
    <message>
        <source>the event date, written out</source>
        <translation>de datum van het evenement, voluit geschreven</translation>
    </message>
    <message>
        <source>the number of guests</source>
        <translation>het aantal gasten</translation>
    </message>
    <message>
        <source>the room layout the event needs</source>
        <translation>de zaalopstelling die het evenement nodig heeft</translation>
    </message>
    <message>
        <source>the project&apos;s city</source>
        <translation>de stad van het project</translation>
    </message>
    <message>
        <source>the facilities the event needs</source>
        <translation>de voorzieningen die het evenement nodig heeft</translation>
    </message>
    <message>
        <source>the day the venue was asked</source>
        <translation>de dag waarop de locatie werd gevraagd</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>uw naam</translation>
    </message>
    <message>
        <source>your signature block (name, email, phone without one)</source>
        <translation>uw handtekeningblok (zonder blok: naam, e-mail, telefoon)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>%1: one line only; remove the line break.</source>
        <translation>%1: één regel; verwijder het regeleinde.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>EmailTemplateRepository</name>
    <message>
        <source>Only an admin can change the email templates; nothing was saved.</source>
        <translation>Alleen een beheerder kan de e-mailsjablonen wijzigen; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>the “%1” template in %2</source>
        <comment>kind, language</comment>
        <translation>het sjabloon “%1” in %2</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 after you opened it; your text was not saved and theirs is kept. Save again to replace theirs with yours.</source>
        <translation>%1 heeft %2 om %3 opgeslagen nadat u het opende; uw tekst is niet opgeslagen en die van %1 blijft behouden. Sla opnieuw op om die door de uwe te vervangen.</translation>
    </message>
    <message>
        <source>A colleague saved %1 after you opened it; your text was not saved and theirs is kept. Save again to replace theirs with yours.</source>
        <translation>Een collega heeft %1 opgeslagen nadat u het opende; uw tekst is niet opgeslagen en die van uw collega blijft behouden. Sla opnieuw op om die door de uwe te vervangen.</translation>
    </message>
    <message>
        <source>A colleague restored the built-in text of %1 after you opened it; your text was not saved. Save again to store yours.</source>
        <translation>Een collega heeft de ingebouwde tekst van %1 hersteld nadat u het opende; uw tekst is niet opgeslagen. Sla opnieuw op om de uwe te bewaren.</translation>
    </message>
    <message>
        <source>Language: %1 is not a language of client documents.</source>
        <translation>Taal: %1 is geen taal van klantdocumenten.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>VenueMap</source>
        <translation>VenueMap</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Choose Another Connection…</source>
        <translation>Andere verbinding kiezen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Keep Current Connection</source>
        <translation>Huidige verbinding behouden</translation>
    </message>
</context>
<context>
    <name>Facility</name>
    <message>
        <source>Wi-Fi</source>
        <translation>Wifi</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Catering kitchen</source>
        <translation>Cateringkeuken</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Podium</translation>
    </message>
    <message>
        <source>AV equipment</source>
        <translation>Audiovisuele apparatuur</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Rolstoeltoegankelijk</translation>
    </message>
    <message>
        <source>Outdoor space</source>
        <translation>Buitenruimte</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>Break-outruimtes</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Overnachting</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>PA system</source>
        <translation>Geluidsinstallatie</translation>
    </message>
</context>
<context>
    <name>FacilityTermRepository</name>
    <message>
        <source>read the facility list</source>
        <translation>De lijst met voorzieningen lezen</translation>
    </message>
    <message>
        <source>add the facility</source>
        <translation>De voorziening toevoegen</translation>
    </message>
</context>
<context>
    <name>FacilityTerms</name>
    <message>
        <source>A facility needs a name.</source>
        <translation>Een voorziening heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A facility&apos;s name is at most %1 characters.</source>
        <translation>De naam van een voorziening is hoogstens %1 tekens lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a facility: %2.</source>
        <translation>&quot;%1&quot; is al een voorziening: %2.</translation>
    </message>
    <message>
        <source>Another name is at most %1 characters.</source>
        <translation>Een andere naam is hoogstens %1 tekens lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already means %2.</source>
        <translation>&quot;%1&quot; betekent al %2.</translation>
    </message>
</context>
<context>
    <name>FileModes</name>
    <message>
        <source>%1 is a symbolic link, which VenueMap does not follow; remove it and try again (nothing was changed).</source>
        <translation>%1 is een symbolische koppeling, die VenueMap niet volgt; verwijder ze en probeer het opnieuw (er is niets gewijzigd).</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or remove it first.</source>
        <translation>%1 bestaat al; kies een andere naam of verwijder het eerst.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Kan %1 niet schrijven: %2.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the First Admin</source>
        <translation>De eerste beheerder aanmaken</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who looks after this database?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Wie beheert deze database?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>you@agency.com</source>
        <translation>u@bureau.be</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to VenueMap</source>
        <translation>Welkom bij VenueMap</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to VenueMap&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welkom bij VenueMap&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>A shared venue book for event agencies.</source>
        <translation>Een gedeeld locatieboek voor evenementenbureaus.</translation>
    </message>
    <message>
        <source>The database to open: sqlite:/path/file.venuemap or postgresql://user@host:port/dbname (default: VENUEMAP_DB, else the last one used, else the embedded file).</source>
        <translation>De database om te openen: sqlite:/pad/bestand.venuemap of postgresql://gebruiker@host:poort/database (standaard: VENUEMAP_DB, anders de laatst gebruikte, anders het ingebedde bestand).</translation>
    </message>
    <message>
        <source>Start as usual, write a picture of the first window (main window, sign-in or first-start dialog) to FILE once it is painted, and quit: a check of an installation that needs nobody at the screen (use QT_QPA_PLATFORM=offscreen without a display).</source>
        <translation>Normaal starten, een afbeelding van het eerste venster (hoofdvenster, aanmelden of eerste start) naar FILE schrijven zodra het getekend is, en afsluiten: een controle van een installatie zonder iemand aan het scherm (gebruik QT_QPA_PLATFORM=offscreen zonder beeldscherm).</translation>
    </message>
</context>
<context>
    <name>Hold</name>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Voorlopig</translation>
    </message>
    <message>
        <source>First option</source>
        <translation>Eerste optie</translation>
    </message>
    <message>
        <source>Second option</source>
        <translation>Tweede optie</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Vrijgegeven</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
</context>
<context>
    <name>HoldRepository</name>
    <message>
        <source>add the date range</source>
        <translation>De periode toevoegen</translation>
    </message>
    <message>
        <source>A date range needs a first and a last day.</source>
        <translation>Een periode heeft een eerste en een laatste dag nodig.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>De laatste dag valt voor de eerste.</translation>
    </message>
    <message>
        <source>A date range covers at most %1 days.</source>
        <translation>Een periode beslaat hoogstens %1 dagen.</translation>
    </message>
    <message>
        <source>The project has this date range already.</source>
        <translation>Het project heeft deze periode al.</translation>
    </message>
    <message>
        <source>read the project&apos;s dates</source>
        <translation>De data van het project lezen</translation>
    </message>
    <message>
        <source>place the hold</source>
        <translation>De optie nemen</translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation>De locatie staat niet meer op de shortlist van het project.</translation>
    </message>
    <message>
        <source>A hold must be on one of the project&apos;s date ranges; add the dates to the project first.</source>
        <translation>Een optie moet op een van de periodes van het project liggen; voeg eerst de data aan het project toe.</translation>
    </message>
    <message>
        <source>A hold cannot expire after the event&apos;s first day (%1).</source>
        <translation>Een optie kan niet verlopen na de eerste dag van het evenement (%1).</translation>
    </message>
    <message>
        <source>confirm the hold</source>
        <translation>De optie bevestigen</translation>
    </message>
    <message>
        <source>change the hold</source>
        <translation>De optie wijzigen</translation>
    </message>
    <message>
        <source>Someone else changed or removed this hold after you opened it; nothing of yours was saved.</source>
        <translation>Iemand anders heeft deze optie gewijzigd of verwijderd nadat u ze opende; uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>release the hold</source>
        <translation>De optie vrijgeven</translation>
    </message>
    <message>
        <source>read the hold</source>
        <translation>De optie lezen</translation>
    </message>
    <message>
        <source>The hold no longer exists; someone may have removed it.</source>
        <translation>De optie bestaat niet meer; iemand heeft ze misschien verwijderd.</translation>
    </message>
    <message>
        <source>list the holds</source>
        <translation>De opties oplijsten</translation>
    </message>
    <message>
        <source>These dates are already confirmed for another project at this venue; a venue cannot be booked twice.</source>
        <translation>Deze data zijn al bevestigd voor een ander project op deze locatie; een locatie kan niet twee keer worden geboekt.</translation>
    </message>
    <message>
        <source>The whole venue is confirmed for “%1” on these dates; a room, the hall it is part of and the whole venue cannot be booked twice.</source>
        <translation>De hele locatie is bevestigd voor “%1” op deze data; een zaal, de grote zaal waarvan ze deel uitmaakt en de hele locatie kunnen niet twee keer worden geboekt.</translation>
    </message>
    <message>
        <source>%1 is confirmed for “%2” on these dates; a room, the hall it is part of and the whole venue cannot be booked twice.</source>
        <translation>%1 is bevestigd voor “%2” op deze data; een zaal, de grote zaal waarvan ze deel uitmaakt en de hele locatie kunnen niet twee keer worden geboekt.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Venues from CSV</source>
        <translation>Locaties importeren uit CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Choose a spreadsheet saved as CSV (UTF-8, comma or semicolon)</source>
        <translation>Kies een rekenblad dat als CSV is opgeslagen (UTF-8, komma of puntkomma)</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>&amp;Zalen:</translation>
    </message>
    <message>
        <source>Optional: the rooms of these venues (venues_spaces.csv), or a rooms file alone for venues in the book</source>
        <translation>Optioneel: de zalen van deze locaties (venues_spaces.csv), of alleen een zalenbestand voor locaties in het boek</translation>
    </message>
    <message>
        <source>Choose R&amp;ooms File…</source>
        <translation>Zalenbestand k&amp;iezen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Each column of the file fills the venue field chosen beside it. Change a choice if a column was matched wrongly or not at all.</source>
        <translation>Elke kolom van het bestand vult het locatieveld dat ernaast is gekozen. Wijzig een keuze als een kolom verkeerd of niet is gekoppeld.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbels</translation>
    </message>
    <message>
        <source>&amp;Skip the invalid rows and import the rest</source>
        <translation>Ongeldige rijen &amp;overslaan en de rest importeren</translation>
    </message>
    <message>
        <source>Import &amp;duplicates too (same name and city as another row or a venue in the book)</source>
        <translation>Ook &amp;dubbels importeren (zelfde naam en stad als een andere rij of een locatie in het boek)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Past Imports</source>
        <translation>Eerdere imports</translation>
    </message>
    <message>
        <source>Each import is one batch. Undoing a batch removes exactly the venues it brought in (they move to the deleted venues).</source>
        <translation>Elke import is één batch. Een batch ongedaan maken verwijdert precies de locaties die ermee zijn geïmporteerd (ze gaan naar de verwijderde locaties).</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;ongedaan maken…</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>look for duplicates in the venue book</source>
        <translation>Dubbels zoeken in het locatieboek</translation>
    </message>
    <message>
        <source>import the venues</source>
        <translation>De locaties importeren</translation>
    </message>
    <message>
        <source>list past imports</source>
        <translation>Eerdere imports oplijsten</translation>
    </message>
    <message>
        <source>open the import</source>
        <translation>De import openen</translation>
    </message>
    <message>
        <source>There is no import with that id.</source>
        <translation>Er is geen import met dat id.</translation>
    </message>
    <message>
        <source>find the imported venues</source>
        <translation>De geïmporteerde locaties zoeken</translation>
    </message>
    <message>
        <source>undo the import</source>
        <translation>De import ongedaan maken</translation>
    </message>
    <message>
        <source>This import was undone already (%1).</source>
        <translation>Deze import is al ongedaan gemaakt (%1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VenueMap</source>
        <translation>VenueMap</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Open another database: an embedded file or a PostgreSQL server</source>
        <translation>Een andere database openen: een ingebed bestand of een PostgreSQL-server</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Take back the last delete, restore, removal from a shortlist, status change or edit</source>
        <translation>De laatste wijziging terugdraaien: verwijderen, herstellen, van een shortlist halen, status wijzigen of bewerken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Import Venues from CSV…</source>
        <translation>Locaties &amp;importeren uit CSV…</translation>
    </message>
    <message>
        <source>Past &amp;Imports…</source>
        <translation>Eerdere imp&amp;orts…</translation>
    </message>
    <message>
        <source>&amp;Export Venue List to CSV…</source>
        <translation>Locatielijst &amp;exporteren naar CSV…</translation>
    </message>
    <message>
        <source>&amp;Proposal for the Open Project…</source>
        <translation>&amp;Voorstel voor het open project…</translation>
    </message>
    <message>
        <source>Proposal &amp;Branding…</source>
        <translation>&amp;Huisstijl van het voorstel…</translation>
    </message>
    <message>
        <source>My &amp;Profile…</source>
        <translation>Mijn &amp;profiel…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>&amp;About VenueMap</source>
        <translation>&amp;Over VenueMap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>E&amp;mail Templates…</source>
        <translation>E-&amp;mailsjablonen…</translation>
    </message>
    <message>
        <source>The team&apos;s outreach emails to venues, per language (admins)</source>
        <translation>De contactmails van het team aan locaties, per taal (beheerders)</translation>
    </message>
</context>
<context>
    <name>MigrationManager</name>
    <message>
        <source>migrate the database</source>
        <translation>De database migreren</translation>
    </message>
    <message>
        <source>This database is at schema version %1, newer than this VenueMap knows (%2): install the newer VenueMap to use it; nothing was changed.</source>
        <translation>Deze database staat op schemaversie %1, nieuwer dan deze VenueMap kent (%2): installeer de nieuwere VenueMap om ze te gebruiken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This VenueMap (%2) carries a different text of migration %1 than the one applied to this database, so it was built from other sources than the VenueMap that set the database up: use that build, or one released after it; nothing was changed.</source>
        <translation>Deze VenueMap (%2) bevat een andere tekst van migratie %1 dan die op deze database is toegepast, dus is deze versie gebouwd uit andere bronnen dan de VenueMap die de database heeft ingericht: gebruik die versie, of een latere; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>keep a copy of the database before migrating</source>
        <translation>Een kopie van de database bewaren voor de migratie</translation>
    </message>
    <message>
        <source>No copy of %1 could be written next to it, so it was not migrated: %2</source>
        <translation>Er kon geen kopie van %1 naast het bestand worden geschreven, dus het is niet gemigreerd: %2</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>een programma</translation>
    </message>
    <message>
        <source>%1 (database user %2, server process %3, since %4 UTC)</source>
        <translation>%1 (databasegebruiker %2, serverproces %3, sinds %4 UTC)</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>een ander programma</translation>
    </message>
    <message>
        <source>another program writing to %1</source>
        <translation>een ander programma dat naar %1 schrijft</translation>
    </message>
    <message>
        <source>The migration lock file %1 is a symbolic link, which VenueMap does not follow; remove it and try again (nothing was changed).</source>
        <translation>Het migratievergrendelingsbestand %1 is een symbolische koppeling, die VenueMap niet volgt; verwijder ze en probeer het opnieuw (er is niets gewijzigd).</translation>
    </message>
    <message>
        <source>%1 failed at statement %2 (line %3): %4%5. Nothing of it was applied.</source>
        <translation>%1 mislukte bij opdracht %2 (regel %3): %4%5. Er is niets van toegepast.</translation>
    </message>
    <message>
        <source>This database needs its schema brought to version %1, and your account (%2) may not change it: a database owner must run `venuemapctl migrate up` (or apply the statements of `venuemapctl migrate sql`).</source>
        <translation>Het schema van deze database moet naar versie %1, en uw account (%2) mag het niet wijzigen: een eigenaar van de database moet `venuemapctl migrate up` uitvoeren (of de opdrachten van `venuemapctl migrate sql` toepassen).</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>deze gebruiker</translation>
    </message>
    <message>
        <source>This database needs its schema brought to version %1, but the file %2 is read-only: open it from a folder you may write to, or ask its owner to open it once.</source>
        <translation>Het schema van deze database moet naar versie %1, maar het bestand %2 is alleen-lezen: open het vanuit een map waarin u mag schrijven, of vraag de eigenaar om het één keer te openen.</translation>
    </message>
    <message>
        <source>Migration was cancelled while waiting for %1.</source>
        <translation>De migratie is geannuleerd tijdens het wachten op %1.</translation>
    </message>
    <message>
        <source> The database stays at version %1.</source>
        <translation> De database blijft op versie %1.</translation>
    </message>
</context>
<context>
    <name>MigrationSet</name>
    <message>
        <source>load migrations</source>
        <translation>De migraties laden</translation>
    </message>
    <message>
        <source>down/%1 declares &quot;-- loses: %2&quot;; write TABLE or TABLE.COLUMN [when CONDITION].</source>
        <translation>down/%1 declareert &quot;-- loses: %2&quot;; schrijf TABLE of TABLE.COLUMN [when CONDITION].</translation>
    </message>
    <message>
        <source>%1 is not named NNNN_name.sql.</source>
        <translation>%1 heeft geen naam van de vorm NNNN_name.sql.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 and %2 have the same version.</source>
        <translation>%1 en %2 hebben dezelfde versie.</translation>
    </message>
    <message>
        <source>%1 has no down step (down/%1).</source>
        <translation>%1 heeft geen terugstap (down/%1).</translation>
    </message>
    <message>
        <source>down/%1 cannot be read.</source>
        <translation>down/%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>down/%1 has no migration %1.</source>
        <translation>down/%1 heeft geen bijbehorende migratie %1.</translation>
    </message>
</context>
<context>
    <name>MyProfileDialog</name>
    <message>
        <source>My Profile</source>
        <translation>Mijn profiel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Handtekening:</translation>
    </message>
    <message>
        <source>Ends the outreach emails you draft: name, title, phone…</source>
        <translation>Sluit de contactmails af die u opstelt: naam, functie, telefoon…</translation>
    </message>
    <message>
        <source>An admin changes your email and role. Your signature ends the outreach emails VenueMap drafts for you.</source>
        <translation>Uw e-mailadres en rol worden door een beheerder gewijzigd. Uw handtekening sluit de contactmails af die VenueMap voor u opstelt.</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
</context>
<context>
    <name>OutreachEmail</name>
    <message>
        <source>theatre</source>
        <translation>theater</translation>
    </message>
    <message>
        <source>classroom</source>
        <translation>school</translation>
    </message>
    <message>
        <source>banquet (round tables)</source>
        <translation>banket (ronde tafels)</translation>
    </message>
    <message>
        <source>cabaret</source>
        <translation>cabaret</translation>
    </message>
    <message>
        <source>reception (standing)</source>
        <translation>receptie (staand)</translation>
    </message>
    <message>
        <source>boardroom</source>
        <translation>boardroom</translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation>U-vorm</translation>
    </message>
    <message>
        <source>hollow square</source>
        <translation>carré</translation>
    </message>
    <message>
        <source>Reminder: availability for {event} on {dates}</source>
        <extracomment>Subject of the reminder to a venue. Keep the words in braces as they are.</extracomment>
        <translation>Herinnering: beschikbaarheid voor {event} op {dates}</translation>
    </message>
    <message>
        <source>Dear {contact},

We recently asked whether {venue} is available for {event}, an event of our client {client}, and have not heard back yet.

Asked on: {sent_on}
Event date: {dates}
Guests: {attendees}
Layout: {layout}
City: {city}
We will need: {facilities}

Could you let us know your availability and a quote in the next few days? If {venue} cannot host the event, a short reply helps us too.

Kind regards,
{signature}</source>
        <extracomment>Body of the reminder to a venue. Keep the words in braces as they are; a line whose placeholders are all empty is left out.</extracomment>
        <translation>Beste {contact},

Onlangs vroegen wij of {venue} beschikbaar is voor {event}, een evenement van onze klant {client}, maar we hebben nog geen antwoord ontvangen.

Gevraagd op: {sent_on}
Datum evenement: {dates}
Gasten: {attendees}
Opstelling: {layout}
Stad: {city}
We hebben nodig: {facilities}

Kunt u ons de komende dagen uw beschikbaarheid en een offerte laten weten? Als {venue} het evenement niet kan ontvangen, helpt een kort antwoord ons ook.

Met vriendelijke groeten,
{signature}</translation>
    </message>
    <message>
        <source>Availability enquiry: {event} on {dates}</source>
        <extracomment>Subject of the availability request to a venue. Keep the words in braces as they are.</extracomment>
        <translation>Aanvraag beschikbaarheid: {event} op {dates}</translation>
    </message>
    <message>
        <source>Dear {contact},

We are organising {event} for our client {client} and would like to know whether {venue} is available.

Event date: {dates}
Guests: {attendees}
Layout: {layout}
City: {city}
We will need: {facilities}

Could you let us know your availability, the rooms that would suit, and a quote including any minimum spend or catering conditions?

Kind regards,
{signature}</source>
        <extracomment>Body of the availability request to a venue. Keep the words in braces as they are; a line whose placeholders are all empty is left out.</extracomment>
        <translation>Beste {contact},

Wij organiseren {event} voor onze klant {client} en willen graag weten of {venue} beschikbaar is.

Datum evenement: {dates}
Gasten: {attendees}
Opstelling: {layout}
Stad: {city}
We hebben nodig: {facilities}

Kunt u ons uw beschikbaarheid laten weten, de zalen die geschikt zijn, en een offerte met eventuele minimale besteding of cateringvoorwaarden?

Met vriendelijke groeten,
{signature}</translation>
    </message>
    <message>
        <source>%1 team</source>
        <comment>greeting without a contact name</comment>
        <translation>Team van %1</translation>
    </message>
    <message>
        <source>a date still to be fixed</source>
        <translation>een datum die nog moet worden vastgelegd</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <comment>guests</comment>
        <translation>nog te bevestigen</translation>
    </message>
    <message numerus="yes">
        <source>%n breakout room(s) for %1 guests</source>
        <translation>
            <numerusform>%n break-outruimte voor %1 gasten</numerusform>
            <numerusform>%n break-outruimtes voor %1 gasten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <comment>main layout, and breakout rooms</comment>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>The events team</source>
        <translation>Het evenemententeam</translation>
    </message>
</context>
<context>
    <name>OutreachRepository</name>
    <message>
        <source>Someone else changed this shortlist row after you opened it; their version is now shown and nothing of yours was saved.</source>
        <translation>Iemand anders heeft deze rij van de shortlist gewijzigd nadat u ze opende; die versie wordt nu getoond en uw wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>This venue is no longer on the shortlist; someone may have removed it.</source>
        <translation>Deze locatie staat niet meer op de shortlist; iemand heeft ze misschien verwijderd.</translation>
    </message>
    <message>
        <source>read the shortlist row</source>
        <translation>De rij van de shortlist lezen</translation>
    </message>
    <message>
        <source>add venues to the shortlist</source>
        <translation>Locaties aan de shortlist toevoegen</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>Het project bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 was added to this shortlist by someone else a moment ago.</source>
        <translation>%1 is zonet door iemand anders aan deze shortlist toegevoegd.</translation>
    </message>
    <message>
        <source>remove the venue from the shortlist</source>
        <translation>De locatie van de shortlist halen</translation>
    </message>
    <message>
        <source>%1 has files on this shortlist (a contract, a floor plan …); remove them under Files… first.</source>
        <translation>%1 heeft bestanden op deze shortlist (een contract, een plattegrond …); verwijder ze eerst onder Bestanden…</translation>
    </message>
    <message>
        <source>put the venue back on the shortlist</source>
        <translation>De locatie terug op de shortlist zetten</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>De locatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 is on the shortlist again: someone added it meanwhile.</source>
        <translation>%1 staat weer op de shortlist: iemand heeft de locatie intussen toegevoegd.</translation>
    </message>
    <message>
        <source>change the outreach status</source>
        <translation>De contactstatus wijzigen</translation>
    </message>
    <message>
        <source>Say why the venue declined; a decline needs a reason.</source>
        <translation>Geef aan waarom de locatie heeft afgewezen; een afwijzing vereist een reden.</translation>
    </message>
    <message>
        <source>save the shortlist row</source>
        <translation>De rij van de shortlist opslaan</translation>
    </message>
    <message>
        <source>A quoted price cannot be negative.</source>
        <translation>Een geoffreerde prijs kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>change the proposal order</source>
        <translation>De volgorde van het voorstel wijzigen</translation>
    </message>
    <message>
        <source>record the outreach email</source>
        <translation>De contactmail vastleggen</translation>
    </message>
    <message>
        <source>open the shortlist</source>
        <translation>De shortlist openen</translation>
    </message>
    <message>
        <source>count the outreach</source>
        <translation>De contactnames tellen</translation>
    </message>
    <message>
        <source>list the venues to chase</source>
        <translation>De op te volgen locaties oplijsten</translation>
    </message>
    <message>
        <source>change the day to answer by</source>
        <translation>De antwoorddatum wijzigen</translation>
    </message>
    <message>
        <source>count the declines by reason</source>
        <translation>De afwijzingen per reden tellen</translation>
    </message>
</context>
<context>
    <name>OutreachStatus</name>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Geantwoord</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Required</source>
        <translation>Wachtwoord vereist</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelhanger van het systeem</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Een wachtwoord moet minstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Een wachtwoord kan niet alleen uit spaties bestaan.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Zoek op naam of e-mail</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation>Tot beheerder maken</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>&amp;Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Each person signs in with their own PostgreSQL login; the database itself refuses what their role may not do.</source>
        <translation>Elke persoon meldt zich aan met een eigen PostgreSQL-aanmelding; de database zelf weigert wat de rol niet toestaat.</translation>
    </message>
</context>
<context>
    <name>PhotoRepository</name>
    <message>
        <source>add the photo</source>
        <translation>De foto toevoegen</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Het bestand</translation>
    </message>
    <message>
        <source>%1 is %2 MB; photos can be at most 10 MB.</source>
        <translation>%1 is %2 MB; foto&apos;s mogen hoogstens 10 MB zijn.</translation>
    </message>
    <message>
        <source>%1 is not an image VenueMap can read (JPEG, PNG, GIF, BMP or WebP).</source>
        <translation>%1 is geen afbeelding die VenueMap kan lezen (JPEG, PNG, GIF, BMP of WebP).</translation>
    </message>
    <message>
        <source>open the photo</source>
        <translation>De foto openen</translation>
    </message>
    <message>
        <source>The photo no longer exists.</source>
        <translation>De foto bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>save the caption</source>
        <translation>Het bijschrift opslaan</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Evenement</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Event &amp;date</source>
        <translation>&amp;Datum evenement</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Deelnemers</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <source>seated &amp;as</source>
        <translation>&amp;opgesteld als</translation>
    </message>
    <message>
        <source>How the main session is set up: the shortlist marks the venues with a room that seats the attendees this way, and suggestions put them first</source>
        <translation>Hoe de plenaire sessie is opgesteld: de shortlist markeert de locaties met een zaal die de deelnemers zo kan plaatsen, en voorstellen zetten ze eerst</translation>
    </message>
    <message>
        <source>Brea&amp;kouts</source>
        <translation>Brea&amp;k-outs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source> rooms</source>
        <translation> zalen</translation>
    </message>
    <message>
        <source>Smaller rooms the event needs besides the main one, e.g. 4 rooms of 30 classroom-style</source>
        <translation>Kleinere zalen die het evenement naast de hoofdzaal nodig heeft, bv. 4 zalen van 30 in schoolopstelling</translation>
    </message>
    <message>
        <source>of</source>
        <translation>van</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> plaatsen</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>S&amp;tad</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>e.g. 25000.00</source>
        <translation>bv. 25000.00</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>M&amp;unt</translation>
    </message>
    <message>
        <source>The project&apos;s currency (ISO 4217, e.g. EUR, GBP, CHF): the budget and the quoted prices are in it</source>
        <translation>De munt van het project (ISO 4217, bv. EUR, GBP, CHF): het budget en de geoffreerde prijzen zijn erin uitgedrukt</translation>
    </message>
    <message>
        <source>Client lan&amp;guage</source>
        <translation>Taal van de &amp;klant</translation>
    </message>
    <message>
        <source>The language the proposal and emails to the client are written in</source>
        <translation>De taal waarin het voorstel en de e-mails aan de klant worden geschreven</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Behoeften</translation>
    </message>
    <message>
        <source>The facilities the event needs; suggestions look for venues that have them all</source>
        <translation>De voorzieningen die het evenement nodig heeft; voorstellen zoeken locaties die ze allemaal hebben</translation>
    </message>
    <message>
        <source>Tick what the event needs. A facility that is missing is added by an admin, in a venue&apos;s editor.</source>
        <translation>Vink aan wat het evenement nodig heeft. Een ontbrekende voorziening wordt door een beheerder toegevoegd, in de editor van een locatie.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otities</translation>
    </message>
</context>
<context>
    <name>ProjectRepository</name>
    <message>
        <source>save the project</source>
        <translation>Het project opslaan</translation>
    </message>
    <message>
        <source>The client&apos;s name is required.</source>
        <translation>De naam van de klant is verplicht.</translation>
    </message>
    <message>
        <source>The event&apos;s name is required.</source>
        <translation>De naam van het evenement is verplicht.</translation>
    </message>
    <message>
        <source>The number of attendees cannot be negative.</source>
        <translation>Het aantal deelnemers kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The number of breakout rooms must be between 0 and %1.</source>
        <translation>Het aantal break-outzalen moet tussen 0 en %1 liggen.</translation>
    </message>
    <message>
        <source>The seats per breakout room must be between 0 and %1.</source>
        <translation>Het aantal plaatsen per break-outzaal moet tussen 0 en %1 liggen.</translation>
    </message>
    <message>
        <source>The client language &quot;%1&quot; is not one the app writes documents in.</source>
        <translation>De klanttaal &quot;%1&quot; is geen taal waarin de app documenten schrijft.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Het budget kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The budget is too large.</source>
        <translation>Het budget is te hoog.</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>De naam van de klant</translation>
    </message>
    <message>
        <source>The event&apos;s name</source>
        <translation>De naam van het evenement</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>De stad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>De notities</translation>
    </message>
    <message>
        <source>list the projects</source>
        <translation>De projecten oplijsten</translation>
    </message>
    <message>
        <source>open the project</source>
        <translation>Het project openen</translation>
    </message>
    <message>
        <source>The project no longer exists; someone may have removed it.</source>
        <translation>Het project bestaat niet meer; iemand heeft het misschien verwijderd.</translation>
    </message>
    <message>
        <source>create the project</source>
        <translation>Het project aanmaken</translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation>Dit project is gearchiveerd. Herstel het om het te wijzigen.</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; their version is shown, nothing of yours was saved.</source>
        <translation>Iemand anders heeft dit project gewijzigd nadat u het opende; hun versie wordt getoond, er is niets van u opgeslagen.</translation>
    </message>
    <message>
        <source>archive the project</source>
        <translation>Het project archiveren</translation>
    </message>
    <message>
        <source>restore the project</source>
        <translation>Het project herstellen</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; nothing was archived.</source>
        <translation>Iemand anders heeft dit project gewijzigd nadat u het opende; er is niets gearchiveerd.</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; nothing was restored.</source>
        <translation>Iemand anders heeft dit project gewijzigd nadat u het opende; er is niets hersteld.</translation>
    </message>
    <message>
        <source>count the projects</source>
        <translation>De projecten tellen</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>ProjectWorkspace</name>
    <message>
        <source>← All projects</source>
        <translation>← Alle projecten</translation>
    </message>
    <message>
        <source>Edit &amp;project…</source>
        <translation>&amp;Project bewerken…</translation>
    </message>
    <message>
        <source>&amp;Add venues…</source>
        <translation>Locaties &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Suggest venues…</source>
        <translation>Locaties &amp;voorstellen…</translation>
    </message>
    <message>
        <source>E&amp;mail draft…</source>
        <translation>E-&amp;mailconcept…</translation>
    </message>
    <message>
        <source>&amp;Quotes…</source>
        <translation>&amp;Offertes…</translation>
    </message>
    <message>
        <source>What the selected venue quoted for this project, a new quote, and what it quoted for other projects</source>
        <translation>Wat de geselecteerde locatie voor dit project offreerde, een nieuwe offerte, en wat ze voor andere projecten offreerde</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Take the selected venue off the shortlist (Edit ▸ Undo puts it back)</source>
        <translation>De geselecteerde locatie van de shortlist halen (Bewerken ▸ Ongedaan maken zet ze terug)</translation>
    </message>
    <message>
        <source>Earlier in the proposal</source>
        <translation>Eerder in het voorstel</translation>
    </message>
    <message>
        <source>Later in the proposal</source>
        <translation>Later in het voorstel</translation>
    </message>
    <message>
        <source>&amp;Proposal…</source>
        <translation>&amp;Voorstel…</translation>
    </message>
    <message>
        <source>Preview, save or print the proposal of the venues marked for it</source>
        <translation>Het voorstel met de daarvoor gemarkeerde locaties bekijken, opslaan of afdrukken</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Search client or event…</source>
        <translation>Zoek op klant of evenement…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation>K&amp;lanten</translation>
    </message>
    <message>
        <source>Every venue used for a client, and adding one to a project</source>
        <translation>Elke locatie die voor een klant is gebruikt, en er een aan een project toevoegen</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporten</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Gearc&amp;hiveerde tonen</translation>
    </message>
    <message>
        <source>List the archived projects as well (greyed); they are read-only until restored</source>
        <translation>Ook de gearchiveerde projecten tonen (grijs); ze zijn alleen-lezen tot ze worden hersteld</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hiveren…</translation>
    </message>
    <message>
        <source>Hide the project from the list and make it read-only; it can be restored</source>
        <translation>Het project uit de lijst verbergen en alleen-lezen maken; het kan worden hersteld</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>button: open the project</comment>
        <translation>&amp;Openen</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>Quoted price (%1)</source>
        <translation>Geoffreerde prijs (%1)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Geen beoordeling</translation>
    </message>
    <message>
        <source>Venue proposal  ·  %1</source>
        <translation>Locatievoorstel  ·  %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Venue proposal</source>
        <translation>Locatievoorstel</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>Opgesteld voor %1</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Datum evenement</translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation>Nog te bepalen</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gasten</translation>
    </message>
    <message>
        <source>To be confirmed</source>
        <translation>Nog te bevestigen</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>no city chosen yet</comment>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>Venues proposed</source>
        <translation>Voorgestelde locaties</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Opgesteld door %1 op %2</translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) for %1 guests on %2.</source>
        <translation>
            <numerusform>%n locatie voor %1 gasten op %2.</numerusform>
            <numerusform>%n locaties voor %1 gasten op %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) for %1 guests.</source>
        <translation>
            <numerusform>%n locatie voor %1 gasten.</numerusform>
            <numerusform>%n locaties voor %1 gasten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) on %1.</source>
        <translation>
            <numerusform>%n locatie op %1.</numerusform>
            <numerusform>%n locaties op %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s).</source>
        <translation>
            <numerusform>%n locatie.</numerusform>
            <numerusform>%n locaties.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Venues at a glance</source>
        <translation>De locaties in één oogopslag</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation>Cateraar</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Prices are as quoted by each venue for this event.</source>
        <translation>De prijzen zijn zoals elke locatie ze voor dit evenement heeft geoffreerd.</translation>
    </message>
    <message>
        <source>Capacities in red are below the %1 guests expected.</source>
        <translation>Capaciteiten in het rood liggen onder de %1 verwachte gasten.</translation>
    </message>
    <message>
        <source>The best room is the smallest that seats %1.</source>
        <translation>De beste zaal is de kleinste die plaats biedt aan %1.</translation>
    </message>
    <message>
        <source>Venue %1 of %2</source>
        <translation>Locatie %1 van %2</translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation>%1 gasten</translation>
    </message>
    <message>
        <source>Ask us</source>
        <translation>Vraag het ons</translation>
    </message>
    <message>
        <source>Venue&apos;s own or to be chosen</source>
        <translation>Eigen cateraar van de locatie of nog te kiezen</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation>Geoffreerde prijs</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>Why we suggest it</source>
        <translation>Waarom wij deze locatie voorstellen</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Zalen</translation>
    </message>
    <message>
        <source>Rooms for %1</source>
        <translation>Zalen voor %1</translation>
    </message>
    <message>
        <source>Rooms for %1 guests</source>
        <translation>Zalen voor %1 gasten</translation>
    </message>
    <message>
        <source>%1 (part of %2)</source>
        <translation>%1 (deel van %2)</translation>
    </message>
    <message>
        <source>Closest match</source>
        <translation>Beste keuze</translation>
    </message>
    <message>
        <source>Venue proposal: %1</source>
        <translation>Locatievoorstel: %1</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Op aanvraag</translation>
    </message>
    <message>
        <source>Proposal %1 %2</source>
        <comment>file name</comment>
        <translation>Voorstel %1 %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Rating (of 5)</source>
        <translation>Beoordeling (op 5)</translation>
    </message>
    <message>
        <source>Best room</source>
        <translation>Beste zaal</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Offerte</translation>
    </message>
</context>
<context>
    <name>ProposalData</name>
    <message>
        <source>%1 m ceiling</source>
        <translation>plafondhoogte %1 m</translation>
    </message>
    <message>
        <source>daylight</source>
        <translation>daglicht</translation>
    </message>
    <message>
        <source>no daylight</source>
        <translation>geen daglicht</translation>
    </message>
    <message>
        <source>No room set up %1</source>
        <translation>Geen zaal in %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 %4</source>
        <comment>Best room: Grand Hall, 450 theatre-style</comment>
        <translation>%1: %2, %3 %4</translation>
    </message>
    <message>
        <source>Best room</source>
        <translation>Beste zaal</translation>
    </message>
    <message>
        <source>Largest room</source>
        <translation>Grootste zaal</translation>
    </message>
    <message>
        <source>%1: %2, up to %3</source>
        <comment>Best room: Grand Hall, up to 450</comment>
        <translation>%1: %2, tot %3</translation>
    </message>
    <message>
        <source>quote expired on %1</source>
        <translation>offerte verlopen op %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>geldig tot %1</translation>
    </message>
</context>
<context>
    <name>ProposalPreviewDialog</name>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>&amp;Branding…</source>
        <translation>&amp;Huisstijl…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV opslaan…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
</context>
<context>
    <name>ProposalRepository</name>
    <message>
        <source>prepare the proposal</source>
        <translation>Het voorstel voorbereiden</translation>
    </message>
</context>
<context>
    <name>ProposalSettingsDialog</name>
    <message>
        <source>Proposal Branding</source>
        <translation>Huisstijl van het voorstel</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>Naam van het &amp;bureau:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Choose Image…</source>
        <translation>Afbeelding &amp;kiezen…</translation>
    </message>
    <message>
        <source>Use &amp;Initials</source>
        <translation>&amp;Initialen gebruiken</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>C&amp;urrency symbol:</source>
        <translation>&amp;Muntsymbool:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Declined this client (%1): %2</source>
        <translation>Heeft deze klant afgewezen (%1): %2</translation>
    </message>
    <message>
        <source>Proposed before (%1)</source>
        <translation>Eerder voorgesteld (%1)</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>verlopen op %1</translation>
    </message>
    <message>
        <source>This quote expired on %1; ask the venue for a new one.</source>
        <translation>Deze offerte is verlopen op %1; vraag de locatie om een nieuwe.</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>Room hire</source>
        <translation>Zaalhuur</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Room hire and catering</source>
        <translation>Zaalhuur en catering</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>Minimale besteding</translation>
    </message>
    <message>
        <source>Received: say on which day the quote came.</source>
        <translation>Ontvangen: geef aan op welke dag de offerte binnenkwam.</translation>
    </message>
    <message>
        <source>Amount: a quote cannot be negative; type the total the venue asked for, such as 12500.00.</source>
        <translation>Bedrag: een offerte kan niet negatief zijn; typ het totaal dat de locatie vraagt, bijvoorbeeld 12500.00.</translation>
    </message>
    <message>
        <source>Amount: at most 9,999,999,999.99.</source>
        <translation>Bedrag: hoogstens 9.999.999.999,99.</translation>
    </message>
    <message>
        <source>Currency: choose the currency of the quote, such as EUR.</source>
        <translation>Munt: kies de munt van de offerte, bijvoorbeeld EUR.</translation>
    </message>
    <message>
        <source>Currency: “%1” is not a currency code; use a three-letter ISO 4217 code such as EUR, GBP or USD.</source>
        <translation>Munt: “%1” is geen muntcode; gebruik een ISO 4217-code van drie letters, zoals EUR, GBP of USD.</translation>
    </message>
    <message>
        <source>Per head: a price per head cannot be negative.</source>
        <translation>Per persoon: een prijs per persoon kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Per head: a price per head is for a quote that covers catering; choose what the quote covers first.</source>
        <translation>Per persoon: een prijs per persoon hoort bij een offerte met catering; kies eerst wat de offerte dekt.</translation>
    </message>
    <message>
        <source>Valid until: %1 is before the day the quote came (%2).</source>
        <translation>Geldig tot: %1 valt vóór de dag waarop de offerte binnenkwam (%2).</translation>
    </message>
    <message>
        <source>Note: at most 20,000 characters.</source>
        <translation>Notitie: hoogstens 20.000 tekens.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>verlopen op %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>geldig tot %1</translation>
    </message>
</context>
<context>
    <name>QuoteRepository</name>
    <message>
        <source>Someone else changed or removed this quote after you opened it; nothing of yours was saved.</source>
        <translation>Iemand anders heeft deze offerte gewijzigd of verwijderd nadat u ze opende; er is niets van u opgeslagen.</translation>
    </message>
    <message>
        <source>add the quote</source>
        <translation>De offerte toevoegen</translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation>De locatie staat niet meer op de shortlist van het project.</translation>
    </message>
    <message>
        <source>save the quote</source>
        <translation>De offerte opslaan</translation>
    </message>
    <message>
        <source>remove the quote</source>
        <translation>De offerte verwijderen</translation>
    </message>
    <message>
        <source>read the quote</source>
        <translation>De offerte lezen</translation>
    </message>
    <message>
        <source>The quote no longer exists; someone may have removed it.</source>
        <translation>De offerte bestaat niet meer; iemand heeft ze misschien verwijderd.</translation>
    </message>
    <message>
        <source>list the venue&apos;s quotes</source>
        <translation>De offertes van de locatie oplijsten</translation>
    </message>
    <message>
        <source>read the venue&apos;s rate history</source>
        <translation>De tariefhistoriek van de locatie lezen</translation>
    </message>
    <message>
        <source>read the latest quote</source>
        <translation>De laatste offerte lezen</translation>
    </message>
    <message>
        <source>read the latest valid quote</source>
        <translation>De laatste geldige offerte lezen</translation>
    </message>
    <message>
        <source>read the project&apos;s quotes</source>
        <translation>De offertes van het project lezen</translation>
    </message>
</context>
<context>
    <name>ReadOnlyEdits</name>
    <message>
        <source>This database is read-only: you can look at everything, but nothing can be changed.</source>
        <translation>Deze database is alleen-lezen: u kunt alles bekijken, maar niets kan worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>count venues by city</source>
        <translation>Locaties per stad tellen</translation>
    </message>
    <message>
        <source>(no city)</source>
        <translation>(geen stad)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>count projects by status</source>
        <translation>Projecten per status tellen</translation>
    </message>
    <message>
        <source>count outreach by status</source>
        <translation>Contactnames per status tellen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in to VenueMap&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aanmelden bij VenueMap&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>you@agency.com</source>
        <translation>u@bureau.be</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
</context>
<context>
    <name>SignInGate</name>
    <message>
        <source>Cannot Sign In</source>
        <translation>Aanmelden niet mogelijk</translation>
    </message>
</context>
<context>
    <name>SignInService</name>
    <message>
        <source>That email and password do not match an active account.</source>
        <translation>Dat e-mailadres en wachtwoord horen niet bij een actieve account.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Te veel mislukte pogingen: wacht %n seconde en probeer het opnieuw.</numerusform>
            <numerusform>Te veel mislukte pogingen: wacht %n seconden en probeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>The database login “%1” belongs to nobody in VenueMap: ask an admin to add you (or, on a new database, run `venuemapctl user add` as its owner).</source>
        <translation>De databaseaanmelding “%1” hoort bij niemand in VenueMap: vraag een beheerder om u toe te voegen (of voer op een nieuwe database `venuemapctl user add` uit als eigenaar).</translation>
    </message>
</context>
<context>
    <name>SpaceFit</name>
    <message>
        <source>theatre-style</source>
        <translation>theateropstelling</translation>
    </message>
    <message>
        <source>classroom-style</source>
        <translation>schoolopstelling</translation>
    </message>
    <message>
        <source>at banquet rounds</source>
        <translation>banketopstelling (ronde tafels)</translation>
    </message>
    <message>
        <source>cabaret-style</source>
        <translation>cabaretopstelling</translation>
    </message>
    <message>
        <source>standing (reception)</source>
        <translation>staand (receptie)</translation>
    </message>
    <message>
        <source>boardroom-style</source>
        <translation>boardroomopstelling</translation>
    </message>
    <message>
        <source>in a U-shape</source>
        <translation>U-opstelling</translation>
    </message>
    <message>
        <source>in a hollow square</source>
        <translation>carréopstelling</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>guests, layout phrase: 120 theatre-style</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a room %1</source>
        <translation>een zaal in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n breakout room(s) of %1 %2</source>
        <comment>of 20 classroom-style</comment>
        <translation>
            <numerusform>%n break-outruimte voor %1 %2</numerusform>
            <numerusform>%n break-outruimtes voor %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no rooms recorded</source>
        <translation>geen zalen geregistreerd</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>room name, seats</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 breakout rooms</source>
        <translation>%1 break-outruimtes</translation>
    </message>
    <message>
        <source>no %1 room</source>
        <translation>geen zaal in %1</translation>
    </message>
    <message>
        <source>%1 %2 at most</source>
        <translation>maximaal %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 breakouts</source>
        <translation>%1 van %2 break-outruimtes</translation>
    </message>
    <message>
        <source>No rooms are recorded for this venue, so whether it fits %1 cannot be checked.</source>
        <translation>Voor deze locatie zijn geen zalen geregistreerd, dus kan niet worden nagegaan of ze geschikt is voor %1.</translation>
    </message>
    <message>
        <source>%1 seats %2 %3 (%4 needed).</source>
        <translation>%1 biedt plaats aan %2 in %3 (%4 nodig).</translation>
    </message>
    <message>
        <source>No room is set up %1.</source>
        <translation>Geen enkele zaal heeft %1.</translation>
    </message>
    <message>
        <source>No room seats %1 %2: the largest, %3, seats %4.</source>
        <translation>Geen zaal biedt plaats aan %1 in %2: de grootste, %3, biedt plaats aan %4.</translation>
    </message>
    <message>
        <source>%1 of its rooms seat %2 %3 (%4 breakouts needed).</source>
        <translation>%1 van de zalen bieden plaats aan %2 in %3 (%4 break-outruimtes nodig).</translation>
    </message>
    <message>
        <source>Only %1 of its rooms seat %2 %3; %4 breakouts are needed.</source>
        <translation>Slechts %1 van de zalen bieden plaats aan %2 in %3; er zijn %4 break-outruimtes nodig.</translation>
    </message>
</context>
<context>
    <name>SpaceImporter</name>
    <message>
        <source>%1 in %2</source>
        <comment>a venue in a city</comment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 room(s)</source>
        <translation>
            <numerusform>%1 zaal</numerusform>
            <numerusform>%1 zalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 venue(s)</source>
        <translation>
            <numerusform>%1 locatie</numerusform>
            <numerusform>%1 locaties</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1 is a number of rooms (&quot;2 rooms&quot;), %2 of venues (&quot;1 new venue&quot;)</extracomment>
        <translation>%1 voor %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 new venue(s)</source>
        <translation>
            <numerusform>%1 nieuwe locatie</numerusform>
            <numerusform>%1 nieuwe locaties</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 already in the book</source>
        <extracomment>%1 is a number of rooms (&quot;2 rooms&quot;), %2 of venues (&quot;1 venue&quot;)</extracomment>
        <translation>%1 voor %2 uit het locatieboek</translation>
    </message>
    <message>
        <source>%1 for %2 new and %3 already in the book</source>
        <extracomment>%1 is a number of rooms (&quot;5 rooms&quot;), %2 a number of new venues, %3 of others (&quot;1 venue&quot;)</extracomment>
        <translation>%1 voor %2 nieuwe en %3 uit het locatieboek</translation>
    </message>
    <message>
        <source>they replace the rooms of that venue; a rooms file alone is not an import batch and cannot be undone</source>
        <translation>ze vervangen de zalen van die locatie; een zalenbestand alleen is geen importbatch en kan niet ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>they replace the rooms of those venues; a rooms file alone is not an import batch and cannot be undone</source>
        <translation>ze vervangen de zalen van die locaties; een zalenbestand alleen is geen importbatch en kan niet ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>they replace the rooms of that venue, and undoing the import does not put its old rooms back</source>
        <translation>ze vervangen de zalen van die locatie, en de import ongedaan maken zet de oude zalen niet terug</translation>
    </message>
    <message>
        <source>they replace the rooms of those venues, and undoing the import does not put their old rooms back</source>
        <translation>ze vervangen de zalen van die locaties, en de import ongedaan maken zet de oude zalen niet terug</translation>
    </message>
    <message>
        <source>1 room skipped with its invalid venue row</source>
        <translation>1 zaal overgeslagen met haar ongeldige locatierij</translation>
    </message>
    <message>
        <source>%1 rooms skipped with their invalid venue rows</source>
        <translation>%1 zalen overgeslagen met hun ongeldige locatierijen</translation>
    </message>
    <message>
        <source>; </source>
        <comment>summary separator</comment>
        <extracomment>the separator between the parts of an import&apos;s summary: &quot;2 rooms for 1 venue; ...&quot;</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>.</source>
        <comment>summary end</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>The rooms file is empty: the first row must name the columns (Venue, City, Space, Part of, Theatre, ...).</source>
        <translation>Het zalenbestand is leeg: de eerste rij moet de kolommen benoemen (Venue, City, Space, Part of, Theatre, ...).</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold the %3; keep one.</source>
        <translation>de kolommen %1 en %2 bevatten allebei %3; behoud er een.</translation>
    </message>
    <message>
        <source>No column holds the venue&apos;s name: the first row of a rooms file names the columns, among them &quot;%1&quot; (found %2).</source>
        <translation>Geen kolom bevat de naam van de locatie: de eerste rij van een zalenbestand benoemt de kolommen, waaronder &quot;%1&quot; (gevonden: %2).</translation>
    </message>
    <message>
        <source>No column holds the space&apos;s name: the first row of a rooms file names the columns, among them &quot;%1&quot; (found %2).</source>
        <translation>Geen kolom bevat de naam van de zaal: de eerste rij van een zalenbestand benoemt de kolommen, waaronder &quot;%1&quot; (gevonden: %2).</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; a value may hold an unquoted &quot;%3&quot;.</source>
        <translation>de rij heeft %1 velden maar de kop heeft er %2; een waarde bevat misschien een &quot;%3&quot; zonder aanhalingstekens.</translation>
    </message>
    <message>
        <source>the venue is empty; each room names the venue it belongs to, with its city.</source>
        <translation>de locatie is leeg; elke zaal noemt de locatie waartoe ze behoort, met haar stad.</translation>
    </message>
    <message>
        <source>the space has no name; every space needs a name.</source>
        <translation>de zaal heeft geen naam; elke zaal heeft een naam nodig.</translation>
    </message>
    <message>
        <source>the area in m² must be a number, not %1.</source>
        <translation>de oppervlakte in m² moet een getal zijn, niet %1.</translation>
    </message>
    <message>
        <source>the ceiling height in m must be a number, not %1.</source>
        <translation>de plafondhoogte in m moet een getal zijn, niet %1.</translation>
    </message>
    <message>
        <source>daylight is &quot;yes&quot;, &quot;no&quot; or empty, not %1.</source>
        <translation>daglicht is &quot;yes&quot;, &quot;no&quot; of leeg, niet %1.</translation>
    </message>
    <message>
        <source>The rooms file has a header row but no rooms.</source>
        <translation>Het zalenbestand heeft een koprij maar geen zalen.</translation>
    </message>
    <message>
        <source>%1 is already a space of %2 (row %3); a space name is used once per venue.</source>
        <translation>%1 is al een zaal van %2 (rij %3); een zaalnaam komt maar één keer per locatie voor.</translation>
    </message>
    <message>
        <source>%1 is not a space of %2 in this file; &quot;Part of&quot; names another space of the same venue.</source>
        <translation>%1 is geen zaal van %2 in dit bestand; &quot;Part of&quot; noemt een andere zaal van dezelfde locatie.</translation>
    </message>
    <message>
        <source>%1 would be inside one of its own parts (a &quot;Part of&quot; cycle).</source>
        <translation>%1 zou in een van haar eigen delen liggen (een &quot;Part of&quot;-cirkelverwijzing).</translation>
    </message>
    <message>
        <source>the venues file imports %1 venues named %2 (rows %3), so the rooms cannot tell which is theirs; give each a distinct name or city.</source>
        <translation>het locatiebestand importeert %1 locaties met de naam %2 (rijen %3), dus de zalen weten niet welke de hunne is; geef elk een eigen naam of stad.</translation>
    </message>
    <message>
        <source>there is no venue %1 in the book nor in the venues file; the Venue and City columns name a venue exactly as it is spelled there (case and surrounding spaces aside).</source>
        <translation>er is geen locatie %1 in het locatieboek of in het locatiebestand; de kolommen Venue en City noemen een locatie precies zoals ze daar gespeld is (hoofdletters en omringende spaties buiten beschouwing).</translation>
    </message>
    <message>
        <source>there is no venue %1 in the book; the Venue and City columns name a venue exactly as it is spelled there (case and surrounding spaces aside).</source>
        <translation>er is geen locatie %1 in het locatieboek; de kolommen Venue en City noemen een locatie precies zoals ze daar gespeld is (hoofdletters en omringende spaties buiten beschouwing).</translation>
    </message>
    <message>
        <source>the book has %1 venues named %2, so the rooms cannot tell which is theirs; rename one of them first.</source>
        <translation>het locatieboek heeft %1 locaties met de naam %2, dus de zalen weten niet welke de hunne is; hernoem er eerst een van.</translation>
    </message>
    <message>
        <source>the venue %1 cannot be matched, as row %2 says.</source>
        <translation>de locatie %1 kan niet worden gevonden, zoals rij %2 zegt.</translation>
    </message>
    <message>
        <source>import the rooms</source>
        <translation>De zalen importeren</translation>
    </message>
    <message>
        <source>The rooms file has a problem (%1): nothing was imported. %2</source>
        <translation>Het zalenbestand heeft een probleem (%1): er is niets geïmporteerd. %2</translation>
    </message>
    <message>
        <source>The rooms file has %1 problems (%2): nothing was imported. %3</source>
        <translation>Het zalenbestand heeft %1 problemen (%2): er is niets geïmporteerd. %3</translation>
    </message>
    <message>
        <source>The rooms file leaves out %1 of %2, which 1 live hold names; keep the room in the file, or release it first.</source>
        <translation>Het zalenbestand laat %1 van %2 weg, waarop 1 lopende optie staat; behoud de zaal in het bestand, of geef de optie eerst vrij.</translation>
    </message>
    <message>
        <source>The rooms file leaves out %1 of %2, which %3 live holds name; keep the room in the file, or release them first.</source>
        <translation>Het zalenbestand laat %1 van %2 weg, waarop %3 lopende opties staan; behoud de zaal in het bestand, of geef de opties eerst vrij.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The venue %1 was not written, so its rooms cannot be.</source>
        <translation>De locatie %1 is niet geschreven, dus haar zalen ook niet.</translation>
    </message>
    <message>
        <source>The rooms of %1: %2</source>
        <extracomment>%1 names a venue, %2 is what is wrong with its rooms</extracomment>
        <translation>De zalen van %1: %2</translation>
    </message>
    <message>
        <source>The rooms file holds no room: nothing to import.</source>
        <translation>Het zalenbestand bevat geen zalen: er valt niets te importeren.</translation>
    </message>
</context>
<context>
    <name>SpaceLayout</name>
    <message>
        <source>Theatre</source>
        <translation>Theater</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Banquet (rounds)</source>
        <translation>Banket (ronde tafels)</translation>
    </message>
    <message>
        <source>Cabaret</source>
        <translation>Cabaret</translation>
    </message>
    <message>
        <source>Reception (standing)</source>
        <translation>Receptie (staand)</translation>
    </message>
    <message>
        <source>Boardroom</source>
        <translation>Boardroom</translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation>U-vorm</translation>
    </message>
    <message>
        <source>Hollow square</source>
        <translation>Carré</translation>
    </message>
</context>
<context>
    <name>SpaceRepository</name>
    <message>
        <source>save the venue&apos;s spaces</source>
        <translation>De zalen van de locatie opslaan</translation>
    </message>
    <message>
        <source>read the venue&apos;s spaces</source>
        <translation>De zalen van de locatie lezen</translation>
    </message>
    <message>
        <source>read the venues&apos; rooms</source>
        <translation>De zalen van de locaties lezen</translation>
    </message>
    <message>
        <source>read the shortlisted venues&apos; rooms</source>
        <translation>De zalen van de locaties op de shortlist lezen</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>De locatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Somebody changed this venue&apos;s spaces since you opened them.</source>
        <translation>Iemand heeft de zalen van deze locatie gewijzigd sinds u ze opende.</translation>
    </message>
    <message>
        <source>Space &quot;%1&quot; is no longer stored for this venue.</source>
        <translation>Zaal &quot;%1&quot; is niet meer vastgelegd voor deze locatie.</translation>
    </message>
    <message>
        <source>look for holds on the rooms</source>
        <translation>Opties op de zalen zoeken</translation>
    </message>
</context>
<context>
    <name>SuggestionService</name>
    <message>
        <source>suggest venues</source>
        <translation>Locaties voorstellen</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 holds at most %2 characters, not %3.</source>
        <translation>%1 bevat hoogstens %2 tekens, niet %3.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>That person no longer exists; somebody removed them.</source>
        <translation>Die persoon bestaat niet meer; iemand heeft hem verwijderd.</translation>
    </message>
    <message>
        <source>VenueMap needs at least one active admin: make someone else an admin first.</source>
        <translation>VenueMap heeft minstens één actieve beheerder nodig: maak eerst iemand anders beheerder.</translation>
    </message>
    <message>
        <source>This sign-in is not one VenueMap created (the database owner, a superuser or a login made on the server), so VenueMap does not change it: its password and rights are changed on the server itself, by whoever administers it.</source>
        <translation>Deze aanmelding is niet door VenueMap gemaakt (de eigenaar van de database, een superuser of een aanmelding die op de server is gemaakt), dus VenueMap wijzigt ze niet: het wachtwoord en de rechten worden op de server zelf gewijzigd, door wie die beheert.</translation>
    </message>
    <message>
        <source>This person has activity in the log, which is never rewritten; disable them instead.</source>
        <translation>Deze persoon heeft activiteit in het logboek, dat nooit wordt herschreven; schakel hem in plaats daarvan uit.</translation>
    </message>
    <message>
        <source>A database login with that name already exists on this server; choose another login name.</source>
        <translation>Er bestaat al een databaseaanmelding met die naam op deze server; kies een andere naam.</translation>
    </message>
    <message>
        <source>Somebody with that email address already exists.</source>
        <translation>Er bestaat al iemand met dat e-mailadres.</translation>
    </message>
    <message>
        <source>Your database account is not allowed to do this; only admins manage people.</source>
        <translation>Uw databaseaccount mag dit niet doen; alleen beheerders beheren personen.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Een persoon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A person needs an email address.</source>
        <translation>Een persoon heeft een e-mailadres nodig.</translation>
    </message>
    <message>
        <source>read a person</source>
        <translation>Een persoon lezen</translation>
    </message>
    <message>
        <source>list people</source>
        <translation>Personen oplijsten</translation>
    </message>
    <message>
        <source>count people</source>
        <translation>Personen tellen</translation>
    </message>
    <message>
        <source>count admins</source>
        <translation>Beheerders tellen</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?); nothing was saved.</source>
        <translation>Het wachtwoord kon niet worden beveiligd (geen geheugen meer?); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The new person cannot be read back.</source>
        <translation>De nieuwe persoon kan niet worden teruggelezen.</translation>
    </message>
    <message>
        <source>create the first admin</source>
        <translation>De eerste beheerder aanmaken</translation>
    </message>
    <message>
        <source>The new admin cannot be read back.</source>
        <translation>De nieuwe beheerder kan niet worden teruggelezen.</translation>
    </message>
    <message>
        <source>enable this person</source>
        <translation>Deze persoon inschakelen</translation>
    </message>
    <message>
        <source>disable this person</source>
        <translation>Deze persoon uitschakelen</translation>
    </message>
    <message>
        <source>change this person&apos;s role</source>
        <translation>De rol van deze persoon wijzigen</translation>
    </message>
    <message>
        <source>set a new password</source>
        <translation>Een nieuw wachtwoord instellen</translation>
    </message>
    <message>
        <source>The password could not be protected; nothing was saved.</source>
        <translation>Het wachtwoord kon niet worden beveiligd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>save the password</source>
        <translation>Het wachtwoord opslaan</translation>
    </message>
    <message>
        <source>remove this person</source>
        <translation>Deze persoon verwijderen</translation>
    </message>
    <message>
        <source>save your profile</source>
        <translation>Uw profiel opslaan</translation>
    </message>
    <message>
        <source>Only your own profile can be changed here.</source>
        <translation>Alleen uw eigen profiel kan hier worden gewijzigd.</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>Uw wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Het huidige wachtwoord is niet juist.</translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation>Het wachtwoord kon niet worden beveiligd.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>Aanmelden</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Admin</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Event manager</source>
        <translation>Projectleider</translation>
    </message>
</context>
<context>
    <name>Venue</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Naam contactpersoon</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>The capacity cannot be negative (%1).</source>
        <translation>De capaciteit kan niet negatief zijn (%1).</translation>
    </message>
    <message>
        <source>The rating must be from 0 to 5, not %1.</source>
        <translation>De beoordeling moet tussen 0 en 5 liggen, niet %1.</translation>
    </message>
    <message>
        <source>The latitude must be from -90 to 90, not %1.</source>
        <translation>De breedtegraad moet tussen -90 en 90 liggen, niet %1.</translation>
    </message>
    <message>
        <source>The longitude must be from -180 to 180, not %1.</source>
        <translation>De lengtegraad moet tussen -180 en 180 liggen, niet %1.</translation>
    </message>
    <message>
        <source>A venue needs a name.</source>
        <translation>Een locatie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>This does not look like a website (www.example.com).</source>
        <translation>Dit lijkt geen website (www.example.com).</translation>
    </message>
</context>
<context>
    <name>VenueCsvExport</name>
    <message>
        <source>export the venues</source>
        <translation>Locaties exporteren</translation>
    </message>
    <message>
        <source>The file could not be written: %1.</source>
        <translation>Het bestand kon niet worden geschreven: %1.</translation>
    </message>
    <message>
        <source>The rooms file could not be written: %1.</source>
        <translation>Het zalenbestand kon niet worden geschreven: %1.</translation>
    </message>
    <message>
        <source>Exporting venues…</source>
        <translation>Locaties exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export Venues</source>
        <translation>Locaties exporteren</translation>
    </message>
    <message>
        <source>Exporting venues… %L1 written</source>
        <translation>Locaties exporteren… %L1 geschreven</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kan niet worden geschreven: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation>
            <numerusform>%Ln locatie</numerusform>
            <numerusform>%Ln locaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 and %3 to %4.</source>
        <translation>%1 geëxporteerd naar %2 en %3 naar %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln zaal</numerusform>
            <numerusform>%Ln zalen</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>VenueEditor</name>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Guests, e.g. 250</source>
        <translation>Gasten, bv. 250</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>0 to 5, one decimal</source>
        <translation>0 tot 5, één decimaal</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>Tick what the venue offers. A facility that is missing is added by an admin.</source>
        <translation>Vink aan wat de locatie biedt. Een ontbrekende voorziening wordt door een beheerder toegevoegd.</translation>
    </message>
    <message>
        <source>New facility…</source>
        <translation>Nieuwe voorziening…</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Naam contactpersoon</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>-90 to 90</source>
        <translation>-90 tot 90</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>-180 to 180</source>
        <translation>-180 tot 180</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Zalen</translation>
    </message>
</context>
<context>
    <name>VenueFieldParser</name>
    <message>
        <source>The capacity must be a whole number, not %1.</source>
        <translation>De capaciteit moet een geheel getal zijn, niet %1.</translation>
    </message>
    <message>
        <source>The rating must be a number from 0 to 5, not %1.</source>
        <translation>De beoordeling moet een getal van 0 tot 5 zijn, niet %1.</translation>
    </message>
    <message>
        <source>The rating has one decimal at most, not %1.</source>
        <translation>De beoordeling heeft hoogstens één decimaal, niet %1.</translation>
    </message>
    <message>
        <source>The %1 must be a number, not %2.</source>
        <translation>Het veld %1 moet een getal zijn, niet %2.</translation>
    </message>
</context>
<context>
    <name>VenueImporter</name>
    <message>
        <source>%1 in %2</source>
        <comment>a venue in a city</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Row %1: %2 repeats row %3 of the file.</source>
        <translation>Rij %1: %2 herhaalt rij %3 van het bestand.</translation>
    </message>
    <message>
        <source>Row %1: %2 is already in the venue book.</source>
        <translation>Rij %1: %2 staat al in het locatieboek.</translation>
    </message>
    <message numerus="yes">
        <source>%1 venue(s) to import</source>
        <translation>
            <numerusform>%1 locatie te importeren</numerusform>
            <numerusform>%1 locaties te importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) invalid</source>
        <translation>
            <numerusform>%1 ongeldige rij</numerusform>
            <numerusform>%1 ongeldige rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 duplicate(s) included</source>
        <translation>
            <numerusform>%1 dubbel meegenomen</numerusform>
            <numerusform>%1 dubbels meegenomen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 duplicate(s) skipped</source>
        <translation>
            <numerusform>%1 dubbel overgeslagen</numerusform>
            <numerusform>%1 dubbels overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>summary separator</comment>
        <extracomment>the separator between the parts of an import&apos;s summary: &quot;2 venues to import; 1 row invalid&quot;</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>.</source>
        <comment>summary end</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>read the file</source>
        <translation>Het bestand lezen</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a pipe or a device): save the spreadsheet as a CSV file and import that.</source>
        <translation>%1 is geen gewoon bestand (een map, een pipe of een apparaat): sla het rekenblad op als CSV-bestand en importeer dat.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB: split it into smaller files.</source>
        <translation>%1 is groter dan 1 GB: splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The file is empty: the first row must name the columns (name, city, capacity, ...).</source>
        <translation>Het bestand is leeg: de eerste rij moet de kolommen benoemen (name, city, capacity, ...).</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold the %3; choose one.</source>
        <translation>de kolommen %1 en %2 bevatten allebei %3; kies er een.</translation>
    </message>
    <message>
        <source>No column holds the venue name: the first row must name the columns, one of them &quot;name&quot; (found %1).</source>
        <translation>Geen kolom bevat de naam van de locatie: de eerste rij moet de kolommen benoemen, een ervan &quot;name&quot; (gevonden: %1).</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; a value may hold an unquoted &quot;%3&quot;.</source>
        <translation>de rij heeft %1 velden maar de kop heeft er %2; een waarde bevat misschien een &quot;%3&quot; zonder aanhalingstekens.</translation>
    </message>
    <message>
        <source>the venue name is empty.</source>
        <translation>de naam van de locatie is leeg.</translation>
    </message>
    <message>
        <source>The file has a header row but no venues.</source>
        <translation>Het bestand heeft een koprij maar geen locaties.</translation>
    </message>
    <message>
        <source>import the venues</source>
        <translation>Locaties importeren</translation>
    </message>
    <message>
        <source>1 row of the file is invalid: nothing was imported. Fix it or choose to skip invalid rows.</source>
        <translation>1 rij van het bestand is ongeldig: er is niets geïmporteerd. Verbeter ze of kies ervoor ongeldige rijen over te slaan.</translation>
    </message>
    <message>
        <source>%1 rows of the file are invalid: nothing was imported. Fix them or choose to skip invalid rows.</source>
        <translation>%1 rijen van het bestand zijn ongeldig: er is niets geïmporteerd. Verbeter ze of kies ervoor ongeldige rijen over te slaan.</translation>
    </message>
    <message>
        <source>Every valid row is a duplicate: nothing to import unless duplicates are included.</source>
        <translation>Elke geldige rij is een dubbel: er valt niets te importeren tenzij dubbels worden meegenomen.</translation>
    </message>
    <message>
        <source>The file holds no valid venue: nothing to import.</source>
        <translation>Het bestand bevat geen geldige locatie: er valt niets te importeren.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::CateringModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (verwijderd)</translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation>Cateraar</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::PeopleModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (u)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Cannot sign in until an admin enables them again.</source>
        <translation>Kan zich niet aanmelden tot een beheerder hem weer inschakelt.</translation>
    </message>
    <message>
        <source>The PostgreSQL login role this person signs in with.</source>
        <translation>De PostgreSQL-aanmeldrol waarmee deze persoon zich aanmeldt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Databaseaanmelding</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ProjectListModel</name>
    <message>
        <source>Archived %1</source>
        <translation>Gearchiveerd op %1</translation>
    </message>
    <message>
        <source>Archived with the status %1; read-only until restored.</source>
        <translation>Gearchiveerd met de status %1; alleen-lezen tot het wordt hersteld.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Op shortlist</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Geantwoord</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ShortlistModel</name>
    <message>
        <source>Declined: %1</source>
        <translation>Afgewezen: %1</translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>Capaciteit %1</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>Contact: %1 %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Client history</source>
        <translation>Klanthistoriek</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Contactname</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation>Cateraar</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation>Geoffreerde prijs</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Geantwoord</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>save the quoted price</source>
        <translation>De geoffreerde prijs opslaan</translation>
    </message>
    <message>
        <source>“%1” is not a price; type an amount such as 12500.00.</source>
        <translation>“%1” is geen prijs; typ een bedrag, bv. 12500.00.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::SuggestionModel</name>
    <message>
        <source>%1 seats %2</source>
        <translation>%1 biedt plaats aan %2</translation>
    </message>
    <message>
        <source>rooms do not fit: %1</source>
        <translation>de zalen passen niet: %1</translation>
    </message>
    <message>
        <source>no rooms recorded</source>
        <translation>geen zalen vastgelegd</translation>
    </message>
    <message>
        <source>Seats %1</source>
        <translation>Biedt plaats aan %1</translation>
    </message>
    <message>
        <source>breakout rooms: %1</source>
        <translation>break-outzalen: %1</translation>
    </message>
    <message>
        <source>needs met: %1 of %2</source>
        <translation>behoeften vervuld: %1 van %2</translation>
    </message>
    <message>
        <source>proposed to this client before</source>
        <translation>eerder aan deze klant voorgesteld</translation>
    </message>
    <message>
        <source>replies: %1 of %2</source>
        <translation>antwoorden: %1 van %2</translation>
    </message>
    <message>
        <source>declines: %1</source>
        <translation>afwijzingen: %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>Seats up to %Ln guest(s)</source>
        <translation>
            <numerusform>Biedt plaats aan maximaal %Ln gast</numerusform>
            <numerusform>Biedt plaats aan maximaal %Ln gasten</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity unknown</source>
        <translation>Capaciteit onbekend</translation>
    </message>
    <message>
        <source>No facilities listed</source>
        <translation>Geen voorzieningen vermeld</translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation>Beoordeeld met %1 op 5</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nooit gecontacteerd</translation>
    </message>
    <message numerus="yes">
        <source>Asked %Ln time(s): %1 answered, %2 declined</source>
        <translation>
            <numerusform>%Ln keer gevraagd: %1 geantwoord, %2 afgewezen</numerusform>
            <numerusform>%Ln keer gevraagd: %1 geantwoord, %2 afgewezen</numerusform>
        </translation>
    </message>
    <message>
        <source>The most guests the venue seats; every suggestion seats all the guests.</source>
        <translation>Het grootste aantal gasten dat de locatie aankan; elk voorstel biedt plaats aan alle gasten.</translation>
    </message>
    <message>
        <source>The venue&apos;s rating, out of 5.</source>
        <translation>De beoordeling van de locatie, op 5.</translation>
    </message>
    <message>
        <source>How many of the facilities the project needs the venue has.</source>
        <translation>Hoeveel van de voorzieningen die het project nodig heeft de locatie heeft.</translation>
    </message>
    <message>
        <source>Why the venue fits: its seats, the needs it meets, an earlier proposal to this client and how often it answers.</source>
        <translation>Waarom de locatie past: de plaatsen, de vervulde behoeften, een eerder voorstel aan deze klant en hoe vaak ze antwoordt.</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Needs met</source>
        <translation>Behoeften vervuld</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::VenueListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>A shared venue book for event agencies: venues, client projects, shortlists, outreach and proposals.</source>
        <translation>Een gedeeld locatieboek voor evenementenbureaus: locaties, klantprojecten, shortlists, contactnames en voorstellen.</translation>
    </message>
    <message>
        <source>Database: %1
Qt %2</source>
        <translation>Database: %1
Qt %2</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ActivityPanel</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AddPersonDialog</name>
    <message>
        <source>A password needs at least %1 characters; tell it to them in person, and they change it under Account ▸ Change Password…</source>
        <translation>Een wachtwoord moet minstens %1 tekens hebben; geef het persoonlijk door, waarna de persoon het wijzigt onder Account ▸ Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>They sign in to this PostgreSQL database with their own login, created now. Event managers work with venues and projects; admins also manage people. %1</source>
        <translation>Deze persoon meldt zich bij deze PostgreSQL-database aan met een eigen aanmelding, die nu wordt aangemaakt. Projectleiders werken met locaties en projecten; beheerders beheren ook de personen. %1</translation>
    </message>
    <message>
        <source>They sign in with their email and this password. Event managers work with venues and projects; admins also manage people. %1</source>
        <translation>Deze persoon meldt zich aan met het e-mailadres en dit wachtwoord. Projectleiders werken met locaties en projecten; beheerders beheren ook de personen. %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>De twee wachtwoorden verschillen; typ twee keer hetzelfde.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AddVenuesDialog</name>
    <message>
        <source>Add Venues to the Shortlist</source>
        <translation>Locaties aan de shortlist toevoegen</translation>
    </message>
    <message>
        <source>Name or city contains…</source>
        <translation>Naam of stad bevat…</translation>
    </message>
    <message>
        <source>City (exact)</source>
        <translation>Stad (exact)</translation>
    </message>
    <message>
        <source>any capacity</source>
        <translation>elke capaciteit</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Facilities: stage, parking</source>
        <translation>Voorzieningen: podium, parking</translation>
    </message>
    <message>
        <source>Only venues whose rooms fit: %1</source>
        <translation>Alleen locaties waarvan de zalen passen: %1</translation>
    </message>
    <message>
        <source>Untick to see venues without rooms recorded, or too small, too</source>
        <translation>Vink uit om ook locaties zonder vastgelegde zalen, of te kleine, te zien</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>Selectie &amp;toevoegen</translation>
    </message>
    <message>
        <source>%1 has not quoted for a project yet.</source>
        <translation>%1 heeft nog voor geen enkel project geoffreerd.</translation>
    </message>
    <message>
        <source>Previous quotes from %1:</source>
        <translation>Eerdere offertes van %1:</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln earlier quote(s).</source>
        <translation>
            <numerusform>en %Ln eerdere offerte.</numerusform>
            <numerusform>en %Ln eerdere offertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match; select one or more (Ctrl or Shift for several).</source>
        <translation>%1 gevonden; selecteer er een of meer (Ctrl of Shift voor meerdere).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s) selected.</source>
        <translation>
            <numerusform>%Ln locatie geselecteerd.</numerusform>
            <numerusform>%Ln locaties geselecteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AppController</name>
    <message>
        <source>The connection to the database server was lost. VenueMap keeps what you typed and is reconnecting…</source>
        <translation>De verbinding met de databaseserver is verbroken. VenueMap bewaart wat u hebt ingevoerd en maakt opnieuw verbinding…</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. VenueMap keeps what you typed; reconnecting (attempt %1, next in %2 s)…</source>
        <translation>De verbinding met de databaseserver is verbroken. VenueMap bewaart wat u hebt ingevoerd; opnieuw verbinden (poging %1, volgende over %2 s)…</translation>
    </message>
    <message>
        <source>Connected again. Anything that did not save can be saved now.</source>
        <translation>Weer verbonden. Wat niet is opgeslagen, kan nu worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AttachmentsDialog</name>
    <message>
        <source>Files — %1</source>
        <translation>Bestanden — %1</translation>
    </message>
    <message>
        <source>Contracts, floor plans, certificates and other files for %1. Every colleague sees them.</source>
        <translation>Contracten, plattegronden, certificaten en andere bestanden van %1. Elke collega ziet ze.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AttachmentsList</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add files (PDF, images, text, Office documents; up to 25 MB each), their kind taken from their names; the arrow adds them as a kind you choose. You can also drop files here.</source>
        <translation>Bestanden toevoegen (PDF, afbeeldingen, tekst, Office-documenten; elk tot 25 MB), de soort afgeleid uit de naam; de pijl voegt ze toe als een soort die u kiest. U kunt bestanden ook hierheen slepen.</translation>
    </message>
    <message>
        <source>Add as %1…</source>
        <translation>Toevoegen als %1…</translation>
    </message>
    <message>
        <source>Open a copy with the desktop&apos;s viewer</source>
        <translation>Een kopie openen met de viewer van het bureaublad</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
%2, %3 — added by %4, %5</source>
        <translation>%1
%2, %3 — toegevoegd door %4, %5</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Bestanden laden…</translation>
    </message>
    <message>
        <source>No files yet. Drop contracts, floor plans or certificates here, or choose Add.</source>
        <translation>Nog geen bestanden. Sleep contracten, plattegronden of certificaten hierheen, of kies Toevoegen.</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>Geen bestanden.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Bestanden toevoegen</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;All files (*)</source>
        <translation>Documenten en afbeeldingen (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>VenueMap cannot make a private folder for a copy: %1.</source>
        <translation>VenueMap kan geen privémap maken voor een kopie: %1.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1; use Save As… to keep a copy.</source>
        <translation>Geen programma op deze computer opent %1; gebruik Opslaan als… om een kopie te bewaren.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Een kopie van %1 opslaan</translation>
    </message>
    <message>
        <source>Saved %1 as %2.</source>
        <translation>%1 opgeslagen als %2.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Bestand verwijderen</translation>
    </message>
    <message>
        <source>Remove %1? Colleagues will no longer see it in the list.</source>
        <translation>%1 verwijderen? Collega&apos;s zien het dan niet meer in de lijst.</translation>
    </message>
    <message>
        <source>Added</source>
        <comment>column: when the file was added</comment>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>button: open the file</comment>
        <translation>Openen</translation>
    </message>
    <message>
        <source>open the file</source>
        <translation>Bestand openen</translation>
    </message>
    <message>
        <source>%1 could not be copied for the viewer: %2.</source>
        <translation>%1 kon niet worden gekopieerd voor de viewer: %2.</translation>
    </message>
    <message>
        <source>save the file</source>
        <translation>Bestand opslaan</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 kon niet worden geschreven: %2.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CapacityFilterButton</name>
    <message>
        <source>any number</source>
        <translation>elk aantal</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>elke grootte</translation>
    </message>
    <message>
        <source>Capacity and rooms</source>
        <translation>Capaciteit en zalen</translation>
    </message>
    <message>
        <source>from </source>
        <translation>van </translation>
    </message>
    <message>
        <source>to </source>
        <translation>tot </translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>geen minimum</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>geen maximum</translation>
    </message>
    <message>
        <source>Any layout</source>
        <translation>Elke opstelling</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>gasten</translation>
    </message>
    <message>
        <source>&amp;Venue holds</source>
        <translation>&amp;Locatie biedt plaats aan</translation>
    </message>
    <message>
        <source>seating at least</source>
        <translation>met plaats voor minstens</translation>
    </message>
    <message>
        <source>&amp;One room</source>
        <translation>&amp;Eén zaal</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Breakout rooms</source>
        <translation>&amp;Break-outzalen</translation>
    </message>
    <message>
        <source>A venue holds what its largest room seats. A room counts when it seats the number in that layout; a divisible hall counts as its parts for breakouts.</source>
        <translation>Een locatie biedt plaats aan wat haar grootste zaal telt. Een zaal telt mee als ze dat aantal in die opstelling haalt; een deelbare zaal telt als haar delen voor break-outs.</translation>
    </message>
    <message>
        <source>Any capacity</source>
        <translation>Elke capaciteit</translation>
    </message>
    <message>
        <source>Clear the capacity, room and breakout choices</source>
        <translation>De keuzes voor capaciteit, zalen en break-outs wissen</translation>
    </message>
    <message>
        <source>Capacity, rooms and layouts</source>
        <translation>Capaciteit, zalen en opstellingen</translation>
    </message>
    <message>
        <source>Capacity: any</source>
        <translation>Capaciteit: alle</translation>
    </message>
    <message>
        <source>Filter by the guests a venue holds, or by its rooms in a layout</source>
        <translation>Filteren op het aantal gasten dat een locatie aankan, of op haar zalen in een opstelling</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>Capaciteit: %1</translation>
    </message>
    <message>
        <source>%1–%2 guests</source>
        <translation>%1–%2 gasten</translation>
    </message>
    <message>
        <source>%1+ guests</source>
        <translation>%1+ gasten</translation>
    </message>
    <message>
        <source>up to %1 guests</source>
        <translation>tot %1 gasten</translation>
    </message>
    <message>
        <source>%1+ %2</source>
        <translation>%1+ %2</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>a room for %1+ %2</source>
        <translation>een zaal voor %1+ (%2)</translation>
    </message>
    <message>
        <source>a room with a %1 layout</source>
        <translation>een zaal met opstelling %1</translation>
    </message>
    <message>
        <source>%1 × %2 %3 breakout rooms</source>
        <translation>%1 × %2 break-outzalen (%3)</translation>
    </message>
    <message>
        <source>a %1 breakout room</source>
        <translation>een break-outzaal (%1)</translation>
    </message>
    <message>
        <source>%1 %2 breakout rooms</source>
        <translation>%1 break-outzalen (%2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no breakout rooms</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>in</source>
        <comment>breakout rooms in a layout</comment>
        <translation>in</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CateringDialog</name>
    <message>
        <source>New Caterer</source>
        <translation>Nieuwe cateraar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CateringPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message numerus="yes">
        <source>%Ln caterer(s), %1 deleted</source>
        <translation>
            <numerusform>%Ln cateraar, %1 verwijderd</numerusform>
            <numerusform>%Ln cateraars, %1 verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln caterer(s)</source>
        <translation>
            <numerusform>%Ln cateraar</numerusform>
            <numerusform>%Ln cateraars</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 herstellen</translation>
    </message>
    <message>
        <source>Deleted %1; it stays on the shortlists that chose it.</source>
        <translation>%1 verwijderd; de cateraar blijft op de shortlists die hem kozen.</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 is terug.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ChangePasswordDialog</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Een wachtwoord moet minstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice. %1</source>
        <translation>Typ uw huidige wachtwoord en daarna twee keer het nieuwe. %1</translation>
    </message>
    <message>
        <source>Set a New Password</source>
        <translation>Nieuw wachtwoord instellen</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2) and tell it to them in person; they can change it under Account ▸ Change Password… %3</source>
        <translation>Stel een nieuw wachtwoord in voor %1 (%2) en geef het persoonlijk door; de persoon kan het wijzigen onder Account ▸ Wachtwoord wijzigen… %3</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>De twee nieuwe wachtwoorden verschillen; typ twee keer hetzelfde.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ClientsPanel</name>
    <message>
        <source>&amp;Add to Project</source>
        <translation>Aan project &amp;toevoegen</translation>
    </message>
    <message>
        <source>← All projects</source>
        <translation>← Alle projecten</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Filter clients…</source>
        <translation>Klanten filteren…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation>Geoffreerde prijs</translation>
    </message>
    <message>
        <source>Why the venue declined.</source>
        <translation>Waarom de locatie afwees.</translation>
    </message>
    <message>
        <source>In the proposal of a completed project, and not declined.</source>
        <translation>In het voorstel van een afgerond project, en niet afgewezen.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Put the selected venue on the chosen project&apos;s shortlist.</source>
        <translation>De geselecteerde locatie op de shortlist van het gekozen project zetten.</translation>
    </message>
    <message>
        <source>Pick a client on the left to see the venues used for them.</source>
        <translation>Kies links een klant om de locaties te zien die voor die klant zijn gebruikt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · last event %2</source>
        <translation>%1 · laatste evenement %2</translation>
    </message>
    <message>
        <source>No client yet: the clients of your projects appear here.</source>
        <translation>Nog geen klanten: de klanten van uw projecten verschijnen hier.</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Geschiedenis van %1 lezen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln project(s)</source>
        <translation>
            <numerusform>%1 · %Ln project</numerusform>
            <numerusform>%1 · %Ln projecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln venue(s) used</source>
        <translation>
            <numerusform> · %Ln locatie gebruikt</numerusform>
            <numerusform> · %Ln locaties gebruikt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deleted from the book)</source>
        <translation>%1 (uit het boek verwijderd)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No venue has been shortlisted for %1 yet.</source>
        <translation>Er is nog geen locatie op een shortlist gezet voor %1.</translation>
    </message>
    <message>
        <source>This venue was deleted from the book.</source>
        <translation>Deze locatie is uit het boek verwijderd.</translation>
    </message>
    <message>
        <source>No active project to add the venue to.</source>
        <translation>Geen actief project om de locatie aan toe te voegen.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>column: venue was in the proposal</comment>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>column: venue was booked</comment>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>column: venue declined</comment>
        <translation>Afgewezen</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ConnectionDialog</name>
    <message>
        <source>prefer (default)</source>
        <translation>prefer (standaard)</translation>
    </message>
    <message>
        <source>How the connection is encrypted; ask your administrator when unsure.</source>
        <translation>Hoe de verbinding wordt versleuteld; vraag het uw beheerder bij twijfel.</translation>
    </message>
    <message>
        <source>Leave empty for the local server (Unix socket).</source>
        <translation>Laat leeg voor de lokale server (Unix-socket).</translation>
    </message>
    <message>
        <source>Leave empty when ~/.pgpass or PGPASSWORD provide it.</source>
        <translation>Laat leeg als ~/.pgpass of PGPASSWORD het levert.</translation>
    </message>
    <message>
        <source>Choose a VenueMap File</source>
        <translation>Een VenueMap-bestand kiezen</translation>
    </message>
    <message>
        <source>VenueMap files (*.venuemap *.sqlite);;All files (*)</source>
        <translation>VenueMap-bestanden (*.venuemap *.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>A new database will be created in %1.</source>
        <translation>Er wordt een nieuwe database aangemaakt in %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to; choose another place.</source>
        <translation>In de map %1 kan niet worden geschreven; kies een andere plaats.</translation>
    </message>
    <message>
        <source>Opened the file.</source>
        <translation>Bestand geopend.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbonden.</translation>
    </message>
    <message>
        <source>Opened the file: it is empty and will be set up when you connect.</source>
        <translation>Bestand geopend: het is leeg en wordt ingericht wanneer u verbindt.</translation>
    </message>
    <message>
        <source>Connected: it is empty and will be set up when you connect.</source>
        <translation>Verbonden: de database is leeg en wordt ingericht wanneer u verbindt.</translation>
    </message>
    <message>
        <source>Opened the file: its schema is newer than this VenueMap; install the newer version to use it.</source>
        <translation>Bestand geopend: het schema is nieuwer dan deze VenueMap; installeer de nieuwere versie om het te gebruiken.</translation>
    </message>
    <message>
        <source>Connected: its schema is newer than this VenueMap; install the newer version to use it.</source>
        <translation>Verbonden: het schema is nieuwer dan deze VenueMap; installeer de nieuwere versie om het te gebruiken.</translation>
    </message>
    <message>
        <source>Opened the file: its schema will be brought up to date when you connect.</source>
        <translation>Bestand geopend: het schema wordt bijgewerkt wanneer u verbindt.</translation>
    </message>
    <message>
        <source>Connected: its schema will be brought up to date when you connect.</source>
        <translation>Verbonden: het schema wordt bijgewerkt wanneer u verbindt.</translation>
    </message>
    <message>
        <source>Opened the file: it is up to date.</source>
        <translation>Bestand geopend: het is bijgewerkt.</translation>
    </message>
    <message>
        <source>Connected: it is up to date.</source>
        <translation>Verbonden: de database is bijgewerkt.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::DeclineDialog</name>
    <message>
        <source>Why Did %1 Decline?</source>
        <translation>Waarom wees %1 af?</translation>
    </message>
    <message>
        <source>Choose the reason to mark %1 declined. It is shown to whoever shortlists %1 for %2 again, and counted in Reports.</source>
        <translation>Kies de reden om %1 als afgewezen te markeren. Ze wordt getoond aan wie %1 opnieuw op een shortlist voor %2 zet, en meegeteld in Rapporten.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>Optional: what the venue said</source>
        <translation>Optioneel: wat de locatie zei</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Als afgewezen markeren</translation>
    </message>
    <message>
        <source>Choose the reason first.</source>
        <translation>Kies eerst de reden.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::DemoWorker</name>
    <message>
        <source>load the sample data</source>
        <translation>Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <source>This build of VenueMap has no sample data generator.</source>
        <translation>Deze versie van VenueMap heeft geen generator voor voorbeeldgegevens.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::EmailDraftDialog</name>
    <message>
        <source>Email to %1</source>
        <translation>E-mail aan %1</translation>
    </message>
    <message>
        <source>%1 has no contact email in the venue book; add the address here or in the book.</source>
        <translation>%1 heeft geen contactadres in het locatieboek; voeg het adres hier of in het boek toe.</translation>
    </message>
    <message>
        <source>This venue was already asked; this draft is a reminder.</source>
        <translation>Deze locatie is al gevraagd; dit concept is een herinnering.</translation>
    </message>
    <message>
        <source>Copy the draft or open it in your mail app; after you send it, mark the venue as sent.</source>
        <translation>Kopieer het concept of open het in uw e-mailprogramma; markeer de locatie na het verzenden als verzonden.</translation>
    </message>
    <message>
        <source>Copied. Once you have sent it, mark the venue as sent.</source>
        <translation>Gekopieerd. Markeer de locatie als verzonden zodra u het hebt verzonden.</translation>
    </message>
    <message>
        <source>No mail app answered; copy the draft instead.</source>
        <translation>Geen e-mailprogramma reageerde; kopieer het concept in plaats daarvan.</translation>
    </message>
    <message>
        <source>Handed to your mail app. Once you have sent it, mark the venue as sent.</source>
        <translation>Doorgegeven aan uw e-mailprogramma. Markeer de locatie als verzonden zodra u het hebt verzonden.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::EmailTemplatesDialog</name>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Invoegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Wijzigingen &amp;verwerpen</translation>
    </message>
    <message>
        <source>&amp;Restore Built-in…</source>
        <translation>Ingebouwde tekst &amp;herstellen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Email Templates</source>
        <translation>E-mailsjablonen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;nderwerp:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>Placeholders in braces are filled for each venue; a line whose placeholders are all empty is left out. Write {{ or }} for a brace of its own.</source>
        <translation>Invulvelden tussen accolades worden voor elke locatie ingevuld; een regel waarvan alle invulvelden leeg zijn, wordt weggelaten. Schrijf {{ of }} voor een losse accolade.</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>&amp;Invulvelden:</translation>
    </message>
    <message>
        <source>{%1} — %2</source>
        <translation>{%1} — %2</translation>
    </message>
    <message>
        <source>Put the placeholder where the cursor is in the subject or body</source>
        <translation>Het invulveld invoegen waar de cursor staat in onderwerp of tekst</translation>
    </message>
    <message>
        <source>Preview with a sample project:</source>
        <translation>Voorbeeld met een voorbeeldproject:</translation>
    </message>
    <message>
        <source>Remove the team&apos;s text: emails use the app&apos;s own text again</source>
        <translation>De tekst van het team verwijderen: e-mails gebruiken weer de tekst van de app</translation>
    </message>
    <message>
        <source>Reading the team&apos;s templates…</source>
        <translation>Sjablonen van het team lezen…</translation>
    </message>
    <message>
        <source>The app&apos;s built-in text: the team has not written its own.</source>
        <translation>De ingebouwde tekst van de app: het team heeft geen eigen tekst geschreven.</translation>
    </message>
    <message>
        <source>The team&apos;s text, saved by %1 on %2.</source>
        <translation>De tekst van het team, opgeslagen door %1 op %2.</translation>
    </message>
    <message>
        <source>The team&apos;s text, saved on %1.</source>
        <translation>De tekst van het team, opgeslagen op %1.</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>Aan: %1
Onderwerp: %2

%3</translation>
    </message>
    <message>
        <source>Only an admin can change the email templates.</source>
        <translation>Alleen een beheerder kan de e-mailsjablonen wijzigen.</translation>
    </message>
    <message>
        <source>Saved. Emails in %1 now use the team&apos;s “%2” text.</source>
        <translation>Opgeslagen. E-mails in %1 gebruiken nu de tekst “%2” van het team.</translation>
    </message>
    <message>
        <source>Restore Built-in Text</source>
        <translation>Ingebouwde tekst herstellen</translation>
    </message>
    <message>
        <source>Remove the team&apos;s “%1” text in %2?</source>
        <translation>De tekst “%1” van het team in %2 verwijderen?</translation>
    </message>
    <message>
        <source>Emails in this language then use the app&apos;s built-in text. The team&apos;s text cannot be brought back.</source>
        <translation>E-mails in deze taal gebruiken dan de ingebouwde tekst van de app. De tekst van het team kan niet worden teruggehaald.</translation>
    </message>
    <message>
        <source>&amp;Restore Built-in</source>
        <translation>Ingebouwde tekst &amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Keep the Team&apos;s Text</source>
        <translation>Tekst van het team &amp;behouden</translation>
    </message>
    <message>
        <source>Restored. Emails in %1 use the app&apos;s built-in “%2” text again.</source>
        <translation>Hersteld. E-mails in %1 gebruiken weer de ingebouwde tekst “%2” van de app.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message numerus="yes">
        <source>Close without saving your changes to %n template(s)?</source>
        <translation>
            <numerusform>Sluiten zonder uw wijzigingen aan %n sjabloon op te slaan?</numerusform>
            <numerusform>Sluiten zonder uw wijzigingen aan %n sjablonen op te slaan?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::FirstAdminDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Nobody signs in to this database yet. You are connected as the database login “%1”, which becomes its first admin: give your name and email. Admins then add the rest of the team from the People page, each with their own login.</source>
        <translation>Er meldt zich nog niemand aan bij deze database. U bent verbonden als databasegebruiker “%1”, die de eerste beheerder wordt: geef uw naam en e-mailadres op. Beheerders voegen daarna de rest van het team toe op de pagina Personen, elk met een eigen aanmelding.</translation>
    </message>
    <message>
        <source>This VenueMap file has nobody who can sign in yet. Create the first admin: you sign in with this email and password every time VenueMap starts, and add the rest of the team from the People page. A password needs at least %1 characters.</source>
        <translation>Dit VenueMap-bestand heeft nog niemand die zich kan aanmelden. Maak de eerste beheerder aan: u meldt zich aan met dit e-mailadres en wachtwoord telkens VenueMap start, en voegt de rest van het team toe op de pagina Personen. Een wachtwoord heeft minstens %1 tekens.</translation>
    </message>
    <message>
        <source>Create Admin</source>
        <translation>Beheerder aanmaken</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>De twee wachtwoorden verschillen; typ twee keer hetzelfde.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::FirstStartDialog</name>
    <message>
        <source>Your venue book is empty. To look around first, VenueMap can fill it with sample data: %1 venues in European cities, %2 client projects with shortlists, caterers and a few colleagues.&lt;br&gt;&lt;br&gt;The sample data lives in this file only: &lt;i&gt;%3&lt;/i&gt;</source>
        <translation>Uw locatieboek is leeg. Om eerst rond te kijken kan VenueMap het vullen met voorbeeldgegevens: %1 locaties in Europese steden, %2 klantprojecten met shortlists, cateraars en enkele collega&apos;s.&lt;br&gt;&lt;br&gt;De voorbeeldgegevens staan alleen in dit bestand: &lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&amp;Load Sample Data</source>
        <translation>&amp;Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <source>&amp;Start Empty</source>
        <translation>&amp;Leeg beginnen</translation>
    </message>
    <message>
        <source>This build has no sample data generator.</source>
        <translation>Deze versie heeft geen generator voor voorbeeldgegevens.</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>Voorbeeldgegevens laden…</translation>
    </message>
    <message>
        <source>Loading sample data… %1 of %2</source>
        <translation>Voorbeeldgegevens laden… %1 van %2</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Voorbeeldgegevens geladen.</translation>
    </message>
    <message>
        <source>Loading was cancelled; the venue book is still empty.</source>
        <translation>Het laden is geannuleerd; het locatieboek is nog leeg.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::HoldsPanel</name>
    <message>
        <source>Add &amp;dates…</source>
        <translation>&amp;Datums toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Optie nemen…</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Vrijgeven</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Kalender…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lijst</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
        <source>The holds on a date axis, the project&apos;s dates shaded and other projects&apos; holds on the same rooms drawn faint</source>
        <translation>De opties op een tijdas, de data van het project gearceerd en opties van andere projecten op dezelfde zalen vaag getekend</translation>
    </message>
    <message>
        <source>The month of the selected venue, every room, every project&apos;s holds</source>
        <translation>De maand van de geselecteerde locatie, elke zaal, de opties van elk project</translation>
    </message>
    <message>
        <source>Confirm the selected hold: the booking. A room confirmed for another project on the same dates is refused.</source>
        <translation>De geselecteerde optie bevestigen: de boeking. Een zaal die voor een ander project op dezelfde data bevestigd is, wordt geweigerd.</translation>
    </message>
    <message>
        <source>Release the selected hold; a released first option makes the second option on the same room the first</source>
        <translation>De geselecteerde optie vrijgeven; een vrijgegeven eerste optie maakt de tweede optie op dezelfde zaal de eerste</translation>
    </message>
    <message>
        <source>Release the Hold</source>
        <translation>Optie vrijgeven</translation>
    </message>
    <message>
        <source>Release %1 for %2? The venue may give the dates to someone else; this cannot be undone.</source>
        <translation>%1 voor %2 vrijgeven? De locatie kan de data aan iemand anders geven; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Keep the Hold</source>
        <translation>Optie &amp;behouden</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (voorkeur)</translation>
    </message>
    <message>
        <source>No dates yet: add the preferred dates and any alternates, then hold rooms.</source>
        <translation>Nog geen data: voeg de voorkeursdata en eventuele alternatieven toe en neem dan opties op zalen.</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>%1 · whole venue</source>
        <translation>%1 · hele locatie</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>
Placed by %1</source>
        <translation>
Genomen door %1</translation>
    </message>
    <message>
        <source>Hold a room of %1 for one of the project&apos;s dates</source>
        <translation>Een optie nemen op een zaal van %1 voor een van de data van het project</translation>
    </message>
    <message>
        <source>Select a venue in the shortlist to hold one of its rooms</source>
        <translation>Selecteer een locatie op de shortlist om een optie op een van haar zalen te nemen</translation>
    </message>
    <message>
        <source>Add Dates</source>
        <translation>Datums toevoegen</translation>
    </message>
    <message>
        <source>The &amp;preferred dates (the others are alternates)</source>
        <translation>De &amp;voorkeursdata (de andere zijn alternatieven)</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Eerste dag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <source>Dates %1 added.</source>
        <translation>Data %1 toegevoegd.</translation>
    </message>
    <message>
        <source>hold a room</source>
        <translation>Een optie op een zaal nemen</translation>
    </message>
    <message>
        <source>Add the project&apos;s dates first (Add dates…): a hold is for one of them.</source>
        <translation>Voeg eerst de data van het project toe (Data toevoegen…): een optie geldt voor een ervan.</translation>
    </message>
    <message>
        <source>Hold a Room at %1</source>
        <translation>Optie op een zaal van %1 nemen</translation>
    </message>
    <message>
        <source>The whole venue</source>
        <translation>De hele locatie</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Verloopt op</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Zaal</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>%1 is held: %2.</source>
        <translation>%1 is in optie: %2.</translation>
    </message>
    <message>
        <source>%1 is confirmed for %2.</source>
        <translation>%1 is bevestigd voor %2.</translation>
    </message>
    <message>
        <source>%1 is released.</source>
        <translation>%1 is vrijgegeven.</translation>
    </message>
    <message>
        <source>The second option of %1 is now the first.</source>
        <translation>De tweede optie van %1 is nu de eerste.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a space at a venue</comment>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::HoldsTimeline</name>
    <message>
        <source>Holds timeline</source>
        <translation>Tijdlijn van de opties</translation>
    </message>
    <message>
        <source>%1 (whole venue)</source>
        <translation>%1 (hele locatie)</translation>
    </message>
    <message>
        <source>preferred dates</source>
        <translation>voorkeursdata</translation>
    </message>
    <message>
        <source>other projects</source>
        <translation>andere projecten</translation>
    </message>
    <message>
        <source>Another project: %1</source>
        <translation>Ander project: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Verloopt op %1</translation>
    </message>
    <message>
        <source>No holds yet: select a venue and Hold…</source>
        <translation>Nog geen opties: selecteer een locatie en Optie nemen…</translation>
    </message>
    <message>
        <source>expires</source>
        <comment>timeline legend: where a hold expires</comment>
        <translation>verloopt</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Why it is a duplicate</source>
        <translation>Waarom het een dubbel is</translation>
    </message>
    <message>
        <source>Choose a CSV file of venues (and their rooms), or a rooms file alone. Nothing is written until you press Import.</source>
        <translation>Kies een CSV-bestand met locaties (en hun zalen), of alleen een zalenbestand. Er wordt niets geschreven tot u op Importeren klikt.</translation>
    </message>
    <message>
        <source>Import Venues</source>
        <translation>Locaties importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import Rooms</source>
        <translation>Zalen importeren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— niet geïmporteerd —</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>zalen</translation>
    </message>
    <message>
        <source>%1 (rooms)</source>
        <translation>%1 (zalen)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemen (%1)</translation>
    </message>
    <message>
        <source>Repeats row %1 of the file</source>
        <translation>Herhaalt rij %1 van het bestand</translation>
    </message>
    <message>
        <source>Already in the venue book</source>
        <translation>Al in het locatieboek</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Dubbels (%1)</translation>
    </message>
    <message>
        <source>The rooms file has 1 problem (see Problems): nothing is imported until it is fixed and chosen again.</source>
        <translation>Het zalenbestand heeft 1 probleem (zie Problemen): er wordt niets geïmporteerd tot het is verbeterd en opnieuw gekozen.</translation>
    </message>
    <message>
        <source>The rooms file has %1 problems (see Problems): nothing is imported until they are fixed and the file is chosen again.</source>
        <translation>Het zalenbestand heeft %1 problemen (zie Problemen): er wordt niets geïmporteerd tot ze zijn verbeterd en het bestand opnieuw is gekozen.</translation>
    </message>
    <message>
        <source>Choose which column holds the venue name on the Columns tab.</source>
        <translation>Kies op het tabblad Kolommen welke kolom de naam van de locatie bevat.</translation>
    </message>
    <message>
        <source>Fix the file and choose it again, or skip the invalid rows.</source>
        <translation>Verbeter het bestand en kies het opnieuw, of sla de ongeldige rijen over.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Venue(s)</source>
        <translation>
            <numerusform>%Ln locatie &amp;importeren</numerusform>
            <numerusform>%Ln locaties &amp;importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import %1 and %2</source>
        <comment>2 Venues and 3 Rooms</comment>
        <translation>%1 en %2 &amp;importeren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Venue(s)</source>
        <translation>
            <numerusform>%Ln locatie</numerusform>
            <numerusform>%Ln locaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Room(s)</source>
        <translation>
            <numerusform>%Ln zaal</numerusform>
            <numerusform>%Ln zalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Room(s)</source>
        <translation>
            <numerusform>%Ln zaal &amp;importeren</numerusform>
            <numerusform>%Ln zalen &amp;importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln zaal</numerusform>
            <numerusform>%Ln zalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %Ln venue(s) already in the book.</source>
        <translation>
            <numerusform>%1 geïmporteerd in %Ln locatie die al in het boek stond.</numerusform>
            <numerusform>%1 geïmporteerd in %Ln locaties die al in het boek stonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation>
            <numerusform>%Ln locatie</numerusform>
            <numerusform>%Ln locaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%1 geïmporteerd uit %2.</translation>
    </message>
    <message>
        <source>Imported %1 from %2 with %3.</source>
        <translation>%1 geïmporteerd uit %2 met %3.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ImportHistoryDialog</name>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Still in the book</source>
        <translation>Nog in het boek</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (ongedaan gemaakt)</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>een script</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <source>Remove the venue imported from %1?</source>
        <translation>De locatie die uit %1 is geïmporteerd verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln venue(s) imported from %1?</source>
        <translation>
            <numerusform>De %Ln locatie die uit %1 is geïmporteerd verwijderen?</numerusform>
            <numerusform>De %Ln locaties die uit %1 zijn geïmporteerd verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They move to the deleted venues with their rooms, where they can still be restored one by one.</source>
        <translation>Ze gaan met hun zalen naar de verwijderde locaties, waar ze nog één voor één kunnen worden hersteld.</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>column: when</comment>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>By</source>
        <comment>column: who imported</comment>
        <translation>Door</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Venue(s)</source>
        <translation>
            <numerusform>%n locatie verwijderen</numerusform>
            <numerusform>%n locaties verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MainWindow</name>
    <message>
        <source>Holds expiring within %1 days: %2. The Projects page (Ctrl+2) lists them.</source>
        <translation>Opties die binnen %1 dagen verlopen: %2. De pagina Projecten (Ctrl+2) toont ze.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln imported venue(s).</source>
        <translation>
            <numerusform>%Ln geïmporteerde locatie verwijderd.</numerusform>
            <numerusform>%Ln geïmporteerde locaties verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project first: its proposal is made from its shortlist.</source>
        <translation>Open eerst een project: het voorstel wordt gemaakt van de shortlist.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>This database is read-only: you can look at everything, but changes cannot be saved.</source>
        <translation>Deze database is alleen-lezen: u kunt alles bekijken, maar wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>The open database. File ▸ Connect… opens another.</source>
        <translation>De geopende database. Bestand ▸ Verbinden… opent een andere.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <source>local</source>
        <comment>database server: this computer</comment>
        <translation>lokaal</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MigrationDialog</name>
    <message>
        <source>Updating the Database</source>
        <translation>De database bijwerken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Setting up a new database&lt;/b&gt;</source>
        <translation>&lt;b&gt;Een nieuwe database inrichten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Updating the database from version %1 to %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;De database bijwerken van versie %1 naar %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Stop waiting for the other client</source>
        <translation>Niet langer wachten op de andere client</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Keeping a copy of the database before updating it…</source>
        <translation>Een kopie van de database maken voor het bijwerken…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database is updated to version %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;De database is bijgewerkt naar versie %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A copy of the database as it was before the update is kept in this file (“venuemapctl restore FILE --force” puts it back if you ever need it):</source>
        <translation>Een kopie van de database zoals die vóór het bijwerken was, wordt bewaard in dit bestand (“venuemapctl restore FILE --force” zet ze terug als dat ooit nodig is):</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Waiting for %1 to finish updating the database…</source>
        <translation>Wachten tot %1 klaar is met het bijwerken van de database…</translation>
    </message>
    <message>
        <source>Applying %1 (%2 of %3)…</source>
        <translation>%1 toepassen (%2 van %3)…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MigrationWorker</name>
    <message>
        <source>keep a copy of the database before migrating</source>
        <translation>Een kopie van de database bewaren voor de migratie</translation>
    </message>
    <message>
        <source> The database was not migrated; a database owner can run `venuemapctl migrate up` after making a copy another way.</source>
        <translation> De database is niet gemigreerd; een eigenaar van de database kan `venuemapctl migrate up` uitvoeren nadat hij op een andere manier een kopie heeft gemaakt.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::OutreachPanel</name>
    <message>
        <source>Venues</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Email draft…</source>
        <translation>E-mailconcept…</translation>
    </message>
    <message>
        <source>Answer by…</source>
        <translation>Antwoord verwacht…</translation>
    </message>
    <message>
        <source>Outreach by status</source>
        <translation>Contactname per status</translation>
    </message>
    <message>
        <source>Venues asked that have not answered yet: %1 and %2.</source>
        <translation>Gevraagde locaties die nog niet hebben geantwoord: %1 en %2.</translation>
    </message>
    <message>
        <source>Chase when waiting more than</source>
        <translation>Opvolgen na meer dan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Antwoord vóór</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Gevraagd op</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Change answer-by date of the selected venue</source>
        <translation>De datum ‘antwoord verwacht op’ van de geselecteerde locatie wijzigen</translation>
    </message>
    <message>
        <source>Change answer-by date…</source>
        <translation>Antwoorddatum wijzigen…</translation>
    </message>
    <message>
        <source>Select a venue in the chase list first.</source>
        <translation>Selecteer eerst een locatie in de opvolglijst.</translation>
    </message>
    <message>
        <source>%1 should answer by %2.</source>
        <translation>%1 moet antwoorden op %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for a reply</source>
        <translation>
            <numerusform>%Ln wachtend</numerusform>
            <numerusform>%Ln wachtend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln dag te laat</numerusform>
            <numerusform>%Ln dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Was due to answer by %1.</source>
        <translation>Moest antwoorden op %1.</translation>
    </message>
    <message>
        <source>Nobody to chase.</source>
        <translation>Niemand om op te volgen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s) to chase.</source>
        <translation>
            <numerusform>%Ln locatie om op te volgen.</numerusform>
            <numerusform>%Ln locaties om op te volgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>column: days waiting for an answer</comment>
        <translation>Wacht</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PasswordDialog</name>
    <message>
        <source>the local server</source>
        <translation>de lokale server</translation>
    </message>
    <message>
        <source>The server at %1 refused the password for %2. Enter it again:</source>
        <translation>De server op %1 weigerde het wachtwoord voor %2. Voer het opnieuw in:</translation>
    </message>
    <message>
        <source>Enter the password of %1 for the database at %2:</source>
        <translation>Voer het wachtwoord van %1 in voor de database op %2:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PasswordStore</name>
    <message>
        <source>VenueMap cannot remember your password on this computer because no keychain service is running; it will ask for it again next time.</source>
        <translation>VenueMap kan uw wachtwoord op deze computer niet onthouden omdat er geen sleutelbosdienst draait; het wordt de volgende keer opnieuw gevraagd.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PeoplePage</name>
    <message>
        <source>Everybody who signs in to this database. Event managers work with venues, projects and caterers; admins also manage people here.</source>
        <translation>Iedereen die zich bij deze database aanmeldt. Projectleiders werken met locaties, projecten en cateraars; beheerders beheren hier ook de personen.</translation>
    </message>
    <message>
        <source>In an embedded file VenueMap itself checks roles: anyone who can copy the file can read it. Use a PostgreSQL database for a team.</source>
        <translation>In een ingebed bestand controleert VenueMap zelf de rollen: wie het bestand kan kopiëren, kan het lezen. Gebruik een PostgreSQL-database voor een team.</translation>
    </message>
    <message>
        <source>Make Event Manager</source>
        <translation>Projectleider maken</translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation>Beheerder maken</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>Another admin does this for you; your own password is under Account.</source>
        <translation>Een andere beheerder doet dit voor u; uw eigen wachtwoord vindt u onder Account.</translation>
    </message>
    <message>
        <source>%1 was added as admin.</source>
        <translation>%1 is toegevoegd als beheerder.</translation>
    </message>
    <message>
        <source>%1 was added as event manager.</source>
        <translation>%1 is toegevoegd als projectleider.</translation>
    </message>
    <message>
        <source>%1 is now an admin.</source>
        <translation>%1 is nu beheerder.</translation>
    </message>
    <message>
        <source>%1 is now an event manager.</source>
        <translation>%1 is nu projectleider.</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 is uitgeschakeld en kan zich niet aanmelden.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kan zich weer aanmelden.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 heeft een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? They can no longer sign in, and this cannot be undone. People with activity in the log can only be disabled.</source>
        <translation>%1 (%2) verwijderen? Deze persoon kan zich dan niet meer aanmelden, en dit kan niet ongedaan worden gemaakt. Personen met activiteit in het logboek kunnen alleen worden uitgeschakeld.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 is verwijderd.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PhotoGallery</name>
    <message>
        <source>No photos yet. Drop image files here or choose Add.</source>
        <translation>Nog geen foto&apos;s. Sleep afbeeldingen hierheen of kies Toevoegen.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Naar voren</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Naar achteren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>%1 × %2 pixels. Double-click for a larger view.</source>
        <translation>%1 × %2 pixels. Dubbelklik voor een grotere weergave.</translation>
    </message>
    <message>
        <source>Loading photos…</source>
        <translation>Foto&apos;s laden…</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>Geen foto&apos;s.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Foto&apos;s toevoegen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Afbeeldingen (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>‹ &amp;Previous</source>
        <translation>‹ &amp;Vorige</translation>
    </message>
    <message>
        <source>Previous photo (←)</source>
        <translation>Vorige foto (←)</translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation>Volge&amp;nde ›</translation>
    </message>
    <message>
        <source>Next photo (→)</source>
        <translation>Volgende foto (→)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systeemtaal (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Windows, menus, dates and numbers. Proposals and emails to a client are written in the language of their project.</source>
        <translation>Vensters, menu’s, datums en getallen. Voorstellen en e-mails aan een klant worden opgesteld in de taal van het project.</translation>
    </message>
    <message>
        <source>VenueMap speaks %1 from its next start.</source>
        <translation>Taal vanaf de volgende start: %1.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectDialog</name>
    <message>
        <source>any layout</source>
        <translation>elke opstelling</translation>
    </message>
    <message>
        <source>“%1” is not a date, so the event date is still %2. Type the day, month and year, e.g. 12 Feb 2027 or 12.02.2027.</source>
        <translation>“%1” is geen datum, dus de datum van het evenement blijft %2. Typ dag, maand en jaar, bv. 12 feb. 2027 of 12.02.2027.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>The list of facilities could not be read; the project&apos;s needs are kept as they are.</source>
        <translation>De lijst met voorzieningen kon niet worden gelezen; de behoeften van het project blijven ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>Say how the %n breakout room(s) are set up (Theatre, Classroom, …), or set the breakouts to none.</source>
        <translation>
            <numerusform>Geef aan hoe %n break-outzaal is opgesteld (Theater, School, …), of zet de break-outs op ‘geen’.</numerusform>
            <numerusform>Geef aan hoe de %n break-outzalen zijn opgesteld (Theater, School, …), of zet de break-outs op ‘geen’.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say how many people each breakout room seats, or set the breakouts to none.</source>
        <translation>Geef aan hoeveel personen elke break-outzaal kan ontvangen, of zet de break-outs op ‘geen’.</translation>
    </message>
    <message>
        <source>The budget must be an amount of zero or more, such as 25000.00.</source>
        <translation>Het budget moet een bedrag van nul of meer zijn, bv. 25000.00.</translation>
    </message>
    <message>
        <source>Someone else saved this project while you were editing. Their version is shown now; make your changes again and save.</source>
        <translation>Iemand anders heeft dit project opgeslagen terwijl u het bewerkte. Die versie wordt nu getoond; breng uw wijzigingen opnieuw aan en sla op.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectWorkspace</name>
    <message>
        <source>F&amp;iles…</source>
        <translation>Bes&amp;tanden…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Contactname</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Contracts, floor plans and other files of the selected venue</source>
        <translation>Contracten, plattegronden en andere bestanden van de geselecteerde locatie</translation>
    </message>
    <message>
        <source>Marked %1 as sent.</source>
        <translation>%1 gemarkeerd als verzonden.</translation>
    </message>
    <message>
        <source>Removed %1 from the shortlist.</source>
        <translation>%1 van de shortlist gehaald.</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>Project openen…</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Het project kon niet worden geopend</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln gast</numerusform>
            <numerusform>%Ln gasten</numerusform>
        </translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>behoeften: %1</translation>
    </message>
    <message>
        <source>rooms: %1 (%2 of %3 venues fit)</source>
        <translation>zalen: %1 (%2 van %3 locaties passen)</translation>
    </message>
    <message>
        <source>rooms: %1</source>
        <translation>zalen: %1</translation>
    </message>
    <message>
        <source>No venues on this shortlist yet. Add them from the venue book with “Add venues…”, or let “Suggest venues…” pick ones that fit.</source>
        <translation>Nog geen locaties op deze shortlist. Voeg ze toe uit het locatieboek met “Locaties toevoegen…”, of laat “Locaties voorstellen…” passende locaties kiezen.</translation>
    </message>
    <message>
        <source>Add venues…</source>
        <translation>Locaties toevoegen…</translation>
    </message>
    <message>
        <source>Someone else changed this venue&apos;s row in the meantime. Their version is shown now and yours was not saved; make your change again if it still applies.</source>
        <translation>Iemand anders heeft de rij van deze locatie intussen gewijzigd. Die versie wordt nu getoond en de uwe is niet opgeslagen; breng uw wijziging opnieuw aan als die nog geldt.</translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation>Dit project is gearchiveerd. Herstel het om het te wijzigen.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Bring the project back to the list with the status it had, and allow changes</source>
        <translation>Het project terugzetten in de lijst met de status die het had, en wijzigingen toestaan</translation>
    </message>
    <message>
        <source>(Archived %1; status %2.)</source>
        <translation>(Gearchiveerd op %1; status %2.)</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln venue(s) to the shortlist.</source>
        <translation>
            <numerusform>%Ln locatie aan de shortlist toegevoegd.</numerusform>
            <numerusform>%Ln locaties aan de shortlist toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already on the shortlist, not added again: %1.</source>
        <translation>Staat al op de shortlist, niet opnieuw toegevoegd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted from the book meanwhile: %Ln venue(s).</source>
        <translation>
            <numerusform>Intussen uit het locatieboek verwijderd: %Ln locatie.</numerusform>
            <numerusform>Intussen uit het locatieboek verwijderd: %Ln locaties.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not marked declined: a decline needs a reason.</source>
        <translation>Niet als afgewezen gemarkeerd: een afwijzing vereist een reden.</translation>
    </message>
    <message>
        <source>Remove %1 from the Shortlist</source>
        <translation>%1 van de shortlist halen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 op %2 zetten</translation>
    </message>
    <message>
        <source>Edit %1 on the Shortlist</source>
        <translation>%1 op de shortlist bewerken</translation>
    </message>
    <message>
        <source>%1 is back on the shortlist.</source>
        <translation>%1 staat weer op de shortlist.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Ongedaan gemaakt: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Opnieuw uitgevoerd: %1.</translation>
    </message>
    <message>
        <source>Add %1 to the Shortlist</source>
        <translation>%1 aan de shortlist toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Venue(s) to the Shortlist</source>
        <translation>
            <numerusform>%n locatie aan de shortlist toevoegen</numerusform>
            <numerusform>%n locaties aan de shortlist toevoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s) · %1 in proposal · %2</source>
        <translation>
            <numerusform>%Ln locatie · %1 in voorstel · %2</numerusform>
            <numerusform>%Ln locaties · %1 in voorstel · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation>Gearchiveerd op %1</translation>
    </message>
    <message>
        <source>%1 shown · %2 active · %3 completed · %4 cancelled</source>
        <translation>%1 getoond · %2 actief · %3 afgerond · %4 geannuleerd</translation>
    </message>
    <message>
        <source>Holds expiring within %1 days (%2; nothing is sent without you):</source>
        <translation>Opties die binnen %1 dagen verlopen (%2; er wordt niets verzonden zonder u):</translation>
    </message>
    <message>
        <source>• %1 for %2: %3 expires %4</source>
        <translation>• %1 voor %2: %3 verloopt op %4</translation>
    </message>
    <message>
        <source>…and %1 more (venuemapctl holds list --expiring %2).</source>
        <translation>…en nog %1 (venuemapctl holds list --expiring %2).</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hiveren…</translation>
    </message>
    <message>
        <source>Bring the project back to the list with the status it had, and allow changes</source>
        <translation>Het project terugzetten in de lijst met de status die het had, en wijzigingen toestaan</translation>
    </message>
    <message>
        <source>Hide the project from the list and make it read-only; it can be restored</source>
        <translation>Het project uit de lijst verbergen en alleen-lezen maken; het kan worden hersteld</translation>
    </message>
    <message>
        <source>Archive project</source>
        <translation>Project archiveren</translation>
    </message>
    <message>
        <source>Archive “%1”?</source>
        <translation>“%1” archiveren?</translation>
    </message>
    <message>
        <source>It leaves the list (Show archived brings it back into view) and nobody can change it, its shortlist, dates or holds until it is restored. Its status (%1) is kept.</source>
        <translation>Het verdwijnt uit de lijst (Gearchiveerde tonen maakt het weer zichtbaar) en niemand kan het project, de shortlist, de data of de opties wijzigen tot het is hersteld. De status (%1) blijft behouden.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Archived %1. Show archived lists it; Restore brings it back.</source>
        <translation>%1 gearchiveerd. Gearchiveerde tonen toont het; Herstellen haalt het terug.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 hersteld.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 aangemaakt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProposalPreviewDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Reading the proposal…</source>
        <translation>Voorstel lezen…</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Voorstel: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; voor %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation>
            <numerusform>%Ln locatie</numerusform>
            <numerusform>%Ln locaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the proposal as %1.</source>
        <translation>Voorstel opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Saved the proposal’s venues as %1.</source>
        <translation>Locaties van het voorstel opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Save Proposal</source>
        <translation>Voorstel opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save Proposal as CSV</source>
        <translation>Voorstel opslaan als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The language the proposal is written in; the project&apos;s client language unless you choose another here.</source>
        <translation>De taal waarin het voorstel is opgesteld; de taal van de klant van het project, tenzij u hier een andere kiest.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProposalSettingsDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::QuotesDialog</name>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Omvat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Geldig tot</translation>
    </message>
    <message>
        <source>&amp;Add quote</source>
        <translation>Offerte &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;New quote</source>
        <translation>&amp;Nieuwe offerte</translation>
    </message>
    <message>
        <source>&amp;Remove quote…</source>
        <translation>Offerte &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Quotes from %1</source>
        <translation>Offertes van %1</translation>
    </message>
    <message>
        <source>What %1 quoted for this project, latest first. The latest quote is the shortlist&apos;s quoted price.</source>
        <translation>Wat %1 voor dit project offreerde, nieuwste eerst. De laatste offerte bepaalt de geoffreerde prijs op de shortlist.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>the total, e.g. 12500.00</source>
        <translation>het totaal, bv. 12500.00</translation>
    </message>
    <message>
        <source>The quote&apos;s currency: a three-letter ISO 4217 code (EUR, GBP, USD…)</source>
        <translation>De munt van de offerte: een ISO 4217-code van drie letters (EUR, GBP, USD…)</translation>
    </message>
    <message>
        <source>What the amount covers; a minimum spend is what the event must spend at least</source>
        <translation>Wat het bedrag omvat; een minimale besteding is wat het evenement minstens moet besteden</translation>
    </message>
    <message>
        <source>catering, e.g. 85.00</source>
        <translation>catering, bv. 85.00</translation>
    </message>
    <message>
        <source>e.g. includes AV and cloakroom; 10% deposit</source>
        <translation>bv. inclusief AV en vestiaire; 10% voorschot</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Bedrag</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>Ontv&amp;angen</translation>
    </message>
    <message>
        <source>C&amp;overs</source>
        <translation>O&amp;mvat</translation>
    </message>
    <message>
        <source>&amp;Per head</source>
        <translation>&amp;Per persoon</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Not&amp;itie</translation>
    </message>
    <message>
        <source>Rate history: what %1 quoted for other projects</source>
        <translation>Tariefhistoriek: wat %1 voor andere projecten offreerde</translation>
    </message>
    <message>
        <source>The latest quote: the shortlist&apos;s quoted price</source>
        <translation>De laatste offerte: de geoffreerde prijs op de shortlist</translation>
    </message>
    <message>
        <source>No quote yet: add the first one below.</source>
        <translation>Nog geen offerte: voeg hieronder de eerste toe.</translation>
    </message>
    <message>
        <source>Rate history: %1 has not quoted for another project yet.</source>
        <translation>Tariefhistoriek: %1 heeft nog voor geen ander project geoffreerd.</translation>
    </message>
    <message numerus="yes">
        <source>Rate history: what %1 quoted for other projects (%Ln quote(s))</source>
        <translation>
            <numerusform>Tariefhistoriek: wat %1 voor andere projecten offreerde (%Ln offerte)</numerusform>
            <numerusform>Tariefhistoriek: wat %1 voor andere projecten offreerde (%Ln offertes)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen &amp;opslaan</translation>
    </message>
    <message>
        <source>Amount: type the quote&apos;s total, such as 12500.00.</source>
        <translation>Bedrag: typ het totaal van de offerte, bv. 12500.00.</translation>
    </message>
    <message>
        <source>Amount: “%1” is not an amount; type the total, such as 12500.00.</source>
        <translation>Bedrag: “%1” is geen bedrag; typ het totaal, bv. 12500.00.</translation>
    </message>
    <message>
        <source>Per head: “%1” is not an amount; type a price such as 85.00.</source>
        <translation>Per persoon: “%1” is geen bedrag; typ een prijs, bv. 85.00.</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 added.</source>
        <translation>Offerte van %1 van %2 toegevoegd.</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 saved.</source>
        <translation>Offerte van %1 van %2 opgeslagen.</translation>
    </message>
    <message>
        <source>Remove the Quote</source>
        <translation>Offerte verwijderen</translation>
    </message>
    <message>
        <source>Remove the quote of %1 received on %2? The shortlist&apos;s price becomes the quote before it.</source>
        <translation>De offerte van %1, ontvangen op %2, verwijderen? De prijs op de shortlist wordt dan die van de vorige offerte.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Keep the Quote</source>
        <translation>Offerte &amp;behouden</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 removed.</source>
        <translation>Offerte van %1 van %2 verwijderd.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ReportsPage</name>
    <message>
        <source>← All projects</source>
        <translation>← Alle projecten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Declines by reason</source>
        <translation>Afwijzingen per reden</translation>
    </message>
    <message>
        <source>By venue</source>
        <translation>Per locatie</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>Per stad</translation>
    </message>
    <message>
        <source>No venue has declined yet. A decline&apos;s reason is chosen when a venue on a shortlist is marked Declined.</source>
        <translation>Nog geen enkele locatie heeft afgewezen. De reden van afwijzing wordt gekozen wanneer een locatie op een shortlist als Afgewezen wordt gemarkeerd.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>(no city)</source>
        <translation>(geen stad)</translation>
    </message>
    <message>
        <source>Venues by city</source>
        <translation>Locaties per stad</translation>
    </message>
    <message>
        <source>Projects by status</source>
        <translation>Projecten per status</translation>
    </message>
    <message>
        <source>Outreach of active projects</source>
        <translation>Contactname van actieve projecten</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>column header: how many</comment>
        <translation>Aantal</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::RespondByDialog</name>
    <message>
        <source>Change Answer-by Date</source>
        <translation>Datum ‘antwoord verwacht op’ wijzigen</translation>
    </message>
    <message>
        <source>The day %1 should answer by:</source>
        <translation>De dag waarop %1 uiterlijk moet antwoorden:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>&amp;Answer by:</source>
        <translation>&amp;Antwoord verwacht op:</translation>
    </message>
    <message>
        <source>Answer by: &quot;%1&quot; is not a date; the date before it is kept.</source>
        <translation>Antwoord verwacht op: “%1” is geen datum; de vorige datum blijft behouden.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ShortlistDelegate</name>
    <message>
        <source>(no caterer)</source>
        <translation>(geen cateraar)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (verwijderd)</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SignInDialog</name>
    <message>
        <source>the venue book %1</source>
        <translation>het locatieboek %1</translation>
    </message>
    <message>
        <source>the team database “%1” on %2</source>
        <translation>de teamdatabase “%1” op %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>Sign in with the email and password an admin gave you for %1.</source>
        <translation>Meld u aan met het e-mailadres en het wachtwoord die een beheerder u voor %1 heeft gegeven.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>Wacht %1 s</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SpacesList</name>
    <message>
        <source>Reading the rooms…</source>
        <translation>Zalen lezen…</translation>
    </message>
    <message>
        <source>The rooms could not be read: %1</source>
        <translation>De zalen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No rooms recorded.</source>
        <translation>Geen zalen vastgelegd.</translation>
    </message>
    <message>
        <source>Matches the room filter (%1)</source>
        <translation>Voldoet aan de zaalfilter (%1)</translation>
    </message>
    <message>
        <source>%1 (part of %2)</source>
        <translation>%1 (deel van %2)</translation>
    </message>
    <message>
        <source>%1 — no capacities recorded</source>
        <translation>%1 — geen capaciteiten vastgelegd</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>Verdieping %1</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 m ceiling</source>
        <translation>%1 m plafondhoogte</translation>
    </message>
    <message>
        <source>daylight</source>
        <translation>daglicht</translation>
    </message>
    <message>
        <source>no daylight</source>
        <translation>geen daglicht</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SpacesTable</name>
    <message>
        <source>&amp;Add Space</source>
        <translation>Zaal &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Verdieping</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>Opp. m²</translation>
    </message>
    <message>
        <source>Ceiling m</source>
        <translation>Plafond m</translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation>Daglicht</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Deel van</translation>
    </message>
    <message>
        <source>Guests in the %1 layout</source>
        <translation>Gasten in de opstelling %1</translation>
    </message>
    <message>
        <source>Access, pillars, blackout, what divides it…</source>
        <translation>Toegang, pilaren, verduistering, wat ze opdeelt…</translation>
    </message>
    <message>
        <source>Capacities are guests per layout; leave a layout empty when the space is not set up that way.</source>
        <translation>Capaciteiten zijn aantallen gasten per opstelling; laat een opstelling leeg als de zaal niet zo kan worden opgesteld.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Whether the space has daylight (—: not known)</source>
        <translation>Of de zaal daglicht heeft (—: onbekend)</translation>
    </message>
    <message>
        <source>The hall this space is a part of, when the hall divides</source>
        <translation>De grote zaal waarvan deze zaal deel uitmaakt, als die deelbaar is</translation>
    </message>
    <message>
        <source>(space %1)</source>
        <translation>(zaal %1)</translation>
    </message>
    <message>
        <source>Notes on the new space</source>
        <translation>Notities bij de nieuwe zaal</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Notities bij %1</translation>
    </message>
    <message>
        <source>Notes on the current space</source>
        <translation>Notities bij de huidige zaal</translation>
    </message>
    <message>
        <source>space %1</source>
        <translation>zaal %1</translation>
    </message>
    <message>
        <source>The area of %1 is not a number (&quot;%2&quot;); type it in m², e.g. 420.</source>
        <translation>De oppervlakte van %1 is geen getal (&quot;%2&quot;); typ ze in m², bv. 420.</translation>
    </message>
    <message>
        <source>The ceiling height of %1 is not a number (&quot;%2&quot;); type it in m, e.g. 4.5.</source>
        <translation>De plafondhoogte van %1 is geen getal (&quot;%2&quot;); typ ze in m, bv. 4.5.</translation>
    </message>
    <message>
        <source>%1 seats %2 as a boardroom but only %3 as a theatre; a boardroom usually seats fewer. It is saved as typed.</source>
        <translation>%1 biedt plaats aan %2 in boardroomopstelling maar slechts aan %3 in theateropstelling; een boardroomopstelling telt meestal minder plaatsen. De waarde wordt opgeslagen zoals getypt.</translation>
    </message>
    <message>
        <source>A space</source>
        <translation>Een zaal</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a space&apos;s name quoted in a sentence</comment>
        <translation>&quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::StartupFlow</name>
    <message>
        <source>open the database</source>
        <translation>De database openen</translation>
    </message>
    <message>
        <source>The database&apos;s schema history does not match this VenueMap.</source>
        <translation>De schemageschiedenis van de database past niet bij deze versie van VenueMap.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SuggestionsDialog</name>
    <message>
        <source>Suggested Venues for %1</source>
        <translation>Voorgestelde locaties voor %1</translation>
    </message>
    <message>
        <source>Rooms for %1: the venues whose rooms fit come first, then those without rooms recorded, then those whose rooms are too small.</source>
        <translation>Zalen voor %1: eerst de locaties waarvan de zalen passen, dan die zonder vastgelegde zalen, dan die met te kleine zalen.</translation>
    </message>
    <message numerus="yes">
        <source>Every venue here seats all %Ln guest(s).</source>
        <translation>
            <numerusform>Elke locatie hier biedt plaats aan %Ln gast.</numerusform>
            <numerusform>Elke locatie hier biedt plaats aan alle %Ln gasten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those in %1 come first.</source>
        <translation>Locaties in %1 staan eerst.</translation>
    </message>
    <message>
        <source>Best fit first: room for the guests without being far too big, the needs met, the rating, an earlier proposal to %1 and how often the venue answers.</source>
        <translation>Best passend eerst: plaats voor de gasten zonder veel te groot te zijn, de vervulde behoeften, de beoordeling, een eerder voorstel aan %1 en hoe vaak de locatie antwoordt.</translation>
    </message>
    <message>
        <source>Needs: %1.</source>
        <translation>Behoeften: %1.</translation>
    </message>
    <message>
        <source>&amp;Add ticked to shortlist</source>
        <translation>Aangevinkte aan shortlist &amp;toevoegen</translation>
    </message>
    <message>
        <source>Looking through the book…</source>
        <translation>Het locatieboek doorzoeken…</translation>
    </message>
    <message>
        <source>No venue in the book seats the guests; add venues to the book first.</source>
        <translation>Geen enkele locatie in het locatieboek biedt plaats aan de gasten; voeg eerst locaties aan het locatieboek toe.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s). Tick the venues to add to the shortlist.</source>
        <translation>
            <numerusform>%Ln suggestie. Vink de locaties aan die u aan de shortlist wilt toevoegen.</numerusform>
            <numerusform>%Ln suggesties. Vink de locaties aan die u aan de shortlist wilt toevoegen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::TableHeader</name>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Kolommen herstellen</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::UndoHistory</name>
    <message>
        <source>Saved, but it cannot be undone: an undo was still running.</source>
        <translation>Opgeslagen, maar dit kan niet ongedaan worden gemaakt: er liep nog een ongedaanmaking.</translation>
    </message>
    <message>
        <source>Nothing was changed: an undo is still running; try again in a moment.</source>
        <translation>Er is niets gewijzigd: er loopt nog een ongedaanmaking; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;opnieuw</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenueCalendarDialog</name>
    <message>
        <source>Calendar of %1</source>
        <translation>Kalender van %1</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Volge&amp;nde ▶</translation>
    </message>
    <message>
        <source>Green: confirmed · amber: first option · light: second option, tentative or requested · a number: holds competing that day. Hover a day to see the projects.</source>
        <translation>Groen: bevestigd · oranje: eerste optie · licht: tweede optie, voorlopig of aangevraagd · een getal: concurrerende opties die dag. Wijs een dag aan om de projecten te zien.</translation>
    </message>
    <message>
        <source>Whole venue</source>
        <translation>Hele locatie</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenueConflictDialog</name>
    <message>
        <source>Someone Else Saved This Venue</source>
        <translation>Iemand anders heeft deze locatie opgeslagen</translation>
    </message>
    <message>
        <source>A colleague saved &lt;b&gt;%1&lt;/b&gt; at %2 while you were editing it. For each field that differs, choose the value to keep.</source>
        <translation>Een collega heeft &lt;b&gt;%1&lt;/b&gt; om %2 opgeslagen terwijl u de locatie bewerkte. Kies per afwijkend veld welke waarde u wilt behouden.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Hun versie</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Uw versie</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Their changes and yours are the same.</source>
        <translation>Hun wijzigingen en de uwe zijn dezelfde.</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Alles van mij behouden</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Alles van hen overnemen</translation>
    </message>
    <message>
        <source>Save Choice</source>
        <translation>Keuze opslaan</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenueEditor</name>
    <message>
        <source>New Venue</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>The spaces could not be read, so they cannot be edited now: %1</source>
        <translation>De zalen konden niet worden gelezen en kunnen nu dus niet worden bewerkt: %1</translation>
    </message>
    <message>
        <source>Set by the spaces: the largest is %1, %2 guests for %3.</source>
        <translation>Bepaald door de zalen: de grootste is %1, %2 gasten in %3.</translation>
    </message>
    <message>
        <source>an unnamed space</source>
        <translation>een zaal zonder naam</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Wijzigingen verwerpen?</translation>
    </message>
    <message>
        <source>This new venue has not been saved. Discard what you typed?</source>
        <translation>Deze nieuwe locatie is niet opgeslagen. Wat u hebt ingevoerd verwerpen?</translation>
    </message>
    <message>
        <source>Your changes to %1 have not been saved. Discard them?</source>
        <translation>Uw wijzigingen aan %1 zijn niet opgeslagen. Verwerpen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerpen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <source>New Facility</source>
        <translation>Nieuwe voorziening</translation>
    </message>
    <message>
        <source>Name of the facility, as it should appear everywhere:</source>
        <translation>Naam van de voorziening, zoals die overal moet verschijnen:</translation>
    </message>
    <message>
        <source>Review Their Change…</source>
        <translation>Hun wijziging bekijken…</translation>
    </message>
    <message>
        <source>Compare your version with the one your colleague saved, field by field, and choose what to keep.</source>
        <translation>Vergelijk uw versie veld per veld met die van uw collega en kies wat u behoudt.</translation>
    </message>
    <message>
        <source>The book already has a venue with this name in this city:&lt;br&gt;%1&lt;br&gt;Press Save Anyway to add another one, or Cancel to keep the book as it is.</source>
        <translation>Het locatieboek heeft al een locatie met deze naam in deze stad:&lt;br&gt;%1&lt;br&gt;Klik op Toch opslaan om er nog een toe te voegen, of op Annuleren om het boek te laten zoals het is.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <source>One thing about the spaces needs fixing before saving (Spaces tab).</source>
        <translation>Eén punt bij de zalen moet worden verbeterd voor het opslaan (tabblad Zalen).</translation>
    </message>
    <message>
        <source>%1 things about the spaces need fixing before saving (Spaces tab).</source>
        <translation>%1 punten bij de zalen moeten worden verbeterd voor het opslaan (tabblad Zalen).</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenuesPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alle steden</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 met %2</translation>
    </message>
    <message>
        <source>No deleted venue with %1 matches these filters.</source>
        <translation>Geen verwijderde locatie met %1 voldoet aan deze filters.</translation>
    </message>
    <message>
        <source>No venue with %1 matches these filters.</source>
        <translation>Geen locatie met %1 voldoet aan deze filters.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>No deleted venue matches these filters.</source>
        <translation>Geen verwijderde locatie voldoet aan deze filters.</translation>
    </message>
    <message>
        <source>No venue matches these filters.</source>
        <translation>Geen locatie voldoet aan deze filters.</translation>
    </message>
    <message>
        <source>No venues yet. Add one with “New venue…” (Ctrl+N), or import a list with Data ▸ Import Venues from CSV…</source>
        <translation>Nog geen locaties. Voeg er een toe met “Nieuwe locatie…” (Ctrl+N), of importeer een lijst met Gegevens ▸ Locaties importeren uit CSV…</translation>
    </message>
    <message>
        <source>No facilities recorded yet</source>
        <translation>Nog geen voorzieningen vastgelegd</translation>
    </message>
    <message>
        <source>Facilities: any</source>
        <translation>Voorzieningen: alle</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Facilities: %1</source>
        <translation>Voorzieningen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation>Geen locatie geselecteerd</translation>
    </message>
    <message>
        <source>Choose a venue in the list to see its details and photos.</source>
        <translation>Kies een locatie in de lijst om de details en foto&apos;s te zien.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1 (largest room: %2, %3)</source>
        <translation>%1 (grootste zaal: %2, %3)</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>“%1” toegevoegd.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” opgeslagen.</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>“%1” toevoegen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” bewerken</translation>
    </message>
    <message>
        <source>Took back adding “%1”.</source>
        <translation>Toevoegen van “%1” ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Took back the changes to “%1”.</source>
        <translation>Wijzigingen aan “%1” ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Added “%1” again.</source>
        <translation>“%1” opnieuw toegevoegd.</translation>
    </message>
    <message>
        <source>Saved “%1” again.</source>
        <translation>“%1” opnieuw opgeslagen.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 herstellen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 hersteld.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Een collega</translation>
    </message>
    <message>
        <source>%1 changed this venue at %2 while you were editing. Your changes are still here: review theirs, or Save to compare both versions.</source>
        <translation>%1 heeft deze locatie om %2 gewijzigd terwijl u ze bewerkte. Uw wijzigingen staan er nog: bekijk die van hen, of sla op om beide versies te vergelijken.</translation>
    </message>
    <message>
        <source>any</source>
        <comment>rating</comment>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln gast</numerusform>
            <numerusform>%Ln gasten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueRepository</name>
    <message>
        <source>open the venue</source>
        <translation>Locatie openen</translation>
    </message>
    <message>
        <source>There is no venue with that id.</source>
        <translation>Er is geen locatie met dat id.</translation>
    </message>
    <message>
        <source>The venue no longer exists; someone may have removed it.</source>
        <translation>De locatie bestaat niet meer; iemand heeft ze misschien verwijderd.</translation>
    </message>
    <message>
        <source>add the venue</source>
        <translation>Locatie toevoegen</translation>
    </message>
    <message>
        <source>The database did not return the venue it added.</source>
        <translation>De database gaf de toegevoegde locatie niet terug.</translation>
    </message>
    <message>
        <source>save the venue</source>
        <translation>Locatie opslaan</translation>
    </message>
    <message>
        <source>Someone else saved this venue after you opened it.</source>
        <translation>Iemand anders heeft deze locatie opgeslagen nadat u ze opende.</translation>
    </message>
    <message>
        <source>delete the venue</source>
        <translation>Locatie verwijderen</translation>
    </message>
    <message>
        <source>restore the venue</source>
        <translation>Locatie herstellen</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>De locatie bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted venue(s)</source>
        <translation>
            <numerusform>%1 verwijderde locatie</numerusform>
            <numerusform>%1 verwijderde locaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 venue(s)</source>
        <translation>
            <numerusform>%1 locatie</numerusform>
            <numerusform>%1 locaties</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ deleted venues</source>
        <translation>%1+ verwijderde locaties</translation>
    </message>
    <message>
        <source>%1+ venues</source>
        <translation>%1+ locaties</translation>
    </message>
    <message>
        <source>about %1 deleted venues</source>
        <translation>ongeveer %1 verwijderde locaties</translation>
    </message>
    <message>
        <source>about %1 venues</source>
        <translation>ongeveer %1 locaties</translation>
    </message>
</context>
<context>
    <name>VenueSaver</name>
    <message>
        <source>The connection to the database was lost; what you entered is still here, so try again once the connection is back.</source>
        <translation>De verbinding met de database is verbroken; wat u hebt ingevoerd staat er nog, dus probeer het opnieuw zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>add the venue</source>
        <translation>Locatie toevoegen</translation>
    </message>
    <message>
        <source>save the venue</source>
        <translation>Locatie opslaan</translation>
    </message>
    <message>
        <source>Somebody changed this venue&apos;s spaces since you opened it, so nothing was saved; your changes are still here. Save again to replace their spaces with yours, or Cancel to keep theirs.</source>
        <translation>Iemand heeft de zalen van deze locatie gewijzigd sinds u ze opende, dus er is niets opgeslagen; uw wijzigingen staan er nog. Sla opnieuw op om hun zalen door de uwe te vervangen, of klik op Annuleren om die van hen te behouden.</translation>
    </message>
</context>
<context>
    <name>VenueSpace</name>
    <message>
        <source>a space without a name</source>
        <translation>een zaal zonder naam</translation>
    </message>
    <message>
        <source>space &quot;%1&quot;</source>
        <translation>zaal &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The %1 capacity of %2</source>
        <extracomment>%1 is a layout (&quot;theatre&quot;), %2 a space (&quot;space &quot;Main hall&quot;&quot;)</extracomment>
        <translation>De capaciteit %1 van %2</translation>
    </message>
    <message>
        <source>%1 is negative (%2); a capacity is a whole number from 0 to 100,000.</source>
        <translation>%1 is negatief (%2); een capaciteit is een geheel getal van 0 tot 100.000.</translation>
    </message>
    <message>
        <source>%1 is above 100,000 (%2); a capacity is a whole number from 0 to 100,000.</source>
        <translation>%1 is groter dan 100.000 (%2); een capaciteit is een geheel getal van 0 tot 100.000.</translation>
    </message>
    <message>
        <source>%1 is not a whole number (&quot;%2&quot;); a capacity is a whole number from 0 to 100,000.</source>
        <translation>%1 is geen geheel getal (&quot;%2&quot;); een capaciteit is een geheel getal van 0 tot 100.000.</translation>
    </message>
    <message>
        <source>Space %1 has no name; every space needs a name.</source>
        <translation>Zaal %1 heeft geen naam; elke zaal moet een naam hebben.</translation>
    </message>
    <message>
        <source>The name of %1 is longer than %2 characters.</source>
        <translation>De naam van %1 is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>Two spaces of this venue are named &quot;%1&quot;; a space name is used once per venue.</source>
        <translation>Twee zalen van deze locatie heten &quot;%1&quot;; een zaalnaam komt maar één keer per locatie voor.</translation>
    </message>
    <message>
        <source>The floor of %1 is longer than %2 characters.</source>
        <translation>De verdieping van %1 is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>The notes of %1 are longer than %2 characters.</source>
        <translation>De notities bij %1 zijn langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>The area of %1 is %2 m²; an area is from 0 to 1,000,000 m².</source>
        <translation>De oppervlakte van %1 is %2 m²; een oppervlakte ligt tussen 0 en 1.000.000 m².</translation>
    </message>
    <message>
        <source>The ceiling height of %1 is %2 m; a ceiling height is from 0 to 100 m.</source>
        <translation>De plafondhoogte van %1 is %2 m; een plafondhoogte ligt tussen 0 en 100 m.</translation>
    </message>
    <message>
        <source>The parent of %1 is not a space of this venue.</source>
        <translation>De bovenliggende zaal van %1 is geen zaal van deze locatie.</translation>
    </message>
    <message>
        <source>The parent of %1 would put it inside one of its own parts (a parent cycle).</source>
        <translation>De bovenliggende zaal van %1 zou ze in een van haar eigen delen plaatsen (een kringloop).</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <source>Venues</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Search name or city  (Ctrl+F)</source>
        <translation>Zoek op naam of stad  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>&amp;Nieuwe locatie…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Capacity: any</source>
        <translation>Capaciteit: alle</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>&amp;Deleted only</source>
        <translation>Alleen &amp;verwijderde</translation>
    </message>
    <message>
        <source>List only the deleted venues, to look at or restore them</source>
        <translation>Alleen de verwijderde locaties tonen, om ze te bekijken of te herstellen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation>Geen locatie geselecteerd</translation>
    </message>
    <message>
        <source>Choose a venue in the list to see its details and photos.</source>
        <translation>Kies een locatie in de lijst om de details en foto&apos;s te zien.</translation>
    </message>
    <message>
        <source>This venue is deleted. Restore it to use it in projects again.</source>
        <translation>Deze locatie is verwijderd. Herstel ze om ze weer in projecten te gebruiken.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Zalen</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a venue&apos;s name quoted in a sentence</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <comment>a venue&apos;s name and city in a sentence</comment>
        <translation>“%1” (%2)</translation>
    </message>
</context>
</TS>
