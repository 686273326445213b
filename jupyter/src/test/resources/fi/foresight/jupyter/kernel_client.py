"""Drives the Foresight kernel over its real sockets with Jupyter's own client (jupyter_client).

Usage: python3 kernel_client.py KERNEL_NAME REQUESTS.json RESULTS.json
KERNEL_NAME is looked up in the kernelspecs on JUPYTER_PATH. REQUESTS.json is a list of requests:
  {"op": "execute", "code": "..."}                        run a cell
  {"op": "execute", "code": "...", "interrupt_after": 3}  run a cell and interrupt it after 3 s
  {"op": "complete", "code": "...", "cursor": 5}
  {"op": "inspect", "code": "...", "cursor": 5}
RESULTS.json receives, per request, the shell reply's content and the IOPub messages (type and content) that
belong to it. The first line printed is the time from starting the kernel to the first cell's reply, in seconds.
"""
import json
import sys
import time

from jupyter_client.manager import start_new_kernel

TIMEOUT = 300


def collect(kc, msg_id):
    """IOPub messages of one request, up to its idle status."""
    out = []
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["header"]["msg_type"]
        if kind == "status" and msg["content"]["execution_state"] == "idle":
            return out
        if kind != "status":
            out.append({"type": kind, "content": msg["content"]})


def main():
    name, requests_file, results_file = sys.argv[1:4]
    with open(requests_file, encoding="utf-8") as f:
        requests = json.load(f)
    started = time.monotonic()
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT)
    results = []
    try:
        for i, req in enumerate(requests):
            if req["op"] == "execute":
                msg_id = kc.execute(req["code"])
                if "interrupt_after" in req:
                    time.sleep(req["interrupt_after"])
                    km.interrupt_kernel()
            elif req["op"] == "complete":
                msg_id = kc.complete(req["code"], req["cursor"])
            elif req["op"] == "inspect":
                msg_id = kc.inspect(req["code"], req["cursor"])
            else:
                raise ValueError(req["op"])
            reply = kc.get_shell_msg(timeout=TIMEOUT)
            while reply["parent_header"].get("msg_id") != msg_id:
                reply = kc.get_shell_msg(timeout=TIMEOUT)
            if i == 0:
                print("first reply after %.2f s" % (time.monotonic() - started), flush=True)
            iopub = collect(kc, msg_id) if req["op"] == "execute" else []
            results.append({"reply": reply["content"], "iopub": iopub})
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    with open(results_file, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
