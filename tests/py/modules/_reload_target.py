counter = globals().get('counter', 0) + 1
kept = globals().get('kept', 'first run')
