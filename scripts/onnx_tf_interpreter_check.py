"""tf.lite.Interpreter on the .tflite files tflite-gate made from ONNX models (after `npm run bench:onnx`),
against onnxruntime's outputs on the same inputs (bench-cache/onnx-check). Run with the reference venv:

    TF_ENABLE_ONEDNN_OPTS=0 .venv-ref/bin/python scripts/onnx_tf_interpreter_check.py
"""
import glob
import json
import os

import numpy as np
import tensorflow as tf

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench-cache", "onnx-check")
print("| model | max rel. error, tf.lite.Interpreter vs onnxruntime |")
print("|---|---:|")
for meta_path in sorted(glob.glob(os.path.join(root, "*.json"))):
    meta = json.load(open(meta_path))
    if not meta["cases"]:
        continue  # token-id models are checked in LiteRT.js only
    interpreter = tf.lite.Interpreter(model_path=os.path.join(root, meta["tflite"]))
    interpreter.allocate_tensors()
    worst = 0.0
    for case in meta["cases"]:
        x = np.fromfile(os.path.join(root, case["input"]), dtype=np.float32).reshape(meta["shape"])
        want = np.fromfile(os.path.join(root, case["output"]), dtype=np.float32)
        interpreter.set_tensor(interpreter.get_input_details()[0]["index"], x)
        interpreter.invoke()
        got = interpreter.get_tensor(interpreter.get_output_details()[0]["index"]).reshape(-1)
        worst = max(worst, float(np.abs(got - want).max() / max(1.0, float(np.abs(want).max()))))
    print(f"| {os.path.basename(meta_path)[:-5]} | {worst:.1e} |")
