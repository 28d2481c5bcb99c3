<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VenueMap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Project created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caterer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>the separator between the names of changed fields: &quot;city, budget&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the project&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added %2 to the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed %2 from the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved %2 to %3 (“%4”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drafted an outreach email to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file and kind</comment>
        <extracomment>a file&apos;s name and its kind: &quot;plan.pdf (floor plan)&quot;</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 added %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>who and what</comment>
        <extracomment>who did something, and what: &quot;Anna: Quote added&quot;</extracomment>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>record the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>%1 is %2; a file can be at most 25 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ELF executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Windows executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a macOS or Java program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Windows shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named like a %2 but its content is %3; it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a document; it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of no type VenueMap recognises (judged by its content); VenueMap keeps PDFs, images (PNG, JPEG, WebP, GIF), plain text and Office or OpenDocument documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file of type “%2” (judged by its content); VenueMap keeps PDFs, images (PNG, JPEG, WebP, GIF), plain text and Office or OpenDocument documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue brochure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>add the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file belongs to a venue or to a shortlisted venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note on %1 is %2 characters long; it can be at most 2,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation type="unfinished">Le lieu n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was removed already, perhaps by a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundStatement</name>
    <message>
        <source>The statement and its values do not match (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CateringDialog</name>
    <message>
        <source>Caterer</source>
        <translation type="unfinished">Traiteur</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CateringPage</name>
    <message>
        <source>Caterers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search caterers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New caterer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished">Supp&amp;rimer</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished">&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>CateringRepository</name>
    <message>
        <source>save the caterer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caterer&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caterer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>list the caterers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the caterer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caterer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the caterer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the caterer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the caterer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientHistoryRepository</name>
    <message>
        <source>list the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the client&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project has the client &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where VenueMap keeps your venue book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embedded file — just you, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server — shared with your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/venues.venuemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new file is created and set up when it does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16, not UTF-8: save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks like UTF-16 without a byte order mark, not UTF-8: save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3: the cell holds a NUL byte (offset %4); a CSV file holds text only: save the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (line %2) is longer than %3 MB: this is not a spreadsheet of venues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3: a quoted field opens here and is never closed; add the missing closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 has characters this file does not spell as text: it is not a CSV file saved as text, or it was saved in another encoding. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This server is a read-only standby: you can look at everything, but changes are saved only on the primary server. If the primary has failed, VenueMap connects to the new one once an administrator promotes the standby and the database URL names both servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the database</source>
        <translation type="unfinished">ouvrir la base de données</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened; check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password; check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server at %1 accepts changes right now: the one that answered is a read-only standby. If the primary has failed, VenueMap connects to the new primary as soon as an administrator promotes the standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no such database or user; check the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1; check the host and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is version %3, older than the server (%4), and no newer one was found on PATH or in /usr/lib/postgresql/*/bin: install postgresql-client-%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is version %3, older than the server (%4), and no newer one was found in VENUEMAP_PG_BIN_DIR (%5): install postgresql-client-%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the PostgreSQL client tool %1 (version %2 or newer), and none was found on PATH or in /usr/lib/postgresql/*/bin: install postgresql-client-%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the PostgreSQL client tool %1 (version %2 or newer), and none was found in VENUEMAP_PG_BIN_DIR (%3): install postgresql-client-%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of %1 could be written to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump could not copy the database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>%1 is not a valid port: use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text after the host is not a valid port: use a number from 1 to 65535, and percent-encode a password&apos;s special characters (/ as %2F, @ as %40, : as %3A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv6 address in the host list lacks its closing ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host in the host list: write host1:port1,host2:port2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host list has an empty entry: write postgresql://user@host1:port1,host2:port2/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the host list is not a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a database URL: use sqlite:/path/to/file.venuemap or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL: use sqlite:/path/to/file.venuemap or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite URL names no file: use sqlite:/path/to/file.venuemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite file name contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database type &quot;%1&quot;: use sqlite: or postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL URL starts with postgresql:// followed by user@host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed: write it as postgresql://user:password@host:port/dbname and percent-encode special characters in the user name and password (%25 for %, @ as %40, / as %2F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: add /dbname after the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connection option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection option pooler is session or transaction (how PgBouncer pools), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local server (port %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <comment>a field of a record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of this venue is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of this project is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of this shortlist is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of this shortlist entry is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of this caterer is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of this photo is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: your database account has used all the connections it is allowed (its CONNECTION LIMIT). Close VenueMap windows you do not need and try again; an administrator can raise the account&apos;s limit (ALTER ROLE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: your database account has used all the connections it is allowed (its CONNECTION LIMIT). Close VenueMap windows you do not need and try again; an administrator can raise the account&apos;s limit (ALTER ROLE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection pooler (PgBouncer) at %1 refused another connection: it already serves as many clients as its max_client_conn setting allows. Try again in a few minutes; an administrator can raise max_client_conn in pgbouncer.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection pooler (PgBouncer) refused another connection: it already serves as many clients as its max_client_conn setting allows. Try again in a few minutes; an administrator can raise max_client_conn in pgbouncer.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: the database has all the connections it is allowed (its CONNECTION LIMIT). Try again in a few minutes; an administrator can raise the limit (ALTER DATABASE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: the database has all the connections it is allowed (its CONNECTION LIMIT). Try again in a few minutes; an administrator can raise the limit (ALTER DATABASE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: it already serves as many as its max_connections setting allows. Try again in a few minutes; an administrator can raise max_connections (a server restart) or put PgBouncer in front of the server, as the README&apos;s &quot;Running a team server&quot; says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: it already serves as many as its max_connections setting allows. Try again in a few minutes; an administrator can raise max_connections (a server restart) or put PgBouncer in front of the server, as the README&apos;s &quot;Running a team server&quot; says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost; what you entered is still here, so try again once the connection is back.</source>
        <translation type="unfinished">La connexion à la base de données a été perdue&#xa0;; ce que vous avez saisi est toujours là, réessayez une fois la connexion rétablie.</translation>
    </message>
    <message>
        <source>That would duplicate an entry that already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a value that is out of range or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another writer; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PostgreSQL server accepts no changes (it is a read-only standby, or the database was made read-only): you can look at everything, but nothing can be saved on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation type="unfinished">Ce projet est archivé. Restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <extracomment>%1 is what the person was doing, e.g. &quot;save the venue&quot;; %2 says why it failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <comment>error details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <comment>error details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <comment>error details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <comment>error details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <comment>error details</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclineCode</name>
    <message>
        <source>Dates unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client chose another venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Outreach Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I sent it: &amp;mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailTemplate</name>
    <message>
        <source>%1: the “}” on line %2 has no “{” before it. Write }} for a brace of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the “{” on line %2 is not closed by “}” on that line. Write {{ for a brace of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: {%2} on line %3 is not a placeholder. Use one of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write the text of the email; it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 characters (this one has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder (no answer yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue&apos;s contact (or “&lt;venue&gt; team”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event date, written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room layout the event needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the facilities the event needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the venue was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your signature block (name, email, phone without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one line only; remove the line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailTemplateRepository</name>
    <message>
        <source>Only an admin can change the email templates; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “%1” template in %2</source>
        <comment>kind, language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 after you opened it; your text was not saved and theirs is kept. Save again to replace theirs with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague saved %1 after you opened it; your text was not saved and theirs is kept. Save again to replace theirs with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague restored the built-in text of %1 after you opened it; your text was not saved. Save again to store yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1 is not a language of client documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>VenueMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Quitter</translation>
    </message>
    <message>
        <source>Keep Current Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Facility</name>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Catering kitchen</source>
        <translation>Cuisine traiteur</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>AV equipment</source>
        <translation>Équipement audiovisuel</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Accès fauteuil roulant</translation>
    </message>
    <message>
        <source>Outdoor space</source>
        <translation>Espace extérieur</translation>
    </message>
    <message>
        <source>Breakout rooms</source>
        <translation>Salles de sous-commission</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>PA system</source>
        <translation>Sonorisation</translation>
    </message>
</context>
<context>
    <name>FacilityTermRepository</name>
    <message>
        <source>read the facility list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the facility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityTerms</name>
    <message>
        <source>A facility needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A facility&apos;s name is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a facility: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another name is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already means %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileModes</name>
    <message>
        <source>%1 is a symbolic link, which VenueMap does not follow; remove it and try again (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the First Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who looks after this database?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@agency.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to VenueMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to VenueMap&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>A shared venue book for event agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open: sqlite:/path/file.venuemap or postgresql://user@host:port/dbname (default: VENUEMAP_DB, else the last one used, else the embedded file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start as usual, write a picture of the first window (main window, sign-in or first-start dialog) to FILE once it is painted, and quit: a check of an installation that needs nobody at the screen (use QT_QPA_PLATFORM=offscreen without a display).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hold</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldRepository</name>
    <message>
        <source>add the date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date range needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date range covers at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has this date range already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the project&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold must be on one of the project&apos;s date ranges; add the dates to the project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold cannot expire after the event&apos;s first day (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or removed this hold after you opened it; nothing of yours was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold no longer exists; someone may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates are already confirmed for another project at this venue; a venue cannot be booked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole venue is confirmed for “%1” on these dates; a room, the hall it is part of and the whole venue cannot be booked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is confirmed for “%2” on these dates; a room, the hall it is part of and the whole venue cannot be booked twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Venues from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a spreadsheet saved as CSV (UTF-8, comma or semicolon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the rooms of these venues (venues_spaces.csv), or a rooms file alone for venues in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose R&amp;ooms File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished">Colonnes</translation>
    </message>
    <message>
        <source>Each column of the file fills the venue field chosen beside it. Change a choice if a column was matched wrongly or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the invalid rows and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;duplicates too (same name and city as another row or a venue in the book)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Past Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each import is one batch. Undoing a batch removes exactly the venues it brought in (they move to the deleted venues).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>look for duplicates in the venue book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list past imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the imported venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import was undone already (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VenueMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database: an embedded file or a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back the last delete, restore, removal from a shortlist, status change or edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Import Venues from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past &amp;Imports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Venue List to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposal for the Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal &amp;Branding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VenueMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s outreach emails to venues, per language (admins)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationManager</name>
    <message>
        <source>migrate the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is at schema version %1, newer than this VenueMap knows (%2): install the newer VenueMap to use it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VenueMap (%2) carries a different text of migration %1 than the one applied to this database, so it was built from other sources than the VenueMap that set the database up: use that build, or one released after it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep a copy of the database before migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of %1 could be written next to it, so it was not migrated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (database user %2, server process %3, since %4 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program writing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration lock file %1 is a symbolic link, which VenueMap does not follow; remove it and try again (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed at statement %2 (line %3): %4%5. Nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database needs its schema brought to version %1, and your account (%2) may not change it: a database owner must run `venuemapctl migrate up` (or apply the statements of `venuemapctl migrate sql`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database needs its schema brought to version %1, but the file %2 is read-only: open it from a folder you may write to, or ask its owner to open it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration was cancelled while waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The database stays at version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationSet</name>
    <message>
        <source>load migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down/%1 declares &quot;-- loses: %2&quot;; write TABLE or TABLE.COLUMN [when CONDITION].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not named NNNN_name.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no down step (down/%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down/%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down/%1 has no migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyProfileDialog</name>
    <message>
        <source>My Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the outreach emails you draft: name, title, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin changes your email and role. Your signature ends the outreach emails VenueMap drafts for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachEmail</name>
    <message>
        <source>theatre</source>
        <translation>théâtre</translation>
    </message>
    <message>
        <source>classroom</source>
        <translation>salle de classe</translation>
    </message>
    <message>
        <source>banquet (round tables)</source>
        <translation>banquet (tables rondes)</translation>
    </message>
    <message>
        <source>cabaret</source>
        <translation>cabaret</translation>
    </message>
    <message>
        <source>reception (standing)</source>
        <translation>cocktail (debout)</translation>
    </message>
    <message>
        <source>boardroom</source>
        <translation>salle de conseil</translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation>en U</translation>
    </message>
    <message>
        <source>hollow square</source>
        <translation>carré creux</translation>
    </message>
    <message>
        <source>Reminder: availability for {event} on {dates}</source>
        <extracomment>Subject of the reminder to a venue. Keep the words in braces as they are.</extracomment>
        <translation>Relance : disponibilité pour {event} le {dates}</translation>
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
        <translation>Madame, Monsieur {contact},

Nous vous avons récemment demandé si {venue} est disponible pour {event}, un événement de notre client {client}, et nous n’avons pas encore reçu de réponse.

Demande envoyée le : {sent_on}
Date de l’événement : {dates}
Invités : {attendees}
Configuration : {layout}
Ville : {city}
Nous aurons besoin de : {facilities}

Pourriez-vous nous indiquer vos disponibilités et nous faire parvenir un devis dans les prochains jours ? Si {venue} ne peut pas accueillir l’événement, une courte réponse nous aide aussi.

Bien cordialement,
{signature}</translation>
    </message>
    <message>
        <source>Availability enquiry: {event} on {dates}</source>
        <extracomment>Subject of the availability request to a venue. Keep the words in braces as they are.</extracomment>
        <translation>Demande de disponibilité : {event} le {dates}</translation>
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
        <translation>Madame, Monsieur {contact},

Nous organisons {event} pour notre client {client} et souhaiterions savoir si {venue} est disponible.

Date de l’événement : {dates}
Invités : {attendees}
Configuration : {layout}
Ville : {city}
Nous aurons besoin de : {facilities}

Pourriez-vous nous indiquer vos disponibilités, les salles qui conviendraient et un devis précisant toute dépense minimum ou condition de restauration ?

Bien cordialement,
{signature}</translation>
    </message>
    <message>
        <source>%1 team</source>
        <comment>greeting without a contact name</comment>
        <translation>Équipe de %1</translation>
    </message>
    <message>
        <source>a date still to be fixed</source>
        <translation>une date encore à définir</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <comment>guests</comment>
        <translation>à confirmer</translation>
    </message>
    <message numerus="yes">
        <source>%n breakout room(s) for %1 guests</source>
        <translation>
            <numerusform>%n salle de sous-commission pour %1 invités</numerusform>
            <numerusform>%n salles de sous-commission pour %1 invités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <comment>main layout, and breakout rooms</comment>
        <translation>%1, et %2</translation>
    </message>
    <message>
        <source>The events team</source>
        <translation>L’équipe événementielle</translation>
    </message>
</context>
<context>
    <name>OutreachRepository</name>
    <message>
        <source>Someone else changed this shortlist row after you opened it; their version is now shown and nothing of yours was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This venue is no longer on the shortlist; someone may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shortlist row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add venues to the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to this shortlist by someone else a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the venue from the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has files on this shortlist (a contract, a floor plan …); remove them under Files… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the venue back on the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation type="unfinished">Le lieu n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 is on the shortlist again: someone added it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the outreach status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the venue declined; a decline needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the shortlist row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the proposal order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the outreach email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the venues to chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the day to answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the declines by reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachStatus</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person signs in with their own PostgreSQL login; the database itself refuses what their role may not do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoRepository</name>
    <message>
        <source>add the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; photos can be at most 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image VenueMap can read (JPEG, PNG, GIF, BMP or WebP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation type="unfinished">Projet</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seated &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the main session is set up: the shortlist marks the venues with a room that seats the attendees this way, and suggestions put them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brea&amp;kouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller rooms the event needs besides the main one, e.g. 4 rooms of 30 classroom-style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s currency (ISO 4217, e.g. EUR, GBP, CHF): the budget and the quoted prices are in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the proposal and emails to the client are written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilities the event needs; suggestions look for venues that have them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the event needs. A facility that is missing is added by an admin, in a venue&apos;s editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectRepository</name>
    <message>
        <source>save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of attendees cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of breakout rooms must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats per breakout room must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client language &quot;%1&quot; is not one the app writes documents in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>list the projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project no longer exists; someone may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation type="unfinished">Ce projet est archivé. Restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; their version is shown, nothing of yours was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; nothing was archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectWorkspace</name>
    <message>
        <source>← All projects</source>
        <translation type="unfinished">← Tous les projets</translation>
    </message>
    <message>
        <source>Edit &amp;project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add venues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest venues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected venue quoted for this project, a new quote, and what it quoted for other projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Retirer</translation>
    </message>
    <message>
        <source>Take the selected venue off the shortlist (Edit ▸ Undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later in the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, save or print the proposal of the venues marked for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search client or event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Modifier…</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every venue used for a client, and adding one to a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the archived projects as well (greyed); they are read-only until restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation type="unfinished">Arc&amp;hiver…</translation>
    </message>
    <message>
        <source>Hide the project from the list and make it read-only; it can be restored</source>
        <translation type="unfinished">Masquer le projet de la liste et le mettre en lecture seule&#xa0;; il peut être restauré</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>button: open the project</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>Quoted price (%1)</source>
        <translation>Prix proposé (%1)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Venue proposal  ·  %1</source>
        <translation>Proposition de lieux  ·  %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Venue proposal</source>
        <translation>Proposition de lieux</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>Préparé pour %1</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation>À définir</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>To be confirmed</source>
        <translation>À confirmer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>no city chosen yet</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Venues proposed</source>
        <translation>Lieux proposés</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Préparé par %1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) for %1 guests on %2.</source>
        <translation>
            <numerusform>%n lieu pour %1 invités le %2.</numerusform>
            <numerusform>%n lieux pour %1 invités le %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) for %1 guests.</source>
        <translation>
            <numerusform>%n lieu pour %1 invités.</numerusform>
            <numerusform>%n lieux pour %1 invités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) on %1.</source>
        <translation>
            <numerusform>%n lieu le %1.</numerusform>
            <numerusform>%n lieux le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s).</source>
        <translation>
            <numerusform>%n lieu.</numerusform>
            <numerusform>%n lieux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Venues at a glance</source>
        <translation>Les lieux en un coup d’œil</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation>Traiteur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Prices are as quoted by each venue for this event.</source>
        <translation>Les prix sont ceux proposés par chaque lieu pour cet événement.</translation>
    </message>
    <message>
        <source>Capacities in red are below the %1 guests expected.</source>
        <translation>Les capacités en rouge sont inférieures aux %1 invités attendus.</translation>
    </message>
    <message>
        <source>The best room is the smallest that seats %1.</source>
        <translation>La meilleure salle est la plus petite qui accueille %1.</translation>
    </message>
    <message>
        <source>Venue %1 of %2</source>
        <translation>Lieu %1 sur %2</translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation>%1 invités</translation>
    </message>
    <message>
        <source>Ask us</source>
        <translation>Nous consulter</translation>
    </message>
    <message>
        <source>Venue&apos;s own or to be chosen</source>
        <translation>Celui du lieu ou à choisir</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation>Prix proposé</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Why we suggest it</source>
        <translation>Pourquoi nous le proposons</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Rooms for %1</source>
        <translation>Salles pour %1</translation>
    </message>
    <message>
        <source>Rooms for %1 guests</source>
        <translation>Salles pour %1 invités</translation>
    </message>
    <message>
        <source>%1 (part of %2)</source>
        <translation>%1 (fait partie de %2)</translation>
    </message>
    <message>
        <source>Closest match</source>
        <translation>Le plus adapté</translation>
    </message>
    <message>
        <source>Venue proposal: %1</source>
        <translation>Proposition de lieux : %1</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Sur demande</translation>
    </message>
    <message>
        <source>Proposal %1 %2</source>
        <comment>file name</comment>
        <translation>Proposition %1 %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Rating (of 5)</source>
        <translation>Note (sur 5)</translation>
    </message>
    <message>
        <source>Best room</source>
        <translation>Meilleure salle</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
</context>
<context>
    <name>ProposalData</name>
    <message>
        <source>%1 m ceiling</source>
        <translation>%1 m sous plafond</translation>
    </message>
    <message>
        <source>daylight</source>
        <translation>lumière du jour</translation>
    </message>
    <message>
        <source>no daylight</source>
        <translation>sans lumière du jour</translation>
    </message>
    <message>
        <source>No room set up %1</source>
        <translation>Aucune salle configurée %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 %4</source>
        <comment>Best room: Grand Hall, 450 theatre-style</comment>
        <translation>%1&#xa0;: %2, %3 %4</translation>
    </message>
    <message>
        <source>Best room</source>
        <translation>Meilleure salle</translation>
    </message>
    <message>
        <source>Largest room</source>
        <translation>Plus grande salle</translation>
    </message>
    <message>
        <source>%1: %2, up to %3</source>
        <comment>Best room: Grand Hall, up to 450</comment>
        <translation>%1&#xa0;: %2, jusqu’à %3</translation>
    </message>
    <message>
        <source>quote expired on %1</source>
        <translation>devis expiré le %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valable jusqu’au %1</translation>
    </message>
</context>
<context>
    <name>ProposalPreviewDialog</name>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalRepository</name>
    <message>
        <source>prepare the proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalSettingsDialog</name>
    <message>
        <source>Proposal Branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency symbol:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Declined this client (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote expired on %1; ask the venue for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>Room hire</source>
        <translation>Location de salle</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Room hire and catering</source>
        <translation>Location de salle et restauration</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>Dépense minimum</translation>
    </message>
    <message>
        <source>Received: say on which day the quote came.</source>
        <translation>Reçu : indiquez le jour où le devis est arrivé.</translation>
    </message>
    <message>
        <source>Amount: a quote cannot be negative; type the total the venue asked for, such as 12500.00.</source>
        <translation>Montant : un devis ne peut pas être négatif ; saisissez le total demandé par le lieu, par exemple 12500.00.</translation>
    </message>
    <message>
        <source>Amount: at most 9,999,999,999.99.</source>
        <translation>Montant : au maximum 9 999 999 999,99.</translation>
    </message>
    <message>
        <source>Currency: choose the currency of the quote, such as EUR.</source>
        <translation>Devise : choisissez la devise du devis, par exemple EUR.</translation>
    </message>
    <message>
        <source>Currency: “%1” is not a currency code; use a three-letter ISO 4217 code such as EUR, GBP or USD.</source>
        <translation>Devise : « %1 » n’est pas un code de devise ; utilisez un code ISO 4217 à trois lettres, par exemple EUR, GBP ou USD.</translation>
    </message>
    <message>
        <source>Per head: a price per head cannot be negative.</source>
        <translation>Par personne : un prix par personne ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Per head: a price per head is for a quote that covers catering; choose what the quote covers first.</source>
        <translation>Par personne : un prix par personne concerne un devis qui couvre la restauration ; choisissez d’abord ce que couvre le devis.</translation>
    </message>
    <message>
        <source>Valid until: %1 is before the day the quote came (%2).</source>
        <translation>Valable jusqu’au : %1 est antérieur au jour de réception du devis (%2).</translation>
    </message>
    <message>
        <source>Note: at most 20,000 characters.</source>
        <translation>Note : au maximum 20 000 caractères.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valable jusqu’au %1</translation>
    </message>
</context>
<context>
    <name>QuoteRepository</name>
    <message>
        <source>Someone else changed or removed this quote after you opened it; nothing of yours was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote no longer exists; someone may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the venue&apos;s quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the venue&apos;s rate history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the latest quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the latest valid quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the project&apos;s quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyEdits</name>
    <message>
        <source>This database is read-only: you can look at everything, but nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>count venues by city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no city)</source>
        <translation type="unfinished">(pas de ville)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count projects by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count outreach by status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished">Se connecter</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in to VenueMap&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@agency.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInGate</name>
    <message>
        <source>Cannot Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInService</name>
    <message>
        <source>That email and password do not match an active account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database login “%1” belongs to nobody in VenueMap: ask an admin to add you (or, on a new database, run `venuemapctl user add` as its owner).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpaceFit</name>
    <message>
        <source>theatre-style</source>
        <translation>en théâtre</translation>
    </message>
    <message>
        <source>classroom-style</source>
        <translation>en salle de classe</translation>
    </message>
    <message>
        <source>at banquet rounds</source>
        <translation>en banquet (tables rondes)</translation>
    </message>
    <message>
        <source>cabaret-style</source>
        <translation>en cabaret</translation>
    </message>
    <message>
        <source>standing (reception)</source>
        <translation>debout (cocktail)</translation>
    </message>
    <message>
        <source>boardroom-style</source>
        <translation>en salle de conseil</translation>
    </message>
    <message>
        <source>in a U-shape</source>
        <translation>en U</translation>
    </message>
    <message>
        <source>in a hollow square</source>
        <translation>en carré creux</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>guests, layout phrase: 120 theatre-style</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>a room %1</source>
        <translation>une salle %1</translation>
    </message>
    <message numerus="yes">
        <source>%n breakout room(s) of %1 %2</source>
        <comment>of 20 classroom-style</comment>
        <translation>
            <numerusform>%n salle de sous-commission de %1 %2</numerusform>
            <numerusform>%n salles de sous-commission de %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no rooms recorded</source>
        <translation>aucune salle enregistrée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>room name, seats</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 breakout rooms</source>
        <translation>%1 salles de sous-commission</translation>
    </message>
    <message>
        <source>no %1 room</source>
        <translation>aucune salle %1</translation>
    </message>
    <message>
        <source>%1 %2 at most</source>
        <translation>%1 %2 au maximum</translation>
    </message>
    <message>
        <source>%1 of %2 breakouts</source>
        <translation>%1 sur %2 sous-commissions</translation>
    </message>
    <message>
        <source>No rooms are recorded for this venue, so whether it fits %1 cannot be checked.</source>
        <translation>Aucune salle n’est enregistrée pour ce lieu&#xa0;; impossible de vérifier s’il convient pour %1.</translation>
    </message>
    <message>
        <source>%1 seats %2 %3 (%4 needed).</source>
        <translation>%1 accueille %2 personnes %3 (%4 nécessaires).</translation>
    </message>
    <message>
        <source>No room is set up %1.</source>
        <translation>Aucune salle n’est configurée %1.</translation>
    </message>
    <message>
        <source>No room seats %1 %2: the largest, %3, seats %4.</source>
        <translation>Aucune salle n’accueille %1 personnes %2&#xa0;: la plus grande, %3, en accueille %4.</translation>
    </message>
    <message>
        <source>%1 of its rooms seat %2 %3 (%4 breakouts needed).</source>
        <translation>%1 de ses salles accueillent %2 personnes %3 (%4 sous-commissions nécessaires).</translation>
    </message>
    <message>
        <source>Only %1 of its rooms seat %2 %3; %4 breakouts are needed.</source>
        <translation>Seules %1 de ses salles accueillent %2 personnes %3&#xa0;; %4 sous-commissions sont nécessaires.</translation>
    </message>
</context>
<context>
    <name>SpaceImporter</name>
    <message>
        <source>%1 in %2</source>
        <comment>a venue in a city</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 room(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 venue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1 is a number of rooms (&quot;2 rooms&quot;), %2 of venues (&quot;1 new venue&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 new venue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 already in the book</source>
        <extracomment>%1 is a number of rooms (&quot;2 rooms&quot;), %2 of venues (&quot;1 venue&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 new and %3 already in the book</source>
        <extracomment>%1 is a number of rooms (&quot;5 rooms&quot;), %2 a number of new venues, %3 of others (&quot;1 venue&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they replace the rooms of that venue; a rooms file alone is not an import batch and cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they replace the rooms of those venues; a rooms file alone is not an import batch and cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they replace the rooms of that venue, and undoing the import does not put its old rooms back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they replace the rooms of those venues, and undoing the import does not put their old rooms back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 room skipped with its invalid venue row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rooms skipped with their invalid venue rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>summary separator</comment>
        <extracomment>the separator between the parts of an import&apos;s summary: &quot;2 rooms for 1 venue; ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <comment>summary end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms file is empty: the first row must name the columns (Venue, City, Space, Part of, Theatre, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold the %3; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the venue&apos;s name: the first row of a rooms file names the columns, among them &quot;%1&quot; (found %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the space&apos;s name: the first row of a rooms file names the columns, among them &quot;%1&quot; (found %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; a value may hold an unquoted &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue is empty; each room names the venue it belongs to, with its city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the space has no name; every space needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area in m² must be a number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ceiling height in m must be a number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daylight is &quot;yes&quot;, &quot;no&quot; or empty, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms file has a header row but no rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a space of %2 (row %3); a space name is used once per venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a space of %2 in this file; &quot;Part of&quot; names another space of the same venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be inside one of its own parts (a &quot;Part of&quot; cycle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venues file imports %1 venues named %2 (rows %3), so the rooms cannot tell which is theirs; give each a distinct name or city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no venue %1 in the book nor in the venues file; the Venue and City columns name a venue exactly as it is spelled there (case and surrounding spaces aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no venue %1 in the book; the Venue and City columns name a venue exactly as it is spelled there (case and surrounding spaces aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book has %1 venues named %2, so the rooms cannot tell which is theirs; rename one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue %1 cannot be matched, as row %2 says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms file has a problem (%1): nothing was imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms file has %1 problems (%2): nothing was imported. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms file leaves out %1 of %2, which 1 live hold names; keep the room in the file, or release it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms file leaves out %1 of %2, which %3 live holds name; keep the room in the file, or release them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue %1 was not written, so its rooms cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms of %1: %2</source>
        <extracomment>%1 names a venue, %2 is what is wrong with its rooms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms file holds no room: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpaceLayout</name>
    <message>
        <source>Theatre</source>
        <translation>Théâtre</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Salle de classe</translation>
    </message>
    <message>
        <source>Banquet (rounds)</source>
        <translation>Banquet (tables rondes)</translation>
    </message>
    <message>
        <source>Cabaret</source>
        <translation>Cabaret</translation>
    </message>
    <message>
        <source>Reception (standing)</source>
        <translation>Cocktail (debout)</translation>
    </message>
    <message>
        <source>Boardroom</source>
        <translation>Salle de conseil</translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation>En U</translation>
    </message>
    <message>
        <source>Hollow square</source>
        <translation>Carré creux</translation>
    </message>
</context>
<context>
    <name>SpaceRepository</name>
    <message>
        <source>save the venue&apos;s spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the venue&apos;s spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the venues&apos; rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the shortlisted venues&apos; rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation type="unfinished">Le lieu n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Somebody changed this venue&apos;s spaces since you opened them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space &quot;%1&quot; is no longer stored for this venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for holds on the rooms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionService</name>
    <message>
        <source>suggest venues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 holds at most %2 characters, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>That person no longer exists; somebody removed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenueMap needs at least one active admin: make someone else an admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is not one VenueMap created (the database owner, a superuser or a login made on the server), so VenueMap does not change it: its password and rights are changed on the server itself, by whoever administers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has activity in the log, which is never rewritten; disable them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database login with that name already exists on this server; choose another login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somebody with that email address already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database account is not allowed to do this; only admins manage people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new person cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new admin cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change this person&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own profile can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Venue</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Capacité</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished">Équipements</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Site web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating must be from 0 to 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude must be from -90 to 90, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude must be from -180 to 180, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A venue needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a website (www.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueCsvExport</name>
    <message>
        <source>export the venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms file could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting venues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Export Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting venues… %L1 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln lieu</numerusform>
            <numerusform>%Ln lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2 and %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>VenueEditor</name>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Pays</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Capacité</translation>
    </message>
    <message>
        <source>Guests, e.g. 250</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>0 to 5, one decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished">Équipements</translation>
    </message>
    <message>
        <source>Tick what the venue offers. A facility that is missing is added by an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Site web</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-90 to 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-180 to 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueFieldParser</name>
    <message>
        <source>The capacity must be a whole number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating must be a number from 0 to 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating has one decimal at most, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a number, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueImporter</name>
    <message>
        <source>%1 in %2</source>
        <comment>a venue in a city</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 repeats row %3 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 is already in the venue book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 venue(s) to import</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) invalid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 duplicate(s) included</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 duplicate(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>summary separator</comment>
        <extracomment>the separator between the parts of an import&apos;s summary: &quot;2 venues to import; 1 row invalid&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <comment>summary end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a pipe or a device): save the spreadsheet as a CSV file and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB: split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first row must name the columns (name, city, capacity, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold the %3; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the venue name: the first row must name the columns, one of them &quot;name&quot; (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; a value may hold an unquoted &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no venues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row of the file is invalid: nothing was imported. Fix it or choose to skip invalid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of the file are invalid: nothing was imported. Fix them or choose to skip invalid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every valid row is a duplicate: nothing to import unless duplicates are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no valid venue: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ActivityModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::CateringModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished">%1 (supprimé)</translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation type="unfinished">Traiteur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Site web</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::PeopleModel</name>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in until an admin enables them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL login role this person signs in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ProjectListModel</name>
    <message>
        <source>Archived %1</source>
        <translation type="unfinished">Archivé le %1</translation>
    </message>
    <message>
        <source>Archived with the status %1; read-only until restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished">Date de l’événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ShortlistModel</name>
    <message>
        <source>Declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Capacité</translation>
    </message>
    <message>
        <source>Client history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Prise de contact</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation type="unfinished">Traiteur</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation type="unfinished">Prix proposé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>save the quoted price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a price; type an amount such as 12500.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::SuggestionModel</name>
    <message>
        <source>%1 seats %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms do not fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rooms recorded</source>
        <translation type="unfinished">aucune salle enregistrée</translation>
    </message>
    <message>
        <source>Seats %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakout rooms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs met: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed to this client before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished">Non noté</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Seats up to %Ln guest(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facilities listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asked %Ln time(s): %1 answered, %2 declined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The most guests the venue seats; every suggestion seats all the guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue&apos;s rating, out of 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the facilities the project needs the venue has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the venue fits: its seats, the needs it meets, an earlier proposal to this client and how often it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Needs met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::VenueListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Capacité</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished">Équipements</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared venue book for event agencies: venues, client projects, shortlists, outreach and proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1
Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ActivityPanel</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AddPersonDialog</name>
    <message>
        <source>A password needs at least %1 characters; tell it to them in person, and they change it under Account ▸ Change Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They sign in to this PostgreSQL database with their own login, created now. Event managers work with venues and projects; admins also manage people. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They sign in with their email and this password. Event managers work with venues and projects; admins also manage people. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AddVenuesDialog</name>
    <message>
        <source>Add Venues to the Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or city contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities: stage, parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only venues whose rooms fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to see venues without rooms recorded, or too small, too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not quoted for a project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous quotes from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %Ln earlier quote(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match; select one or more (Ctrl or Shift for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AppController</name>
    <message>
        <source>The connection to the database server was lost. VenueMap keeps what you typed and is reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost. VenueMap keeps what you typed; reconnecting (attempt %1, next in %2 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again. Anything that did not save can be saved now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AttachmentsDialog</name>
    <message>
        <source>Files — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts, floor plans, certificates and other files for %1. Every colleague sees them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AttachmentsList</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files (PDF, images, text, Office documents; up to 25 MB each), their kind taken from their names; the arrow adds them as a kind you choose. You can also drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy with the desktop&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>%1
%2, %3 — added by %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet. Drop contracts, floor plans or certificates here, or choose Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenueMap cannot make a private folder for a copy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1; use Save As… to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Colleagues will no longer see it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <comment>column: when the file was added</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>button: open the file</comment>
        <translation type="unfinished">Ouverte</translation>
    </message>
    <message>
        <source>open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied for the viewer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CapacityFilterButton</name>
    <message>
        <source>any number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity and rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seating at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakout rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A venue holds what its largest room seats. A room counts when it seats the number in that layout; a divisible hall counts as its parts for breakouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the capacity, room and breakout choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity, rooms and layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: any</source>
        <translation type="unfinished">Capacité&#xa0;: toutes</translation>
    </message>
    <message>
        <source>Filter by the guests a venue holds, or by its rooms in a layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 guests</source>
        <translation type="unfinished">%1 invités {1–%2 ?}</translation>
    </message>
    <message>
        <source>%1+ guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ %2</source>
        <translation type="unfinished">%1, %2 {1+?}</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a room for %1+ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a room with a %1 layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 %3 breakout rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 breakout room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 breakout rooms</source>
        <translation type="unfinished">%1 salles de sous-commission {1 %2 ?}</translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no breakout rooms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <comment>breakout rooms in a layout</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CateringDialog</name>
    <message>
        <source>New Caterer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">Modifier %1</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CateringPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln caterer(s), %1 deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln caterer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished">%1 enregistré.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished">Supprimer %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished">Restaurer %1</translation>
    </message>
    <message>
        <source>Deleted %1; it stays on the shortlists that chose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ChangePasswordDialog</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a New Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2) and tell it to them in person; they can change it under Account ▸ Change Password… %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ClientsPanel</name>
    <message>
        <source>&amp;Add to Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All projects</source>
        <translation type="unfinished">← Tous les projets</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished">Actualiser</translation>
    </message>
    <message>
        <source>Filter clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished">Projet</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished">Date de l’événement</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation type="unfinished">Prix proposé</translation>
    </message>
    <message>
        <source>Why the venue declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the proposal of a completed project, and not declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected venue on the chosen project&apos;s shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a client on the left to see the venues used for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · last event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client yet: the clients of your projects appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln venue(s) used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deleted from the book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Oui</translation>
    </message>
    <message>
        <source>No venue has been shortlisted for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This venue was deleted from the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active project to add the venue to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>column: venue was in the proposal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>column: venue was booked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>column: venue declined</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ConnectionDialog</name>
    <message>
        <source>prefer (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the connection is encrypted; ask your administrator when unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the local server (Unix socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when ~/.pgpass or PGPASSWORD provide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a VenueMap File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenueMap files (*.venuemap *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database will be created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the file: it is empty and will be set up when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: it is empty and will be set up when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the file: its schema is newer than this VenueMap; install the newer version to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: its schema is newer than this VenueMap; install the newer version to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the file: its schema will be brought up to date when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: its schema will be brought up to date when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the file: it is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: it is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::DeclineDialog</name>
    <message>
        <source>Why Did %1 Decline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason to mark %1 declined. It is shown to whoever shortlists %1 for %2 again, and counted in Reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the venue said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::DemoWorker</name>
    <message>
        <source>load the sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of VenueMap has no sample data generator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::EmailDraftDialog</name>
    <message>
        <source>Email to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no contact email in the venue book; add the address here or in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This venue was already asked; this draft is a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the draft or open it in your mail app; after you send it, mark the venue as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Once you have sent it, mark the venue as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail app answered; copy the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to your mail app. Once you have sent it, mark the venue as sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::EmailTemplatesDialog</name>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Built-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders in braces are filled for each venue; a line whose placeholders are all empty is left out. Write {{ or }} for a brace of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the placeholder where the cursor is in the subject or body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with a sample project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the team&apos;s text: emails use the app&apos;s own text again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the team&apos;s templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s built-in text: the team has not written its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s text, saved by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s text, saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can change the email templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Emails in %1 now use the team&apos;s “%2” text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Built-in Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the team&apos;s “%1” text in %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails in this language then use the app&apos;s built-in text. The team&apos;s text cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the Team&apos;s Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. Emails in %1 use the app&apos;s built-in “%2” text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close without saving your changes to %n template(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished">&amp;Continuer la modification</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::FirstAdminDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Quitter</translation>
    </message>
    <message>
        <source>Nobody signs in to this database yet. You are connected as the database login “%1”, which becomes its first admin: give your name and email. Admins then add the rest of the team from the People page, each with their own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VenueMap file has nobody who can sign in yet. Create the first admin: you sign in with this email and password every time VenueMap starts, and add the rest of the team from the People page. A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::FirstStartDialog</name>
    <message>
        <source>Your venue book is empty. To look around first, VenueMap can fill it with sample data: %1 venues in European cities, %2 client projects with shortlists, caterers and a few colleagues.&lt;br&gt;&lt;br&gt;The sample data lives in this file only: &lt;i&gt;%3&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no sample data generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample data… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled; the venue book is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::HoldsPanel</name>
    <message>
        <source>Add &amp;dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holds on a date axis, the project&apos;s dates shaded and other projects&apos; holds on the same rooms drawn faint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of the selected venue, every room, every project&apos;s holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the selected hold: the booking. A room confirmed for another project on the same dates is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the selected hold; a released first option makes the second option on the same room the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 for %2? The venue may give the dates to someone else; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates yet: add the preferred dates and any alternates, then hold rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · whole venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Placed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a room of %1 for one of the project&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a venue in the shortlist to hold one of its rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;preferred dates (the others are alternates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the project&apos;s dates first (Add dates…): a hold is for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a Room at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is confirmed for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second option of %1 is now the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a space at a venue</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::HoldsTimeline</name>
    <message>
        <source>Holds timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (whole venue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holds yet: select a venue and Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <comment>timeline legend: where a hold expires</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Ville</translation>
    </message>
    <message>
        <source>Why it is a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file of venues (and their rooms), or a rooms file alone. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats row %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the venue book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms file has 1 problem (see Problems): nothing is imported until it is fixed and chosen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms file has %1 problems (see Problems): nothing is imported until they are fixed and the file is chosen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column holds the venue name on the Columns tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file and choose it again, or skip the invalid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Venue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import %1 and %2</source>
        <comment>2 Venues and 3 Rooms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln Venue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Room(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Room(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %Ln venue(s) already in the book.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln lieu</numerusform>
            <numerusform>%Ln lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2 with %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ImportHistoryDialog</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished">Lieux</translation>
    </message>
    <message>
        <source>Still in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the venue imported from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln venue(s) imported from %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They move to the deleted venues with their rooms, where they can still be restored one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>column: when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <comment>column: who imported</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Venue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MainWindow</name>
    <message>
        <source>Holds expiring within %1 days: %2. The Projects page (Ctrl+2) lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln imported venue(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project first: its proposal is made from its shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: you can look at everything, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open database. File ▸ Connect… opens another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <comment>database server: this computer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished">Lieux</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering</source>
        <translation type="unfinished">Restauration</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MigrationDialog</name>
    <message>
        <source>Updating the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Setting up a new database&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Updating the database from version %1 to %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the other client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a copy of the database before updating it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The database is updated to version %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the database as it was before the update is kept in this file (“venuemapctl restore FILE --force” puts it back if you ever need it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to finish updating the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MigrationWorker</name>
    <message>
        <source>keep a copy of the database before migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The database was not migrated; a database owner can run `venuemapctl migrate up` after making a copy another way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::OutreachPanel</name>
    <message>
        <source>Venues</source>
        <translation type="unfinished">Lieux</translation>
    </message>
    <message>
        <source>Email draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues asked that have not answered yet: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase when waiting more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>Change answer-by date of the selected venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change answer-by date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a venue in the chase list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should answer by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for a reply</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Was due to answer by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to chase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s) to chase.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>column: days waiting for an answer</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PasswordDialog</name>
    <message>
        <source>the local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the password for %2. Enter it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1 for the database at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PasswordStore</name>
    <message>
        <source>VenueMap cannot remember your password on this computer because no keychain service is running; it will ask for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PeoplePage</name>
    <message>
        <source>Everybody who signs in to this database. Event managers work with venues, projects and caterers; admins also manage people here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an embedded file VenueMap itself checks roles: anyone who can copy the file can read it. Use a PostgreSQL database for a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Event Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another admin does this for you; your own password is under Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added as admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added as event manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an event manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2)? They can no longer sign in, and this cannot be undone. People with activity in the log can only be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PhotoGallery</name>
    <message>
        <source>No photos yet. Drop image files here or choose Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels. Double-click for a larger view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous photo (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next photo (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Windows, menus, dates and numbers. Proposals and emails to a client are written in the language of their project.</source>
        <translation>Fenêtres, menus, dates et nombres. Les propositions et les e-mails destinés à un client sont rédigés dans la langue de son projet.</translation>
    </message>
    <message>
        <source>VenueMap speaks %1 from its next start.</source>
        <translation>VenueMap parlera %1 à partir de son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectDialog</name>
    <message>
        <source>any layout</source>
        <translation>toute configuration</translation>
    </message>
    <message>
        <source>“%1” is not a date, so the event date is still %2. Type the day, month and year, e.g. 12 Feb 2027 or 12.02.2027.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date, la date de l&apos;événement reste donc %2. Saisissez le jour, le mois et l&apos;année, par ex. 12 févr. 2027 ou 12.02.2027.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>The list of facilities could not be read; the project&apos;s needs are kept as they are.</source>
        <translation>La liste des équipements n&apos;a pas pu être lue&#xa0;; les besoins du projet restent inchangés.</translation>
    </message>
    <message numerus="yes">
        <source>Say how the %n breakout room(s) are set up (Theatre, Classroom, …), or set the breakouts to none.</source>
        <translation>
            <numerusform>Indiquez comment la salle de sous-commission (%n) est configurée (Théâtre, Salle de classe, …), ou mettez les sous-commissions à aucune.</numerusform>
            <numerusform>Indiquez comment les %n salles de sous-commission sont configurées (Théâtre, Salle de classe, …), ou mettez les sous-commissions à aucune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say how many people each breakout room seats, or set the breakouts to none.</source>
        <translation>Indiquez combien de personnes chaque salle de sous-commission accueille, ou mettez les sous-commissions à aucune.</translation>
    </message>
    <message>
        <source>The budget must be an amount of zero or more, such as 25000.00.</source>
        <translation>Le budget doit être un montant de zéro ou plus, par ex. 25000.00.</translation>
    </message>
    <message>
        <source>Someone else saved this project while you were editing. Their version is shown now; make your changes again and save.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce projet pendant que vous le modifiiez. Sa version est maintenant affichée&#xa0;; refaites vos modifications et enregistrez.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectWorkspace</name>
    <message>
        <source>F&amp;iles…</source>
        <translation>F&amp;ichiers…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Prise de contact</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Contracts, floor plans and other files of the selected venue</source>
        <translation>Contrats, plans et autres fichiers du lieu sélectionné</translation>
    </message>
    <message>
        <source>Marked %1 as sent.</source>
        <translation>%1 marqué comme envoyé.</translation>
    </message>
    <message>
        <source>Removed %1 from the shortlist.</source>
        <translation>%1 retiré de la présélection.</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>Ouverture du projet…</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Le projet n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln invité</numerusform>
            <numerusform>%Ln invités</numerusform>
        </translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>besoins&#xa0;: %1</translation>
    </message>
    <message>
        <source>rooms: %1 (%2 of %3 venues fit)</source>
        <translation>salles&#xa0;: %1 (%2 lieux sur %3 conviennent)</translation>
    </message>
    <message>
        <source>rooms: %1</source>
        <translation>salles&#xa0;: %1</translation>
    </message>
    <message>
        <source>No venues on this shortlist yet. Add them from the venue book with “Add venues…”, or let “Suggest venues…” pick ones that fit.</source>
        <translation>Aucun lieu dans cette présélection pour l&apos;instant. Ajoutez-en depuis le carnet de lieux avec «&#xa0;Ajouter des lieux…&#xa0;», ou laissez «&#xa0;Suggérer des lieux…&#xa0;» choisir ceux qui conviennent.</translation>
    </message>
    <message>
        <source>Add venues…</source>
        <translation>Ajouter des lieux…</translation>
    </message>
    <message>
        <source>Someone else changed this venue&apos;s row in the meantime. Their version is shown now and yours was not saved; make your change again if it still applies.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié la ligne de ce lieu entre-temps. Sa version est maintenant affichée et la vôtre n&apos;a pas été enregistrée&#xa0;; refaites votre modification si elle s&apos;applique encore.</translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation>Ce projet est archivé. Restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Rest&amp;aurer</translation>
    </message>
    <message>
        <source>Bring the project back to the list with the status it had, and allow changes</source>
        <translation>Remettre le projet dans la liste avec le statut qu&apos;il avait, et autoriser les modifications</translation>
    </message>
    <message>
        <source>(Archived %1; status %2.)</source>
        <translation>(Archivé le %1&#xa0;; statut %2.)</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln venue(s) to the shortlist.</source>
        <translation>
            <numerusform>%Ln lieu ajouté à la présélection.</numerusform>
            <numerusform>%Ln lieux ajoutés à la présélection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already on the shortlist, not added again: %1.</source>
        <translation>Déjà dans la présélection, pas ajouté à nouveau&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted from the book meanwhile: %Ln venue(s).</source>
        <translation>
            <numerusform>Supprimé du carnet entre-temps&#xa0;: %Ln lieu.</numerusform>
            <numerusform>Supprimés du carnet entre-temps&#xa0;: %Ln lieux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not marked declined: a decline needs a reason.</source>
        <translation>Non marqué comme refusé&#xa0;: un refus nécessite un motif.</translation>
    </message>
    <message>
        <source>Remove %1 from the Shortlist</source>
        <translation>Retirer %1 de la présélection</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Passer %1 à %2</translation>
    </message>
    <message>
        <source>Edit %1 on the Shortlist</source>
        <translation>Modifier %1 dans la présélection</translation>
    </message>
    <message>
        <source>%1 is back on the shortlist.</source>
        <translation>%1 est de retour dans la présélection.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rétabli&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Add %1 to the Shortlist</source>
        <translation>Ajouter %1 à la présélection</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Venue(s) to the Shortlist</source>
        <translation>
            <numerusform>Ajouter %n lieu à la présélection</numerusform>
            <numerusform>Ajouter %n lieux à la présélection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s) · %1 in proposal · %2</source>
        <translation>
            <numerusform>%Ln lieu · %1 dans la proposition · %2</numerusform>
            <numerusform>%Ln lieux · %1 dans la proposition · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation>Archivé le %1</translation>
    </message>
    <message>
        <source>%1 shown · %2 active · %3 completed · %4 cancelled</source>
        <translation>%1 affichés · %2 actifs · %3 terminés · %4 annulés</translation>
    </message>
    <message>
        <source>Holds expiring within %1 days (%2; nothing is sent without you):</source>
        <translation>Options expirant dans les %1 jours (%2&#xa0;; rien n&apos;est envoyé sans vous)&#xa0;:</translation>
    </message>
    <message>
        <source>• %1 for %2: %3 expires %4</source>
        <translation>• %1 pour %2&#xa0;: %3 expire le %4</translation>
    </message>
    <message>
        <source>…and %1 more (venuemapctl holds list --expiring %2).</source>
        <translation>…et %1 de plus (venuemapctl holds list --expiring %2).</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Rest&amp;aurer</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hiver…</translation>
    </message>
    <message>
        <source>Bring the project back to the list with the status it had, and allow changes</source>
        <translation>Remettre le projet dans la liste avec le statut qu&apos;il avait, et autoriser les modifications</translation>
    </message>
    <message>
        <source>Hide the project from the list and make it read-only; it can be restored</source>
        <translation>Masquer le projet de la liste et le mettre en lecture seule&#xa0;; il peut être restauré</translation>
    </message>
    <message>
        <source>Archive project</source>
        <translation>Archiver le projet</translation>
    </message>
    <message>
        <source>Archive “%1”?</source>
        <translation>Archiver «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It leaves the list (Show archived brings it back into view) and nobody can change it, its shortlist, dates or holds until it is restored. Its status (%1) is kept.</source>
        <translation>Il quitte la liste (Afficher les archivés le fait réapparaître) et personne ne peut plus le modifier, ni sa présélection, ses dates ou ses options, jusqu&apos;à sa restauration. Son statut (%1) est conservé.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Archived %1. Show archived lists it; Restore brings it back.</source>
        <translation>%1 archivé. Afficher les archivés le liste&#xa0;; Restaurer le fait revenir.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
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
        <translation>Lecture de la proposition…</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Proposition&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pour %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation>
            <numerusform>%Ln lieu</numerusform>
            <numerusform>%Ln lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the proposal as %1.</source>
        <translation>Proposition enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Saved the proposal’s venues as %1.</source>
        <translation>Lieux de la proposition enregistrés sous %1.</translation>
    </message>
    <message>
        <source>Save Proposal</source>
        <translation>Enregistrer la proposition</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Proposal as CSV</source>
        <translation>Enregistrer la proposition en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The language the proposal is written in; the project&apos;s client language unless you choose another here.</source>
        <translation>La langue dans laquelle la proposition est rédigée&#xa0;; celle du client du projet, sauf si vous en choisissez une autre ici.</translation>
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
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::QuotesDialog</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Add quote</source>
        <translation>&amp;Ajouter le devis</translation>
    </message>
    <message>
        <source>&amp;New quote</source>
        <translation>&amp;Nouveau devis</translation>
    </message>
    <message>
        <source>&amp;Remove quote…</source>
        <translation>&amp;Retirer le devis…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Quotes from %1</source>
        <translation>Devis de %1</translation>
    </message>
    <message>
        <source>What %1 quoted for this project, latest first. The latest quote is the shortlist&apos;s quoted price.</source>
        <translation>Ce que %1 a proposé pour ce projet, du plus récent au plus ancien. Le dernier devis donne le prix proposé de la présélection.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>the total, e.g. 12500.00</source>
        <translation>le total, par ex. 12500.00</translation>
    </message>
    <message>
        <source>The quote&apos;s currency: a three-letter ISO 4217 code (EUR, GBP, USD…)</source>
        <translation>La devise du devis&#xa0;: un code ISO 4217 à trois lettres (EUR, GBP, USD…)</translation>
    </message>
    <message>
        <source>What the amount covers; a minimum spend is what the event must spend at least</source>
        <translation>Ce que couvre le montant&#xa0;; une dépense minimum est ce que l&apos;événement doit dépenser au moins</translation>
    </message>
    <message>
        <source>catering, e.g. 85.00</source>
        <translation>traiteur, par ex. 85.00</translation>
    </message>
    <message>
        <source>e.g. includes AV and cloakroom; 10% deposit</source>
        <translation>par ex. AV et vestiaire compris&#xa0;; acompte de 10 %</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>Re&amp;çu</translation>
    </message>
    <message>
        <source>C&amp;overs</source>
        <translation>C&amp;ouvre</translation>
    </message>
    <message>
        <source>&amp;Per head</source>
        <translation>&amp;Par personne</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>Rate history: what %1 quoted for other projects</source>
        <translation>Historique des tarifs&#xa0;: ce que %1 a proposé pour d&apos;autres projets</translation>
    </message>
    <message>
        <source>The latest quote: the shortlist&apos;s quoted price</source>
        <translation>Le dernier devis&#xa0;: le prix proposé de la présélection</translation>
    </message>
    <message>
        <source>No quote yet: add the first one below.</source>
        <translation>Pas encore de devis&#xa0;: ajoutez le premier ci-dessous.</translation>
    </message>
    <message>
        <source>Rate history: %1 has not quoted for another project yet.</source>
        <translation>Historique des tarifs&#xa0;: %1 n&apos;a encore fait de devis pour aucun autre projet.</translation>
    </message>
    <message numerus="yes">
        <source>Rate history: what %1 quoted for other projects (%Ln quote(s))</source>
        <translation>
            <numerusform>Historique des tarifs&#xa0;: ce que %1 a proposé pour d&apos;autres projets (%Ln devis)</numerusform>
            <numerusform>Historique des tarifs&#xa0;: ce que %1 a proposé pour d&apos;autres projets (%Ln devis)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Amount: type the quote&apos;s total, such as 12500.00.</source>
        <translation>Montant&#xa0;: saisissez le total du devis, par ex. 12500.00.</translation>
    </message>
    <message>
        <source>Amount: “%1” is not an amount; type the total, such as 12500.00.</source>
        <translation>Montant&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;; saisissez le total, par ex. 12500.00.</translation>
    </message>
    <message>
        <source>Per head: “%1” is not an amount; type a price such as 85.00.</source>
        <translation>Par personne&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;; saisissez un prix, par ex. 85.00.</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 added.</source>
        <translation>Devis de %1 de %2 ajouté.</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 saved.</source>
        <translation>Devis de %1 de %2 enregistré.</translation>
    </message>
    <message>
        <source>Remove the Quote</source>
        <translation>Retirer le devis</translation>
    </message>
    <message>
        <source>Remove the quote of %1 received on %2? The shortlist&apos;s price becomes the quote before it.</source>
        <translation>Retirer le devis de %1 reçu le %2&#xa0;? Le prix de la présélection devient celui du devis précédent.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Keep the Quote</source>
        <translation>&amp;Garder le devis</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 removed.</source>
        <translation>Devis de %1 de %2 retiré.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ReportsPage</name>
    <message>
        <source>← All projects</source>
        <translation>← Tous les projets</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Declines by reason</source>
        <translation>Refus par motif</translation>
    </message>
    <message>
        <source>By venue</source>
        <translation>Par lieu</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>Par ville</translation>
    </message>
    <message>
        <source>No venue has declined yet. A decline&apos;s reason is chosen when a venue on a shortlist is marked Declined.</source>
        <translation>Aucun lieu n&apos;a encore refusé. Le motif d&apos;un refus est choisi quand un lieu d&apos;une présélection est marqué Refusé.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>(no city)</source>
        <translation>(pas de ville)</translation>
    </message>
    <message>
        <source>Venues by city</source>
        <translation>Lieux par ville</translation>
    </message>
    <message>
        <source>Projects by status</source>
        <translation>Projets par statut</translation>
    </message>
    <message>
        <source>Outreach of active projects</source>
        <translation>Prise de contact des projets actifs</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>column header: how many</comment>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::RespondByDialog</name>
    <message>
        <source>Change Answer-by Date</source>
        <translation>Modifier la date de réponse attendue</translation>
    </message>
    <message>
        <source>The day %1 should answer by:</source>
        <translation>Le jour où %1 doit répondre&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Answer by:</source>
        <translation>&amp;Réponse attendue le&#xa0;:</translation>
    </message>
    <message>
        <source>Answer by: &quot;%1&quot; is not a date; the date before it is kept.</source>
        <translation>Réponse attendue le&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; la date précédente est conservée.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ShortlistDelegate</name>
    <message>
        <source>(no caterer)</source>
        <translation>(pas de traiteur)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SignInDialog</name>
    <message>
        <source>the venue book %1</source>
        <translation>le carnet de lieux %1</translation>
    </message>
    <message>
        <source>the team database “%1” on %2</source>
        <translation>la base d&apos;équipe «&#xa0;%1&#xa0;» sur %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Sign in with the email and password an admin gave you for %1.</source>
        <translation>Connectez-vous avec l&apos;e-mail et le mot de passe qu&apos;un administrateur vous a donnés pour %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>Patientez %1 s</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SpacesList</name>
    <message>
        <source>Reading the rooms…</source>
        <translation>Lecture des salles…</translation>
    </message>
    <message>
        <source>The rooms could not be read: %1</source>
        <translation>Les salles n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>No rooms recorded.</source>
        <translation>Aucune salle enregistrée.</translation>
    </message>
    <message>
        <source>Matches the room filter (%1)</source>
        <translation>Correspond au filtre des salles (%1)</translation>
    </message>
    <message>
        <source>%1 (part of %2)</source>
        <translation>%1 (fait partie de %2)</translation>
    </message>
    <message>
        <source>%1 — no capacities recorded</source>
        <translation>%1 — aucune capacité enregistrée</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>Étage %1</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 m ceiling</source>
        <translation>%1 m sous plafond</translation>
    </message>
    <message>
        <source>daylight</source>
        <translation>lumière du jour</translation>
    </message>
    <message>
        <source>no daylight</source>
        <translation>sans lumière du jour</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SpacesTable</name>
    <message>
        <source>&amp;Add Space</source>
        <translation>&amp;Ajouter une salle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>Surface m²</translation>
    </message>
    <message>
        <source>Ceiling m</source>
        <translation>Plafond m</translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation>Lumière du jour</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Guests in the %1 layout</source>
        <translation>Invités en configuration %1</translation>
    </message>
    <message>
        <source>Access, pillars, blackout, what divides it…</source>
        <translation>Accès, piliers, occultation, ce qui la divise…</translation>
    </message>
    <message>
        <source>Capacities are guests per layout; leave a layout empty when the space is not set up that way.</source>
        <translation>Les capacités sont des invités par configuration&#xa0;; laissez une configuration vide quand la salle ne s&apos;installe pas ainsi.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Whether the space has daylight (—: not known)</source>
        <translation>Si la salle a la lumière du jour (—&#xa0;: inconnu)</translation>
    </message>
    <message>
        <source>The hall this space is a part of, when the hall divides</source>
        <translation>La grande salle dont cette salle fait partie, quand elle se divise</translation>
    </message>
    <message>
        <source>(space %1)</source>
        <translation>(salle %1)</translation>
    </message>
    <message>
        <source>Notes on the new space</source>
        <translation>Notes sur la nouvelle salle</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Notes sur %1</translation>
    </message>
    <message>
        <source>Notes on the current space</source>
        <translation>Notes sur la salle actuelle</translation>
    </message>
    <message>
        <source>space %1</source>
        <translation>salle %1</translation>
    </message>
    <message>
        <source>The area of %1 is not a number (&quot;%2&quot;); type it in m², e.g. 420.</source>
        <translation>La surface de %1 n&apos;est pas un nombre («&#xa0;%2&#xa0;»)&#xa0;; saisissez-la en m², par ex. 420.</translation>
    </message>
    <message>
        <source>The ceiling height of %1 is not a number (&quot;%2&quot;); type it in m, e.g. 4.5.</source>
        <translation>La hauteur sous plafond de %1 n&apos;est pas un nombre («&#xa0;%2&#xa0;»)&#xa0;; saisissez-la en m, par ex. 4.5.</translation>
    </message>
    <message>
        <source>%1 seats %2 as a boardroom but only %3 as a theatre; a boardroom usually seats fewer. It is saved as typed.</source>
        <translation>%1 accueille %2 en salle de conseil mais seulement %3 en théâtre&#xa0;; une salle de conseil en accueille d&apos;ordinaire moins. C&apos;est enregistré tel que saisi.</translation>
    </message>
    <message>
        <source>A space</source>
        <translation>Une salle</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a space&apos;s name quoted in a sentence</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::StartupFlow</name>
    <message>
        <source>open the database</source>
        <translation>ouvrir la base de données</translation>
    </message>
    <message>
        <source>The database&apos;s schema history does not match this VenueMap.</source>
        <translation>L&apos;historique du schéma de la base de données ne correspond pas à cette version de VenueMap.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SuggestionsDialog</name>
    <message>
        <source>Suggested Venues for %1</source>
        <translation>Lieux suggérés pour %1</translation>
    </message>
    <message>
        <source>Rooms for %1: the venues whose rooms fit come first, then those without rooms recorded, then those whose rooms are too small.</source>
        <translation>Salles pour %1&#xa0;: d&apos;abord les lieux dont les salles conviennent, puis ceux sans salles enregistrées, puis ceux dont les salles sont trop petites.</translation>
    </message>
    <message numerus="yes">
        <source>Every venue here seats all %Ln guest(s).</source>
        <translation>
            <numerusform>Chaque lieu ici accueille %Ln invité.</numerusform>
            <numerusform>Chaque lieu ici accueille les %Ln invités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those in %1 come first.</source>
        <translation>Ceux de %1 d&apos;abord.</translation>
    </message>
    <message>
        <source>Best fit first: room for the guests without being far too big, the needs met, the rating, an earlier proposal to %1 and how often the venue answers.</source>
        <translation>Le mieux adapté d&apos;abord&#xa0;: de la place pour les invités sans être bien trop grand, les besoins remplis, la note, une proposition antérieure à %1 et la fréquence de réponse du lieu.</translation>
    </message>
    <message>
        <source>Needs: %1.</source>
        <translation>Besoins&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Add ticked to shortlist</source>
        <translation>&amp;Ajouter les lieux cochés à la présélection</translation>
    </message>
    <message>
        <source>Looking through the book…</source>
        <translation>Recherche dans le carnet…</translation>
    </message>
    <message>
        <source>No venue in the book seats the guests; add venues to the book first.</source>
        <translation>Aucun lieu du carnet n&apos;accueille les invités&#xa0;; ajoutez d&apos;abord des lieux au carnet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s). Tick the venues to add to the shortlist.</source>
        <translation>
            <numerusform>%Ln suggestion. Cochez les lieux à ajouter à la présélection.</numerusform>
            <numerusform>%Ln suggestions. Cochez les lieux à ajouter à la présélection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::TableHeader</name>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::UndoHistory</name>
    <message>
        <source>Saved, but it cannot be undone: an undo was still running.</source>
        <translation>Enregistré, mais impossible à annuler&#xa0;: une annulation était encore en cours.</translation>
    </message>
    <message>
        <source>Nothing was changed: an undo is still running; try again in a moment.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: une annulation est encore en cours&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenueCalendarDialog</name>
    <message>
        <source>Calendar of %1</source>
        <translation>Calendrier de %1</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>Green: confirmed · amber: first option · light: second option, tentative or requested · a number: holds competing that day. Hover a day to see the projects.</source>
        <translation>Vert&#xa0;: confirmé · ambre&#xa0;: première option · clair&#xa0;: deuxième option, provisoire ou demandée · un nombre&#xa0;: options concurrentes ce jour-là. Survolez un jour pour voir les projets.</translation>
    </message>
    <message>
        <source>Whole venue</source>
        <translation>Tout le lieu</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenueConflictDialog</name>
    <message>
        <source>Someone Else Saved This Venue</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce lieu</translation>
    </message>
    <message>
        <source>A colleague saved &lt;b&gt;%1&lt;/b&gt; at %2 while you were editing it. For each field that differs, choose the value to keep.</source>
        <translation>Un collègue a enregistré &lt;b&gt;%1&lt;/b&gt; à %2 pendant que vous le modifiiez. Pour chaque champ qui diffère, choisissez la valeur à garder.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Sa version</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Their changes and yours are the same.</source>
        <translation>Ses modifications et les vôtres sont identiques.</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Garder toutes les miennes</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Prendre toutes les siennes</translation>
    </message>
    <message>
        <source>Save Choice</source>
        <translation>Enregistrer le choix</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenueEditor</name>
    <message>
        <source>New Venue</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The spaces could not be read, so they cannot be edited now: %1</source>
        <translation>Les salles n&apos;ont pas pu être lues, elles ne peuvent donc pas être modifiées pour l&apos;instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set by the spaces: the largest is %1, %2 guests for %3.</source>
        <translation>Défini par les salles&#xa0;: la plus grande est %1, %2 invités en %3.</translation>
    </message>
    <message>
        <source>an unnamed space</source>
        <translation>une salle sans nom</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>This new venue has not been saved. Discard what you typed?</source>
        <translation>Ce nouveau lieu n&apos;a pas été enregistré. Abandonner ce que vous avez saisi&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes to %1 have not been saved. Discard them?</source>
        <translation>Vos modifications de %1 n&apos;ont pas été enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
    <message>
        <source>New Facility</source>
        <translation>Nouvel équipement</translation>
    </message>
    <message>
        <source>Name of the facility, as it should appear everywhere:</source>
        <translation>Nom de l&apos;équipement, tel qu&apos;il doit apparaître partout&#xa0;:</translation>
    </message>
    <message>
        <source>Review Their Change…</source>
        <translation>Examiner sa modification…</translation>
    </message>
    <message>
        <source>Compare your version with the one your colleague saved, field by field, and choose what to keep.</source>
        <translation>Comparez votre version avec celle enregistrée par votre collègue, champ par champ, et choisissez ce que vous gardez.</translation>
    </message>
    <message>
        <source>The book already has a venue with this name in this city:&lt;br&gt;%1&lt;br&gt;Press Save Anyway to add another one, or Cancel to keep the book as it is.</source>
        <translation>Le carnet contient déjà un lieu de ce nom dans cette ville&#xa0;:&lt;br&gt;%1&lt;br&gt;Cliquez sur Enregistrer quand même pour en ajouter un autre, ou sur Annuler pour laisser le carnet tel quel.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>One thing about the spaces needs fixing before saving (Spaces tab).</source>
        <translation>Un point des salles doit être corrigé avant d&apos;enregistrer (onglet Salles).</translation>
    </message>
    <message>
        <source>%1 things about the spaces need fixing before saving (Spaces tab).</source>
        <translation>%1 points des salles doivent être corrigés avant d&apos;enregistrer (onglet Salles).</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenuesPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>No deleted venue with %1 matches these filters.</source>
        <translation>Aucun lieu supprimé avec %1 ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No venue with %1 matches these filters.</source>
        <translation>Aucun lieu avec %1 ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No deleted venue matches these filters.</source>
        <translation>Aucun lieu supprimé ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No venue matches these filters.</source>
        <translation>Aucun lieu ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No venues yet. Add one with “New venue…” (Ctrl+N), or import a list with Data ▸ Import Venues from CSV…</source>
        <translation>Aucun lieu pour l&apos;instant. Ajoutez-en un avec «&#xa0;Nouveau lieu…&#xa0;» (Ctrl+N), ou importez une liste avec Données ▸ Importer des lieux depuis un CSV…</translation>
    </message>
    <message>
        <source>No facilities recorded yet</source>
        <translation>Aucun équipement enregistré</translation>
    </message>
    <message>
        <source>Facilities: any</source>
        <translation>Équipements&#xa0;: tous</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Facilities: %1</source>
        <translation>Équipements&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation>Aucun lieu sélectionné</translation>
    </message>
    <message>
        <source>Choose a venue in the list to see its details and photos.</source>
        <translation>Choisissez un lieu dans la liste pour voir ses détails et ses photos.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (largest room: %2, %3)</source>
        <translation>%1 (plus grande salle&#xa0;: %2, %3)</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Took back adding “%1”.</source>
        <translation>Ajout de «&#xa0;%1&#xa0;» annulé.</translation>
    </message>
    <message>
        <source>Took back the changes to “%1”.</source>
        <translation>Modifications de «&#xa0;%1&#xa0;» annulées.</translation>
    </message>
    <message>
        <source>Added “%1” again.</source>
        <translation>«&#xa0;%1&#xa0;» de nouveau ajouté.</translation>
    </message>
    <message>
        <source>Saved “%1” again.</source>
        <translation>«&#xa0;%1&#xa0;» de nouveau enregistré.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collègue</translation>
    </message>
    <message>
        <source>%1 changed this venue at %2 while you were editing. Your changes are still here: review theirs, or Save to compare both versions.</source>
        <translation>%1 a modifié ce lieu à %2 pendant que vous le modifiiez. Vos modifications sont toujours là&#xa0;: examinez les siennes, ou enregistrez pour comparer les deux versions.</translation>
    </message>
    <message>
        <source>any</source>
        <comment>rating</comment>
        <translation>toutes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln invité</numerusform>
            <numerusform>%Ln invités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueRepository</name>
    <message>
        <source>open the venue</source>
        <translation>ouvrir le lieu</translation>
    </message>
    <message>
        <source>There is no venue with that id.</source>
        <translation>Aucun lieu ne porte cet identifiant.</translation>
    </message>
    <message>
        <source>The venue no longer exists; someone may have removed it.</source>
        <translation>Le lieu n&apos;existe plus&#xa0;; quelqu&apos;un l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <source>add the venue</source>
        <translation>ajouter le lieu</translation>
    </message>
    <message>
        <source>The database did not return the venue it added.</source>
        <translation>La base de données n&apos;a pas renvoyé le lieu ajouté.</translation>
    </message>
    <message>
        <source>save the venue</source>
        <translation>enregistrer le lieu</translation>
    </message>
    <message>
        <source>Someone else saved this venue after you opened it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce lieu après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>delete the venue</source>
        <translation>supprimer le lieu</translation>
    </message>
    <message>
        <source>restore the venue</source>
        <translation>restaurer le lieu</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>Le lieu n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>VenueSaver</name>
    <message>
        <source>The connection to the database was lost; what you entered is still here, so try again once the connection is back.</source>
        <translation>La connexion à la base de données a été perdue&#xa0;; ce que vous avez saisi est toujours là, réessayez une fois la connexion rétablie.</translation>
    </message>
    <message>
        <source>add the venue</source>
        <translation>ajouter le lieu</translation>
    </message>
    <message>
        <source>save the venue</source>
        <translation>enregistrer le lieu</translation>
    </message>
    <message>
        <source>Somebody changed this venue&apos;s spaces since you opened it, so nothing was saved; your changes are still here. Save again to replace their spaces with yours, or Cancel to keep theirs.</source>
        <translation>Quelqu&apos;un a modifié les salles de ce lieu depuis que vous l&apos;avez ouvert, rien n&apos;a donc été enregistré&#xa0;; vos modifications sont toujours là. Enregistrez de nouveau pour remplacer ses salles par les vôtres, ou annulez pour garder les siennes.</translation>
    </message>
</context>
<context>
    <name>VenueSpace</name>
    <message>
        <source>a space without a name</source>
        <translation>une salle sans nom</translation>
    </message>
    <message>
        <source>space &quot;%1&quot;</source>
        <translation>la salle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The %1 capacity of %2</source>
        <extracomment>%1 is a layout (&quot;theatre&quot;), %2 a space (&quot;space &quot;Main hall&quot;&quot;)</extracomment>
        <translation>La capacité %1 de %2</translation>
    </message>
    <message>
        <source>%1 is negative (%2); a capacity is a whole number from 0 to 100,000.</source>
        <translation>%1 est négative (%2)&#xa0;; une capacité est un nombre entier de 0 à 100 000.</translation>
    </message>
    <message>
        <source>%1 is above 100,000 (%2); a capacity is a whole number from 0 to 100,000.</source>
        <translation>%1 dépasse 100 000 (%2)&#xa0;; une capacité est un nombre entier de 0 à 100 000.</translation>
    </message>
    <message>
        <source>%1 is not a whole number (&quot;%2&quot;); a capacity is a whole number from 0 to 100,000.</source>
        <translation>%1 n&apos;est pas un nombre entier («&#xa0;%2&#xa0;»)&#xa0;; une capacité est un nombre entier de 0 à 100 000.</translation>
    </message>
    <message>
        <source>Space %1 has no name; every space needs a name.</source>
        <translation>La salle %1 n&apos;a pas de nom&#xa0;; chaque salle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name of %1 is longer than %2 characters.</source>
        <translation>Le nom de %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>Two spaces of this venue are named &quot;%1&quot;; a space name is used once per venue.</source>
        <translation>Deux salles de ce lieu s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; un nom de salle n&apos;est utilisé qu&apos;une fois par lieu.</translation>
    </message>
    <message>
        <source>The floor of %1 is longer than %2 characters.</source>
        <translation>L&apos;étage de %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The notes of %1 are longer than %2 characters.</source>
        <translation>Les notes de %1 dépassent %2 caractères.</translation>
    </message>
    <message>
        <source>The area of %1 is %2 m²; an area is from 0 to 1,000,000 m².</source>
        <translation>La surface de %1 est de %2 m²&#xa0;; une surface va de 0 à 1 000 000 m².</translation>
    </message>
    <message>
        <source>The ceiling height of %1 is %2 m; a ceiling height is from 0 to 100 m.</source>
        <translation>La hauteur sous plafond de %1 est de %2 m&#xa0;; elle va de 0 à 100 m.</translation>
    </message>
    <message>
        <source>The parent of %1 is not a space of this venue.</source>
        <translation>La salle parente de %1 n&apos;est pas une salle de ce lieu.</translation>
    </message>
    <message>
        <source>The parent of %1 would put it inside one of its own parts (a parent cycle).</source>
        <translation>La salle parente de %1 la placerait dans l&apos;une de ses propres parties (un cycle).</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Search name or city  (Ctrl+F)</source>
        <translation>Rechercher un nom ou une ville  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>&amp;Nouveau lieu…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Capacity: any</source>
        <translation>Capacité&#xa0;: toutes</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Deleted only</source>
        <translation>&amp;Supprimés seulement</translation>
    </message>
    <message>
        <source>List only the deleted venues, to look at or restore them</source>
        <translation>N&apos;afficher que les lieux supprimés, pour les consulter ou les restaurer</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation>Aucun lieu sélectionné</translation>
    </message>
    <message>
        <source>Choose a venue in the list to see its details and photos.</source>
        <translation>Choisissez un lieu dans la liste pour voir ses détails et ses photos.</translation>
    </message>
    <message>
        <source>This venue is deleted. Restore it to use it in projects again.</source>
        <translation>Ce lieu est supprimé. Restaurez-le pour l&apos;utiliser à nouveau dans des projets.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a venue&apos;s name quoted in a sentence</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <comment>a venue&apos;s name and city in a sentence</comment>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
</context>
</TS>
