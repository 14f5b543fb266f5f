# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
vortex_add_test(test_paging_engine_flows
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_engine_flows.cpp
    LIBS vortex_test_paging_harness TIMEOUT 300)
