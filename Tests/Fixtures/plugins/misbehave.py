#!/usr/bin/env python3
"""A plugin that misbehaves on purpose, for plumb's tests: python3 misbehave.py MODE PLUGIN-ID.

It answers the handshake properly, then on the first check request:
  crash      writes a line to stderr and exits with status 3
  garbage    writes a line that is not JSON
  wrong-id   answers with the wrong request id
  oversized  answers with a 2 MB line
  ignore     never answers (and never exits on its own)
  partial    answers properly: a finding naming each even request's record, an error for each odd one
  old        answers the handshake with protocol version 2
Its pid goes to $PLUMB_FIXTURE_PIDS/<PLUGIN-ID>.pid when that variable is set.
"""
import json
import os
import sys
import time

mode, plugin = sys.argv[1], sys.argv[2]
folder = os.environ.get("PLUMB_FIXTURE_PIDS")
if folder:
    with open(os.path.join(folder, plugin + ".pid"), "w") as handle:
        handle.write("%d\n" % os.getpid())


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


for line in iter(sys.stdin.readline, ""):
    message = json.loads(line)
    if message["type"] == "handshake":
        send({"type": "handshake", "id": message["id"], "protocolVersion": 2 if mode == "old" else 1, "plugin": plugin,
              "version": "0.0.1", "checks": [plugin + ".check"]})
    elif message["type"] == "check":
        if mode == "crash":
            sys.stderr.write("Traceback: boom, the database is gone\n")
            sys.exit(3)
        elif mode == "garbage":
            sys.stdout.write("this is not json at all\n")
            sys.stdout.flush()
        elif mode == "wrong-id":
            send({"type": "result", "id": message["id"] + 7, "results": []})
        elif mode == "oversized":
            results = [{"index": r["index"], "findings": [{"message": "x" * 2_000_000}]} for r in message["requests"]]
            send({"type": "result", "id": message["id"], "results": results})
        elif mode == "partial":
            results = [{"index": r["index"], "error": "cannot read " + r["recordId"]} if r["index"] % 2 else
                       {"index": r["index"], "findings": [{"message": "seen %s on %s" % (r["recordId"], r["asOf"]), "path": "spec.level"}]}
                       for r in message["requests"]]
            send({"type": "result", "id": message["id"], "results": results})
        elif mode == "ignore":
            while True:
                time.sleep(60)
    elif message["type"] == "shutdown":
        break
