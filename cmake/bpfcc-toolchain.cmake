# CMake toolchain file: every C source of the project becomes a BPF object
# compiled by bpfcc.
#
#   cmake -B build -DCMAKE_TOOLCHAIN_FILE=<prefix>/share/bpfcc/cmake/bpfcc-toolchain.cmake \
#         [-DBPFCC_TARGET_KERNEL=6.1] [-DBPFCC_TARGET_BTF=path/to/vmlinux]
#
# - add_library(x OBJECT a.bpf.c b.bpf.c) gives one BPF object per source
#   ($<TARGET_OBJECTS:x>);
# - add_executable(x a.bpf.c b.bpf.c) links them into one BPF object
#   x.bpf.o with bpftool (libbpf's static linker), as `bpftool gen object`;
# - CMake's compiler checks compile but never link (try_compile builds a
#   static library), so no host linker is involved.
#
# Cache variables (changing them with -D on a later configure takes effect):
#   BPFCC_TARGET_KERNEL   --target-kernel=X.Y for every compile (empty: none)
#   BPFCC_TARGET_BTF      --target-btf=FILE for every compile (empty: none)
#   BPFCC_TARGET_ARCH     __TARGET_ARCH_<arch> (default: the build machine's)
#   BPFCC_MULTIARCH_INCLUDE_DIR  -idirafter for <asm/types.h> (Debian multiarch)
# Initial CMAKE_C_FLAGS: -g -O2 -D__TARGET_ARCH_<arch> -idirafter <multiarch>.
include(${CMAKE_CURRENT_LIST_DIR}/bpfcc-common.cmake)

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR bpf)
set(CMAKE_C_COMPILER "${BPFCC_EXECUTABLE}")
# Compiler checks: compile only; a BPF "program" is never linked by a host
# linker.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
# Cache variables the checks' inner projects must see too.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES
  BPFCC_TARGET_KERNEL BPFCC_TARGET_BTF BPFCC_TARGET_ARCH BPFCC_MULTIARCH_INCLUDE_DIR)

# Never look for libraries or headers of the build machine as if they were
# BPF ones (find_library etc.); programs still use the host's UAPI and libbpf
# headers through the compiler's default include path.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)

_bpfcc_base_flags(_bpfcc_base)
list(JOIN _bpfcc_base " " _bpfcc_base)
set(CMAKE_C_FLAGS_INIT "${_bpfcc_base}")

# bpfcc's own options are part of the compile rule, not of CMAKE_C_FLAGS,
# so that the cache variables can change after the first configure.
_bpfcc_target_flags(_bpfcc_target "" "")
list(JOIN _bpfcc_target " " _bpfcc_target)
set(CMAKE_C_COMPILE_OBJECT
  "<CMAKE_C_COMPILER> <DEFINES> <INCLUDES> <FLAGS> ${_bpfcc_target} -o <OBJECT> -c <SOURCE>")

# Static libraries of BPF objects: llvm-ar of the clang bpfcc drives.
if(NOT CMAKE_AR)
  execute_process(COMMAND "${BPFCC_EXECUTABLE}" -print-prog-name=llvm-ar
    OUTPUT_VARIABLE _bpfcc_ar OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(IS_ABSOLUTE "${_bpfcc_ar}" AND EXISTS "${_bpfcc_ar}")
    set(CMAKE_AR "${_bpfcc_ar}" CACHE FILEPATH "archiver for BPF objects")
  endif()
endif()

# "Executables" are BPF objects linked with bpftool.
find_program(BPFCC_BPFTOOL bpftool PATHS /usr/sbin /sbin DOC "bpftool (links BPF objects)")
if(BPFCC_BPFTOOL)
  # libbpf's linker, then bpfcc's post-processing of the linked object for
  # the target kernel, as for a single compile.
  if(_bpfcc_target STREQUAL "")
    set(CMAKE_C_LINK_EXECUTABLE "${BPFCC_BPFTOOL} gen object <TARGET> <OBJECTS>")
  else()
    set(CMAKE_C_LINK_EXECUTABLE
      "${BPFCC_BPFTOOL} gen object <TARGET>.linked.o <OBJECTS>"
      "<CMAKE_C_COMPILER> ${_bpfcc_target} <TARGET>.linked.o -o <TARGET>")
  endif()
else()
  set(CMAKE_C_LINK_EXECUTABLE
    "${CMAKE_COMMAND} -E echo \"bpfcc-toolchain: bpftool not found: cannot link <TARGET>\""
    "${CMAKE_COMMAND} -E false")
endif()
set(CMAKE_EXECUTABLE_SUFFIX_C ".bpf.o")
set(CMAKE_USER_MAKE_RULES_OVERRIDE_C "${CMAKE_CURRENT_LIST_DIR}/bpfcc-rules.cmake")
