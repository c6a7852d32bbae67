initialized = True
