# The layers of DESIGN.md §3 are enforced here: each layer may link only the Qt modules and layers listed.
# pakn_check_layer(<target> ALLOWED <Qt6::X>...) fails the configure step when the target links anything else
# from Qt, so core/ can never pick up Gui or Widgets by accident (directly or through another of our libraries).
function(pakn_check_layer target)
  cmake_parse_arguments(ARG "" "" "ALLOWED" ${ARGN})
  get_target_property(libs ${target} LINK_LIBRARIES)
  foreach(lib IN LISTS libs)
    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
    if(lib MATCHES "^(Qt6::|pakn_)" AND NOT lib IN_LIST ARG_ALLOWED AND NOT lib MATCHES "^pakn_(test_)?warnings$")
      message(FATAL_ERROR "Layering: ${target} may not link ${lib} (allowed: ${ARG_ALLOWED})")
    endif()
  endforeach()
endfunction()
