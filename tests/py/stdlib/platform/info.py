import platform, sys
print(platform.system(), platform.machine(), platform.release() != "", platform.node() != "")
print(platform.python_version(), platform.python_version_tuple(), platform.architecture(), platform.libc_ver())
# The kernel release differs between machines: check the strings' shape
# against os.uname() instead of printing them.
import os
un = os.uname()
p, t = platform.platform(), platform.platform(terse=True)
print(p == f"{un.sysname}-{un.release}-{un.machine}-with-{'-'.join(platform.libc_ver())}".replace("-with-glibc-", "-with-glibc"), p.startswith(t), t.count("-"))
u = platform.uname()
print(u.system, u.machine, len(tuple(u)), u[0], u.processor, platform.processor() in ('', 'x86_64'))
print(platform.python_implementation() in ("CPython", "Pyrite"), platform.freedesktop_os_release()["ID"])
print(platform.version() == u.version, u == platform.uname())
print(type(un).__name__, type(un).__module__, len(un), un.sysname, un.machine, un == tuple(un), un[1] == un.nodename)
print(repr(un).startswith("posix.uname_result(sysname='Linux', nodename="), un.release == platform.release(), un.version == platform.version())
print(platform.uname()[:5] == tuple(un)[:2] + tuple(un)[2:5])
