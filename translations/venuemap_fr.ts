<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VenueMap</source>
        <translation>À propos de VenueMap</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Project created</source>
        <translation>Projet créé</translation>
    </message>
    <message>
        <source>Project edited</source>
        <translation>Projet modifié</translation>
    </message>
    <message>
        <source>Project archived</source>
        <translation>Projet archivé</translation>
    </message>
    <message>
        <source>Project restored</source>
        <translation>Projet restauré</translation>
    </message>
    <message>
        <source>Venue added</source>
        <translation>Lieu ajouté</translation>
    </message>
    <message>
        <source>Venue removed</source>
        <translation>Lieu retiré</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Shortlist edited</source>
        <translation>Présélection modifiée</translation>
    </message>
    <message>
        <source>Email drafted</source>
        <translation>E-mail rédigé</translation>
    </message>
    <message>
        <source>Venue shortlisted</source>
        <translation>Lieu présélectionné</translation>
    </message>
    <message>
        <source>File added</source>
        <translation>Fichier ajouté</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Fichier retiré</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>breakouts</source>
        <translation>salles de sous-commission</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>caterer</source>
        <translation>traiteur</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>client language</source>
        <translation>langue du client</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>date de l&apos;événement</translation>
    </message>
    <message>
        <source>event name</source>
        <translation>nom de l&apos;événement</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>équipements</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>configuration</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>proposal inclusion</source>
        <translation>inclusion dans la proposition</translation>
    </message>
    <message>
        <source>proposal order</source>
        <translation>ordre dans la proposition</translation>
    </message>
    <message>
        <source>quoted price</source>
        <translation>prix proposé</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>the separator between the names of changed fields: &quot;city, budget&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>a venue</source>
        <translation>un lieu</translation>
    </message>
    <message>
        <source>%1 created the project</source>
        <translation>%1 a créé le projet</translation>
    </message>
    <message>
        <source>%1 archived the project</source>
        <translation>%1 a archivé le projet</translation>
    </message>
    <message>
        <source>%1 restored the project</source>
        <translation>%1 a restauré le projet</translation>
    </message>
    <message>
        <source>%1 edited the project</source>
        <translation>%1 a modifié le projet</translation>
    </message>
    <message>
        <source>%1 changed the project&apos;s %2</source>
        <translation>%1 a modifié «&#xa0;%2&#xa0;» du projet</translation>
    </message>
    <message>
        <source>%1 added %2 to the shortlist</source>
        <translation>%1 a ajouté %2 à la présélection</translation>
    </message>
    <message>
        <source>%1 removed %2 from the shortlist</source>
        <translation>%1 a retiré %2 de la présélection</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3 (“%4”)</source>
        <translation>%1 a passé %2 au statut «&#xa0;%3&#xa0;» («&#xa0;%4&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3</source>
        <translation>%1 a passé %2 au statut «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3</source>
        <translation>%1 a modifié «&#xa0;%2&#xa0;» de %3</translation>
    </message>
    <message>
        <source>%1 drafted an outreach email to %2</source>
        <translation>%1 a rédigé un e-mail de prise de contact pour %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file and kind</comment>
        <extracomment>a file&apos;s name and its kind: &quot;plan.pdf (floor plan)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 added %2 for %3</source>
        <translation>%1 a ajouté %2 pour %3</translation>
    </message>
    <message>
        <source>%1 removed %2 of %3</source>
        <translation>%1 a retiré %2 de %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>who and what</comment>
        <extracomment>who did something, and what: &quot;Anna: Quote added&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Included in the proposal</source>
        <translation>Ajouté à la proposition</translation>
    </message>
    <message>
        <source>Taken out of the proposal</source>
        <translation>Retiré de la proposition</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>record the activity</source>
        <translation>d&apos;enregistrer l&apos;activité</translation>
    </message>
    <message>
        <source>read the activity</source>
        <translation>de lire l&apos;activité</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Database &amp;login:</source>
        <translation>&amp;Identifiant de base de données&#xa0;:</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Ré&amp;péter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>%1 is %2; a file can be at most 25 MB.</source>
        <translation>%1 fait %2&#xa0;; un fichier ne peut pas dépasser 25&#xa0;Mo.</translation>
    </message>
    <message>
        <source>an ELF executable</source>
        <translation>un exécutable ELF</translation>
    </message>
    <message>
        <source>a Windows executable</source>
        <translation>un exécutable Windows</translation>
    </message>
    <message>
        <source>a macOS or Java program</source>
        <translation>un programme macOS ou Java</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>un script</translation>
    </message>
    <message>
        <source>a Windows shortcut</source>
        <translation>un raccourci Windows</translation>
    </message>
    <message>
        <source>a program (%1)</source>
        <translation>un programme (%1)</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to keep.</source>
        <translation>%1 est vide&#xa0;; il n&apos;y a rien à conserver.</translation>
    </message>
    <message>
        <source>%1 is named like a %2 but its content is %3; it was not added.</source>
        <translation>%1 porte un nom de fichier %2, mais son contenu est %3&#xa0;; il n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>%1 is %2, not a document; it was not added.</source>
        <translation>%1 est %2, pas un document&#xa0;; il n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>%1 is of no type VenueMap recognises (judged by its content); VenueMap keeps PDFs, images (PNG, JPEG, WebP, GIF), plain text and Office or OpenDocument documents.</source>
        <translation>%1 n&apos;est d&apos;aucun type reconnu par VenueMap (d&apos;après son contenu)&#xa0;; VenueMap conserve les PDF, les images (PNG, JPEG, WebP, GIF), le texte brut et les documents Office ou OpenDocument.</translation>
    </message>
    <message>
        <source>%1 is a file of type “%2” (judged by its content); VenueMap keeps PDFs, images (PNG, JPEG, WebP, GIF), plain text and Office or OpenDocument documents.</source>
        <translation>%1 est un fichier de type «&#xa0;%2&#xa0;» (d&apos;après son contenu)&#xa0;; VenueMap conserve les PDF, les images (PNG, JPEG, WebP, GIF), le texte brut et les documents Office ou OpenDocument.</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plan de salle</translation>
    </message>
    <message>
        <source>Insurance certificate</source>
        <translation>Attestation d&apos;assurance</translation>
    </message>
    <message>
        <source>Venue brochure</source>
        <translation>Brochure du lieu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>add the file</source>
        <translation>d&apos;ajouter le fichier</translation>
    </message>
    <message>
        <source>remove the file</source>
        <translation>de retirer le fichier</translation>
    </message>
    <message>
        <source>A file belongs to a venue or to a shortlisted venue.</source>
        <translation>Un fichier appartient à un lieu ou à un lieu présélectionné.</translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation>Un fichier doit avoir un nom.</translation>
    </message>
    <message>
        <source>The note on %1 is %2 characters long; it can be at most 2,000.</source>
        <translation>La note sur %1 fait %2 caractères&#xa0;; elle ne peut pas en dépasser 2&#xa0;000.</translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation>Le lieu ne figure plus dans la présélection du projet.</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>Le lieu n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it does not exist.</source>
        <translation>%1 ne peut pas être lu&#xa0;: il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>list the files</source>
        <translation>de lister les fichiers</translation>
    </message>
    <message>
        <source>open the file</source>
        <translation>d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>Le fichier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The file was removed already, perhaps by a colleague.</source>
        <translation>Le fichier a déjà été retiré, peut-être par un collègue.</translation>
    </message>
</context>
<context>
    <name>BoundStatement</name>
    <message>
        <source>The statement and its values do not match (%1).</source>
        <translation>L&apos;instruction et ses valeurs ne correspondent pas (%1).</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>aucune valeur pour %1</translation>
    </message>
</context>
<context>
    <name>CateringDialog</name>
    <message>
        <source>Caterer</source>
        <translation>Traiteur</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>CateringPage</name>
    <message>
        <source>Caterers</source>
        <translation>Traiteurs</translation>
    </message>
    <message>
        <source>Search caterers…</source>
        <translation>Rechercher un traiteur…</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>Afficher les &amp;supprimés</translation>
    </message>
    <message>
        <source>&amp;New caterer…</source>
        <translation>&amp;Nouveau traiteur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>CateringRepository</name>
    <message>
        <source>save the caterer</source>
        <translation>d&apos;enregistrer le traiteur</translation>
    </message>
    <message>
        <source>The caterer&apos;s name is required.</source>
        <translation>Le nom du traiteur est obligatoire.</translation>
    </message>
    <message>
        <source>The caterer&apos;s name</source>
        <translation>Le nom du traiteur</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>Le nom du contact</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>L&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Le numéro de téléphone</translation>
    </message>
    <message>
        <source>The website</source>
        <translation>Le site web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Le champ Notes</translation>
    </message>
    <message>
        <source>list the caterers</source>
        <translation>de lister les traiteurs</translation>
    </message>
    <message>
        <source>open the caterer</source>
        <translation>d&apos;ouvrir le traiteur</translation>
    </message>
    <message>
        <source>The caterer no longer exists.</source>
        <translation>Le traiteur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>add the caterer</source>
        <translation>d&apos;ajouter le traiteur</translation>
    </message>
    <message>
        <source>delete the caterer</source>
        <translation>de supprimer le traiteur</translation>
    </message>
    <message>
        <source>restore the caterer</source>
        <translation>de restaurer le traiteur</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ClientHistoryRepository</name>
    <message>
        <source>list the clients</source>
        <translation>de lister les clients</translation>
    </message>
    <message>
        <source>read the client&apos;s history</source>
        <translation>de lire l&apos;historique du client</translation>
    </message>
    <message>
        <source>No project has the client &quot;%1&quot;.</source>
        <translation>Aucun projet n&apos;a pour client «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a Database</source>
        <translation>Se connecter à une base de données</translation>
    </message>
    <message>
        <source>Choose where VenueMap keeps your venue book.</source>
        <translation>Choisissez où VenueMap conserve votre carnet de lieux.</translation>
    </message>
    <message>
        <source>&amp;Embedded file — just you, on this computer</source>
        <translation>Fichier &amp;intégré — pour vous seul, sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server — shared with your team</source>
        <translation>Serveur &amp;PostgreSQL — partagé avec votre équipe</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>/path/to/venues.venuemap</source>
        <translation>/chemin/vers/lieux.venuemap</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>A new file is created and set up when it does not exist yet.</source>
        <translation>S&apos;il n&apos;existe pas encore, un nouveau fichier est créé et préparé.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>venues</source>
        <translation>venues</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot &amp;de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation>La connexion au serveur de base de données a été perdue.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16, not UTF-8: save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Le fichier est en UTF-16, pas en UTF-8&#xa0;: enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 without a byte order mark, not UTF-8: save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Le fichier semble être en UTF-16 sans indicateur d&apos;ordre des octets, pas en UTF-8&#xa0;: enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3: the cell holds a NUL byte (offset %4); a CSV file holds text only: save the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Ligne %1 (ligne %2 du fichier), colonne %3&#xa0;: la cellule contient un octet NUL (position %4)&#xa0;; un fichier CSV ne contient que du texte&#xa0;: enregistrez la feuille de calcul au format «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) is longer than %3 MB: this is not a spreadsheet of venues.</source>
        <translation>La ligne %1 (ligne %2 du fichier) dépasse %3&#xa0;Mo&#xa0;: ce n&apos;est pas une feuille de calcul de lieux.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3: a quoted field opens here and is never closed; add the missing closing quote.</source>
        <translation>Ligne %1 (ligne %2 du fichier), colonne %3&#xa0;: un champ entre guillemets s&apos;ouvre ici et n&apos;est jamais fermé&#xa0;; ajoutez le guillemet fermant manquant.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), column %3 has characters this file does not spell as text: it is not a CSV file saved as text, or it was saved in another encoding. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>La ligne %1 (ligne %2 du fichier), colonne %3, contient des caractères que ce fichier ne code pas comme du texte&#xa0;: ce n&apos;est pas un fichier CSV enregistré en texte, ou il a été enregistré dans un autre encodage. Enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This server is a read-only standby: you can look at everything, but changes are saved only on the primary server. If the primary has failed, VenueMap connects to the new one once an administrator promotes the standby and the database URL names both servers.</source>
        <translation>Ce serveur est un serveur de secours en lecture seule&#xa0;: vous pouvez tout consulter, mais les modifications ne sont enregistrées que sur le serveur principal. Si le serveur principal est en panne, VenueMap se connecte au nouveau dès qu&apos;un administrateur a promu le serveur de secours et que l&apos;URL de la base de données nomme les deux serveurs.</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened; check that it exists and that you may read it.</source>
        <translation>Le fichier %1 ne peut pas être ouvert&#xa0;; vérifiez qu&apos;il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password; check them and try again.</source>
        <translation>Le serveur sur %1 a refusé le nom d&apos;utilisateur ou le mot de passe&#xa0;; vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>No server at %1 accepts changes right now: the one that answered is a read-only standby. If the primary has failed, VenueMap connects to the new primary as soon as an administrator promotes the standby.</source>
        <translation>Aucun serveur sur %1 n&apos;accepte de modifications pour le moment&#xa0;: celui qui a répondu est un serveur de secours en lecture seule. Si le serveur principal est en panne, VenueMap se connecte au nouveau serveur principal dès qu&apos;un administrateur promeut le serveur de secours.</translation>
    </message>
    <message>
        <source>The server at %1 has no such database or user; check the names.</source>
        <translation>Le serveur sur %1 n&apos;a pas cette base de données ou cet utilisateur&#xa0;; vérifiez les noms.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1; check the host and port, and that the server is running.</source>
        <translation>Impossible de joindre le serveur PostgreSQL sur %1&#xa0;; vérifiez l&apos;hôte et le port, et que le serveur est démarré.</translation>
    </message>
    <message>
        <source>create the database file</source>
        <translation>de créer le fichier de base de données</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Aucune transaction n&apos;est ouverte.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>back up the database</source>
        <translation>de sauvegarder la base de données</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 n&apos;a pas pu être lancé</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>%1 at %2 is version %3, older than the server (%4), and no newer one was found on PATH or in /usr/lib/postgresql/*/bin: install postgresql-client-%4.</source>
        <translation>%1 (%2) est en version %3, plus ancienne que le serveur (%4), et aucune version plus récente n&apos;a été trouvée dans le PATH ni dans /usr/lib/postgresql/*/bin&#xa0;: installez postgresql-client-%4.</translation>
    </message>
    <message>
        <source>%1 at %2 is version %3, older than the server (%4), and no newer one was found in VENUEMAP_PG_BIN_DIR (%5): install postgresql-client-%4.</source>
        <translation>%1 (%2) est en version %3, plus ancienne que le serveur (%4), et aucune version plus récente n&apos;a été trouvée dans VENUEMAP_PG_BIN_DIR (%5)&#xa0;: installez postgresql-client-%4.</translation>
    </message>
    <message>
        <source>This needs the PostgreSQL client tool %1 (version %2 or newer), and none was found on PATH or in /usr/lib/postgresql/*/bin: install postgresql-client-%2.</source>
        <translation>Cette opération nécessite l&apos;outil client PostgreSQL %1 (version %2 ou plus récente), introuvable dans le PATH et dans /usr/lib/postgresql/*/bin&#xa0;: installez postgresql-client-%2.</translation>
    </message>
    <message>
        <source>This needs the PostgreSQL client tool %1 (version %2 or newer), and none was found in VENUEMAP_PG_BIN_DIR (%3): install postgresql-client-%2.</source>
        <translation>Cette opération nécessite l&apos;outil client PostgreSQL %1 (version %2 ou plus récente), introuvable dans VENUEMAP_PG_BIN_DIR (%3)&#xa0;: installez postgresql-client-%2.</translation>
    </message>
    <message>
        <source>No copy of %1 could be written to %2: %3</source>
        <translation>Aucune copie de %1 n&apos;a pu être écrite dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>pg_dump could not copy the database: %1.</source>
        <translation>pg_dump n&apos;a pas pu copier la base de données&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>%1 is not a valid port: use a number from 1 to 65535.</source>
        <translation>%1 n&apos;est pas un port valide&#xa0;: utilisez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The text after the host is not a valid port: use a number from 1 to 65535, and percent-encode a password&apos;s special characters (/ as %2F, @ as %40, : as %3A).</source>
        <translation>Le texte après l&apos;hôte n&apos;est pas un port valide&#xa0;: utilisez un nombre de 1 à 65535, et encodez en pourcentage les caractères spéciaux d&apos;un mot de passe (/ en %2F, @ en %40,&#xa0;: en %3A).</translation>
    </message>
    <message>
        <source>An IPv6 address in the host list lacks its closing ].</source>
        <translation>Il manque le ] fermant d&apos;une adresse IPv6 dans la liste des hôtes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host in the host list: write host1:port1,host2:port2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un hôte de la liste des hôtes&#xa0;: écrivez host1:port1,host2:port2.</translation>
    </message>
    <message>
        <source>The host list has an empty entry: write postgresql://user@host1:port1,host2:port2/dbname.</source>
        <translation>La liste des hôtes contient une entrée vide&#xa0;: écrivez postgresql://user@host1:port1,host2:port2/dbname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the host list is not a host name or address.</source>
        <translation>«&#xa0;%1&#xa0;» dans la liste des hôtes n&apos;est ni un nom d&apos;hôte ni une adresse.</translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation>L&apos;URL de la base de données est vide.</translation>
    </message>
    <message>
        <source>This is not a database URL: use sqlite:/path/to/file.venuemap or postgresql://user@host:port/dbname.</source>
        <translation>Ce n&apos;est pas une URL de base de données&#xa0;: utilisez sqlite:/path/to/file.venuemap ou postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL: use sqlite:/path/to/file.venuemap or postgresql://user@host:port/dbname.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de base de données&#xa0;: utilisez sqlite:/path/to/file.venuemap ou postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The SQLite URL names no file: use sqlite:/path/to/file.venuemap.</source>
        <translation>L&apos;URL SQLite ne nomme aucun fichier&#xa0;: utilisez sqlite:/path/to/file.venuemap.</translation>
    </message>
    <message>
        <source>The SQLite file name contains a NUL character.</source>
        <translation>Le nom du fichier SQLite contient un caractère NUL.</translation>
    </message>
    <message>
        <source>Unknown database type &quot;%1&quot;: use sqlite: or postgresql://.</source>
        <translation>Type de base de données inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez sqlite: ou postgresql://.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL starts with postgresql:// followed by user@host/dbname.</source>
        <translation>Une URL PostgreSQL commence par postgresql:// suivi de user@host/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed: write it as postgresql://user:password@host:port/dbname and percent-encode special characters in the user name and password (%25 for %, @ as %40, / as %2F).</source>
        <translation>L&apos;URL PostgreSQL est mal formée&#xa0;: écrivez-la sous la forme postgresql://user:password@host:port/dbname et encodez en pourcentage les caractères spéciaux du nom d&apos;utilisateur et du mot de passe (%25 pour %, @ en %40, / en %2F).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: add /dbname after the host.</source>
        <translation>L&apos;URL PostgreSQL ne nomme aucune base de données&#xa0;: ajoutez /dbname après l&apos;hôte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de base de données.</translation>
    </message>
    <message>
        <source>Unknown connection option &quot;%1&quot;.</source>
        <translation>Option de connexion inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The connection option pooler is session or transaction (how PgBouncer pools), not &quot;%1&quot;.</source>
        <translation>L&apos;option de connexion pooler vaut session ou transaction (le mode de mutualisation de PgBouncer), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the local server (port %1)</source>
        <translation>cet ordinateur (port %1)</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>cet ordinateur</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>légende</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>nom du client</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>e-mail du contact</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>nom du contact</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>téléphone du contact</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>event name</source>
        <translation>nom de l&apos;événement</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>équipement</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>text</source>
        <comment>a field of a record</comment>
        <translation>texte</translation>
    </message>
    <message>
        <source>The %1 of this venue is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de ce lieu dépasse la longueur autorisée par VenueMap (il a peut-être été enregistré avant l&apos;instauration de cette limite)&#xa0;: raccourcissez-le, puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The %1 of this project is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de ce projet dépasse la longueur autorisée par VenueMap (il a peut-être été enregistré avant l&apos;instauration de cette limite)&#xa0;: raccourcissez-le, puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The %1 of this shortlist is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de cette présélection dépasse la longueur autorisée par VenueMap (il a peut-être été enregistré avant l&apos;instauration de cette limite)&#xa0;: raccourcissez-le, puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The %1 of this shortlist entry is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de ce lieu présélectionné dépasse la longueur autorisée par VenueMap (il a peut-être été enregistré avant l&apos;instauration de cette limite)&#xa0;: raccourcissez-le, puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The %1 of this caterer is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de ce traiteur dépasse la longueur autorisée par VenueMap (il a peut-être été enregistré avant l&apos;instauration de cette limite)&#xa0;: raccourcissez-le, puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The %1 of this photo is longer than VenueMap allows (it may have been saved before that limit): shorten it, then try again; nothing was changed.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de cette photo dépasse la longueur autorisée par VenueMap (il a peut-être été enregistré avant l&apos;instauration de cette limite)&#xa0;: raccourcissez-le, puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: your database account has used all the connections it is allowed (its CONNECTION LIMIT). Close VenueMap windows you do not need and try again; an administrator can raise the account&apos;s limit (ALTER ROLE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>Le serveur PostgreSQL sur %1 a refusé une nouvelle connexion&#xa0;: votre compte de base de données utilise toutes les connexions qui lui sont permises (sa CONNECTION LIMIT). Fermez les fenêtres VenueMap dont vous n&apos;avez pas besoin et réessayez&#xa0;; un administrateur peut relever la limite du compte (ALTER ROLE … CONNECTION LIMIT) ou placer PgBouncer devant le serveur.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: your database account has used all the connections it is allowed (its CONNECTION LIMIT). Close VenueMap windows you do not need and try again; an administrator can raise the account&apos;s limit (ALTER ROLE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>Le serveur PostgreSQL a refusé une nouvelle connexion&#xa0;: votre compte de base de données utilise toutes les connexions qui lui sont permises (sa CONNECTION LIMIT). Fermez les fenêtres VenueMap dont vous n&apos;avez pas besoin et réessayez&#xa0;; un administrateur peut relever la limite du compte (ALTER ROLE … CONNECTION LIMIT) ou placer PgBouncer devant le serveur.</translation>
    </message>
    <message>
        <source>The connection pooler (PgBouncer) at %1 refused another connection: it already serves as many clients as its max_client_conn setting allows. Try again in a few minutes; an administrator can raise max_client_conn in pgbouncer.ini.</source>
        <translation>Le pooler de connexions (PgBouncer) sur %1 a refusé une nouvelle connexion&#xa0;: il sert déjà autant de clients que son paramètre max_client_conn le permet. Réessayez dans quelques minutes&#xa0;; un administrateur peut augmenter max_client_conn dans pgbouncer.ini.</translation>
    </message>
    <message>
        <source>The connection pooler (PgBouncer) refused another connection: it already serves as many clients as its max_client_conn setting allows. Try again in a few minutes; an administrator can raise max_client_conn in pgbouncer.ini.</source>
        <translation>Le pooler de connexions (PgBouncer) a refusé une nouvelle connexion&#xa0;: il sert déjà autant de clients que son paramètre max_client_conn le permet. Réessayez dans quelques minutes&#xa0;; un administrateur peut augmenter max_client_conn dans pgbouncer.ini.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: the database has all the connections it is allowed (its CONNECTION LIMIT). Try again in a few minutes; an administrator can raise the limit (ALTER DATABASE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>Le serveur PostgreSQL sur %1 a refusé une nouvelle connexion&#xa0;: la base de données a atteint le nombre de connexions qui lui est permis (sa CONNECTION LIMIT). Réessayez dans quelques minutes&#xa0;; un administrateur peut relever la limite (ALTER DATABASE … CONNECTION LIMIT) ou placer PgBouncer devant le serveur.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: the database has all the connections it is allowed (its CONNECTION LIMIT). Try again in a few minutes; an administrator can raise the limit (ALTER DATABASE … CONNECTION LIMIT) or put PgBouncer in front of the server.</source>
        <translation>Le serveur PostgreSQL a refusé une nouvelle connexion&#xa0;: la base de données a atteint le nombre de connexions qui lui est permis (sa CONNECTION LIMIT). Réessayez dans quelques minutes&#xa0;; un administrateur peut relever la limite (ALTER DATABASE … CONNECTION LIMIT) ou placer PgBouncer devant le serveur.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused another connection: it already serves as many as its max_connections setting allows. Try again in a few minutes; an administrator can raise max_connections (a server restart) or put PgBouncer in front of the server, as the README&apos;s &quot;Running a team server&quot; says.</source>
        <translation>Le serveur PostgreSQL sur %1 a refusé une nouvelle connexion&#xa0;: il sert déjà autant de connexions que son paramètre max_connections le permet. Réessayez dans quelques minutes&#xa0;; un administrateur peut augmenter max_connections (ce qui demande de redémarrer le serveur) ou placer PgBouncer devant le serveur, comme l&apos;explique la section «&#xa0;Running a team server&#xa0;» du README.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused another connection: it already serves as many as its max_connections setting allows. Try again in a few minutes; an administrator can raise max_connections (a server restart) or put PgBouncer in front of the server, as the README&apos;s &quot;Running a team server&quot; says.</source>
        <translation>Le serveur PostgreSQL a refusé une nouvelle connexion&#xa0;: il sert déjà autant de connexions que son paramètre max_connections le permet. Réessayez dans quelques minutes&#xa0;; un administrateur peut augmenter max_connections (ce qui demande de redémarrer le serveur) ou placer PgBouncer devant le serveur, comme l&apos;explique la section «&#xa0;Running a team server&#xa0;» du README.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; what you entered is still here, so try again once the connection is back.</source>
        <translation>La connexion à la base de données a été perdue&#xa0;; ce que vous avez saisi est toujours là&#xa0;: réessayez une fois la connexion rétablie.</translation>
    </message>
    <message>
        <source>That would duplicate an entry that already exists.</source>
        <translation>Cela créerait un doublon d&apos;une entrée qui existe déjà.</translation>
    </message>
    <message>
        <source>The database refused a value that is out of range or missing.</source>
        <translation>La base de données a refusé une valeur hors limites ou manquante.</translation>
    </message>
    <message>
        <source>Your database account is not allowed to do this.</source>
        <translation>Votre compte de base de données n&apos;est pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>The database is busy with another writer; try again in a moment.</source>
        <translation>La base de données est occupée par une autre écriture&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This PostgreSQL server accepts no changes (it is a read-only standby, or the database was made read-only): you can look at everything, but nothing can be saved on it.</source>
        <translation>Ce serveur PostgreSQL n&apos;accepte aucune modification (c&apos;est un serveur de secours en lecture seule, ou la base de données a été mise en lecture seule)&#xa0;: vous pouvez tout consulter, mais rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>The database is read-only; changes cannot be saved.</source>
        <translation>La base de données est en lecture seule&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;; rien n&apos;a été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>La base de données a signalé une erreur.</translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation>Ce projet est archivé. Restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <extracomment>%1 is what the person was doing, e.g. &quot;save the venue&quot;; %2 says why it failed. The operations are translated to fit here (see translations/GLOSSARY.md): French &quot;Impossible %1 : %2&quot; with &quot;d&apos;enregistrer le lieu&quot;, Dutch &quot;%1 is niet gelukt: %2&quot; with &quot;Locatie opslaan&quot;.</extracomment>
        <translation>Impossible %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <comment>error details</comment>
        <translation>Emplacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <comment>error details</comment>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <comment>error details</comment>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <comment>error details</comment>
        <translation>Pilote&#xa0;: %1</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <comment>error details</comment>
        <translation>Instruction&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeclineCode</name>
    <message>
        <source>Dates unavailable</source>
        <translation>Dates indisponibles</translation>
    </message>
    <message>
        <source>Capacity too small</source>
        <translation>Capacité insuffisante</translation>
    </message>
    <message>
        <source>Rate too high</source>
        <translation>Tarif trop élevé</translation>
    </message>
    <message>
        <source>Client chose another venue</source>
        <translation>Le client a choisi un autre lieu</translation>
    </message>
    <message>
        <source>Too short notice</source>
        <translation>Délai trop court</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Cela ne ressemble pas à une adresse e-mail (nom@example.com).</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Outreach Email</source>
        <translation>E-mail de prise de contact</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>I sent it: &amp;mark as sent</source>
        <translation>Je l&apos;ai envoyé&#xa0;: &amp;marquer comme envoyé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>EmailTemplate</name>
    <message>
        <source>%1: the “}” on line %2 has no “{” before it. Write }} for a brace of its own.</source>
        <translation>%1&#xa0;: l&apos;accolade «&#xa0;}&#xa0;» de la ligne %2 n&apos;a pas de «&#xa0;{&#xa0;» avant elle. Écrivez }} pour une accolade seule.</translation>
    </message>
    <message>
        <source>%1: the “{” on line %2 is not closed by “}” on that line. Write {{ for a brace of its own.</source>
        <translation>%1&#xa0;: l&apos;accolade «&#xa0;{&#xa0;» de la ligne %2 n&apos;est pas fermée par «&#xa0;}&#xa0;» sur cette ligne. Écrivez {{ pour une accolade seule.</translation>
    </message>
    <message>
        <source>%1: {%2} on line %3 is not a placeholder. Use one of %4.</source>
        <translation>%1&#xa0;: {%2} à la ligne %3 n&apos;est pas un champ à remplir. Utilisez l&apos;un de %4.</translation>
    </message>
    <message>
        <source>%1: write the text of the email; it cannot be empty.</source>
        <translation>%1&#xa0;: écrivez le texte de l&apos;e-mail&#xa0;; il ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters (this one has %3).</source>
        <translation>%1&#xa0;: au plus %2 caractères (celui-ci en a %3).</translation>
    </message>
    <message>
        <source>Reminder (no answer yet)</source>
        <translation>Relance (pas encore de réponse)</translation>
    </message>
    <message>
        <source>Availability request</source>
        <translation>Demande de disponibilité</translation>
    </message>
    <message>
        <source>the venue&apos;s name</source>
        <translation>le nom du lieu</translation>
    </message>
    <message>
        <source>the venue&apos;s contact (or “&lt;venue&gt; team”)</source>
        <translation>le contact du lieu (ou «&#xa0;Équipe de &lt;venue&gt;&#xa0;»)</translation>
    </message>
    <message>
        <source>the event&apos;s name</source>
        <translation>le nom de l&apos;événement</translation>
    </message>
    <message>
        <source>the client&apos;s name</source>
        <translation>le nom du client</translation>
    </message>
    <message>
        <source>the event date, written out</source>
        <translation>la date de l&apos;événement, en toutes lettres</translation>
    </message>
    <message>
        <source>the number of guests</source>
        <translation>le nombre d&apos;invités</translation>
    </message>
    <message>
        <source>the room layout the event needs</source>
        <translation>la configuration de salle dont l&apos;événement a besoin</translation>
    </message>
    <message>
        <source>the project&apos;s city</source>
        <translation>la ville du projet</translation>
    </message>
    <message>
        <source>the facilities the event needs</source>
        <translation>les équipements dont l&apos;événement a besoin</translation>
    </message>
    <message>
        <source>the day the venue was asked</source>
        <translation>le jour où le lieu a été sollicité</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>your signature block (name, email, phone without one)</source>
        <translation>votre bloc de signature (à défaut&#xa0;: nom, e-mail, téléphone)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>%1: one line only; remove the line break.</source>
        <translation>%1&#xa0;: une seule ligne&#xa0;; supprimez le saut de ligne.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
</context>
<context>
    <name>EmailTemplateRepository</name>
    <message>
        <source>Only an admin can change the email templates; nothing was saved.</source>
        <translation>Seul un administrateur peut modifier les modèles d&apos;e-mail&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>the “%1” template in %2</source>
        <comment>kind, language</comment>
        <translation>le modèle «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 after you opened it; your text was not saved and theirs is kept. Save again to replace theirs with yours.</source>
        <translation>%1 a enregistré %2 à %3 après que vous l&apos;avez ouvert&#xa0;; votre texte n&apos;a pas été enregistré et le sien est conservé. Enregistrez de nouveau pour remplacer le sien par le vôtre.</translation>
    </message>
    <message>
        <source>A colleague saved %1 after you opened it; your text was not saved and theirs is kept. Save again to replace theirs with yours.</source>
        <translation>Un collègue a enregistré %1 après que vous l&apos;avez ouvert&#xa0;; votre texte n&apos;a pas été enregistré et le sien est conservé. Enregistrez de nouveau pour remplacer le sien par le vôtre.</translation>
    </message>
    <message>
        <source>A colleague restored the built-in text of %1 after you opened it; your text was not saved. Save again to store yours.</source>
        <translation>Un collègue a restauré le texte intégré de %1 après que vous l&apos;avez ouvert&#xa0;; votre texte n&apos;a pas été enregistré. Enregistrez de nouveau pour conserver le vôtre.</translation>
    </message>
    <message>
        <source>Language: %1 is not a language of client documents.</source>
        <translation>Langue&#xa0;: %1 n&apos;est pas une langue des documents clients.</translation>
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
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose Another Connection…</source>
        <translation>Choisir une autre connexion…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keep Current Connection</source>
        <translation>Garder la connexion actuelle</translation>
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
        <translation>de lire la liste des équipements</translation>
    </message>
    <message>
        <source>add the facility</source>
        <translation>d&apos;ajouter l&apos;équipement</translation>
    </message>
</context>
<context>
    <name>FacilityTerms</name>
    <message>
        <source>A facility needs a name.</source>
        <translation>Un équipement doit avoir un nom.</translation>
    </message>
    <message>
        <source>A facility&apos;s name is at most %1 characters.</source>
        <translation>Le nom d&apos;un équipement compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a facility: %2.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un équipement&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Another name is at most %1 characters.</source>
        <translation>Un autre nom compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already means %2.</source>
        <translation>«&#xa0;%1&#xa0;» signifie déjà %2.</translation>
    </message>
</context>
<context>
    <name>FileModes</name>
    <message>
        <source>%1 is a symbolic link, which VenueMap does not follow; remove it and try again (nothing was changed).</source>
        <translation>%1 est un lien symbolique, que VenueMap ne suit pas&#xa0;; supprimez-le et réessayez (rien n&apos;a été modifié).</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name or remove it first.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the First Admin</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who looks after this database?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Qui s&apos;occupe de cette base de données&#xa0;?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>you@agency.com</source>
        <translation>vous@agence.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to VenueMap</source>
        <translation>Bienvenue dans VenueMap</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to VenueMap&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans VenueMap&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>A shared venue book for event agencies.</source>
        <translation>Un carnet de lieux partagé pour les agences événementielles.</translation>
    </message>
    <message>
        <source>The database to open: sqlite:/path/file.venuemap or postgresql://user@host:port/dbname (default: VENUEMAP_DB, else the last one used, else the embedded file).</source>
        <translation>La base de données à ouvrir&#xa0;: sqlite:/chemin/fichier.venuemap ou postgresql://utilisateur@hôte:port/base (par défaut&#xa0;: VENUEMAP_DB, sinon la dernière utilisée, sinon le fichier intégré).</translation>
    </message>
    <message>
        <source>Start as usual, write a picture of the first window (main window, sign-in or first-start dialog) to FILE once it is painted, and quit: a check of an installation that needs nobody at the screen (use QT_QPA_PLATFORM=offscreen without a display).</source>
        <translation>Démarrer normalement, écrire une image de la première fenêtre (fenêtre principale, connexion ou premier démarrage) dans FILE dès qu&apos;elle est affichée, et quitter&#xa0;: une vérification d&apos;installation sans personne devant l&apos;écran (utilisez QT_QPA_PLATFORM=offscreen sans affichage).</translation>
    </message>
</context>
<context>
    <name>Hold</name>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>First option</source>
        <translation>Première option</translation>
    </message>
    <message>
        <source>Second option</source>
        <translation>Deuxième option</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libérée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>HoldRepository</name>
    <message>
        <source>add the date range</source>
        <translation>d&apos;ajouter la période</translation>
    </message>
    <message>
        <source>A date range needs a first and a last day.</source>
        <translation>Une période a besoin d&apos;un premier et d&apos;un dernier jour.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>A date range covers at most %1 days.</source>
        <translation>Une période couvre au plus %1 jours.</translation>
    </message>
    <message>
        <source>The project has this date range already.</source>
        <translation>Le projet a déjà cette période.</translation>
    </message>
    <message>
        <source>read the project&apos;s dates</source>
        <translation>de lire les dates du projet</translation>
    </message>
    <message>
        <source>place the hold</source>
        <translation>de poser l&apos;option</translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation>Le lieu ne figure plus dans la présélection du projet.</translation>
    </message>
    <message>
        <source>A hold must be on one of the project&apos;s date ranges; add the dates to the project first.</source>
        <translation>Une option doit porter sur l&apos;une des périodes du projet&#xa0;; ajoutez d&apos;abord les dates au projet.</translation>
    </message>
    <message>
        <source>A hold cannot expire after the event&apos;s first day (%1).</source>
        <translation>Une option ne peut pas expirer après le premier jour de l&apos;événement (%1).</translation>
    </message>
    <message>
        <source>confirm the hold</source>
        <translation>de confirmer l&apos;option</translation>
    </message>
    <message>
        <source>change the hold</source>
        <translation>de modifier l&apos;option</translation>
    </message>
    <message>
        <source>Someone else changed or removed this hold after you opened it; nothing of yours was saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ou retiré cette option après que vous l&apos;avez ouverte&#xa0;; rien de ce que vous avez fait n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>release the hold</source>
        <translation>de libérer l&apos;option</translation>
    </message>
    <message>
        <source>read the hold</source>
        <translation>de lire l&apos;option</translation>
    </message>
    <message>
        <source>The hold no longer exists; someone may have removed it.</source>
        <translation>L&apos;option n&apos;existe plus&#xa0;; quelqu&apos;un l&apos;a peut-être retirée.</translation>
    </message>
    <message>
        <source>list the holds</source>
        <translation>de lister les options</translation>
    </message>
    <message>
        <source>These dates are already confirmed for another project at this venue; a venue cannot be booked twice.</source>
        <translation>Ces dates sont déjà confirmées pour un autre projet dans ce lieu&#xa0;; un lieu ne peut pas être réservé deux fois.</translation>
    </message>
    <message>
        <source>The whole venue is confirmed for “%1” on these dates; a room, the hall it is part of and the whole venue cannot be booked twice.</source>
        <translation>Tout le lieu est confirmé pour «&#xa0;%1&#xa0;» à ces dates&#xa0;; une salle, la grande salle dont elle fait partie et tout le lieu ne peuvent pas être réservés deux fois.</translation>
    </message>
    <message>
        <source>%1 is confirmed for “%2” on these dates; a room, the hall it is part of and the whole venue cannot be booked twice.</source>
        <translation>%1 est confirmée pour «&#xa0;%2&#xa0;» à ces dates&#xa0;; une salle, la grande salle dont elle fait partie et tout le lieu ne peuvent pas être réservés deux fois.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Venues from CSV</source>
        <translation>Importer des lieux depuis un CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a spreadsheet saved as CSV (UTF-8, comma or semicolon)</source>
        <translation>Choisissez une feuille de calcul enregistrée en CSV (UTF-8, virgule ou point-virgule)</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>&amp;Salles&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: the rooms of these venues (venues_spaces.csv), or a rooms file alone for venues in the book</source>
        <translation>Facultatif&#xa0;: les salles de ces lieux (venues_spaces.csv), ou un fichier de salles seul pour des lieux du carnet</translation>
    </message>
    <message>
        <source>Choose R&amp;ooms File…</source>
        <translation>Choisir un fichier de s&amp;alles…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Each column of the file fills the venue field chosen beside it. Change a choice if a column was matched wrongly or not at all.</source>
        <translation>Chaque colonne du fichier remplit le champ du lieu choisi à côté. Modifiez un choix si une colonne a été mal associée ou pas du tout.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>&amp;Skip the invalid rows and import the rest</source>
        <translation>&amp;Ignorer les lignes non valides et importer le reste</translation>
    </message>
    <message>
        <source>Import &amp;duplicates too (same name and city as another row or a venue in the book)</source>
        <translation>Importer aussi les &amp;doublons (même nom et même ville qu&apos;une autre ligne ou qu&apos;un lieu du carnet)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Past Imports</source>
        <translation>Imports précédents</translation>
    </message>
    <message>
        <source>Each import is one batch. Undoing a batch removes exactly the venues it brought in (they move to the deleted venues).</source>
        <translation>Chaque import est un lot. Annuler un lot retire exactement les lieux qu&apos;il a apportés (ils passent dans les lieux supprimés).</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Annuler l&apos;import…</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>look for duplicates in the venue book</source>
        <translation>de rechercher les doublons dans le carnet de lieux</translation>
    </message>
    <message>
        <source>import the venues</source>
        <translation>d&apos;importer les lieux</translation>
    </message>
    <message>
        <source>list past imports</source>
        <translation>de lister les imports précédents</translation>
    </message>
    <message>
        <source>open the import</source>
        <translation>d&apos;ouvrir l&apos;import</translation>
    </message>
    <message>
        <source>There is no import with that id.</source>
        <translation>Aucun import ne porte cet identifiant.</translation>
    </message>
    <message>
        <source>find the imported venues</source>
        <translation>de trouver les lieux importés</translation>
    </message>
    <message>
        <source>undo the import</source>
        <translation>d&apos;annuler l&apos;import</translation>
    </message>
    <message>
        <source>This import was undone already (%1).</source>
        <translation>Cet import a déjà été annulé (%1).</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>D&amp;onnées</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Open another database: an embedded file or a PostgreSQL server</source>
        <translation>Ouvrir une autre base de données&#xa0;: un fichier intégré ou un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back the last delete, restore, removal from a shortlist, status change or edit</source>
        <translation>Annuler la dernière suppression, restauration, sortie de présélection, modification de statut ou édition</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Import Venues from CSV…</source>
        <translation>&amp;Importer des lieux depuis un CSV…</translation>
    </message>
    <message>
        <source>Past &amp;Imports…</source>
        <translation>Imp&amp;orts précédents…</translation>
    </message>
    <message>
        <source>&amp;Export Venue List to CSV…</source>
        <translation>&amp;Exporter la liste des lieux en CSV…</translation>
    </message>
    <message>
        <source>&amp;Proposal for the Open Project…</source>
        <translation>&amp;Proposition du projet ouvert…</translation>
    </message>
    <message>
        <source>Proposal &amp;Branding…</source>
        <translation>Pré&amp;sentation de la proposition…</translation>
    </message>
    <message>
        <source>My &amp;Profile…</source>
        <translation>Mon &amp;profil…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Changer le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;About VenueMap</source>
        <translation>À &amp;propos de VenueMap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>E&amp;mail Templates…</source>
        <translation>&amp;Modèles d&apos;e-mail…</translation>
    </message>
    <message>
        <source>The team&apos;s outreach emails to venues, per language (admins)</source>
        <translation>Les e-mails de prise de contact de l&apos;équipe aux lieux, par langue (administrateurs)</translation>
    </message>
</context>
<context>
    <name>MigrationManager</name>
    <message>
        <source>migrate the database</source>
        <translation>de migrer la base de données</translation>
    </message>
    <message>
        <source>This database is at schema version %1, newer than this VenueMap knows (%2): install the newer VenueMap to use it; nothing was changed.</source>
        <translation>Cette base de données est à la version de schéma %1, plus récente que ce que connaît cette version de VenueMap (%2)&#xa0;: installez la nouvelle version de VenueMap pour l&apos;utiliser&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This VenueMap (%2) carries a different text of migration %1 than the one applied to this database, so it was built from other sources than the VenueMap that set the database up: use that build, or one released after it; nothing was changed.</source>
        <translation>Cette version de VenueMap (%2) contient un texte de la migration %1 différent de celui appliqué à cette base de données&#xa0;; elle a donc été construite à partir d&apos;autres sources que la version qui a créé la base&#xa0;: utilisez cette version, ou une version publiée après elle&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>keep a copy of the database before migrating</source>
        <translation>de conserver une copie de la base de données avant la migration</translation>
    </message>
    <message>
        <source>No copy of %1 could be written next to it, so it was not migrated: %2</source>
        <translation>Aucune copie de %1 n&apos;a pu être écrite à côté du fichier, qui n&apos;a donc pas été migré&#xa0;: %2</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>un programme</translation>
    </message>
    <message>
        <source>%1 (database user %2, server process %3, since %4 UTC)</source>
        <translation>%1 (utilisateur de base de données %2, processus serveur %3, depuis %4 UTC)</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>another program writing to %1</source>
        <translation>un autre programme qui écrit dans %1</translation>
    </message>
    <message>
        <source>The migration lock file %1 is a symbolic link, which VenueMap does not follow; remove it and try again (nothing was changed).</source>
        <translation>Le fichier de verrou de migration %1 est un lien symbolique, que VenueMap ne suit pas&#xa0;; supprimez-le et réessayez (rien n&apos;a été modifié).</translation>
    </message>
    <message>
        <source>%1 failed at statement %2 (line %3): %4%5. Nothing of it was applied.</source>
        <translation>%1 a échoué à l&apos;instruction %2 (ligne %3)&#xa0;: %4%5. Rien n&apos;en a été appliqué.</translation>
    </message>
    <message>
        <source>This database needs its schema brought to version %1, and your account (%2) may not change it: a database owner must run `venuemapctl migrate up` (or apply the statements of `venuemapctl migrate sql`).</source>
        <translation>Le schéma de cette base de données doit passer à la version %1, et votre compte (%2) ne peut pas le modifier&#xa0;: un propriétaire de la base doit lancer `venuemapctl migrate up` (ou appliquer les instructions de `venuemapctl migrate sql`).</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>cet utilisateur</translation>
    </message>
    <message>
        <source>This database needs its schema brought to version %1, but the file %2 is read-only: open it from a folder you may write to, or ask its owner to open it once.</source>
        <translation>Le schéma de cette base de données doit passer à la version %1, mais le fichier %2 est en lecture seule&#xa0;: ouvrez-le depuis un dossier où vous pouvez écrire, ou demandez à son propriétaire de l&apos;ouvrir une fois.</translation>
    </message>
    <message>
        <source>Migration was cancelled while waiting for %1.</source>
        <translation>La migration a été annulée alors qu&apos;elle attendait %1.</translation>
    </message>
    <message>
        <source> The database stays at version %1.</source>
        <translation> La base de données reste à la version %1.</translation>
    </message>
</context>
<context>
    <name>MigrationSet</name>
    <message>
        <source>load migrations</source>
        <translation>de charger les migrations</translation>
    </message>
    <message>
        <source>down/%1 declares &quot;-- loses: %2&quot;; write TABLE or TABLE.COLUMN [when CONDITION].</source>
        <translation>down/%1 déclare «&#xa0;-- loses: %2&#xa0;»&#xa0;; écrivez TABLE ou TABLE.COLUMN [when CONDITION].</translation>
    </message>
    <message>
        <source>%1 is not named NNNN_name.sql.</source>
        <translation>Le nom de %1 n&apos;est pas de la forme NNNN_name.sql.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 and %2 have the same version.</source>
        <translation>%1 et %2 ont la même version.</translation>
    </message>
    <message>
        <source>%1 has no down step (down/%1).</source>
        <translation>%1 n&apos;a pas d&apos;étape inverse (down/%1).</translation>
    </message>
    <message>
        <source>down/%1 cannot be read.</source>
        <translation>Impossible de lire down/%1.</translation>
    </message>
    <message>
        <source>down/%1 has no migration %1.</source>
        <translation>down/%1 ne correspond à aucune migration %1.</translation>
    </message>
</context>
<context>
    <name>MyProfileDialog</name>
    <message>
        <source>My Profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature&#xa0;:</translation>
    </message>
    <message>
        <source>Ends the outreach emails you draft: name, title, phone…</source>
        <translation>Termine les e-mails de prise de contact que vous rédigez&#xa0;: nom, fonction, téléphone…</translation>
    </message>
    <message>
        <source>An admin changes your email and role. Your signature ends the outreach emails VenueMap drafts for you.</source>
        <translation>Votre e-mail et votre rôle sont modifiés par un administrateur. Votre signature termine les e-mails de prise de contact que VenueMap rédige pour vous.</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
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
        <translation>Bonjour {contact},

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
        <translation>Bonjour {contact},

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
        <translation>Quelqu&apos;un d&apos;autre a modifié cette ligne de la présélection après que vous l&apos;avez ouverte&#xa0;; sa version est maintenant affichée et rien de ce que vous avez fait n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This venue is no longer on the shortlist; someone may have removed it.</source>
        <translation>Ce lieu ne figure plus dans la présélection&#xa0;; quelqu&apos;un l&apos;a peut-être retiré.</translation>
    </message>
    <message>
        <source>read the shortlist row</source>
        <translation>de lire la ligne de la présélection</translation>
    </message>
    <message>
        <source>add venues to the shortlist</source>
        <translation>d&apos;ajouter des lieux à la présélection</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>Le projet n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 was added to this shortlist by someone else a moment ago.</source>
        <translation>%1 a été ajouté à cette présélection par quelqu&apos;un d&apos;autre à l&apos;instant.</translation>
    </message>
    <message>
        <source>remove the venue from the shortlist</source>
        <translation>de retirer le lieu de la présélection</translation>
    </message>
    <message>
        <source>%1 has files on this shortlist (a contract, a floor plan …); remove them under Files… first.</source>
        <translation>%1 a des fichiers dans cette présélection (un contrat, un plan…)&#xa0;; retirez-les d&apos;abord sous Fichiers…</translation>
    </message>
    <message>
        <source>put the venue back on the shortlist</source>
        <translation>de remettre le lieu dans la présélection</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>Le lieu n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 is on the shortlist again: someone added it meanwhile.</source>
        <translation>%1 est de nouveau dans la présélection&#xa0;: quelqu&apos;un l&apos;a ajouté entre-temps.</translation>
    </message>
    <message>
        <source>change the outreach status</source>
        <translation>de modifier le statut de prise de contact</translation>
    </message>
    <message>
        <source>Say why the venue declined; a decline needs a reason.</source>
        <translation>Indiquez pourquoi le lieu a refusé&#xa0;; un refus nécessite un motif.</translation>
    </message>
    <message>
        <source>save the shortlist row</source>
        <translation>d&apos;enregistrer la ligne de la présélection</translation>
    </message>
    <message>
        <source>A quoted price cannot be negative.</source>
        <translation>Un prix proposé ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>change the proposal order</source>
        <translation>de modifier l&apos;ordre de la proposition</translation>
    </message>
    <message>
        <source>record the outreach email</source>
        <translation>de consigner l&apos;e-mail de prise de contact</translation>
    </message>
    <message>
        <source>open the shortlist</source>
        <translation>d&apos;ouvrir la présélection</translation>
    </message>
    <message>
        <source>count the outreach</source>
        <translation>de compter les prises de contact</translation>
    </message>
    <message>
        <source>list the venues to chase</source>
        <translation>de lister les lieux à relancer</translation>
    </message>
    <message>
        <source>change the day to answer by</source>
        <translation>de modifier la date de réponse attendue</translation>
    </message>
    <message>
        <source>count the declines by reason</source>
        <translation>de compter les refus par motif</translation>
    </message>
</context>
<context>
    <name>OutreachStatus</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Required</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Un mot de passe ne peut pas contenir que des espaces.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Rechercher un nom ou un e-mail</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation>Nommer administrateur</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Each person signs in with their own PostgreSQL login; the database itself refuses what their role may not do.</source>
        <translation>Chaque personne se connecte avec son propre identifiant PostgreSQL&#xa0;; la base de données elle-même refuse ce que son rôle ne permet pas.</translation>
    </message>
</context>
<context>
    <name>PhotoRepository</name>
    <message>
        <source>add the photo</source>
        <translation>d&apos;ajouter la photo</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>%1 is %2 MB; photos can be at most 10 MB.</source>
        <translation>%1 fait %2&#xa0;Mo&#xa0;; une photo ne peut pas dépasser 10&#xa0;Mo.</translation>
    </message>
    <message>
        <source>%1 is not an image VenueMap can read (JPEG, PNG, GIF, BMP or WebP).</source>
        <translation>%1 n&apos;est pas une image que VenueMap sait lire (JPEG, PNG, GIF, BMP ou WebP).</translation>
    </message>
    <message>
        <source>open the photo</source>
        <translation>d&apos;ouvrir la photo</translation>
    </message>
    <message>
        <source>The photo no longer exists.</source>
        <translation>La photo n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>save the caption</source>
        <translation>d&apos;enregistrer la légende</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Event &amp;date</source>
        <translation>&amp;Date de l&apos;événement</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>seated &amp;as</source>
        <translation>&amp;installés en</translation>
    </message>
    <message>
        <source>How the main session is set up: the shortlist marks the venues with a room that seats the attendees this way, and suggestions put them first</source>
        <translation>La configuration de la séance plénière&#xa0;: la présélection signale les lieux ayant une salle qui accueille les participants ainsi, et les suggestions les placent en premier</translation>
    </message>
    <message>
        <source>Brea&amp;kouts</source>
        <translation>Sous-&amp;commissions</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source> rooms</source>
        <translation> salles</translation>
    </message>
    <message>
        <source>Smaller rooms the event needs besides the main one, e.g. 4 rooms of 30 classroom-style</source>
        <translation>Salles plus petites nécessaires en plus de la principale, par ex. 4 salles de 30 en salle de classe</translation>
    </message>
    <message>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> places</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>V&amp;ille</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>e.g. 25000.00</source>
        <translation>ex. 25000</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>The project&apos;s currency (ISO 4217, e.g. EUR, GBP, CHF): the budget and the quoted prices are in it</source>
        <translation>La devise du projet (ISO 4217, par ex. EUR, GBP, CHF)&#xa0;: le budget et les prix proposés y sont exprimés</translation>
    </message>
    <message>
        <source>Client lan&amp;guage</source>
        <translation>Lan&amp;gue du client</translation>
    </message>
    <message>
        <source>The language the proposal and emails to the client are written in</source>
        <translation>La langue dans laquelle la proposition et les e-mails au client sont rédigés</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <source>The facilities the event needs; suggestions look for venues that have them all</source>
        <translation>Les équipements dont l&apos;événement a besoin&#xa0;; les suggestions cherchent des lieux qui les ont tous</translation>
    </message>
    <message>
        <source>Tick what the event needs. A facility that is missing is added by an admin, in a venue&apos;s editor.</source>
        <translation>Cochez ce dont l&apos;événement a besoin. Un équipement manquant est ajouté par un administrateur, dans la fiche d&apos;un lieu.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>ProjectRepository</name>
    <message>
        <source>save the project</source>
        <translation>d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>The client&apos;s name is required.</source>
        <translation>Le nom du client est obligatoire.</translation>
    </message>
    <message>
        <source>The event&apos;s name is required.</source>
        <translation>Le nom de l&apos;événement est obligatoire.</translation>
    </message>
    <message>
        <source>The number of attendees cannot be negative.</source>
        <translation>Le nombre de participants ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The number of breakout rooms must be between 0 and %1.</source>
        <translation>Le nombre de salles de sous-commission doit être compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>The seats per breakout room must be between 0 and %1.</source>
        <translation>Le nombre de places par salle de sous-commission doit être compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>The client language &quot;%1&quot; is not one the app writes documents in.</source>
        <translation>La langue du client «&#xa0;%1&#xa0;» n&apos;est pas une langue dans laquelle l&apos;application rédige des documents.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Le budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The budget is too large.</source>
        <translation>Le budget est trop élevé.</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>Le nom du client</translation>
    </message>
    <message>
        <source>The event&apos;s name</source>
        <translation>Le nom de l&apos;événement</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ville</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <source>list the projects</source>
        <translation>de lister les projets</translation>
    </message>
    <message>
        <source>open the project</source>
        <translation>d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>The project no longer exists; someone may have removed it.</source>
        <translation>Le projet n&apos;existe plus&#xa0;; quelqu&apos;un l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <source>create the project</source>
        <translation>de créer le projet</translation>
    </message>
    <message>
        <source>This project is archived. Restore it to change it.</source>
        <translation>Ce projet est archivé. Restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; their version is shown, nothing of yours was saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce projet après que vous l&apos;avez ouvert&#xa0;; sa version est affichée, rien de ce que vous avez fait n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>archive the project</source>
        <translation>d&apos;archiver le projet</translation>
    </message>
    <message>
        <source>restore the project</source>
        <translation>de restaurer le projet</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; nothing was archived.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce projet après que vous l&apos;avez ouvert&#xa0;; rien n&apos;a été archivé.</translation>
    </message>
    <message>
        <source>Someone else changed this project after you opened it; nothing was restored.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce projet après que vous l&apos;avez ouvert&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>count the projects</source>
        <translation>de compter les projets</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>ProjectWorkspace</name>
    <message>
        <source>← All projects</source>
        <translation>← Tous les projets</translation>
    </message>
    <message>
        <source>Edit &amp;project…</source>
        <translation>Modifier le &amp;projet…</translation>
    </message>
    <message>
        <source>&amp;Add venues…</source>
        <translation>&amp;Ajouter des lieux…</translation>
    </message>
    <message>
        <source>&amp;Suggest venues…</source>
        <translation>&amp;Suggérer des lieux…</translation>
    </message>
    <message>
        <source>E&amp;mail draft…</source>
        <translation>Brouillon d&apos;e-&amp;mail…</translation>
    </message>
    <message>
        <source>&amp;Quotes…</source>
        <translation>&amp;Devis…</translation>
    </message>
    <message>
        <source>What the selected venue quoted for this project, a new quote, and what it quoted for other projects</source>
        <translation>Ce que le lieu sélectionné a proposé pour ce projet, un nouveau devis, et ce qu&apos;il a proposé pour d&apos;autres projets</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Take the selected venue off the shortlist (Edit ▸ Undo puts it back)</source>
        <translation>Retirer le lieu sélectionné de la présélection (Édition ▸ Annuler le remet)</translation>
    </message>
    <message>
        <source>Earlier in the proposal</source>
        <translation>Plus tôt dans la proposition</translation>
    </message>
    <message>
        <source>Later in the proposal</source>
        <translation>Plus tard dans la proposition</translation>
    </message>
    <message>
        <source>&amp;Proposal…</source>
        <translation>&amp;Proposition…</translation>
    </message>
    <message>
        <source>Preview, save or print the proposal of the venues marked for it</source>
        <translation>Prévisualiser, enregistrer ou imprimer la proposition avec les lieux retenus pour elle</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Search client or event…</source>
        <translation>Client ou événement…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <source>Every venue used for a client, and adding one to a project</source>
        <translation>Tous les lieux utilisés pour un client, et l&apos;ajout de l&apos;un d&apos;eux à un projet</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Afficher les arc&amp;hivés</translation>
    </message>
    <message>
        <source>List the archived projects as well (greyed); they are read-only until restored</source>
        <translation>Lister aussi les projets archivés (grisés)&#xa0;; ils sont en lecture seule jusqu&apos;à leur restauration</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Arc&amp;hiver…</translation>
    </message>
    <message>
        <source>Hide the project from the list and make it read-only; it can be restored</source>
        <translation>Masquer le projet de la liste et le mettre en lecture seule&#xa0;; il peut être restauré</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>button: open the project</comment>
        <translation>&amp;Ouvrir</translation>
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
        <translation>Celui du lieu, ou à définir</translation>
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
        <translation>Proposition</translation>
    </message>
    <message>
        <source>&amp;Branding…</source>
        <translation>&amp;Présentation…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
</context>
<context>
    <name>ProposalRepository</name>
    <message>
        <source>prepare the proposal</source>
        <translation>de préparer la proposition</translation>
    </message>
</context>
<context>
    <name>ProposalSettingsDialog</name>
    <message>
        <source>Proposal Branding</source>
        <translation>Présentation de la proposition</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>Nom de l&apos;&amp;agence&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose Image…</source>
        <translation>&amp;Choisir une image…</translation>
    </message>
    <message>
        <source>Use &amp;Initials</source>
        <translation>Utiliser les &amp;initiales</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency symbol:</source>
        <translation>Symbole &amp;monétaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Declined this client (%1): %2</source>
        <translation>A refusé ce client (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Proposed before (%1)</source>
        <translation>Déjà proposé (%1)</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>This quote expired on %1; ask the venue for a new one.</source>
        <translation>Ce devis a expiré le %1&#xa0;; demandez-en un nouveau au lieu.</translation>
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
        <translation>Quelqu&apos;un d&apos;autre a modifié ou retiré ce devis après que vous l&apos;avez ouvert&#xa0;; rien de ce que vous avez fait n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>add the quote</source>
        <translation>d&apos;ajouter le devis</translation>
    </message>
    <message>
        <source>The venue is no longer on the project&apos;s shortlist.</source>
        <translation>Le lieu ne figure plus dans la présélection du projet.</translation>
    </message>
    <message>
        <source>save the quote</source>
        <translation>d&apos;enregistrer le devis</translation>
    </message>
    <message>
        <source>remove the quote</source>
        <translation>de retirer le devis</translation>
    </message>
    <message>
        <source>read the quote</source>
        <translation>de lire le devis</translation>
    </message>
    <message>
        <source>The quote no longer exists; someone may have removed it.</source>
        <translation>Le devis n&apos;existe plus&#xa0;; quelqu&apos;un l&apos;a peut-être retiré.</translation>
    </message>
    <message>
        <source>list the venue&apos;s quotes</source>
        <translation>de lister les devis du lieu</translation>
    </message>
    <message>
        <source>read the venue&apos;s rate history</source>
        <translation>de lire l&apos;historique des tarifs du lieu</translation>
    </message>
    <message>
        <source>read the latest quote</source>
        <translation>de lire le dernier devis</translation>
    </message>
    <message>
        <source>read the latest valid quote</source>
        <translation>de lire le dernier devis valable</translation>
    </message>
    <message>
        <source>read the project&apos;s quotes</source>
        <translation>de lire les devis du projet</translation>
    </message>
</context>
<context>
    <name>ReadOnlyEdits</name>
    <message>
        <source>This database is read-only: you can look at everything, but nothing can be changed.</source>
        <translation>Cette base de données est en lecture seule&#xa0;: vous pouvez tout consulter, mais rien ne peut être modifié.</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>count venues by city</source>
        <translation>de compter les lieux par ville</translation>
    </message>
    <message>
        <source>(no city)</source>
        <translation>(pas de ville)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>count projects by status</source>
        <translation>de compter les projets par statut</translation>
    </message>
    <message>
        <source>count outreach by status</source>
        <translation>de compter les prises de contact par statut</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in to VenueMap&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Se connecter à VenueMap&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>you@agency.com</source>
        <translation>vous@agence.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SignInGate</name>
    <message>
        <source>Cannot Sign In</source>
        <translation>Connexion impossible</translation>
    </message>
</context>
<context>
    <name>SignInService</name>
    <message>
        <source>That email and password do not match an active account.</source>
        <translation>Cet e-mail et ce mot de passe ne correspondent à aucun compte actif.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Trop de tentatives échouées&#xa0;: attendez %n seconde et réessayez.</numerusform>
            <numerusform>Trop de tentatives échouées&#xa0;: attendez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>de se connecter</translation>
    </message>
    <message>
        <source>The database login “%1” belongs to nobody in VenueMap: ask an admin to add you (or, on a new database, run `venuemapctl user add` as its owner).</source>
        <translation>L&apos;identifiant de base de données «&#xa0;%1&#xa0;» n&apos;appartient à personne dans VenueMap&#xa0;: demandez à un administrateur de vous ajouter (ou, sur une nouvelle base, lancez `venuemapctl user add` en tant que propriétaire).</translation>
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
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 room(s)</source>
        <translation>
            <numerusform>%1 salle</numerusform>
            <numerusform>%1 salles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 venue(s)</source>
        <translation>
            <numerusform>%1 lieu</numerusform>
            <numerusform>%1 lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1 is a number of rooms (&quot;2 rooms&quot;), %2 of venues (&quot;1 new venue&quot;)</extracomment>
        <translation>%1 pour %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 new venue(s)</source>
        <translation>
            <numerusform>%1 nouveau lieu</numerusform>
            <numerusform>%1 nouveaux lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 already in the book</source>
        <extracomment>%1 is a number of rooms (&quot;2 rooms&quot;), %2 of venues (&quot;1 venue&quot;)</extracomment>
        <translation>%1 pour %2 déjà dans le carnet</translation>
    </message>
    <message>
        <source>%1 for %2 new and %3 already in the book</source>
        <extracomment>%1 is a number of rooms (&quot;5 rooms&quot;), %2 a number of new venues, %3 of others (&quot;1 venue&quot;)</extracomment>
        <translation>%1 pour %2 nouveau(x) et %3 déjà dans le carnet</translation>
    </message>
    <message>
        <source>they replace the rooms of that venue; a rooms file alone is not an import batch and cannot be undone</source>
        <translation>elles remplacent les salles de ce lieu&#xa0;; un fichier de salles seul n&apos;est pas un lot d&apos;import et ne peut pas être annulé</translation>
    </message>
    <message>
        <source>they replace the rooms of those venues; a rooms file alone is not an import batch and cannot be undone</source>
        <translation>elles remplacent les salles de ces lieux&#xa0;; un fichier de salles seul n&apos;est pas un lot d&apos;import et ne peut pas être annulé</translation>
    </message>
    <message>
        <source>they replace the rooms of that venue, and undoing the import does not put its old rooms back</source>
        <translation>elles remplacent les salles de ce lieu, et annuler l&apos;import ne remet pas ses anciennes salles</translation>
    </message>
    <message>
        <source>they replace the rooms of those venues, and undoing the import does not put their old rooms back</source>
        <translation>elles remplacent les salles de ces lieux, et annuler l&apos;import ne remet pas leurs anciennes salles</translation>
    </message>
    <message>
        <source>1 room skipped with its invalid venue row</source>
        <translation>1 salle ignorée avec sa ligne de lieu non valide</translation>
    </message>
    <message>
        <source>%1 rooms skipped with their invalid venue rows</source>
        <translation>%1 salles ignorées avec leurs lignes de lieu non valides</translation>
    </message>
    <message>
        <source>; </source>
        <comment>summary separator</comment>
        <extracomment>the separator between the parts of an import&apos;s summary: &quot;2 rooms for 1 venue; ...&quot;</extracomment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>.</source>
        <comment>summary end</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>The rooms file is empty: the first row must name the columns (Venue, City, Space, Part of, Theatre, ...).</source>
        <translation>Le fichier de salles est vide&#xa0;: la première ligne doit nommer les colonnes (Venue, City, Space, Part of, Theatre, ...).</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold the %3; keep one.</source>
        <translation>les colonnes %1 et %2 contiennent toutes deux le champ %3&#xa0;; gardez-en une.</translation>
    </message>
    <message>
        <source>No column holds the venue&apos;s name: the first row of a rooms file names the columns, among them &quot;%1&quot; (found %2).</source>
        <translation>Aucune colonne ne contient le nom du lieu&#xa0;: la première ligne d&apos;un fichier de salles nomme les colonnes, dont «&#xa0;%1&#xa0;» (trouvé&#xa0;: %2).</translation>
    </message>
    <message>
        <source>No column holds the space&apos;s name: the first row of a rooms file names the columns, among them &quot;%1&quot; (found %2).</source>
        <translation>Aucune colonne ne contient le nom de la salle&#xa0;: la première ligne d&apos;un fichier de salles nomme les colonnes, dont «&#xa0;%1&#xa0;» (trouvé&#xa0;: %2).</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; a value may hold an unquoted &quot;%3&quot;.</source>
        <translation>la ligne a %1 champs mais l&apos;en-tête en a %2&#xa0;; une valeur contient peut-être un «&#xa0;%3&#xa0;» sans guillemets.</translation>
    </message>
    <message>
        <source>the venue is empty; each room names the venue it belongs to, with its city.</source>
        <translation>le lieu est vide&#xa0;; chaque salle nomme le lieu auquel elle appartient, avec sa ville.</translation>
    </message>
    <message>
        <source>the space has no name; every space needs a name.</source>
        <translation>la salle n&apos;a pas de nom&#xa0;; chaque salle doit avoir un nom.</translation>
    </message>
    <message>
        <source>the area in m² must be a number, not %1.</source>
        <translation>la surface en m² doit être un nombre, pas %1.</translation>
    </message>
    <message>
        <source>the ceiling height in m must be a number, not %1.</source>
        <translation>la hauteur sous plafond en m doit être un nombre, pas %1.</translation>
    </message>
    <message>
        <source>daylight is &quot;yes&quot;, &quot;no&quot; or empty, not %1.</source>
        <translation>la lumière du jour vaut «&#xa0;yes&#xa0;», «&#xa0;no&#xa0;» ou vide, pas %1.</translation>
    </message>
    <message>
        <source>The rooms file has a header row but no rooms.</source>
        <translation>Le fichier de salles a une ligne d&apos;en-tête mais aucune salle.</translation>
    </message>
    <message>
        <source>%1 is already a space of %2 (row %3); a space name is used once per venue.</source>
        <translation>%1 est déjà une salle de %2 (ligne %3)&#xa0;; un nom de salle n&apos;est utilisé qu&apos;une fois par lieu.</translation>
    </message>
    <message>
        <source>%1 is not a space of %2 in this file; &quot;Part of&quot; names another space of the same venue.</source>
        <translation>%1 n&apos;est pas une salle de %2 dans ce fichier&#xa0;; «&#xa0;Part of&#xa0;» nomme une autre salle du même lieu.</translation>
    </message>
    <message>
        <source>%1 would be inside one of its own parts (a &quot;Part of&quot; cycle).</source>
        <translation>%1 se trouverait dans l&apos;une de ses propres parties (un cycle «&#xa0;Part of&#xa0;»).</translation>
    </message>
    <message>
        <source>the venues file imports %1 venues named %2 (rows %3), so the rooms cannot tell which is theirs; give each a distinct name or city.</source>
        <translation>le fichier de lieux importe %1 lieux nommés %2 (lignes %3), les salles ne peuvent donc pas savoir lequel est le leur&#xa0;; donnez à chacun un nom ou une ville distincts.</translation>
    </message>
    <message>
        <source>there is no venue %1 in the book nor in the venues file; the Venue and City columns name a venue exactly as it is spelled there (case and surrounding spaces aside).</source>
        <translation>il n&apos;y a pas de lieu %1 dans le carnet ni dans le fichier de lieux&#xa0;; les colonnes Venue et City nomment un lieu exactement comme il y est écrit (à la casse et aux espaces autour près).</translation>
    </message>
    <message>
        <source>there is no venue %1 in the book; the Venue and City columns name a venue exactly as it is spelled there (case and surrounding spaces aside).</source>
        <translation>il n&apos;y a pas de lieu %1 dans le carnet&#xa0;; les colonnes Venue et City nomment un lieu exactement comme il y est écrit (à la casse et aux espaces autour près).</translation>
    </message>
    <message>
        <source>the book has %1 venues named %2, so the rooms cannot tell which is theirs; rename one of them first.</source>
        <translation>le carnet a %1 lieux nommés %2, les salles ne peuvent donc pas savoir lequel est le leur&#xa0;; renommez d&apos;abord l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>the venue %1 cannot be matched, as row %2 says.</source>
        <translation>le lieu %1 ne peut pas être trouvé, comme le dit la ligne %2.</translation>
    </message>
    <message>
        <source>import the rooms</source>
        <translation>d&apos;importer les salles</translation>
    </message>
    <message>
        <source>The rooms file has a problem (%1): nothing was imported. %2</source>
        <translation>Le fichier de salles a un problème (%1)&#xa0;: rien n&apos;a été importé. %2</translation>
    </message>
    <message>
        <source>The rooms file has %1 problems (%2): nothing was imported. %3</source>
        <translation>Le fichier de salles a %1 problèmes (%2)&#xa0;: rien n&apos;a été importé. %3</translation>
    </message>
    <message>
        <source>The rooms file leaves out %1 of %2, which 1 live hold names; keep the room in the file, or release it first.</source>
        <translation>Le fichier de salles omet %1 de %2, visée par 1 option en cours&#xa0;; gardez la salle dans le fichier, ou libérez d&apos;abord l&apos;option.</translation>
    </message>
    <message>
        <source>The rooms file leaves out %1 of %2, which %3 live holds name; keep the room in the file, or release them first.</source>
        <translation>Le fichier de salles omet %1 de %2, visée par %3 options en cours&#xa0;; gardez la salle dans le fichier, ou libérez d&apos;abord les options.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The venue %1 was not written, so its rooms cannot be.</source>
        <translation>Le lieu %1 n&apos;a pas été écrit, ses salles ne peuvent donc pas l&apos;être.</translation>
    </message>
    <message>
        <source>The rooms of %1: %2</source>
        <extracomment>%1 names a venue, %2 is what is wrong with its rooms</extracomment>
        <translation>Les salles de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rooms file holds no room: nothing to import.</source>
        <translation>Le fichier de salles ne contient aucune salle&#xa0;: rien à importer.</translation>
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
        <translation>d&apos;enregistrer les salles du lieu</translation>
    </message>
    <message>
        <source>read the venue&apos;s spaces</source>
        <translation>de lire les salles du lieu</translation>
    </message>
    <message>
        <source>read the venues&apos; rooms</source>
        <translation>de lire les salles des lieux</translation>
    </message>
    <message>
        <source>read the shortlisted venues&apos; rooms</source>
        <translation>de lire les salles des lieux présélectionnés</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>Le lieu n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Somebody changed this venue&apos;s spaces since you opened them.</source>
        <translation>Quelqu&apos;un a modifié les salles de ce lieu depuis que vous les avez ouvertes.</translation>
    </message>
    <message>
        <source>Space &quot;%1&quot; is no longer stored for this venue.</source>
        <translation>La salle «&#xa0;%1&#xa0;» n&apos;est plus enregistrée pour ce lieu.</translation>
    </message>
    <message>
        <source>look for holds on the rooms</source>
        <translation>de rechercher les options sur les salles</translation>
    </message>
</context>
<context>
    <name>SuggestionService</name>
    <message>
        <source>suggest venues</source>
        <translation>de suggérer des lieux</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 holds at most %2 characters, not %3.</source>
        <translation>%1 contient au plus %2 caractères, pas %3.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>That person no longer exists; somebody removed them.</source>
        <translation>Cette personne n&apos;existe plus&#xa0;; quelqu&apos;un l&apos;a retirée.</translation>
    </message>
    <message>
        <source>VenueMap needs at least one active admin: make someone else an admin first.</source>
        <translation>VenueMap a besoin d&apos;au moins un administrateur actif&#xa0;: nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur.</translation>
    </message>
    <message>
        <source>This sign-in is not one VenueMap created (the database owner, a superuser or a login made on the server), so VenueMap does not change it: its password and rights are changed on the server itself, by whoever administers it.</source>
        <translation>Cet identifiant n&apos;a pas été créé par VenueMap (le propriétaire de la base, un superutilisateur ou un identifiant créé sur le serveur), VenueMap ne le modifie donc pas&#xa0;: son mot de passe et ses droits se changent sur le serveur lui-même, par la personne qui l&apos;administre.</translation>
    </message>
    <message>
        <source>This person has activity in the log, which is never rewritten; disable them instead.</source>
        <translation>Cette personne a une activité dans le journal, qui n&apos;est jamais réécrit&#xa0;; désactivez-la plutôt.</translation>
    </message>
    <message>
        <source>A database login with that name already exists on this server; choose another login name.</source>
        <translation>Un identifiant de base de données de ce nom existe déjà sur ce serveur&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Somebody with that email address already exists.</source>
        <translation>Une personne avec cette adresse e-mail existe déjà.</translation>
    </message>
    <message>
        <source>Your database account is not allowed to do this; only admins manage people.</source>
        <translation>Votre compte de base de données n&apos;est pas autorisé à faire cela&#xa0;; seuls les administrateurs gèrent les personnes.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>A person needs an email address.</source>
        <translation>Une personne doit avoir une adresse e-mail.</translation>
    </message>
    <message>
        <source>read a person</source>
        <translation>de lire une personne</translation>
    </message>
    <message>
        <source>list people</source>
        <translation>de lister les personnes</translation>
    </message>
    <message>
        <source>count people</source>
        <translation>de compter les personnes</translation>
    </message>
    <message>
        <source>count admins</source>
        <translation>de compter les administrateurs</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?); nothing was saved.</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé (mémoire insuffisante&#xa0;?)&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The new person cannot be read back.</source>
        <translation>La nouvelle personne ne peut pas être relue.</translation>
    </message>
    <message>
        <source>create the first admin</source>
        <translation>de créer le premier administrateur</translation>
    </message>
    <message>
        <source>The new admin cannot be read back.</source>
        <translation>Le nouvel administrateur ne peut pas être relu.</translation>
    </message>
    <message>
        <source>enable this person</source>
        <translation>d&apos;activer cette personne</translation>
    </message>
    <message>
        <source>disable this person</source>
        <translation>de désactiver cette personne</translation>
    </message>
    <message>
        <source>change this person&apos;s role</source>
        <translation>de changer le rôle de cette personne</translation>
    </message>
    <message>
        <source>set a new password</source>
        <translation>de définir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>The password could not be protected; nothing was saved.</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>save the password</source>
        <translation>d&apos;enregistrer le mot de passe</translation>
    </message>
    <message>
        <source>remove this person</source>
        <translation>de retirer cette personne</translation>
    </message>
    <message>
        <source>save your profile</source>
        <translation>d&apos;enregistrer votre profil</translation>
    </message>
    <message>
        <source>Only your own profile can be changed here.</source>
        <translation>Seul votre propre profil peut être modifié ici.</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>de changer votre mot de passe</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>de se connecter</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Event manager</source>
        <translation>Chargé de projet</translation>
    </message>
</context>
<context>
    <name>Venue</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
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
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>The capacity cannot be negative (%1).</source>
        <translation>La capacité ne peut pas être négative (%1).</translation>
    </message>
    <message>
        <source>The rating must be from 0 to 5, not %1.</source>
        <translation>La note doit aller de 0 à 5, pas %1.</translation>
    </message>
    <message>
        <source>The latitude must be from -90 to 90, not %1.</source>
        <translation>La latitude doit aller de -90 à 90, pas %1.</translation>
    </message>
    <message>
        <source>The longitude must be from -180 to 180, not %1.</source>
        <translation>La longitude doit aller de -180 à 180, pas %1.</translation>
    </message>
    <message>
        <source>A venue needs a name.</source>
        <translation>Un lieu doit avoir un nom.</translation>
    </message>
    <message>
        <source>This does not look like a website (www.example.com).</source>
        <translation>Cela ne ressemble pas à un site web (www.example.com).</translation>
    </message>
</context>
<context>
    <name>VenueCsvExport</name>
    <message>
        <source>export the venues</source>
        <translation>d&apos;exporter les lieux</translation>
    </message>
    <message>
        <source>The file could not be written: %1.</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The rooms file could not be written: %1.</source>
        <translation>Le fichier des salles n&apos;a pas pu être écrit&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Exporting venues…</source>
        <translation>Export des lieux…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Venues</source>
        <translation>Exporter les lieux</translation>
    </message>
    <message>
        <source>Exporting venues… %L1 written</source>
        <translation>Export des lieux… %L1 écrits</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation>
            <numerusform>%Ln lieu</numerusform>
            <numerusform>%Ln lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exportation vers %2&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 and %3 to %4.</source>
        <translation>Exportation&#xa0;: %1 vers %2 et %3 vers %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln salle</numerusform>
            <numerusform>%Ln salles</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>VenueEditor</name>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Guests, e.g. 250</source>
        <translation>Invités, par ex. 250</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>0 to 5, one decimal</source>
        <translation>0 à 5, une décimale</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Tick what the venue offers. A facility that is missing is added by an admin.</source>
        <translation>Cochez ce que le lieu propose. Un équipement manquant est ajouté par un administrateur.</translation>
    </message>
    <message>
        <source>New facility…</source>
        <translation>Nouvel équipement…</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>-90 to 90</source>
        <translation>-90 à 90</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>-180 to 180</source>
        <translation>-180 à 180</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Salles</translation>
    </message>
</context>
<context>
    <name>VenueFieldParser</name>
    <message>
        <source>The capacity must be a whole number, not %1.</source>
        <translation>La capacité doit être un nombre entier, pas %1.</translation>
    </message>
    <message>
        <source>The rating must be a number from 0 to 5, not %1.</source>
        <translation>La note doit être un nombre de 0 à 5, pas %1.</translation>
    </message>
    <message>
        <source>The rating has one decimal at most, not %1.</source>
        <translation>La note a au plus une décimale, pas %1.</translation>
    </message>
    <message>
        <source>The %1 must be a number, not %2.</source>
        <translation>Le champ %1 doit être un nombre, pas %2.</translation>
    </message>
</context>
<context>
    <name>VenueImporter</name>
    <message>
        <source>%1 in %2</source>
        <comment>a venue in a city</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Row %1: %2 repeats row %3 of the file.</source>
        <translation>Ligne %1&#xa0;: %2 répète la ligne %3 du fichier.</translation>
    </message>
    <message>
        <source>Row %1: %2 is already in the venue book.</source>
        <translation>Ligne %1&#xa0;: %2 est déjà dans le carnet de lieux.</translation>
    </message>
    <message numerus="yes">
        <source>%1 venue(s) to import</source>
        <translation>
            <numerusform>%1 lieu à importer</numerusform>
            <numerusform>%1 lieux à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s) invalid</source>
        <translation>
            <numerusform>%1 ligne non valide</numerusform>
            <numerusform>%1 lignes non valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 duplicate(s) included</source>
        <translation>
            <numerusform>%1 doublon inclus</numerusform>
            <numerusform>%1 doublons inclus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 duplicate(s) skipped</source>
        <translation>
            <numerusform>%1 doublon ignoré</numerusform>
            <numerusform>%1 doublons ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>summary separator</comment>
        <extracomment>the separator between the parts of an import&apos;s summary: &quot;2 venues to import; 1 row invalid&quot;</extracomment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>.</source>
        <comment>summary end</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>read the file</source>
        <translation>de lire le fichier</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a pipe or a device): save the spreadsheet as a CSV file and import that.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un dossier, un tube ou un périphérique)&#xa0;: enregistrez le tableur au format CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB: split it into smaller files.</source>
        <translation>%1 dépasse 1 Go&#xa0;: découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file is empty: the first row must name the columns (name, city, capacity, ...).</source>
        <translation>Le fichier est vide&#xa0;: la première ligne doit nommer les colonnes (name, city, capacity, ...).</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold the %3; choose one.</source>
        <translation>les colonnes %1 et %2 contiennent toutes deux le champ %3&#xa0;; choisissez-en une.</translation>
    </message>
    <message>
        <source>No column holds the venue name: the first row must name the columns, one of them &quot;name&quot; (found %1).</source>
        <translation>Aucune colonne ne contient le nom du lieu&#xa0;: la première ligne doit nommer les colonnes, dont l&apos;une «&#xa0;name&#xa0;» (trouvé&#xa0;: %1).</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; a value may hold an unquoted &quot;%3&quot;.</source>
        <translation>la ligne a %1 champs mais l&apos;en-tête en a %2&#xa0;; une valeur contient peut-être un «&#xa0;%3&#xa0;» sans guillemets.</translation>
    </message>
    <message>
        <source>the venue name is empty.</source>
        <translation>le nom du lieu est vide.</translation>
    </message>
    <message>
        <source>The file has a header row but no venues.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucun lieu.</translation>
    </message>
    <message>
        <source>import the venues</source>
        <translation>d&apos;importer les lieux</translation>
    </message>
    <message>
        <source>1 row of the file is invalid: nothing was imported. Fix it or choose to skip invalid rows.</source>
        <translation>1 ligne du fichier n&apos;est pas valide&#xa0;: rien n&apos;a été importé. Corrigez-la ou choisissez d&apos;ignorer les lignes non valides.</translation>
    </message>
    <message>
        <source>%1 rows of the file are invalid: nothing was imported. Fix them or choose to skip invalid rows.</source>
        <translation>%1 lignes du fichier ne sont pas valides&#xa0;: rien n&apos;a été importé. Corrigez-les ou choisissez d&apos;ignorer les lignes non valides.</translation>
    </message>
    <message>
        <source>Every valid row is a duplicate: nothing to import unless duplicates are included.</source>
        <translation>Chaque ligne valide est un doublon&#xa0;: rien à importer sauf si les doublons sont inclus.</translation>
    </message>
    <message>
        <source>The file holds no valid venue: nothing to import.</source>
        <translation>Le fichier ne contient aucun lieu valide&#xa0;: rien à importer.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::CateringModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation>Traiteur</translation>
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
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::PeopleModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Cannot sign in until an admin enables them again.</source>
        <translation>Ne peut pas se connecter tant qu&apos;un administrateur ne l&apos;a pas réactivé.</translation>
    </message>
    <message>
        <source>The PostgreSQL login role this person signs in with.</source>
        <translation>Le rôle de connexion PostgreSQL avec lequel cette personne se connecte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Identifiant de base</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ProjectListModel</name>
    <message>
        <source>Archived %1</source>
        <translation>Archivé le %1</translation>
    </message>
    <message>
        <source>Archived with the status %1; read-only until restored.</source>
        <translation>Archivé avec le statut %1&#xa0;; en lecture seule jusqu&apos;à sa restauration.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Présélectionnés</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::ShortlistModel</name>
    <message>
        <source>Declined: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>Capacité %1</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>Contact&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
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
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Client history</source>
        <translation>Historique client</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Prise de contact</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Caterer</source>
        <translation>Traiteur</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation>Prix proposé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>save the quoted price</source>
        <translation>d&apos;enregistrer le prix proposé</translation>
    </message>
    <message>
        <source>“%1” is not a price; type an amount such as 12500.00.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un prix&#xa0;; saisissez un montant, par ex. 12500.00.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::SuggestionModel</name>
    <message>
        <source>%1 seats %2</source>
        <translation>%1 accueille %2</translation>
    </message>
    <message>
        <source>rooms do not fit: %1</source>
        <translation>les salles ne conviennent pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>no rooms recorded</source>
        <translation>aucune salle enregistrée</translation>
    </message>
    <message>
        <source>Seats %1</source>
        <translation>Accueille %1</translation>
    </message>
    <message>
        <source>breakout rooms: %1</source>
        <translation>sous-commissions&#xa0;: %1</translation>
    </message>
    <message>
        <source>needs met: %1 of %2</source>
        <translation>besoins remplis&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>proposed to this client before</source>
        <translation>déjà proposé à ce client</translation>
    </message>
    <message>
        <source>replies: %1 of %2</source>
        <translation>réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>declines: %1</source>
        <translation>refus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Pas de note</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Seats up to %Ln guest(s)</source>
        <translation>
            <numerusform>Accueille jusqu&apos;à %Ln invité</numerusform>
            <numerusform>Accueille jusqu&apos;à %Ln invités</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity unknown</source>
        <translation>Capacité inconnue</translation>
    </message>
    <message>
        <source>No facilities listed</source>
        <translation>Aucun équipement indiqué</translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation>Noté %1 sur 5</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Jamais contacté</translation>
    </message>
    <message numerus="yes">
        <source>Asked %Ln time(s): %1 answered, %2 declined</source>
        <translation>
            <numerusform>Sollicité %Ln fois&#xa0;: %1 réponse(s), %2 refus</numerusform>
            <numerusform>Sollicité %Ln fois&#xa0;: %1 réponse(s), %2 refus</numerusform>
        </translation>
    </message>
    <message>
        <source>The most guests the venue seats; every suggestion seats all the guests.</source>
        <translation>Le nombre maximal d&apos;invités que le lieu accueille&#xa0;; chaque suggestion accueille tous les invités.</translation>
    </message>
    <message>
        <source>The venue&apos;s rating, out of 5.</source>
        <translation>La note du lieu, sur 5.</translation>
    </message>
    <message>
        <source>How many of the facilities the project needs the venue has.</source>
        <translation>Combien des équipements requis par le projet le lieu possède.</translation>
    </message>
    <message>
        <source>Why the venue fits: its seats, the needs it meets, an earlier proposal to this client and how often it answers.</source>
        <translation>Pourquoi le lieu convient&#xa0;: sa capacité, les besoins remplis, une proposition antérieure à ce client et sa fréquence de réponse.</translation>
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
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Needs met</source>
        <translation>Besoins remplis</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Adéquation</translation>
    </message>
</context>
<context>
    <name>VenueMap::Core::VenueListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <source>Facilities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
        <translation>Un carnet de lieux partagé pour les agences événementielles&#xa0;: lieux, projets clients, présélections, prises de contact et propositions.</translation>
    </message>
    <message>
        <source>Database: %1
Qt %2</source>
        <translation>Base de données&#xa0;: %1
Qt %2</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ActivityPanel</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AddPersonDialog</name>
    <message>
        <source>A password needs at least %1 characters; tell it to them in person, and they change it under Account ▸ Change Password…</source>
        <translation>Un mot de passe doit comporter au moins %1 caractères&#xa0;; communiquez-le de vive voix&#xa0;: la personne le changera ensuite sous Compte ▸ Changer le mot de passe…</translation>
    </message>
    <message>
        <source>They sign in to this PostgreSQL database with their own login, created now. Event managers work with venues and projects; admins also manage people. %1</source>
        <translation>La personne se connecte à cette base PostgreSQL avec son propre identifiant, créé maintenant. Les chargés de projet travaillent avec les lieux et les projets&#xa0;; les administrateurs gèrent aussi les personnes. %1</translation>
    </message>
    <message>
        <source>They sign in with their email and this password. Event managers work with venues and projects; admins also manage people. %1</source>
        <translation>La personne se connecte avec son e-mail et ce mot de passe. Les chargés de projet travaillent avec les lieux et les projets&#xa0;; les administrateurs gèrent aussi les personnes. %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; saisissez deux fois le même.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AddVenuesDialog</name>
    <message>
        <source>Add Venues to the Shortlist</source>
        <translation>Ajouter des lieux à la présélection</translation>
    </message>
    <message>
        <source>Name or city contains…</source>
        <translation>Nom ou ville contient…</translation>
    </message>
    <message>
        <source>City (exact)</source>
        <translation>Ville (exacte)</translation>
    </message>
    <message>
        <source>any capacity</source>
        <translation>toute capacité</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Facilities: stage, parking</source>
        <translation>Équipements&#xa0;: scène, parking</translation>
    </message>
    <message>
        <source>Only venues whose rooms fit: %1</source>
        <translation>Seulement les lieux dont les salles conviennent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Untick to see venues without rooms recorded, or too small, too</source>
        <translation>Décochez pour voir aussi les lieux sans salles enregistrées, ou trop petits</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;Ajouter la sélection</translation>
    </message>
    <message>
        <source>%1 has not quoted for a project yet.</source>
        <translation>%1 n&apos;a encore fait de devis pour aucun projet.</translation>
    </message>
    <message>
        <source>Previous quotes from %1:</source>
        <translation>Devis précédents de %1&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln earlier quote(s).</source>
        <translation>
            <numerusform>et %Ln devis antérieur.</numerusform>
            <numerusform>et %Ln devis antérieurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match; select one or more (Ctrl or Shift for several).</source>
        <translation>Résultats&#xa0;: %1&#xa0;; sélectionnez-en un ou plusieurs (Ctrl ou Maj pour plusieurs).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s) selected.</source>
        <translation>
            <numerusform>%Ln lieu sélectionné.</numerusform>
            <numerusform>%Ln lieux sélectionnés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AppController</name>
    <message>
        <source>The connection to the database server was lost. VenueMap keeps what you typed and is reconnecting…</source>
        <translation>La connexion au serveur de base de données a été perdue. VenueMap garde ce que vous avez saisi et se reconnecte…</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. VenueMap keeps what you typed; reconnecting (attempt %1, next in %2 s)…</source>
        <translation>La connexion au serveur de base de données a été perdue. VenueMap garde ce que vous avez saisi&#xa0;; reconnexion (tentative %1, prochaine dans %2 s)…</translation>
    </message>
    <message>
        <source>Connected again. Anything that did not save can be saved now.</source>
        <translation>Reconnecté. Ce qui n&apos;a pas été enregistré peut l&apos;être maintenant.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AttachmentsDialog</name>
    <message>
        <source>Files — %1</source>
        <translation>Fichiers — %1</translation>
    </message>
    <message>
        <source>Contracts, floor plans, certificates and other files for %1. Every colleague sees them.</source>
        <translation>Contrats, plans, certificats et autres fichiers de %1. Tous les collègues les voient.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::AttachmentsList</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add files (PDF, images, text, Office documents; up to 25 MB each), their kind taken from their names; the arrow adds them as a kind you choose. You can also drop files here.</source>
        <translation>Ajouter des fichiers (PDF, images, texte, documents Office&#xa0;; 25 Mo maximum chacun), leur type déduit de leur nom&#xa0;; la flèche les ajoute avec le type que vous choisissez. Vous pouvez aussi déposer des fichiers ici.</translation>
    </message>
    <message>
        <source>Add as %1…</source>
        <translation>Ajouter comme %1…</translation>
    </message>
    <message>
        <source>Open a copy with the desktop&apos;s viewer</source>
        <translation>Ouvrir une copie avec la visionneuse du bureau</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
%2, %3 — added by %4, %5</source>
        <translation>%1
%2, %3 — ajouté par %4, %5</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Chargement des fichiers…</translation>
    </message>
    <message>
        <source>No files yet. Drop contracts, floor plans or certificates here, or choose Add.</source>
        <translation>Pas encore de fichiers. Déposez ici contrats, plans ou certificats, ou choisissez Ajouter.</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>Aucun fichier.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;All files (*)</source>
        <translation>Documents et images (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>VenueMap cannot make a private folder for a copy: %1.</source>
        <translation>VenueMap ne peut pas créer de dossier privé pour une copie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1; use Save As… to keep a copy.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre %1&#xa0;; utilisez Enregistrer sous… pour en garder une copie.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Enregistrer une copie de %1</translation>
    </message>
    <message>
        <source>Saved %1 as %2.</source>
        <translation>%1 enregistré sous %2.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove %1? Colleagues will no longer see it in the list.</source>
        <translation>Retirer %1&#xa0;? Vos collègues ne le verront plus dans la liste.</translation>
    </message>
    <message>
        <source>Added</source>
        <comment>column: when the file was added</comment>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>button: open the file</comment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>open the file</source>
        <translation>d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>%1 could not be copied for the viewer: %2.</source>
        <translation>%1 n&apos;a pas pu être copié pour la visionneuse&#xa0;: %2.</translation>
    </message>
    <message>
        <source>save the file</source>
        <translation>d&apos;enregistrer le fichier</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CapacityFilterButton</name>
    <message>
        <source>any number</source>
        <translation>tout nombre</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>toute taille</translation>
    </message>
    <message>
        <source>Capacity and rooms</source>
        <translation>Capacité et salles</translation>
    </message>
    <message>
        <source>from </source>
        <translation>de </translation>
    </message>
    <message>
        <source>to </source>
        <translation>à </translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>pas de minimum</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>pas de maximum</translation>
    </message>
    <message>
        <source>Any layout</source>
        <translation>Toute configuration</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>invités</translation>
    </message>
    <message>
        <source>&amp;Venue holds</source>
        <translation>Le &amp;lieu accueille</translation>
    </message>
    <message>
        <source>seating at least</source>
        <translation>accueillant au moins</translation>
    </message>
    <message>
        <source>&amp;One room</source>
        <translation>&amp;Une salle</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Breakout rooms</source>
        <translation>&amp;Salles de sous-commission</translation>
    </message>
    <message>
        <source>A venue holds what its largest room seats. A room counts when it seats the number in that layout; a divisible hall counts as its parts for breakouts.</source>
        <translation>Un lieu accueille ce que sa plus grande salle accueille. Une salle compte quand elle accueille ce nombre dans cette configuration&#xa0;; une salle divisible compte pour ses parties dans les sous-commissions.</translation>
    </message>
    <message>
        <source>Any capacity</source>
        <translation>Toute capacité</translation>
    </message>
    <message>
        <source>Clear the capacity, room and breakout choices</source>
        <translation>Effacer les choix de capacité, de salle et de sous-commission</translation>
    </message>
    <message>
        <source>Capacity, rooms and layouts</source>
        <translation>Capacité, salles et configurations</translation>
    </message>
    <message>
        <source>Capacity: any</source>
        <translation>Capacité&#xa0;: toutes</translation>
    </message>
    <message>
        <source>Filter by the guests a venue holds, or by its rooms in a layout</source>
        <translation>Filtrer selon les invités qu&apos;un lieu accueille, ou selon ses salles dans une configuration</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>Capacité&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1–%2 guests</source>
        <translation>%1 à %2 invités</translation>
    </message>
    <message>
        <source>%1+ guests</source>
        <translation>%1+ invités</translation>
    </message>
    <message>
        <source>up to %1 guests</source>
        <translation>jusqu&apos;à %1 invités</translation>
    </message>
    <message>
        <source>%1+ %2</source>
        <translation>%1+ %2</translation>
    </message>
    <message>
        <source>Any %1</source>
        <translation>%1&#xa0;: toutes</translation>
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
        <translation>une salle pour %1+ (%2)</translation>
    </message>
    <message>
        <source>a room with a %1 layout</source>
        <translation>une salle en configuration %1</translation>
    </message>
    <message>
        <source>%1 × %2 %3 breakout rooms</source>
        <translation>%1 × %2 salles de sous-commission (%3)</translation>
    </message>
    <message>
        <source>a %1 breakout room</source>
        <translation>une salle de sous-commission (%1)</translation>
    </message>
    <message>
        <source>%1 %2 breakout rooms</source>
        <translation>%1 salles de sous-commission (%2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no breakout rooms</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>in</source>
        <comment>breakout rooms in a layout</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CateringDialog</name>
    <message>
        <source>New Caterer</source>
        <translation>Nouveau traiteur</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::CateringPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln caterer(s), %1 deleted</source>
        <translation>
            <numerusform>%Ln traiteur, %1 supprimé(s)</numerusform>
            <numerusform>%Ln traiteurs, %1 supprimé(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln caterer(s)</source>
        <translation>
            <numerusform>%Ln traiteur</numerusform>
            <numerusform>%Ln traiteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
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
        <source>Deleted %1; it stays on the shortlists that chose it.</source>
        <translation>%1 supprimé&#xa0;; il reste dans les présélections qui l&apos;ont choisi.</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 est de retour.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ChangePasswordDialog</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice. %1</source>
        <translation>Saisissez votre mot de passe actuel, puis deux fois le nouveau. %1</translation>
    </message>
    <message>
        <source>Set a New Password</source>
        <translation>Définir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2) and tell it to them in person; they can change it under Account ▸ Change Password… %3</source>
        <translation>Définissez un nouveau mot de passe pour %1 (%2) et communiquez-le en personne&#xa0;; la personne peut le changer sous Compte ▸ Changer le mot de passe… %3</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>Les deux nouveaux mots de passe diffèrent&#xa0;; saisissez deux fois le même.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ClientsPanel</name>
    <message>
        <source>&amp;Add to Project</source>
        <translation>&amp;Ajouter au projet</translation>
    </message>
    <message>
        <source>← All projects</source>
        <translation>← Tous les projets</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Filter clients…</source>
        <translation>Filtrer les clients…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
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
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Quoted price</source>
        <translation>Prix proposé</translation>
    </message>
    <message>
        <source>Why the venue declined.</source>
        <translation>Pourquoi le lieu a refusé.</translation>
    </message>
    <message>
        <source>In the proposal of a completed project, and not declined.</source>
        <translation>Dans la proposition d&apos;un projet terminé, et pas refusé.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Put the selected venue on the chosen project&apos;s shortlist.</source>
        <translation>Mettre le lieu sélectionné dans la présélection du projet choisi.</translation>
    </message>
    <message>
        <source>Pick a client on the left to see the venues used for them.</source>
        <translation>Choisissez un client à gauche pour voir les lieux utilisés pour ce client.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · last event %2</source>
        <translation>%1 · dernier événement %2</translation>
    </message>
    <message>
        <source>No client yet: the clients of your projects appear here.</source>
        <translation>Pas encore de client&#xa0;: les clients de vos projets apparaissent ici.</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Lecture de l&apos;historique de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln project(s)</source>
        <translation>
            <numerusform>%1 · %Ln projet</numerusform>
            <numerusform>%1 · %Ln projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln venue(s) used</source>
        <translation>
            <numerusform> · %Ln lieu utilisé</numerusform>
            <numerusform> · %Ln lieux utilisés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deleted from the book)</source>
        <translation>%1 (supprimé du carnet)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No venue has been shortlisted for %1 yet.</source>
        <translation>Aucun lieu n&apos;a encore été présélectionné pour %1.</translation>
    </message>
    <message>
        <source>This venue was deleted from the book.</source>
        <translation>Ce lieu a été supprimé du carnet.</translation>
    </message>
    <message>
        <source>No active project to add the venue to.</source>
        <translation>Aucun projet actif auquel ajouter le lieu.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>column: venue was in the proposal</comment>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>column: venue was booked</comment>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>column: venue declined</comment>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ConnectionDialog</name>
    <message>
        <source>prefer (default)</source>
        <translation>prefer (par défaut)</translation>
    </message>
    <message>
        <source>How the connection is encrypted; ask your administrator when unsure.</source>
        <translation>Le chiffrement de la connexion&#xa0;; en cas de doute, demandez à votre administrateur.</translation>
    </message>
    <message>
        <source>Leave empty for the local server (Unix socket).</source>
        <translation>Laissez vide pour le serveur local (socket Unix).</translation>
    </message>
    <message>
        <source>Leave empty when ~/.pgpass or PGPASSWORD provide it.</source>
        <translation>Laissez vide si ~/.pgpass ou PGPASSWORD le fournissent.</translation>
    </message>
    <message>
        <source>Choose a VenueMap File</source>
        <translation>Choisir un fichier VenueMap</translation>
    </message>
    <message>
        <source>VenueMap files (*.venuemap *.sqlite);;All files (*)</source>
        <translation>Fichiers VenueMap (*.venuemap *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A new database will be created in %1.</source>
        <translation>Une nouvelle base de données sera créée dans %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to; choose another place.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Opened the file.</source>
        <translation>Fichier ouvert.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Opened the file: it is empty and will be set up when you connect.</source>
        <translation>Fichier ouvert&#xa0;: il est vide et sera préparé lors de la connexion.</translation>
    </message>
    <message>
        <source>Connected: it is empty and will be set up when you connect.</source>
        <translation>Connecté&#xa0;: la base est vide et sera préparée lors de la connexion.</translation>
    </message>
    <message>
        <source>Opened the file: its schema is newer than this VenueMap; install the newer version to use it.</source>
        <translation>Fichier ouvert&#xa0;: son schéma est plus récent que cette version de VenueMap&#xa0;; installez la nouvelle version pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Connected: its schema is newer than this VenueMap; install the newer version to use it.</source>
        <translation>Connecté&#xa0;: son schéma est plus récent que cette version de VenueMap&#xa0;; installez la nouvelle version pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Opened the file: its schema will be brought up to date when you connect.</source>
        <translation>Fichier ouvert&#xa0;: son schéma sera mis à jour lors de la connexion.</translation>
    </message>
    <message>
        <source>Connected: its schema will be brought up to date when you connect.</source>
        <translation>Connecté&#xa0;: son schéma sera mis à jour lors de la connexion.</translation>
    </message>
    <message>
        <source>Opened the file: it is up to date.</source>
        <translation>Fichier ouvert&#xa0;: il est à jour.</translation>
    </message>
    <message>
        <source>Connected: it is up to date.</source>
        <translation>Connecté&#xa0;: la base est à jour.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::DeclineDialog</name>
    <message>
        <source>Why Did %1 Decline?</source>
        <translation>%1 a refusé&#xa0;: pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the reason to mark %1 declined. It is shown to whoever shortlists %1 for %2 again, and counted in Reports.</source>
        <translation>Choisissez le motif pour marquer %1 comme refusé. Il sera montré à quiconque présélectionnera de nouveau %1 pour %2, et compté dans les rapports.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>Optional: what the venue said</source>
        <translation>Facultatif&#xa0;: ce que le lieu a dit</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Marquer comme refusé</translation>
    </message>
    <message>
        <source>Choose the reason first.</source>
        <translation>Choisissez d&apos;abord le motif.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::DemoWorker</name>
    <message>
        <source>load the sample data</source>
        <translation>de charger les données d&apos;exemple</translation>
    </message>
    <message>
        <source>This build of VenueMap has no sample data generator.</source>
        <translation>Cette version de VenueMap n&apos;a pas de générateur de données d&apos;exemple.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::EmailDraftDialog</name>
    <message>
        <source>Email to %1</source>
        <translation>E-mail à %1</translation>
    </message>
    <message>
        <source>%1 has no contact email in the venue book; add the address here or in the book.</source>
        <translation>%1 n&apos;a pas d&apos;e-mail de contact dans le carnet de lieux&#xa0;; ajoutez l&apos;adresse ici ou dans le carnet.</translation>
    </message>
    <message>
        <source>This venue was already asked; this draft is a reminder.</source>
        <translation>Ce lieu a déjà été sollicité&#xa0;; ce brouillon est une relance.</translation>
    </message>
    <message>
        <source>Copy the draft or open it in your mail app; after you send it, mark the venue as sent.</source>
        <translation>Copiez le brouillon ou ouvrez-le dans votre messagerie&#xa0;; après l&apos;envoi, marquez le lieu comme envoyé.</translation>
    </message>
    <message>
        <source>Copied. Once you have sent it, mark the venue as sent.</source>
        <translation>Copié. Après l&apos;envoi, marquez le lieu comme envoyé.</translation>
    </message>
    <message>
        <source>No mail app answered; copy the draft instead.</source>
        <translation>Aucune messagerie n&apos;a répondu&#xa0;; copiez plutôt le brouillon.</translation>
    </message>
    <message>
        <source>Handed to your mail app. Once you have sent it, mark the venue as sent.</source>
        <translation>Transmis à votre messagerie. Après l&apos;envoi, marquez le lieu comme envoyé.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::EmailTemplatesDialog</name>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Restore Built-in…</source>
        <translation>&amp;Restaurer le texte intégré…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Email Templates</source>
        <translation>Modèles d&apos;e-mail</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders in braces are filled for each venue; a line whose placeholders are all empty is left out. Write {{ or }} for a brace of its own.</source>
        <translation>Les champs entre accolades sont remplis pour chaque lieu&#xa0;; une ligne dont tous les champs sont vides est omise. Écrivez {{ ou }} pour une accolade seule.</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>&amp;Champs à remplir&#xa0;:</translation>
    </message>
    <message>
        <source>{%1} — %2</source>
        <translation>{%1} — %2</translation>
    </message>
    <message>
        <source>Put the placeholder where the cursor is in the subject or body</source>
        <translation>Insérer le champ à l&apos;endroit du curseur dans l&apos;objet ou le corps</translation>
    </message>
    <message>
        <source>Preview with a sample project:</source>
        <translation>Aperçu avec un projet d&apos;exemple&#xa0;:</translation>
    </message>
    <message>
        <source>Remove the team&apos;s text: emails use the app&apos;s own text again</source>
        <translation>Retirer le texte de l&apos;équipe&#xa0;: les e-mails utilisent de nouveau le texte de l&apos;application</translation>
    </message>
    <message>
        <source>Reading the team&apos;s templates…</source>
        <translation>Lecture des modèles de l&apos;équipe…</translation>
    </message>
    <message>
        <source>The app&apos;s built-in text: the team has not written its own.</source>
        <translation>Le texte intégré de l&apos;application&#xa0;: l&apos;équipe n&apos;a pas écrit le sien.</translation>
    </message>
    <message>
        <source>The team&apos;s text, saved by %1 on %2.</source>
        <translation>Le texte de l&apos;équipe, enregistré par %1 le %2.</translation>
    </message>
    <message>
        <source>The team&apos;s text, saved on %1.</source>
        <translation>Le texte de l&apos;équipe, enregistré le %1.</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>À&#xa0;: %1
Objet&#xa0;: %2

%3</translation>
    </message>
    <message>
        <source>Only an admin can change the email templates.</source>
        <translation>Seul un administrateur peut modifier les modèles d&apos;e-mail.</translation>
    </message>
    <message>
        <source>Saved. Emails in %1 now use the team&apos;s “%2” text.</source>
        <translation>Enregistré. Les e-mails (%1) utilisent maintenant le texte «&#xa0;%2&#xa0;» de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Restore Built-in Text</source>
        <translation>Restaurer le texte intégré</translation>
    </message>
    <message>
        <source>Remove the team&apos;s “%1” text in %2?</source>
        <translation>Retirer le texte «&#xa0;%1&#xa0;» de l&apos;équipe (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>Emails in this language then use the app&apos;s built-in text. The team&apos;s text cannot be brought back.</source>
        <translation>Les e-mails dans cette langue utilisent alors le texte intégré de l&apos;application. Le texte de l&apos;équipe ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>&amp;Restore Built-in</source>
        <translation>&amp;Restaurer le texte intégré</translation>
    </message>
    <message>
        <source>&amp;Keep the Team&apos;s Text</source>
        <translation>&amp;Garder le texte de l&apos;équipe</translation>
    </message>
    <message>
        <source>Restored. Emails in %1 use the app&apos;s built-in “%2” text again.</source>
        <translation>Restauré. Les e-mails (%1) utilisent de nouveau le texte «&#xa0;%2&#xa0;» intégré de l&apos;application.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>Close without saving your changes to %n template(s)?</source>
        <translation>
            <numerusform>Fermer sans enregistrer vos modifications de %n modèle&#xa0;?</numerusform>
            <numerusform>Fermer sans enregistrer vos modifications de %n modèles&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::FirstAdminDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Nobody signs in to this database yet. You are connected as the database login “%1”, which becomes its first admin: give your name and email. Admins then add the rest of the team from the People page, each with their own login.</source>
        <translation>Personne ne se connecte encore à cette base de données. Vous êtes connecté avec l&apos;identifiant de base de données «&#xa0;%1&#xa0;», qui en devient le premier administrateur&#xa0;: indiquez votre nom et votre e-mail. Les administrateurs ajoutent ensuite le reste de l&apos;équipe depuis la page Personnes, chacun avec son propre identifiant.</translation>
    </message>
    <message>
        <source>This VenueMap file has nobody who can sign in yet. Create the first admin: you sign in with this email and password every time VenueMap starts, and add the rest of the team from the People page. A password needs at least %1 characters.</source>
        <translation>Ce fichier VenueMap n&apos;a encore personne qui puisse se connecter. Créez le premier administrateur&#xa0;: vous vous connectez avec cet e-mail et ce mot de passe à chaque démarrage de VenueMap, et vous ajoutez le reste de l&apos;équipe depuis la page Personnes. Un mot de passe compte au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Create Admin</source>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; saisissez deux fois le même.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::FirstStartDialog</name>
    <message>
        <source>Your venue book is empty. To look around first, VenueMap can fill it with sample data: %1 venues in European cities, %2 client projects with shortlists, caterers and a few colleagues.&lt;br&gt;&lt;br&gt;The sample data lives in this file only: &lt;i&gt;%3&lt;/i&gt;</source>
        <translation>Votre carnet de lieux est vide. Pour découvrir l&apos;application, VenueMap peut le remplir de données d&apos;exemple&#xa0;: %1 lieux dans des villes européennes, %2 projets clients avec présélections, traiteurs et quelques collègues.&lt;br&gt;&lt;br&gt;Les données d&apos;exemple ne se trouvent que dans ce fichier&#xa0;: &lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&amp;Load Sample Data</source>
        <translation>&amp;Charger les données d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Start Empty</source>
        <translation>Commencer &amp;vide</translation>
    </message>
    <message>
        <source>This build has no sample data generator.</source>
        <translation>Cette version n&apos;a pas de générateur de données d&apos;exemple.</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>Chargement des données d&apos;exemple…</translation>
    </message>
    <message>
        <source>Loading sample data… %1 of %2</source>
        <translation>Chargement des données d&apos;exemple… %1 sur %2</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>Données d&apos;exemple chargées.</translation>
    </message>
    <message>
        <source>Loading was cancelled; the venue book is still empty.</source>
        <translation>Le chargement a été annulé&#xa0;; le carnet de lieux est toujours vide.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::HoldsPanel</name>
    <message>
        <source>Add &amp;dates…</source>
        <translation>Ajouter des &amp;dates…</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Poser une option…</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>Con&amp;firmer</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendrier…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>The holds on a date axis, the project&apos;s dates shaded and other projects&apos; holds on the same rooms drawn faint</source>
        <translation>Les options sur un axe de dates, les dates du projet ombrées et les options d&apos;autres projets sur les mêmes salles en pâle</translation>
    </message>
    <message>
        <source>The month of the selected venue, every room, every project&apos;s holds</source>
        <translation>Le mois du lieu sélectionné, toutes les salles, les options de tous les projets</translation>
    </message>
    <message>
        <source>Confirm the selected hold: the booking. A room confirmed for another project on the same dates is refused.</source>
        <translation>Confirmer l&apos;option sélectionnée&#xa0;: la réservation. Une salle confirmée pour un autre projet aux mêmes dates est refusée.</translation>
    </message>
    <message>
        <source>Release the selected hold; a released first option makes the second option on the same room the first</source>
        <translation>Libérer l&apos;option sélectionnée&#xa0;; une première option libérée fait de la deuxième option sur la même salle la première</translation>
    </message>
    <message>
        <source>Release the Hold</source>
        <translation>Libérer l&apos;option</translation>
    </message>
    <message>
        <source>Release %1 for %2? The venue may give the dates to someone else; this cannot be undone.</source>
        <translation>Libérer %1 pour %2&#xa0;? Le lieu pourra donner les dates à quelqu&apos;un d&apos;autre&#xa0;; c&apos;est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Keep the Hold</source>
        <translation>&amp;Garder l&apos;option</translation>
    </message>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (préférées)</translation>
    </message>
    <message>
        <source>No dates yet: add the preferred dates and any alternates, then hold rooms.</source>
        <translation>Pas encore de dates&#xa0;: ajoutez les dates préférées et d&apos;éventuelles alternatives, puis posez des options sur des salles.</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Dates&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · whole venue</source>
        <translation>%1 · tout le lieu</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>
Placed by %1</source>
        <translation>
Posée par %1</translation>
    </message>
    <message>
        <source>Hold a room of %1 for one of the project&apos;s dates</source>
        <translation>Poser une option sur une salle de %1 pour l&apos;une des dates du projet</translation>
    </message>
    <message>
        <source>Select a venue in the shortlist to hold one of its rooms</source>
        <translation>Sélectionnez un lieu dans la présélection pour poser une option sur l&apos;une de ses salles</translation>
    </message>
    <message>
        <source>Add Dates</source>
        <translation>Ajouter des dates</translation>
    </message>
    <message>
        <source>The &amp;preferred dates (the others are alternates)</source>
        <translation>Les dates &amp;préférées (les autres sont des alternatives)</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>Dates %1 added.</source>
        <translation>Dates %1 ajoutées.</translation>
    </message>
    <message>
        <source>hold a room</source>
        <translation>de poser une option sur une salle</translation>
    </message>
    <message>
        <source>Add the project&apos;s dates first (Add dates…): a hold is for one of them.</source>
        <translation>Ajoutez d&apos;abord les dates du projet (Ajouter des dates…)&#xa0;: une option porte sur l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>Hold a Room at %1</source>
        <translation>Poser une option sur une salle de %1</translation>
    </message>
    <message>
        <source>The whole venue</source>
        <translation>Tout le lieu</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Expire le</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>%1 is held: %2.</source>
        <translation>%1 est en option&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is confirmed for %2.</source>
        <translation>%1 est confirmé pour %2.</translation>
    </message>
    <message>
        <source>%1 is released.</source>
        <translation>%1 est libéré.</translation>
    </message>
    <message>
        <source>The second option of %1 is now the first.</source>
        <translation>La deuxième option de %1 est maintenant la première.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a space at a venue</comment>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::HoldsTimeline</name>
    <message>
        <source>Holds timeline</source>
        <translation>Chronologie des options</translation>
    </message>
    <message>
        <source>%1 (whole venue)</source>
        <translation>%1 (tout le lieu)</translation>
    </message>
    <message>
        <source>preferred dates</source>
        <translation>dates préférées</translation>
    </message>
    <message>
        <source>other projects</source>
        <translation>autres projets</translation>
    </message>
    <message>
        <source>Another project: %1</source>
        <translation>Autre projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <source>No holds yet: select a venue and Hold…</source>
        <translation>Pas encore d&apos;options&#xa0;: sélectionnez un lieu puis Poser une option…</translation>
    </message>
    <message>
        <source>expires</source>
        <comment>timeline legend: where a hold expires</comment>
        <translation>expire</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
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
        <source>Why it is a duplicate</source>
        <translation>Pourquoi c&apos;est un doublon</translation>
    </message>
    <message>
        <source>Choose a CSV file of venues (and their rooms), or a rooms file alone. Nothing is written until you press Import.</source>
        <translation>Choisissez un fichier CSV de lieux (et de leurs salles), ou un fichier de salles seul. Rien n&apos;est écrit avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>Import Venues</source>
        <translation>Importer des lieux</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Rooms</source>
        <translation>Importer des salles</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>salles</translation>
    </message>
    <message>
        <source>%1 (rooms)</source>
        <translation>%1 (salles)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Repeats row %1 of the file</source>
        <translation>Répète la ligne %1 du fichier</translation>
    </message>
    <message>
        <source>Already in the venue book</source>
        <translation>Déjà dans le carnet de lieux</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Doublons (%1)</translation>
    </message>
    <message>
        <source>The rooms file has 1 problem (see Problems): nothing is imported until it is fixed and chosen again.</source>
        <translation>Le fichier de salles a 1 problème (voir Problèmes)&#xa0;: rien n&apos;est importé tant qu&apos;il n&apos;est pas corrigé et choisi à nouveau.</translation>
    </message>
    <message>
        <source>The rooms file has %1 problems (see Problems): nothing is imported until they are fixed and the file is chosen again.</source>
        <translation>Le fichier de salles a %1 problèmes (voir Problèmes)&#xa0;: rien n&apos;est importé tant qu&apos;ils ne sont pas corrigés et que le fichier n&apos;est pas choisi à nouveau.</translation>
    </message>
    <message>
        <source>Choose which column holds the venue name on the Columns tab.</source>
        <translation>Choisissez dans l&apos;onglet Colonnes quelle colonne contient le nom du lieu.</translation>
    </message>
    <message>
        <source>Fix the file and choose it again, or skip the invalid rows.</source>
        <translation>Corrigez le fichier et choisissez-le à nouveau, ou ignorez les lignes non valides.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Venue(s)</source>
        <translation>
            <numerusform>&amp;Importer %Ln lieu</numerusform>
            <numerusform>&amp;Importer %Ln lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import %1 and %2</source>
        <comment>2 Venues and 3 Rooms</comment>
        <translation>&amp;Importer %1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Venue(s)</source>
        <translation>
            <numerusform>%Ln lieu</numerusform>
            <numerusform>%Ln lieux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Room(s)</source>
        <translation>
            <numerusform>%Ln salle</numerusform>
            <numerusform>%Ln salles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Room(s)</source>
        <translation>
            <numerusform>&amp;Importer %Ln salle</numerusform>
            <numerusform>&amp;Importer %Ln salles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln salle</numerusform>
            <numerusform>%Ln salles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %Ln venue(s) already in the book.</source>
        <translation>
            <numerusform>Importation dans %Ln lieu déjà présent dans le carnet&#xa0;: %1.</numerusform>
            <numerusform>Importation dans %Ln lieux déjà présents dans le carnet&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s)</source>
        <translation>
            <numerusform>%Ln lieu</numerusform>
            <numerusform>%Ln lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>Importation depuis %2&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Imported %1 from %2 with %3.</source>
        <translation>Importation depuis %2&#xa0;: %1, avec %3.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::ImportHistoryDialog</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Still in the book</source>
        <translation>Toujours dans le carnet</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>un script</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Remove the venue imported from %1?</source>
        <translation>Retirer le lieu importé depuis %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln venue(s) imported from %1?</source>
        <translation>
            <numerusform>Retirer le lieu importé depuis %1 (%Ln)&#xa0;?</numerusform>
            <numerusform>Retirer les %Ln lieux importés depuis %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>They move to the deleted venues with their rooms, where they can still be restored one by one.</source>
        <translation>Ils passent dans les lieux supprimés avec leurs salles, où ils peuvent encore être restaurés un par un.</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>column: when</comment>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>By</source>
        <comment>column: who imported</comment>
        <translation>Par</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Venue(s)</source>
        <translation>
            <numerusform>Retirer %n lieu</numerusform>
            <numerusform>Retirer %n lieux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MainWindow</name>
    <message>
        <source>Holds expiring within %1 days: %2. The Projects page (Ctrl+2) lists them.</source>
        <translation>Options expirant dans les %1 jours&#xa0;: %2. La page Projets (Ctrl+2) les liste.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln imported venue(s).</source>
        <translation>
            <numerusform>%Ln lieu importé retiré.</numerusform>
            <numerusform>%Ln lieux importés retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project first: its proposal is made from its shortlist.</source>
        <translation>Ouvrez d&apos;abord un projet&#xa0;: sa proposition est faite à partir de sa présélection.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>This database is read-only: you can look at everything, but changes cannot be saved.</source>
        <translation>Cette base de données est en lecture seule&#xa0;: vous pouvez tout consulter, mais les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>The open database. File ▸ Connect… opens another.</source>
        <translation>La base de données ouverte. Fichier ▸ Se connecter… en ouvre une autre.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>local</source>
        <comment>database server: this computer</comment>
        <translation>local</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Traiteurs</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MigrationDialog</name>
    <message>
        <source>Updating the Database</source>
        <translation>Mise à jour de la base de données</translation>
    </message>
    <message>
        <source>&lt;b&gt;Setting up a new database&lt;/b&gt;</source>
        <translation>&lt;b&gt;Création d&apos;une nouvelle base de données&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Updating the database from version %1 to %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mise à jour de la base de données de la version %1 à la version %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Stop waiting for the other client</source>
        <translation>Ne plus attendre l&apos;autre client</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Keeping a copy of the database before updating it…</source>
        <translation>Copie de la base de données avant sa mise à jour…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database is updated to version %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;La base de données est à jour en version %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A copy of the database as it was before the update is kept in this file (“venuemapctl restore FILE --force” puts it back if you ever need it):</source>
        <translation>Une copie de la base de données telle qu&apos;elle était avant la mise à jour est conservée dans ce fichier («&#xa0;venuemapctl restore FILE --force&#xa0;» la remet en place si besoin)&#xa0;:</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Waiting for %1 to finish updating the database…</source>
        <translation>En attente de la fin de la mise à jour par %1…</translation>
    </message>
    <message>
        <source>Applying %1 (%2 of %3)…</source>
        <translation>Application de %1 (%2 sur %3)…</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::MigrationWorker</name>
    <message>
        <source>keep a copy of the database before migrating</source>
        <translation>de conserver une copie de la base de données avant la migration</translation>
    </message>
    <message>
        <source> The database was not migrated; a database owner can run `venuemapctl migrate up` after making a copy another way.</source>
        <translation> La base de données n&apos;a pas été migrée&#xa0;; un propriétaire de la base peut lancer `venuemapctl migrate up` après en avoir fait une copie autrement.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::OutreachPanel</name>
    <message>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Email draft…</source>
        <translation>Brouillon d&apos;e-mail…</translation>
    </message>
    <message>
        <source>Answer by…</source>
        <translation>Réponse attendue…</translation>
    </message>
    <message>
        <source>Outreach by status</source>
        <translation>Prise de contact par statut</translation>
    </message>
    <message>
        <source>Venues asked that have not answered yet: %1 and %2.</source>
        <translation>Lieux sollicités qui n&apos;ont pas encore répondu&#xa0;: %1 et %2.</translation>
    </message>
    <message>
        <source>Chase when waiting more than</source>
        <translation>Relancer après plus de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Change answer-by date of the selected venue</source>
        <translation>Modifier la date de réponse attendue du lieu sélectionné</translation>
    </message>
    <message>
        <source>Change answer-by date…</source>
        <translation>Modifier la date de réponse…</translation>
    </message>
    <message>
        <source>Select a venue in the chase list first.</source>
        <translation>Sélectionnez d&apos;abord un lieu dans la liste de relances.</translation>
    </message>
    <message>
        <source>%1 should answer by %2.</source>
        <translation>%1 doit répondre le %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for a reply</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln jour de retard</numerusform>
            <numerusform>%Ln jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Was due to answer by %1.</source>
        <translation>Devait répondre le %1.</translation>
    </message>
    <message>
        <source>Nobody to chase.</source>
        <translation>Personne à relancer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln venue(s) to chase.</source>
        <translation>
            <numerusform>%Ln lieu à relancer.</numerusform>
            <numerusform>%Ln lieux à relancer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>column: days waiting for an answer</comment>
        <translation>Attente</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PasswordDialog</name>
    <message>
        <source>the local server</source>
        <translation>le serveur local</translation>
    </message>
    <message>
        <source>The server at %1 refused the password for %2. Enter it again:</source>
        <translation>Le serveur %1 a refusé le mot de passe de %2. Saisissez-le à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the password of %1 for the database at %2:</source>
        <translation>Saisissez le mot de passe de %1 pour la base de données sur %2&#xa0;:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PasswordStore</name>
    <message>
        <source>VenueMap cannot remember your password on this computer because no keychain service is running; it will ask for it again next time.</source>
        <translation>VenueMap ne peut pas mémoriser votre mot de passe sur cet ordinateur car aucun trousseau n&apos;est disponible&#xa0;; il vous sera redemandé la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PeoplePage</name>
    <message>
        <source>Everybody who signs in to this database. Event managers work with venues, projects and caterers; admins also manage people here.</source>
        <translation>Toutes les personnes qui se connectent à cette base de données. Les chargés de projet travaillent avec les lieux, les projets et les traiteurs&#xa0;; les administrateurs gèrent aussi les personnes ici.</translation>
    </message>
    <message>
        <source>In an embedded file VenueMap itself checks roles: anyone who can copy the file can read it. Use a PostgreSQL database for a team.</source>
        <translation>Dans un fichier intégré, VenueMap vérifie lui-même les rôles&#xa0;: quiconque peut copier le fichier peut le lire. Utilisez une base PostgreSQL pour une équipe.</translation>
    </message>
    <message>
        <source>Make Event Manager</source>
        <translation>Nommer chargé de projet</translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation>Nommer administrateur</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Another admin does this for you; your own password is under Account.</source>
        <translation>Un autre administrateur s&apos;en charge pour vous&#xa0;; votre propre mot de passe se trouve sous Compte.</translation>
    </message>
    <message>
        <source>%1 was added as admin.</source>
        <translation>%1 a été ajouté comme administrateur.</translation>
    </message>
    <message>
        <source>%1 was added as event manager.</source>
        <translation>%1 a été ajouté comme chargé de projet.</translation>
    </message>
    <message>
        <source>%1 is now an admin.</source>
        <translation>%1 est maintenant administrateur.</translation>
    </message>
    <message>
        <source>%1 is now an event manager.</source>
        <translation>%1 est maintenant chargé de projet.</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot sign in.</source>
        <translation>%1 est désactivé et ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 a un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? They can no longer sign in, and this cannot be undone. People with activity in the log can only be disabled.</source>
        <translation>Retirer %1 (%2)&#xa0;? Cette personne ne pourra plus se connecter, et c&apos;est irréversible. Les personnes ayant une activité dans le journal peuvent seulement être désactivées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 a été retiré.</translation>
    </message>
</context>
<context>
    <name>VenueMap::Ui::PhotoGallery</name>
    <message>
        <source>No photos yet. Drop image files here or choose Add.</source>
        <translation>Pas encore de photos. Déposez des images ici ou choisissez Ajouter.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 × %2 pixels. Double-click for a larger view.</source>
        <translation>%1 × %2 pixels. Double-cliquez pour agrandir.</translation>
    </message>
    <message>
        <source>Loading photos…</source>
        <translation>Chargement des photos…</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>Aucune photo.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>‹ &amp;Previous</source>
        <translation>‹ &amp;Précédente</translation>
    </message>
    <message>
        <source>Previous photo (←)</source>
        <translation>Photo précédente (←)</translation>
    </message>
    <message>
        <source>&amp;Next ›</source>
        <translation>&amp;Suivante ›</translation>
    </message>
    <message>
        <source>Next photo (→)</source>
        <translation>Photo suivante (→)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>Langue au prochain démarrage&#xa0;: %1.</translation>
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
            <numerusform>Indiquez comment %n salle de sous-commission est configurée (Théâtre, Salle de classe, …), ou mettez les sous-commissions à «&#xa0;aucune&#xa0;».</numerusform>
            <numerusform>Indiquez comment les %n salles de sous-commission sont configurées (Théâtre, Salle de classe, …), ou mettez les sous-commissions à «&#xa0;aucune&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Say how many people each breakout room seats, or set the breakouts to none.</source>
        <translation>Indiquez combien de personnes chaque salle de sous-commission accueille, ou mettez les sous-commissions à «&#xa0;aucune&#xa0;».</translation>
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
            <numerusform>Supprimé du carnet de lieux entre-temps&#xa0;: %Ln lieu.</numerusform>
            <numerusform>Supprimés du carnet de lieux entre-temps&#xa0;: %Ln lieux.</numerusform>
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
        <translation>%1 archivé. Afficher les archivés l&apos;affiche&#xa0;; Restaurer le fait revenir.</translation>
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
        <translation>La langue de rédaction de la proposition&#xa0;; celle du client du projet, sauf si vous en choisissez une autre ici.</translation>
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
        <translation>Ce que couvre le montant&#xa0;; une dépense minimum est le montant que l&apos;événement doit au moins dépenser</translation>
    </message>
    <message>
        <source>catering, e.g. 85.00</source>
        <translation>restauration, par ex. 85.00</translation>
    </message>
    <message>
        <source>e.g. includes AV and cloakroom; 10% deposit</source>
        <translation>par ex. AV et vestiaire compris&#xa0;; acompte de 10&#xa0;%</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>Reç&amp;u</translation>
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
        <translation>Retirer le devis de %1 reçu le %2&#xa0;? Le prix de la présélection redevient celui du devis précédent.</translation>
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
        <translation>Le jour où %1 doit avoir répondu&#xa0;:</translation>
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
        <translation>la base de données d&apos;équipe «&#xa0;%1&#xa0;» sur %2</translation>
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
        <translation>Les capacités sont des nombres d&apos;invités par configuration&#xa0;; laissez une configuration vide si la salle ne peut pas être installée ainsi.</translation>
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
        <translation>Indique si la salle a la lumière du jour (—&#xa0;: inconnu)</translation>
    </message>
    <message>
        <source>The hall this space is a part of, when the hall divides</source>
        <translation>La grande salle dont cette salle fait partie, quand elle est divisible</translation>
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
        <translation>la salle %1</translation>
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
        <translation>%1 accueille %2 personnes en salle de conseil mais seulement %3 en théâtre&#xa0;; une salle de conseil en accueille d&apos;ordinaire moins. La valeur est enregistrée telle que saisie.</translation>
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
        <translation>d&apos;ouvrir la base de données</translation>
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
            <numerusform>Chaque lieu de cette liste accueille %Ln invité.</numerusform>
            <numerusform>Chaque lieu de cette liste accueille les %Ln invités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those in %1 come first.</source>
        <translation>Les lieux situés à %1 apparaissent en premier.</translation>
    </message>
    <message>
        <source>Best fit first: room for the guests without being far too big, the needs met, the rating, an earlier proposal to %1 and how often the venue answers.</source>
        <translation>Le mieux adapté d&apos;abord&#xa0;: de la place pour les invités sans être beaucoup trop grand, les besoins remplis, la note, une proposition antérieure à %1 et la fréquence de réponse du lieu.</translation>
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
        <translation>Recherche dans le carnet de lieux…</translation>
    </message>
    <message>
        <source>No venue in the book seats the guests; add venues to the book first.</source>
        <translation>Aucun lieu du carnet de lieux n&apos;accueille les invités&#xa0;; ajoutez d&apos;abord des lieux au carnet.</translation>
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
        <translation>&amp;Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir «&#xa0;%1&#xa0;»</translation>
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
        <translation>d&apos;ouvrir le lieu</translation>
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
        <translation>d&apos;ajouter le lieu</translation>
    </message>
    <message>
        <source>The database did not return the venue it added.</source>
        <translation>La base de données n&apos;a pas renvoyé le lieu ajouté.</translation>
    </message>
    <message>
        <source>save the venue</source>
        <translation>d&apos;enregistrer le lieu</translation>
    </message>
    <message>
        <source>Someone else saved this venue after you opened it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce lieu après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>delete the venue</source>
        <translation>de supprimer le lieu</translation>
    </message>
    <message>
        <source>restore the venue</source>
        <translation>de restaurer le lieu</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>Le lieu n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 deleted venue(s)</source>
        <translation>
            <numerusform>%1 lieu supprimé</numerusform>
            <numerusform>%1 lieux supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 venue(s)</source>
        <translation>
            <numerusform>%1 lieu</numerusform>
            <numerusform>%1 lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ deleted venues</source>
        <translation>%1+ lieux supprimés</translation>
    </message>
    <message>
        <source>%1+ venues</source>
        <translation>%1+ lieux</translation>
    </message>
    <message>
        <source>about %1 deleted venues</source>
        <translation>environ %1 lieux supprimés</translation>
    </message>
    <message>
        <source>about %1 venues</source>
        <translation>environ %1 lieux</translation>
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
        <translation>d&apos;ajouter le lieu</translation>
    </message>
    <message>
        <source>save the venue</source>
        <translation>d&apos;enregistrer le lieu</translation>
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
