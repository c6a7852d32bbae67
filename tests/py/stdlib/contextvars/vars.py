import contextvars

user = contextvars.ContextVar("user")
level = contextvars.ContextVar("level", default=1)
print(user.name, level.get(), level.get(5), user.get("fallback"))
try:
    user.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is user)
tok = user.set("ann")
print(user.get(), tok.var is user, tok.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
tok2 = user.set("bob")
print(user.get(), tok2.old_value)
user.reset(tok2)
print(user.get())
try:
    user.reset(tok2)
except RuntimeError as e:
    print(type(e).__name__, "already used" in str(e))
try:
    level.reset(tok)
except ValueError as e:
    print(type(e).__name__, "different ContextVar" in str(e))
user.reset(tok)
print(user.get("unset again"))

ctx = contextvars.copy_context()
user.set("outer")


def inside(x):
    user.set("inner")
    return user.get(), x, level.get()


print(ctx.run(inside, 42), user.get(), ctx[user], ctx.get(level, "none"))
print(user in ctx, level in ctx, len(ctx), list(ctx.keys()) == [user], list(ctx.values()))
ctx2 = ctx.copy()
print(ctx2 == ctx, ctx2 is ctx, ctx2[user])
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print(type(e).__name__, "already entered" in str(e))
try:
    ctx["x"]
except TypeError as e:
    print(type(e).__name__)
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print(type(e).__name__, e)
fresh = contextvars.Context()
print(len(fresh), fresh.run(user.get, "none here"))
t = user.set("z")
try:
    ctx.run(user.reset, t)
except ValueError as e:
    print(type(e).__name__, "different Context" in str(e))
print(contextvars.ContextVar[int])
