# The Debian package (scripts/package): CPack's DEB generator over the install() rules.
# Depends = what dpkg-shlibdeps finds in the binaries + the pieces Qt and QtKeychain load at run
# time, which no ELF header names.

set(VENUEMAP_PACKAGE_MAINTAINER "VenueMap developers <venuemap@example.org>" CACHE STRING
    "Maintainer field of the .deb (name <email>)")

# The metainfo's release entry for this version gives the changelog's date; without one the
# configure step stops, so a version bump cannot forget the release notes.
set(metainfo ${PROJECT_SOURCE_DIR}/resources/org.venuemap.VenueMap.metainfo.xml)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${metainfo})
file(READ ${metainfo} metainfo_text)
string(REPLACE "." "\\." version_regex "${PROJECT_VERSION}")
if(NOT metainfo_text MATCHES "<release version=\"${version_regex}\" date=\"([0-9-]+)\"")
    message(FATAL_ERROR "${metainfo} has no <release version=\"${PROJECT_VERSION}\" date=\"YYYY-MM-DD\"> "
                        "entry: add one for project(VERSION ${PROJECT_VERSION}).")
endif()
set(VENUEMAP_RELEASE_DATE ${CMAKE_MATCH_1})

set(CPACK_PACKAGE_NAME venuemap)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${VENUEMAP_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VENDOR "VenueMap developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "shared venue book and client proposals for event agencies")
set(CPACK_PACKAGE_DESCRIPTION
    "VenueMap keeps an event agency's venues in one shared book (city, capacity,
rooms, facilities, photos, contacts) and a project for each client event with
its shortlist, the outreach to each venue, quotes, caterers and a proposal PDF.
One person works on a local SQLite file; a team shares a PostgreSQL database.
The package holds the desktop application (venuemap) and the command line for
administrators and scripts (venuemapctl).")
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # venuemap_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    # Qt SQL drivers (plugins): QSQLITE for the embedded file, QPSQL for a team server.
    "libqt6sql6-sqlite, libqt6sql6-psql, "
    # QtKeychain dlopen()s libsecret-1.so.0 for the Secret Service (GNOME Keyring, KWallet).
    "libsecret-1-0, "
    # pg_dump/pg_restore: the copy made before migrating a team database, venuemapctl backup/restore.
    "postgresql-client, "
    # The proposal PDF sets its text in DejaVu Sans and DejaVu Serif.
    "fonts-dejavu-core, "
    # Qt's own translations (qtbase_fr.qm, ...): its standard dialogs in the app's language.
    "qt6-translations-l10n")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DEPENDS "${CPACK_DEBIAN_PACKAGE_DEPENDS}")
# The platform plugins: xcb and offscreen ship in libqt6gui6 (from shlibdeps, like libqt6svg6 with
# the SVG plugins); a Wayland session uses qt6-wayland when present and XWayland otherwise.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")

# /usr/share/doc/venuemap: copyright and a Debian changelog, compressed as lintian wants.
set(VENUEMAP_DOC_DIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/${CPACK_PACKAGE_NAME})
set(VENUEMAP_DEB_VERSION ${PROJECT_VERSION})
execute_process(COMMAND date -u -R -d "${VENUEMAP_RELEASE_DATE} 12:00" OUTPUT_VARIABLE VENUEMAP_CHANGELOG_DATE
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/debian/changelog.in ${CMAKE_BINARY_DIR}/packaging/changelog @ONLY)
execute_process(COMMAND gzip -9nc ${CMAKE_BINARY_DIR}/packaging/changelog
                OUTPUT_FILE ${CMAKE_BINARY_DIR}/packaging/changelog.gz COMMAND_ERROR_IS_FATAL ANY)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright ${CMAKE_BINARY_DIR}/packaging/changelog.gz
        DESTINATION ${VENUEMAP_DOC_DIR})

include(CPack)
