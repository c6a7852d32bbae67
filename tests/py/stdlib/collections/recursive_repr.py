# Recursive reprs of the collections types.
from collections import OrderedDict, ChainMap, UserDict, UserList, Counter
od = OrderedDict(); od['x'] = od; print(repr(od))
cm = ChainMap({}); cm['me'] = cm; print(repr(cm))
ud = UserDict(); ud['me'] = ud; print(repr(ud))
ul = UserList(); ul.append(ul); print(repr(ul))
