"""Compares the keypoints of two runs of a pose model on the same images.

    python3 fidelity.py --name "INT8 vs FP32" CANDIDATE.jsonl REFERENCE.(jsonl|json) [--json OUT]

CANDIDATE is what `formcoach pose --json` prints (one line per image). REFERENCE is either the same
(another precision) or a golden file of the original TensorFlow.js model written by
`reference.mjs golden`. Keypoints are in source-image pixels in both.

Reported, over all images:
- keypoint deviation in % of the image's longer side, over the keypoints the reference sees
  (score >= 0.3, the threshold FormCoach's rules use): median, 95th percentile, maximum;
- score deviation over all keypoints: median, 95th percentile, maximum;
- visibility flips: keypoints on the other side of 0.3 than in the reference;
- person switches: images where the median deviation of the reference's visible keypoints exceeds
  10 % of the side (the model followed someone else, or lost the person).
"""
import argparse
import json
import os
import sys

import numpy as np

VISIBLE = 0.3
SWITCH = 10.0  # % of the side


def load(path):
    with open(path) as f:
        text = f.read()
    images = {}
    if text.lstrip().startswith("{") and '"images"' in text[:2000]:
        doc = json.loads(text)
        for img in doc["images"]:
            images[os.path.basename(img["image"])] = (None, img["keypoints"])
    else:
        for line in text.splitlines():
            if line.strip():
                rec = json.loads(line)
                images[os.path.basename(rec["image"])] = ((rec["width"], rec["height"]), rec["keypoints"])
    return images


def compare(candidate, reference):
    kp, sc, per_image = [], [], []
    flips = 0
    total = 0
    for name, (size, cand) in sorted(candidate.items()):
        if name not in reference:
            continue
        ref_size, ref = reference[name]
        w, h = size or ref_size
        side = max(w, h)
        devs = []
        for c, r in zip(cand, ref):
            assert c["name"] == r["name"], (name, c["name"], r["name"])
            s = abs(c["score"] - r["score"])
            sc.append(s)
            total += 1
            if (c["score"] >= VISIBLE) != (r["score"] >= VISIBLE):
                flips += 1
            if r["score"] >= VISIBLE:
                devs.append(100.0 * np.hypot(c["x"] - r["x"], c["y"] - r["y"]) / side)
        kp.extend(devs)
        per_image.append({"image": name, "visible": len(devs),
                          "median_pct": float(np.median(devs)) if devs else None,
                          "max_pct": float(np.max(devs)) if devs else None,
                          "switch": bool(devs and np.median(devs) > SWITCH)})
    kp, sc = np.array(kp), np.array(sc)
    return {
        "images": len(per_image),
        "keypoints_compared": int(kp.size),
        "kp_median_pct": float(np.median(kp)) if kp.size else None,
        "kp_p95_pct": float(np.percentile(kp, 95)) if kp.size else None,
        "kp_max_pct": float(kp.max()) if kp.size else None,
        "score_median": float(np.median(sc)),
        "score_p95": float(np.percentile(sc, 95)),
        "score_max": float(sc.max()),
        "visibility_flips": flips,
        "keypoints_total": total,
        "person_switches": [p["image"] for p in per_image if p["switch"]],
        "per_image": per_image,
    }


def row(name, r):
    return (f"| {name} | {r['images']} | {r['keypoints_compared']} | {r['kp_median_pct']:.2f} | {r['kp_p95_pct']:.2f} | "
            f"{r['kp_max_pct']:.2f} | {r['score_median']:.3f} | {r['score_p95']:.3f} | {r['score_max']:.3f} | "
            f"{r['visibility_flips']} of {r['keypoints_total']} | {len(r['person_switches'])} |")


HEADER = ("| comparison | images | keypoints | deviation median % | p95 % | max % | score dev. median | p95 | max | "
          "visibility flips at 0.3 | person switches |\n|---|---|---|---|---|---|---|---|---|---|---|")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("candidate")
    parser.add_argument("reference")
    parser.add_argument("--name", default="candidate vs reference")
    parser.add_argument("--json", help="append the full result as one JSON line to this file")
    parser.add_argument("--header", action="store_true", help="print the table header first")
    args = parser.parse_args()
    result = compare(load(args.candidate), load(args.reference))
    if args.header:
        print(HEADER)
    print(row(args.name, result))
    for p in result["per_image"]:
        if p["switch"]:
            print(f"  person switch: {p['image']} (median deviation {p['median_pct']:.1f} % of the side)",
                  file=sys.stderr)
    if args.json:
        with open(args.json, "a") as f:
            f.write(json.dumps({"name": args.name, **result}) + "\n")


if __name__ == "__main__":
    main()
