"""Compatibility corpus: keras.applications and hand-built models the converter has never seen.

For each model (weights=None, then made input-dependent: batch-norm statistics calibrated on a random batch in
training mode with momentum 0, random norm scales/offsets, LayerScale factors and biases) this writes into
OUT (default /tmp/compat, never the repository):

  <name>/model.h5, <name>/model.keras     the model saved both ways
  <name>/in<k>.bin, <name>/out<k>.bin     4 random samples and the Keras outputs (little-endian raw)
  <name>/ref.f32.tflite, ref.f16.tflite   the TFLite converter's own files (from_keras_model)
  <name>/ref.f32.out<k>.bin, ...          their outputs on the same samples (tf.lite.Interpreter, batch 1)
  manifest.json                           shapes, dtypes, file names, converter op histograms, errors

Usage: /work/main/.venv-ref/bin/python scripts/dev/compat-applications.py [OUT] [name-filter ...]
Then:  npx tsx scripts/dev/compat-run.mts [OUT] [name-filter]
"""
import contextlib
import io
import json
import os
import sys
import time
import traceback
import zlib

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

import warnings  # noqa: E402

import numpy as np  # noqa: E402
import keras  # noqa: E402
import tensorflow as tf  # noqa: E402
from keras import layers  # noqa: E402

warnings.filterwarnings("ignore")
SAMPLES = 4
CALIBRATION = 8
A = keras.applications


# ---------------------------------------------------------------- models

def app(fn, shape, **kw):
    return lambda: fn(weights=None, input_shape=shape, **kw)


def vit_block():
    inp = keras.Input((32, 32, 3), name="image")
    x = layers.Conv2D(64, 8, strides=8, name="patchify")(inp)
    x = layers.Reshape((16, 64), name="tokens")(x)
    for i in range(2):
        h = layers.LayerNormalization(epsilon=1e-6, name=f"ln{i}a")(x)
        h = layers.MultiHeadAttention(num_heads=4, key_dim=16, name=f"mha{i}")(h, h)
        x = layers.Add(name=f"res{i}a")([x, h])
        h = layers.LayerNormalization(epsilon=1e-6, name=f"ln{i}b")(x)
        h = layers.Dense(128, activation="gelu", name=f"mlp{i}a")(h)
        h = layers.Dense(64, name=f"mlp{i}b")(h)
        x = layers.Add(name=f"res{i}b")([x, h])
    x = layers.LayerNormalization(name="ln_final")(x)
    x = layers.GlobalAveragePooling1D(name="pool")(x)
    return keras.Model(inp, layers.Dense(10, name="logits")(x), name="vit_block")


def text_cnn():
    inp = keras.Input((40,), dtype="int32", name="tokens")
    x = layers.Embedding(1000, 32, embeddings_initializer=keras.initializers.RandomNormal(stddev=1.0), name="embed")(inp)
    branches = []
    for k in (3, 5):
        b = layers.Conv1D(48, k, activation="relu", padding="same", name=f"conv{k}")(x)
        branches.append(layers.GlobalMaxPooling1D(name=f"maxpool{k}")(b))
    x = layers.Concatenate(name="concat")(branches)
    x = layers.Dropout(0.5)(x)
    x = layers.Dense(32, activation="relu", name="hidden")(x)
    return keras.Model(inp, layers.Dense(1, activation="sigmoid", name="prob")(x), name="text_cnn")


def unet():
    inp = keras.Input((32, 32, 3), name="image")

    def block(x, f, name):
        x = layers.Conv2D(f, 3, padding="same", use_bias=False, name=f"{name}_conv")(x)
        x = layers.BatchNormalization(name=f"{name}_bn")(x)
        return layers.Activation("relu", name=f"{name}_relu")(x)

    e1 = block(inp, 16, "enc1")
    e2 = block(layers.MaxPooling2D(name="down1")(e1), 32, "enc2")
    b = block(layers.MaxPooling2D(name="down2")(e2), 64, "bottleneck")
    u2 = layers.Conv2DTranspose(32, 2, strides=2, name="up2")(b)
    d2 = block(layers.Concatenate(name="skip2")([u2, e2]), 32, "dec2")
    u1 = layers.UpSampling2D(2, name="up1")(d2)
    d1 = block(layers.Concatenate(name="skip1")([u1, e1]), 16, "dec1")
    out = layers.Conv2D(3, 1, activation="sigmoid", name="recon")(d1)
    return keras.Model(inp, out, name="unet")


def mlp_regression():
    inp = keras.Input((8,), name="features")
    norm = layers.Normalization(name="norm")
    norm.adapt(np.random.default_rng(1).normal(3.0, 2.0, size=(256, 8)).astype(np.float32))
    x = norm(inp)
    x = layers.Dense(64, activation="relu", name="h1")(x)
    x = layers.Dense(64, activation="relu", name="h2")(x)
    return keras.Model(inp, layers.Dense(1, name="price")(x), name="mlp_regression")


def convnext_dw_block():
    """ConvNeXt's block with DepthwiseConv2D instead of Conv2D(groups=C): LayerScale, LayerNormalization, exact gelu."""
    from keras.src.applications.convnext import LayerScale
    inp = keras.Input((32, 32, 3), name="image")
    x = layers.Normalization(mean=[0.485 * 255, 0.456 * 255, 0.406 * 255],
                             variance=[(0.229 * 255) ** 2, (0.224 * 255) ** 2, (0.225 * 255) ** 2], name="norm")(inp)
    x = layers.Conv2D(32, 4, strides=4, name="stem")(x)
    x = layers.LayerNormalization(epsilon=1e-6, name="stem_ln")(x)
    for i in range(2):
        h = layers.DepthwiseConv2D(7, padding="same", name=f"b{i}_dw")(x)
        h = layers.LayerNormalization(epsilon=1e-6, name=f"b{i}_ln")(h)
        h = layers.Dense(128, name=f"b{i}_pw1")(h)
        h = layers.Activation("gelu", name=f"b{i}_gelu")(h)
        h = layers.Dense(32, name=f"b{i}_pw2")(h)
        h = LayerScale(1e-6, 32, name=f"b{i}_scale")(h)
        x = layers.Add(name=f"b{i}_res")([x, h])
    x = layers.GlobalAveragePooling2D(name="pool")(x)
    x = layers.LayerNormalization(epsilon=1e-6, name="head_ln")(x)
    return keras.Model(inp, layers.Dense(10, name="logits")(x), name="convnext_dw_block")


def concat_relu():
    """Inception/NASNet-style: Concatenate followed by a ReLU, Conv2DTranspose with a fused relu, Add + relu."""
    inp = keras.Input((24, 24, 3), name="image")
    a = layers.Conv2D(8, 1, name="branch_a")(inp)
    b = layers.Conv2D(8, 3, padding="same", name="branch_b")(inp)
    x = layers.Concatenate(name="concat")([a, b])
    x = layers.Activation("relu", name="concat_relu")(x)
    y = layers.Conv2DTranspose(16, 3, strides=2, padding="same", activation="relu", name="up")(x)
    z = layers.Conv2D(16, 3, strides=2, padding="same", name="down")(y)
    x = layers.Activation("relu", name="add_relu")(layers.Add(name="add")([z, layers.Conv2D(16, 1, name="proj")(x)]))
    x = layers.GlobalAveragePooling2D(name="pool")(x)
    return keras.Model(inp, layers.Dense(5, name="logits")(x), name="concat_relu")


def keras3_scalar_ops():
    """Keras 3 operators on symbolic tensors (serialized as keras.src.ops.numpy layers with scalar arguments)."""
    inp = keras.Input((16, 16, 3), name="image")
    x = (inp / 255.0 - 0.5) * 2.0
    x = layers.Conv2D(8, 3, name="conv")(x)
    x = x * keras.ops.sigmoid(x)
    x = layers.GlobalAveragePooling2D(name="pool")(x)
    return keras.Model(inp, layers.Dense(4, name="logits")(x), name="keras3_scalar_ops")


# name -> (builder, input range or "int:<vocab>")
MODELS = {
    "mobilenet_v3_small": (app(A.MobileNetV3Small, (96, 96, 3)), (0, 255)),
    "mobilenet_v3_large": (app(A.MobileNetV3Large, (96, 96, 3), classes=10, classifier_activation=None), (0, 255)),
    "mobilenet_v2_035_96": (app(A.MobileNetV2, (96, 96, 3), alpha=0.35, classes=10), (-1, 1)),
    "efficientnet_b0": (app(A.EfficientNetB0, (64, 64, 3), classes=10, classifier_activation=None), (0, 255)),
    "densenet121_64": (app(A.DenseNet121, (64, 64, 3), classes=10, classifier_activation=None), (-1, 1)),
    "xception_71": (app(A.Xception, (71, 71, 3), classes=10, classifier_activation=None), (-1, 1)),
    "nasnet_mobile": (app(A.NASNetMobile, (224, 224, 3), classes=10, classifier_activation=None), (-1, 1)),
    "resnet50v2_64": (app(A.ResNet50V2, (64, 64, 3), classes=10, classifier_activation=None), (-1, 1)),
    "convnext_tiny_64": (app(A.ConvNeXtTiny, (64, 64, 3), classes=10, classifier_activation=None), (0, 255)),
    "efficientnetv2b0_64": (app(A.EfficientNetV2B0, (64, 64, 3), classes=10, classifier_activation=None), (0, 255)),
    "inception_v3_75": (app(A.InceptionV3, (75, 75, 3), classes=10, classifier_activation=None), (-1, 1)),
    "inception_resnet_v2_75": (app(A.InceptionResNetV2, (75, 75, 3), classes=10, classifier_activation=None), (-1, 1)),
    "vit_block": (vit_block, (-1, 1)),
    "text_cnn": (text_cnn, "int:1000"),
    "unet": (unet, (0, 1)),
    "mlp_regression": (mlp_regression, (-3, 9)),
    "convnext_dw_block": (convnext_dw_block, (0, 255)),
    "concat_relu": (concat_relu, (-1, 1)),
    "keras3_scalar_ops": (keras3_scalar_ops, (0, 255)),
}


# ---------------------------------------------------------------- making outputs depend on inputs

def leaf_layers(model):
    out = []
    for layer in model.layers:
        out.extend(leaf_layers(layer) if isinstance(layer, keras.Model) else [layer])
    return out


def randomize(model, rng):
    """Non-identity scales/offsets: biases, BN/LN gamma/beta, LayerScale gamma (ConvNeXt initialises it at 1e-6)."""
    for layer in leaf_layers(model):
        kind = type(layer).__name__
        for v in layer.weights:
            leaf = v.path.split("/")[-1]
            if leaf == "bias" or leaf == "beta":
                v.assign(rng.uniform(-0.2, 0.2, v.shape).astype(np.float32))
            elif leaf == "gamma" and kind in ("BatchNormalization", "LayerNormalization"):
                v.assign(rng.uniform(0.7, 1.3, v.shape).astype(np.float32))
            elif leaf == "gamma" and kind == "LayerScale":
                v.assign(rng.uniform(0.2, 0.8, v.shape).astype(np.float32))


def calibrate(model, x_cal, rng):
    """One training-mode pass with momentum 0: each BN's moving stats become the statistics it really sees."""
    bns = [l for l in leaf_layers(model) if isinstance(l, layers.BatchNormalization)]
    if not bns:
        return 0
    momenta = [l.momentum for l in bns]
    for l in bns:
        l.momentum = 0.0
    model(x_cal, training=True)
    for l, m in zip(bns, momenta):
        l.momentum = m
        var = np.array(l.moving_variance)
        l.moving_variance.assign(var * rng.uniform(0.8, 1.25, size=var.shape).astype(np.float32))
    return len(bns)


def samples(rng, model, spec, n):
    out = []
    for t in model.inputs:
        shape = (n, *t.shape[1:])
        if isinstance(spec, str):
            out.append(rng.integers(0, int(spec.split(":")[1]), size=shape).astype(np.int32))
        else:
            out.append(rng.uniform(spec[0], spec[1], size=shape).astype(np.float32))
    return out


def predict(model, xs):
    y = model(xs if len(xs) > 1 else xs[0], training=False)
    return [np.asarray(o, dtype=np.float32) for o in (y if isinstance(y, (list, tuple)) else [y])]


def spread(outputs):
    """Smallest max-abs difference between two samples, relative to the output scale (0 = collapsed)."""
    worst = np.inf
    for out in outputs:
        scale = float(np.max(np.abs(out))) + 1e-12
        for i in range(len(out)):
            for j in range(i + 1, len(out)):
                worst = min(worst, float(np.max(np.abs(out[i] - out[j]))) / scale)
    return worst


# ---------------------------------------------------------------- TFLite converter reference

def tflite_convert(model, float16):
    with contextlib.redirect_stdout(io.StringIO()):
        c = tf.lite.TFLiteConverter.from_keras_model(model)
        if float16:
            c.optimizations = [tf.lite.Optimize.DEFAULT]
            c.target_spec.supported_types = [tf.float16]
        return c.convert()


def histogram(data):
    from tensorflow.lite.python import schema_py_generated as schema
    m = schema.ModelT.InitFromObj(schema.Model.GetRootAsModel(data, 0))
    names = {v: k for k, v in vars(schema.BuiltinOperator).items() if not k.startswith("_")}
    hist = {}
    for op in m.subgraphs[0].operators:
        code = m.operatorCodes[op.opcodeIndex]
        name = names[max(code.builtinCode, code.deprecatedBuiltinCode)]
        hist[name] = hist.get(name, 0) + 1
    return dict(sorted(hist.items()))


def run_tflite(data, xs):
    it = tf.lite.Interpreter(model_content=data)
    ins, outs = it.get_input_details(), it.get_output_details()
    for d, x in zip(ins, xs):
        it.resize_tensor_input(d["index"], [1, *x.shape[1:]])
    it.allocate_tensors()
    results = [[] for _ in outs]
    for s in range(xs[0].shape[0]):
        for d, x in zip(ins, xs):
            it.set_tensor(d["index"], x[s:s + 1])
        it.invoke()
        for k, d in enumerate(outs):
            results[k].append(it.get_tensor(d["index"]))
    return [np.concatenate(r).astype(np.float32) for r in results], [d["name"] for d in ins], [d["name"] for d in outs]


def reference(model, xs, ys, folder, tag, float16):
    t0 = time.time()
    data = tflite_convert(model, float16)
    seconds = time.time() - t0
    with open(os.path.join(folder, f"ref.{tag}.tflite"), "wb") as f:
        f.write(data)
    outs, in_names, out_names = run_tflite(data, xs)
    # The converter may order outputs differently; match by shape then closeness.
    files = []
    for k, y in enumerate(ys):
        cands = [o for o in outs if o.shape == y.shape]
        best = min(cands, key=lambda o: float(np.max(np.abs(o - y)))) if cands else outs[k]
        fname = f"ref.{tag}.out{k}.bin"
        best.tofile(os.path.join(folder, fname))
        files.append(fname)
    return {"file": f"ref.{tag}.tflite", "bytes": len(data), "ops": histogram(data), "seconds": round(seconds, 2),
            "outputs": files, "maxAbsErr": max(float(np.max(np.abs(o - y))) for o, y in
                                               zip([np.fromfile(os.path.join(folder, f), np.float32).reshape(y.shape)
                                                    for f, y in zip(files, ys)], ys))}


# ---------------------------------------------------------------- driver

def build_one(name, builder, spec, out_root):
    folder = os.path.join(out_root, name)
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    keras.utils.set_random_seed(7)
    entry = {"name": name}
    t0 = time.time()
    model = builder()
    randomize(model, rng)
    entry["batchNorms"] = calibrate(model, samples(rng, model, spec, CALIBRATION)[0] if len(model.inputs) == 1
                                    else samples(rng, model, spec, CALIBRATION), rng)
    xs = samples(rng, model, spec, SAMPLES)
    ys = predict(model, xs)
    entry["spread"] = spread(ys)
    entry["params"] = int(model.count_params())
    entry["layers"] = sorted({type(l).__name__ for l in leaf_layers(model)})
    entry["inputs"], entry["outputs"] = [], []
    for k, (t, x) in enumerate(zip(model.inputs, xs)):
        x.tofile(os.path.join(folder, f"in{k}.bin"))
        entry["inputs"].append({"name": t.name, "shape": list(x.shape), "dtype": str(x.dtype), "file": f"in{k}.bin"})
    for k, y in enumerate(ys):
        y.tofile(os.path.join(folder, f"out{k}.bin"))
        entry["outputs"].append({"shape": list(y.shape), "file": f"out{k}.bin", "scale": float(np.max(np.abs(y)))})
    entry["files"] = {}
    for ext in ("h5", "keras"):
        try:
            model.save(os.path.join(folder, f"model.{ext}"))
            entry["files"][ext] = f"model.{ext}"
        except Exception as e:  # noqa: BLE001
            entry["files"][ext] = None
            entry[f"saveError_{ext}"] = f"{type(e).__name__}: {e}"[:400]
    for tag, f16 in (("f32", False), ("f16", True)):
        try:
            entry[f"ref_{tag}"] = reference(model, xs, ys, folder, tag, f16)
        except Exception as e:  # noqa: BLE001
            entry[f"ref_{tag}"] = {"error": f"{type(e).__name__}: {str(e)[:400]}"}
    entry["buildSeconds"] = round(time.time() - t0, 1)
    keras.backend.clear_session()
    return entry


def main():
    args = sys.argv[1:]
    out_root = args.pop(0) if args and args[0].startswith("/") else "/tmp/compat"
    names = [n for n in MODELS if not args or any(a in n for a in args)]
    os.makedirs(out_root, exist_ok=True)
    path = os.path.join(out_root, "manifest.json")
    manifest = json.load(open(path)) if os.path.exists(path) else {"models": []}
    by_name = {m["name"]: m for m in manifest["models"]}
    for name in names:
        builder, spec = MODELS[name]
        try:
            by_name[name] = build_one(name, builder, spec, out_root)
        except Exception as e:  # noqa: BLE001
            traceback.print_exc()
            by_name[name] = {"name": name, "buildError": f"{type(e).__name__}: {str(e)[:400]}"}
        m = by_name[name]
        print(f"{name:22s} {m.get('buildError') or ''} spread {m.get('spread', 0):.3g} "
              f"ref32 {m.get('ref_f32', {}).get('maxAbsErr', m.get('ref_f32', {}).get('error'))} "
              f"ref16 {m.get('ref_f16', {}).get('maxAbsErr', m.get('ref_f16', {}).get('error'))} "
              f"{m.get('buildSeconds', '')}s", flush=True)
        manifest["models"] = [by_name[n] for n in MODELS if n in by_name]
        with open(path, "w") as f:
            json.dump(manifest, f, indent=1)


if __name__ == "__main__":
    main()
