"""Measurement aid for issue 13 (not a fixture generator): which WHILE loops over builtin ops run where.

Writes, with the TFLite converter, a 20-step tanh RNN as a tf.while_loop whose body reads step i of the input
with GATHER, SLICE or STRIDED_SLICE (dynamic begin) and writes h into the [1, 20, 8] sequence with
DYNAMIC_UPDATE_SLICE; runs each in tf.lite.Interpreter against TF and saves DIR/while_<form>.tflite with
.in.f32 / .out.f32 for scripts/dev/probe-run.mts (LiteRT.js). Results: docs/measurements.md.

  /work/main/.venv-ref/bin/python scripts/dev/probe-while-loop.py DIR
"""
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
from tensorflow.compiler.tf2xla.python import xla  # noqa: E402

T, F, U = 20, 4, 8
rng = np.random.default_rng(0)
W = tf.constant(rng.normal(size=(F, U)).astype(np.float32))
R = tf.constant(rng.normal(size=(U, U)).astype(np.float32) * 0.3)


def step_input(x, i, form):
    if form == "gather":
        return tf.gather(x, i, axis=1)
    if form == "slice":
        return tf.reshape(tf.slice(x, tf.stack([0, i, 0]), [1, 1, F]), [1, F])
    return tf.reshape(tf.strided_slice(x, tf.stack([0, i, 0]), tf.stack([1, i + 1, F])), [1, F])


def model(form):
    @tf.function(input_signature=[tf.TensorSpec([1, T, F], tf.float32)])
    def f(x):
        def body(i, h, out):
            h = tf.tanh(tf.matmul(step_input(x, i, form), W) + tf.matmul(h, R))
            return i + 1, h, xla.dynamic_update_slice(out, tf.reshape(h, [1, 1, U]), tf.stack([0, i, 0]))
        return tf.while_loop(lambda i, h, out: i < T, body, [tf.constant(0), tf.zeros([1, U]), tf.zeros([1, T, U])])[2]
    return f


def main(out):
    os.makedirs(out, exist_ok=True)
    x = rng.normal(size=(1, T, F)).astype(np.float32)
    for form in ("gather", "slice", "strided_slice"):
        f = model(form)
        data = tf.lite.TFLiteConverter.from_concrete_functions([f.get_concrete_function()], f).convert()
        base = os.path.join(out, f"while_{form}")
        open(base + ".tflite", "wb").write(data)
        ref = f(x).numpy()
        x.tofile(base + ".in.f32")
        ref.tofile(base + ".out.f32")
        it = tf.lite.Interpreter(model_content=data)
        it.allocate_tensors()
        it.set_tensor(it.get_input_details()[0]["index"], x)
        it.invoke()
        got = it.get_tensor(it.get_output_details()[0]["index"])
        print(f"{form}: tf.lite.Interpreter max abs error {float(np.abs(got - ref).max()):.1e}")


if __name__ == "__main__":
    main(sys.argv[1])
