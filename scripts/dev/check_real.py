"""Dev tool: compare our CLI's .tflite for a Keras file with Keras itself and with the TFLite converter
(ops, size) on random inputs, in tf.lite.Interpreter. Usage: check_real.py MODEL [MODEL...]"""
import os, subprocess, sys, tempfile
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np, tensorflow as tf, keras
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_fixture import histogram  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(buf, xs):
    it = tf.lite.Interpreter(model_content=buf)
    it.allocate_tensors()
    outs = []
    for x in xs:
        it.set_tensor(it.get_input_details()[0]["index"], x[None].astype(np.float32))
        it.invoke()
        outs.append(it.get_tensor(it.get_output_details()[0]["index"])[0])
    return np.array(outs)


for path in sys.argv[1:]:
    out = os.path.join(tempfile.mkdtemp(), "m.tflite")
    subprocess.run(["node", "bin/tflite-gate.js", "convert", f"--keras_model_file={path}", f"--output_file={out}"], check=True, cwd=ROOT, capture_output=True)
    ours = open(out, "rb").read()
    try:
        model = keras.models.load_model(path, compile=False)
    except Exception as e:  # noqa: BLE001
        print(f"{os.path.basename(path)}: Keras 3 cannot load it ({str(e)[:80]}); ours ops={histogram(ours)}")
        continue
    rng = np.random.default_rng(0)
    shape = model.inputs[0].shape[1:]
    xs = rng.uniform(0, 1, size=(4, *shape)).astype(np.float32)
    ref_out = np.asarray(model(xs, training=False))
    got = run(ours, xs)
    conv = tf.lite.TFLiteConverter.from_keras_model(model).convert()
    print(f"{os.path.basename(path)}: maxabs={np.max(np.abs(got - ref_out)):.2e} ops ours={sum(histogram(ours).values())} "
          f"converter={sum(histogram(conv).values())} size ours={len(ours)} converter={len(conv)} ratio={len(ours)/len(conv):.4f}")
    print("   ours", histogram(ours))
    print("   conv", histogram(conv))
