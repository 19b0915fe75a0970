"""Turns the JSON lines of tools/bench/pose-vs-tfjs.sh into the markdown table of docs/BENCHMARKS.md.

For each model and configuration: the median inference time over the rounds (each round's value is
the median of its timed runs), its p95, the CPU time of the estimate call, and the speed ratios
against tfjs-wasm and against FP32 on one thread, each computed within one round (same minutes of
the machine) and then the median over the rounds.
"""
import collections
import json
import statistics
import sys


def ratio(xs):
    return f"{statistics.median(xs):.2f}x" if xs else "-"


def main(path):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    java = collections.defaultdict(dict)  # (model, precision, threads) -> round -> data
    tfjs = collections.defaultdict(dict)  # (model, backend) -> round -> data
    for r in rows:
        d = r["data"]
        if r["side"] == "java":
            java[(d["model"], d["precision"], d["threads"])][r["round"]] = d
        else:
            tfjs[(d["model"], d["backend"])][r["round"]] = d
    models = sorted({k[0] for k in java}, key=lambda m: (m != "lightning", m))
    print("| model | runtime | threads | inference median ms | p95 ms | CPU ms (1 thread) | vs tfjs-wasm |"
          " vs FP32 1 thread |")
    print("|---|---|---|---|---|---|---|---|")
    for model in models:
        wasm = tfjs.get((model, "wasm"), {})
        base = java.get((model, "fp32", 1), {})
        for (m, precision, threads), by_round in sorted(java.items(), key=lambda kv: (kv[0][2], kv[0][1])):
            if m != model:
                continue
            med = statistics.median(d["inference_ms_median"] for d in by_round.values())
            p95 = statistics.median(d["inference_ms_p95"] for d in by_round.values())
            cpu = statistics.median(d["estimate_cpu_ms_median"] for d in by_round.values())
            vs_tfjs = [wasm[r]["inference_ms_median"] / d["inference_ms_median"] for r, d in by_round.items() if r in wasm]
            vs_fp32 = [base[r]["inference_ms_median"] / d["inference_ms_median"] for r, d in by_round.items() if r in base]
            cpu_text = f"{cpu:.1f}" if threads == 1 else "-"
            print(f"| {model} | FormCoach {precision.upper()} | {threads} | **{med:.1f}** | {p95:.1f} | {cpu_text} |"
                  f" {ratio(vs_tfjs)} | {ratio(vs_fp32)} |")
        for (m, backend), by_round in sorted(tfjs.items()):
            if m != model:
                continue
            med = statistics.median(d["inference_ms_median"] for d in by_round.values())
            p95 = statistics.median(d["inference_ms_p95"] for d in by_round.values())
            print(f"| {model} | tfjs-{backend} (original) | 1 | {med:.1f} | {p95:.1f} | - | 1.00x |"
                  f" {ratio([base[r]['inference_ms_median'] / d['inference_ms_median'] for r, d in by_round.items() if r in base])} |"
                  if backend == "wasm" else f"| {model} | tfjs-{backend} (original) | 1 | {med:.0f} | {p95:.0f} | - | - | - |")


if __name__ == "__main__":
    main(sys.argv[1])
