import functools, heapq, random, struct, copy, copyreg
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("merge", lambda: (list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge(["bb", "a"], ["ccc", "d"], key=len)), list(heapq.merge([7, 4, 1], [5, 2], reverse=True))))
t("nlargest", lambda: (heapq.nlargest(2, ["aaa", "b", "cc"], key=len), heapq.nsmallest(3, [5, 1, 4, 1, 5, 9], key=lambda x: -x), heapq.nlargest(10, [1, 2])))
