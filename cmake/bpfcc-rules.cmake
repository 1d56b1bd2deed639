# Rule overrides for bpfcc-toolchain.cmake (CMAKE_USER_MAKE_RULES_OVERRIDE_C):
# CMake gives objects of the "Generic" system the extension .obj.
set(CMAKE_C_OUTPUT_EXTENSION .o)
