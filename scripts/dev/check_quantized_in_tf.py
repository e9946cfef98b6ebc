"""Run tflite-gate's quantized files in TF's own tf.lite.Interpreter (dev check; results go to docs/measurements.md).

    npm run build
    /work/main/.venv-ref/bin/python scripts/dev/check_quantized_in_tf.py

For each model of fixtures/quantize it converts with `node dist/cli.js convert --quantize=int8|dynamic` (our
calibration on the fixture's calibration samples), runs our file and TF's own file in tf.lite.Interpreter (the
builtin reference kernels, no XNNPACK) on the test inputs, and prints each one's max |error| vs Keras (from
reference.json) and, for mnist, top-1 accuracy on the 2,000 test digits. Exit 1 if one of our files does not
load or run, or its error exceeds 2x TF's file's.

    .venv-ref/bin/python scripts/dev/check_quantized_in_tf.py --eval X.eval.npz --keras X.keras.npy A.tflite [B.tflite ...]

runs the given files on the samples of X.eval.npz (x, optional labels y) and prints one JSON line per file:
{"file", "ok", "max", "mean" (|output - Keras| against X.keras.npy), "top1" (with labels)} or {"file", "ok": false,
"error"} (used by `npm run bench:quantize`).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import warnings

import numpy as np
import tensorflow as tf

warnings.filterwarnings("ignore")
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DIR = os.path.join(ROOT, "fixtures", "quantize")


def run(path, x):
    interp = tf.lite.Interpreter(model_path=path, experimental_op_resolver_type=tf.lite.experimental.OpResolverType.BUILTIN_REF)
    interp.allocate_tensors()
    inp, out = interp.get_input_details()[0], interp.get_output_details()[0]
    rows = []
    for i in range(len(x)):
        sample = x[i : i + 1].astype(np.float32)
        if inp["dtype"] != np.float32:
            scale, zp = inp["quantization"]
            info = np.iinfo(inp["dtype"])
            sample = np.clip(np.round(sample / scale) + zp, info.min, info.max).astype(inp["dtype"])
        interp.set_tensor(inp["index"], sample)
        interp.invoke()
        y = interp.get_tensor(out["index"])[0]
        if out["dtype"] != np.float32:
            scale, zp = out["quantization"]
            y = np.float32(scale) * (y.astype(np.float32) - np.float32(zp))
        rows.append(np.asarray(y, dtype=np.float32))
    return np.stack(rows)


def check_files(files, eval_path, keras_path):
    data = np.load(eval_path)
    x, y = data["x"].astype(np.float32), data["y"] if "y" in data else None
    keras_out = np.load(keras_path).astype(np.float32)
    for path in files:
        try:
            out = run(path, x)
        except Exception as error:  # noqa: BLE001
            print(json.dumps({"file": path, "ok": False, "error": str(error).splitlines()[0][:200]}), flush=True)
            continue
        diff = np.abs(out.reshape(keras_out.shape) - keras_out)
        line = {"file": path, "ok": True, "max": float(diff.max()), "mean": float(diff.mean())}
        if y is not None:
            line["top1"] = float(np.mean(np.argmax(out.reshape(len(x), -1), axis=1) == y))
        print(json.dumps(line), flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval")
    parser.add_argument("--keras")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    if args.files:
        check_files(args.files, args.eval, args.keras)
        return
    ref = json.load(open(os.path.join(DIR, "reference.json")))
    tmp = tempfile.mkdtemp(prefix="tfl-gate-q-")
    failed = False
    for name, m in ref["models"].items():
        test = np.load(os.path.join(DIR, m["test"]))
        x, y = test["x"].astype(np.float32), test["y"] if "y" in test else None
        keras_out = np.array(m["keras"], dtype=np.float32)
        for kind in ["int8", "dynamic"]:
            ours = os.path.join(tmp, f"{name}.{kind}.tflite")
            cmd = ["node", os.path.join(ROOT, "dist", "cli.js"), "convert", f"--keras_model_file={os.path.join(DIR, m['h5'])}",
                   f"--output_file={ours}", f"--quantize={kind}"]
            if kind == "int8":
                cmd += [f"--representative_dataset={os.path.join(DIR, m['calibration'])}", f"--representative_samples={m['calibrationSamples']}"]
            subprocess.run(cmd, check=True, capture_output=True)
            line = [name, kind]
            for who, path in [("ours", ours), ("tf", os.path.join(DIR, m["files"][kind]["file"]))]:
                try:
                    out = run(path, x)
                except Exception as error:  # noqa: BLE001
                    line.append(f"{who}: FAILS ({str(error).splitlines()[0][:80]})")
                    failed |= who == "ours"
                    continue
                err = float(np.max(np.abs(out[: len(keras_out)] - keras_out)))
                acc = f", top-1 {np.mean(np.argmax(out, axis=1) == y):.4f}" if y is not None else ""
                line.append(f"{who}: max|err| {err:.5f}{acc}, {os.path.getsize(path)} B")
                if who == "ours":
                    ours_err = err
                elif ours_err > 2 * err + 1e-6:
                    failed = True
            print(" | ".join(line))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
