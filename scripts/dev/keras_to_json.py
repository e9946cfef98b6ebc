"""Dev tool (not used by the product or tests): load a Keras model with real Keras and write it as the
KerasModel JSON shape of src/keras/types.ts (weights as base64 float32), so the converter can be exercised
before/independently of the TypeScript reader. Usage: keras_to_json.py MODEL.keras|MODEL.h5 OUT.json"""
import base64, json, os, sys
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np
import keras

MODELS = {"Functional", "Sequential", "Model"}


def refs_in(node):
    out = []
    if isinstance(node, dict):
        if node.get("class_name") == "__keras_tensor__":
            h = node["config"]["keras_history"]
            return [{"layer": h[0], "nodeIndex": h[1], "tensorIndex": h[2]}]
        for v in node.values():
            out += refs_in(v)
    elif isinstance(node, (list, tuple)):
        for v in node:
            out += refs_in(v)
    return out


def triples(v):
    if v and not isinstance(v[0], (list, tuple)):
        v = [v]
    return [{"layer": a, "nodeIndex": b, "tensorIndex": c} for a, b, c in v]


def weights_of(layer):
    return [{"name": w.path if hasattr(w, "path") else w.name, "shape": list(w.shape),
             "data": base64.b64encode(np.asarray(w, dtype="<f4").tobytes()).decode()} for w in layer.weights]


def graph_of(model, conf):
    layers = []
    if type(model).__name__ == "Sequential" or "input_layers" not in conf:
        prev = None
        first = None
        for i, (lc, lo) in enumerate(zip([c for c in conf["layers"]], model.layers if conf["layers"][0]["class_name"] != "InputLayer" else [None] + model.layers)):
            name = lc["config"]["name"]
            layers.append(layer_of(lo, lc, [] if prev is None else [[{"layer": prev, "nodeIndex": 0, "tensorIndex": 0}]]))
            prev = name
            first = first or name
        inputs = [{"layer": first, "nodeIndex": 0, "tensorIndex": 0}]
        outputs = [{"layer": prev, "nodeIndex": 0, "tensorIndex": 0}]
    else:
        for lc in conf["layers"]:
            lo = model.get_layer(lc["name"]) if lc["class_name"] != "InputLayer" else None
            inbound = [refs_in(n["args"]) for n in lc.get("inbound_nodes", [])]
            layers.append(layer_of(lo, lc, inbound))
        inputs, outputs = triples(conf["input_layers"]), triples(conf["output_layers"])
    shapes = [list(t.shape) for t in model.inputs]
    return {"name": model.name, "className": type(model).__name__, "layers": layers, "inputs": inputs,
            "outputs": outputs, "inputShapes": shapes, "inputDtypes": [str(t.dtype) for t in model.inputs]}


def layer_of(obj, lc, inbound):
    cls = lc["class_name"]
    conf = lc["config"]
    out = {"className": cls, "name": conf["name"], "config": conf, "inbound": inbound, "weights": []}
    if cls in MODELS and obj is not None:
        out["model"] = graph_of(obj, conf)
    elif obj is not None:
        out["weights"] = weights_of(obj)
    return out


def main(path, out):
    model = keras.models.load_model(path, compile=False)
    doc = {"format": "keras-zip" if path.endswith(".keras") else "hdf5", "kerasVersion": keras.__version__,
           "backend": "tensorflow", "graph": graph_of(model, model.get_config())}
    with open(out, "w") as f:
        json.dump(doc, f, default=lambda o: None)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
