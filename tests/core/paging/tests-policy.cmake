# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Routing and delivery policy: quiet hours, rate caps, sender routing, delivery rules.
vortex_add_test(test_paging_quiethours SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_quiethours.cpp)
vortex_add_test(test_paging_ratecaps SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_ratecaps.cpp)
vortex_add_test(test_paging_senderrouting
                SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_senderrouting.cpp)
vortex_add_test(test_paging_deliveryrules
                SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_deliveryrules.cpp)
