"""Dev tool: an independent Keras 3 reference for the Teachable Machine export in ../shared/real-models (Keras 3
cannot load that Keras 2.4 file): rebuild MobileNetV2(alpha=0.35) + GAP + Dense(100, relu) + Dense(2, softmax)
with Keras 3's own layers, load each layer's weights by name from the HDF5 file with h5py, and compare its
outputs with our converted .tflite in tf.lite.Interpreter. Usage: teachable_reference.py [MODEL.h5]"""
import os, subprocess, sys, tempfile
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import h5py, numpy as np, keras, tensorflow as tf

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "real-models", "teachable_mobilenet_tm.h5")
f = h5py.File(path, "r")


def stored(group, layer):
    """The layer's weights from its HDF5 group, matched by variable name (kernel:0, gamma:0, ...)."""
    keras2 = {"kernel": ["kernel", "depthwise_kernel"]}
    out = []
    for w in layer.weights:
        name = next(n for n in keras2.get(w.name, [w.name]) if f"{n}:0" in group)
        out.append(np.asarray(group[f"{name}:0"]))
    return out


base = keras.applications.MobileNetV2(input_shape=(224, 224, 3), alpha=0.35, include_top=False, weights=None)
g1 = f["model_weights"]["sequential_1"]
loaded = 0
for layer in base.layers:
    if layer.weights:
        layer.set_weights(stored(g1[layer.name], layer))
        loaded += 1
x = keras.Input((224, 224, 3))
h = keras.layers.GlobalAveragePooling2D()(base(x))
d1 = keras.layers.Dense(100, activation="relu")
d2 = keras.layers.Dense(2, activation="softmax", use_bias=False)
y = d2(d1(h))
model = keras.Model(x, y)
g3 = f["model_weights"]["sequential_3"]
d1.set_weights(stored(g3["dense_Dense1"], d1))
d2.set_weights(stored(g3["dense_Dense2"], d2))
rng = np.random.default_rng(0)
xs = rng.uniform(-1, 1, (4, 224, 224, 3)).astype(np.float32)
want = np.asarray(model(xs, training=False))
out = os.path.join(tempfile.mkdtemp(), "tm.tflite")
subprocess.run(["node", "bin/tflite-gate.js", "convert", f"--keras_model_file={path}", f"--output_file={out}"], check=True, cwd=ROOT)
it = tf.lite.Interpreter(model_path=out)
it.allocate_tensors()
got = []
for s in xs:
    it.set_tensor(it.get_input_details()[0]["index"], s[None])
    it.invoke()
    got.append(it.get_tensor(it.get_output_details()[0]["index"])[0])
got = np.array(got)
print(f"layers with weights loaded: {loaded}; reference outputs {want.round(4).tolist()}")
print(f"max |ours - keras3 rebuild| = {np.abs(got - want).max():.2e}")
