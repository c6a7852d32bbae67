import sys
result = (__name__, __package__, __file__.rsplit('/', 1)[-1], sys.argv[0].rsplit('/', 1)[-1])
seen_in_modules = sys.modules.get(__name__) is not None and getattr(sys.modules[__name__], 'result', None) is None
if __name__ == '__main__':
    print('target ran as main')
