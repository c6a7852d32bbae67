# An exception raised inside a generator propagates through the consumer.
def numbers():
    for i in range(5):
        if i == 3:
            raise ZeroDivisionError("generator gave up at 3")
        yield i

for n in numbers():
    print("got", n)
