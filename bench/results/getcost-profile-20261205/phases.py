#!/usr/bin/env python3
"""Groups JFR ExecutionSample events of cold `get` runs by the app phase on the stack (first rule that matches)."""
import json, subprocess, sys, collections
RULES = [  # (phase, substring of a frame "class.method")
    ("jfr itself", "jdk/jfr/"),
    ("KDF (Argon2id)", "Argon2"),
    ("SQLite native library, driver", "SqliteNative"),
    ("SQLite open: connect, pragmas", "SqliteFile.open"),
    ("vault identity, schema check", "SqliteFile.checkIdentity"),
    ("header read, key unwrap (AES-GCM)", "KeyHeader"),
    ("integrity at open", "IntegrityOnRead.atOpen"),
    ("integrity at open", "Integrity."),
    ("seen-vaults memory", "SeenVaults"),
    ("unlock write (tx)", "UnlockRecord.logUnlock"),
    ("unlock: rollback check", "UnlockRecord.compareWithLastSeen"),
    ("use write (tx)", "EntryChanges.recordUse"),
    ("resolve label, share check, decrypt", "EntryRef.resolve"),
    ("output", "GetCommand.printValue"),
    ("close", "KeyService.close"),
    ("other vault open", "Unlocking.open"),
    ("other in get", "GetCommand.call"),
    ("picocli, cli setup", "picocli/"),
    ("cli setup", "dev/apikeep/cli/"),
    ("main", "dev/apikeep/Main"),
    ("JVM/launcher (before Main)", "sun/launcher/"),
]
def frames(ev):
    return [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in ev["values"]["stackTrace"]["frames"]]
count = collections.Counter(); threads = collections.Counter(); total = 0
for path in sys.argv[1:]:
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    for ev in json.loads(out)["recording"]["events"]:
        fs = frames(ev); thread = ev["values"]["sampledThread"]["javaName"]
        threads[thread] += 1
        phase = next((p for p, s in RULES if any(s in f for f in fs)), "other: " + (fs[-1] if fs else "?"))
        if thread != "main" and not phase.startswith("jfr"): phase = "other threads: " + thread
        count[phase] += 1; total += 1
print(f"{total} samples in {len(sys.argv)-1} recordings (1 ms period, Java code only: class loading/JIT in the VM not sampled)")
for p, n in count.most_common(): print(f"{n:6d} {100*n/total:5.1f} %  {p}")
print("threads:", dict(threads))
