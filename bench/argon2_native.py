#!/usr/bin/env python3
"""libargon2 (the reference C library, Debian's libargon2-1) called in-process through ctypes, at
the vault's default parameters: the peer figure for the Argon2id target (ours >= 0.8x its speed).
Prints: libargon2 argon2id m=65536 t=3 p=4: best X ms, median Y ms (N runs)"""
import ctypes, ctypes.util, statistics, sys, time

name = ctypes.util.find_library("argon2") or "libargon2.so.1"
lib = ctypes.CDLL(name)
lib.argon2id_hash_raw.argtypes = [ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_void_p,
                                  ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t]
m, t, p = 64 * 1024, 3, 4
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
pwd = b"correct horse battery staple"
salt = bytes(16)
out = ctypes.create_string_buffer(32)
times = []
for i in range(runs + 2):
    t0 = time.perf_counter()
    rc = lib.argon2id_hash_raw(t, m, p, pwd, len(pwd), salt, len(salt), out, 32)
    dt = (time.perf_counter() - t0) * 1000
    if rc != 0:
        sys.exit(f"argon2id_hash_raw failed: {rc}")
    if i >= 2:
        times.append(dt)
print(f"libargon2 argon2id m={m} t={t} p={p}: best {min(times):.1f} ms, median {statistics.median(times):.1f} ms ({runs} runs) tag {out.raw[:8].hex()}")
