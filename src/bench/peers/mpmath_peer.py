"""Peer timings for `npm run bench` with mpmath (pure-Python backend unless gmpy2 is installed).
Reads one JSON request per line on stdin: {"op": "sigmoid", "digits": D, "h": "..."} or
{"op": "loss", "digits": D, "n": N}; answers one JSON line {"us": microseconds per op, "value": "..."}."""
import json
import sys
import time

import mpmath
from mpmath import mp


def per_op(fn, budget=0.3):
    fn()
    n, start = 0, time.perf_counter()
    while True:
        fn()
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= budget:
            return 1e6 * elapsed / n


def sigmoid(req):
    mp.dps = req["digits"]
    h = mp.mpf(req["h"])
    out = {}
    us = per_op(lambda: out.__setitem__("v", 1 / (1 + mp.exp(-h))))
    return {"us": us, "value": mpmath.nstr(out["v"], req["digits"] - 5, strip_zeros=False)}


def loss(req):
    # squared loss and its gradient for d = 1, x_i = 1 + i/n, t_i = i/(n+1), at w = 2/5
    mp.dps = req["digits"]
    n = req["n"]
    xs = [1 + mp.mpf(i) / n for i in range(n)]
    ts = [mp.mpf(i) / (n + 1) for i in range(n)]
    w = mp.mpf(2) / 5
    out = {}

    def run():
        total, grad = mp.mpf(0), mp.mpf(0)
        for x, t in zip(xs, ts):
            s = 1 / (1 + mp.exp(-w * x))
            r = s - t
            total += r * r / 2
            grad += r * s * (1 - s) * x
        out["v"] = total

    us = per_op(run)
    return {"us": us / n, "value": mpmath.nstr(out["v"], 30)}


for line in sys.stdin:
    req = json.loads(line)
    res = sigmoid(req) if req["op"] == "sigmoid" else loss(req)
    res["backend"] = mpmath.libmp.BACKEND
    print(json.dumps(res), flush=True)
