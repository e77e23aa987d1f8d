// FreeBSD/CheriBSD numbers the process model uses (FreeBSD sys/sys/*.h, CheriBSD sys/sys/signal.h).
export const SYS: Record<number, string> = {
  1: 'exit', 3: 'read', 4: 'write', 5: 'open', 6: 'close', 10: 'unlink', 20: 'getpid', 24: 'getuid', 25: 'geteuid',
  43: 'getegid', 47: 'getgid', 54: 'ioctl', 58: 'readlink', 73: 'munmap', 74: 'mprotect', 75: 'madvise', 116: 'gettimeofday',
  120: 'readv', 121: 'writev', 136: 'mkdir', 137: 'rmdir', 165: 'sysarch', 194: 'getrlimit', 202: '__sysctl', 232: 'clock_gettime',
  234: 'clock_getres', 240: 'nanosleep', 253: 'issetugid', 326: '__getcwd', 340: 'sigprocmask', 416: 'sigaction', 432: 'thr_self',
  477: 'mmap', 478: 'lseek', 499: 'openat', 503: 'unlinkat', 551: 'fstat', 552: 'fstatat', 554: 'getdirentries', 563: 'getrandom',
  570: '__sysctlbyname', 12: 'chdir', 128: 'rename', 95: 'fsync', 93: 'select', 209: 'poll', 574: '__realpathat', 466: 'rtprio_thread',
  454: '_umtx_op', 433: 'thr_kill', 9: 'link', 13: 'fchdir', 33: 'access', 57: 'symlink', 489: 'faccessat', 495: 'linkat',
  496: 'mkdirat', 500: 'readlinkat', 501: 'renameat', 502: 'symlinkat', 487: 'cpuset_getaffinity', 573: 'sigfastblock', 455: 'thr_new',
};

export const E = {
  EPERM: 1, ENOENT: 2, EINTR: 4, EIO: 5, EBADF: 9, ENOMEM: 12, EACCES: 13, EFAULT: 14, EBUSY: 16, EEXIST: 17, EXDEV: 18,
  ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENFILE: 23, EMFILE: 24, ENOTTY: 25, EFBIG: 27, ENOSPC: 28, ESPIPE: 29, EROFS: 30,
  EMLINK: 31, ERANGE: 34, EAGAIN: 35, ELOOP: 62, ENAMETOOLONG: 63, ENOTEMPTY: 66, ENOSYS: 78, EPROT: 98,
} as const;

export const SIG = { SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 10, SIGSEGV: 11, SIGSYS: 12, SIGPROT: 34 } as const;

export const SIGNAL_TEXT: Record<number, string> = {
  4: 'Illegal instruction', 5: 'Trace/BPT trap', 6: 'Abort trap', 10: 'Bus error', 11: 'Segmentation fault', 12: 'Bad system call',
  34: 'In-address space security exception',
};

/** CheriBSD PROT_CHERI_* si_codes by Morello fault status code. */
export const SIGPROT_CODE: Record<number, [number, string]> = {
  0x28: [2, 'PROT_CHERI_TAG'], 0x29: [3, 'PROT_CHERI_SEALED'], 0x2a: [1, 'PROT_CHERI_BOUNDS'], 0x2b: [5, 'PROT_CHERI_PERM'],
  0x2c: [6, 'PROT_CHERI_STORETAG'],
};

export const O = {
  RDONLY: 0, WRONLY: 1, RDWR: 2, ACCMODE: 3, APPEND: 8, NOFOLLOW: 0x100, CREAT: 0x200, TRUNC: 0x400, EXCL: 0x800, DIRECTORY: 0x20000,
} as const;
export const AT_FDCWD = -100;
/** *at() flags (FreeBSD sys/sys/fcntl.h). */
export const AT_SYMLINK_NOFOLLOW = 0x200;
export const AT_SYMLINK_FOLLOW = 0x400;
export const AT_REMOVEDIR = 0x800;
export const AT_RESOLVE_BENEATH = 0x2000;

export const AT = {
  NULL: 0, PHDR: 3, PHENT: 4, PHNUM: 5, PAGESZ: 6, BASE: 7, FLAGS: 8, ENTRY: 9, EXECPATH: 15, CANARY: 16, CANARYLEN: 17,
  OSRELDATE: 18, NCPUS: 19, PAGESIZES: 20, PAGESIZESLEN: 21, STACKPROT: 23, EHDRFLAGS: 24, HWCAP: 25, HWCAP2: 26, BSDFLAGS: 27,
  ARGC: 28, ARGV: 29, ENVC: 30, ENVV: 31, PS_STRINGS: 32, USRSTACKBASE: 35, USRSTACKLIM: 36,
} as const;

export const TIOCGETA = 0x402c7413;
export const TIOCGWINSZ = 0x40087468;

export const PERMS_USER_CODE = 0x2c177;
export const PERMS_USER_DATA = 0x37175;
export const PERMS_USER_DATA_VMEM = 0x3717d;
export const USER_VA_TOP = 2n ** 48n;
export const USRSTACK = 0x0000fffffffff000;
