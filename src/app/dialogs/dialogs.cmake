# SPDX-License-Identifier: MIT
# The dialogs and editors of the application; included by src/app/CMakeLists.txt,
# which adds this list to mostrador_app_lib. Forms live in ui/ (AUTOUIC search path).
set(MOSTRADOR_DIALOG_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/customer_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/customer_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/export_table.cpp ${CMAKE_CURRENT_LIST_DIR}/export_table.h
    ${CMAKE_CURRENT_LIST_DIR}/import_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/import_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/product_editor.cpp ${CMAKE_CURRENT_LIST_DIR}/product_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/settings_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/settings_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/stock_adjust_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/stock_adjust_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/users_dialog.cpp ${CMAKE_CURRENT_LIST_DIR}/users_dialog.h
)
