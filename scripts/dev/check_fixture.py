"""Dev tool (tests never need Python): convert a fixture with our TypeScript converter via the JSON bridge,
write the Graph as .tflite with TensorFlow's own flatbuffer schema classes, run it in tf.lite.Interpreter and
compare with the Keras reference outputs and the TFLite converter's op histogram and size.
Usage: .venv-ref/bin/python scripts/dev/check_fixture.py fixtures/models/NAME.keras [more...]"""
import base64, json, os, re, subprocess, sys, tempfile
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np
import tensorflow as tf
from tensorflow.lite.python import schema_py_generated as S

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OPTIONS = {
    "CONV_2D": "Conv2DOptions", "DEPTHWISE_CONV_2D": "DepthwiseConv2DOptions", "FULLY_CONNECTED": "FullyConnectedOptions",
    "TRANSPOSE_CONV": "TransposeConvOptions", "MAX_POOL_2D": "Pool2DOptions", "AVERAGE_POOL_2D": "Pool2DOptions",
    "ADD": "AddOptions", "SUB": "SubOptions", "MUL": "MulOptions", "DIV": "DivOptions", "CONCATENATION": "ConcatenationOptions",
    "RESHAPE": "ReshapeOptions", "SOFTMAX": "SoftmaxOptions", "LEAKY_RELU": "LeakyReluOptions", "GELU": "GeluOptions",
    "MEAN": "ReducerOptions", "REDUCE_MAX": "ReducerOptions", "PAD": "PadOptions", "STRIDED_SLICE": "StridedSliceOptions",
    "RESIZE_BILINEAR": "ResizeBilinearOptions", "RESIZE_NEAREST_NEIGHBOR": "ResizeNearestNeighborOptions",
    "TRANSPOSE": "TransposeOptions", "EXPAND_DIMS": "ExpandDimsOptions", "TILE": "TileOptions", "GATHER": "GatherOptions",
    "CAST": "CastOptions", "SQUARED_DIFFERENCE": "SquaredDifferenceOptions", "SELECT_V2": "SelectV2Options",
    "MAXIMUM": "MaximumMinimumOptions", "MINIMUM": "MaximumMinimumOptions", "LOG_SOFTMAX": "LogSoftmaxOptions",
    "UNPACK": "UnpackOptions", "SUM": "ReducerOptions", "SHAPE": "ShapeOptions", "PACK": "PackOptions", "SPLIT": "SplitOptions", "SLICE": "SliceOptions",
}
DTYPES = {"float32": (S.TensorType.FLOAT32, "<f4"), "float16": (S.TensorType.FLOAT16, "<u2"), "int32": (S.TensorType.INT32, "<i4"),
          "int64": (S.TensorType.INT64, "<i8"), "bool": (S.TensorType.BOOL, "u1"), "int8": (S.TensorType.INT8, "i1"), "uint8": (S.TensorType.UINT8, "u1")}
ENUMS = [S.Padding, S.ActivationFunctionType]


def camel(s):
    return re.sub(r"_(\w)", lambda m: m.group(1).upper(), s)


def options_of(op):
    table = OPTIONS.get(op["type"])
    if not table:
        return 0, None
    obj = getattr(S, table + "T")()
    for k, v in (op.get("options") or {}).items():
        if isinstance(v, str):
            v = next(getattr(e, v) for e in ENUMS if hasattr(e, v))
        attr = camel(k)
        if not hasattr(obj, attr):
            raise KeyError(f"{table} has no field {k}")
        setattr(obj, attr, v)
    return getattr(S.BuiltinOptions, table), obj


def graph_to_tflite(g):
    m = S.ModelT()
    m.version = 3
    m.description = g["description"]
    m.buffers = [S.BufferT()]
    sub = S.SubGraphT()
    sub.tensors = []
    for t in g["tensors"]:
        tt = S.TensorT()
        tt.name = t["name"]
        tt.shape = np.array(t["shape"], dtype=np.int32)
        if t.get("shapeSignature"):
            tt.shapeSignature = np.array(t["shapeSignature"], dtype=np.int32)
        tt.type = DTYPES[t["dtype"]][0]
        b = S.BufferT()
        if t.get("data") is not None:
            b.data = np.frombuffer(base64.b64decode(t["data"]), dtype=np.uint8)
        tt.buffer = len(m.buffers)
        m.buffers.append(b)
        sub.tensors.append(tt)
    codes, sub.operators = [], []
    for op in g["ops"]:
        code = getattr(S.BuiltinOperator, op["type"])
        if code not in codes:
            codes.append(code)
        o = S.OperatorT()
        o.opcodeIndex = codes.index(code)
        o.inputs = np.array(op["inputs"], dtype=np.int32)
        o.outputs = np.array(op["outputs"], dtype=np.int32)
        o.builtinOptionsType, o.builtinOptions = options_of(op)
        sub.operators.append(o)
    m.operatorCodes = []
    for c in codes:
        oc = S.OperatorCodeT()
        oc.builtinCode = c
        oc.deprecatedBuiltinCode = min(c, 127)
        oc.version = 1
        m.operatorCodes.append(oc)
    sub.inputs = np.array([io["tensor"] for io in g["inputs"]], dtype=np.int32)
    sub.outputs = np.array([io["tensor"] for io in g["outputs"]], dtype=np.int32)
    m.subgraphs = [sub]
    b = tf.lite.python.schema_py_generated if False else None
    import flatbuffers
    fb = flatbuffers.Builder(1024)
    fb.Finish(m.Pack(fb), file_identifier=b"TFL3")
    return bytes(fb.Output())


def histogram(buf):
    m = S.ModelT.InitFromPackedBuf(buf, 0)
    names = {v: k for k, v in S.BuiltinOperator.__dict__.items() if not k.startswith("_")}
    h = {}
    for op in m.subgraphs[0].operators:
        oc = m.operatorCodes[op.opcodeIndex]
        n = names[max(oc.builtinCode, oc.deprecatedBuiltinCode)]
        h[n] = h.get(n, 0) + 1
    return dict(sorted(h.items()))


def check(path, flags):
    base = re.sub(r"\.(keras|h5)$", "", path)
    with tempfile.TemporaryDirectory() as tmp:
        kj, gj = os.path.join(tmp, "k.json"), os.path.join(tmp, "g.json")
        subprocess.run([sys.executable, os.path.join(HERE, "keras_to_json.py"), path, kj], check=True)
        subprocess.run(["npx", "tsx", os.path.join(HERE, "convert-json.ts"), kj, gj, *flags], check=True, cwd=ROOT)
        g, k = json.load(open(gj)), json.load(open(kj))
    buf = graph_to_tflite(g)
    interp = tf.lite.Interpreter(model_content=buf)
    interp.allocate_tensors()
    ins, outs = interp.get_input_details(), interp.get_output_details()
    order_in = {d["index"]: d for d in ins}
    xs = []
    for i, io in enumerate(g["inputs"]):
        shape = k["graph"]["inputShapes"][i][1:]
        ext = "i32" if os.path.exists(f"{base}.in{i}.i32") else "f32"
        x = np.fromfile(f"{base}.in{i}.{ext}", dtype="<i4" if ext == "i32" else "<f4")
        xs.append(x.reshape([-1] + shape))
    n = xs[0].shape[0]
    worst = 0.0
    got_all = [[] for _ in g["outputs"]]
    for s in range(n):
        for i, io in enumerate(g["inputs"]):
            d = order_in[io["tensor"]]
            interp.set_tensor(d["index"], xs[i][s:s + 1].astype(d["dtype"]))
        interp.invoke()
        for j, io in enumerate(g["outputs"]):
            got_all[j].append(interp.get_tensor(io["tensor"]))
    for j in range(len(g["outputs"])):
        got = np.concatenate(got_all[j])
        ref = np.fromfile(f"{base}.out{j}.f32", dtype="<f4").reshape(got.shape)
        err = float(np.max(np.abs(got - ref)))
        rel = float(np.max(np.abs(got - ref) / (np.abs(ref) + 1)))
        worst = max(worst, min(err, rel))
    ref_buf = open(f"{base}.ref.tflite", "rb").read() if os.path.exists(f"{base}.ref.tflite") else None
    ours, theirs = histogram(buf), histogram(ref_buf) if ref_buf else {}
    extra = {k: v for k, v in ours.items() if v > theirs.get(k, 0)}
    status = "OK " if worst < 1e-4 else "BAD"
    print(f"{status} {os.path.basename(path):40s} maxerr={worst:.2e} ops={sum(ours.values())} ref_ops={sum(theirs.values())} "
          f"size={len(buf)} ref={len(ref_buf) if ref_buf else '-'} extra={extra}")
    if "-v" in flags:
        print("   ours  ", ours)
        print("   theirs", theirs)
    return worst


if __name__ == "__main__":
    flags = [a for a in sys.argv[1:] if a.startswith("-")]
    for p in [a for a in sys.argv[1:] if not a.startswith("-")]:
        try:
            check(p, [f for f in flags if f != "-v"] + (["-v"] if "-v" in flags else []))
        except Exception as e:  # noqa: BLE001
            print(f"ERR {p}: {str(e)[:800]}")
