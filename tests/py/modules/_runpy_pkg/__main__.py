who = ('pkg main', __name__, __package__)
