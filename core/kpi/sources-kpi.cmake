# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
target_sources(vortex_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/kpitypes.h
    ${CMAKE_CURRENT_LIST_DIR}/kpidefinitions.h ${CMAKE_CURRENT_LIST_DIR}/kpidefinitions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kpirollup.h ${CMAKE_CURRENT_LIST_DIR}/kpirollup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kpiquery.h ${CMAKE_CURRENT_LIST_DIR}/kpiquery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kpiworker.h ${CMAKE_CURRENT_LIST_DIR}/kpiworker.cpp)
