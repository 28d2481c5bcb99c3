# Layers are targets (STYLE 1), and the target graph is the architecture (DESIGN §1). Each library
# of models/ and ui/ names the libraries it uses in target_link_libraries; these checks make sure
# that list is the whole truth:
#
#  - no cycle: no library is among the libraries it links, directly or indirectly (CMake itself
#    allows cycles between static libraries);
#  - includes: every header a source file includes with "..." that belongs to a library belongs to
#    the file's own library or to one it uses (linked directly, or PUBLIC through those);
#  - symbols (VENUEMAP_CHECK_LAYERS): <library>_linkcheck links the library's own object files as
#    a shared library with --no-undefined against only the libraries it names. A static library
#    never reports a missing symbol (the final program finds it somewhere); this link does.
#
# The first two fail at configure time, naming the file and the line; the third fails the build.
# Tests and programs get the include check too (venuemap_check_includes).

option(VENUEMAP_CHECK_LAYERS "Link each library alone to prove it needs only the libraries it names"
       ${VENUEMAP_BUILD_TESTS})

# Registers a library of the layer graph. Call after its target_link_libraries().
function(venuemap_layer target)
    set_property(GLOBAL APPEND PROPERTY VENUEMAP_LAYERS ${target})
endfunction()

# Registers a test or program whose includes are checked (it is no layer: nothing links it).
function(venuemap_check_includes target)
    set_property(GLOBAL APPEND PROPERTY VENUEMAP_LAYER_USERS ${target})
endfunction()

# The layers `target` may use: those it links, and the PUBLIC links of those, and so on (a PRIVATE
# link of a static library reaches consumers only as $<LINK_ONLY:...>: not followed). With
# `property` LINK_LIBRARIES instead: every library it links, directly or indirectly.
function(_venuemap_layers_used target out)
    if(ARGC GREATER 2)
        set(property ${ARGV2})
    else()
        set(property INTERFACE_LINK_LIBRARIES)
    endif()
    get_property(layers GLOBAL PROPERTY VENUEMAP_LAYERS)
    get_target_property(todo ${target} LINK_LIBRARIES)
    set(seen "")
    while(todo)
        list(POP_FRONT todo lib)
        if(NOT lib MATCHES "^venuemap_" OR NOT TARGET ${lib} OR lib IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${lib})
        get_target_property(next ${lib} ${property})
        if(next)
            list(APPEND todo ${next})
        endif()
    endwhile()
    set(used "")
    foreach(lib IN LISTS seen)
        if(lib IN_LIST layers)
            list(APPEND used ${lib})
        endif()
    endforeach()
    set(${out} ${used} PARENT_SCOPE)
endfunction()

# The existing source files of `target`, absolute.
function(_venuemap_source_files target out)
    get_target_property(dir ${target} SOURCE_DIR)
    get_target_property(sources ${target} SOURCES)
    set(files "")
    foreach(src IN LISTS sources)
        if(src MATCHES "^\\$<" OR NOT src MATCHES "\\.(h|cpp)$")
            continue()
        endif()
        cmake_path(ABSOLUTE_PATH src BASE_DIRECTORY ${dir} NORMALIZE OUTPUT_VARIABLE file)
        if(EXISTS ${file})
            list(APPEND files ${file})
        endif()
    endforeach()
    set(${out} ${files} PARENT_SCOPE)
endfunction()

function(_venuemap_check_target_includes target roots)
    _venuemap_layers_used(${target} allowed)
    list(APPEND allowed ${target})
    get_target_property(own_dir ${target} SOURCE_DIR)
    _venuemap_source_files(${target} files)
    foreach(file IN LISTS files)
        get_filename_component(dir ${file} DIRECTORY)
        file(STRINGS ${file} lines REGEX "^#include \"")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
            # Where the compiler finds it: next to the file, then the include roots.
            foreach(root ${dir} ${own_dir} ${roots})
                if(EXISTS ${root}/${header})
                    cmake_path(ABSOLUTE_PATH header BASE_DIRECTORY ${root} NORMALIZE OUTPUT_VARIABLE found)
                    get_property(owner GLOBAL PROPERTY "VENUEMAP_OWNER ${found}")
                    if(owner AND NOT owner IN_LIST allowed)
                        file(RELATIVE_PATH shown ${PROJECT_SOURCE_DIR} ${file})
                        message(FATAL_ERROR "${shown} includes \"${header}\" of ${owner}, but ${target} does not "
                                            "link ${owner}. Link it (if the arrow belongs in DESIGN §1) or move "
                                            "the shared type down a layer.")
                    endif()
                    break()
                endif()
            endforeach()
        endforeach()
    endforeach()
endfunction()

# Runs the checks; call once, after every target exists.
function(venuemap_check_layers)
    get_property(layers GLOBAL PROPERTY VENUEMAP_LAYERS)
    get_property(users GLOBAL PROPERTY VENUEMAP_LAYER_USERS)
    set(roots "")
    foreach(target IN LISTS layers)
        _venuemap_source_files(${target} files)
        foreach(file IN LISTS files)
            set_property(GLOBAL PROPERTY "VENUEMAP_OWNER ${file}" ${target})
        endforeach()
        get_target_property(dirs ${target} INTERFACE_INCLUDE_DIRECTORIES)
        list(APPEND roots ${dirs})
    endforeach()
    list(REMOVE_DUPLICATES roots)

    foreach(target IN LISTS layers)
        get_target_property(direct ${target} LINK_LIBRARIES)
        foreach(lib IN LISTS direct)
            if(lib IN_LIST layers)
                _venuemap_layers_used(${lib} below LINK_LIBRARIES)
                if(target IN_LIST below OR lib STREQUAL target)
                    message(FATAL_ERROR "${target} links ${lib}, which uses ${target}: a cycle. Move what "
                                        "both need into the lower library.")
                endif()
            endif()
        endforeach()
    endforeach()

    foreach(target IN LISTS layers users)
        _venuemap_check_target_includes(${target} "${roots}")
    endforeach()

    if(VENUEMAP_CHECK_LAYERS)
        foreach(target IN LISTS layers)
            # What the library links, plus the object libraries it hands its users (qt_add_resources).
            get_target_property(links ${target} LINK_LIBRARIES)
            get_target_property(interface ${target} INTERFACE_LINK_LIBRARIES)
            foreach(lib IN LISTS interface)
                if(TARGET ${lib})
                    get_target_property(type ${lib} TYPE)
                    if(type STREQUAL "OBJECT_LIBRARY")
                        list(APPEND links ${lib})
                    endif()
                endif()
            endforeach()
            add_library(${target}_linkcheck SHARED $<TARGET_OBJECTS:${target}>)
            target_link_libraries(${target}_linkcheck PRIVATE ${links})
            target_link_options(${target}_linkcheck PRIVATE LINKER:--no-undefined)
            set_target_properties(${target}_linkcheck PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        endforeach()
    endif()
endfunction()
