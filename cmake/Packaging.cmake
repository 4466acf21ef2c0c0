# Installation layout and the .deb package (CPack).
set(VINHDANH_APP_ID vn.vinhdanh.VinhDanh)

install(FILES resources/linux/vinhdanh.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/linux/${VINHDANH_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/vinhdanh.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES resources/icons/hicolor/${size}x${size}/vinhdanh.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES docs/man/vinhdanh-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME vinhdanh)
set(CPACK_PACKAGE_VENDOR "VinhDanh")
set(CPACK_PACKAGE_CONTACT "VinhDanh maintainers <vinhdanh@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Hồ sơ biểu dương Lao động giỏi, Lao động sáng tạo (honours conference dossiers)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time as plugins or data, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libqt6charts6, qt6-qpa-plugins | libqt6gui6, fonts-liberation2")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, poppler-utils")
include(CPack)
