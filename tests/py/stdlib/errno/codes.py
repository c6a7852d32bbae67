import errno
import os

for name in ["EPERM", "ENOENT", "EINTR", "EAGAIN", "EWOULDBLOCK", "EEXIST", "ENOTDIR",
             "EISDIR", "EINVAL", "ENOSPC", "EPIPE", "EDEADLK", "EDEADLOCK", "ENOTSUP",
             "EOPNOTSUPP", "ETIMEDOUT", "ECONNREFUSED", "EHWPOISON"]:
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value])
print(len(errno.errorcode), sorted(errno.errorcode)[:5], max(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith("E")) == sorted(
    n for n in vars(errno) if n.startswith("E") and isinstance(getattr(errno, n), int)))
try:
    os.stat("/no/such/path/here")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
try:
    open("/")
except OSError as e:
    print(errno.errorcode[e.errno], type(e).__name__)
