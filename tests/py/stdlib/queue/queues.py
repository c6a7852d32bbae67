import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.get(), q.get_nowait(), q.get())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(block=False)
except queue.Empty:
    print("Empty again")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
try:
    b.put("c", block=False)
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")

lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

t = queue.Queue()
t.put(1)
t.put(2)
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
t.join()
print("joined", t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print(type(e).__name__, e)

s = queue.SimpleQueue()
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
print(queue.Queue[int], issubclass(queue.Empty, Exception), q.maxsize, b.maxsize)
print(sorted(queue.__all__))
