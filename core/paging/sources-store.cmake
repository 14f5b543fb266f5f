# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Paging domain types, their JSON/config format and the SQLite store.
target_sources(vortex_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pagingtypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagingjson.h
    ${CMAKE_CURRENT_LIST_DIR}/pagingjson_p.h
    ${CMAKE_CURRENT_LIST_DIR}/pagingjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagingjson_records.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlitepagingstore.h
    ${CMAKE_CURRENT_LIST_DIR}/sqlitepagingstore_p.h
    ${CMAKE_CURRENT_LIST_DIR}/sqlitepagingstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlitepagingstore_schema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlitepagingstore_incidents.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlitepagingstore_outbox.cpp)
