# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
target_sources(vortex_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pagingengine.h ${CMAKE_CURRENT_LIST_DIR}/pagingengine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagingengine_p.h ${CMAKE_CURRENT_LIST_DIR}/pagingescalation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagingoutbox.cpp ${CMAKE_CURRENT_LIST_DIR}/pagingactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagingreplies.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagingservice.h ${CMAKE_CURRENT_LIST_DIR}/pagingservice.cpp)
