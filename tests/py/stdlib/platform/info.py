import platform, sys
print(platform.system(), platform.machine(), platform.release() != "", platform.node() != "")
print(platform.python_version(), platform.python_version_tuple(), platform.architecture(), platform.libc_ver())
print(platform.platform(), platform.platform(terse=True))
u = platform.uname()
print(u.system, u.machine, len(tuple(u)), u[0], u.processor, platform.processor() in ('', 'x86_64'))
print(platform.python_implementation() in ("CPython", "Pyrite"), platform.freedesktop_os_release()["ID"])
print(platform.version() == u.version, u == platform.uname())
