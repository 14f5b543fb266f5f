# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# TwilioGateway against the in-process twin (and relay) over loopback.
vortex_add_test(test_paging_twiliogateway
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_paging_twiliogateway.cpp
    LIBS vortex_twin_test_support)
