# resource: getrusage's struct (fields, types, monotonic times, peak RSS
# growing with an allocation), getrlimit/setrlimit/prlimit round trips and
# the errors for bad arguments.
import resource

print(sorted(n for n in dir(resource) if not n.startswith('_')))
print(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD, resource.RLIM_INFINITY,
      resource.RLIMIT_NOFILE, resource.RLIMIT_STACK, resource.RLIMIT_AS, resource.error is OSError)
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, type(r).__module__, len(r), r.n_fields if hasattr(r, 'n_fields') else None)
print(type(r.ru_utime).__name__, type(r.ru_maxrss).__name__, r[2] == r.ru_maxrss, r.ru_utime >= 0, r.ru_maxrss > 1000)
before = r.ru_maxrss
block = bytearray(64 * 1024 * 1024)
for i in range(0, len(block), 4096):
    block[i] = 1
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(after - before > 50 * 1024)
t = resource.getrusage(resource.RUSAGE_THREAD)
print(len(t), resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime >= 0)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(isinstance(soft, int), soft <= hard or hard == -1)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, 256), hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (min(soft, 256), hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE, (soft, hard)) == (min(soft, 256), hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.getpagesize() in (4096, 16384, 65536))
for call in [lambda: resource.getrusage(5), lambda: resource.getrlimit(99), lambda: resource.getrlimit(-1),
             lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1, 2, 3)),
             lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5),
             lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (10, 5)),
             lambda: resource.getrlimit('x')]:
    try:
        call()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
