# find_package(bpfcc CONFIG): build BPF objects with bpfcc inside a normal
# (user-space) CMake project.
#
#   find_package(bpfcc 0.1 CONFIG REQUIRED)
#   bpfcc_add_bpf_object(<name>
#       SOURCES <src>...                 BPF C sources (several: linked with bpftool)
#       [TARGET_KERNEL <X.Y>]            --target-kernel (default: BPFCC_TARGET_KERNEL)
#       [TARGET_BTF <file>]              --target-btf   (default: BPFCC_TARGET_BTF)
#       [VMLINUX_H [VMLINUX_BTF <file>]] generate vmlinux.h (bpftool btf dump) from
#                                        VMLINUX_BTF, else TARGET_BTF, else
#                                        /sys/kernel/btf/vmlinux, as a build step
#       [SKELETON [SKELETON_NAME <n>]]   generate <name>.skel.h (bpftool gen skeleton)
#       [INCLUDE_DIRECTORIES <dir>...] [COMPILE_DEFINITIONS <def>...]
#       [COMPILE_OPTIONS <opt>...] [DEPENDS <file-or-target>...]
#       [OUTPUT <file>])                 default: <current binary dir>/<name>.bpf.o
#
# Gives:
#   target <name>_bpf      builds the object (part of ALL); properties
#                          BPFCC_OBJECT and BPFCC_SKELETON hold the paths
#                          (not <name>: that is left for the user-space
#                          program, whose file would clash with it in Ninja)
#   target <name>_skel     (with SKELETON) INTERFACE library: link it to get
#                          the skeleton's include directory, libbpf, and a
#                          build-order dependency on the header:
#                            target_link_libraries(app PRIVATE <name>_skel)
#                            #include "<name>.skel.h"   // struct <name>_bpf
#   variables <name>_BPF_OBJECT, <name>_SKELETON_HEADER in the caller's scope
#   bpfcc::bpfcc           imported executable
#   BPFCC_EXECUTABLE, BPFCC_INCLUDE_DIR, BPFCC_BPFTOOL
#
# Every compile writes a depfile (-MD), given to the build tool through
# add_custom_command(DEPFILE): editing a header rebuilds the object with the
# Ninja and the Makefile generators. With CMAKE_EXPORT_COMPILE_COMMANDS, the
# BPF compiles are written to <build>/bpfcc_compile_commands.json (CMake does
# not put custom commands in compile_commands.json); bpfcc-check reads both.
cmake_policy(VERSION 3.20)
include(${CMAKE_CURRENT_LIST_DIR}/bpfcc-common.cmake)

if(NOT EXISTS "${BPFCC_EXECUTABLE}")
  set(bpfcc_FOUND FALSE)
  set(bpfcc_NOT_FOUND_MESSAGE "bpfcc not found at ${BPFCC_EXECUTABLE}")
  return()
endif()

if(NOT TARGET bpfcc::bpfcc)
  add_executable(bpfcc::bpfcc IMPORTED)
  set_target_properties(bpfcc::bpfcc PROPERTIES IMPORTED_LOCATION "${BPFCC_EXECUTABLE}")
endif()

find_program(BPFCC_BPFTOOL bpftool PATHS /usr/sbin /sbin
  DOC "bpftool: skeletons, vmlinux.h, linking several BPF sources")

# libbpf for the skeletons' user-space side.
if(NOT TARGET bpfcc::libbpf)
  find_package(PkgConfig QUIET)
  if(PKG_CONFIG_FOUND)
    pkg_check_modules(BPFCC_LIBBPF QUIET IMPORTED_TARGET GLOBAL libbpf)
    if(BPFCC_LIBBPF_FOUND)
      add_library(bpfcc::libbpf ALIAS PkgConfig::BPFCC_LIBBPF)
    endif()
  endif()
endif()

function(_bpfcc_json_string out s)
  string(REPLACE "\\" "\\\\" s "${s}")
  string(REPLACE "\"" "\\\"" s "${s}")
  string(REPLACE "\n" "\\n" s "${s}")
  string(REPLACE "\t" "\\t" s "${s}")
  set(${out} "\"${s}\"" PARENT_SCOPE)
endfunction()

# Called once, at the end of the top-level directory's configure step.
function(_bpfcc_write_compile_commands)
  get_property(entries GLOBAL PROPERTY BPFCC_COMPILE_COMMANDS)
  set(db "${CMAKE_BINARY_DIR}/bpfcc_compile_commands.json")
  list(JOIN entries ",\n" body)
  file(CONFIGURE OUTPUT "${db}" CONTENT "[\n${body}\n]\n" @ONLY)
endfunction()

function(_bpfcc_record_command dir src obj)
  set(args "")
  foreach(a ${ARGN})
    _bpfcc_json_string(j "${a}")
    list(APPEND args "${j}")
  endforeach()
  list(JOIN args ", " args)
  _bpfcc_json_string(d "${dir}")
  _bpfcc_json_string(f "${src}")
  _bpfcc_json_string(o "${obj}")
  set_property(GLOBAL APPEND PROPERTY BPFCC_COMPILE_COMMANDS
    "  {\"directory\": ${d}, \"file\": ${f}, \"output\": ${o}, \"arguments\": [${args}]}")
  get_property(deferred GLOBAL PROPERTY BPFCC_COMPILE_COMMANDS_DEFERRED)
  if(NOT deferred)
    set_property(GLOBAL PROPERTY BPFCC_COMPILE_COMMANDS_DEFERRED TRUE)
    cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL _bpfcc_write_compile_commands)
  endif()
endfunction()

function(bpfcc_add_bpf_object name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "VMLINUX_H;SKELETON"
    "TARGET_KERNEL;TARGET_BTF;VMLINUX_BTF;SKELETON_NAME;OUTPUT"
    "SOURCES;INCLUDE_DIRECTORIES;COMPILE_DEFINITIONS;COMPILE_OPTIONS;DEPENDS")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "bpfcc_add_bpf_object(${name}): unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_SOURCES)
    message(FATAL_ERROR "bpfcc_add_bpf_object(${name}): no SOURCES")
  endif()
  list(LENGTH arg_SOURCES nsources)
  if((arg_SKELETON OR arg_VMLINUX_H OR nsources GREATER 1) AND NOT BPFCC_BPFTOOL)
    message(FATAL_ERROR "bpfcc_add_bpf_object(${name}): bpftool is needed "
      "(SKELETON, VMLINUX_H or several SOURCES) but was not found: set BPFCC_BPFTOOL")
  endif()

  set(work "${CMAKE_CURRENT_BINARY_DIR}/${name}.bpfcc")
  if(arg_OUTPUT)
    get_filename_component(out "${arg_OUTPUT}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  else()
    set(out "${CMAKE_CURRENT_BINARY_DIR}/${name}.bpf.o")
  endif()
  get_filename_component(outdir "${out}" DIRECTORY)
  file(MAKE_DIRECTORY "${work}" "${outdir}")

  _bpfcc_base_flags(flags)
  _bpfcc_target_flags(target "${arg_TARGET_KERNEL}" "${arg_TARGET_BTF}")
  set(depends ${arg_DEPENDS})
  foreach(t ${target})
    if(t MATCHES "^--target-btf=(.*)$")
      list(APPEND depends "${CMAKE_MATCH_1}")
    endif()
  endforeach()

  if(arg_VMLINUX_H)
    if(arg_VMLINUX_BTF)
      get_filename_component(btf "${arg_VMLINUX_BTF}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    elseif(arg_TARGET_BTF)
      get_filename_component(btf "${arg_TARGET_BTF}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    elseif(NOT BPFCC_TARGET_BTF STREQUAL "")
      get_filename_component(btf "${BPFCC_TARGET_BTF}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    else()
      set(btf /sys/kernel/btf/vmlinux)
    endif()
    set(vmlinux_h "${work}/include/vmlinux.h")
    add_custom_command(OUTPUT "${vmlinux_h}"
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${work}/include"
      COMMAND "${BPFCC_BPFTOOL}" btf dump file "${btf}" format c > "${vmlinux_h}.tmp"
      COMMAND "${CMAKE_COMMAND}" -E rename "${vmlinux_h}.tmp" "${vmlinux_h}"
      DEPENDS "${btf}"
      COMMENT "Generating vmlinux.h for ${name} from ${btf}"
      VERBATIM)
    list(APPEND depends "${vmlinux_h}")
    list(APPEND flags "-I${work}/include")
  endif()

  foreach(d ${arg_INCLUDE_DIRECTORIES})
    get_filename_component(d "${d}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND flags "-I${d}")
  endforeach()
  foreach(d ${arg_COMPILE_DEFINITIONS})
    list(APPEND flags "-D${d}")
  endforeach()
  list(APPEND flags ${BPFCC_COMPILE_OPTIONS} ${arg_COMPILE_OPTIONS} ${target})

  set(objects "")
  foreach(src ${arg_SOURCES})
    get_filename_component(src "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    if(nsources EQUAL 1)
      set(obj "${out}")
      set(dep "${work}/${name}.bpf.d")
    else()
      file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${src}")
      string(REGEX REPLACE "[^A-Za-z0-9_.-]" "_" rel "${rel}")
      set(obj "${work}/${rel}.o")
      set(dep "${work}/${rel}.d")
    endif()
    file(RELATIVE_PATH pretty "${CMAKE_BINARY_DIR}" "${obj}")
    set(cmd "${BPFCC_EXECUTABLE}" ${flags} -MD -MF "${dep}" -c "${src}" -o "${obj}")
    add_custom_command(OUTPUT "${obj}"
      COMMAND ${cmd}
      MAIN_DEPENDENCY "${src}"
      DEPENDS ${depends} "${BPFCC_EXECUTABLE}"
      DEPFILE "${dep}"
      WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}"
      COMMENT "Building BPF object ${pretty}"
      VERBATIM COMMAND_EXPAND_LISTS)
    if(CMAKE_EXPORT_COMPILE_COMMANDS)
      _bpfcc_record_command("${CMAKE_CURRENT_BINARY_DIR}" "${src}" "${obj}" ${cmd})
    endif()
    list(APPEND objects "${obj}")
  endforeach()

  if(nsources GREATER 1)
    # Link with libbpf's static linker, then post-process the result for the
    # target kernel like a single compile would have been.
    set(linked "${work}/${name}.linked.o")
    set(post "")
    if(target)
      set(post COMMAND "${BPFCC_EXECUTABLE}" ${target} "${linked}" -o "${out}")
    else()
      set(post COMMAND "${CMAKE_COMMAND}" -E copy "${linked}" "${out}")
    endif()
    add_custom_command(OUTPUT "${out}"
      COMMAND "${BPFCC_BPFTOOL}" gen object "${linked}" ${objects}
      ${post}
      DEPENDS ${objects}
      COMMENT "Linking BPF object ${name}.bpf.o"
      VERBATIM)
  endif()

  set(all_outputs "${out}")
  set(skel "")
  if(arg_SKELETON)
    set(skel "${work}/skel/${name}.skel.h")
    set(skel_args "")
    if(arg_SKELETON_NAME)
      set(skel_args name "${arg_SKELETON_NAME}")
    endif()
    add_custom_command(OUTPUT "${skel}"
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${work}/skel"
      COMMAND "${BPFCC_BPFTOOL}" gen skeleton "${out}" ${skel_args} > "${skel}.tmp"
      COMMAND "${CMAKE_COMMAND}" -E rename "${skel}.tmp" "${skel}"
      DEPENDS "${out}"
      COMMENT "Generating BPF skeleton ${name}.skel.h"
      VERBATIM)
    list(APPEND all_outputs "${skel}")
  endif()

  add_custom_target(${name}_bpf ALL DEPENDS ${all_outputs} SOURCES ${arg_SOURCES})
  set_target_properties(${name}_bpf PROPERTIES BPFCC_OBJECT "${out}" BPFCC_SKELETON "${skel}")

  if(arg_SKELETON)
    add_library(${name}_skel INTERFACE)
    target_include_directories(${name}_skel INTERFACE "${work}/skel")
    if(TARGET bpfcc::libbpf)
      target_link_libraries(${name}_skel INTERFACE bpfcc::libbpf)
    endif()
    add_dependencies(${name}_skel ${name}_bpf)
  endif()

  set(${name}_BPF_OBJECT "${out}" PARENT_SCOPE)
  set(${name}_SKELETON_HEADER "${skel}" PARENT_SCOPE)
endfunction()

set(bpfcc_FOUND TRUE)
