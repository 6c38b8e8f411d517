"""The benchmark's M/M/c queue in SimPy 3, written the way the SimPy documentation writes it.

Usage: python3 mmc_simpy.py LAMBDA MU SERVERS CUSTOMERS REPS SEED
Prints one JSON line: the runs (wall and CPU time, mean wait in queue, events) and the peak RSS.
"""

import json
import random
import resource
import sys
import time

import simpy


def run(lam, mu, servers, customers, seed):
    env = simpy.Environment()
    server = simpy.Resource(env, capacity=servers)
    arrivals = random.Random(seed)
    services = random.Random(seed + 1)
    stats = {"served": 0, "mean_wait": 0.0}

    def customer():
        arrived = env.now
        with server.request() as req:
            yield req
            stats["served"] += 1
            # running mean, as the JavaScript engines keep it
            stats["mean_wait"] += (env.now - arrived - stats["mean_wait"]) / stats["served"]
            yield env.timeout(services.expovariate(mu))

    def source():
        for _ in range(customers):
            yield env.timeout(arrivals.expovariate(lam))
            env.process(customer())

    env.process(source())
    env.run()
    # SimPy numbers every event it schedules; the next number is the count so far
    events = next(env._eid)
    return stats["mean_wait"], stats["served"], events


def main():
    lam, mu = float(sys.argv[1]), float(sys.argv[2])
    servers, customers, reps, seed = (int(x) for x in sys.argv[3:7])
    runs = []
    for _ in range(reps):
        t0 = time.perf_counter()
        c0 = time.process_time()
        mean_wait, served, events = run(lam, mu, servers, customers, seed)
        wall = time.perf_counter() - t0
        cpu = time.process_time() - c0
        runs.append({"wallSeconds": wall, "cpuSeconds": cpu, "meanWait": mean_wait, "served": served, "events": events})
    print(json.dumps({
        "engine": "simpy",
        "version": "SimPy %s, Python %s" % (simpy.__version__, sys.version.split()[0]),
        "runs": runs,
        # ru_maxrss is in KiB on Linux
        "peakRssMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


if __name__ == "__main__":
    main()
