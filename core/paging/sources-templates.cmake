# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# Paging templates: SMS, voice and WhatsApp texts the engine uses instead of its built-in ones.
target_sources(vortex_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pagingtemplates.h ${CMAKE_CURRENT_LIST_DIR}/pagingtemplates.cpp)
