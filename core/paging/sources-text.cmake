# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# The paging engine's texts: reply parser, SMS pages and confirmations, the call's voice script,
# per-recipient translations.
target_sources(vortex_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pagingtext.h ${CMAKE_CURRENT_LIST_DIR}/pagingtext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/replyparser.h ${CMAKE_CURRENT_LIST_DIR}/replyparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pageformatter.h ${CMAKE_CURRENT_LIST_DIR}/pageformatter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagevoice.h ${CMAKE_CURRENT_LIST_DIR}/pagevoice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/voicescript.cpp)
