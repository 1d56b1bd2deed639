# Shared by bpfcc-toolchain.cmake and bpfccConfig.cmake: where bpfcc is, and
# the flags every libbpf-style BPF program on this host needs.
#
# Everything is found relative to this file (<prefix>/share/bpfcc/cmake/), so
# a prefix that was copied or moved keeps working.
include_guard(GLOBAL)

get_filename_component(BPFCC_PREFIX "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(BPFCC_EXECUTABLE "${BPFCC_PREFIX}/bin/bpfcc")
set(BPFCC_INCLUDE_DIR "${BPFCC_PREFIX}/include")

# __TARGET_ARCH_<arch> selects libbpf's PT_REGS_* and syscall wrapper layout
# (bpf_tracing.h): the architecture of the kernel the programs run on, by
# default the build machine's.
function(_bpfcc_kernel_arch out processor)
  string(TOLOWER "${processor}" p)
  if(p MATCHES "^(x86_64|amd64|i.86)$")
    set(a x86)
  elseif(p MATCHES "^(aarch64|arm64)$")
    set(a arm64)
  elseif(p MATCHES "^arm")
    set(a arm)
  elseif(p MATCHES "^s390")
    set(a s390)
  elseif(p MATCHES "^(ppc|powerpc)")
    set(a powerpc)
  elseif(p MATCHES "^riscv")
    set(a riscv)
  elseif(p MATCHES "^loongarch")
    set(a loongarch)
  elseif(p MATCHES "^mips")
    set(a mips)
  else()
    set(a "")
  endif()
  set(${out} "${a}" PARENT_SCOPE)
endfunction()

# <linux/bpf.h> includes <asm/types.h>, which Debian keeps in the host's
# multiarch directory; -target bpf does not search it.
function(_bpfcc_multiarch_include out)
  set(dir "")
  execute_process(COMMAND dpkg-architecture -qDEB_HOST_MULTIARCH
    OUTPUT_VARIABLE ma OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR ma STREQUAL "")
    set(ma "${CMAKE_HOST_SYSTEM_PROCESSOR}-linux-gnu")
  endif()
  if(EXISTS "/usr/include/${ma}/asm/types.h")
    set(dir "/usr/include/${ma}")
  endif()
  set(${out} "${dir}" PARENT_SCOPE)
endfunction()

if(NOT DEFINED BPFCC_TARGET_ARCH)
  _bpfcc_kernel_arch(_bpfcc_arch "${CMAKE_HOST_SYSTEM_PROCESSOR}")
  set(BPFCC_TARGET_ARCH "${_bpfcc_arch}" CACHE STRING
    "__TARGET_ARCH_<arch> for libbpf's bpf_tracing.h (x86, arm64, s390, ...; empty: none)")
endif()
if(NOT DEFINED BPFCC_MULTIARCH_INCLUDE_DIR)
  _bpfcc_multiarch_include(_bpfcc_ma)
  set(BPFCC_MULTIARCH_INCLUDE_DIR "${_bpfcc_ma}" CACHE PATH
    "host directory with <asm/types.h>, searched last (-idirafter); empty: none")
endif()
set(BPFCC_TARGET_KERNEL "" CACHE STRING
  "oldest kernel the BPF objects must load on (bpfcc --target-kernel=X.Y); empty: none")
set(BPFCC_TARGET_BTF "" CACHE FILEPATH
  "kernel BTF bpfcc checks against (bpfcc --target-btf=FILE); empty: /sys/kernel/btf/vmlinux")

# The flags every BPF compile gets, as a list.
function(_bpfcc_base_flags out)
  set(f -g -O2)
  if(BPFCC_TARGET_ARCH)
    list(APPEND f -D__TARGET_ARCH_${BPFCC_TARGET_ARCH})
  endif()
  if(BPFCC_MULTIARCH_INCLUDE_DIR)
    list(APPEND f -idirafter ${BPFCC_MULTIARCH_INCLUDE_DIR})
  endif()
  set(${out} ${f} PARENT_SCOPE)
endfunction()

# --target-kernel / --target-btf from arguments, else from the cache.
function(_bpfcc_target_flags out kernel btf)
  set(f "")
  if(kernel STREQUAL "")
    set(kernel "${BPFCC_TARGET_KERNEL}")
  endif()
  if(btf STREQUAL "")
    set(btf "${BPFCC_TARGET_BTF}")
  endif()
  if(NOT kernel STREQUAL "")
    list(APPEND f "--target-kernel=${kernel}")
  endif()
  if(NOT btf STREQUAL "")
    get_filename_component(btf "${btf}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND f "--target-btf=${btf}")
  endif()
  set(${out} ${f} PARENT_SCOPE)
endfunction()
