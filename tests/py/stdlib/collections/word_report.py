# An application-like script: a word-frequency report over a small corpus
# using Counter, namedtuple, OrderedDict, functools and a seeded random sample.
import functools
import random
from collections import Counter, namedtuple, OrderedDict, defaultdict

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""

WordStat = namedtuple('WordStat', 'word count share rank', defaults=[0])
STOP = frozenset('it was the of we to us all had'.split())


@functools.lru_cache(maxsize=None)
def normalise(token):
    return token.strip('.,;:!?').lower()


def tokens(text):
    for line in text.splitlines():
        for raw in line.split():
            word = normalise(raw)
            if word:
                yield word


@functools.total_ordering
class Entry:
    def __init__(self, stat):
        self.stat = stat
    def __eq__(self, other):
        return (self.stat.count, self.stat.word) == (other.stat.count, other.stat.word)
    def __lt__(self, other):
        return (-self.stat.count, self.stat.word) < (-other.stat.count, other.stat.word)


counts = Counter(tokens(TEXT))
total = counts.total()
content = Counter({w: c for w, c in counts.items() if w not in STOP})
stats = [WordStat(w, c, round(c / total, 4)) for w, c in content.items()]
ranked = [e.stat for e in sorted(Entry(s) for s in stats)]
ranked = [s._replace(rank=i + 1) for i, s in enumerate(ranked)]

print('total words:', total, 'distinct:', len(counts), 'content words:', len(content))
print('top overall:', counts.most_common(5))
for s in ranked[:8]:
    print('%2d. %-12s %2d  %.4f' % (s.rank, s.word, s.count, s.share))
print(ranked[0], ranked[0]._asdict())

by_length = defaultdict(list)
for s in ranked:
    by_length[len(s.word)].append(s.word)
lengths = OrderedDict(sorted(by_length.items()))
lengths.move_to_end(min(lengths), last=True)
print('lengths:', list(lengths.items())[:4])

first_letters = Counter(w[0] for w in tokens(TEXT))
print('letters:', first_letters.most_common(4), '+merged:', (first_letters & Counter('wwwiii')).most_common())
total_len = functools.reduce(lambda acc, s: acc + len(s.word) * s.count, ranked, 0)
print('characters in content words:', total_len, normalise.cache_info().hits > 0)

rng = random.Random('report')
sample = rng.sample([s.word for s in ranked], 5)
weights = [s.count for s in ranked]
picks = rng.choices([s.word for s in ranked], weights=weights, k=6)
print('sample:', sample)
print('weighted picks:', picks, Counter(picks).most_common(1))
shuffled = [s.word for s in ranked[:6]]
rng.shuffle(shuffled)
print('shuffled:', shuffled, round(rng.gauss(0, 1), 12), rng.randint(1, 100))
