# Compiler warnings for every target of ours; -Werror only when PAKN_WERROR is on (CI turns it on).
#   pakn_test_warnings: the flags alone (tests may build QStrings from literals);
#   pakn_warnings: the flags plus Qt's strict string and iterator rules, for product code.
add_library(pakn_test_warnings INTERFACE)
if(MSVC)
  # Windows (packaging/windows, docs/install.md): sources are UTF-8 (Vietnamese text), whatever the code page.
  target_compile_options(pakn_test_warnings INTERFACE /W4 /utf-8 /permissive- $<$<BOOL:${PAKN_WERROR}>:/WX>)
else()
  target_compile_options(pakn_test_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${PAKN_WERROR}>:-Werror>)
endif()

add_library(pakn_warnings INTERFACE)
target_link_libraries(pakn_warnings INTERFACE pakn_test_warnings)
target_compile_definitions(pakn_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_STRICT_ITERATORS)

if(PAKN_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
