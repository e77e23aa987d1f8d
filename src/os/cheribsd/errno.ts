// A system call's failure as the guest sees it: a FreeBSD errno, and the table from the host's
// (Node's) error codes to FreeBSD errnos, so that no host error reaches the guest or the user as a
// host exception.
import { E } from './constants.js';

/** Thrown inside the syscall shim: the call fails with this errno (carry set, x0 = errno). */
export class SysError {
  constructor(readonly errno: number) {}
}

/** Node error code → FreeBSD errno (sys/sys/errno.h). */
const HOST_ERRNO: Readonly<Record<string, number>> = {
  EPERM: E.EPERM, ENOENT: E.ENOENT, EIO: E.EIO, EBADF: E.EBADF, ENOMEM: E.ENOMEM, EACCES: E.EACCES, EBUSY: E.EBUSY,
  EEXIST: E.EEXIST, EXDEV: E.EXDEV, ENOTDIR: E.ENOTDIR, EISDIR: E.EISDIR, EINVAL: E.EINVAL, EMFILE: E.EMFILE,
  ENFILE: E.ENFILE, EFBIG: E.EFBIG, ENOSPC: E.ENOSPC, ESPIPE: E.ESPIPE, EROFS: E.EROFS, EMLINK: E.EMLINK,
  ELOOP: E.ELOOP, ENAMETOOLONG: E.ENAMETOOLONG, ENOTEMPTY: E.ENOTEMPTY, EAGAIN: E.EAGAIN,
};

/** The guest errno for a host exception (EIO for anything without a FreeBSD counterpart). */
export function hostErrno(e: unknown): SysError {
  if (e instanceof SysError) return e;
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  return new SysError(HOST_ERRNO[code] ?? E.EIO);
}

/** Runs a host operation, turning any host exception into the guest's errno. */
export function hostCall<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw hostErrno(e);
  }
}
