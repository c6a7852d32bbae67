# gi_frame of a generator that is not running is a frame object (a snapshot:
# its line and locals when read), at the def line before it starts, None
# once finished; f_back is None.
def framed(a):
    b = a * 2
    yield b
    c = b + 1
    yield c


fg = framed(5)
print("created", fg.gi_frame.f_lineno, fg.gi_frame.f_locals, fg.gi_frame.f_code.co_name, fg.gi_frame.f_back)
next(fg)
print("first", fg.gi_frame.f_lineno, sorted(fg.gi_frame.f_locals.items()))
next(fg)
print("second", fg.gi_frame.f_lineno, sorted(fg.gi_frame.f_locals.items()))
print("done", list(fg), fg.gi_frame)
