# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# The paging engine's texts: reply grammar, SMS pages and confirmations, voice script and TwiML.
vortex_add_test(test_paging_replyparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_replyparser.cpp)
vortex_add_test(test_paging_pageformatter
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_pageformatter.cpp)
vortex_add_test(test_paging_voicescript SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_voicescript.cpp
    LIBS vortex_twin_test_support)
