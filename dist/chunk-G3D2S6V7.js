import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-JM7JNUOI.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7AIIOF2D.js";

// node_modules/flatbuffers/js/constants.js
var require_constants = __commonJS({
  "node_modules/flatbuffers/js/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SIZE_PREFIX_LENGTH = exports.FILE_IDENTIFIER_LENGTH = exports.SIZEOF_INT = exports.SIZEOF_SHORT = void 0;
    exports.SIZEOF_SHORT = 2;
    exports.SIZEOF_INT = 4;
    exports.FILE_IDENTIFIER_LENGTH = 4;
    exports.SIZE_PREFIX_LENGTH = 4;
  }
});

// node_modules/flatbuffers/js/utils.js
var require_utils = __commonJS({
  "node_modules/flatbuffers/js/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isLittleEndian = exports.float64 = exports.float32 = exports.int32 = void 0;
    exports.int32 = new Int32Array(2);
    exports.float32 = new Float32Array(exports.int32.buffer);
    exports.float64 = new Float64Array(exports.int32.buffer);
    exports.isLittleEndian = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;
  }
});

// node_modules/flatbuffers/js/encoding.js
var require_encoding = __commonJS({
  "node_modules/flatbuffers/js/encoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Encoding = void 0;
    var Encoding;
    (function(Encoding2) {
      Encoding2[Encoding2["UTF8_BYTES"] = 1] = "UTF8_BYTES";
      Encoding2[Encoding2["UTF16_STRING"] = 2] = "UTF16_STRING";
    })(Encoding || (exports.Encoding = Encoding = {}));
  }
});

// node_modules/flatbuffers/js/byte-buffer.js
var require_byte_buffer = __commonJS({
  "node_modules/flatbuffers/js/byte-buffer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ByteBuffer = void 0;
    var constants_js_1 = require_constants();
    var encoding_js_1 = require_encoding();
    var utils_js_1 = require_utils();
    var ByteBuffer = class _ByteBuffer {
      /**
       * Create a new ByteBuffer with a given array of bytes (`Uint8Array`)
       */
      constructor(bytes_) {
        this.bytes_ = bytes_;
        this.position_ = 0;
        this.text_decoder_ = new TextDecoder();
      }
      /**
       * Create and allocate a new ByteBuffer with a given size.
       */
      static allocate(byte_size) {
        return new _ByteBuffer(new Uint8Array(byte_size));
      }
      clear() {
        this.position_ = 0;
      }
      /**
       * Get the underlying `Uint8Array`.
       */
      bytes() {
        return this.bytes_;
      }
      /**
       * Get the buffer's position.
       */
      position() {
        return this.position_;
      }
      /**
       * Set the buffer's position.
       */
      setPosition(position) {
        this.position_ = position;
      }
      /**
       * Get the buffer's capacity.
       */
      capacity() {
        return this.bytes_.length;
      }
      readInt8(offset) {
        return this.readUint8(offset) << 24 >> 24;
      }
      readUint8(offset) {
        return this.bytes_[offset];
      }
      readInt16(offset) {
        return this.readUint16(offset) << 16 >> 16;
      }
      readUint16(offset) {
        return this.bytes_[offset] | this.bytes_[offset + 1] << 8;
      }
      readInt32(offset) {
        return this.bytes_[offset] | this.bytes_[offset + 1] << 8 | this.bytes_[offset + 2] << 16 | this.bytes_[offset + 3] << 24;
      }
      readUint32(offset) {
        return this.readInt32(offset) >>> 0;
      }
      readInt64(offset) {
        return BigInt.asIntN(64, BigInt(this.readUint32(offset)) + (BigInt(this.readUint32(offset + 4)) << BigInt(32)));
      }
      readUint64(offset) {
        return BigInt.asUintN(64, BigInt(this.readUint32(offset)) + (BigInt(this.readUint32(offset + 4)) << BigInt(32)));
      }
      readFloat32(offset) {
        utils_js_1.int32[0] = this.readInt32(offset);
        return utils_js_1.float32[0];
      }
      readFloat64(offset) {
        utils_js_1.int32[utils_js_1.isLittleEndian ? 0 : 1] = this.readInt32(offset);
        utils_js_1.int32[utils_js_1.isLittleEndian ? 1 : 0] = this.readInt32(offset + 4);
        return utils_js_1.float64[0];
      }
      writeInt8(offset, value) {
        this.bytes_[offset] = value;
      }
      writeUint8(offset, value) {
        this.bytes_[offset] = value;
      }
      writeInt16(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
      }
      writeUint16(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
      }
      writeInt32(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
        this.bytes_[offset + 2] = value >> 16;
        this.bytes_[offset + 3] = value >> 24;
      }
      writeUint32(offset, value) {
        this.bytes_[offset] = value;
        this.bytes_[offset + 1] = value >> 8;
        this.bytes_[offset + 2] = value >> 16;
        this.bytes_[offset + 3] = value >> 24;
      }
      writeInt64(offset, value) {
        this.writeInt32(offset, Number(BigInt.asIntN(32, value)));
        this.writeInt32(offset + 4, Number(BigInt.asIntN(32, value >> BigInt(32))));
      }
      writeUint64(offset, value) {
        this.writeUint32(offset, Number(BigInt.asUintN(32, value)));
        this.writeUint32(offset + 4, Number(BigInt.asUintN(32, value >> BigInt(32))));
      }
      writeFloat32(offset, value) {
        utils_js_1.float32[0] = value;
        this.writeInt32(offset, utils_js_1.int32[0]);
      }
      writeFloat64(offset, value) {
        utils_js_1.float64[0] = value;
        this.writeInt32(offset, utils_js_1.int32[utils_js_1.isLittleEndian ? 0 : 1]);
        this.writeInt32(offset + 4, utils_js_1.int32[utils_js_1.isLittleEndian ? 1 : 0]);
      }
      /**
       * Return the file identifier.   Behavior is undefined for FlatBuffers whose
       * schema does not include a file_identifier (likely points at padding or the
       * start of a the root vtable).
       */
      getBufferIdentifier() {
        if (this.bytes_.length < this.position_ + constants_js_1.SIZEOF_INT + constants_js_1.FILE_IDENTIFIER_LENGTH) {
          throw new Error("FlatBuffers: ByteBuffer is too short to contain an identifier.");
        }
        let result = "";
        for (let i = 0; i < constants_js_1.FILE_IDENTIFIER_LENGTH; i++) {
          result += String.fromCharCode(this.readInt8(this.position_ + constants_js_1.SIZEOF_INT + i));
        }
        return result;
      }
      /**
       * Look up a field in the vtable, return an offset into the object, or 0 if the
       * field is not present.
       */
      __offset(bb_pos, vtable_offset) {
        const vtable = bb_pos - this.readInt32(bb_pos);
        return vtable_offset < this.readInt16(vtable) ? this.readInt16(vtable + vtable_offset) : 0;
      }
      /**
       * Initialize any Table-derived type to point to the union at the given offset.
       */
      __union(t, offset) {
        t.bb_pos = offset + this.readInt32(offset);
        t.bb = this;
        return t;
      }
      /**
       * Create a JavaScript string from UTF-8 data stored inside the FlatBuffer.
       * This allocates a new string and converts to wide chars upon each access.
       *
       * To avoid the conversion to string, pass Encoding.UTF8_BYTES as the
       * "optionalEncoding" argument. This is useful for avoiding conversion when
       * the data will just be packaged back up in another FlatBuffer later on.
       *
       * @param offset
       * @param opt_encoding Defaults to UTF16_STRING
       */
      __string(offset, opt_encoding) {
        offset += this.readInt32(offset);
        const length = this.readInt32(offset);
        offset += constants_js_1.SIZEOF_INT;
        const utf8bytes = this.bytes_.subarray(offset, offset + length);
        if (opt_encoding === encoding_js_1.Encoding.UTF8_BYTES)
          return utf8bytes;
        else
          return this.text_decoder_.decode(utf8bytes);
      }
      /**
       * Handle unions that can contain string as its member, if a Table-derived type then initialize it,
       * if a string then return a new one
       *
       * WARNING: strings are immutable in JS so we can't change the string that the user gave us, this
       * makes the behaviour of __union_with_string different compared to __union
       */
      __union_with_string(o, offset) {
        if (typeof o === "string") {
          return this.__string(offset);
        }
        return this.__union(o, offset);
      }
      /**
       * Retrieve the relative offset stored at "offset"
       */
      __indirect(offset) {
        return offset + this.readInt32(offset);
      }
      /**
       * Get the start of data of a vector whose offset is stored at "offset" in this object.
       */
      __vector(offset) {
        return offset + this.readInt32(offset) + constants_js_1.SIZEOF_INT;
      }
      /**
       * Get the length of a vector whose offset is stored at "offset" in this object.
       */
      __vector_len(offset) {
        return this.readInt32(offset + this.readInt32(offset));
      }
      __has_identifier(ident) {
        if (ident.length != constants_js_1.FILE_IDENTIFIER_LENGTH) {
          throw new Error("FlatBuffers: file identifier must be length " + constants_js_1.FILE_IDENTIFIER_LENGTH);
        }
        for (let i = 0; i < constants_js_1.FILE_IDENTIFIER_LENGTH; i++) {
          if (ident.charCodeAt(i) != this.readInt8(this.position() + constants_js_1.SIZEOF_INT + i)) {
            return false;
          }
        }
        return true;
      }
      /**
       * A helper function for generating list for obj api
       */
      createScalarList(listAccessor, listLength) {
        const ret = [];
        for (let i = 0; i < listLength; ++i) {
          const val = listAccessor(i);
          if (val !== null) {
            ret.push(val);
          }
        }
        return ret;
      }
      /**
       * A helper function for generating list for obj api
       * @param listAccessor function that accepts an index and return data at that index
       * @param listLength listLength
       * @param res result list
       */
      createObjList(listAccessor, listLength) {
        const ret = [];
        for (let i = 0; i < listLength; ++i) {
          const val = listAccessor(i);
          if (val !== null) {
            ret.push(val.unpack());
          }
        }
        return ret;
      }
    };
    exports.ByteBuffer = ByteBuffer;
  }
});

// node_modules/flatbuffers/js/builder.js
var require_builder = __commonJS({
  "node_modules/flatbuffers/js/builder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Builder = void 0;
    var byte_buffer_js_1 = require_byte_buffer();
    var constants_js_1 = require_constants();
    var Builder2 = class _Builder {
      /**
       * Create a FlatBufferBuilder.
       */
      constructor(opt_initial_size) {
        this.minalign = 1;
        this.vtable = null;
        this.vtable_in_use = 0;
        this.isNested = false;
        this.object_start = 0;
        this.vtables = [];
        this.vector_num_elems = 0;
        this.force_defaults = false;
        this.string_maps = null;
        this.text_encoder = new TextEncoder();
        let initial_size;
        if (!opt_initial_size) {
          initial_size = 1024;
        } else {
          initial_size = opt_initial_size;
        }
        this.bb = byte_buffer_js_1.ByteBuffer.allocate(initial_size);
        this.space = initial_size;
      }
      clear() {
        this.bb.clear();
        this.space = this.bb.capacity();
        this.minalign = 1;
        this.vtable = null;
        this.vtable_in_use = 0;
        this.isNested = false;
        this.object_start = 0;
        this.vtables = [];
        this.vector_num_elems = 0;
        this.force_defaults = false;
        this.string_maps = null;
      }
      /**
       * In order to save space, fields that are set to their default value
       * don't get serialized into the buffer. Forcing defaults provides a
       * way to manually disable this optimization.
       *
       * @param forceDefaults true always serializes default values
       */
      forceDefaults(forceDefaults) {
        this.force_defaults = forceDefaults;
      }
      /**
       * Get the ByteBuffer representing the FlatBuffer. Only call this after you've
       * called finish(). The actual data starts at the ByteBuffer's current position,
       * not necessarily at 0.
       */
      dataBuffer() {
        return this.bb;
      }
      /**
       * Get the bytes representing the FlatBuffer. Only call this after you've
       * called finish().
       */
      asUint8Array() {
        return this.bb.bytes().subarray(this.bb.position(), this.bb.position() + this.offset());
      }
      /**
       * Prepare to write an element of `size` after `additional_bytes` have been
       * written, e.g. if you write a string, you need to align such the int length
       * field is aligned to 4 bytes, and the string data follows it directly. If all
       * you need to do is alignment, `additional_bytes` will be 0.
       *
       * @param size This is the of the new element to write
       * @param additional_bytes The padding size
       */
      prep(size, additional_bytes) {
        if (size > this.minalign) {
          this.minalign = size;
        }
        const align_size = ~(this.bb.capacity() - this.space + additional_bytes) + 1 & size - 1;
        while (this.space < align_size + size + additional_bytes) {
          const old_buf_size = this.bb.capacity();
          this.bb = _Builder.growByteBuffer(this.bb);
          this.space += this.bb.capacity() - old_buf_size;
        }
        this.pad(align_size);
      }
      pad(byte_size) {
        for (let i = 0; i < byte_size; i++) {
          this.bb.writeInt8(--this.space, 0);
        }
      }
      writeInt8(value) {
        this.bb.writeInt8(this.space -= 1, value);
      }
      writeInt16(value) {
        this.bb.writeInt16(this.space -= 2, value);
      }
      writeInt32(value) {
        this.bb.writeInt32(this.space -= 4, value);
      }
      writeInt64(value) {
        this.bb.writeInt64(this.space -= 8, value);
      }
      writeFloat32(value) {
        this.bb.writeFloat32(this.space -= 4, value);
      }
      writeFloat64(value) {
        this.bb.writeFloat64(this.space -= 8, value);
      }
      /**
       * Add an `int8` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int8` to add the buffer.
       */
      addInt8(value) {
        this.prep(1, 0);
        this.writeInt8(value);
      }
      /**
       * Add an `int16` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int16` to add the buffer.
       */
      addInt16(value) {
        this.prep(2, 0);
        this.writeInt16(value);
      }
      /**
       * Add an `int32` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int32` to add the buffer.
       */
      addInt32(value) {
        this.prep(4, 0);
        this.writeInt32(value);
      }
      /**
       * Add an `int64` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `int64` to add the buffer.
       */
      addInt64(value) {
        this.prep(8, 0);
        this.writeInt64(value);
      }
      /**
       * Add a `float32` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `float32` to add the buffer.
       */
      addFloat32(value) {
        this.prep(4, 0);
        this.writeFloat32(value);
      }
      /**
       * Add a `float64` to the buffer, properly aligned, and grows the buffer (if necessary).
       * @param value The `float64` to add the buffer.
       */
      addFloat64(value) {
        this.prep(8, 0);
        this.writeFloat64(value);
      }
      addFieldInt8(voffset, value, defaultValue2) {
        if (this.force_defaults || value != defaultValue2) {
          this.addInt8(value);
          this.slot(voffset);
        }
      }
      addFieldInt16(voffset, value, defaultValue2) {
        if (this.force_defaults || value != defaultValue2) {
          this.addInt16(value);
          this.slot(voffset);
        }
      }
      addFieldInt32(voffset, value, defaultValue2) {
        if (this.force_defaults || value != defaultValue2) {
          this.addInt32(value);
          this.slot(voffset);
        }
      }
      addFieldInt64(voffset, value, defaultValue2) {
        if (this.force_defaults || value !== defaultValue2) {
          this.addInt64(value);
          this.slot(voffset);
        }
      }
      addFieldFloat32(voffset, value, defaultValue2) {
        if (this.force_defaults || value != defaultValue2) {
          this.addFloat32(value);
          this.slot(voffset);
        }
      }
      addFieldFloat64(voffset, value, defaultValue2) {
        if (this.force_defaults || value != defaultValue2) {
          this.addFloat64(value);
          this.slot(voffset);
        }
      }
      addFieldOffset(voffset, value, defaultValue2) {
        if (this.force_defaults || value != defaultValue2) {
          this.addOffset(value);
          this.slot(voffset);
        }
      }
      /**
       * Structs are stored inline, so nothing additional is being added. `d` is always 0.
       */
      addFieldStruct(voffset, value, defaultValue2) {
        if (value != defaultValue2) {
          this.nested(value);
          this.slot(voffset);
        }
      }
      /**
       * Structures are always stored inline, they need to be created right
       * where they're used.  You'll get this assertion failure if you
       * created it elsewhere.
       */
      nested(obj) {
        if (obj != this.offset()) {
          throw new TypeError("FlatBuffers: struct must be serialized inline.");
        }
      }
      /**
       * Should not be creating any other object, string or vector
       * while an object is being constructed
       */
      notNested() {
        if (this.isNested) {
          throw new TypeError("FlatBuffers: object serialization must not be nested.");
        }
      }
      /**
       * Set the current vtable at `voffset` to the current location in the buffer.
       */
      slot(voffset) {
        if (this.vtable !== null)
          this.vtable[voffset] = this.offset();
      }
      /**
       * @returns Offset relative to the end of the buffer.
       */
      offset() {
        return this.bb.capacity() - this.space;
      }
      /**
       * Doubles the size of the backing ByteBuffer and copies the old data towards
       * the end of the new buffer (since we build the buffer backwards).
       *
       * @param bb The current buffer with the existing data
       * @returns A new byte buffer with the old data copied
       * to it. The data is located at the end of the buffer.
       *
       * uint8Array.set() formally takes {Array<number>|ArrayBufferView}, so to pass
       * it a uint8Array we need to suppress the type check:
       * @suppress {checkTypes}
       */
      static growByteBuffer(bb) {
        const old_buf_size = bb.capacity();
        if (old_buf_size & 3221225472) {
          throw new Error("FlatBuffers: cannot grow buffer beyond 2 gigabytes.");
        }
        const new_buf_size = old_buf_size << 1;
        const nbb = byte_buffer_js_1.ByteBuffer.allocate(new_buf_size);
        nbb.setPosition(new_buf_size - old_buf_size);
        nbb.bytes().set(bb.bytes(), new_buf_size - old_buf_size);
        return nbb;
      }
      /**
       * Adds on offset, relative to where it will be written.
       *
       * @param offset The offset to add.
       */
      addOffset(offset) {
        this.prep(constants_js_1.SIZEOF_INT, 0);
        this.writeInt32(this.offset() - offset + constants_js_1.SIZEOF_INT);
      }
      /**
       * Start encoding a new object in the buffer.  Users will not usually need to
       * call this directly. The FlatBuffers compiler will generate helper methods
       * that call this method internally.
       */
      startObject(numfields) {
        this.notNested();
        if (this.vtable == null) {
          this.vtable = [];
        }
        this.vtable_in_use = numfields;
        for (let i = 0; i < numfields; i++) {
          this.vtable[i] = 0;
        }
        this.isNested = true;
        this.object_start = this.offset();
      }
      /**
       * Finish off writing the object that is under construction.
       *
       * @returns The offset to the object inside `dataBuffer`
       */
      endObject() {
        if (this.vtable == null || !this.isNested) {
          throw new Error("FlatBuffers: endObject called without startObject");
        }
        this.addInt32(0);
        const vtableloc = this.offset();
        let i = this.vtable_in_use - 1;
        for (; i >= 0 && this.vtable[i] == 0; i--) {
        }
        const trimmed_size = i + 1;
        for (; i >= 0; i--) {
          this.addInt16(this.vtable[i] != 0 ? vtableloc - this.vtable[i] : 0);
        }
        const standard_fields = 2;
        this.addInt16(vtableloc - this.object_start);
        const len = (trimmed_size + standard_fields) * constants_js_1.SIZEOF_SHORT;
        this.addInt16(len);
        let existing_vtable = 0;
        const vt1 = this.space;
        outer_loop: for (i = 0; i < this.vtables.length; i++) {
          const vt2 = this.bb.capacity() - this.vtables[i];
          if (len == this.bb.readInt16(vt2)) {
            for (let j = constants_js_1.SIZEOF_SHORT; j < len; j += constants_js_1.SIZEOF_SHORT) {
              if (this.bb.readInt16(vt1 + j) != this.bb.readInt16(vt2 + j)) {
                continue outer_loop;
              }
            }
            existing_vtable = this.vtables[i];
            break;
          }
        }
        if (existing_vtable) {
          this.space = this.bb.capacity() - vtableloc;
          this.bb.writeInt32(this.space, existing_vtable - vtableloc);
        } else {
          this.vtables.push(this.offset());
          this.bb.writeInt32(this.bb.capacity() - vtableloc, this.offset() - vtableloc);
        }
        this.isNested = false;
        return vtableloc;
      }
      /**
       * Finalize a buffer, poiting to the given `root_table`.
       */
      finish(root_table, opt_file_identifier, opt_size_prefix) {
        const size_prefix = opt_size_prefix ? constants_js_1.SIZE_PREFIX_LENGTH : 0;
        if (opt_file_identifier) {
          const file_identifier = opt_file_identifier;
          this.prep(this.minalign, constants_js_1.SIZEOF_INT + constants_js_1.FILE_IDENTIFIER_LENGTH + size_prefix);
          if (file_identifier.length != constants_js_1.FILE_IDENTIFIER_LENGTH) {
            throw new TypeError("FlatBuffers: file identifier must be length " + constants_js_1.FILE_IDENTIFIER_LENGTH);
          }
          for (let i = constants_js_1.FILE_IDENTIFIER_LENGTH - 1; i >= 0; i--) {
            this.writeInt8(file_identifier.charCodeAt(i));
          }
        }
        this.prep(this.minalign, constants_js_1.SIZEOF_INT + size_prefix);
        this.addOffset(root_table);
        if (size_prefix) {
          this.addInt32(this.bb.capacity() - this.space);
        }
        this.bb.setPosition(this.space);
      }
      /**
       * Finalize a size prefixed buffer, pointing to the given `root_table`.
       */
      finishSizePrefixed(root_table, opt_file_identifier) {
        this.finish(root_table, opt_file_identifier, true);
      }
      /**
       * This checks a required field has been set in a given table that has
       * just been constructed.
       */
      requiredField(table, field) {
        const table_start = this.bb.capacity() - table;
        const vtable_start = table_start - this.bb.readInt32(table_start);
        const ok = field < this.bb.readInt16(vtable_start) && this.bb.readInt16(vtable_start + field) != 0;
        if (!ok) {
          throw new TypeError("FlatBuffers: field " + field + " must be set");
        }
      }
      /**
       * Start a new array/vector of objects.  Users usually will not call
       * this directly. The FlatBuffers compiler will create a start/end
       * method for vector types in generated code.
       *
       * @param elem_size The size of each element in the array
       * @param num_elems The number of elements in the array
       * @param alignment The alignment of the array
       */
      startVector(elem_size, num_elems, alignment) {
        this.notNested();
        this.vector_num_elems = num_elems;
        this.prep(constants_js_1.SIZEOF_INT, elem_size * num_elems);
        this.prep(alignment, elem_size * num_elems);
      }
      /**
       * Finish off the creation of an array and all its elements. The array must be
       * created with `startVector`.
       *
       * @returns The offset at which the newly created array
       * starts.
       */
      endVector() {
        this.writeInt32(this.vector_num_elems);
        return this.offset();
      }
      /**
       * Encode the string `s` in the buffer using UTF-8. If the string passed has
       * already been seen, we return the offset of the already written string
       *
       * @param s The string to encode
       * @return The offset in the buffer where the encoded string starts
       */
      createSharedString(s) {
        if (!s) {
          return 0;
        }
        if (!this.string_maps) {
          this.string_maps = /* @__PURE__ */ new Map();
        }
        if (this.string_maps.has(s)) {
          return this.string_maps.get(s);
        }
        const offset = this.createString(s);
        this.string_maps.set(s, offset);
        return offset;
      }
      /**
       * Encode the string `s` in the buffer using UTF-8. If a Uint8Array is passed
       * instead of a string, it is assumed to contain valid UTF-8 encoded data.
       *
       * @param s The string to encode
       * @return The offset in the buffer where the encoded string starts
       */
      createString(s) {
        if (s === null || s === void 0) {
          return 0;
        }
        let utf8;
        if (s instanceof Uint8Array) {
          utf8 = s;
        } else {
          utf8 = this.text_encoder.encode(s);
        }
        this.addInt8(0);
        this.startVector(1, utf8.length, 1);
        this.bb.setPosition(this.space -= utf8.length);
        this.bb.bytes().set(utf8, this.space);
        return this.endVector();
      }
      /**
       * Create a byte vector.
       *
       * @param v The bytes to add
       * @returns The offset in the buffer where the byte vector starts
       */
      createByteVector(v) {
        if (v === null || v === void 0) {
          return 0;
        }
        this.startVector(1, v.length, 1);
        this.bb.setPosition(this.space -= v.length);
        this.bb.bytes().set(v, this.space);
        return this.endVector();
      }
      /**
       * A helper function to pack an object
       *
       * @returns offset of obj
       */
      createObjectOffset(obj) {
        if (obj === null) {
          return 0;
        }
        if (typeof obj === "string") {
          return this.createString(obj);
        } else {
          return obj.pack(this);
        }
      }
      /**
       * A helper function to pack a list of object
       *
       * @returns list of offsets of each non null object
       */
      createObjectOffsetList(list) {
        const ret = [];
        for (let i = 0; i < list.length; ++i) {
          const val = list[i];
          if (val !== null) {
            ret.push(this.createObjectOffset(val));
          } else {
            throw new TypeError("FlatBuffers: Argument for createObjectOffsetList cannot contain null.");
          }
        }
        return ret;
      }
      createStructOffsetList(list, startFunc) {
        startFunc(this, list.length);
        this.createObjectOffsetList(list.slice().reverse());
        return this.endVector();
      }
    };
    exports.Builder = Builder2;
  }
});

// node_modules/flatbuffers/js/flatbuffers.js
var require_flatbuffers = __commonJS({
  "node_modules/flatbuffers/js/flatbuffers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Encoding = exports.ByteBuffer = exports.Builder = exports.isLittleEndian = exports.int32 = exports.float64 = exports.float32 = exports.SIZE_PREFIX_LENGTH = exports.SIZEOF_SHORT = exports.SIZEOF_INT = exports.FILE_IDENTIFIER_LENGTH = void 0;
    var constants_js_1 = require_constants();
    Object.defineProperty(exports, "FILE_IDENTIFIER_LENGTH", { enumerable: true, get: function() {
      return constants_js_1.FILE_IDENTIFIER_LENGTH;
    } });
    Object.defineProperty(exports, "SIZEOF_INT", { enumerable: true, get: function() {
      return constants_js_1.SIZEOF_INT;
    } });
    Object.defineProperty(exports, "SIZEOF_SHORT", { enumerable: true, get: function() {
      return constants_js_1.SIZEOF_SHORT;
    } });
    Object.defineProperty(exports, "SIZE_PREFIX_LENGTH", { enumerable: true, get: function() {
      return constants_js_1.SIZE_PREFIX_LENGTH;
    } });
    var utils_js_1 = require_utils();
    Object.defineProperty(exports, "float32", { enumerable: true, get: function() {
      return utils_js_1.float32;
    } });
    Object.defineProperty(exports, "float64", { enumerable: true, get: function() {
      return utils_js_1.float64;
    } });
    Object.defineProperty(exports, "int32", { enumerable: true, get: function() {
      return utils_js_1.int32;
    } });
    Object.defineProperty(exports, "isLittleEndian", { enumerable: true, get: function() {
      return utils_js_1.isLittleEndian;
    } });
    var builder_js_1 = require_builder();
    Object.defineProperty(exports, "Builder", { enumerable: true, get: function() {
      return builder_js_1.Builder;
    } });
    var byte_buffer_js_1 = require_byte_buffer();
    Object.defineProperty(exports, "ByteBuffer", { enumerable: true, get: function() {
      return byte_buffer_js_1.ByteBuffer;
    } });
    var encoding_js_1 = require_encoding();
    Object.defineProperty(exports, "Encoding", { enumerable: true, get: function() {
      return encoding_js_1.Encoding;
    } });
  }
});

// src/tflite/flat-reader.ts
var FlatReader = class {
  constructor(bytes, fileName) {
    this.bytes = bytes;
    this.fileName = fileName;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  bytes;
  fileName;
  view;
  decoder = new TextDecoder("utf-8", { fatal: false });
  fail(offset, message) {
    throw new GateError(
      "bad-model",
      `not a valid TFLite model: ${message}`,
      { file: this.fileName, where: `byte ${offset}` },
      "the file is truncated or corrupt; convert the model again"
    );
  }
  check(offset, size, what) {
    if (!Number.isInteger(offset) || offset < 0 || offset + size > this.bytes.length) {
      this.fail(Math.max(0, Math.min(offset, this.bytes.length)), `${what} at byte ${offset} (+${size}) lies outside the ${this.bytes.length}-byte file`);
    }
  }
  u8(at) {
    this.check(at, 1, "byte");
    return this.view.getUint8(at);
  }
  i8(at) {
    this.check(at, 1, "byte");
    return this.view.getInt8(at);
  }
  u16(at) {
    this.check(at, 2, "uint16");
    return this.view.getUint16(at, true);
  }
  i32(at) {
    this.check(at, 4, "int32");
    return this.view.getInt32(at, true);
  }
  u32(at) {
    this.check(at, 4, "uint32");
    return this.view.getUint32(at, true);
  }
  f32(at) {
    this.check(at, 4, "float32");
    return this.view.getFloat32(at, true);
  }
  i64(at) {
    this.check(at, 8, "int64");
    return this.view.getBigInt64(at, true);
  }
  /** The root table position (after checking the file identifier when given). */
  root(identifier) {
    this.check(0, 8, "file header");
    if (identifier) {
      const id = String.fromCharCode(...this.bytes.subarray(4, 8));
      if (id !== identifier) this.fail(4, `file identifier is "${printable(id)}", expected "${identifier}"`);
    }
    return this.table(this.u32(0), "root table");
  }
  table(pos, what) {
    this.check(pos, 4, what);
    const vtable = pos - this.i32(pos);
    this.check(vtable, 4, `${what} vtable`);
    const vsize = this.u16(vtable);
    if (vsize < 4 || vsize % 2 !== 0) this.fail(vtable, `${what} has a malformed vtable (size ${vsize})`);
    this.check(vtable, vsize, `${what} vtable`);
    return new Table(this, pos, vtable, vsize, what);
  }
  /** Follows a uoffset stored at `at`. */
  indirect(at) {
    return at + this.u32(at);
  }
  string(pos, what) {
    const len = this.u32(pos);
    this.check(pos + 4, len, what);
    return this.decoder.decode(this.bytes.subarray(pos + 4, pos + 4 + len));
  }
  /** A vector's element count and first element position, checked to fit `elemSize` bytes each. */
  vector(pos, elemSize, what) {
    const length = this.u32(pos);
    this.check(pos + 4, length * elemSize, what);
    return { length, start: pos + 4 };
  }
};
function printable(s) {
  return s.replace(/[^\x20-\x7e]/g, "?");
}
var Table = class {
  constructor(r, pos, vtable, vsize, what) {
    this.r = r;
    this.pos = pos;
    this.vtable = vtable;
    this.vsize = vsize;
    this.what = what;
  }
  r;
  pos;
  vtable;
  vsize;
  what;
  /** Absolute position of field `id`, or 0 when absent. */
  field(id) {
    const slot = 4 + 2 * id;
    if (slot + 2 > this.vsize) return 0;
    const rel = this.r.u16(this.vtable + slot);
    return rel ? this.pos + rel : 0;
  }
  has(id) {
    return this.field(id) !== 0;
  }
  int(id, def = 0) {
    const at = this.field(id);
    return at ? this.r.i32(at) : def;
  }
  uint(id, def = 0) {
    const at = this.field(id);
    return at ? this.r.u32(at) : def;
  }
  float(id, def = 0) {
    const at = this.field(id);
    return at ? this.r.f32(at) : def;
  }
  byte(id, def = 0) {
    const at = this.field(id);
    return at ? this.r.i8(at) : def;
  }
  ubyte(id, def = 0) {
    const at = this.field(id);
    return at ? this.r.u8(at) : def;
  }
  bool(id, def = false) {
    const at = this.field(id);
    return at ? this.r.u8(at) !== 0 : def;
  }
  long(id, def = 0) {
    const at = this.field(id);
    return at ? Number(this.r.i64(at)) : def;
  }
  string(id, name) {
    const at = this.field(id);
    return at ? this.r.string(this.r.indirect(at), `${this.what}.${name}`) : void 0;
  }
  table(id, name) {
    const at = this.field(id);
    return at ? this.r.table(this.r.indirect(at), `${this.what}.${name}`) : void 0;
  }
  tables(id, name) {
    const at = this.field(id);
    if (!at) return [];
    const { length, start } = this.r.vector(this.r.indirect(at), 4, `${this.what}.${name}`);
    return Array.from({ length }, (_, i) => this.r.table(this.r.indirect(start + 4 * i), `${name}[${i}]`));
  }
  ints(id, name) {
    const at = this.field(id);
    if (!at) return [];
    const { length, start } = this.r.vector(this.r.indirect(at), 4, `${this.what}.${name}`);
    return Array.from({ length }, (_, i) => this.r.i32(start + 4 * i));
  }
  floats(id, name) {
    const at = this.field(id);
    if (!at) return [];
    const { length, start } = this.r.vector(this.r.indirect(at), 4, `${this.what}.${name}`);
    return Array.from({ length }, (_, i) => this.r.f32(start + 4 * i));
  }
  longs(id, name) {
    const at = this.field(id);
    if (!at) return [];
    const { length, start } = this.r.vector(this.r.indirect(at), 8, `${this.what}.${name}`);
    return Array.from({ length }, (_, i) => Number(this.r.i64(start + 8 * i)));
  }
  /** A [ubyte] vector as a view into the file (no copy), or undefined when absent. */
  bytes(id, name) {
    const at = this.field(id);
    if (!at) return void 0;
    const { length, start } = this.r.vector(this.r.indirect(at), 1, `${this.what}.${name}`);
    return { data: this.r.bytes.subarray(start, start + length), offset: start };
  }
  /** Position of the vector of field `id` (for in-place edits), or 0. */
  vectorStart(id, elemSize, name) {
    const at = this.field(id);
    return at ? this.r.vector(this.r.indirect(at), elemSize, `${this.what}.${name}`) : void 0;
  }
};

// src/tflite/batch.ts
function fixBatchForRuntime(bytes, fileName) {
  const r = new FlatReader(bytes, fileName);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const patches = [];
  const model = r.root("TFL3");
  for (const sg of model.tables(2, "subgraphs").slice(0, 1)) {
    for (const t of sg.tables(0, "tensors")) {
      const shape = t.vectorStart(0, 4, "shape");
      const shapeValues = [];
      for (let i = 0; shape && i < shape.length; i++) {
        const at = shape.start + 4 * i;
        const value = view.getInt32(at, true);
        if (value < 0) patches.push([at, 1]);
        shapeValues.push(value < 0 ? 1 : value);
      }
      const sig = t.vectorStart(7, 4, "shape_signature");
      for (let i = 0; sig && i < sig.length; i++) {
        const at = sig.start + 4 * i;
        if (view.getInt32(at, true) < 0) patches.push([at, shapeValues[i] ?? 1]);
      }
    }
  }
  if (patches.length === 0) return bytes;
  const out = bytes.slice();
  const outView = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (const [at, value] of patches) outView.setInt32(at, value, true);
  return out;
}

// src/tflite/schema/enums.ts
var TENSOR_TYPE = {
  FLOAT32: 0,
  FLOAT16: 1,
  INT32: 2,
  UINT8: 3,
  INT64: 4,
  STRING: 5,
  BOOL: 6,
  INT16: 7,
  COMPLEX64: 8,
  INT8: 9,
  FLOAT64: 10,
  COMPLEX128: 11,
  UINT64: 12,
  RESOURCE: 13,
  VARIANT: 14,
  UINT32: 15,
  UINT16: 16,
  INT4: 17,
  BFLOAT16: 18
};
var DTYPE_CODE = {
  float32: 0,
  float16: 1,
  int32: 2,
  uint8: 3,
  int64: 4,
  bool: 6,
  int8: 9
};
var CODE_DTYPE = Object.fromEntries(
  Object.entries(DTYPE_CODE).map(([d, c]) => [c, d])
);
var DTYPE_BYTES = {
  float32: 4,
  float16: 2,
  int32: 4,
  int64: 8,
  int8: 1,
  uint8: 1,
  bool: 1
};
var BYTE_ENUMS = {
  Padding: ["SAME", "VALID"],
  ActivationFunctionType: ["NONE", "RELU", "RELU_N1_TO_1", "RELU6", "TANH", "SIGN_BIT"],
  FullyConnectedOptionsWeightsFormat: ["DEFAULT", "SHUFFLED4x16INT8"],
  MirrorPadMode: ["REFLECT", "SYMMETRIC"],
  LSTMKernelType: ["FULL", "BASIC"],
  TensorType: Object.keys(TENSOR_TYPE)
};
var BUILTIN_CODE = {
  ADD: 0,
  AVERAGE_POOL_2D: 1,
  CONCATENATION: 2,
  CONV_2D: 3,
  DEPTHWISE_CONV_2D: 4,
  DEPTH_TO_SPACE: 5,
  DEQUANTIZE: 6,
  EMBEDDING_LOOKUP: 7,
  FLOOR: 8,
  FULLY_CONNECTED: 9,
  L2_NORMALIZATION: 11,
  LOGISTIC: 14,
  LSTM: 16,
  MAX_POOL_2D: 17,
  MUL: 18,
  RELU: 19,
  RELU_N1_TO_1: 20,
  RELU6: 21,
  RESHAPE: 22,
  RESIZE_BILINEAR: 23,
  RNN: 24,
  SOFTMAX: 25,
  SPACE_TO_DEPTH: 26,
  TANH: 28,
  CALL: 31,
  CUSTOM: 32,
  PAD: 34,
  UNIDIRECTIONAL_SEQUENCE_RNN: 35,
  GATHER: 36,
  BATCH_TO_SPACE_ND: 37,
  SPACE_TO_BATCH_ND: 38,
  TRANSPOSE: 39,
  MEAN: 40,
  SUB: 41,
  DIV: 42,
  SQUEEZE: 43,
  UNIDIRECTIONAL_SEQUENCE_LSTM: 44,
  STRIDED_SLICE: 45,
  BIDIRECTIONAL_SEQUENCE_RNN: 46,
  EXP: 47,
  SPLIT: 49,
  LOG_SOFTMAX: 50,
  DELEGATE: 51,
  BIDIRECTIONAL_SEQUENCE_LSTM: 52,
  CAST: 53,
  PRELU: 54,
  MAXIMUM: 55,
  ARG_MAX: 56,
  MINIMUM: 57,
  LESS: 58,
  NEG: 59,
  PADV2: 60,
  GREATER: 61,
  GREATER_EQUAL: 62,
  LESS_EQUAL: 63,
  SELECT: 64,
  SLICE: 65,
  SIN: 66,
  TRANSPOSE_CONV: 67,
  TILE: 69,
  EXPAND_DIMS: 70,
  EQUAL: 71,
  NOT_EQUAL: 72,
  LOG: 73,
  SUM: 74,
  SQRT: 75,
  RSQRT: 76,
  SHAPE: 77,
  POW: 78,
  ARG_MIN: 79,
  REDUCE_PROD: 81,
  REDUCE_MAX: 82,
  PACK: 83,
  LOGICAL_OR: 84,
  ONE_HOT: 85,
  LOGICAL_AND: 86,
  LOGICAL_NOT: 87,
  UNPACK: 88,
  REDUCE_MIN: 89,
  FLOOR_DIV: 90,
  SQUARE: 92,
  ZEROS_LIKE: 93,
  FILL: 94,
  FLOOR_MOD: 95,
  RANGE: 96,
  RESIZE_NEAREST_NEIGHBOR: 97,
  LEAKY_RELU: 98,
  SQUARED_DIFFERENCE: 99,
  MIRROR_PAD: 100,
  ABS: 101,
  SPLIT_V: 102,
  CEIL: 104,
  REVERSE_V2: 105,
  ADD_N: 106,
  GATHER_ND: 107,
  COS: 108,
  WHERE: 109,
  ELU: 111,
  QUANTIZE: 114,
  ROUND: 116,
  HARD_SWISH: 117,
  IF: 118,
  WHILE: 119,
  SELECT_V2: 123,
  BATCH_MATMUL: 126,
  PLACEHOLDER_FOR_GREATER_OP_CODES: 127,
  CUMSUM: 128,
  BROADCAST_TO: 130,
  GELU: 150,
  DYNAMIC_UPDATE_SLICE: 151,
  RELU_0_TO_1: 152,
  SIGN: 158
};
var BUILTIN_NAME = Object.fromEntries(
  Object.entries(BUILTIN_CODE).map(([n, c]) => [c, n])
);
var BUILTIN_OPTIONS_UNION = [
  "Conv2DOptions",
  "DepthwiseConv2DOptions",
  "ConcatEmbeddingsOptions",
  "LSHProjectionOptions",
  "Pool2DOptions",
  "SVDFOptions",
  "RNNOptions",
  "FullyConnectedOptions",
  "SoftmaxOptions",
  "ConcatenationOptions",
  "AddOptions",
  "L2NormOptions",
  "LocalResponseNormalizationOptions",
  "LSTMOptions",
  "ResizeBilinearOptions",
  "CallOptions",
  "ReshapeOptions",
  "SkipGramOptions",
  "SpaceToDepthOptions",
  "EmbeddingLookupSparseOptions",
  "MulOptions",
  "PadOptions",
  "GatherOptions",
  "BatchToSpaceNDOptions",
  "SpaceToBatchNDOptions",
  "TransposeOptions",
  "ReducerOptions",
  "SubOptions",
  "DivOptions",
  "SqueezeOptions",
  "SequenceRNNOptions",
  "StridedSliceOptions",
  "ExpOptions",
  "TopKV2Options",
  "SplitOptions",
  "LogSoftmaxOptions",
  "CastOptions",
  "DequantizeOptions",
  "MaximumMinimumOptions",
  "ArgMaxOptions",
  "LessOptions",
  "NegOptions",
  "PadV2Options",
  "GreaterOptions",
  "GreaterEqualOptions",
  "LessEqualOptions",
  "SelectOptions",
  "SliceOptions",
  "TransposeConvOptions",
  "SparseToDenseOptions",
  "TileOptions",
  "ExpandDimsOptions",
  "EqualOptions",
  "NotEqualOptions",
  "ShapeOptions",
  "PowOptions",
  "ArgMinOptions",
  "FakeQuantOptions",
  "PackOptions",
  "LogicalOrOptions",
  "OneHotOptions",
  "LogicalAndOptions",
  "LogicalNotOptions",
  "UnpackOptions",
  "FloorDivOptions",
  "SquareOptions",
  "ZerosLikeOptions",
  "FillOptions",
  "BidirectionalSequenceLSTMOptions",
  "BidirectionalSequenceRNNOptions",
  "UnidirectionalSequenceLSTMOptions",
  "FloorModOptions",
  "RangeOptions",
  "ResizeNearestNeighborOptions",
  "LeakyReluOptions",
  "SquaredDifferenceOptions",
  "MirrorPadOptions",
  "AbsOptions",
  "SplitVOptions",
  "UniqueOptions",
  "ReverseV2Options",
  "AddNOptions",
  "GatherNdOptions",
  "CosOptions",
  "WhereOptions",
  "RankOptions",
  "ReverseSequenceOptions",
  "MatrixDiagOptions",
  "QuantizeOptions",
  "MatrixSetDiagOptions",
  "HardSwishOptions",
  "IfOptions",
  "WhileOptions",
  "DepthToSpaceOptions",
  "NonMaxSuppressionV4Options",
  "NonMaxSuppressionV5Options",
  "ScatterNdOptions",
  "SelectV2Options",
  "DensifyOptions",
  "SegmentSumOptions",
  "BatchMatMulOptions",
  "CumsumOptions",
  "CallOnceOptions",
  "BroadcastToOptions",
  "Rfft2dOptions",
  "Conv3DOptions",
  "HashtableOptions",
  "HashtableFindOptions",
  "HashtableImportOptions",
  "HashtableSizeOptions",
  "VarHandleOptions",
  "ReadVariableOptions",
  "AssignVariableOptions",
  "RandomOptions",
  "BucketizeOptions",
  "GeluOptions",
  "DynamicUpdateSliceOptions",
  "UnsortedSegmentProdOptions",
  "UnsortedSegmentMaxOptions",
  "UnsortedSegmentMinOptions",
  "UnsortedSegmentSumOptions",
  "ATan2Options",
  "SignOptions",
  "BitcastOptions",
  "BitwiseXorOptions",
  "RightShiftOptions"
];
function optionsUnionType(table) {
  const i = BUILTIN_OPTIONS_UNION.indexOf(table);
  if (i < 0) throw new Error(`${table} is not a BuiltinOptions member`);
  return i + 1;
}

// src/tflite/quantized-versions.ts
var tensorOf = (ctx, i) => ctx.graph.tensors[ctx.op.inputs[i] ?? -1];
var dtype = (ctx, i) => tensorOf(ctx, i)?.dtype;
var opt = (ctx, key) => ctx.op.options?.[key];
var perChannel = (ctx, i) => (tensorOf(ctx, i)?.quantization?.scale.length ?? 0) > 1;
var rank = (ctx) => tensorOf(ctx, 0)?.shape.length ?? 0;
var hybrid = (ctx) => dtype(ctx, 0) === "float32" && dtype(ctx, 1) === "int8";
var INT8_V2 = /* @__PURE__ */ new Set([
  "ADD",
  "SUB",
  "MUL",
  "MAX_POOL_2D",
  "AVERAGE_POOL_2D",
  "CONCATENATION",
  "SOFTMAX",
  "MEAN",
  "MIRROR_PAD",
  "REDUCE_MAX",
  "REDUCE_MIN",
  "RELU6",
  "RELU",
  "TANH",
  "LOGISTIC",
  "PAD",
  "PADV2",
  "TRANSPOSE",
  "SLICE",
  "STRIDED_SLICE",
  "UNPACK",
  "PACK",
  "MAXIMUM",
  "MINIMUM",
  "GATHER",
  "RESIZE_BILINEAR",
  "RESIZE_NEAREST_NEIGHBOR",
  "SPACE_TO_BATCH_ND",
  "BATCH_TO_SPACE_ND",
  "BATCH_MATMUL",
  "ARG_MAX",
  "ARG_MIN",
  "SPACE_TO_DEPTH",
  "DEPTH_TO_SPACE",
  "SPLIT_V",
  "L2_NORMALIZATION",
  "LOG_SOFTMAX",
  "EQUAL",
  "NOT_EQUAL",
  "LESS",
  "GREATER_EQUAL",
  "EXP",
  "LOG",
  "ABS",
  "RSQRT"
]);
var RULES = {
  CONV_2D: (c) => dtype(c, 0) === "int8" ? 3 : hybrid(c) ? perChannel(c, 1) ? 5 : 2 : void 0,
  DEPTHWISE_CONV_2D: (c) => hybrid(c) ? perChannel(c, 1) ? 6 : 4 : dtype(c, 0) === "int8" ? 3 : void 0,
  FULLY_CONNECTED: (c) => {
    if (hybrid(c) && perChannel(c, 1)) return 12;
    if (opt(c, "keep_num_dims") === true && (dtype(c, 0) === "int8" || hybrid(c))) return 5;
    if (dtype(c, 0) === "int8") return 4;
    if (hybrid(c)) return opt(c, "asymmetric_quantize_inputs") === true ? 9 : 3;
    return void 0;
  },
  TRANSPOSE_CONV: (c) => dtype(c, 1) === "int8" ? (c.op.inputs[3] ?? -1) >= 0 ? 3 : 2 : void 0,
  DEQUANTIZE: (c) => dtype(c, 0) === "int8" ? perChannel(c, 0) ? 5 : 2 : void 0,
  QUANTIZE: (c) => perChannel(c, 0) ? 3 : 1,
  SPLIT: (c) => dtype(c, 1) === "int8" ? 2 : void 0,
  TILE: (c) => dtype(c, 0) === "int8" ? 3 : void 0,
  MUL: (c) => dtype(c, 0) === "int8" ? mulVersion(c) : void 0,
  TRANSPOSE: (c) => dtype(c, 0) === "int8" ? rank(c) > 5 ? 6 : rank(c) > 4 ? 4 : 2 : void 0,
  PAD: (c) => dtype(c, 0) === "int8" ? rank(c) > 4 ? 4 : 2 : void 0,
  PADV2: (c) => dtype(c, 0) === "int8" ? rank(c) > 4 ? 4 : 2 : void 0
};
function mulVersion(c) {
  const s = (id) => c.graph.tensors[id ?? -1]?.quantization?.scale[0] ?? 0;
  const [a, b, out] = [s(c.op.inputs[0]), s(c.op.inputs[1]), s(c.op.outputs[0])];
  return a && b && out && a * b / out >= 1 ? 3 : 2;
}
function quantizedVersion(ctx) {
  const rule = RULES[ctx.op.type];
  if (rule) return rule(ctx);
  return INT8_V2.has(ctx.op.type) && dtype(ctx, 0) === "int8" ? 2 : void 0;
}

// src/tflite/ops.ts
var inputDtype = (ctx, i = 0) => ctx.graph.tensors[ctx.op.inputs[i] ?? -1]?.dtype;
var opt2 = (ctx, key) => ctx.op.options?.[key];
var rank2 = (ctx) => ctx.graph.tensors[ctx.op.inputs[0] ?? -1]?.shape.length ?? 0;
var byRank = (...steps) => (ctx) => steps.find(([r]) => rank2(ctx) >= r)?.[1] ?? 1;
function dequantizeVersion(ctx) {
  const dtype2 = inputDtype(ctx);
  if (dtype2 === "float16") return 3;
  if (dtype2 === "int8") return 2;
  return 1;
}
var dilated = (ctx) => Number(opt2(ctx, "dilation_w_factor") ?? 1) !== 1 || Number(opt2(ctx, "dilation_h_factor") ?? 1) !== 1;
var halfPixel = (ctx) => opt2(ctx, "half_pixel_centers") === true ? 3 : 1;
var omit = { omitDefaultOptions: true };
var ENTRIES = [
  ["ADD", "AddOptions"],
  ["SUB", "SubOptions"],
  ["MUL", "MulOptions"],
  ["DIV", "DivOptions"],
  ["AVERAGE_POOL_2D", "Pool2DOptions"],
  ["MAX_POOL_2D", "Pool2DOptions"],
  ["CONCATENATION", "ConcatenationOptions"],
  ["CONV_2D", "Conv2DOptions"],
  ["DEPTHWISE_CONV_2D", "DepthwiseConv2DOptions", { version: (c) => dilated(c) ? 2 : 1 }],
  ["TRANSPOSE_CONV", "TransposeConvOptions"],
  ["FULLY_CONNECTED", "FullyConnectedOptions", { version: (c) => opt2(c, "keep_num_dims") === true ? 5 : 1 }],
  ["RESHAPE", "ReshapeOptions", omit],
  ["SOFTMAX", "SoftmaxOptions"],
  ["LOGISTIC"],
  ["TANH"],
  ["RELU"],
  ["RELU6"],
  ["RELU_N1_TO_1"],
  ["ELU"],
  ["PRELU"],
  ["LEAKY_RELU", "LeakyReluOptions"],
  ["HARD_SWISH", "HardSwishOptions", omit],
  ["GELU", "GeluOptions"],
  ["MEAN", "ReducerOptions"],
  ["SUM", "ReducerOptions"],
  ["REDUCE_MAX", "ReducerOptions"],
  ["PAD", "PadOptions", { version: byRank([5, 4]) }],
  ["PADV2", "PadV2Options", { version: byRank([5, 4]) }],
  ["MIRROR_PAD", "MirrorPadOptions"],
  ["TRANSPOSE", "TransposeOptions", { ...omit, version: byRank([6, 6], [5, 4]) }],
  ["STRIDED_SLICE", "StridedSliceOptions", { version: byRank([5, 4]) }],
  ["SLICE", "SliceOptions", { ...omit, version: byRank([5, 5]) }],
  ["RESIZE_NEAREST_NEIGHBOR", "ResizeNearestNeighborOptions", { version: halfPixel }],
  ["RESIZE_BILINEAR", "ResizeBilinearOptions", { version: halfPixel }],
  ["MAXIMUM", "MaximumMinimumOptions", omit],
  ["MINIMUM", "MaximumMinimumOptions", omit],
  ["SQUARED_DIFFERENCE", "SquaredDifferenceOptions", omit],
  ["RSQRT"],
  ["SQRT"],
  ["LOG"],
  ["EXP", "ExpOptions"],
  ["ABS", "AbsOptions", omit],
  ["NEG", "NegOptions"],
  ["POW", "PowOptions", omit],
  ["SQUARE", "SquareOptions"],
  ["DEQUANTIZE", "DequantizeOptions", { ...omit, version: dequantizeVersion }],
  ["QUANTIZE", "QuantizeOptions", omit],
  ["GATHER", "GatherOptions", { version: (c) => Number(opt2(c, "batch_dims") ?? 0) !== 0 ? 5 : 1 }],
  ["SQUEEZE", "SqueezeOptions"],
  ["EXPAND_DIMS", "ExpandDimsOptions"],
  ["BATCH_MATMUL", "BatchMatMulOptions"],
  ["UNIDIRECTIONAL_SEQUENCE_LSTM", "UnidirectionalSequenceLSTMOptions"],
  ["BIDIRECTIONAL_SEQUENCE_LSTM", "BidirectionalSequenceLSTMOptions"],
  ["UNIDIRECTIONAL_SEQUENCE_RNN", "SequenceRNNOptions"],
  ["SPLIT", "SplitOptions"],
  ["SPLIT_V", "SplitVOptions"],
  ["PACK", "PackOptions"],
  ["UNPACK", "UnpackOptions"],
  ["CAST", "CastOptions", omit],
  ["SHAPE", "ShapeOptions"],
  ["FILL", "FillOptions", omit],
  ["TILE", "TileOptions", omit],
  ["REVERSE_V2", "ReverseV2Options", omit],
  ["SELECT_V2", "SelectV2Options"],
  ["SELECT", "SelectOptions", { version: (c) => rank2(c) === 5 ? 3 : 1 }],
  ["ARG_MAX", "ArgMaxOptions"],
  // Beyond the core set: comparisons, logic, rounding, more reductions and data movement. The converter writes no
  // options table for the comparisons (checked against TF 2.21; SELECT is v3 at rank 5 exactly, v1 at rank 6).
  ["GREATER"],
  ["GREATER_EQUAL"],
  ["LESS"],
  ["LESS_EQUAL"],
  ["EQUAL"],
  ["NOT_EQUAL"],
  ["LOGICAL_AND"],
  ["LOGICAL_OR"],
  ["LOGICAL_NOT"],
  ["FLOOR"],
  ["CEIL"],
  ["ROUND"],
  ["SIN"],
  ["COS"],
  ["SIGN"],
  ["RELU_0_TO_1"],
  ["REDUCE_MIN", "ReducerOptions"],
  ["REDUCE_PROD", "ReducerOptions"],
  ["ARG_MIN", "ArgMinOptions"],
  ["LOG_SOFTMAX", "LogSoftmaxOptions"],
  ["L2_NORMALIZATION", "L2NormOptions"],
  ["SPACE_TO_DEPTH", "SpaceToDepthOptions"],
  ["DEPTH_TO_SPACE", "DepthToSpaceOptions"],
  ["SPACE_TO_BATCH_ND"],
  ["BATCH_TO_SPACE_ND"],
  ["CUMSUM", "CumsumOptions"],
  ["GATHER_ND"],
  ["ADD_N"],
  ["FLOOR_MOD"],
  ["RANGE"],
  ["ZEROS_LIKE"],
  ["WHERE"],
  ["FLOOR_DIV", void 0, { version: (c) => inputDtype(c) === "float32" ? 2 : 1 }],
  ["ONE_HOT", "OneHotOptions"],
  ["BROADCAST_TO", void 0, { version: () => 2 }],
  // The loop form of recurrent layers (src/convert/recurrent/loop.ts).
  ["WHILE", "WhileOptions"],
  ["DYNAMIC_UPDATE_SLICE", "DynamicUpdateSliceOptions", omit]
];
var OPS = Object.fromEntries(
  ENTRIES.map(([name, options, extra]) => {
    const code = BUILTIN_CODE[name];
    if (code === void 0) throw new Error(`op table: ${name} has no builtin code`);
    return [name, { code, ...options ? { options } : {}, ...extra }];
  })
);
function opVersion(op, graph) {
  const spec = OPS[op.type];
  const quantized = quantizedVersion({ op, graph });
  if (quantized !== void 0) return quantized;
  return spec?.version ? spec.version({ op, graph }) : 1;
}

// src/tflite/schema/options.ts
var f = (name, kind, def) => ({ name, kind, default: def });
var e = (name, enumName, def) => ({ name, kind: "enum", enum: enumName, default: def });
var act = e("fused_activation_function", "ActivationFunctionType");
var pad = e("padding", "Padding");
var biasType = e("quantized_bias_type", "TensorType");
var OPTION_TABLES = {
  Conv2DOptions: [
    pad,
    f("stride_w", "int"),
    f("stride_h", "int"),
    act,
    f("dilation_w_factor", "int", 1),
    f("dilation_h_factor", "int", 1),
    biasType
  ],
  DepthwiseConv2DOptions: [
    pad,
    f("stride_w", "int"),
    f("stride_h", "int"),
    f("depth_multiplier", "int"),
    act,
    f("dilation_w_factor", "int", 1),
    f("dilation_h_factor", "int", 1)
  ],
  Pool2DOptions: [pad, f("stride_w", "int"), f("stride_h", "int"), f("filter_width", "int"), f("filter_height", "int"), act],
  FullyConnectedOptions: [
    act,
    e("weights_format", "FullyConnectedOptionsWeightsFormat", "DEFAULT"),
    f("keep_num_dims", "bool"),
    f("asymmetric_quantize_inputs", "bool"),
    biasType
  ],
  SoftmaxOptions: [f("beta", "float")],
  ConcatenationOptions: [f("axis", "int"), act],
  AddOptions: [act, f("pot_scale_int16", "bool", true)],
  SubOptions: [act, f("pot_scale_int16", "bool", true)],
  MulOptions: [act],
  DivOptions: [act],
  ReshapeOptions: [f("new_shape", "int[]")],
  ResizeBilinearOptions: [
    f("new_height", "skip"),
    f("new_width", "skip"),
    f("align_corners", "bool"),
    f("half_pixel_centers", "bool")
  ],
  ResizeNearestNeighborOptions: [f("align_corners", "bool"), f("half_pixel_centers", "bool")],
  PadOptions: [],
  PadV2Options: [],
  MirrorPadOptions: [e("mode", "MirrorPadMode")],
  TransposeOptions: [],
  ReducerOptions: [f("keep_dims", "bool")],
  StridedSliceOptions: [
    f("begin_mask", "int"),
    f("end_mask", "int"),
    f("ellipsis_mask", "int"),
    f("new_axis_mask", "int"),
    f("shrink_axis_mask", "int"),
    f("offset", "bool")
  ],
  SliceOptions: [],
  LeakyReluOptions: [f("alpha", "float")],
  GeluOptions: [f("approximate", "bool")],
  MaximumMinimumOptions: [],
  SquaredDifferenceOptions: [],
  ExpOptions: [],
  PowOptions: [],
  SquareOptions: [],
  AbsOptions: [],
  NegOptions: [],
  HardSwishOptions: [],
  DequantizeOptions: [],
  QuantizeOptions: [],
  GatherOptions: [f("axis", "int"), f("batch_dims", "int", 0)],
  SqueezeOptions: [f("squeeze_dims", "int[]")],
  ExpandDimsOptions: [],
  BatchMatMulOptions: [f("adj_x", "bool"), f("adj_y", "bool"), f("asymmetric_quantize_inputs", "bool")],
  TransposeConvOptions: [pad, f("stride_w", "int"), f("stride_h", "int"), e(
    "fused_activation_function",
    "ActivationFunctionType",
    "NONE"
  ), biasType],
  UnidirectionalSequenceLSTMOptions: [
    act,
    f("cell_clip", "float"),
    f("proj_clip", "float"),
    f("time_major", "bool"),
    f("asymmetric_quantize_inputs", "bool"),
    f("diagonal_recurrent_tensors", "bool")
  ],
  BidirectionalSequenceLSTMOptions: [
    act,
    f("cell_clip", "float"),
    f("proj_clip", "float"),
    f("merge_outputs", "bool"),
    f("time_major", "bool", true),
    f("asymmetric_quantize_inputs", "bool")
  ],
  SequenceRNNOptions: [f("time_major", "bool"), act, f("asymmetric_quantize_inputs", "bool")],
  SplitOptions: [f("num_splits", "int")],
  SplitVOptions: [f("num_splits", "int")],
  PackOptions: [f("values_count", "int"), f("axis", "int")],
  UnpackOptions: [f("num", "int"), f("axis", "int")],
  CastOptions: [e("in_data_type", "TensorType"), e("out_data_type", "TensorType")],
  ShapeOptions: [e("out_type", "TensorType")],
  FillOptions: [],
  TileOptions: [],
  ReverseV2Options: [],
  SelectV2Options: [],
  SelectOptions: [],
  ArgMaxOptions: [e("output_type", "TensorType")],
  ArgMinOptions: [e("output_type", "TensorType")],
  L2NormOptions: [act],
  SpaceToDepthOptions: [f("block_size", "int")],
  DepthToSpaceOptions: [f("block_size", "int")],
  CumsumOptions: [f("exclusive", "bool"), f("reverse", "bool")],
  OneHotOptions: [f("axis", "int")],
  LogSoftmaxOptions: [],
  WhileOptions: [f("cond_subgraph_index", "int"), f("body_subgraph_index", "int")],
  DynamicUpdateSliceOptions: []
};

// src/tflite/flat-writer.ts
var SIZE = { long: 8, offset: 4, int: 4, uint: 4, float: 4, byte: 1, bool: 1 };
function addSlot(b, s) {
  switch (s.kind) {
    case "offset":
      if (s.value) b.addFieldOffset(s.id, Number(s.value), 0);
      return;
    case "int":
    case "uint":
      b.addFieldInt32(s.id, Number(s.value) | 0, Number(s.def ?? 0) | 0);
      return;
    case "float":
      b.addFieldFloat32(s.id, Number(s.value), Number(s.def ?? 0));
      return;
    case "byte":
      b.addFieldInt8(s.id, Number(s.value), Number(s.def ?? 0));
      return;
    case "bool":
      b.addFieldInt8(s.id, s.value ? 1 : 0, s.def ? 1 : 0);
      return;
    case "long":
      b.addFieldInt64(s.id, BigInt(s.value), BigInt(s.def ?? 0));
  }
}
function writeTable(b, slots) {
  const numFields = slots.reduce((m, s) => Math.max(m, s.id + 1), 0);
  const ordered = slots.map((s, i) => ({ s, i })).sort((x, y) => SIZE[y.s.kind] - SIZE[x.s.kind] || x.s.id - y.s.id || x.i - y.i);
  b.startObject(numFields);
  for (const { s } of ordered) addSlot(b, s);
  return b.endObject();
}
function int32Vector(b, values) {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addInt32(values[i] ?? 0);
  return b.endVector();
}
function float32Vector(b, values) {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addFloat32(values[i] ?? 0);
  return b.endVector();
}
function int64Vector(b, values) {
  b.startVector(8, values.length, 8);
  for (let i = values.length - 1; i >= 0; i--) b.addInt64(BigInt(values[i] ?? 0));
  return b.endVector();
}
function offsetVector(b, offsets) {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i] ?? 0);
  return b.endVector();
}
function alignedBytes(b, bytes, alignment) {
  b.prep(alignment, bytes.length);
  return b.createByteVector(bytes);
}

// src/tflite/options-codec.ts
function enumIndex(field, value, where) {
  const names = BYTE_ENUMS[field.enum ?? ""] ?? [];
  const index = typeof value === "number" ? value : names.indexOf(String(value));
  if (index < 0 || index >= names.length) throw new Error(`${where}: ${field.name} = ${String(value)} is not a ${field.enum}`);
  return index;
}
function defaultNumber(field) {
  if (field.kind === "enum") return field.default === void 0 ? 0 : BYTE_ENUMS[field.enum ?? ""]?.indexOf(String(field.default)) ?? 0;
  return Number(field.default ?? 0);
}
function hasNonDefaultOptions(op, table) {
  const fields = OPTION_TABLES[table] ?? [];
  return fields.some((field) => {
    const v = op.options?.[field.name];
    if (v === void 0 || field.kind === "skip") return false;
    if (field.kind === "int[]") return Array.isArray(v) && v.length > 0;
    const n = field.kind === "enum" ? enumIndex(field, v, op.type) : Number(v);
    return n !== defaultNumber(field);
  });
}
function writeOptions(b, op, table) {
  const fields = OPTION_TABLES[table];
  if (!fields) throw new Error(`${op.type}: no option table ${table}`);
  const where = `${op.type}${op.origin ? ` (${op.origin})` : ""}`;
  const known = new Set(fields.map((f2) => f2.name));
  for (const key of Object.keys(op.options ?? {})) {
    if (!known.has(key)) throw new Error(`${where}: unknown option ${key} for ${table}`);
  }
  const slots = [];
  fields.forEach((field, id) => {
    const v = op.options?.[field.name];
    if (v === void 0 || field.kind === "skip") return;
    if (field.kind === "int[]") {
      if (!Array.isArray(v)) throw new Error(`${where}: ${field.name} must be a number[]`);
      slots.push({ id, kind: "offset", value: int32Vector(b, v) });
    } else if (field.kind === "enum") {
      slots.push({ id, kind: "byte", value: enumIndex(field, v, where), def: defaultNumber(field) });
    } else if (field.kind === "bool") {
      slots.push({ id, kind: "bool", value: Boolean(v), def: Boolean(field.default ?? false) });
    } else {
      slots.push({ id, kind: field.kind === "long" ? "long" : field.kind, value: Number(v), def: defaultNumber(field) });
    }
  });
  return writeTable(b, slots);
}
function defaultValue(field) {
  if (field.kind === "skip" || field.kind === "int[]") return void 0;
  if (field.kind === "enum") return BYTE_ENUMS[field.enum ?? ""]?.[defaultNumber(field)] ?? 0;
  if (field.kind === "bool") return Boolean(field.default ?? false);
  return Number(field.default ?? 0);
}
function readOptions(table, r) {
  const fields = OPTION_TABLES[table];
  if (!fields) return void 0;
  const out = {};
  fields.forEach((field, id) => {
    if (field.kind === "skip") return;
    if (!r.has(id)) {
      const v = defaultValue(field);
      if (v !== void 0) out[field.name] = v;
      return;
    }
    if (field.kind === "int[]") out[field.name] = r.ints(id, field.name);
    else if (field.kind === "enum") {
      const v = r.byte(id);
      out[field.name] = BYTE_ENUMS[field.enum ?? ""]?.[v] ?? v;
    } else if (field.kind === "bool") out[field.name] = r.byte(id) !== 0;
    else if (field.kind === "float") out[field.name] = r.float(id);
    else if (field.kind === "long") out[field.name] = r.long(id);
    else out[field.name] = r.int(id);
  });
  return out;
}

// src/tflite/metadata.ts
var import_flatbuffers = __toESM(require_flatbuffers(), 1);
var MIN_RUNTIME_VERSION = "min_runtime_version";
var REDUCED_PRECISION = "reduced_precision_support";
var CONVERSION_METADATA = "CONVERSION_METADATA";
var MODEL_TYPE_KERAS = 2;
var PTQ_FLOAT16 = 1001;
function runtimeVersionBytes(version) {
  const out = new Uint8Array(16);
  const text = new TextEncoder().encode(version);
  if (text.length < 16) out.set(text);
  return out;
}
function reducedPrecisionBytes() {
  return new TextEncoder().encode("fp16accfp32");
}
function fnv1a64(parts) {
  let h = 0xcbf29ce484222325n;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= BigInt(part.charCodeAt(i) & 255);
      h = h * 0x100000001b3n & 0xffffffffffffffffn;
    }
  }
  return h;
}
function conversionMetadataBytes(modelHash, float16) {
  const b = new import_flatbuffers.Builder(128);
  const modes = int32Vector(b, float16 ? [PTQ_FLOAT16] : []);
  const options = writeTable(b, [{ id: 0, kind: "offset", value: modes }]);
  const environment = writeTable(b, [
    { id: 1, kind: "uint", value: 2 },
    { id: 2, kind: "int", value: MODEL_TYPE_KERAS },
    { id: 3, kind: "long", value: modelHash }
  ]);
  const root = writeTable(b, [
    { id: 0, kind: "offset", value: environment },
    { id: 1, kind: "offset", value: options }
  ]);
  b.finish(root);
  return b.asUint8Array().slice();
}

// src/tflite/reader.ts
function readOpcodes(model) {
  return model.tables(1, "operator_codes").map((t) => {
    const code = Math.max(t.byte(0), t.int(3));
    const custom = t.string(1, "custom_code");
    const type = code === 32 && custom ? `CUSTOM:${custom}` : BUILTIN_NAME[code] ?? `BUILTIN_${code}`;
    return { type, version: t.int(2, 1) };
  });
}
function bufferBytes(r, buffers, index, tensor) {
  const buf = buffers[index];
  if (!buf) return void 0;
  const inline = buf.bytes(0, "data");
  if (inline && inline.data.length > 0) return inline.data;
  const offset = buf.long(1);
  const size = buf.long(2);
  if (offset > 1 && size > 0) {
    r.check(offset, size, `data of tensor ${tensor}`);
    return r.bytes.subarray(offset, offset + size);
  }
  return void 0;
}
function typedData(dtype2, bytes) {
  const copy = Uint8Array.prototype.slice.call(bytes);
  const buf = copy.buffer;
  switch (dtype2) {
    case "float32":
      return new Float32Array(buf);
    case "float16":
      return new Uint16Array(buf);
    case "int32":
      return new Int32Array(buf);
    case "int64":
      return new BigInt64Array(buf);
    case "int8":
      return new Int8Array(buf);
    default:
      return copy;
  }
}
function readTensor(r, t, id, buffers) {
  const name = t.string(3, "name") ?? `tensor_${id}`;
  const typeCode = t.byte(1);
  const dtype2 = CODE_DTYPE[typeCode];
  if (!dtype2) throw new GateError("unsupported", `tensor "${name}" has TFLite type ${typeCode}, which tflite-gate does not handle`, { file: r.fileName, where: `tensor ${id}` });
  const shape = t.ints(0, "shape");
  const tensor = { id, name, shape, dtype: dtype2 };
  const signature = t.ints(7, "shape_signature");
  if (signature.some((d) => d < 0)) tensor.shapeSignature = signature;
  const bytes = bufferBytes(r, buffers, t.uint(2), name);
  if (bytes) {
    const count = shape.reduce((a, b) => a * b, 1);
    if (bytes.length !== count * DTYPE_BYTES[dtype2]) {
      r.fail(t.pos, `tensor "${name}" [${shape}] ${dtype2} has ${bytes.length} bytes of data, expected ${count * DTYPE_BYTES[dtype2]}`);
    }
    tensor.data = typedData(dtype2, bytes);
  }
  const q = t.table(4, "quantization");
  const scale = q ? q.floats(2, "scale") : [];
  if (q && scale.length > 0) {
    tensor.quantization = { scale, zeroPoint: q.longs(3, "zero_point"), quantizedDimension: q.int(6) };
  }
  return tensor;
}
function readOperator(r, t, index, opcodes, tensorCount) {
  const code = opcodes[t.uint(0)];
  if (!code) r.fail(t.pos, `operator ${index} uses opcode ${t.uint(0)} of ${opcodes.length}`);
  const inputs = t.ints(1, "inputs");
  const outputs = t.ints(2, "outputs");
  for (const id of [...inputs, ...outputs]) {
    if (id < -1 || id >= tensorCount) r.fail(t.pos, `operator ${index} (${code.type}) refers to tensor ${id} of ${tensorCount}`);
  }
  const op = { type: code.type, inputs, outputs };
  const unionType = t.ubyte(3);
  const table = BUILTIN_OPTIONS_UNION[unionType - 1];
  const optionsTable = unionType ? t.table(4, "builtin_options") : void 0;
  const expected = OPS[code.type]?.options;
  if (optionsTable && table && table === expected) {
    const options = readOptions(table, optionsTable);
    if (options) op.options = options;
  }
  return op;
}
function signatureIO(sig, id, order, tensors) {
  const names = /* @__PURE__ */ new Map();
  for (const m of sig?.tables(id, id === 0 ? "inputs" : "outputs") ?? []) {
    const name = m.string(0, "name");
    if (name !== void 0) names.set(m.uint(1), name);
  }
  return order.map((tensor) => ({ name: names.get(tensor) ?? tensors[tensor]?.name ?? `tensor_${tensor}`, tensor }));
}
function readMetadata(model, buffers) {
  const metadata = {};
  for (const m of model.tables(6, "metadata")) {
    const data = buffers[m.uint(1)]?.bytes(0, "data");
    metadata[m.string(0, "name") ?? ""] = data?.data.slice() ?? new Uint8Array(0);
  }
  return metadata;
}
function readSubgraph(r, sg, opcodes, buffers) {
  const tensors = sg.tables(0, "tensors").map((t, i) => readTensor(r, t, i, buffers));
  const opTables = sg.tables(3, "operators");
  const ops = opTables.map((t, i) => readOperator(r, t, i, opcodes, tensors.length));
  const inputs = sg.ints(1, "inputs");
  const outputs = sg.ints(2, "outputs");
  for (const id of [...inputs, ...outputs]) {
    if (id < 0 || id >= tensors.length) r.fail(sg.pos, `subgraph input/output tensor ${id} of ${tensors.length}`);
  }
  return { name: sg.string(4, "name") ?? "", tensors, ops, inputs, outputs, opTables };
}
function readTfliteModel(bytes, fileName, options = {}) {
  const r = new FlatReader(bytes, fileName);
  if (bytes.length < 8) r.fail(0, `only ${bytes.length} bytes`);
  const model = r.root("TFL3");
  const opcodes = readOpcodes(model);
  const subgraphTables = model.tables(2, "subgraphs");
  if (subgraphTables.length === 0) r.fail(model.pos, "the model has no subgraph");
  const buffers = model.tables(4, "buffers");
  const { tensors, ops, inputs, outputs, opTables } = readSubgraph(r, subgraphTables[0], opcodes, buffers);
  const versions = (tables) => tables.map((t) => opcodes[t.uint(0)]?.version ?? 1);
  const subgraphOpVersions = [];
  const subgraphs = options.mainSubgraphOnly ? [] : subgraphTables.slice(1).map((sg) => {
    const { opTables: tables, ...subgraph } = readSubgraph(r, sg, opcodes, buffers);
    subgraphOpVersions.push(versions(tables));
    return subgraph;
  });
  const sigs = model.tables(7, "signature_defs");
  const sig = sigs.find((s) => s.string(2, "signature_key") === "serving_default") ?? sigs[0];
  const metadata = readMetadata(model, buffers);
  const runtime = metadata[MIN_RUNTIME_VERSION];
  const description = model.string(3, "description") ?? "";
  const graph = {
    tensors,
    ops,
    inputs: signatureIO(sig, 0, inputs, tensors),
    outputs: signatureIO(sig, 1, outputs, tensors),
    description,
    ...subgraphs.length ? { subgraphs } : {}
  };
  const info = {
    schemaVersion: model.uint(0),
    description,
    opVersions: versions(opTables),
    subgraphOpVersions,
    metadata,
    ...runtime ? { minRuntimeVersion: new TextDecoder().decode(runtime).replace(/\0+$/, "") } : {},
    signatureKeys: sigs.map((s) => s.string(2, "signature_key") ?? ""),
    fileSize: bytes.length,
    subgraphCount: subgraphTables.length
  };
  return { graph, info };
}
function readTflite(bytes, fileName) {
  return readTfliteModel(bytes, fileName).graph;
}

export {
  FlatReader,
  fixBatchForRuntime,
  DTYPE_CODE,
  DTYPE_BYTES,
  optionsUnionType,
  OPS,
  opVersion,
  writeTable,
  int32Vector,
  float32Vector,
  int64Vector,
  offsetVector,
  alignedBytes,
  hasNonDefaultOptions,
  writeOptions,
  require_flatbuffers,
  MIN_RUNTIME_VERSION,
  REDUCED_PRECISION,
  CONVERSION_METADATA,
  runtimeVersionBytes,
  reducedPrecisionBytes,
  fnv1a64,
  conversionMetadataBytes,
  readTfliteModel,
  readTflite
};
