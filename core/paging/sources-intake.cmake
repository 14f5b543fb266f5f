# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Incident intake: the request format and its HMAC signature (used by the relay and vortexctl).
target_sources(vortex_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/intakerequest.h ${CMAKE_CURRENT_LIST_DIR}/intakerequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/intakesignature.h ${CMAKE_CURRENT_LIST_DIR}/intakesignature.cpp)
