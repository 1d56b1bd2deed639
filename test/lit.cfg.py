# -*- Python -*-  lit configuration for the bpfcc suite.
#
# Features say what this machine offers; a test that needs a missing one is
# UNSUPPORTED, and the reason is printed once at the start of the run:
#   bpf-load    the bpf() syscall loads programs here (bpfcc-load --probe)
#   trampoline  this kernel loads fentry/fexit/lsm programs
#               (bpfcc-load --probe-trampoline)
#   host-btf    /sys/kernel/btf/vmlinux exists
#   vm-5.10     Debian 11's 5.10 kernel boots under qemu (bpfcc-vmtest --probe;
#               fetched through a private apt configuration for bullseye)
#   vm-6.1      Debian's 6.1 kernel boots under qemu (bpfcc-vmtest --probe)
#   vm-6.12     Debian's 6.12 kernel boots under qemu
#   vm-arm64-6.1, vm-arm64-6.12, vm-riscv64-6.12  Debian's arm64 / riscv64
#               kernel boots under qemu (bpfcc-vmtest --arch A --probe): needs
#               qemu-system-arm / -misc, the cross-built static loader
#   cilium-loader  bpfcc-load-cilium is built (bpfcc-load --loader cilium:
#               cilium/ebpf 0.9.1 from golang-github-cilium-ebpf-dev)
#   selftests-6.1  /usr/src/linux-source-6.1.tar.xz is installed
#   cmake, ninja, make, ccache, distcc, distccd, bear, bpftool  the program is installed
import os
import shutil
import subprocess

import lit.formats

config.name = "bpfcc"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".c", ".test", ".s", ".ll"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py.in", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.bpfcc_obj_root, "test")

# Tests see the build's binaries first, then LLVM's test tools.
path = os.pathsep.join([config.bpfcc_bin_dir, config.llvm_tools_dir,
                        config.environment.get("PATH", os.environ.get("PATH", ""))])
config.environment["PATH"] = path
for var in ("HOME", "TMPDIR", "BPFCC_VMTEST_CACHE", "BPFCC_VMTEST_KERNEL_DIR"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
# Tests must not inherit a caller's overrides.
for var in ("BPFCC_CLANG", "BPFCC_PLUGIN", "BPFCC_INCLUDE_DIR"):
    config.environment.pop(var, None)

def tool(name):
    return os.path.join(config.bpfcc_bin_dir, name)

config.substitutions.append(("%bpfcc-dump", tool("bpfcc-dump")))
config.substitutions.append(("%bpfcc-load", tool("bpfcc-load")))
config.substitutions.append(("%bpfcc-vmtest", tool("bpfcc-vmtest")))
config.substitutions.append(("%bpfcc", tool("bpfcc")))
config.substitutions.append(("%clang", config.clang))
config.substitutions.append(("%plugin", config.bpfcc_plugin))
config.substitutions.append(("%bpfcc_include", config.bpfcc_include_dir))
config.substitutions.append(("%srcroot", config.bpfcc_src_root))
config.substitutions.append(("%objroot", config.bpfcc_obj_root))
config.substitutions.append(("%python", config.python))
# Flags the libbpf-style test programs are compiled with.
# Flags the libbpf-style test programs are compiled with: libbpf-dev's
# <bpf/...> headers, <linux/...> UAPI headers, and (host-btf tests only) a
# vmlinux.h dumped from the build machine's BTF into <build>/test/include.
config.substitutions.append(("%bpf_cflags",
    "-g -O2 -target bpf -D__TARGET_ARCH_x86 -I%S/Inputs -I" +
    os.path.join(config.bpfcc_src_root, "test", "include") + " -I" +
    os.path.join(config.bpfcc_obj_root, "test", "include") +
    " -idirafter /usr/include/x86_64-linux-gnu"))

def probe(argv):
    """Run a probe; return (ok, first line of its explanation)."""
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=300, env=config.environment)
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, str(e)
    out = p.stdout.decode(errors="replace").strip().splitlines()
    return p.returncode == 0, (out[-1] if out else "exit %d" % p.returncode)

def feature(name, ok, why):
    if ok:
        config.available_features.add(name)
    else:
        lit_config.note("feature '%s' unavailable: %s" % (name, why))

if os.path.exists(tool("bpfcc-load")):
    ok, why = probe([tool("bpfcc-load"), "--probe"])
    feature("bpf-load", ok, why)
    # fentry/fexit/lsm need BPF trampolines; the 6.18 build host refuses them.
    ok, why = probe([tool("bpfcc-load"), "--probe-trampoline"])
    feature("trampoline", ok, why)
else:
    feature("bpf-load", False, "bpfcc-load not built")
    feature("trampoline", False, "bpfcc-load not built")

feature("host-btf", os.path.exists("/sys/kernel/btf/vmlinux"), "no /sys/kernel/btf/vmlinux")
feature("root", os.geteuid() == 0, "not running as root")

for kver in ("5.10", "6.1", "6.12"):
    if os.environ.get("BPFCC_NO_VM"):
        feature("vm-" + kver, False, "BPFCC_NO_VM is set")
    elif os.path.exists(tool("bpfcc-vmtest")):
        ok, why = probe([tool("bpfcc-vmtest"), "--kernel", kver, "--probe"])
        feature("vm-" + kver, ok, why)
    else:
        feature("vm-" + kver, False, "bpfcc-vmtest not built")

# Other architectures' kernels: the syscall-argument value tests (issue 19).
for arch, kver in (("arm64", "6.1"), ("arm64", "6.12"), ("riscv64", "6.12")):
    name = "vm-%s-%s" % (arch, kver)
    if os.environ.get("BPFCC_NO_VM"):
        feature(name, False, "BPFCC_NO_VM is set")
    elif os.path.exists(tool("bpfcc-vmtest")):
        ok, why = probe([tool("bpfcc-vmtest"), "--arch", arch, "--kernel", kver, "--probe"])
        feature(name, ok, why)
    else:
        feature(name, False, "bpfcc-vmtest not built")
# Flags of the value tests' BPF objects for arch A: user-space headers of A.
for arch in ("arm64", "riscv"):
    config.substitutions.append(("%%values_cflags_%s" % arch,
        "-g -O2 -target bpf -D__TARGET_ARCH_%s -I%%S/Inputs/uapi/%s "
        "-idirafter /usr/include/x86_64-linux-gnu" % (arch, arch)))
config.substitutions.append(("%values_runner", os.path.join(config.bpfcc_obj_root, "test", "bin", "values-runner")))
# The cilium/ebpf loader is built only when Debian's golang-go and
# golang-github-cilium-ebpf-dev are installed (bootstrap.sh installs them).
feature("cilium-loader",
        os.path.exists(os.path.join(os.path.dirname(config.bpfcc_plugin), "bpfcc-load-cilium")),
        "bpfcc-load-cilium not built (needs golang-go and golang-github-cilium-ebpf-dev)")

feature("selftests-6.1", os.path.exists("/usr/src/linux-source-6.1.tar.xz"),
        "linux-source-6.1 is not installed (/usr/src/linux-source-6.1.tar.xz)")

# Build systems and compiler wrappers (test/ecosystem/).
for prog in ("cmake", "ninja", "make", "ccache", "distcc", "distccd", "bear"):
    feature(prog, shutil.which(prog) is not None, prog + " is not installed")
feature("bpftool", shutil.which("bpftool") is not None or os.path.exists("/usr/sbin/bpftool"),
        "bpftool is not installed")
