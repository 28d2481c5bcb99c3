<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VenueMap</source>
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
    <message>
        <source>color: #a11;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CateringDialog</name>
    <message>
        <source>Caterer</source>
        <translation type="unfinished">Cateraar</translation>
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
    <message>
        <source>color: #b03020;</source>
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
        <source>font-size: 16pt; font-weight: 600;</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
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
    <message>
        <source>color: #a11;</source>
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
        <source>color: #555;</source>
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
    <message>
        <source>color: #a11;</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last delete, restore, removal from a shortlist, status change or edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
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
        <source>color: #a11;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
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
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-size: 16pt; font-weight: 600;</source>
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
        <source>color: palette(mid);</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
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
        <source>color: palette(mid);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b03020;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectWorkspace</name>
    <message>
        <source>← All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-size: 16pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #555;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected venue off the shortlist (Edit ▸ Undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼</source>
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
        <source>font-size: 16pt; font-weight: 600;</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
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
        <source>background: #fff4d6; border: 1px solid #e0c06a; border-radius: 4px; padding: 6px;</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the project from the list and make it read-only; it can be restored</source>
        <translation type="unfinished"></translation>
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
        <source>Exporting venues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
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
        <source>export the venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 venue to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %L1 venues to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 venue to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %L1 venues to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and 1 room to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %L1 rooms to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
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
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>color: #a11;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueEditor</name>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Locatie</translation>
    </message>
    <message>
        <source>font-size: 14pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#duplicateFrame { background: #fff6dc; border: 1px solid #e2c36b; border-radius: 4px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b3261e;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Stad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Capaciteit</translation>
    </message>
    <message>
        <source>Guests, e.g. 250</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #5f6368;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Beoordeling</translation>
    </message>
    <message>
        <source>0 to 5, one decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished">Voorzieningen</translation>
    </message>
    <message>
        <source>Tick what the venue offers. A facility that is missing is added by an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: palette(mid);</source>
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
        <translation type="unfinished">Website</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation type="unfinished">Cateraar</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Website</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ProjectListModel</name>
    <message>
        <source>Archived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived with the status %1; read-only until restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished">Datum evenement</translation>
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
        <translation type="unfinished">Stad</translation>
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
        <translation type="unfinished">Locatie</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Stad</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Capaciteit</translation>
    </message>
    <message>
        <source>Client history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation type="unfinished">Cateraar</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation type="unfinished">Geoffreerde prijs</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Geen beoordeling</translation>
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
        <translation type="unfinished">Locatie</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Stad</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Beoordeling</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Stad</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Capaciteit</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Beoordeling</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished">Voorzieningen</translation>
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
        <translation type="unfinished"></translation>
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
        <source>Added</source>
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
        <source>Open</source>
        <translation type="unfinished">Nog open</translation>
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
        <translation type="unfinished"></translation>
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
        <source>none</source>
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
        <source>in</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">%1 gasten {1–%2 ?}</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CateringPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
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
    <name>VenueMap::Ui::ClientsPanel</name>
    <message>
        <source>&amp;Add to Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Locatie</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Stad</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished">Datum evenement</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation type="unfinished">Geoffreerde prijs</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>VenueMap::Ui::FirstAdminDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
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
        <source>expires</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holds yet: select a venue and Hold…</source>
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
        <translation type="unfinished">Locatie</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Stad</translation>
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
    <message>
        <source>&amp;Import 1 Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import %1 Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import %1 and %2 Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import 1 Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import %1 Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into 1 venue already in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2 venues already in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 venue from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 venues from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ImportHistoryDialog</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
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
        <source>Remove 1 Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 Venues</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>VenueMap::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::OutreachPanel</name>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Locatie</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows, menus, dates and numbers. Proposals and emails to a client are written in the language of their project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VenueMap speaks %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectDialog</name>
    <message>
        <source>any layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date, so the event date is still %2. Type the day, month and year, e.g. 12 Feb 2027 or 12.02.2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of facilities could not be read; the project&apos;s needs are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Say how the %n breakout room(s) are set up (Theatre, Classroom, …), or set the breakouts to none.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Say how many people each breakout room seats, or set the breakouts to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget must be an amount of zero or more, such as 25000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this project while you were editing. Their version is shown now; make your changes again and save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectWorkspace</name>
    <message>
        <source>F&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts, floor plans and other files of the selected venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms: %1 (%2 of %3 venues fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venues on this shortlist yet. Add them from the venue book with “Add venues…”, or let “Suggest venues…” pick ones that fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add venues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this venue&apos;s row in the meantime. Their version is shown now and yours was not saved; make your change again if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the project back to the list with the status it had, and allow changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Archived %1; status %2.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln venue(s) to the shortlist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Already on the shortlist, not added again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted from the book meanwhile: %Ln venue(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not marked declined: a decline needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 on the Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back on the shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Venue(s) to the Shortlist</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProjectsPage</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown · %2 active · %3 completed · %4 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds expiring within %1 days (%2; nothing is sent without you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 for %2: %3 expires %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more (venuemapctl holds list --expiring %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the project back to the list with the status it had, and allow changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the project from the list and make it read-only; it can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves the list (Show archived brings it back into view) and nobody can change it, its shortlist, dates or holds until it is restored. Its status (%1) is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1. Show archived lists it; Restore brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProposalPreviewDialog</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the proposal as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the proposal’s venues as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Proposal as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the proposal is written in; the project&apos;s client language unless you choose another here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ProposalSettingsDialog</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::QuotesDialog</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 quoted for this project, latest first. The latest quote is the shortlist&apos;s quoted price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished">Offerte</translation>
    </message>
    <message>
        <source>the total, e.g. 12500.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote&apos;s currency: a three-letter ISO 4217 code (EUR, GBP, USD…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the amount covers; a minimum spend is what the event must spend at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catering, e.g. 85.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. includes AV and cloakroom; 10% deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;overs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate history: what %1 quoted for other projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest quote: the shortlist&apos;s quoted price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quote yet: add the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate history: %1 has not quoted for another project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate history: what %1 quoted for other projects (%Ln quote(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: type the quote&apos;s total, such as 12500.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: “%1” is not an amount; type the total, such as 12500.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per head: “%1” is not an amount; type a price such as 85.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote of %1 from %2 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote of %1 from %2 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the quote of %1 received on %2? The shortlist&apos;s price becomes the quote before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote of %1 from %2 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ReportsPage</name>
    <message>
        <source>← All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declines by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue has declined yet. A decline&apos;s reason is chosen when a venue on a shortlist is marked Declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished">Locatie</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Stad</translation>
    </message>
    <message>
        <source>(no city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues by city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach of active projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::RespondByDialog</name>
    <message>
        <source>Change Answer-by Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 should answer by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by: &quot;%1&quot; is not a date; the date before it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ShortlistDelegate</name>
    <message>
        <source>(no caterer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SignInDialog</name>
    <message>
        <source>the venue book %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team database “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the email and password an admin gave you for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SpacesList</name>
    <message>
        <source>Reading the rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rooms recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the room filter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (part of %2)</source>
        <translation type="unfinished">%1 (deel van %2)</translation>
    </message>
    <message>
        <source>%1 — no capacities recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daylight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no daylight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SpacesTable</name>
    <message>
        <source>&amp;Add Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests in the %1 layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access, pillars, blackout, what divides it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacities are guests per layout; leave a layout empty when the space is not set up that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the space has daylight (—: not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall this space is a part of, when the hall divides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(space %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the new space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the current space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area of %1 is not a number (&quot;%2&quot;); type it in m², e.g. 420.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceiling height of %1 is not a number (&quot;%2&quot;); type it in m, e.g. 4.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seats %2 as a boardroom but only %3 as a theatre; a boardroom usually seats fewer. It is saved as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::SuggestionsDialog</name>
    <message>
        <source>Suggested Venues for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms for %1: the venues whose rooms fit come first, then those without rooms recorded, then those whose rooms are too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every venue here seats all %Ln guest(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Those in %1 come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best fit first: room for the guests without being far too big, the needs met, the rating, an earlier proposal to %1 and how often the venue answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add ticked to shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking through the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue in the book seats the guests; add venues to the book first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s). Tick the venues to add to the shortlist.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::TableHeader</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::UndoHistory</name>
    <message>
        <source>Saved, but it cannot be undone: an undo was still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: an undo is still running; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenueCalendarDialog</name>
    <message>
        <source>Calendar of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: confirmed · amber: first option · light: second option, tentative or requested · a number: holds competing that day. Hover a day to see the projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenueConflictDialog</name>
    <message>
        <source>Someone Else Saved This Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague saved &lt;b&gt;%1&lt;/b&gt; at %2 while you were editing it. For each field that differs, choose the value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes and yours are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenueEditor</name>
    <message>
        <source>New Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spaces could not be read, so they cannot be edited now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the spaces: the largest is %1, %2 guests for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This new venue has not been saved. Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to %1 have not been saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the facility, as it should appear everywhere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Their Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare your version with the one your colleague saved, field by field, and choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book already has a venue with this name in this city:&lt;br&gt;%1&lt;br&gt;Press Save Anyway to add another one, or Cancel to keep the book as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing about the spaces needs fixing before saving (Spaces tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 things about the spaces need fixing before saving (Spaces tab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::VenuesPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted venue with %1 matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue with %1 matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted venue matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venues yet. Add one with “New venue…” (Ctrl+N), or import a list with Data ▸ Import Venues from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facilities recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a venue in the list to see its details and photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation type="unfinished">%1 gasten</translation>
    </message>
    <message>
        <source>%1 (largest room: %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back adding “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back the changes to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this venue at %2 while you were editing. Your changes are still here: review theirs, or Save to compare both versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-size: 16pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or city  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #555;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Stad</translation>
    </message>
    <message>
        <source>Capacity: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished">Voorzieningen</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Beoordeling</translation>
    </message>
    <message>
        <source>&amp;Deleted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only the deleted venues, to look at or restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-size: 15pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a venue in the list to see its details and photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This venue is deleted. Restore it to use it in projects again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background: #fde8e6; border: 1px solid #e29a92; border-radius: 4px; padding: 4px;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Capaciteit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished">Zalen</translation>
    </message>
    <message>
        <source>font-weight: 600; margin-top: 8px;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
