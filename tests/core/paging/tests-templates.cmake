# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Paging templates: validation, rendering, store; the engine using them against twin and relay.
vortex_add_test(test_paging_templates SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_templates.cpp)
vortex_add_test(test_paging_templates_engine
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_templates_engine.cpp
    LIBS vortex_test_paging_harness TIMEOUT 300)
