# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
add_library(vortex_test_paging_harness STATIC ${CMAKE_CURRENT_LIST_DIR}/pagingharness.h
    ${CMAKE_CURRENT_LIST_DIR}/pagingharness.cpp)
target_link_libraries(vortex_test_paging_harness PUBLIC vortex_core)
vortex_add_test(test_paging_engine SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_engine.cpp
    LIBS vortex_test_paging_harness TIMEOUT 300)
