# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# `cmake --build build/release --target package` builds a .deb with the four executables, the
# desktop file and a systemd unit for the relay.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/vortex-console.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/vortex-relay.service
        DESTINATION lib/systemd/system)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vortex-alert-console)
set(CPACK_PACKAGE_VENDOR "Vortex IQ")
set(CPACK_PACKAGE_CONTACT "Vortex IQ operations <ops@vortex-iq.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Twilio paging and notification console for Vortex IQ")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
