"""Sums a libtorch profile (Chrome trace written by `formcoach bench pose --profile OUT.json`) per
operator: total self time, calls and share, so the slow operators of a model stand out.

    python3 tools/bench/profile-summary.py OUT.json [--iterations N] [--top 25]

Self time: an operator's time minus that of the operators it called (e.g. aten::conv2d calls
aten::_convolution, which calls the kernel aten::mkldnn_convolution or quantized::conv2d). On a busy
machine a few calls are stretched by preemption, so each operator's time per frame is reported as the
median over the frames (sum of its calls in each frame) next to the mean.
"""
import argparse
import collections
import json


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trace")
    parser.add_argument("--iterations", type=int, default=1, help="timed runs in the trace (per-frame numbers)")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    with open(args.trace) as f:
        doc = json.load(f)
    events = doc["traceEvents"] if isinstance(doc, dict) else doc
    ops = [e for e in events if e.get("ph") == "X" and "dur" in e]
    by_thread = collections.defaultdict(list)
    for e in ops:
        by_thread[(e.get("pid"), e.get("tid"))].append(e)
    self_time = collections.Counter()
    calls = collections.Counter()
    # frame boundaries: the top-level "forward" calls of the model, one per frame
    per_frame = collections.defaultdict(collections.Counter)
    for evs in by_thread.values():
        evs.sort(key=lambda e: (e["ts"], -e["dur"]))
        stack = []
        frame = -1
        for e in evs:
            while stack and stack[-1]["ts"] + stack[-1]["dur"] <= e["ts"]:
                stack.pop()
            if not stack:
                frame += 1
            if stack:
                self_time[stack[-1]["name"]] -= e["dur"]
                per_frame[stack[-1]["name"]][frame] -= e["dur"]
            self_time[e["name"]] += e["dur"]
            per_frame[e["name"]][frame] += e["dur"]
            calls[e["name"]] += 1
            stack.append(e)
    n = max(1, args.iterations)
    frames = max(1, len({f for c in per_frame.values() for f in c}))

    def median_ms(name):
        values = sorted(per_frame[name].values()) + [0] * (frames - len(per_frame[name]))
        values.sort()
        return values[len(values) // 2] / 1000

    total = sum(v for v in self_time.values())
    medians = {name: median_ms(name) for name in self_time}
    total_median = sum(medians.values())
    print(f"{'operator':45s} {'median ms/frame':>15s} {'share':>6s} {'mean ms/frame':>13s} {'calls/frame':>11s}")
    for name, med in sorted(medians.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"{name[:45]:45s} {med:15.3f} {100 * med / total_median:5.1f}% {self_time[name] / 1000 / n:13.3f}"
              f" {calls[name] / n:11.1f}")
    print(f"{'total':45s} {total_median:15.3f} {'':6s} {total / 1000 / n:13.3f}")


if __name__ == "__main__":
    main()
