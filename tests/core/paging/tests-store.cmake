# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
vortex_add_test(test_paging_types SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_types.cpp)
vortex_add_test(test_paging_store SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_store.cpp)
