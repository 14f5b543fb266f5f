# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Vortex Alert Console contributors
# One interface target carries the language level, warnings and Qt macros every target uses.
add_library(vortex_policy INTERFACE)
target_compile_features(vortex_policy INTERFACE cxx_std_20)
target_compile_options(vortex_policy INTERFACE
    -Wall -Wextra -pedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    $<$<BOOL:${VORTEX_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(vortex_policy INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    VORTEX_VERSION="${PROJECT_VERSION}")
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTORCC ON)
