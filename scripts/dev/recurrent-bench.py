"""Helper of scripts/bench-recurrent.ts (needs the TF 2.21 reference venv; never run by npm test).

  python scripts/dev/recurrent-bench.py make DIR
      The issue's stock-prediction shape: LSTM(50, return_sequences) -> Dropout -> LSTM(50, return_sequences)
      -> Dropout -> LSTM(50) -> Dense(1) on [T, 1] prices. DIR/stock.keras has a variable-length input (one set of
      weights for every T); for T in 20, 100, 200: the TFLite converter's own files (fixed batch 1, float32 and
      float16) DIR/stock_T.tf.tflite / .tf16.tflite, 3 input samples DIR/stock_T.in.f32 and Keras's outputs
      DIR/stock_T.out.f32.
  python scripts/dev/recurrent-bench.py latency RUNS FILE.tflite ...
      Median ms per inference of each file in tf.lite.Interpreter (one thread, XNNPACK), zeros as input.
"""
import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
import numpy as np  # noqa: E402
import keras  # noqa: E402
import tensorflow as tf  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "scripts"))
from tflite_fixtures import convert as tflite  # noqa: E402  the converter's float32 / float16 files

STEPS = [20, 100, 200]


def stock_model(steps):
    keras.utils.set_random_seed(7)
    x = keras.Input((steps, 1), batch_size=1 if steps else None, name="prices")
    y = keras.layers.LSTM(50, return_sequences=True)(x)
    y = keras.layers.Dropout(0.2)(y)
    y = keras.layers.LSTM(50, return_sequences=True)(y)
    y = keras.layers.Dropout(0.2)(y)
    y = keras.layers.LSTM(50)(y)
    return keras.Model(x, keras.layers.Dense(1)(y))


def make(out):
    os.makedirs(out, exist_ok=True)
    base = stock_model(None)
    base.save(os.path.join(out, "stock.keras"))
    rng = np.random.default_rng(0)
    for steps in STEPS:
        fixed = stock_model(steps)
        fixed.set_weights(base.get_weights())
        x = np.cumsum(rng.normal(size=(3, steps, 1)), axis=1).astype(np.float32) * 0.1
        x.tofile(os.path.join(out, f"stock_{steps}.in.f32"))
        base.predict(x, verbose=0).astype(np.float32).tofile(os.path.join(out, f"stock_{steps}.out.f32"))
        for suffix, f16 in ((".tf.tflite", False), (".tf16.tflite", True)):
            with open(os.path.join(out, f"stock_{steps}{suffix}"), "wb") as f:
                f.write(tflite(fixed, f16))
        print(f"stock_{steps}: written")


def latency(runs, files):
    for path in files:
        it = tf.lite.Interpreter(model_path=path, num_threads=1)
        it.allocate_tensors()
        for d in it.get_input_details():
            it.set_tensor(d["index"], np.zeros(d["shape"], d["dtype"]))
        for _ in range(10):
            it.invoke()
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            it.invoke()
            times.append((time.perf_counter() - start) * 1000)
        print(f"{path}\t{float(np.median(times)):.4f}")


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2])
    else:
        latency(int(sys.argv[2]), sys.argv[3:])
