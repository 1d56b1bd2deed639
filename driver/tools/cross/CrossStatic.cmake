# bpfcc_cross_static(<target> <arch> <output> SOURCES <src>... [INCLUDES <dir>...]
#                    [DEFINES <def>...])
#
# A static program for the test VMs of another architecture (bpfcc-vmtest
# --arch arm64|riscv64), linked with libbpf, libelf and zlib of that
# architecture. CMake builds with one C compiler, so these are custom
# commands:
#  - arm64: Debian 12's cross gcc (gcc-aarch64-linux-gnu) and the arm64
#    multiarch libraries (libbpf-dev:arm64, libelf-dev:arm64,
#    zlib1g-dev:arm64; `dpkg --add-architecture arm64`);
#  - riscv64: Debian 12 has no riscv64 port, so Debian 13's static libbpf,
#    libelf, zlib and zstd, unpacked by `bpfcc-vmtest --arch riscv64
#    --fetch` into BPFCC_RISCV64_SYSROOT, linked by clang-19 and ld.lld-19
#    against Debian 12's riscv64 cross glibc (gcc-riscv64-linux-gnu) with
#    driver/tools/cross/trixie-compat.c (what glibc 2.36 lacks).
# Sets <target>_AVAILABLE in the caller's scope; when a piece is missing,
# no target and a STATUS message saying which.

set(BPFCC_CROSS_DIR ${CMAKE_CURRENT_LIST_DIR})
if(DEFINED ENV{BPFCC_VMTEST_CACHE})
  set(_bpfcc_vmtest_cache $ENV{BPFCC_VMTEST_CACHE})
else()
  set(_bpfcc_vmtest_cache $ENV{HOME}/.cache/bpfcc/vmtest)
endif()
set(BPFCC_RISCV64_SYSROOT ${_bpfcc_vmtest_cache}/sysroot-riscv64 CACHE PATH
  "Debian 13 riscv64 libbpf/libelf/zlib/zstd, unpacked by bpfcc-vmtest --arch riscv64 --fetch")
find_program(BPFCC_AARCH64_GCC aarch64-linux-gnu-gcc)
find_program(BPFCC_RISCV64_GCC riscv64-linux-gnu-gcc)
find_program(BPFCC_CLANG19 clang PATHS /usr/lib/llvm-19/bin NO_DEFAULT_PATH)
find_program(BPFCC_LLD19 ld.lld PATHS /usr/lib/llvm-19/bin NO_DEFAULT_PATH)

function(bpfcc_cross_static target arch output)
  cmake_parse_arguments(X "" "" "SOURCES;INCLUDES;DEFINES" ${ARGN})
  set(${target}_AVAILABLE FALSE PARENT_SCOPE)
  set(flags -O2 -g -std=gnu11 -Wall -static)
  foreach(d ${X_DEFINES})
    list(APPEND flags -D${d})
  endforeach()
  foreach(i ${X_INCLUDES})
    list(APPEND flags -I${i})
  endforeach()
  set(sources ${X_SOURCES})
  if(arch STREQUAL "arm64")
    set(libdir /usr/lib/aarch64-linux-gnu)
    if(NOT BPFCC_AARCH64_GCC OR NOT EXISTS ${libdir}/libbpf.a OR NOT EXISTS ${libdir}/libelf.a
       OR NOT EXISTS ${libdir}/libz.a)
      message(STATUS "${target}: not built: needs gcc-aarch64-linux-gnu, libbpf-dev:arm64, "
        "libelf-dev:arm64, zlib1g-dev:arm64 (bootstrap.sh installs them)")
      return()
    endif()
    set(cc ${BPFCC_AARCH64_GCC})
    set(libs -lbpf -lelf -lz)
  elseif(arch STREQUAL "riscv64")
    set(root ${BPFCC_RISCV64_SYSROOT})
    set(libdir ${root}/usr/lib/riscv64-linux-gnu)
    if(NOT BPFCC_CLANG19 OR NOT BPFCC_LLD19 OR NOT BPFCC_RISCV64_GCC
       OR NOT EXISTS ${libdir}/libbpf.a)
      message(STATUS "${target}: not built: needs clang-19, lld-19, gcc-riscv64-linux-gnu and "
        "${libdir}/libbpf.a (bpfcc-vmtest --arch riscv64 --fetch, then cmake again)")
      return()
    endif()
    set(cc ${BPFCC_CLANG19} --target=riscv64-linux-gnu -fuse-ld=lld -Wno-unused-command-line-argument)
    # Debian 13's libbpf headers go with its libbpf.a.
    list(APPEND flags -I${root}/usr/include)
    list(APPEND sources ${BPFCC_CROSS_DIR}/trixie-compat.c)
    set(libs -L${libdir} -lbpf -lelf -lz -lzstd)
  else()
    message(FATAL_ERROR "bpfcc_cross_static: unknown arch ${arch}")
  endif()
  get_filename_component(outdir ${output} DIRECTORY)
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${outdir}
    COMMAND ${cc} ${flags} -o ${output}.tmp ${sources} ${libs}
    COMMAND ${CMAKE_COMMAND} -E rename ${output}.tmp ${output}
    DEPENDS ${sources}
    COMMENT "Linking ${arch} static ${target}"
    VERBATIM)
  add_custom_target(${target} ALL DEPENDS ${output})
  set(${target}_AVAILABLE TRUE PARENT_SCOPE)
endfunction()
