# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Paging engine flows against real parts, one target per theme; engineflowsupport.h has the
# helpers they share.
vortex_add_test(test_paging_engine_flows_calls
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/engineflowsupport.h
            ${CMAKE_CURRENT_LIST_DIR}/test_paging_engine_flows_calls.cpp
    LIBS vortex_test_paging_harness TIMEOUT 300)
vortex_add_test(test_paging_engine_flows_failures
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/engineflowsupport.h
            ${CMAKE_CURRENT_LIST_DIR}/test_paging_engine_flows_failures.cpp
    LIBS vortex_test_paging_harness TIMEOUT 300)
vortex_add_test(test_paging_engine_flows_replies
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/engineflowsupport.h
            ${CMAKE_CURRENT_LIST_DIR}/test_paging_engine_flows_replies.cpp
    LIBS vortex_test_paging_harness TIMEOUT 300)
