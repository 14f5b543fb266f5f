# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# The delivery gateway to Twilio (messages, calls) and the relay (voice scripts).
target_sources(vortex_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/twiliogateway.h
    ${CMAKE_CURRENT_LIST_DIR}/twiliogateway.cpp
    ${CMAKE_CURRENT_LIST_DIR}/twiliogatewaycodec.h
    ${CMAKE_CURRENT_LIST_DIR}/twiliogatewaycodec.cpp)
