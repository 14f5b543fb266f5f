# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vortex-alert-console)
set(CPACK_PACKAGE_VENDOR "Vortex IQ")
set(CPACK_PACKAGE_CONTACT "ops@vortex-iq.invalid")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
