<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VenueMap</source>
        <translation>Über VenueMap</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Project created</source>
        <translation>Projekt angelegt</translation>
    </message>
    <message>
        <source>Project edited</source>
        <translation>Projekt bearbeitet</translation>
    </message>
    <message>
        <source>Project archived</source>
        <translation>Projekt archiviert</translation>
    </message>
    <message>
        <source>Project restored</source>
        <translation>Projekt wiederhergestellt</translation>
    </message>
    <message>
        <source>Venue added</source>
        <translation>Location hinzugefügt</translation>
    </message>
    <message>
        <source>Venue removed</source>
        <translation>Location entfernt</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Shortlist edited</source>
        <translation>Shortlist bearbeitet</translation>
    </message>
    <message>
        <source>Email drafted</source>
        <translation>E-Mail entworfen</translation>
    </message>
    <message>
        <source>Venue shortlisted</source>
        <translation>Location auf Shortlist</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Datei hinzugefügt</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Datei entfernt</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>breakouts</source>
        <translation>Breakouts</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>caterer</source>
        <translation>Caterer</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>client language</source>
        <translation>Kundensprache</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>Veranstaltungsdatum</translation>
    </message>
    <message>
        <source>event name</source>
        <translation>Veranstaltungsname</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>Bestuhlung</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>proposal inclusion</source>
        <translation>Aufnahme in den Vorschlag</translation>
    </message>
    <message>
        <source>proposal order</source>
        <translation>Reihenfolge im Vorschlag</translation>
    </message>
    <message>
        <source>quoted price</source>
        <translation>Angebotspreis</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>the separator between the names of changed fields: &quot;city, budget&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>a venue</source>
        <translation>eine Location</translation>
    </message>
    <message>
        <source>%1 created the project</source>
        <translation>%1 hat das Projekt angelegt</translation>
    </message>
    <message>
        <source>%1 archived the project</source>
        <translation>%1 hat das Projekt archiviert</translation>
    </message>
    <message>
        <source>%1 restored the project</source>
        <translation>%1 hat das Projekt wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 edited the project</source>
        <translation>%1 hat das Projekt bearbeitet</translation>
    </message>
    <message>
        <source>%1 changed the project&apos;s %2</source>
        <translation>%1 hat „%2“ des Projekts geändert</translation>
    </message>
    <message>
        <source>%1 added %2 to the shortlist</source>
        <translation>%1 hat %2 auf die Shortlist gesetzt</translation>
    </message>
    <message>
        <source>%1 removed %2 from the shortlist</source>
        <translation>%1 hat %2 von der Shortlist entfernt</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3 (“%4”)</source>
        <translation>%1 hat %2 auf %3 gesetzt („%4“)</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3</source>
        <translation>%1 hat %2 auf %3 gesetzt</translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3</source>
        <translation>%1 hat „%2“ bei %3 geändert</translation>
    </message>
    <message>
        <source>%1 drafted an outreach email to %2</source>
        <translation>%1 hat eine Anfrage-E-Mail an %2 entworfen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file and kind</comment>
        <extracomment>a file&apos;s name and its kind: &quot;plan.pdf (floor plan)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 added %2 for %3</source>
        <translation>%1 hat %2 für %3 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed %2 of %3</source>
        <translation>%1 hat %2 von %3 entfernt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>who and what</comment>
        <extracomment>who did something, and what: &quot;Anna: Quote added&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Included in the proposal</source>
        <translation>In den Vorschlag aufgenommen</translation>
    </message>
    <message>
        <source>Taken out of the proposal</source>
        <translation>Aus dem Vorschlag genommen</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>record the activity</source>
        <translation>Aktivität speichern</translation>
    </message>
    <message>
        <source>read the activity</source>
        <translation>Aktivität lesen</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Database &amp;login:</source>
        <translation>Datenbank-&amp;Login:</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>%1 is %2; a file can be at most 25 MB.</source>
        <translation>%1 ist %2 groß; eine Datei darf höchstens 25 MB groß sein.</translation>
    </message>
    <message>
        <source>an ELF executable</source>
        <translation>eine ELF-Programmdatei</translation>
    </message>
    <message>
        <source>a Windows executable</source>
        <translation>eine Windows-Programmdatei</translation>
    </message>
    <message>
        <source>a macOS or Java program</source>
        <translation>ein macOS- oder Java-Programm</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>ein Skript</translation>
    </message>
    <message>
        <source>a Windows shortcut</source>
        <translation>eine Windows-Verknüpfung</translation>
    </message>
    <message>
        <source>a program (%1)</source>
        <translation>ein Programm (%1)</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to keep.</source>
        <translation>%1 ist leer; es gibt nichts aufzubewahren.</translation>
    </message>
    <message>
        <source>%1 is named like a %2 but its content is %3; it was not added.</source>
        <translation>%1 heißt wie eine %2-Datei, ihr Inhalt ist aber %3; sie wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is %2, not a document; it was not added.</source>
        <translation>%1 ist %2, kein Dokument; sie wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is of no type VenueMap recognises (judged by its content); VenueMap keeps PDFs, images (PNG, JPEG, WebP, GIF), plain text and Office or OpenDocument documents.</source>
        <translation>%1 hat keinen Typ, den VenueMap kennt (nach ihrem Inhalt beurteilt); VenueMap bewahrt PDFs, Bilder (PNG, JPEG, WebP, GIF), reinen Text und Office- oder OpenDocument-Dokumente auf.</translation>
    </message>
    <message>
        <source>%1 is a file of type “%2” (judged by its content); VenueMap keeps PDFs, images (PNG, JPEG, WebP, GIF), plain text and Office or OpenDocument documents.</source>
        <translation>%1 ist eine Datei vom Typ „%2“ (nach ihrem Inhalt beurteilt); VenueMap bewahrt PDFs, Bilder (PNG, JPEG, WebP, GIF), reinen Text und Office- oder OpenDocument-Dokumente auf.</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Grundriss</translation>
    </message>
    <message>
        <source>Insurance certificate</source>
        <translation>Versicherungsnachweis</translation>
    </message>
    <message>
        <source>Venue brochure</source>
        <translation>Location-Broschüre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>add the file</source>
        <translation>Datei hinzufügen</translation>
    </message>
    <message>
        <source>remove the file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>A file belongs to a venue or to a shortlisted venue.</source>
        <translation>Eine Datei gehört zu einer Location oder zu einer Location auf einer Shortlist.</translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation>Eine Datei braucht einen Namen.</translation>
    </message>
    <message>
        <source>The note on %1 is %2 characters long; it can be at most 2,000.</source>
        <translation>Die Notiz zu %1 ist %2 Zeichen lang; sie darf höchstens 2.000 Zeichen haben.</translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation>Die Location steht nicht mehr auf der Shortlist des Projekts.</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>Die Location existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it does not exist.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>list the files</source>
        <translation>Dateien auflisten</translation>
    </message>
    <message>
        <source>open the file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>Die Datei existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The file was removed already, perhaps by a colleague.</source>
        <translation>Die Datei wurde bereits entfernt, vielleicht von einem Kollegen.</translation>
    </message>
</context>
<context>
    <name>BoundStatement</name>
    <message>
        <source>The statement and its values do not match (%1).</source>
        <translation>Die Anweisung und ihre Werte passen nicht zusammen (%1).</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>kein Wert für %1</translation>
    </message>
</context>
<context>
    <name>CateringDialog</name>
    <message>
        <source>Caterer</source>
        <translation>Caterer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>CateringPage</name>
    <message>
        <source>Caterers</source>
        <translation>Caterer</translation>
    </message>
    <message>
        <source>Search caterers…</source>
        <translation>Caterer suchen…</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>&amp;Gelöschte anzeigen</translation>
    </message>
    <message>
        <source>&amp;New caterer…</source>
        <translation>&amp;Neuer Caterer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CateringRepository</name>
    <message>
        <source>save the caterer</source>
        <translation>Caterer speichern</translation>
    </message>
    <message>
        <source>The caterer&apos;s name is required.</source>
        <translation>Der Name des Caterers ist erforderlich.</translation>
    </message>
    <message>
        <source>The caterer&apos;s name</source>
        <translation>Der Name des Caterers</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>Der Name des Kontakts</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>Die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Die Telefonnummer</translation>
    </message>
    <message>
        <source>The website</source>
        <translation>Die Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>list the caterers</source>
        <translation>Caterer auflisten</translation>
    </message>
    <message>
        <source>open the caterer</source>
        <translation>Caterer öffnen</translation>
    </message>
    <message>
        <source>The caterer no longer exists.</source>
        <translation>Der Caterer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>add the caterer</source>
        <translation>Caterer hinzufügen</translation>
    </message>
    <message>
        <source>delete the caterer</source>
        <translation>Caterer löschen</translation>
    </message>
    <message>
        <source>restore the caterer</source>
        <translation>Caterer wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
</context>
<context>
    <name>ClientHistoryRepository</name>
    <message>
        <source>list the clients</source>
        <translation>Kunden auflisten</translation>
    </message>
    <message>
        <source>read the client&apos;s history</source>
        <translation>Verlauf des Kunden lesen</translation>
    </message>
    <message>
        <source>No project has the client &quot;%1&quot;.</source>
        <translation>Es gibt kein Projekt für den Kunden „%1“.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a Database</source>
        <translation>Mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <source>Choose where VenueMap keeps your venue book.</source>
        <translation>Wählen Sie, wo VenueMap Ihre Location-Datenbank aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Embedded file — just you, on this computer</source>
        <translation>&amp;Eingebettete Datei — nur Sie, auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server — shared with your team</source>
        <translation>&amp;PostgreSQL-Server — mit Ihrem Team geteilt</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>/path/to/venues.venuemap</source>
        <translation>/pfad/zu/locations.venuemap</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>A new file is created and set up when it does not exist yet.</source>
        <translation>Eine neue Datei wird angelegt und eingerichtet, wenn sie noch nicht existiert.</translation>
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
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>venues</source>
        <translation>venues</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation>Die Verbindung zum Datenbankserver wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16, not UTF-8: save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Die Datei ist UTF-16, nicht UTF-8: Speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 without a byte order mark, not UTF-8: save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Die Datei sieht nach UTF-16 ohne Byte-Order-Mark aus, nicht nach UTF-8: Speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3: the cell holds a NUL byte (offset %4); a CSV file holds text only: save the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Zeile %1 (Textzeile %2), Spalte %3: Die Zelle enthält ein NUL-Byte (Position %4); eine CSV-Datei enthält nur Text: Speichern Sie die Tabelle als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) is longer than %3 MB: this is not a spreadsheet of venues.</source>
        <translation>Zeile %1 (Textzeile %2) ist länger als %3 MB: Das ist keine Tabelle mit Locations.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3: a quoted field opens here and is never closed; add the missing closing quote.</source>
        <translation>Zeile %1 (Textzeile %2), Spalte %3: Hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird; ergänzen Sie das fehlende schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 has characters this file does not spell as text: it is not a CSV file saved as text, or it was saved in another encoding. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Zeile %1 (Textzeile %2), Spalte %3 enthält Zeichen, die sich nicht als Text lesen lassen: Es ist keine als Text gespeicherte CSV-Datei, oder sie wurde in einer anderen Kodierung gespeichert. Speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This server is a read-only standby: you can look at everything, but changes are saved only on the primary server. If the primary has failed, VenueMap connects to the new one once an administrator promotes the standby and the database URL names both servers.</source>
        <translation>Dieser Server ist ein schreibgeschützter Standby-Server: Sie können alles ansehen, aber Änderungen werden nur auf dem primären Server gespeichert. Ist der primäre Server ausgefallen, verbindet sich VenueMap mit dem neuen, sobald ein Administrator den Standby hochstuft und die Datenbank-URL beide Server nennt.</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened; check that it exists and that you may read it.</source>
        <translation>Die Datei %1 kann nicht geöffnet werden; prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password; check them and try again.</source>
        <translation>Der Server %1 hat den Benutzernamen oder das Passwort abgelehnt; prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No server at %1 accepts changes right now: the one that answered is a read-only standby. If the primary has failed, VenueMap connects to the new primary as soon as an administrator promotes the standby.</source>
        <translation>Kein Server unter %1 nimmt gerade Änderungen an: Der Server, der geantwortet hat, ist ein schreibgeschützter Standby. Ist der primäre Server ausgefallen, verbindet sich VenueMap mit dem neuen, sobald ein Administrator den Standby hochstuft.</translation>
    </message>
    <message>
        <source>The server at %1 has no such database or user; check the names.</source>
        <translation>Der Server %1 hat keine solche Datenbank bzw. keinen solchen Benutzer; prüfen Sie die Namen.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1; check the host and port, and that the server is running.</source>
        <translation>Der PostgreSQL-Server unter %1 ist nicht erreichbar; prüfen Sie Host und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>create the database file</source>
        <translation>Datenbankdatei anlegen</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Es ist keine Transaktion geöffnet.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>%1 at %2 is version %3, older than the server (%4), and no newer one was found on PATH or in /usr/lib/postgresql/*/bin: install postgresql-client-%4.</source>
        <translation>%1 unter %2 hat Version %3 und ist älter als der Server (%4), und weder im PATH noch in /usr/lib/postgresql/*/bin wurde eine neuere gefunden: Installieren Sie postgresql-client-%4.</translation>
    </message>
    <message>
        <source>%1 at %2 is version %3, older than the server (%4), and no newer one was found in VENUEMAP_PG_BIN_DIR (%5): install postgresql-client-%4.</source>
        <translation>%1 unter %2 hat Version %3 und ist älter als der Server (%4), und in VENUEMAP_PG_BIN_DIR (%5) wurde keine neuere gefunden: Installieren Sie postgresql-client-%4.</translation>
    </message>
    <message>
        <source>This needs the PostgreSQL client tool %1 (version %2 or newer), and none was found on PATH or in /usr/lib/postgresql/*/bin: install postgresql-client-%2.</source>
        <translation>Dafür wird das PostgreSQL-Clientprogramm %1 (Version %2 oder neuer) benötigt, und weder im PATH noch in /usr/lib/postgresql/*/bin wurde eines gefunden: Installieren Sie postgresql-client-%2.</translation>
    </message>
    <message>
        <source>This needs the PostgreSQL client tool %1 (version %2 or newer), and none was found in VENUEMAP_PG_BIN_DIR (%3): install postgresql-client-%2.</source>
        <translation>Dafür wird das PostgreSQL-Clientprogramm %1 (Version %2 oder neuer) benötigt, und in VENUEMAP_PG_BIN_DIR (%3) wurde keines gefunden: Installieren Sie postgresql-client-%2.</translation>
    </message>
    <message>
        <source>No copy of %1 could be written to %2: %3</source>
        <translation>Es konnte keine Kopie von %1 in %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>pg_dump could not copy the database: %1.</source>
        <translation>pg_dump konnte die Datenbank nicht kopieren: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>%1 is not a valid port: use a number from 1 to 65535.</source>
        <translation>%1 ist kein gültiger Port: Verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The text after the host is not a valid port: use a number from 1 to 65535, and percent-encode a password&apos;s special characters (/ as %2F, @ as %40, : as %3A).</source>
        <translation>Der Text nach dem Host ist kein gültiger Port: Verwenden Sie eine Zahl von 1 bis 65535, und kodieren Sie Sonderzeichen eines Passworts mit Prozentzeichen (/ als %2F, @ als %40, : als %3A).</translation>
    </message>
    <message>
        <source>An IPv6 address in the host list lacks its closing ].</source>
        <translation>Einer IPv6-Adresse in der Hostliste fehlt die schließende ].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host in the host list: write host1:port1,host2:port2.</source>
        <translation>„%1“ ist kein Host in der Hostliste: Schreiben Sie host1:port1,host2:port2.</translation>
    </message>
    <message>
        <source>The host list has an empty entry: write postgresql://user@host1:port1,host2:port2/dbname.</source>
        <translation>Die Hostliste hat einen leeren Eintrag: Schreiben Sie postgresql://benutzer@host1:port1,host2:port2/datenbank.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the host list is not a host name or address.</source>
        <translation>„%1“ in der Hostliste ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation>Die Datenbank-URL ist leer.</translation>
    </message>
    <message>
        <source>This is not a database URL: use sqlite:/path/to/file.venuemap or postgresql://user@host:port/dbname.</source>
        <translation>Das ist keine Datenbank-URL: Verwenden Sie sqlite:/pfad/zu/datei.venuemap oder postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL: use sqlite:/path/to/file.venuemap or postgresql://user@host:port/dbname.</source>
        <translation>„%1“ ist keine Datenbank-URL: Verwenden Sie sqlite:/pfad/zu/datei.venuemap oder postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The SQLite URL names no file: use sqlite:/path/to/file.venuemap.</source>
        <translation>Die SQLite-URL nennt keine Datei: Verwenden Sie sqlite:/pfad/zu/datei.venuemap.</translation>
    </message>
    <message>
        <source>The SQLite file name contains a NUL character.</source>
        <translation>Der Name der SQLite-Datei enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>Unknown database type &quot;%1&quot;: use sqlite: or postgresql://.</source>
        <translation>Unbekannter Datenbanktyp „%1“: Verwenden Sie sqlite: oder postgresql://.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL starts with postgresql:// followed by user@host/dbname.</source>
        <translation>Eine PostgreSQL-URL beginnt mit postgresql://, gefolgt von benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed: write it as postgresql://user:password@host:port/dbname and percent-encode special characters in the user name and password (%25 for %, @ as %40, / as %2F).</source>
        <translation>Die PostgreSQL-URL ist fehlerhaft: Schreiben Sie sie als postgresql://benutzer:passwort@host:port/datenbank und kodieren Sie Sonderzeichen in Benutzername und Passwort mit Prozentzeichen (%25 für %, @ als %40, / als %2F).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: add /dbname after the host.</source>
        <translation>Die PostgreSQL-URL nennt keine Datenbank: Ergänzen Sie /datenbank nach dem Host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database name.</source>
        <translation>„%1“ ist kein Datenbankname.</translation>
    </message>
    <message>
        <source>Unknown connection option &quot;%1&quot;.</source>
        <translation>Unbekannte Verbindungsoption „%1“.</translation>
    </message>
    <message>
        <source>The connection option pooler is session or transaction (how PgBouncer pools), not &quot;%1&quot;.</source>
        <translation>Die Verbindungsoption pooler ist session oder transaction (wie PgBouncer poolt), nicht „%1“.</translation>
    </message>
    <message>
        <source>the local server (port %1)</source>
        <translation>der lokale Server (Port %1)</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>der lokale Server</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>event name</source>
        <translation>Veranstaltungsname</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>Ausstattungsmerkmal</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>text</source>
        <comment>a field of a record</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>The %1 of this venue is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Das Feld „%1“ dieser Location ist länger, als VenueMap erlaubt (es wurde vielleicht vor dieser Grenze gespeichert): Kürzen Sie es und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The %1 of this project is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Das Feld „%1“ dieses Projekts ist länger, als VenueMap erlaubt (es wurde vielleicht vor dieser Grenze gespeichert): Kürzen Sie es und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The %1 of this shortlist is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Das Feld „%1“ dieser Shortlist ist länger, als VenueMap erlaubt (es wurde vielleicht vor dieser Grenze gespeichert): Kürzen Sie es und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The %1 of this shortlist entry is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Das Feld „%1“ dieses Shortlist-Eintrags ist länger, als VenueMap erlaubt (es wurde vielleicht vor dieser Grenze gespeichert): Kürzen Sie es und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The %1 of this caterer is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Das Feld „%1“ dieses Caterers ist länger, als VenueMap erlaubt (es wurde vielleicht vor dieser Grenze gespeichert): Kürzen Sie es und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The %1 of this photo is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Das Feld „%1“ dieses Fotos ist länger, als VenueMap erlaubt (es wurde vielleicht vor dieser Grenze gespeichert): Kürzen Sie es und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: your database account has used all the connections it is allowed (its CONNECTION LIMIT). Close VenueMap windows you do not need and try again; an administrator can raise the account&apos;s limit (ALTER ROLE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>Der PostgreSQL-Server unter %1 hat eine weitere Verbindung abgelehnt: Ihr Datenbankkonto hat alle erlaubten Verbindungen belegt (sein CONNECTION LIMIT). Schließen Sie nicht benötigte VenueMap-Fenster und versuchen Sie es erneut; ein Administrator kann das Limit des Kontos erhöhen (ALTER ROLE … CONNECTION LIMIT) oder PgBouncer vor den Server schalten.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: your database account has used all the connections it is allowed (its CONNECTION LIMIT). Close VenueMap windows you do not need and try again; an administrator can raise the account&apos;s limit (ALTER ROLE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>Der PostgreSQL-Server hat eine weitere Verbindung abgelehnt: Ihr Datenbankkonto hat alle erlaubten Verbindungen belegt (sein CONNECTION LIMIT). Schließen Sie nicht benötigte VenueMap-Fenster und versuchen Sie es erneut; ein Administrator kann das Limit des Kontos erhöhen (ALTER ROLE … CONNECTION LIMIT) oder PgBouncer vor den Server schalten.</translation>
    </message>
    <message>
        <source>The connection pooler (PgBouncer) at %1 refused another connection: it already serves as many clients as its max_client_conn setting allows. Try again in a few minutes; an administrator can raise max_client_conn in pgbouncer.ini.</source>
        <translation>Der Connection-Pooler (PgBouncer) unter %1 hat eine weitere Verbindung abgelehnt: Er bedient bereits so viele Clients, wie seine Einstellung max_client_conn erlaubt. Versuchen Sie es in einigen Minuten erneut; ein Administrator kann max_client_conn in pgbouncer.ini erhöhen.</translation>
    </message>
    <message>
        <source>The connection pooler (PgBouncer) refused another connection: it already serves as many clients as its max_client_conn setting allows. Try again in a few minutes; an administrator can raise max_client_conn in pgbouncer.ini.</source>
        <translation>Der Connection-Pooler (PgBouncer) hat eine weitere Verbindung abgelehnt: Er bedient bereits so viele Clients, wie seine Einstellung max_client_conn erlaubt. Versuchen Sie es in einigen Minuten erneut; ein Administrator kann max_client_conn in pgbouncer.ini erhöhen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: the database has all the connections it is allowed (its CONNECTION LIMIT). Try again in a few minutes; an administrator can raise the limit (ALTER DATABASE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>Der PostgreSQL-Server unter %1 hat eine weitere Verbindung abgelehnt: Die Datenbank hat alle erlaubten Verbindungen ausgeschöpft (ihr CONNECTION LIMIT). Versuchen Sie es in einigen Minuten erneut; ein Administrator kann das Limit erhöhen (ALTER DATABASE … CONNECTION LIMIT) oder PgBouncer vor den Server schalten.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: the database has all the connections it is allowed (its CONNECTION LIMIT). Try again in a few minutes; an administrator can raise the limit (ALTER DATABASE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>Der PostgreSQL-Server hat eine weitere Verbindung abgelehnt: Die Datenbank hat alle erlaubten Verbindungen ausgeschöpft (ihr CONNECTION LIMIT). Versuchen Sie es in einigen Minuten erneut; ein Administrator kann das Limit erhöhen (ALTER DATABASE … CONNECTION LIMIT) oder PgBouncer vor den Server schalten.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: it already serves as many as its max_connections setting allows. Try again in a few minutes; an administrator can raise max_connections (a server restart) or put PgBouncer in front of the server, as the README&apos;s &quot;Running a team server&quot; says.</source>
        <translation>Der PostgreSQL-Server unter %1 hat eine weitere Verbindung abgelehnt: Er bedient bereits so viele, wie seine Einstellung max_connections erlaubt. Versuchen Sie es in einigen Minuten erneut; ein Administrator kann max_connections erhöhen (Neustart des Servers) oder PgBouncer vor den Server schalten, wie es im README unter „Running a team server“ beschrieben ist.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: it already serves as many as its max_connections setting allows. Try again in a few minutes; an administrator can raise max_connections (a server restart) or put PgBouncer in front of the server, as the README&apos;s &quot;Running a team server&quot; says.</source>
        <translation>Der PostgreSQL-Server hat eine weitere Verbindung abgelehnt: Er bedient bereits so viele, wie seine Einstellung max_connections erlaubt. Versuchen Sie es in einigen Minuten erneut; ein Administrator kann max_connections erhöhen (Neustart des Servers) oder PgBouncer vor den Server schalten, wie es im README unter „Running a team server“ beschrieben ist.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; what you entered is still here, so try again once the connection is back.</source>
        <translation>Die Verbindung zur Datenbank wurde unterbrochen; Ihre Eingaben sind noch da, versuchen Sie es also erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>That would duplicate an entry that already exists.</source>
        <translation>Das würde einen bereits vorhandenen Eintrag duplizieren.</translation>
    </message>
    <message>
        <source>The database refused a value that is out of range or missing.</source>
        <translation>Die Datenbank hat einen Wert abgelehnt, der außerhalb des zulässigen Bereichs liegt oder fehlt.</translation>
    </message>
    <message>
        <source>Your database account is not allowed to do this.</source>
        <translation>Ihr Datenbankkonto hat dazu keine Berechtigung.</translation>
    </message>
    <message>
        <source>The database is busy with another writer; try again in a moment.</source>
        <translation>Die Datenbank ist mit einem anderen Schreibvorgang beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This PostgreSQL server accepts no changes (it is a read-only standby, or the database was made read-only): you can look at everything, but nothing can be saved on it.</source>
        <translation>Dieser PostgreSQL-Server nimmt keine Änderungen an (er ist ein schreibgeschützter Standby-Server, oder die Datenbank wurde auf schreibgeschützt gesetzt): Sie können alles ansehen, aber nichts darauf speichern.</translation>
    </message>
    <message>
        <source>The database is read-only; changes cannot be saved.</source>
        <translation>Die Datenbank ist schreibgeschützt; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; es wurde nichts gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation>Dieses Projekt ist archiviert. Stellen Sie es wieder her, um es zu ändern.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <extracomment>%1 is what the person was doing, e.g. &quot;save the venue&quot;; %2 says why it failed. The operations are translated to fit here (see translations/GLOSSARY.md): French &quot;Impossible %1 : %2&quot; with &quot;d&apos;enregistrer le lieu&quot;, Dutch &quot;%1 is niet gelukt: %2&quot; with &quot;Locatie opslaan&quot;.</extracomment>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <comment>error details</comment>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <comment>error details</comment>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <comment>error details</comment>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <comment>error details</comment>
        <translation>Treiber: %1</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <comment>error details</comment>
        <translation>Anweisung: %1</translation>
    </message>
</context>
<context>
    <name>DeclineCode</name>
    <message>
        <source>Dates unavailable</source>
        <translation>Termine nicht verfügbar</translation>
    </message>
    <message>
        <source>Capacity too small</source>
        <translation>Kapazität zu klein</translation>
    </message>
    <message>
        <source>Rate too high</source>
        <translation>Preis zu hoch</translation>
    </message>
    <message>
        <source>Client chose another venue</source>
        <translation>Kunde wählte andere Location</translation>
    </message>
    <message>
        <source>Too short notice</source>
        <translation>Zu kurzfristig</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus (name@example.com).</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Outreach Email</source>
        <translation>Anfrage-E-Mail</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>Im E-Mail-Programm ö&amp;ffnen</translation>
    </message>
    <message>
        <source>I sent it: &amp;mark as sent</source>
        <translation>Gesendet: als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>EmailTemplate</name>
    <message>
        <source>%1: the “}” on line %2 has no “{” before it. Write }} for a brace of its own.</source>
        <translation>%1: Die „}“ in Zeile %2 hat keine „{“ davor. Schreiben Sie }} für eine einzelne Klammer.</translation>
    </message>
    <message>
        <source>%1: the “{” on line %2 is not closed by “}” on that line. Write {{ for a brace of its own.</source>
        <translation>%1: Die „{“ in Zeile %2 wird in dieser Zeile nicht durch „}“ geschlossen. Schreiben Sie {{ für eine einzelne Klammer.</translation>
    </message>
    <message>
        <source>%1: {%2} on line %3 is not a placeholder. Use one of %4.</source>
        <translation>%1: {%2} in Zeile %3 ist kein Platzhalter. Möglich sind: %4.</translation>
    </message>
    <message>
        <source>%1: write the text of the email; it cannot be empty.</source>
        <translation>%1: Schreiben Sie den Text der E-Mail; er darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters (this one has %3).</source>
        <translation>%1: höchstens %2 Zeichen (derzeit %3).</translation>
    </message>
    <message>
        <source>Reminder (no answer yet)</source>
        <translation>Erinnerung (noch keine Antwort)</translation>
    </message>
    <message>
        <source>Availability request</source>
        <translation>Verfügbarkeitsanfrage</translation>
    </message>
    <message>
        <source>the venue&apos;s name</source>
        <translation>der Name der Location</translation>
    </message>
    <message>
        <source>the venue&apos;s contact (or “&lt;venue&gt; team”)</source>
        <translation>der Ansprechpartner der Location (oder „Team &lt;Location&gt;“)</translation>
    </message>
    <message>
        <source>the event&apos;s name</source>
        <translation>der Name der Veranstaltung</translation>
    </message>
    <message>
        <source>the client&apos;s name</source>
        <translation>der Name des Kunden</translation>
    </message>
    <message>
        <source>the event date, written out</source>
        <translation>das Veranstaltungsdatum, ausgeschrieben</translation>
    </message>
    <message>
        <source>the number of guests</source>
        <translation>die Zahl der Gäste</translation>
    </message>
    <message>
        <source>the room layout the event needs</source>
        <translation>die Bestuhlung, die die Veranstaltung braucht</translation>
    </message>
    <message>
        <source>the project&apos;s city</source>
        <translation>die Stadt des Projekts</translation>
    </message>
    <message>
        <source>the facilities the event needs</source>
        <translation>die Ausstattung, die die Veranstaltung braucht</translation>
    </message>
    <message>
        <source>the day the venue was asked</source>
        <translation>der Tag, an dem die Location angefragt wurde</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>your signature block (name, email, phone without one)</source>
        <translation>Ihre Signatur (ohne Signatur: Name, E-Mail, Telefon)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>%1: one line only; remove the line break.</source>
        <translation>%1: nur eine Zeile; entfernen Sie den Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>EmailTemplateRepository</name>
    <message>
        <source>Only an admin can change the email templates; nothing was saved.</source>
        <translation>Nur ein Administrator kann die E-Mail-Vorlagen ändern; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the “%1” template in %2</source>
        <comment>kind, language</comment>
        <translation>die Vorlage „%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 after you opened it; your text was not saved and theirs is kept. Save again to replace theirs with yours.</source>
        <translation>%1 hat %2 am %3 gespeichert, nachdem Sie sie geöffnet hatten; Ihr Text wurde nicht gespeichert, der andere bleibt erhalten. Speichern Sie erneut, um ihn durch Ihren zu ersetzen.</translation>
    </message>
    <message>
        <source>A colleague saved %1 after you opened it; your text was not saved and theirs is kept. Save again to replace theirs with yours.</source>
        <translation>Ein Kollege hat %1 gespeichert, nachdem Sie sie geöffnet hatten; Ihr Text wurde nicht gespeichert, der andere bleibt erhalten. Speichern Sie erneut, um ihn durch Ihren zu ersetzen.</translation>
    </message>
    <message>
        <source>A colleague restored the built-in text of %1 after you opened it; your text was not saved. Save again to store yours.</source>
        <translation>Ein Kollege hat den Standardtext von %1 wiederhergestellt, nachdem Sie sie geöffnet hatten; Ihr Text wurde nicht gespeichert. Speichern Sie erneut, um Ihren zu sichern.</translation>
    </message>
    <message>
        <source>Language: %1 is not a language of client documents.</source>
        <translation>Sprache: %1 ist keine Sprache für Kundendokumente.</translation>
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
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose Another Connection…</source>
        <translation>Andere Verbindung wählen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep Current Connection</source>
        <translation>Aktuelle Verbindung behalten</translation>
    </message>
</context>
<context>
    <name>Facility</name>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parkplätze</translation>
    </message>
    <message>
        <source>Catering kitchen</source>
        <translation>Cateringküche</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bühne</translation>
    </message>
    <message>
        <source>AV equipment</source>
        <translation>AV-Technik</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Barrierefreier Zugang</translation>
    </message>
    <message>
        <source>Outdoor space</source>
        <translation>Außenbereich</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>Breakout-Räume</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Übernachtung</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>PA system</source>
        <translation>Beschallungsanlage</translation>
    </message>
</context>
<context>
    <name>FacilityTermRepository</name>
    <message>
        <source>read the facility list</source>
        <translation>Ausstattungsliste lesen</translation>
    </message>
    <message>
        <source>add the facility</source>
        <translation>Ausstattungsmerkmal hinzufügen</translation>
    </message>
</context>
<context>
    <name>FacilityTerms</name>
    <message>
        <source>A facility needs a name.</source>
        <translation>Ein Ausstattungsmerkmal braucht einen Namen.</translation>
    </message>
    <message>
        <source>A facility&apos;s name is at most %1 characters.</source>
        <translation>Der Name eines Ausstattungsmerkmals hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a facility: %2.</source>
        <translation>„%1“ ist bereits ein Ausstattungsmerkmal: %2.</translation>
    </message>
    <message>
        <source>Another name is at most %1 characters.</source>
        <translation>Ein alternativer Name hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already means %2.</source>
        <translation>„%1“ steht bereits für %2.</translation>
    </message>
</context>
<context>
    <name>FileModes</name>
    <message>
        <source>%1 is a symbolic link, which VenueMap does not follow; remove it and try again (nothing was changed).</source>
        <translation>%1 ist ein symbolischer Link, dem VenueMap nicht folgt; entfernen Sie ihn und versuchen Sie es erneut (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or remove it first.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the First Admin</source>
        <translation>Ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who looks after this database?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Wer betreut diese Datenbank?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>you@agency.com</source>
        <translation>sie@agentur.de</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to VenueMap</source>
        <translation>Willkommen bei VenueMap</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to VenueMap&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei VenueMap&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>A shared venue book for event agencies.</source>
        <translation>Eine gemeinsame Location-Datenbank für Eventagenturen.</translation>
    </message>
    <message>
        <source>The database to open: sqlite:/path/file.venuemap or postgresql://user@host:port/dbname (default: VENUEMAP_DB, else the last one used, else the embedded file).</source>
        <translation>Die zu öffnende Datenbank: sqlite:/pfad/datei.venuemap oder postgresql://benutzer@host:port/datenbank (Standard: VENUEMAP_DB, sonst die zuletzt verwendete, sonst die eingebettete Datei).</translation>
    </message>
    <message>
        <source>Start as usual, write a picture of the first window (main window, sign-in or first-start dialog) to FILE once it is painted, and quit: a check of an installation that needs nobody at the screen (use QT_QPA_PLATFORM=offscreen without a display).</source>
        <translation>Wie gewohnt starten, ein Bild des ersten Fensters (Hauptfenster, Anmeldung oder Erststart-Dialog) in FILE schreiben, sobald es gezeichnet ist, und beenden: eine Prüfung einer Installation, bei der niemand vor dem Bildschirm sitzt (ohne Display QT_QPA_PLATFORM=offscreen verwenden).</translation>
    </message>
</context>
<context>
    <name>Hold</name>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>First option</source>
        <translation>Erste Option</translation>
    </message>
    <message>
        <source>Second option</source>
        <translation>Zweite Option</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>HoldRepository</name>
    <message>
        <source>add the date range</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>A date range needs a first and a last day.</source>
        <translation>Ein Zeitraum braucht einen ersten und einen letzten Tag.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>A date range covers at most %1 days.</source>
        <translation>Ein Zeitraum umfasst höchstens %1 Tage.</translation>
    </message>
    <message>
        <source>The project has this date range already.</source>
        <translation>Das Projekt hat diesen Zeitraum bereits.</translation>
    </message>
    <message>
        <source>read the project&apos;s dates</source>
        <translation>Termine des Projekts lesen</translation>
    </message>
    <message>
        <source>place the hold</source>
        <translation>Option setzen</translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation>Die Location steht nicht mehr auf der Shortlist des Projekts.</translation>
    </message>
    <message>
        <source>A hold must be on one of the project&apos;s date ranges; add the dates to the project first.</source>
        <translation>Eine Option muss in einem der Zeiträume des Projekts liegen; fügen Sie die Termine zuerst dem Projekt hinzu.</translation>
    </message>
    <message>
        <source>A hold cannot expire after the event&apos;s first day (%1).</source>
        <translation>Eine Option kann nicht nach dem ersten Veranstaltungstag (%1) ablaufen.</translation>
    </message>
    <message>
        <source>confirm the hold</source>
        <translation>Option bestätigen</translation>
    </message>
    <message>
        <source>change the hold</source>
        <translation>Option ändern</translation>
    </message>
    <message>
        <source>Someone else changed or removed this hold after you opened it; nothing of yours was saved.</source>
        <translation>Jemand anders hat diese Option geändert oder entfernt, nachdem Sie sie geöffnet hatten; von Ihren Änderungen wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>release the hold</source>
        <translation>Option freigeben</translation>
    </message>
    <message>
        <source>read the hold</source>
        <translation>Option lesen</translation>
    </message>
    <message>
        <source>The hold no longer exists; someone may have removed it.</source>
        <translation>Die Option existiert nicht mehr; vielleicht hat jemand sie entfernt.</translation>
    </message>
    <message>
        <source>list the holds</source>
        <translation>Optionen auflisten</translation>
    </message>
    <message>
        <source>These dates are already confirmed for another project at this venue; a venue cannot be booked twice.</source>
        <translation>Diese Termine sind in dieser Location bereits für ein anderes Projekt bestätigt; eine Location kann nicht doppelt gebucht werden.</translation>
    </message>
    <message>
        <source>The whole venue is confirmed for “%1” on these dates; a room, the hall it is part of and the whole venue cannot be booked twice.</source>
        <translation>Die ganze Location ist an diesen Terminen für „%1“ bestätigt; ein Raum, der Saal, zu dem er gehört, und die ganze Location können nicht doppelt gebucht werden.</translation>
    </message>
    <message>
        <source>%1 is confirmed for “%2” on these dates; a room, the hall it is part of and the whole venue cannot be booked twice.</source>
        <translation>%1 ist an diesen Terminen für „%2“ bestätigt; ein Raum, der Saal, zu dem er gehört, und die ganze Location können nicht doppelt gebucht werden.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Venues from CSV</source>
        <translation>Locations aus CSV importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose a spreadsheet saved as CSV (UTF-8, comma or semicolon)</source>
        <translation>Wählen Sie eine als CSV gespeicherte Tabelle (UTF-8, Komma oder Semikolon)</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>&amp;Räume:</translation>
    </message>
    <message>
        <source>Optional: the rooms of these venues (venues_spaces.csv), or a rooms file alone for venues in the book</source>
        <translation>Optional: die Räume dieser Locations (venues_spaces.csv) oder nur eine Raumdatei für Locations der Datenbank</translation>
    </message>
    <message>
        <source>Choose R&amp;ooms File…</source>
        <translation>R&amp;aumdatei wählen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Each column of the file fills the venue field chosen beside it. Change a choice if a column was matched wrongly or not at all.</source>
        <translation>Jede Spalte der Datei füllt das daneben gewählte Location-Feld. Ändern Sie eine Auswahl, wenn eine Spalte falsch oder gar nicht zugeordnet wurde.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>&amp;Skip the invalid rows and import the rest</source>
        <translation>Ungültige Zeilen &amp;überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Import &amp;duplicates too (same name and city as another row or a venue in the book)</source>
        <translation>Auch &amp;Duplikate importieren (gleicher Name und gleiche Stadt wie eine andere Zeile oder eine Location der Datenbank)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Past Imports</source>
        <translation>Frühere Importe</translation>
    </message>
    <message>
        <source>Each import is one batch. Undoing a batch removes exactly the venues it brought in (they move to the deleted venues).</source>
        <translation>Jeder Import ist ein Stapel. Wird ein Stapel rückgängig gemacht, werden genau die Locations entfernt, die er angelegt hat (sie landen bei den gelöschten Locations).</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>look for duplicates in the venue book</source>
        <translation>Duplikate in der Location-Datenbank suchen</translation>
    </message>
    <message>
        <source>import the venues</source>
        <translation>Locations importieren</translation>
    </message>
    <message>
        <source>list past imports</source>
        <translation>Frühere Importe auflisten</translation>
    </message>
    <message>
        <source>open the import</source>
        <translation>Import öffnen</translation>
    </message>
    <message>
        <source>There is no import with that id.</source>
        <translation>Es gibt keinen Import mit dieser ID.</translation>
    </message>
    <message>
        <source>find the imported venues</source>
        <translation>Importierte Locations suchen</translation>
    </message>
    <message>
        <source>undo the import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>This import was undone already (%1).</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht (%1).</translation>
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
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Open another database: an embedded file or a PostgreSQL server</source>
        <translation>Eine andere Datenbank öffnen: eine eingebettete Datei oder einen PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last delete, restore, removal from a shortlist, status change or edit</source>
        <translation>Das letzte Löschen, Wiederherstellen, Entfernen von einer Shortlist, die letzte Statusänderung oder Bearbeitung zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Import Venues from CSV…</source>
        <translation>Locations aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Past &amp;Imports…</source>
        <translation>Frühere I&amp;mporte…</translation>
    </message>
    <message>
        <source>&amp;Export Venue List to CSV…</source>
        <translation>Location-Liste als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Proposal for the Open Project…</source>
        <translation>&amp;Vorschlag für das geöffnete Projekt…</translation>
    </message>
    <message>
        <source>Proposal &amp;Branding…</source>
        <translation>&amp;Gestaltung des Vorschlags…</translation>
    </message>
    <message>
        <source>E&amp;mail Templates…</source>
        <translation>E-&amp;Mail-Vorlagen…</translation>
    </message>
    <message>
        <source>The team&apos;s outreach emails to venues, per language (admins)</source>
        <translation>Die Anfrage-E-Mails des Teams an Locations, je Sprache (Administratoren)</translation>
    </message>
    <message>
        <source>My &amp;Profile…</source>
        <translation>Mein &amp;Profil…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About VenueMap</source>
        <translation>Ü&amp;ber VenueMap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MigrationManager</name>
    <message>
        <source>migrate the database</source>
        <translation>Datenbank migrieren</translation>
    </message>
    <message>
        <source>This database is at schema version %1, newer than this VenueMap knows (%2): install the newer VenueMap to use it; nothing was changed.</source>
        <translation>Diese Datenbank hat Schemaversion %1, diese VenueMap kennt nur Versionen bis %2: Installieren Sie die neuere VenueMap, um sie zu verwenden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This VenueMap (%2) carries a different text of migration %1 than the one applied to this database, so it was built from other sources than the VenueMap that set the database up: use that build, or one released after it; nothing was changed.</source>
        <translation>Diese VenueMap (%2) enthält einen anderen Text der Migration %1 als den auf diese Datenbank angewendeten; sie wurde also aus anderen Quellen gebaut als die VenueMap, die die Datenbank eingerichtet hat: Verwenden Sie diesen Build oder einen später veröffentlichten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>keep a copy of the database before migrating</source>
        <translation>Kopie der Datenbank vor der Migration anlegen</translation>
    </message>
    <message>
        <source>No copy of %1 could be written next to it, so it was not migrated: %2</source>
        <translation>Neben %1 konnte keine Kopie geschrieben werden, daher wurde nicht migriert: %2</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>ein Client</translation>
    </message>
    <message>
        <source>%1 (database user %2, server process %3, since %4 UTC)</source>
        <translation>%1 (Datenbankbenutzer %2, Serverprozess %3, seit %4 UTC)</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>ein anderer Client</translation>
    </message>
    <message>
        <source>another program writing to %1</source>
        <translation>ein anderes Programm, das in %1 schreibt</translation>
    </message>
    <message>
        <source>The migration lock file %1 is a symbolic link, which VenueMap does not follow; remove it and try again (nothing was changed).</source>
        <translation>Die Sperrdatei der Migration %1 ist ein symbolischer Link, dem VenueMap nicht folgt; entfernen Sie ihn und versuchen Sie es erneut (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>%1 failed at statement %2 (line %3): %4%5. Nothing of it was applied.</source>
        <translation>%1 ist bei Anweisung %2 (Zeile %3) fehlgeschlagen: %4%5. Nichts davon wurde angewendet.</translation>
    </message>
    <message>
        <source>This database needs its schema brought to version %1, and your account (%2) may not change it: a database owner must run `venuemapctl migrate up` (or apply the statements of `venuemapctl migrate sql`).</source>
        <translation>Das Schema dieser Datenbank muss auf Version %1 gebracht werden, und Ihr Konto (%2) darf es nicht ändern: Ein Eigentümer der Datenbank muss `venuemapctl migrate up` ausführen (oder die Anweisungen von `venuemapctl migrate sql` anwenden).</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>dieser Benutzer</translation>
    </message>
    <message>
        <source>This database needs its schema brought to version %1, but the file %2 is read-only: open it from a folder you may write to, or ask its owner to open it once.</source>
        <translation>Das Schema dieser Datenbank muss auf Version %1 gebracht werden, aber die Datei %2 ist schreibgeschützt: Öffnen Sie sie aus einem Ordner, in den Sie schreiben dürfen, oder bitten Sie den Eigentümer, sie einmal zu öffnen.</translation>
    </message>
    <message>
        <source>Migration was cancelled while waiting for %1.</source>
        <translation>Die Migration wurde während des Wartens auf %1 abgebrochen.</translation>
    </message>
    <message>
        <source> The database stays at version %1.</source>
        <translation> Die Datenbank bleibt auf Version %1.</translation>
    </message>
</context>
<context>
    <name>MigrationSet</name>
    <message>
        <source>load migrations</source>
        <translation>Migrationen laden</translation>
    </message>
    <message>
        <source>down/%1 declares &quot;-- loses: %2&quot;; write TABLE or TABLE.COLUMN [when CONDITION].</source>
        <translation>down/%1 deklariert „-- loses: %2“; schreiben Sie TABLE oder TABLE.COLUMN [when CONDITION].</translation>
    </message>
    <message>
        <source>%1 is not named NNNN_name.sql.</source>
        <translation>%1 hat keinen Namen der Form NNNN_name.sql.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 and %2 have the same version.</source>
        <translation>%1 und %2 haben dieselbe Version.</translation>
    </message>
    <message>
        <source>%1 has no down step (down/%1).</source>
        <translation>%1 hat keinen Down-Schritt (down/%1).</translation>
    </message>
    <message>
        <source>down/%1 cannot be read.</source>
        <translation>down/%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>down/%1 has no migration %1.</source>
        <translation>down/%1 hat keine Migration %1.</translation>
    </message>
</context>
<context>
    <name>MyProfileDialog</name>
    <message>
        <source>My Profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>Ends the outreach emails you draft: name, title, phone…</source>
        <translation>Steht am Ende Ihrer Anfrage-E-Mails: Name, Funktion, Telefon…</translation>
    </message>
    <message>
        <source>An admin changes your email and role. Your signature ends the outreach emails VenueMap drafts for you.</source>
        <translation>Ein Administrator ändert Ihre E-Mail-Adresse und Rolle. Ihre Signatur steht am Ende der Anfrage-E-Mails, die VenueMap für Sie entwirft.</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
</context>
<context>
    <name>OutreachEmail</name>
    <message>
        <source>theatre</source>
        <translation>Theater</translation>
    </message>
    <message>
        <source>classroom</source>
        <translation>Parlament</translation>
    </message>
    <message>
        <source>banquet (round tables)</source>
        <translation>Bankett (runde Tische)</translation>
    </message>
    <message>
        <source>cabaret</source>
        <translation>Cabaret</translation>
    </message>
    <message>
        <source>reception (standing)</source>
        <translation>Empfang (stehend)</translation>
    </message>
    <message>
        <source>boardroom</source>
        <translation>Blocktafel</translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation>U-Form</translation>
    </message>
    <message>
        <source>hollow square</source>
        <translation>Karree</translation>
    </message>
    <message>
        <source>Reminder: availability for {event} on {dates}</source>
        <extracomment>Subject of the reminder to a venue. Keep the words in braces as they are.</extracomment>
        <translation>Erinnerung: Verfügbarkeit für {event} ({dates})</translation>
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
        <translation>Guten Tag {contact},

vor Kurzem haben wir angefragt, ob {venue} für {event}, eine Veranstaltung unseres Kunden {client}, verfügbar ist. Leider haben wir bisher noch keine Antwort erhalten.

Angefragt am: {sent_on}
Veranstaltungsdatum: {dates}
Gäste: {attendees}
Bestuhlung: {layout}
Stadt: {city}
Wir benötigen: {facilities}

Wir würden uns freuen, wenn Sie uns in den nächsten Tagen Ihre Verfügbarkeit mitteilen und ein Angebot zusenden könnten. Falls {venue} die Veranstaltung nicht ausrichten kann, hilft uns auch eine kurze Rückmeldung.

Mit freundlichen Grüßen
{signature}</translation>
    </message>
    <message>
        <source>Availability enquiry: {event} on {dates}</source>
        <extracomment>Subject of the availability request to a venue. Keep the words in braces as they are.</extracomment>
        <translation>Verfügbarkeitsanfrage: {event} ({dates})</translation>
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
        <translation>Guten Tag {contact},

wir organisieren {event} für unseren Kunden {client} und möchten gern anfragen, ob {venue} verfügbar ist.

Veranstaltungsdatum: {dates}
Gäste: {attendees}
Bestuhlung: {layout}
Stadt: {city}
Wir benötigen: {facilities}

Könnten Sie uns Ihre Verfügbarkeit und die passenden Räume nennen und uns ein Angebot zusenden, einschließlich eines etwaigen Mindestumsatzes und Ihrer Catering-Bedingungen?

Mit freundlichen Grüßen
{signature}</translation>
    </message>
    <message>
        <source>%1 team</source>
        <comment>greeting without a contact name</comment>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>a date still to be fixed</source>
        <translation>Termin noch offen</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <comment>guests</comment>
        <translation>noch offen</translation>
    </message>
    <message numerus="yes">
        <source>%n breakout room(s) for %1 guests</source>
        <translation>
            <numerusform>%n Breakout-Raum für %1 Gäste</numerusform>
            <numerusform>%n Breakout-Räume für je %1 Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <comment>main layout, and breakout rooms</comment>
        <translation>%1 sowie %2</translation>
    </message>
    <message>
        <source>The events team</source>
        <translation>Das Eventteam</translation>
    </message>
</context>
<context>
    <name>OutreachRepository</name>
    <message>
        <source>Someone else changed this shortlist row after you opened it; their version is now shown and nothing of yours was saved.</source>
        <translation>Jemand anders hat diese Shortlist-Zeile geändert, nachdem Sie sie geöffnet hatten; die andere Fassung wird jetzt angezeigt und von Ihren Änderungen wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This venue is no longer on the shortlist; someone may have removed it.</source>
        <translation>Diese Location steht nicht mehr auf der Shortlist; vielleicht hat jemand sie entfernt.</translation>
    </message>
    <message>
        <source>read the shortlist row</source>
        <translation>Shortlist-Zeile lesen</translation>
    </message>
    <message>
        <source>add venues to the shortlist</source>
        <translation>Locations zur Shortlist hinzufügen</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>Das Projekt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 was added to this shortlist by someone else a moment ago.</source>
        <translation>%1 wurde gerade von jemand anderem zu dieser Shortlist hinzugefügt.</translation>
    </message>
    <message>
        <source>remove the venue from the shortlist</source>
        <translation>Location von der Shortlist entfernen</translation>
    </message>
    <message>
        <source>%1 has files on this shortlist (a contract, a floor plan …); remove them under Files… first.</source>
        <translation>%1 hat Dateien auf dieser Shortlist (einen Vertrag, einen Grundriss …); entfernen Sie sie zuerst unter Dateien….</translation>
    </message>
    <message>
        <source>put the venue back on the shortlist</source>
        <translation>Location wieder auf die Shortlist setzen</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>Die Location existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is on the shortlist again: someone added it meanwhile.</source>
        <translation>%1 steht wieder auf der Shortlist: Jemand hat sie inzwischen hinzugefügt.</translation>
    </message>
    <message>
        <source>change the outreach status</source>
        <translation>Anfragestatus ändern</translation>
    </message>
    <message>
        <source>Say why the venue declined; a decline needs a reason.</source>
        <translation>Geben Sie an, warum die Location abgesagt hat; eine Absage braucht einen Grund.</translation>
    </message>
    <message>
        <source>save the shortlist row</source>
        <translation>Shortlist-Zeile speichern</translation>
    </message>
    <message>
        <source>A quoted price cannot be negative.</source>
        <translation>Ein Angebotspreis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>change the proposal order</source>
        <translation>Reihenfolge im Vorschlag ändern</translation>
    </message>
    <message>
        <source>record the outreach email</source>
        <translation>Anfrage-E-Mail erfassen</translation>
    </message>
    <message>
        <source>open the shortlist</source>
        <translation>Shortlist öffnen</translation>
    </message>
    <message>
        <source>count the outreach</source>
        <translation>Anfragen zählen</translation>
    </message>
    <message>
        <source>list the venues to chase</source>
        <translation>Nachzufassende Locations auflisten</translation>
    </message>
    <message>
        <source>change the day to answer by</source>
        <translation>Antwortfrist ändern</translation>
    </message>
    <message>
        <source>count the declines by reason</source>
        <translation>Absagen nach Grund zählen</translation>
    </message>
</context>
<context>
    <name>OutreachStatus</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Required</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Ein Passwort darf nicht nur aus Leerzeichen bestehen.</translation>
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
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation>Zum Administrator machen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Each person signs in with their own PostgreSQL login; the database itself refuses what their role may not do.</source>
        <translation>Jede Person meldet sich mit einem eigenen PostgreSQL-Login an; die Datenbank selbst verweigert, was ihre Rolle nicht darf.</translation>
    </message>
</context>
<context>
    <name>PhotoRepository</name>
    <message>
        <source>add the photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>%1 is %2 MB; photos can be at most 10 MB.</source>
        <translation>%1 ist %2 MB groß; Fotos dürfen höchstens 10 MB groß sein.</translation>
    </message>
    <message>
        <source>%1 is not an image VenueMap can read (JPEG, PNG, GIF, BMP or WebP).</source>
        <translation>%1 ist kein Bild, das VenueMap lesen kann (JPEG, PNG, GIF, BMP oder WebP).</translation>
    </message>
    <message>
        <source>open the photo</source>
        <translation>Foto öffnen</translation>
    </message>
    <message>
        <source>The photo no longer exists.</source>
        <translation>Das Foto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>save the caption</source>
        <translation>Bildunterschrift speichern</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Event &amp;date</source>
        <translation>Veranstaltungs&amp;datum</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Teilnehmer</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>seated &amp;as</source>
        <translation>&amp;bestuhlt als</translation>
    </message>
    <message>
        <source>How the main session is set up: the shortlist marks the venues with a room that seats the attendees this way, and suggestions put them first</source>
        <translation>Bestuhlung der Hauptveranstaltung: Die Shortlist markiert Locations mit einem Raum, der die Teilnehmer so fasst, und Vorschläge nennen sie zuerst</translation>
    </message>
    <message>
        <source>Brea&amp;kouts</source>
        <translation>Brea&amp;kouts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> rooms</source>
        <translation> Räume</translation>
    </message>
    <message>
        <source>Smaller rooms the event needs besides the main one, e.g. 4 rooms of 30 classroom-style</source>
        <translation>Kleinere Räume, die die Veranstaltung neben dem Hauptraum braucht, z. B. 4 Räume mit je 30 Plätzen in Parlamentsbestuhlung</translation>
    </message>
    <message>
        <source>of</source>
        <translation>mit</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> Plätzen</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>S&amp;tadt</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>e.g. 25000.00</source>
        <translation>z. B. 25000</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>The project&apos;s currency (ISO 4217, e.g. EUR, GBP, CHF): the budget and the quoted prices are in it</source>
        <translation>Die Währung des Projekts (ISO 4217, z. B. EUR, GBP, CHF): Budget und Angebotspreise sind darin angegeben</translation>
    </message>
    <message>
        <source>Client lan&amp;guage</source>
        <translation>Kunden&amp;sprache</translation>
    </message>
    <message>
        <source>The language the proposal and emails to the client are written in</source>
        <translation>Die Sprache, in der Vorschlag und E-Mails an den Kunden geschrieben werden</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Bedarf</translation>
    </message>
    <message>
        <source>The facilities the event needs; suggestions look for venues that have them all</source>
        <translation>Die Ausstattung, die die Veranstaltung braucht; Vorschläge suchen Locations, die alles davon haben</translation>
    </message>
    <message>
        <source>Tick what the event needs. A facility that is missing is added by an admin, in a venue&apos;s editor.</source>
        <translation>Kreuzen Sie an, was die Veranstaltung braucht. Fehlende Ausstattung fügt ein Administrator im Location-Editor hinzu.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>ProjectRepository</name>
    <message>
        <source>save the project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>The client&apos;s name is required.</source>
        <translation>Der Name des Kunden ist erforderlich.</translation>
    </message>
    <message>
        <source>The event&apos;s name is required.</source>
        <translation>Der Name der Veranstaltung ist erforderlich.</translation>
    </message>
    <message>
        <source>The number of attendees cannot be negative.</source>
        <translation>Die Teilnehmerzahl kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The number of breakout rooms must be between 0 and %1.</source>
        <translation>Die Zahl der Breakout-Räume muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The seats per breakout room must be between 0 and %1.</source>
        <translation>Die Plätze pro Breakout-Raum müssen zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The client language &quot;%1&quot; is not one the app writes documents in.</source>
        <translation>Die Kundensprache „%1“ ist keine Sprache, in der die App Dokumente schreibt.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The budget is too large.</source>
        <translation>Das Budget ist zu groß.</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>Der Name des Kunden</translation>
    </message>
    <message>
        <source>The event&apos;s name</source>
        <translation>Der Name der Veranstaltung</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Die Stadt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Die Notizen</translation>
    </message>
    <message>
        <source>list the projects</source>
        <translation>Projekte auflisten</translation>
    </message>
    <message>
        <source>open the project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>The project no longer exists; someone may have removed it.</source>
        <translation>Das Projekt existiert nicht mehr; vielleicht hat jemand es entfernt.</translation>
    </message>
    <message>
        <source>create the project</source>
        <translation>Projekt anlegen</translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation>Dieses Projekt ist archiviert. Stellen Sie es wieder her, um es zu ändern.</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; their version is shown, nothing of yours was saved.</source>
        <translation>Jemand anders hat dieses Projekt geändert, nachdem Sie es geöffnet hatten; die andere Fassung wird angezeigt, von Ihren Änderungen wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>archive the project</source>
        <translation>Projekt archivieren</translation>
    </message>
    <message>
        <source>restore the project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; nothing was archived.</source>
        <translation>Jemand anders hat dieses Projekt geändert, nachdem Sie es geöffnet hatten; es wurde nichts archiviert.</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; nothing was restored.</source>
        <translation>Jemand anders hat dieses Projekt geändert, nachdem Sie es geöffnet hatten; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>count the projects</source>
        <translation>Projekte zählen</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>ProjectWorkspace</name>
    <message>
        <source>← All projects</source>
        <translation>← Alle Projekte</translation>
    </message>
    <message>
        <source>Edit &amp;project…</source>
        <translation>&amp;Projekt bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Add venues…</source>
        <translation>Locations &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Suggest venues…</source>
        <translation>Locations &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>E&amp;mail draft…</source>
        <translation>E-&amp;Mail-Entwurf…</translation>
    </message>
    <message>
        <source>&amp;Quotes…</source>
        <translation>&amp;Angebote…</translation>
    </message>
    <message>
        <source>What the selected venue quoted for this project, a new quote, and what it quoted for other projects</source>
        <translation>Was die gewählte Location für dieses Projekt angeboten hat, ein neues Angebot und was sie für andere Projekte angeboten hat</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Take the selected venue off the shortlist (Edit ▸ Undo puts it back)</source>
        <translation>Die gewählte Location von der Shortlist nehmen (Bearbeiten ▸ Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Earlier in the proposal</source>
        <translation>Weiter vorn im Vorschlag</translation>
    </message>
    <message>
        <source>Later in the proposal</source>
        <translation>Weiter hinten im Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Proposal…</source>
        <translation>&amp;Vorschlag…</translation>
    </message>
    <message>
        <source>Preview, save or print the proposal of the venues marked for it</source>
        <translation>Den Vorschlag mit den dafür markierten Locations ansehen, speichern oder drucken</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Search client or event…</source>
        <translation>Kunde oder Veranstaltung suchen…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>button: open the project</comment>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation>K&amp;unden</translation>
    </message>
    <message>
        <source>Every venue used for a client, and adding one to a project</source>
        <translation>Alle für einen Kunden genutzten Locations, und eine davon einem Projekt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Arc&amp;hivierte anzeigen</translation>
    </message>
    <message>
        <source>List the archived projects as well (greyed); they are read-only until restored</source>
        <translation>Auch die archivierten Projekte auflisten (grau); sie sind schreibgeschützt, bis sie wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hivieren…</translation>
    </message>
    <message>
        <source>Hide the project from the list and make it read-only; it can be restored</source>
        <translation>Das Projekt aus der Liste ausblenden und schreibgeschützt machen; es kann wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Rating (of 5)</source>
        <translation>Bewertung (von 5)</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation>Caterer</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation>Angebotspreis</translation>
    </message>
    <message>
        <source>Quoted price (%1)</source>
        <translation>Angebotspreis (%1)</translation>
    </message>
    <message>
        <source>Why we suggest it</source>
        <translation>Warum wir sie empfehlen</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Best room</source>
        <translation>Bester Raum</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Venue proposal  ·  %1</source>
        <translation>Location-Vorschlag  ·  %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Venue proposal</source>
        <translation>Location-Vorschlag</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>Erstellt für %1</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation>Noch nicht festgelegt</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>To be confirmed</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>no city chosen yet</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Venues proposed</source>
        <translation>Vorgeschlagene Locations</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Erstellt von %1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) for %1 guests on %2.</source>
        <translation>
            <numerusform>%n Location für %1 Gäste am %2.</numerusform>
            <numerusform>%n Locations für %1 Gäste am %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) for %1 guests.</source>
        <translation>
            <numerusform>%n Location für %1 Gäste.</numerusform>
            <numerusform>%n Locations für %1 Gäste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) on %1.</source>
        <translation>
            <numerusform>%n Location am %1.</numerusform>
            <numerusform>%n Locations am %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s).</source>
        <translation>
            <numerusform>%n Location.</numerusform>
            <numerusform>%n Locations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Venues at a glance</source>
        <translation>Die Locations im Überblick</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Prices are as quoted by each venue for this event.</source>
        <translation>Die Preise entsprechen den Angeboten der jeweiligen Location für diese Veranstaltung.</translation>
    </message>
    <message>
        <source>Capacities in red are below the %1 guests expected.</source>
        <translation>Rot markierte Kapazitäten liegen unter den erwarteten %1 Gästen.</translation>
    </message>
    <message>
        <source>The best room is the smallest that seats %1.</source>
        <translation>Der beste Raum ist der kleinste, der %1 fasst.</translation>
    </message>
    <message>
        <source>Venue %1 of %2</source>
        <translation>Location %1 von %2</translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation>%1 Gäste</translation>
    </message>
    <message>
        <source>Ask us</source>
        <translation>Auf Anfrage</translation>
    </message>
    <message>
        <source>Venue&apos;s own or to be chosen</source>
        <translation>Hauseigen oder noch offen</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Rooms for %1</source>
        <translation>Räume für %1</translation>
    </message>
    <message>
        <source>Rooms for %1 guests</source>
        <translation>Räume für %1 Gäste</translation>
    </message>
    <message>
        <source>%1 (part of %2)</source>
        <translation>%1 (Teil von %2)</translation>
    </message>
    <message>
        <source>Closest match</source>
        <translation>Passt am besten</translation>
    </message>
    <message>
        <source>Venue proposal: %1</source>
        <translation>Location-Vorschlag: %1</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Auf Anfrage</translation>
    </message>
    <message>
        <source>Proposal %1 %2</source>
        <comment>file name</comment>
        <translation>Vorschlag %1 %2</translation>
    </message>
</context>
<context>
    <name>ProposalData</name>
    <message>
        <source>%1 m ceiling</source>
        <translation>%1 m Deckenhöhe</translation>
    </message>
    <message>
        <source>daylight</source>
        <translation>Tageslicht</translation>
    </message>
    <message>
        <source>no daylight</source>
        <translation>kein Tageslicht</translation>
    </message>
    <message>
        <source>No room set up %1</source>
        <translation>Keine Kapazität %1 angegeben</translation>
    </message>
    <message>
        <source>%1: %2, %3 %4</source>
        <comment>Best room: Grand Hall, 450 theatre-style</comment>
        <translation>%1: %2, %3 %4</translation>
    </message>
    <message>
        <source>Best room</source>
        <translation>Bester Raum</translation>
    </message>
    <message>
        <source>Largest room</source>
        <translation>Größter Raum</translation>
    </message>
    <message>
        <source>%1: %2, up to %3</source>
        <comment>Best room: Grand Hall, up to 450</comment>
        <translation>%1: %2, bis zu %3</translation>
    </message>
    <message>
        <source>quote expired on %1</source>
        <translation>Angebot am %1 abgelaufen</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
</context>
<context>
    <name>ProposalPreviewDialog</name>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Branding…</source>
        <translation>&amp;Gestaltung…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV speichern…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
</context>
<context>
    <name>ProposalRepository</name>
    <message>
        <source>prepare the proposal</source>
        <translation>Vorschlag vorbereiten</translation>
    </message>
</context>
<context>
    <name>ProposalSettingsDialog</name>
    <message>
        <source>Proposal Branding</source>
        <translation>Gestaltung des Vorschlags</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>Name der &amp;Agentur:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Choose Image…</source>
        <translation>Bild &amp;wählen…</translation>
    </message>
    <message>
        <source>Use &amp;Initials</source>
        <translation>&amp;Initialen verwenden</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>C&amp;urrency symbol:</source>
        <translation>&amp;Währungssymbol:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Declined this client (%1): %2</source>
        <translation>Für diesen Kunden abgesagt (%1): %2</translation>
    </message>
    <message>
        <source>Proposed before (%1)</source>
        <translation>Bereits vorgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>This quote expired on %1; ask the venue for a new one.</source>
        <translation>Dieses Angebot ist am %1 abgelaufen; bitten Sie die Location um ein neues.</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>Room hire</source>
        <translation>Raummiete</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Room hire and catering</source>
        <translation>Raummiete und Catering</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>Mindestumsatz</translation>
    </message>
    <message>
        <source>Received: say on which day the quote came.</source>
        <translation>Eingegangen: Geben Sie an, an welchem Tag das Angebot eingegangen ist.</translation>
    </message>
    <message>
        <source>Amount: a quote cannot be negative; type the total the venue asked for, such as 12500.00.</source>
        <translation>Betrag: Ein Angebot kann nicht negativ sein; geben Sie die Gesamtsumme ein, die die Location verlangt, z. B. 12500.00.</translation>
    </message>
    <message>
        <source>Amount: at most 9,999,999,999.99.</source>
        <translation>Betrag: höchstens 9.999.999.999,99.</translation>
    </message>
    <message>
        <source>Currency: choose the currency of the quote, such as EUR.</source>
        <translation>Währung: Wählen Sie die Währung des Angebots, z. B. EUR.</translation>
    </message>
    <message>
        <source>Currency: “%1” is not a currency code; use a three-letter ISO 4217 code such as EUR, GBP or USD.</source>
        <translation>Währung: „%1“ ist kein Währungscode; verwenden Sie einen dreistelligen ISO-4217-Code wie EUR, GBP oder USD.</translation>
    </message>
    <message>
        <source>Per head: a price per head cannot be negative.</source>
        <translation>Pro Person: Ein Preis pro Person kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Per head: a price per head is for a quote that covers catering; choose what the quote covers first.</source>
        <translation>Pro Person: Ein Preis pro Person gilt für ein Angebot, das Catering umfasst; wählen Sie zuerst, was das Angebot umfasst.</translation>
    </message>
    <message>
        <source>Valid until: %1 is before the day the quote came (%2).</source>
        <translation>Gültig bis: %1 liegt vor dem Eingangsdatum des Angebots (%2).</translation>
    </message>
    <message>
        <source>Note: at most 20,000 characters.</source>
        <translation>Notiz: höchstens 20.000 Zeichen.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
</context>
<context>
    <name>QuoteRepository</name>
    <message>
        <source>Someone else changed or removed this quote after you opened it; nothing of yours was saved.</source>
        <translation>Jemand anders hat dieses Angebot geändert oder entfernt, nachdem Sie es geöffnet hatten; von Ihren Änderungen wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>add the quote</source>
        <translation>Angebot hinzufügen</translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation>Die Location steht nicht mehr auf der Shortlist des Projekts.</translation>
    </message>
    <message>
        <source>save the quote</source>
        <translation>Angebot speichern</translation>
    </message>
    <message>
        <source>remove the quote</source>
        <translation>Angebot entfernen</translation>
    </message>
    <message>
        <source>read the quote</source>
        <translation>Angebot lesen</translation>
    </message>
    <message>
        <source>The quote no longer exists; someone may have removed it.</source>
        <translation>Das Angebot existiert nicht mehr; vielleicht hat jemand es entfernt.</translation>
    </message>
    <message>
        <source>list the venue&apos;s quotes</source>
        <translation>Angebote der Location auflisten</translation>
    </message>
    <message>
        <source>read the venue&apos;s rate history</source>
        <translation>Preisverlauf der Location lesen</translation>
    </message>
    <message>
        <source>read the latest quote</source>
        <translation>Neuestes Angebot lesen</translation>
    </message>
    <message>
        <source>read the latest valid quote</source>
        <translation>Neuestes gültiges Angebot lesen</translation>
    </message>
    <message>
        <source>read the project&apos;s quotes</source>
        <translation>Angebote des Projekts lesen</translation>
    </message>
</context>
<context>
    <name>ReadOnlyEdits</name>
    <message>
        <source>This database is read-only: you can look at everything, but nothing can be changed.</source>
        <translation>Diese Datenbank ist schreibgeschützt: Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>count venues by city</source>
        <translation>Locations nach Stadt zählen</translation>
    </message>
    <message>
        <source>(no city)</source>
        <translation>(keine Stadt)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>count projects by status</source>
        <translation>Projekte nach Status zählen</translation>
    </message>
    <message>
        <source>count outreach by status</source>
        <translation>Anfragen nach Status zählen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in to VenueMap&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bei VenueMap anmelden&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>you@agency.com</source>
        <translation>sie@agentur.de</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>SignInGate</name>
    <message>
        <source>Cannot Sign In</source>
        <translation>Anmeldung nicht möglich</translation>
    </message>
</context>
<context>
    <name>SignInService</name>
    <message>
        <source>That email and password do not match an active account.</source>
        <translation>Diese E-Mail-Adresse und dieses Passwort gehören zu keinem aktiven Konto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Zu viele Fehlversuche: Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche: Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The database login “%1” belongs to nobody in VenueMap: ask an admin to add you (or, on a new database, run `venuemapctl user add` as its owner).</source>
        <translation>Das Datenbank-Login „%1“ gehört in VenueMap niemandem: Bitten Sie einen Administrator, Sie hinzuzufügen (oder führen Sie auf einer neuen Datenbank `venuemapctl user add` als deren Eigentümer aus).</translation>
    </message>
</context>
<context>
    <name>SpaceFit</name>
    <message>
        <source>theatre-style</source>
        <translation>in Theaterbestuhlung</translation>
    </message>
    <message>
        <source>classroom-style</source>
        <translation>in Parlamentsbestuhlung</translation>
    </message>
    <message>
        <source>at banquet rounds</source>
        <translation>an runden Tischen</translation>
    </message>
    <message>
        <source>cabaret-style</source>
        <translation>im Cabaret-Stil</translation>
    </message>
    <message>
        <source>standing (reception)</source>
        <translation>stehend (Empfang)</translation>
    </message>
    <message>
        <source>boardroom-style</source>
        <translation>an der Blocktafel</translation>
    </message>
    <message>
        <source>in a U-shape</source>
        <translation>in U-Form</translation>
    </message>
    <message>
        <source>in a hollow square</source>
        <translation>im Karree</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>guests, layout phrase: 120 theatre-style</comment>
        <translation>%1 Gäste %2</translation>
    </message>
    <message>
        <source>a room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message numerus="yes">
        <source>%n breakout room(s) of %1 %2</source>
        <comment>of 20 classroom-style</comment>
        <translation>
            <numerusform>%n Breakout-Raum mit %1 Plätzen %2</numerusform>
            <numerusform>%n Breakout-Räume mit je %1 Plätzen %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no rooms recorded</source>
        <translation>keine Räume erfasst</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>room name, seats</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 breakout rooms</source>
        <translation>%1 Breakout-Räume</translation>
    </message>
    <message>
        <source>no %1 room</source>
        <translation>kein Raum %1</translation>
    </message>
    <message>
        <source>%1 %2 at most</source>
        <translation>höchstens %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 breakouts</source>
        <translation>%1 von %2 Breakouts</translation>
    </message>
    <message>
        <source>No rooms are recorded for this venue, so whether it fits %1 cannot be checked.</source>
        <translation>Für diese Location sind keine Räume erfasst, daher lässt sich nicht prüfen, ob sie für %1 passt.</translation>
    </message>
    <message>
        <source>%1 seats %2 %3 (%4 needed).</source>
        <translation>%1 fasst %2 %3 (%4 benötigt).</translation>
    </message>
    <message>
        <source>No room is set up %1.</source>
        <translation>Für keinen Raum ist eine Kapazität %1 erfasst.</translation>
    </message>
    <message>
        <source>No room seats %1 %2: the largest, %3, seats %4.</source>
        <translation>Kein Raum fasst %1 %2: Der größte, %3, fasst %4.</translation>
    </message>
    <message>
        <source>%1 of its rooms seat %2 %3 (%4 breakouts needed).</source>
        <translation>%1 ihrer Räume fassen %2 %3 (%4 Breakouts benötigt).</translation>
    </message>
    <message>
        <source>Only %1 of its rooms seat %2 %3; %4 breakouts are needed.</source>
        <translation>Nur %1 ihrer Räume fassen %2 %3; %4 Breakouts werden benötigt.</translation>
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
            <numerusform>%1 Raum</numerusform>
            <numerusform>%1 Räume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 venue(s)</source>
        <translation>
            <numerusform>%1 Location</numerusform>
            <numerusform>%1 Locations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1 is a number of rooms (&quot;2 rooms&quot;), %2 of venues (&quot;1 new venue&quot;)</extracomment>
        <translation>%1 für %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 new venue(s)</source>
        <translation>
            <numerusform>%1 neue Location</numerusform>
            <numerusform>%1 neue Locations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 already in the book</source>
        <extracomment>%1 is a number of rooms (&quot;2 rooms&quot;), %2 of venues (&quot;1 venue&quot;)</extracomment>
        <translation>%1 für %2 bereits in der Datenbank</translation>
    </message>
    <message>
        <source>%1 for %2 new and %3 already in the book</source>
        <extracomment>%1 is a number of rooms (&quot;5 rooms&quot;), %2 a number of new venues, %3 of others (&quot;1 venue&quot;)</extracomment>
        <translation>%1 für %2 neue und %3 bereits in der Datenbank</translation>
    </message>
    <message>
        <source>they replace the rooms of that venue; a rooms file alone is not an import batch and cannot be undone</source>
        <translation>sie ersetzen die Räume dieser Location; eine Raumdatei allein ist kein Importstapel und kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>they replace the rooms of those venues; a rooms file alone is not an import batch and cannot be undone</source>
        <translation>sie ersetzen die Räume dieser Locations; eine Raumdatei allein ist kein Importstapel und kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>they replace the rooms of that venue, and undoing the import does not put its old rooms back</source>
        <translation>sie ersetzen die Räume dieser Location, und das Rückgängigmachen des Imports stellt ihre alten Räume nicht wieder her</translation>
    </message>
    <message>
        <source>they replace the rooms of those venues, and undoing the import does not put their old rooms back</source>
        <translation>sie ersetzen die Räume dieser Locations, und das Rückgängigmachen des Imports stellt ihre alten Räume nicht wieder her</translation>
    </message>
    <message>
        <source>1 room skipped with its invalid venue row</source>
        <translation>1 Raum mit seiner ungültigen Location-Zeile übersprungen</translation>
    </message>
    <message>
        <source>%1 rooms skipped with their invalid venue rows</source>
        <translation>%1 Räume mit ihren ungültigen Location-Zeilen übersprungen</translation>
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
        <translation>Die Raumdatei ist leer: Die erste Zeile muss die Spalten benennen (Venue, City, Space, Part of, Theatre, ...).</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold the %3; keep one.</source>
        <translation>die Spalten %1 und %2 enthalten beide %3; behalten Sie eine.</translation>
    </message>
    <message>
        <source>No column holds the venue&apos;s name: the first row of a rooms file names the columns, among them &quot;%1&quot; (found %2).</source>
        <translation>Keine Spalte enthält den Namen der Location: Die erste Zeile einer Raumdatei benennt die Spalten, darunter „%1“ (gefunden: %2).</translation>
    </message>
    <message>
        <source>No column holds the space&apos;s name: the first row of a rooms file names the columns, among them &quot;%1&quot; (found %2).</source>
        <translation>Keine Spalte enthält den Namen des Raums: Die erste Zeile einer Raumdatei benennt die Spalten, darunter „%1“ (gefunden: %2).</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; a value may hold an unquoted &quot;%3&quot;.</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2; ein Wert enthält vielleicht ein „%3“ ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>the venue is empty; each room names the venue it belongs to, with its city.</source>
        <translation>die Location fehlt; jeder Raum nennt die Location, zu der er gehört, samt Stadt.</translation>
    </message>
    <message>
        <source>the space has no name; every space needs a name.</source>
        <translation>der Raum hat keinen Namen; jeder Raum braucht einen Namen.</translation>
    </message>
    <message>
        <source>the area in m² must be a number, not %1.</source>
        <translation>die Fläche in m² muss eine Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <source>the ceiling height in m must be a number, not %1.</source>
        <translation>die Deckenhöhe in m muss eine Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <source>daylight is &quot;yes&quot;, &quot;no&quot; or empty, not %1.</source>
        <translation>Tageslicht muss „yes“, „no“ oder leer sein, nicht %1.</translation>
    </message>
    <message>
        <source>The rooms file has a header row but no rooms.</source>
        <translation>Die Raumdatei hat eine Kopfzeile, aber keine Räume.</translation>
    </message>
    <message>
        <source>%1 is already a space of %2 (row %3); a space name is used once per venue.</source>
        <translation>%1 ist bereits ein Raum von %2 (Zeile %3); ein Raumname kommt pro Location nur einmal vor.</translation>
    </message>
    <message>
        <source>%1 is not a space of %2 in this file; &quot;Part of&quot; names another space of the same venue.</source>
        <translation>%1 ist in dieser Datei kein Raum von %2; „Part of“ nennt einen anderen Raum derselben Location.</translation>
    </message>
    <message>
        <source>%1 would be inside one of its own parts (a &quot;Part of&quot; cycle).</source>
        <translation>%1 läge in einem seiner eigenen Teile (ein „Part of“-Zyklus).</translation>
    </message>
    <message>
        <source>the venues file imports %1 venues named %2 (rows %3), so the rooms cannot tell which is theirs; give each a distinct name or city.</source>
        <translation>die Location-Datei importiert %1 Locations namens %2 (Zeilen %3), daher können die Räume nicht erkennen, welche ihre ist; geben Sie jeder einen eigenen Namen oder eine eigene Stadt.</translation>
    </message>
    <message>
        <source>there is no venue %1 in the book nor in the venues file; the Venue and City columns name a venue exactly as it is spelled there (case and surrounding spaces aside).</source>
        <translation>es gibt keine Location %1 in der Datenbank oder in der Location-Datei; die Spalten Venue und City nennen eine Location genau so, wie sie dort geschrieben ist (abgesehen von Groß-/Kleinschreibung und umgebenden Leerzeichen).</translation>
    </message>
    <message>
        <source>there is no venue %1 in the book; the Venue and City columns name a venue exactly as it is spelled there (case and surrounding spaces aside).</source>
        <translation>es gibt keine Location %1 in der Datenbank; die Spalten Venue und City nennen eine Location genau so, wie sie dort geschrieben ist (abgesehen von Groß-/Kleinschreibung und umgebenden Leerzeichen).</translation>
    </message>
    <message>
        <source>the book has %1 venues named %2, so the rooms cannot tell which is theirs; rename one of them first.</source>
        <translation>die Datenbank hat %1 Locations namens %2, daher können die Räume nicht erkennen, welche ihre ist; benennen Sie zuerst eine davon um.</translation>
    </message>
    <message>
        <source>the venue %1 cannot be matched, as row %2 says.</source>
        <translation>die Location %1 kann nicht zugeordnet werden (siehe Zeile %2).</translation>
    </message>
    <message>
        <source>import the rooms</source>
        <translation>Räume importieren</translation>
    </message>
    <message>
        <source>The rooms file has a problem (%1): nothing was imported. %2</source>
        <translation>Die Raumdatei hat ein Problem (%1): Es wurde nichts importiert. %2</translation>
    </message>
    <message>
        <source>The rooms file has %1 problems (%2): nothing was imported. %3</source>
        <translation>Die Raumdatei hat %1 Probleme (%2): Es wurde nichts importiert. %3</translation>
    </message>
    <message>
        <source>The rooms file leaves out %1 of %2, which 1 live hold names; keep the room in the file, or release it first.</source>
        <translation>Die Raumdatei lässt %1 von %2 weg, auf dem 1 laufende Option liegt; behalten Sie den Raum in der Datei oder geben Sie die Option zuerst frei.</translation>
    </message>
    <message>
        <source>The rooms file leaves out %1 of %2, which %3 live holds name; keep the room in the file, or release them first.</source>
        <translation>Die Raumdatei lässt %1 von %2 weg, auf dem %3 laufende Optionen liegen; behalten Sie den Raum in der Datei oder geben Sie die Optionen zuerst frei.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The venue %1 was not written, so its rooms cannot be.</source>
        <translation>Die Location %1 wurde nicht gespeichert, daher können auch ihre Räume nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The rooms of %1: %2</source>
        <extracomment>%1 names a venue, %2 is what is wrong with its rooms</extracomment>
        <translation>Die Räume von %1: %2</translation>
    </message>
    <message>
        <source>The rooms file holds no room: nothing to import.</source>
        <translation>Die Raumdatei enthält keinen Raum: nichts zu importieren.</translation>
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
        <translation>Parlament</translation>
    </message>
    <message>
        <source>Banquet (rounds)</source>
        <translation>Bankett (runde Tische)</translation>
    </message>
    <message>
        <source>Cabaret</source>
        <translation>Cabaret</translation>
    </message>
    <message>
        <source>Reception (standing)</source>
        <translation>Empfang (stehend)</translation>
    </message>
    <message>
        <source>Boardroom</source>
        <translation>Blocktafel</translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation>U-Form</translation>
    </message>
    <message>
        <source>Hollow square</source>
        <translation>Karree</translation>
    </message>
</context>
<context>
    <name>SpaceRepository</name>
    <message>
        <source>save the venue&apos;s spaces</source>
        <translation>Räume der Location speichern</translation>
    </message>
    <message>
        <source>read the venue&apos;s spaces</source>
        <translation>Räume der Location lesen</translation>
    </message>
    <message>
        <source>read the venues&apos; rooms</source>
        <translation>Räume der Locations lesen</translation>
    </message>
    <message>
        <source>read the shortlisted venues&apos; rooms</source>
        <translation>Räume der Locations auf der Shortlist lesen</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>Die Location existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Somebody changed this venue&apos;s spaces since you opened them.</source>
        <translation>Jemand hat die Räume dieser Location geändert, seit Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <source>Space &quot;%1&quot; is no longer stored for this venue.</source>
        <translation>Raum „%1“ ist für diese Location nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>look for holds on the rooms</source>
        <translation>Optionen auf den Räumen suchen</translation>
    </message>
</context>
<context>
    <name>SuggestionService</name>
    <message>
        <source>suggest venues</source>
        <translation>Locations vorschlagen</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 holds at most %2 characters, not %3.</source>
        <translation>%1 fasst höchstens %2 Zeichen, nicht %3.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>That person no longer exists; somebody removed them.</source>
        <translation>Diese Person existiert nicht mehr; jemand hat sie entfernt.</translation>
    </message>
    <message>
        <source>VenueMap needs at least one active admin: make someone else an admin first.</source>
        <translation>VenueMap braucht mindestens einen aktiven Administrator: Machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <source>This sign-in is not one VenueMap created (the database owner, a superuser or a login made on the server), so VenueMap does not change it: its password and rights are changed on the server itself, by whoever administers it.</source>
        <translation>Diese Anmeldung wurde nicht von VenueMap angelegt (der Eigentümer der Datenbank, ein Superuser oder ein auf dem Server angelegtes Login), daher ändert VenueMap sie nicht: Passwort und Rechte werden auf dem Server selbst geändert, von der Person, die ihn verwaltet.</translation>
    </message>
    <message>
        <source>This person has activity in the log, which is never rewritten; disable them instead.</source>
        <translation>Zu dieser Person gibt es Einträge im Aktivitätsprotokoll, das nie geändert wird; deaktivieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>A database login with that name already exists on this server; choose another login name.</source>
        <translation>Ein Datenbank-Login mit diesem Namen existiert auf diesem Server bereits; wählen Sie einen anderen Login-Namen.</translation>
    </message>
    <message>
        <source>Somebody with that email address already exists.</source>
        <translation>Es gibt bereits jemanden mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Your database account is not allowed to do this; only admins manage people.</source>
        <translation>Ihr Datenbankkonto hat dazu keine Berechtigung; nur Administratoren verwalten Personen.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>A person needs an email address.</source>
        <translation>Eine Person braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>read a person</source>
        <translation>Person lesen</translation>
    </message>
    <message>
        <source>list people</source>
        <translation>Personen auflisten</translation>
    </message>
    <message>
        <source>count people</source>
        <translation>Personen zählen</translation>
    </message>
    <message>
        <source>count admins</source>
        <translation>Administratoren zählen</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?); nothing was saved.</source>
        <translation>Das Passwort konnte nicht geschützt werden (Arbeitsspeicher voll?); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The new person cannot be read back.</source>
        <translation>Die neue Person kann nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>create the first admin</source>
        <translation>Ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>The new admin cannot be read back.</source>
        <translation>Der neue Administrator kann nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>enable this person</source>
        <translation>Diese Person aktivieren</translation>
    </message>
    <message>
        <source>disable this person</source>
        <translation>Diese Person deaktivieren</translation>
    </message>
    <message>
        <source>change this person&apos;s role</source>
        <translation>Rolle dieser Person ändern</translation>
    </message>
    <message>
        <source>set a new password</source>
        <translation>Neues Passwort setzen</translation>
    </message>
    <message>
        <source>The password could not be protected; nothing was saved.</source>
        <translation>Das Passwort konnte nicht geschützt werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>save the password</source>
        <translation>Passwort speichern</translation>
    </message>
    <message>
        <source>remove this person</source>
        <translation>Diese Person entfernen</translation>
    </message>
    <message>
        <source>save your profile</source>
        <translation>Ihr Profil speichern</translation>
    </message>
    <message>
        <source>Only your own profile can be changed here.</source>
        <translation>Hier kann nur Ihr eigenes Profil geändert werden.</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>Ihr Passwort ändern</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation>Das Passwort konnte nicht geschützt werden.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Event manager</source>
        <translation>Eventmanager</translation>
    </message>
</context>
<context>
    <name>Venue</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>The capacity cannot be negative (%1).</source>
        <translation>Die Kapazität kann nicht negativ sein (%1).</translation>
    </message>
    <message>
        <source>The rating must be from 0 to 5, not %1.</source>
        <translation>Die Bewertung muss zwischen 0 und 5 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The latitude must be from -90 to 90, not %1.</source>
        <translation>Der Breitengrad muss zwischen -90 und 90 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The longitude must be from -180 to 180, not %1.</source>
        <translation>Der Längengrad muss zwischen -180 und 180 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>A venue needs a name.</source>
        <translation>Eine Location braucht einen Namen.</translation>
    </message>
    <message>
        <source>This does not look like a website (www.example.com).</source>
        <translation>Das sieht nicht wie eine Website aus (www.example.com).</translation>
    </message>
</context>
<context>
    <name>VenueCsvExport</name>
    <message>
        <source>export the venues</source>
        <translation>Locations exportieren</translation>
    </message>
    <message>
        <source>The file could not be written: %1.</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The rooms file could not be written: %1.</source>
        <translation>Die Raumdatei konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Exporting venues…</source>
        <translation>Locations werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Venues</source>
        <translation>Locations exportieren</translation>
    </message>
    <message>
        <source>Exporting venues… %L1 written</source>
        <translation>Locations werden exportiert… %L1 geschrieben</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation>
            <numerusform>%Ln Location</numerusform>
            <numerusform>%Ln Locations</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 and %3 to %4.</source>
        <translation>%1 nach %2 und %3 nach %4 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln Raum</numerusform>
            <numerusform>%Ln Räume</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>VenueEditor</name>
    <message>
        <source>Venue</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Guests, e.g. 250</source>
        <translation>Gäste, z. B. 250</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>0 to 5, one decimal</source>
        <translation>0 bis 5, eine Nachkommastelle</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Tick what the venue offers. A facility that is missing is added by an admin.</source>
        <translation>Kreuzen Sie an, was die Location bietet. Fehlende Ausstattung fügt ein Administrator hinzu.</translation>
    </message>
    <message>
        <source>New facility…</source>
        <translation>Neues Ausstattungsmerkmal…</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Kontakttelefon</translation>
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
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>-90 to 90</source>
        <translation>-90 bis 90</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>-180 to 180</source>
        <translation>-180 bis 180</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Räume</translation>
    </message>
</context>
<context>
    <name>VenueFieldParser</name>
    <message>
        <source>The capacity must be a whole number, not %1.</source>
        <translation>Die Kapazität muss eine ganze Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <source>The rating must be a number from 0 to 5, not %1.</source>
        <translation>Die Bewertung muss eine Zahl von 0 bis 5 sein, nicht %1.</translation>
    </message>
    <message>
        <source>The rating has one decimal at most, not %1.</source>
        <translation>Die Bewertung hat höchstens eine Nachkommastelle, nicht %1.</translation>
    </message>
    <message>
        <source>The %1 must be a number, not %2.</source>
        <translation>Das Feld „%1“ muss eine Zahl sein, nicht %2.</translation>
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
        <translation>Zeile %1: %2 wiederholt Zeile %3 der Datei.</translation>
    </message>
    <message>
        <source>Row %1: %2 is already in the venue book.</source>
        <translation>Zeile %1: %2 ist bereits in der Location-Datenbank.</translation>
    </message>
    <message numerus="yes">
        <source>%1 venue(s) to import</source>
        <translation>
            <numerusform>%1 Location zu importieren</numerusform>
            <numerusform>%1 Locations zu importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) invalid</source>
        <translation>
            <numerusform>%1 Zeile ungültig</numerusform>
            <numerusform>%1 Zeilen ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 duplicate(s) included</source>
        <translation>
            <numerusform>%1 Duplikat einbezogen</numerusform>
            <numerusform>%1 Duplikate einbezogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 duplicate(s) skipped</source>
        <translation>
            <numerusform>%1 Duplikat übersprungen</numerusform>
            <numerusform>%1 Duplikate übersprungen</numerusform>
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
        <translation>Datei lesen</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a pipe or a device): save the spreadsheet as a CSV file and import that.</source>
        <translation>%1 ist keine normale Datei (ein Ordner, eine Pipe oder ein Gerät): Speichern Sie die Tabelle als CSV-Datei und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB: split it into smaller files.</source>
        <translation>%1 ist größer als 1 GB: Teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file is empty: the first row must name the columns (name, city, capacity, ...).</source>
        <translation>Die Datei ist leer: Die erste Zeile muss die Spalten benennen (name, city, capacity, ...).</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold the %3; choose one.</source>
        <translation>die Spalten %1 und %2 enthalten beide „%3“; wählen Sie eine.</translation>
    </message>
    <message>
        <source>No column holds the venue name: the first row must name the columns, one of them &quot;name&quot; (found %1).</source>
        <translation>Keine Spalte enthält den Namen der Location: Die erste Zeile muss die Spalten benennen, eine davon „name“ (gefunden: %1).</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; a value may hold an unquoted &quot;%3&quot;.</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2; ein Wert enthält vielleicht ein „%3“ ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>the venue name is empty.</source>
        <translation>der Name der Location ist leer.</translation>
    </message>
    <message>
        <source>The file has a header row but no venues.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Locations.</translation>
    </message>
    <message>
        <source>import the venues</source>
        <translation>Locations importieren</translation>
    </message>
    <message>
        <source>1 row of the file is invalid: nothing was imported. Fix it or choose to skip invalid rows.</source>
        <translation>1 Zeile der Datei ist ungültig: Es wurde nichts importiert. Korrigieren Sie sie oder lassen Sie ungültige Zeilen überspringen.</translation>
    </message>
    <message>
        <source>%1 rows of the file are invalid: nothing was imported. Fix them or choose to skip invalid rows.</source>
        <translation>%1 Zeilen der Datei sind ungültig: Es wurde nichts importiert. Korrigieren Sie sie oder lassen Sie ungültige Zeilen überspringen.</translation>
    </message>
    <message>
        <source>Every valid row is a duplicate: nothing to import unless duplicates are included.</source>
        <translation>Alle gültigen Zeilen sind Duplikate: nichts zu importieren, solange Duplikate nicht einbezogen werden.</translation>
    </message>
    <message>
        <source>The file holds no valid venue: nothing to import.</source>
        <translation>Die Datei enthält keine gültige Location: nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::CateringModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation>Caterer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Cannot sign in until an admin enables them again.</source>
        <translation>Kann sich erst wieder anmelden, wenn ein Administrator die Person aktiviert.</translation>
    </message>
    <message>
        <source>The PostgreSQL login role this person signs in with.</source>
        <translation>Die PostgreSQL-Login-Rolle, mit der sich diese Person anmeldet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Datenbank-Login</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ProjectListModel</name>
    <message>
        <source>Archived %1</source>
        <translation>Archiviert am %1</translation>
    </message>
    <message>
        <source>Archived with the status %1; read-only until restored.</source>
        <translation>Mit dem Status %1 archiviert; schreibgeschützt bis zur Wiederherstellung.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
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
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Auf Shortlist</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ShortlistModel</name>
    <message>
        <source>Declined: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>Kapazität %1</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>Kontakt: %1 %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Client history</source>
        <translation>Kundenhistorie</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation>Caterer</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation>Angebotspreis</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>save the quoted price</source>
        <translation>Angebotspreis speichern</translation>
    </message>
    <message>
        <source>“%1” is not a price; type an amount such as 12500.00.</source>
        <translation>„%1“ ist kein Preis; geben Sie einen Betrag ein, z. B. 12500.00.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::SuggestionModel</name>
    <message>
        <source>%1 seats %2</source>
        <translation>%1 bietet Platz für %2</translation>
    </message>
    <message>
        <source>rooms do not fit: %1</source>
        <translation>Räume passen nicht: %1</translation>
    </message>
    <message>
        <source>no rooms recorded</source>
        <translation>keine Räume erfasst</translation>
    </message>
    <message>
        <source>Seats %1</source>
        <translation>Bietet Platz für %1</translation>
    </message>
    <message>
        <source>breakout rooms: %1</source>
        <translation>Breakout-Räume: %1</translation>
    </message>
    <message>
        <source>needs met: %1 of %2</source>
        <translation>Bedarf erfüllt: %1 von %2</translation>
    </message>
    <message>
        <source>proposed to this client before</source>
        <translation>diesem Kunden bereits vorgeschlagen</translation>
    </message>
    <message>
        <source>replies: %1 of %2</source>
        <translation>Antworten: %1 von %2</translation>
    </message>
    <message>
        <source>declines: %1</source>
        <translation>Absagen: %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Seats up to %Ln guest(s)</source>
        <translation>
            <numerusform>Bietet Platz für bis zu %Ln Gast</numerusform>
            <numerusform>Bietet Platz für bis zu %Ln Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity unknown</source>
        <translation>Kapazität unbekannt</translation>
    </message>
    <message>
        <source>No facilities listed</source>
        <translation>Keine Ausstattung angegeben</translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation>Bewertung: %1 von 5</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nie kontaktiert</translation>
    </message>
    <message numerus="yes">
        <source>Asked %Ln time(s): %1 answered, %2 declined</source>
        <translation>
            <numerusform>%Ln-mal angefragt: %1 beantwortet, %2 abgesagt</numerusform>
            <numerusform>%Ln-mal angefragt: %1 beantwortet, %2 abgesagt</numerusform>
        </translation>
    </message>
    <message>
        <source>The most guests the venue seats; every suggestion seats all the guests.</source>
        <translation>Höchstzahl der Gäste, für die die Location Platz bietet; jeder Vorschlag bietet Platz für alle Gäste.</translation>
    </message>
    <message>
        <source>The venue&apos;s rating, out of 5.</source>
        <translation>Die Bewertung der Location (höchstens 5).</translation>
    </message>
    <message>
        <source>How many of the facilities the project needs the venue has.</source>
        <translation>Wie viele der vom Projekt benötigten Ausstattungsmerkmale die Location bietet.</translation>
    </message>
    <message>
        <source>Why the venue fits: its seats, the needs it meets, an earlier proposal to this client and how often it answers.</source>
        <translation>Warum die Location passt: ihre Plätze, der erfüllte Bedarf, ein früherer Vorschlag an diesen Kunden und wie oft sie antwortet.</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Needs met</source>
        <translation>Bedarf erfüllt</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Eignung</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::VenueListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A shared venue book for event agencies: venues, client projects, shortlists, outreach and proposals.</source>
        <translation>Eine gemeinsame Location-Datenbank für Eventagenturen: Locations, Kundenprojekte, Shortlists, Anfragen und Vorschläge.</translation>
    </message>
    <message>
        <source>Database: %1
Qt %2</source>
        <translation>Datenbank: %1
Qt %2</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ActivityPanel</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
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
        <translation>Ein Passwort muss mindestens %1 Zeichen haben; teilen Sie es der Person persönlich mit, sie ändert es dann unter Konto ▸ Passwort ändern…</translation>
    </message>
    <message>
        <source>They sign in to this PostgreSQL database with their own login, created now. Event managers work with venues and projects; admins also manage people. %1</source>
        <translation>Die Person meldet sich bei dieser PostgreSQL-Datenbank mit einem eigenen, jetzt angelegten Login an. Eventmanager arbeiten mit Locations und Projekten; Administratoren verwalten auch Personen. %1</translation>
    </message>
    <message>
        <source>They sign in with their email and this password. Event managers work with venues and projects; admins also manage people. %1</source>
        <translation>Die Person meldet sich mit ihrer E-Mail-Adresse und diesem Passwort an. Eventmanager arbeiten mit Locations und Projekten; Administratoren verwalten auch Personen. %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe ein.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AddVenuesDialog</name>
    <message>
        <source>Add Venues to the Shortlist</source>
        <translation>Locations zur Shortlist hinzufügen</translation>
    </message>
    <message>
        <source>Name or city contains…</source>
        <translation>Name oder Stadt enthält…</translation>
    </message>
    <message>
        <source>City (exact)</source>
        <translation>Stadt (genau)</translation>
    </message>
    <message>
        <source>any capacity</source>
        <translation>beliebige Kapazität</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Facilities: stage, parking</source>
        <translation>Ausstattung: Bühne, Parkplätze</translation>
    </message>
    <message>
        <source>Only venues whose rooms fit: %1</source>
        <translation>Nur Locations, deren Räume passen: %1</translation>
    </message>
    <message>
        <source>Untick to see venues without rooms recorded, or too small, too</source>
        <translation>Haken entfernen, um auch Locations ohne erfasste oder mit zu kleinen Räumen zu sehen</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>Auswahl &amp;hinzufügen</translation>
    </message>
    <message>
        <source>%1 has not quoted for a project yet.</source>
        <translation>%1 hat noch für kein Projekt ein Angebot abgegeben.</translation>
    </message>
    <message>
        <source>Previous quotes from %1:</source>
        <translation>Frühere Angebote von %1:</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln earlier quote(s).</source>
        <translation>
            <numerusform>und %Ln früheres Angebot.</numerusform>
            <numerusform>und %Ln frühere Angebote.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match; select one or more (Ctrl or Shift for several).</source>
        <translation>%1 Treffer; wählen Sie eine oder mehrere aus (Strg oder Umschalt für mehrere).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s) selected.</source>
        <translation>
            <numerusform>%Ln Location ausgewählt.</numerusform>
            <numerusform>%Ln Locations ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AppController</name>
    <message>
        <source>The connection to the database server was lost. VenueMap keeps what you typed and is reconnecting…</source>
        <translation>Die Verbindung zum Datenbankserver wurde unterbrochen. VenueMap behält Ihre Eingaben und verbindet sich neu…</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. VenueMap keeps what you typed; reconnecting (attempt %1, next in %2 s)…</source>
        <translation>Die Verbindung zum Datenbankserver wurde unterbrochen. VenueMap behält Ihre Eingaben; neuer Verbindungsversuch (Versuch %1, nächster in %2 s)…</translation>
    </message>
    <message>
        <source>Connected again. Anything that did not save can be saved now.</source>
        <translation>Wieder verbunden. Was nicht gespeichert wurde, kann jetzt gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AttachmentsDialog</name>
    <message>
        <source>Files — %1</source>
        <translation>Dateien — %1</translation>
    </message>
    <message>
        <source>Contracts, floor plans, certificates and other files for %1. Every colleague sees them.</source>
        <translation>Verträge, Grundrisse, Nachweise und andere Dateien zu %1. Alle Kollegen sehen sie.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AttachmentsList</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added</source>
        <comment>column: when the file was added</comment>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add files (PDF, images, text, Office documents; up to 25 MB each), their kind taken from their names; the arrow adds them as a kind you choose. You can also drop files here.</source>
        <translation>Dateien hinzufügen (PDF, Bilder, Text, Office-Dokumente; je bis zu 25 MB), die Art wird aus dem Namen abgeleitet; über den Pfeil wählen Sie die Art selbst. Sie können Dateien auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Add as %1…</source>
        <translation>Als %1 hinzufügen…</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>button: open the file</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open a copy with the desktop&apos;s viewer</source>
        <translation>Eine Kopie im Standardprogramm öffnen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
%2, %3 — added by %4, %5</source>
        <translation>%1
%2, %3 — hinzugefügt von %4, %5</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Dateien werden geladen…</translation>
    </message>
    <message>
        <source>No files yet. Drop contracts, floor plans or certificates here, or choose Add.</source>
        <translation>Noch keine Dateien. Ziehen Sie Verträge, Grundrisse oder Nachweise hierher oder wählen Sie Hinzufügen.</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>Keine Dateien.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;All files (*)</source>
        <translation>Dokumente und Bilder (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>open the file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>VenueMap cannot make a private folder for a copy: %1.</source>
        <translation>VenueMap kann keinen privaten Ordner für eine Kopie anlegen: %1.</translation>
    </message>
    <message>
        <source>%1 could not be copied for the viewer: %2.</source>
        <translation>%1 konnte nicht für den Betrachter kopiert werden: %2.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1; use Save As… to keep a copy.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1; verwenden Sie Speichern unter…, um eine Kopie aufzubewahren.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Eine Kopie von %1 speichern</translation>
    </message>
    <message>
        <source>save the file</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Saved %1 as %2.</source>
        <translation>%1 als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Remove %1? Colleagues will no longer see it in the list.</source>
        <translation>%1 entfernen? Kollegen sehen die Datei dann nicht mehr in der Liste.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CapacityFilterButton</name>
    <message>
        <source>any number</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Capacity and rooms</source>
        <translation>Kapazität und Räume</translation>
    </message>
    <message>
        <source>from </source>
        <translation>von </translation>
    </message>
    <message>
        <source>to </source>
        <translation>bis </translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>kein Maximum</translation>
    </message>
    <message>
        <source>Any layout</source>
        <translation>Beliebige Bestuhlung</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no breakout rooms</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>&amp;Venue holds</source>
        <translation>&amp;Location fasst</translation>
    </message>
    <message>
        <source>seating at least</source>
        <translation>mit mindestens</translation>
    </message>
    <message>
        <source>&amp;One room</source>
        <translation>&amp;Ein Raum</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>in</source>
        <comment>breakout rooms in a layout</comment>
        <translation>in</translation>
    </message>
    <message>
        <source>&amp;Breakout rooms</source>
        <translation>&amp;Breakout-Räume</translation>
    </message>
    <message>
        <source>A venue holds what its largest room seats. A room counts when it seats the number in that layout; a divisible hall counts as its parts for breakouts.</source>
        <translation>Eine Location fasst, was ihr größter Raum fasst. Ein Raum zählt, wenn er die Zahl in dieser Bestuhlung fasst; ein teilbarer Saal zählt für Breakouts als seine Teile.</translation>
    </message>
    <message>
        <source>Any capacity</source>
        <translation>Beliebige Kapazität</translation>
    </message>
    <message>
        <source>Clear the capacity, room and breakout choices</source>
        <translation>Auswahl zu Kapazität, Räumen und Breakouts zurücksetzen</translation>
    </message>
    <message>
        <source>Capacity, rooms and layouts</source>
        <translation>Kapazität, Räume und Bestuhlung</translation>
    </message>
    <message>
        <source>Capacity: any</source>
        <translation>Kapazität: beliebig</translation>
    </message>
    <message>
        <source>Filter by the guests a venue holds, or by its rooms in a layout</source>
        <translation>Nach den Gästen filtern, die eine Location fasst, oder nach ihren Räumen in einer Bestuhlung</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>Kapazität: %1</translation>
    </message>
    <message>
        <source>%1–%2 guests</source>
        <translation>%1–%2 Gäste</translation>
    </message>
    <message>
        <source>%1+ guests</source>
        <translation>%1+ Gäste</translation>
    </message>
    <message>
        <source>up to %1 guests</source>
        <translation>bis zu %1 Gäste</translation>
    </message>
    <message>
        <source>%1+ %2</source>
        <translation>%1+ %2</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>%1 (beliebig)</translation>
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
        <translation>ein Raum für %1+ (%2)</translation>
    </message>
    <message>
        <source>a room with a %1 layout</source>
        <translation>ein Raum mit Bestuhlung %1</translation>
    </message>
    <message>
        <source>%1 × %2 %3 breakout rooms</source>
        <translation>%1 Breakout-Räume für je %2 (%3)</translation>
    </message>
    <message>
        <source>a %1 breakout room</source>
        <translation>ein Breakout-Raum (%1)</translation>
    </message>
    <message>
        <source>%1 %2 breakout rooms</source>
        <translation>%1 Breakout-Räume (%2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CateringDialog</name>
    <message>
        <source>New Caterer</source>
        <translation>Neuer Caterer</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CateringPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>%Ln caterer(s), %1 deleted</source>
        <translation>
            <numerusform>%Ln Caterer, %1 gelöscht</numerusform>
            <numerusform>%Ln Caterer, %1 gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln caterer(s)</source>
        <translation>
            <numerusform>%Ln Caterer</numerusform>
            <numerusform>%Ln Caterer</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Deleted %1; it stays on the shortlists that chose it.</source>
        <translation>%1 gelöscht; er bleibt auf den Shortlists, die ihn gewählt haben.</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ChangePasswordDialog</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice. %1</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein, dann zweimal das neue. %1</translation>
    </message>
    <message>
        <source>Set a New Password</source>
        <translation>Neues Passwort festlegen</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2) and tell it to them in person; they can change it under Account ▸ Change Password… %3</source>
        <translation>Legen Sie ein neues Passwort für %1 (%2) fest und teilen Sie es der Person persönlich mit; sie kann es unter Konto ▸ Passwort ändern… ändern. %3</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich; geben Sie zweimal dasselbe ein.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ClientsPanel</name>
    <message>
        <source>&amp;Add to Project</source>
        <translation>Zum Projekt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>← All projects</source>
        <translation>← Alle Projekte</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Filter clients…</source>
        <translation>Kunden filtern…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>column: venue was in the proposal</comment>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>column: venue was booked</comment>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation>Angebotspreis</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>column: venue declined</comment>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Why the venue declined.</source>
        <translation>Warum die Location abgesagt hat.</translation>
    </message>
    <message>
        <source>In the proposal of a completed project, and not declined.</source>
        <translation>Im Vorschlag eines abgeschlossenen Projekts und nicht abgesagt.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Put the selected venue on the chosen project&apos;s shortlist.</source>
        <translation>Die gewählte Location auf die Shortlist des gewählten Projekts setzen.</translation>
    </message>
    <message>
        <source>Pick a client on the left to see the venues used for them.</source>
        <translation>Wählen Sie links einen Kunden, um die für ihn genutzten Locations zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · last event %2</source>
        <translation>%1 · letzte Veranstaltung %2</translation>
    </message>
    <message>
        <source>No client yet: the clients of your projects appear here.</source>
        <translation>Noch keine Kunden: Die Kunden Ihrer Projekte erscheinen hier.</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Verlauf von %1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln project(s)</source>
        <translation>
            <numerusform>%1 · %Ln Projekt</numerusform>
            <numerusform>%1 · %Ln Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln venue(s) used</source>
        <translation>
            <numerusform> · %Ln Location genutzt</numerusform>
            <numerusform> · %Ln Locations genutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deleted from the book)</source>
        <translation>%1 (aus der Datenbank gelöscht)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No venue has been shortlisted for %1 yet.</source>
        <translation>Für %1 wurde noch keine Location auf eine Shortlist gesetzt.</translation>
    </message>
    <message>
        <source>This venue was deleted from the book.</source>
        <translation>Diese Location wurde aus der Datenbank gelöscht.</translation>
    </message>
    <message>
        <source>No active project to add the venue to.</source>
        <translation>Kein aktives Projekt, dem die Location hinzugefügt werden kann.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ConnectionDialog</name>
    <message>
        <source>prefer (default)</source>
        <translation>prefer (Standard)</translation>
    </message>
    <message>
        <source>How the connection is encrypted; ask your administrator when unsure.</source>
        <translation>Wie die Verbindung verschlüsselt wird; fragen Sie im Zweifel Ihren Administrator.</translation>
    </message>
    <message>
        <source>Leave empty for the local server (Unix socket).</source>
        <translation>Für den lokalen Server (Unix-Socket) leer lassen.</translation>
    </message>
    <message>
        <source>Leave empty when ~/.pgpass or PGPASSWORD provide it.</source>
        <translation>Leer lassen, wenn ~/.pgpass oder PGPASSWORD es liefern.</translation>
    </message>
    <message>
        <source>Choose a VenueMap File</source>
        <translation>VenueMap-Datei wählen</translation>
    </message>
    <message>
        <source>VenueMap files (*.venuemap *.sqlite);;All files (*)</source>
        <translation>VenueMap-Dateien (*.venuemap *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A new database will be created in %1.</source>
        <translation>In %1 wird eine neue Datenbank angelegt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to; choose another place.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden; wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Opened the file.</source>
        <translation>Datei geöffnet.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Opened the file: it is empty and will be set up when you connect.</source>
        <translation>Datei geöffnet: Die Datenbank ist leer und wird beim Verbinden eingerichtet.</translation>
    </message>
    <message>
        <source>Connected: it is empty and will be set up when you connect.</source>
        <translation>Verbunden: Die Datenbank ist leer und wird beim Verbinden eingerichtet.</translation>
    </message>
    <message>
        <source>Opened the file: its schema is newer than this VenueMap; install the newer version to use it.</source>
        <translation>Datei geöffnet: Das Schema ist neuer als diese VenueMap-Version; installieren Sie die neuere Version, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Connected: its schema is newer than this VenueMap; install the newer version to use it.</source>
        <translation>Verbunden: Das Schema ist neuer als diese VenueMap-Version; installieren Sie die neuere Version, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Opened the file: its schema will be brought up to date when you connect.</source>
        <translation>Datei geöffnet: Das Schema wird beim Verbinden aktualisiert.</translation>
    </message>
    <message>
        <source>Connected: its schema will be brought up to date when you connect.</source>
        <translation>Verbunden: Das Schema wird beim Verbinden aktualisiert.</translation>
    </message>
    <message>
        <source>Opened the file: it is up to date.</source>
        <translation>Datei geöffnet: Die Datenbank ist aktuell.</translation>
    </message>
    <message>
        <source>Connected: it is up to date.</source>
        <translation>Verbunden: Die Datenbank ist aktuell.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::DeclineDialog</name>
    <message>
        <source>Why Did %1 Decline?</source>
        <translation>Warum hat %1 abgesagt?</translation>
    </message>
    <message>
        <source>Choose the reason to mark %1 declined. It is shown to whoever shortlists %1 for %2 again, and counted in Reports.</source>
        <translation>Wählen Sie den Grund, um %1 als abgesagt zu markieren. Er wird jedem angezeigt, der %1 wieder für %2 auf eine Shortlist setzt, und in den Berichten gezählt.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>Optional: what the venue said</source>
        <translation>Optional: was die Location gesagt hat</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Als abgesagt markieren</translation>
    </message>
    <message>
        <source>Choose the reason first.</source>
        <translation>Wählen Sie zuerst den Grund.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::DemoWorker</name>
    <message>
        <source>load the sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>This build of VenueMap has no sample data generator.</source>
        <translation>Dieser Build von VenueMap hat keinen Generator für Beispieldaten.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::EmailDraftDialog</name>
    <message>
        <source>Email to %1</source>
        <translation>E-Mail an %1</translation>
    </message>
    <message>
        <source>%1 has no contact email in the venue book; add the address here or in the book.</source>
        <translation>%1 hat keine Kontakt-E-Mail in der Location-Datenbank; fügen Sie die Adresse hier oder in der Datenbank hinzu.</translation>
    </message>
    <message>
        <source>This venue was already asked; this draft is a reminder.</source>
        <translation>Diese Location wurde bereits angefragt; dieser Entwurf ist eine Erinnerung.</translation>
    </message>
    <message>
        <source>Copy the draft or open it in your mail app; after you send it, mark the venue as sent.</source>
        <translation>Kopieren Sie den Entwurf oder öffnen Sie ihn in Ihrem E-Mail-Programm; markieren Sie die Location nach dem Senden als gesendet.</translation>
    </message>
    <message>
        <source>Copied. Once you have sent it, mark the venue as sent.</source>
        <translation>Kopiert. Markieren Sie die Location als gesendet, sobald Sie die E-Mail gesendet haben.</translation>
    </message>
    <message>
        <source>No mail app answered; copy the draft instead.</source>
        <translation>Kein E-Mail-Programm hat reagiert; kopieren Sie stattdessen den Entwurf.</translation>
    </message>
    <message>
        <source>Handed to your mail app. Once you have sent it, mark the venue as sent.</source>
        <translation>An Ihr E-Mail-Programm übergeben. Markieren Sie die Location als gesendet, sobald Sie die E-Mail gesendet haben.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::EmailTemplatesDialog</name>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Restore Built-in…</source>
        <translation>Standardtext &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Email Templates</source>
        <translation>E-Mail-Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Placeholders in braces are filled for each venue; a line whose placeholders are all empty is left out. Write {{ or }} for a brace of its own.</source>
        <translation>Platzhalter in geschweiften Klammern werden für jede Location ausgefüllt; eine Zeile, deren Platzhalter alle leer sind, entfällt. Schreiben Sie {{ oder }} für eine einzelne Klammer.</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>&amp;Platzhalter:</translation>
    </message>
    <message>
        <source>{%1} — %2</source>
        <translation>{%1} — %2</translation>
    </message>
    <message>
        <source>Put the placeholder where the cursor is in the subject or body</source>
        <translation>Den Platzhalter an der Cursorposition in Betreff oder Text einfügen</translation>
    </message>
    <message>
        <source>Preview with a sample project:</source>
        <translation>Vorschau mit einem Beispielprojekt:</translation>
    </message>
    <message>
        <source>Remove the team&apos;s text: emails use the app&apos;s own text again</source>
        <translation>Den Text des Teams entfernen: E-Mails verwenden wieder den Text der App</translation>
    </message>
    <message>
        <source>Reading the team&apos;s templates…</source>
        <translation>Vorlagen des Teams werden gelesen…</translation>
    </message>
    <message>
        <source>The app&apos;s built-in text: the team has not written its own.</source>
        <translation>Der Standardtext der App: Das Team hat keinen eigenen geschrieben.</translation>
    </message>
    <message>
        <source>The team&apos;s text, saved by %1 on %2.</source>
        <translation>Der Text des Teams, gespeichert von %1 am %2.</translation>
    </message>
    <message>
        <source>The team&apos;s text, saved on %1.</source>
        <translation>Der Text des Teams, gespeichert am %1.</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>An: %1
Betreff: %2

%3</translation>
    </message>
    <message>
        <source>Only an admin can change the email templates.</source>
        <translation>Nur ein Administrator kann die E-Mail-Vorlagen ändern.</translation>
    </message>
    <message>
        <source>Saved. Emails in %1 now use the team&apos;s “%2” text.</source>
        <translation>Gespeichert. E-Mails (%1) verwenden jetzt den Text „%2“ des Teams.</translation>
    </message>
    <message>
        <source>Restore Built-in Text</source>
        <translation>Standardtext wiederherstellen</translation>
    </message>
    <message>
        <source>Remove the team&apos;s “%1” text in %2?</source>
        <translation>Den Text „%1“ des Teams (%2) entfernen?</translation>
    </message>
    <message>
        <source>Emails in this language then use the app&apos;s built-in text. The team&apos;s text cannot be brought back.</source>
        <translation>E-Mails in dieser Sprache verwenden dann den Standardtext der App. Der Text des Teams kann nicht zurückgeholt werden.</translation>
    </message>
    <message>
        <source>&amp;Restore Built-in</source>
        <translation>Standardtext &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Keep the Team&apos;s Text</source>
        <translation>Text des Teams &amp;behalten</translation>
    </message>
    <message>
        <source>Restored. Emails in %1 use the app&apos;s built-in “%2” text again.</source>
        <translation>Wiederhergestellt. E-Mails (%1) verwenden wieder den Standardtext „%2“ der App.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Close without saving your changes to %n template(s)?</source>
        <translation>
            <numerusform>Schließen, ohne Ihre Änderungen an %n Vorlage zu speichern?</numerusform>
            <numerusform>Schließen, ohne Ihre Änderungen an %n Vorlagen zu speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::FirstAdminDialog</name>
    <message>
        <source>Nobody signs in to this database yet. You are connected as the database login “%1”, which becomes its first admin: give your name and email. Admins then add the rest of the team from the People page, each with their own login.</source>
        <translation>Noch meldet sich niemand bei dieser Datenbank an. Sie sind als Datenbank-Login „%1“ verbunden, das ihr erster Administrator wird: Geben Sie Ihren Namen und Ihre E-Mail-Adresse an. Administratoren fügen dann den Rest des Teams auf der Seite Personen hinzu, jeweils mit eigenem Login.</translation>
    </message>
    <message>
        <source>This VenueMap file has nobody who can sign in yet. Create the first admin: you sign in with this email and password every time VenueMap starts, and add the rest of the team from the People page. A password needs at least %1 characters.</source>
        <translation>Diese VenueMap-Datei hat noch niemanden, der sich anmelden kann. Legen Sie den ersten Administrator an: Sie melden sich bei jedem Start von VenueMap mit dieser E-Mail-Adresse und diesem Passwort an und fügen den Rest des Teams auf der Seite Personen hinzu. Ein Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Create Admin</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe ein.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::FirstStartDialog</name>
    <message>
        <source>Your venue book is empty. To look around first, VenueMap can fill it with sample data: %1 venues in European cities, %2 client projects with shortlists, caterers and a few colleagues.&lt;br&gt;&lt;br&gt;The sample data lives in this file only: &lt;i&gt;%3&lt;/i&gt;</source>
        <translation>Ihre Location-Datenbank ist leer. Zum Ausprobieren kann VenueMap sie mit Beispieldaten füllen: %1 Locations in europäischen Städten, %2 Kundenprojekte mit Shortlists, Caterer und einige Kollegen.&lt;br&gt;&lt;br&gt;Die Beispieldaten liegen nur in dieser Datei: &lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&amp;Load Sample Data</source>
        <translation>Beispieldaten &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Start Empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <source>This build has no sample data generator.</source>
        <translation>Dieser Build hat keinen Generator für Beispieldaten.</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>Beispieldaten werden geladen…</translation>
    </message>
    <message>
        <source>Loading sample data… %1 of %2</source>
        <translation>Beispieldaten werden geladen… %1 von %2</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Beispieldaten geladen.</translation>
    </message>
    <message>
        <source>Loading was cancelled; the venue book is still empty.</source>
        <translation>Das Laden wurde abgebrochen; die Location-Datenbank ist noch leer.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::HoldsPanel</name>
    <message>
        <source>Add &amp;dates…</source>
        <translation>&amp;Termine hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>Option &amp;setzen…</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Kalender…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>The holds on a date axis, the project&apos;s dates shaded and other projects&apos; holds on the same rooms drawn faint</source>
        <translation>Die Optionen auf einer Zeitachse, die Termine des Projekts schattiert und Optionen anderer Projekte auf dieselben Räume blass</translation>
    </message>
    <message>
        <source>The month of the selected venue, every room, every project&apos;s holds</source>
        <translation>Der Monat der gewählten Location, jeder Raum, die Optionen jedes Projekts</translation>
    </message>
    <message>
        <source>Confirm the selected hold: the booking. A room confirmed for another project on the same dates is refused.</source>
        <translation>Die gewählte Option als Buchung bestätigen. Ist der Raum zu denselben Terminen schon für ein anderes Projekt bestätigt, wird dies abgelehnt.</translation>
    </message>
    <message>
        <source>Release the selected hold; a released first option makes the second option on the same room the first</source>
        <translation>Die gewählte Option freigeben; wird eine erste Option freigegeben, wird die zweite Option auf denselben Raum zur ersten</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a space at a venue</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Release the Hold</source>
        <translation>Option freigeben</translation>
    </message>
    <message>
        <source>Release %1 for %2? The venue may give the dates to someone else; this cannot be undone.</source>
        <translation>%1 für %2 freigeben? Die Location kann die Termine an jemand anderen vergeben; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Keep the Hold</source>
        <translation>Option &amp;behalten</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (bevorzugt)</translation>
    </message>
    <message>
        <source>No dates yet: add the preferred dates and any alternates, then hold rooms.</source>
        <translation>Noch keine Termine: Fügen Sie die bevorzugten Termine und eventuelle Alternativen hinzu und setzen Sie dann Optionen auf Räume.</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Termine: %1</translation>
    </message>
    <message>
        <source>%1 · whole venue</source>
        <translation>%1 · ganze Location</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>
Placed by %1</source>
        <translation>
Gesetzt von %1</translation>
    </message>
    <message>
        <source>Hold a room of %1 for one of the project&apos;s dates</source>
        <translation>Eine Option auf einen Raum von %1 für einen der Projekttermine setzen</translation>
    </message>
    <message>
        <source>Select a venue in the shortlist to hold one of its rooms</source>
        <translation>Wählen Sie eine Location auf der Shortlist, um eine Option auf einen ihrer Räume zu setzen</translation>
    </message>
    <message>
        <source>Add Dates</source>
        <translation>Termine hinzufügen</translation>
    </message>
    <message>
        <source>The &amp;preferred dates (the others are alternates)</source>
        <translation>Die &amp;bevorzugten Termine (die anderen sind Alternativen)</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Erster Tag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
    <message>
        <source>Dates %1 added.</source>
        <translation>Termine %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>hold a room</source>
        <translation>Option auf einen Raum setzen</translation>
    </message>
    <message>
        <source>Add the project&apos;s dates first (Add dates…): a hold is for one of them.</source>
        <translation>Fügen Sie zuerst die Termine des Projekts hinzu (Termine hinzufügen…): Eine Option gilt für einen davon.</translation>
    </message>
    <message>
        <source>Hold a Room at %1</source>
        <translation>Option auf einen Raum von %1</translation>
    </message>
    <message>
        <source>The whole venue</source>
        <translation>Die ganze Location</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Läuft ab am</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Termine</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>%1 is held: %2.</source>
        <translation>Option auf %1 gesetzt: %2.</translation>
    </message>
    <message>
        <source>%1 is confirmed for %2.</source>
        <translation>%1 ist für %2 bestätigt.</translation>
    </message>
    <message>
        <source>%1 is released.</source>
        <translation>%1 ist freigegeben.</translation>
    </message>
    <message>
        <source>The second option of %1 is now the first.</source>
        <translation>Die zweite Option von %1 ist jetzt die erste.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::HoldsTimeline</name>
    <message>
        <source>Holds timeline</source>
        <translation>Zeitleiste der Optionen</translation>
    </message>
    <message>
        <source>%1 (whole venue)</source>
        <translation>%1 (ganze Location)</translation>
    </message>
    <message>
        <source>expires</source>
        <comment>timeline legend: where a hold expires</comment>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>preferred dates</source>
        <translation>bevorzugte Termine</translation>
    </message>
    <message>
        <source>other projects</source>
        <translation>andere Projekte</translation>
    </message>
    <message>
        <source>Another project: %1</source>
        <translation>Anderes Projekt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab am %1</translation>
    </message>
    <message>
        <source>No holds yet: select a venue and Hold…</source>
        <translation>Noch keine Optionen: Wählen Sie eine Location und dann Option setzen…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Why it is a duplicate</source>
        <translation>Warum es ein Duplikat ist</translation>
    </message>
    <message>
        <source>Choose a CSV file of venues (and their rooms), or a rooms file alone. Nothing is written until you press Import.</source>
        <translation>Wählen Sie eine CSV-Datei mit Locations (und ihren Räumen) oder nur eine Raumdatei. Es wird nichts geschrieben, bevor Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>Import Venues</source>
        <translation>Locations importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Rooms</source>
        <translation>Räume importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nicht importiert —</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>%1 (rooms)</source>
        <translation>%1 (Räume)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Repeats row %1 of the file</source>
        <translation>Wiederholt Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>Already in the venue book</source>
        <translation>Bereits in der Location-Datenbank</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplikate (%1)</translation>
    </message>
    <message>
        <source>The rooms file has 1 problem (see Problems): nothing is imported until it is fixed and chosen again.</source>
        <translation>Die Raumdatei hat 1 Problem (siehe Probleme): Es wird nichts importiert, bis es behoben und die Datei erneut gewählt ist.</translation>
    </message>
    <message>
        <source>The rooms file has %1 problems (see Problems): nothing is imported until they are fixed and the file is chosen again.</source>
        <translation>Die Raumdatei hat %1 Probleme (siehe Probleme): Es wird nichts importiert, bis sie behoben sind und die Datei erneut gewählt ist.</translation>
    </message>
    <message>
        <source>Choose which column holds the venue name on the Columns tab.</source>
        <translation>Wählen Sie auf dem Reiter Spalten, welche Spalte den Namen der Location enthält.</translation>
    </message>
    <message>
        <source>Fix the file and choose it again, or skip the invalid rows.</source>
        <translation>Korrigieren Sie die Datei und wählen Sie sie erneut, oder überspringen Sie die ungültigen Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Venue(s)</source>
        <translation>
            <numerusform>%Ln Location &amp;importieren</numerusform>
            <numerusform>%Ln Locations &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import %1 and %2</source>
        <comment>2 Venues and 3 Rooms</comment>
        <translation>%1 und %2 &amp;importieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Venue(s)</source>
        <translation>
            <numerusform>%Ln Location</numerusform>
            <numerusform>%Ln Locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Room(s)</source>
        <translation>
            <numerusform>%Ln Raum</numerusform>
            <numerusform>%Ln Räume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Room(s)</source>
        <translation>
            <numerusform>%Ln Raum &amp;importieren</numerusform>
            <numerusform>%Ln Räume &amp;importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln Raum</numerusform>
            <numerusform>%Ln Räume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %Ln venue(s) already in the book.</source>
        <translation>
            <numerusform>%1 in %Ln bestehende Location importiert.</numerusform>
            <numerusform>%1 in %Ln bestehende Locations importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation>
            <numerusform>%Ln Location</numerusform>
            <numerusform>%Ln Locations</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%1 aus %2 importiert.</translation>
    </message>
    <message>
        <source>Imported %1 from %2 with %3.</source>
        <translation>%1 aus %2 mit %3 importiert.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ImportHistoryDialog</name>
    <message>
        <source>Imported</source>
        <comment>column: when</comment>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Still in the book</source>
        <translation>Noch in der Datenbank</translation>
    </message>
    <message>
        <source>By</source>
        <comment>column: who imported</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>ein Skript</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Remove the venue imported from %1?</source>
        <translation>Die aus %1 importierte Location entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln venue(s) imported from %1?</source>
        <translation>
            <numerusform>Die %Ln aus %1 importierte Location entfernen?</numerusform>
            <numerusform>Die %Ln aus %1 importierten Locations entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They move to the deleted venues with their rooms, where they can still be restored one by one.</source>
        <translation>Sie wandern mit ihren Räumen zu den gelöschten Locations, wo sie noch einzeln wiederhergestellt werden können.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Venue(s)</source>
        <translation>
            <numerusform>%n Location entfernen</numerusform>
            <numerusform>%n Locations entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MainWindow</name>
    <message>
        <source>Holds expiring within %1 days: %2. The Projects page (Ctrl+2) lists them.</source>
        <translation>Optionen, die innerhalb von %1 Tagen ablaufen: %2. Die Seite Projekte (Strg+2) listet sie auf.</translation>
    </message>
    <message>
        <source>This database is read-only: you can look at everything, but changes cannot be saved.</source>
        <translation>Diese Datenbank ist schreibgeschützt: Sie können alles ansehen, aber Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>The open database. File ▸ Connect… opens another.</source>
        <translation>Die geöffnete Datenbank. Datei ▸ Verbinden… öffnet eine andere.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>local</source>
        <comment>database server: this computer</comment>
        <translation>lokal</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln imported venue(s).</source>
        <translation>
            <numerusform>%Ln importierte Location entfernt.</numerusform>
            <numerusform>%Ln importierte Locations entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project first: its proposal is made from its shortlist.</source>
        <translation>Öffnen Sie zuerst ein Projekt: Sein Vorschlag entsteht aus seiner Shortlist.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MigrationDialog</name>
    <message>
        <source>Updating the Database</source>
        <translation>Datenbank wird aktualisiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Setting up a new database&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eine neue Datenbank wird eingerichtet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Updating the database from version %1 to %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Datenbank wird von Version %1 auf %2 aktualisiert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Stop waiting for the other client</source>
        <translation>Nicht länger auf den anderen Client warten</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Keeping a copy of the database before updating it…</source>
        <translation>Vor der Aktualisierung wird eine Kopie der Datenbank angelegt…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database is updated to version %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Datenbank ist auf Version %1 aktualisiert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A copy of the database as it was before the update is kept in this file (“venuemapctl restore FILE --force” puts it back if you ever need it):</source>
        <translation>Eine Kopie der Datenbank vor der Aktualisierung liegt in dieser Datei („venuemapctl restore FILE --force“ stellt sie wieder her, falls Sie sie je brauchen):</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Waiting for %1 to finish updating the database…</source>
        <translation>Es wird gewartet, bis %1 die Datenbank aktualisiert hat…</translation>
    </message>
    <message>
        <source>Applying %1 (%2 of %3)…</source>
        <translation>%1 wird angewendet (%2 von %3)…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MigrationWorker</name>
    <message>
        <source>keep a copy of the database before migrating</source>
        <translation>Kopie der Datenbank vor der Migration anlegen</translation>
    </message>
    <message>
        <source> The database was not migrated; a database owner can run `venuemapctl migrate up` after making a copy another way.</source>
        <translation> Die Datenbank wurde nicht migriert; ein Eigentümer der Datenbank kann `venuemapctl migrate up` ausführen, nachdem er auf anderem Weg eine Kopie angelegt hat.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::OutreachPanel</name>
    <message>
        <source>Venues</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Email draft…</source>
        <translation>E-Mail-Entwurf…</translation>
    </message>
    <message>
        <source>Answer by…</source>
        <translation>Antwortfrist…</translation>
    </message>
    <message>
        <source>Outreach by status</source>
        <translation>Anfragen nach Status</translation>
    </message>
    <message>
        <source>Venues asked that have not answered yet: %1 and %2.</source>
        <translation>Angefragte Locations, die noch nicht geantwortet haben: %1 und %2.</translation>
    </message>
    <message>
        <source>Chase when waiting more than</source>
        <translation>Nachfassen nach mehr als</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>column: days waiting for an answer</comment>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Change answer-by date of the selected venue</source>
        <translation>Antwortfrist der gewählten Location ändern</translation>
    </message>
    <message>
        <source>Change answer-by date…</source>
        <translation>Antwortfrist ändern…</translation>
    </message>
    <message>
        <source>Select a venue in the chase list first.</source>
        <translation>Wählen Sie zuerst eine Location in der Nachfassliste.</translation>
    </message>
    <message>
        <source>%1 should answer by %2.</source>
        <translation>%1 sollte bis %2 antworten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for a reply</source>
        <translation>
            <numerusform>%Ln wartet auf Antwort</numerusform>
            <numerusform>%Ln warten auf Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln Tag überfällig</numerusform>
            <numerusform>%Ln Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Was due to answer by %1.</source>
        <translation>Sollte bis %1 antworten.</translation>
    </message>
    <message>
        <source>Nobody to chase.</source>
        <translation>Kein Nachfassen nötig.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s) to chase.</source>
        <translation>
            <numerusform>%Ln Location zum Nachfassen.</numerusform>
            <numerusform>%Ln Locations zum Nachfassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PasswordDialog</name>
    <message>
        <source>the local server</source>
        <translation>der lokale Server</translation>
    </message>
    <message>
        <source>The server at %1 refused the password for %2. Enter it again:</source>
        <translation>Der Server %1 hat das Passwort für %2 abgelehnt. Geben Sie es erneut ein:</translation>
    </message>
    <message>
        <source>Enter the password of %1 for the database at %2:</source>
        <translation>Geben Sie das Passwort von %1 für die Datenbank auf %2 ein:</translation>
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
        <translation>VenueMap kann Ihr Passwort auf diesem Computer nicht speichern, weil kein Schlüsselbund-Dienst läuft; beim nächsten Mal wird erneut danach gefragt.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PeoplePage</name>
    <message>
        <source>Everybody who signs in to this database. Event managers work with venues, projects and caterers; admins also manage people here.</source>
        <translation>Alle, die sich bei dieser Datenbank anmelden. Eventmanager arbeiten mit Locations, Projekten und Caterern; Administratoren verwalten hier auch Personen.</translation>
    </message>
    <message>
        <source>In an embedded file VenueMap itself checks roles: anyone who can copy the file can read it. Use a PostgreSQL database for a team.</source>
        <translation>In einer eingebetteten Datei prüft VenueMap die Rollen selbst: Wer die Datei kopieren kann, kann sie lesen. Verwenden Sie für ein Team eine PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>Make Event Manager</source>
        <translation>Zum Eventmanager machen</translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation>Zum Administrator machen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Another admin does this for you; your own password is under Account.</source>
        <translation>Das erledigt ein anderer Administrator für Sie; Ihr eigenes Passwort finden Sie unter Konto.</translation>
    </message>
    <message>
        <source>%1 was added as admin.</source>
        <translation>%1 wurde als Administrator hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 was added as event manager.</source>
        <translation>%1 wurde als Eventmanager hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is now an admin.</source>
        <translation>%1 ist jetzt Administrator.</translation>
    </message>
    <message>
        <source>%1 is now an event manager.</source>
        <translation>%1 ist jetzt Eventmanager.</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 ist deaktiviert und kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 hat ein neues Passwort.</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? They can no longer sign in, and this cannot be undone. People with activity in the log can only be disabled.</source>
        <translation>%1 (%2) entfernen? Die Person kann sich dann nicht mehr anmelden, und das lässt sich nicht rückgängig machen. Personen mit Aktivität im Protokoll können nur deaktiviert werden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PhotoGallery</name>
    <message>
        <source>No photos yet. Drop image files here or choose Add.</source>
        <translation>Noch keine Fotos. Ziehen Sie Bilddateien hierher oder wählen Sie Hinzufügen.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Nach vorn</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 × %2 pixels. Double-click for a larger view.</source>
        <translation>%1 × %2 Pixel. Doppelklick für eine größere Ansicht.</translation>
    </message>
    <message>
        <source>Loading photos…</source>
        <translation>Fotos werden geladen…</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>Keine Fotos.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>‹ &amp;Previous</source>
        <translation>‹ &amp;Zurück</translation>
    </message>
    <message>
        <source>Previous photo (←)</source>
        <translation>Vorheriges Foto (←)</translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation>&amp;Weiter ›</translation>
    </message>
    <message>
        <source>Next photo (→)</source>
        <translation>Nächstes Foto (→)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Windows, menus, dates and numbers. Proposals and emails to a client are written in the language of their project.</source>
        <translation>Fenster, Menüs, Datumsangaben und Zahlen. Vorschläge und E-Mails an einen Kunden werden in der Sprache ihres Projekts geschrieben.</translation>
    </message>
    <message>
        <source>VenueMap speaks %1 from its next start.</source>
        <translation>Ab dem nächsten Start verwendet VenueMap die Sprache %1.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectDialog</name>
    <message>
        <source>any layout</source>
        <translation>beliebige Bestuhlung</translation>
    </message>
    <message>
        <source>“%1” is not a date, so the event date is still %2. Type the day, month and year, e.g. 12 Feb 2027 or 12.02.2027.</source>
        <translation>„%1“ ist kein Datum, daher bleibt das Veranstaltungsdatum %2. Geben Sie Tag, Monat und Jahr ein, z. B. 12 Feb 2027 oder 12.02.2027.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>The list of facilities could not be read; the project&apos;s needs are kept as they are.</source>
        <translation>Die Ausstattungsliste konnte nicht gelesen werden; der Bedarf des Projekts bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Say how the %n breakout room(s) are set up (Theatre, Classroom, …), or set the breakouts to none.</source>
        <translation>
            <numerusform>Geben Sie an, wie der Breakout-Raum (%n) bestuhlt ist (Theater, Parlament, …), oder stellen Sie die Breakouts auf „keine“.</numerusform>
            <numerusform>Geben Sie an, wie die %n Breakout-Räume bestuhlt sind (Theater, Parlament, …), oder stellen Sie die Breakouts auf „keine“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say how many people each breakout room seats, or set the breakouts to none.</source>
        <translation>Geben Sie an, wie viele Personen jeder Breakout-Raum fasst, oder stellen Sie die Breakouts auf „keine“.</translation>
    </message>
    <message>
        <source>The budget must be an amount of zero or more, such as 25000.00.</source>
        <translation>Das Budget muss ein Betrag von null oder mehr sein, z. B. 25000.00.</translation>
    </message>
    <message>
        <source>Someone else saved this project while you were editing. Their version is shown now; make your changes again and save.</source>
        <translation>Jemand anders hat dieses Projekt gespeichert, während Sie es bearbeitet haben. Die andere Fassung wird jetzt angezeigt; nehmen Sie Ihre Änderungen erneut vor und speichern Sie.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectWorkspace</name>
    <message>
        <source>F&amp;iles…</source>
        <translation>&amp;Dateien…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Contracts, floor plans and other files of the selected venue</source>
        <translation>Verträge, Grundrisse und andere Dateien der gewählten Location</translation>
    </message>
    <message>
        <source>Marked %1 as sent.</source>
        <translation>%1 als gesendet markiert.</translation>
    </message>
    <message>
        <source>Removed %1 from the shortlist.</source>
        <translation>%1 von der Shortlist entfernt.</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>Projekt wird geöffnet…</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Das Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>noch kein Datum</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln Gast</numerusform>
            <numerusform>%Ln Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>Bedarf: %1</translation>
    </message>
    <message>
        <source>rooms: %1 (%2 of %3 venues fit)</source>
        <translation>Räume: %1 (%2 von %3 Locations passen)</translation>
    </message>
    <message>
        <source>rooms: %1</source>
        <translation>Räume: %1</translation>
    </message>
    <message>
        <source>No venues on this shortlist yet. Add them from the venue book with “Add venues…”, or let “Suggest venues…” pick ones that fit.</source>
        <translation>Noch keine Locations auf dieser Shortlist. Fügen Sie sie mit „Locations hinzufügen…“ aus der Datenbank hinzu, oder lassen Sie „Locations vorschlagen…“ passende auswählen.</translation>
    </message>
    <message>
        <source>Add venues…</source>
        <translation>Locations hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s) · %1 in proposal · %2</source>
        <translation>
            <numerusform>%Ln Location · %1 im Vorschlag · %2</numerusform>
            <numerusform>%Ln Locations · %1 im Vorschlag · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this venue&apos;s row in the meantime. Their version is shown now and yours was not saved; make your change again if it still applies.</source>
        <translation>Jemand anders hat die Zeile dieser Location inzwischen geändert. Die andere Fassung wird jetzt angezeigt und Ihre wurde nicht gespeichert; nehmen Sie Ihre Änderung erneut vor, falls sie noch gilt.</translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation>Dieses Projekt ist archiviert. Stellen Sie es wieder her, um es zu ändern.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Bring the project back to the list with the status it had, and allow changes</source>
        <translation>Das Projekt mit seinem früheren Status in die Liste zurückholen und Änderungen erlauben</translation>
    </message>
    <message>
        <source>(Archived %1; status %2.)</source>
        <translation>(Archiviert am %1; Status %2.)</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln venue(s) to the shortlist.</source>
        <translation>
            <numerusform>%Ln Location zur Shortlist hinzugefügt.</numerusform>
            <numerusform>%Ln Locations zur Shortlist hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already on the shortlist, not added again: %1.</source>
        <translation>Bereits auf der Shortlist, nicht erneut hinzugefügt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted from the book meanwhile: %Ln venue(s).</source>
        <translation>
            <numerusform>Inzwischen aus der Datenbank gelöscht: %Ln Location.</numerusform>
            <numerusform>Inzwischen aus der Datenbank gelöscht: %Ln Locations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not marked declined: a decline needs a reason.</source>
        <translation>Nicht als abgesagt markiert: Eine Absage braucht einen Grund.</translation>
    </message>
    <message>
        <source>Remove %1 from the Shortlist</source>
        <translation>%1 von der Shortlist entfernen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Edit %1 on the Shortlist</source>
        <translation>%1 auf der Shortlist bearbeiten</translation>
    </message>
    <message>
        <source>%1 is back on the shortlist.</source>
        <translation>%1 ist wieder auf der Shortlist.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Wiederholt: %1.</translation>
    </message>
    <message>
        <source>Add %1 to the Shortlist</source>
        <translation>%1 zur Shortlist hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Venue(s) to the Shortlist</source>
        <translation>
            <numerusform>%n Location zur Shortlist hinzufügen</numerusform>
            <numerusform>%n Locations zur Shortlist hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation>Archiviert am %1</translation>
    </message>
    <message>
        <source>%1 shown · %2 active · %3 completed · %4 cancelled</source>
        <translation>%1 angezeigt · %2 aktiv · %3 abgeschlossen · %4 abgesagt</translation>
    </message>
    <message>
        <source>Holds expiring within %1 days (%2; nothing is sent without you):</source>
        <translation>Optionen, die innerhalb von %1 Tagen ablaufen (%2; nichts wird ohne Sie gesendet):</translation>
    </message>
    <message>
        <source>• %1 for %2: %3 expires %4</source>
        <translation>• %1 für %2: %3 läuft am %4 ab</translation>
    </message>
    <message>
        <source>…and %1 more (venuemapctl holds list --expiring %2).</source>
        <translation>…und %1 weitere (venuemapctl holds list --expiring %2).</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hivieren…</translation>
    </message>
    <message>
        <source>Bring the project back to the list with the status it had, and allow changes</source>
        <translation>Das Projekt mit seinem früheren Status in die Liste zurückholen und Änderungen erlauben</translation>
    </message>
    <message>
        <source>Hide the project from the list and make it read-only; it can be restored</source>
        <translation>Das Projekt aus der Liste ausblenden und schreibgeschützt machen; es kann wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Archive project</source>
        <translation>Projekt archivieren</translation>
    </message>
    <message>
        <source>Archive “%1”?</source>
        <translation>„%1“ archivieren?</translation>
    </message>
    <message>
        <source>It leaves the list (Show archived brings it back into view) and nobody can change it, its shortlist, dates or holds until it is restored. Its status (%1) is kept.</source>
        <translation>Es verschwindet aus der Liste („Archivierte anzeigen“ zeigt es wieder) und niemand kann es, seine Shortlist, Termine oder Optionen ändern, bis es wiederhergestellt ist. Sein Status (%1) bleibt erhalten.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archived %1. Show archived lists it; Restore brings it back.</source>
        <translation>%1 archiviert. „Archivierte anzeigen“ listet es auf, „Wiederherstellen“ holt es zurück.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
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
        <source>The language the proposal is written in; the project&apos;s client language unless you choose another here.</source>
        <translation>Die Sprache, in der der Vorschlag geschrieben ist; die Kundensprache des Projekts, sofern Sie hier keine andere wählen.</translation>
    </message>
    <message>
        <source>Reading the proposal…</source>
        <translation>Vorschlag wird gelesen…</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; für %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation>
            <numerusform>%Ln Location</numerusform>
            <numerusform>%Ln Locations</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the proposal as %1.</source>
        <translation>Vorschlag als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved the proposal’s venues as %1.</source>
        <translation>Locations des Vorschlags als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Proposal</source>
        <translation>Vorschlag speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save Proposal as CSV</source>
        <translation>Vorschlag als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
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
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::QuotesDialog</name>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <source>&amp;Add quote</source>
        <translation>Angebot &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New quote</source>
        <translation>&amp;Neues Angebot</translation>
    </message>
    <message>
        <source>&amp;Remove quote…</source>
        <translation>Angebot &amp;entfernen…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Quotes from %1</source>
        <translation>Angebote von %1</translation>
    </message>
    <message>
        <source>What %1 quoted for this project, latest first. The latest quote is the shortlist&apos;s quoted price.</source>
        <translation>Was %1 für dieses Projekt angeboten hat, neueste zuerst. Das neueste Angebot ist der Angebotspreis auf der Shortlist.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>the total, e.g. 12500.00</source>
        <translation>die Gesamtsumme, z. B. 12500.00</translation>
    </message>
    <message>
        <source>The quote&apos;s currency: a three-letter ISO 4217 code (EUR, GBP, USD…)</source>
        <translation>Die Währung des Angebots: ein dreibuchstabiger ISO-4217-Code (EUR, GBP, USD…)</translation>
    </message>
    <message>
        <source>What the amount covers; a minimum spend is what the event must spend at least</source>
        <translation>Was der Betrag umfasst; ein Mindestumsatz ist, was die Veranstaltung mindestens ausgeben muss</translation>
    </message>
    <message>
        <source>catering, e.g. 85.00</source>
        <translation>Catering, z. B. 85.00</translation>
    </message>
    <message>
        <source>e.g. includes AV and cloakroom; 10% deposit</source>
        <translation>z. B. inkl. AV und Garderobe; 10 % Anzahlung</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>Einge&amp;gangen</translation>
    </message>
    <message>
        <source>C&amp;overs</source>
        <translation>U&amp;mfasst</translation>
    </message>
    <message>
        <source>&amp;Per head</source>
        <translation>&amp;Pro Person</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>No&amp;tiz</translation>
    </message>
    <message>
        <source>Rate history: what %1 quoted for other projects</source>
        <translation>Preisverlauf: was %1 für andere Projekte angeboten hat</translation>
    </message>
    <message>
        <source>The latest quote: the shortlist&apos;s quoted price</source>
        <translation>Das neueste Angebot: der Angebotspreis auf der Shortlist</translation>
    </message>
    <message>
        <source>No quote yet: add the first one below.</source>
        <translation>Noch kein Angebot: Fügen Sie unten das erste hinzu.</translation>
    </message>
    <message>
        <source>Rate history: %1 has not quoted for another project yet.</source>
        <translation>Preisverlauf: %1 hat noch für kein anderes Projekt ein Angebot abgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Rate history: what %1 quoted for other projects (%Ln quote(s))</source>
        <translation>
            <numerusform>Preisverlauf: was %1 für andere Projekte angeboten hat (%Ln Angebot)</numerusform>
            <numerusform>Preisverlauf: was %1 für andere Projekte angeboten hat (%Ln Angebote)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Amount: type the quote&apos;s total, such as 12500.00.</source>
        <translation>Betrag: Geben Sie die Gesamtsumme des Angebots ein, z. B. 12500.00.</translation>
    </message>
    <message>
        <source>Amount: “%1” is not an amount; type the total, such as 12500.00.</source>
        <translation>Betrag: „%1“ ist kein Betrag; geben Sie die Gesamtsumme ein, z. B. 12500.00.</translation>
    </message>
    <message>
        <source>Per head: “%1” is not an amount; type a price such as 85.00.</source>
        <translation>Pro Person: „%1“ ist kein Betrag; geben Sie einen Preis ein, z. B. 85.00.</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 added.</source>
        <translation>Angebot über %1 von %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 saved.</source>
        <translation>Angebot über %1 von %2 gespeichert.</translation>
    </message>
    <message>
        <source>Remove the Quote</source>
        <translation>Angebot entfernen</translation>
    </message>
    <message>
        <source>Remove the quote of %1 received on %2? The shortlist&apos;s price becomes the quote before it.</source>
        <translation>Das Angebot über %1 vom %2 entfernen? Als Preis auf der Shortlist gilt dann das vorherige Angebot.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep the Quote</source>
        <translation>Angebot &amp;behalten</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 removed.</source>
        <translation>Angebot über %1 von %2 entfernt.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ReportsPage</name>
    <message>
        <source>← All projects</source>
        <translation>← Alle Projekte</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>column header: how many</comment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Declines by reason</source>
        <translation>Absagen nach Grund</translation>
    </message>
    <message>
        <source>By venue</source>
        <translation>Nach Location</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>Nach Stadt</translation>
    </message>
    <message>
        <source>No venue has declined yet. A decline&apos;s reason is chosen when a venue on a shortlist is marked Declined.</source>
        <translation>Noch keine Location hat abgesagt. Der Grund einer Absage wird gewählt, wenn eine Location auf einer Shortlist als Abgesagt markiert wird.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>(no city)</source>
        <translation>(keine Stadt)</translation>
    </message>
    <message>
        <source>Venues by city</source>
        <translation>Locations nach Stadt</translation>
    </message>
    <message>
        <source>Projects by status</source>
        <translation>Projekte nach Status</translation>
    </message>
    <message>
        <source>Outreach of active projects</source>
        <translation>Anfragen aktiver Projekte</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::RespondByDialog</name>
    <message>
        <source>Change Answer-by Date</source>
        <translation>Antwortfrist ändern</translation>
    </message>
    <message>
        <source>The day %1 should answer by:</source>
        <translation>Der Tag, bis zu dem %1 antworten sollte:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Answer by:</source>
        <translation>&amp;Antwort bis:</translation>
    </message>
    <message>
        <source>Answer by: &quot;%1&quot; is not a date; the date before it is kept.</source>
        <translation>Antwort bis: „%1“ ist kein Datum; das bisherige Datum bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ShortlistDelegate</name>
    <message>
        <source>(no caterer)</source>
        <translation>(kein Caterer)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SignInDialog</name>
    <message>
        <source>the venue book %1</source>
        <translation>die Location-Datenbank %1</translation>
    </message>
    <message>
        <source>the team database “%1” on %2</source>
        <translation>die Teamdatenbank „%1“ auf %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Sign in with the email and password an admin gave you for %1.</source>
        <translation>Melden Sie sich mit der E-Mail-Adresse und dem Passwort an, die ein Administrator Ihnen für %1 gegeben hat.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>%1 s warten</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SpacesList</name>
    <message>
        <source>Reading the rooms…</source>
        <translation>Räume werden gelesen…</translation>
    </message>
    <message>
        <source>The rooms could not be read: %1</source>
        <translation>Die Räume konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No rooms recorded.</source>
        <translation>Keine Räume erfasst.</translation>
    </message>
    <message>
        <source>Matches the room filter (%1)</source>
        <translation>Passt zum Raumfilter (%1)</translation>
    </message>
    <message>
        <source>%1 (part of %2)</source>
        <translation>%1 (Teil von %2)</translation>
    </message>
    <message>
        <source>%1 — no capacities recorded</source>
        <translation>%1 — keine Kapazitäten erfasst</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>Etage %1</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 m ceiling</source>
        <translation>%1 m Deckenhöhe</translation>
    </message>
    <message>
        <source>daylight</source>
        <translation>Tageslicht</translation>
    </message>
    <message>
        <source>no daylight</source>
        <translation>kein Tageslicht</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SpacesTable</name>
    <message>
        <source>&amp;Add Space</source>
        <translation>Raum &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>Fläche m²</translation>
    </message>
    <message>
        <source>Ceiling m</source>
        <translation>Höhe m</translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation>Tageslicht</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Guests in the %1 layout</source>
        <translation>Gäste in Bestuhlung %1</translation>
    </message>
    <message>
        <source>Access, pillars, blackout, what divides it…</source>
        <translation>Zugang, Säulen, Verdunkelung, was ihn teilt…</translation>
    </message>
    <message>
        <source>Capacities are guests per layout; leave a layout empty when the space is not set up that way.</source>
        <translation>Kapazitäten sind Gäste je Bestuhlung; lassen Sie eine Bestuhlung leer, wenn der Raum so nicht bestuhlt wird.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Whether the space has daylight (—: not known)</source>
        <translation>Ob der Raum Tageslicht hat (—: unbekannt)</translation>
    </message>
    <message>
        <source>The hall this space is a part of, when the hall divides</source>
        <translation>Der Saal, zu dem dieser Raum gehört, wenn der Saal teilbar ist</translation>
    </message>
    <message>
        <source>(space %1)</source>
        <translation>(Raum %1)</translation>
    </message>
    <message>
        <source>Notes on the new space</source>
        <translation>Notizen zum neuen Raum</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Notizen zu %1</translation>
    </message>
    <message>
        <source>Notes on the current space</source>
        <translation>Notizen zum aktuellen Raum</translation>
    </message>
    <message>
        <source>space %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a space&apos;s name quoted in a sentence</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The area of %1 is not a number (&quot;%2&quot;); type it in m², e.g. 420.</source>
        <translation>Die Fläche von %1 ist keine Zahl („%2“); geben Sie sie in m² ein, z. B. 420.</translation>
    </message>
    <message>
        <source>The ceiling height of %1 is not a number (&quot;%2&quot;); type it in m, e.g. 4.5.</source>
        <translation>Die Deckenhöhe von %1 ist keine Zahl („%2“); geben Sie sie in m ein, z. B. 4.5.</translation>
    </message>
    <message>
        <source>%1 seats %2 as a boardroom but only %3 as a theatre; a boardroom usually seats fewer. It is saved as typed.</source>
        <translation>%1 fasst %2 an der Blocktafel, aber nur %3 in Theaterbestuhlung; eine Blocktafel fasst meist weniger. Es wird wie eingegeben gespeichert.</translation>
    </message>
    <message>
        <source>A space</source>
        <translation>Ein Raum</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::StartupFlow</name>
    <message>
        <source>open the database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>The database&apos;s schema history does not match this VenueMap.</source>
        <translation>Die Schema-Historie der Datenbank passt nicht zu dieser VenueMap-Version.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SuggestionsDialog</name>
    <message>
        <source>Suggested Venues for %1</source>
        <translation>Vorgeschlagene Locations für %1</translation>
    </message>
    <message>
        <source>Rooms for %1: the venues whose rooms fit come first, then those without rooms recorded, then those whose rooms are too small.</source>
        <translation>Räume für %1: zuerst die Locations, deren Räume passen, dann die ohne erfasste Räume, dann die mit zu kleinen Räumen.</translation>
    </message>
    <message numerus="yes">
        <source>Every venue here seats all %Ln guest(s).</source>
        <translation>
            <numerusform>Jede Location hier bietet Platz für %Ln Gast.</numerusform>
            <numerusform>Jede Location hier bietet Platz für alle %Ln Gäste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those in %1 come first.</source>
        <translation>Locations in %1 zuerst.</translation>
    </message>
    <message>
        <source>Best fit first: room for the guests without being far too big, the needs met, the rating, an earlier proposal to %1 and how often the venue answers.</source>
        <translation>Beste Eignung zuerst: Platz für die Gäste, ohne viel zu groß zu sein, der erfüllte Bedarf, die Bewertung, ein früherer Vorschlag an %1 und wie oft die Location antwortet.</translation>
    </message>
    <message>
        <source>Needs: %1.</source>
        <translation>Bedarf: %1.</translation>
    </message>
    <message>
        <source>&amp;Add ticked to shortlist</source>
        <translation>Angehakte zur Shortlist &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Looking through the book…</source>
        <translation>Datenbank wird durchsucht…</translation>
    </message>
    <message>
        <source>No venue in the book seats the guests; add venues to the book first.</source>
        <translation>Keine Location der Datenbank bietet Platz für die Gäste; fügen Sie zuerst Locations hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s). Tick the venues to add to the shortlist.</source>
        <translation>
            <numerusform>%Ln Vorschlag. Haken Sie die Locations an, die auf die Shortlist sollen.</numerusform>
            <numerusform>%Ln Vorschläge. Haken Sie die Locations an, die auf die Shortlist sollen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::TableHeader</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::UndoHistory</name>
    <message>
        <source>Saved, but it cannot be undone: an undo was still running.</source>
        <translation>Gespeichert, aber nicht rückgängig zu machen: Ein Rückgängigmachen lief noch.</translation>
    </message>
    <message>
        <source>Nothing was changed: an undo is still running; try again in a moment.</source>
        <translation>Nichts wurde geändert: Ein Rückgängigmachen läuft noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenueCalendarDialog</name>
    <message>
        <source>Calendar of %1</source>
        <translation>Kalender von %1</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Green: confirmed · amber: first option · light: second option, tentative or requested · a number: holds competing that day. Hover a day to see the projects.</source>
        <translation>Grün: bestätigt · Gelb: erste Option · hell: zweite Option, vorläufig oder angefragt · eine Zahl: konkurrierende Optionen an diesem Tag. Zeigen Sie auf einen Tag, um die Projekte zu sehen.</translation>
    </message>
    <message>
        <source>Whole venue</source>
        <translation>Ganze Location</translation>
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
        <translation>Jemand anders hat diese Location gespeichert</translation>
    </message>
    <message>
        <source>A colleague saved &lt;b&gt;%1&lt;/b&gt; at %2 while you were editing it. For each field that differs, choose the value to keep.</source>
        <translation>Ein Kollege hat &lt;b&gt;%1&lt;/b&gt; um %2 gespeichert, während Sie die Location bearbeitet haben. Wählen Sie für jedes abweichende Feld den Wert, den Sie behalten möchten.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Andere Fassung</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Their changes and yours are the same.</source>
        <translation>Beide Fassungen sind gleich.</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Alle eigenen behalten</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Alle anderen übernehmen</translation>
    </message>
    <message>
        <source>Save Choice</source>
        <translation>Auswahl speichern</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenueEditor</name>
    <message>
        <source>New Venue</source>
        <translation>Neue Location</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Neue Location</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The spaces could not be read, so they cannot be edited now: %1</source>
        <translation>Die Räume konnten nicht gelesen werden und lassen sich daher jetzt nicht bearbeiten: %1</translation>
    </message>
    <message>
        <source>Set by the spaces: the largest is %1, %2 guests for %3.</source>
        <translation>Von den Räumen bestimmt: Der größte ist %1 mit %2 Gästen (%3).</translation>
    </message>
    <message>
        <source>an unnamed space</source>
        <translation>ein Raum ohne Namen</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>This new venue has not been saved. Discard what you typed?</source>
        <translation>Diese neue Location wurde nicht gespeichert. Ihre Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>Your changes to %1 have not been saved. Discard them?</source>
        <translation>Ihre Änderungen an %1 wurden nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>New Facility</source>
        <translation>Neues Ausstattungsmerkmal</translation>
    </message>
    <message>
        <source>Name of the facility, as it should appear everywhere:</source>
        <translation>Name des Ausstattungsmerkmals, wie er überall erscheinen soll:</translation>
    </message>
    <message>
        <source>Review Their Change…</source>
        <translation>Andere Änderung prüfen…</translation>
    </message>
    <message>
        <source>Compare your version with the one your colleague saved, field by field, and choose what to keep.</source>
        <translation>Vergleichen Sie Ihre Fassung Feld für Feld mit der Ihres Kollegen und wählen Sie, was bleibt.</translation>
    </message>
    <message>
        <source>The book already has a venue with this name in this city:&lt;br&gt;%1&lt;br&gt;Press Save Anyway to add another one, or Cancel to keep the book as it is.</source>
        <translation>Die Datenbank hat bereits eine Location mit diesem Namen in dieser Stadt:&lt;br&gt;%1&lt;br&gt;Klicken Sie auf Trotzdem speichern, um eine weitere hinzuzufügen, oder auf Abbrechen, um die Datenbank unverändert zu lassen.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>One thing about the spaces needs fixing before saving (Spaces tab).</source>
        <translation>Ein Punkt bei den Räumen muss vor dem Speichern korrigiert werden (Reiter Räume).</translation>
    </message>
    <message>
        <source>%1 things about the spaces need fixing before saving (Spaces tab).</source>
        <translation>%1 Punkte bei den Räumen müssen vor dem Speichern korrigiert werden (Reiter Räume).</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenuesPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>any</source>
        <comment>rating</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alle Städte</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>No deleted venue with %1 matches these filters.</source>
        <translation>Keine gelöschte Location mit %1 passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No venue with %1 matches these filters.</source>
        <translation>Keine Location mit %1 passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>No deleted venue matches these filters.</source>
        <translation>Keine gelöschte Location passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No venue matches these filters.</source>
        <translation>Keine Location passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No venues yet. Add one with “New venue…” (Ctrl+N), or import a list with Data ▸ Import Venues from CSV…</source>
        <translation>Noch keine Locations. Fügen Sie eine mit „Neue Location…“ (Strg+N) hinzu oder importieren Sie eine Liste mit Daten ▸ Locations aus CSV importieren…</translation>
    </message>
    <message>
        <source>No facilities recorded yet</source>
        <translation>Noch keine Ausstattung erfasst</translation>
    </message>
    <message>
        <source>Facilities: any</source>
        <translation>Ausstattung: beliebig</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Facilities: %1</source>
        <translation>Ausstattung: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation>Keine Location gewählt</translation>
    </message>
    <message>
        <source>Choose a venue in the list to see its details and photos.</source>
        <translation>Wählen Sie eine Location in der Liste, um Details und Fotos zu sehen.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln Gast</numerusform>
            <numerusform>%Ln Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (largest room: %2, %3)</source>
        <translation>%1 (größter Raum: %2, %3)</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Took back adding “%1”.</source>
        <translation>Hinzufügen von „%1“ zurückgenommen.</translation>
    </message>
    <message>
        <source>Took back the changes to “%1”.</source>
        <translation>Änderungen an „%1“ zurückgenommen.</translation>
    </message>
    <message>
        <source>Added “%1” again.</source>
        <translation>„%1“ erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved “%1” again.</source>
        <translation>„%1“ erneut gespeichert.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Ein Kollege</translation>
    </message>
    <message>
        <source>%1 changed this venue at %2 while you were editing. Your changes are still here: review theirs, or Save to compare both versions.</source>
        <translation>%1 hat diese Location um %2 geändert, während Sie sie bearbeitet haben. Ihre Änderungen sind noch da: Prüfen Sie die anderen, oder speichern Sie, um beide Fassungen zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>VenueRepository</name>
    <message numerus="yes">
        <source>%1 deleted venue(s)</source>
        <translation>
            <numerusform>%1 gelöschte Location</numerusform>
            <numerusform>%1 gelöschte Locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 venue(s)</source>
        <translation>
            <numerusform>%1 Location</numerusform>
            <numerusform>%1 Locations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ deleted venues</source>
        <translation>%1+ gelöschte Locations</translation>
    </message>
    <message>
        <source>%1+ venues</source>
        <translation>%1+ Locations</translation>
    </message>
    <message>
        <source>about %1 deleted venues</source>
        <translation>etwa %1 gelöschte Locations</translation>
    </message>
    <message>
        <source>about %1 venues</source>
        <translation>etwa %1 Locations</translation>
    </message>
    <message>
        <source>open the venue</source>
        <translation>Location öffnen</translation>
    </message>
    <message>
        <source>There is no venue with that id.</source>
        <translation>Es gibt keine Location mit dieser ID.</translation>
    </message>
    <message>
        <source>The venue no longer exists; someone may have removed it.</source>
        <translation>Die Location existiert nicht mehr; vielleicht hat jemand sie entfernt.</translation>
    </message>
    <message>
        <source>add the venue</source>
        <translation>Location hinzufügen</translation>
    </message>
    <message>
        <source>The database did not return the venue it added.</source>
        <translation>Die Datenbank hat die hinzugefügte Location nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>save the venue</source>
        <translation>Location speichern</translation>
    </message>
    <message>
        <source>Someone else saved this venue after you opened it.</source>
        <translation>Jemand anders hat diese Location gespeichert, nachdem Sie sie geöffnet hatten.</translation>
    </message>
    <message>
        <source>delete the venue</source>
        <translation>Location löschen</translation>
    </message>
    <message>
        <source>restore the venue</source>
        <translation>Location wiederherstellen</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>Die Location existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>VenueSaver</name>
    <message>
        <source>The connection to the database was lost; what you entered is still here, so try again once the connection is back.</source>
        <translation>Die Verbindung zur Datenbank wurde unterbrochen; Ihre Eingaben sind noch da, versuchen Sie es also erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>add the venue</source>
        <translation>Location hinzufügen</translation>
    </message>
    <message>
        <source>save the venue</source>
        <translation>Location speichern</translation>
    </message>
    <message>
        <source>Somebody changed this venue&apos;s spaces since you opened it, so nothing was saved; your changes are still here. Save again to replace their spaces with yours, or Cancel to keep theirs.</source>
        <translation>Jemand hat die Räume dieser Location geändert, seit Sie sie geöffnet haben, daher wurde nichts gespeichert; Ihre Änderungen sind noch da. Speichern Sie erneut, um die anderen Räume durch Ihre zu ersetzen, oder klicken Sie auf Abbrechen, um die anderen zu behalten.</translation>
    </message>
</context>
<context>
    <name>VenueSpace</name>
    <message>
        <source>a space without a name</source>
        <translation>ein Raum ohne Namen</translation>
    </message>
    <message>
        <source>space &quot;%1&quot;</source>
        <translation>Raum „%1“</translation>
    </message>
    <message>
        <source>The %1 capacity of %2</source>
        <extracomment>%1 is a layout (&quot;theatre&quot;), %2 a space (&quot;space &quot;Main hall&quot;&quot;)</extracomment>
        <translation>Die Kapazität (%1) von %2</translation>
    </message>
    <message>
        <source>%1 is negative (%2); a capacity is a whole number from 0 to 100,000.</source>
        <translation>%1 ist negativ (%2); eine Kapazität ist eine ganze Zahl von 0 bis 100.000.</translation>
    </message>
    <message>
        <source>%1 is above 100,000 (%2); a capacity is a whole number from 0 to 100,000.</source>
        <translation>%1 liegt über 100.000 (%2); eine Kapazität ist eine ganze Zahl von 0 bis 100.000.</translation>
    </message>
    <message>
        <source>%1 is not a whole number (&quot;%2&quot;); a capacity is a whole number from 0 to 100,000.</source>
        <translation>%1 ist keine ganze Zahl („%2“); eine Kapazität ist eine ganze Zahl von 0 bis 100.000.</translation>
    </message>
    <message>
        <source>Space %1 has no name; every space needs a name.</source>
        <translation>Raum %1 hat keinen Namen; jeder Raum braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name of %1 is longer than %2 characters.</source>
        <translation>Der Name von %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Two spaces of this venue are named &quot;%1&quot;; a space name is used once per venue.</source>
        <translation>Zwei Räume dieser Location heißen „%1“; ein Raumname kommt pro Location nur einmal vor.</translation>
    </message>
    <message>
        <source>The floor of %1 is longer than %2 characters.</source>
        <translation>Die Etage von %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The notes of %1 are longer than %2 characters.</source>
        <translation>Die Notizen zu %1 sind länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The area of %1 is %2 m²; an area is from 0 to 1,000,000 m².</source>
        <translation>Die Fläche von %1 ist %2 m²; eine Fläche liegt zwischen 0 und 1.000.000 m².</translation>
    </message>
    <message>
        <source>The ceiling height of %1 is %2 m; a ceiling height is from 0 to 100 m.</source>
        <translation>Die Deckenhöhe von %1 ist %2 m; eine Deckenhöhe liegt zwischen 0 und 100 m.</translation>
    </message>
    <message>
        <source>The parent of %1 is not a space of this venue.</source>
        <translation>Der übergeordnete Raum von %1 ist kein Raum dieser Location.</translation>
    </message>
    <message>
        <source>The parent of %1 would put it inside one of its own parts (a parent cycle).</source>
        <translation>Der übergeordnete Raum von %1 würde ihn in einen seiner eigenen Teile legen (ein Zyklus).</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <source>Venues</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Search name or city  (Ctrl+F)</source>
        <translation>Name oder Stadt suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>&amp;Neue Location…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Capacity: any</source>
        <translation>Kapazität: beliebig</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>&amp;Deleted only</source>
        <translation>Nur &amp;gelöschte</translation>
    </message>
    <message>
        <source>List only the deleted venues, to look at or restore them</source>
        <translation>Nur die gelöschten Locations auflisten, um sie anzusehen oder wiederherzustellen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation>Keine Location gewählt</translation>
    </message>
    <message>
        <source>Choose a venue in the list to see its details and photos.</source>
        <translation>Wählen Sie eine Location in der Liste, um Details und Fotos zu sehen.</translation>
    </message>
    <message>
        <source>This venue is deleted. Restore it to use it in projects again.</source>
        <translation>Diese Location ist gelöscht. Stellen Sie sie wieder her, um sie wieder in Projekten zu verwenden.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a venue&apos;s name quoted in a sentence</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <comment>a venue&apos;s name and city in a sentence</comment>
        <translation>„%1“ (%2)</translation>
    </message>
</context>
</TS>
