// The benchmark's M/M/c queue: 10 servers at 90 % load. bench/mmc_simpy.py takes the
// same numbers on its command line.
export const MMC = { lambda: 9, mu: 1, servers: 10, customers: 200_000, seed: 42 };
