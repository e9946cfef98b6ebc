import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  FlatReader,
  fixBatchForRuntime,
  readTfliteModel
} from "./chunk-G3D2S6V7.js";
import {
  halfToFloat
} from "./chunk-LHSQ66CC.js";
import {
  GateError
} from "./chunk-JM7JNUOI.js";

// src/runtime/litert-node.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

// node_modules/@litertjs/wasm-utils/dist/index.js
async function runScript(scriptUrl) {
  if (typeof importScripts === "function") {
    importScripts(scriptUrl.toString());
  } else {
    const script = document.createElement("script");
    script.src = scriptUrl.toString();
    script.crossOrigin = "anonymous";
    return new Promise((resolve, revoke) => {
      script.addEventListener("load", () => {
        resolve();
      }, false);
      script.addEventListener("error", (e) => {
        revoke(e);
      }, false);
      document.body.appendChild(script);
    });
  }
}
var createWasmLib = async (constructorFcn, wasmLoaderScript, assetLoaderScript, glCanvas, fileLocator) => {
  if (wasmLoaderScript) {
    await runScript(wasmLoaderScript);
  }
  if (!self.ModuleFactory) {
    throw new Error("ModuleFactory not set.");
  }
  if (assetLoaderScript) {
    await runScript(assetLoaderScript);
    if (!self.ModuleFactory) {
      throw new Error("ModuleFactory not set.");
    }
  }
  if (self.Module && fileLocator) {
    const moduleFileLocator = self.Module;
    moduleFileLocator.locateFile = fileLocator.locateFile;
    if (fileLocator.mainScriptUrlOrBlob) {
      moduleFileLocator.mainScriptUrlOrBlob = fileLocator.mainScriptUrlOrBlob;
    }
  }
  const module = await self.ModuleFactory(self.Module || fileLocator);
  self.ModuleFactory = self.Module = void 0;
  return new constructorFcn(module, glCanvas);
};

// node_modules/@litertjs/core/dist/index.js
var ElementType = {
  NONE: 0,
  FLOAT32: 1,
  INT32: 2,
  UINT8: 3,
  INT64: 4,
  STRING: 5,
  BOOL: 6,
  INT16: 7,
  COMPLEX64: 8,
  INT8: 9,
  FLOAT16: 10,
  FLOAT64: 11,
  COMPLEX128: 12,
  UINT64: 13,
  RESOURCE: 14,
  VARIANT: 15,
  UINT32: 16,
  UINT16: 17,
  INT4: 18,
  BFLOAT16: 19
};
var ElementTypeName = {
  [ElementType.NONE]: "NONE",
  [ElementType.FLOAT32]: "FLOAT32",
  [ElementType.INT32]: "INT32",
  [ElementType.UINT8]: "UINT8",
  [ElementType.INT64]: "INT64",
  [ElementType.STRING]: "STRING",
  [ElementType.BOOL]: "BOOL",
  [ElementType.INT16]: "INT16",
  [ElementType.COMPLEX64]: "COMPLEX64",
  [ElementType.INT8]: "INT8",
  [ElementType.FLOAT16]: "FLOAT16",
  [ElementType.FLOAT64]: "FLOAT64",
  [ElementType.COMPLEX128]: "COMPLEX128",
  [ElementType.UINT64]: "UINT64",
  [ElementType.RESOURCE]: "RESOURCE",
  [ElementType.VARIANT]: "VARIANT",
  [ElementType.UINT32]: "UINT32",
  [ElementType.UINT16]: "UINT16",
  [ElementType.INT4]: "INT4",
  [ElementType.BFLOAT16]: "BFLOAT16"
};
var TensorBufferType = {
  HOST_MEMORY: 1,
  WEB_GPU_BUFFER: 20,
  WEB_GPU_BUFFER_FP16: 21,
  WEB_GPU_BUFFER_PACKED: 26
};
var TensorBufferTypeName = {
  [TensorBufferType.HOST_MEMORY]: "HOST_MEMORY",
  [TensorBufferType.WEB_GPU_BUFFER]: "WEB_GPU_BUFFER",
  [TensorBufferType.WEB_GPU_BUFFER_FP16]: "WEB_GPU_BUFFER_FP16",
  [TensorBufferType.WEB_GPU_BUFFER_PACKED]: "WEB_GPU_BUFFER_PACKED"
};
var DATATYPES = Object.freeze([
  {
    dtype: "float32",
    typedArrayConstructor: Float32Array,
    elementType: ElementType.FLOAT32
  },
  {
    dtype: "int32",
    typedArrayConstructor: Int32Array,
    elementType: ElementType.INT32
  },
  {
    dtype: "uint8",
    typedArrayConstructor: Uint8Array,
    elementType: ElementType.UINT8
  }
]);
function getDataType(val) {
  for (const dataTypeMapping of DATATYPES) {
    if (dataTypeMapping.dtype === val || dataTypeMapping.typedArrayConstructor === val || val instanceof dataTypeMapping.typedArrayConstructor || dataTypeMapping.elementType === val) {
      return dataTypeMapping;
    }
  }
  if (typeof val === "string") {
    throw new Error(`DType ${val} is not supported.`);
  } else if (val instanceof Object) {
    throw new Error(`Typed array ${"name" in val ? val.name : val.constructor.name} is not supported.`);
  } else {
    throw new Error(
      `Element type ${ElementTypeName[val] ?? val} is not supported.`
    );
  }
}
var LiteRtNotLoadedError = class extends Error {
  constructor() {
    super(
      "LiteRT is not initialized yet. Please call loadLiteRt() and wait for its promise to resolve to load the LiteRT WASM module."
    );
  }
};
var globalLiteRt = void 0;
var globalLiteRtPromise = void 0;
function getGlobalLiteRt() {
  if (!globalLiteRt) {
    throw new LiteRtNotLoadedError();
  }
  return globalLiteRt;
}
function setGlobalLiteRt(liteRt) {
  globalLiteRt = liteRt;
}
function getGlobalLiteRtPromise() {
  return globalLiteRtPromise;
}
function hasGlobalLiteRtPromise() {
  return Boolean(globalLiteRtPromise);
}
function setGlobalLiteRtPromise(promise) {
  globalLiteRtPromise = promise;
}
var AcceleratorDefaultTensorBufferType = {
  "webgpu": TensorBufferType.WEB_GPU_BUFFER_PACKED,
  "wasm": TensorBufferType.HOST_MEMORY
};
var TensorBufferTypeToAccelerator = {
  [TensorBufferType.HOST_MEMORY]: "wasm",
  [TensorBufferType.WEB_GPU_BUFFER]: "webgpu",
  [TensorBufferType.WEB_GPU_BUFFER_FP16]: "webgpu",
  [TensorBufferType.WEB_GPU_BUFFER_PACKED]: "webgpu"
};
var DESIRED_WEBGPU_FEATURES = [
  "shader-f16",
  "subgroups"
];
var Environment = class _Environment {
  constructor(options) {
    this.options = options;
    this.liteRtEnvironment = getGlobalLiteRt().liteRtWasm.LiteRtEnvironment.create(
      options.webGpuDevice
    );
  }
  liteRtEnvironment;
  static async create(options = {}) {
    let webGpuDevice = null;
    if ("webGpuDevice" in options) {
      if (options.webGpuDevice) {
        webGpuDevice = options.webGpuDevice;
      }
    } else {
      try {
        webGpuDevice = await createDefaultWebGpuDevice();
      } catch (e) {
        console.warn("Failed to create default WebGPU device:", e);
      }
    }
    return new _Environment({
      ...options,
      webGpuDevice
    });
  }
  get webGpuDevice() {
    return this.options.webGpuDevice;
  }
  delete() {
    this.liteRtEnvironment.delete();
  }
};
async function createDefaultWebGpuDevice() {
  const adapterDescriptor = {
    powerPreference: "high-performance"
  };
  const adapter = await navigator.gpu.requestAdapter(adapterDescriptor);
  if (!adapter) {
    throw new Error("No GPU adapter found.");
  }
  const requiredLimits = {
    maxBufferSize: adapter.limits.maxBufferSize,
    maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
    maxStorageBuffersPerShaderStage: adapter.limits.maxStorageBuffersPerShaderStage,
    maxTextureDimension2D: adapter.limits.maxTextureDimension2D
  };
  const requiredFeatures = [];
  for (const feature of DESIRED_WEBGPU_FEATURES) {
    if (adapter.features.has(feature)) {
      requiredFeatures.push(feature);
    }
  }
  return await adapter.requestDevice({
    requiredFeatures,
    requiredLimits
  });
}
function emscriptenVectorToArray(vector) {
  const array = new Array(vector.size());
  for (let i = 0; i < vector.size(); ++i) {
    array[i] = vector.get(i);
  }
  vector.delete();
  return array;
}
function fillEmscriptenVector(data, vector) {
  for (const item of data) {
    vector.push_back(item);
  }
}
function parseData(remainingArgs) {
  const data = remainingArgs.shift();
  const liteRtWasm = getGlobalLiteRt().liteRtWasm;
  if (data instanceof liteRtWasm.LiteRtTensorBuffer) {
    return { liteRtTensorBuffer: data };
  } else if (ArrayBuffer.isView(data)) {
    return { typedArray: data };
  } else if (data instanceof GPUBuffer) {
    return { gpuBuffer: data };
  } else {
    throw new Error(
      `Unknown type (${data?.constructor.name ?? data}) provided to create a Tensor`
    );
  }
}
function parseShape(remainingArgs) {
  if (Array.isArray(remainingArgs[0]) || remainingArgs[0] instanceof Int32Array) {
    return { shape: remainingArgs.shift() };
  } else {
    return {};
  }
}
function shiftUntilDefined(remainingArgs) {
  while (remainingArgs.length > 0 && remainingArgs[0] === void 0) {
    remainingArgs.shift();
  }
}
function parseDataType(remainingArgs) {
  shiftUntilDefined(remainingArgs);
  if (typeof remainingArgs[0] === "string") {
    const dtype = remainingArgs.shift();
    return { dataType: getDataType(dtype).dtype };
  } else {
    return {};
  }
}
function parseEnvironment(remainingArgs) {
  shiftUntilDefined(remainingArgs);
  if (remainingArgs[0] instanceof Environment) {
    return { environment: remainingArgs.shift() };
  } else {
    return {};
  }
}
function parseOnDelete(remainingArgs) {
  shiftUntilDefined(remainingArgs);
  if (remainingArgs[0] instanceof Function) {
    return { onDelete: remainingArgs.shift() };
  } else {
    return {};
  }
}
function parseArgs(args) {
  return {
    ...parseData(args),
    ...parseShape(args),
    ...parseDataType(args),
    ...parseEnvironment(args),
    ...parseOnDelete(args)
  };
}
var Tensor = class _Tensor {
  liteRtTensorBuffer;
  type;
  environment;
  deletedInternal = false;
  onDelete;
  static copyFunctions = /* @__PURE__ */ new Map();
  constructor(a, b, c, d, e) {
    const {
      typedArray,
      gpuBuffer,
      liteRtTensorBuffer,
      shape,
      dataType,
      environment,
      onDelete
    } = parseArgs([a, b, c, d, e]);
    this.onDelete = onDelete;
    this.environment = environment ?? getGlobalLiteRt().getDefaultEnvironment();
    if (liteRtTensorBuffer) {
      if (shape) {
        throw new Error(
          "A LiteRtTensorBuffer cannot be provided with a shape."
        );
      }
      if (dataType) {
        throw new Error(
          "A LiteRtTensorBuffer cannot be provided with a data type."
        );
      }
      this.liteRtTensorBuffer = liteRtTensorBuffer;
    } else if (gpuBuffer) {
      if (!shape) {
        throw new Error("A GPUBuffer must be provided with a shape.");
      }
      if (!dataType) {
        throw new Error("A GPUBuffer must be provided with a data type.");
      }
      const [liteRtTensorBuffer2, webGpuBufferPtr] = webGpuBufferToLiteRtTensorBuffer(
        gpuBuffer,
        shape,
        dataType,
        this.environment
      );
      this.liteRtTensorBuffer = liteRtTensorBuffer2;
      const onDelete2 = this.onDelete;
      this.onDelete = () => {
        const liteRtWasm = getGlobalLiteRt().liteRtWasm;
        liteRtWasm.wgpuBufferRelease(webGpuBufferPtr);
        onDelete2?.();
      };
    } else if (typedArray) {
      this.liteRtTensorBuffer = typedArrayToLiteRtTensorBuffer(
        typedArray,
        shape,
        environment
      );
    } else {
      throw new Error("No data provided to create a Tensor.");
    }
    this.type = liteRtTensorBufferToTensorType(this.liteRtTensorBuffer);
  }
  static fromTypedArray(data, shape, environment) {
    return new _Tensor(data, shape, environment);
  }
  ensureNotDeleted() {
    if (this.deleted) {
      throw new Error("Tensor is deleted and cannot be used.");
    }
  }
  async data() {
    this.ensureNotDeleted();
    if (this.liteRtTensorBuffer.bufferType().value === TensorBufferType.HOST_MEMORY) {
      return this.toTypedArray();
    }
    const copy = await this.copyTo("wasm");
    const data = await copy.data();
    copy.delete();
    return data;
  }
  toTypedArray() {
    this.ensureNotDeleted();
    const liteRtWasm = getGlobalLiteRt().liteRtWasm;
    if (this.liteRtTensorBuffer.isWebGpuMemory()) {
      throw new Error(
        "Cannot convert a Tensor with WebGPU memory to a TypedArray."
      );
    }
    if (this.liteRtTensorBuffer.bufferType().value !== liteRtWasm.LiteRtTensorBufferType.HOST_MEMORY.value) {
      throw new Error(
        "Cannot convert a Tensor with non-host memory to a TypedArray."
      );
    }
    if (this.liteRtTensorBuffer.size() !== this.liteRtTensorBuffer.packedSize() || this.liteRtTensorBuffer.offset() !== 0) {
      throw new Error("Tensors with strides or padding are not yet supported.");
    }
    const rankedTensorType = this.liteRtTensorBuffer.tensorType();
    const elementType = rankedTensorType.elementType();
    const byteWidth = liteRtWasm.liteRtGetByteWidth(elementType);
    rankedTensorType.delete();
    const typedArrayConstructor = getDataType(
      elementType.value
    ).typedArrayConstructor;
    if (typedArrayConstructor.BYTES_PER_ELEMENT !== byteWidth) {
      throw new Error(
        `Byte width ${byteWidth} of the tensor's element type ${ElementTypeName[elementType.value]} does not match the expected byte width ${typedArrayConstructor.BYTES_PER_ELEMENT} of the ${typedArrayConstructor.name}.`
      );
    }
    const dataPtr = this.liteRtTensorBuffer.lock(
      getGlobalLiteRt().liteRtWasm.LiteRtTensorBufferLockMode.READ
    );
    try {
      const uint8Array = liteRtWasm.HEAPU8.slice(
        dataPtr,
        dataPtr + this.liteRtTensorBuffer.packedSize()
      );
      const typedArray = new typedArrayConstructor(
        uint8Array.buffer,
        uint8Array.byteOffset,
        uint8Array.byteLength / byteWidth
      );
      return typedArray;
    } finally {
      this.liteRtTensorBuffer.unlock();
    }
  }
  getBufferType() {
    this.ensureNotDeleted();
    return this.liteRtTensorBuffer.bufferType().value;
  }
  /**
   * Returns the underlying GPUBuffer of the Tensor.
   *
   * Note that the lifetime of the returned GPUBuffer is dependant upon how the
   * Tensor was created. If the Tensor was constructed from a GPUBuffer, then
   * the GPUBuffer will NOT be released when the Tensor is deleted. If the
   * Tensor was copied/moved to GPU from host memory, then the GPU buffer will
   * be released when the Tensor is deleted.
   *
   * The GPU buffer may be larger than the actual data in the tensor.
   *
   * @return The GPUBuffer containing the Tensor's data.
   */
  toGpuBuffer() {
    this.ensureNotDeleted();
    const liteRtWasm = getGlobalLiteRt().liteRtWasm;
    if (!this.liteRtTensorBuffer.isWebGpuMemory()) {
      throw new Error(
        "Cannot convert a Tensor with non-WebGPU memory to a GPUBuffer."
      );
    }
    const bufferTypeValue = this.liteRtTensorBuffer.bufferType().value;
    if (bufferTypeValue !== liteRtWasm.LiteRtTensorBufferType.WEB_GPU_BUFFER.value && bufferTypeValue !== liteRtWasm.LiteRtTensorBufferType.WEB_GPU_BUFFER_FP16.value && bufferTypeValue !== liteRtWasm.LiteRtTensorBufferType.WEB_GPU_BUFFER_PACKED.value) {
      throw new Error(
        "Cannot convert a Tensor with host memory to a GPUBuffer."
      );
    }
    if (this.liteRtTensorBuffer.size() !== this.liteRtTensorBuffer.packedSize() || this.liteRtTensorBuffer.offset() !== 0) {
      throw new Error("Tensors with strides or padding are not yet supported.");
    }
    const gpuBufferId = this.liteRtTensorBuffer.getWebGpuBuffer();
    return liteRtWasm.WebGPU.getJsObject(gpuBufferId);
  }
  getCopyFunctionSet(destination) {
    this.ensureNotDeleted();
    const sourceBufferType = this.getBufferType();
    const copyFunctions = _Tensor.copyFunctions.get(sourceBufferType);
    if (!copyFunctions) {
      throw new Error(
        `TensorBufferType ${TensorBufferTypeName[sourceBufferType] ?? sourceBufferType} does not support copying or moving`
      );
    }
    const destinationBufferType = typeof destination === "string" ? AcceleratorDefaultTensorBufferType[destination] : destination;
    if (destinationBufferType == null) {
      throw new Error(
        `Unknown destination '${destination}' for copying or moving.`
      );
    }
    const copyFunctionSet = copyFunctions.get(destinationBufferType);
    if (!copyFunctionSet) {
      const supportedDestinations = [...copyFunctions].map(
        ([key]) => TensorBufferTypeName[key] ?? key
      );
      throw new Error(
        `TensorBufferType ${TensorBufferTypeName[sourceBufferType]} does not support copying or moving to ${TensorBufferTypeName[destinationBufferType]}. It supports the following TensorBufferTypes: [${supportedDestinations.join(
          ", "
        )}].`
      );
    }
    return [copyFunctionSet, destinationBufferType];
  }
  /**
   * Copies the tensor to the given accelerator.
   *
   * @param destination The accelerator or buffer type to copy to.
   * @return A promise that resolves to the copied tensor.
   */
  async copyTo(destination, options) {
    const [copyFunctionSet, destinationBufferType] = this.getCopyFunctionSet(destination);
    if (!copyFunctionSet.copyTo) {
      throw new Error(
        `Copying to ${TensorBufferTypeName[destinationBufferType]} is not supported by this tensor.`
      );
    }
    return copyFunctionSet.copyTo(this, options);
  }
  /**
   * Moves the tensor to the given accelerator.
   *
   * @param destination The accelerator or buffer type to move to.
   * @return A promise that resolves to the moved tensor.
   */
  async moveTo(destination, options) {
    const [copyFunctionSet, destinationBufferType] = this.getCopyFunctionSet(destination);
    if (!copyFunctionSet.moveTo) {
      throw new Error(
        `Moving to ${TensorBufferTypeName[destinationBufferType]} is not supported by this tensor.`
      );
    }
    return copyFunctionSet.moveTo(this, options);
  }
  get bufferType() {
    return this.liteRtTensorBuffer.bufferType().value;
  }
  get accelerator() {
    const accelerator = TensorBufferTypeToAccelerator[this.bufferType];
    if (accelerator === void 0) {
      throw new Error(
        `TensorBufferType ${TensorBufferTypeName[this.bufferType]} has an unknown accelerator type.`
      );
    }
    return accelerator;
  }
  get deleted() {
    return this.deletedInternal;
  }
  delete() {
    if (this.deletedInternal) {
      return;
    }
    this.deletedInternal = true;
    this.liteRtTensorBuffer.delete();
    this.onDelete?.();
  }
};
function liteRtTensorBufferToTensorType(liteRtTensorBuffer) {
  const liteRtRankedTensorType = liteRtTensorBuffer.tensorType();
  const elementType = liteRtRankedTensorType.elementType();
  const liteRtLayout = liteRtRankedTensorType.layout();
  const dimensions = liteRtLayout.dimensions();
  liteRtLayout.delete();
  liteRtRankedTensorType.delete();
  return {
    dtype: getDataType(elementType.value).dtype,
    layout: { dimensions: emscriptenVectorToArray(dimensions) }
  };
}
function webGpuBufferToLiteRtTensorBuffer(gpuBuffer, shape, dtype, environment) {
  const globalLiteRt2 = getGlobalLiteRt();
  const liteRtWasm = globalLiteRt2.liteRtWasm;
  const dimensionsVector = new liteRtWasm.VectorInt32();
  fillEmscriptenVector(shape, dimensionsVector);
  const layout = liteRtWasm.LiteRtLayout.create(dimensionsVector);
  dimensionsVector.delete();
  const rankedTensorType = liteRtWasm.LiteRtRankedTensorType.create(
    { value: getDataType(dtype).elementType },
    layout
  );
  layout.delete();
  const importedGpuBufferPtr = liteRtWasm.WebGPU.importJsBuffer(gpuBuffer);
  const liteRtTensorBuffer = liteRtWasm.LiteRtTensorBuffer.createFromWebGpuBuffer(
    environment.liteRtEnvironment,
    rankedTensorType,
    liteRtWasm.LiteRtTensorBufferType.WEB_GPU_BUFFER_PACKED,
    importedGpuBufferPtr,
    gpuBuffer.size
  );
  rankedTensorType.delete();
  return [liteRtTensorBuffer, importedGpuBufferPtr];
}
function typedArrayToLiteRtTensorBuffer(data, shape, environment) {
  const globalLiteRt2 = getGlobalLiteRt();
  const liteRtWasm = globalLiteRt2.liteRtWasm;
  environment = environment ?? globalLiteRt2.getDefaultEnvironment();
  const elementType = getDataType(data).elementType;
  const dimensionsVector = new liteRtWasm.VectorInt32();
  fillEmscriptenVector(shape ?? [data.length], dimensionsVector);
  const layout = liteRtWasm.LiteRtLayout.create(dimensionsVector);
  dimensionsVector.delete();
  const expectedNumElements = layout.numElements();
  if (data.length !== expectedNumElements) {
    layout.delete();
    throw new Error(
      `Number of elements ${data.length} of the provided TypedArray does not match the expected number of elements ${expectedNumElements}.`
    );
  }
  const rankedTensorType = liteRtWasm.LiteRtRankedTensorType.create(
    { value: elementType },
    layout
  );
  layout.delete();
  const arrayType = data.constructor;
  const bufferSize = arrayType.BYTES_PER_ELEMENT * data.length;
  const expectedBufferSize = rankedTensorType.bytes();
  if (bufferSize !== expectedBufferSize) {
    rankedTensorType.delete();
    throw new Error(
      `Byte length ${bufferSize} of the provided TypedArray does not match the expected buffer size ${expectedBufferSize}.`
    );
  }
  const liteRtTensorBuffer = liteRtWasm.LiteRtTensorBuffer.createManaged(
    environment.liteRtEnvironment,
    liteRtWasm.LiteRtTensorBufferType.HOST_MEMORY,
    rankedTensorType,
    bufferSize
  );
  rankedTensorType.delete();
  const dataPtr = liteRtTensorBuffer.lock(
    liteRtWasm.LiteRtTensorBufferLockMode.WRITE
  );
  try {
    const uint8Data = new Uint8Array(
      data.buffer,
      data.byteOffset,
      data.byteLength
    );
    liteRtWasm.HEAPU8.set(uint8Data, dataPtr);
  } finally {
    liteRtTensorBuffer.unlock();
  }
  return liteRtTensorBuffer;
}
var CompiledModelSignatureRunner = class {
  constructor(signatureIndex, liteRtModel, liteRtCompiledModel, options) {
    this.signatureIndex = signatureIndex;
    this.liteRtModel = liteRtModel;
    this.liteRtCompiledModel = liteRtCompiledModel;
    this.options = options;
    this.liteRtSimpleSignature = liteRtModel.getSignature(signatureIndex);
    const inputNames = emscriptenVectorToArray(this.liteRtSimpleSignature.inputNames());
    const inputDetails = [];
    for (let i = 0; i < inputNames.length; i++) {
      const name = inputNames[i];
      const tensorType = liteRtModel.getInputTensorType(signatureIndex, i);
      const requirements = liteRtCompiledModel.getInputBufferRequirements(signatureIndex, i);
      inputDetails.push(makeTensorDetails(name, i, tensorType, requirements));
    }
    this.inputDetails = Object.freeze(inputDetails);
    const outputNames = emscriptenVectorToArray(this.liteRtSimpleSignature.outputNames());
    const outputDetails = [];
    for (let i = 0; i < outputNames.length; i++) {
      const name = outputNames[i];
      const tensorType = liteRtModel.getOutputTensorType(signatureIndex, i);
      const requirements = liteRtCompiledModel.getOutputBufferRequirements(signatureIndex, i);
      outputDetails.push(makeTensorDetails(name, i, tensorType, requirements));
    }
    this.outputDetails = Object.freeze(outputDetails);
  }
  inputDetails;
  outputDetails;
  liteRtSimpleSignature;
  deletedInternal = false;
  /**
   * The string key corresponding to this signature in the model.
   */
  get key() {
    this.ensureNotDeleted();
    return this.liteRtSimpleSignature.key();
  }
  /**
   * Get details about each input tensor.
   */
  getInputDetails() {
    this.ensureNotDeleted();
    return this.inputDetails;
  }
  /**
   * Get details about each output tensor.
   */
  getOutputDetails() {
    this.ensureNotDeleted();
    return this.outputDetails;
  }
  async run(input) {
    this.ensureNotDeleted();
    const inputArray = this.inputsToArray(input);
    const { inputsOnAccelerator, cleanup } = await this.ensureInputsOnAccelerator(inputArray);
    let outputArray;
    try {
      outputArray = await this.runWithArray(inputsOnAccelerator);
    } finally {
      cleanup();
    }
    if (Array.isArray(input) || input instanceof Tensor) {
      return outputArray;
    } else {
      return this.outputsToRecord(outputArray);
    }
  }
  inputsToArray(input) {
    if (Array.isArray(input)) {
      if (input.length !== this.inputDetails.length) {
        throw new Error(
          `run() called with ${input.length} inputs, but signature expects ${this.inputDetails.length} inputs`
        );
      }
      return input;
    }
    if (input instanceof Tensor) {
      if (this.inputDetails.length !== 1) {
        throw new Error(
          `run() called with a single tensor, but signature expects ${this.inputDetails.length} inputs`
        );
      }
      return [input];
    }
    const inputArray = [];
    for (const inputDetails of this.inputDetails) {
      if (!(inputDetails.name in input)) {
        throw new Error(
          `run() called with input record that is missing input ${inputDetails.name} with index ${inputDetails.index}`
        );
      }
      inputArray.push(input[inputDetails.name]);
    }
    return inputArray;
  }
  outputsToRecord(output) {
    const outputRecord = {};
    for (let i = 0; i < this.outputDetails.length; i++) {
      outputRecord[this.outputDetails[i].name] = output[i];
    }
    return outputRecord;
  }
  /**
   * Ensures that all input tensors are on the correct accelerator. Copies any
   * tensors that are not on the correct accelerator.
   *
   * @param inputs The input tensors to be passed to the signature. They must
   *     be in the same order and quantity as the input details.
   * @return A promise that resolves to a list of input tensors that are on the
   *     correct accelerator, and a cleanup function that deletes any tensors
   *     that were copied.
   */
  async ensureInputsOnAccelerator(inputs) {
    const toDelete = [];
    const inputsOnAccelerator = [];
    const inputDetails = this.getInputDetails();
    if (inputs.length !== inputDetails.length) {
      throw new Error(`ensureInputsOnAccelerator() called with ${inputs.length} inputs, but signature expects ${inputDetails.length} inputs`);
    }
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      const bufferType = input.getBufferType();
      const supportedBufferTypes = inputDetails[i].supportedBufferTypes;
      if (supportedBufferTypes.size === 0) {
        throw new Error(`Tensor ${inputDetails[i].name} with index ${inputDetails[i].index} has no supported buffer types.`);
      }
      if (supportedBufferTypes.has(bufferType)) {
        inputsOnAccelerator.push(input);
      } else {
        const newBufferType = supportedBufferTypes.values().next().value;
        const copy = await input.copyTo(newBufferType);
        toDelete.push(copy);
        inputsOnAccelerator.push(copy);
      }
    }
    return {
      inputsOnAccelerator,
      cleanup: () => {
        for (const tensor of toDelete) {
          tensor.delete();
        }
      }
    };
  }
  async runWithArray(input) {
    for (let i = 0; i < input.length; i++) {
      const inputTensor = input[i];
      const expectedRankedTensorType = this.liteRtModel.getInputTensorType(this.signatureIndex, i);
      const inputRequirements = this.liteRtCompiledModel.getInputBufferRequirements(
        this.signatureIndex,
        i
      );
      getGlobalLiteRt().liteRtWasm.checkTensorBufferCompatible(
        inputTensor.liteRtTensorBuffer,
        expectedRankedTensorType,
        inputRequirements
      );
      expectedRankedTensorType.delete();
      inputRequirements.delete();
    }
    const outputTensorBuffers = await this.liteRtCompiledModel.run(
      this.signatureIndex,
      input.map((tensor) => tensor.liteRtTensorBuffer)
    );
    return outputTensorBuffers.map(
      (tensorBuffer) => new Tensor(tensorBuffer, this.options.environment)
    );
  }
  get deleted() {
    return this.deletedInternal;
  }
  ensureNotDeleted() {
    if (this.deleted) {
      throw new Error(
        "CompiledModelSignatureRunner is deleted and cannot be used."
      );
    }
  }
  delete() {
    if (this.deletedInternal) {
      return;
    }
    this.deletedInternal = true;
    this.liteRtSimpleSignature.delete();
  }
};
function makeTensorDetails(name, index, tensorType, requirements) {
  const layout = tensorType.layout();
  const dimensions = emscriptenVectorToArray(layout.dimensions());
  layout.delete();
  const supportedBufferTypes = new Set(emscriptenVectorToArray(requirements.supportedTypes()).map(({ value }) => value));
  const details = {
    name,
    index,
    dtype: getDataType(tensorType.elementType().value).dtype,
    shape: new Int32Array(dimensions),
    supportedBufferTypes
  };
  tensorType.delete();
  requirements.delete();
  return details;
}
var CompiledModel = class {
  constructor(model, liteRtCompiledModel, options, onDelete) {
    this.model = model;
    this.liteRtCompiledModel = liteRtCompiledModel;
    this.options = options;
    this.onDelete = onDelete;
    const numSignatures = model.liteRtModel.getNumSignatures();
    const compiledModelSignatureRunners = {};
    for (let i = 0; i < numSignatures; i++) {
      const compiledModelSignatureRunner = new CompiledModelSignatureRunner(
        i,
        model.liteRtModel,
        liteRtCompiledModel,
        options
      );
      compiledModelSignatureRunners[compiledModelSignatureRunner.key] = compiledModelSignatureRunner;
    }
    this.compiledModelSignatureRunners = Object.freeze(compiledModelSignatureRunners);
    this.defaultSignature = Object.values(this.signatures)[0];
    this.key = this.defaultSignature.key;
  }
  defaultSignature;
  compiledModelSignatureRunners;
  key;
  deletedInternal = false;
  get signatures() {
    this.ensureNotDeleted();
    return this.compiledModelSignatureRunners;
  }
  getInputDetails() {
    this.ensureNotDeleted();
    return this.defaultSignature.getInputDetails();
  }
  getOutputDetails() {
    this.ensureNotDeleted();
    return this.defaultSignature.getOutputDetails();
  }
  async run(inputOrSignatureName, maybeInput) {
    this.ensureNotDeleted();
    const [signature, input] = this.parseRunInputs(inputOrSignatureName, maybeInput);
    return await signature.run(input);
  }
  parseRunInputs(inputOrSignatureName, maybeInput) {
    let signature;
    let input;
    if (typeof inputOrSignatureName === "string") {
      signature = this.signatures[inputOrSignatureName];
      if (!signature) {
        throw new Error(
          `No signature named ${inputOrSignatureName} found in model.`
        );
      }
      if (!maybeInput) {
        throw new Error(
          `No input provided for signature ${inputOrSignatureName}`
        );
      }
      input = maybeInput;
    } else {
      signature = this.defaultSignature;
      input = inputOrSignatureName;
    }
    return [signature, input];
  }
  get deleted() {
    return this.deletedInternal;
  }
  ensureNotDeleted() {
    if (this.deleted) {
      throw new Error("CompiledModel is deleted and cannot be used.");
    }
  }
  get isFullyAccelerated() {
    this.ensureNotDeleted();
    return this.liteRtCompiledModel.isFullyAccelerated();
  }
  delete() {
    if (this.deletedInternal) {
      return;
    }
    this.deletedInternal = true;
    this.liteRtCompiledModel.delete();
    this.model.delete();
    for (const signatureRunner of Object.values(
      this.compiledModelSignatureRunners
    )) {
      signatureRunner.delete();
    }
    this.onDelete();
  }
};
async function urlToUint8Array(url) {
  const response = await fetch(url);
  return new Uint8Array(await response.arrayBuffer());
}
async function readableStreamDefaultReaderToUint8Array(reader) {
  let byteOffset = 0;
  let array = new Uint8Array(
    1024
    /* arbitrary starting size */
  );
  const MAX_ARRAY_SIZE = 2e9;
  while (true) {
    const { done, value } = await reader.read();
    if (value) {
      if (array.byteLength < byteOffset + value.byteLength) {
        if (byteOffset + value.byteLength > MAX_ARRAY_SIZE) {
          throw new Error(`Model is too large (> ${MAX_ARRAY_SIZE} bytes).`);
        }
        const newArray = new Uint8Array(Math.min(
          MAX_ARRAY_SIZE,
          Math.max(array.byteLength, value.byteLength) * 2
        ));
        newArray.set(array);
        array = newArray;
      }
      array.set(value, byteOffset);
      byteOffset += value.byteLength;
    }
    if (done) {
      break;
    }
  }
  return array.slice(0, byteOffset);
}
var Model = class {
  constructor(liteRtModel, onDelete) {
    this.liteRtModel = liteRtModel;
    this.onDelete = onDelete;
  }
  delete() {
    this.liteRtModel.delete();
    this.onDelete();
  }
};
function fillCompileOptions(compileOptions = {}, environment, defaultThreadCount) {
  return {
    environment,
    accelerator: compileOptions.accelerator ?? (environment.webGpuDevice ? "webgpu" : "wasm"),
    cpuOptions: compileOptions.cpuOptions ?? { numThreads: defaultThreadCount },
    gpuOptions: compileOptions.gpuOptions ?? {},
    webNNOptions: compileOptions.webNNOptions ?? {}
  };
}
var WASM_RELAXED_SIMD_CHECK = new Uint8Array([
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  1,
  5,
  1,
  96,
  0,
  1,
  123,
  3,
  2,
  1,
  0,
  10,
  15,
  1,
  13,
  0,
  65,
  1,
  253,
  15,
  65,
  2,
  253,
  15,
  253,
  128,
  2,
  11
]);
var WASM_THREADS_CHECK = new Uint8Array([
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  1,
  4,
  1,
  96,
  0,
  0,
  3,
  2,
  1,
  0,
  5,
  4,
  1,
  3,
  1,
  1,
  10,
  11,
  1,
  9,
  0,
  65,
  0,
  254,
  16,
  2,
  0,
  26,
  11
]);
var WASM_FEATURE_VALUES = {
  "relaxedSimd": void 0,
  "threads": void 0,
  "jspi": void 0,
  "webnn": void 0
};
function isJspiSupported() {
  return "Suspending" in WebAssembly;
}
function isWebNnSupported() {
  return typeof navigator !== "undefined" && !!navigator.ml;
}
async function tryWasm(wasm) {
  try {
    await WebAssembly.instantiate(wasm);
    return { supported: true };
  } catch (e) {
    return { supported: false, error: e };
  }
}
var WASM_FEATURE_CHECKS = {
  "relaxedSimd": () => {
    if (WASM_FEATURE_VALUES.relaxedSimd === void 0) {
      WASM_FEATURE_VALUES.relaxedSimd = tryWasm(WASM_RELAXED_SIMD_CHECK);
    }
    return WASM_FEATURE_VALUES.relaxedSimd;
  },
  "threads": () => {
    if (WASM_FEATURE_VALUES.threads === void 0) {
      try {
        if (typeof MessageChannel !== "undefined") {
          new MessageChannel().port1.postMessage(new SharedArrayBuffer(1));
        }
        WASM_FEATURE_VALUES.threads = tryWasm(WASM_THREADS_CHECK);
      } catch (e) {
        WASM_FEATURE_VALUES.threads = Promise.resolve({ supported: false, error: e });
      }
    }
    return WASM_FEATURE_VALUES.threads;
  },
  "jspi": () => {
    if (WASM_FEATURE_VALUES.jspi === void 0) {
      const supported = isJspiSupported();
      WASM_FEATURE_VALUES.jspi = Promise.resolve({
        supported,
        error: supported ? void 0 : new Error("JSPI is not supported")
      });
    }
    return WASM_FEATURE_VALUES.jspi;
  },
  "webnn": () => {
    if (WASM_FEATURE_VALUES.webnn === void 0) {
      const supported = isWebNnSupported();
      WASM_FEATURE_VALUES.webnn = Promise.resolve({
        supported,
        error: supported ? void 0 : new Error("WebNN is not supported")
      });
    }
    return WASM_FEATURE_VALUES.webnn;
  }
};
async function supportsFeature(feature) {
  const check = WASM_FEATURE_CHECKS[feature]?.();
  if (!check) {
    throw new Error(`Unknown feature: ${feature}`);
  }
  return (await check).supported;
}
async function throwIfFeatureNotSupported(feature) {
  const check = WASM_FEATURE_CHECKS[feature]?.();
  if (!check) {
    throw new Error(`Unknown feature: ${feature}`);
  }
  const result = await check;
  if (!result.supported) {
    throw result.error;
  }
}
var LiteRt = class {
  liteRtWasm;
  defaultEnvironment;
  objectsToDelete = /* @__PURE__ */ new Set();
  constructor(wasmModule) {
    this.liteRtWasm = wasmModule;
    this.liteRtWasm.setupLogging();
  }
  setDefaultEnvironment(environment) {
    this.defaultEnvironment = environment;
  }
  getDefaultEnvironment() {
    if (!this.defaultEnvironment) {
      throw new Error("Default environment is not set.");
    }
    return this.defaultEnvironment;
  }
  setWebGpuDevice(device) {
    const oldEnvironment = this.getDefaultEnvironment();
    this.setDefaultEnvironment(new Environment({
      ...oldEnvironment.options,
      webGpuDevice: device
    }));
  }
  getWebGpuDevice() {
    return this.getDefaultEnvironment().webGpuDevice;
  }
  /**
   * Registers an object to be deleted when this LiteRt instance is deleted.
   * Internal use only.
   */
  _registerObjectForDeletion(object) {
    this.objectsToDelete.add(object);
  }
  /**
   * Unregisters an object from being deleted when this LiteRt instance is
   * deleted. Internal use only.
   */
  _unregisterObjectForDeletion(object) {
    this.objectsToDelete.delete(object);
  }
  /**
   * Loads and compiles a LiteRt model.
   *
   * @param model The model data. This can be a string (the model url), a URL
   *     object, a Uint8Array (the model bytes), or a
   *     ReadableStreamDefaultReader (for streaming model loading).
   * @param compileOptions The options for compiling the model. This includes
   *     the accelerator to use ('webgpu' or 'wasm') and the WebGPU device
   *     (for direct GPU model inputs / outputs).
   * @returns A promise that resolves to the CompiledModel.
   */
  async loadAndCompile(model, compileOptions = {}) {
    let modelData;
    if (typeof model === "string" || model instanceof URL) {
      modelData = await urlToUint8Array(model);
    } else if (model instanceof Uint8Array) {
      modelData = model;
    } else if (model instanceof ReadableStreamDefaultReader) {
      modelData = await readableStreamDefaultReaderToUint8Array(model);
    } else {
      throw new Error("Unsupported model type.");
    }
    const environment = compileOptions.environment ?? this.getDefaultEnvironment();
    const accelerator = compileOptions.accelerator ?? (environment.webGpuDevice ? "webgpu" : "wasm");
    const isWebGpu = accelerator === "webgpu";
    if (isWebGpu && !environment.webGpuDevice) {
      throw new Error(
        "WebGPU was requested but no WebGPU device is set in the environment."
      );
    }
    const filledCompileOptions = fillCompileOptions(
      compileOptions,
      environment,
      this.liteRtWasm.getThreadCount()
    );
    const ptr = this.liteRtWasm._malloc(modelData.byteLength);
    this.liteRtWasm.HEAPU8.set(modelData, ptr);
    const wasmModel = this.liteRtWasm.loadModel(
      filledCompileOptions.environment.liteRtEnvironment,
      ptr,
      modelData.byteLength
    );
    const wasmCompiledModel = await this.liteRtWasm.compileModel(
      filledCompileOptions.environment.liteRtEnvironment,
      wasmModel,
      filledCompileOptions
    );
    const loadedModel = new Model(wasmModel, () => {
      this.liteRtWasm._free(ptr);
    });
    const compiledModel = new CompiledModel(
      loadedModel,
      wasmCompiledModel,
      filledCompileOptions,
      () => {
        this.objectsToDelete.delete(compiledModel);
      }
    );
    this.objectsToDelete.add(compiledModel);
    const isWebNn = accelerator === "webnn";
    const acceleratorRequested = isWebGpu || isWebNn;
    if (acceleratorRequested && !compiledModel.isFullyAccelerated) {
      if (isJspiSupported()) {
        console.warn(
          `%c[LiteRT]%c Model not fully compiled for ${accelerator}. Partially delegating to WASM execution.`,
          "background: #FFA000; color: black; font-weight: bold; padding: 2px 5px; border-radius: 3px;",
          "font-weight: bold;"
        );
      } else {
        console.warn(
          `%c[LiteRT]%c Model not fully compiled for ${accelerator} on non-JSPI browser. Falling back to WASM execution.`,
          "background: #D32F2F; color: white; font-weight: bold; padding: 2px 5px; border-radius: 3px;",
          "color: #D32F2F; font-weight: bold;"
        );
        compiledModel.delete();
        const fallbackCompileOptions = {
          ...compileOptions,
          accelerator: "wasm"
        };
        return this.loadAndCompile(modelData, fallbackCompileOptions);
      }
    }
    return compiledModel;
  }
  delete() {
    for (const object of this.objectsToDelete) {
      object.delete();
    }
  }
};
function pathToString(path) {
  return path;
}
function appendPathSegment(path, segment) {
  if (!path) return segment;
  if (!segment) return path;
  const pathWithSlash = path.endsWith("/") ? path : path + "/";
  const segmentWithoutSlash = segment.startsWith("/") ? segment.substring(1) : segment;
  return pathWithSlash + segmentWithoutSlash;
}
var WASM_JS_FILE_NAME = "litert_wasm_internal.js";
var WASM_JS_COMPAT_FILE_NAME = "litert_wasm_compat_internal.js";
var WASM_JS_THREADED_FILE_NAME = "litert_wasm_threaded_internal.js";
var WASM_JS_JSPI_FILE_NAME = "litert_wasm_jspi_internal.js";
async function load(path, options) {
  const pathString = pathToString(path);
  const isFullFilePath = pathString.endsWith(".wasm") || pathString.endsWith(".js");
  const relaxedSimd = await supportsFeature("relaxedSimd");
  if (options?.threads) {
    if (options?.jspi) {
      throw new Error(
        "The `threads` and `jspi` options are mutually exclusive."
      );
    }
    if (isFullFilePath) {
      console.warn(
        `The \`threads\` option was specified, but the wasm path ${pathString} is a full file path. Whether threads are available or not will depend on the loaded file. To allow LiteRT.js to load the threaded wasm file, use a directory path instead of a full file path.`
      );
    }
    if (!relaxedSimd) {
      throw new Error(
        "Threads are only supported with relaxed SIMD, and the current browser does not support relaxed SIMD."
      );
    }
    await throwIfFeatureNotSupported("threads");
  }
  if (options?.jspi) {
    if (isFullFilePath) {
      console.warn(
        `The \`jspi\` option was specified, but the wasm path ${pathString} is a full file path. Whether JSPI is available or not will depend on the loaded file. To allow LiteRT.js to load the JSPI wasm file, use a directory path instead of a full file path.`
      );
    }
    await throwIfFeatureNotSupported("jspi");
  }
  let fileName = WASM_JS_COMPAT_FILE_NAME;
  if (relaxedSimd) {
    if (options?.threads) {
      fileName = WASM_JS_THREADED_FILE_NAME;
    } else if (options?.jspi) {
      fileName = WASM_JS_JSPI_FILE_NAME;
    } else {
      fileName = WASM_JS_FILE_NAME;
    }
  }
  let jsFilePath = path;
  if (pathString.endsWith(".wasm")) {
    throw new Error(
      "Please load the `.js` file corresponding to the `.wasm` file, or load the directory containing it."
    );
  } else if (!pathString.endsWith(".js")) {
    jsFilePath = appendPathSegment(path, fileName);
  }
  return createWasmLib(LiteRt, jsFilePath);
}
function loadLiteRt(path, options) {
  if (hasGlobalLiteRtPromise()) {
    throw new Error("LiteRT is already loading / loaded.");
  }
  setGlobalLiteRtPromise(load(path, options).then(async (liteRt) => {
    setGlobalLiteRt(liteRt);
    liteRt.setDefaultEnvironment(
      await Environment.create()
    );
    return liteRt;
  }).catch((error) => {
    setGlobalLiteRtPromise(void 0);
    throw error;
  }));
  return getGlobalLiteRtPromise();
}
var compilationLock = Promise.resolve();
async function copyHostMemoryToHostMemory(cpuTensor, options = {}) {
  const environment = options.environment ?? cpuTensor.environment;
  const liteRtWasm = getGlobalLiteRt().liteRtWasm;
  const srcTensorBuffer = cpuTensor.liteRtTensorBuffer;
  const bufferType = srcTensorBuffer.bufferType();
  if (bufferType.value !== TensorBufferType.HOST_MEMORY) {
    throw new Error(
      "Source tensor is not in host memory. Cannot copy to host memory."
    );
  }
  const srcTensorMemoryPtr = srcTensorBuffer.lock(
    liteRtWasm.LiteRtTensorBufferLockMode.READ
  );
  let destTensorBuffer;
  try {
    destTensorBuffer = liteRtWasm.LiteRtTensorBuffer.createManaged(
      environment.liteRtEnvironment,
      liteRtWasm.LiteRtTensorBufferType.HOST_MEMORY,
      srcTensorBuffer.tensorType(),
      srcTensorBuffer.size()
    );
    const destMemoryPointer = destTensorBuffer.lock(
      liteRtWasm.LiteRtTensorBufferLockMode.WRITE
    );
    try {
      const srcTensorMemoryView = new Uint8Array(
        liteRtWasm.HEAPU8.buffer,
        srcTensorMemoryPtr,
        srcTensorBuffer.size()
      );
      liteRtWasm.HEAPU8.set(srcTensorMemoryView, destMemoryPointer);
    } finally {
      destTensorBuffer.unlock();
    }
  } finally {
    srcTensorBuffer.unlock();
  }
  if (!destTensorBuffer) {
    throw new Error("Failed to create destination tensor buffer.");
  }
  return new Tensor(destTensorBuffer, environment);
}
async function cpuTensorToGpuTensor(cpuTensor, options = {}) {
  const environment = options.environment ?? cpuTensor.environment;
  const device = environment.webGpuDevice;
  if (!device) {
    throw new Error(
      "No WebGPU device is available. Did you forget to pass a destination environment that has a WebGPU device?"
    );
  }
  const liteRtWasm = getGlobalLiteRt().liteRtWasm;
  const byteLength = cpuTensor.liteRtTensorBuffer.size();
  const paddedByteLength = byteLength + 3 & ~3;
  const stagingBuffer = device.createBuffer({
    size: paddedByteLength,
    usage: GPUBufferUsage.MAP_WRITE | GPUBufferUsage.COPY_SRC,
    mappedAtCreation: true
  });
  const mappedBuffer = await stagingBuffer.getMappedRange();
  const mappedArray = new Uint8Array(mappedBuffer);
  const cpuMemoryPtr = cpuTensor.liteRtTensorBuffer.lock(
    liteRtWasm.LiteRtTensorBufferLockMode.READ
  );
  try {
    const cpuMemoryView = new Uint8Array(
      liteRtWasm.HEAPU8.buffer,
      cpuMemoryPtr,
      cpuTensor.liteRtTensorBuffer.size()
    );
    mappedArray.set(cpuMemoryView);
  } finally {
    cpuTensor.liteRtTensorBuffer.unlock();
  }
  stagingBuffer.unmap();
  const buffer = device.createBuffer({
    size: paddedByteLength,
    usage: GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST | GPUBufferUsage.STORAGE
  });
  const commandEncoder = device.createCommandEncoder();
  commandEncoder.copyBufferToBuffer(
    stagingBuffer,
    0,
    buffer,
    0,
    paddedByteLength
  );
  device.queue.submit([commandEncoder.finish()]);
  stagingBuffer.destroy();
  return new Tensor(
    buffer,
    cpuTensor.type.layout.dimensions,
    cpuTensor.type.dtype,
    environment,
    () => {
      buffer.destroy();
    }
  );
}
async function gpuTensorToCpuTensor(gpuTensor, options = {}) {
  const environment = options.environment ?? gpuTensor.environment;
  const device = gpuTensor.environment.webGpuDevice;
  if (!device) {
    throw new Error(
      "No WebGPU device is available. Does the source tensor have a WebGPU device?"
    );
  }
  const liteRtWasm = getGlobalLiteRt().liteRtWasm;
  const tensorBuffer = gpuTensor.liteRtTensorBuffer;
  const bufferType = tensorBuffer.bufferType();
  if (bufferType !== liteRtWasm.LiteRtTensorBufferType.WEB_GPU_BUFFER_PACKED) {
    throw new Error(`Cannot convert a tensor with a non-WebGPU buffer type ${bufferType} to a CPU tensor.`);
  }
  const gpuBuffer = liteRtWasm.WebGPU.getJsObject(
    tensorBuffer.getWebGpuBuffer()
  );
  const byteOffset = tensorBuffer.offset();
  const tensorType = tensorBuffer.tensorType();
  const layout = tensorType.layout();
  const numElements = layout.numElements();
  const arrayConstructor = getDataType(tensorType.elementType().value).typedArrayConstructor;
  layout.delete();
  tensorType.delete();
  let mappableBuffer = gpuBuffer;
  let cleanupBuffer = () => {
  };
  if (!(gpuBuffer.usage & GPUBufferUsage.MAP_READ)) {
    mappableBuffer = device.createBuffer({
      size: gpuBuffer.size,
      usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.MAP_READ
    });
    cleanupBuffer = () => {
      mappableBuffer.destroy();
    };
    const commandEncoder = device.createCommandEncoder();
    commandEncoder.copyBufferToBuffer(
      gpuBuffer,
      0,
      mappableBuffer,
      0,
      gpuBuffer.size
    );
    device.queue.submit([commandEncoder.finish()]);
  }
  await mappableBuffer.mapAsync(GPUMapMode.READ);
  const mappedBuffer = mappableBuffer.getMappedRange();
  const mappedArray = new arrayConstructor(mappedBuffer, byteOffset, numElements);
  const cpuTensor = new Tensor(mappedArray, gpuTensor.type.layout.dimensions, environment);
  mappableBuffer.unmap();
  cleanupBuffer();
  return cpuTensor;
}
function makeMoveTo(copyTo) {
  return async (tensor, options) => {
    const result = await copyTo(tensor, options);
    tensor.delete();
    return result;
  };
}
function registerCopyFunctions() {
  Tensor.copyFunctions.set(TensorBufferType.HOST_MEMORY, /* @__PURE__ */ new Map([
    [
      TensorBufferType.HOST_MEMORY,
      {
        copyTo: copyHostMemoryToHostMemory,
        // There might be a more efficient way to move
        // from CPU to CPU.
        moveTo: makeMoveTo(copyHostMemoryToHostMemory)
      }
    ],
    [
      TensorBufferType.WEB_GPU_BUFFER_PACKED,
      {
        copyTo: cpuTensorToGpuTensor,
        moveTo: makeMoveTo(cpuTensorToGpuTensor)
      }
    ]
  ]));
  Tensor.copyFunctions.set(TensorBufferType.WEB_GPU_BUFFER_PACKED, /* @__PURE__ */ new Map([
    [
      TensorBufferType.HOST_MEMORY,
      {
        copyTo: gpuTensorToCpuTensor,
        moveTo: makeMoveTo(gpuTensorToCpuTensor)
      }
    ]
  ]));
}
registerCopyFunctions();

// src/runtime/litert-node.ts
var LITERT_VERSION = "2.5.3";
var BUILD_FILES = {
  "relaxed-simd": "litert_wasm_internal.js",
  compat: "litert_wasm_compat_internal.js"
};
var RELAXED_SIMD_PROBE = new Uint8Array([
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  1,
  5,
  1,
  96,
  0,
  1,
  123,
  3,
  2,
  1,
  0,
  10,
  15,
  1,
  13,
  0,
  65,
  1,
  253,
  15,
  65,
  2,
  253,
  15,
  253,
  128,
  2,
  11
]);
var wasmGlobal = globalThis.WebAssembly;
function relaxedSimdSupported() {
  return wasmGlobal.validate(RELAXED_SIMD_PROBE);
}
function chooseBuild(env = process.env) {
  const forced = env.TFLITE_GATE_WASM;
  if (forced === "compat") return "compat";
  if (forced === "relaxed-simd" && relaxedSimdSupported()) return "relaxed-simd";
  return relaxedSimdSupported() ? "relaxed-simd" : "compat";
}
function describeRuntime(build) {
  return `LiteRT.js ${LITERT_VERSION} (wasm, ${build})`;
}
function wasmDirectory() {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, "wasm"), join(here, "..", "wasm"), join(here, "..", "..", "dist", "wasm")];
  try {
    const entry = createRequire(import.meta.url).resolve("@litertjs/core");
    candidates.splice(2, 0, join(dirname(entry), "..", "wasm"));
  } catch {
  }
  for (const dir of candidates) if (existsSync(join(dir, BUILD_FILES.compat))) return dir;
  throw new Error(`LiteRT.js wasm files not found (looked in ${candidates.join(", ")}); run \`npm run build\``);
}
var LOG_LINES = 50;
var runtime;
var compiled = /* @__PURE__ */ new Map();
function compiledWasm(build = chooseBuild()) {
  let module = compiled.get(build);
  if (!module) {
    const file = join(wasmDirectory(), BUILD_FILES[build].replace(/\.js$/, ".wasm"));
    module = wasmGlobal.compile(readFileSync(file));
    compiled.set(build, module);
  }
  return module;
}
function useCompiledWasm(build, module) {
  compiled.set(build, Promise.resolve(module));
}
function liteRtRuntime() {
  runtime ??= loadRuntime().catch((error) => {
    runtime = void 0;
    throw error;
  });
  return runtime;
}
async function loadRuntime() {
  const build = chooseBuild();
  const log = [];
  let errors = 0;
  const remember = (line) => {
    if (/^(ERROR|FATAL)/.test(line)) errors++;
    log.push(line);
    if (log.length > LOG_LINES) log.shift();
  };
  installBrowserShims(remember, await compiledWasm(build));
  const liteRt = await quietly(() => loadLiteRt(join(wasmDirectory(), BUILD_FILES[build])));
  return {
    liteRt,
    wasm: liteRt.liteRtWasm,
    build,
    description: describeRuntime(build),
    recentLog: () => [...log],
    errorCount: () => errors
  };
}
function installBrowserShims(print, wasm) {
  const g = globalThis;
  g.self ??= g;
  g.importScripts = (url) => {
    const cjs = { exports: {} };
    const wrapper = `(function (require, __dirname, __filename, module, exports) {${readFileSync(url, "utf8")}
})`;
    const run = vm.runInThisContext(wrapper, { filename: url });
    run(createRequire(url), dirname(url), url, cjs, cjs.exports);
    g.ModuleFactory = cjs.exports;
    const instantiateWasm = (imports, done) => {
      void wasmGlobal.instantiate(wasm, imports).then((instance) => done(instance, wasm));
      return {};
    };
    g.Module = { print, printErr: print, instantiateWasm };
  };
}
async function quietly(load2) {
  const warn = console.warn;
  console.warn = (...args) => {
    if (typeof args[0] === "string" && args[0].startsWith("Failed to create default WebGPU device")) return;
    warn(...args);
  };
  try {
    return await load2();
  } finally {
    console.warn = warn;
  }
}

// src/runtime/flat-patch.ts
var MODEL_FIELDS = 8;
var MODEL_VERSION = 0;
var MODEL_BUFFERS = 4;
var ALIGN = 64;
function applyFlatPatch(bytes, patch, fileName) {
  const r = new FlatReader(bytes, fileName);
  const model = r.root("TFL3");
  for (let id = MODEL_FIELDS; id < 64; id++) if (model.has(id)) return void 0;
  const mainTensors = model.tables(2, "subgraphs")[0]?.tables(0, "tensors") ?? [];
  for (const tensor of patch.constants.keys()) if (!mainTensors[tensor]?.has(2)) return void 0;
  const oldBuffers = model.tables(MODEL_BUFFERS, "buffers");
  const head = buildHead(r, model, oldBuffers, patch.buffers);
  const shift = head.length;
  const out = new Uint8Array(shift + bytes.length);
  out.set(head.bytes.subarray(0, shift));
  out.set(bytes, shift);
  const view = new DataView(out.buffer);
  for (const [i, at] of head.oldBufferSlots.entries()) view.setUint32(at, oldBuffers[i].pos + shift - at, true);
  moveAbsoluteOffsets(model, view, shift);
  for (const [tensor, buffer] of patch.constants) {
    view.setUint32(mainTensors[tensor].field(2) + shift, oldBuffers.length + buffer, true);
  }
  const main = model.tables(2, "subgraphs")[0];
  if (main && patch.dropOps.size > 0) dropOperators(r, main, view, shift, patch.dropOps);
  return out;
}
function buildHead(r, model, oldBuffers, added) {
  const dataBytes = added.reduce((n, b) => n + b.length + 32, 0);
  const w = new Writer(256 + 8 * (oldBuffers.length + added.length) + 16 * added.length + dataBytes);
  w.skip(8);
  w.bytes.set([84, 70, 76, 51], 4);
  const vtable = w.align(2);
  w.u16(4 + 2 * MODEL_FIELDS).u16(4 + 4 * MODEL_FIELDS);
  for (let id = 0; id < MODEL_FIELDS; id++) w.u16(id === MODEL_BUFFERS || model.has(id) ? 4 + 4 * id : 0);
  const table = w.align(4);
  w.view.setUint32(0, table, true);
  w.i32(table - vtable);
  const slots = Array.from({ length: MODEL_FIELDS }, () => w.skip(4));
  for (let id = 0; id < MODEL_FIELDS; id++) {
    const at = model.field(id);
    if (id === MODEL_VERSION) w.view.setUint32(slots[id], at ? r.u32(at) : 0, true);
    else if (id !== MODEL_BUFFERS && at) w.deferForward(slots[id], r.indirect(at));
  }
  w.view.setUint32(slots[MODEL_BUFFERS], w.align(4) - slots[MODEL_BUFFERS], true);
  w.u32(oldBuffers.length + added.length);
  const oldBufferSlots = oldBuffers.map(() => w.skip(4));
  const newSlots = added.map(() => w.skip(4));
  const bufferVtable = w.align(2);
  w.u16(6).u16(8).u16(4);
  const dataSlots = newSlots.map((slot) => {
    const at = w.align(4);
    w.view.setUint32(slot, at - slot, true);
    w.i32(at - bufferVtable);
    return w.skip(4);
  });
  added.forEach((data, i) => {
    while ((w.align(4) + 4) % 16 !== 0) w.skip(4);
    const vector = w.u32(data.length).pos - 4;
    w.view.setUint32(dataSlots[i], vector - dataSlots[i], true);
    w.bytes.set(data, w.skip(data.length));
  });
  const length = Math.ceil(w.pos / ALIGN) * ALIGN;
  for (const { slot, target } of w.forward) w.view.setUint32(slot, target + length - slot, true);
  return { bytes: w.bytes, length, oldBufferSlots };
}
function moveAbsoluteOffsets(model, view, shift) {
  const move = (t, id) => {
    const at = t.field(id);
    if (at && t.long(id) > 1) view.setBigUint64(at + shift, BigInt(t.long(id) + shift), true);
  };
  for (const buffer of model.tables(MODEL_BUFFERS, "buffers")) move(buffer, 1);
  for (const sg of model.tables(2, "subgraphs")) for (const op of sg.tables(3, "operators")) move(op, 9);
}
function dropOperators(r, subgraph, view, shift, drop) {
  const vector = subgraph.vectorStart(3, 4, "operators");
  if (!vector) return;
  let kept = 0;
  for (let i = 0; i < vector.length; i++) {
    if (drop.has(i)) continue;
    const from = vector.start + 4 * i;
    const to = vector.start + 4 * kept;
    view.setUint32(to + shift, r.indirect(from) - to, true);
    kept++;
  }
  view.setUint32(vector.start - 4 + shift, kept, true);
}
var Writer = class {
  bytes;
  view;
  pos = 0;
  /** Slots holding offsets into the original file, resolved once the head's length is known. */
  forward = [];
  constructor(capacity) {
    this.bytes = new Uint8Array(capacity + ALIGN);
    this.view = new DataView(this.bytes.buffer);
  }
  skip(n) {
    const at = this.pos;
    this.pos += n;
    return at;
  }
  align(n) {
    this.pos = Math.ceil(this.pos / n) * n;
    return this.pos;
  }
  u16(v) {
    this.view.setUint16(this.skip(2), v, true);
    return this;
  }
  u32(v) {
    this.view.setUint32(this.skip(4), v, true);
    return this;
  }
  i32(v) {
    this.view.setInt32(this.skip(4), v, true);
    return this;
  }
  deferForward(slot, target) {
    this.forward.push({ slot, target });
  }
};

// src/runtime/dynamic-outputs.ts
var RESHAPE = 22;
var INT32 = 2;
var INT64 = 4;
var SHAPE_OPERANDS = {
  22: [1],
  130: [1],
  94: [0],
  69: [1],
  65: [1, 2],
  45: [1, 2, 3],
  34: [1],
  60: [1],
  100: [1],
  23: [1],
  97: [1],
  39: [1],
  70: [1],
  40: [1],
  74: [1],
  82: [1],
  89: [1],
  81: [1],
  91: [1],
  49: [0],
  102: [1, 2],
  96: [0, 1, 2],
  85: [1],
  67: [0],
  38: [1, 2],
  37: [1, 2]
};
var ALWAYS_DYNAMIC = /* @__PURE__ */ new Set([109, 103, 120, 121]);
function pinReshapedOutputs(bytes, original, fileName) {
  const graph = readMainGraph(bytes, fileName);
  const signatures = readMainGraph(original, fileName).tensors.map((t) => t.signature);
  const patch = { buffers: [], constants: /* @__PURE__ */ new Map(), dropOps: /* @__PURE__ */ new Set() };
  const pinned = [];
  for (const [operand, value] of reshapeOperands(graph, signatures)) {
    const producer = graph.ops.findIndex((op) => op.outputs.includes(operand));
    if (producer < 0 || graph.ops[producer].outputs.length !== 1 || !graph.tensors[operand].bufferField) continue;
    patch.constants.set(operand, patch.buffers.push(new Uint8Array(Int32Array.from(value).buffer)) - 1);
    patch.dropOps.add(producer);
    for (const op of graph.ops) if (op.code === RESHAPE && op.inputs[1] === operand) pinned.push(graph.tensors[op.outputs[0]].name);
  }
  if (patch.buffers.length === 0) return { bytes, pinned, suspect: suspectOutputs(graph, /* @__PURE__ */ new Set()) };
  dropDeadShapeOps(graph, patch.dropOps);
  const patched = applyFlatPatch(bytes, patch, fileName);
  if (!patched) return { bytes, pinned: [], suspect: suspectOutputs(graph, /* @__PURE__ */ new Set()) };
  return { bytes: patched, pinned, suspect: suspectOutputs(graph, new Set(patch.constants.keys())) };
}
function reshapeOperands(graph, signatures) {
  const wanted = /* @__PURE__ */ new Map();
  for (const op of graph.ops) {
    const operand = op.inputs[1];
    if (op.code !== RESHAPE || operand === void 0 || operand < 0 || graph.tensors[operand].constant) continue;
    const out = op.outputs[0];
    const value = graph.outputs.includes(out) ? pinnableShape(graph, operand, out, signatures[out] ?? []) : void 0;
    const key = value?.join(",");
    const previous = wanted.get(operand);
    wanted.set(operand, wanted.has(operand) && previous?.join(",") !== key ? void 0 : value);
  }
  for (const op of graph.ops) {
    for (const t of op.inputs) if (wanted.has(t) && !(op.code === RESHAPE && op.inputs[1] === t && op.inputs[0] !== t)) wanted.set(t, void 0);
  }
  const result = /* @__PURE__ */ new Map();
  for (const [operand, value] of wanted) if (value && !graph.inputs.includes(operand) && !graph.outputs.includes(operand)) result.set(operand, value);
  return result;
}
function pinnableShape(graph, operand, out, signature) {
  if (signature.slice(1).some((d) => d < 0)) return void 0;
  const shape = graph.tensors[out].shape.map((d) => d < 0 ? 1 : d);
  const t = graph.tensors[operand];
  if (t.type !== INT32 || t.shape.length !== 1 || t.shape[0] !== shape.length) return void 0;
  return shape;
}
function dropDeadShapeOps(graph, drop) {
  for (let changed = true; changed; ) {
    changed = false;
    const used = new Set(graph.outputs);
    graph.ops.forEach((op, i) => {
      if (!drop.has(i)) op.inputs.forEach((t) => used.add(t));
    });
    graph.ops.forEach((op, i) => {
      const dead = op.outputs.length > 0 && op.outputs.every((t) => !used.has(t) && [INT32, INT64].includes(graph.tensors[t]?.type ?? -1));
      if (!drop.has(i) && dead) {
        drop.add(i);
        changed = true;
      }
    });
  }
}
function suspectOutputs(graph, pinned) {
  const known = (t) => t < 0 || graph.tensors[t]?.constant === true || pinned.has(t);
  return graph.outputs.filter((out) => {
    const op = graph.ops.find((o) => o.outputs.includes(out));
    if (!op) return false;
    return ALWAYS_DYNAMIC.has(op.code) || (SHAPE_OPERANDS[op.code] ?? []).some((i) => op.inputs[i] !== void 0 && !known(op.inputs[i]));
  }).map((t) => graph.tensors[t].name);
}
function readMainGraph(bytes, fileName) {
  const r = new FlatReader(bytes, fileName);
  const model = r.root("TFL3");
  const codes = model.tables(1, "operator_codes").map((t) => Math.max(t.byte(0), t.int(3)));
  const buffers = model.tables(4, "buffers");
  const sg = model.tables(2, "subgraphs")[0];
  if (!sg) return { tensors: [], ops: [], inputs: [], outputs: [] };
  const tensors = sg.tables(0, "tensors").map((t, i) => readTensor(t, i, buffers));
  const ops = sg.tables(3, "operators").map((t) => ({ code: codes[t.uint(0)] ?? -1, inputs: t.ints(1, "inputs"), outputs: t.ints(2, "outputs") }));
  return { tensors, ops, inputs: sg.ints(1, "inputs"), outputs: sg.ints(2, "outputs") };
}
function readTensor(t, index, buffers) {
  const buffer = buffers[t.uint(2)];
  const constant = !!buffer && ((buffer.bytes(0, "data")?.data.length ?? 0) > 0 || buffer.long(1) > 1);
  const shape = t.ints(0, "shape");
  const signature = t.has(7) ? t.ints(7, "shape_signature") : shape;
  return { name: t.string(3, "name") ?? `tensor_${index}`, type: t.byte(1), shape, signature, constant, bufferField: t.has(2) };
}

// src/runtime/run-checks.ts
function runnableBytes(bytes, file) {
  let fixed;
  try {
    fixed = fixBatchForRuntime(bytes, file);
  } catch {
    return { bytes, check: [] };
  }
  try {
    const pinned = pinReshapedOutputs(fixed, bytes, file);
    return { bytes: pinned.bytes, check: [...pinned.pinned, ...pinned.suspect] };
  } catch {
    return { bytes: fixed, check: ["(not analysed)"] };
  }
}
function refused(file, error, rt) {
  const reason = error instanceof Error ? error.message : String(error);
  const detail = rt.recentLog().filter((line) => /^(ERROR|FATAL)/.test(line)).slice(-3);
  const message = [`the TFLite runtime refused the model: ${reason}`, ...detail].join("\n  ");
  return new GateError("runtime", message, { file }, "Check that the file is a complete .tflite model (re-export it); ops outside the TFLite builtin set are not supported.");
}
var DYNAMIC_OUTPUT = "gets its shape only at run time (a dynamic tensor), and LiteRT.js cannot return such an output (its runs give no numbers for it)";
var DYNAMIC_HINT = "Export the model with a fixed batch size (e.g. keras.Input(..., batch_size=1)), or end it with an op of static output shape.";
function runFailed(file, rt, count, thrown) {
  const lines = rt.recentLog().filter((line) => /^(ERROR|FATAL)/.test(line)).slice(-Math.min(count, 4));
  if (thrown !== void 0) lines.push(...String(thrown instanceof Error ? thrown.message : thrown).split("\n").slice(0, 4));
  const output = lines.map((line) => /custom allocation for output tensor (\S+)/.exec(line)?.[1]).find(Boolean);
  if (output) return new GateError("runtime", `output "${output}" ${DYNAMIC_OUTPUT}:
  ${lines.join("\n  ")}`, { file, where: output }, DYNAMIC_HINT);
  return new GateError(
    "runtime",
    `the TFLite runtime failed while running the model:
  ${lines.join("\n  ")}`,
    { file },
    "Check that the model runs in tf.lite.Interpreter; ops outside the TFLite builtin set are not supported."
  );
}
function dynamicOutputError(file, outputs, error) {
  const names = outputs.map((name) => `"${name}"`).join(", ");
  const detail = error.message.replace(/^[^\n]*/, "");
  return new GateError("runtime", `output ${names} ${DYNAMIC_OUTPUT}:${detail}`, { file, where: outputs[0] }, DYNAMIC_HINT);
}

// src/runtime/tensor-types.ts
var ELEMENT_TYPES = {
  1: { dtype: "float32", elementType: 1, bytes: 4, array: Float32Array },
  2: { dtype: "int32", elementType: 2, bytes: 4, array: Int32Array },
  3: { dtype: "uint8", elementType: 3, bytes: 1, array: Uint8Array },
  4: { dtype: "int64", elementType: 4, bytes: 8, array: BigInt64Array },
  6: { dtype: "bool", elementType: 6, bytes: 1, array: Uint8Array },
  7: { dtype: "int16", elementType: 7, bytes: 2, array: Int16Array },
  9: { dtype: "int8", elementType: 9, bytes: 1, array: Int8Array },
  10: { dtype: "float16", elementType: 10, bytes: 2, array: Uint16Array },
  11: { dtype: "float64", elementType: 11, bytes: 8, array: Float64Array }
};
function dtypeForElementType(value) {
  return ELEMENT_TYPES[value];
}
function copyElements(src, srcOffset, dst, dstOffset, count) {
  const source = src;
  if (srcOffset + count > source.length || dstOffset + count > dst.length) {
    throw new RangeError(`copy of ${count} elements out of range (source ${source.length} from ${srcOffset}, target ${dst.length} from ${dstOffset})`);
  }
  const sameKind = src.constructor === dst.constructor;
  if (sameKind) {
    dst.set(
      src.subarray(srcOffset, srcOffset + count),
      dstOffset
    );
    return;
  }
  const toBig = dst instanceof BigInt64Array;
  const target = dst;
  for (let i = 0; i < count; i++) {
    const value = source[srcOffset + i];
    target[dstOffset + i] = toBig ? BigInt(Math.trunc(Number(value))) : Number(value);
  }
}
var QUANTIZED_DTYPES = /* @__PURE__ */ new Set(["int8", "uint8", "int16"]);
function ioQuantization(dtype, q) {
  const scale = q?.scale.length === 1 ? q.scale[0] : 0;
  if (!q || !QUANTIZED_DTYPES.has(dtype) || scale === 0 || !Number.isFinite(scale)) return void 0;
  return { scale, zeroPoint: Number(q.zeroPoint[0] ?? 0) };
}
function dequantizeInPlace(values, q) {
  for (let i = 0; i < values.length; i++) values[i] = q.scale * (values[i] - q.zeroPoint);
}
function modelIOQuantization(bytes) {
  const found = { inputs: { names: [], quantization: [] }, outputs: { names: [], quantization: [] } };
  try {
    const { graph } = readTfliteModel(bytes, void 0, { mainSubgraphOnly: true });
    for (const [list, side] of [[graph.inputs, found.inputs], [graph.outputs, found.outputs]]) {
      for (const io of list) {
        const tensor = graph.tensors[io.tensor];
        side.names.push(io.name);
        side.quantization.push(tensor ? ioQuantization(tensor.dtype, tensor.quantization) : void 0);
      }
    }
  } catch {
  }
  return found;
}
function quantizationFor(side, name, index) {
  const at = side.names.indexOf(name);
  return side.quantization[at >= 0 ? at : index];
}

// src/runtime/interpreter.ts
async function loadInterpreter(bytes, options = {}) {
  const rt = await liteRtRuntime();
  const file = options.file ?? "model bytes";
  const { wasm } = rt;
  const runnable = runnableBytes(bytes, file);
  bytes = runnable.bytes;
  const env = rt.liteRt.getDefaultEnvironment();
  const pointer = wasm._malloc(bytes.byteLength);
  wasm.HEAPU8.set(bytes, pointer);
  let model;
  let compiled2;
  let interpreter;
  try {
    model = wasm.loadModel(env.liteRtEnvironment, pointer, bytes.byteLength);
    const compileOptions = { environment: env, accelerator: "wasm", cpuOptions: { numThreads: 1 }, gpuOptions: {}, webNNOptions: {} };
    compiled2 = await wasm.compileModel(env.liteRtEnvironment, model, compileOptions);
    interpreter = new LiteRtInterpreter(rt, model, compiled2, () => wasm._free(pointer), file);
  } catch (error) {
    compiled2?.delete();
    model?.delete();
    wasm._free(pointer);
    if (error instanceof GateError) throw error;
    throw refused(file, error, rt);
  }
  if (runnable.check.length > 0) interpreter.checkOutputsWritten(runnable.check);
  addQuantization(interpreter, bytes);
  return interpreter;
}
function addQuantization(interpreter, bytes) {
  if (![...interpreter.inputs, ...interpreter.outputs].some((d) => d.dtype !== "float32" && d.dtype !== "float16")) return;
  const found = modelIOQuantization(bytes);
  const add = (list, side) => list.forEach((d, i) => {
    const q = quantizationFor(side, d.name, i);
    if (q) d.quantization = q;
  });
  add(interpreter.inputs, found.inputs);
  add(interpreter.outputs, found.outputs);
}
var LiteRtInterpreter = class {
  constructor(rt, model, compiled2, freeBytes, file) {
    this.rt = rt;
    this.model = model;
    this.compiled = compiled2;
    this.freeBytes = freeBytes;
    this.file = file;
    this.runtime = rt.description;
    const signature = model.getSignature(0);
    try {
      const inNames = vectorToArray(signature.inputNames());
      const outNames = vectorToArray(signature.outputNames());
      this.inPorts = inNames.map((name, i) => this.port(name, i, model.getInputTensorType(0, i)));
      this.outPorts = outNames.map((name, i) => this.port(name, i, model.getOutputTensorType(0, i)));
    } finally {
      signature.delete();
    }
    this.inputs = this.inPorts.map((port) => port.details);
    this.outputs = this.outPorts.map((port) => port.details);
    this.inBuffers = this.inPorts.map((port) => this.makeBuffer(port));
  }
  rt;
  model;
  compiled;
  freeBytes;
  file;
  inputs;
  outputs;
  runtime;
  inPorts;
  outPorts;
  inBuffers;
  lastOutputs = [];
  disposed = false;
  port(name, index, type) {
    try {
      const info = dtypeForElementType(type.elementType().value);
      const layout = type.layout();
      const dims = vectorToArray(layout.dimensions());
      layout.delete();
      if (!info) throw new GateError("runtime", `tensor "${name}" has an element type LiteRT.js cannot exchange (${type.elementType().value})`, { file: this.file, where: name });
      const shape = dims.map((d, axis) => d < 0 && axis === 0 ? 1 : d);
      if (shape.some((d) => d < 0)) {
        throw new GateError("runtime", `tensor "${name}" has a dynamic dimension other than the batch: [${dims.join(", ")}]`, { file: this.file, where: name }, "Export the model with fixed input sizes (only the batch may be -1).");
      }
      const size = shape.reduce((a, b) => a * b, 1);
      return { details: { name, index, shape, dtype: info.dtype, size }, info };
    } finally {
      type.delete();
    }
  }
  makeBuffer(port) {
    const { wasm } = this.rt;
    const dims = new wasm.VectorInt32();
    for (const d of port.details.shape) dims.push_back(d);
    const layout = wasm.LiteRtLayout.create(dims);
    dims.delete();
    const type = wasm.LiteRtRankedTensorType.create({ value: port.info.elementType }, layout);
    layout.delete();
    const env = this.rt.liteRt.getDefaultEnvironment().liteRtEnvironment;
    const buffer = wasm.LiteRtTensorBuffer.createManaged(env, wasm.LiteRtTensorBufferType.HOST_MEMORY, type, port.details.size * port.info.bytes);
    type.delete();
    return buffer;
  }
  setInput(index, data, elementOffset = 0) {
    const port = this.inPorts[index];
    const buffer = this.inBuffers[index];
    if (!port || !buffer) throw new Error(`input ${index} out of range (model has ${this.inPorts.length})`);
    const { size } = port.details;
    const { info } = port;
    const pointer = buffer.lock(this.rt.wasm.LiteRtTensorBufferLockMode.WRITE);
    try {
      const view = new info.array(this.rt.wasm.HEAPU8.buffer, pointer, size);
      copyElements(data, elementOffset, view, 0, size);
    } finally {
      buffer.unlock();
    }
  }
  invoke() {
    if (this.disposed) throw new Error("interpreter disposed");
    for (const buffer of this.lastOutputs) buffer.delete();
    this.lastOutputs = [];
    const errors = this.rt.errorCount();
    try {
      this.lastOutputs = this.compiled.run(0, this.inBuffers);
    } catch (error) {
      throw runFailed(this.file, this.rt, this.rt.errorCount() - errors, error);
    }
    if (this.rt.errorCount() !== errors) throw runFailed(this.file, this.rt, this.rt.errorCount() - errors);
  }
  /**
   * Two runs on zeros, which throw if LiteRT did not write an output. Needed for outputs that may become
   * dynamic: the first run does not report it (its outputs are just never written), the second one does.
   */
  checkOutputsWritten(outputs) {
    try {
      for (let run = 0; run < 2; run++) {
        this.inPorts.forEach((port, i) => this.setInput(i, new port.info.array(port.details.size)));
        this.invoke();
      }
    } catch (error) {
      this.dispose();
      throw error instanceof GateError && !error.where ? dynamicOutputError(this.file, outputs, error) : error;
    }
  }
  readOutput(index, dst, elementOffset = 0) {
    return this.withOutput(index, (view) => {
      const target = dst ?? new view.constructor(view.length);
      copyElements(view, 0, target, elementOffset, view.length);
      return target;
    });
  }
  withOutput(index, use) {
    const port = this.outPorts[index];
    const buffer = this.lastOutputs[index];
    if (!port || !buffer) throw new Error(`output ${index} not available (model has ${this.outPorts.length}; invoke first)`);
    const pointer = buffer.lock(this.rt.wasm.LiteRtTensorBufferLockMode.READ);
    try {
      return use(new port.info.array(this.rt.wasm.HEAPU8.buffer, pointer, port.details.size));
    } finally {
      buffer.unlock();
    }
  }
  run(inputs) {
    if (inputs.length !== this.inPorts.length) throw new Error(`run() got ${inputs.length} inputs, the model has ${this.inPorts.length}`);
    inputs.forEach((data, i) => this.setInput(i, data));
    this.invoke();
    return this.outPorts.map((_, i) => this.readOutput(i));
  }
  dispose() {
    if (this.disposed) return;
    this.disposed = true;
    for (const buffer of [...this.lastOutputs, ...this.inBuffers]) buffer.delete();
    this.compiled.delete();
    this.model.delete();
    this.freeBytes();
  }
};
function vectorToArray(vector) {
  const out = [];
  for (let i = 0; i < vector.size(); i++) out.push(vector.get(i));
  vector.delete();
  return out;
}

// src/runtime/predict.ts
var PROGRESS_EVERY = 256;
function predictRange(interpreter, inputs, start, end, onProgress) {
  const outputs = interpreter.outputs.map((o) => new Float32Array((end - start) * o.size));
  for (let s = start; s < end; s++) {
    for (let i = 0; i < inputs.length; i++) interpreter.setInput(i, inputs[i].data, s * inputs[i].sampleSize);
    interpreter.invoke();
    for (let o = 0; o < outputs.length; o++) readAsFloat32(interpreter, o, outputs[o], (s - start) * interpreter.outputs[o].size);
    if (onProgress && (s - start + 1) % PROGRESS_EVERY === 0) onProgress(s - start + 1);
  }
  return outputs;
}
function readAsFloat32(interpreter, index, dst, offset) {
  const dtype = interpreter.outputs[index].dtype;
  if (dtype === "float32") {
    interpreter.readOutput(index, dst, offset);
    return dst;
  }
  const raw = interpreter.readOutput(index);
  const convert = dtype === "float16" ? (v) => halfToFloat(Number(v)) : Number;
  for (let i = 0; i < raw.length; i++) dst[offset + i] = convert(raw[i]);
  return dst;
}
function chunkRanges(count, size) {
  const ranges = [];
  for (let start = 0; start < count; start += size) ranges.push([start, Math.min(count, start + size)]);
  return ranges;
}
function rangeStats(interpreter, inputs, start, end, sizes, onProgress, batch = 1) {
  const count = sizes.length;
  const stats = new Float32Array((end - start) * count * 2);
  const buffer = new Float32Array(interpreter.outputs[0]?.size ?? 0);
  let reported = 0;
  for (let s = start; s < end; s += batch) {
    const n = Math.min(batch, end - s);
    inputs.forEach((input, i) => interpreter.setInput(i, n === batch ? input.data : padded(input, s, n, batch), n === batch ? s * input.sampleSize : 0));
    interpreter.invoke();
    const values = readAsFloat32(interpreter, 0, buffer, 0);
    for (let b = 0; b < n; b++) {
      const base = (s + b - start) * count * 2;
      let offset = 0;
      sizes.forEach((size, o) => {
        const per = size / batch;
        stats[base + 2 * o] = -maxOf(values, offset + size + b * per, offset + size + (b + 1) * per);
        stats[base + 2 * o + 1] = maxOf(values, offset + b * per, offset + (b + 1) * per);
        offset += 2 * size;
      });
    }
    const done = s + n - start;
    if (onProgress && Math.floor(done / PROGRESS_EVERY) > Math.floor(reported / PROGRESS_EVERY)) onProgress(reported = done);
  }
  return stats;
}
function padded(input, s, n, batch) {
  const size = input.sampleSize;
  const data = input.data;
  const out = new data.constructor(batch * size);
  out.set(data.subarray(s * size, (s + n) * size));
  for (let b = n; b < batch; b++) out.copyWithin(b * size, (n - 1) * size, n * size);
  return out;
}
function maxOf(values, from, to) {
  let max = -Infinity;
  for (let i = from; i < to; i++) if (values[i] > max) max = values[i];
  return max;
}

// src/runtime/pool-protocol.ts
function serializeError(error) {
  if (error instanceof GateError) return { message: error.message, kind: error.kind, file: error.file, where: error.where, hint: error.hint };
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error) };
}
function deserializeError(error) {
  if (error.kind) return new GateError(error.kind, error.message, { file: error.file, where: error.where }, error.hint);
  const rebuilt = new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

export {
  chooseBuild,
  compiledWasm,
  useCompiledWasm,
  liteRtRuntime,
  dequantizeInPlace,
  modelIOQuantization,
  quantizationFor,
  loadInterpreter,
  predictRange,
  chunkRanges,
  rangeStats,
  serializeError,
  deserializeError
};
