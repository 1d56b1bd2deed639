//===- KernelBTF.cpp - the target kernel's BTF, loaded once, lazily -------===//

#include "KernelBTF.h"

#include <bpf/btf.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <linux/btf.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bpfcc {

KernelBTF::KernelBTF(std::string P)
    : Path(P.empty() ? "/sys/kernel/btf/vmlinux" : P), Named(!P.empty()) {}

KernelBTF::~KernelBTF() {
  btf__free(BTF);
  if (DataIsHeap)
    std::free(Data);
  else if (Mapped)
    munmap(Data, Size);
}

// The file is mapped, not read: btf__parse() reads it into one heap buffer
// and btf__new() copies that into another, and on this kind of machine each
// fresh page costs a page fault (5.5 MB of kernel BTF through btf__parse:
// 2,900 faults, 10 ms; mapped and given to btf__new: 1,600, 6 ms; looked up
// through RawBTF, no copy at all). A sysfs file that cannot be mapped (older
// kernels) is read.
bool KernelBTF::map() {
  if (MapTried)
    return Mapped;
  MapTried = true;
  int Fd = open(Path.c_str(), O_RDONLY | O_CLOEXEC);
  if (Fd < 0) {
    Error = Path + ": " + std::strerror(errno);
    return false;
  }
  struct stat St;
  if (fstat(Fd, &St) < 0 || !S_ISREG(St.st_mode)) {
    Error = Path + ": " +
            (S_ISDIR(St.st_mode) ? std::strerror(EISDIR) : "not a regular file");
    close(Fd);
    return false;
  }
  Size = St.st_size;
  Data = Size ? mmap(nullptr, Size, PROT_READ, MAP_PRIVATE, Fd, 0) : MAP_FAILED;
  if (Data == MAP_FAILED) {
    // Read it: sysfs files report a size, and read() returns at most that.
    Data = std::malloc(Size ? Size : 1);
    DataIsHeap = true;
    size_t Got = 0;
    ssize_t N;
    while (Data && Got < Size &&
           ((N = read(Fd, static_cast<char *>(Data) + Got, Size - Got)) > 0 ||
            (N < 0 && errno == EINTR)))
      Got += N > 0 ? N : 0;
    Size = Got;
  }
  close(Fd);
  if (!Data) {
    Error = Path + ": " + std::strerror(ENOMEM);
    return false;
  }
  uint16_t Magic = 0;
  if (Size >= sizeof(Magic))
    std::memcpy(&Magic, Data, sizeof(Magic));
  IsRaw = Magic == BTF_MAGIC;
  Mapped = true;
  return true;
}

const struct btf *KernelBTF::get() {
  if (Tried)
    return BTF;
  Tried = true;
  if (!map())
    return nullptr;
  errno = 0;
  // Raw BTF from the mapping (btf__new copies it); anything else, such as
  // an ELF vmlinux with a .BTF section, through btf__parse().
  struct btf *B = IsRaw ? btf__new(Data, Size) : btf__parse(Path.c_str(), nullptr);
  if (!B) {
    // libbpf >= 1.0 returns NULL and sets errno.
    Error = Path + ": " + std::strerror(errno ? errno : EINVAL);
    return nullptr;
  }
  BTF = B;
  return BTF;
}

const RawBTF *KernelBTF::raw() {
  if (RawTried)
    return Raw.get();
  RawTried = true;
  const void *Bytes = nullptr;
  uint32_t Len = 0;
  if (!map())
    return nullptr;
  if (IsRaw) {
    Bytes = Data;
    Len = Size;
  } else if (const struct btf *B = get()) {
    Bytes = btf__raw_data(B, &Len); // libbpf's own copy; lives with B
  } else {
    return nullptr;
  }
  std::string Why;
  bool NotRaw;
  Raw = RawBTF::fromMemory(Bytes, Len, Why, NotRaw);
  if (!Raw)
    Error = Path + ": " + Why;
  return Raw.get();
}

} // namespace bpfcc
