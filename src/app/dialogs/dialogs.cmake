# SPDX-License-Identifier: MIT
# The dialogs and editors of the application; included by src/app/CMakeLists.txt,
# which adds this list to mostrador_app_lib.
#
# Forms live in ui/ and AUTOUIC finds them through CMAKE_AUTOUIC_SEARCH_PATHS from the
# `#include "ui_*.h"` lines (and regenerates them when a form changes). They are NOT
# listed as sources: CMake 3.25 with Ninja then declares every form's header as a
# byproduct of every autogen target of the directory at one shared path
# (src/app/ui/ui_*.h), and ninja refuses the build ("multiple rules generate").
set(MOSTRADOR_DIALOG_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/customer_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/customer_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/dialog_support.cpp ${CMAKE_CURRENT_LIST_DIR}/dialog_support.h
    ${CMAKE_CURRENT_LIST_DIR}/editor_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/editor_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/export_table.cpp ${CMAKE_CURRENT_LIST_DIR}/export_table.h
    ${CMAKE_CURRENT_LIST_DIR}/import_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/import_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/price_lists_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/price_lists_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/price_lists_dialog_rules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/price_rule_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/price_rule_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/price_rule_source.cpp ${CMAKE_CURRENT_LIST_DIR}/price_rule_source.h
    ${CMAKE_CURRENT_LIST_DIR}/product_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/product_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/settings_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/settings_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/settings_dialog_save.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stock_adjust_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/stock_adjust_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/users_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/users_dialog.h
)
