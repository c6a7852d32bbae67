who = ('leaf', __name__, __package__, injected)
