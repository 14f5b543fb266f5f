# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Routing and delivery policy: pure rules, no I/O.
target_sources(vortex_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/quiethours.h ${CMAKE_CURRENT_LIST_DIR}/quiethours.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ratecaps.h ${CMAKE_CURRENT_LIST_DIR}/ratecaps.cpp
    ${CMAKE_CURRENT_LIST_DIR}/senderrouting.h ${CMAKE_CURRENT_LIST_DIR}/senderrouting.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deliveryrules.h ${CMAKE_CURRENT_LIST_DIR}/deliveryrules.cpp)
