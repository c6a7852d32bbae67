# A path finder: Dijkstra and A* on a grid with heapq.
import heapq
from collections import deque

W, H = 40, 25
grid = []
x = 7
for r in range(H):
    row = []
    for c in range(W):
        x = (x * 69069 + 1) % 2**32
        row.append('#' if (x >> 16) % 100 < 22 and (r, c) not in ((0, 0), (H - 1, W - 1)) else '.')
    grid.append(row)
cost = [[1 + ((r * 7 + c * 13) % 5) for c in range(W)] for r in range(H)]

def neighbours(r, c):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] == '.':
            yield nr, nc

def dijkstra(start, goal):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    pops = 0
    while heap:
        d, node = heapq.heappop(heap)
        pops += 1
        if node == goal:
            break
        if d > dist[node]:
            continue
        for nb in neighbours(*node):
            nd = d + cost[nb[0]][nb[1]]
            if nd < dist.get(nb, 1 << 60):
                dist[nb] = nd
                prev[nb] = node
                heapq.heappush(heap, (nd, nb))
    if goal not in dist:
        return None, pops
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return (dist[goal], path[::-1]), pops

def astar(start, goal):
    h = lambda n: abs(n[0] - goal[0]) + abs(n[1] - goal[1])
    g = {start: 0}
    heap = [(h(start), 0, start)]
    seen = set()
    while heap:
        f, gs, node = heapq.heappop(heap)
        if node == goal:
            return gs, len(seen)
        if node in seen:
            continue
        seen.add(node)
        for nb in neighbours(*node):
            ng = gs + cost[nb[0]][nb[1]]
            if ng < g.get(nb, 1 << 60):
                g[nb] = ng
                heapq.heappush(heap, (ng + h(nb), ng, nb))
    return None, len(seen)

def bfs(start, goal):
    q = deque([start])
    steps = {start: 0}
    while q:
        n = q.popleft()
        for nb in neighbours(*n):
            if nb not in steps:
                steps[nb] = steps[n] + 1
                q.append(nb)
    return steps.get(goal)

res, pops = dijkstra((0, 0), (H - 1, W - 1))
print("dijkstra", res[0] if res else None, len(res[1]) if res else 0, pops)
print("astar", astar((0, 0), (H - 1, W - 1)))
print("bfs steps", bfs((0, 0), (H - 1, W - 1)))
if res:
    for r, c in res[1]:
        grid[r][c] = '*'
print("\n".join("".join(row) for row in grid[:6]))
print(heapq.nsmallest(3, [(cost[r][c], r, c) for r in range(3) for c in range(5)]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), heapq.nlargest(2, range(10), key=lambda v: v % 4))
