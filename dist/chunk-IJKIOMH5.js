import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  CONVERSION_METADATA,
  DTYPE_BYTES,
  DTYPE_CODE,
  MIN_RUNTIME_VERSION,
  OPS,
  REDUCED_PRECISION,
  alignedBytes,
  chooseBuild,
  chunkRanges,
  compiledWasm,
  conversionMetadataBytes,
  deserializeError,
  float32Vector,
  fnv1a64,
  hasNonDefaultOptions,
  int32Vector,
  int64Vector,
  loadInterpreter,
  offsetVector,
  opVersion,
  optionsUnionType,
  predictRange,
  rangeStats,
  reducedPrecisionBytes,
  require_flatbuffers,
  runtimeVersionBytes,
  writeOptions,
  writeTable
} from "./chunk-XDO74YH2.js";
import {
  DEFAULT_LIMITS,
  MIB,
  checkWritable,
  externalReader,
  fileOrFolder,
  isFloatType,
  isSpecialTarget,
  lfsDatasetError,
  limitBytes,
  limitHint,
  limitName,
  onnxDType,
  parseLfsPointer,
  probeOnnx,
  readOnnxModel,
  readRegularFile,
  writeFailure,
  writeOutputFile
} from "./chunk-FEIJ2YNX.js";
import {
  halfToFloat,
  toHalfBits
} from "./chunk-LHSQ66CC.js";
import {
  GateError,
  excerpt,
  quoted
} from "./chunk-G6EA7MZI.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7AIIOF2D.js";

// node_modules/jpeg-js/lib/encoder.js
var require_encoder = __commonJS({
  "node_modules/jpeg-js/lib/encoder.js"(exports, module) {
    var btoa = btoa || function(buf) {
      return Buffer.from(buf).toString("base64");
    };
    function JPEGEncoder(quality) {
      var self = this;
      var fround = Math.round;
      var ffloor = Math.floor;
      var YTable = new Array(64);
      var UVTable = new Array(64);
      var fdtbl_Y = new Array(64);
      var fdtbl_UV = new Array(64);
      var YDC_HT;
      var UVDC_HT;
      var YAC_HT;
      var UVAC_HT;
      var bitcode = new Array(65535);
      var category = new Array(65535);
      var outputfDCTQuant = new Array(64);
      var DU = new Array(64);
      var byteout = [];
      var bytenew = 0;
      var bytepos = 7;
      var YDU = new Array(64);
      var UDU = new Array(64);
      var VDU = new Array(64);
      var clt = new Array(256);
      var RGB_YUV_TABLE = new Array(2048);
      var currentQuality;
      var ZigZag = [
        0,
        1,
        5,
        6,
        14,
        15,
        27,
        28,
        2,
        4,
        7,
        13,
        16,
        26,
        29,
        42,
        3,
        8,
        12,
        17,
        25,
        30,
        41,
        43,
        9,
        11,
        18,
        24,
        31,
        40,
        44,
        53,
        10,
        19,
        23,
        32,
        39,
        45,
        52,
        54,
        20,
        22,
        33,
        38,
        46,
        51,
        55,
        60,
        21,
        34,
        37,
        47,
        50,
        56,
        59,
        61,
        35,
        36,
        48,
        49,
        57,
        58,
        62,
        63
      ];
      var std_dc_luminance_nrcodes = [0, 0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
      var std_dc_luminance_values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
      var std_ac_luminance_nrcodes = [0, 0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 125];
      var std_ac_luminance_values = [
        1,
        2,
        3,
        0,
        4,
        17,
        5,
        18,
        33,
        49,
        65,
        6,
        19,
        81,
        97,
        7,
        34,
        113,
        20,
        50,
        129,
        145,
        161,
        8,
        35,
        66,
        177,
        193,
        21,
        82,
        209,
        240,
        36,
        51,
        98,
        114,
        130,
        9,
        10,
        22,
        23,
        24,
        25,
        26,
        37,
        38,
        39,
        40,
        41,
        42,
        52,
        53,
        54,
        55,
        56,
        57,
        58,
        67,
        68,
        69,
        70,
        71,
        72,
        73,
        74,
        83,
        84,
        85,
        86,
        87,
        88,
        89,
        90,
        99,
        100,
        101,
        102,
        103,
        104,
        105,
        106,
        115,
        116,
        117,
        118,
        119,
        120,
        121,
        122,
        131,
        132,
        133,
        134,
        135,
        136,
        137,
        138,
        146,
        147,
        148,
        149,
        150,
        151,
        152,
        153,
        154,
        162,
        163,
        164,
        165,
        166,
        167,
        168,
        169,
        170,
        178,
        179,
        180,
        181,
        182,
        183,
        184,
        185,
        186,
        194,
        195,
        196,
        197,
        198,
        199,
        200,
        201,
        202,
        210,
        211,
        212,
        213,
        214,
        215,
        216,
        217,
        218,
        225,
        226,
        227,
        228,
        229,
        230,
        231,
        232,
        233,
        234,
        241,
        242,
        243,
        244,
        245,
        246,
        247,
        248,
        249,
        250
      ];
      var std_dc_chrominance_nrcodes = [0, 0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
      var std_dc_chrominance_values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
      var std_ac_chrominance_nrcodes = [0, 0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 119];
      var std_ac_chrominance_values = [
        0,
        1,
        2,
        3,
        17,
        4,
        5,
        33,
        49,
        6,
        18,
        65,
        81,
        7,
        97,
        113,
        19,
        34,
        50,
        129,
        8,
        20,
        66,
        145,
        161,
        177,
        193,
        9,
        35,
        51,
        82,
        240,
        21,
        98,
        114,
        209,
        10,
        22,
        36,
        52,
        225,
        37,
        241,
        23,
        24,
        25,
        26,
        38,
        39,
        40,
        41,
        42,
        53,
        54,
        55,
        56,
        57,
        58,
        67,
        68,
        69,
        70,
        71,
        72,
        73,
        74,
        83,
        84,
        85,
        86,
        87,
        88,
        89,
        90,
        99,
        100,
        101,
        102,
        103,
        104,
        105,
        106,
        115,
        116,
        117,
        118,
        119,
        120,
        121,
        122,
        130,
        131,
        132,
        133,
        134,
        135,
        136,
        137,
        138,
        146,
        147,
        148,
        149,
        150,
        151,
        152,
        153,
        154,
        162,
        163,
        164,
        165,
        166,
        167,
        168,
        169,
        170,
        178,
        179,
        180,
        181,
        182,
        183,
        184,
        185,
        186,
        194,
        195,
        196,
        197,
        198,
        199,
        200,
        201,
        202,
        210,
        211,
        212,
        213,
        214,
        215,
        216,
        217,
        218,
        226,
        227,
        228,
        229,
        230,
        231,
        232,
        233,
        234,
        242,
        243,
        244,
        245,
        246,
        247,
        248,
        249,
        250
      ];
      function initQuantTables(sf) {
        var YQT = [
          16,
          11,
          10,
          16,
          24,
          40,
          51,
          61,
          12,
          12,
          14,
          19,
          26,
          58,
          60,
          55,
          14,
          13,
          16,
          24,
          40,
          57,
          69,
          56,
          14,
          17,
          22,
          29,
          51,
          87,
          80,
          62,
          18,
          22,
          37,
          56,
          68,
          109,
          103,
          77,
          24,
          35,
          55,
          64,
          81,
          104,
          113,
          92,
          49,
          64,
          78,
          87,
          103,
          121,
          120,
          101,
          72,
          92,
          95,
          98,
          112,
          100,
          103,
          99
        ];
        for (var i2 = 0; i2 < 64; i2++) {
          var t = ffloor((YQT[i2] * sf + 50) / 100);
          if (t < 1) {
            t = 1;
          } else if (t > 255) {
            t = 255;
          }
          YTable[ZigZag[i2]] = t;
        }
        var UVQT = [
          17,
          18,
          24,
          47,
          99,
          99,
          99,
          99,
          18,
          21,
          26,
          66,
          99,
          99,
          99,
          99,
          24,
          26,
          56,
          99,
          99,
          99,
          99,
          99,
          47,
          66,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99
        ];
        for (var j = 0; j < 64; j++) {
          var u = ffloor((UVQT[j] * sf + 50) / 100);
          if (u < 1) {
            u = 1;
          } else if (u > 255) {
            u = 255;
          }
          UVTable[ZigZag[j]] = u;
        }
        var aasf = [
          1,
          1.387039845,
          1.306562965,
          1.175875602,
          1,
          0.785694958,
          0.5411961,
          0.275899379
        ];
        var k = 0;
        for (var row = 0; row < 8; row++) {
          for (var col = 0; col < 8; col++) {
            fdtbl_Y[k] = 1 / (YTable[ZigZag[k]] * aasf[row] * aasf[col] * 8);
            fdtbl_UV[k] = 1 / (UVTable[ZigZag[k]] * aasf[row] * aasf[col] * 8);
            k++;
          }
        }
      }
      function computeHuffmanTbl(nrcodes, std_table) {
        var codevalue = 0;
        var pos_in_table = 0;
        var HT = new Array();
        for (var k = 1; k <= 16; k++) {
          for (var j = 1; j <= nrcodes[k]; j++) {
            HT[std_table[pos_in_table]] = [];
            HT[std_table[pos_in_table]][0] = codevalue;
            HT[std_table[pos_in_table]][1] = k;
            pos_in_table++;
            codevalue++;
          }
          codevalue *= 2;
        }
        return HT;
      }
      function initHuffmanTbl() {
        YDC_HT = computeHuffmanTbl(std_dc_luminance_nrcodes, std_dc_luminance_values);
        UVDC_HT = computeHuffmanTbl(std_dc_chrominance_nrcodes, std_dc_chrominance_values);
        YAC_HT = computeHuffmanTbl(std_ac_luminance_nrcodes, std_ac_luminance_values);
        UVAC_HT = computeHuffmanTbl(std_ac_chrominance_nrcodes, std_ac_chrominance_values);
      }
      function initCategoryNumber() {
        var nrlower = 1;
        var nrupper = 2;
        for (var cat = 1; cat <= 15; cat++) {
          for (var nr = nrlower; nr < nrupper; nr++) {
            category[32767 + nr] = cat;
            bitcode[32767 + nr] = [];
            bitcode[32767 + nr][1] = cat;
            bitcode[32767 + nr][0] = nr;
          }
          for (var nrneg = -(nrupper - 1); nrneg <= -nrlower; nrneg++) {
            category[32767 + nrneg] = cat;
            bitcode[32767 + nrneg] = [];
            bitcode[32767 + nrneg][1] = cat;
            bitcode[32767 + nrneg][0] = nrupper - 1 + nrneg;
          }
          nrlower <<= 1;
          nrupper <<= 1;
        }
      }
      function initRGBYUVTable() {
        for (var i2 = 0; i2 < 256; i2++) {
          RGB_YUV_TABLE[i2] = 19595 * i2;
          RGB_YUV_TABLE[i2 + 256 >> 0] = 38470 * i2;
          RGB_YUV_TABLE[i2 + 512 >> 0] = 7471 * i2 + 32768;
          RGB_YUV_TABLE[i2 + 768 >> 0] = -11059 * i2;
          RGB_YUV_TABLE[i2 + 1024 >> 0] = -21709 * i2;
          RGB_YUV_TABLE[i2 + 1280 >> 0] = 32768 * i2 + 8421375;
          RGB_YUV_TABLE[i2 + 1536 >> 0] = -27439 * i2;
          RGB_YUV_TABLE[i2 + 1792 >> 0] = -5329 * i2;
        }
      }
      function writeBits(bs) {
        var value = bs[0];
        var posval = bs[1] - 1;
        while (posval >= 0) {
          if (value & 1 << posval) {
            bytenew |= 1 << bytepos;
          }
          posval--;
          bytepos--;
          if (bytepos < 0) {
            if (bytenew == 255) {
              writeByte(255);
              writeByte(0);
            } else {
              writeByte(bytenew);
            }
            bytepos = 7;
            bytenew = 0;
          }
        }
      }
      function writeByte(value) {
        byteout.push(value);
      }
      function writeWord(value) {
        writeByte(value >> 8 & 255);
        writeByte(value & 255);
      }
      function fDCTQuant(data, fdtbl) {
        var d0, d1, d2, d3, d4, d5, d6, d7;
        var dataOff = 0;
        var i2;
        var I8 = 8;
        var I64 = 64;
        for (i2 = 0; i2 < I8; ++i2) {
          d0 = data[dataOff];
          d1 = data[dataOff + 1];
          d2 = data[dataOff + 2];
          d3 = data[dataOff + 3];
          d4 = data[dataOff + 4];
          d5 = data[dataOff + 5];
          d6 = data[dataOff + 6];
          d7 = data[dataOff + 7];
          var tmp0 = d0 + d7;
          var tmp7 = d0 - d7;
          var tmp1 = d1 + d6;
          var tmp6 = d1 - d6;
          var tmp2 = d2 + d5;
          var tmp5 = d2 - d5;
          var tmp3 = d3 + d4;
          var tmp4 = d3 - d4;
          var tmp10 = tmp0 + tmp3;
          var tmp13 = tmp0 - tmp3;
          var tmp11 = tmp1 + tmp2;
          var tmp12 = tmp1 - tmp2;
          data[dataOff] = tmp10 + tmp11;
          data[dataOff + 4] = tmp10 - tmp11;
          var z1 = (tmp12 + tmp13) * 0.707106781;
          data[dataOff + 2] = tmp13 + z1;
          data[dataOff + 6] = tmp13 - z1;
          tmp10 = tmp4 + tmp5;
          tmp11 = tmp5 + tmp6;
          tmp12 = tmp6 + tmp7;
          var z5 = (tmp10 - tmp12) * 0.382683433;
          var z2 = 0.5411961 * tmp10 + z5;
          var z4 = 1.306562965 * tmp12 + z5;
          var z3 = tmp11 * 0.707106781;
          var z11 = tmp7 + z3;
          var z13 = tmp7 - z3;
          data[dataOff + 5] = z13 + z2;
          data[dataOff + 3] = z13 - z2;
          data[dataOff + 1] = z11 + z4;
          data[dataOff + 7] = z11 - z4;
          dataOff += 8;
        }
        dataOff = 0;
        for (i2 = 0; i2 < I8; ++i2) {
          d0 = data[dataOff];
          d1 = data[dataOff + 8];
          d2 = data[dataOff + 16];
          d3 = data[dataOff + 24];
          d4 = data[dataOff + 32];
          d5 = data[dataOff + 40];
          d6 = data[dataOff + 48];
          d7 = data[dataOff + 56];
          var tmp0p2 = d0 + d7;
          var tmp7p2 = d0 - d7;
          var tmp1p2 = d1 + d6;
          var tmp6p2 = d1 - d6;
          var tmp2p2 = d2 + d5;
          var tmp5p2 = d2 - d5;
          var tmp3p2 = d3 + d4;
          var tmp4p2 = d3 - d4;
          var tmp10p2 = tmp0p2 + tmp3p2;
          var tmp13p2 = tmp0p2 - tmp3p2;
          var tmp11p2 = tmp1p2 + tmp2p2;
          var tmp12p2 = tmp1p2 - tmp2p2;
          data[dataOff] = tmp10p2 + tmp11p2;
          data[dataOff + 32] = tmp10p2 - tmp11p2;
          var z1p2 = (tmp12p2 + tmp13p2) * 0.707106781;
          data[dataOff + 16] = tmp13p2 + z1p2;
          data[dataOff + 48] = tmp13p2 - z1p2;
          tmp10p2 = tmp4p2 + tmp5p2;
          tmp11p2 = tmp5p2 + tmp6p2;
          tmp12p2 = tmp6p2 + tmp7p2;
          var z5p2 = (tmp10p2 - tmp12p2) * 0.382683433;
          var z2p2 = 0.5411961 * tmp10p2 + z5p2;
          var z4p2 = 1.306562965 * tmp12p2 + z5p2;
          var z3p2 = tmp11p2 * 0.707106781;
          var z11p2 = tmp7p2 + z3p2;
          var z13p2 = tmp7p2 - z3p2;
          data[dataOff + 40] = z13p2 + z2p2;
          data[dataOff + 24] = z13p2 - z2p2;
          data[dataOff + 8] = z11p2 + z4p2;
          data[dataOff + 56] = z11p2 - z4p2;
          dataOff++;
        }
        var fDCTQuant2;
        for (i2 = 0; i2 < I64; ++i2) {
          fDCTQuant2 = data[i2] * fdtbl[i2];
          outputfDCTQuant[i2] = fDCTQuant2 > 0 ? fDCTQuant2 + 0.5 | 0 : fDCTQuant2 - 0.5 | 0;
        }
        return outputfDCTQuant;
      }
      function writeAPP0() {
        writeWord(65504);
        writeWord(16);
        writeByte(74);
        writeByte(70);
        writeByte(73);
        writeByte(70);
        writeByte(0);
        writeByte(1);
        writeByte(1);
        writeByte(0);
        writeWord(1);
        writeWord(1);
        writeByte(0);
        writeByte(0);
      }
      function writeAPP1(exifBuffer) {
        if (!exifBuffer) return;
        writeWord(65505);
        if (exifBuffer[0] === 69 && exifBuffer[1] === 120 && exifBuffer[2] === 105 && exifBuffer[3] === 102) {
          writeWord(exifBuffer.length + 2);
        } else {
          writeWord(exifBuffer.length + 5 + 2);
          writeByte(69);
          writeByte(120);
          writeByte(105);
          writeByte(102);
          writeByte(0);
        }
        for (var i2 = 0; i2 < exifBuffer.length; i2++) {
          writeByte(exifBuffer[i2]);
        }
      }
      function writeSOF0(width2, height) {
        writeWord(65472);
        writeWord(17);
        writeByte(8);
        writeWord(height);
        writeWord(width2);
        writeByte(3);
        writeByte(1);
        writeByte(17);
        writeByte(0);
        writeByte(2);
        writeByte(17);
        writeByte(1);
        writeByte(3);
        writeByte(17);
        writeByte(1);
      }
      function writeDQT() {
        writeWord(65499);
        writeWord(132);
        writeByte(0);
        for (var i2 = 0; i2 < 64; i2++) {
          writeByte(YTable[i2]);
        }
        writeByte(1);
        for (var j = 0; j < 64; j++) {
          writeByte(UVTable[j]);
        }
      }
      function writeDHT() {
        writeWord(65476);
        writeWord(418);
        writeByte(0);
        for (var i2 = 0; i2 < 16; i2++) {
          writeByte(std_dc_luminance_nrcodes[i2 + 1]);
        }
        for (var j = 0; j <= 11; j++) {
          writeByte(std_dc_luminance_values[j]);
        }
        writeByte(16);
        for (var k = 0; k < 16; k++) {
          writeByte(std_ac_luminance_nrcodes[k + 1]);
        }
        for (var l = 0; l <= 161; l++) {
          writeByte(std_ac_luminance_values[l]);
        }
        writeByte(1);
        for (var m = 0; m < 16; m++) {
          writeByte(std_dc_chrominance_nrcodes[m + 1]);
        }
        for (var n = 0; n <= 11; n++) {
          writeByte(std_dc_chrominance_values[n]);
        }
        writeByte(17);
        for (var o = 0; o < 16; o++) {
          writeByte(std_ac_chrominance_nrcodes[o + 1]);
        }
        for (var p = 0; p <= 161; p++) {
          writeByte(std_ac_chrominance_values[p]);
        }
      }
      function writeCOM(comments) {
        if (typeof comments === "undefined" || comments.constructor !== Array) return;
        comments.forEach((e) => {
          if (typeof e !== "string") return;
          writeWord(65534);
          var l = e.length;
          writeWord(l + 2);
          var i2;
          for (i2 = 0; i2 < l; i2++)
            writeByte(e.charCodeAt(i2));
        });
      }
      function writeSOS() {
        writeWord(65498);
        writeWord(12);
        writeByte(3);
        writeByte(1);
        writeByte(0);
        writeByte(2);
        writeByte(17);
        writeByte(3);
        writeByte(17);
        writeByte(0);
        writeByte(63);
        writeByte(0);
      }
      function processDU(CDU, fdtbl, DC, HTDC, HTAC) {
        var EOB = HTAC[0];
        var M16zeroes = HTAC[240];
        var pos;
        var I16 = 16;
        var I63 = 63;
        var I64 = 64;
        var DU_DCT = fDCTQuant(CDU, fdtbl);
        for (var j = 0; j < I64; ++j) {
          DU[ZigZag[j]] = DU_DCT[j];
        }
        var Diff = DU[0] - DC;
        DC = DU[0];
        if (Diff == 0) {
          writeBits(HTDC[0]);
        } else {
          pos = 32767 + Diff;
          writeBits(HTDC[category[pos]]);
          writeBits(bitcode[pos]);
        }
        var end0pos = 63;
        for (; end0pos > 0 && DU[end0pos] == 0; end0pos--) {
        }
        ;
        if (end0pos == 0) {
          writeBits(EOB);
          return DC;
        }
        var i2 = 1;
        var lng;
        while (i2 <= end0pos) {
          var startpos = i2;
          for (; DU[i2] == 0 && i2 <= end0pos; ++i2) {
          }
          var nrzeroes = i2 - startpos;
          if (nrzeroes >= I16) {
            lng = nrzeroes >> 4;
            for (var nrmarker = 1; nrmarker <= lng; ++nrmarker)
              writeBits(M16zeroes);
            nrzeroes = nrzeroes & 15;
          }
          pos = 32767 + DU[i2];
          writeBits(HTAC[(nrzeroes << 4) + category[pos]]);
          writeBits(bitcode[pos]);
          i2++;
        }
        if (end0pos != I63) {
          writeBits(EOB);
        }
        return DC;
      }
      function initCharLookupTable() {
        var sfcc = String.fromCharCode;
        for (var i2 = 0; i2 < 256; i2++) {
          clt[i2] = sfcc(i2);
        }
      }
      this.encode = function(image, quality2) {
        var time_start = (/* @__PURE__ */ new Date()).getTime();
        if (quality2) setQuality(quality2);
        byteout = new Array();
        bytenew = 0;
        bytepos = 7;
        writeWord(65496);
        writeAPP0();
        writeCOM(image.comments);
        writeAPP1(image.exifBuffer);
        writeDQT();
        writeSOF0(image.width, image.height);
        writeDHT();
        writeSOS();
        var DCY = 0;
        var DCU = 0;
        var DCV = 0;
        bytenew = 0;
        bytepos = 7;
        this.encode.displayName = "_encode_";
        var imageData = image.data;
        var width2 = image.width;
        var height = image.height;
        var quadWidth = width2 * 4;
        var tripleWidth = width2 * 3;
        var x2, y = 0;
        var r, g, b;
        var start, p, col, row, pos;
        while (y < height) {
          x2 = 0;
          while (x2 < quadWidth) {
            start = quadWidth * y + x2;
            p = start;
            col = -1;
            row = 0;
            for (pos = 0; pos < 64; pos++) {
              row = pos >> 3;
              col = (pos & 7) * 4;
              p = start + row * quadWidth + col;
              if (y + row >= height) {
                p -= quadWidth * (y + 1 + row - height);
              }
              if (x2 + col >= quadWidth) {
                p -= x2 + col - quadWidth + 4;
              }
              r = imageData[p++];
              g = imageData[p++];
              b = imageData[p++];
              YDU[pos] = (RGB_YUV_TABLE[r] + RGB_YUV_TABLE[g + 256 >> 0] + RGB_YUV_TABLE[b + 512 >> 0] >> 16) - 128;
              UDU[pos] = (RGB_YUV_TABLE[r + 768 >> 0] + RGB_YUV_TABLE[g + 1024 >> 0] + RGB_YUV_TABLE[b + 1280 >> 0] >> 16) - 128;
              VDU[pos] = (RGB_YUV_TABLE[r + 1280 >> 0] + RGB_YUV_TABLE[g + 1536 >> 0] + RGB_YUV_TABLE[b + 1792 >> 0] >> 16) - 128;
            }
            DCY = processDU(YDU, fdtbl_Y, DCY, YDC_HT, YAC_HT);
            DCU = processDU(UDU, fdtbl_UV, DCU, UVDC_HT, UVAC_HT);
            DCV = processDU(VDU, fdtbl_UV, DCV, UVDC_HT, UVAC_HT);
            x2 += 32;
          }
          y += 8;
        }
        if (bytepos >= 0) {
          var fillbits = [];
          fillbits[1] = bytepos + 1;
          fillbits[0] = (1 << bytepos + 1) - 1;
          writeBits(fillbits);
        }
        writeWord(65497);
        if (typeof module === "undefined") return new Uint8Array(byteout);
        return Buffer.from(byteout);
        var jpegDataUri = "data:image/jpeg;base64," + btoa(byteout.join(""));
        byteout = [];
        var duration = (/* @__PURE__ */ new Date()).getTime() - time_start;
        return jpegDataUri;
      };
      function setQuality(quality2) {
        if (quality2 <= 0) {
          quality2 = 1;
        }
        if (quality2 > 100) {
          quality2 = 100;
        }
        if (currentQuality == quality2) return;
        var sf = 0;
        if (quality2 < 50) {
          sf = Math.floor(5e3 / quality2);
        } else {
          sf = Math.floor(200 - quality2 * 2);
        }
        initQuantTables(sf);
        currentQuality = quality2;
      }
      function init() {
        var time_start = (/* @__PURE__ */ new Date()).getTime();
        if (!quality) quality = 50;
        initCharLookupTable();
        initHuffmanTbl();
        initCategoryNumber();
        initRGBYUVTable();
        setQuality(quality);
        var duration = (/* @__PURE__ */ new Date()).getTime() - time_start;
      }
      init();
    }
    if (typeof module !== "undefined") {
      module.exports = encode;
    } else if (typeof window !== "undefined") {
      window["jpeg-js"] = window["jpeg-js"] || {};
      window["jpeg-js"].encode = encode;
    }
    function encode(imgData, qu) {
      if (typeof qu === "undefined") qu = 50;
      var encoder = new JPEGEncoder(qu);
      var data = encoder.encode(imgData, qu);
      return {
        data,
        width: imgData.width,
        height: imgData.height
      };
    }
  }
});

// node_modules/jpeg-js/lib/decoder.js
var require_decoder = __commonJS({
  "node_modules/jpeg-js/lib/decoder.js"(exports, module) {
    var JpegImage = (function jpegImage() {
      "use strict";
      var dctZigZag = new Int32Array([
        0,
        1,
        8,
        16,
        9,
        2,
        3,
        10,
        17,
        24,
        32,
        25,
        18,
        11,
        4,
        5,
        12,
        19,
        26,
        33,
        40,
        48,
        41,
        34,
        27,
        20,
        13,
        6,
        7,
        14,
        21,
        28,
        35,
        42,
        49,
        56,
        57,
        50,
        43,
        36,
        29,
        22,
        15,
        23,
        30,
        37,
        44,
        51,
        58,
        59,
        52,
        45,
        38,
        31,
        39,
        46,
        53,
        60,
        61,
        54,
        47,
        55,
        62,
        63
      ]);
      var dctCos1 = 4017;
      var dctSin1 = 799;
      var dctCos3 = 3406;
      var dctSin3 = 2276;
      var dctCos6 = 1567;
      var dctSin6 = 3784;
      var dctSqrt2 = 5793;
      var dctSqrt1d2 = 2896;
      function constructor() {
      }
      function buildHuffmanTable(codeLengths, values) {
        var k = 0, code = [], i2, j, length = 16;
        while (length > 0 && !codeLengths[length - 1])
          length--;
        code.push({ children: [], index: 0 });
        var p = code[0], q;
        for (i2 = 0; i2 < length; i2++) {
          for (j = 0; j < codeLengths[i2]; j++) {
            p = code.pop();
            p.children[p.index] = values[k];
            while (p.index > 0) {
              if (code.length === 0)
                throw new Error("Could not recreate Huffman Table");
              p = code.pop();
            }
            p.index++;
            code.push(p);
            while (code.length <= i2) {
              code.push(q = { children: [], index: 0 });
              p.children[p.index] = q.children;
              p = q;
            }
            k++;
          }
          if (i2 + 1 < length) {
            code.push(q = { children: [], index: 0 });
            p.children[p.index] = q.children;
            p = q;
          }
        }
        return code[0].children;
      }
      function decodeScan(data, offset, frame, components, resetInterval, spectralStart, spectralEnd, successivePrev, successive, opts) {
        var precision = frame.precision;
        var samplesPerLine = frame.samplesPerLine;
        var scanLines = frame.scanLines;
        var mcusPerLine = frame.mcusPerLine;
        var progressive = frame.progressive;
        var maxH = frame.maxH, maxV = frame.maxV;
        var startOffset = offset, bitsData = 0, bitsCount = 0;
        function readBit() {
          if (bitsCount > 0) {
            bitsCount--;
            return bitsData >> bitsCount & 1;
          }
          bitsData = data[offset++];
          if (bitsData == 255) {
            var nextByte = data[offset++];
            if (nextByte) {
              throw new Error("unexpected marker: " + (bitsData << 8 | nextByte).toString(16));
            }
          }
          bitsCount = 7;
          return bitsData >>> 7;
        }
        function decodeHuffman(tree) {
          var node = tree, bit;
          while ((bit = readBit()) !== null) {
            node = node[bit];
            if (typeof node === "number")
              return node;
            if (typeof node !== "object")
              throw new Error("invalid huffman sequence");
          }
          return null;
        }
        function receive(length) {
          var n2 = 0;
          while (length > 0) {
            var bit = readBit();
            if (bit === null) return;
            n2 = n2 << 1 | bit;
            length--;
          }
          return n2;
        }
        function receiveAndExtend(length) {
          var n2 = receive(length);
          if (n2 >= 1 << length - 1)
            return n2;
          return n2 + (-1 << length) + 1;
        }
        function decodeBaseline(component2, zz) {
          var t = decodeHuffman(component2.huffmanTableDC);
          var diff = t === 0 ? 0 : receiveAndExtend(t);
          zz[0] = component2.pred += diff;
          var k2 = 1;
          while (k2 < 64) {
            var rs = decodeHuffman(component2.huffmanTableAC);
            var s = rs & 15, r = rs >> 4;
            if (s === 0) {
              if (r < 15)
                break;
              k2 += 16;
              continue;
            }
            k2 += r;
            var z = dctZigZag[k2];
            zz[z] = receiveAndExtend(s);
            k2++;
          }
        }
        function decodeDCFirst(component2, zz) {
          var t = decodeHuffman(component2.huffmanTableDC);
          var diff = t === 0 ? 0 : receiveAndExtend(t) << successive;
          zz[0] = component2.pred += diff;
        }
        function decodeDCSuccessive(component2, zz) {
          zz[0] |= readBit() << successive;
        }
        var eobrun = 0;
        function decodeACFirst(component2, zz) {
          if (eobrun > 0) {
            eobrun--;
            return;
          }
          var k2 = spectralStart, e = spectralEnd;
          while (k2 <= e) {
            var rs = decodeHuffman(component2.huffmanTableAC);
            var s = rs & 15, r = rs >> 4;
            if (s === 0) {
              if (r < 15) {
                eobrun = receive(r) + (1 << r) - 1;
                break;
              }
              k2 += 16;
              continue;
            }
            k2 += r;
            var z = dctZigZag[k2];
            zz[z] = receiveAndExtend(s) * (1 << successive);
            k2++;
          }
        }
        var successiveACState = 0, successiveACNextValue;
        function decodeACSuccessive(component2, zz) {
          var k2 = spectralStart, e = spectralEnd, r = 0;
          while (k2 <= e) {
            var z = dctZigZag[k2];
            var direction = zz[z] < 0 ? -1 : 1;
            switch (successiveACState) {
              case 0:
                var rs = decodeHuffman(component2.huffmanTableAC);
                var s = rs & 15, r = rs >> 4;
                if (s === 0) {
                  if (r < 15) {
                    eobrun = receive(r) + (1 << r);
                    successiveACState = 4;
                  } else {
                    r = 16;
                    successiveACState = 1;
                  }
                } else {
                  if (s !== 1)
                    throw new Error("invalid ACn encoding");
                  successiveACNextValue = receiveAndExtend(s);
                  successiveACState = r ? 2 : 3;
                }
                continue;
              case 1:
              // skipping r zero items
              case 2:
                if (zz[z])
                  zz[z] += (readBit() << successive) * direction;
                else {
                  r--;
                  if (r === 0)
                    successiveACState = successiveACState == 2 ? 3 : 0;
                }
                break;
              case 3:
                if (zz[z])
                  zz[z] += (readBit() << successive) * direction;
                else {
                  zz[z] = successiveACNextValue << successive;
                  successiveACState = 0;
                }
                break;
              case 4:
                if (zz[z])
                  zz[z] += (readBit() << successive) * direction;
                break;
            }
            k2++;
          }
          if (successiveACState === 4) {
            eobrun--;
            if (eobrun === 0)
              successiveACState = 0;
          }
        }
        function decodeMcu(component2, decode2, mcu2, row, col) {
          var mcuRow = mcu2 / mcusPerLine | 0;
          var mcuCol = mcu2 % mcusPerLine;
          var blockRow = mcuRow * component2.v + row;
          var blockCol = mcuCol * component2.h + col;
          if (component2.blocks[blockRow] === void 0 && opts.tolerantDecoding)
            return;
          decode2(component2, component2.blocks[blockRow][blockCol]);
        }
        function decodeBlock(component2, decode2, mcu2) {
          var blockRow = mcu2 / component2.blocksPerLine | 0;
          var blockCol = mcu2 % component2.blocksPerLine;
          if (component2.blocks[blockRow] === void 0 && opts.tolerantDecoding)
            return;
          decode2(component2, component2.blocks[blockRow][blockCol]);
        }
        var componentsLength = components.length;
        var component, i2, j, k, n;
        var decodeFn;
        if (progressive) {
          if (spectralStart === 0)
            decodeFn = successivePrev === 0 ? decodeDCFirst : decodeDCSuccessive;
          else
            decodeFn = successivePrev === 0 ? decodeACFirst : decodeACSuccessive;
        } else {
          decodeFn = decodeBaseline;
        }
        var mcu = 0, marker;
        var mcuExpected;
        if (componentsLength == 1) {
          mcuExpected = components[0].blocksPerLine * components[0].blocksPerColumn;
        } else {
          mcuExpected = mcusPerLine * frame.mcusPerColumn;
        }
        if (!resetInterval) resetInterval = mcuExpected;
        var h, v;
        while (mcu < mcuExpected) {
          for (i2 = 0; i2 < componentsLength; i2++)
            components[i2].pred = 0;
          eobrun = 0;
          if (componentsLength == 1) {
            component = components[0];
            for (n = 0; n < resetInterval; n++) {
              decodeBlock(component, decodeFn, mcu);
              mcu++;
            }
          } else {
            for (n = 0; n < resetInterval; n++) {
              for (i2 = 0; i2 < componentsLength; i2++) {
                component = components[i2];
                h = component.h;
                v = component.v;
                for (j = 0; j < v; j++) {
                  for (k = 0; k < h; k++) {
                    decodeMcu(component, decodeFn, mcu, j, k);
                  }
                }
              }
              mcu++;
              if (mcu === mcuExpected) break;
            }
          }
          if (mcu === mcuExpected) {
            do {
              if (data[offset] === 255) {
                if (data[offset + 1] !== 0) {
                  break;
                }
              }
              offset += 1;
            } while (offset < data.length - 2);
          }
          bitsCount = 0;
          marker = data[offset] << 8 | data[offset + 1];
          if (marker < 65280) {
            throw new Error("marker was not found");
          }
          if (marker >= 65488 && marker <= 65495) {
            offset += 2;
          } else
            break;
        }
        return offset - startOffset;
      }
      function buildComponentData(frame, component) {
        var lines = [];
        var blocksPerLine = component.blocksPerLine;
        var blocksPerColumn = component.blocksPerColumn;
        var samplesPerLine = blocksPerLine << 3;
        var R = new Int32Array(64), r = new Uint8Array(64);
        function quantizeAndInverse(zz, dataOut, dataIn) {
          var qt = component.quantizationTable;
          var v0, v1, v2, v3, v4, v5, v6, v7, t;
          var p = dataIn;
          var i3;
          for (i3 = 0; i3 < 64; i3++)
            p[i3] = zz[i3] * qt[i3];
          for (i3 = 0; i3 < 8; ++i3) {
            var row = 8 * i3;
            if (p[1 + row] == 0 && p[2 + row] == 0 && p[3 + row] == 0 && p[4 + row] == 0 && p[5 + row] == 0 && p[6 + row] == 0 && p[7 + row] == 0) {
              t = dctSqrt2 * p[0 + row] + 512 >> 10;
              p[0 + row] = t;
              p[1 + row] = t;
              p[2 + row] = t;
              p[3 + row] = t;
              p[4 + row] = t;
              p[5 + row] = t;
              p[6 + row] = t;
              p[7 + row] = t;
              continue;
            }
            v0 = dctSqrt2 * p[0 + row] + 128 >> 8;
            v1 = dctSqrt2 * p[4 + row] + 128 >> 8;
            v2 = p[2 + row];
            v3 = p[6 + row];
            v4 = dctSqrt1d2 * (p[1 + row] - p[7 + row]) + 128 >> 8;
            v7 = dctSqrt1d2 * (p[1 + row] + p[7 + row]) + 128 >> 8;
            v5 = p[3 + row] << 4;
            v6 = p[5 + row] << 4;
            t = v0 - v1 + 1 >> 1;
            v0 = v0 + v1 + 1 >> 1;
            v1 = t;
            t = v2 * dctSin6 + v3 * dctCos6 + 128 >> 8;
            v2 = v2 * dctCos6 - v3 * dctSin6 + 128 >> 8;
            v3 = t;
            t = v4 - v6 + 1 >> 1;
            v4 = v4 + v6 + 1 >> 1;
            v6 = t;
            t = v7 + v5 + 1 >> 1;
            v5 = v7 - v5 + 1 >> 1;
            v7 = t;
            t = v0 - v3 + 1 >> 1;
            v0 = v0 + v3 + 1 >> 1;
            v3 = t;
            t = v1 - v2 + 1 >> 1;
            v1 = v1 + v2 + 1 >> 1;
            v2 = t;
            t = v4 * dctSin3 + v7 * dctCos3 + 2048 >> 12;
            v4 = v4 * dctCos3 - v7 * dctSin3 + 2048 >> 12;
            v7 = t;
            t = v5 * dctSin1 + v6 * dctCos1 + 2048 >> 12;
            v5 = v5 * dctCos1 - v6 * dctSin1 + 2048 >> 12;
            v6 = t;
            p[0 + row] = v0 + v7;
            p[7 + row] = v0 - v7;
            p[1 + row] = v1 + v6;
            p[6 + row] = v1 - v6;
            p[2 + row] = v2 + v5;
            p[5 + row] = v2 - v5;
            p[3 + row] = v3 + v4;
            p[4 + row] = v3 - v4;
          }
          for (i3 = 0; i3 < 8; ++i3) {
            var col = i3;
            if (p[1 * 8 + col] == 0 && p[2 * 8 + col] == 0 && p[3 * 8 + col] == 0 && p[4 * 8 + col] == 0 && p[5 * 8 + col] == 0 && p[6 * 8 + col] == 0 && p[7 * 8 + col] == 0) {
              t = dctSqrt2 * dataIn[i3 + 0] + 8192 >> 14;
              p[0 * 8 + col] = t;
              p[1 * 8 + col] = t;
              p[2 * 8 + col] = t;
              p[3 * 8 + col] = t;
              p[4 * 8 + col] = t;
              p[5 * 8 + col] = t;
              p[6 * 8 + col] = t;
              p[7 * 8 + col] = t;
              continue;
            }
            v0 = dctSqrt2 * p[0 * 8 + col] + 2048 >> 12;
            v1 = dctSqrt2 * p[4 * 8 + col] + 2048 >> 12;
            v2 = p[2 * 8 + col];
            v3 = p[6 * 8 + col];
            v4 = dctSqrt1d2 * (p[1 * 8 + col] - p[7 * 8 + col]) + 2048 >> 12;
            v7 = dctSqrt1d2 * (p[1 * 8 + col] + p[7 * 8 + col]) + 2048 >> 12;
            v5 = p[3 * 8 + col];
            v6 = p[5 * 8 + col];
            t = v0 - v1 + 1 >> 1;
            v0 = v0 + v1 + 1 >> 1;
            v1 = t;
            t = v2 * dctSin6 + v3 * dctCos6 + 2048 >> 12;
            v2 = v2 * dctCos6 - v3 * dctSin6 + 2048 >> 12;
            v3 = t;
            t = v4 - v6 + 1 >> 1;
            v4 = v4 + v6 + 1 >> 1;
            v6 = t;
            t = v7 + v5 + 1 >> 1;
            v5 = v7 - v5 + 1 >> 1;
            v7 = t;
            t = v0 - v3 + 1 >> 1;
            v0 = v0 + v3 + 1 >> 1;
            v3 = t;
            t = v1 - v2 + 1 >> 1;
            v1 = v1 + v2 + 1 >> 1;
            v2 = t;
            t = v4 * dctSin3 + v7 * dctCos3 + 2048 >> 12;
            v4 = v4 * dctCos3 - v7 * dctSin3 + 2048 >> 12;
            v7 = t;
            t = v5 * dctSin1 + v6 * dctCos1 + 2048 >> 12;
            v5 = v5 * dctCos1 - v6 * dctSin1 + 2048 >> 12;
            v6 = t;
            p[0 * 8 + col] = v0 + v7;
            p[7 * 8 + col] = v0 - v7;
            p[1 * 8 + col] = v1 + v6;
            p[6 * 8 + col] = v1 - v6;
            p[2 * 8 + col] = v2 + v5;
            p[5 * 8 + col] = v2 - v5;
            p[3 * 8 + col] = v3 + v4;
            p[4 * 8 + col] = v3 - v4;
          }
          for (i3 = 0; i3 < 64; ++i3) {
            var sample2 = 128 + (p[i3] + 8 >> 4);
            dataOut[i3] = sample2 < 0 ? 0 : sample2 > 255 ? 255 : sample2;
          }
        }
        requestMemoryAllocation(samplesPerLine * blocksPerColumn * 8);
        var i2, j;
        for (var blockRow = 0; blockRow < blocksPerColumn; blockRow++) {
          var scanLine = blockRow << 3;
          for (i2 = 0; i2 < 8; i2++)
            lines.push(new Uint8Array(samplesPerLine));
          for (var blockCol = 0; blockCol < blocksPerLine; blockCol++) {
            quantizeAndInverse(component.blocks[blockRow][blockCol], r, R);
            var offset = 0, sample = blockCol << 3;
            for (j = 0; j < 8; j++) {
              var line = lines[scanLine + j];
              for (i2 = 0; i2 < 8; i2++)
                line[sample + i2] = r[offset++];
            }
          }
        }
        return lines;
      }
      function clampTo8bit(a) {
        return a < 0 ? 0 : a > 255 ? 255 : a;
      }
      constructor.prototype = {
        load: function load(path) {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", path, true);
          xhr.responseType = "arraybuffer";
          xhr.onload = (function() {
            var data = new Uint8Array(xhr.response || xhr.mozResponseArrayBuffer);
            this.parse(data);
            if (this.onload)
              this.onload();
          }).bind(this);
          xhr.send(null);
        },
        parse: function parse(data) {
          var maxResolutionInPixels = this.opts.maxResolutionInMP * 1e3 * 1e3;
          var offset = 0, length = data.length;
          function readUint16() {
            var value = data[offset] << 8 | data[offset + 1];
            offset += 2;
            return value;
          }
          function readDataBlock() {
            var length2 = readUint16();
            var array = data.subarray(offset, offset + length2 - 2);
            offset += array.length;
            return array;
          }
          function prepareComponents(frame2) {
            var maxH2 = 1, maxV2 = 1;
            var component2, componentId2;
            for (componentId2 in frame2.components) {
              if (frame2.components.hasOwnProperty(componentId2)) {
                component2 = frame2.components[componentId2];
                if (maxH2 < component2.h) maxH2 = component2.h;
                if (maxV2 < component2.v) maxV2 = component2.v;
              }
            }
            var mcusPerLine = Math.ceil(frame2.samplesPerLine / 8 / maxH2);
            var mcusPerColumn = Math.ceil(frame2.scanLines / 8 / maxV2);
            for (componentId2 in frame2.components) {
              if (frame2.components.hasOwnProperty(componentId2)) {
                component2 = frame2.components[componentId2];
                var blocksPerLine = Math.ceil(Math.ceil(frame2.samplesPerLine / 8) * component2.h / maxH2);
                var blocksPerColumn = Math.ceil(Math.ceil(frame2.scanLines / 8) * component2.v / maxV2);
                var blocksPerLineForMcu = mcusPerLine * component2.h;
                var blocksPerColumnForMcu = mcusPerColumn * component2.v;
                var blocksToAllocate = blocksPerColumnForMcu * blocksPerLineForMcu;
                var blocks = [];
                requestMemoryAllocation(blocksToAllocate * 256);
                for (var i3 = 0; i3 < blocksPerColumnForMcu; i3++) {
                  var row = [];
                  for (var j2 = 0; j2 < blocksPerLineForMcu; j2++)
                    row.push(new Int32Array(64));
                  blocks.push(row);
                }
                component2.blocksPerLine = blocksPerLine;
                component2.blocksPerColumn = blocksPerColumn;
                component2.blocks = blocks;
              }
            }
            frame2.maxH = maxH2;
            frame2.maxV = maxV2;
            frame2.mcusPerLine = mcusPerLine;
            frame2.mcusPerColumn = mcusPerColumn;
          }
          var jfif = null;
          var adobe = null;
          var pixels = null;
          var frame, resetInterval;
          var quantizationTables = [], frames = [];
          var huffmanTablesAC = [], huffmanTablesDC = [];
          var fileMarker = readUint16();
          var malformedDataOffset = -1;
          this.comments = [];
          if (fileMarker != 65496) {
            throw new Error("SOI not found");
          }
          fileMarker = readUint16();
          while (fileMarker != 65497) {
            var i2, j, l;
            switch (fileMarker) {
              case 65280:
                break;
              case 65504:
              // APP0 (Application Specific)
              case 65505:
              // APP1
              case 65506:
              // APP2
              case 65507:
              // APP3
              case 65508:
              // APP4
              case 65509:
              // APP5
              case 65510:
              // APP6
              case 65511:
              // APP7
              case 65512:
              // APP8
              case 65513:
              // APP9
              case 65514:
              // APP10
              case 65515:
              // APP11
              case 65516:
              // APP12
              case 65517:
              // APP13
              case 65518:
              // APP14
              case 65519:
              // APP15
              case 65534:
                var appData = readDataBlock();
                if (fileMarker === 65534) {
                  var comment = String.fromCharCode.apply(null, appData);
                  this.comments.push(comment);
                }
                if (fileMarker === 65504) {
                  if (appData[0] === 74 && appData[1] === 70 && appData[2] === 73 && appData[3] === 70 && appData[4] === 0) {
                    jfif = {
                      version: { major: appData[5], minor: appData[6] },
                      densityUnits: appData[7],
                      xDensity: appData[8] << 8 | appData[9],
                      yDensity: appData[10] << 8 | appData[11],
                      thumbWidth: appData[12],
                      thumbHeight: appData[13],
                      thumbData: appData.subarray(14, 14 + 3 * appData[12] * appData[13])
                    };
                  }
                }
                if (fileMarker === 65505) {
                  if (appData[0] === 69 && appData[1] === 120 && appData[2] === 105 && appData[3] === 102 && appData[4] === 0) {
                    this.exifBuffer = appData.subarray(5, appData.length);
                  }
                }
                if (fileMarker === 65518) {
                  if (appData[0] === 65 && appData[1] === 100 && appData[2] === 111 && appData[3] === 98 && appData[4] === 101 && appData[5] === 0) {
                    adobe = {
                      version: appData[6],
                      flags0: appData[7] << 8 | appData[8],
                      flags1: appData[9] << 8 | appData[10],
                      transformCode: appData[11]
                    };
                  }
                }
                break;
              case 65499:
                var quantizationTablesLength = readUint16();
                var quantizationTablesEnd = quantizationTablesLength + offset - 2;
                while (offset < quantizationTablesEnd) {
                  var quantizationTableSpec = data[offset++];
                  requestMemoryAllocation(64 * 4);
                  var tableData = new Int32Array(64);
                  if (quantizationTableSpec >> 4 === 0) {
                    for (j = 0; j < 64; j++) {
                      var z = dctZigZag[j];
                      tableData[z] = data[offset++];
                    }
                  } else if (quantizationTableSpec >> 4 === 1) {
                    for (j = 0; j < 64; j++) {
                      var z = dctZigZag[j];
                      tableData[z] = readUint16();
                    }
                  } else
                    throw new Error("DQT: invalid table spec");
                  quantizationTables[quantizationTableSpec & 15] = tableData;
                }
                break;
              case 65472:
              // SOF0 (Start of Frame, Baseline DCT)
              case 65473:
              // SOF1 (Start of Frame, Extended DCT)
              case 65474:
                readUint16();
                frame = {};
                frame.extended = fileMarker === 65473;
                frame.progressive = fileMarker === 65474;
                frame.precision = data[offset++];
                frame.scanLines = readUint16();
                frame.samplesPerLine = readUint16();
                frame.components = {};
                frame.componentsOrder = [];
                var pixelsInFrame = frame.scanLines * frame.samplesPerLine;
                if (pixelsInFrame > maxResolutionInPixels) {
                  var exceededAmount = Math.ceil((pixelsInFrame - maxResolutionInPixels) / 1e6);
                  throw new Error(`maxResolutionInMP limit exceeded by ${exceededAmount}MP`);
                }
                var componentsCount = data[offset++], componentId;
                var maxH = 0, maxV = 0;
                for (i2 = 0; i2 < componentsCount; i2++) {
                  componentId = data[offset];
                  var h = data[offset + 1] >> 4;
                  var v = data[offset + 1] & 15;
                  var qId = data[offset + 2];
                  if (h <= 0 || v <= 0) {
                    throw new Error("Invalid sampling factor, expected values above 0");
                  }
                  frame.componentsOrder.push(componentId);
                  frame.components[componentId] = {
                    h,
                    v,
                    quantizationIdx: qId
                  };
                  offset += 3;
                }
                prepareComponents(frame);
                frames.push(frame);
                break;
              case 65476:
                var huffmanLength = readUint16();
                for (i2 = 2; i2 < huffmanLength; ) {
                  var huffmanTableSpec = data[offset++];
                  var codeLengths = new Uint8Array(16);
                  var codeLengthSum = 0;
                  for (j = 0; j < 16; j++, offset++) {
                    codeLengthSum += codeLengths[j] = data[offset];
                  }
                  requestMemoryAllocation(16 + codeLengthSum);
                  var huffmanValues = new Uint8Array(codeLengthSum);
                  for (j = 0; j < codeLengthSum; j++, offset++)
                    huffmanValues[j] = data[offset];
                  i2 += 17 + codeLengthSum;
                  (huffmanTableSpec >> 4 === 0 ? huffmanTablesDC : huffmanTablesAC)[huffmanTableSpec & 15] = buildHuffmanTable(codeLengths, huffmanValues);
                }
                break;
              case 65501:
                readUint16();
                resetInterval = readUint16();
                break;
              case 65500:
                readUint16();
                readUint16();
                break;
              case 65498:
                var scanLength = readUint16();
                var selectorsCount = data[offset++];
                var components = [], component;
                for (i2 = 0; i2 < selectorsCount; i2++) {
                  component = frame.components[data[offset++]];
                  var tableSpec = data[offset++];
                  component.huffmanTableDC = huffmanTablesDC[tableSpec >> 4];
                  component.huffmanTableAC = huffmanTablesAC[tableSpec & 15];
                  components.push(component);
                }
                var spectralStart = data[offset++];
                var spectralEnd = data[offset++];
                var successiveApproximation = data[offset++];
                var processed = decodeScan(
                  data,
                  offset,
                  frame,
                  components,
                  resetInterval,
                  spectralStart,
                  spectralEnd,
                  successiveApproximation >> 4,
                  successiveApproximation & 15,
                  this.opts
                );
                offset += processed;
                break;
              case 65535:
                if (data[offset] !== 255) {
                  offset--;
                }
                break;
              default:
                if (data[offset - 3] == 255 && data[offset - 2] >= 192 && data[offset - 2] <= 254) {
                  offset -= 3;
                  break;
                } else if (fileMarker === 224 || fileMarker == 225) {
                  if (malformedDataOffset !== -1) {
                    throw new Error(`first unknown JPEG marker at offset ${malformedDataOffset.toString(16)}, second unknown JPEG marker ${fileMarker.toString(16)} at offset ${(offset - 1).toString(16)}`);
                  }
                  malformedDataOffset = offset - 1;
                  const nextOffset = readUint16();
                  if (data[offset + nextOffset - 2] === 255) {
                    offset += nextOffset - 2;
                    break;
                  }
                }
                throw new Error("unknown JPEG marker " + fileMarker.toString(16));
            }
            fileMarker = readUint16();
          }
          if (frames.length != 1)
            throw new Error("only single frame JPEGs supported");
          for (var i2 = 0; i2 < frames.length; i2++) {
            var cp = frames[i2].components;
            for (var j in cp) {
              cp[j].quantizationTable = quantizationTables[cp[j].quantizationIdx];
              delete cp[j].quantizationIdx;
            }
          }
          this.width = frame.samplesPerLine;
          this.height = frame.scanLines;
          this.jfif = jfif;
          this.adobe = adobe;
          this.components = [];
          for (var i2 = 0; i2 < frame.componentsOrder.length; i2++) {
            var component = frame.components[frame.componentsOrder[i2]];
            this.components.push({
              lines: buildComponentData(frame, component),
              scaleX: component.h / frame.maxH,
              scaleY: component.v / frame.maxV
            });
          }
        },
        getData: function getData(width2, height) {
          var scaleX = this.width / width2, scaleY = this.height / height;
          var component1, component2, component3, component4;
          var component1Line, component2Line, component3Line, component4Line;
          var x2, y;
          var offset = 0;
          var Y, Cb, Cr, K, C, M, Ye, R, G, B;
          var colorTransform;
          var dataLength = width2 * height * this.components.length;
          requestMemoryAllocation(dataLength);
          var data = new Uint8Array(dataLength);
          switch (this.components.length) {
            case 1:
              component1 = this.components[0];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                for (x2 = 0; x2 < width2; x2++) {
                  Y = component1Line[0 | x2 * component1.scaleX * scaleX];
                  data[offset++] = Y;
                }
              }
              break;
            case 2:
              component1 = this.components[0];
              component2 = this.components[1];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                component2Line = component2.lines[0 | y * component2.scaleY * scaleY];
                for (x2 = 0; x2 < width2; x2++) {
                  Y = component1Line[0 | x2 * component1.scaleX * scaleX];
                  data[offset++] = Y;
                  Y = component2Line[0 | x2 * component2.scaleX * scaleX];
                  data[offset++] = Y;
                }
              }
              break;
            case 3:
              colorTransform = true;
              if (this.adobe && this.adobe.transformCode)
                colorTransform = true;
              else if (typeof this.opts.colorTransform !== "undefined")
                colorTransform = !!this.opts.colorTransform;
              component1 = this.components[0];
              component2 = this.components[1];
              component3 = this.components[2];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                component2Line = component2.lines[0 | y * component2.scaleY * scaleY];
                component3Line = component3.lines[0 | y * component3.scaleY * scaleY];
                for (x2 = 0; x2 < width2; x2++) {
                  if (!colorTransform) {
                    R = component1Line[0 | x2 * component1.scaleX * scaleX];
                    G = component2Line[0 | x2 * component2.scaleX * scaleX];
                    B = component3Line[0 | x2 * component3.scaleX * scaleX];
                  } else {
                    Y = component1Line[0 | x2 * component1.scaleX * scaleX];
                    Cb = component2Line[0 | x2 * component2.scaleX * scaleX];
                    Cr = component3Line[0 | x2 * component3.scaleX * scaleX];
                    R = clampTo8bit(Y + 1.402 * (Cr - 128));
                    G = clampTo8bit(Y - 0.3441363 * (Cb - 128) - 0.71413636 * (Cr - 128));
                    B = clampTo8bit(Y + 1.772 * (Cb - 128));
                  }
                  data[offset++] = R;
                  data[offset++] = G;
                  data[offset++] = B;
                }
              }
              break;
            case 4:
              if (!this.adobe)
                throw new Error("Unsupported color mode (4 components)");
              colorTransform = false;
              if (this.adobe && this.adobe.transformCode)
                colorTransform = true;
              else if (typeof this.opts.colorTransform !== "undefined")
                colorTransform = !!this.opts.colorTransform;
              component1 = this.components[0];
              component2 = this.components[1];
              component3 = this.components[2];
              component4 = this.components[3];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                component2Line = component2.lines[0 | y * component2.scaleY * scaleY];
                component3Line = component3.lines[0 | y * component3.scaleY * scaleY];
                component4Line = component4.lines[0 | y * component4.scaleY * scaleY];
                for (x2 = 0; x2 < width2; x2++) {
                  if (!colorTransform) {
                    C = component1Line[0 | x2 * component1.scaleX * scaleX];
                    M = component2Line[0 | x2 * component2.scaleX * scaleX];
                    Ye = component3Line[0 | x2 * component3.scaleX * scaleX];
                    K = component4Line[0 | x2 * component4.scaleX * scaleX];
                  } else {
                    Y = component1Line[0 | x2 * component1.scaleX * scaleX];
                    Cb = component2Line[0 | x2 * component2.scaleX * scaleX];
                    Cr = component3Line[0 | x2 * component3.scaleX * scaleX];
                    K = component4Line[0 | x2 * component4.scaleX * scaleX];
                    C = 255 - clampTo8bit(Y + 1.402 * (Cr - 128));
                    M = 255 - clampTo8bit(Y - 0.3441363 * (Cb - 128) - 0.71413636 * (Cr - 128));
                    Ye = 255 - clampTo8bit(Y + 1.772 * (Cb - 128));
                  }
                  data[offset++] = 255 - C;
                  data[offset++] = 255 - M;
                  data[offset++] = 255 - Ye;
                  data[offset++] = 255 - K;
                }
              }
              break;
            default:
              throw new Error("Unsupported color mode");
          }
          return data;
        },
        copyToImageData: function copyToImageData(imageData, formatAsRGBA) {
          var width2 = imageData.width, height = imageData.height;
          var imageDataArray = imageData.data;
          var data = this.getData(width2, height);
          var i2 = 0, j = 0, x2, y;
          var Y, K, C, M, R, G, B;
          switch (this.components.length) {
            case 1:
              for (y = 0; y < height; y++) {
                for (x2 = 0; x2 < width2; x2++) {
                  Y = data[i2++];
                  imageDataArray[j++] = Y;
                  imageDataArray[j++] = Y;
                  imageDataArray[j++] = Y;
                  if (formatAsRGBA) {
                    imageDataArray[j++] = 255;
                  }
                }
              }
              break;
            case 3:
              for (y = 0; y < height; y++) {
                for (x2 = 0; x2 < width2; x2++) {
                  R = data[i2++];
                  G = data[i2++];
                  B = data[i2++];
                  imageDataArray[j++] = R;
                  imageDataArray[j++] = G;
                  imageDataArray[j++] = B;
                  if (formatAsRGBA) {
                    imageDataArray[j++] = 255;
                  }
                }
              }
              break;
            case 4:
              for (y = 0; y < height; y++) {
                for (x2 = 0; x2 < width2; x2++) {
                  C = data[i2++];
                  M = data[i2++];
                  Y = data[i2++];
                  K = data[i2++];
                  R = 255 - clampTo8bit(C * (1 - K / 255) + K);
                  G = 255 - clampTo8bit(M * (1 - K / 255) + K);
                  B = 255 - clampTo8bit(Y * (1 - K / 255) + K);
                  imageDataArray[j++] = R;
                  imageDataArray[j++] = G;
                  imageDataArray[j++] = B;
                  if (formatAsRGBA) {
                    imageDataArray[j++] = 255;
                  }
                }
              }
              break;
            default:
              throw new Error("Unsupported color mode");
          }
        }
      };
      var totalBytesAllocated = 0;
      var maxMemoryUsageBytes = 0;
      function requestMemoryAllocation(increaseAmount = 0) {
        var totalMemoryImpactBytes = totalBytesAllocated + increaseAmount;
        if (totalMemoryImpactBytes > maxMemoryUsageBytes) {
          var exceededAmount = Math.ceil((totalMemoryImpactBytes - maxMemoryUsageBytes) / 1024 / 1024);
          throw new Error(`maxMemoryUsageInMB limit exceeded by at least ${exceededAmount}MB`);
        }
        totalBytesAllocated = totalMemoryImpactBytes;
      }
      constructor.resetMaxMemoryUsage = function(maxMemoryUsageBytes_) {
        totalBytesAllocated = 0;
        maxMemoryUsageBytes = maxMemoryUsageBytes_;
      };
      constructor.getBytesAllocated = function() {
        return totalBytesAllocated;
      };
      constructor.requestMemoryAllocation = requestMemoryAllocation;
      return constructor;
    })();
    if (typeof module !== "undefined") {
      module.exports = decode;
    } else if (typeof window !== "undefined") {
      window["jpeg-js"] = window["jpeg-js"] || {};
      window["jpeg-js"].decode = decode;
    }
    function decode(jpegData, userOpts = {}) {
      var defaultOpts = {
        // "undefined" means "Choose whether to transform colors based on the image’s color model."
        colorTransform: void 0,
        useTArray: false,
        formatAsRGBA: true,
        tolerantDecoding: true,
        maxResolutionInMP: 100,
        // Don't decode more than 100 megapixels
        maxMemoryUsageInMB: 512
        // Don't decode if memory footprint is more than 512MB
      };
      var opts = { ...defaultOpts, ...userOpts };
      var arr = new Uint8Array(jpegData);
      var decoder3 = new JpegImage();
      decoder3.opts = opts;
      JpegImage.resetMaxMemoryUsage(opts.maxMemoryUsageInMB * 1024 * 1024);
      decoder3.parse(arr);
      var channels = opts.formatAsRGBA ? 4 : 3;
      var bytesNeeded = decoder3.width * decoder3.height * channels;
      try {
        JpegImage.requestMemoryAllocation(bytesNeeded);
        var image = {
          width: decoder3.width,
          height: decoder3.height,
          exifBuffer: decoder3.exifBuffer,
          data: opts.useTArray ? new Uint8Array(bytesNeeded) : Buffer.alloc(bytesNeeded)
        };
        if (decoder3.comments.length > 0) {
          image["comments"] = decoder3.comments;
        }
      } catch (err2) {
        if (err2 instanceof RangeError) {
          throw new Error("Could not allocate enough memory for the image. Required: " + bytesNeeded);
        }
        if (err2 instanceof ReferenceError) {
          if (err2.message === "Buffer is not defined") {
            throw new Error("Buffer is not globally defined in this environment. Consider setting useTArray to true");
          }
        }
        throw err2;
      }
      decoder3.copyToImageData(image, opts.formatAsRGBA);
      return image;
    }
  }
});

// node_modules/jpeg-js/index.js
var require_jpeg_js = __commonJS({
  "node_modules/jpeg-js/index.js"(exports, module) {
    var encode = require_encoder();
    var decode = require_decoder();
    module.exports = {
      encode,
      decode
    };
  }
});

// node_modules/pngjs/lib/chunkstream.js
var require_chunkstream = __commonJS({
  "node_modules/pngjs/lib/chunkstream.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var Stream = __require("stream");
    var ChunkStream = module.exports = function() {
      Stream.call(this);
      this._buffers = [];
      this._buffered = 0;
      this._reads = [];
      this._paused = false;
      this._encoding = "utf8";
      this.writable = true;
    };
    util.inherits(ChunkStream, Stream);
    ChunkStream.prototype.read = function(length, callback) {
      this._reads.push({
        length: Math.abs(length),
        // if length < 0 then at most this length
        allowLess: length < 0,
        func: callback
      });
      process.nextTick(
        function() {
          this._process();
          if (this._paused && this._reads && this._reads.length > 0) {
            this._paused = false;
            this.emit("drain");
          }
        }.bind(this)
      );
    };
    ChunkStream.prototype.write = function(data, encoding) {
      if (!this.writable) {
        this.emit("error", new Error("Stream not writable"));
        return false;
      }
      let dataBuffer;
      if (Buffer.isBuffer(data)) {
        dataBuffer = data;
      } else {
        dataBuffer = Buffer.from(data, encoding || this._encoding);
      }
      this._buffers.push(dataBuffer);
      this._buffered += dataBuffer.length;
      this._process();
      if (this._reads && this._reads.length === 0) {
        this._paused = true;
      }
      return this.writable && !this._paused;
    };
    ChunkStream.prototype.end = function(data, encoding) {
      if (data) {
        this.write(data, encoding);
      }
      this.writable = false;
      if (!this._buffers) {
        return;
      }
      if (this._buffers.length === 0) {
        this._end();
      } else {
        this._buffers.push(null);
        this._process();
      }
    };
    ChunkStream.prototype.destroySoon = ChunkStream.prototype.end;
    ChunkStream.prototype._end = function() {
      if (this._reads.length > 0) {
        this.emit("error", new Error("Unexpected end of input"));
      }
      this.destroy();
    };
    ChunkStream.prototype.destroy = function() {
      if (!this._buffers) {
        return;
      }
      this.writable = false;
      this._reads = null;
      this._buffers = null;
      this.emit("close");
    };
    ChunkStream.prototype._processReadAllowingLess = function(read) {
      this._reads.shift();
      let smallerBuf = this._buffers[0];
      if (smallerBuf.length > read.length) {
        this._buffered -= read.length;
        this._buffers[0] = smallerBuf.slice(read.length);
        read.func.call(this, smallerBuf.slice(0, read.length));
      } else {
        this._buffered -= smallerBuf.length;
        this._buffers.shift();
        read.func.call(this, smallerBuf);
      }
    };
    ChunkStream.prototype._processRead = function(read) {
      this._reads.shift();
      let pos = 0;
      let count = 0;
      let data = Buffer.alloc(read.length);
      while (pos < read.length) {
        let buf = this._buffers[count++];
        let len = Math.min(buf.length, read.length - pos);
        buf.copy(data, pos, 0, len);
        pos += len;
        if (len !== buf.length) {
          this._buffers[--count] = buf.slice(len);
        }
      }
      if (count > 0) {
        this._buffers.splice(0, count);
      }
      this._buffered -= read.length;
      read.func.call(this, data);
    };
    ChunkStream.prototype._process = function() {
      try {
        while (this._buffered > 0 && this._reads && this._reads.length > 0) {
          let read = this._reads[0];
          if (read.allowLess) {
            this._processReadAllowingLess(read);
          } else if (this._buffered >= read.length) {
            this._processRead(read);
          } else {
            break;
          }
        }
        if (this._buffers && !this.writable) {
          this._end();
        }
      } catch (ex) {
        this.emit("error", ex);
      }
    };
  }
});

// node_modules/pngjs/lib/interlace.js
var require_interlace = __commonJS({
  "node_modules/pngjs/lib/interlace.js"(exports) {
    "use strict";
    var imagePasses = [
      {
        // pass 1 - 1px
        x: [0],
        y: [0]
      },
      {
        // pass 2 - 1px
        x: [4],
        y: [0]
      },
      {
        // pass 3 - 2px
        x: [0, 4],
        y: [4]
      },
      {
        // pass 4 - 4px
        x: [2, 6],
        y: [0, 4]
      },
      {
        // pass 5 - 8px
        x: [0, 2, 4, 6],
        y: [2, 6]
      },
      {
        // pass 6 - 16px
        x: [1, 3, 5, 7],
        y: [0, 2, 4, 6]
      },
      {
        // pass 7 - 32px
        x: [0, 1, 2, 3, 4, 5, 6, 7],
        y: [1, 3, 5, 7]
      }
    ];
    exports.getImagePasses = function(width2, height) {
      let images = [];
      let xLeftOver = width2 % 8;
      let yLeftOver = height % 8;
      let xRepeats = (width2 - xLeftOver) / 8;
      let yRepeats = (height - yLeftOver) / 8;
      for (let i2 = 0; i2 < imagePasses.length; i2++) {
        let pass = imagePasses[i2];
        let passWidth = xRepeats * pass.x.length;
        let passHeight = yRepeats * pass.y.length;
        for (let j = 0; j < pass.x.length; j++) {
          if (pass.x[j] < xLeftOver) {
            passWidth++;
          } else {
            break;
          }
        }
        for (let j = 0; j < pass.y.length; j++) {
          if (pass.y[j] < yLeftOver) {
            passHeight++;
          } else {
            break;
          }
        }
        if (passWidth > 0 && passHeight > 0) {
          images.push({ width: passWidth, height: passHeight, index: i2 });
        }
      }
      return images;
    };
    exports.getInterlaceIterator = function(width2) {
      return function(x2, y, pass) {
        let outerXLeftOver = x2 % imagePasses[pass].x.length;
        let outerX = (x2 - outerXLeftOver) / imagePasses[pass].x.length * 8 + imagePasses[pass].x[outerXLeftOver];
        let outerYLeftOver = y % imagePasses[pass].y.length;
        let outerY = (y - outerYLeftOver) / imagePasses[pass].y.length * 8 + imagePasses[pass].y[outerYLeftOver];
        return outerX * 4 + outerY * width2 * 4;
      };
    };
  }
});

// node_modules/pngjs/lib/paeth-predictor.js
var require_paeth_predictor = __commonJS({
  "node_modules/pngjs/lib/paeth-predictor.js"(exports, module) {
    "use strict";
    module.exports = function paethPredictor(left, above, upLeft) {
      let paeth = left + above - upLeft;
      let pLeft = Math.abs(paeth - left);
      let pAbove = Math.abs(paeth - above);
      let pUpLeft = Math.abs(paeth - upLeft);
      if (pLeft <= pAbove && pLeft <= pUpLeft) {
        return left;
      }
      if (pAbove <= pUpLeft) {
        return above;
      }
      return upLeft;
    };
  }
});

// node_modules/pngjs/lib/filter-parse.js
var require_filter_parse = __commonJS({
  "node_modules/pngjs/lib/filter-parse.js"(exports, module) {
    "use strict";
    var interlaceUtils = require_interlace();
    var paethPredictor = require_paeth_predictor();
    function getByteWidth(width2, bpp, depth) {
      let byteWidth = width2 * bpp;
      if (depth !== 8) {
        byteWidth = Math.ceil(byteWidth / (8 / depth));
      }
      return byteWidth;
    }
    var Filter = module.exports = function(bitmapInfo, dependencies) {
      let width2 = bitmapInfo.width;
      let height = bitmapInfo.height;
      let interlace = bitmapInfo.interlace;
      let bpp = bitmapInfo.bpp;
      let depth = bitmapInfo.depth;
      this.read = dependencies.read;
      this.write = dependencies.write;
      this.complete = dependencies.complete;
      this._imageIndex = 0;
      this._images = [];
      if (interlace) {
        let passes = interlaceUtils.getImagePasses(width2, height);
        for (let i2 = 0; i2 < passes.length; i2++) {
          this._images.push({
            byteWidth: getByteWidth(passes[i2].width, bpp, depth),
            height: passes[i2].height,
            lineIndex: 0
          });
        }
      } else {
        this._images.push({
          byteWidth: getByteWidth(width2, bpp, depth),
          height,
          lineIndex: 0
        });
      }
      if (depth === 8) {
        this._xComparison = bpp;
      } else if (depth === 16) {
        this._xComparison = bpp * 2;
      } else {
        this._xComparison = 1;
      }
    };
    Filter.prototype.start = function() {
      this.read(
        this._images[this._imageIndex].byteWidth + 1,
        this._reverseFilterLine.bind(this)
      );
    };
    Filter.prototype._unFilterType1 = function(rawData2, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let rawByte = rawData2[1 + x2];
        let f1Left = x2 > xBiggerThan ? unfilteredLine[x2 - xComparison] : 0;
        unfilteredLine[x2] = rawByte + f1Left;
      }
    };
    Filter.prototype._unFilterType2 = function(rawData2, unfilteredLine, byteWidth) {
      let lastLine = this._lastLine;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let rawByte = rawData2[1 + x2];
        let f2Up = lastLine ? lastLine[x2] : 0;
        unfilteredLine[x2] = rawByte + f2Up;
      }
    };
    Filter.prototype._unFilterType3 = function(rawData2, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      let lastLine = this._lastLine;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let rawByte = rawData2[1 + x2];
        let f3Up = lastLine ? lastLine[x2] : 0;
        let f3Left = x2 > xBiggerThan ? unfilteredLine[x2 - xComparison] : 0;
        let f3Add = Math.floor((f3Left + f3Up) / 2);
        unfilteredLine[x2] = rawByte + f3Add;
      }
    };
    Filter.prototype._unFilterType4 = function(rawData2, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      let lastLine = this._lastLine;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let rawByte = rawData2[1 + x2];
        let f4Up = lastLine ? lastLine[x2] : 0;
        let f4Left = x2 > xBiggerThan ? unfilteredLine[x2 - xComparison] : 0;
        let f4UpLeft = x2 > xBiggerThan && lastLine ? lastLine[x2 - xComparison] : 0;
        let f4Add = paethPredictor(f4Left, f4Up, f4UpLeft);
        unfilteredLine[x2] = rawByte + f4Add;
      }
    };
    Filter.prototype._reverseFilterLine = function(rawData2) {
      let filter = rawData2[0];
      let unfilteredLine;
      let currentImage = this._images[this._imageIndex];
      let byteWidth = currentImage.byteWidth;
      if (filter === 0) {
        unfilteredLine = rawData2.slice(1, byteWidth + 1);
      } else {
        unfilteredLine = Buffer.alloc(byteWidth);
        switch (filter) {
          case 1:
            this._unFilterType1(rawData2, unfilteredLine, byteWidth);
            break;
          case 2:
            this._unFilterType2(rawData2, unfilteredLine, byteWidth);
            break;
          case 3:
            this._unFilterType3(rawData2, unfilteredLine, byteWidth);
            break;
          case 4:
            this._unFilterType4(rawData2, unfilteredLine, byteWidth);
            break;
          default:
            throw new Error("Unrecognised filter type - " + filter);
        }
      }
      this.write(unfilteredLine);
      currentImage.lineIndex++;
      if (currentImage.lineIndex >= currentImage.height) {
        this._lastLine = null;
        this._imageIndex++;
        currentImage = this._images[this._imageIndex];
      } else {
        this._lastLine = unfilteredLine;
      }
      if (currentImage) {
        this.read(currentImage.byteWidth + 1, this._reverseFilterLine.bind(this));
      } else {
        this._lastLine = null;
        this.complete();
      }
    };
  }
});

// node_modules/pngjs/lib/filter-parse-async.js
var require_filter_parse_async = __commonJS({
  "node_modules/pngjs/lib/filter-parse-async.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var ChunkStream = require_chunkstream();
    var Filter = require_filter_parse();
    var FilterAsync = module.exports = function(bitmapInfo) {
      ChunkStream.call(this);
      let buffers = [];
      let that = this;
      this._filter = new Filter(bitmapInfo, {
        read: this.read.bind(this),
        write: function(buffer) {
          buffers.push(buffer);
        },
        complete: function() {
          that.emit("complete", Buffer.concat(buffers));
        }
      });
      this._filter.start();
    };
    util.inherits(FilterAsync, ChunkStream);
  }
});

// node_modules/pngjs/lib/constants.js
var require_constants = __commonJS({
  "node_modules/pngjs/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      PNG_SIGNATURE: [137, 80, 78, 71, 13, 10, 26, 10],
      TYPE_IHDR: 1229472850,
      TYPE_IEND: 1229278788,
      TYPE_IDAT: 1229209940,
      TYPE_PLTE: 1347179589,
      TYPE_tRNS: 1951551059,
      // eslint-disable-line camelcase
      TYPE_gAMA: 1732332865,
      // eslint-disable-line camelcase
      // color-type bits
      COLORTYPE_GRAYSCALE: 0,
      COLORTYPE_PALETTE: 1,
      COLORTYPE_COLOR: 2,
      COLORTYPE_ALPHA: 4,
      // e.g. grayscale and alpha
      // color-type combinations
      COLORTYPE_PALETTE_COLOR: 3,
      COLORTYPE_COLOR_ALPHA: 6,
      COLORTYPE_TO_BPP_MAP: {
        0: 1,
        2: 3,
        3: 1,
        4: 2,
        6: 4
      },
      GAMMA_DIVISION: 1e5
    };
  }
});

// node_modules/pngjs/lib/crc.js
var require_crc = __commonJS({
  "node_modules/pngjs/lib/crc.js"(exports, module) {
    "use strict";
    var crcTable = [];
    (function() {
      for (let i2 = 0; i2 < 256; i2++) {
        let currentCrc = i2;
        for (let j = 0; j < 8; j++) {
          if (currentCrc & 1) {
            currentCrc = 3988292384 ^ currentCrc >>> 1;
          } else {
            currentCrc = currentCrc >>> 1;
          }
        }
        crcTable[i2] = currentCrc;
      }
    })();
    var CrcCalculator = module.exports = function() {
      this._crc = -1;
    };
    CrcCalculator.prototype.write = function(data) {
      for (let i2 = 0; i2 < data.length; i2++) {
        this._crc = crcTable[(this._crc ^ data[i2]) & 255] ^ this._crc >>> 8;
      }
      return true;
    };
    CrcCalculator.prototype.crc32 = function() {
      return this._crc ^ -1;
    };
    CrcCalculator.crc32 = function(buf) {
      let crc = -1;
      for (let i2 = 0; i2 < buf.length; i2++) {
        crc = crcTable[(crc ^ buf[i2]) & 255] ^ crc >>> 8;
      }
      return crc ^ -1;
    };
  }
});

// node_modules/pngjs/lib/parser.js
var require_parser = __commonJS({
  "node_modules/pngjs/lib/parser.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var CrcCalculator = require_crc();
    var Parser = module.exports = function(options, dependencies) {
      this._options = options;
      options.checkCRC = options.checkCRC !== false;
      this._hasIHDR = false;
      this._hasIEND = false;
      this._emittedHeadersFinished = false;
      this._palette = [];
      this._colorType = 0;
      this._chunks = {};
      this._chunks[constants.TYPE_IHDR] = this._handleIHDR.bind(this);
      this._chunks[constants.TYPE_IEND] = this._handleIEND.bind(this);
      this._chunks[constants.TYPE_IDAT] = this._handleIDAT.bind(this);
      this._chunks[constants.TYPE_PLTE] = this._handlePLTE.bind(this);
      this._chunks[constants.TYPE_tRNS] = this._handleTRNS.bind(this);
      this._chunks[constants.TYPE_gAMA] = this._handleGAMA.bind(this);
      this.read = dependencies.read;
      this.error = dependencies.error;
      this.metadata = dependencies.metadata;
      this.gamma = dependencies.gamma;
      this.transColor = dependencies.transColor;
      this.palette = dependencies.palette;
      this.parsed = dependencies.parsed;
      this.inflateData = dependencies.inflateData;
      this.finished = dependencies.finished;
      this.simpleTransparency = dependencies.simpleTransparency;
      this.headersFinished = dependencies.headersFinished || function() {
      };
    };
    Parser.prototype.start = function() {
      this.read(constants.PNG_SIGNATURE.length, this._parseSignature.bind(this));
    };
    Parser.prototype._parseSignature = function(data) {
      let signature2 = constants.PNG_SIGNATURE;
      for (let i2 = 0; i2 < signature2.length; i2++) {
        if (data[i2] !== signature2[i2]) {
          this.error(new Error("Invalid file signature"));
          return;
        }
      }
      this.read(8, this._parseChunkBegin.bind(this));
    };
    Parser.prototype._parseChunkBegin = function(data) {
      let length = data.readUInt32BE(0);
      let type = data.readUInt32BE(4);
      let name = "";
      for (let i2 = 4; i2 < 8; i2++) {
        name += String.fromCharCode(data[i2]);
      }
      let ancillary = Boolean(data[4] & 32);
      if (!this._hasIHDR && type !== constants.TYPE_IHDR) {
        this.error(new Error("Expected IHDR on beggining"));
        return;
      }
      this._crc = new CrcCalculator();
      this._crc.write(Buffer.from(name));
      if (this._chunks[type]) {
        return this._chunks[type](length);
      }
      if (!ancillary) {
        this.error(new Error("Unsupported critical chunk type " + name));
        return;
      }
      this.read(length + 4, this._skipChunk.bind(this));
    };
    Parser.prototype._skipChunk = function() {
      this.read(8, this._parseChunkBegin.bind(this));
    };
    Parser.prototype._handleChunkEnd = function() {
      this.read(4, this._parseChunkEnd.bind(this));
    };
    Parser.prototype._parseChunkEnd = function(data) {
      let fileCrc = data.readInt32BE(0);
      let calcCrc = this._crc.crc32();
      if (this._options.checkCRC && calcCrc !== fileCrc) {
        this.error(new Error("Crc error - " + fileCrc + " - " + calcCrc));
        return;
      }
      if (!this._hasIEND) {
        this.read(8, this._parseChunkBegin.bind(this));
      }
    };
    Parser.prototype._handleIHDR = function(length) {
      this.read(length, this._parseIHDR.bind(this));
    };
    Parser.prototype._parseIHDR = function(data) {
      this._crc.write(data);
      let width2 = data.readUInt32BE(0);
      let height = data.readUInt32BE(4);
      let depth = data[8];
      let colorType = data[9];
      let compr = data[10];
      let filter = data[11];
      let interlace = data[12];
      if (depth !== 8 && depth !== 4 && depth !== 2 && depth !== 1 && depth !== 16) {
        this.error(new Error("Unsupported bit depth " + depth));
        return;
      }
      if (!(colorType in constants.COLORTYPE_TO_BPP_MAP)) {
        this.error(new Error("Unsupported color type"));
        return;
      }
      if (compr !== 0) {
        this.error(new Error("Unsupported compression method"));
        return;
      }
      if (filter !== 0) {
        this.error(new Error("Unsupported filter method"));
        return;
      }
      if (interlace !== 0 && interlace !== 1) {
        this.error(new Error("Unsupported interlace method"));
        return;
      }
      this._colorType = colorType;
      let bpp = constants.COLORTYPE_TO_BPP_MAP[this._colorType];
      this._hasIHDR = true;
      this.metadata({
        width: width2,
        height,
        depth,
        interlace: Boolean(interlace),
        palette: Boolean(colorType & constants.COLORTYPE_PALETTE),
        color: Boolean(colorType & constants.COLORTYPE_COLOR),
        alpha: Boolean(colorType & constants.COLORTYPE_ALPHA),
        bpp,
        colorType
      });
      this._handleChunkEnd();
    };
    Parser.prototype._handlePLTE = function(length) {
      this.read(length, this._parsePLTE.bind(this));
    };
    Parser.prototype._parsePLTE = function(data) {
      this._crc.write(data);
      let entries = Math.floor(data.length / 3);
      for (let i2 = 0; i2 < entries; i2++) {
        this._palette.push([data[i2 * 3], data[i2 * 3 + 1], data[i2 * 3 + 2], 255]);
      }
      this.palette(this._palette);
      this._handleChunkEnd();
    };
    Parser.prototype._handleTRNS = function(length) {
      this.simpleTransparency();
      this.read(length, this._parseTRNS.bind(this));
    };
    Parser.prototype._parseTRNS = function(data) {
      this._crc.write(data);
      if (this._colorType === constants.COLORTYPE_PALETTE_COLOR) {
        if (this._palette.length === 0) {
          this.error(new Error("Transparency chunk must be after palette"));
          return;
        }
        if (data.length > this._palette.length) {
          this.error(new Error("More transparent colors than palette size"));
          return;
        }
        for (let i2 = 0; i2 < data.length; i2++) {
          this._palette[i2][3] = data[i2];
        }
        this.palette(this._palette);
      }
      if (this._colorType === constants.COLORTYPE_GRAYSCALE) {
        this.transColor([data.readUInt16BE(0)]);
      }
      if (this._colorType === constants.COLORTYPE_COLOR) {
        this.transColor([
          data.readUInt16BE(0),
          data.readUInt16BE(2),
          data.readUInt16BE(4)
        ]);
      }
      this._handleChunkEnd();
    };
    Parser.prototype._handleGAMA = function(length) {
      this.read(length, this._parseGAMA.bind(this));
    };
    Parser.prototype._parseGAMA = function(data) {
      this._crc.write(data);
      this.gamma(data.readUInt32BE(0) / constants.GAMMA_DIVISION);
      this._handleChunkEnd();
    };
    Parser.prototype._handleIDAT = function(length) {
      if (!this._emittedHeadersFinished) {
        this._emittedHeadersFinished = true;
        this.headersFinished();
      }
      this.read(-length, this._parseIDAT.bind(this, length));
    };
    Parser.prototype._parseIDAT = function(length, data) {
      this._crc.write(data);
      if (this._colorType === constants.COLORTYPE_PALETTE_COLOR && this._palette.length === 0) {
        throw new Error("Expected palette not found");
      }
      this.inflateData(data);
      let leftOverLength = length - data.length;
      if (leftOverLength > 0) {
        this._handleIDAT(leftOverLength);
      } else {
        this._handleChunkEnd();
      }
    };
    Parser.prototype._handleIEND = function(length) {
      this.read(length, this._parseIEND.bind(this));
    };
    Parser.prototype._parseIEND = function(data) {
      this._crc.write(data);
      this._hasIEND = true;
      this._handleChunkEnd();
      if (this.finished) {
        this.finished();
      }
    };
  }
});

// node_modules/pngjs/lib/bitmapper.js
var require_bitmapper = __commonJS({
  "node_modules/pngjs/lib/bitmapper.js"(exports) {
    "use strict";
    var interlaceUtils = require_interlace();
    var pixelBppMapper = [
      // 0 - dummy entry
      function() {
      },
      // 1 - L
      // 0: 0, 1: 0, 2: 0, 3: 0xff
      function(pxData, data, pxPos, rawPos) {
        if (rawPos === data.length) {
          throw new Error("Ran out of data");
        }
        let pixel = data[rawPos];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = 255;
      },
      // 2 - LA
      // 0: 0, 1: 0, 2: 0, 3: 1
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 1 >= data.length) {
          throw new Error("Ran out of data");
        }
        let pixel = data[rawPos];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = data[rawPos + 1];
      },
      // 3 - RGB
      // 0: 0, 1: 1, 2: 2, 3: 0xff
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 2 >= data.length) {
          throw new Error("Ran out of data");
        }
        pxData[pxPos] = data[rawPos];
        pxData[pxPos + 1] = data[rawPos + 1];
        pxData[pxPos + 2] = data[rawPos + 2];
        pxData[pxPos + 3] = 255;
      },
      // 4 - RGBA
      // 0: 0, 1: 1, 2: 2, 3: 3
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 3 >= data.length) {
          throw new Error("Ran out of data");
        }
        pxData[pxPos] = data[rawPos];
        pxData[pxPos + 1] = data[rawPos + 1];
        pxData[pxPos + 2] = data[rawPos + 2];
        pxData[pxPos + 3] = data[rawPos + 3];
      }
    ];
    var pixelBppCustomMapper = [
      // 0 - dummy entry
      function() {
      },
      // 1 - L
      // 0: 0, 1: 0, 2: 0, 3: 0xff
      function(pxData, pixelData, pxPos, maxBit) {
        let pixel = pixelData[0];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = maxBit;
      },
      // 2 - LA
      // 0: 0, 1: 0, 2: 0, 3: 1
      function(pxData, pixelData, pxPos) {
        let pixel = pixelData[0];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = pixelData[1];
      },
      // 3 - RGB
      // 0: 0, 1: 1, 2: 2, 3: 0xff
      function(pxData, pixelData, pxPos, maxBit) {
        pxData[pxPos] = pixelData[0];
        pxData[pxPos + 1] = pixelData[1];
        pxData[pxPos + 2] = pixelData[2];
        pxData[pxPos + 3] = maxBit;
      },
      // 4 - RGBA
      // 0: 0, 1: 1, 2: 2, 3: 3
      function(pxData, pixelData, pxPos) {
        pxData[pxPos] = pixelData[0];
        pxData[pxPos + 1] = pixelData[1];
        pxData[pxPos + 2] = pixelData[2];
        pxData[pxPos + 3] = pixelData[3];
      }
    ];
    function bitRetriever(data, depth) {
      let leftOver = [];
      let i2 = 0;
      function split3() {
        if (i2 === data.length) {
          throw new Error("Ran out of data");
        }
        let byte = data[i2];
        i2++;
        let byte8, byte7, byte6, byte5, byte4, byte3, byte2, byte1;
        switch (depth) {
          default:
            throw new Error("unrecognised depth");
          case 16:
            byte2 = data[i2];
            i2++;
            leftOver.push((byte << 8) + byte2);
            break;
          case 4:
            byte2 = byte & 15;
            byte1 = byte >> 4;
            leftOver.push(byte1, byte2);
            break;
          case 2:
            byte4 = byte & 3;
            byte3 = byte >> 2 & 3;
            byte2 = byte >> 4 & 3;
            byte1 = byte >> 6 & 3;
            leftOver.push(byte1, byte2, byte3, byte4);
            break;
          case 1:
            byte8 = byte & 1;
            byte7 = byte >> 1 & 1;
            byte6 = byte >> 2 & 1;
            byte5 = byte >> 3 & 1;
            byte4 = byte >> 4 & 1;
            byte3 = byte >> 5 & 1;
            byte2 = byte >> 6 & 1;
            byte1 = byte >> 7 & 1;
            leftOver.push(byte1, byte2, byte3, byte4, byte5, byte6, byte7, byte8);
            break;
        }
      }
      return {
        get: function(count) {
          while (leftOver.length < count) {
            split3();
          }
          let returner = leftOver.slice(0, count);
          leftOver = leftOver.slice(count);
          return returner;
        },
        resetAfterLine: function() {
          leftOver.length = 0;
        },
        end: function() {
          if (i2 !== data.length) {
            throw new Error("extra data found");
          }
        }
      };
    }
    function mapImage8Bit(image, pxData, getPxPos, bpp, data, rawPos) {
      let imageWidth = image.width;
      let imageHeight = image.height;
      let imagePass = image.index;
      for (let y = 0; y < imageHeight; y++) {
        for (let x2 = 0; x2 < imageWidth; x2++) {
          let pxPos = getPxPos(x2, y, imagePass);
          pixelBppMapper[bpp](pxData, data, pxPos, rawPos);
          rawPos += bpp;
        }
      }
      return rawPos;
    }
    function mapImageCustomBit(image, pxData, getPxPos, bpp, bits2, maxBit) {
      let imageWidth = image.width;
      let imageHeight = image.height;
      let imagePass = image.index;
      for (let y = 0; y < imageHeight; y++) {
        for (let x2 = 0; x2 < imageWidth; x2++) {
          let pixelData = bits2.get(bpp);
          let pxPos = getPxPos(x2, y, imagePass);
          pixelBppCustomMapper[bpp](pxData, pixelData, pxPos, maxBit);
        }
        bits2.resetAfterLine();
      }
    }
    exports.dataToBitMap = function(data, bitmapInfo) {
      let width2 = bitmapInfo.width;
      let height = bitmapInfo.height;
      let depth = bitmapInfo.depth;
      let bpp = bitmapInfo.bpp;
      let interlace = bitmapInfo.interlace;
      let bits2;
      if (depth !== 8) {
        bits2 = bitRetriever(data, depth);
      }
      let pxData;
      if (depth <= 8) {
        pxData = Buffer.alloc(width2 * height * 4);
      } else {
        pxData = new Uint16Array(width2 * height * 4);
      }
      let maxBit = Math.pow(2, depth) - 1;
      let rawPos = 0;
      let images;
      let getPxPos;
      if (interlace) {
        images = interlaceUtils.getImagePasses(width2, height);
        getPxPos = interlaceUtils.getInterlaceIterator(width2, height);
      } else {
        let nonInterlacedPxPos = 0;
        getPxPos = function() {
          let returner = nonInterlacedPxPos;
          nonInterlacedPxPos += 4;
          return returner;
        };
        images = [{ width: width2, height }];
      }
      for (let imageIndex = 0; imageIndex < images.length; imageIndex++) {
        if (depth === 8) {
          rawPos = mapImage8Bit(
            images[imageIndex],
            pxData,
            getPxPos,
            bpp,
            data,
            rawPos
          );
        } else {
          mapImageCustomBit(
            images[imageIndex],
            pxData,
            getPxPos,
            bpp,
            bits2,
            maxBit
          );
        }
      }
      if (depth === 8) {
        if (rawPos !== data.length) {
          throw new Error("extra data found");
        }
      } else {
        bits2.end();
      }
      return pxData;
    };
  }
});

// node_modules/pngjs/lib/format-normaliser.js
var require_format_normaliser = __commonJS({
  "node_modules/pngjs/lib/format-normaliser.js"(exports, module) {
    "use strict";
    function dePalette(indata, outdata, width2, height, palette) {
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x2 = 0; x2 < width2; x2++) {
          let color = palette[indata[pxPos]];
          if (!color) {
            throw new Error("index " + indata[pxPos] + " not in palette");
          }
          for (let i2 = 0; i2 < 4; i2++) {
            outdata[pxPos + i2] = color[i2];
          }
          pxPos += 4;
        }
      }
    }
    function replaceTransparentColor(indata, outdata, width2, height, transColor) {
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x2 = 0; x2 < width2; x2++) {
          let makeTrans = false;
          if (transColor.length === 1) {
            if (transColor[0] === indata[pxPos]) {
              makeTrans = true;
            }
          } else if (transColor[0] === indata[pxPos] && transColor[1] === indata[pxPos + 1] && transColor[2] === indata[pxPos + 2]) {
            makeTrans = true;
          }
          if (makeTrans) {
            for (let i2 = 0; i2 < 4; i2++) {
              outdata[pxPos + i2] = 0;
            }
          }
          pxPos += 4;
        }
      }
    }
    function scaleDepth(indata, outdata, width2, height, depth) {
      let maxOutSample = 255;
      let maxInSample = Math.pow(2, depth) - 1;
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x2 = 0; x2 < width2; x2++) {
          for (let i2 = 0; i2 < 4; i2++) {
            outdata[pxPos + i2] = Math.floor(
              indata[pxPos + i2] * maxOutSample / maxInSample + 0.5
            );
          }
          pxPos += 4;
        }
      }
    }
    module.exports = function(indata, imageData, skipRescale = false) {
      let depth = imageData.depth;
      let width2 = imageData.width;
      let height = imageData.height;
      let colorType = imageData.colorType;
      let transColor = imageData.transColor;
      let palette = imageData.palette;
      let outdata = indata;
      if (colorType === 3) {
        dePalette(indata, outdata, width2, height, palette);
      } else {
        if (transColor) {
          replaceTransparentColor(indata, outdata, width2, height, transColor);
        }
        if (depth !== 8 && !skipRescale) {
          if (depth === 16) {
            outdata = Buffer.alloc(width2 * height * 4);
          }
          scaleDepth(indata, outdata, width2, height, depth);
        }
      }
      return outdata;
    };
  }
});

// node_modules/pngjs/lib/parser-async.js
var require_parser_async = __commonJS({
  "node_modules/pngjs/lib/parser-async.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var zlib2 = __require("zlib");
    var ChunkStream = require_chunkstream();
    var FilterAsync = require_filter_parse_async();
    var Parser = require_parser();
    var bitmapper = require_bitmapper();
    var formatNormaliser = require_format_normaliser();
    var ParserAsync = module.exports = function(options) {
      ChunkStream.call(this);
      this._parser = new Parser(options, {
        read: this.read.bind(this),
        error: this._handleError.bind(this),
        metadata: this._handleMetaData.bind(this),
        gamma: this.emit.bind(this, "gamma"),
        palette: this._handlePalette.bind(this),
        transColor: this._handleTransColor.bind(this),
        finished: this._finished.bind(this),
        inflateData: this._inflateData.bind(this),
        simpleTransparency: this._simpleTransparency.bind(this),
        headersFinished: this._headersFinished.bind(this)
      });
      this._options = options;
      this.writable = true;
      this._parser.start();
    };
    util.inherits(ParserAsync, ChunkStream);
    ParserAsync.prototype._handleError = function(err2) {
      this.emit("error", err2);
      this.writable = false;
      this.destroy();
      if (this._inflate && this._inflate.destroy) {
        this._inflate.destroy();
      }
      if (this._filter) {
        this._filter.destroy();
        this._filter.on("error", function() {
        });
      }
      this.errord = true;
    };
    ParserAsync.prototype._inflateData = function(data) {
      if (!this._inflate) {
        if (this._bitmapInfo.interlace) {
          this._inflate = zlib2.createInflate();
          this._inflate.on("error", this.emit.bind(this, "error"));
          this._filter.on("complete", this._complete.bind(this));
          this._inflate.pipe(this._filter);
        } else {
          let rowSize = (this._bitmapInfo.width * this._bitmapInfo.bpp * this._bitmapInfo.depth + 7 >> 3) + 1;
          let imageSize2 = rowSize * this._bitmapInfo.height;
          let chunkSize2 = Math.max(imageSize2, zlib2.Z_MIN_CHUNK);
          this._inflate = zlib2.createInflate({ chunkSize: chunkSize2 });
          let leftToInflate = imageSize2;
          let emitError = this.emit.bind(this, "error");
          this._inflate.on("error", function(err2) {
            if (!leftToInflate) {
              return;
            }
            emitError(err2);
          });
          this._filter.on("complete", this._complete.bind(this));
          let filterWrite = this._filter.write.bind(this._filter);
          this._inflate.on("data", function(chunk) {
            if (!leftToInflate) {
              return;
            }
            if (chunk.length > leftToInflate) {
              chunk = chunk.slice(0, leftToInflate);
            }
            leftToInflate -= chunk.length;
            filterWrite(chunk);
          });
          this._inflate.on("end", this._filter.end.bind(this._filter));
        }
      }
      this._inflate.write(data);
    };
    ParserAsync.prototype._handleMetaData = function(metaData) {
      this._metaData = metaData;
      this._bitmapInfo = Object.create(metaData);
      this._filter = new FilterAsync(this._bitmapInfo);
    };
    ParserAsync.prototype._handleTransColor = function(transColor) {
      this._bitmapInfo.transColor = transColor;
    };
    ParserAsync.prototype._handlePalette = function(palette) {
      this._bitmapInfo.palette = palette;
    };
    ParserAsync.prototype._simpleTransparency = function() {
      this._metaData.alpha = true;
    };
    ParserAsync.prototype._headersFinished = function() {
      this.emit("metadata", this._metaData);
    };
    ParserAsync.prototype._finished = function() {
      if (this.errord) {
        return;
      }
      if (!this._inflate) {
        this.emit("error", "No Inflate block");
      } else {
        this._inflate.end();
      }
    };
    ParserAsync.prototype._complete = function(filteredData) {
      if (this.errord) {
        return;
      }
      let normalisedBitmapData;
      try {
        let bitmapData = bitmapper.dataToBitMap(filteredData, this._bitmapInfo);
        normalisedBitmapData = formatNormaliser(
          bitmapData,
          this._bitmapInfo,
          this._options.skipRescale
        );
        bitmapData = null;
      } catch (ex) {
        this._handleError(ex);
        return;
      }
      this.emit("parsed", normalisedBitmapData);
    };
  }
});

// node_modules/pngjs/lib/bitpacker.js
var require_bitpacker = __commonJS({
  "node_modules/pngjs/lib/bitpacker.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    module.exports = function(dataIn, width2, height, options) {
      let outHasAlpha = [constants.COLORTYPE_COLOR_ALPHA, constants.COLORTYPE_ALPHA].indexOf(
        options.colorType
      ) !== -1;
      if (options.colorType === options.inputColorType) {
        let bigEndian = (function() {
          let buffer = new ArrayBuffer(2);
          new DataView(buffer).setInt16(
            0,
            256,
            true
            /* littleEndian */
          );
          return new Int16Array(buffer)[0] !== 256;
        })();
        if (options.bitDepth === 8 || options.bitDepth === 16 && bigEndian) {
          return dataIn;
        }
      }
      let data = options.bitDepth !== 16 ? dataIn : new Uint16Array(dataIn.buffer);
      let maxValue = 255;
      let inBpp = constants.COLORTYPE_TO_BPP_MAP[options.inputColorType];
      if (inBpp === 4 && !options.inputHasAlpha) {
        inBpp = 3;
      }
      let outBpp = constants.COLORTYPE_TO_BPP_MAP[options.colorType];
      if (options.bitDepth === 16) {
        maxValue = 65535;
        outBpp *= 2;
      }
      let outData = Buffer.alloc(width2 * height * outBpp);
      let inIndex = 0;
      let outIndex = 0;
      let bgColor = options.bgColor || {};
      if (bgColor.red === void 0) {
        bgColor.red = maxValue;
      }
      if (bgColor.green === void 0) {
        bgColor.green = maxValue;
      }
      if (bgColor.blue === void 0) {
        bgColor.blue = maxValue;
      }
      function getRGBA() {
        let red;
        let green;
        let blue;
        let alpha = maxValue;
        switch (options.inputColorType) {
          case constants.COLORTYPE_COLOR_ALPHA:
            alpha = data[inIndex + 3];
            red = data[inIndex];
            green = data[inIndex + 1];
            blue = data[inIndex + 2];
            break;
          case constants.COLORTYPE_COLOR:
            red = data[inIndex];
            green = data[inIndex + 1];
            blue = data[inIndex + 2];
            break;
          case constants.COLORTYPE_ALPHA:
            alpha = data[inIndex + 1];
            red = data[inIndex];
            green = red;
            blue = red;
            break;
          case constants.COLORTYPE_GRAYSCALE:
            red = data[inIndex];
            green = red;
            blue = red;
            break;
          default:
            throw new Error(
              "input color type:" + options.inputColorType + " is not supported at present"
            );
        }
        if (options.inputHasAlpha) {
          if (!outHasAlpha) {
            alpha /= maxValue;
            red = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.red + alpha * red), 0),
              maxValue
            );
            green = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.green + alpha * green), 0),
              maxValue
            );
            blue = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.blue + alpha * blue), 0),
              maxValue
            );
          }
        }
        return { red, green, blue, alpha };
      }
      for (let y = 0; y < height; y++) {
        for (let x2 = 0; x2 < width2; x2++) {
          let rgba = getRGBA(data, inIndex);
          switch (options.colorType) {
            case constants.COLORTYPE_COLOR_ALPHA:
            case constants.COLORTYPE_COLOR:
              if (options.bitDepth === 8) {
                outData[outIndex] = rgba.red;
                outData[outIndex + 1] = rgba.green;
                outData[outIndex + 2] = rgba.blue;
                if (outHasAlpha) {
                  outData[outIndex + 3] = rgba.alpha;
                }
              } else {
                outData.writeUInt16BE(rgba.red, outIndex);
                outData.writeUInt16BE(rgba.green, outIndex + 2);
                outData.writeUInt16BE(rgba.blue, outIndex + 4);
                if (outHasAlpha) {
                  outData.writeUInt16BE(rgba.alpha, outIndex + 6);
                }
              }
              break;
            case constants.COLORTYPE_ALPHA:
            case constants.COLORTYPE_GRAYSCALE: {
              let grayscale = (rgba.red + rgba.green + rgba.blue) / 3;
              if (options.bitDepth === 8) {
                outData[outIndex] = grayscale;
                if (outHasAlpha) {
                  outData[outIndex + 1] = rgba.alpha;
                }
              } else {
                outData.writeUInt16BE(grayscale, outIndex);
                if (outHasAlpha) {
                  outData.writeUInt16BE(rgba.alpha, outIndex + 2);
                }
              }
              break;
            }
            default:
              throw new Error("unrecognised color Type " + options.colorType);
          }
          inIndex += inBpp;
          outIndex += outBpp;
        }
      }
      return outData;
    };
  }
});

// node_modules/pngjs/lib/filter-pack.js
var require_filter_pack = __commonJS({
  "node_modules/pngjs/lib/filter-pack.js"(exports, module) {
    "use strict";
    var paethPredictor = require_paeth_predictor();
    function filterNone(pxData, pxPos, byteWidth, rawData2, rawPos) {
      for (let x2 = 0; x2 < byteWidth; x2++) {
        rawData2[rawPos + x2] = pxData[pxPos + x2];
      }
    }
    function filterSumNone(pxData, pxPos, byteWidth) {
      let sum = 0;
      let length = pxPos + byteWidth;
      for (let i2 = pxPos; i2 < length; i2++) {
        sum += Math.abs(pxData[i2]);
      }
      return sum;
    }
    function filterSub(pxData, pxPos, byteWidth, rawData2, rawPos, bpp) {
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let val = pxData[pxPos + x2] - left;
        rawData2[rawPos + x2] = val;
      }
    }
    function filterSumSub(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let val = pxData[pxPos + x2] - left;
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterUp(pxData, pxPos, byteWidth, rawData2, rawPos) {
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let up = pxPos > 0 ? pxData[pxPos + x2 - byteWidth] : 0;
        let val = pxData[pxPos + x2] - up;
        rawData2[rawPos + x2] = val;
      }
    }
    function filterSumUp(pxData, pxPos, byteWidth) {
      let sum = 0;
      let length = pxPos + byteWidth;
      for (let x2 = pxPos; x2 < length; x2++) {
        let up = pxPos > 0 ? pxData[x2 - byteWidth] : 0;
        let val = pxData[x2] - up;
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterAvg(pxData, pxPos, byteWidth, rawData2, rawPos, bpp) {
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x2 - byteWidth] : 0;
        let val = pxData[pxPos + x2] - (left + up >> 1);
        rawData2[rawPos + x2] = val;
      }
    }
    function filterSumAvg(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x2 - byteWidth] : 0;
        let val = pxData[pxPos + x2] - (left + up >> 1);
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterPaeth(pxData, pxPos, byteWidth, rawData2, rawPos, bpp) {
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x2 - byteWidth] : 0;
        let upleft = pxPos > 0 && x2 >= bpp ? pxData[pxPos + x2 - (byteWidth + bpp)] : 0;
        let val = pxData[pxPos + x2] - paethPredictor(left, up, upleft);
        rawData2[rawPos + x2] = val;
      }
    }
    function filterSumPaeth(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x2 = 0; x2 < byteWidth; x2++) {
        let left = x2 >= bpp ? pxData[pxPos + x2 - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x2 - byteWidth] : 0;
        let upleft = pxPos > 0 && x2 >= bpp ? pxData[pxPos + x2 - (byteWidth + bpp)] : 0;
        let val = pxData[pxPos + x2] - paethPredictor(left, up, upleft);
        sum += Math.abs(val);
      }
      return sum;
    }
    var filters = {
      0: filterNone,
      1: filterSub,
      2: filterUp,
      3: filterAvg,
      4: filterPaeth
    };
    var filterSums2 = {
      0: filterSumNone,
      1: filterSumSub,
      2: filterSumUp,
      3: filterSumAvg,
      4: filterSumPaeth
    };
    module.exports = function(pxData, width2, height, options, bpp) {
      let filterTypes;
      if (!("filterType" in options) || options.filterType === -1) {
        filterTypes = [0, 1, 2, 3, 4];
      } else if (typeof options.filterType === "number") {
        filterTypes = [options.filterType];
      } else {
        throw new Error("unrecognised filter types");
      }
      if (options.bitDepth === 16) {
        bpp *= 2;
      }
      let byteWidth = width2 * bpp;
      let rawPos = 0;
      let pxPos = 0;
      let rawData2 = Buffer.alloc((byteWidth + 1) * height);
      let sel = filterTypes[0];
      for (let y = 0; y < height; y++) {
        if (filterTypes.length > 1) {
          let min = Infinity;
          for (let i2 = 0; i2 < filterTypes.length; i2++) {
            let sum = filterSums2[filterTypes[i2]](pxData, pxPos, byteWidth, bpp);
            if (sum < min) {
              sel = filterTypes[i2];
              min = sum;
            }
          }
        }
        rawData2[rawPos] = sel;
        rawPos++;
        filters[sel](pxData, pxPos, byteWidth, rawData2, rawPos, bpp);
        rawPos += byteWidth;
        pxPos += byteWidth;
      }
      return rawData2;
    };
  }
});

// node_modules/pngjs/lib/packer.js
var require_packer = __commonJS({
  "node_modules/pngjs/lib/packer.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var CrcStream = require_crc();
    var bitPacker = require_bitpacker();
    var filter = require_filter_pack();
    var zlib2 = __require("zlib");
    var Packer = module.exports = function(options) {
      this._options = options;
      options.deflateChunkSize = options.deflateChunkSize || 32 * 1024;
      options.deflateLevel = options.deflateLevel != null ? options.deflateLevel : 9;
      options.deflateStrategy = options.deflateStrategy != null ? options.deflateStrategy : 3;
      options.inputHasAlpha = options.inputHasAlpha != null ? options.inputHasAlpha : true;
      options.deflateFactory = options.deflateFactory || zlib2.createDeflate;
      options.bitDepth = options.bitDepth || 8;
      options.colorType = typeof options.colorType === "number" ? options.colorType : constants.COLORTYPE_COLOR_ALPHA;
      options.inputColorType = typeof options.inputColorType === "number" ? options.inputColorType : constants.COLORTYPE_COLOR_ALPHA;
      if ([
        constants.COLORTYPE_GRAYSCALE,
        constants.COLORTYPE_COLOR,
        constants.COLORTYPE_COLOR_ALPHA,
        constants.COLORTYPE_ALPHA
      ].indexOf(options.colorType) === -1) {
        throw new Error(
          "option color type:" + options.colorType + " is not supported at present"
        );
      }
      if ([
        constants.COLORTYPE_GRAYSCALE,
        constants.COLORTYPE_COLOR,
        constants.COLORTYPE_COLOR_ALPHA,
        constants.COLORTYPE_ALPHA
      ].indexOf(options.inputColorType) === -1) {
        throw new Error(
          "option input color type:" + options.inputColorType + " is not supported at present"
        );
      }
      if (options.bitDepth !== 8 && options.bitDepth !== 16) {
        throw new Error(
          "option bit depth:" + options.bitDepth + " is not supported at present"
        );
      }
    };
    Packer.prototype.getDeflateOptions = function() {
      return {
        chunkSize: this._options.deflateChunkSize,
        level: this._options.deflateLevel,
        strategy: this._options.deflateStrategy
      };
    };
    Packer.prototype.createDeflate = function() {
      return this._options.deflateFactory(this.getDeflateOptions());
    };
    Packer.prototype.filterData = function(data, width2, height) {
      let packedData = bitPacker(data, width2, height, this._options);
      let bpp = constants.COLORTYPE_TO_BPP_MAP[this._options.colorType];
      let filteredData = filter(packedData, width2, height, this._options, bpp);
      return filteredData;
    };
    Packer.prototype._packChunk = function(type, data) {
      let len = data ? data.length : 0;
      let buf = Buffer.alloc(len + 12);
      buf.writeUInt32BE(len, 0);
      buf.writeUInt32BE(type, 4);
      if (data) {
        data.copy(buf, 8);
      }
      buf.writeInt32BE(
        CrcStream.crc32(buf.slice(4, buf.length - 4)),
        buf.length - 4
      );
      return buf;
    };
    Packer.prototype.packGAMA = function(gamma) {
      let buf = Buffer.alloc(4);
      buf.writeUInt32BE(Math.floor(gamma * constants.GAMMA_DIVISION), 0);
      return this._packChunk(constants.TYPE_gAMA, buf);
    };
    Packer.prototype.packIHDR = function(width2, height) {
      let buf = Buffer.alloc(13);
      buf.writeUInt32BE(width2, 0);
      buf.writeUInt32BE(height, 4);
      buf[8] = this._options.bitDepth;
      buf[9] = this._options.colorType;
      buf[10] = 0;
      buf[11] = 0;
      buf[12] = 0;
      return this._packChunk(constants.TYPE_IHDR, buf);
    };
    Packer.prototype.packIDAT = function(data) {
      return this._packChunk(constants.TYPE_IDAT, data);
    };
    Packer.prototype.packIEND = function() {
      return this._packChunk(constants.TYPE_IEND, null);
    };
  }
});

// node_modules/pngjs/lib/packer-async.js
var require_packer_async = __commonJS({
  "node_modules/pngjs/lib/packer-async.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var Stream = __require("stream");
    var constants = require_constants();
    var Packer = require_packer();
    var PackerAsync = module.exports = function(opt) {
      Stream.call(this);
      let options = opt || {};
      this._packer = new Packer(options);
      this._deflate = this._packer.createDeflate();
      this.readable = true;
    };
    util.inherits(PackerAsync, Stream);
    PackerAsync.prototype.pack = function(data, width2, height, gamma) {
      this.emit("data", Buffer.from(constants.PNG_SIGNATURE));
      this.emit("data", this._packer.packIHDR(width2, height));
      if (gamma) {
        this.emit("data", this._packer.packGAMA(gamma));
      }
      let filteredData = this._packer.filterData(data, width2, height);
      this._deflate.on("error", this.emit.bind(this, "error"));
      this._deflate.on(
        "data",
        function(compressedData) {
          this.emit("data", this._packer.packIDAT(compressedData));
        }.bind(this)
      );
      this._deflate.on(
        "end",
        function() {
          this.emit("data", this._packer.packIEND());
          this.emit("end");
        }.bind(this)
      );
      this._deflate.end(filteredData);
    };
  }
});

// node_modules/pngjs/lib/sync-inflate.js
var require_sync_inflate = __commonJS({
  "node_modules/pngjs/lib/sync-inflate.js"(exports, module) {
    "use strict";
    var assert = __require("assert").ok;
    var zlib2 = __require("zlib");
    var util = __require("util");
    var kMaxLength = __require("buffer").kMaxLength;
    function Inflate2(opts) {
      if (!(this instanceof Inflate2)) {
        return new Inflate2(opts);
      }
      if (opts && opts.chunkSize < zlib2.Z_MIN_CHUNK) {
        opts.chunkSize = zlib2.Z_MIN_CHUNK;
      }
      zlib2.Inflate.call(this, opts);
      this._offset = this._offset === void 0 ? this._outOffset : this._offset;
      this._buffer = this._buffer || this._outBuffer;
      if (opts && opts.maxLength != null) {
        this._maxLength = opts.maxLength;
      }
    }
    function createInflate(opts) {
      return new Inflate2(opts);
    }
    function _close(engine, callback) {
      if (callback) {
        process.nextTick(callback);
      }
      if (!engine._handle) {
        return;
      }
      engine._handle.close();
      engine._handle = null;
    }
    Inflate2.prototype._processChunk = function(chunk, flushFlag, asyncCb) {
      if (typeof asyncCb === "function") {
        return zlib2.Inflate._processChunk.call(this, chunk, flushFlag, asyncCb);
      }
      let self = this;
      let availInBefore = chunk && chunk.length;
      let availOutBefore = this._chunkSize - this._offset;
      let leftToInflate = this._maxLength;
      let inOff = 0;
      let buffers = [];
      let nread = 0;
      let error;
      this.on("error", function(err2) {
        error = err2;
      });
      function handleChunk(availInAfter, availOutAfter) {
        if (self._hadError) {
          return;
        }
        let have = availOutBefore - availOutAfter;
        assert(have >= 0, "have should not go down");
        if (have > 0) {
          let out = self._buffer.slice(self._offset, self._offset + have);
          self._offset += have;
          if (out.length > leftToInflate) {
            out = out.slice(0, leftToInflate);
          }
          buffers.push(out);
          nread += out.length;
          leftToInflate -= out.length;
          if (leftToInflate === 0) {
            return false;
          }
        }
        if (availOutAfter === 0 || self._offset >= self._chunkSize) {
          availOutBefore = self._chunkSize;
          self._offset = 0;
          self._buffer = Buffer.allocUnsafe(self._chunkSize);
        }
        if (availOutAfter === 0) {
          inOff += availInBefore - availInAfter;
          availInBefore = availInAfter;
          return true;
        }
        return false;
      }
      assert(this._handle, "zlib binding closed");
      let res;
      do {
        res = this._handle.writeSync(
          flushFlag,
          chunk,
          // in
          inOff,
          // in_off
          availInBefore,
          // in_len
          this._buffer,
          // out
          this._offset,
          //out_off
          availOutBefore
        );
        res = res || this._writeState;
      } while (!this._hadError && handleChunk(res[0], res[1]));
      if (this._hadError) {
        throw error;
      }
      if (nread >= kMaxLength) {
        _close(this);
        throw new RangeError(
          "Cannot create final Buffer. It would be larger than 0x" + kMaxLength.toString(16) + " bytes"
        );
      }
      let buf = Buffer.concat(buffers, nread);
      _close(this);
      return buf;
    };
    util.inherits(Inflate2, zlib2.Inflate);
    function zlibBufferSync(engine, buffer) {
      if (typeof buffer === "string") {
        buffer = Buffer.from(buffer);
      }
      if (!(buffer instanceof Buffer)) {
        throw new TypeError("Not a string or buffer");
      }
      let flushFlag = engine._finishFlushFlag;
      if (flushFlag == null) {
        flushFlag = zlib2.Z_FINISH;
      }
      return engine._processChunk(buffer, flushFlag);
    }
    function inflateSync(buffer, opts) {
      return zlibBufferSync(new Inflate2(opts), buffer);
    }
    module.exports = exports = inflateSync;
    exports.Inflate = Inflate2;
    exports.createInflate = createInflate;
    exports.inflateSync = inflateSync;
  }
});

// node_modules/pngjs/lib/sync-reader.js
var require_sync_reader = __commonJS({
  "node_modules/pngjs/lib/sync-reader.js"(exports, module) {
    "use strict";
    var SyncReader = module.exports = function(buffer) {
      this._buffer = buffer;
      this._reads = [];
    };
    SyncReader.prototype.read = function(length, callback) {
      this._reads.push({
        length: Math.abs(length),
        // if length < 0 then at most this length
        allowLess: length < 0,
        func: callback
      });
    };
    SyncReader.prototype.process = function() {
      while (this._reads.length > 0 && this._buffer.length) {
        let read = this._reads[0];
        if (this._buffer.length && (this._buffer.length >= read.length || read.allowLess)) {
          this._reads.shift();
          let buf = this._buffer;
          this._buffer = buf.slice(read.length);
          read.func.call(this, buf.slice(0, read.length));
        } else {
          break;
        }
      }
      if (this._reads.length > 0) {
        throw new Error("There are some read requests waitng on finished stream");
      }
      if (this._buffer.length > 0) {
        throw new Error("unrecognised content at end of stream");
      }
    };
  }
});

// node_modules/pngjs/lib/filter-parse-sync.js
var require_filter_parse_sync = __commonJS({
  "node_modules/pngjs/lib/filter-parse-sync.js"(exports) {
    "use strict";
    var SyncReader = require_sync_reader();
    var Filter = require_filter_parse();
    exports.process = function(inBuffer, bitmapInfo) {
      let outBuffers = [];
      let reader = new SyncReader(inBuffer);
      let filter = new Filter(bitmapInfo, {
        read: reader.read.bind(reader),
        write: function(bufferPart) {
          outBuffers.push(bufferPart);
        },
        complete: function() {
        }
      });
      filter.start();
      reader.process();
      return Buffer.concat(outBuffers);
    };
  }
});

// node_modules/pngjs/lib/parser-sync.js
var require_parser_sync = __commonJS({
  "node_modules/pngjs/lib/parser-sync.js"(exports, module) {
    "use strict";
    var hasSyncZlib = true;
    var zlib2 = __require("zlib");
    var inflateSync = require_sync_inflate();
    if (!zlib2.deflateSync) {
      hasSyncZlib = false;
    }
    var SyncReader = require_sync_reader();
    var FilterSync = require_filter_parse_sync();
    var Parser = require_parser();
    var bitmapper = require_bitmapper();
    var formatNormaliser = require_format_normaliser();
    module.exports = function(buffer, options) {
      if (!hasSyncZlib) {
        throw new Error(
          "To use the sync capability of this library in old node versions, please pin pngjs to v2.3.0"
        );
      }
      let err2;
      function handleError(_err_) {
        err2 = _err_;
      }
      let metaData;
      function handleMetaData(_metaData_) {
        metaData = _metaData_;
      }
      function handleTransColor(transColor) {
        metaData.transColor = transColor;
      }
      function handlePalette(palette) {
        metaData.palette = palette;
      }
      function handleSimpleTransparency() {
        metaData.alpha = true;
      }
      let gamma;
      function handleGamma(_gamma_) {
        gamma = _gamma_;
      }
      let inflateDataList = [];
      function handleInflateData(inflatedData2) {
        inflateDataList.push(inflatedData2);
      }
      let reader = new SyncReader(buffer);
      let parser = new Parser(options, {
        read: reader.read.bind(reader),
        error: handleError,
        metadata: handleMetaData,
        gamma: handleGamma,
        palette: handlePalette,
        transColor: handleTransColor,
        inflateData: handleInflateData,
        simpleTransparency: handleSimpleTransparency
      });
      parser.start();
      reader.process();
      if (err2) {
        throw err2;
      }
      let inflateData = Buffer.concat(inflateDataList);
      inflateDataList.length = 0;
      let inflatedData;
      if (metaData.interlace) {
        inflatedData = zlib2.inflateSync(inflateData);
      } else {
        let rowSize = (metaData.width * metaData.bpp * metaData.depth + 7 >> 3) + 1;
        let imageSize2 = rowSize * metaData.height;
        inflatedData = inflateSync(inflateData, {
          chunkSize: imageSize2,
          maxLength: imageSize2
        });
      }
      inflateData = null;
      if (!inflatedData || !inflatedData.length) {
        throw new Error("bad png - invalid inflate data response");
      }
      let unfilteredData = FilterSync.process(inflatedData, metaData);
      inflateData = null;
      let bitmapData = bitmapper.dataToBitMap(unfilteredData, metaData);
      unfilteredData = null;
      let normalisedBitmapData = formatNormaliser(
        bitmapData,
        metaData,
        options.skipRescale
      );
      metaData.data = normalisedBitmapData;
      metaData.gamma = gamma || 0;
      return metaData;
    };
  }
});

// node_modules/pngjs/lib/packer-sync.js
var require_packer_sync = __commonJS({
  "node_modules/pngjs/lib/packer-sync.js"(exports, module) {
    "use strict";
    var hasSyncZlib = true;
    var zlib2 = __require("zlib");
    if (!zlib2.deflateSync) {
      hasSyncZlib = false;
    }
    var constants = require_constants();
    var Packer = require_packer();
    module.exports = function(metaData, opt) {
      if (!hasSyncZlib) {
        throw new Error(
          "To use the sync capability of this library in old node versions, please pin pngjs to v2.3.0"
        );
      }
      let options = opt || {};
      let packer = new Packer(options);
      let chunks = [];
      chunks.push(Buffer.from(constants.PNG_SIGNATURE));
      chunks.push(packer.packIHDR(metaData.width, metaData.height));
      if (metaData.gamma) {
        chunks.push(packer.packGAMA(metaData.gamma));
      }
      let filteredData = packer.filterData(
        metaData.data,
        metaData.width,
        metaData.height
      );
      let compressedData = zlib2.deflateSync(
        filteredData,
        packer.getDeflateOptions()
      );
      filteredData = null;
      if (!compressedData || !compressedData.length) {
        throw new Error("bad png - invalid compressed data response");
      }
      chunks.push(packer.packIDAT(compressedData));
      chunks.push(packer.packIEND());
      return Buffer.concat(chunks);
    };
  }
});

// node_modules/pngjs/lib/png-sync.js
var require_png_sync = __commonJS({
  "node_modules/pngjs/lib/png-sync.js"(exports) {
    "use strict";
    var parse = require_parser_sync();
    var pack = require_packer_sync();
    exports.read = function(buffer, options) {
      return parse(buffer, options || {});
    };
    exports.write = function(png, options) {
      return pack(png, options);
    };
  }
});

// node_modules/pngjs/lib/png.js
var require_png = __commonJS({
  "node_modules/pngjs/lib/png.js"(exports) {
    "use strict";
    var util = __require("util");
    var Stream = __require("stream");
    var Parser = require_parser_async();
    var Packer = require_packer_async();
    var PNGSync = require_png_sync();
    var PNG = exports.PNG = function(options) {
      Stream.call(this);
      options = options || {};
      this.width = options.width | 0;
      this.height = options.height | 0;
      this.data = this.width > 0 && this.height > 0 ? Buffer.alloc(4 * this.width * this.height) : null;
      if (options.fill && this.data) {
        this.data.fill(0);
      }
      this.gamma = 0;
      this.readable = this.writable = true;
      this._parser = new Parser(options);
      this._parser.on("error", this.emit.bind(this, "error"));
      this._parser.on("close", this._handleClose.bind(this));
      this._parser.on("metadata", this._metadata.bind(this));
      this._parser.on("gamma", this._gamma.bind(this));
      this._parser.on(
        "parsed",
        function(data) {
          this.data = data;
          this.emit("parsed", data);
        }.bind(this)
      );
      this._packer = new Packer(options);
      this._packer.on("data", this.emit.bind(this, "data"));
      this._packer.on("end", this.emit.bind(this, "end"));
      this._parser.on("close", this._handleClose.bind(this));
      this._packer.on("error", this.emit.bind(this, "error"));
    };
    util.inherits(PNG, Stream);
    PNG.sync = PNGSync;
    PNG.prototype.pack = function() {
      if (!this.data || !this.data.length) {
        this.emit("error", "No data provided");
        return this;
      }
      process.nextTick(
        function() {
          this._packer.pack(this.data, this.width, this.height, this.gamma);
        }.bind(this)
      );
      return this;
    };
    PNG.prototype.parse = function(data, callback) {
      if (callback) {
        let onParsed, onError;
        onParsed = function(parsedData) {
          this.removeListener("error", onError);
          this.data = parsedData;
          callback(null, this);
        }.bind(this);
        onError = function(err2) {
          this.removeListener("parsed", onParsed);
          callback(err2, null);
        }.bind(this);
        this.once("parsed", onParsed);
        this.once("error", onError);
      }
      this.end(data);
      return this;
    };
    PNG.prototype.write = function(data) {
      this._parser.write(data);
      return true;
    };
    PNG.prototype.end = function(data) {
      this._parser.end(data);
    };
    PNG.prototype._metadata = function(metadata) {
      this.width = metadata.width;
      this.height = metadata.height;
      this.emit("metadata", metadata);
    };
    PNG.prototype._gamma = function(gamma) {
      this.gamma = gamma;
    };
    PNG.prototype._handleClose = function() {
      if (!this._parser.writable && !this._packer.readable) {
        this.emit("close");
      }
    };
    PNG.bitblt = function(src, dst, srcX, srcY, width2, height, deltaX, deltaY) {
      srcX |= 0;
      srcY |= 0;
      width2 |= 0;
      height |= 0;
      deltaX |= 0;
      deltaY |= 0;
      if (srcX > src.width || srcY > src.height || srcX + width2 > src.width || srcY + height > src.height) {
        throw new Error("bitblt reading outside image");
      }
      if (deltaX > dst.width || deltaY > dst.height || deltaX + width2 > dst.width || deltaY + height > dst.height) {
        throw new Error("bitblt writing outside image");
      }
      for (let y = 0; y < height; y++) {
        src.data.copy(
          dst.data,
          (deltaY + y) * dst.width + deltaX << 2,
          (srcY + y) * src.width + srcX << 2,
          (srcY + y) * src.width + srcX + width2 << 2
        );
      }
    };
    PNG.prototype.bitblt = function(dst, srcX, srcY, width2, height, deltaX, deltaY) {
      PNG.bitblt(this, dst, srcX, srcY, width2, height, deltaX, deltaY);
      return this;
    };
    PNG.adjustGamma = function(src) {
      if (src.gamma) {
        for (let y = 0; y < src.height; y++) {
          for (let x2 = 0; x2 < src.width; x2++) {
            let idx = src.width * y + x2 << 2;
            for (let i2 = 0; i2 < 3; i2++) {
              let sample = src.data[idx + i2] / 255;
              sample = Math.pow(sample, 1 / 2.2 / src.gamma);
              src.data[idx + i2] = Math.round(sample * 255);
            }
          }
        }
        src.gamma = 0;
      }
    };
    PNG.prototype.adjustGamma = function() {
      PNG.adjustGamma(this);
    };
  }
});

// src/util/random.ts
function seededRandom(seed) {
  let x2 = (seed ^ 2654435769) >>> 0;
  x2 ^= x2 >>> 16;
  x2 = (x2 ^ x2 << 7 ^ x2 >>> 11) >>> 0 || 1831565813;
  return () => {
    x2 ^= x2 << 13;
    x2 ^= x2 >>> 17;
    x2 ^= x2 << 5;
    return (x2 >>> 0) / 4294967296;
  };
}
function sampleIndices(n, k, seed) {
  const random = seededRandom(seed);
  const pool2 = Int32Array.from({ length: n }, (_, i2) => i2);
  const take2 = Math.min(k, n);
  for (let i2 = 0; i2 < take2; i2++) {
    const j = i2 + (random() * (n - i2) | 0);
    const t = pool2[i2];
    pool2[i2] = pool2[j];
    pool2[j] = t;
  }
  return pool2.subarray(0, take2).sort();
}

// src/data/raw.ts
function elementCount(shape) {
  return shape.reduce((a, b) => a * b, 1);
}
function shapeText(shape) {
  return `[${shape.join(", ")}]`;
}
function whereOf(a) {
  return a.where ?? `key ${a.name}`;
}

// src/data/fit.ts
var INTEGER_RANGE = {
  uint8: [0, 255],
  int8: [-128, 127],
  int32: [-2147483648, 2147483647]
};
function fail(a, file, message, hint) {
  throw new GateError("bad-dataset", message, { file, where: whereOf(a) }, hint);
}
var squeeze = (s) => s.filter((d) => d !== 1);
function fitShape(a, input, file) {
  const mine = a.shape.slice(1);
  const theirs = input.shape.slice(1);
  const same3 = (x2, y) => x2.length === y.length && x2.every((d, i2) => y[i2] === -1 || d === y[i2]);
  if (same3(mine, theirs)) return { shape: mine.map((d, i2) => theirs[i2] === -1 ? d : theirs[i2]), reshaped: false };
  if (!theirs.includes(-1) && same3(squeeze(mine), squeeze(theirs))) return { shape: theirs, reshaped: true };
  return fail(
    a,
    file,
    `samples are ${shapeText(mine)} but model input "${input.name}" takes ${shapeText(theirs)} (dataset shape ${shapeText(a.shape)}, model shape ${shapeText(input.shape)})`,
    "Give the dataset the shape the model expects (the first axis is the sample axis)."
  );
}
function perChannel(values, channels, flag, a, file) {
  if (values === void 0 || values.length === 1 || values.length === channels) return values;
  return fail(a, file, `--${flag} has ${values.length} values but the samples have ${channels} channels (last axis)`, `Give one value, or one per channel.`);
}
function toFloat(a, pre, file) {
  const channels = a.shape.length > 1 ? a.shape[a.shape.length - 1] : 1;
  const pick2 = (v, fallback) => Float64Array.from({ length: channels }, (_, c) => v ? v[v.length === 1 ? 0 : c] : fallback);
  const mean = pick2(perChannel(pre.mean, channels, "mean", a, file), 0);
  const std = pick2(perChannel(pre.std, channels, "std", a, file), 1);
  const scale = pre.scale ?? 1;
  const offset = pre.offset ?? 0;
  const src = a.data;
  const out = new Float32Array(src.length);
  let bad2 = -1;
  if (src instanceof Float32Array && scale === 1 && offset === 0 && mean.every((m) => m === 0) && std.every((d) => d === 1)) {
    out.set(src);
    for (let i2 = 0; i2 < out.length; i2++) {
      const v = out[i2];
      if (v - v !== 0) {
        bad2 = i2;
        break;
      }
    }
  } else if (mean.every((m) => m === mean[0]) && std.every((d) => d === std[0])) {
    const [m, d] = [mean[0], std[0]];
    for (let i2 = 0; i2 < out.length; i2++) {
      const v = (src[i2] * scale + offset - m) / d;
      out[i2] = v;
      if (v - v !== 0 && bad2 === -1) bad2 = i2;
    }
  } else {
    for (let i2 = 0; i2 < out.length; i2 += channels) {
      for (let c = 0; c < channels; c++) {
        const v = (src[i2 + c] * scale + offset - mean[c]) / std[c];
        out[i2 + c] = v;
        if (v - v !== 0 && bad2 === -1) bad2 = i2 + c;
      }
    }
  }
  if (bad2 !== -1) {
    const per = Math.max(1, elementCount(a.shape.slice(1)));
    fail(a, file, `value ${out[bad2]} at sample ${Math.floor(bad2 / per)} (element ${bad2 % per}) is not a finite number`, "Remove or fix the sample; datasets must not hold NaN or infinity.");
  }
  return out;
}
var ARRAYS = { uint8: Uint8Array, int8: Int8Array, int32: Int32Array };
var roundHalfAway = (v) => v < 0 ? -Math.floor(-v + 0.5) : Math.floor(v + 0.5);
function quantized(values, dtype, a, input) {
  const q = input.quantization;
  if (!q || !(q.scale !== 0) || !Number.isFinite(q.scale)) return void 0;
  const isFloat = a.data instanceof Float32Array || a.data instanceof Float64Array || values.some((v, i2) => v !== Number(a.data[i2]));
  if (!isFloat) return void 0;
  const [lo, hi] = INTEGER_RANGE[dtype];
  const out = new ARRAYS[dtype](values.length);
  for (let i2 = 0; i2 < values.length; i2++) out[i2] = Math.min(hi, Math.max(lo, roundHalfAway(values[i2] / q.scale) + q.zeroPoint));
  return out;
}
function toInteger(values, dtype, a, input, file) {
  const quantizedData = quantized(values, dtype, a, input);
  if (quantizedData) return quantizedData;
  const [lo, hi] = INTEGER_RANGE[dtype];
  const bad2 = values.findIndex((v) => (v | 0) !== v || v < lo || v > hi);
  if (bad2 !== -1) {
    fail(
      a,
      file,
      `model input "${input.name}" is ${dtype} but the ${a.dtype} data holds ${values[bad2]} (element ${bad2}), not an integer in ${lo}..${hi}`,
      input.quantization ? `The input is quantized (scale ${input.quantization.scale}, zero point ${input.quantization.zeroPoint}): give float data, or preprocess it with --scale/--offset/--mean/--std, and it is quantized; integer data as given is fed raw.` : "Feed this model integer data in its range, or check --scale/--offset/--mean/--std."
    );
  }
  return ARRAYS[dtype].from(values);
}
function modelDtype(input, file) {
  const d = input.dtype.toLowerCase();
  if (d === "float32" || d === "uint8" || d === "int8" || d === "int32") return d;
  throw new GateError("unsupported", `model input "${input.name}" has dtype ${input.dtype}; datasets can feed float32, uint8, int8 and int32 inputs`, { file });
}

// src/data/labels.ts
function fail2(a, ctx, message, hint) {
  throw new GateError("bad-dataset", message, { file: ctx.file, where: whereOf(a) }, hint);
}
function modelClassCount(outputShape) {
  const c = outputShape && outputShape.length >= 2 ? outputShape[outputShape.length - 1] : void 0;
  return c !== void 0 && c > 1 ? c : void 0;
}
function allIntegers(data) {
  for (let i2 = 0; i2 < data.length; i2++) if ((data[i2] | 0) !== data[i2]) return false;
  return true;
}
function oneHotToIds(data, width2) {
  const n = data.length / width2;
  const ids = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    let ones = 0;
    for (let c = 0; c < width2; c++) {
      const v = data[s * width2 + c];
      if (v === 1) {
        ones++;
        ids[s] = c;
      } else if (v !== 0) return void 0;
    }
    if (ones !== 1) return void 0;
  }
  return ids;
}
var LABELS_HINT = "Check that the labels and the model belong together, or choose the right key with --y-key.";
function checkRange(ids, classes, a, ctx) {
  for (let s = 0; s < ids.length; s++) {
    if (ids[s] < 0 || ids[s] >= classes) {
      fail2(a, ctx, `label ${ids[s]} of sample ${s} is outside the model's ${classes} classes (0..${classes - 1})`, LABELS_HINT);
    }
  }
}
function classIds(a, width2, classes, ctx) {
  const single = width2 === 1 && allIntegers(a.data) && (classes !== void 0 || ctx.outputShape === void 0);
  if (single) return Int32Array.from(a.data);
  if (width2 < 2) return void 0;
  const ids = oneHotToIds(a.data, width2);
  if (ids && classes !== void 0 && width2 !== classes) {
    fail2(a, ctx, `one-hot labels have ${width2} columns but the model outputs ${classes} classes`, LABELS_HINT);
  }
  return ids;
}
function regressionTargets(a, width2, ctx) {
  const expected = ctx.outputShape ? elementCount(ctx.outputShape.slice(1)) : width2;
  if (width2 !== expected) {
    const classes = modelClassCount(ctx.outputShape);
    if (width2 === 1 && classes !== void 0) {
      const at = Array.prototype.findIndex.call(a.data, (v) => (v | 0) !== v);
      fail2(a, ctx, `label ${a.data[at]} of sample ${at} is not a class id (an integer 0..${classes - 1}) for the model's ${classes} classes`, LABELS_HINT);
    }
    fail2(a, ctx, `targets are ${shapeText(a.shape.slice(1))} per sample but the model outputs ${shapeText(ctx.outputShape.slice(1))}`, LABELS_HINT);
  }
  const data = Float32Array.from(a.data);
  const bad2 = data.findIndex((v) => v - v !== 0);
  if (bad2 !== -1) fail2(a, ctx, `target ${data[bad2]} at sample ${Math.floor(bad2 / Math.max(width2, 1))} is not a finite number`, "Remove or fix the sample; datasets must not hold NaN or infinity.");
  return { kind: "regression", shape: a.shape, data };
}
function toLabels(a, ctx) {
  const width2 = elementCount(a.shape.slice(1));
  const classes = modelClassCount(ctx.outputShape);
  const ids = classIds(a, width2, classes, ctx);
  if (!ids) return regressionTargets(a, width2, ctx);
  if (classes !== void 0) checkRange(ids, classes, a, ctx);
  const numClasses = classes ?? ctx.classNames?.length ?? (width2 > 1 ? width2 : Math.max(-1, ...ids) + 1);
  const labels = { kind: "class", data: ids, numClasses };
  if (ctx.classNames) labels.classNames = ctx.classNames;
  return labels;
}

// src/data/prepare.ts
function bad(file, message, where2, hint) {
  throw new GateError("bad-dataset", message, { file, where: where2 }, hint);
}
function checkCounts(raw, modelInputs) {
  const file = raw.source;
  if (raw.inputs.length !== modelInputs.length) {
    const names = (list) => list.map((x2) => x2.name).join(", ");
    bad(
      file,
      `the model has ${modelInputs.length} input(s) (${names(modelInputs)}) but the dataset gives ${raw.inputs.length} array(s) (${names(raw.inputs)})`,
      void 0,
      "Name one key per model input, in order, with --x-key a,b."
    );
  }
  const arrays = [...raw.inputs, ...raw.labels ? [raw.labels] : []];
  const scalar2 = arrays.find((a) => a.shape.length === 0);
  if (scalar2) bad(file, "is a single value (shape []); datasets hold samples along the first axis", whereOf(scalar2), "Save the samples as one array with the sample axis first.");
  const count = raw.inputs[0].shape[0];
  for (const a of arrays) {
    if (a.shape[0] !== count) bad(file, `holds ${a.shape[0]} samples (shape ${shapeText(a.shape)}) but ${whereOf(raw.inputs[0])} holds ${count}`, whereOf(a), "Give every array the same number of samples (first axis), or choose the right keys with --x-key/--y-key.");
  }
  if (count === 0) bad(file, "the dataset holds no samples", whereOf(raw.inputs[0]), "Pass a dataset with at least one sample.");
  return count;
}
function takeRows(a, indices) {
  if (!indices) return a;
  const per = elementCount(a.shape.slice(1));
  const data = new a.data.constructor(indices.length * per);
  indices.forEach((r, i2) => data.set(a.data.subarray(r * per, (r + 1) * per), i2 * per));
  return { ...a, shape: [indices.length, ...a.shape.slice(1)], data };
}
function selection(count, options) {
  const n = options.samples;
  if (n === void 0 || n >= count) return void 0;
  if (options.seed !== void 0) return sampleIndices(count, n, options.seed);
  return Int32Array.from({ length: n }, (_, i2) => i2);
}
function seedUnused(count, options) {
  if (options.seed === void 0) return void 0;
  if (options.samples === void 0) return "--seed has no effect without --samples (every sample is used)";
  if (options.samples >= count) return `--seed has no effect: --samples ${options.samples} is not below the dataset's ${count} samples (every sample is used)`;
  return void 0;
}
function preparationOf(raw, count, indices, options) {
  const given = (key2) => options[key2] === void 0 ? {} : { [key2]: options[key2] };
  return {
    samples: indices?.length ?? count,
    total: count,
    ...indices ? given("seed") : {},
    ...given("scale"),
    ...given("offset"),
    ...given("mean"),
    ...given("std"),
    inputs: raw.inputs.map(whereOf),
    ...raw.labels ? { labels: whereOf(raw.labels) } : {}
  };
}
function prepareInput(all, input, indices, options, file, notes) {
  const { shape, reshaped } = fitShape(all, input, file);
  if (reshaped) notes.push(`${whereOf(all)}: samples ${shapeText(all.shape.slice(1))} reshaped to the model's ${shapeText(shape)}`);
  const dtype = modelDtype(input, file);
  const a = takeRows(all, indices);
  const values = toFloat(a, options, file);
  const data = dtype === "float32" ? values : toInteger(values, dtype, a, input, file);
  return { name: a.name, shape: [a.shape[0], ...shape], dtype, data };
}
function prepareDataset(raw, modelInputs, options = {}) {
  const count = checkCounts(raw, modelInputs);
  const indices = selection(count, options);
  const notes = [...raw.notes];
  if (indices) notes.push(`${indices.length} of ${count} samples (${options.seed !== void 0 ? `random subset, seed ${options.seed}` : "the first ones"})`);
  const unusedSeed = seedUnused(count, options);
  if (unusedSeed) notes.push(unusedSeed);
  else if (options.samples !== void 0 && options.samples > count) notes.push(`--samples ${options.samples} is more than the dataset's ${count} samples: all ${count} are used`);
  const inputs = raw.inputs.map((a, i2) => prepareInput(a, modelInputs[i2], indices, options, raw.source, notes));
  const dataset = { source: raw.source, count: indices?.length ?? count, inputs, notes, preparation: preparationOf(raw, count, indices, options) };
  if (raw.labels) {
    dataset.labels = toLabels(takeRows(raw.labels, indices), { file: raw.source, outputShape: options.outputShape, classNames: raw.classNames });
  }
  return dataset;
}

// src/data/load.ts
import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";

// src/data/csv.ts
function fail3(file, message, where2, hint) {
  throw new GateError("bad-dataset", message, { file, where: where2 }, hint);
}
function detectDelimiter(firstLine) {
  const counts = [",", ";", "	"].map((d) => [d, firstLine.split(d).length]);
  return counts.reduce((best, c) => c[1] > best[1] ? c : best)[0];
}
function splitCsv(text, delimiter) {
  const rows = [];
  let cells = [];
  let cell = "";
  let quoted2 = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== "") rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text[i2];
    if (quoted2) {
      if (ch === '"' && text[i2 + 1] === '"') {
        cell += '"';
        i2++;
      } else if (ch === '"') quoted2 = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"') quoted2 = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n") {
      endRow();
      line++;
      rowLine = line;
    } else if (ch !== "\r") cell += ch;
  }
  if (cell !== "" || cells.length) endRow();
  return rows;
}
var isNumber = (s) => s.trim() !== "" && !Number.isNaN(Number(s)) || s.trim() === "NaN";
function hasHeader(rows) {
  const [first, second] = rows;
  if (!second) return first.cells.some((c) => !isNumber(c));
  return first.cells.some((c, i2) => !isNumber(c) && second.cells[i2] !== void 0 && isNumber(second.cells[i2]));
}
function labelIndex(header, width2, column, file) {
  if (column === void 0) return width2 - 1;
  if (typeof column === "number") {
    if (column >= width2) fail3(file, `--label-column ${column} is past the last column (the rows have ${width2} columns, 0..${width2 - 1})`, void 0, "Name the label column with --label-column (a header name or a 0-based index).");
    return column;
  }
  const i2 = header?.indexOf(column) ?? -1;
  if (i2 === -1) fail3(file, `no column named "${excerpt(column, 40)}"; ${header ? `columns: ${excerpt(header.join(", "), 200)}` : "the file has no header row"}`, void 0, "Name the label column with --label-column (a header name or a 0-based index).");
  return i2;
}
function labelArray(values, name) {
  const where2 = `column ${name}`;
  if (values.every(isNumber)) {
    const nums = values.map(Number);
    const ints2 = nums.every(Number.isInteger);
    return { labels: { name, shape: [nums.length], dtype: ints2 ? "int" : "float", data: ints2 ? Int32Array.from(nums) : Float32Array.from(nums), where: where2 } };
  }
  const classNames = [...new Set(values.map((v) => v.trim()))].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const ids = new Map(classNames.map((c, i2) => [c, i2]));
  return { labels: { name, shape: [values.length], dtype: "text", data: Int32Array.from(values, (v) => ids.get(v.trim())), where: where2 }, classNames };
}
function checkLineLength(bytes, file, maxLineBytes) {
  let start = 0;
  let line = 1;
  for (; ; ) {
    const end = bytes.indexOf(10, start);
    const stop = end === -1 ? bytes.length : end;
    if (stop - start > maxLineBytes) {
      fail3(file, `the line is ${(stop - start).toLocaleString("en-US")} bytes long, over ${limitName("csvLineKib", maxLineBytes / 1024)}`, `line ${line}`, limitHint("csvLineKib"));
    }
    if (end === -1) return;
    start = end + 1;
    line++;
  }
}
function parseCsv(bytes, file, labelColumn, maxLineBytes = DEFAULT_LIMITS.csvLineKib * 1024) {
  checkLineLength(bytes, file, maxLineBytes);
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  const firstLine = text.split("\n", 1)[0];
  const rows = splitCsv(text, detectDelimiter(firstLine));
  if (rows.length === 0) fail3(file, "the CSV file is empty", void 0, "Write one row per sample: feature columns and a label column.");
  const header = hasHeader(rows) ? rows.shift().cells.map((c) => c.trim()) : void 0;
  if (rows.length === 0) fail3(file, "the CSV file has a header but no data rows", void 0, "Add one row per sample below the header.");
  const width2 = header?.length ?? rows[0].cells.length;
  const label = labelIndex(header, width2, labelColumn, file);
  const features = new Float32Array(rows.length * (width2 - 1));
  rows.forEach((row, r) => {
    if (row.cells.length !== width2) fail3(file, `the row has ${row.cells.length} columns, expected ${width2}`, `line ${row.line}`, "Give every row the same columns as the first (quote cells that contain the delimiter).");
    let k = r * (width2 - 1);
    row.cells.forEach((cell, c) => {
      if (c === label) return;
      if (!isNumber(cell)) fail3(file, `${quoted(cell, 40)} is not a number`, `line ${row.line}, column ${header?.[c] ?? c}`, "Feature columns must be numeric; name the label column with --label-column.");
      features[k++] = Number(cell);
    });
  });
  const labelName = header?.[label] ?? `${label}`;
  const { labels, classNames } = labelArray(rows.map((r) => r.cells[label]), labelName);
  const x2 = { name: "features", shape: [rows.length, width2 - 1], dtype: "float32", data: features, where: "feature columns" };
  return { source: file, inputs: [x2], labels, classNames, notes: [] };
}

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize2 = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize2)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize2)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add2 = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add2 = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize2)
          cbuf(bt + 131072);
        var end = bt + add2;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var gzs = function(d) {
  if (d[0] != 31 || d[1] != 139 || d[2] != 8)
    err(6, "invalid gzip data");
  var flg = d[3];
  var st = 10;
  if (flg & 4)
    st += (d[10] | d[11] << 8) + 2;
  for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
    ;
  return st + (flg & 2);
};
var Inflate = /* @__PURE__ */ (function() {
  function Inflate2(opts, cb) {
    if (typeof opts == "function")
      cb = opts, opts = {};
    this.ondata = cb;
    var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
    this.s = { i: 0, b: dict ? dict.length : 0 };
    this.o = new u8(32768);
    this.p = new u8(0);
    if (dict)
      this.o.set(dict);
  }
  Inflate2.prototype.e = function(c) {
    if (!this.ondata)
      err(5);
    if (this.d)
      err(4);
    if (!this.p.length)
      this.p = c;
    else if (c.length) {
      var n = new u8(this.p.length + c.length);
      n.set(this.p), n.set(c, this.p.length), this.p = n;
    }
  };
  Inflate2.prototype.c = function(final) {
    this.s.i = +(this.d = final || false);
    var bts = this.s.b;
    var dt = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt, bts, this.s.b), this.d);
    this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
var Gunzip = /* @__PURE__ */ (function() {
  function Gunzip2(opts, cb) {
    this.v = 1;
    this.r = 0;
    Inflate.call(this, opts, cb);
  }
  Gunzip2.prototype.push = function(chunk, final) {
    Inflate.prototype.e.call(this, chunk);
    this.r += chunk.length;
    if (this.v) {
      var p = this.p.subarray(this.v - 1);
      var s = p.length > 3 ? gzs(p) : 4;
      if (s > p.length) {
        if (!final)
          return;
      } else if (this.v > 1 && this.onmember) {
        this.onmember(this.r - p.length);
      }
      this.p = p.subarray(s), this.v = 0;
    }
    Inflate.prototype.c.call(this, 0);
    if (this.s.f && !this.s.l) {
      this.v = shft(this.s.p) + 9;
      this.s = { i: 0 };
      this.o = new u8(0);
      this.push(new u8(0), final);
    } else if (final) {
      Inflate.prototype.c.call(this, final);
    }
  };
  return Gunzip2;
})();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}

// src/util/zip.ts
import * as zlib from "node:zlib";
var SIGNATURE = { end: 101010256, end64: 101075792, locator: 117853008, central: 33639248, local: 67324752 };
var RATIO_FLOOR_BYTES = 1024 * 1024;
var INFLATE_SLICE = 64 * 1024;
var CRAFTED_HINT = "no ordinary zip writer makes this: the file looks crafted; do not trust it";
var decoder = new TextDecoder();
function fail4(src, message, where2, hint = src.hint) {
  throw new GateError(src.kind, message, { file: src.file, where: where2 }, hint);
}
var entryName = (e) => quoted(e.name, 100);
var entryPlace = (e) => `zip entry ${entryName(e)}`;
function u64(dv, at) {
  return Number(dv.getBigUint64(at, true));
}
function findEnd(dv, src) {
  for (let i2 = dv.byteLength - 22; i2 >= Math.max(0, dv.byteLength - 22 - 65535); i2--) {
    if (dv.getUint32(i2, true) === SIGNATURE.end) return i2;
  }
  return fail4(src, `not a zip archive: no end-of-central-directory record (truncated or not ${src.expected})`, `byte offset ${dv.byteLength}`);
}
function directoryBounds(dv, src) {
  const end = findEnd(dv, src);
  const count = dv.getUint16(end + 10, true);
  const offset = dv.getUint32(end + 16, true);
  const hasLocator = end >= 20 && dv.getUint32(end - 20, true) === SIGNATURE.locator;
  if (count !== 65535 && offset !== 4294967295 || !hasLocator) return { count, offset };
  const record = u64(dv, end - 12);
  if (record + 56 > end - 20 || dv.getUint32(record, true) !== SIGNATURE.end64) fail4(src, "corrupt zip64 end record", `byte offset ${record}`);
  return { count: u64(dv, record + 32), offset: u64(dv, record + 48) };
}
function applyZip64(dv, at, length, e, src) {
  for (let p = at; p + 4 <= at + length; p += 4 + dv.getUint16(p + 2, true)) {
    if (dv.getUint16(p, true) !== 1) continue;
    const stop = Math.min(at + length, p + 4 + dv.getUint16(p + 2, true));
    let q = p + 4;
    const next = () => {
      if (q + 8 > stop) fail4(src, `corrupt zip64 extra field at byte offset ${p}`, entryPlace(e));
      q += 8;
      return u64(dv, q - 8);
    };
    if (e.size === 4294967295) e.size = next();
    if (e.compressedSize === 4294967295) e.compressedSize = next();
    if (e.localOffset === 4294967295) e.localOffset = next();
  }
}
function readRecord(bytes, dv, p, src) {
  const corrupt = () => fail4(src, "corrupt zip central directory", `byte offset ${p}`);
  if (p + 46 > bytes.length || dv.getUint32(p, true) !== SIGNATURE.central) corrupt();
  const nameLength = dv.getUint16(p + 28, true);
  const extraLength = dv.getUint16(p + 30, true);
  const next = p + 46 + nameLength + extraLength + dv.getUint16(p + 32, true);
  if (next > bytes.length) corrupt();
  const e = {
    name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    method: dv.getUint16(p + 10, true),
    flags: dv.getUint16(p + 8, true),
    crc: dv.getUint32(p + 16, true),
    compressedSize: dv.getUint32(p + 20, true),
    size: dv.getUint32(p + 24, true),
    localOffset: dv.getUint32(p + 42, true)
  };
  applyZip64(dv, p + 46 + nameLength, extraLength, e, src);
  return [e, next];
}
function isUnsafeName(name) {
  return name.startsWith("/") || name.includes("\\") || name.includes("\0") || /^[a-zA-Z]:/.test(name) || name.split("/").includes("..");
}
function listEntries(bytes, dv, src) {
  const { count, offset } = directoryBounds(dv, src);
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i2 = 0, p = offset; i2 < count; i2++) {
    const [e, next] = readRecord(bytes, dv, p, src);
    if (isUnsafeName(e.name)) {
      fail4(src, `unsafe zip entry name ${entryName(e)}: it points outside the archive (absolute path or path traversal)`, entryPlace(e), CRAFTED_HINT);
    }
    if (seen.has(e.name)) fail4(src, `two entries share the name ${entryName(e)}: refusing an ambiguous archive`, entryPlace(e), CRAFTED_HINT);
    seen.add(e.name);
    entries.push(e);
    p = next;
  }
  return entries;
}
function checkDeclared(e, totalBefore, src) {
  const { maxEntryBytes, maxTotalBytes, maxRatio = Infinity } = src.limits;
  const where2 = entryPlace(e);
  if (e.flags & 1) fail4(src, "encrypted zip entries are not supported", where2);
  if (e.method !== 0 && e.method !== 8) fail4(src, `unsupported compression method ${e.method} (expected stored or deflate)`, where2);
  if (e.size > maxEntryBytes) fail4(src, `zip bomb guard: entry declares ${e.size} bytes uncompressed, more than the ${maxEntryBytes} bytes allowed`, where2, CRAFTED_HINT);
  if (totalBefore + e.size > maxTotalBytes) {
    fail4(src, `zip bomb guard: entries declare ${totalBefore + e.size} bytes uncompressed in total, more than the ${maxTotalBytes} bytes allowed`, where2, CRAFTED_HINT);
  }
  const ratio = e.size / Math.max(1, e.compressedSize);
  if (e.size > RATIO_FLOOR_BYTES && ratio > maxRatio) {
    fail4(src, `zip bomb guard: entry declares ${e.size} bytes from ${e.compressedSize} compressed (ratio ${ratio.toFixed(0)}, more than the ${maxRatio} allowed)`, where2, CRAFTED_HINT);
  }
}
function rawData(bytes, dv, e, src) {
  const local = e.localOffset;
  if (local + 30 > bytes.length || dv.getUint32(local, true) !== SIGNATURE.local) fail4(src, `corrupt local header at byte offset ${local}`, entryPlace(e));
  const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
  if (start + e.compressedSize > bytes.length) fail4(src, `truncated: entry data runs past the end of the file (byte offset ${start})`, entryPlace(e));
  return bytes.subarray(start, start + e.compressedSize);
}
function inflateBounded(comp, e, src) {
  const out = new Uint8Array(e.size);
  let pos = 0;
  const inflater = new Inflate((chunk) => {
    if (pos + chunk.length > e.size) fail4(src, `zip bomb guard: entry inflates past its declared ${e.size} bytes`, entryPlace(e), CRAFTED_HINT);
    out.set(chunk, pos);
    pos += chunk.length;
  });
  try {
    for (let i2 = 0; i2 < comp.length; i2 += INFLATE_SLICE) inflater.push(comp.subarray(i2, i2 + INFLATE_SLICE), i2 + INFLATE_SLICE >= comp.length);
    if (comp.length === 0) inflater.push(comp, true);
  } catch (error) {
    if (error instanceof GateError) throw error;
    fail4(src, `corrupt compressed data: ${error.message}`, entryPlace(e));
  }
  if (pos !== e.size) fail4(src, `corrupt compressed data: inflated to ${pos} bytes, the directory says ${e.size}`, entryPlace(e));
  return out;
}
function entryBytes(bytes, dv, e, src) {
  const comp = rawData(bytes, dv, e, src);
  if (e.method === 0 && e.compressedSize !== e.size) fail4(src, "corrupt stored entry: compressed and uncompressed sizes differ", entryPlace(e));
  const data = e.method === 0 ? comp : inflateBounded(comp, e, src);
  if (crc322(data) !== e.crc) fail4(src, `corrupt entry: CRC-32 mismatch (entry data at byte offset ${comp.byteOffset - bytes.byteOffset})`, entryPlace(e));
  return data;
}
function openZip(bytes, src) {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = listEntries(bytes, dv, src);
  const byName = new Map(entries.map((e) => [e.name, e]));
  let total = 0;
  return {
    entries,
    read(name) {
      const e = byName.get(name);
      if (!e) return void 0;
      checkDeclared(e, total, src);
      total += e.size;
      return entryBytes(bytes, dv, e, src);
    }
  };
}
var CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
  return c >>> 0;
});
var nativeCrc32 = zlib.crc32;
function crc322(data) {
  return nativeCrc32 ? nativeCrc32(data) >>> 0 : tableCrc32(data);
}
function tableCrc32(data) {
  let c = 4294967295;
  for (let i2 = 0; i2 < data.length; i2++) c = CRC_TABLE[(c ^ data[i2]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}

// src/data/npy.ts
var MAGIC = [147, 78, 85, 77, 80, 89];
var decoders = {
  f2: { name: "float16", size: 2, make: (n) => new Float32Array(n), read: (dv, o, le) => halfToFloat(dv.getUint16(o, le)) },
  f4: { name: "float32", size: 4, make: (n) => new Float32Array(n), read: (dv, o, le) => dv.getFloat32(o, le) },
  f8: { name: "float64", size: 8, make: (n) => new Float32Array(n), read: (dv, o, le) => dv.getFloat64(o, le) },
  u1: { name: "uint8", size: 1, make: (n) => new Uint8Array(n), read: (dv, o) => dv.getUint8(o) },
  b1: { name: "bool", size: 1, make: (n) => new Uint8Array(n), read: (dv, o) => dv.getUint8(o) ? 1 : 0 },
  i1: { name: "int8", size: 1, make: (n) => new Int8Array(n), read: (dv, o) => dv.getInt8(o) },
  i2: { name: "int16", size: 2, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getInt16(o, le) },
  u2: { name: "uint16", size: 2, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getUint16(o, le) },
  i4: { name: "int32", size: 4, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getInt32(o, le) },
  u4: { name: "uint32", size: 4, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getUint32(o, le) },
  i8: { name: "int64", size: 8, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getBigInt64(o, le) },
  u8: { name: "uint64", size: 8, make: (n) => new Int32Array(n), read: (dv, o, le) => dv.getBigUint64(o, le) }
};
function fail5(place, message, hint = "Write it again with numpy.save / numpy.savez.") {
  throw new GateError("bad-dataset", message, place, hint);
}
function readHeader(bytes, place) {
  if (bytes.length < 10 || MAGIC.some((b, i2) => bytes[i2] !== b)) fail5(place, "not a .npy array: the file does not start with \\x93NUMPY");
  const major = bytes[6];
  if (major < 1 || major > 3) fail5(place, `unsupported .npy format version ${major}.${bytes[7]} (expected 1, 2 or 3)`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = major === 1 ? 10 : 12;
  if (bytes.length < start) fail5(place, `truncated .npy header: ${bytes.length} bytes`);
  const length = major === 1 ? dv.getUint16(8, true) : dv.getUint32(8, true);
  if (start + length > bytes.length) fail5(place, `truncated .npy header: it declares ${length} bytes at byte offset ${start}, the file has ${bytes.length} bytes`);
  const text = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(bytes.subarray(start, start + length));
  if (/'descr'\s*:\s*\[/.test(text)) fail5(place, "structured (record) arrays are not supported", "Save plain numeric arrays, one per key, with numpy.savez.");
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
  const shape = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === void 0 || fortran === void 0 || shape === void 0) {
    fail5(place, `malformed .npy header ${quoted(text.trim(), 120)}: expected a dict with 'descr', 'fortran_order' and 'shape'`);
  }
  const dims = shape.split(",").map((s) => s.trim().replace(/L$/, "")).filter((s) => s !== "");
  if (dims.some((d) => !/^\d+$/.test(d))) fail5(place, `malformed .npy shape (${excerpt(shape, 80)})`);
  return { descr, fortran: fortran === "True", shape: dims.map(Number), dataOffset: start + length };
}
function decoderFor(descr, place) {
  const m = /^([<>|=])([a-zA-Z])(\d+)$/.exec(descr);
  const decoder3 = m ? decoders[`${m[2]}${m[3]}`] : void 0;
  if (!m || !decoder3) {
    const names = Object.values(decoders).map((d) => d.name).join(", ");
    fail5(place, `unsupported dtype '${excerpt(descr, 40)}'`, `Save the array as one of: ${names}.`);
  }
  return { decoder: decoder3, little: m[1] !== ">" };
}
function toNumber(v, index2, d, place) {
  if (typeof v === "number") return v;
  if (v > 2147483647n || v < -2147483648n) fail5(place, `${d.name} value ${v} at index ${index2} does not fit int32`, "Store labels and integer features as int32 or smaller.");
  return Number(v);
}
function fortranToC(data, shape) {
  const n = data.length;
  const out = data.slice();
  const fStrides = shape.map((_, i2) => elementCount(shape.slice(0, i2)));
  const index2 = new Array(shape.length).fill(0);
  for (let c = 0; c < n; c++) {
    let f = 0;
    for (let k = 0; k < shape.length; k++) f += index2[k] * fStrides[k];
    out[c] = data[f];
    for (let k = shape.length - 1; k >= 0 && ++index2[k] === shape[k]; k--) index2[k] = 0;
  }
  return out;
}
var LITTLE_ENDIAN_HOST = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
function parseNpy(bytes, name, place = {}) {
  const header = readHeader(bytes, place);
  const { decoder: decoder3, little } = decoderFor(header.descr, place);
  const count = elementCount(header.shape);
  const expected = count * decoder3.size;
  const available = bytes.length - header.dataOffset;
  if (available !== expected) {
    fail5(place, `${available < expected ? "truncated" : "unexpected trailing bytes in"} .npy data: shape ${shapeText(header.shape)} of ${decoder3.name} needs ${expected} bytes after the header (byte offset ${header.dataOffset}), found ${available}`);
  }
  const data = decoder3.make(count);
  if (decoder3.name === "float32" && little === LITTLE_ENDIAN_HOST) {
    new Uint8Array(data.buffer, data.byteOffset, expected).set(bytes.subarray(header.dataOffset, header.dataOffset + expected));
  } else if (decoder3.size === 1 && decoder3.name !== "bool") {
    data.set(decoder3.name === "int8" ? new Int8Array(bytes.buffer, bytes.byteOffset + header.dataOffset, count) : bytes.subarray(header.dataOffset));
  } else {
    const dv = new DataView(bytes.buffer, bytes.byteOffset + header.dataOffset, expected);
    for (let i2 = 0; i2 < count; i2++) data[i2] = toNumber(decoder3.read(dv, i2 * decoder3.size, little), i2, decoder3, place);
  }
  const ordered = header.fortran && header.shape.length > 1 ? fortranToC(data, header.shape) : data;
  return { name, shape: header.shape, dtype: decoder3.name, data: ordered };
}

// src/data/npz.ts
var DEFAULT_MAX_BYTES = 1 << 30;
function npzSource(file, maxBytes) {
  return {
    file,
    kind: "bad-dataset",
    expected: "an .npz file",
    hint: "Write the file again with numpy.savez / numpy.savez_compressed.",
    limits: { maxEntryBytes: maxBytes, maxTotalBytes: maxBytes }
  };
}
function parseNpz(bytes, file, keys) {
  const zip = openZip(bytes, npzSource(file, keys.maxBytes ?? DEFAULT_MAX_BYTES));
  const byKey = new Map(zip.entries.filter((e) => e.name.endsWith(".npy")).map((e) => [e.name.slice(0, -4), e.name]));
  const present = [...byKey.keys()].sort();
  const read = (key2) => parseNpy(zip.read(byKey.get(key2)), key2, { file, where: `key ${key2}` });
  const missing = (key2, flag) => {
    const list = present.length ? excerpt(present.join(", "), 200) : "(none)";
    throw new GateError("bad-dataset", `no array "${key2}" in the .npz; keys present: ${list}`, { file, where: `key ${key2}` }, `Choose the keys with ${flag}.`);
  };
  const inputs = keys.xKeys.map((k) => byKey.has(k) ? read(k) : missing(k, "--x-key"));
  const notes = [];
  let labels;
  if (byKey.has(keys.yKey)) labels = read(keys.yKey);
  else if (keys.yKeyExplicit) missing(keys.yKey, "--y-key");
  else notes.push(`no labels: the .npz has no key "${keys.yKey}" (keys: ${present.join(", ")}); accuracy is not computed`);
  return { source: file, inputs, labels, notes };
}
function parseNpyDataset(bytes, file) {
  const x2 = parseNpy(bytes, "x", { file });
  return { source: file, inputs: [x2], notes: ["no labels: a .npy file holds one array; use an .npz with x and y for accuracy"] };
}

// src/data/gzip.ts
var SLICE = 16 * 1024;
function isGzip(bytes) {
  return bytes.length >= 2 && bytes[0] === 31 && bytes[1] === 139;
}
function gunzipBounded(bytes, file, maxBytes = DEFAULT_MAX_BYTES) {
  const chunks = [];
  let total = 0;
  const gunzip = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new GateError("bad-dataset", `gzip bomb guard: the file inflates past ${maxBytes} bytes`, { file }, limitHint("datasetMib"));
    chunks.push(chunk);
  });
  try {
    for (let i2 = 0; i2 < bytes.length; i2 += SLICE) gunzip.push(bytes.subarray(i2, i2 + SLICE), i2 + SLICE >= bytes.length);
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new GateError("bad-dataset", `corrupt gzip data: ${error.message}`, { file }, "Download or compress the file again.");
  }
  const out = new Uint8Array(total);
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  return out;
}

// src/data/idx.ts
var TYPES = {
  8: { name: "uint8", size: 1, make: (n) => new Uint8Array(n), read: (dv, o) => dv.getUint8(o) },
  9: { name: "int8", size: 1, make: (n) => new Int8Array(n), read: (dv, o) => dv.getInt8(o) },
  11: { name: "int16", size: 2, make: (n) => new Int32Array(n), read: (dv, o) => dv.getInt16(o) },
  12: { name: "int32", size: 4, make: (n) => new Int32Array(n), read: (dv, o) => dv.getInt32(o) },
  13: { name: "float32", size: 4, make: (n) => new Float32Array(n), read: (dv, o) => dv.getFloat32(o) },
  14: { name: "float64", size: 8, make: (n) => new Float32Array(n), read: (dv, o) => dv.getFloat64(o) }
};
var baseName = (file) => file.split(/[\\/]/).pop() ?? file;
function fail6(file, message) {
  throw new GateError("bad-dataset", message, { file }, "IDX files start with 0x00 0x00, a type code and the number of dimensions (the MNIST layout).");
}
function parseIdx(input, file, name, maxBytes) {
  const bytes = isGzip(input) ? gunzipBounded(input, file, maxBytes) : input;
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0) fail6(file, "not an IDX file: it does not start with two zero bytes");
  const type = TYPES[bytes[2]];
  if (!type) fail6(file, `unknown IDX type code 0x${bytes[2].toString(16).padStart(2, "0")} at byte offset 2`);
  const ndim = bytes[3];
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = 4 + 4 * ndim;
  if (ndim === 0 || bytes.length < start) fail6(file, `truncated IDX header: ${ndim} dimensions need ${start} bytes, the file has ${bytes.length}`);
  const shape = Array.from({ length: ndim }, (_, i2) => dv.getUint32(4 + 4 * i2));
  const count = elementCount(shape);
  if (bytes.length - start !== count * type.size) {
    fail6(file, `IDX data of shape ${shapeText(shape)} (${type.name}) needs ${count * type.size} bytes after the header (byte offset ${start}), found ${bytes.length - start}`);
  }
  const data = type.make(count);
  if (type.size === 1) data.set(type.name === "uint8" ? bytes.subarray(start) : new Int8Array(bytes.buffer, bytes.byteOffset + start, count));
  else for (let i2 = 0; i2 < count; i2++) data[i2] = type.read(dv, start + i2 * type.size);
  return { name, shape, dtype: type.name, data, where: `file ${baseName(file)}` };
}
function parseIdxDataset(images, labels, source, maxBytes) {
  const x2 = parseIdx(images.bytes, images.file, "images", maxBytes);
  if (x2.shape.length === 1 && /labels/.test(baseName(images.file))) {
    throw new GateError(
      "bad-dataset",
      `${baseName(images.file)} holds labels (one dimension, ${x2.shape[0]} values), not model inputs`,
      { file: source },
      "Pass the images IDX file (e.g. t10k-images-idx3-ubyte.gz) as the dataset; its labels file beside it is found by name."
    );
  }
  const notes = labels ? [] : [`no labels: no labels IDX file next to ${baseName(images.file)}; accuracy is not computed`];
  return { source, inputs: [x2], labels: labels && parseIdx(labels.bytes, labels.file, "labels", maxBytes), notes };
}
function labelsFileFor(imagesFile) {
  const base = baseName(imagesFile);
  if (!/images/.test(base)) return void 0;
  const labels = base.replace("images", "labels").replace(/idx\d-/, "idx1-");
  return imagesFile.slice(0, imagesFile.length - base.length) + labels;
}

// src/data/image.ts
var import_jpeg_js = __toESM(require_jpeg_js(), 1);
var import_pngjs = __toESM(require_png(), 1);
var MAX_PIXELS = 5e7;
function isPng(b) {
  return b.length > 8 && b[0] === 137 && b[1] === 80 && b[2] === 78 && b[3] === 71;
}
function isJpeg(b) {
  return b.length > 3 && b[0] === 255 && b[1] === 216 && b[2] === 255;
}
var SOF = /* @__PURE__ */ new Set([192, 193, 194, 195, 197, 198, 199, 201, 202, 203, 205, 206, 207]);
function jpegSize(b) {
  for (let i2 = 2; i2 + 9 < b.length; ) {
    if (b[i2] !== 255) return void 0;
    const marker = b[i2 + 1];
    if (marker === 255) {
      i2++;
      continue;
    }
    if (SOF.has(marker)) return { height: b[i2 + 5] << 8 | b[i2 + 6], width: b[i2 + 7] << 8 | b[i2 + 8] };
    i2 += 2 + (b[i2 + 2] << 8 | b[i2 + 3]);
  }
  return void 0;
}
function imageSize(b) {
  if (isPng(b) && b.length >= 24) {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  return isJpeg(b) ? jpegSize(b) : void 0;
}
function checkPixels(bytes, file, maxPixels) {
  const size = imageSize(bytes);
  if (!size || size.width * size.height <= maxPixels) return;
  throw new GateError("bad-dataset", `the image is ${size.width} \xD7 ${size.height} pixels, over ${limitName("imagePixels", maxPixels)}; not decoded`, { file }, limitHint("imagePixels"));
}
function decodeImage(bytes, file, maxPixels = MAX_PIXELS) {
  const kind = isPng(bytes) ? "PNG" : isJpeg(bytes) ? "JPEG" : void 0;
  if (!kind) throw new GateError("bad-dataset", "not a PNG or JPEG image (unknown magic bytes)", { file }, "Convert the file to PNG or JPEG, or remove it.");
  checkPixels(bytes, file, maxPixels);
  try {
    const decoded = kind === "PNG" ? import_pngjs.default.PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : import_jpeg_js.default.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: maxPixels / 1e6, maxMemoryUsageInMB: Math.max(1024, maxPixels * 8 / 1e6) });
    return { width: decoded.width, height: decoded.height, channels: 4, data: new Uint8Array(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength) };
  } catch (error) {
    throw new GateError("bad-dataset", `corrupt ${kind} image: ${excerpt(decoderMessage(error.message), 200)}`, { file }, "Replace or remove the file.");
  }
}
function decoderMessage(message) {
  return /read requests wait\w* on finished stream/.test(message) ? "the file ends before the image data does (truncated)" : message;
}
function toChannels(rgba, channels) {
  if (channels === 4) return rgba;
  const n = rgba.width * rgba.height;
  const out = new Uint8Array(n * channels);
  const src = rgba.data;
  for (let p = 0; p < n; p++) {
    if (channels === 1) out[p] = 19595 * src[4 * p] + 38470 * src[4 * p + 1] + 7471 * src[4 * p + 2] + 32768 >> 16;
    else for (let c = 0; c < 3; c++) out[3 * p + c] = src[4 * p + c];
  }
  return { width: rgba.width, height: rgba.height, channels, data: out };
}
function axisWeights(inSize, outSize2) {
  const scale = inSize / outSize2;
  return Array.from({ length: outSize2 }, (_, o) => {
    const x2 = (o + 0.5) * scale - 0.5;
    const f = Math.floor(x2);
    return { lo: Math.max(f, 0), hi: Math.min(Math.ceil(x2), inSize - 1), w: x2 - f };
  });
}
function resizeBilinear(img, height, width2) {
  if (img.height === height && img.width === width2) return { ...img, data: Float32Array.from(img.data) };
  const ys = axisWeights(img.height, height);
  const xs = axisWeights(img.width, width2);
  const C = img.channels;
  const out = new Float32Array(height * width2 * C);
  const at = (y, x2, c) => img.data[(y * img.width + x2) * C + c];
  for (let oy = 0; oy < height; oy++) {
    const { lo: y0, hi: y1, w: wy } = ys[oy];
    for (let ox = 0; ox < width2; ox++) {
      const { lo: x0, hi: x1, w: wx } = xs[ox];
      for (let c = 0; c < C; c++) {
        const top = at(y0, x0, c) + (at(y0, x1, c) - at(y0, x0, c)) * wx;
        const bottom = at(y1, x0, c) + (at(y1, x1, c) - at(y1, x0, c)) * wx;
        out[(oy * width2 + ox) * C + c] = top + (bottom - top) * wy;
      }
    }
  }
  return { width: width2, height, channels: C, data: out };
}

// src/data/image-folder.ts
var IMAGE_EXTENSIONS = /\.(png|jpe?g)$/i;
var byCodePoint = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function imageTarget(input, source) {
  const [, height, width2, channels] = input.shape;
  if (input.shape.length !== 4 || ![1, 3, 4].includes(channels) || !(height > 0) || !(width2 > 0)) {
    throw new GateError("bad-dataset", `an image folder needs a model input of shape [batch, height, width, 1|3|4], but input "${input.name}" has ${shapeText(input.shape)}`, { file: source });
  }
  return { height, width: width2, channels };
}
function classNamesOf(files, folders) {
  const inFolders = files.filter((f) => f.path.includes("/")).map((f) => f.path.split("/")[0]);
  return [.../* @__PURE__ */ new Set([...folders, ...inFolders])].sort(byCodePoint);
}
function emptyClassesNote(classNames, labels) {
  const counts = new Int32Array(classNames.length);
  labels.forEach((c) => counts[c]++);
  const empty = classNames.map((name, id) => `${name} (class ${id})`).filter((_, id) => counts[id] === 0);
  if (!empty.length) return void 0;
  return `class folder(s) without images, kept as classes so the ids match Keras's image_dataset_from_directory: ${empty.join(", ")}`;
}
function parseImageFolder(files, target, source, folders = [], maxPixels) {
  const images = files.filter((f) => f.path.includes("/") && IMAGE_EXTENSIONS.test(f.path)).sort((a, b) => byCodePoint(a.path, b.path));
  const skipped = files.length - images.length;
  if (images.length === 0) {
    throw new GateError("bad-dataset", "no PNG or JPEG images in class sub-folders", { file: source }, "Lay the images out as <folder>/<class name>/<image>.png (or .jpg).");
  }
  const classNames = classNamesOf(files, folders);
  const classId = new Map(classNames.map((c, i2) => [c, i2]));
  const per = target.height * target.width * target.channels;
  const data = new Float32Array(images.length * per);
  const labels = new Int32Array(images.length);
  images.forEach((f, i2) => {
    const file = `${source}/${f.path}`;
    const img = resizeBilinear(toChannels(decodeImage(f.bytes, file, maxPixels), target.channels), target.height, target.width);
    data.set(img.data, i2 * per);
    labels[i2] = classId.get(f.path.split("/")[0]);
  });
  const notes = skipped ? [`${skipped} file(s) skipped: not a .png/.jpg/.jpeg inside a class sub-folder`] : [];
  const empty = emptyClassesNote(classNames, labels);
  if (empty) notes.push(empty);
  return {
    source,
    inputs: [{ name: "images", shape: [images.length, target.height, target.width, target.channels], dtype: "float32", data, where: "images" }],
    labels: { name: "classes", shape: [images.length], dtype: "int32", data: labels, where: "class folders" },
    classNames,
    notes
  };
}

// src/data/load.ts
var startsWith = (b, sig) => sig.every((v, i2) => b[i2] === v);
var IDX_NAME = /idx\d-ubyte(\.gz)?$/;
async function exists(path) {
  return lstat(path).then(() => true, () => false);
}
function readDataFile(path, options, maxBytes = limitBytes(options.limits, "datasetMib")) {
  return readRegularFile({ path, kind: "bad-dataset" }, { root: options.root, maxBytes, limit: "datasetMib" });
}
async function readIdx(path, bytes, options, source = path) {
  const labelsPath = labelsFileFor(path);
  const labels = labelsPath && labelsPath !== path && await exists(labelsPath) ? { file: labelsPath, bytes: readDataFile(labelsPath, options) } : void 0;
  return parseIdxDataset({ file: path, bytes }, labels, source, options.maxBytes ?? limitBytes(options.limits, "datasetMib"));
}
var FILE_FORMATS = [
  {
    name: ".npz",
    matches: (_, h) => startsWith(h, [80, 75, 3, 4]) || startsWith(h, [80, 75, 5, 6]),
    extension: /\.npz$/i,
    read: async (p, b, o) => parseNpz(b, p, { xKeys: o.xKeys ?? ["x"], yKey: o.yKey ?? "y", yKeyExplicit: o.yKeyExplicit, maxBytes: o.maxBytes })
  },
  { name: ".npy", matches: (_, h) => startsWith(h, [147, 78, 85, 77, 80, 89]), extension: /\.npy$/i, read: async (p, b) => parseNpyDataset(b, p) },
  { name: "IDX", matches: (p) => IDX_NAME.test(p), read: (p, b, o) => readIdx(p, b, o) },
  { name: "CSV", matches: (p) => /\.(csv|tsv|txt)$/i.test(p), read: async (p, b, o) => parseCsv(b, p, o.labelColumn, (o.limits?.csvLineKib ?? DEFAULT_LIMITS.csvLineKib) * 1024) }
];
async function listFiles(root, prefix = "") {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  const out = [];
  for (const e of entries.filter((x2) => !x2.name.startsWith(".")).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...await listFiles(root, rel));
    else out.push(rel);
  }
  return out;
}
function readImages(path, files, options) {
  const cap = limitBytes(options.limits, "datasetMib");
  let total = 0;
  return files.map((f) => {
    const bytes = readDataFile(join(path, f), options, cap);
    total += bytes.byteLength;
    if (total > cap) throw new GateError("bad-dataset", `the folder's files add up to more than ${limitName("datasetMib", cap / MIB)}`, { file: path }, limitHint("datasetMib"));
    return { path: f, bytes };
  });
}
async function readFolder(path, modelInputs, options) {
  const files = await listFiles(path);
  const idx = files.filter((f) => /idx3-ubyte(\.gz)?$/.test(f));
  if (idx.length > 1) throw new GateError("bad-dataset", `several IDX image files: ${idx.join(", ")}`, { file: path }, "Name the images file itself as the dataset.");
  if (idx.length === 1) {
    const file = join(path, idx[0]);
    return readIdx(file, readDataFile(file, options), options, path);
  }
  if (modelInputs.length !== 1) throw new GateError("bad-dataset", `an image folder feeds one model input; the model has ${modelInputs.length}`, { file: path });
  const target = imageTarget(modelInputs[0], path);
  const images = readImages(path, files, options);
  const folders = (await readdir(path, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name);
  const maxPixels = options.limits?.imagePixels ?? DEFAULT_LIMITS.imagePixels;
  return parseImageFolder(images, target, path, folders, maxPixels);
}
async function readRawDataset(path, modelInputs, options = {}) {
  if (!await exists(path)) throw new GateError("bad-dataset", "dataset not found", { file: path }, "Pass an existing .npz/.npy file, IDX file, CSV file or image folder.");
  if (fileOrFolder({ path, kind: "bad-dataset" }, options.root).folder) return readFolder(path, modelInputs, options);
  const bytes = readDataFile(path, options);
  const pointer = parseLfsPointer(bytes);
  if (pointer) throw lfsDatasetError(path, pointer);
  options = { maxBytes: limitBytes(options.limits, "datasetMib"), ...options };
  const format = FILE_FORMATS.find((f) => f.matches(path, bytes.subarray(0, 8))) ?? FILE_FORMATS.find((f) => f.extension?.test(path));
  if (!format) {
    const names = FILE_FORMATS.map((f) => f.name).join(", ");
    throw new GateError(
      "bad-dataset",
      `unknown dataset format (supported: ${names}, or a folder of class sub-folders with images)`,
      { file: path },
      "Pass a .npz/.npy file (numpy.savez), an MNIST-style IDX file, a .csv file, or a folder <class>/<image>.png."
    );
  }
  return format.read(path, bytes, options);
}
async function loadDataset(path, modelInputs, options = {}) {
  return prepareDataset(await readRawDataset(path, modelInputs, options), modelInputs, options);
}

// src/runtime/pool.ts
import { Worker as Worker2 } from "node:worker_threads";

// src/util/dist-file.ts
import { existsSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
function distFileCandidates(relative) {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join2(here, relative), join2(here, "..", "dist", relative), join2(here, "..", "..", "dist", relative)];
}
function findDistFile(relative) {
  return distFileCandidates(relative).find((candidate) => existsSync(candidate));
}

// src/util/worker-script.ts
function workerScriptPath() {
  const found = findDistFile("worker.js");
  if (found) return found;
  throw new Error(`worker script not found (looked in ${distFileCandidates("worker.js").join(", ")}); run \`npm run build\``);
}

// src/runtime/pool.ts
var PoolWorker = class {
  worker;
  pending = /* @__PURE__ */ new Map();
  nextId = 1;
  /** Set once the worker died (a crash in the runtime): every later request fails with it. */
  dead;
  constructor(script, wasm2) {
    this.worker = new Worker2(script, { workerData: { kind: "evaluate", ...wasm2 } });
    this.worker.on("message", (message) => this.receive(message));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`evaluation worker exited (code ${code})`)));
  }
  request(message, transfer = [], onProgress) {
    const id = this.nextId++;
    return new Promise((resolve2, reject) => {
      if (this.dead) return reject(this.dead);
      this.pending.set(id, { resolve: resolve2, reject, onProgress });
      this.worker.postMessage({ ...message, id }, transfer);
    });
  }
  receive(message) {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === "progress") return pending.onProgress?.(message.done);
    this.pending.delete(message.id);
    if (message.type === "error") pending.reject(deserializeError(message.error));
    else pending.resolve(message);
  }
  fail(error) {
    this.dead ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
  async terminate() {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }
};
var InterpreterPool = class _InterpreterPool {
  constructor(workers) {
    this.workers = workers;
  }
  workers;
  /** Start `size` workers; they share this thread's compiled LiteRT.js wasm. */
  static async create(size) {
    const script = workerScriptPath();
    const build = chooseBuild();
    const wasm2 = { build, module: await compiledWasm(build) };
    return new _InterpreterPool(Array.from({ length: Math.max(1, size) }, () => new PoolWorker(script, wasm2)));
  }
  get size() {
    return this.workers.length;
  }
  async predict(request) {
    const { bytes, file, inputs, count } = request;
    const loaded = await Promise.allSettled(this.workers.map((w) => w.request({ type: "load", bytes, file })));
    const failed = loaded.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    const first = loaded[0].value;
    if (first.type !== "loaded") throw new Error("worker did not load the model");
    const blocks = request.segments ? [rangesBlock(request.segments.length, count)] : first.outputs.map((o) => ({ ...o, sampleSize: o.size, data: new Float32Array(count * o.size) }));
    const batch = request.batch ?? 1;
    const chunks = chunkRanges(count, Math.max(batch, Math.floor(chunkSize(count, this.workers.length) / batch) * batch));
    const progress = new Progress(count, request.onProgress);
    let next = 0;
    const drain = async (worker, slot) => {
      while (next < chunks.length) {
        const [start, end] = chunks[next++];
        const slices = inputs.map((input) => sliceSamples(input, start, end));
        const reply = await worker.request(
          { type: "predict", start, end, inputs: slices, ...request.segments ? { segments: request.segments, batch } : {} },
          slices.map((s) => s.data.buffer),
          (done) => progress.update(slot, done)
        );
        if (reply.type !== "predicted") throw new Error(`unexpected worker reply ${reply.type}`);
        reply.outputs.forEach((output, o) => blocks[o].data.set(output, start * blocks[o].sampleSize));
        progress.complete(slot, end - start);
      }
    };
    await Promise.all(this.workers.map((worker, slot) => drain(worker, slot)));
    await Promise.all(this.workers.map((w) => w.request({ type: "unload" })));
    return blocks;
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};
var LazyPool = class {
  constructor(size) {
    this.size = size;
  }
  size;
  pool;
  get() {
    this.pool ??= InterpreterPool.create(this.size);
    return this.pool;
  }
  async close() {
    const pool2 = this.pool;
    this.pool = void 0;
    if (pool2) await (await pool2.catch(() => void 0))?.close();
  }
};
function rangesBlock(segments, count) {
  return { name: "ranges", shape: [segments, 2], sampleSize: segments * 2, data: new Float32Array(count * segments * 2) };
}
function chunkSize(count, workers) {
  return Math.max(16, Math.min(2048, Math.ceil(count / (workers * 4))));
}
function sliceSamples(input, start, end) {
  const view = input.data;
  return { data: view.slice(start * input.sampleSize, end * input.sampleSize), sampleSize: input.sampleSize };
}
var Progress = class {
  constructor(total, report) {
    this.total = total;
    this.report = report;
  }
  total;
  report;
  completed = 0;
  inFlight = [];
  update(slot, done) {
    this.inFlight[slot] = done;
    this.emit();
  }
  complete(slot, samples) {
    this.completed += samples;
    this.inFlight[slot] = 0;
    this.emit();
  }
  emit() {
    this.report?.(this.completed + this.inFlight.reduce((a, b) => a + (b ?? 0), 0), this.total);
  }
};
async function predictInProcess(request) {
  const interpreter = await loadInterpreter(request.bytes, { file: request.file });
  try {
    const report = request.onProgress;
    const progress = report && ((done) => report(done, request.count));
    if (request.segments) {
      const block = rangesBlock(request.segments.length, request.count);
      block.data.set(rangeStats(interpreter, request.inputs, 0, request.count, request.segments, progress, request.batch));
      report?.(request.count, request.count);
      return [block];
    }
    const outputs = predictRange(interpreter, request.inputs, 0, request.count, progress);
    report?.(request.count, request.count);
    return interpreter.outputs.map((o, i2) => ({ name: o.name, shape: o.shape, sampleSize: o.size, data: outputs[i2] }));
  } finally {
    interpreter.dispose();
  }
}

// src/tflite/probe.ts
function isTflite(bytes) {
  return bytes.length >= 8 && bytes[4] === 84 && bytes[5] === 70 && bytes[6] === 76 && bytes[7] === 51;
}

// src/convert/args.ts
function cfg(layer, ...keys) {
  for (const key2 of keys) {
    const value = layer.config[key2];
    if (value !== void 0 && value !== null) return value;
  }
  return void 0;
}
function num(layer, keys, fallback) {
  const value = cfg(layer, ...Array.isArray(keys) ? keys : [keys]);
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === "number") return value[0];
  return fallback;
}
function bool(layer, keys, fallback) {
  const value = cfg(layer, ...Array.isArray(keys) ? keys : [keys]);
  return typeof value === "boolean" ? value : fallback;
}
function str(layer, keys, fallback) {
  const value = cfg(layer, ...Array.isArray(keys) ? keys : [keys]);
  return typeof value === "string" ? value : fallback;
}
function tuple(layer, keys, rank, fallback) {
  const value = cfg(layer, ...Array.isArray(keys) ? keys : [keys]);
  if (typeof value === "number") return Array(rank).fill(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "number")) {
    if (value.length === 1) return Array(rank).fill(value[0]);
    if (value.length === rank) return value;
  }
  return Array(rank).fill(fallback);
}
function axes(layer, keys, rank, fallback) {
  const value = cfg(layer, ...Array.isArray(keys) ? keys : [keys]);
  const list = typeof value === "number" ? [value] : Array.isArray(value) ? value : fallback;
  return list.map((a) => a < 0 ? a + rank : a).sort((a, b) => a - b);
}
function channelsFirst(layer) {
  const format = str(layer, ["data_format", "dim_ordering"], "channels_last");
  return format === "channels_first" || format === "th";
}
function padding(layer) {
  return str(layer, ["padding", "border_mode"], "valid").toLowerCase();
}
function activationName(value) {
  if (value === void 0 || value === null) return "linear";
  if (typeof value === "string") return value.toLowerCase();
  if (typeof value === "object") {
    const v = value;
    if (typeof v.config === "string") return v.config.toLowerCase();
    if (v.config && typeof v.config === "object" && typeof v.config.name === "string" && v.class_name === "function") {
      return String(v.config.name).toLowerCase();
    }
    if (typeof v.registered_name === "string") return v.registered_name.toLowerCase();
    if (typeof v.class_name === "string") return v.class_name.toLowerCase();
  }
  return String(value);
}
function kerasMajor(version) {
  const major = Number.parseInt(version, 10);
  return Number.isFinite(major) ? major : 3;
}
function weight(layer, suffix, index2) {
  const byName = layer.weights.find((w) => new RegExp(`(^|/)${suffix}(:\\d+)?$`).test(w.name));
  return byName ?? layer.weights[index2];
}

// src/convert/ops.ts
function shapeOf(ctx, id) {
  return ctx.builder.tensor(id).shape;
}
function tensorName(ctx, suffix) {
  return [ctx.scope, ctx.layer.name, suffix].filter(Boolean).join("/");
}
function emitOp(ctx, type, inputs, outShape, suffix, options, dtype = "float32") {
  const out = ctx.builder.activation(tensorName(ctx, suffix), outShape, dtype);
  ctx.builder.op(type, inputs, [out], options, ctx.layer.name);
  return out;
}
function constF(ctx, suffix, shape, data) {
  return ctx.builder.constFloat(tensorName(ctx, suffix), shape, data);
}
function constI(ctx, suffix, values, shape = [values.length]) {
  return ctx.builder.constInt32(tensorName(ctx, suffix), values, shape);
}
function scalar(ctx, suffix, value) {
  return constF(ctx, suffix, [], [value]);
}
function broadcastShape(a, b) {
  const rank = Math.max(a.length, b.length);
  const out = [];
  for (let i2 = 0; i2 < rank; i2++) {
    const x2 = a[a.length - rank + i2] ?? 1;
    const y = b[b.length - rank + i2] ?? 1;
    out.push(x2 === 1 ? y : x2);
  }
  return out;
}
function unary(ctx, type, x2, suffix, options) {
  return emitOp(ctx, type, [x2], shapeOf(ctx, x2), suffix, options);
}
function binary(ctx, type, a, b, suffix, options) {
  const shape = broadcastShape(shapeOf(ctx, a), shapeOf(ctx, b));
  return emitOp(ctx, type, [a, b], shape, suffix, options ?? {});
}
function reshape(ctx, x2, shape, suffix = "Reshape") {
  const spec = ctx.options.dynamicBatch ? [-1, ...shape.slice(1)] : shape;
  return emitOp(ctx, "RESHAPE", [x2, constI(ctx, `${suffix}/shape`, spec)], shape, suffix);
}
function expandDims(ctx, x2, axis2, suffix = "ExpandDims") {
  const shape = [...shapeOf(ctx, x2)];
  shape.splice(axis2, 0, 1);
  return emitOp(ctx, "EXPAND_DIMS", [x2, constI(ctx, `${suffix}/dim`, [axis2], [])], shape, suffix);
}
function transpose(ctx, x2, perm, suffix = "transpose") {
  const inShape = shapeOf(ctx, x2);
  return emitOp(ctx, "TRANSPOSE", [x2, constI(ctx, `${suffix}/perm`, perm)], perm.map((p) => inShape[p]), suffix);
}
function permuteData(data, shape, perm) {
  const rank = shape.length;
  if (rank >= 2 && perm.every((p, i2) => p === (i2 === 0 ? rank - 1 : i2 - 1))) return lastAxisFirst(data, data.length / shape[rank - 1], shape[rank - 1]);
  const out = new Float32Array(data.length);
  if (rank === 0 || data.length === 0) return out.length ? (out.set(data), out) : out;
  const outShape = Int32Array.from(perm, (p) => shape[p]);
  const inStrides = stridesOf(shape);
  const step2 = Int32Array.from(perm, (p) => inStrides[p]);
  const inner = outShape[rank - 1];
  const innerStep = step2[rank - 1];
  const idx = new Int32Array(rank);
  let src = 0;
  for (let o = 0; o < out.length; o += inner) {
    for (let j = 0, s = src; j < inner; j++, s += innerStep) out[o + j] = data[s];
    for (let d = rank - 2; d >= 0; d--) {
      if (++idx[d] < outShape[d]) {
        src += step2[d];
        break;
      }
      src -= (outShape[d] - 1) * step2[d];
      idx[d] = 0;
    }
  }
  return out;
}
var TILE = 32;
function lastAxisFirst(data, rows, cols) {
  const out = new Float32Array(data.length);
  for (let r0 = 0; r0 < rows; r0 += TILE) {
    const r1 = Math.min(rows, r0 + TILE);
    for (let c0 = 0; c0 < cols; c0 += TILE) {
      const c1 = Math.min(cols, c0 + TILE);
      for (let r = r0; r < r1; r++) for (let c = c0, s = r * cols + c0; c < c1; c++, s++) out[c * rows + r] = data[s];
    }
  }
  return out;
}
function stridesOf(shape) {
  const strides = new Array(shape.length).fill(1);
  for (let d = shape.length - 2; d >= 0; d--) strides[d] = strides[d + 1] * shape[d + 1];
  return strides;
}
var prod = (xs) => xs.reduce((a, b) => a * b, 1);

// src/convert/activations.ts
var simple = (type, suffix) => (ctx, x2) => unary(ctx, type, x2, suffix);
function hardSigmoid(ctx, x2) {
  if (kerasMajor(ctx.kerasVersion ?? "") < 3) {
    const scaled = binary(ctx, "MUL", x2, scalar(ctx, "mul/y", 0.2), "mul");
    const shifted2 = binary(ctx, "ADD", scaled, scalar(ctx, "add/y", 0.5), "add");
    const capped = binary(ctx, "MINIMUM", shifted2, scalar(ctx, "clip/y", 1), "clip_by_value/Minimum");
    return unary(ctx, "RELU", capped, "clip_by_value");
  }
  const shifted = binary(ctx, "ADD", x2, scalar(ctx, "add/y", 3), "add");
  const clipped = unary(ctx, "RELU6", shifted, "Relu6");
  return binary(ctx, "MUL", clipped, scalar(ctx, "mul/y", 1 / 6), "mul");
}
function swish(ctx, x2) {
  return binary(ctx, "MUL", x2, unary(ctx, "LOGISTIC", x2, "Sigmoid"), "mul");
}
function softplus(ctx, x2) {
  const e = unary(ctx, "EXP", x2, "Exp");
  return unary(ctx, "LOG", binary(ctx, "ADD", e, scalar(ctx, "add/y", 1), "add"), "Softplus");
}
function softsign(ctx, x2) {
  const denominator = binary(ctx, "ADD", unary(ctx, "ABS", x2, "Abs"), scalar(ctx, "add/y", 1), "add");
  return binary(ctx, "DIV", x2, denominator, "Softsign");
}
function scaledElu(ctx, x2, alpha) {
  const e = unary(ctx, "ELU", x2, "Elu");
  if (alpha === 1) return e;
  if (alpha >= 0 && alpha < 1) return binary(ctx, "MAXIMUM", x2, binary(ctx, "MUL", e, scalar(ctx, "mul/y", alpha), "mul"), "elu");
  const negative = binary(ctx, "MINIMUM", e, scalar(ctx, "Minimum/y", 0), "Minimum");
  const scaledNegative = binary(ctx, "MUL", negative, scalar(ctx, "mul/y", alpha), "mul");
  return binary(ctx, "ADD", unary(ctx, "RELU", x2, "Relu"), scaledNegative, "elu");
}
function selu(ctx, x2) {
  const scale = 1.0507009873554805;
  const elu3 = scaledElu(ctx, x2, 1.6732632423543772);
  return binary(ctx, "MUL", elu3, scalar(ctx, "selu/scale", scale), "selu");
}
var ACTIVATIONS = {
  linear: (_ctx, x2) => x2,
  relu: simple("RELU", "Relu"),
  relu6: simple("RELU6", "Relu6"),
  sigmoid: simple("LOGISTIC", "Sigmoid"),
  tanh: simple("TANH", "Tanh"),
  softmax: (ctx, x2) => unary(ctx, "SOFTMAX", x2, "Softmax", { beta: 1 }),
  log_softmax: (ctx, x2) => unary(ctx, "LOG_SOFTMAX", x2, "LogSoftmax"),
  elu: simple("ELU", "Elu"),
  selu,
  swish,
  silu: swish,
  hard_swish: simple("HARD_SWISH", "HardSwish"),
  hard_silu: simple("HARD_SWISH", "HardSwish"),
  hard_sigmoid: hardSigmoid,
  gelu: (ctx, x2) => unary(ctx, "GELU", x2, "Gelu", { approximate: false }),
  leaky_relu: (ctx, x2) => unary(ctx, "LEAKY_RELU", x2, "LeakyRelu", { alpha: 0.2 }),
  softplus,
  softsign,
  exponential: simple("EXP", "Exp")
};
function isSupportedActivation(value) {
  return activationName(value) in ACTIVATIONS;
}
function applyActivation(ctx, x2, value) {
  const emit2 = ACTIVATIONS[activationName(value)];
  if (!emit2) throw new Error(`activation ${activationName(value)} passed the check but has no emitter`);
  return emit2(ctx, x2);
}
function checkActivation(value) {
  if (value === void 0 || value === null || isSupportedActivation(value)) return void 0;
  return `activation "${activationName(value)}" is not supported`;
}

// src/convert/activation-layers.ts
var activation = {
  classNames: ["Activation"],
  check: (layer) => checkActivation(cfg(layer, "activation") ?? "linear"),
  emit: (ctx) => [applyActivation(ctx, ctx.inputs[0], cfg(ctx.layer, "activation"))]
};
function relu(ctx, x2, slope, max2, threshold) {
  if (slope !== 0 && max2 === void 0 && threshold === 0) return unary(ctx, "LEAKY_RELU", x2, "LeakyRelu", { alpha: slope });
  let positive;
  if (threshold !== 0) {
    const keep = emitOp(ctx, "GREATER", [x2, scalar(ctx, "Greater/y", threshold)], shapeOf(ctx, x2), "Greater", void 0, "bool");
    positive = emitOp(ctx, "SELECT_V2", [keep, x2, scalar(ctx, "zeros", 0)], shapeOf(ctx, x2), "SelectV2");
  } else {
    positive = unary(ctx, max2 === 6 ? "RELU6" : "RELU", x2, max2 === 6 ? "Relu6" : "Relu");
  }
  if (max2 !== void 0 && !(max2 === 6 && threshold === 0)) {
    positive = binary(ctx, "MINIMUM", positive, scalar(ctx, "clip/y", max2), "clip_by_value/Minimum");
    if (threshold !== 0) positive = unary(ctx, "RELU", positive, "clip_by_value");
  }
  if (slope === 0) return positive;
  const below = unary(ctx, "RELU", binary(ctx, "SUB", scalar(ctx, "threshold", threshold), x2, "sub"), "Relu_1");
  return binary(ctx, "SUB", positive, binary(ctx, "MUL", below, scalar(ctx, "mul/y", slope), "mul"), "sub_1");
}
var reluLayer = {
  classNames: ["ReLU"],
  emit: (ctx) => {
    const max2 = cfg(ctx.layer, "max_value");
    const slope = num(ctx.layer, "negative_slope", 0);
    return [relu(ctx, ctx.inputs[0], slope, typeof max2 === "number" ? max2 : void 0, num(ctx.layer, "threshold", 0))];
  }
};
var leakyRelu = {
  classNames: ["LeakyReLU"],
  emit: (ctx) => [unary(ctx, "LEAKY_RELU", ctx.inputs[0], "LeakyRelu", { alpha: num(ctx.layer, ["negative_slope", "alpha"], 0.3) })]
};
var thresholdedRelu = {
  classNames: ["ThresholdedReLU"],
  emit: (ctx) => [relu(ctx, ctx.inputs[0], 0, void 0, num(ctx.layer, "theta", 1))]
};
var elu = {
  classNames: ["ELU"],
  emit: (ctx) => [scaledElu(ctx, ctx.inputs[0], num(ctx.layer, "alpha", 1))]
};
var prelu = {
  classNames: ["PReLU"],
  check: (layer) => layer.weights.length === 1 ? void 0 : "PReLU without its alpha weight",
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const alpha = ctx.layer.weights[0];
    const alphaShape = alpha.shape.length === shapeOf(ctx, x2).length - 1 ? alpha.shape : shapeOf(ctx, x2).slice(1);
    const a = constF(ctx, "alpha", alphaShape, alpha.data);
    return [emitOp(ctx, "PRELU", [x2, a], shapeOf(ctx, x2), "Prelu")];
  }
};
var softmax = {
  classNames: ["Softmax"],
  check: (layer) => axes(layer, "axis", 8, [-1]).length > 1 ? "Softmax over several axes" : void 0,
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const rank = shapeOf(ctx, x2).length;
    const axis2 = axes(ctx.layer, "axis", rank, [-1])[0];
    if (axis2 === rank - 1) return [unary(ctx, "SOFTMAX", x2, "Softmax", { beta: 1 })];
    const perm = [...Array(rank).keys()];
    perm[axis2] = rank - 1;
    perm[rank - 1] = axis2;
    const moved = transpose(ctx, x2, perm, "transpose");
    return [transpose(ctx, unary(ctx, "SOFTMAX", moved, "Softmax", { beta: 1 }), perm, "transpose_1")];
  }
};
var activationLayers = [activation, reluLayer, leakyRelu, thresholdedRelu, elu, prelu, softmax];

// src/convert/core.ts
var identity = (ctx) => [ctx.inputs[0]];
var passThrough = {
  classNames: [
    "Dropout",
    "SpatialDropout1D",
    "SpatialDropout2D",
    "SpatialDropout3D",
    "GaussianNoise",
    "GaussianDropout",
    "AlphaDropout",
    "ActivityRegularization",
    "Identity"
  ],
  emit: identity
};
var dense = {
  classNames: ["Dense"],
  check: (layer) => checkActivation(cfg(layer, "activation")) ?? (weight(layer, "kernel", 0) ? void 0 : "Dense without a kernel weight"),
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const kernel = weight(ctx.layer, "kernel", 0);
    const [units, inDim] = [kernel.shape[1], kernel.shape[0]];
    const inShape = shapeOf(ctx, x2);
    if (inShape[inShape.length - 1] !== inDim) throw shapeError(ctx, `input last dimension ${inShape.at(-1)} but kernel expects ${inDim}`);
    const w = constF(ctx, "MatMul", [units, inDim], permuteData(kernel.data, kernel.shape, [1, 0]));
    const biasWeight = cfg(ctx.layer, "use_bias") === false ? void 0 : weight(ctx.layer, "bias", 1);
    const b = biasWeight ? constF(ctx, "BiasAdd", [units], biasWeight.data) : -1;
    const outShape = [...inShape.slice(0, -1), units];
    const options = { fused_activation_function: "NONE", keep_num_dims: inShape.length > 2 };
    const y = emitOp(ctx, "FULLY_CONNECTED", [x2, w, b], inShape.length > 2 ? outShape : [prod(inShape.slice(0, -1)), units], "MatMul1", options);
    return [applyActivation(ctx, y, cfg(ctx.layer, "activation"))];
  }
};
function shapeError(ctx, message) {
  return new GateError(
    "unsupported",
    `layer "${ctx.layer.name}" (${ctx.layer.className}): ${message}`,
    { where: `layer ${ctx.layer.name}` },
    "The model file is inconsistent with its own layer config; re-save it from Keras."
  );
}
var flatten = {
  classNames: ["Flatten"],
  check: (layer) => channelsFirst(layer) ? 'data_format "channels_first" is not supported' : void 0,
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const shape = shapeOf(ctx, x2);
    if (shape.length === 2) return [x2];
    return [reshape(ctx, x2, [shape[0], prod(shape.slice(1))], "Reshape")];
  }
};
var intList = (value) => Array.isArray(value) && value.every((v) => v === null || Number.isInteger(v));
var reshapeLayer = {
  classNames: ["Reshape"],
  check: (layer) => intList(cfg(layer, "target_shape", "dims")) ? void 0 : "target_shape is missing or not a list of integers",
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const inShape = shapeOf(ctx, x2);
    const target = cfg(ctx.layer, "target_shape", "dims").map((d) => d === null ? -1 : d);
    const known = prod(target.filter((d) => d !== -1));
    const total = prod(inShape.slice(1));
    const resolved = target.map((d) => d === -1 ? total / known : d);
    if (prod(resolved) !== total || !resolved.every(Number.isInteger)) throw shapeError(ctx, `cannot reshape [${inShape.slice(1)}] to [${target}]`);
    return [reshape(ctx, x2, [inShape[0], ...resolved])];
  }
};
var permute = {
  classNames: ["Permute"],
  check: (layer) => intList(cfg(layer, "dims")) ? void 0 : "dims is missing or not a list of integers",
  emit: (ctx) => [transpose(ctx, ctx.inputs[0], [0, ...cfg(ctx.layer, "dims")])]
};
var rescaling = {
  classNames: ["Rescaling"],
  emit: (ctx) => {
    let x2 = ctx.inputs[0];
    const scale = cfg(ctx.layer, "scale") ?? 1;
    const offset = cfg(ctx.layer, "offset") ?? 0;
    if (scale !== 1) x2 = binary(ctx, "MUL", x2, valueConst(ctx, "Cast", scale), "mul");
    if (offset !== 0) x2 = binary(ctx, "ADD", x2, valueConst(ctx, "Cast_1", offset), "add");
    return [x2];
  }
};
function valueConst(ctx, suffix, value) {
  if (typeof value === "number") return scalar(ctx, suffix, value);
  const list = (Array.isArray(value) ? value : [value]).flat(8).map(Number);
  return constF(ctx, suffix, [list.length], list);
}
var layerScale = {
  classNames: ["LayerScale"],
  check: (layer) => layer.weights.length === 1 ? void 0 : `expected 1 weight (gamma), found ${layer.weights.length}`,
  emit: (ctx) => {
    const gamma = ctx.layer.weights[0];
    return [binary(ctx, "MUL", ctx.inputs[0], constF(ctx, "mul/y", gamma.shape, gamma.data), "mul")];
  }
};
var coreLayers = [passThrough, dense, flatten, reshapeLayer, permute, rescaling, layerScale];

// src/convert/attention-args.ts
var ROLES = ["query", "key", "value", "output"];
var WEIGHT_NAME = /(?:^|\/)_?(query|key|value|attention_output|output)(?:_dense)?\/(kernel|bias|vars\/([01]))(?::\d+)?$/;
function roleOf(w) {
  const m = WEIGHT_NAME.exec(w.name);
  if (!m) return void 0;
  const role = m[1] === "attention_output" ? "output" : m[1];
  return { role, bias: m[2] === "bias" || m[3] === "1" };
}
function weightsByRole(layer) {
  const useBias = cfg(layer, "use_bias") !== false;
  const expected = useBias ? 8 : 4;
  if (layer.weights.length !== expected) return `expected ${expected} weights (query, key, value, output kernels${useBias ? " and biases" : ""}), found ${layer.weights.length}`;
  const byRole = /* @__PURE__ */ new Map();
  const named = layer.weights.map(roleOf);
  layer.weights.forEach((w, i2) => {
    const r = named.every(Boolean) ? named[i2] : { role: ROLES[Math.floor(i2 / (useBias ? 2 : 1))], bias: useBias && i2 % 2 === 1 };
    byRole.set(`${r.role}/${r.bias ? "bias" : "kernel"}`, w);
  });
  return byRole.size === expected ? byRole : `weight names ${layer.weights.map((w) => w.name).join(", ")} do not name query, key, value and output once each`;
}
function projection(byRole, role) {
  const kernel = byRole.get(`${role}/kernel`);
  return { kernel: kernel.data, kernelShape: kernel.shape, bias: byRole.get(`${role}/bias`)?.data };
}
function readWeights(layer) {
  const byRole = weightsByRole(layer);
  if (typeof byRole === "string") return byRole;
  const [query, key2, value, output] = ROLES.map((r) => projection(byRole, r));
  const [, heads2, keyDim] = query.kernelShape;
  const valueDim = value.kernelShape[2];
  if (query.kernelShape.length !== 3 || key2.kernelShape.length !== 3 || value.kernelShape.length !== 3 || heads2 === void 0 || keyDim === void 0 || valueDim === void 0) {
    return `query/key/value kernels must be [dim, heads, head_dim], found [${query.kernelShape}], [${key2.kernelShape}], [${value.kernelShape}]`;
  }
  if (key2.kernelShape[1] !== heads2 || key2.kernelShape[2] !== keyDim || value.kernelShape[1] !== heads2) return `key [${key2.kernelShape}] / value [${value.kernelShape}] kernels disagree with query [${query.kernelShape}]`;
  if (output.kernelShape[0] !== heads2 || output.kernelShape[1] !== valueDim) return `output kernel [${output.kernelShape}] does not start with [${heads2}, ${valueDim}]`;
  const numHeads = cfg(layer, "num_heads");
  if (numHeads !== void 0 && numHeads !== heads2) return `num_heads ${JSON.stringify(numHeads)} but the kernels hold ${heads2} heads`;
  return { query, key: key2, value, output, heads: heads2, keyDim, valueDim };
}
function attentionWeights(layer) {
  const w = readWeights(layer);
  if (typeof w === "string") throw new Error(w);
  return w;
}
function tensorRef(value) {
  const history = Array.isArray(value) ? value : value?.class_name === "__keras_tensor__" ? value.config.keras_history : void 0;
  if (!Array.isArray(history) || typeof history[0] !== "string") return void 0;
  return { layer: history[0], nodeIndex: Number(history[1] ?? 0), tensorIndex: Number(history[2] ?? 0) };
}
var sameRef = (a, b) => a.layer === b.layer && a.nodeIndex === b.nodeIndex && a.tensorIndex === b.tensorIndex;
var CALL_ROLES = ["query", "value", "key"];
function callRoles(refs, kwargs) {
  if (refs.length > 3) return `called with ${refs.length} positional tensors (expected query, value[, key])`;
  const roles = [0, 1, 2].map((i2) => i2 < refs.length ? i2 : void 0);
  for (const [i2, role] of CALL_ROLES.entries()) {
    const slot = kwargs?.[role]?.tensorArg;
    if (typeof slot === "number" && slot >= 0 && slot < refs.length) {
      roles[i2] = slot;
      continue;
    }
    const ref = tensorRef(kwargs?.[role]);
    if (!ref) continue;
    const found = refs.findIndex((r) => sameRef(r, ref));
    if (found < 0) return `its ${role} tensor (output of "${ref.layer}") is passed by keyword, which this converter cannot connect yet; call the layer positionally as layer(query, value, key) and save the model again`;
    roles[i2] = found;
  }
  if (roles[0] === void 0 || roles[1] === void 0) return "the call does not name both query and value tensors";
  return [roles[0], roles[1], roles[2] ?? roles[1]];
}
var REFUSED_KWARGS = [
  ["attention_mask", (v) => v !== null && v !== void 0],
  ["query_mask", (v) => v !== null && v !== void 0],
  ["value_mask", (v) => v !== null && v !== void 0],
  ["key_mask", (v) => v !== null && v !== void 0],
  ["use_causal_mask", (v) => v === true],
  ["return_attention_scores", (v) => v === true]
];
function checkCalls(layer) {
  for (const [index2, refs] of layer.inbound.entries()) {
    const kwargs = layer.callKwargs?.[index2];
    const refused = REFUSED_KWARGS.find(([name, bad2]) => bad2(kwargs?.[name]));
    if (refused) return `call argument ${refused[0]} is not supported (only unmasked attention without returned scores converts)`;
    const roles = callRoles(refs, kwargs);
    if (typeof roles === "string") return roles;
  }
  return void 0;
}
function checkConfig(layer) {
  if (cfg(layer, "use_gate") === true) return "use_gate=True is not supported";
  if (cfg(layer, "sliding_window") !== void 0) return "sliding_window is not supported";
  const outputShape = cfg(layer, "output_shape");
  if (outputShape !== void 0 && !Number.isInteger(outputShape) && !(Array.isArray(outputShape) && outputShape.length === 1 && Number.isInteger(outputShape[0]))) {
    return `output_shape ${JSON.stringify(outputShape)} is not supported (only a single output dimension)`;
  }
  const axes2 = cfg(layer, "attention_axes");
  if (axes2 !== void 0 && !(Number.isInteger(axes2) || Array.isArray(axes2) && axes2.every(Number.isInteger))) return `attention_axes ${JSON.stringify(axes2)} is not a list of integers`;
  return void 0;
}
function checkAttention(layer) {
  const weights = readWeights(layer);
  return checkConfig(layer) ?? (typeof weights === "string" ? weights : void 0) ?? checkCalls(layer);
}
function checkAxes(ctx, rank) {
  const value = cfg(ctx.layer, "attention_axes");
  if (value === void 0) return;
  const given = (Array.isArray(value) ? value : [value]).map((a) => a < 0 ? a + rank : a).sort((a, b) => a - b);
  const expected = [...Array(rank - 2).keys()].map((i2) => i2 + 1);
  if (given.join() === expected.join()) return;
  throw new GateError(
    "unsupported",
    `layer "${ctx.layer.name}" (MultiHeadAttention): attention_axes ${JSON.stringify(value)} is not supported for rank-${rank} inputs`,
    { where: `layer ${ctx.layer.name}` },
    `Only the default attention_axes ${JSON.stringify(expected)} (attention over every axis between batch and features) converts.`
  );
}
function attentionRoles(ctx) {
  const call = ctx.callIndex ?? 0;
  const roles = callRoles(ctx.layer.inbound[call] ?? [], ctx.layer.callKwargs?.[call]);
  if (typeof roles === "string") throw shapeError(ctx, roles);
  const [query, value, key2] = roles.map((i2) => ctx.inputs[i2]);
  checkAxes(ctx, ctx.builder.tensor(query).shape.length);
  return { query, value, key: key2 };
}

// src/convert/einsum-dense.ts
function denseEinsum(equation) {
  const m = /^([a-z.]+),([a-z]+)->([a-z.]+)$/.exec(equation.replace(/\s+/g, ""));
  if (!m) return `equation "${equation}" is not of the form input,kernel->output`;
  const [, input, kernel, output] = m;
  const inLetters = input.replace("...", "");
  const contracted = [...inLetters].filter((c) => kernel.includes(c) && !output.includes(c)).join("");
  const free = kernel.slice(contracted.length);
  const kept = input.slice(0, input.length - contracted.length);
  const ok = contracted.length > 0 && input.endsWith(contracted) && kernel.startsWith(contracted) && output === kept + free && ![...free].some((c) => input.includes(c));
  return ok ? { contracted: contracted.length, free } : `equation "${equation}" is not a dense projection (input's trailing axes contracted with the kernel's leading axes)`;
}
function biasReason(layer, spec) {
  const axes2 = str(layer, "bias_axes", "");
  if (axes2 === "" || axes2 === spec.free) return void 0;
  return `bias_axes "${axes2}" is not supported (only none or all of the kernel's output axes "${spec.free}")`;
}
var einsumDense = {
  classNames: ["EinsumDense"],
  check: (layer) => {
    const spec = denseEinsum(str(layer, "equation", ""));
    if (typeof spec === "string") return spec;
    if (!weight(layer, "kernel", 0)) return "EinsumDense without a kernel weight";
    return biasReason(layer, spec) ?? checkActivation(cfg(layer, "activation"));
  },
  emit: (ctx) => {
    const spec = denseEinsum(str(ctx.layer, "equation", ""));
    const kernel = weight(ctx.layer, "kernel", 0);
    const inDim = prod(kernel.shape.slice(0, spec.contracted));
    const freeShape = kernel.shape.slice(spec.contracted);
    const units = prod(freeShape);
    const x2 = ctx.inputs[0];
    const inShape = shapeOf(ctx, x2);
    const kept = inShape.slice(0, inShape.length - spec.contracted);
    if (prod(inShape.slice(kept.length)) !== inDim) throw shapeError(ctx, `input [${inShape}] does not match kernel [${kernel.shape}] for "${str(ctx.layer, "equation", "")}"`);
    const w = constF(ctx, "kernel", [units, inDim], permuteData(kernel.data, [inDim, units], [1, 0]));
    const biasW = str(ctx.layer, "bias_axes", "") === "" ? void 0 : weight(ctx.layer, "bias", 1);
    const b = biasW ? constF(ctx, "bias", [units], biasW.data) : -1;
    const direct = spec.contracted === 1 && freeShape.length === 1 && kept.length >= 2;
    const options = { fused_activation_function: "NONE", keep_num_dims: direct };
    const fcShape = direct ? [...kept, units] : [prod(kept), units];
    const fc = emitOp(ctx, "FULLY_CONNECTED", [x2, w, b], fcShape, "einsum/Einsum", options);
    const y = applyActivation(ctx, fc, cfg(ctx.layer, "activation"));
    const outShape = [...kept, ...freeShape];
    return [fcShape.join() === outShape.join() ? y : reshape(ctx, y, outShape, "einsum/Reshape")];
  }
};

// src/convert/attention.ts
function project(ctx, x2, kernel, bias2, outDim, name, scale = 1) {
  const inShape = shapeOf(ctx, x2);
  const inDim = inShape.at(-1);
  if (kernel.length !== inDim * outDim) throw shapeError(ctx, `${name} kernel has ${kernel.length} values, expected ${inDim}\xD7${outDim} for input [${inShape}]`);
  const w = permuteData(kernel, [inDim, outDim], [1, 0]).map((v) => v * scale);
  const wId = constF(ctx, `${name}/kernel`, [outDim, inDim], w);
  const bId = bias2 ? constF(ctx, `${name}/bias`, [outDim], bias2.map((v) => v * scale)) : -1;
  const rows = prod(inShape.slice(0, -1));
  return emitOp(ctx, "FULLY_CONNECTED", [x2, wId, bId], [rows, outDim], `${name}/MatMul`, { fused_activation_function: "NONE", keep_num_dims: false });
}
function heads(ctx, x2, w, h, dim, name, scale = 1, keyLayout = false) {
  const shape = shapeOf(ctx, x2);
  const n = prod(shape.slice(1, -1));
  const flat = project(ctx, x2, w.kernel, w.bias, h * dim, name, scale);
  const split3 = reshape(ctx, flat, [shape[0], n, h, dim], `${name}/Reshape`);
  return transpose(ctx, split3, keyLayout ? [0, 2, 3, 1] : [0, 2, 1, 3], `${name}/transpose`);
}
function emitAttention(ctx) {
  const { query, value, key: key2 } = attentionRoles(ctx);
  const w = attentionWeights(ctx.layer);
  const h = w.heads;
  const qShape = shapeOf(ctx, query);
  const [batch, nq] = [qShape[0], prod(qShape.slice(1, -1))];
  const nk = prod(shapeOf(ctx, key2).slice(1, -1));
  if (nk !== prod(shapeOf(ctx, value).slice(1, -1))) throw shapeError(ctx, `key [${shapeOf(ctx, key2)}] and value [${shapeOf(ctx, value)}] differ in length`);
  const q = heads(ctx, query, w.query, h, w.keyDim, "query", 1 / Math.sqrt(w.keyDim));
  const k = heads(ctx, key2, w.key, h, w.keyDim, "key", 1, true);
  const v = heads(ctx, value, w.value, h, w.valueDim, "value");
  const noAdj = { adj_x: false, adj_y: false, asymmetric_quantize_inputs: false };
  const scores = emitOp(ctx, "BATCH_MATMUL", [q, k], [batch, h, nq, nk], "einsum/Einsum", noAdj);
  const probs = emitOp(ctx, "SOFTMAX", [scores], [batch, h, nq, nk], "softmax/Softmax", { beta: 1 });
  const context = emitOp(ctx, "BATCH_MATMUL", [probs, v], [batch, h, nq, w.valueDim], "einsum_1/Einsum", noAdj);
  const merged = reshape(ctx, transpose(ctx, context, [0, 2, 1, 3], "attention_output/transpose"), [batch, ...qShape.slice(1, -1), h * w.valueDim], "attention_output/Reshape");
  const outDim = w.output.kernel.length / (h * w.valueDim);
  const outW = constF(ctx, "attention_output/kernel", [outDim, h * w.valueDim], permuteData(w.output.kernel, [h * w.valueDim, outDim], [1, 0]));
  const outB = w.output.bias ? constF(ctx, "attention_output/bias", [outDim], w.output.bias) : -1;
  const outShape = [batch, ...qShape.slice(1, -1), outDim];
  const keep = outShape.length > 2;
  return [emitOp(ctx, "FULLY_CONNECTED", [merged, outW, outB], outShape, "attention_output/MatMul", { fused_activation_function: "NONE", keep_num_dims: keep })];
}
var multiHeadAttention = {
  classNames: ["MultiHeadAttention"],
  check: checkAttention,
  emit: emitAttention
};
var attentionLayers = [multiHeadAttention, einsumDense];

// src/convert/conv.ts
function outSize(size, kernel, stride, dilation, pad2) {
  const effective2 = (kernel - 1) * dilation + 1;
  return pad2 === "same" ? Math.ceil(size / stride) : Math.floor((size - effective2) / stride) + 1;
}
function checkConv(layer) {
  if (channelsFirst(layer)) return 'data_format "channels_first" is not supported';
  const groups = num(layer, "groups", 1);
  if (groups !== 1 && !(Number.isInteger(groups) && groups > 1 && (layer.className.startsWith("Conv") || layer.className.startsWith("Convolution")))) {
    return `groups=${groups} is not supported`;
  }
  if (groups > 1 && layer.weights[0] && layer.weights[0].shape.at(-1) % groups !== 0) return `groups=${groups} does not divide the ${layer.weights[0].shape.at(-1)} filters`;
  if (!["same", "valid", "causal"].includes(padding(layer))) return `padding "${padding(layer)}" is not supported`;
  if (padding(layer) === "causal" && !layer.className.includes("1D")) return "causal padding outside Conv1D";
  const needed = layer.className.startsWith("Separable") ? 2 : 1;
  if (layer.weights.length < needed) return `expected its kernel weights, found ${layer.weights.length} weight tensors`;
  return checkActivation(cfg(layer, "activation"));
}
function geometry(layer, rank) {
  return { stride: tuple(layer, ["strides", "subsample"], rank, 1), dilation: tuple(layer, ["dilation_rate"], rank, 1), pad: padding(layer) };
}
function biasConst(ctx, n, index2, suffix = "BiasAdd") {
  const b = cfg(ctx.layer, "use_bias") === false ? void 0 : weight(ctx.layer, "bias", index2);
  return constF(ctx, suffix, [n], b ? b.data : new Float32Array(n));
}
function conv2d(ctx, x2, kernel, bias2, g) {
  const [kh, kw, cin, cout] = kernel.shape;
  const inShape = shapeOf(ctx, x2);
  const w = constF(ctx, "convolution", [cout, kh, kw, cin], permuteData(kernel.data, kernel.shape, [3, 0, 1, 2]));
  const pad2 = g.pad === "same" ? "same" : "valid";
  const outShape = [inShape[0], outSize(inShape[1], kh, g.stride[0], g.dilation[0], pad2), outSize(inShape[2], kw, g.stride[1], g.dilation[1], pad2), cout];
  return emitOp(ctx, "CONV_2D", [x2, w, bias2], outShape, "BiasAdd1", {
    padding: pad2.toUpperCase(),
    stride_h: g.stride[0],
    stride_w: g.stride[1],
    dilation_h_factor: g.dilation[0],
    dilation_w_factor: g.dilation[1],
    fused_activation_function: "NONE"
  });
}
function depthwise(ctx, x2, kernel, bias2, g) {
  const [kh, kw, cin, mult] = kernel.shape;
  const inShape = shapeOf(ctx, x2);
  const w = constF(ctx, "depthwise", [1, kh, kw, cin * mult], kernel.data);
  const pad2 = g.pad === "same" ? "same" : "valid";
  const outShape = [inShape[0], outSize(inShape[1], kh, g.stride[0], g.dilation[0], pad2), outSize(inShape[2], kw, g.stride[1], g.dilation[1], pad2), cin * mult];
  return emitOp(ctx, "DEPTHWISE_CONV_2D", [x2, w, bias2], outShape, "depthwise1", {
    padding: pad2.toUpperCase(),
    stride_h: g.stride[0],
    stride_w: g.stride[1],
    depth_multiplier: mult,
    dilation_h_factor: g.dilation[0],
    dilation_w_factor: g.dilation[1],
    fused_activation_function: "NONE"
  });
}
var activate = (ctx, y) => applyActivation(ctx, y, cfg(ctx.layer, "activation"));
var lift = (k) => ({ data: k.data, shape: [1, ...k.shape] });
function as1d(ctx, g1, kernelSize, body) {
  let x2 = ctx.inputs[0];
  const g = { stride: [1, g1.stride[0]], dilation: [1, g1.dilation[0]], pad: g1.pad === "causal" ? "valid" : g1.pad };
  if (g1.pad === "causal") {
    const left = (kernelSize - 1) * g1.dilation[0];
    const s2 = shapeOf(ctx, x2);
    x2 = emitOp(ctx, "PAD", [x2, constI(ctx, "Pad/paddings", [0, 0, left, 0, 0, 0], [3, 2])], [s2[0], s2[1] + left, s2[2]], "Pad");
  }
  const y = body(expandDims(ctx, x2, 1, "ExpandDims"), g);
  const s = shapeOf(ctx, y);
  return reshape(ctx, y, [s[0], s[2], s[3]], "Squeeze");
}
function convOrDepthwise(ctx, x2, kernel, bias2, g) {
  const [kh, kw, perGroup, cout] = kernel.shape;
  const groups = num(ctx.layer, "groups", 1);
  if (groups > 1 && perGroup === 1) return depthwise(ctx, x2, { data: kernel.data, shape: [kh, kw, groups, cout / groups] }, bias2, g);
  return conv2d(ctx, x2, kernel, bias2, g);
}
var conv = {
  classNames: ["Conv2D", "Convolution2D", "Conv1D", "Convolution1D"],
  check: checkConv,
  emit: (ctx) => {
    const kernel = weight(ctx.layer, "kernel", 0);
    const is1d = kernel.shape.length === 3;
    const cout = kernel.shape[kernel.shape.length - 1];
    const run2 = (x2, g) => activate(ctx, convOrDepthwise(ctx, x2, is1d ? lift(kernel) : kernel, biasConst(ctx, cout, 1), g));
    return [is1d ? as1d(ctx, geometry(ctx.layer, 1), kernel.shape[0], run2) : run2(ctx.inputs[0], geometry(ctx.layer, 2))];
  }
};
var depthwiseConv = {
  classNames: ["DepthwiseConv2D", "DepthwiseConv1D"],
  check: checkConv,
  emit: (ctx) => {
    const kernel = weight(ctx.layer, "depthwise_kernel", 0) ?? weight(ctx.layer, "kernel", 0);
    const is1d = kernel.shape.length === 3;
    const channels = kernel.shape.at(-2) * kernel.shape.at(-1);
    const run2 = (x2, g) => activate(ctx, depthwise(ctx, x2, is1d ? lift(kernel) : kernel, biasConst(ctx, channels, 1), g));
    return [is1d ? as1d(ctx, geometry(ctx.layer, 1), kernel.shape[0], run2) : run2(ctx.inputs[0], geometry(ctx.layer, 2))];
  }
};
var separableConv = {
  classNames: ["SeparableConv2D", "SeparableConvolution2D", "SeparableConv1D", "SeparableConvolution1D"],
  check: checkConv,
  emit: (ctx) => {
    const dw = weight(ctx.layer, "depthwise_kernel", 0);
    const pw = weight(ctx.layer, "pointwise_kernel", 1);
    const is1d = dw.shape.length === 3;
    const mid = dw.shape.at(-2) * dw.shape.at(-1);
    const cout = pw.shape.at(-1);
    const pointwise = { data: pw.data, shape: [1, 1, mid, cout] };
    const run2 = (x2, g) => {
      const d = depthwise(ctx, x2, is1d ? lift(dw) : dw, constF(ctx, "separable_conv2d/bias", [mid], new Float32Array(mid)), g);
      return activate(ctx, conv2d(ctx, d, pointwise, biasConst(ctx, cout, 2), { stride: [1, 1], dilation: [1, 1], pad: "valid" }));
    };
    return [is1d ? as1d(ctx, geometry(ctx.layer, 1), dw.shape[0], run2) : run2(ctx.inputs[0], geometry(ctx.layer, 2))];
  }
};
function transposeConv(ctx, x2, kernel, g) {
  const [kh, kw, cout, cin] = kernel.shape;
  const s = shapeOf(ctx, x2);
  const size = (n, k, st) => g.pad === "same" ? n * st : (n - 1) * st + k;
  const outShape = [s[0], size(s[1], kh, g.stride[0]), size(s[2], kw, g.stride[1]), cout];
  const w = constF(ctx, "conv_transpose", [cout, kh, kw, cin], permuteData(kernel.data, kernel.shape, [2, 0, 1, 3]));
  const shape = ctx.options.dynamicBatch ? dynamicOutputShape(ctx, x2, outShape) : constI(ctx, "conv_transpose/input_sizes", outShape);
  const y = emitOp(ctx, "TRANSPOSE_CONV", [shape, w, x2, biasConst(ctx, cout, 1)], outShape, "BiasAdd1", {
    padding: g.pad.toUpperCase(),
    stride_h: g.stride[0],
    stride_w: g.stride[1],
    fused_activation_function: "NONE"
  });
  return activate(ctx, y);
}
var convTranspose = {
  classNames: ["Conv2DTranspose", "Convolution2DTranspose", "Deconvolution2D", "Conv1DTranspose", "Convolution1DTranspose"],
  check: (layer) => {
    const outputPadding = cfg(layer, "output_padding");
    if (outputPadding !== void 0 && tuple(layer, "output_padding", 2, 0).some((v) => v !== 0)) return "output_padding is not supported";
    if (tuple(layer, "dilation_rate", 2, 1).some((d) => d !== 1)) return "dilated transpose convolution is not supported";
    return checkConv(layer);
  },
  emit: (ctx) => {
    const kernel = weight(ctx.layer, "kernel", 0);
    if (kernel.shape.length === 4) return [transposeConv(ctx, ctx.inputs[0], kernel, geometry(ctx.layer, 2))];
    return [as1d(ctx, geometry(ctx.layer, 1), kernel.shape[0], (x2, g) => transposeConv(ctx, x2, lift(kernel), g))];
  }
};
function dynamicOutputShape(ctx, x2, outShape) {
  const rank = shapeOf(ctx, x2).length;
  const shape = emitOp(ctx, "SHAPE", [x2], [rank], "Shape", { out_type: "INT32" }, "int32");
  const slice2 = [constI(ctx, "strided_slice/stack", [0]), constI(ctx, "strided_slice/stack_1", [1]), constI(ctx, "strided_slice/stack_2", [1])];
  const batch = emitOp(ctx, "STRIDED_SLICE", [shape, ...slice2], [], "strided_slice", { shrink_axis_mask: 1 }, "int32");
  const dims = outShape.slice(1).map((d, i2) => constI(ctx, `conv_transpose/input_sizes/${i2 + 1}`, [d], []));
  return emitOp(ctx, "PACK", [batch, ...dims], [outShape.length], "conv_transpose/input_sizes", { values_count: outShape.length, axis: 0 }, "int32");
}
var convLayers = [conv, depthwiseConv, separableConv, convTranspose];

// src/keras/json.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function badModel(message, where2, hint) {
  return new GateError("bad-model", message, { where: where2 }, hint ?? "the file is damaged or was not written by Keras; save the model again");
}
function jsonDepth(text) {
  let depth = 0;
  let max2 = 0;
  for (let i2 = 0; i2 < text.length; i2++) {
    const c = text.charCodeAt(i2);
    if (c === 34) {
      for (i2++; i2 < text.length && text.charCodeAt(i2) !== 34; i2++) if (text.charCodeAt(i2) === 92) i2++;
    } else if (c === 123 || c === 91) max2 = Math.max(max2, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max2;
}
function parseJsonText(text, where2, maxDepth = DEFAULT_LIMITS.configDepth) {
  const depth = jsonDepth(text);
  if (depth > maxDepth) {
    throw new GateError("bad-model", `the JSON nests ${depth} levels deep, over ${limitName("configDepth", maxDepth)}`, { where: where2 }, limitHint("configDepth"));
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badModel(`invalid JSON (${excerpt(error instanceof Error ? error.message : String(error), 120)})`, where2);
  }
  if (!isObject(value)) throw badModel("expected a JSON object", where2);
  return value;
}
function attrString(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === "string") return value[0];
  return void 0;
}
function attrStrings(value) {
  if (typeof value === "string") return value ? [value] : [];
  if (Array.isArray(value)) return value.filter((item) => typeof item === "string");
  return [];
}

// src/convert/op-table.ts
var isConstant = (o) => typeof o === "object" && o !== null && !Array.isArray(o);
function tensorOf(call, o, suffix) {
  if (typeof o === "number") return o;
  if (isConstant(o)) return o.shape.length === 0 ? scalar(call.ctx, suffix, o.data[0]) : constF(call.ctx, suffix, o.shape, o.data);
  throw new Error(`operand ${JSON.stringify(o)} is not a tensor`);
}
var NONE = { fused_activation_function: "NONE" };
function binaryOp(type, suffix, fused) {
  return {
    arity: 2,
    emit: (call) => {
      const [a, b] = call.operands;
      if (type === "DIV" && typeof a === "number" && isConstant(b) && b.data.every((v) => v !== 0)) {
        const reciprocal = { shape: b.shape, data: b.data.map((v) => 1 / v) };
        return binary(call.ctx, "MUL", a, tensorOf(call, reciprocal, "truediv/y"), "truediv", NONE);
      }
      const x2 = tensorOf(call, a, `${suffix}/x`);
      const y = tensorOf(call, b, `${suffix}/y`);
      return binary(call.ctx, type, x2, y, suffix, fused ? NONE : void 0);
    }
  };
}
function unaryOp(type, suffix, options) {
  return { arity: 1, emit: (call) => unary(call.ctx, type, tensorOf(call, call.operands[0], "x"), suffix, options) };
}
function activation2(name) {
  return { arity: 1, emit: (call) => ACTIVATIONS[name](call.ctx, tensorOf(call, call.operands[0], "x")) };
}
function axesOf(value, rank) {
  if (value === void 0 || value === null) return [...Array(rank).keys()];
  const list = Array.isArray(value) ? value : [value];
  return list.map((a) => a < 0 ? a + rank : a).sort((a, b) => a - b);
}
var isAxisValue = (v) => v === void 0 || v === null || Number.isInteger(v) || Array.isArray(v) && v.every(Number.isInteger);
function reduction(type, suffix) {
  return {
    arity: 1,
    check: (param) => isAxisValue(param("axis")) ? void 0 : `axis ${JSON.stringify(param("axis"))} is not supported`,
    emit: (call) => {
      const x2 = tensorOf(call, call.operands[0], "x");
      const inShape = shapeOf(call.ctx, x2);
      const axes2 = axesOf(call.param("axis"), inShape.length);
      const keep = call.param("keepdims") === true;
      const outShape = inShape.flatMap((d, i2) => axes2.includes(i2) ? keep ? [1] : [] : [d]);
      return emitOp(call.ctx, type, [x2, constI(call.ctx, `${suffix}/reduction_indices`, axes2)], outShape, suffix, { keep_dims: keep });
    }
  };
}
var reshapeOp = {
  arity: 1,
  check: (param) => {
    const shape = param("shape");
    return Array.isArray(shape) && shape.every((d) => d === null || Number.isInteger(d)) ? void 0 : `new shape ${JSON.stringify(shape)} is not supported`;
  },
  emit: (call) => {
    const x2 = tensorOf(call, call.operands[0], "x");
    const inShape = shapeOf(call.ctx, x2);
    const spec = call.param("shape").map((d, i2) => d === null ? i2 === 0 ? inShape[0] : -1 : d);
    const known = prod(spec.filter((d) => d !== -1));
    return reshape(call.ctx, x2, spec.map((d) => d === -1 ? prod(inShape) / known : d));
  }
};
var transposeOp = {
  arity: 1,
  emit: (call) => {
    const x2 = tensorOf(call, call.operands[0], "x");
    const rank = shapeOf(call.ctx, x2).length;
    const perm = call.param("perm");
    return transpose(call.ctx, x2, Array.isArray(perm) ? perm.map((p) => p < 0 ? p + rank : p) : [...Array(rank).keys()].reverse());
  }
};
var expandDimsOp = {
  arity: 1,
  check: (param) => Number.isInteger(param("axis")) ? void 0 : `expand_dims axis ${JSON.stringify(param("axis"))} is not supported (one integer axis)`,
  emit: (call) => {
    const x2 = tensorOf(call, call.operands[0], "x");
    const shape = [...shapeOf(call.ctx, x2)];
    const axis2 = call.param("axis");
    const at = axis2 < 0 ? axis2 + shape.length + 1 : axis2;
    shape.splice(at, 0, 1);
    return reshape(call.ctx, x2, shape, "ExpandDims");
  }
};
var squeezeOp = {
  arity: 1,
  check: (param) => isAxisValue(param("axis")) ? void 0 : `axis ${JSON.stringify(param("axis"))} is not supported`,
  emit: (call) => {
    const x2 = tensorOf(call, call.operands[0], "x");
    const inShape = shapeOf(call.ctx, x2);
    const given = call.param("axis");
    const axes2 = given === void 0 || given === null ? inShape.flatMap((d, i2) => d === 1 && i2 > 0 ? [i2] : []) : axesOf(given, inShape.length);
    return reshape(call.ctx, x2, inShape.filter((_, i2) => !axes2.includes(i2)), "Squeeze");
  }
};
var concatenateOp = {
  arity: 1,
  check: (param) => param("axis") === void 0 || Number.isInteger(param("axis")) ? void 0 : `concatenate axis ${JSON.stringify(param("axis"))} is not supported (one integer axis)`,
  emit: (call) => {
    const first = call.operands[0];
    const values = Array.isArray(first) ? first : call.operands;
    const ids = values.map((v, i2) => tensorOf(call, v, `concat/values_${i2}`));
    const shapes = ids.map((id) => shapeOf(call.ctx, id));
    const rank = shapes[0].length;
    const given = call.param("axis") ?? 0;
    const axis2 = given < 0 ? given + rank : given;
    const outShape = [...shapes[0]];
    outShape[axis2] = shapes.reduce((sum, s) => sum + s[axis2], 0);
    return emitOp(call.ctx, "CONCATENATION", ids, outShape, "concat", { axis: axis2, fused_activation_function: "NONE" });
  }
};
var clipOp = {
  arity: 1,
  check: (param) => typeof param("min") === "number" && typeof param("max") === "number" ? void 0 : "clip bounds that are not numeric constants are not supported",
  emit: (call) => {
    const x2 = tensorOf(call, call.operands[0], "x");
    const low = binary(call.ctx, "MAXIMUM", x2, scalar(call.ctx, "clip/Maximum/y", call.param("min")), "clip/Maximum");
    return binary(call.ctx, "MINIMUM", low, scalar(call.ctx, "clip/Minimum/y", call.param("max")), "clip");
  }
};
var softmaxOp = {
  arity: 1,
  check: (param) => param("axis") === void 0 || param("axis") === -1 ? void 0 : `softmax over axis ${JSON.stringify(param("axis"))} is not supported (only the last axis)`,
  emit: (call) => unary(call.ctx, "SOFTMAX", tensorOf(call, call.operands[0], "x"), "Softmax", { beta: 1 })
};
var geluOp = {
  arity: 1,
  emit: (call) => unary(call.ctx, "GELU", tensorOf(call, call.operands[0], "x"), "Gelu", { approximate: call.param("approximate") === true })
};
function comparison(type, suffix) {
  return {
    arity: 2,
    emit: (call) => {
      const x2 = tensorOf(call, call.operands[0], `${suffix}/x`);
      const y = tensorOf(call, call.operands[1], `${suffix}/y`);
      return emitOp(call.ctx, type, [x2, y], broadcastShape(shapeOf(call.ctx, x2), shapeOf(call.ctx, y)), suffix, void 0, "bool");
    }
  };
}
var whereOp = {
  arity: 3,
  emit: (call) => {
    const [c, x2, y] = [tensorOf(call, call.operands[0], "cond"), tensorOf(call, call.operands[1], "SelectV2/t"), tensorOf(call, call.operands[2], "SelectV2/e")];
    const shape = broadcastShape(broadcastShape(shapeOf(call.ctx, c), shapeOf(call.ctx, x2)), shapeOf(call.ctx, y));
    return emitOp(call.ctx, "SELECT_V2", [c, x2, y], shape, "SelectV2");
  }
};
var OP_TABLE = {
  add: binaryOp("ADD", "add", true),
  subtract: binaryOp("SUB", "sub", true),
  multiply: binaryOp("MUL", "mul", true),
  divide: binaryOp("DIV", "truediv", true),
  maximum: binaryOp("MAXIMUM", "Maximum", false),
  minimum: binaryOp("MINIMUM", "Minimum", false),
  power: binaryOp("POW", "pow", false),
  sqrt: unaryOp("SQRT", "Sqrt"),
  square: unaryOp("SQUARE", "Square"),
  abs: unaryOp("ABS", "Abs"),
  negative: unaryOp("NEG", "Neg"),
  exp: unaryOp("EXP", "Exp"),
  log: unaryOp("LOG", "Log"),
  tanh: activation2("tanh"),
  sigmoid: activation2("sigmoid"),
  relu: activation2("relu"),
  relu6: activation2("relu6"),
  silu: activation2("silu"),
  hard_sigmoid: activation2("hard_sigmoid"),
  hard_silu: activation2("hard_silu"),
  softmax: softmaxOp,
  gelu: geluOp,
  mean: reduction("MEAN", "Mean"),
  sum: reduction("SUM", "Sum"),
  max: reduction("REDUCE_MAX", "Max"),
  min: reduction("REDUCE_MIN", "Min"),
  reshape: reshapeOp,
  transpose: transposeOp,
  expand_dims: expandDimsOp,
  squeeze: squeezeOp,
  concatenate: concatenateOp,
  clip: clipOp,
  greater: comparison("GREATER", "Greater"),
  greater_equal: comparison("GREATER_EQUAL", "GreaterEqual"),
  less: comparison("LESS", "Less"),
  less_equal: comparison("LESS_EQUAL", "LessEqual"),
  equal: comparison("EQUAL", "Equal"),
  not_equal: comparison("NOT_EQUAL", "NotEqual"),
  where: whereOp
};

// src/convert/keras-ops.ts
var KERAS_OP_MODULES = ["keras.src.ops.numpy", "keras.src.ops.nn", "keras.src.ops.math", "keras.src.ops.core"];
var KERAS3_OPS = {
  Add: "add",
  Subtract: "subtract",
  Multiply: "multiply",
  TrueDivide: "divide",
  Divide: "divide",
  Maximum: "maximum",
  Minimum: "minimum",
  Power: "power",
  Sqrt: "sqrt",
  Square: "square",
  Absolute: "abs",
  Abs: "abs",
  Negative: "negative",
  Exp: "exp",
  Log: "log",
  Tanh: "tanh",
  Sigmoid: "sigmoid",
  Relu: "relu",
  Relu6: "relu6",
  Silu: "silu",
  Swish: "silu",
  HardSigmoid: "hard_sigmoid",
  HardSilu: "hard_silu",
  HardSwish: "hard_silu",
  Softmax: "softmax",
  Gelu: "gelu",
  Mean: "mean",
  Sum: "sum",
  Max: "max",
  Min: "min",
  Reshape: "reshape",
  Transpose: "transpose",
  ExpandDims: "expand_dims",
  Squeeze: "squeeze",
  Concatenate: "concatenate",
  Clip: "clip",
  Greater: "greater",
  GreaterEqual: "greater_equal",
  Less: "less",
  LessEqual: "less_equal",
  Equal: "equal",
  NotEqual: "not_equal",
  Where: "where"
};
var KERAS3_PARAMS = { newshape: "shape", axes: "perm", x_min: "min", x_max: "max" };
var TF_OPS = {
  "__operators__.add": "add",
  "math.add": "add",
  "math.subtract": "subtract",
  "math.multiply": "multiply",
  "math.truediv": "divide",
  "math.divide": "divide",
  "math.maximum": "maximum",
  "math.minimum": "minimum",
  "math.pow": "power",
  "math.sqrt": "sqrt",
  "math.square": "square",
  "math.abs": "abs",
  "math.negative": "negative",
  "math.exp": "exp",
  "math.log": "log",
  "math.tanh": "tanh",
  "nn.tanh": "tanh",
  "math.sigmoid": "sigmoid",
  "nn.sigmoid": "sigmoid",
  "nn.relu": "relu",
  "nn.relu6": "relu6",
  "nn.silu": "silu",
  "nn.swish": "silu",
  "nn.softmax": "softmax",
  "math.softmax": "softmax",
  "nn.gelu": "gelu",
  "math.reduce_mean": "mean",
  "math.reduce_sum": "sum",
  "math.reduce_max": "max",
  "math.reduce_min": "min",
  reshape: "reshape",
  transpose: "transpose",
  "compat.v1.transpose": "transpose",
  expand_dims: "expand_dims",
  squeeze: "squeeze",
  concat: "concatenate",
  clip_by_value: "clip",
  "math.greater": "greater",
  "math.greater_equal": "greater_equal",
  "math.less": "less",
  "math.less_equal": "less_equal",
  "math.equal": "equal",
  "math.not_equal": "not_equal"
};
var TF_PARAMS = { clip_value_min: "min", clip_value_max: "max" };
function constantOf(value) {
  if (typeof value === "number" || typeof value === "boolean") return { shape: [], data: [Number(value)] };
  if (isObject(value) && isObject(value.config) && "value" in value.config) return constantOf(value.config.value);
  if (!Array.isArray(value) || value.length === 0) return void 0;
  const items = value.map(constantOf);
  if (items.some((c) => !c || JSON.stringify(c.shape) !== JSON.stringify(items[0].shape))) return void 0;
  return { shape: [value.length, ...items[0].shape], data: items.flatMap((c) => c.data) };
}
var isTensorArg = (value) => isObject(value) && typeof value.tensorArg === "number";
function operandOf(value, inputs) {
  if (isTensorArg(value)) return inputs[value.tensorArg] ?? -1;
  if (Array.isArray(value) && value.some((v) => isTensorArg(v) || Array.isArray(v))) {
    const list = value.map((v) => operandOf(v, inputs));
    return list.every((o) => o !== void 0) ? list : void 0;
  }
  return constantOf(value);
}
function keras3Operands(layer, call, inputs) {
  const args = layer.callArgs?.[call];
  return args ? args.map((a) => operandOf(a, inputs)) : inputs;
}
function keras3Param(layer) {
  return (name) => {
    const key2 = Object.keys(layer.config).find((k) => (KERAS3_PARAMS[k] ?? k) === name);
    return key2 === void 0 ? void 0 : layer.config[key2];
  };
}
function checkOperands(operands, arity, what) {
  if (operands.length < arity) return `${what} needs ${arity} operands, the file records ${operands.length}`;
  const used = operands.slice(0, arity);
  const bad2 = used.findIndex((o) => o === void 0);
  if (bad2 >= 0) return `argument ${bad2 + 1} of ${what} is neither a tensor nor a numeric constant (not supported)`;
  if (!used.some((o) => typeof o === "number" || Array.isArray(o))) return `${what} has no tensor operand`;
  return void 0;
}
var keras3Op = {
  classNames: Object.keys(KERAS3_OPS),
  modules: KERAS_OP_MODULES,
  check: (layer) => {
    const spec = OP_TABLE[KERAS3_OPS[layer.className]];
    for (let call = 0; call < layer.inbound.length; call++) {
      const problem = checkOperands(keras3Operands(layer, call, layer.inbound[call].map((_, i2) => i2)), spec.arity, layer.className);
      if (problem) return problem;
    }
    return spec.check?.(keras3Param(layer));
  },
  emit: (ctx) => [run(ctx, KERAS3_OPS[ctx.layer.className], keras3Operands(ctx.layer, ctx.callIndex ?? 0, ctx.inputs), keras3Param(ctx.layer))]
};
var tfFunction = (layer) => String(layer.config.function ?? "");
function tfKwargs(layer, call) {
  return layer.callKwargs?.[call] ?? {};
}
function tfOperands(layer, call, inputs) {
  const kwargs = tfKwargs(layer, call);
  const firstCount = inputs.length - Object.values(kwargs).filter(isTensorArg).length;
  const first = firstCount === 1 ? inputs[0] : inputs.slice(0, firstCount);
  return "y" in kwargs ? [first, operandOf(kwargs.y, inputs)] : [first];
}
function tfParam(layer, call) {
  const kwargs = tfKwargs(layer, call);
  return (name) => {
    const key2 = Object.keys(kwargs).find((k) => (TF_PARAMS[k] ?? k) === name);
    return key2 === void 0 ? void 0 : kwargs[key2];
  };
}
var tfOpLambda = {
  classNames: ["TFOpLambda"],
  check: (layer) => {
    const op = TF_OPS[tfFunction(layer)];
    if (!op) return `TensorFlow function "${tfFunction(layer)}" is not among the ops converted (${Object.keys(TF_OPS).sort().join(", ")})`;
    const spec = OP_TABLE[op];
    for (let call = 0; call < layer.inbound.length; call++) {
      const problem = checkOperands(tfOperands(layer, call, layer.inbound[call].map((_, i2) => i2)), spec.arity, tfFunction(layer)) ?? spec.check?.(tfParam(layer, call));
      if (problem) return problem;
    }
    return void 0;
  },
  emit: (ctx) => {
    const call = ctx.callIndex ?? 0;
    return [run(ctx, TF_OPS[tfFunction(ctx.layer)], tfOperands(ctx.layer, call, ctx.inputs), tfParam(ctx.layer, call))];
  }
};
function run(ctx, op, operands, param) {
  return OP_TABLE[op].emit({ ctx, operands, param });
}
var kerasOpLayers = [keras3Op, tfOpLambda];

// src/convert/merge.ts
function chain(ctx, type, suffix) {
  let acc = ctx.inputs[0];
  ctx.inputs.slice(1).forEach((x2, i2) => {
    acc = binary(ctx, type, acc, x2, i2 === 0 ? suffix : `${suffix}_${i2}`, type === "ADD" || type === "SUB" || type === "MUL" ? { fused_activation_function: "NONE" } : {});
  });
  return acc;
}
var elementwise = (type, classNames, suffix) => ({
  classNames,
  check: (layer) => layer.inbound.every((call) => call.length >= 2) ? void 0 : `${layer.className} needs at least two inputs`,
  emit: (ctx) => [chain(ctx, type, suffix)]
});
var average = {
  classNames: ["Average"],
  emit: (ctx) => [binary(ctx, "MUL", chain(ctx, "ADD", "add"), scalar(ctx, "truediv/y", 1 / ctx.inputs.length), "truediv", { fused_activation_function: "NONE" })]
};
var subtract = {
  classNames: ["Subtract"],
  check: (layer) => layer.inbound.every((call) => call.length === 2) ? void 0 : "Subtract needs exactly two inputs",
  emit: (ctx) => [chain(ctx, "SUB", "sub")]
};
var concatenate = {
  classNames: ["Concatenate"],
  emit: (ctx) => {
    const shapes = ctx.inputs.map((x2) => shapeOf(ctx, x2));
    const rank = shapes[0].length;
    const axis2 = axes(ctx.layer, ["axis", "concat_axis"], rank, [-1])[0];
    const outShape = [...shapes[0]];
    outShape[axis2] = shapes.reduce((sum, s) => sum + s[axis2], 0);
    return [emitOp(ctx, "CONCATENATION", [...ctx.inputs], outShape, "concat", { axis: axis2, fused_activation_function: "NONE" })];
  }
};
var customScale = {
  classNames: ["CustomScaleLayer"],
  check: (layer) => {
    if (typeof layer.config.scale !== "number") return `scale ${JSON.stringify(layer.config.scale)} is not a number`;
    return layer.inbound.every((call) => call.length === 2) ? void 0 : "CustomScaleLayer needs exactly two inputs";
  },
  emit: (ctx) => {
    const scaled = binary(ctx, "MUL", ctx.inputs[1], scalar(ctx, "mul/y", ctx.layer.config.scale), "mul", { fused_activation_function: "NONE" });
    return [binary(ctx, "ADD", ctx.inputs[0], scaled, "add", { fused_activation_function: "NONE" })];
  }
};
var mergeLayers = [
  customScale,
  elementwise("ADD", ["Add"], "add"),
  elementwise("MUL", ["Multiply"], "mul"),
  elementwise("MAXIMUM", ["Maximum"], "Maximum"),
  elementwise("MINIMUM", ["Minimum"], "Minimum"),
  subtract,
  average,
  concatenate
];

// src/convert/normalization.ts
function channelShape(inShape, axesList) {
  const shape = inShape.map((d, i2) => axesList.includes(i2) ? d : 1);
  if (axesList.length === 1 && axesList[0] === inShape.length - 1) return [inShape.at(-1)];
  return shape.slice(1);
}
function bnWeights(layer) {
  const ws = [...layer.weights];
  const gamma = cfg(layer, "scale") === false ? void 0 : ws.shift();
  const beta = cfg(layer, "center") === false ? void 0 : ws.shift();
  return { gamma, beta, mean: ws[0], variance: ws[1] };
}
var batchNorm = {
  classNames: ["BatchNormalization", "BatchNormalizationV1", "BatchNormalizationV2", "SyncBatchNormalization"],
  check: (layer) => {
    const expected = 2 + (cfg(layer, "scale") === false ? 0 : 1) + (cfg(layer, "center") === false ? 0 : 1);
    if (layer.weights.length !== expected) return `expected ${expected} weights, found ${layer.weights.length}`;
    if (bool(layer, "renorm", false)) return "batch renormalization is not supported";
    return void 0;
  },
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const inShape = shapeOf(ctx, x2);
    const axisList = axes(ctx.layer, "axis", inShape.length, [-1]);
    const { gamma, beta, mean, variance } = bnWeights(ctx.layer);
    const eps = num(ctx.layer, "epsilon", 1e-3);
    const n = mean.data.length;
    const scale = new Float32Array(n);
    const shift = new Float32Array(n);
    for (let i2 = 0; i2 < n; i2++) {
      scale[i2] = (gamma ? gamma.data[i2] : 1) / Math.sqrt(variance.data[i2] + eps);
      shift[i2] = (beta ? beta.data[i2] : 0) - mean.data[i2] * scale[i2];
    }
    const shape = channelShape(inShape, axisList);
    const scaled = binary(ctx, "MUL", x2, constF(ctx, "batchnorm/mul", shape, scale), "batchnorm/mul_1");
    return [binary(ctx, "ADD", scaled, constF(ctx, "batchnorm/sub", shape, shift), "batchnorm/add_1")];
  }
};
function layerNormParams(ctx) {
  const useScale = cfg(ctx.layer, "scale") !== false;
  const useCenter = cfg(ctx.layer, "center") !== false;
  const ws = [...ctx.layer.weights];
  return { gamma: useScale ? ws.shift() : void 0, beta: useCenter ? ws.shift() : void 0 };
}
var layerNorm = {
  classNames: ["LayerNormalization"],
  check: (layer) => {
    if (bool(layer, "rms_scaling", false)) return "rms_scaling is not supported";
    const expected = (cfg(layer, "scale") === false ? 0 : 1) + (cfg(layer, "center") === false ? 0 : 1);
    return layer.weights.length === expected ? void 0 : `expected ${expected} weights, found ${layer.weights.length}`;
  },
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const inShape = shapeOf(ctx, x2);
    const axisList = axes(ctx.layer, "axis", inShape.length, [-1]);
    const axisConst = constI(ctx, "moments/axes", axisList);
    const keptShape = inShape.map((d, i2) => axisList.includes(i2) ? 1 : d);
    const mean = emitOp(ctx, "MEAN", [x2, axisConst], keptShape, "moments/mean", { keep_dims: true });
    const negMean = unary(ctx, "NEG", mean, "Neg");
    const sq = emitOp(ctx, "SQUARED_DIFFERENCE", [x2, mean], inShape, "moments/SquaredDifference");
    const variance = emitOp(ctx, "MEAN", [sq, axisConst], keptShape, "moments/variance", { keep_dims: true });
    const inv = unary(ctx, "RSQRT", binary(ctx, "ADD", variance, scalar(ctx, "add/y", num(ctx.layer, "epsilon", 1e-3)), "add"), "Rsqrt");
    const { gamma, beta } = layerNormParams(ctx);
    const paramShape = inShape.map((d, i2) => axisList.includes(i2) ? d : 1).slice(1);
    const s = gamma ? binary(ctx, "MUL", inv, constF(ctx, "Reshape", paramShape, gamma.data), "mul") : inv;
    let offset = binary(ctx, "MUL", negMean, s, "mul_1");
    if (beta) offset = binary(ctx, "ADD", offset, constF(ctx, "Reshape_1", paramShape, beta.data), "add_1");
    return [binary(ctx, "ADD", binary(ctx, "MUL", x2, s, "mul_2"), offset, "add_2")];
  }
};
var normalization = {
  classNames: ["Normalization"],
  check: (layer) => normStats(layer) ? void 0 : "Normalization without mean/variance (never adapted)",
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const inShape = shapeOf(ctx, x2);
    const stats = normStats(ctx.layer);
    const axisList = axes(ctx.layer, "axis", inShape.length, [-1]);
    const shape = stats.mean.length === 1 ? [] : [1, ...inShape.slice(1).map((d, i2) => axisList.includes(i2 + 1) ? d : 1)];
    const std = stats.variance.map((v) => Math.max(Math.sqrt(v), 1e-7));
    if (bool(ctx.layer, "invert", false)) {
      const scaled = binary(ctx, "MUL", x2, constF(ctx, "Sqrt", shape, std), "mul");
      return [binary(ctx, "ADD", scaled, constF(ctx, "Reshape", shape, stats.mean), "add")];
    }
    const centred = binary(ctx, "SUB", x2, constF(ctx, "Reshape", shape, stats.mean), "sub");
    return [binary(ctx, "MUL", centred, constF(ctx, "truediv/recip", shape, std.map((v) => 1 / v)), "truediv")];
  }
};
function normStats(layer) {
  const flat = (v2) => typeof v2 === "number" ? [v2] : Array.isArray(v2) ? v2.flat(8).map(Number) : void 0;
  const mean = flat(cfg(layer, "mean"));
  const variance = flat(cfg(layer, "variance"));
  if (mean && variance) return { mean, variance };
  const m = layer.weights.find((w) => /mean/.test(w.name)) ?? layer.weights[0];
  const v = layer.weights.find((w) => /variance/.test(w.name)) ?? layer.weights[1];
  if (!m || !v) return void 0;
  return { mean: Array.from(m.data), variance: Array.from(v.data) };
}
var unitNormalization = {
  classNames: ["UnitNormalization"],
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const inShape = shapeOf(ctx, x2);
    const axisList = axes(ctx.layer, "axis", inShape.length, [-1]);
    const squares = unary(ctx, "SQUARE", x2, "Square");
    const keptShape = inShape.map((d, i2) => axisList.includes(i2) ? 1 : d);
    const sum = emitOp(ctx, "SUM", [squares, constI(ctx, "Sum/reduction_indices", axisList)], keptShape, "Sum", { keep_dims: true });
    const inv = binary(ctx, "MINIMUM", unary(ctx, "RSQRT", sum, "Rsqrt"), scalar(ctx, "Minimum/y", 1e12), "Minimum");
    return [binary(ctx, "MUL", x2, inv, "mul")];
  }
};
var groupNormalization = {
  classNames: ["GroupNormalization"],
  check: (layer) => {
    if (num(layer, "axis", -1) !== -1) return "only axis=-1 (channels last) is supported";
    const expected = (cfg(layer, "scale") === false ? 0 : 1) + (cfg(layer, "center") === false ? 0 : 1);
    return layer.weights.length === expected ? void 0 : `expected ${expected} weights, found ${layer.weights.length}`;
  },
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const inShape = shapeOf(ctx, x2);
    const channels = inShape.at(-1);
    const groups = num(ctx.layer, "groups", 32);
    const grouped = reshape(ctx, x2, [...inShape.slice(0, -1), groups, channels / groups], "Reshape");
    const rank = inShape.length + 1;
    const axisList = [...Array(rank).keys()].filter((a) => a !== 0 && a !== rank - 2);
    const axisConst = constI(ctx, "moments/axes", axisList);
    const gShape = shapeOf(ctx, grouped);
    const keptShape = gShape.map((d, i2) => axisList.includes(i2) ? 1 : d);
    const mean = emitOp(ctx, "MEAN", [grouped, axisConst], keptShape, "moments/mean", { keep_dims: true });
    const sq = emitOp(ctx, "SQUARED_DIFFERENCE", [grouped, mean], gShape, "moments/SquaredDifference");
    const variance = emitOp(ctx, "MEAN", [sq, axisConst], keptShape, "moments/variance", { keep_dims: true });
    const inv = unary(ctx, "RSQRT", binary(ctx, "ADD", variance, scalar(ctx, "add/y", num(ctx.layer, "epsilon", 1e-3)), "add"), "Rsqrt");
    const normalized = binary(ctx, "MUL", binary(ctx, "SUB", grouped, mean, "sub"), inv, "mul");
    let y = reshape(ctx, normalized, inShape, "Reshape_1");
    const { gamma, beta } = layerNormParams(ctx);
    if (gamma) y = binary(ctx, "MUL", y, constF(ctx, "gamma", [channels], gamma.data), "mul_1");
    if (beta) y = binary(ctx, "ADD", y, constF(ctx, "beta", [channels], beta.data), "add_1");
    return [y];
  }
};
var normalizationLayers = [batchNorm, layerNorm, normalization, unitNormalization, groupNormalization];

// src/convert/pooling.ts
function checkPool(layer) {
  if (channelsFirst(layer)) return 'data_format "channels_first" is not supported';
  if (!["same", "valid"].includes(padding(layer))) return `padding "${padding(layer)}" is not supported`;
  return void 0;
}
function pool2d(ctx, type, x2, size, stride) {
  const s = shapeOf(ctx, x2);
  const pad2 = padding(ctx.layer);
  const outShape = [s[0], outSize(s[1], size[0], stride[0], 1, pad2), outSize(s[2], size[1], stride[1], 1, pad2), s[3]];
  return emitOp(ctx, type, [x2], outShape, type === "MAX_POOL_2D" ? "MaxPool" : "AvgPool", {
    padding: pad2.toUpperCase(),
    stride_w: stride[1],
    stride_h: stride[0],
    filter_width: size[1],
    filter_height: size[0],
    fused_activation_function: "NONE"
  });
}
function pooling(type, classNames, rank) {
  return {
    classNames,
    check: checkPool,
    emit: (ctx) => {
      const size = tuple(ctx.layer, ["pool_size", "pool_length"], rank, 2);
      const strideArg = ctx.layer.config.strides ?? ctx.layer.config.stride;
      const stride = strideArg === null || strideArg === void 0 ? size : tuple(ctx.layer, ["strides", "stride"], rank, 1);
      if (rank === 2) return [pool2d(ctx, type, ctx.inputs[0], size, stride)];
      const y = pool2d(ctx, type, expandDims(ctx, ctx.inputs[0], 1), [1, size[0]], [1, stride[0]]);
      const s = shapeOf(ctx, y);
      return [reshape(ctx, y, [s[0], s[2], s[3]], "Squeeze")];
    }
  };
}
function globalPooling(type, classNames, rank) {
  return {
    classNames,
    check: (layer) => channelsFirst(layer) ? 'data_format "channels_first" is not supported' : void 0,
    emit: (ctx) => {
      const x2 = ctx.inputs[0];
      const s = shapeOf(ctx, x2);
      const keep = bool(ctx.layer, ["keepdims", "keep_dims"], false);
      const axes2 = rank === 2 ? [1, 2] : [1];
      const outShape = keep ? s.map((d, i2) => axes2.includes(i2) ? 1 : d) : s.filter((_, i2) => !axes2.includes(i2));
      const axisConst = rank === 2 ? constI(ctx, "Mean/reduction_indices", axes2) : constI(ctx, "Mean/reduction_indices", axes2, []);
      return [emitOp(ctx, type, [x2, axisConst], outShape, type === "MEAN" ? "Mean" : "Max", { keep_dims: keep })];
    }
  };
}
var poolingLayers = [
  pooling("MAX_POOL_2D", ["MaxPooling2D", "MaxPool2D"], 2),
  pooling("AVERAGE_POOL_2D", ["AveragePooling2D", "AvgPool2D"], 2),
  pooling("MAX_POOL_2D", ["MaxPooling1D", "MaxPool1D"], 1),
  pooling("AVERAGE_POOL_2D", ["AveragePooling1D", "AvgPool1D"], 1),
  globalPooling("MEAN", ["GlobalAveragePooling2D", "GlobalAvgPool2D"], 2),
  globalPooling("REDUCE_MAX", ["GlobalMaxPooling2D", "GlobalMaxPool2D"], 2),
  globalPooling("MEAN", ["GlobalAveragePooling1D", "GlobalAvgPool1D"], 1),
  globalPooling("REDUCE_MAX", ["GlobalMaxPooling1D", "GlobalMaxPool1D"], 1)
];

// src/convert/preprocessing.ts
var augmentation = {
  classNames: ["RandomFlip", "RandomRotation", "RandomZoom", "RandomTranslation", "RandomContrast", "RandomBrightness", "RandomHeight", "RandomWidth"],
  emit: (ctx) => [ctx.inputs[0]]
};
var resizing = {
  classNames: ["Resizing"],
  check: (layer) => {
    if (bool(layer, "crop_to_aspect_ratio", false) || bool(layer, "pad_to_aspect_ratio", false)) return "crop/pad to aspect ratio is not supported";
    const mode = str(layer, "interpolation", "bilinear");
    return mode === "bilinear" || mode === "nearest" ? void 0 : `interpolation "${mode}" is not supported`;
  },
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const s = shapeOf(ctx, x2);
    const [h, w] = [num(ctx.layer, "height", s[1]), num(ctx.layer, "width", s[2])];
    const bilinear = str(ctx.layer, "interpolation", "bilinear") === "bilinear";
    const type = bilinear ? "RESIZE_BILINEAR" : "RESIZE_NEAREST_NEIGHBOR";
    return [emitOp(ctx, type, [x2, constI(ctx, "resize/size", [h, w])], [s[0], h, w, s[3]], "resize", { align_corners: false, half_pixel_centers: true })];
  }
};
var repeatVector = {
  classNames: ["RepeatVector"],
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const s = shapeOf(ctx, x2);
    const n = num(ctx.layer, "n", 1);
    const e = expandDims(ctx, x2, 1);
    return [emitOp(ctx, "TILE", [e, constI(ctx, "Tile/multiples", [1, n, 1])], [s[0], n, s[1]], "Tile")];
  }
};
var preprocessingLayers = [augmentation, resizing, repeatVector];

// src/convert/recurrent/config.ts
function readRnnConfig(layer) {
  return {
    units: num(layer, ["units", "output_dim"], 0),
    activation: activationName(cfg(layer, "activation") ?? "tanh"),
    recurrentActivation: activationName(cfg(layer, "recurrent_activation", "inner_activation") ?? "sigmoid"),
    useBias: bool(layer, "use_bias", true),
    returnSequences: bool(layer, "return_sequences", false),
    returnState: bool(layer, "return_state", false),
    goBackwards: bool(layer, "go_backwards", false),
    resetAfter: bool(layer, "reset_after", layer.className === "CuDNNGRU")
  };
}
function rnnProblems(layer) {
  const config = readRnnConfig(layer);
  const problems = [];
  if (!(config.units > 0)) problems.push("units is missing");
  if (!isSupportedActivation(config.activation)) problems.push(`activation "${config.activation}" is not supported`);
  if (!isSupportedActivation(config.recurrentActivation)) {
    problems.push(`recurrent_activation "${config.recurrentActivation}" is not supported`);
  }
  if (bool(layer, "time_major", false)) problems.push("time_major=True is not supported");
  const state = initialStateProblem(layer);
  if (state) problems.push(state);
  if (layer.weights.length !== (config.useBias ? 3 : 2)) {
    problems.push(`expected kernel, recurrent_kernel${config.useBias ? " and bias" : ""} weights, found ${layer.weights.length} (Keras 1 per-gate weights are not supported)`);
  }
  return problems;
}
function initialStateProblem(layer) {
  const extraInputs = layer.inbound.some((call) => call.length > 1);
  const stateKwarg = (layer.callKwargs ?? []).some((kw) => kw && ["initial_state", "constants"].some((k) => kw[k] !== void 0 && kw[k] !== null));
  if (!extraInputs && !stateKwarg) return void 0;
  return "a call passes initial_state (or constants), which is not supported: the converted layer would start from zero state";
}
function checkRnn(layer) {
  const problems = rnnProblems(layer);
  return problems.length ? problems.join("; ") : void 0;
}

// src/convert/recurrent/steps.ts
function fcWeight(w, from, to, scale = () => 1) {
  const [rows, cols] = matrixShape(w);
  const out = new Float32Array((to - from) * rows);
  for (let c = from; c < to; c++) {
    const s = scale(c);
    for (let r = 0; r < rows; r++) out[(c - from) * rows + r] = w.data[r * cols + c] * s;
  }
  return out;
}
function matrixShape(w) {
  const rows = w.shape.length === 2 ? w.shape[0] : 1;
  return [rows, w.data.length / rows];
}
function biasSlice(bias2, from, to, scale = () => 1, offset = 0) {
  const out = new Float32Array(to - from);
  if (!bias2) return out;
  for (let c = from; c < to; c++) out[c - from] = (bias2.data[offset + c] ?? 0) * scale(c);
  return out;
}
function gateActivation(name, kerasVersion) {
  if (name === "sigmoid") return { scale: 1, shift: 0, emit: (ctx, x2, s) => emitOp(ctx, "LOGISTIC", [x2], shapeOf(ctx, x2), s) };
  if (name === "hard_sigmoid") {
    const slope = kerasMajor(kerasVersion ?? "") < 3 ? 0.2 : 1 / 6;
    return { scale: slope, shift: 0.5, emit: clipUnit };
  }
  return { scale: 1, shift: 0, emit: (ctx, x2) => applyActivation(ctx, x2, name) };
}
function clipUnit(ctx, x2, suffix) {
  const positive = emitOp(ctx, "RELU", [x2], shapeOf(ctx, x2), `${suffix}/relu`);
  return emitOp(ctx, "MINIMUM", [positive, scalar(ctx, `${suffix}/one`, 1)], shapeOf(ctx, x2), suffix);
}
function timeSteps(ctx, x2) {
  const shape = shapeOf(ctx, x2);
  if (shape.length !== 3) {
    throw new GateError("unsupported", `recurrent layer input must be [batch, time, features], got [${shape}]`, { where: `layer ${ctx.layer.name}` });
  }
  const steps = shape[1];
  if (!(steps > 0)) {
    throw new GateError("usage", `recurrent layer ${ctx.layer.name} gets a sequence of variable length`, { where: `layer ${ctx.layer.name}` }, SEQUENCE_HINT);
  }
  return steps;
}
var SEQUENCE_HINT = "convert at a fixed length with --sequence_length N (sequence-length in the config file)";
function projectAll(ctx, x2, weight2, bias2, suffix) {
  const [batch, steps, features] = shapeOf(ctx, x2);
  const n = weight2.length / features;
  const w = constF(ctx, `${suffix}/kernel`, [n, features], weight2);
  const b = bias2 ? constF(ctx, `${suffix}/bias`, [n], bias2) : -1;
  return emitOp(ctx, "FULLY_CONNECTED", [x2, w, b], [batch, steps, n], suffix, { keep_num_dims: true });
}
function unpackSteps(ctx, all) {
  const [batch, steps, n] = shapeOf(ctx, all);
  const outs = Array.from({ length: steps }, (_, t) => ctx.builder.activation(`${ctx.builder.tensor(all).name}/${t}`, [batch, n]));
  ctx.builder.op("UNPACK", [all], outs, { num: steps, axis: 1 }, ctx.layer.name);
  return outs;
}
function recurrentConsts(ctx, weight2, units, bias2, suffix) {
  const n = weight2.length / units;
  const w = constF(ctx, `${suffix}/recurrent_kernel`, [n, units], weight2);
  return [w, bias2 ? constF(ctx, `${suffix}/recurrent_bias`, [n], bias2) : -1];
}
function matmul(ctx, h, consts, suffix) {
  const n = ctx.builder.tensor(consts[0]).shape[0];
  return emitOp(ctx, "FULLY_CONNECTED", [h, consts[0], consts[1]], [shapeOf(ctx, h)[0], n], suffix, {});
}
function add(ctx, a, b, suffix) {
  return emitOp(ctx, "ADD", [a, b], shapeOf(ctx, a), suffix, {});
}
function mul(ctx, a, b, suffix) {
  return emitOp(ctx, "MUL", [a, b], shapeOf(ctx, a), suffix, {});
}
function sub(ctx, a, b, suffix) {
  return emitOp(ctx, "SUB", [a, b], shapeOf(ctx, a), suffix, {});
}
function splitGates(ctx, x2, count, suffix) {
  const [batch, width2] = shapeOf(ctx, x2);
  const outs = Array.from({ length: count }, (_, k) => ctx.builder.activation(`${ctx.builder.tensor(x2).name}/split${k}`, [batch, width2 / count]));
  ctx.builder.op("SPLIT", [constI(ctx, `${suffix}/axis`, [1], []), x2], outs, { num_splits: count }, ctx.layer.name);
  return outs;
}
function packSteps(ctx, steps, suffix) {
  const [batch, units] = shapeOf(ctx, steps[0]);
  return emitOp(ctx, "PACK", steps, [batch, steps.length, units], suffix, { values_count: steps.length, axis: 1 });
}

// src/convert/recurrent/gru.ts
function gruPlan(config, weights, kerasVersion) {
  const u = config.units;
  const gate = gateActivation(config.recurrentActivation, kerasVersion);
  const gateScale = (col) => col < 2 * u ? gate.scale : 1;
  const recOffset = weights.bias && weights.bias.data.length === 6 * u ? 3 * u : -1;
  const bzr = weights.bias || gate.shift ? biasSlice(weights.bias, 0, 2 * u, gateScale).map((v) => v + gate.shift) : void 0;
  if (bzr && config.resetAfter && recOffset > 0) biasSlice(weights.bias, 0, 2 * u, gateScale, recOffset).forEach((v, i2) => bzr[i2] += v);
  const rbh = config.resetAfter && recOffset > 0 ? biasSlice(weights.bias, 2 * u, 3 * u, () => 1, recOffset) : void 0;
  const recZr = fcWeight(weights.recurrent, 0, 2 * u, gateScale);
  const recH = fcWeight(weights.recurrent, 2 * u, 3 * u);
  return {
    units: u,
    projections: [
      { weight: fcWeight(weights.kernel, 0, 2 * u, gateScale), bias: bzr, suffix: "gru_zr" },
      { weight: fcWeight(weights.kernel, 2 * u, 3 * u), bias: weights.bias ? biasSlice(weights.bias, 2 * u, 3 * u) : void 0, suffix: "gru_h" }
    ],
    stateCount: 1,
    stepper(ctx) {
      const rec = { zr: recurrentConsts(ctx, recZr, u, void 0, "gru_zr"), h: recurrentConsts(ctx, recH, u, rbh, "gru_h") };
      if (rbh) rec.rbh = rec.h[1];
      const act = (v) => applyActivation(ctx, v, config.activation);
      return ([xzr, xh], states, s) => {
        const h = states?.[0];
        const zrIn = h === void 0 ? xzr : add(ctx, xzr, matmul(ctx, h, rec.zr, `${s}/recurrent_zr`), `${s}/zr_in`);
        const [z, r] = splitGates(ctx, gate.emit(ctx, zrIn, `${s}/zr`), 2, `${s}/split`);
        const term = candidateTerm(ctx, config, rec, h, r, s);
        const candidate = act(term === void 0 ? xh : add(ctx, xh, term, `${s}/hh_in`));
        return [h === void 0 ? sub(ctx, candidate, mul(ctx, z, candidate, `${s}/z_hh`), `${s}/h`) : add(ctx, candidate, mul(ctx, z, sub(ctx, h, candidate, `${s}/h_minus_hh`), `${s}/z_diff`), `${s}/h`)];
      };
    }
  };
}
function candidateTerm(ctx, config, rec, h, r, s) {
  if (config.resetAfter) {
    const rh = h === void 0 ? rec.rbh : matmul(ctx, h, rec.h, `${s}/recurrent_h`);
    return rh === void 0 ? void 0 : mul(ctx, r, rh, `${s}/r_rh`);
  }
  if (h === void 0) return void 0;
  return matmul(ctx, mul(ctx, r, h, `${s}/r_h`), rec.h, `${s}/recurrent_h`);
}

// src/convert/recurrent/lstm.ts
function lstmPlan(config, weights, kerasVersion) {
  const units = config.units;
  const gate = gateActivation(config.recurrentActivation, kerasVersion);
  const scale = (col) => Math.floor(col / units) === 2 ? 1 : gate.scale;
  const recurrent = fcWeight(weights.recurrent, 0, 4 * units, scale);
  return {
    units,
    projections: [{ weight: fcWeight(weights.kernel, 0, 4 * units, scale), bias: lstmBias(config, weights, scale, gate.shift), suffix: "lstm" }],
    stateCount: 2,
    stepper(ctx) {
      const rec = recurrentConsts(ctx, recurrent, units, void 0, "lstm");
      const act = (v) => applyActivation(ctx, v, config.activation);
      return ([x2], states, s) => {
        const z = states ? add(ctx, x2, matmul(ctx, states[0], rec, `${s}/recurrent`), `${s}/z`) : x2;
        const [zi, zf, zc, zo] = splitGates(ctx, z, 4, `${s}/split`);
        const ig = mul(ctx, gate.emit(ctx, zi, `${s}/i`), act(zc), `${s}/ig`);
        const c = states ? add(ctx, mul(ctx, gate.emit(ctx, zf, `${s}/f`), states[1], `${s}/fc`), ig, `${s}/c`) : ig;
        return [mul(ctx, gate.emit(ctx, zo, `${s}/o`), act(c), `${s}/h`), c];
      };
    }
  };
}
function lstmBias(config, weights, scale, shift) {
  const width2 = 4 * config.units;
  if (!weights.bias && shift === 0) return void 0;
  const bias2 = biasSlice(weights.bias, 0, width2, scale);
  if (weights.bias && weights.bias.data.length === 2 * width2) {
    biasSlice(weights.bias, 0, width2, scale, width2).forEach((v, i2) => bias2[i2] += v);
  }
  for (let col = 0; col < width2; col++) if (Math.floor(col / config.units) !== 2) bias2[col] += shift;
  return bias2;
}

// src/convert/recurrent/simple-rnn.ts
function simpleRnnPlan(config, weights) {
  const u = config.units;
  const recurrent = fcWeight(weights.recurrent, 0, u);
  return {
    units: u,
    projections: [{ weight: fcWeight(weights.kernel, 0, u), bias: weights.bias ? biasSlice(weights.bias, 0, u) : void 0, suffix: "rnn" }],
    stateCount: 1,
    stepper(ctx) {
      const rec = recurrentConsts(ctx, recurrent, u, void 0, "rnn");
      return ([x2], states, s) => {
        const pre = states ? add(ctx, x2, matmul(ctx, states[0], rec, `${s}/recurrent`), `${s}/pre`) : x2;
        return [applyActivation(ctx, pre, config.activation)];
      };
    }
  };
}

// src/convert/recurrent/weights.ts
var ROLE = {
  kernel: /(^|\/)kernel(:\d+)?$/,
  recurrent: /(^|\/)recurrent_kernel(:\d+)?$/,
  bias: /(^|\/)bias(:\d+)?$/
};
function cellWeights(weights, layerName2) {
  const named = (role) => weights.find((w) => ROLE[role].test(w.name));
  const kernel = named("kernel") ?? weights[0];
  const recurrent = named("recurrent") ?? weights[1];
  const bias2 = named("bias") ?? weights[2];
  if (!kernel || !recurrent) {
    throw new Error(`recurrent layer ${layerName2}: expected kernel and recurrent_kernel weights, found ${weights.length}`);
  }
  return { kernel, recurrent, ...bias2 ? { bias: bias2 } : {} };
}
function splitBidirectional(layer) {
  const isForward = (w) => /(^|\/)forward_/.test(w.name);
  const forward = layer.weights.filter(isForward);
  if (forward.length > 0 && forward.length * 2 === layer.weights.length) {
    return [forward, layer.weights.filter((w) => !isForward(w))];
  }
  const half = layer.weights.length / 2;
  return [layer.weights.slice(0, half), layer.weights.slice(half)];
}

// src/convert/recurrent/plans.ts
var CELL_PLANS = {
  LSTM: lstmPlan,
  CuDNNLSTM: lstmPlan,
  GRU: gruPlan,
  CuDNNGRU: gruPlan,
  SimpleRNN: simpleRnnPlan
};
function cellPlan(layer, config, kerasVersion) {
  const make = CELL_PLANS[layer.className];
  if (!make) throw new Error(`no recurrent cell for ${layer.className} (${layer.name})`);
  return make(config, cellWeights(layer.weights, layer.name), kerasVersion);
}

// src/graph/builder.ts
var GraphBuilder = class {
  tensors = [];
  ops = [];
  inputs = [];
  outputs = [];
  /** Conditions and bodies of WHILE loops (file subgraphs 1, 2, ...). */
  subgraphs = [];
  names = /* @__PURE__ */ new Set();
  /** Per base name, the suffix to try first: every smaller one is taken (names are never released). */
  nextSuffix = /* @__PURE__ */ new Map();
  uniqueName(base) {
    if (!this.names.has(base)) {
      this.names.add(base);
      return base;
    }
    let i2 = this.nextSuffix.get(base) ?? 1;
    while (this.names.has(`${base}_${i2}`)) i2++;
    this.nextSuffix.set(base, i2 + 1);
    const name = `${base}_${i2}`;
    this.names.add(name);
    return name;
  }
  /** A tensor computed at run time (an activation). */
  activation(name, shape, dtype = "float32") {
    return this.push({ name: this.uniqueName(name), shape: [...shape], dtype });
  }
  /** A constant tensor (weights, shapes, axes). */
  constant(name, shape, dtype, data) {
    const expected = shape.reduce((a, b) => a * b, 1);
    if (data.length !== expected) throw new Error(`constant ${name}: ${data.length} values for shape [${shape}]`);
    return this.push({ name: this.uniqueName(name), shape: [...shape], dtype, data });
  }
  constFloat(name, shape, values) {
    return this.constant(name, shape, "float32", values instanceof Float32Array ? values : Float32Array.from(values));
  }
  constInt32(name, values, shape = [values.length]) {
    return this.constant(name, shape, "int32", Int32Array.from(values));
  }
  op(type, inputs, outputs, options, origin) {
    const op = { type, inputs, outputs, ...options ? { options } : {}, ...origin ? { origin } : {} };
    this.ops.push(op);
    return op;
  }
  tensor(id) {
    const t = this.tensors[id];
    if (!t) throw new Error(`no tensor ${id}`);
    return t;
  }
  /** Adds a subgraph built by another builder (its `inputs`/`outputs` are tensor ids); returns its file index. */
  subgraph(name, body, inputs, outputs) {
    this.subgraphs.push({ name, tensors: body.tensors, ops: body.ops, inputs, outputs });
    return this.subgraphs.length;
  }
  build(description) {
    const graph = { tensors: this.tensors, ops: this.ops, inputs: this.inputs, outputs: this.outputs, description };
    return this.subgraphs.length ? { ...graph, subgraphs: this.subgraphs } : graph;
  }
  push(t) {
    const id = this.tensors.length;
    this.tensors.push({ id, ...t });
    return id;
  }
};

// src/convert/recurrent/loop.ts
function runLoop(ctx, x2, config, plan, sequence) {
  const steps = timeSteps(ctx, x2);
  const batch = shapeOf(ctx, x2)[0];
  const projections = plan.projections.map((p) => projectAll(ctx, x2, p.weight, p.bias, p.suffix));
  const state = { shape: [batch, plan.units], dtype: "float32" };
  const vars = [
    { shape: [], dtype: "int32" },
    ...Array.from({ length: plan.stateCount }, () => state),
    ...sequence ? [{ shape: [batch, steps, plan.units], dtype: "float32" }] : [],
    ...projections.map((p) => ({ shape: shapeOf(ctx, p), dtype: "float32" }))
  ];
  const cond = loopCondition(ctx, vars, steps);
  const body = loopBody(ctx, vars, { config, plan, steps, sequence });
  const name = [ctx.scope, ctx.layer.name].filter(Boolean).join("/");
  const condIndex = ctx.builder.subgraph(`${name}/while_cond`, cond.builder, cond.inputs, cond.outputs);
  const bodyIndex = ctx.builder.subgraph(`${name}/while_body`, body.builder, body.inputs, body.outputs);
  const zeros = zeroFill(ctx, x2);
  const state0 = zeros(state.shape, "while/zero_state");
  const initial = [
    constI(ctx, "while/start", [0], []),
    ...Array.from({ length: plan.stateCount }, () => state0),
    ...sequence ? [zeros(vars[plan.stateCount + 1].shape, "while/sequence_zeros")] : [],
    ...projections
  ];
  const outputs = vars.map((v, k) => ctx.builder.activation(tensorName(ctx, `while/out${k}`), v.shape, v.dtype));
  ctx.builder.op("WHILE", initial, outputs, { cond_subgraph_index: condIndex, body_subgraph_index: bodyIndex }, ctx.layer.name);
  const states = outputs.slice(1, 1 + plan.stateCount);
  return { last: states[0], states, ...sequence ? { sequence: outputs[1 + plan.stateCount] } : {} };
}
function zeroFill(ctx, x2) {
  let batch;
  const batchOf = () => batch ??= emitOp(ctx, "SLICE", [emitOp(ctx, "SHAPE", [x2], [3], "while/input_shape", { out_type: "INT32" }, "int32"), constI(ctx, "while/batch_begin", [0]), constI(ctx, "while/batch_size", [1])], [1], "while/batch", void 0, "int32");
  return (shape, suffix) => {
    if (!ctx.options.dynamicBatch && shape.length === 2) return constF(ctx, suffix, shape, new Float32Array(shape[0] * shape[1]));
    const dims = ctx.options.dynamicBatch ? emitOp(ctx, "CONCATENATION", [batchOf(), constI(ctx, `${suffix}/dims`, shape.slice(1))], [shape.length], `${suffix}/shape`, { axis: 0 }, "int32") : constI(ctx, `${suffix}/shape`, shape);
    return emitOp(ctx, "FILL", [dims, scalar(ctx, "while/zero", 0)], shape, suffix);
  };
}
function loopInputs(ctx, vars) {
  return vars.map((v, k) => ctx.builder.activation(tensorName(ctx, `while/arg${k}`), v.shape, v.dtype));
}
function loopCondition(outer, vars, steps) {
  const ctx = { ...outer, builder: new GraphBuilder() };
  const inputs = loopInputs(ctx, vars);
  const more = emitOp(ctx, "LESS", [inputs[0], constI(ctx, "while/steps", [steps], [])], [], "while/less", void 0, "bool");
  return { builder: ctx.builder, inputs, outputs: [more] };
}
function loopBody(outer, vars, spec) {
  const ctx = { ...outer, builder: new GraphBuilder() };
  const inputs = loopInputs(ctx, vars);
  const n = spec.plan.stateCount;
  const [i2] = inputs;
  const states = inputs.slice(1, 1 + n);
  const projections = inputs.slice(1 + n + (spec.sequence ? 1 : 0));
  let reversedAt;
  const reversed = () => reversedAt ??= emitOp(ctx, "SUB", [constI(ctx, "while/last", [spec.steps - 1], []), i2], [], "while/reversed", {}, "int32");
  const t = spec.config.goBackwards ? reversed() : i2;
  const xs = projections.map((p, k) => emitOp(ctx, "GATHER", [p, t], [shapeOf(ctx, p)[0], shapeOf(ctx, p)[2]], `while/x${k}`, { axis: 1 }));
  const next = spec.plan.stepper(ctx)(xs, states, "step");
  const counter = emitOp(ctx, "ADD", [i2, constI(ctx, "while/one", [1], [])], [], "while/next", {}, "int32");
  const written = [];
  if (spec.sequence) {
    const sequence = inputs[1 + n];
    const [batch, steps, units] = shapeOf(ctx, sequence);
    const zero = constI(ctx, "while/zero", [0], []);
    const at = emitOp(ctx, "PACK", [zero, spec.sequence === "processing" ? i2 : reversed(), zero], [3], "while/at", { values_count: 3, axis: 0 }, "int32");
    const row = reshape(ctx, next[0], [batch, 1, units], "while/row");
    written.push(emitOp(ctx, "DYNAMIC_UPDATE_SLICE", [sequence, row, at], [batch, steps, units], "while/sequence"));
  }
  return { builder: ctx.builder, inputs, outputs: [counter, ...next, ...written, ...projections] };
}

// src/convert/recurrent/unrolled.ts
function runUnrolled(ctx, x2, config, plan, sequence) {
  const steps = timeSteps(ctx, x2);
  const xs = plan.projections.map((p) => unpackSteps(ctx, projectAll(ctx, x2, p.weight, p.bias, p.suffix)));
  const step2 = plan.stepper(ctx);
  const outputs = [];
  let states;
  for (const [k, t] of stepOrder(steps, config.goBackwards).entries()) {
    states = step2(xs.map((p) => p[t]), states, `step${k}`);
    outputs.push(states[0]);
  }
  const run2 = { last: states[0], states };
  if (sequence) run2.sequence = packSteps(ctx, sequence === "reversed" ? [...outputs].reverse() : outputs, "sequence");
  return run2;
}
function stepOrder(steps, backwards) {
  const order = Array.from({ length: steps }, (_, t) => t);
  return backwards ? order.reverse() : order;
}

// src/convert/recurrent/run.ts
function runRecurrent(ctx, layer, x2, sequence) {
  const config = readRnnConfig(layer);
  const plan = cellPlan(layer, config, ctx.kerasVersion);
  const inner = { ...ctx, layer };
  const loop = recurrentForm(ctx) === "loop" && timeSteps(inner, x2) > 1;
  return loop ? runLoop(inner, x2, config, plan, sequence) : runUnrolled(inner, x2, config, plan, sequence);
}
function recurrentForm(ctx) {
  return ctx.options.recurrentForm === "unrolled" ? "unrolled" : "loop";
}

// src/convert/recurrent/bidirectional.ts
var MERGES = {
  concat: (ctx, a, b) => {
    const shape = shapeOf(ctx, a);
    const out = [...shape.slice(0, -1), shape[shape.length - 1] * 2];
    return emitOp(ctx, "CONCATENATION", [a, b], out, "concat", { axis: shape.length - 1 });
  },
  sum: (ctx, a, b) => add(ctx, a, b, "sum"),
  mul: (ctx, a, b) => mul(ctx, a, b, "mul"),
  ave: (ctx, a, b) => mul(ctx, add(ctx, a, b, "ave/sum"), scalar(ctx, "ave/half", 0.5), "ave")
};
function innerLayer(spec, name, weights) {
  const s = spec ?? {};
  return { className: String(s.class_name ?? ""), name, config: { ...s.config ?? {} }, inbound: [], weights };
}
function wrappedLayers(layer) {
  const [fw, bw] = splitBidirectional(layer);
  const forward = innerLayer(layer.config.layer, `${layer.name}/forward`, fw);
  const backward = layer.config.backward_layer ? innerLayer(layer.config.backward_layer, `${layer.name}/backward`, bw) : { ...forward, name: `${layer.name}/backward`, config: { ...forward.config, go_backwards: !forward.config.go_backwards }, weights: bw };
  return { forward, backward };
}
function mergeMode(layer) {
  const mode = layer.config.merge_mode;
  return mode === null ? "none" : str(layer, "merge_mode", "concat");
}
function check(layer) {
  const { forward, backward } = wrappedLayers(layer);
  const problems = [];
  for (const inner of [forward, backward]) {
    if (!CELL_PLANS[inner.className]) problems.push(`wrapped layer ${inner.className || "(none)"} is not supported`);
    else problems.push(...rnnProblems(inner));
  }
  const state = initialStateProblem(layer);
  if (state) problems.push(state);
  const mode = mergeMode(layer);
  if (mode !== "none" && !MERGES[mode]) problems.push(`merge_mode "${mode}" is not supported`);
  return problems.length ? [...new Set(problems)].join("; ") : void 0;
}
function emit(ctx) {
  const { forward, backward } = wrappedLayers(ctx.layer);
  const config = readRnnConfig(forward);
  const sequences = config.returnSequences;
  const fw = runRecurrent(ctx, forward, ctx.inputs[0], sequences ? "processing" : void 0);
  const bw = runRecurrent(ctx, backward, ctx.inputs[0], sequences ? "reversed" : void 0);
  const outputs = sequences ? [fw.sequence, bw.sequence] : [fw.last, bw.last];
  const mode = mergeMode(ctx.layer);
  const merged = mode === "none" ? outputs : [MERGES[mode](ctx, outputs[0], outputs[1])];
  return config.returnState ? [...merged, ...fw.states, ...bw.states] : merged;
}
var bidirectionalHandler = { classNames: ["Bidirectional"], check, emit };

// src/convert/recurrent/layers.ts
function recurrentHandler(classNames) {
  return {
    classNames,
    check: checkRnn,
    emit(ctx) {
      const config = readRnnConfig(ctx.layer);
      const run2 = runRecurrent(ctx, ctx.layer, ctx.inputs[0], config.returnSequences ? "processing" : void 0);
      const output = run2.sequence ?? run2.last;
      return config.returnState ? [output, ...run2.states] : [output];
    }
  };
}
var lstmHandler = recurrentHandler(["LSTM", "CuDNNLSTM"]);
var gruHandler = recurrentHandler(["GRU", "CuDNNGRU"]);
var simpleRnnHandler = recurrentHandler(["SimpleRNN"]);

// src/convert/recurrent/masking.ts
var RECURRENT = ["LSTM", "GRU", "SimpleRNN", "CuDNNLSTM", "CuDNNGRU", "Bidirectional", "RNN", "ConvLSTM1D", "ConvLSTM2D", "ConvLSTM3D"];
var ATTENTION = ["Attention", "AdditiveAttention", "MultiHeadAttention", "GroupedQueryAttention"];
var CONSUMERS = /* @__PURE__ */ new Set([...RECURRENT, ...ATTENTION, "GlobalAveragePooling1D", "Softmax"]);
var PROPAGATORS = /* @__PURE__ */ new Set([
  "Activation",
  "ReLU",
  "LeakyReLU",
  "PReLU",
  "ELU",
  "ThresholdedReLU",
  "Softmax",
  "Dense",
  "Identity",
  "Masking",
  "Add",
  "Subtract",
  "Multiply",
  "Average",
  "Maximum",
  "Minimum",
  "Concatenate",
  "Dot",
  "BatchNormalization",
  "LayerNormalization",
  "GroupNormalization",
  "UnitNormalization",
  "Normalization",
  "Rescaling",
  "Dropout",
  "SpatialDropout1D",
  "AlphaDropout",
  "GaussianDropout",
  "GaussianNoise",
  "ActivityRegularization",
  "TimeDistributed"
]);
var MASK_HINT = "Keras skips masked time steps, the converted model cannot: if the inputs are never padded, re-save the model with mask_zero=False / without the Masking layer (the weights stay valid); otherwise convert a model trained without masking";
function describeSource(layer) {
  if (layer.className === "Masking") return `"${layer.name}" (Masking)`;
  if (layer.className === "Embedding" && layer.config.mask_zero === true) return `"${layer.name}" (Embedding mask_zero=True)`;
  return void 0;
}
var innerClass = (layer) => layer.config.layer?.class_name;
function consumes(layer) {
  if (layer.className === "TimeDistributed") return CONSUMERS.has(innerClass(layer) ?? "");
  return CONSUMERS.has(layer.className);
}
function passesOn(layer) {
  if (!RECURRENT.includes(layer.className)) return PROPAGATORS.has(layer.className);
  const wrapped = layer.className === "Bidirectional" ? layer.config.layer?.config : layer.config;
  return wrapped?.return_sequences === true;
}
function maskKwargSource(layer) {
  const kwargs = (layer.callKwargs ?? []).find((k) => k.mask !== void 0 && k.mask !== null);
  if (!kwargs) return void 0;
  const history = (kwargs.mask.config?.keras_history ?? [])[0];
  return typeof history === "string" ? `a mask made by "${history}"` : "a mask passed in the call";
}
function maskedConsumers(graph, prefix = "", masked = /* @__PURE__ */ new Map()) {
  return walkMasks(graph, prefix, new Map(masked)).findings;
}
function walkMasks(graph, prefix, masked) {
  const findings = /* @__PURE__ */ new Map();
  const nested = /* @__PURE__ */ new Map();
  for (let changed = true; changed; ) {
    changed = false;
    for (const layer of graph.layers) {
      if (masked.has(layer.name)) continue;
      const path = prefix ? `${prefix}/${layer.name}` : layer.name;
      const inbound = layer.inbound.flat().map((ref) => masked.get(ref.layer)).find((s) => s !== void 0);
      const source = layer.model ? nestedOutputMask(layer, path, inbound, nested, findings) : maskAfter(layer, path, inbound, findings);
      if (source) {
        masked.set(layer.name, source);
        changed = true;
      }
    }
  }
  const outputs = new Map(graph.outputs.filter((ref) => masked.has(ref.layer)).map((ref) => [ref.layer, masked.get(ref.layer)]));
  return { findings: [...findings.values()], outputs };
}
function maskAfter(layer, path, inbound, findings) {
  const made = describeSource(layer);
  if (made) return made;
  const used = inbound ?? (consumes(layer) ? maskKwargSource(layer) : void 0);
  if (used && consumes(layer)) findings.set(path, { path, className: layer.className, source: used });
  return inbound && passesOn(layer) ? inbound : void 0;
}
function nestedOutputMask(layer, path, inbound, walked, findings) {
  if (walked.has(layer.name) && (walked.get(layer.name) || !inbound)) return void 0;
  walked.set(layer.name, inbound !== void 0);
  const inner = layer.model;
  const inputs = new Map(inbound ? inner.inputs.map((ref) => [ref.layer, inbound]) : []);
  const result = walkMasks(inner, path, inputs);
  for (const f of result.findings) findings.set(f.path, f);
  return [...result.outputs.values()][0];
}
var maskingHandler = {
  classNames: ["Masking"],
  check: () => "Masking is not supported: masked time steps cannot be converted (remove the layer and re-save the model)",
  emit(ctx) {
    throw new Error(`Masking layer ${ctx.layer.name} passed the check`);
  }
};

// src/convert/recurrent/notes.ts
var RECURRENT2 = /* @__PURE__ */ new Set([...Object.keys(CELL_PLANS), "Bidirectional"]);
function recurrentLayers(graph) {
  return graph.layers.flatMap((l) => l.model ? recurrentLayers(l.model) : RECURRENT2.has(l.className) ? [l.name] : []);
}
function recurrentFormNotes(keras, graph, options) {
  const layers = [...new Set(recurrentLayers(keras))];
  if (layers.length === 0) return [];
  const list = layers.join(", ");
  const loops = graph.ops.filter((op) => op.type === "WHILE").length;
  if (loops > 0) return [`recurrent layers (${list}) written as ${loops} WHILE loop${loops > 1 ? "s" : ""} (graph size independent of the number of time steps)`];
  const why = options.recurrentForm === "unrolled" ? "as asked" : "a single time step: nothing to loop over";
  return [`recurrent layers (${list}) unrolled, one copy of the cell per time step (${why})`];
}

// src/convert/recurrent/index.ts
var RECURRENT_HANDLERS = [lstmHandler, gruHandler, simpleRnnHandler, bidirectionalHandler, maskingHandler];

// src/convert/reshaping.ts
function pairs(layer, key2, rank, fallback) {
  const value = cfg(layer, key2);
  if (typeof value === "number") return Array.from({ length: rank }, () => [value, value]);
  if (Array.isArray(value)) {
    if (rank === 1 && value.length === 2 && value.every((v) => typeof v === "number")) return [[value[0], value[1]]];
    return value.map((v) => typeof v === "number" ? [v, v] : [v[0], v[1]]);
  }
  return Array.from({ length: rank }, () => [fallback, fallback]);
}
var checkLayout = (layer) => channelsFirst(layer) ? 'data_format "channels_first" is not supported' : void 0;
var zeroPadding = {
  classNames: ["ZeroPadding1D", "ZeroPadding2D"],
  check: checkLayout,
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const s = shapeOf(ctx, x2);
    const p = pairs(ctx.layer, "padding", s.length - 2, 1);
    const all = [[0, 0], ...p, [0, 0]];
    const outShape = s.map((d, i2) => d + all[i2][0] + all[i2][1]);
    return [emitOp(ctx, "PAD", [x2, constI(ctx, "Pad/paddings", all.flat(), [s.length, 2])], outShape, "Pad")];
  }
};
var cropping = {
  classNames: ["Cropping1D", "Cropping2D"],
  check: checkLayout,
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const s = shapeOf(ctx, x2);
    const c = pairs(ctx.layer, "cropping", s.length - 2, 0);
    const all = [[0, 0], ...c, [0, 0]];
    const begin = all.map(([b]) => b);
    const end = s.map((d, i2) => d - all[i2][1]);
    const outShape = s.map((d, i2) => end[i2] - begin[i2]);
    const inputs = [x2, constI(ctx, "strided_slice/stack", begin), constI(ctx, "strided_slice/stack_1", end), constI(ctx, "strided_slice/stack_2", s.map(() => 1))];
    return [emitOp(ctx, "STRIDED_SLICE", inputs, outShape, "strided_slice", { begin_mask: 1, end_mask: 1 })];
  }
};
var upSampling2d = {
  classNames: ["UpSampling2D"],
  check: (layer) => checkLayout(layer) ?? (["nearest", "bilinear"].includes(str(layer, "interpolation", "nearest")) ? void 0 : `interpolation "${str(layer, "interpolation", "")}" is not supported`),
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const s = shapeOf(ctx, x2);
    const [sh, sw] = tuple(ctx.layer, "size", 2, 2);
    const outShape = [s[0], s[1] * sh, s[2] * sw, s[3]];
    const size = constI(ctx, "resize/size", [outShape[1], outShape[2]]);
    const bilinear = str(ctx.layer, "interpolation", "nearest") === "bilinear";
    const type = bilinear ? "RESIZE_BILINEAR" : "RESIZE_NEAREST_NEIGHBOR";
    return [emitOp(ctx, type, [x2, size], outShape, "resize", { align_corners: false, half_pixel_centers: bilinear })];
  }
};
var upSampling1d = {
  classNames: ["UpSampling1D"],
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const s = shapeOf(ctx, x2);
    const n = tuple(ctx.layer, ["size", "length"], 1, 2)[0];
    const e = expandDims(ctx, x2, 2);
    const tiled = emitOp(ctx, "TILE", [e, constI(ctx, "Tile/multiples", [1, 1, n, 1])], [s[0], s[1], n, s[2]], "Tile");
    return [reshape(ctx, tiled, [s[0], s[1] * n, s[2]])];
  }
};
var embedding = {
  classNames: ["Embedding"],
  check: (layer) => layer.weights.length >= 1 ? void 0 : "Embedding without its table",
  emit: (ctx) => {
    let x2 = ctx.inputs[0];
    const table = ctx.layer.weights[0];
    const s = shapeOf(ctx, x2);
    if (ctx.builder.tensor(x2).dtype !== "int32") {
      x2 = emitOp(ctx, "CAST", [x2], s, "Cast", void 0, "int32");
    }
    const t = constF(ctx, "embedding_lookup", table.shape, table.data);
    return [emitOp(ctx, "GATHER", [t, x2], [...s, table.shape[1]], "GatherV2", { axis: 0, batch_dims: 0 })];
  }
};
var reshapingLayers = [zeroPadding, cropping, upSampling2d, upSampling1d, embedding];

// src/convert/slicing.ts
var isIntOrNull = (v) => v === null || v === void 0 || Number.isInteger(v);
function sliceItem(fields) {
  const { start, stop, step: step2 } = fields;
  if (![start, stop, step2].every(isIntOrNull) || step2 === 0) return void 0;
  return { kind: "slice", start: start ?? null, stop: stop ?? null, step: step2 ?? null };
}
function keyItem(value) {
  if (value === null) return { kind: "newaxis" };
  if (Number.isInteger(value)) return { kind: "index", index: value };
  if (!isObject(value)) return void 0;
  if (value.class_name === "__ellipsis__") return { kind: "ellipsis" };
  if (value.class_name === "__slice__" && isObject(value.config)) return sliceItem(value.config);
  if (!("class_name" in value) && "start" in value && "stop" in value) return sliceItem(value);
  return void 0;
}
var isTensorLike = (v) => isObject(v) && (typeof v.tensorArg === "number" || v.class_name === "__keras_tensor__") || Array.isArray(v) && typeof v[0] === "string";
function itemText(item) {
  if (item.kind === "index") return String(item.index);
  if (item.kind === "ellipsis") return "...";
  if (item.kind === "newaxis") return "None";
  return `${item.start ?? ""}:${item.stop ?? ""}${item.step === null ? "" : `:${item.step}`}`;
}
function elementText(value, tensorNames) {
  if (isObject(value) && typeof value.tensorArg === "number") return `<tensor "${tensorNames[value.tensorArg] ?? "?"}">`;
  if (Array.isArray(value) && typeof value[0] === "string") return `<tensor "${value[0]}">`;
  const fields = isObject(value) ? isObject(value.config) ? value.config : value : {};
  if (isTensorLike(value) || Object.values(fields).some(isTensorLike)) return "<tensor>";
  const item = keyItem(value);
  return item ? itemText(item) : JSON.stringify(value);
}
function parseSliceKey(key2, tensorNames = []) {
  const list = Array.isArray(key2) && !isTensorLike(key2) ? key2 : [key2];
  const text = `[${list.map((v) => elementText(v, tensorNames)).join(", ")}]`;
  const items = [];
  for (const value of list) {
    const shown = elementText(value, tensorNames);
    if (shown.startsWith("<tensor")) return `slicing key ${text} has a tensor-valued index, which is not supported (only constant ints, slices, Ellipsis and None)`;
    const item = keyItem(value);
    if (!item) return `slicing key ${text} has an element ${shown} that is not supported (only ints, slices, Ellipsis and None)`;
    items.push(item);
  }
  if (items.filter((i2) => i2.kind === "ellipsis").length > 1) return `slicing key ${text} has more than one Ellipsis`;
  const first = items.find((i2) => i2.kind !== "newaxis");
  if (items[0]?.kind === "newaxis") return `slicing key ${text} adds an axis before the batch axis, which is not supported`;
  if (first && !takesWholeAxis(first)) return `slicing key ${text} indexes the batch axis, which is not supported (take it whole with ":")`;
  return items;
}
var takesWholeAxis = (i2) => i2.kind === "ellipsis" || i2.kind === "slice" && i2.start === null && i2.stop === null && (i2.step === null || i2.step === 1);
function sliceIndices(s, size) {
  const step2 = s.step ?? 1;
  const clamp = (v, fallback, low, high) => v === null ? fallback : Math.min(Math.max(v < 0 ? v + size : v, low), high);
  return step2 > 0 ? [clamp(s.start, 0, 0, size), clamp(s.stop, size, 0, size), step2] : [clamp(s.start, size - 1, -1, size - 1), clamp(s.stop, -1, -1, size - 1), step2];
}
function expandKey(items, rank) {
  const consumed = items.filter((i2) => i2.kind === "index" || i2.kind === "slice").length;
  if (consumed > rank) return `the slicing key has ${consumed} indices for a tensor of rank ${rank}`;
  const withEllipsis = items.some((i2) => i2.kind === "ellipsis") ? items : [...items, { kind: "ellipsis" }];
  const whole = { kind: "slice", start: null, stop: null, step: null };
  return withEllipsis.flatMap((i2) => i2.kind === "ellipsis" ? Array(rank - consumed).fill(whole) : [i2]);
}
function addAxis(plan, begin, end, stride, length) {
  plan.begin.push(begin);
  plan.end.push(end);
  plan.strides.push(stride);
  if (length === void 0) return;
  plan.sliceShape.push(length);
  plan.outShape.push(length);
}
function planSlice(items, shape) {
  const key2 = expandKey(items, shape.length);
  if (typeof key2 === "string") return key2;
  const plan = { begin: [], end: [], strides: [], beginMask: 0, endMask: 0, shrinkMask: 0, sliceShape: [], outShape: [] };
  for (const item of key2) {
    const axis2 = plan.begin.length;
    if (item.kind === "newaxis") {
      plan.outShape.push(1);
      continue;
    }
    const size = shape[axis2];
    if (axis2 === 0) {
      if (!takesWholeAxis(item)) return 'the slicing key indexes the batch axis, which is not supported (take it whole with ":")';
      Object.assign(plan, { beginMask: 1, endMask: 1 });
      addAxis(plan, 0, 0, 1, size);
    } else if (item.kind === "index") {
      const index2 = item.index < 0 ? item.index + size : item.index;
      if (index2 < 0 || index2 >= size) return `index ${item.index} is out of range for axis ${axis2} of size ${size}`;
      plan.shrinkMask |= 1 << axis2;
      addAxis(plan, index2, index2 + 1, 1, void 0);
    } else if (item.kind === "slice") {
      const [start, stop, step2] = sliceIndices(item, size);
      const length = Math.max(0, Math.ceil((stop - start) / step2));
      if (length === 0) return `the slice ${itemText(item)} of axis ${axis2} (size ${size}) is empty, which is not supported`;
      if (stop < 0) plan.endMask |= 1 << axis2;
      addAxis(plan, start, Math.max(stop, 0), step2, length);
    }
  }
  if (plan.begin.length > 5) return `slicing a tensor of rank ${plan.begin.length} is not supported (at most 5)`;
  return plan;
}
var takesAll = (plan, shape) => plan.shrinkMask === 0 && plan.strides.every((s) => s === 1) && plan.begin.every((b) => b === 0) && plan.sliceShape.join() === shape.join();
function emitSlice(ctx, x2, items) {
  const shape = shapeOf(ctx, x2);
  const plan = planSlice(items, shape);
  const text = `slicing key [${items.map(itemText).join(", ")}]`;
  if (typeof plan === "string") throw new GateError("unsupported", `${text}: ${plan}`, { where: `layer ${ctx.layer.name}` }, "Rewrite the slice with constant indices that keep the batch axis whole, then re-save the model.");
  const addsAxes = plan.outShape.length !== plan.sliceShape.length;
  if (addsAxes && takesAll(plan, shape)) return reshape(ctx, x2, plan.outShape, "strided_slice/Reshape");
  const inputs = [x2, constI(ctx, "strided_slice/stack", plan.begin), constI(ctx, "strided_slice/stack_1", plan.end), constI(ctx, "strided_slice/stack_2", plan.strides)];
  const options = { begin_mask: plan.beginMask, end_mask: plan.endMask, ellipsis_mask: 0, new_axis_mask: 0, shrink_axis_mask: plan.shrinkMask, offset: false };
  const sliced = emitOp(ctx, "STRIDED_SLICE", inputs, plan.sliceShape, "strided_slice", options);
  return addsAxes ? reshape(ctx, sliced, plan.outShape, "strided_slice/Reshape") : sliced;
}
function storedKey(layer, call) {
  if (layer.className === "GetItem") return layer.callArgs?.[call]?.[1];
  return layer.callKwargs?.[call]?.slice_spec;
}
function checkCalls2(layer) {
  for (let call = 0; call < layer.inbound.length; call++) {
    const key2 = storedKey(layer, call);
    if (key2 === void 0) return `the call ${call} records no slicing key`;
    const items = parseSliceKey(key2, layer.inbound[call].map((ref) => ref.layer));
    if (typeof items === "string") return items;
  }
  return void 0;
}
var emitGetItem = (ctx) => [emitSlice(ctx, ctx.inputs[0], parseSliceKey(storedKey(ctx.layer, ctx.callIndex ?? 0)))];
var getItem = { classNames: ["GetItem"], modules: KERAS_OP_MODULES, check: checkCalls2, emit: emitGetItem };
var slicingOpLambda = {
  classNames: ["SlicingOpLambda"],
  check: (layer) => {
    const fn = String(layer.config.function ?? "");
    if (fn !== "__operators__.getitem") return `TensorFlow slicing function "${fn}" is not supported (only __operators__.getitem, x[...])`;
    return checkCalls2(layer);
  },
  emit: emitGetItem
};
var slicingLayers = [getItem, slicingOpLambda];

// src/convert/split-stack.ts
var axisOf = (layer) => layer.config.axis;
function realAxis(axis2, rank) {
  if (!Number.isInteger(axis2)) return void 0;
  const a = axis2 < 0 ? axis2 + rank : axis2;
  return a > 0 && a < rank ? a : void 0;
}
var checkAxis = (layer) => Number.isInteger(axisOf(layer)) && axisOf(layer) !== 0 ? void 0 : `axis ${JSON.stringify(axisOf(layer))} is not supported (one integer axis other than the batch axis)`;
function axisOrThrow(ctx, rank) {
  const axis2 = realAxis(axisOf(ctx.layer), rank);
  if (axis2 === void 0) throw new Error(`axis ${JSON.stringify(axisOf(ctx.layer))} is the batch axis or out of range for rank ${rank}`);
  return axis2;
}
function splitSizes(spec, size) {
  if (Number.isInteger(spec)) return size % spec === 0 ? Array(spec).fill(size / spec) : void 0;
  if (!Array.isArray(spec) || !spec.every(Number.isInteger)) return void 0;
  const cuts = [0, ...spec.map((i2) => Math.min(Math.max(i2 < 0 ? i2 + size : i2, 0), size)), size];
  const sizes = cuts.slice(1).map((c, k) => c - cuts[k]);
  return sizes.every((s) => s > 0) ? sizes : void 0;
}
function multiOutput(ctx, type, inputs, shapes, options) {
  const outs = shapes.map((shape, k) => ctx.builder.activation(tensorName(ctx, k ? `${type.toLowerCase()}:${k}` : type.toLowerCase()), shape));
  ctx.builder.op(type, inputs, outs, options, ctx.layer.name);
  return outs;
}
var split = {
  classNames: ["Split"],
  modules: KERAS_OP_MODULES,
  check: (layer) => {
    const spec = layer.config.indices_or_sections;
    const ok = Number.isInteger(spec) && spec > 0 || Array.isArray(spec) && spec.every(Number.isInteger);
    return checkAxis(layer) ?? (ok ? void 0 : `indices_or_sections ${JSON.stringify(spec)} is not supported (a count or a list of integer indices)`);
  },
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const shape = shapeOf(ctx, x2);
    const axis2 = axisOrThrow(ctx, shape.length);
    const sizes = splitSizes(ctx.layer.config.indices_or_sections, shape[axis2]);
    if (!sizes) throw new Error(`indices_or_sections ${JSON.stringify(ctx.layer.config.indices_or_sections)} do not cut axis ${axis2} of size ${shape[axis2]} into non-empty pieces`);
    const shapes = sizes.map((s) => shape.map((d, i2) => i2 === axis2 ? s : d));
    if (sizes.every((s) => s === sizes[0])) return multiOutput(ctx, "SPLIT", [constI(ctx, "split/split_dim", [axis2], []), x2], shapes, { num_splits: sizes.length });
    const inputs = [x2, constI(ctx, "split/size_splits", sizes), constI(ctx, "split/split_dim", [axis2], [])];
    return multiOutput(ctx, "SPLIT_V", inputs, shapes, { num_splits: sizes.length });
  }
};
var unstack = {
  classNames: ["Unstack"],
  modules: KERAS_OP_MODULES,
  check: checkAxis,
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const shape = shapeOf(ctx, x2);
    const axis2 = axisOrThrow(ctx, shape.length);
    const rest = shape.filter((_, i2) => i2 !== axis2);
    return multiOutput(ctx, "UNPACK", [x2], Array.from({ length: shape[axis2] }, () => rest), { num: shape[axis2], axis: axis2 });
  }
};
var stack = {
  classNames: ["Stack"],
  modules: KERAS_OP_MODULES,
  check: (layer) => layer.callArgs ? "stacking constants is not supported (only tensors)" : checkAxis(layer),
  emit: (ctx) => {
    const shape = shapeOf(ctx, ctx.inputs[0]);
    const axis2 = axisOrThrow(ctx, shape.length + 1);
    const outShape = [...shape.slice(0, axis2), ctx.inputs.length, ...shape.slice(axis2)];
    return [emitOp(ctx, "PACK", ctx.inputs, outShape, "stack", { values_count: ctx.inputs.length, axis: axis2 })];
  }
};
function indexConstant(value) {
  if (Number.isInteger(value)) return { shape: [], data: [value] };
  if (!Array.isArray(value) || value.length === 0) return void 0;
  const items = value.map(indexConstant);
  if (items.some((c) => !c || c.shape.join() !== items[0].shape.join())) return void 0;
  return { shape: [value.length, ...items[0].shape], data: items.flatMap((c) => c.data) };
}
var takeIndices = (layer, call) => layer.callArgs?.[call]?.[1];
var take = {
  classNames: ["Take"],
  modules: KERAS_OP_MODULES,
  check: (layer) => {
    for (let call = 0; call < layer.inbound.length; call++) {
      const indices = takeIndices(layer, call);
      const tensor = indices === void 0 || isObject(indices) && "tensorArg" in indices;
      if (!indexConstant(indices)) return `take with ${tensor ? "tensor-valued indices" : `indices ${JSON.stringify(indices)}`} is not supported (only constant integer indices)`;
    }
    return checkAxis(layer);
  },
  emit: (ctx) => {
    const x2 = ctx.inputs[0];
    const shape = shapeOf(ctx, x2);
    const axis2 = axisOrThrow(ctx, shape.length);
    const indices = indexConstant(takeIndices(ctx.layer, ctx.callIndex ?? 0));
    const size = shape[axis2];
    if (indices.data.some((i2) => i2 < -size || i2 >= size)) throw new Error(`take indices ${JSON.stringify(indices.data)} are out of range for axis ${axis2} of size ${size}`);
    const ids = constI(ctx, "GatherV2/indices", indices.data.map((i2) => i2 < 0 ? i2 + size : i2), indices.shape);
    const outShape = [...shape.slice(0, axis2), ...indices.shape, ...shape.slice(axis2 + 1)];
    return [emitOp(ctx, "GATHER", [x2, ids], outShape, "GatherV2", { axis: axis2, batch_dims: 0 })];
  }
};
var splitStackLayers = [split, unstack, stack, take];

// src/convert/wrappers.ts
var ANY_RANK = /* @__PURE__ */ new Set(["Dense", "Activation", "ReLU", "LeakyReLU", "ELU", "Dropout", "GaussianNoise", "GaussianDropout", "AlphaDropout"]);
function innerLayer2(layer) {
  const inner = layer.config.layer;
  if (!inner || typeof inner.class_name !== "string" || typeof inner.config !== "object" || inner.config === null) return void 0;
  return { className: inner.class_name, name: layer.name, config: inner.config, inbound: layer.inbound, weights: layer.weights };
}
var timeDistributed = {
  classNames: ["TimeDistributed"],
  check: (layer) => {
    const inner = innerLayer2(layer);
    if (!inner) return "the wrapped layer is missing from the config";
    if (MODEL_CLASSES.has(inner.className)) return "a model wrapped in TimeDistributed is not supported";
    const reason2 = unsupportedReason(inner);
    return reason2 ? `wrapped ${inner.className}: ${reason2}` : void 0;
  },
  emit: (ctx) => {
    const inner = innerLayer2(ctx.layer);
    const handler = handlerFor(inner.className);
    const x2 = ctx.inputs[0];
    const innerCtx = { ...ctx, layer: inner };
    if (ANY_RANK.has(inner.className)) return handler.emit(innerCtx);
    const [batch, steps, ...rest] = shapeOf(ctx, x2);
    const flat = reshape(ctx, x2, [batch * steps, ...rest], "Reshape");
    const y = handler.emit({ ...innerCtx, inputs: [flat] })[0];
    const [, ...out] = shapeOf(ctx, y);
    return [reshape(ctx, y, [batch, steps, ...out], "Reshape_1")];
  }
};
var wrapperLayers = [timeDistributed];

// src/convert/registry.ts
var FAMILIES = [
  coreLayers,
  activationLayers,
  convLayers,
  poolingLayers,
  normalizationLayers,
  mergeLayers,
  reshapingLayers,
  preprocessingLayers,
  wrapperLayers,
  RECURRENT_HANDLERS,
  attentionLayers,
  kerasOpLayers,
  slicingLayers,
  splitStackLayers
];
var REFUSED = {
  Lambda: "carries Python code, never executed"
};
var byClass = /* @__PURE__ */ new Map();
var byModuleClass = /* @__PURE__ */ new Map();
for (const handler of FAMILIES.flat()) {
  for (const name of handler.classNames) {
    const keys = handler.modules ? handler.modules.map((m) => `${m}.${name}`) : [name];
    const map = handler.modules ? byModuleClass : byClass;
    for (const key2 of keys) {
      if (map.has(key2)) throw new Error(`layer class ${key2} registered twice`);
      map.set(key2, handler);
    }
  }
}
var isOpModule = (module) => !!module && /^keras(\.src)?\.ops(\.|$)/.test(module);
var MODEL_CLASSES = /* @__PURE__ */ new Set(["Sequential", "Functional", "Model"]);
function handlerFor(className) {
  return byClass.get(className) ?? anyOpModule(className);
}
function handlerForLayer(layer) {
  if (!isOpModule(layer.module)) return layer.module && byModuleClass.get(`${layer.module}.${layer.className}`) || byClass.get(layer.className);
  return byModuleClass.get(`${layer.module}.${layer.className}`) ?? anyOpModule(layer.className);
}
function anyOpModule(className) {
  for (const [key2, handler] of byModuleClass) if (key2.endsWith(`.${className}`) && isOpModule(key2.slice(0, key2.lastIndexOf(".")))) return handler;
  return void 0;
}
function unsupportedReason(layer) {
  if (layer.className === "InputLayer" || layer.model) return void 0;
  const refused = REFUSED[layer.className];
  if (refused) return refused;
  const handler = handlerForLayer(layer);
  if (!handler && isOpModule(layer.module)) return `unknown Keras operation ${layer.module}.${layer.className}`;
  if (!handler) return MODEL_CLASSES.has(layer.className) ? "a nested model without its layer graph" : "unknown layer class";
  return handler.check?.(layer);
}
function supportedClassNames() {
  return [...byClass.keys(), ...byModuleClass.keys()].sort();
}

// src/convert/keras-builtins.ts
var KERAS_LAYERS = `
  Activation ActivityRegularization AdaptiveAveragePooling1D AdaptiveAveragePooling2D AdaptiveAveragePooling3D
  AdaptiveMaxPooling1D AdaptiveMaxPooling2D AdaptiveMaxPooling3D Add AdditiveAttention AlphaDropout Attention
  AugMix AutoContrast Average AveragePooling1D AveragePooling2D AveragePooling3D AvgPool1D AvgPool2D AvgPool3D
  BatchNormalization Bidirectional CategoryEncoding CenterCrop Concatenate
  ContrastLimitedAdaptiveHistogramEqualization Conv1D Conv1DTranspose Conv2D Conv2DTranspose Conv3D
  Conv3DTranspose ConvLSTM1D ConvLSTM2D ConvLSTM3D Convolution1D Convolution1DTranspose Convolution2D
  Convolution2DTranspose Convolution3D Convolution3DTranspose Cropping1D Cropping2D Cropping3D CutMix Dense
  DepthwiseConv1D DepthwiseConv2D Discretization Dot Dropout ELU EinsumDense Embedding Equalization Flatten
  FlaxLayer GRU GRUCell GaussianDropout GaussianNoise GlobalAveragePooling1D GlobalAveragePooling2D
  GlobalAveragePooling3D GlobalAvgPool1D GlobalAvgPool2D GlobalAvgPool3D GlobalMaxPool1D GlobalMaxPool2D
  GlobalMaxPool3D GlobalMaxPooling1D GlobalMaxPooling2D GlobalMaxPooling3D GroupNormalization GroupQueryAttention
  HashedCrossing Hashing Identity InputLayer IntegerLookup JaxLayer LSTM LSTMCell Lambda Layer LayerNormalization
  LeakyReLU Masking MaxNumBoundingBoxes MaxPool1D MaxPool2D MaxPool3D MaxPooling1D MaxPooling2D MaxPooling3D
  Maximum MelSpectrogram Minimum MixUp MultiHeadAttention Multiply Normalization PReLU Permute Pipeline
  RMSNormalization RNN RandAugment RandomBrightness RandomColorDegeneration RandomColorJitter RandomContrast
  RandomCrop RandomElasticTransform RandomErasing RandomFlip RandomGaussianBlur RandomGrayscale RandomHue
  RandomInvert RandomPerspective RandomPosterization RandomRotation RandomSaturation RandomSharpness RandomShear
  RandomTranslation RandomZoom ReLU RepeatVector Rescaling Reshape Resizing ReversibleEmbedding STFTSpectrogram
  SeparableConv1D SeparableConv2D SeparableConvolution1D SeparableConvolution2D SimpleRNN SimpleRNNCell Softmax
  Solarization SpatialDropout1D SpatialDropout2D SpatialDropout3D SpectralNormalization StackedRNNCells
  StringLookup Subtract TFSMLayer TextVectorization TimeDistributed TorchModuleWrapper UnitNormalization
  UpSampling1D UpSampling2D UpSampling3D Wrapper ZeroPadding1D ZeroPadding2D ZeroPadding3D
`;
var KERAS_OPERATIONS = `
  Abs Absolute AdaptiveAveragePool AdaptiveMaxPool AffineTransform All AllClose Amax Amin Angle Any Append Arange
  Arccos Arccosh Arcsin Arcsinh Arctan Arctan2 Arctanh Argmax Argmin Argpartition Argsort Array ArraySplit
  AssociativeScan AveragePool BatchNorm BinaryCrossentropy Bincount BitwiseAnd BitwiseInvert BitwiseLeftShift
  BitwiseNot BitwiseOr BitwiseRightShift BitwiseXor BroadcastTo CDist CTCDecode CTCLoss Cast
  CategoricalCrossentropy Cbrt Ceil Celu Cholesky CholeskyInverse Clip Cond Conj Conjugate Conv ConvTranspose
  ConvertToTensor Copy Corrcoef Correlate Cos Cosh CountNonzero CropImages Cross Cumprod Cumsum Deg2rad
  DepthToSpace DepthwiseConv Det Diag Diagflat Diagonal Diff Digitize Divide DivideNoNan DotProductAttention
  Dsplit Dstack Eig Eigh Einsum ElasticTransform Elu EmptyLike Equal Erf Erfc Erfinv Exp Exp2 ExpandDims Expm1
  ExtractPatches ExtractSequences FFT FFT2 Fabs Flip Fliplr Flipud Floor FloorDivide Fmax Fmin Fmod Fold ForiLoop
  Full FullLike GaussianBlur Gcd Gelu Geomspace GetItem Glu Greater GreaterEqual HSVToRGB HardShrink HardSigmoid
  HardSilu HardTanh Heaviside Histogram Hsplit Hstack Hypot I0 IFFT2 IRFFT ISTFT Imag InTopK Inner Inv IsIn
  Isclose Isfinite Isinf Isnan Isneginf Isposinf Isreal JVP Kron LayerNorm Lcm Ldexp LeakyRelu LeftShift Less
  LessEqual Linspace Log Log10 Log1p Log2 LogSigmoid LogSoftmax Logaddexp Logaddexp2 Logdet LogicalAnd LogicalNot
  LogicalOr LogicalXor Logspace Logsumexp Lstsq LuFactor Map MapCoordinates Matmul MatrixRank Max MaxPool Mean
  Median Meshgrid Min Mod Moments Moveaxis MultiHot NanToNum Nanargmax Nanargmin Nancumprod Nancumsum Nanmax
  Nanmean Nanmedian Nanmin Nanpercentile Nanprod Nanquantile Nanstd Nansum Nanvar Ndim Negative Nextafter Nonzero
  Norm Normalize NotEqual OneHot OnesLike Outer PSNR Pad PadImages Percentile PerspectiveTransform Pinv Polar
  Power Prod Ptp Qr Quantile RFFT RGBToGrayscale RGBToHSV RMSNorm Rad2deg Ravel Real Reciprocal Relu Relu6 Repeat
  Resize RightShift Roll Rot90 Round Rsqrt SSIM STFT SVD SaturateCast ScaleAndTranslate Scan Scatter ScatterUpdate
  SearchSorted SegmentMax SegmentMin SegmentProd SegmentReduction SegmentSum Select Selu SeparableConv Sigmoid
  Sign Signbit Silu Sin Sinc Sinh Size Slice SliceUpdate Slogdet SobelEdges SoftShrink Softplus Softsign Solve
  SolveTriangular Sort SpaceToDepth SparseCategoricalCrossentropy SparsePlus SparseSigmoid Sparsemax Split Sqrt
  Square Squareplus Squeeze Stack Std StopGradient Sum Swapaxes Switch Take TakeAlongAxis Tan Tanh TanhShrink
  Tensordot Threshold Tile TopK Trace Transpose Trapezoid Tril Triu TrueDivide Trunc Unfold Unique UnravelIndex
  Unstack Vander Var Vdot VectorizedMap View ViewAsComplex ViewAsReal Vsplit Vstack Where WhileLoop ZerosLike
`;
var KERAS_2_AND_APPLICATIONS = `
  BatchNormalizationV1 BatchNormalizationV2 CuDNNGRU CuDNNLSTM DenseFeatures LocallyConnected1D LocallyConnected2D
  ThresholdedReLU SyncBatchNormalization RandomHeight RandomWidth TensorFlowOpLayer ConvRNN2D AbstractRNNCell
  PeepholeLSTMCell Deconvolution2D Deconvolution3D RandomFourierFeatures CustomScaleLayer LayerScale
`;
var BUILT_IN = new Set([KERAS_LAYERS, KERAS_OPERATIONS, KERAS_2_AND_APPLICATIONS].join(" ").split(/\s+/).filter(Boolean));
function isKerasBuiltIn(className) {
  return BUILT_IN.has(className.startsWith("keras.") ? className.slice(className.lastIndexOf(".") + 1) : className);
}

// src/convert/unsupported-message.ts
var PYTHON_CLASSES = /* @__PURE__ */ new Set(["Lambda"]);
var CODE_SUBJECTS = { python: "Lambda layers", custom: "custom layer classes" };
var HINTS = {
  notYet: "These built-in Keras layers are not supported by tflite-gate yet (a converter limitation, not a fault in your model): `tflite-gate convert --help` lists the supported layers; please open an issue naming the layer.",
  settings: "These layer settings are not supported by the converter yet (a converter limitation): change them if you can and re-save the model, or open an issue; `tflite-gate convert --help` lists the supported layers.",
  incomplete: "These layers look incomplete in the file (weights, inputs or config missing): re-save the whole model with model.save(); if Keras itself loads the file, please open an issue."
};
var NAMES_PER_GROUP = 4;
var MAX_GROUPS = 8;
function causeOf(f) {
  if (PYTHON_CLASSES.has(f.className)) return "python";
  if (MODEL_CLASSES.has(f.className)) return "incomplete";
  if (!handlerFor(f.className)) return isKerasBuiltIn(f.className) ? "notYet" : "custom";
  return /not supported|only .* supported|outside/.test(f.reason) ? "settings" : "incomplete";
}
function groupLayers(found) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of found) {
    const reason2 = causeOf(f) === "notYet" ? "built-in Keras layer, not supported yet" : f.reason;
    const key2 = `${f.className}\0${reason2}`;
    const group = groups.get(key2) ?? { className: f.className, reason: reason2, paths: [] };
    group.paths.push(f.path);
    groups.set(key2, group);
  }
  return [...groups.values()];
}
function renderGroup(g) {
  if (g.paths.length === 1) return `"${g.paths[0]}" (${g.className}): ${g.reason}`;
  const shown = g.paths.slice(0, NAMES_PER_GROUP).map((p) => `"${p}"`);
  const more = g.paths.length - shown.length;
  return `${g.className} \xD7${g.paths.length}: ${g.reason} (${shown.join(", ")}${more ? `, and ${more} more` : ""})`;
}
function renderGroups(groups) {
  const listed = groups.slice(0, MAX_GROUPS).map(renderGroup);
  const rest = groups.slice(MAX_GROUPS);
  if (rest.length) {
    const layers = rest.reduce((n, g) => n + g.paths.length, 0);
    listed.push(`and ${layers} more ${layers === 1 ? "layer" : "layers"} of ${rest.length} other ${rest.length === 1 ? "kind" : "kinds"}`);
  }
  return listed.join("; ");
}
function hintFor(found) {
  const specific = [...new Set(found.map((f) => f.hint).filter((h) => !!h))].map((h) => `${h[0].toUpperCase()}${h.slice(1)}.`);
  const causes = new Set(found.filter((f) => !f.hint).map(causeOf));
  const code = ["python", "custom"].filter((c) => causes.has(c)).map((c) => CODE_SUBJECTS[c]).join(" and ");
  const codeHint = code ? [`${code[0].toUpperCase()}${code.slice(1)} are Python code that is not in the file: rewrite them with built-in Keras layers, then re-save the model.`] : [];
  const general = Object.keys(HINTS).filter((c) => causes.has(c)).map((c) => HINTS[c]);
  return [...specific, ...codeHint, ...general].join("\n  ");
}
function refusedLayersError(found) {
  const noun = found.length === 1 ? "1 layer" : `${found.length} layers`;
  const where2 = found.length === 1 ? { where: `layer ${found[0].path}` } : {};
  return new GateError("unsupported", `${noun} cannot be converted: ${renderGroups(groupLayers(found))}`, where2, hintFor(found));
}

// src/convert/check.ts
function findUnsupported(graph) {
  const found = layerProblems(graph);
  for (const mask of maskedConsumers(graph)) {
    const reason2 = `its input is masked by ${mask.source}`;
    const known = found.find((f) => f.path === mask.path);
    if (known) Object.assign(known, { reason: `${known.reason}; ${reason2}`, hint: MASK_HINT });
    else found.push({ path: mask.path, className: mask.className, reason: reason2, hint: MASK_HINT });
  }
  return found;
}
function layerProblems(graph, prefix = "") {
  const found = [];
  for (const layer of graph.layers) {
    const path = prefix ? `${prefix}/${layer.name}` : layer.name;
    if (layer.model) {
      found.push(...layerProblems(layer.model, path));
      continue;
    }
    const reason2 = unsupportedReason(layer);
    if (reason2) found.push({ path, className: layer.className, reason: reason2 });
  }
  return found;
}
function unsupportedError(found) {
  return refusedLayersError(found);
}
function assertSupported(graph) {
  const found = findUnsupported(graph);
  if (found.length > 0) throw unsupportedError(found);
}

// src/graph/passes/cleanup.ts
function constantKey(t) {
  if (!t.data) return void 0;
  const bytes = new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  const stride = Math.max(1, Math.floor(bytes.length / 4096));
  let hash = 2166136261;
  for (let i2 = 0; i2 < bytes.length; i2 += stride) hash = Math.imul(hash ^ bytes[i2], 16777619);
  return `${t.dtype}|${t.shape.join(",")}|${bytes.length}|${hash >>> 0}`;
}
function sameData(a, b) {
  const x2 = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return x2.length === y.length && x2.every((v, i2) => v === y[i2]);
}
function shareConstants(graph) {
  const seen = /* @__PURE__ */ new Map();
  const replace = /* @__PURE__ */ new Map();
  for (const t of graph.tensors) {
    const k = constantKey(t);
    if (!k) continue;
    const twin = (seen.get(k) ?? []).find((s) => sameData(s.data, t.data));
    if (twin) replace.set(t.id, twin.id);
    else seen.set(k, [...seen.get(k) ?? [], t]);
  }
  for (const op of graph.ops) op.inputs = op.inputs.map((id) => replace.get(id) ?? id);
}
function removeDeadOps(graph) {
  for (; ; ) {
    const used = new Set(graph.outputs.map((o) => o.tensor));
    for (const op of graph.ops) op.inputs.forEach((id) => used.add(id));
    const live = graph.ops.filter((op) => op.outputs.some((id) => used.has(id)));
    if (live.length === graph.ops.length) return;
    graph.ops = live;
  }
}
function compactTensors(graph) {
  const used = /* @__PURE__ */ new Set();
  graph.inputs.forEach((io) => used.add(io.tensor));
  graph.outputs.forEach((io) => used.add(io.tensor));
  for (const op of graph.ops) [...op.inputs, ...op.outputs].forEach((id) => id >= 0 && used.add(id));
  const remap = /* @__PURE__ */ new Map();
  const kept = [];
  for (const t of graph.tensors) {
    if (!used.has(t.id)) continue;
    remap.set(t.id, kept.length);
    kept.push({ ...t, id: kept.length });
  }
  const map = (id) => id < 0 ? id : remap.get(id);
  graph.tensors = kept;
  for (const op of graph.ops) {
    op.inputs = op.inputs.map(map);
    op.outputs = op.outputs.map(map);
  }
  graph.inputs = graph.inputs.map((io) => ({ ...io, tensor: map(io.tensor) }));
  graph.outputs = graph.outputs.map((io) => ({ ...io, tensor: map(io.tensor) }));
}

// src/graph/passes/util.ts
function consumers(graph) {
  const map = /* @__PURE__ */ new Map();
  for (const op of graph.ops) {
    for (const id of op.inputs) {
      if (id < 0) continue;
      const list = map.get(id) ?? [];
      if (!list.includes(op)) list.push(op);
      map.set(id, list);
    }
  }
  return map;
}
function producers(graph) {
  const map = /* @__PURE__ */ new Map();
  for (const op of graph.ops) for (const id of op.outputs) map.set(id, op);
  return map;
}
function isGraphOutput(graph, id) {
  return graph.outputs.some((o) => o.tensor === id);
}
function onlyFeeds(graph, uses, id, op) {
  const list = uses.get(id) ?? [];
  return list.length === 1 && list[0] === op && !isGraphOutput(graph, id) && op.inputs.filter((i2) => i2 === id).length === 1;
}
function isConstFloat(t) {
  return !!t && t.dtype === "float32" && t.data instanceof Float32Array;
}
function addConstant(graph, name, shape, data) {
  const id = graph.tensors.length;
  graph.tensors.push({ id, name, shape: [...shape], dtype: "float32", data });
  return id;
}
function removeOps(graph, dead) {
  if (dead.size > 0) graph.ops = graph.ops.filter((op) => !dead.has(op));
}
var activationOf = (op) => String(op.options?.fused_activation_function ?? "NONE");

// src/graph/passes/cse.ts
function signature(op) {
  const options = op.options ? Object.keys(op.options).sort().map((k) => `${k}=${JSON.stringify(op.options[k])}`).join(",") : "";
  return `${op.type}(${op.inputs.join(",")})[${options}]#${op.outputs.length}`;
}
function eliminateCommonSubexpressions(graph) {
  for (; ; ) {
    const seen = /* @__PURE__ */ new Map();
    const replace = /* @__PURE__ */ new Map();
    const dead = /* @__PURE__ */ new Set();
    for (const op of graph.ops) {
      op.inputs = op.inputs.map((id) => replace.get(id) ?? id);
      const key2 = signature(op);
      const twin = seen.get(key2);
      if (!twin || op.outputs.some((id) => isGraphOutput(graph, id))) {
        if (!twin) seen.set(key2, op);
        continue;
      }
      op.outputs.forEach((id, i2) => replace.set(id, twin.outputs[i2]));
      dead.add(op);
    }
    if (dead.size === 0) return;
    removeOps(graph, dead);
  }
}

// src/graph/passes/drop-zero-bias.ts
var DROP = {
  FULLY_CONNECTED: (op) => op.inputs.map((id, i2) => i2 === 2 ? -1 : id),
  TRANSPOSE_CONV: (op) => op.inputs.slice(0, 3)
};
var BIAS_INPUT = { FULLY_CONNECTED: 2, TRANSPOSE_CONV: 3 };
function dropZeroBias(graph) {
  for (const op of graph.ops) {
    const drop = DROP[op.type];
    const bias2 = graph.tensors[op.inputs[BIAS_INPUT[op.type] ?? -1] ?? -1];
    if (drop && isConstFloat(bias2) && bias2.data.every((v) => v === 0)) op.inputs = drop(op);
  }
}

// src/graph/passes/fold-affine.ts
var FILTER_INPUT = {
  CONV_2D: { filter: 1, bias: 2, channelAxis: "first" },
  TRANSPOSE_CONV: { filter: 1, bias: 3, channelAxis: "first" },
  DEPTHWISE_CONV_2D: { filter: 1, bias: 2, channelAxis: "last" },
  FULLY_CONNECTED: { filter: 1, bias: 2, channelAxis: "first" }
};
function scaleFilter(data, c, channelAxis) {
  const out = new Float32Array(data.length);
  const channels = c.length;
  const block = data.length / channels;
  if (channelAxis === "first") {
    for (let ch = 0; ch < channels; ch++) for (let i2 = ch * block; i2 < (ch + 1) * block; i2++) out[i2] = data[i2] * c[ch];
  } else {
    for (let i2 = 0; i2 < data.length; i2 += channels) for (let ch = 0; ch < channels; ch++) out[i2 + ch] = data[i2 + ch] * c[ch];
  }
  return out;
}
function perChannel2(graph, cId, channels, outRank) {
  const c = graph.tensors[cId];
  if (!isConstFloat(c) || c.shape.length > outRank) return void 0;
  if (c.shape.slice(0, -1).some((d) => d !== 1)) return void 0;
  if (c.data.length === channels) return c.data;
  if (c.data.length === 1) return new Float32Array(channels).fill(c.data[0]);
  return void 0;
}
function foldOne(graph, producer, op, constId) {
  const spec = FILTER_INPUT[producer.type];
  const filter = graph.tensors[producer.inputs[spec.filter]];
  const biasId = producer.inputs[spec.bias] ?? -1;
  const bias2 = biasId >= 0 ? graph.tensors[biasId] : void 0;
  if (!isConstFloat(filter) || bias2 && !isConstFloat(bias2)) return false;
  const out = graph.tensors[producer.outputs[0]];
  const channels = spec.channelAxis === "last" ? filter.shape.at(-1) : filter.shape[0];
  const c = perChannel2(graph, constId, channels, out.shape.length);
  if (!c) return false;
  const oldBias = bias2 ? bias2.data : new Float32Array(channels);
  const newBias = new Float32Array(channels);
  if (op.type === "MUL") {
    const newFilter = scaleFilter(filter.data, c, spec.channelAxis);
    for (let i2 = 0; i2 < channels; i2++) newBias[i2] = oldBias[i2] * c[i2];
    producer.inputs[spec.filter] = addConstant(graph, filter.name, filter.shape, newFilter);
  } else {
    for (let i2 = 0; i2 < channels; i2++) newBias[i2] = oldBias[i2] + c[i2];
  }
  const biasName = bias2 ? `${bias2.name};${graph.tensors[constId].name}` : graph.tensors[constId].name;
  while (producer.inputs.length <= spec.bias) producer.inputs.push(-1);
  producer.inputs[spec.bias] = addConstant(graph, biasName, [channels], newBias);
  producer.outputs[0] = op.outputs[0];
  return true;
}
function foldAffineIntoConv(graph) {
  let changed = true;
  while (changed) {
    changed = false;
    const uses = consumers(graph);
    const made = producers(graph);
    const dead = /* @__PURE__ */ new Set();
    for (const op of graph.ops) {
      if (op.type !== "MUL" && op.type !== "ADD" || activationOf(op) !== "NONE") continue;
      for (const [xi, ci] of [[0, 1], [1, 0]]) {
        const x2 = op.inputs[xi];
        const producer = made.get(x2);
        if (!producer || !FILTER_INPUT[producer.type] || activationOf(producer) !== "NONE" || dead.has(producer)) continue;
        if (!onlyFeeds(graph, uses, x2, op)) continue;
        if (foldOne(graph, producer, op, op.inputs[ci])) {
          dead.add(op);
          changed = true;
          break;
        }
      }
    }
    removeOps(graph, dead);
  }
}

// src/graph/passes/fold-constants.ts
var BINARY = {
  ADD: (a, b) => a + b,
  SUB: (a, b) => a - b,
  MUL: (a, b) => a * b,
  DIV: (a, b) => a / b,
  MAXIMUM: (a, b) => Math.max(a, b),
  MINIMUM: (a, b) => Math.min(a, b)
};
function evaluate(op, args, out) {
  const [a, b] = args;
  if (op.type === "RESHAPE" && isConstFloat(a)) return a.data.slice();
  if (op.type === "NEG" && isConstFloat(a)) return a.data.map((v) => -v);
  const f = BINARY[op.type];
  if (!f || !isConstFloat(a) || !isConstFloat(b) || (op.options?.fused_activation_function ?? "NONE") !== "NONE") return void 0;
  const n = out.shape.reduce((x2, y) => x2 * y, 1);
  if (a.data.length !== n && a.data.length !== 1 || b.data.length !== n && b.data.length !== 1) return void 0;
  const result = new Float32Array(n);
  for (let i2 = 0; i2 < n; i2++) result[i2] = f(a.data[a.data.length === 1 ? 0 : i2], b.data[b.data.length === 1 ? 0 : i2]);
  return result;
}
function foldConstants(graph) {
  const dead = /* @__PURE__ */ new Set();
  for (const op of graph.ops) {
    if (op.outputs.length !== 1 || op.inputs.length === 0) continue;
    const args = op.inputs.map((id) => graph.tensors[id]);
    if (args.some((t) => !t || t.data === void 0)) continue;
    const out = graph.tensors[op.outputs[0]];
    if (out.dtype !== "float32" || graph.outputs.some((o) => o.tensor === out.id)) continue;
    const data = evaluate(op, args, out);
    if (!data) continue;
    out.data = data;
    dead.add(op);
  }
  removeOps(graph, dead);
}

// src/graph/passes/fold-input-scale.ts
var LINEAR = /* @__PURE__ */ new Set(["CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"]);
function scalarOf(graph, op) {
  if (op.type !== "MUL" || (op.options?.fused_activation_function ?? "NONE") !== "NONE") return void 0;
  for (const [xi, ci] of [[0, 1], [1, 0]]) {
    const c = graph.tensors[op.inputs[ci]];
    const x2 = graph.tensors[op.inputs[xi]];
    if (isConstFloat(c) && c.data.length === 1 && x2 && x2.data === void 0) return { x: x2.id, c: c.data[0] };
  }
  return void 0;
}
function foldInputScale(graph) {
  const uses = consumers(graph);
  const dead = /* @__PURE__ */ new Set();
  for (const op of graph.ops) {
    const s = scalarOf(graph, op);
    const y = op.outputs[0];
    const readers2 = uses.get(y) ?? [];
    if (!s || readers2.length === 0 || isGraphOutput(graph, y)) continue;
    if (!readers2.every((r) => LINEAR.has(r.type) && r.inputs[0] === y && r.inputs.indexOf(y, 1) === -1)) continue;
    if (!readers2.every((r) => isConstFloat(graph.tensors[r.inputs[1]]))) continue;
    for (const r of readers2) {
      const w = graph.tensors[r.inputs[1]];
      r.inputs[1] = addConstant(graph, w.name, w.shape, w.data.map((v) => v * s.c));
      r.inputs[0] = s.x;
    }
    dead.add(op);
  }
  removeOps(graph, dead);
}

// src/graph/passes/fold-input-offset.ts
var READERS = { CONV_2D: "out-first", FULLY_CONNECTED: "out-first", DEPTHWISE_CONV_2D: "channel-last" };
function offsetOf(graph, op) {
  if (op.type !== "ADD" && op.type !== "SUB" || activationOf(op) !== "NONE") return void 0;
  const orders = op.type === "ADD" ? [[0, 1], [1, 0]] : [[0, 1]];
  for (const [xi, ci] of orders) {
    const c = graph.tensors[op.inputs[ci]];
    const x2 = graph.tensors[op.inputs[xi]];
    if (isConstFloat(c) && c.data.length === 1 && x2 && x2.data === void 0) return { x: x2.id, c: op.type === "SUB" ? -c.data[0] : c.data[0] };
  }
  return void 0;
}
function canTake(graph, reader, y) {
  if (!(reader.type in READERS) || reader.inputs[0] !== y || reader.inputs.indexOf(y, 1) !== -1) return false;
  if (reader.type !== "FULLY_CONNECTED" && reader.options?.padding !== "VALID") return false;
  const bias2 = reader.inputs[2] ?? -1;
  return isConstFloat(graph.tensors[reader.inputs[1]]) && (bias2 < 0 || isConstFloat(graph.tensors[bias2]));
}
function filterSums(data, shape, layout) {
  const channels = layout === "out-first" ? shape[0] : shape.at(-1);
  const sums = new Float32Array(channels);
  const block = data.length / channels;
  for (let i2 = 0; i2 < data.length; i2++) sums[layout === "out-first" ? Math.floor(i2 / block) : i2 % channels] += data[i2];
  return sums;
}
function moveIntoBias(graph, reader, x2, c) {
  const filter = graph.tensors[reader.inputs[1]];
  const sums = filterSums(filter.data, filter.shape, READERS[reader.type]);
  const biasId = reader.inputs[2] ?? -1;
  const old = biasId >= 0 ? graph.tensors[biasId].data : new Float32Array(sums.length);
  const name = biasId >= 0 ? graph.tensors[biasId].name : `${filter.name}/bias`;
  while (reader.inputs.length < 3) reader.inputs.push(-1);
  reader.inputs[2] = addConstant(graph, name, [sums.length], old.map((b, o) => b + c * sums[o]));
  reader.inputs[0] = x2;
}
function foldOffsets(graph) {
  const uses = consumers(graph);
  const dead = /* @__PURE__ */ new Set();
  for (const op of graph.ops) {
    const s = offsetOf(graph, op);
    const y = op.outputs[0];
    const readers2 = uses.get(y) ?? [];
    if (!s || readers2.length === 0 || isGraphOutput(graph, y) || !readers2.every((r) => canTake(graph, r, y))) continue;
    for (const r of readers2) moveIntoBias(graph, r, s.x, s.c);
    dead.add(op);
  }
  removeOps(graph, dead);
}
function foldInputAffine(graph) {
  for (let before = Infinity; graph.ops.length < before; ) {
    before = graph.ops.length;
    foldOffsets(graph);
    foldInputScale(graph);
  }
}

// src/graph/passes/fold-pad.ts
function samePads(size, kernel, stride, dilation) {
  const effective2 = (kernel - 1) * dilation + 1;
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + effective2 - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}
function validOut(size, kernel, stride, dilation) {
  return Math.floor((size - ((kernel - 1) * dilation + 1)) / stride) + 1;
}
function foldable(graph, pad2, conv3) {
  const paddings = graph.tensors[pad2.inputs[1]]?.data;
  const input = graph.tensors[pad2.inputs[0]];
  const filter = graph.tensors[conv3.inputs[1]];
  if (!(paddings instanceof Int32Array) || paddings.length !== 8 || input.shape.length !== 4) return false;
  if (paddings[0] || paddings[1] || paddings[6] || paddings[7]) return false;
  const o = conv3.options ?? {};
  const dims = [
    { size: input.shape[1], k: filter.shape[1], s: Number(o.stride_h ?? 1), d: Number(o.dilation_h_factor ?? 1), p: [paddings[2], paddings[3]] },
    { size: input.shape[2], k: filter.shape[2], s: Number(o.stride_w ?? 1), d: Number(o.dilation_w_factor ?? 1), p: [paddings[4], paddings[5]] }
  ];
  return dims.every(({ size, k, s, d, p }) => {
    const [before, after] = samePads(size, k, s, d);
    return before === p[0] && after === p[1] && validOut(size + p[0] + p[1], k, s, d) === Math.ceil(size / s);
  });
}
function foldableConv(graph, pad2, conv3) {
  const isConv = conv3.type === "CONV_2D" || conv3.type === "DEPTHWISE_CONV_2D";
  return isConv && conv3.options?.padding === "VALID" && conv3.inputs[0] === pad2.outputs[0] && conv3.inputs.filter((i2) => i2 === pad2.outputs[0]).length === 1 && foldable(graph, pad2, conv3);
}
function foldPadIntoConv(graph) {
  const uses = consumers(graph);
  const dead = /* @__PURE__ */ new Set();
  for (const pad2 of graph.ops) {
    if (pad2.type !== "PAD" || isGraphOutput(graph, pad2.outputs[0])) continue;
    const convs = uses.get(pad2.outputs[0]) ?? [];
    if (convs.length === 0 || !convs.every((conv3) => foldableConv(graph, pad2, conv3))) continue;
    for (const conv3 of convs) {
      conv3.inputs[0] = pad2.inputs[0];
      conv3.options = { ...conv3.options, padding: "SAME" };
    }
    dead.add(pad2);
  }
  removeOps(graph, dead);
}

// src/graph/passes/fold-reshapes.ts
var SHAPE_ONLY = /* @__PURE__ */ new Set(["RESHAPE", "EXPAND_DIMS", "SQUEEZE"]);
var sameShape = (a, b) => a.length === b.length && a.every((d, i2) => d === b[i2]);
function foldReshapes(graph) {
  const uses = consumers(graph);
  const made = producers(graph);
  for (const op of graph.ops) {
    if (op.type !== "RESHAPE") continue;
    const inner = made.get(op.inputs[0]);
    if (inner?.type === "RESHAPE" && onlyFeeds(graph, uses, op.inputs[0], op)) op.inputs[0] = inner.inputs[0];
  }
  const dead = /* @__PURE__ */ new Set();
  const replace = /* @__PURE__ */ new Map();
  for (const op of graph.ops) {
    op.inputs = op.inputs.map((id) => replace.get(id) ?? id);
    if (!SHAPE_ONLY.has(op.type) || isGraphOutput(graph, op.outputs[0])) continue;
    const source = chainSource(graph, uses, made, op);
    const out = graph.tensors[op.outputs[0]];
    if (source !== void 0 && sameShape(graph.tensors[source].shape, out.shape)) {
      replace.set(out.id, source);
      dead.add(op);
    }
  }
  removeOps(graph, dead);
}
function chainSource(graph, uses, made, op) {
  let current = op;
  let input = current.inputs[0];
  for (; ; ) {
    const before = made.get(input);
    if (!before || !SHAPE_ONLY.has(before.type) || !onlyFeeds(graph, uses, input, current)) break;
    current = before;
    input = current.inputs[0];
  }
  return graph.tensors[input]?.data === void 0 ? input : void 0;
}

// src/graph/passes/fold-shape-ops.ts
function newShape(graph, op, shape) {
  const rank = shape.length;
  if (op.type === "EXPAND_DIMS") {
    const axis2 = Number(graph.tensors[op.inputs[1] ?? -1]?.data?.[0]);
    if (!Number.isInteger(axis2)) return void 0;
    const at = axis2 < 0 ? axis2 + rank + 1 : axis2;
    return [...shape.slice(0, at), 1, ...shape.slice(at)];
  }
  const listed = op.options?.squeeze_dims ?? [];
  const outShape = graph.tensors[op.outputs[0]].shape;
  if (listed.length === 0) return outShape.length === rank ? shape : void 0;
  const drop = new Set(listed.map((d) => d < 0 ? d + rank : d));
  return shape.filter((_, i2) => !drop.has(i2));
}
function mergeIntoReshape(graph, op, inner) {
  const spec = graph.tensors[inner.inputs[1] ?? -1]?.data;
  if (!(spec instanceof Int32Array)) return;
  const shape = newShape(graph, op, Array.from(spec));
  if (!shape || shape.length !== graph.tensors[op.outputs[0]].shape.length) return;
  const id = graph.tensors.length;
  graph.tensors.push({ id, name: `${graph.tensors[op.outputs[0]].name}/shape`, shape: [shape.length], dtype: "int32", data: Int32Array.from(shape) });
  op.type = "RESHAPE";
  op.inputs = [inner.inputs[0], id];
  delete op.options;
}
function foldShapeOps(graph) {
  const uses = consumers(graph);
  const made = producers(graph);
  for (const op of graph.ops) {
    const inner = made.get(op.inputs[0] ?? -1);
    if (inner?.type !== "RESHAPE" || !onlyFeeds(graph, uses, op.inputs[0], op)) continue;
    if (op.type === "EXPAND_DIMS" || op.type === "SQUEEZE") mergeIntoReshape(graph, op, inner);
    else if (op.type === "FULLY_CONNECTED" && op.options?.keep_num_dims !== true) {
      const flat = graph.tensors[op.inputs[0]].shape;
      const weights = graph.tensors[op.inputs[1] ?? -1];
      if (flat.length === 2 && weights?.shape.length === 2 && weights.shape[1] === flat[1]) op.inputs = [inner.inputs[0], ...op.inputs.slice(1)];
    }
  }
}

// src/graph/passes/fuse-activation.ts
var FUSABLE = /* @__PURE__ */ new Set([
  "CONV_2D",
  "DEPTHWISE_CONV_2D",
  "TRANSPOSE_CONV",
  "FULLY_CONNECTED",
  "MAX_POOL_2D",
  "AVERAGE_POOL_2D",
  "ADD",
  "SUB",
  "MUL",
  "DIV"
]);
var ACTIVATIONS2 = /* @__PURE__ */ new Set(["RELU", "RELU6", "RELU_N1_TO_1"]);
function fuseActivations(graph) {
  const uses = consumers(graph);
  const made = producers(graph);
  const dead = /* @__PURE__ */ new Set();
  for (const op of graph.ops) {
    if (!ACTIVATIONS2.has(op.type)) continue;
    const x2 = op.inputs[0];
    const producer = made.get(x2);
    if (!producer || !FUSABLE.has(producer.type) || activationOf(producer) !== "NONE" || dead.has(producer)) continue;
    if (!onlyFeeds(graph, uses, x2, op)) continue;
    producer.options = { ...producer.options, fused_activation_function: op.type };
    producer.outputs[0] = op.outputs[0];
    made.set(op.outputs[0], producer);
    dead.add(op);
  }
  removeOps(graph, dead);
}

// src/graph/passes/index.ts
var PASSES = [
  { name: "fold-constants", run: foldConstants },
  { name: "share-constants", run: shareConstants },
  { name: "common-subexpressions", run: eliminateCommonSubexpressions },
  { name: "fold-affine-into-conv", run: foldAffineIntoConv },
  { name: "fold-input-scale", run: foldInputScale },
  { name: "fold-input-offset", run: foldInputAffine },
  { name: "fold-pad-into-conv", run: foldPadIntoConv },
  { name: "fold-reshapes", run: foldReshapes },
  { name: "fold-shape-ops", run: foldShapeOps },
  { name: "fuse-activations", run: fuseActivations },
  { name: "drop-zero-bias", run: dropZeroBias },
  { name: "share-weights", run: shareConstants },
  { name: "remove-dead-ops", run: removeDeadOps },
  { name: "compact-tensors", run: compactTensors }
];
function optimizeGraph(graph, skip = []) {
  for (const pass of PASSES) if (!skip.includes(pass.name)) pass.run(graph);
  return graph;
}

// src/convert/walk.ts
var key = (layer, call, tensor) => `${layer}\0${call}\0${tensor}`;
function walkGraph(graph, inputIds, scope, env) {
  const produced = /* @__PURE__ */ new Map();
  const callCount = new Map(graph.layers.map((l) => [l.name, l.inbound.length]));
  graph.inputs.forEach((ref, i2) => {
    produced.set(key(ref.layer, ref.nodeIndex, ref.tensorIndex), inputIds[i2]);
    produced.set(key(ref.layer, 0, ref.tensorIndex), inputIds[i2]);
  });
  const inputLayers = new Set(graph.inputs.map((r) => r.layer));
  const resolve2 = (ref) => {
    const exact = produced.get(key(ref.layer, ref.nodeIndex, ref.tensorIndex));
    if (exact !== void 0) return exact;
    const calls = callCount.get(ref.layer) ?? 0;
    if (ref.nodeIndex >= calls && calls > 0) return produced.get(key(ref.layer, calls - 1, ref.tensorIndex));
    return void 0;
  };
  let pending = graph.layers.filter((l) => !inputLayers.has(l.name) && l.className !== "InputLayer").flatMap((layer) => layer.inbound.map((refs, index2) => ({ layer, index: index2, refs })));
  while (pending.length > 0) {
    const waiting = [];
    for (const call of pending) {
      const ids = call.refs.map(resolve2);
      if (ids.some((id) => id === void 0)) waiting.push(call);
      else emitCall(call, ids, scope, env).forEach((id, t) => produced.set(key(call.layer.name, call.index, t), id));
    }
    if (waiting.length === pending.length) throw danglingError(graph, waiting[0]);
    pending = waiting;
  }
  return graph.outputs.map((ref) => {
    const id = resolve2(ref);
    if (id === void 0) throw new GateError("bad-model", `model output "${ref.layer}" is not computed by any layer`, { where: `model ${graph.name}` });
    return id;
  });
}
function emitCall(call, inputs, scope, env) {
  const { layer } = call;
  const ctx = {
    builder: env.builder,
    layer,
    inputs,
    options: env.options,
    scope,
    kerasVersion: env.kerasVersion,
    callIndex: call.index,
    convertNested: (nestedInputs) => walkGraph(layer.model, nestedInputs, scope ? `${scope}/${layer.name}` : layer.name, env)
  };
  if (layer.model) return ctx.convertNested(inputs);
  const handler = handlerForLayer(layer);
  if (!handler) throw new Error(`layer ${layer.name} (${layer.className}) passed the check without a handler`);
  try {
    return handler.emit(ctx);
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new Error(`while converting layer "${layer.name}" (${layer.className}): ${error.message}`, { cause: error });
  }
}
function danglingError(graph, call) {
  const missing = call.refs.map((r) => r.layer).join(", ");
  return new GateError(
    "bad-model",
    `layer "${call.layer.name}" waits for inputs that no layer produces (${missing})`,
    { where: `model ${graph.name}, layer ${call.layer.name}` },
    "The layer graph in the file is inconsistent (a cycle or a missing layer); re-save the model from Keras."
  );
}

// src/convert/index.ts
var DEFAULT_CONVERT_OPTIONS = { batchSize: 1, dynamicBatch: false };
var INPUT_DTYPES = /* @__PURE__ */ new Set(["float32", "int32", "int64", "int8", "uint8", "bool"]);
function convertKerasModel(model, options = {}) {
  const opts = { ...DEFAULT_CONVERT_OPTIONS, ...options };
  const { graph: kgraph } = model;
  assertSupported(kgraph);
  const builder = new GraphBuilder();
  const inputIds = kgraph.inputs.map((ref, i2) => {
    const shape = inputShape(kgraph.inputShapes[i2] ?? [], ref.layer, opts);
    const declared = kgraph.inputDtypes[i2] ?? "float32";
    const dtype = INPUT_DTYPES.has(declared) ? declared : "float32";
    const id = builder.activation(`serving_default_${ref.layer}:0`, shape, dtype);
    builder.inputs.push({ name: ref.layer, tensor: id });
    return id;
  });
  const outputIds = walkGraph(kgraph, inputIds, kgraph.name, { builder, options: opts, kerasVersion: model.kerasVersion });
  outputIds.forEach((id, i2) => builder.outputs.push({ name: outputName(kgraph.outputs.map((r) => r.layer), i2), tensor: id }));
  const graph = optimizeGraph(builder.build("tflite-gate"));
  nameOutputs(graph);
  if (opts.dynamicBatch) markDynamicBatch(graph);
  return graph;
}
function inputShape(declared, name, opts) {
  if (declared.length === 0) throw new GateError("unsupported", `input "${name}" has no declared shape`, { where: `input ${name}` }, "Give the model an explicit Input(shape=...) and re-save it.");
  return declared.map((d, i2) => {
    if (i2 === 0) return opts.batchSize;
    if (d !== null && d > 0) return d;
    if (opts.sequenceLength) return opts.sequenceLength;
    throw new GateError(
      "unsupported",
      `input "${name}" has an unknown dimension ${i2} (shape [${declared.map((x2) => x2 ?? "None").join(", ")}])`,
      { where: `input ${name}` },
      "Pass --sequence_length N to fix variable-length dimensions, or give the Input a fixed shape."
    );
  });
}
function sequenceLengthNotes(graph, sequenceLength) {
  if (!sequenceLength) return [];
  const variable = graph.inputs.flatMap((ref, i2) => {
    const declared = graph.inputShapes[i2] ?? [];
    const dims = declared.map((d, k) => k > 0 && !(d !== null && d > 0) ? k : -1).filter((k) => k > 0);
    return dims.length ? [`input "${ref.layer}" [${declared.map((d) => d ?? "None").join(", ")}] dimension${dims.length > 1 ? "s" : ""} ${dims.join(", ")}`] : [];
  });
  if (variable.length === 0) return [`--sequence_length ${sequenceLength} ignored: every input of the model has a fixed shape`];
  return [`converted at sequence length ${sequenceLength} (--sequence_length) for the variable-length ${variable.join("; ")}: results hold for inputs of that length`];
}
function outputName(layers, i2) {
  const name = layers[i2];
  const earlier = layers.slice(0, i2).filter((l) => l === name).length;
  return earlier === 0 ? name : `${name}_${earlier}`;
}
function nameOutputs(graph) {
  const inputs = new Set(graph.inputs.map((io) => io.tensor));
  graph.outputs.forEach((io, i2) => {
    if (!inputs.has(io.tensor)) graph.tensors[io.tensor].name = `StatefulPartitionedCall_1:${i2}`;
  });
}
function markDynamicBatch(graph) {
  const batched = new Set(graph.inputs.map((io) => io.tensor));
  for (const op of graph.ops) {
    if (op.type !== "SHAPE" && op.inputs.some((id) => batched.has(id))) op.outputs.forEach((id) => batched.add(id));
  }
  for (const id of batched) {
    const t = graph.tensors[id];
    if (t.shape.length > 0) t.shapeSignature = [-1, ...t.shape.slice(1)];
  }
}

// src/keras/probe.ts
var HDF5_SIGNATURE = [137, 72, 68, 70, 13, 10, 26, 10];
var ZIP_LOCAL_HEADER = [80, 75, 3, 4];
var ZIP_END_RECORD = [80, 75, 5, 6];
function hasBytesAt(bytes, offset, expected) {
  if (offset + expected.length > bytes.length) return false;
  return expected.every((value, i2) => bytes[offset + i2] === value);
}
function probeKerasFormat(bytes) {
  if (hasBytesAt(bytes, 0, ZIP_LOCAL_HEADER) || hasBytesAt(bytes, 0, ZIP_END_RECORD)) return "keras-zip";
  for (let offset = 0; offset + HDF5_SIGNATURE.length <= bytes.length; offset = offset === 0 ? 512 : offset * 2) {
    if (hasBytesAt(bytes, offset, HDF5_SIGNATURE)) return "hdf5";
  }
  return void 0;
}

// src/keras/inbound.ts
function refFromTriple(value, where2) {
  if (!Array.isArray(value) || typeof value[0] !== "string") throw badModel(`expected [layer, node, tensor], got ${JSON.stringify(value)}`, where2);
  const nodeIndex = value[1] ?? 0;
  const tensorIndex = value[2] ?? 0;
  if (typeof nodeIndex !== "number" || typeof tensorIndex !== "number") {
    throw badModel(`expected numeric node and tensor indices in ${JSON.stringify(value)}`, where2);
  }
  return { layer: value[0], nodeIndex, tensorIndex };
}
function isTriple(value) {
  return Array.isArray(value) && typeof value[0] === "string" && (value.length === 1 || typeof value[1] === "number");
}
function parseRefList(value, where2) {
  if (value === void 0 || value === null) return [];
  if (isTriple(value)) return [refFromTriple(value, where2)];
  if (Array.isArray(value)) return value.flatMap((item) => parseRefList(item, where2));
  if (isObject(value)) return Object.values(value).flatMap((item) => parseRefList(item, where2));
  throw badModel(`cannot read layer references ${JSON.stringify(value)}`, where2);
}
function collectKerasTensors(value, out, where2) {
  if (Array.isArray(value)) {
    for (const item of value) collectKerasTensors(item, out, where2);
  } else if (isObject(value)) {
    if (value.class_name === "__keras_tensor__") {
      const config = isObject(value.config) ? value.config : {};
      out.push(refFromTriple(config.keras_history, where2));
    } else {
      for (const item of Object.values(value)) collectKerasTensors(item, out, where2);
    }
  }
}
function argsWithTensorSlots(value, counter) {
  if (Array.isArray(value)) return value.map((item) => argsWithTensorSlots(item, counter));
  if (isObject(value) && value.class_name === "__keras_tensor__") return { tensorArg: counter.next++ };
  return value;
}
var MASK_KWARGS = /* @__PURE__ */ new Set(["mask", "attention_mask", "query_mask", "value_mask", "key_mask"]);
var isKeras2Tensor = (value) => Array.isArray(value) && value.length === 3 && typeof value[0] === "string" && typeof value[1] === "number";
function keras3KwargWithSlots(value, refs, where2) {
  if (Array.isArray(value)) return value.map((item) => keras3KwargWithSlots(item, refs, where2));
  if (!isObject(value) || value.class_name !== "__keras_tensor__") return value;
  collectKerasTensors(value, refs, where2);
  return { tensorArg: refs.length - 1 };
}
function kwargTensorsToRefs(kwargs, refs, keras3, where2) {
  const out = {};
  for (const [key2, value] of Object.entries(kwargs)) {
    if (MASK_KWARGS.has(key2)) out[key2] = value;
    else if (keras3) out[key2] = keras3KwargWithSlots(value, refs, where2);
    else if (isKeras2Tensor(value)) {
      refs.push(refFromTriple(value, where2));
      out[key2] = { tensorArg: refs.length - 1 };
    } else out[key2] = value;
  }
  return out;
}
function parseKeras3Call(call, where2) {
  const refs = [];
  collectKerasTensors(call.args ?? [], refs, where2);
  const args = Array.isArray(call.args) ? argsWithTensorSlots(call.args, { next: 0 }) : [];
  return { refs, kwargs: kwargTensorsToRefs(isObject(call.kwargs) ? call.kwargs : {}, refs, true, where2), args };
}
function parseKeras2Call(call, where2) {
  const refs = call.map((tensor) => refFromTriple(tensor, where2));
  const last = call.length ? call[call.length - 1] : void 0;
  const kwargs = Array.isArray(last) && isObject(last[3]) ? last[3] : {};
  return { refs, kwargs: kwargTensorsToRefs(kwargs, refs, false, where2), args: [] };
}
function parseInboundNodes(value, where2) {
  const parsed = { inbound: [], kwargs: [], args: [] };
  if (value === void 0 || value === null) return parsed;
  if (!Array.isArray(value)) throw badModel("inbound_nodes is not a list", where2);
  for (const call of value) {
    const { refs, kwargs, args } = isObject(call) ? parseKeras3Call(call, where2) : Array.isArray(call) ? parseKeras2Call(isTriple(call) ? [call] : call, where2) : (() => {
      throw badModel(`cannot read inbound node ${JSON.stringify(call)}`, where2);
    })();
    parsed.inbound.push(refs);
    parsed.kwargs.push(kwargs);
    parsed.args.push(args);
  }
  return parsed;
}

// src/keras/config.ts
var MODEL_CLASSES2 = /* @__PURE__ */ new Set(["Sequential", "Functional", "Model"]);
function isModelEntry(entry) {
  const config = entry.config;
  if (entry.class_name === "Sequential") return true;
  return isObject(config) && Array.isArray(config.layers) && (MODEL_CLASSES2.has(String(entry.class_name)) || "input_layers" in config);
}
function buildModelGraph(root, where2) {
  if (!isModelEntry(root)) {
    const className = typeof root.class_name === "string" ? root.class_name : "unknown";
    throw new GateError(
      "unsupported",
      `the model is a subclassed Keras model (class "${className}"): its file holds no layer graph to convert`,
      { where: where2 },
      "rebuild the model with the Sequential or functional API (keras.Model(inputs, outputs)) and save it with model.save()"
    );
  }
  return buildGraph(root, where2);
}
function buildGraph(entry, where2) {
  const config = entry.config;
  if (entry.class_name === "Sequential") {
    const seq = Array.isArray(config) ? { layers: config } : isObject(config) ? config : {};
    return buildSequential(seq, String(entry.name ?? seq.name ?? "sequential"), where2);
  }
  return buildFunctional(config, String(entry.class_name), where2);
}
function layerName(entry) {
  const config = isObject(entry.config) ? entry.config : {};
  const name = entry.name ?? config.name;
  return typeof name === "string" ? name : void 0;
}
function parseLayer(entry, index2, where2) {
  if (!isObject(entry) || typeof entry.class_name !== "string") throw badModel(`layer #${index2} has no class_name`, where2);
  const name = layerName(entry);
  if (!name) throw badModel(`layer #${index2} (${entry.class_name}) has no name`, where2);
  const config = isObject(entry.config) ? entry.config : {};
  const layer = { className: entry.class_name, name, config, inbound: [], weights: [] };
  if (typeof entry.module === "string") layer.module = entry.module;
  if (isModelEntry(entry)) layer.model = buildGraph(entry, `${where2}: layer "${name}"`);
  return layer;
}
function layerList(config, where2) {
  if (!Array.isArray(config.layers)) throw badModel('the model config has no "layers" list', where2);
  return config.layers;
}
function buildSequential(config, name, where2) {
  const place = `${where2}: model "${name}"`;
  const layers = layerList(config, place).map((entry, i2) => parseLayer(entry, i2, place));
  if (layers.length === 0) throw badModel("the Sequential model has no layers", place);
  if (layers[0].className !== "InputLayer") layers.unshift(implicitInput(layers[0], config, place));
  for (let i2 = 1; i2 < layers.length; i2++) layers[i2].inbound = [[{ layer: layers[i2 - 1].name, nodeIndex: 0, tensorIndex: 0 }]];
  const input = { layer: layers[0].name, nodeIndex: 0, tensorIndex: 0 };
  const output = { layer: layers[layers.length - 1].name, nodeIndex: 0, tensorIndex: 0 };
  return { name, className: "Sequential", layers, inputs: [input], outputs: [output], ...inputSpecs(layers, [input], place) };
}
function implicitInput(first, config, where2) {
  const shape = declaredShape(first.config) ?? first.model?.inputShapes[0] ?? // a nested model as the first layer brings its own input
  (Array.isArray(config.build_input_shape) ? config.build_input_shape : void 0);
  if (!shape) {
    throw new GateError(
      "unsupported",
      `the Sequential model declares no input shape (layer "${first.name}" has no batch_input_shape; the model was saved before it was built)`,
      { where: where2 },
      "give the model an input shape (keras.Input(shape=...) as its first layer) and save it again"
    );
  }
  const name = `${first.name}_input`;
  const dtype = first.model?.inputDtypes[0] ?? dtypeName(first.config.dtype);
  return { className: "InputLayer", name, config: { name, batch_input_shape: shape, dtype }, inbound: [], weights: [] };
}
function buildFunctional(config, className, where2) {
  const name = String(config.name ?? "model");
  const place = `${where2}: model "${name}"`;
  const entries = layerList(config, place);
  const layers = entries.map((entry, i2) => {
    const layer = parseLayer(entry, i2, place);
    const calls = parseInboundNodes(entry.inbound_nodes, `${place}: layer "${layer.name}"`);
    layer.inbound = calls.inbound;
    if (calls.kwargs.some((kwargs) => Object.keys(kwargs).length > 0)) layer.callKwargs = calls.kwargs;
    if (calls.args.some(hasConstant)) layer.callArgs = calls.args;
    if (!layer.module && isKeras3OpEntry(entry)) layer.module = KERAS3_OP_MODULE;
    return layer;
  });
  const inputs = parseRefList(config.input_layers, `${place}: input_layers`);
  const outputs = parseRefList(config.output_layers, `${place}: output_layers`);
  checkReferences(layers, inputs, outputs, place);
  return { name, className, layers, inputs, outputs, ...inputSpecs(layers, inputs, place) };
}
var KERAS3_OP_MODULE = "keras.src.ops";
function isKeras3OpEntry(entry) {
  const config = isObject(entry.config) ? entry.config : {};
  const calls = Array.isArray(entry.inbound_nodes) ? entry.inbound_nodes : [];
  return calls.length > 0 && calls.every(isObject) && !("trainable" in config) && !("dtype" in config) && !isModelEntry(entry);
}
function hasConstant(args) {
  return args.some((arg) => Array.isArray(arg) ? hasConstant(arg) : !(isObject(arg) && typeof arg.tensorArg === "number"));
}
function checkReferences(layers, inputs, outputs, where2) {
  const names = new Set(layers.map((layer) => layer.name));
  const check3 = (ref, place) => {
    if (!names.has(ref.layer)) throw badModel(`refers to a layer "${ref.layer}" that the model does not have`, place);
  };
  for (const layer of layers) for (const call of layer.inbound) for (const ref of call) check3(ref, `${where2}: layer "${layer.name}"`);
  inputs.forEach((ref) => check3(ref, `${where2}: input_layers`));
  outputs.forEach((ref) => check3(ref, `${where2}: output_layers`));
  if (inputs.length === 0) throw badModel("the model has no inputs", where2);
  if (outputs.length === 0) throw badModel("the model has no outputs", where2);
}
function declaredShape(config) {
  if (Array.isArray(config.batch_input_shape)) return config.batch_input_shape;
  if (Array.isArray(config.batch_shape)) return config.batch_shape;
  if (Array.isArray(config.input_shape)) return [null, ...config.input_shape];
  return void 0;
}
function dtypeName(value) {
  if (typeof value === "string") return value.startsWith("mixed_") ? "float32" : value;
  if (isObject(value) && isObject(value.config) && typeof value.config.name === "string") return dtypeName(value.config.name);
  return "float32";
}
function inputSpecs(layers, inputs, where2) {
  const byName = new Map(layers.map((layer) => [layer.name, layer]));
  const inputShapes = inputs.map((ref) => {
    const layer = byName.get(ref.layer);
    const shape = layer ? declaredShape(layer.config) : void 0;
    if (!shape) throw badModel(`input "${ref.layer}" declares no shape`, where2);
    return shape.map((dim) => typeof dim === "number" ? dim : null);
  });
  const inputDtypes = inputs.map((ref) => dtypeName(byName.get(ref.layer)?.config.dtype));
  return { inputShapes, inputDtypes };
}

// src/keras/hdf5-client.ts
import vm from "node:vm";

// src/keras/h5-module.ts
import { readFile } from "node:fs/promises";

// node_modules/h5wasm/dist/esm/hdf5_util.js
async function Module(moduleArg = {}) {
  var moduleRtn;
  var Module2 = moduleArg;
  var ENVIRONMENT_IS_WEB = !!globalThis.window;
  var ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope;
  var ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = (status, toThrow) => {
    throw toThrow;
  };
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module2["locateFile"]) {
      return Module2["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = (url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(xhr.response);
        };
      }
      readAsync = async (url) => {
        var response = await fetch(url, { credentials: "same-origin" });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      };
    }
  } else {
  }
  var out = console.log.bind(console);
  var err2 = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  function assert(condition, text) {
    if (!condition) {
      abort(text);
    }
  }
  function binaryDecode(bin) {
    for (var i3 = 0, l = bin.length, o = new Uint8Array(l), c; i3 < l; ++i3) {
      c = bin.charCodeAt(i3);
      o[i3] = ~c >> 8 & c;
    }
    return o;
  }
  var readyPromiseResolve, readyPromiseReject;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    HEAP8 = new Int8Array(b);
    HEAP16 = new Int16Array(b);
    Module2["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    HEAPU16 = new Uint16Array(b);
    HEAP32 = new Int32Array(b);
    HEAPU32 = new Uint32Array(b);
    HEAPF32 = new Float32Array(b);
    HEAPF64 = new Float64Array(b);
    HEAP64 = new BigInt64Array(b);
    HEAPU64 = new BigUint64Array(b);
  }
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module2["preRun"]) {
      if (typeof Module2["preRun"] == "function") Module2["preRun"] = [Module2["preRun"]];
      while (Module2["preRun"].length) {
        addOnPreRun(Module2["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    if (!Module2["noFSInit"] && !FS.initialized) FS.init();
    TTY.init();
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
    FS.ignorePermissions = false;
  }
  function preMain() {
  }
  function postRun() {
    if (Module2["postRun"]) {
      if (typeof Module2["postRun"] == "function") Module2["postRun"] = [Module2["postRun"]];
      while (Module2["postRun"].length) {
        addOnPostRun(Module2["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  function abort(what) {
    Module2["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err2(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  var wasmBinaryFile;
  function findWasmBinary() {
    throw new Error("hdf5_util.wasm is compiled by h5-module.ts and passed as instantiateWasm");
  }
  function getBinarySync(file) {
    return file;
  }
  async function getWasmBinary(binaryFile) {
    return getBinarySync(binaryFile);
  }
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance = await WebAssembly.instantiate(binary2, imports);
      return instance;
    } catch (reason2) {
      err2(`failed to asynchronously prepare wasm: ${reason2}`);
      abort(reason2);
    }
  }
  async function instantiateAsync(binary2, binaryFile, imports) {
    return instantiateArrayBuffer(binaryFile, imports);
  }
  function getWasmImports() {
    var GOTProxyHandler = new Proxy(/* @__PURE__ */ new Set([]), GOTHandler);
    var imports = { env: wasmImports, wasi_snapshot_preview1: wasmImports, "GOT.mem": GOTProxyHandler, "GOT.func": GOTProxyHandler };
    return imports;
  }
  async function createWasm() {
    function receiveInstance(instance, module) {
      wasmExports = instance.exports;
      var origExports = wasmExports;
      mergeLibSymbols(wasmExports, "main");
      var metadata = getDylinkMetadata(module);
      if (metadata.neededDynlibs) {
        dynamicLibraries = metadata.neededDynlibs.concat(dynamicLibraries);
      }
      assignWasmExports(wasmExports);
      updateGOT(origExports);
      LDSO.init();
      loadDylibs();
      updateMemoryViews();
      return wasmExports;
    }
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    var info = getWasmImports();
    if (Module2["instantiateWasm"]) {
      return new Promise((resolve2, reject) => {
        Module2["instantiateWasm"](info, (inst, mod) => {
          resolve2(receiveInstance(inst, mod));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  class ExitStatus {
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var GOTHandler = { get(weakImports, symName) {
    var rtn = GOT[symName];
    if (!rtn) {
      rtn = GOT[symName] = new WebAssembly.Global({ value: "i32", mutable: true }, -1);
    }
    if (!weakImports.has(symName)) {
      rtn.required = true;
    }
    return rtn;
  } };
  var callRuntimeCallbacks = (callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module2);
    }
  };
  var onPostRuns = [];
  var addOnPostRun = (cb) => onPostRuns.push(cb);
  var onPreRuns = [];
  var addOnPreRun = (cb) => onPreRuns.push(cb);
  var UTF8Decoder = globalThis.TextDecoder && new TextDecoder();
  var findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  };
  var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str2 = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str2 += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str2 += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str2 += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str2;
  };
  var getDylinkMetadata = (binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    function getLEB() {
      var ret = 0;
      var mul2 = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul2;
        mul2 *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name = getString();
      failIf(name !== "dylink.0");
    }
    var customSection = { neededDynlibs: [], tlsExports: /* @__PURE__ */ new Set(), weakImports: /* @__PURE__ */ new Set(), runtimePaths: [] };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags = getLEB();
          if (flags & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags = getLEB();
          if ((flags & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  };
  var newDSO = (name, handle, syms) => {
    var dso = { refcount: Infinity, name, exports: syms, global: true };
    LDSO.loadedLibsByName[name] = dso;
    if (handle != void 0) {
      LDSO.loadedLibsByHandle[handle] = dso;
    }
    return dso;
  };
  var LDSO = { loadedLibsByName: {}, loadedLibsByHandle: {}, init() {
    newDSO("__main__", 0, wasmImports);
  } };
  var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
  var getMemory = (size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    var sbrk_ptr = _emscripten_get_sbrk_ptr();
    HEAPU32[sbrk_ptr >> 2] = end;
    return ret;
  };
  var isInternalSym = (symName) => ["memory", "__memory_base", "__table_base", "__stack_pointer", "__indirect_function_table", "__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__");
  var wasmTableMirror = [];
  var getWasmTableEntry = (funcPtr) => {
    var func = wasmTableMirror[funcPtr];
    if (!func) {
      wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
    }
    return func;
  };
  var updateTableMap = (offset, count) => {
    if (functionsInTableMap) {
      for (var i3 = offset; i3 < offset + count; i3++) {
        var item = getWasmTableEntry(i3);
        if (item) {
          functionsInTableMap.set(item, i3);
        }
      }
    }
  };
  var functionsInTableMap;
  var getFunctionAddress = (func) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func) || 0;
  };
  var freeTableIndexes = [];
  var getEmptyTableSlot = () => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  };
  var setWasmTableEntry = (idx, func) => {
    wasmTable.set(idx, func);
    wasmTableMirror[idx] = wasmTable.get(idx);
  };
  var uleb128EncodeWithLen = (arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  };
  var wasmTypeCodes = { i: 127, p: 127, j: 126, f: 125, d: 124, e: 111 };
  var generateTypePack = (types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  }));
  var convertJsFunctionToWasm = (func, sig) => {
    var bytes = Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0, 1, ...uleb128EncodeWithLen([1, 96, ...generateTypePack(sig.slice(1)), ...generateTypePack(sig[0] === "v" ? "" : sig[0])]), 2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0);
    var module = new WebAssembly.Module(bytes);
    var instance = new WebAssembly.Instance(module, { e: { f: func } });
    var wrappedFunc = instance.exports["f"];
    return wrappedFunc;
  };
  var addFunction = (func, sig) => {
    var rtn = getFunctionAddress(func);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func);
    } catch (err3) {
      if (!(err3 instanceof TypeError)) {
        throw err3;
      }
      var wrapped = convertJsFunctionToWasm(func, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func, ret);
    return ret;
  };
  var updateGOT = (exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      var existingEntry = GOT[symName] && GOT[symName].value != -1;
      if (replace || !existingEntry) {
        var newValue;
        if (typeof value == "function") {
          newValue = addFunction(value);
        } else if (typeof value.value == "number") {
          newValue = value;
        } else {
          continue;
        }
        GOT[symName] ??= new WebAssembly.Global({ value: "i32", mutable: true });
        GOT[symName].value = newValue;
      }
    }
  };
  var isImmutableGlobal = (val) => {
    if (val instanceof WebAssembly.Global) {
      try {
        val.value = val.value;
      } catch {
        return true;
      }
    }
    return false;
  };
  var relocateExports = (exports, memoryBase = 0) => {
    function relocateExport(name, value) {
      if (isImmutableGlobal(value)) {
        return new WebAssembly.Global({ value: "i32" }, value.value + memoryBase);
      }
      return value;
    }
    var relocated = {};
    for (var e in exports) {
      relocated[e] = relocateExport(e, exports[e]);
    }
    return relocated;
  };
  var isSymbolDefined = (symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  };
  var createNamedFunction = (name, func) => Object.defineProperty(func, "name", { value: name });
  var dynCall = (sig, ptr, args = [], promising = false) => {
    var func = getWasmTableEntry(ptr);
    var rtn = func(...args);
    function convert(rtn2) {
      return rtn2;
    }
    return convert(rtn);
  };
  var stackSave = () => _emscripten_stack_get_current();
  var stackRestore = (val) => __emscripten_stack_restore(val);
  var createInvokeFunction = (sig) => (ptr, ...args) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  };
  var resolveGlobalSymbol = (symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createNamedFunction(symName, createInvokeFunction(symName.split("_")[1]));
    }
    return { sym, name: symName };
  };
  var onPostCtors = [];
  var addOnPostCtor = (cb) => onPostCtors.push(cb);
  var UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "";
  var loadWebAssemblyModule = (binary2, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary2);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        HEAPU32[handle + 12 >> 2] = memoryBase;
        HEAP32[handle + 16 >> 2] = metadata.memorySize;
        HEAPU32[handle + 20 >> 2] = tableBase;
        HEAP32[handle + 24 >> 2] = metadata.tableSize;
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      var proxyHandler = { get(stubs, prop) {
        switch (prop) {
          case "__memory_base":
            return memoryBase;
          case "__table_base":
            return tableBase;
        }
        if (prop in wasmImports && !wasmImports[prop].stub) {
          var res = wasmImports[prop];
          return res;
        }
        if (!(prop in stubs)) {
          var resolved;
          stubs[prop] = (...args) => {
            resolved ||= resolveSymbol(prop);
            return resolved(...args);
          };
        }
        return stubs[prop];
      } };
      var proxy = new Proxy({}, proxyHandler);
      var GOTProxy = new Proxy(metadata.weakImports, GOTHandler);
      var info = { "GOT.mem": GOTProxy, "GOT.func": GOTProxy, env: proxy, wasi_snapshot_preview1: proxy };
      function postInstantiation(module2, instance2) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance2.exports, memoryBase);
        updateGOT(moduleExports);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body2) {
          var args = [];
          for (var arity = 0; ; arity++) {
            var argName = "$" + arity;
            if (!body2.includes(argName)) break;
            args.push(argName);
          }
          args = args.join(",");
          var func = `(${args}) => { ${body2} };`;
          abort("DYNAMIC_EXECUTION=0 was set, cannot eval");
        }
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"].value;
          var stop = moduleExports["__stop_em_asm"].value;
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name2, cSig, body2) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var arg of cSig) {
              var jsArg = arg.split(" ").pop();
              jsArgs.push(jsArg.replaceAll("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body2};`;
          abort("DYNAMIC_EXECUTION=0 was set, cannot eval");
        }
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name].value;
            var jsString = UTF8ToString(start);
            var [sig, body] = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), sig, body);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary2 instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary2, info);
          } else {
            ({ module: binary2, instance: instance2 } = await WebAssembly.instantiate(binary2, info));
          }
          return postInstantiation(binary2, instance2);
        })();
      }
      var module = binary2 instanceof WebAssembly.Module ? binary2 : new WebAssembly.Module(binary2);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    flags = { ...flags, rpath: { parentLibPath: libName, paths: metadata.runtimePaths } };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain2, needed2) => chain2.then(() => {
        needed2 = findLibraryFS(needed2, flags.rpath) ?? needed2;
        return loadDynamicLibrary(needed2, flags, localScope);
      }), Promise.resolve()).then(loadModule);
    }
    for (var needed of metadata.neededDynlibs) {
      needed = findLibraryFS(needed, flags.rpath) ?? needed;
      loadDynamicLibrary(needed, flags, localScope);
    }
    return loadModule();
  };
  var mergeLibSymbols = (exports, libName) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = (target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      };
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  };
  var asyncLoad = async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  };
  var preloadPlugins = [];
  var registerWasmPlugin = () => {
    var wasmPlugin = { promiseChainEnd: Promise.resolve(), canHandle: (name) => !Module2["noWasmDecoding"] && name.endsWith(".so"), handle: async (byteArray, name) => wasmPlugin.promiseChainEnd = wasmPlugin.promiseChainEnd.then(async () => {
      try {
        var exports = await loadWebAssemblyModule(byteArray, { loadAsync: true, nodelete: true }, name, {});
      } catch (error) {
        throw new Error(`failed to instantiate wasm: ${name}: ${error}`);
      }
      preloadedWasm[name] = exports;
      return byteArray;
    }) };
    preloadPlugins.push(wasmPlugin);
  };
  var preloadedWasm = {};
  var PATH = { isAbs: (path) => path.charAt(0) === "/", splitPath: (filename) => {
    var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
    return splitPathRe.exec(filename).slice(1);
  }, normalizeArray: (parts, allowAboveRoot) => {
    var up = 0;
    for (var i3 = parts.length - 1; i3 >= 0; i3--) {
      var last = parts[i3];
      if (last === ".") {
        parts.splice(i3, 1);
      } else if (last === "..") {
        parts.splice(i3, 1);
        up++;
      } else if (up) {
        parts.splice(i3, 1);
        up--;
      }
    }
    if (allowAboveRoot) {
      for (; up; up--) {
        parts.unshift("..");
      }
    }
    return parts;
  }, normalize: (path) => {
    var isAbsolute = PATH.isAbs(path), trailingSlash = path.slice(-1) === "/";
    path = PATH.normalizeArray(path.split("/").filter((p) => !!p), !isAbsolute).join("/");
    if (!path && !isAbsolute) {
      path = ".";
    }
    if (path && trailingSlash) {
      path += "/";
    }
    return (isAbsolute ? "/" : "") + path;
  }, dirname: (path) => {
    var result = PATH.splitPath(path), root = result[0], dir = result[1];
    if (!root && !dir) {
      return ".";
    }
    if (dir) {
      dir = dir.slice(0, -1);
    }
    return root + dir;
  }, basename: (path) => path && path.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r) => PATH.normalize(l + "/" + r) };
  var replaceORIGIN = (parentLibName, rpath) => {
    if (rpath.startsWith("$ORIGIN")) {
      var origin = PATH.dirname(parentLibName);
      return rpath.replace("$ORIGIN", origin);
    }
    return rpath;
  };
  var withStackSave = (f) => {
    var stack2 = stackSave();
    var ret = f();
    stackRestore(stack2);
    return ret;
  };
  var stackAlloc = (sz) => __emscripten_stack_alloc(sz);
  var lengthBytesUTF8 = (str2) => {
    var len = 0;
    for (var i3 = 0; i3 < str2.length; ++i3) {
      var c = str2.charCodeAt(i3);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i3;
      } else {
        len += 3;
      }
    }
    return len;
  };
  var stringToUTF8Array = (str2, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i3 = 0; i3 < str2.length; ++i3) {
      var u = str2.codePointAt(i3);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i3++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  };
  var stringToUTF8 = (str2, outPtr, maxBytesToWrite) => stringToUTF8Array(str2, HEAPU8, outPtr, maxBytesToWrite);
  var stringToUTF8OnStack = (str2) => {
    var size = lengthBytesUTF8(str2) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str2, ret, size);
    return ret;
  };
  var initRandomFill = () => (view) => crypto.getRandomValues(view);
  var randomFill = (view) => {
    (randomFill = initRandomFill())(view);
  };
  var PATH_FS = { resolve: (...args) => {
    var resolvedPath = "", resolvedAbsolute = false;
    for (var i3 = args.length - 1; i3 >= -1 && !resolvedAbsolute; i3--) {
      var path = i3 >= 0 ? args[i3] : FS.cwd();
      if (typeof path != "string") {
        throw new TypeError("Arguments to path.resolve must be strings");
      } else if (!path) {
        return "";
      }
      resolvedPath = path + "/" + resolvedPath;
      resolvedAbsolute = PATH.isAbs(path);
    }
    resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter((p) => !!p), !resolvedAbsolute).join("/");
    return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
  }, relative: (from, to) => {
    from = PATH_FS.resolve(from).slice(1);
    to = PATH_FS.resolve(to).slice(1);
    function trim(arr) {
      var start = 0;
      for (; start < arr.length; start++) {
        if (arr[start] !== "") break;
      }
      var end = arr.length - 1;
      for (; end >= 0; end--) {
        if (arr[end] !== "") break;
      }
      if (start > end) return [];
      return arr.slice(start, end - start + 1);
    }
    var fromParts = trim(from.split("/"));
    var toParts = trim(to.split("/"));
    var length = Math.min(fromParts.length, toParts.length);
    var samePartsLength = length;
    for (var i3 = 0; i3 < length; i3++) {
      if (fromParts[i3] !== toParts[i3]) {
        samePartsLength = i3;
        break;
      }
    }
    var outputParts = [];
    for (var i3 = samePartsLength; i3 < fromParts.length; i3++) {
      outputParts.push("..");
    }
    outputParts = outputParts.concat(toParts.slice(samePartsLength));
    return outputParts.join("/");
  } };
  var FS_stdin_getChar_buffer = [];
  var intArrayFromString = (stringy, dontAddNull, length) => {
    var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
    var u8array = new Array(len);
    var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
    if (dontAddNull) u8array.length = numBytesWritten;
    return u8array;
  };
  var FS_stdin_getChar = () => {
    if (!FS_stdin_getChar_buffer.length) {
      var result = null;
      if (globalThis.window?.prompt) {
        result = window.prompt("Input: ");
        if (result !== null) {
          result += "\n";
        }
      } else {
      }
      if (!result) {
        return null;
      }
      FS_stdin_getChar_buffer = intArrayFromString(result, true);
    }
    return FS_stdin_getChar_buffer.shift();
  };
  var TTY = { ttys: [], init() {
  }, shutdown() {
  }, register(dev, ops) {
    TTY.ttys[dev] = { input: [], output: [], ops };
    FS.registerDevice(dev, TTY.stream_ops);
  }, stream_ops: { open(stream) {
    var tty = TTY.ttys[stream.node.rdev];
    if (!tty) {
      throw new FS.ErrnoError(43);
    }
    stream.tty = tty;
    stream.seekable = false;
  }, close(stream) {
    stream.tty.ops.fsync(stream.tty);
  }, fsync(stream) {
    stream.tty.ops.fsync(stream.tty);
  }, read(stream, buffer, offset, length, pos) {
    if (!stream.tty || !stream.tty.ops.get_char) {
      throw new FS.ErrnoError(60);
    }
    var bytesRead = 0;
    for (var i3 = 0; i3 < length; i3++) {
      var result;
      try {
        result = stream.tty.ops.get_char(stream.tty);
      } catch (e) {
        throw new FS.ErrnoError(29);
      }
      if (result === void 0 && bytesRead === 0) {
        throw new FS.ErrnoError(6);
      }
      if (result === null || result === void 0) break;
      bytesRead++;
      buffer[offset + i3] = result;
    }
    if (bytesRead) {
      stream.node.atime = Date.now();
    }
    return bytesRead;
  }, write(stream, buffer, offset, length, pos) {
    if (!stream.tty || !stream.tty.ops.put_char) {
      throw new FS.ErrnoError(60);
    }
    try {
      for (var i3 = 0; i3 < length; i3++) {
        stream.tty.ops.put_char(stream.tty, buffer[offset + i3]);
      }
    } catch (e) {
      throw new FS.ErrnoError(29);
    }
    if (length) {
      stream.node.mtime = stream.node.ctime = Date.now();
    }
    return i3;
  } }, default_tty_ops: { get_char(tty) {
    return FS_stdin_getChar();
  }, put_char(tty, val) {
    if (val === null || val === 10) {
      out(UTF8ArrayToString(tty.output));
      tty.output = [];
    } else {
      if (val != 0) tty.output.push(val);
    }
  }, fsync(tty) {
    if (tty.output?.length > 0) {
      out(UTF8ArrayToString(tty.output));
      tty.output = [];
    }
  }, ioctl_tcgets(tty) {
    return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
  }, ioctl_tcsets(tty, optional_actions, data) {
    return 0;
  }, ioctl_tiocgwinsz(tty) {
    return [24, 80];
  } }, default_tty1_ops: { put_char(tty, val) {
    if (val === null || val === 10) {
      err2(UTF8ArrayToString(tty.output));
      tty.output = [];
    } else {
      if (val != 0) tty.output.push(val);
    }
  }, fsync(tty) {
    if (tty.output?.length > 0) {
      err2(UTF8ArrayToString(tty.output));
      tty.output = [];
    }
  } } };
  var mmapAlloc = (size) => {
    abort();
  };
  var MEMFS = { ops_table: null, mount(mount) {
    return MEMFS.createNode(null, "/", 16895, 0);
  }, createNode(parent, name, mode, dev) {
    if (FS.isBlkdev(mode) || FS.isFIFO(mode)) {
      throw new FS.ErrnoError(63);
    }
    MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
    var node = FS.createNode(parent, name, mode, dev);
    if (FS.isDir(node.mode)) {
      node.node_ops = MEMFS.ops_table.dir.node;
      node.stream_ops = MEMFS.ops_table.dir.stream;
      node.contents = {};
    } else if (FS.isFile(node.mode)) {
      node.node_ops = MEMFS.ops_table.file.node;
      node.stream_ops = MEMFS.ops_table.file.stream;
      node.usedBytes = 0;
      node.contents = null;
    } else if (FS.isLink(node.mode)) {
      node.node_ops = MEMFS.ops_table.link.node;
      node.stream_ops = MEMFS.ops_table.link.stream;
    } else if (FS.isChrdev(node.mode)) {
      node.node_ops = MEMFS.ops_table.chrdev.node;
      node.stream_ops = MEMFS.ops_table.chrdev.stream;
    }
    node.atime = node.mtime = node.ctime = Date.now();
    if (parent) {
      parent.contents[name] = node;
      parent.atime = parent.mtime = parent.ctime = node.atime;
    }
    return node;
  }, getFileDataAsTypedArray(node) {
    if (!node.contents) return new Uint8Array(0);
    if (node.contents.subarray) return node.contents.subarray(0, node.usedBytes);
    return new Uint8Array(node.contents);
  }, expandFileStorage(node, newCapacity) {
    var prevCapacity = node.contents ? node.contents.length : 0;
    if (prevCapacity >= newCapacity) return;
    var CAPACITY_DOUBLING_MAX = 1024 * 1024;
    newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
    if (prevCapacity != 0) newCapacity = Math.max(newCapacity, 256);
    var oldContents = node.contents;
    node.contents = new Uint8Array(newCapacity);
    if (node.usedBytes > 0) node.contents.set(oldContents.subarray(0, node.usedBytes), 0);
  }, resizeFileStorage(node, newSize) {
    if (node.usedBytes == newSize) return;
    if (newSize == 0) {
      node.contents = null;
      node.usedBytes = 0;
    } else {
      var oldContents = node.contents;
      node.contents = new Uint8Array(newSize);
      if (oldContents) {
        node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
      }
      node.usedBytes = newSize;
    }
  }, node_ops: { getattr(node) {
    var attr = {};
    attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
    attr.ino = node.id;
    attr.mode = node.mode;
    attr.nlink = 1;
    attr.uid = 0;
    attr.gid = 0;
    attr.rdev = node.rdev;
    if (FS.isDir(node.mode)) {
      attr.size = 4096;
    } else if (FS.isFile(node.mode)) {
      attr.size = node.usedBytes;
    } else if (FS.isLink(node.mode)) {
      attr.size = node.link.length;
    } else {
      attr.size = 0;
    }
    attr.atime = new Date(node.atime);
    attr.mtime = new Date(node.mtime);
    attr.ctime = new Date(node.ctime);
    attr.blksize = 4096;
    attr.blocks = Math.ceil(attr.size / attr.blksize);
    return attr;
  }, setattr(node, attr) {
    for (const key2 of ["mode", "atime", "mtime", "ctime"]) {
      if (attr[key2] != null) {
        node[key2] = attr[key2];
      }
    }
    if (attr.size !== void 0) {
      MEMFS.resizeFileStorage(node, attr.size);
    }
  }, lookup(parent, name) {
    if (!MEMFS.doesNotExistError) {
      MEMFS.doesNotExistError = new FS.ErrnoError(44);
      MEMFS.doesNotExistError.stack = "<generic error, no stack>";
    }
    throw MEMFS.doesNotExistError;
  }, mknod(parent, name, mode, dev) {
    return MEMFS.createNode(parent, name, mode, dev);
  }, rename(old_node, new_dir, new_name) {
    var new_node;
    try {
      new_node = FS.lookupNode(new_dir, new_name);
    } catch (e) {
    }
    if (new_node) {
      if (FS.isDir(old_node.mode)) {
        for (var i3 in new_node.contents) {
          throw new FS.ErrnoError(55);
        }
      }
      FS.hashRemoveNode(new_node);
    }
    delete old_node.parent.contents[old_node.name];
    new_dir.contents[new_name] = old_node;
    old_node.name = new_name;
    new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
  }, unlink(parent, name) {
    delete parent.contents[name];
    parent.ctime = parent.mtime = Date.now();
  }, rmdir(parent, name) {
    var node = FS.lookupNode(parent, name);
    for (var i3 in node.contents) {
      throw new FS.ErrnoError(55);
    }
    delete parent.contents[name];
    parent.ctime = parent.mtime = Date.now();
  }, readdir(node) {
    return [".", "..", ...Object.keys(node.contents)];
  }, symlink(parent, newname, oldpath) {
    var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
    node.link = oldpath;
    return node;
  }, readlink(node) {
    if (!FS.isLink(node.mode)) {
      throw new FS.ErrnoError(28);
    }
    return node.link;
  } }, stream_ops: { read(stream, buffer, offset, length, position) {
    var contents = stream.node.contents;
    if (position >= stream.node.usedBytes) return 0;
    var size = Math.min(stream.node.usedBytes - position, length);
    if (size > 8 && contents.subarray) {
      buffer.set(contents.subarray(position, position + size), offset);
    } else {
      for (var i3 = 0; i3 < size; i3++) buffer[offset + i3] = contents[position + i3];
    }
    return size;
  }, write(stream, buffer, offset, length, position, canOwn) {
    if (buffer.buffer === HEAP8.buffer) {
      canOwn = false;
    }
    if (!length) return 0;
    var node = stream.node;
    node.mtime = node.ctime = Date.now();
    if (buffer.subarray && (!node.contents || node.contents.subarray)) {
      if (canOwn) {
        node.contents = buffer.subarray(offset, offset + length);
        node.usedBytes = length;
        return length;
      } else if (node.usedBytes === 0 && position === 0) {
        node.contents = buffer.slice(offset, offset + length);
        node.usedBytes = length;
        return length;
      } else if (position + length <= node.usedBytes) {
        node.contents.set(buffer.subarray(offset, offset + length), position);
        return length;
      }
    }
    MEMFS.expandFileStorage(node, position + length);
    if (node.contents.subarray && buffer.subarray) {
      node.contents.set(buffer.subarray(offset, offset + length), position);
    } else {
      for (var i3 = 0; i3 < length; i3++) {
        node.contents[position + i3] = buffer[offset + i3];
      }
    }
    node.usedBytes = Math.max(node.usedBytes, position + length);
    return length;
  }, llseek(stream, offset, whence) {
    var position = offset;
    if (whence === 1) {
      position += stream.position;
    } else if (whence === 2) {
      if (FS.isFile(stream.node.mode)) {
        position += stream.node.usedBytes;
      }
    }
    if (position < 0) {
      throw new FS.ErrnoError(28);
    }
    return position;
  }, mmap(stream, length, position, prot, flags) {
    if (!FS.isFile(stream.node.mode)) {
      throw new FS.ErrnoError(43);
    }
    var ptr;
    var allocated;
    var contents = stream.node.contents;
    if (!(flags & 2) && contents && contents.buffer === HEAP8.buffer) {
      allocated = false;
      ptr = contents.byteOffset;
    } else {
      allocated = true;
      ptr = mmapAlloc(length);
      if (!ptr) {
        throw new FS.ErrnoError(48);
      }
      if (contents) {
        if (position > 0 || position + length < contents.length) {
          if (contents.subarray) {
            contents = contents.subarray(position, position + length);
          } else {
            contents = Array.prototype.slice.call(contents, position, position + length);
          }
        }
        HEAP8.set(contents, ptr);
      }
    }
    return { ptr, allocated };
  }, msync(stream, buffer, offset, length, mmapFlags) {
    MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
    return 0;
  } } };
  var FS_modeStringToFlags = (str2) => {
    var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
    var flags = flagModes[str2];
    if (typeof flags == "undefined") {
      throw new Error(`Unknown file open mode: ${str2}`);
    }
    return flags;
  };
  var FS_getMode = (canRead, canWrite) => {
    var mode = 0;
    if (canRead) mode |= 292 | 73;
    if (canWrite) mode |= 146;
    return mode;
  };
  var IDBFS = { dbs: {}, indexedDB: () => indexedDB, DB_VERSION: 21, DB_STORE_NAME: "FILE_DATA", queuePersist: (mount) => {
    function onPersistComplete() {
      if (mount.idbPersistState === "again") startPersist();
      else mount.idbPersistState = 0;
    }
    function startPersist() {
      mount.idbPersistState = "idb";
      IDBFS.syncfs(mount, false, onPersistComplete);
    }
    if (!mount.idbPersistState) {
      mount.idbPersistState = setTimeout(startPersist, 0);
    } else if (mount.idbPersistState === "idb") {
      mount.idbPersistState = "again";
    }
  }, mount: (mount) => {
    var mnt = MEMFS.mount(mount);
    if (mount?.opts?.autoPersist) {
      mount.idbPersistState = 0;
      var memfs_node_ops = mnt.node_ops;
      mnt.node_ops = { ...mnt.node_ops };
      mnt.node_ops.mknod = (parent, name, mode, dev) => {
        var node = memfs_node_ops.mknod(parent, name, mode, dev);
        node.node_ops = mnt.node_ops;
        node.idbfs_mount = mnt.mount;
        node.memfs_stream_ops = node.stream_ops;
        node.stream_ops = { ...node.stream_ops };
        node.stream_ops.write = (stream, buffer, offset, length, position, canOwn) => {
          stream.node.isModified = true;
          return node.memfs_stream_ops.write(stream, buffer, offset, length, position, canOwn);
        };
        node.stream_ops.close = (stream) => {
          var n = stream.node;
          if (n.isModified) {
            IDBFS.queuePersist(n.idbfs_mount);
            n.isModified = false;
          }
          if (n.memfs_stream_ops.close) return n.memfs_stream_ops.close(stream);
        };
        IDBFS.queuePersist(mnt.mount);
        return node;
      };
      mnt.node_ops.rmdir = (...args) => (IDBFS.queuePersist(mnt.mount), memfs_node_ops.rmdir(...args));
      mnt.node_ops.symlink = (...args) => (IDBFS.queuePersist(mnt.mount), memfs_node_ops.symlink(...args));
      mnt.node_ops.unlink = (...args) => (IDBFS.queuePersist(mnt.mount), memfs_node_ops.unlink(...args));
      mnt.node_ops.rename = (...args) => (IDBFS.queuePersist(mnt.mount), memfs_node_ops.rename(...args));
    }
    return mnt;
  }, syncfs: (mount, populate, callback) => {
    IDBFS.getLocalSet(mount, (err3, local) => {
      if (err3) return callback(err3);
      IDBFS.getRemoteSet(mount, (err4, remote) => {
        if (err4) return callback(err4);
        var src = populate ? remote : local;
        var dst = populate ? local : remote;
        IDBFS.reconcile(src, dst, callback);
      });
    });
  }, quit: () => {
    for (var value of Object.values(IDBFS.dbs)) {
      value.close();
    }
    IDBFS.dbs = {};
  }, getDB: (name, callback) => {
    var db = IDBFS.dbs[name];
    if (db) {
      return callback(null, db);
    }
    var req;
    try {
      req = IDBFS.indexedDB().open(name, IDBFS.DB_VERSION);
    } catch (e) {
      return callback(e);
    }
    if (!req) {
      return callback("Unable to connect to IndexedDB");
    }
    req.onupgradeneeded = (e) => {
      var db2 = e.target.result;
      var transaction = e.target.transaction;
      var fileStore;
      if (db2.objectStoreNames.contains(IDBFS.DB_STORE_NAME)) {
        fileStore = transaction.objectStore(IDBFS.DB_STORE_NAME);
      } else {
        fileStore = db2.createObjectStore(IDBFS.DB_STORE_NAME);
      }
      if (!fileStore.indexNames.contains("timestamp")) {
        fileStore.createIndex("timestamp", "timestamp", { unique: false });
      }
    };
    req.onsuccess = () => {
      db = req.result;
      IDBFS.dbs[name] = db;
      callback(null, db);
    };
    req.onerror = (e) => {
      callback(e.target.error);
      e.preventDefault();
    };
  }, getLocalSet: (mount, callback) => {
    var entries = {};
    function isRealDir(p) {
      return p !== "." && p !== "..";
    }
    function toAbsolute(root) {
      return (p) => PATH.join2(root, p);
    }
    var check3 = FS.readdir(mount.mountpoint).filter(isRealDir).map(toAbsolute(mount.mountpoint));
    while (check3.length) {
      var path = check3.pop();
      var stat3;
      try {
        stat3 = FS.stat(path);
      } catch (e) {
        return callback(e);
      }
      if (FS.isDir(stat3.mode)) {
        check3.push(...FS.readdir(path).filter(isRealDir).map(toAbsolute(path)));
      }
      entries[path] = { timestamp: stat3.mtime };
    }
    return callback(null, { type: "local", entries });
  }, getRemoteSet: (mount, callback) => {
    var entries = {};
    IDBFS.getDB(mount.mountpoint, (err3, db) => {
      if (err3) return callback(err3);
      try {
        var transaction = db.transaction([IDBFS.DB_STORE_NAME], "readonly");
        transaction.onerror = (e) => {
          callback(e.target.error);
          e.preventDefault();
        };
        var store = transaction.objectStore(IDBFS.DB_STORE_NAME);
        var index2 = store.index("timestamp");
        index2.openKeyCursor().onsuccess = (event) => {
          var cursor = event.target.result;
          if (!cursor) {
            return callback(null, { type: "remote", db, entries });
          }
          entries[cursor.primaryKey] = { timestamp: cursor.key };
          cursor.continue();
        };
      } catch (e) {
        return callback(e);
      }
    });
  }, loadLocalEntry: (path, callback) => {
    var stat3, node;
    try {
      var lookup = FS.lookupPath(path);
      node = lookup.node;
      stat3 = FS.stat(path);
    } catch (e) {
      return callback(e);
    }
    if (FS.isDir(stat3.mode)) {
      return callback(null, { timestamp: stat3.mtime, mode: stat3.mode });
    } else if (FS.isFile(stat3.mode)) {
      node.contents = MEMFS.getFileDataAsTypedArray(node);
      return callback(null, { timestamp: stat3.mtime, mode: stat3.mode, contents: node.contents });
    } else {
      return callback(new Error("node type not supported"));
    }
  }, storeLocalEntry: (path, entry, callback) => {
    try {
      if (FS.isDir(entry["mode"])) {
        FS.mkdirTree(path, entry["mode"]);
      } else if (FS.isFile(entry["mode"])) {
        FS.writeFile(path, entry["contents"], { canOwn: true });
      } else {
        return callback(new Error("node type not supported"));
      }
      FS.chmod(path, entry["mode"]);
      FS.utime(path, entry["timestamp"], entry["timestamp"]);
    } catch (e) {
      return callback(e);
    }
    callback(null);
  }, removeLocalEntry: (path, callback) => {
    try {
      var stat3 = FS.stat(path);
      if (FS.isDir(stat3.mode)) {
        FS.rmdir(path);
      } else if (FS.isFile(stat3.mode)) {
        FS.unlink(path);
      }
    } catch (e) {
      return callback(e);
    }
    callback(null);
  }, loadRemoteEntry: (store, path, callback) => {
    var req = store.get(path);
    req.onsuccess = (event) => callback(null, event.target.result);
    req.onerror = (e) => {
      callback(e.target.error);
      e.preventDefault();
    };
  }, storeRemoteEntry: (store, path, entry, callback) => {
    try {
      var req = store.put(entry, path);
    } catch (e) {
      callback(e);
      return;
    }
    req.onsuccess = (event) => callback();
    req.onerror = (e) => {
      callback(e.target.error);
      e.preventDefault();
    };
  }, removeRemoteEntry: (store, path, callback) => {
    var req = store.delete(path);
    req.onsuccess = (event) => callback();
    req.onerror = (e) => {
      callback(e.target.error);
      e.preventDefault();
    };
  }, reconcile: (src, dst, callback) => {
    var total = 0;
    var create = [];
    for (var [key2, e] of Object.entries(src.entries)) {
      var e2 = dst.entries[key2];
      if (!e2 || e["timestamp"].getTime() != e2["timestamp"].getTime()) {
        create.push(key2);
        total++;
      }
    }
    var remove = [];
    for (var key2 of Object.keys(dst.entries)) {
      if (!src.entries[key2]) {
        remove.push(key2);
        total++;
      }
    }
    if (!total) {
      return callback(null);
    }
    var errored = false;
    var db = src.type === "remote" ? src.db : dst.db;
    var transaction = db.transaction([IDBFS.DB_STORE_NAME], "readwrite");
    var store = transaction.objectStore(IDBFS.DB_STORE_NAME);
    function done(err3) {
      if (err3 && !errored) {
        errored = true;
        return callback(err3);
      }
    }
    transaction.onerror = transaction.onabort = (e3) => {
      done(e3.target.error);
      e3.preventDefault();
    };
    transaction.oncomplete = (e3) => {
      if (!errored) {
        callback(null);
      }
    };
    for (const path2 of create.sort()) {
      if (dst.type === "local") {
        IDBFS.loadRemoteEntry(store, path2, (err3, entry) => {
          if (err3) return done(err3);
          IDBFS.storeLocalEntry(path2, entry, done);
        });
      } else {
        IDBFS.loadLocalEntry(path2, (err3, entry) => {
          if (err3) return done(err3);
          IDBFS.storeRemoteEntry(store, path2, entry, done);
        });
      }
    }
    for (var path of remove.sort().reverse()) {
      if (dst.type === "local") {
        IDBFS.removeLocalEntry(path, done);
      } else {
        IDBFS.removeRemoteEntry(store, path, done);
      }
    }
  } };
  var WORKERFS = { DIR_MODE: 16895, FILE_MODE: 33279, reader: null, mount(mount) {
    assert(ENVIRONMENT_IS_WORKER);
    WORKERFS.reader ??= new FileReaderSync();
    var root = WORKERFS.createNode(null, "/", WORKERFS.DIR_MODE, 0);
    var createdParents = {};
    function ensureParent(path) {
      var parts = path.split("/");
      var parent = root;
      for (var i3 = 0; i3 < parts.length - 1; i3++) {
        var curr = parts.slice(0, i3 + 1).join("/");
        createdParents[curr] ||= WORKERFS.createNode(parent, parts[i3], WORKERFS.DIR_MODE, 0);
        parent = createdParents[curr];
      }
      return parent;
    }
    function base(path) {
      var parts = path.split("/");
      return parts[parts.length - 1];
    }
    for (var file of mount.opts["files"] || []) {
      WORKERFS.createNode(ensureParent(file.name), base(file.name), WORKERFS.FILE_MODE, 0, file, file.lastModifiedDate);
    }
    for (var obj of mount.opts["blobs"] || []) {
      WORKERFS.createNode(ensureParent(obj["name"]), base(obj["name"]), WORKERFS.FILE_MODE, 0, obj["data"]);
    }
    for (var pack of mount.opts["packages"] || []) {
      for (var file of pack["metadata"].files) {
        var name = file.filename.slice(1);
        WORKERFS.createNode(ensureParent(name), base(name), WORKERFS.FILE_MODE, 0, pack["blob"].slice(file.start, file.end));
      }
    }
    return root;
  }, createNode(parent, name, mode, dev, contents, mtime) {
    var node = FS.createNode(parent, name, mode);
    node.mode = mode;
    node.node_ops = WORKERFS.node_ops;
    node.stream_ops = WORKERFS.stream_ops;
    node.atime = node.mtime = node.ctime = (mtime || /* @__PURE__ */ new Date()).getTime();
    assert(WORKERFS.FILE_MODE !== WORKERFS.DIR_MODE);
    if (mode === WORKERFS.FILE_MODE) {
      node.size = contents.size;
      node.contents = contents;
    } else {
      node.size = 4096;
      node.contents = {};
    }
    if (parent) {
      parent.contents[name] = node;
    }
    return node;
  }, node_ops: { getattr(node) {
    return { dev: 1, ino: node.id, mode: node.mode, nlink: 1, uid: 0, gid: 0, rdev: 0, size: node.size, atime: new Date(node.atime), mtime: new Date(node.mtime), ctime: new Date(node.ctime), blksize: 4096, blocks: Math.ceil(node.size / 4096) };
  }, setattr(node, attr) {
    for (const key2 of ["mode", "atime", "mtime", "ctime"]) {
      if (attr[key2] != null) {
        node[key2] = attr[key2];
      }
    }
  }, lookup(parent, name) {
    throw new FS.ErrnoError(44);
  }, mknod(parent, name, mode, dev) {
    throw new FS.ErrnoError(63);
  }, rename(oldNode, newDir, newName) {
    throw new FS.ErrnoError(63);
  }, unlink(parent, name) {
    throw new FS.ErrnoError(63);
  }, rmdir(parent, name) {
    throw new FS.ErrnoError(63);
  }, readdir(node) {
    var entries = [".", ".."];
    for (var key2 of Object.keys(node.contents)) {
      entries.push(key2);
    }
    return entries;
  }, symlink(parent, newName, oldPath) {
    throw new FS.ErrnoError(63);
  } }, stream_ops: { read(stream, buffer, offset, length, position) {
    if (position >= stream.node.size) return 0;
    var chunk = stream.node.contents.slice(position, position + length);
    var ab = WORKERFS.reader.readAsArrayBuffer(chunk);
    buffer.set(new Uint8Array(ab), offset);
    return chunk.size;
  }, write(stream, buffer, offset, length, position) {
    throw new FS.ErrnoError(29);
  }, llseek(stream, offset, whence) {
    var position = offset;
    if (whence === 1) {
      position += stream.position;
    } else if (whence === 2) {
      if (FS.isFile(stream.node.mode)) {
        position += stream.node.size;
      }
    }
    if (position < 0) {
      throw new FS.ErrnoError(28);
    }
    return position;
  } } };
  var FS_createDataFile = (...args) => FS.createDataFile(...args);
  var getUniqueRunDependency = (id) => id;
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = (id) => {
    runDependencies--;
    Module2["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  };
  var addRunDependency = (id) => {
    runDependencies++;
    Module2["monitorRunDependencies"]?.(runDependencies);
  };
  var FS_handledByPreloadPlugin = async (byteArray, fullname) => {
    if (typeof Browser != "undefined") Browser.init();
    for (var plugin of preloadPlugins) {
      if (plugin["canHandle"](fullname)) {
        return plugin["handle"](byteArray, fullname);
      }
    }
    return byteArray;
  };
  var FS_preloadFile = async (parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
    var fullname = name ? PATH_FS.resolve(PATH.join2(parent, name)) : parent;
    var dep = getUniqueRunDependency(`cp ${fullname}`);
    addRunDependency(dep);
    try {
      var byteArray = url;
      if (typeof url == "string") {
        byteArray = await asyncLoad(url);
      }
      byteArray = await FS_handledByPreloadPlugin(byteArray, fullname);
      preFinish?.();
      if (!dontCreateFile) {
        FS_createDataFile(parent, name, byteArray, canRead, canWrite, canOwn);
      }
    } finally {
      removeRunDependency(dep);
    }
  };
  var FS_createPreloadedFile = (parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
    FS_preloadFile(parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
  };
  var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, readFiles: {}, ErrnoError: class {
    name = "ErrnoError";
    constructor(errno) {
      this.errno = errno;
    }
  }, FSStream: class {
    shared = {};
    get object() {
      return this.node;
    }
    set object(val) {
      this.node = val;
    }
    get isRead() {
      return (this.flags & 2097155) !== 1;
    }
    get isWrite() {
      return (this.flags & 2097155) !== 0;
    }
    get isAppend() {
      return this.flags & 1024;
    }
    get flags() {
      return this.shared.flags;
    }
    set flags(val) {
      this.shared.flags = val;
    }
    get position() {
      return this.shared.position;
    }
    set position(val) {
      this.shared.position = val;
    }
  }, FSNode: class {
    node_ops = {};
    stream_ops = {};
    readMode = 292 | 73;
    writeMode = 146;
    mounted = null;
    constructor(parent, name, mode, rdev) {
      if (!parent) {
        parent = this;
      }
      this.parent = parent;
      this.mount = parent.mount;
      this.id = FS.nextInode++;
      this.name = name;
      this.mode = mode;
      this.rdev = rdev;
      this.atime = this.mtime = this.ctime = Date.now();
    }
    get read() {
      return (this.mode & this.readMode) === this.readMode;
    }
    set read(val) {
      val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
    }
    get write() {
      return (this.mode & this.writeMode) === this.writeMode;
    }
    set write(val) {
      val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
    }
    get isFolder() {
      return FS.isDir(this.mode);
    }
    get isDevice() {
      return FS.isChrdev(this.mode);
    }
  }, lookupPath(path, opts = {}) {
    if (!path) {
      throw new FS.ErrnoError(44);
    }
    opts.follow_mount ??= true;
    if (!PATH.isAbs(path)) {
      path = FS.cwd() + "/" + path;
    }
    linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
      var parts = path.split("/").filter((p) => !!p);
      var current = FS.root;
      var current_path = "/";
      for (var i3 = 0; i3 < parts.length; i3++) {
        var islast = i3 === parts.length - 1;
        if (islast && opts.parent) {
          break;
        }
        if (parts[i3] === ".") {
          continue;
        }
        if (parts[i3] === "..") {
          current_path = PATH.dirname(current_path);
          if (FS.isRoot(current)) {
            path = current_path + "/" + parts.slice(i3 + 1).join("/");
            nlinks--;
            continue linkloop;
          } else {
            current = current.parent;
          }
          continue;
        }
        current_path = PATH.join2(current_path, parts[i3]);
        try {
          current = FS.lookupNode(current, parts[i3]);
        } catch (e) {
          if (e?.errno === 44 && islast && opts.noent_okay) {
            return { path: current_path };
          }
          throw e;
        }
        if (FS.isMountpoint(current) && (!islast || opts.follow_mount)) {
          current = current.mounted.root;
        }
        if (FS.isLink(current.mode) && (!islast || opts.follow)) {
          if (!current.node_ops.readlink) {
            throw new FS.ErrnoError(52);
          }
          var link = current.node_ops.readlink(current);
          if (!PATH.isAbs(link)) {
            link = PATH.dirname(current_path) + "/" + link;
          }
          path = link + "/" + parts.slice(i3 + 1).join("/");
          continue linkloop;
        }
      }
      return { path: current_path, node: current };
    }
    throw new FS.ErrnoError(32);
  }, getPath(node) {
    var path;
    while (true) {
      if (FS.isRoot(node)) {
        var mount = node.mount.mountpoint;
        if (!path) return mount;
        return mount[mount.length - 1] !== "/" ? `${mount}/${path}` : mount + path;
      }
      path = path ? `${node.name}/${path}` : node.name;
      node = node.parent;
    }
  }, hashName(parentid, name) {
    var hash = 0;
    for (var i3 = 0; i3 < name.length; i3++) {
      hash = (hash << 5) - hash + name.charCodeAt(i3) | 0;
    }
    return (parentid + hash >>> 0) % FS.nameTable.length;
  }, hashAddNode(node) {
    var hash = FS.hashName(node.parent.id, node.name);
    node.name_next = FS.nameTable[hash];
    FS.nameTable[hash] = node;
  }, hashRemoveNode(node) {
    var hash = FS.hashName(node.parent.id, node.name);
    if (FS.nameTable[hash] === node) {
      FS.nameTable[hash] = node.name_next;
    } else {
      var current = FS.nameTable[hash];
      while (current) {
        if (current.name_next === node) {
          current.name_next = node.name_next;
          break;
        }
        current = current.name_next;
      }
    }
  }, lookupNode(parent, name) {
    var errCode = FS.mayLookup(parent);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    var hash = FS.hashName(parent.id, name);
    for (var node = FS.nameTable[hash]; node; node = node.name_next) {
      var nodeName = node.name;
      if (node.parent.id === parent.id && nodeName === name) {
        return node;
      }
    }
    return FS.lookup(parent, name);
  }, createNode(parent, name, mode, rdev) {
    var node = new FS.FSNode(parent, name, mode, rdev);
    FS.hashAddNode(node);
    return node;
  }, destroyNode(node) {
    FS.hashRemoveNode(node);
  }, isRoot(node) {
    return node === node.parent;
  }, isMountpoint(node) {
    return !!node.mounted;
  }, isFile(mode) {
    return (mode & 61440) === 32768;
  }, isDir(mode) {
    return (mode & 61440) === 16384;
  }, isLink(mode) {
    return (mode & 61440) === 40960;
  }, isChrdev(mode) {
    return (mode & 61440) === 8192;
  }, isBlkdev(mode) {
    return (mode & 61440) === 24576;
  }, isFIFO(mode) {
    return (mode & 61440) === 4096;
  }, isSocket(mode) {
    return (mode & 49152) === 49152;
  }, flagsToPermissionString(flag) {
    var perms = ["r", "w", "rw"][flag & 3];
    if (flag & 512) {
      perms += "w";
    }
    return perms;
  }, nodePermissions(node, perms) {
    if (FS.ignorePermissions) {
      return 0;
    }
    if (perms.includes("r") && !(node.mode & 292)) {
      return 2;
    } else if (perms.includes("w") && !(node.mode & 146)) {
      return 2;
    } else if (perms.includes("x") && !(node.mode & 73)) {
      return 2;
    }
    return 0;
  }, mayLookup(dir) {
    if (!FS.isDir(dir.mode)) return 54;
    var errCode = FS.nodePermissions(dir, "x");
    if (errCode) return errCode;
    if (!dir.node_ops.lookup) return 2;
    return 0;
  }, mayCreate(dir, name) {
    if (!FS.isDir(dir.mode)) {
      return 54;
    }
    try {
      var node = FS.lookupNode(dir, name);
      return 20;
    } catch (e) {
    }
    return FS.nodePermissions(dir, "wx");
  }, mayDelete(dir, name, isdir) {
    var node;
    try {
      node = FS.lookupNode(dir, name);
    } catch (e) {
      return e.errno;
    }
    var errCode = FS.nodePermissions(dir, "wx");
    if (errCode) {
      return errCode;
    }
    if (isdir) {
      if (!FS.isDir(node.mode)) {
        return 54;
      }
      if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
        return 10;
      }
    } else {
      if (FS.isDir(node.mode)) {
        return 31;
      }
    }
    return 0;
  }, mayOpen(node, flags) {
    if (!node) {
      return 44;
    }
    if (FS.isLink(node.mode)) {
      return 32;
    } else if (FS.isDir(node.mode)) {
      if (FS.flagsToPermissionString(flags) !== "r" || flags & (512 | 64)) {
        return 31;
      }
    }
    return FS.nodePermissions(node, FS.flagsToPermissionString(flags));
  }, checkOpExists(op, err3) {
    if (!op) {
      throw new FS.ErrnoError(err3);
    }
    return op;
  }, MAX_OPEN_FDS: 4096, nextfd() {
    for (var fd2 = 0; fd2 <= FS.MAX_OPEN_FDS; fd2++) {
      if (!FS.streams[fd2]) {
        return fd2;
      }
    }
    throw new FS.ErrnoError(33);
  }, getStreamChecked(fd2) {
    var stream = FS.getStream(fd2);
    if (!stream) {
      throw new FS.ErrnoError(8);
    }
    return stream;
  }, getStream: (fd2) => FS.streams[fd2], createStream(stream, fd2 = -1) {
    stream = Object.assign(new FS.FSStream(), stream);
    if (fd2 == -1) {
      fd2 = FS.nextfd();
    }
    stream.fd = fd2;
    FS.streams[fd2] = stream;
    return stream;
  }, closeStream(fd2) {
    FS.streams[fd2] = null;
  }, dupStream(origStream, fd2 = -1) {
    var stream = FS.createStream(origStream, fd2);
    stream.stream_ops?.dup?.(stream);
    return stream;
  }, doSetAttr(stream, node, attr) {
    var setattr = stream?.stream_ops.setattr;
    var arg = setattr ? stream : node;
    setattr ??= node.node_ops.setattr;
    FS.checkOpExists(setattr, 63);
    setattr(arg, attr);
  }, chrdev_stream_ops: { open(stream) {
    var device = FS.getDevice(stream.node.rdev);
    stream.stream_ops = device.stream_ops;
    stream.stream_ops.open?.(stream);
  }, llseek() {
    throw new FS.ErrnoError(70);
  } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
    FS.devices[dev] = { stream_ops: ops };
  }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
    var mounts = [];
    var check3 = [mount];
    while (check3.length) {
      var m = check3.pop();
      mounts.push(m);
      check3.push(...m.mounts);
    }
    return mounts;
  }, syncfs(populate, callback) {
    if (typeof populate == "function") {
      callback = populate;
      populate = false;
    }
    FS.syncFSRequests++;
    if (FS.syncFSRequests > 1) {
      err2(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
    }
    var mounts = FS.getMounts(FS.root.mount);
    var completed = 0;
    function doCallback(errCode) {
      FS.syncFSRequests--;
      return callback(errCode);
    }
    function done(errCode) {
      if (errCode) {
        if (!done.errored) {
          done.errored = true;
          return doCallback(errCode);
        }
        return;
      }
      if (++completed >= mounts.length) {
        doCallback(null);
      }
    }
    for (var mount of mounts) {
      if (mount.type.syncfs) {
        mount.type.syncfs(mount, populate, done);
      } else {
        done(null);
      }
    }
  }, mount(type, opts, mountpoint) {
    var root = mountpoint === "/";
    var pseudo = !mountpoint;
    var node;
    if (root && FS.root) {
      throw new FS.ErrnoError(10);
    } else if (!root && !pseudo) {
      var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
      mountpoint = lookup.path;
      node = lookup.node;
      if (FS.isMountpoint(node)) {
        throw new FS.ErrnoError(10);
      }
      if (!FS.isDir(node.mode)) {
        throw new FS.ErrnoError(54);
      }
    }
    var mount = { type, opts, mountpoint, mounts: [] };
    var mountRoot = type.mount(mount);
    mountRoot.mount = mount;
    mount.root = mountRoot;
    if (root) {
      FS.root = mountRoot;
    } else if (node) {
      node.mounted = mount;
      if (node.mount) {
        node.mount.mounts.push(mount);
      }
    }
    return mountRoot;
  }, unmount(mountpoint) {
    var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
    if (!FS.isMountpoint(lookup.node)) {
      throw new FS.ErrnoError(28);
    }
    var node = lookup.node;
    var mount = node.mounted;
    var mounts = FS.getMounts(mount);
    for (var [hash, current] of Object.entries(FS.nameTable)) {
      while (current) {
        var next = current.name_next;
        if (mounts.includes(current.mount)) {
          FS.destroyNode(current);
        }
        current = next;
      }
    }
    node.mounted = null;
    var idx = node.mount.mounts.indexOf(mount);
    node.mount.mounts.splice(idx, 1);
  }, lookup(parent, name) {
    return parent.node_ops.lookup(parent, name);
  }, mknod(path, mode, dev) {
    var lookup = FS.lookupPath(path, { parent: true });
    var parent = lookup.node;
    var name = PATH.basename(path);
    if (!name) {
      throw new FS.ErrnoError(28);
    }
    if (name === "." || name === "..") {
      throw new FS.ErrnoError(20);
    }
    var errCode = FS.mayCreate(parent, name);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    if (!parent.node_ops.mknod) {
      throw new FS.ErrnoError(63);
    }
    return parent.node_ops.mknod(parent, name, mode, dev);
  }, statfs(path) {
    return FS.statfsNode(FS.lookupPath(path, { follow: true }).node);
  }, statfsStream(stream) {
    return FS.statfsNode(stream.node);
  }, statfsNode(node) {
    var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
    if (node.node_ops.statfs) {
      Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
    }
    return rtn;
  }, create(path, mode = 438) {
    mode &= 4095;
    mode |= 32768;
    return FS.mknod(path, mode, 0);
  }, mkdir(path, mode = 511) {
    mode &= 511 | 512;
    mode |= 16384;
    return FS.mknod(path, mode, 0);
  }, mkdirTree(path, mode) {
    var dirs = path.split("/");
    var d = "";
    for (var dir of dirs) {
      if (!dir) continue;
      if (d || PATH.isAbs(path)) d += "/";
      d += dir;
      try {
        FS.mkdir(d, mode);
      } catch (e) {
        if (e.errno != 20) throw e;
      }
    }
  }, mkdev(path, mode, dev) {
    if (typeof dev == "undefined") {
      dev = mode;
      mode = 438;
    }
    mode |= 8192;
    return FS.mknod(path, mode, dev);
  }, symlink(oldpath, newpath) {
    if (!PATH_FS.resolve(oldpath)) {
      throw new FS.ErrnoError(44);
    }
    var lookup = FS.lookupPath(newpath, { parent: true });
    var parent = lookup.node;
    if (!parent) {
      throw new FS.ErrnoError(44);
    }
    var newname = PATH.basename(newpath);
    var errCode = FS.mayCreate(parent, newname);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    if (!parent.node_ops.symlink) {
      throw new FS.ErrnoError(63);
    }
    return parent.node_ops.symlink(parent, newname, oldpath);
  }, rename(old_path, new_path) {
    var old_dirname = PATH.dirname(old_path);
    var new_dirname = PATH.dirname(new_path);
    var old_name = PATH.basename(old_path);
    var new_name = PATH.basename(new_path);
    var lookup, old_dir, new_dir;
    lookup = FS.lookupPath(old_path, { parent: true });
    old_dir = lookup.node;
    lookup = FS.lookupPath(new_path, { parent: true });
    new_dir = lookup.node;
    if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
    if (old_dir.mount !== new_dir.mount) {
      throw new FS.ErrnoError(75);
    }
    var old_node = FS.lookupNode(old_dir, old_name);
    var relative = PATH_FS.relative(old_path, new_dirname);
    if (relative.charAt(0) !== ".") {
      throw new FS.ErrnoError(28);
    }
    relative = PATH_FS.relative(new_path, old_dirname);
    if (relative.charAt(0) !== ".") {
      throw new FS.ErrnoError(55);
    }
    var new_node;
    try {
      new_node = FS.lookupNode(new_dir, new_name);
    } catch (e) {
    }
    if (old_node === new_node) {
      return;
    }
    var isdir = FS.isDir(old_node.mode);
    var errCode = FS.mayDelete(old_dir, old_name, isdir);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    if (!old_dir.node_ops.rename) {
      throw new FS.ErrnoError(63);
    }
    if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
      throw new FS.ErrnoError(10);
    }
    if (new_dir !== old_dir) {
      errCode = FS.nodePermissions(old_dir, "w");
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
    }
    FS.hashRemoveNode(old_node);
    try {
      old_dir.node_ops.rename(old_node, new_dir, new_name);
      old_node.parent = new_dir;
    } catch (e) {
      throw e;
    } finally {
      FS.hashAddNode(old_node);
    }
  }, rmdir(path) {
    var lookup = FS.lookupPath(path, { parent: true });
    var parent = lookup.node;
    var name = PATH.basename(path);
    var node = FS.lookupNode(parent, name);
    var errCode = FS.mayDelete(parent, name, true);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    if (!parent.node_ops.rmdir) {
      throw new FS.ErrnoError(63);
    }
    if (FS.isMountpoint(node)) {
      throw new FS.ErrnoError(10);
    }
    parent.node_ops.rmdir(parent, name);
    FS.destroyNode(node);
  }, readdir(path) {
    var lookup = FS.lookupPath(path, { follow: true });
    var node = lookup.node;
    var readdir2 = FS.checkOpExists(node.node_ops.readdir, 54);
    return readdir2(node);
  }, unlink(path) {
    var lookup = FS.lookupPath(path, { parent: true });
    var parent = lookup.node;
    if (!parent) {
      throw new FS.ErrnoError(44);
    }
    var name = PATH.basename(path);
    var node = FS.lookupNode(parent, name);
    var errCode = FS.mayDelete(parent, name, false);
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    if (!parent.node_ops.unlink) {
      throw new FS.ErrnoError(63);
    }
    if (FS.isMountpoint(node)) {
      throw new FS.ErrnoError(10);
    }
    parent.node_ops.unlink(parent, name);
    FS.destroyNode(node);
  }, readlink(path) {
    var lookup = FS.lookupPath(path);
    var link = lookup.node;
    if (!link) {
      throw new FS.ErrnoError(44);
    }
    if (!link.node_ops.readlink) {
      throw new FS.ErrnoError(28);
    }
    return link.node_ops.readlink(link);
  }, stat(path, dontFollow) {
    var lookup = FS.lookupPath(path, { follow: !dontFollow });
    var node = lookup.node;
    var getattr = FS.checkOpExists(node.node_ops.getattr, 63);
    return getattr(node);
  }, fstat(fd2) {
    var stream = FS.getStreamChecked(fd2);
    var node = stream.node;
    var getattr = stream.stream_ops.getattr;
    var arg = getattr ? stream : node;
    getattr ??= node.node_ops.getattr;
    FS.checkOpExists(getattr, 63);
    return getattr(arg);
  }, lstat(path) {
    return FS.stat(path, true);
  }, doChmod(stream, node, mode, dontFollow) {
    FS.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
  }, chmod(path, mode, dontFollow) {
    var node;
    if (typeof path == "string") {
      var lookup = FS.lookupPath(path, { follow: !dontFollow });
      node = lookup.node;
    } else {
      node = path;
    }
    FS.doChmod(null, node, mode, dontFollow);
  }, lchmod(path, mode) {
    FS.chmod(path, mode, true);
  }, fchmod(fd2, mode) {
    var stream = FS.getStreamChecked(fd2);
    FS.doChmod(stream, stream.node, mode, false);
  }, doChown(stream, node, dontFollow) {
    FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
  }, chown(path, uid, gid, dontFollow) {
    var node;
    if (typeof path == "string") {
      var lookup = FS.lookupPath(path, { follow: !dontFollow });
      node = lookup.node;
    } else {
      node = path;
    }
    FS.doChown(null, node, dontFollow);
  }, lchown(path, uid, gid) {
    FS.chown(path, uid, gid, true);
  }, fchown(fd2, uid, gid) {
    var stream = FS.getStreamChecked(fd2);
    FS.doChown(stream, stream.node, false);
  }, doTruncate(stream, node, len) {
    if (FS.isDir(node.mode)) {
      throw new FS.ErrnoError(31);
    }
    if (!FS.isFile(node.mode)) {
      throw new FS.ErrnoError(28);
    }
    var errCode = FS.nodePermissions(node, "w");
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
  }, truncate(path, len) {
    if (len < 0) {
      throw new FS.ErrnoError(28);
    }
    var node;
    if (typeof path == "string") {
      var lookup = FS.lookupPath(path, { follow: true });
      node = lookup.node;
    } else {
      node = path;
    }
    FS.doTruncate(null, node, len);
  }, ftruncate(fd2, len) {
    var stream = FS.getStreamChecked(fd2);
    if (len < 0 || (stream.flags & 2097155) === 0) {
      throw new FS.ErrnoError(28);
    }
    FS.doTruncate(stream, stream.node, len);
  }, utime(path, atime, mtime) {
    var lookup = FS.lookupPath(path, { follow: true });
    var node = lookup.node;
    var setattr = FS.checkOpExists(node.node_ops.setattr, 63);
    setattr(node, { atime, mtime });
  }, open(path, flags, mode = 438) {
    if (path === "") {
      throw new FS.ErrnoError(44);
    }
    flags = typeof flags == "string" ? FS_modeStringToFlags(flags) : flags;
    if (flags & 64) {
      mode = mode & 4095 | 32768;
    } else {
      mode = 0;
    }
    var node;
    var isDirPath;
    if (typeof path == "object") {
      node = path;
    } else {
      isDirPath = path.endsWith("/");
      var lookup = FS.lookupPath(path, { follow: !(flags & 131072), noent_okay: true });
      node = lookup.node;
      path = lookup.path;
    }
    var created = false;
    if (flags & 64) {
      if (node) {
        if (flags & 128) {
          throw new FS.ErrnoError(20);
        }
      } else if (isDirPath) {
        throw new FS.ErrnoError(31);
      } else {
        node = FS.mknod(path, mode | 511, 0);
        created = true;
      }
    }
    if (!node) {
      throw new FS.ErrnoError(44);
    }
    if (FS.isChrdev(node.mode)) {
      flags &= ~512;
    }
    if (flags & 65536 && !FS.isDir(node.mode)) {
      throw new FS.ErrnoError(54);
    }
    if (!created) {
      var errCode = FS.mayOpen(node, flags);
      if (errCode) {
        throw new FS.ErrnoError(errCode);
      }
    }
    if (flags & 512 && !created) {
      FS.truncate(node, 0);
    }
    flags &= ~(128 | 512 | 131072);
    var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
    if (stream.stream_ops.open) {
      stream.stream_ops.open(stream);
    }
    if (created) {
      FS.chmod(node, mode & 511);
    }
    if (Module2["logReadFiles"] && !(flags & 1)) {
      if (!(path in FS.readFiles)) {
        FS.readFiles[path] = 1;
      }
    }
    return stream;
  }, close(stream) {
    if (FS.isClosed(stream)) {
      throw new FS.ErrnoError(8);
    }
    if (stream.getdents) stream.getdents = null;
    try {
      if (stream.stream_ops.close) {
        stream.stream_ops.close(stream);
      }
    } catch (e) {
      throw e;
    } finally {
      FS.closeStream(stream.fd);
    }
    stream.fd = null;
  }, isClosed(stream) {
    return stream.fd === null;
  }, llseek(stream, offset, whence) {
    if (FS.isClosed(stream)) {
      throw new FS.ErrnoError(8);
    }
    if (!stream.seekable || !stream.stream_ops.llseek) {
      throw new FS.ErrnoError(70);
    }
    if (whence != 0 && whence != 1 && whence != 2) {
      throw new FS.ErrnoError(28);
    }
    stream.position = stream.stream_ops.llseek(stream, offset, whence);
    stream.ungotten = [];
    return stream.position;
  }, read(stream, buffer, offset, length, position) {
    if (length < 0 || position < 0) {
      throw new FS.ErrnoError(28);
    }
    if (FS.isClosed(stream)) {
      throw new FS.ErrnoError(8);
    }
    if ((stream.flags & 2097155) === 1) {
      throw new FS.ErrnoError(8);
    }
    if (FS.isDir(stream.node.mode)) {
      throw new FS.ErrnoError(31);
    }
    if (!stream.stream_ops.read) {
      throw new FS.ErrnoError(28);
    }
    var seeking = typeof position != "undefined";
    if (!seeking) {
      position = stream.position;
    } else if (!stream.seekable) {
      throw new FS.ErrnoError(70);
    }
    var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
    if (!seeking) stream.position += bytesRead;
    return bytesRead;
  }, write(stream, buffer, offset, length, position, canOwn) {
    if (length < 0 || position < 0) {
      throw new FS.ErrnoError(28);
    }
    if (FS.isClosed(stream)) {
      throw new FS.ErrnoError(8);
    }
    if ((stream.flags & 2097155) === 0) {
      throw new FS.ErrnoError(8);
    }
    if (FS.isDir(stream.node.mode)) {
      throw new FS.ErrnoError(31);
    }
    if (!stream.stream_ops.write) {
      throw new FS.ErrnoError(28);
    }
    if (stream.seekable && stream.flags & 1024) {
      FS.llseek(stream, 0, 2);
    }
    var seeking = typeof position != "undefined";
    if (!seeking) {
      position = stream.position;
    } else if (!stream.seekable) {
      throw new FS.ErrnoError(70);
    }
    var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
    if (!seeking) stream.position += bytesWritten;
    return bytesWritten;
  }, mmap(stream, length, position, prot, flags) {
    if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
      throw new FS.ErrnoError(2);
    }
    if ((stream.flags & 2097155) === 1) {
      throw new FS.ErrnoError(2);
    }
    if (!stream.stream_ops.mmap) {
      throw new FS.ErrnoError(43);
    }
    if (!length) {
      throw new FS.ErrnoError(28);
    }
    return stream.stream_ops.mmap(stream, length, position, prot, flags);
  }, msync(stream, buffer, offset, length, mmapFlags) {
    if (!stream.stream_ops.msync) {
      return 0;
    }
    return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
  }, ioctl(stream, cmd, arg) {
    if (!stream.stream_ops.ioctl) {
      throw new FS.ErrnoError(59);
    }
    return stream.stream_ops.ioctl(stream, cmd, arg);
  }, readFile(path, opts = {}) {
    opts.flags = opts.flags || 0;
    opts.encoding = opts.encoding || "binary";
    if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
      abort(`Invalid encoding type "${opts.encoding}"`);
    }
    var stream = FS.open(path, opts.flags);
    var stat3 = FS.stat(path);
    var length = stat3.size;
    var buf = new Uint8Array(length);
    FS.read(stream, buf, 0, length, 0);
    if (opts.encoding === "utf8") {
      buf = UTF8ArrayToString(buf);
    }
    FS.close(stream);
    return buf;
  }, writeFile(path, data, opts = {}) {
    opts.flags = opts.flags || 577;
    var stream = FS.open(path, opts.flags, opts.mode);
    if (typeof data == "string") {
      data = new Uint8Array(intArrayFromString(data, true));
    }
    if (ArrayBuffer.isView(data)) {
      FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
    } else {
      abort("Unsupported data type");
    }
    FS.close(stream);
  }, cwd: () => FS.currentPath, chdir(path) {
    var lookup = FS.lookupPath(path, { follow: true });
    if (lookup.node === null) {
      throw new FS.ErrnoError(44);
    }
    if (!FS.isDir(lookup.node.mode)) {
      throw new FS.ErrnoError(54);
    }
    var errCode = FS.nodePermissions(lookup.node, "x");
    if (errCode) {
      throw new FS.ErrnoError(errCode);
    }
    FS.currentPath = lookup.path;
  }, createDefaultDirectories() {
    FS.mkdir("/tmp");
    FS.mkdir("/home");
    FS.mkdir("/home/web_user");
  }, createDefaultDevices() {
    FS.mkdir("/dev");
    FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
    FS.mkdev("/dev/null", FS.makedev(1, 3));
    TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
    TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
    FS.mkdev("/dev/tty", FS.makedev(5, 0));
    FS.mkdev("/dev/tty1", FS.makedev(6, 0));
    var randomBuffer = new Uint8Array(1024), randomLeft = 0;
    var randomByte = () => {
      if (randomLeft === 0) {
        randomFill(randomBuffer);
        randomLeft = randomBuffer.byteLength;
      }
      return randomBuffer[--randomLeft];
    };
    FS.createDevice("/dev", "random", randomByte);
    FS.createDevice("/dev", "urandom", randomByte);
    FS.mkdir("/dev/shm");
    FS.mkdir("/dev/shm/tmp");
  }, createSpecialDirectories() {
    FS.mkdir("/proc");
    var proc_self = FS.mkdir("/proc/self");
    FS.mkdir("/proc/self/fd");
    FS.mount({ mount() {
      var node = FS.createNode(proc_self, "fd", 16895, 73);
      node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
      node.node_ops = { lookup(parent, name) {
        var fd2 = +name;
        var stream = FS.getStreamChecked(fd2);
        var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd2 + 1 };
        ret.parent = ret;
        return ret;
      }, readdir() {
        return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
      } };
      return node;
    } }, {}, "/proc/self/fd");
  }, createStandardStreams(input, output, error) {
    if (input) {
      FS.createDevice("/dev", "stdin", input);
    } else {
      FS.symlink("/dev/tty", "/dev/stdin");
    }
    if (output) {
      FS.createDevice("/dev", "stdout", null, output);
    } else {
      FS.symlink("/dev/tty", "/dev/stdout");
    }
    if (error) {
      FS.createDevice("/dev", "stderr", null, error);
    } else {
      FS.symlink("/dev/tty1", "/dev/stderr");
    }
    var stdin = FS.open("/dev/stdin", 0);
    var stdout = FS.open("/dev/stdout", 1);
    var stderr = FS.open("/dev/stderr", 1);
  }, staticInit() {
    FS.nameTable = new Array(4096);
    FS.mount(MEMFS, {}, "/");
    FS.createDefaultDirectories();
    FS.createDefaultDevices();
    FS.createSpecialDirectories();
    FS.filesystems = { MEMFS, IDBFS, WORKERFS };
  }, init(input, output, error) {
    FS.initialized = true;
    input ??= Module2["stdin"];
    output ??= Module2["stdout"];
    error ??= Module2["stderr"];
    FS.createStandardStreams(input, output, error);
  }, quit() {
    FS.initialized = false;
    for (var stream of FS.streams) {
      if (stream) {
        FS.close(stream);
      }
    }
  }, findObject(path, dontResolveLastLink) {
    var ret = FS.analyzePath(path, dontResolveLastLink);
    if (!ret.exists) {
      return null;
    }
    return ret.object;
  }, analyzePath(path, dontResolveLastLink) {
    try {
      var lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
      path = lookup.path;
    } catch (e) {
    }
    var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
    try {
      var lookup = FS.lookupPath(path, { parent: true });
      ret.parentExists = true;
      ret.parentPath = lookup.path;
      ret.parentObject = lookup.node;
      ret.name = PATH.basename(path);
      lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
      ret.exists = true;
      ret.path = lookup.path;
      ret.object = lookup.node;
      ret.name = lookup.node.name;
      ret.isRoot = lookup.path === "/";
    } catch (e) {
      ret.error = e.errno;
    }
    return ret;
  }, createPath(parent, path, canRead, canWrite) {
    parent = typeof parent == "string" ? parent : FS.getPath(parent);
    var parts = path.split("/").reverse();
    while (parts.length) {
      var part = parts.pop();
      if (!part) continue;
      var current = PATH.join2(parent, part);
      try {
        FS.mkdir(current);
      } catch (e) {
        if (e.errno != 20) throw e;
      }
      parent = current;
    }
    return current;
  }, createFile(parent, name, properties, canRead, canWrite) {
    var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
    var mode = FS_getMode(canRead, canWrite);
    return FS.create(path, mode);
  }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
    var path = name;
    if (parent) {
      parent = typeof parent == "string" ? parent : FS.getPath(parent);
      path = name ? PATH.join2(parent, name) : parent;
    }
    var mode = FS_getMode(canRead, canWrite);
    var node = FS.create(path, mode);
    if (data) {
      if (typeof data == "string") {
        var arr = new Array(data.length);
        for (var i3 = 0, len = data.length; i3 < len; ++i3) arr[i3] = data.charCodeAt(i3);
        data = arr;
      }
      FS.chmod(node, mode | 146);
      var stream = FS.open(node, 577);
      FS.write(stream, data, 0, data.length, 0, canOwn);
      FS.close(stream);
      FS.chmod(node, mode);
    }
  }, createDevice(parent, name, input, output) {
    var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
    var mode = FS_getMode(!!input, !!output);
    FS.createDevice.major ??= 64;
    var dev = FS.makedev(FS.createDevice.major++, 0);
    FS.registerDevice(dev, { open(stream) {
      stream.seekable = false;
    }, close(stream) {
      if (output?.buffer?.length) {
        output(10);
      }
    }, read(stream, buffer, offset, length, pos) {
      var bytesRead = 0;
      for (var i3 = 0; i3 < length; i3++) {
        var result;
        try {
          result = input();
        } catch (e) {
          throw new FS.ErrnoError(29);
        }
        if (result === void 0 && bytesRead === 0) {
          throw new FS.ErrnoError(6);
        }
        if (result === null || result === void 0) break;
        bytesRead++;
        buffer[offset + i3] = result;
      }
      if (bytesRead) {
        stream.node.atime = Date.now();
      }
      return bytesRead;
    }, write(stream, buffer, offset, length, pos) {
      for (var i3 = 0; i3 < length; i3++) {
        try {
          output(buffer[offset + i3]);
        } catch (e) {
          throw new FS.ErrnoError(29);
        }
      }
      if (length) {
        stream.node.mtime = stream.node.ctime = Date.now();
      }
      return i3;
    } });
    return FS.mkdev(path, mode, dev);
  }, forceLoadFile(obj) {
    if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
    if (globalThis.XMLHttpRequest) {
      abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
    } else {
      try {
        obj.contents = readBinary(obj.url);
      } catch (e) {
        throw new FS.ErrnoError(29);
      }
    }
  }, createLazyFile(parent, name, url, canRead, canWrite) {
    class LazyUint8Array {
      lengthKnown = false;
      chunks = [];
      get(idx) {
        if (idx > this.length - 1 || idx < 0) {
          return void 0;
        }
        var chunkOffset = idx % this.chunkSize;
        var chunkNum = idx / this.chunkSize | 0;
        return this.getter(chunkNum)[chunkOffset];
      }
      setDataGetter(getter) {
        this.getter = getter;
      }
      cacheLength() {
        var xhr = new XMLHttpRequest();
        xhr.open("HEAD", url, false);
        xhr.send(null);
        if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr.status);
        var datalength = Number(xhr.getResponseHeader("Content-length"));
        var header;
        var hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes";
        var usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip";
        var chunkSize2 = 1024 * 1024;
        if (!hasByteServing) chunkSize2 = datalength;
        var doXHR = (from, to) => {
          if (from > to) abort("invalid range (" + from + ", " + to + ") or no bytes requested!");
          if (to > datalength - 1) abort("only " + datalength + " bytes available! programmer error!");
          var xhr2 = new XMLHttpRequest();
          xhr2.open("GET", url, false);
          if (datalength !== chunkSize2) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
          xhr2.responseType = "arraybuffer";
          if (xhr2.overrideMimeType) {
            xhr2.overrideMimeType("text/plain; charset=x-user-defined");
          }
          xhr2.send(null);
          if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr2.status);
          if (xhr2.response !== void 0) {
            return new Uint8Array(xhr2.response || []);
          }
          return intArrayFromString(xhr2.responseText || "", true);
        };
        var lazyArray2 = this;
        lazyArray2.setDataGetter((chunkNum) => {
          var start = chunkNum * chunkSize2;
          var end = (chunkNum + 1) * chunkSize2 - 1;
          end = Math.min(end, datalength - 1);
          if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
            lazyArray2.chunks[chunkNum] = doXHR(start, end);
          }
          if (typeof lazyArray2.chunks[chunkNum] == "undefined") abort("doXHR failed!");
          return lazyArray2.chunks[chunkNum];
        });
        if (usesGzip || !datalength) {
          chunkSize2 = datalength = 1;
          datalength = this.getter(0).length;
          chunkSize2 = datalength;
          out("LazyFiles on gzip forces download of the whole file when length is accessed");
        }
        this._length = datalength;
        this._chunkSize = chunkSize2;
        this.lengthKnown = true;
      }
      get length() {
        if (!this.lengthKnown) {
          this.cacheLength();
        }
        return this._length;
      }
      get chunkSize() {
        if (!this.lengthKnown) {
          this.cacheLength();
        }
        return this._chunkSize;
      }
    }
    if (globalThis.XMLHttpRequest) {
      if (!ENVIRONMENT_IS_WORKER) abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
      var lazyArray = new LazyUint8Array();
      var properties = { isDevice: false, contents: lazyArray };
    } else {
      var properties = { isDevice: false, url };
    }
    var node = FS.createFile(parent, name, properties, canRead, canWrite);
    if (properties.contents) {
      node.contents = properties.contents;
    } else if (properties.url) {
      node.contents = null;
      node.url = properties.url;
    }
    Object.defineProperties(node, { usedBytes: { get: function() {
      return this.contents.length;
    } } });
    var stream_ops = {};
    for (const [key2, fn] of Object.entries(node.stream_ops)) {
      stream_ops[key2] = (...args) => {
        FS.forceLoadFile(node);
        return fn(...args);
      };
    }
    function writeChunks(stream, buffer, offset, length, position) {
      var contents = stream.node.contents;
      if (position >= contents.length) return 0;
      var size = Math.min(contents.length - position, length);
      if (contents.slice) {
        for (var i3 = 0; i3 < size; i3++) {
          buffer[offset + i3] = contents[position + i3];
        }
      } else {
        for (var i3 = 0; i3 < size; i3++) {
          buffer[offset + i3] = contents.get(position + i3);
        }
      }
      return size;
    }
    stream_ops.read = (stream, buffer, offset, length, position) => {
      FS.forceLoadFile(node);
      return writeChunks(stream, buffer, offset, length, position);
    };
    stream_ops.mmap = (stream, length, position, prot, flags) => {
      FS.forceLoadFile(node);
      var ptr = mmapAlloc(length);
      if (!ptr) {
        throw new FS.ErrnoError(48);
      }
      writeChunks(stream, HEAP8, ptr, length, position);
      return { ptr, allocated: true };
    };
    node.stream_ops = stream_ops;
    return node;
  } };
  var findLibraryFS = (libName, rpath) => {
    if (!runtimeInitialized) {
      return void 0;
    }
    if (PATH.isAbs(libName)) {
      try {
        FS.lookupPath(libName);
        return libName;
      } catch (e) {
        return void 0;
      }
    }
    var rpathResolved = (rpath?.paths || []).map((p) => replaceORIGIN(rpath?.parentLibPath, p));
    return withStackSave(() => {
      var bufSize = 2 * 255 + 2;
      var buf = stackAlloc(bufSize);
      var rpathC = stringToUTF8OnStack(rpathResolved.join(":"));
      var libNameC = stringToUTF8OnStack(libName);
      var resLibNameC = __emscripten_find_dylib(buf, rpathC, libNameC, bufSize);
      return resLibNameC ? UTF8ToString(resLibNameC) : void 0;
    });
  };
  function loadDynamicLibrary(libName, flags = { global: true, nodelete: true }, localScope, handle) {
    var dso = LDSO.loadedLibsByName[libName];
    if (dso) {
      if (!flags.global) {
        if (localScope) {
          Object.assign(localScope, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName);
      }
      if (flags.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle) {
        LDSO.loadedLibsByHandle[handle] = dso;
      }
      return flags.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName, handle, "loading");
    dso.refcount = flags.nodelete ? Infinity : 1;
    dso.global = flags.global;
    function loadLibData() {
      if (handle) {
        var data = HEAPU32[handle + 28 >> 2];
        var dataSize = HEAPU32[handle + 32 >> 2];
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var f = findLibraryFS(libName, flags.rpath);
      if (f) {
        var libData = FS.readFile(f, { encoding: "binary" });
        return flags.loadAsync ? Promise.resolve(libData) : libData;
      }
      var libFile = locateFile(libName);
      if (flags.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    function getExports() {
      var preloaded = preloadedWasm[libName];
      if (preloaded) {
        return flags.loadAsync ? Promise.resolve(preloaded) : preloaded;
      }
      if (flags.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags, libName, localScope, handle));
      }
      return loadWebAssemblyModule(loadLibData(), flags, libName, localScope, handle);
    }
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName);
      } else if (localScope) {
        Object.assign(localScope, exports);
      }
      dso.exports = exports;
    }
    if (flags.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  var reportUndefinedSymbols = () => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == -1) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          entry.value = 0;
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else if (typeof value.value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value} (${value})`);
        }
      }
    }
  };
  var loadDylibs = async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, { loadAsync: true, global: true, nodelete: true, allowUndefined: true });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  };
  var noExitRuntime = true;
  class ExceptionInfo {
    constructor(excPtr) {
      this.excPtr = excPtr;
      this.ptr = excPtr - 24;
    }
    set_type(type) {
      HEAPU32[this.ptr + 4 >> 2] = type;
    }
    get_type() {
      return HEAPU32[this.ptr + 4 >> 2];
    }
    set_destructor(destructor) {
      HEAPU32[this.ptr + 8 >> 2] = destructor;
    }
    get_destructor() {
      return HEAPU32[this.ptr + 8 >> 2];
    }
    set_caught(caught) {
      caught = caught ? 1 : 0;
      HEAP8[this.ptr + 12] = caught;
    }
    get_caught() {
      return HEAP8[this.ptr + 12] != 0;
    }
    set_rethrown(rethrown) {
      rethrown = rethrown ? 1 : 0;
      HEAP8[this.ptr + 13] = rethrown;
    }
    get_rethrown() {
      return HEAP8[this.ptr + 13] != 0;
    }
    init(type, destructor) {
      this.set_adjusted_ptr(0);
      this.set_type(type);
      this.set_destructor(destructor);
    }
    set_adjusted_ptr(adjustedPtr) {
      HEAPU32[this.ptr + 16 >> 2] = adjustedPtr;
    }
    get_adjusted_ptr() {
      return HEAPU32[this.ptr + 16 >> 2];
    }
  }
  var exceptionLast = 0;
  var uncaughtExceptionCount = 0;
  var ___cxa_throw = (ptr, type, destructor) => {
    var info = new ExceptionInfo(ptr);
    info.init(type, destructor);
    exceptionLast = ptr;
    uncaughtExceptionCount++;
    throw exceptionLast;
  };
  ___cxa_throw.sig = "vppp";
  var SYSCALLS = { calculateAt(dirfd, path, allowEmpty) {
    if (PATH.isAbs(path)) {
      return path;
    }
    var dir;
    if (dirfd === -100) {
      dir = FS.cwd();
    } else {
      var dirstream = SYSCALLS.getStreamFromFD(dirfd);
      dir = dirstream.path;
    }
    if (path.length == 0) {
      if (!allowEmpty) {
        throw new FS.ErrnoError(44);
      }
      return dir;
    }
    return dir + "/" + path;
  }, writeStat(buf, stat3) {
    HEAPU32[buf >> 2] = stat3.dev;
    HEAPU32[buf + 4 >> 2] = stat3.mode;
    HEAPU32[buf + 8 >> 2] = stat3.nlink;
    HEAPU32[buf + 12 >> 2] = stat3.uid;
    HEAPU32[buf + 16 >> 2] = stat3.gid;
    HEAPU32[buf + 20 >> 2] = stat3.rdev;
    HEAP64[buf + 24 >> 3] = BigInt(stat3.size);
    HEAP32[buf + 32 >> 2] = 4096;
    HEAP32[buf + 36 >> 2] = stat3.blocks;
    var atime = stat3.atime.getTime();
    var mtime = stat3.mtime.getTime();
    var ctime = stat3.ctime.getTime();
    HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
    HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
    HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
    HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
    HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
    HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
    HEAP64[buf + 88 >> 3] = BigInt(stat3.ino);
    return 0;
  }, writeStatFs(buf, stats) {
    HEAPU32[buf + 4 >> 2] = stats.bsize;
    HEAPU32[buf + 60 >> 2] = stats.bsize;
    HEAP64[buf + 8 >> 3] = BigInt(stats.blocks);
    HEAP64[buf + 16 >> 3] = BigInt(stats.bfree);
    HEAP64[buf + 24 >> 3] = BigInt(stats.bavail);
    HEAP64[buf + 32 >> 3] = BigInt(stats.files);
    HEAP64[buf + 40 >> 3] = BigInt(stats.ffree);
    HEAPU32[buf + 48 >> 2] = stats.fsid;
    HEAPU32[buf + 64 >> 2] = stats.flags;
    HEAPU32[buf + 56 >> 2] = stats.namelen;
  }, doMsync(addr, stream, len, flags, offset) {
    if (!FS.isFile(stream.node.mode)) {
      throw new FS.ErrnoError(43);
    }
    if (flags & 2) {
      return 0;
    }
    var buffer = HEAPU8.slice(addr, addr + len);
    FS.msync(stream, buffer, offset, len, flags);
  }, getStreamFromFD(fd2) {
    var stream = FS.getStreamChecked(fd2);
    return stream;
  }, varargs: void 0, getStr(ptr) {
    var ret = UTF8ToString(ptr);
    return ret;
  } };
  function ___syscall_dup3(fd2, newfd, flags) {
    try {
      var old = SYSCALLS.getStreamFromFD(fd2);
      if (old.fd === newfd) return -28;
      if (newfd < 0 || newfd >= FS.MAX_OPEN_FDS) return -8;
      var existing = FS.getStream(newfd);
      if (existing) FS.close(existing);
      return FS.dupStream(old, newfd).fd;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_dup3.sig = "iiii";
  function ___syscall_faccessat(dirfd, path, amode, flags) {
    try {
      path = SYSCALLS.getStr(path);
      path = SYSCALLS.calculateAt(dirfd, path);
      if (amode & ~7) {
        return -28;
      }
      var lookup = FS.lookupPath(path, { follow: true });
      var node = lookup.node;
      if (!node) {
        return -44;
      }
      var perms = "";
      if (amode & 4) perms += "r";
      if (amode & 2) perms += "w";
      if (amode & 1) perms += "x";
      if (perms && FS.nodePermissions(node, perms)) {
        return -2;
      }
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_faccessat.sig = "iipii";
  var syscallGetVarargI = () => {
    var ret = HEAP32[+SYSCALLS.varargs >> 2];
    SYSCALLS.varargs += 4;
    return ret;
  };
  var syscallGetVarargP = syscallGetVarargI;
  function ___syscall_fcntl64(fd2, cmd, varargs) {
    SYSCALLS.varargs = varargs;
    try {
      var stream = SYSCALLS.getStreamFromFD(fd2);
      switch (cmd) {
        case 0: {
          var arg = syscallGetVarargI();
          if (arg < 0) {
            return -28;
          }
          while (FS.streams[arg]) {
            arg++;
          }
          var newStream;
          newStream = FS.dupStream(stream, arg);
          return newStream.fd;
        }
        case 1:
        case 2:
          return 0;
        case 3:
          return stream.flags;
        case 4: {
          var arg = syscallGetVarargI();
          stream.flags |= arg;
          return 0;
        }
        case 12: {
          var arg = syscallGetVarargP();
          var offset = 0;
          HEAP16[arg + offset >> 1] = 2;
          return 0;
        }
        case 13:
        case 14:
          return 0;
      }
      return -28;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_fcntl64.sig = "iiip";
  function ___syscall_fstat64(fd2, buf) {
    try {
      return SYSCALLS.writeStat(buf, FS.fstat(fd2));
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_fstat64.sig = "iip";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = (num2) => num2 < INT53_MIN || num2 > INT53_MAX ? NaN : Number(num2);
  function ___syscall_ftruncate64(fd2, length) {
    length = bigintToI53Checked(length);
    try {
      if (isNaN(length)) return -61;
      FS.ftruncate(fd2, length);
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_ftruncate64.sig = "iij";
  function ___syscall_getcwd(buf, size) {
    try {
      if (size === 0) return -28;
      var cwd = FS.cwd();
      var cwdLengthInBytes = lengthBytesUTF8(cwd) + 1;
      if (size < cwdLengthInBytes) return -68;
      stringToUTF8(cwd, buf, size);
      return cwdLengthInBytes;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_getcwd.sig = "ipp";
  function ___syscall_getdents64(fd2, dirp, count) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd2);
      stream.getdents ||= FS.readdir(stream.path);
      var struct_size = 280;
      var pos = 0;
      var off = FS.llseek(stream, 0, 1);
      var startIdx = Math.floor(off / struct_size);
      var endIdx = Math.min(stream.getdents.length, startIdx + Math.floor(count / struct_size));
      for (var idx = startIdx; idx < endIdx; idx++) {
        var id;
        var type;
        var name = stream.getdents[idx];
        if (name === ".") {
          id = stream.node.id;
          type = 4;
        } else if (name === "..") {
          var lookup = FS.lookupPath(stream.path, { parent: true });
          id = lookup.node.id;
          type = 4;
        } else {
          var child;
          try {
            child = FS.lookupNode(stream.node, name);
          } catch (e) {
            if (e?.errno === 28) {
              continue;
            }
            throw e;
          }
          id = child.id;
          type = FS.isChrdev(child.mode) ? 2 : FS.isDir(child.mode) ? 4 : FS.isLink(child.mode) ? 10 : 8;
        }
        HEAP64[dirp + pos >> 3] = BigInt(id);
        HEAP64[dirp + pos + 8 >> 3] = BigInt((idx + 1) * struct_size);
        HEAP16[dirp + pos + 16 >> 1] = 280;
        HEAP8[dirp + pos + 18] = type;
        stringToUTF8(name, dirp + pos + 19, 256);
        pos += struct_size;
      }
      FS.llseek(stream, idx * struct_size, 0);
      return pos;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_getdents64.sig = "iipp";
  function ___syscall_ioctl(fd2, op, varargs) {
    SYSCALLS.varargs = varargs;
    try {
      var stream = SYSCALLS.getStreamFromFD(fd2);
      switch (op) {
        case 21509: {
          if (!stream.tty) return -59;
          return 0;
        }
        case 21505: {
          if (!stream.tty) return -59;
          if (stream.tty.ops.ioctl_tcgets) {
            var termios = stream.tty.ops.ioctl_tcgets(stream);
            var argp = syscallGetVarargP();
            HEAP32[argp >> 2] = termios.c_iflag || 0;
            HEAP32[argp + 4 >> 2] = termios.c_oflag || 0;
            HEAP32[argp + 8 >> 2] = termios.c_cflag || 0;
            HEAP32[argp + 12 >> 2] = termios.c_lflag || 0;
            for (var i3 = 0; i3 < 32; i3++) {
              HEAP8[argp + i3 + 17] = termios.c_cc[i3] || 0;
            }
            return 0;
          }
          return 0;
        }
        case 21510:
        case 21511:
        case 21512: {
          if (!stream.tty) return -59;
          return 0;
        }
        case 21506:
        case 21507:
        case 21508: {
          if (!stream.tty) return -59;
          if (stream.tty.ops.ioctl_tcsets) {
            var argp = syscallGetVarargP();
            var c_iflag = HEAP32[argp >> 2];
            var c_oflag = HEAP32[argp + 4 >> 2];
            var c_cflag = HEAP32[argp + 8 >> 2];
            var c_lflag = HEAP32[argp + 12 >> 2];
            var c_cc = [];
            for (var i3 = 0; i3 < 32; i3++) {
              c_cc.push(HEAP8[argp + i3 + 17]);
            }
            return stream.tty.ops.ioctl_tcsets(stream.tty, op, { c_iflag, c_oflag, c_cflag, c_lflag, c_cc });
          }
          return 0;
        }
        case 21519: {
          if (!stream.tty) return -59;
          var argp = syscallGetVarargP();
          HEAP32[argp >> 2] = 0;
          return 0;
        }
        case 21520: {
          if (!stream.tty) return -59;
          return -28;
        }
        case 21537:
        case 21531: {
          var argp = syscallGetVarargP();
          return FS.ioctl(stream, op, argp);
        }
        case 21523: {
          if (!stream.tty) return -59;
          if (stream.tty.ops.ioctl_tiocgwinsz) {
            var winsize = stream.tty.ops.ioctl_tiocgwinsz(stream.tty);
            var argp = syscallGetVarargP();
            HEAP16[argp >> 1] = winsize[0];
            HEAP16[argp + 2 >> 1] = winsize[1];
          }
          return 0;
        }
        case 21524: {
          if (!stream.tty) return -59;
          return 0;
        }
        case 21515: {
          if (!stream.tty) return -59;
          return 0;
        }
        default:
          return -28;
      }
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_ioctl.sig = "iiip";
  function ___syscall_lstat64(path, buf) {
    try {
      path = SYSCALLS.getStr(path);
      return SYSCALLS.writeStat(buf, FS.lstat(path));
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_lstat64.sig = "ipp";
  function ___syscall_newfstatat(dirfd, path, buf, flags) {
    try {
      path = SYSCALLS.getStr(path);
      var nofollow = flags & 256;
      var allowEmpty = flags & 4096;
      flags = flags & ~6400;
      path = SYSCALLS.calculateAt(dirfd, path, allowEmpty);
      return SYSCALLS.writeStat(buf, nofollow ? FS.lstat(path) : FS.stat(path));
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_newfstatat.sig = "iippi";
  function ___syscall_openat(dirfd, path, flags, varargs) {
    SYSCALLS.varargs = varargs;
    try {
      path = SYSCALLS.getStr(path);
      path = SYSCALLS.calculateAt(dirfd, path);
      var mode = varargs ? syscallGetVarargI() : 0;
      return FS.open(path, flags, mode).fd;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_openat.sig = "iipip";
  function ___syscall_readlinkat(dirfd, path, buf, bufsize) {
    try {
      path = SYSCALLS.getStr(path);
      path = SYSCALLS.calculateAt(dirfd, path);
      if (bufsize <= 0) return -28;
      var ret = FS.readlink(path);
      var len = Math.min(bufsize, lengthBytesUTF8(ret));
      var endChar = HEAP8[buf + len];
      stringToUTF8(ret, buf, bufsize + 1);
      HEAP8[buf + len] = endChar;
      return len;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_readlinkat.sig = "iippp";
  function ___syscall_rmdir(path) {
    try {
      path = SYSCALLS.getStr(path);
      FS.rmdir(path);
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_rmdir.sig = "ip";
  function ___syscall_stat64(path, buf) {
    try {
      path = SYSCALLS.getStr(path);
      return SYSCALLS.writeStat(buf, FS.stat(path));
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_stat64.sig = "ipp";
  function ___syscall_unlinkat(dirfd, path, flags) {
    try {
      path = SYSCALLS.getStr(path);
      path = SYSCALLS.calculateAt(dirfd, path);
      if (!flags) {
        FS.unlink(path);
      } else if (flags === 512) {
        FS.rmdir(path);
      } else {
        return -28;
      }
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_unlinkat.sig = "iipi";
  var __abort_js = () => abort("");
  __abort_js.sig = "v";
  var dlSetError = (msg) => {
    var sp = stackSave();
    var cmsg = stringToUTF8OnStack(msg);
    ___dl_seterr(cmsg, 0);
    stackRestore(sp);
  };
  var dlopenInternal = (handle, jsflags) => {
    var filename = UTF8ToString(handle + 36);
    var flags = HEAP32[handle + 4 >> 2];
    filename = PATH.normalize(filename);
    var global = Boolean(flags & 256);
    var localScope = global ? null : {};
    var combinedFlags = { global, nodelete: Boolean(flags & 4096), loadAsync: jsflags.loadAsync };
    if (jsflags.loadAsync) {
      return loadDynamicLibrary(filename, combinedFlags, localScope, handle);
    }
    try {
      return loadDynamicLibrary(filename, combinedFlags, localScope, handle);
    } catch (e) {
      dlSetError(`could not load dynamic lib: ${filename}
${e}`);
      return 0;
    }
  };
  var __dlopen_js = (handle) => dlopenInternal(handle, { loadAsync: false });
  __dlopen_js.sig = "pp";
  var __dlsym_js = (handle, symbol, symbolIndex) => {
    symbol = UTF8ToString(symbol);
    var result;
    var newSymIndex;
    var lib = LDSO.loadedLibsByHandle[handle];
    newSymIndex = Object.keys(lib.exports).indexOf(symbol);
    if (newSymIndex == -1 || lib.exports[symbol].stub) {
      dlSetError(`Tried to lookup unknown symbol "${symbol}" in dynamic lib: ${lib.name}`);
      return 0;
    }
    result = lib.exports[symbol];
    if (typeof result == "function") {
      var addr = getFunctionAddress(result);
      if (addr) {
        result = addr;
      } else {
        result = addFunction(result, result.sig);
        HEAPU32[symbolIndex >> 2] = newSymIndex;
      }
    }
    return result;
  };
  __dlsym_js.sig = "pppp";
  var AsciiToString = (ptr) => {
    var str2 = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str2;
      str2 += String.fromCharCode(ch);
    }
  };
  var awaitingDependencies = {};
  var registeredTypes = {};
  var typeDependencies = {};
  var BindingError = class BindingError extends Error {
    constructor(message) {
      super(message);
      this.name = "BindingError";
    }
  };
  var throwBindingError = (message) => {
    throw new BindingError(message);
  };
  function sharedRegisterType(rawType, registeredInstance, options = {}) {
    var name = registeredInstance.name;
    if (!rawType) {
      throwBindingError(`type "${name}" must have a positive integer typeid pointer`);
    }
    if (registeredTypes.hasOwnProperty(rawType)) {
      if (options.ignoreDuplicateRegistrations) {
        return;
      } else {
        throwBindingError(`Cannot register type '${name}' twice`);
      }
    }
    registeredTypes[rawType] = registeredInstance;
    delete typeDependencies[rawType];
    if (awaitingDependencies.hasOwnProperty(rawType)) {
      var callbacks = awaitingDependencies[rawType];
      delete awaitingDependencies[rawType];
      callbacks.forEach((cb) => cb());
    }
  }
  function registerType(rawType, registeredInstance, options = {}) {
    return sharedRegisterType(rawType, registeredInstance, options);
  }
  var integerReadValueFromPointer = (name, width2, signed) => {
    switch (width2) {
      case 1:
        return signed ? (pointer) => HEAP8[pointer] : (pointer) => HEAPU8[pointer];
      case 2:
        return signed ? (pointer) => HEAP16[pointer >> 1] : (pointer) => HEAPU16[pointer >> 1];
      case 4:
        return signed ? (pointer) => HEAP32[pointer >> 2] : (pointer) => HEAPU32[pointer >> 2];
      case 8:
        return signed ? (pointer) => HEAP64[pointer >> 3] : (pointer) => HEAPU64[pointer >> 3];
      default:
        throw new TypeError(`invalid integer width (${width2}): ${name}`);
    }
  };
  var __embind_register_bigint = (primitiveType, name, size, minRange, maxRange) => {
    name = AsciiToString(name);
    const isUnsignedType = minRange === 0n;
    let fromWireType = (value) => value;
    if (isUnsignedType) {
      const bitSize = size * 8;
      fromWireType = (value) => BigInt.asUintN(bitSize, value);
      maxRange = fromWireType(maxRange);
    }
    registerType(primitiveType, { name, fromWireType, toWireType: (destructors, value) => {
      if (typeof value == "number") {
        value = BigInt(value);
      }
      return value;
    }, readValueFromPointer: integerReadValueFromPointer(name, size, !isUnsignedType), destructorFunction: null });
  };
  __embind_register_bigint.sig = "vpppjj";
  var __embind_register_bool = (rawType, name, trueValue, falseValue) => {
    name = AsciiToString(name);
    registerType(rawType, { name, fromWireType: function(wt) {
      return !!wt;
    }, toWireType: function(destructors, o) {
      return o ? trueValue : falseValue;
    }, readValueFromPointer: function(pointer) {
      return this.fromWireType(HEAPU8[pointer]);
    }, destructorFunction: null });
  };
  __embind_register_bool.sig = "vppii";
  var shallowCopyInternalPointer = (o) => ({ count: o.count, deleteScheduled: o.deleteScheduled, preservePointerOnDelete: o.preservePointerOnDelete, ptr: o.ptr, ptrType: o.ptrType, smartPtr: o.smartPtr, smartPtrType: o.smartPtrType });
  var throwInstanceAlreadyDeleted = (obj) => {
    function getInstanceTypeName(handle) {
      return handle.$$.ptrType.registeredClass.name;
    }
    throwBindingError(getInstanceTypeName(obj) + " instance already deleted");
  };
  var finalizationRegistry = false;
  var detachFinalizer = (handle) => {
  };
  var runDestructor = ($$) => {
    if ($$.smartPtr) {
      $$.smartPtrType.rawDestructor($$.smartPtr);
    } else {
      $$.ptrType.registeredClass.rawDestructor($$.ptr);
    }
  };
  var releaseClassHandle = ($$) => {
    $$.count.value -= 1;
    var toDelete = 0 === $$.count.value;
    if (toDelete) {
      runDestructor($$);
    }
  };
  var attachFinalizer = (handle) => {
    if (!globalThis.FinalizationRegistry) {
      attachFinalizer = (handle2) => handle2;
      return handle;
    }
    finalizationRegistry = new FinalizationRegistry((info) => {
      releaseClassHandle(info.$$);
    });
    attachFinalizer = (handle2) => {
      var $$ = handle2.$$;
      var hasSmartPtr = !!$$.smartPtr;
      if (hasSmartPtr) {
        var info = { $$ };
        finalizationRegistry.register(handle2, info, handle2);
      }
      return handle2;
    };
    detachFinalizer = (handle2) => finalizationRegistry.unregister(handle2);
    return attachFinalizer(handle);
  };
  var deletionQueue = [];
  var flushPendingDeletes = () => {
    while (deletionQueue.length) {
      var obj = deletionQueue.pop();
      obj.$$.deleteScheduled = false;
      obj["delete"]();
    }
  };
  var delayFunction;
  var init_ClassHandle = () => {
    let proto = ClassHandle.prototype;
    Object.assign(proto, { isAliasOf(other2) {
      if (!(this instanceof ClassHandle)) {
        return false;
      }
      if (!(other2 instanceof ClassHandle)) {
        return false;
      }
      var leftClass = this.$$.ptrType.registeredClass;
      var left = this.$$.ptr;
      other2.$$ = other2.$$;
      var rightClass = other2.$$.ptrType.registeredClass;
      var right = other2.$$.ptr;
      while (leftClass.baseClass) {
        left = leftClass.upcast(left);
        leftClass = leftClass.baseClass;
      }
      while (rightClass.baseClass) {
        right = rightClass.upcast(right);
        rightClass = rightClass.baseClass;
      }
      return leftClass === rightClass && left === right;
    }, clone() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.preservePointerOnDelete) {
        this.$$.count.value += 1;
        return this;
      } else {
        var clone = attachFinalizer(Object.create(Object.getPrototypeOf(this), { $$: { value: shallowCopyInternalPointer(this.$$) } }));
        clone.$$.count.value += 1;
        clone.$$.deleteScheduled = false;
        return clone;
      }
    }, delete() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.deleteScheduled && !this.$$.preservePointerOnDelete) {
        throwBindingError("Object already scheduled for deletion");
      }
      detachFinalizer(this);
      releaseClassHandle(this.$$);
      if (!this.$$.preservePointerOnDelete) {
        this.$$.smartPtr = void 0;
        this.$$.ptr = void 0;
      }
    }, isDeleted() {
      return !this.$$.ptr;
    }, deleteLater() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.deleteScheduled && !this.$$.preservePointerOnDelete) {
        throwBindingError("Object already scheduled for deletion");
      }
      deletionQueue.push(this);
      if (deletionQueue.length === 1 && delayFunction) {
        delayFunction(flushPendingDeletes);
      }
      this.$$.deleteScheduled = true;
      return this;
    } });
    const symbolDispose = Symbol.dispose;
    if (symbolDispose) {
      proto[symbolDispose] = proto["delete"];
    }
  };
  function ClassHandle() {
  }
  var registeredPointers = {};
  var ensureOverloadTable = (proto, methodName, humanName) => {
    if (void 0 === proto[methodName].overloadTable) {
      var prevFunc = proto[methodName];
      proto[methodName] = function(...args) {
        if (!proto[methodName].overloadTable.hasOwnProperty(args.length)) {
          throwBindingError(`Function '${humanName}' called with an invalid number of arguments (${args.length}) - expects one of (${proto[methodName].overloadTable})!`);
        }
        return proto[methodName].overloadTable[args.length].apply(this, args);
      };
      proto[methodName].overloadTable = [];
      proto[methodName].overloadTable[prevFunc.argCount] = prevFunc;
    }
  };
  var exposePublicSymbol = (name, value, numArguments) => {
    if (Module2.hasOwnProperty(name)) {
      if (void 0 === numArguments || void 0 !== Module2[name].overloadTable && void 0 !== Module2[name].overloadTable[numArguments]) {
        throwBindingError(`Cannot register public name '${name}' twice`);
      }
      ensureOverloadTable(Module2, name, name);
      if (Module2[name].overloadTable.hasOwnProperty(numArguments)) {
        throwBindingError(`Cannot register multiple overloads of a function with the same number of arguments (${numArguments})!`);
      }
      Module2[name].overloadTable[numArguments] = value;
    } else {
      Module2[name] = value;
      Module2[name].argCount = numArguments;
    }
  };
  var char_0 = 48;
  var char_9 = 57;
  var makeLegalFunctionName = (name) => {
    name = name.replace(/[^a-zA-Z0-9_]/g, "$");
    var f = name.charCodeAt(0);
    if (f >= char_0 && f <= char_9) {
      return `_${name}`;
    }
    return name;
  };
  function RegisteredClass(name, constructor, instancePrototype, rawDestructor, baseClass, getActualType, upcast, downcast) {
    this.name = name;
    this.constructor = constructor;
    this.instancePrototype = instancePrototype;
    this.rawDestructor = rawDestructor;
    this.baseClass = baseClass;
    this.getActualType = getActualType;
    this.upcast = upcast;
    this.downcast = downcast;
    this.pureVirtualFunctions = [];
  }
  var upcastPointer = (ptr, ptrClass, desiredClass) => {
    while (ptrClass !== desiredClass) {
      if (!ptrClass.upcast) {
        throwBindingError(`Expected null or instance of ${desiredClass.name}, got an instance of ${ptrClass.name}`);
      }
      ptr = ptrClass.upcast(ptr);
      ptrClass = ptrClass.baseClass;
    }
    return ptr;
  };
  var embindRepr = (v) => {
    if (v === null) {
      return "null";
    }
    var t = typeof v;
    if (t === "object" || t === "array" || t === "function") {
      return v.toString();
    } else {
      return "" + v;
    }
  };
  function constNoSmartPtrRawPointerToWireType(destructors, handle) {
    if (handle === null) {
      if (this.isReference) {
        throwBindingError(`null is not a valid ${this.name}`);
      }
      return 0;
    }
    if (!handle.$$) {
      throwBindingError(`Cannot pass "${embindRepr(handle)}" as a ${this.name}`);
    }
    if (!handle.$$.ptr) {
      throwBindingError(`Cannot pass deleted object as a pointer of type ${this.name}`);
    }
    var handleClass = handle.$$.ptrType.registeredClass;
    var ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
    return ptr;
  }
  function genericPointerToWireType(destructors, handle) {
    var ptr;
    if (handle === null) {
      if (this.isReference) {
        throwBindingError(`null is not a valid ${this.name}`);
      }
      if (this.isSmartPointer) {
        ptr = this.rawConstructor();
        if (destructors !== null) {
          destructors.push(this.rawDestructor, ptr);
        }
        return ptr;
      } else {
        return 0;
      }
    }
    if (!handle || !handle.$$) {
      throwBindingError(`Cannot pass "${embindRepr(handle)}" as a ${this.name}`);
    }
    if (!handle.$$.ptr) {
      throwBindingError(`Cannot pass deleted object as a pointer of type ${this.name}`);
    }
    if (!this.isConst && handle.$$.ptrType.isConst) {
      throwBindingError(`Cannot convert argument of type ${handle.$$.smartPtrType ? handle.$$.smartPtrType.name : handle.$$.ptrType.name} to parameter type ${this.name}`);
    }
    var handleClass = handle.$$.ptrType.registeredClass;
    ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
    if (this.isSmartPointer) {
      if (void 0 === handle.$$.smartPtr) {
        throwBindingError("Passing raw pointer to smart pointer is illegal");
      }
      switch (this.sharingPolicy) {
        case 0:
          if (handle.$$.smartPtrType === this) {
            ptr = handle.$$.smartPtr;
          } else {
            throwBindingError(`Cannot convert argument of type ${handle.$$.smartPtrType ? handle.$$.smartPtrType.name : handle.$$.ptrType.name} to parameter type ${this.name}`);
          }
          break;
        case 1:
          ptr = handle.$$.smartPtr;
          break;
        case 2:
          if (handle.$$.smartPtrType === this) {
            ptr = handle.$$.smartPtr;
          } else {
            var clonedHandle = handle["clone"]();
            ptr = this.rawShare(ptr, Emval.toHandle(() => clonedHandle["delete"]()));
            if (destructors !== null) {
              destructors.push(this.rawDestructor, ptr);
            }
          }
          break;
        default:
          throwBindingError("Unsupported sharing policy");
      }
    }
    return ptr;
  }
  function nonConstNoSmartPtrRawPointerToWireType(destructors, handle) {
    if (handle === null) {
      if (this.isReference) {
        throwBindingError(`null is not a valid ${this.name}`);
      }
      return 0;
    }
    if (!handle.$$) {
      throwBindingError(`Cannot pass "${embindRepr(handle)}" as a ${this.name}`);
    }
    if (!handle.$$.ptr) {
      throwBindingError(`Cannot pass deleted object as a pointer of type ${this.name}`);
    }
    if (handle.$$.ptrType.isConst) {
      throwBindingError(`Cannot convert argument of type ${handle.$$.ptrType.name} to parameter type ${this.name}`);
    }
    var handleClass = handle.$$.ptrType.registeredClass;
    var ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
    return ptr;
  }
  function readPointer(pointer) {
    return this.fromWireType(HEAPU32[pointer >> 2]);
  }
  var downcastPointer = (ptr, ptrClass, desiredClass) => {
    if (ptrClass === desiredClass) {
      return ptr;
    }
    if (void 0 === desiredClass.baseClass) {
      return null;
    }
    var rv = downcastPointer(ptr, ptrClass, desiredClass.baseClass);
    if (rv === null) {
      return null;
    }
    return desiredClass.downcast(rv);
  };
  var registeredInstances = {};
  var getBasestPointer = (class_, ptr) => {
    if (ptr === void 0) {
      throwBindingError("ptr should not be undefined");
    }
    while (class_.baseClass) {
      ptr = class_.upcast(ptr);
      class_ = class_.baseClass;
    }
    return ptr;
  };
  var getInheritedInstance = (class_, ptr) => {
    ptr = getBasestPointer(class_, ptr);
    return registeredInstances[ptr];
  };
  var InternalError = class InternalError extends Error {
    constructor(message) {
      super(message);
      this.name = "InternalError";
    }
  };
  var throwInternalError = (message) => {
    throw new InternalError(message);
  };
  var makeClassHandle = (prototype, record) => {
    if (!record.ptrType || !record.ptr) {
      throwInternalError("makeClassHandle requires ptr and ptrType");
    }
    var hasSmartPtrType = !!record.smartPtrType;
    var hasSmartPtr = !!record.smartPtr;
    if (hasSmartPtrType !== hasSmartPtr) {
      throwInternalError("Both smartPtrType and smartPtr must be specified");
    }
    record.count = { value: 1 };
    return attachFinalizer(Object.create(prototype, { $$: { value: record, writable: true } }));
  };
  function RegisteredPointer_fromWireType(ptr) {
    var rawPointer = this.getPointee(ptr);
    if (!rawPointer) {
      this.destructor(ptr);
      return null;
    }
    var registeredInstance = getInheritedInstance(this.registeredClass, rawPointer);
    if (void 0 !== registeredInstance) {
      if (0 === registeredInstance.$$.count.value) {
        registeredInstance.$$.ptr = rawPointer;
        registeredInstance.$$.smartPtr = ptr;
        return registeredInstance["clone"]();
      } else {
        var rv = registeredInstance["clone"]();
        this.destructor(ptr);
        return rv;
      }
    }
    function makeDefaultHandle() {
      if (this.isSmartPointer) {
        return makeClassHandle(this.registeredClass.instancePrototype, { ptrType: this.pointeeType, ptr: rawPointer, smartPtrType: this, smartPtr: ptr });
      } else {
        return makeClassHandle(this.registeredClass.instancePrototype, { ptrType: this, ptr });
      }
    }
    var actualType = this.registeredClass.getActualType(rawPointer);
    var registeredPointerRecord = registeredPointers[actualType];
    if (!registeredPointerRecord) {
      return makeDefaultHandle.call(this);
    }
    var toType;
    if (this.isConst) {
      toType = registeredPointerRecord.constPointerType;
    } else {
      toType = registeredPointerRecord.pointerType;
    }
    var dp = downcastPointer(rawPointer, this.registeredClass, toType.registeredClass);
    if (dp === null) {
      return makeDefaultHandle.call(this);
    }
    if (this.isSmartPointer) {
      return makeClassHandle(toType.registeredClass.instancePrototype, { ptrType: toType, ptr: dp, smartPtrType: this, smartPtr: ptr });
    } else {
      return makeClassHandle(toType.registeredClass.instancePrototype, { ptrType: toType, ptr: dp });
    }
  }
  var init_RegisteredPointer = () => {
    Object.assign(RegisteredPointer.prototype, { getPointee(ptr) {
      if (this.rawGetPointee) {
        ptr = this.rawGetPointee(ptr);
      }
      return ptr;
    }, destructor(ptr) {
      this.rawDestructor?.(ptr);
    }, readValueFromPointer: readPointer, fromWireType: RegisteredPointer_fromWireType });
  };
  function RegisteredPointer(name, registeredClass, isReference, isConst, isSmartPointer, pointeeType, sharingPolicy, rawGetPointee, rawConstructor, rawShare, rawDestructor) {
    this.name = name;
    this.registeredClass = registeredClass;
    this.isReference = isReference;
    this.isConst = isConst;
    this.isSmartPointer = isSmartPointer;
    this.pointeeType = pointeeType;
    this.sharingPolicy = sharingPolicy;
    this.rawGetPointee = rawGetPointee;
    this.rawConstructor = rawConstructor;
    this.rawShare = rawShare;
    this.rawDestructor = rawDestructor;
    if (!isSmartPointer && registeredClass.baseClass === void 0) {
      if (isConst) {
        this.toWireType = constNoSmartPtrRawPointerToWireType;
        this.destructorFunction = null;
      } else {
        this.toWireType = nonConstNoSmartPtrRawPointerToWireType;
        this.destructorFunction = null;
      }
    } else {
      this.toWireType = genericPointerToWireType;
    }
  }
  var replacePublicSymbol = (name, value, numArguments) => {
    if (!Module2.hasOwnProperty(name)) {
      throwInternalError("Replacing nonexistent public symbol");
    }
    if (void 0 !== Module2[name].overloadTable && void 0 !== numArguments) {
      Module2[name].overloadTable[numArguments] = value;
    } else {
      Module2[name] = value;
      Module2[name].argCount = numArguments;
    }
  };
  var embind__requireFunction = (signature2, rawFunction, isAsync = false) => {
    signature2 = AsciiToString(signature2);
    function makeDynCaller() {
      var rtn = getWasmTableEntry(rawFunction);
      return rtn;
    }
    var fp = makeDynCaller();
    if (typeof fp != "function") {
      throwBindingError(`unknown function pointer with signature ${signature2}: ${rawFunction}`);
    }
    return fp;
  };
  class UnboundTypeError extends Error {
  }
  var getTypeName = (type) => {
    var ptr = ___getTypeName(type);
    var rv = AsciiToString(ptr);
    _free(ptr);
    return rv;
  };
  var throwUnboundTypeError = (message, types) => {
    var unboundTypes = [];
    var seen = {};
    function visit(type) {
      if (seen[type]) {
        return;
      }
      if (registeredTypes[type]) {
        return;
      }
      if (typeDependencies[type]) {
        typeDependencies[type].forEach(visit);
        return;
      }
      unboundTypes.push(type);
      seen[type] = true;
    }
    types.forEach(visit);
    throw new UnboundTypeError(`${message}: ` + unboundTypes.map(getTypeName).join([", "]));
  };
  var whenDependentTypesAreResolved = (myTypes, dependentTypes, getTypeConverters) => {
    myTypes.forEach((type) => typeDependencies[type] = dependentTypes);
    function onComplete(typeConverters2) {
      var myTypeConverters = getTypeConverters(typeConverters2);
      if (myTypeConverters.length !== myTypes.length) {
        throwInternalError("Mismatched type converter count");
      }
      for (var i3 = 0; i3 < myTypes.length; ++i3) {
        registerType(myTypes[i3], myTypeConverters[i3]);
      }
    }
    var typeConverters = new Array(dependentTypes.length);
    var unregisteredTypes = [];
    var registered = 0;
    for (let [i3, dt] of dependentTypes.entries()) {
      if (registeredTypes.hasOwnProperty(dt)) {
        typeConverters[i3] = registeredTypes[dt];
      } else {
        unregisteredTypes.push(dt);
        if (!awaitingDependencies.hasOwnProperty(dt)) {
          awaitingDependencies[dt] = [];
        }
        awaitingDependencies[dt].push(() => {
          typeConverters[i3] = registeredTypes[dt];
          ++registered;
          if (registered === unregisteredTypes.length) {
            onComplete(typeConverters);
          }
        });
      }
    }
    if (0 === unregisteredTypes.length) {
      onComplete(typeConverters);
    }
  };
  var __embind_register_class = (rawType, rawPointerType, rawConstPointerType, baseClassRawType, getActualTypeSignature, getActualType, upcastSignature, upcast, downcastSignature, downcast, name, destructorSignature, rawDestructor) => {
    name = AsciiToString(name);
    getActualType = embind__requireFunction(getActualTypeSignature, getActualType);
    upcast &&= embind__requireFunction(upcastSignature, upcast);
    downcast &&= embind__requireFunction(downcastSignature, downcast);
    rawDestructor = embind__requireFunction(destructorSignature, rawDestructor);
    var legalFunctionName = makeLegalFunctionName(name);
    exposePublicSymbol(legalFunctionName, function() {
      throwUnboundTypeError(`Cannot construct ${name} due to unbound types`, [baseClassRawType]);
    });
    whenDependentTypesAreResolved([rawType, rawPointerType, rawConstPointerType], baseClassRawType ? [baseClassRawType] : [], (base) => {
      base = base[0];
      var baseClass;
      var basePrototype;
      if (baseClassRawType) {
        baseClass = base.registeredClass;
        basePrototype = baseClass.instancePrototype;
      } else {
        basePrototype = ClassHandle.prototype;
      }
      var constructor = createNamedFunction(name, function(...args) {
        if (Object.getPrototypeOf(this) !== instancePrototype) {
          throw new BindingError(`Use 'new' to construct ${name}`);
        }
        if (void 0 === registeredClass.constructor_body) {
          throw new BindingError(`${name} has no accessible constructor`);
        }
        var body = registeredClass.constructor_body[args.length];
        if (void 0 === body) {
          throw new BindingError(`Tried to invoke ctor of ${name} with invalid number of parameters (${args.length}) - expected (${Object.keys(registeredClass.constructor_body).toString()}) parameters instead!`);
        }
        return body.apply(this, args);
      });
      var instancePrototype = Object.create(basePrototype, { constructor: { value: constructor } });
      constructor.prototype = instancePrototype;
      var registeredClass = new RegisteredClass(name, constructor, instancePrototype, rawDestructor, baseClass, getActualType, upcast, downcast);
      if (registeredClass.baseClass) {
        registeredClass.baseClass.__derivedClasses ??= [];
        registeredClass.baseClass.__derivedClasses.push(registeredClass);
      }
      var referenceConverter = new RegisteredPointer(name, registeredClass, true, false, false);
      var pointerConverter = new RegisteredPointer(name + "*", registeredClass, false, false, false);
      var constPointerConverter = new RegisteredPointer(name + " const*", registeredClass, false, true, false);
      registeredPointers[rawType] = { pointerType: pointerConverter, constPointerType: constPointerConverter };
      replacePublicSymbol(legalFunctionName, constructor);
      return [referenceConverter, pointerConverter, constPointerConverter];
    });
  };
  __embind_register_class.sig = "vppppppppppppp";
  var heap32VectorToArray = (count, firstElement) => {
    var array = [];
    for (var i3 = 0; i3 < count; i3++) {
      array.push(HEAPU32[firstElement + i3 * 4 >> 2]);
    }
    return array;
  };
  var runDestructors = (destructors) => {
    while (destructors.length) {
      var ptr = destructors.pop();
      var del = destructors.pop();
      del(ptr);
    }
  };
  function usesDestructorStack(argTypes) {
    for (var i3 = 1; i3 < argTypes.length; ++i3) {
      if (argTypes[i3] !== null && argTypes[i3].destructorFunction === void 0) {
        return true;
      }
    }
    return false;
  }
  function craftInvokerFunction(humanName, argTypes, classType, cppInvokerFunc, cppTargetFunc, isAsync) {
    var argCount = argTypes.length;
    if (argCount < 2) {
      throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!");
    }
    var isClassMethodFunc = argTypes[1] !== null && classType !== null;
    var needsDestructorStack = usesDestructorStack(argTypes);
    var returns = !argTypes[0].isVoid;
    var expectedArgCount = argCount - 2;
    var argsWired = new Array(expectedArgCount);
    var invokerFuncArgs = [];
    var destructors = [];
    var invokerFn = function(...args) {
      destructors.length = 0;
      var thisWired;
      invokerFuncArgs.length = isClassMethodFunc ? 2 : 1;
      invokerFuncArgs[0] = cppTargetFunc;
      if (isClassMethodFunc) {
        thisWired = argTypes[1].toWireType(destructors, this);
        invokerFuncArgs[1] = thisWired;
      }
      for (var i3 = 0; i3 < expectedArgCount; ++i3) {
        argsWired[i3] = argTypes[i3 + 2].toWireType(destructors, args[i3]);
        invokerFuncArgs.push(argsWired[i3]);
      }
      var rv = cppInvokerFunc(...invokerFuncArgs);
      function onDone(rv2) {
        if (needsDestructorStack) {
          runDestructors(destructors);
        } else {
          for (var i4 = isClassMethodFunc ? 1 : 2; i4 < argTypes.length; i4++) {
            var param = i4 === 1 ? thisWired : argsWired[i4 - 2];
            if (argTypes[i4].destructorFunction !== null) {
              argTypes[i4].destructorFunction(param);
            }
          }
        }
        if (returns) {
          return argTypes[0].fromWireType(rv2);
        }
      }
      return onDone(rv);
    };
    return createNamedFunction(humanName, invokerFn);
  }
  var __embind_register_class_constructor = (rawClassType, argCount, rawArgTypesAddr, invokerSignature, invoker, rawConstructor) => {
    var rawArgTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
    invoker = embind__requireFunction(invokerSignature, invoker);
    whenDependentTypesAreResolved([], [rawClassType], (classType) => {
      classType = classType[0];
      var humanName = `constructor ${classType.name}`;
      if (void 0 === classType.registeredClass.constructor_body) {
        classType.registeredClass.constructor_body = [];
      }
      if (void 0 !== classType.registeredClass.constructor_body[argCount - 1]) {
        throw new BindingError(`Cannot register multiple constructors with identical number of parameters (${argCount - 1}) for class '${classType.name}'! Overload resolution is currently only performed using the parameter count, not actual type info!`);
      }
      classType.registeredClass.constructor_body[argCount - 1] = () => {
        throwUnboundTypeError(`Cannot construct ${classType.name} due to unbound types`, rawArgTypes);
      };
      whenDependentTypesAreResolved([], rawArgTypes, (argTypes) => {
        argTypes.splice(1, 0, null);
        classType.registeredClass.constructor_body[argCount - 1] = craftInvokerFunction(humanName, argTypes, null, invoker, rawConstructor);
        return [];
      });
      return [];
    });
  };
  __embind_register_class_constructor.sig = "vpipppp";
  var getFunctionName = (signature2) => {
    signature2 = signature2.trim();
    const argsIndex = signature2.indexOf("(");
    if (argsIndex === -1) return signature2;
    return signature2.slice(0, argsIndex);
  };
  var __embind_register_class_function = (rawClassType, methodName, argCount, rawArgTypesAddr, invokerSignature, rawInvoker, context, isPureVirtual, isAsync, isNonnullReturn) => {
    var rawArgTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
    methodName = AsciiToString(methodName);
    methodName = getFunctionName(methodName);
    rawInvoker = embind__requireFunction(invokerSignature, rawInvoker, isAsync);
    whenDependentTypesAreResolved([], [rawClassType], (classType) => {
      classType = classType[0];
      var humanName = `${classType.name}.${methodName}`;
      if (methodName.startsWith("@@")) {
        methodName = Symbol[methodName.substring(2)];
      }
      if (isPureVirtual) {
        classType.registeredClass.pureVirtualFunctions.push(methodName);
      }
      function unboundTypesHandler() {
        throwUnboundTypeError(`Cannot call ${humanName} due to unbound types`, rawArgTypes);
      }
      var proto = classType.registeredClass.instancePrototype;
      var method = proto[methodName];
      if (void 0 === method || void 0 === method.overloadTable && method.className !== classType.name && method.argCount === argCount - 2) {
        unboundTypesHandler.argCount = argCount - 2;
        unboundTypesHandler.className = classType.name;
        proto[methodName] = unboundTypesHandler;
      } else {
        ensureOverloadTable(proto, methodName, humanName);
        proto[methodName].overloadTable[argCount - 2] = unboundTypesHandler;
      }
      whenDependentTypesAreResolved([], rawArgTypes, (argTypes) => {
        var memberFunction = craftInvokerFunction(humanName, argTypes, classType, rawInvoker, context, isAsync);
        if (void 0 === proto[methodName].overloadTable) {
          memberFunction.argCount = argCount - 2;
          proto[methodName] = memberFunction;
        } else {
          proto[methodName].overloadTable[argCount - 2] = memberFunction;
        }
        return [];
      });
      return [];
    });
  };
  __embind_register_class_function.sig = "vppippppiii";
  var validateThis = (this_, classType, humanName) => {
    if (!(this_ instanceof Object)) {
      throwBindingError(`${humanName} with invalid "this": ${this_}`);
    }
    if (!(this_ instanceof classType.registeredClass.constructor)) {
      throwBindingError(`${humanName} incompatible with "this" of type ${this_.constructor.name}`);
    }
    if (!this_.$$.ptr) {
      throwBindingError(`cannot call emscripten binding method ${humanName} on deleted object`);
    }
    return upcastPointer(this_.$$.ptr, this_.$$.ptrType.registeredClass, classType.registeredClass);
  };
  var __embind_register_class_property = (classType, fieldName, getterReturnType, getterSignature, getter, getterContext, setterArgumentType, setterSignature, setter, setterContext) => {
    fieldName = AsciiToString(fieldName);
    getter = embind__requireFunction(getterSignature, getter);
    whenDependentTypesAreResolved([], [classType], (classType2) => {
      classType2 = classType2[0];
      var humanName = `${classType2.name}.${fieldName}`;
      var desc = { get() {
        throwUnboundTypeError(`Cannot access ${humanName} due to unbound types`, [getterReturnType, setterArgumentType]);
      }, enumerable: true, configurable: true };
      if (setter) {
        desc.set = () => throwUnboundTypeError(`Cannot access ${humanName} due to unbound types`, [getterReturnType, setterArgumentType]);
      } else {
        desc.set = (v) => throwBindingError(humanName + " is a read-only property");
      }
      Object.defineProperty(classType2.registeredClass.instancePrototype, fieldName, desc);
      whenDependentTypesAreResolved([], setter ? [getterReturnType, setterArgumentType] : [getterReturnType], (types) => {
        var getterReturnType2 = types[0];
        var desc2 = { get() {
          var ptr = validateThis(this, classType2, humanName + " getter");
          return getterReturnType2.fromWireType(getter(getterContext, ptr));
        }, enumerable: true };
        if (setter) {
          setter = embind__requireFunction(setterSignature, setter);
          var setterArgumentType2 = types[1];
          desc2.set = function(v) {
            var ptr = validateThis(this, classType2, humanName + " setter");
            var destructors = [];
            setter(setterContext, ptr, setterArgumentType2.toWireType(destructors, v));
            runDestructors(destructors);
          };
        }
        Object.defineProperty(classType2.registeredClass.instancePrototype, fieldName, desc2);
        return [];
      });
      return [];
    });
  };
  __embind_register_class_property.sig = "vpppppppppp";
  var __embind_register_constant = (name, type, value) => {
    name = AsciiToString(name);
    whenDependentTypesAreResolved([], [type], (type2) => {
      type2 = type2[0];
      Module2[name] = type2.fromWireType(value);
      return [];
    });
  };
  __embind_register_constant.sig = "vppd";
  var emval_freelist = [];
  var emval_handles = [0, 1, , 1, null, 1, true, 1, false, 1];
  var __emval_decref = (handle) => {
    if (handle > 9 && 0 === --emval_handles[handle + 1]) {
      emval_handles[handle] = void 0;
      emval_freelist.push(handle);
    }
  };
  __emval_decref.sig = "vp";
  var Emval = { toValue: (handle) => {
    if (!handle) {
      throwBindingError(`Cannot use deleted val. handle = ${handle}`);
    }
    return emval_handles[handle];
  }, toHandle: (value) => {
    switch (value) {
      case void 0:
        return 2;
      case null:
        return 4;
      case true:
        return 6;
      case false:
        return 8;
      default: {
        const handle = emval_freelist.pop() || emval_handles.length;
        emval_handles[handle] = value;
        emval_handles[handle + 1] = 1;
        return handle;
      }
    }
  } };
  var EmValType = { name: "emscripten::val", fromWireType: (handle) => {
    var rv = Emval.toValue(handle);
    __emval_decref(handle);
    return rv;
  }, toWireType: (destructors, value) => Emval.toHandle(value), readValueFromPointer: readPointer, destructorFunction: null };
  var __embind_register_emval = (rawType) => registerType(rawType, EmValType);
  __embind_register_emval.sig = "vp";
  var enumReadValueFromPointer = (name, width2, signed) => {
    switch (width2) {
      case 1:
        return signed ? function(pointer) {
          return this.fromWireType(HEAP8[pointer]);
        } : function(pointer) {
          return this.fromWireType(HEAPU8[pointer]);
        };
      case 2:
        return signed ? function(pointer) {
          return this.fromWireType(HEAP16[pointer >> 1]);
        } : function(pointer) {
          return this.fromWireType(HEAPU16[pointer >> 1]);
        };
      case 4:
        return signed ? function(pointer) {
          return this.fromWireType(HEAP32[pointer >> 2]);
        } : function(pointer) {
          return this.fromWireType(HEAPU32[pointer >> 2]);
        };
      default:
        throw new TypeError(`invalid integer width (${width2}): ${name}`);
    }
  };
  function getEnumValueType(rawValueType) {
    return rawValueType === 0 ? "object" : rawValueType === 1 ? "number" : "string";
  }
  var __embind_register_enum = (rawType, name, size, isSigned, rawValueType) => {
    name = AsciiToString(name);
    const valueType = getEnumValueType(rawValueType);
    switch (valueType) {
      case "object": {
        let ctor = function() {
        };
        ctor.values = {};
        registerType(rawType, { name, constructor: ctor, valueType, fromWireType: function(c) {
          return this.constructor.values[c];
        }, toWireType: (destructors, c) => c.value, readValueFromPointer: enumReadValueFromPointer(name, size, isSigned), destructorFunction: null });
        exposePublicSymbol(name, ctor);
        break;
      }
      case "number": {
        var keysMap = {};
        registerType(rawType, { name, keysMap, valueType, fromWireType: (c) => c, toWireType: (destructors, c) => c, readValueFromPointer: enumReadValueFromPointer(name, size, isSigned), destructorFunction: null });
        exposePublicSymbol(name, keysMap);
        delete Module2[name].argCount;
        break;
      }
      case "string": {
        var valuesMap = {};
        var reverseMap = {};
        var keysMap = {};
        registerType(rawType, { name, valuesMap, reverseMap, keysMap, valueType, fromWireType: function(c) {
          return this.reverseMap[c];
        }, toWireType: function(destructors, c) {
          return this.valuesMap[c];
        }, readValueFromPointer: enumReadValueFromPointer(name, size, isSigned), destructorFunction: null });
        exposePublicSymbol(name, keysMap);
        delete Module2[name].argCount;
        break;
      }
    }
  };
  __embind_register_enum.sig = "vpppii";
  var requireRegisteredType = (rawType, humanName) => {
    var impl = registeredTypes[rawType];
    if (void 0 === impl) {
      throwBindingError(`${humanName} has unknown type ${getTypeName(rawType)}`);
    }
    return impl;
  };
  var __embind_register_enum_value = (rawEnumType, name, enumValue) => {
    var enumType = requireRegisteredType(rawEnumType, "enum");
    name = AsciiToString(name);
    switch (enumType.valueType) {
      case "object": {
        var Enum = enumType.constructor;
        var Value = Object.create(enumType.constructor.prototype, { value: { value: enumValue }, constructor: { value: createNamedFunction(`${enumType.name}_${name}`, function() {
        }) } });
        Enum.values[enumValue] = Value;
        Enum[name] = Value;
        break;
      }
      case "number": {
        enumType.keysMap[name] = enumValue;
        break;
      }
      case "string": {
        enumType.valuesMap[name] = enumValue;
        enumType.reverseMap[enumValue] = name;
        enumType.keysMap[name] = name;
        break;
      }
    }
  };
  __embind_register_enum_value.sig = "vppi";
  var floatReadValueFromPointer = (name, width2) => {
    switch (width2) {
      case 4:
        return function(pointer) {
          return this.fromWireType(HEAPF32[pointer >> 2]);
        };
      case 8:
        return function(pointer) {
          return this.fromWireType(HEAPF64[pointer >> 3]);
        };
      default:
        throw new TypeError(`invalid float width (${width2}): ${name}`);
    }
  };
  var __embind_register_float = (rawType, name, size) => {
    name = AsciiToString(name);
    registerType(rawType, { name, fromWireType: (value) => value, toWireType: (destructors, value) => value, readValueFromPointer: floatReadValueFromPointer(name, size), destructorFunction: null });
  };
  __embind_register_float.sig = "vppp";
  var __embind_register_function = (name, argCount, rawArgTypesAddr, signature2, rawInvoker, fn, isAsync, isNonnullReturn) => {
    var argTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
    name = AsciiToString(name);
    name = getFunctionName(name);
    rawInvoker = embind__requireFunction(signature2, rawInvoker, isAsync);
    exposePublicSymbol(name, function() {
      throwUnboundTypeError(`Cannot call ${name} due to unbound types`, argTypes);
    }, argCount - 1);
    whenDependentTypesAreResolved([], argTypes, (argTypes2) => {
      var invokerArgsArray = [argTypes2[0], null].concat(argTypes2.slice(1));
      replacePublicSymbol(name, craftInvokerFunction(name, invokerArgsArray, null, rawInvoker, fn, isAsync), argCount - 1);
      return [];
    });
  };
  __embind_register_function.sig = "vpippppii";
  var __embind_register_integer = (primitiveType, name, size, minRange, maxRange) => {
    name = AsciiToString(name);
    const isUnsignedType = minRange === 0;
    let fromWireType = (value) => value;
    if (isUnsignedType) {
      var bitshift = 32 - 8 * size;
      fromWireType = (value) => value << bitshift >>> bitshift;
      maxRange = fromWireType(maxRange);
    }
    registerType(primitiveType, { name, fromWireType, toWireType: (destructors, value) => value, readValueFromPointer: integerReadValueFromPointer(name, size, minRange !== 0), destructorFunction: null });
  };
  __embind_register_integer.sig = "vpppii";
  var __embind_register_memory_view = (rawType, dataTypeIndex, name) => {
    var typeMapping = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
    var TA = typeMapping[dataTypeIndex];
    function decodeMemoryView(handle) {
      var size = HEAPU32[handle >> 2];
      var data = HEAPU32[handle + 4 >> 2];
      return new TA(HEAP8.buffer, data, size);
    }
    name = AsciiToString(name);
    registerType(rawType, { name, fromWireType: decodeMemoryView, readValueFromPointer: decodeMemoryView }, { ignoreDuplicateRegistrations: true });
  };
  __embind_register_memory_view.sig = "vpip";
  var EmValOptionalType = Object.assign({ optional: true }, EmValType);
  var __embind_register_optional = (rawOptionalType, rawType) => {
    registerType(rawOptionalType, EmValOptionalType);
  };
  __embind_register_optional.sig = "vpp";
  var __embind_register_std_string = (rawType, name) => {
    name = AsciiToString(name);
    var stdStringIsUTF8 = true;
    registerType(rawType, { name, fromWireType(value) {
      var length = HEAPU32[value >> 2];
      var payload = value + 4;
      var str2;
      if (stdStringIsUTF8) {
        str2 = UTF8ToString(payload, length, true);
      } else {
        str2 = "";
        for (var i3 = 0; i3 < length; ++i3) {
          str2 += String.fromCharCode(HEAPU8[payload + i3]);
        }
      }
      _free(value);
      return str2;
    }, toWireType(destructors, value) {
      if (value instanceof ArrayBuffer) {
        value = new Uint8Array(value);
      }
      var length;
      var valueIsOfTypeString = typeof value == "string";
      if (!(valueIsOfTypeString || ArrayBuffer.isView(value) && value.BYTES_PER_ELEMENT == 1)) {
        throwBindingError("Cannot pass non-string to std::string");
      }
      if (stdStringIsUTF8 && valueIsOfTypeString) {
        length = lengthBytesUTF8(value);
      } else {
        length = value.length;
      }
      var base = _malloc(4 + length + 1);
      var ptr = base + 4;
      HEAPU32[base >> 2] = length;
      if (valueIsOfTypeString) {
        if (stdStringIsUTF8) {
          stringToUTF8(value, ptr, length + 1);
        } else {
          for (var i3 = 0; i3 < length; ++i3) {
            var charCode = value.charCodeAt(i3);
            if (charCode > 255) {
              _free(base);
              throwBindingError("String has UTF-16 code units that do not fit in 8 bits");
            }
            HEAPU8[ptr + i3] = charCode;
          }
        }
      } else {
        HEAPU8.set(value, ptr);
      }
      if (destructors !== null) {
        destructors.push(_free, base);
      }
      return base;
    }, readValueFromPointer: readPointer, destructorFunction(ptr) {
      _free(ptr);
    } });
  };
  __embind_register_std_string.sig = "vpp";
  var UTF16Decoder = globalThis.TextDecoder ? new TextDecoder("utf-16le") : void 0;
  var UTF16ToString = (ptr, maxBytesToRead, ignoreNul) => {
    var idx = ptr >> 1;
    var endIdx = findStringEnd(HEAPU16, idx, maxBytesToRead / 2, ignoreNul);
    if (endIdx - idx > 16 && UTF16Decoder) return UTF16Decoder.decode(HEAPU16.subarray(idx, endIdx));
    var str2 = "";
    for (var i3 = idx; i3 < endIdx; ++i3) {
      var codeUnit = HEAPU16[i3];
      str2 += String.fromCharCode(codeUnit);
    }
    return str2;
  };
  var stringToUTF16 = (str2, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str2.length * 2 ? maxBytesToWrite / 2 : str2.length;
    for (var i3 = 0; i3 < numCharsToWrite; ++i3) {
      var codeUnit = str2.charCodeAt(i3);
      HEAP16[outPtr >> 1] = codeUnit;
      outPtr += 2;
    }
    HEAP16[outPtr >> 1] = 0;
    return outPtr - startPtr;
  };
  var lengthBytesUTF16 = (str2) => str2.length * 2;
  var UTF32ToString = (ptr, maxBytesToRead, ignoreNul) => {
    var str2 = "";
    var startIdx = ptr >> 2;
    for (var i3 = 0; !(i3 >= maxBytesToRead / 4); i3++) {
      var utf32 = HEAPU32[startIdx + i3];
      if (!utf32 && !ignoreNul) break;
      str2 += String.fromCodePoint(utf32);
    }
    return str2;
  };
  var stringToUTF32 = (str2, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 4) return 0;
    var startPtr = outPtr;
    var endPtr = startPtr + maxBytesToWrite - 4;
    for (var i3 = 0; i3 < str2.length; ++i3) {
      var codePoint = str2.codePointAt(i3);
      if (codePoint > 65535) {
        i3++;
      }
      HEAP32[outPtr >> 2] = codePoint;
      outPtr += 4;
      if (outPtr + 4 > endPtr) break;
    }
    HEAP32[outPtr >> 2] = 0;
    return outPtr - startPtr;
  };
  var lengthBytesUTF32 = (str2) => {
    var len = 0;
    for (var i3 = 0; i3 < str2.length; ++i3) {
      var codePoint = str2.codePointAt(i3);
      if (codePoint > 65535) {
        i3++;
      }
      len += 4;
    }
    return len;
  };
  var __embind_register_std_wstring = (rawType, charSize, name) => {
    name = AsciiToString(name);
    var decodeString, encodeString, lengthBytesUTF;
    if (charSize === 2) {
      decodeString = UTF16ToString;
      encodeString = stringToUTF16;
      lengthBytesUTF = lengthBytesUTF16;
    } else {
      decodeString = UTF32ToString;
      encodeString = stringToUTF32;
      lengthBytesUTF = lengthBytesUTF32;
    }
    registerType(rawType, { name, fromWireType: (value) => {
      var length = HEAPU32[value >> 2];
      var str2 = decodeString(value + 4, length * charSize, true);
      _free(value);
      return str2;
    }, toWireType: (destructors, value) => {
      if (!(typeof value == "string")) {
        throwBindingError(`Cannot pass non-string to C++ string type ${name}`);
      }
      var length = lengthBytesUTF(value);
      var ptr = _malloc(4 + length + charSize);
      HEAPU32[ptr >> 2] = length / charSize;
      encodeString(value, ptr + 4, length + charSize);
      if (destructors !== null) {
        destructors.push(_free, ptr);
      }
      return ptr;
    }, readValueFromPointer: readPointer, destructorFunction(ptr) {
      _free(ptr);
    } });
  };
  __embind_register_std_wstring.sig = "vppp";
  var __embind_register_void = (rawType, name) => {
    name = AsciiToString(name);
    registerType(rawType, { isVoid: true, name, fromWireType: () => void 0, toWireType: (destructors, o) => void 0 });
  };
  __embind_register_void.sig = "vpp";
  var __emval_array_to_memory_view = (dst, src) => {
    dst = Emval.toValue(dst);
    src = Emval.toValue(src);
    dst.set(src);
  };
  __emval_array_to_memory_view.sig = "vpp";
  var emval_methodCallers = [];
  var emval_addMethodCaller = (caller) => {
    var id = emval_methodCallers.length;
    emval_methodCallers.push(caller);
    return id;
  };
  var emval_lookupTypes = (argCount, argTypes) => {
    var a = new Array(argCount);
    for (var i3 = 0; i3 < argCount; ++i3) {
      a[i3] = requireRegisteredType(HEAPU32[argTypes + i3 * 4 >> 2], `parameter ${i3}`);
    }
    return a;
  };
  var emval_returnValue = (toReturnWire, destructorsRef, handle) => {
    var destructors = [];
    var result = toReturnWire(destructors, handle);
    if (destructors.length) {
      HEAPU32[destructorsRef >> 2] = Emval.toHandle(destructors);
    }
    return result;
  };
  var emval_symbols = {};
  var getStringOrSymbol = (address) => {
    var symbol = emval_symbols[address];
    if (symbol === void 0) {
      return AsciiToString(address);
    }
    return symbol;
  };
  var __emval_create_invoker = (argCount, argTypesPtr, kind) => {
    var GenericWireTypeSize = 8;
    var [retType, ...argTypes] = emval_lookupTypes(argCount, argTypesPtr);
    var toReturnWire = retType.toWireType.bind(retType);
    var argFromPtr = argTypes.map((type) => type.readValueFromPointer.bind(type));
    argCount--;
    var argN = new Array(argCount);
    var invokerFunction = (handle, methodName, destructorsRef, args) => {
      var offset = 0;
      for (var i3 = 0; i3 < argCount; ++i3) {
        argN[i3] = argFromPtr[i3](args + offset);
        offset += GenericWireTypeSize;
      }
      var rv;
      switch (kind) {
        case 0:
          rv = Emval.toValue(handle).apply(null, argN);
          break;
        case 2:
          rv = Reflect.construct(Emval.toValue(handle), argN);
          break;
        case 3:
          rv = argN[0];
          break;
        case 1:
          rv = Emval.toValue(handle)[getStringOrSymbol(methodName)](...argN);
          break;
      }
      return emval_returnValue(toReturnWire, destructorsRef, rv);
    };
    var functionName = `methodCaller<(${argTypes.map((t) => t.name)}) => ${retType.name}>`;
    return emval_addMethodCaller(createNamedFunction(functionName, invokerFunction));
  };
  __emval_create_invoker.sig = "pipi";
  var __emval_equals = (first, second) => {
    first = Emval.toValue(first);
    second = Emval.toValue(second);
    return first == second;
  };
  __emval_equals.sig = "ipp";
  var __emval_get_property = (handle, key2) => {
    handle = Emval.toValue(handle);
    key2 = Emval.toValue(key2);
    return Emval.toHandle(handle[key2]);
  };
  __emval_get_property.sig = "ppp";
  var __emval_incref = (handle) => {
    if (handle > 9) {
      emval_handles[handle + 1] += 1;
    }
  };
  __emval_incref.sig = "vp";
  var __emval_invoke = (caller, handle, methodName, destructorsRef, args) => emval_methodCallers[caller](handle, methodName, destructorsRef, args);
  __emval_invoke.sig = "dppppp";
  var __emval_invoke_i64 = (a1, a2, a3, a4, a5) => __emval_invoke(a1, a2, a3, a4, a5);
  __emval_invoke_i64.sig = "jppppp";
  var __emval_new_array = () => Emval.toHandle([]);
  __emval_new_array.sig = "p";
  var __emval_new_array_from_memory_view = (view) => {
    view = Emval.toValue(view);
    var a = new Array(view.length);
    for (var i3 = 0; i3 < view.length; i3++) a[i3] = view[i3];
    return Emval.toHandle(a);
  };
  __emval_new_array_from_memory_view.sig = "pp";
  var __emval_new_cstring = (v) => Emval.toHandle(getStringOrSymbol(v));
  __emval_new_cstring.sig = "pp";
  var __emval_new_object = () => Emval.toHandle({});
  __emval_new_object.sig = "p";
  var __emval_new_u8string = (v) => Emval.toHandle(UTF8ToString(v));
  __emval_new_u8string.sig = "pp";
  var __emval_run_destructors = (handle) => {
    var destructors = Emval.toValue(handle);
    runDestructors(destructors);
    __emval_decref(handle);
  };
  __emval_run_destructors.sig = "vp";
  var __emval_set_property = (handle, key2, value) => {
    handle = Emval.toValue(handle);
    key2 = Emval.toValue(key2);
    value = Emval.toValue(value);
    handle[key2] = value;
  };
  __emval_set_property.sig = "vppp";
  function __gmtime_js(time, tmPtr) {
    time = bigintToI53Checked(time);
    var date = new Date(time * 1e3);
    HEAP32[tmPtr >> 2] = date.getUTCSeconds();
    HEAP32[tmPtr + 4 >> 2] = date.getUTCMinutes();
    HEAP32[tmPtr + 8 >> 2] = date.getUTCHours();
    HEAP32[tmPtr + 12 >> 2] = date.getUTCDate();
    HEAP32[tmPtr + 16 >> 2] = date.getUTCMonth();
    HEAP32[tmPtr + 20 >> 2] = date.getUTCFullYear() - 1900;
    HEAP32[tmPtr + 24 >> 2] = date.getUTCDay();
    var start = Date.UTC(date.getUTCFullYear(), 0, 1, 0, 0, 0, 0);
    var yday = (date.getTime() - start) / (1e3 * 60 * 60 * 24) | 0;
    HEAP32[tmPtr + 28 >> 2] = yday;
  }
  __gmtime_js.sig = "vjp";
  var isLeapYear = (year) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  var MONTH_DAYS_LEAP_CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
  var MONTH_DAYS_REGULAR_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  var ydayFromDate = (date) => {
    var leap = isLeapYear(date.getFullYear());
    var monthDaysCumulative = leap ? MONTH_DAYS_LEAP_CUMULATIVE : MONTH_DAYS_REGULAR_CUMULATIVE;
    var yday = monthDaysCumulative[date.getMonth()] + date.getDate() - 1;
    return yday;
  };
  function __localtime_js(time, tmPtr) {
    time = bigintToI53Checked(time);
    var date = new Date(time * 1e3);
    HEAP32[tmPtr >> 2] = date.getSeconds();
    HEAP32[tmPtr + 4 >> 2] = date.getMinutes();
    HEAP32[tmPtr + 8 >> 2] = date.getHours();
    HEAP32[tmPtr + 12 >> 2] = date.getDate();
    HEAP32[tmPtr + 16 >> 2] = date.getMonth();
    HEAP32[tmPtr + 20 >> 2] = date.getFullYear() - 1900;
    HEAP32[tmPtr + 24 >> 2] = date.getDay();
    var yday = ydayFromDate(date) | 0;
    HEAP32[tmPtr + 28 >> 2] = yday;
    HEAP32[tmPtr + 36 >> 2] = -(date.getTimezoneOffset() * 60);
    var start = new Date(date.getFullYear(), 0, 1);
    var summerOffset = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
    var winterOffset = start.getTimezoneOffset();
    var dst = (summerOffset != winterOffset && date.getTimezoneOffset() == Math.min(winterOffset, summerOffset)) | 0;
    HEAP32[tmPtr + 32 >> 2] = dst;
  }
  __localtime_js.sig = "vjp";
  var __mktime_js = function(tmPtr) {
    var ret = (() => {
      var date = new Date(HEAP32[tmPtr + 20 >> 2] + 1900, HEAP32[tmPtr + 16 >> 2], HEAP32[tmPtr + 12 >> 2], HEAP32[tmPtr + 8 >> 2], HEAP32[tmPtr + 4 >> 2], HEAP32[tmPtr >> 2], 0);
      var dst = HEAP32[tmPtr + 32 >> 2];
      var guessedOffset = date.getTimezoneOffset();
      var start = new Date(date.getFullYear(), 0, 1);
      var summerOffset = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
      var winterOffset = start.getTimezoneOffset();
      var dstOffset = Math.min(winterOffset, summerOffset);
      if (dst < 0) {
        HEAP32[tmPtr + 32 >> 2] = Number(summerOffset != winterOffset && dstOffset == guessedOffset);
      } else if (dst > 0 != (dstOffset == guessedOffset)) {
        var nonDstOffset = Math.max(winterOffset, summerOffset);
        var trueOffset = dst > 0 ? dstOffset : nonDstOffset;
        date.setTime(date.getTime() + (trueOffset - guessedOffset) * 6e4);
      }
      HEAP32[tmPtr + 24 >> 2] = date.getDay();
      var yday = ydayFromDate(date) | 0;
      HEAP32[tmPtr + 28 >> 2] = yday;
      HEAP32[tmPtr >> 2] = date.getSeconds();
      HEAP32[tmPtr + 4 >> 2] = date.getMinutes();
      HEAP32[tmPtr + 8 >> 2] = date.getHours();
      HEAP32[tmPtr + 12 >> 2] = date.getDate();
      HEAP32[tmPtr + 16 >> 2] = date.getMonth();
      HEAP32[tmPtr + 20 >> 2] = date.getYear();
      var timeMs = date.getTime();
      if (isNaN(timeMs)) {
        return -1;
      }
      return timeMs / 1e3;
    })();
    return BigInt(ret);
  };
  __mktime_js.sig = "jp";
  var __tzset_js = (timezone, daylight, std_name, dst_name) => {
    var currentYear = (/* @__PURE__ */ new Date()).getFullYear();
    var winter = new Date(currentYear, 0, 1);
    var summer = new Date(currentYear, 6, 1);
    var winterOffset = winter.getTimezoneOffset();
    var summerOffset = summer.getTimezoneOffset();
    var stdTimezoneOffset = Math.max(winterOffset, summerOffset);
    HEAPU32[timezone >> 2] = stdTimezoneOffset * 60;
    HEAP32[daylight >> 2] = Number(winterOffset != summerOffset);
    var extractZone = (timezoneOffset) => {
      var sign = timezoneOffset >= 0 ? "-" : "+";
      var absOffset = Math.abs(timezoneOffset);
      var hours = String(Math.floor(absOffset / 60)).padStart(2, "0");
      var minutes = String(absOffset % 60).padStart(2, "0");
      return `UTC${sign}${hours}${minutes}`;
    };
    var winterName = extractZone(winterOffset);
    var summerName = extractZone(summerOffset);
    if (summerOffset < winterOffset) {
      stringToUTF8(winterName, std_name, 17);
      stringToUTF8(summerName, dst_name, 17);
    } else {
      stringToUTF8(winterName, dst_name, 17);
      stringToUTF8(summerName, std_name, 17);
    }
  };
  __tzset_js.sig = "vpppp";
  var _emscripten_get_now = () => performance.now();
  _emscripten_get_now.sig = "d";
  var _emscripten_date_now = () => Date.now();
  _emscripten_date_now.sig = "d";
  var nowIsMonotonic = 1;
  var checkWasiClock = (clock_id) => clock_id >= 0 && clock_id <= 3;
  function _clock_time_get(clk_id, ignored_precision, ptime) {
    ignored_precision = bigintToI53Checked(ignored_precision);
    if (!checkWasiClock(clk_id)) {
      return 28;
    }
    var now;
    if (clk_id === 0) {
      now = _emscripten_date_now();
    } else if (nowIsMonotonic) {
      now = _emscripten_get_now();
    } else {
      return 52;
    }
    var nsec = Math.round(now * 1e3 * 1e3);
    HEAP64[ptime >> 3] = BigInt(nsec);
    return 0;
  }
  _clock_time_get.sig = "iijp";
  var getHeapMax = () => 2147483648;
  var _emscripten_get_heap_max = () => getHeapMax();
  _emscripten_get_heap_max.sig = "p";
  var growMemory = (size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  };
  var _emscripten_resize_heap = (requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  };
  _emscripten_resize_heap.sig = "ip";
  var ENV = {};
  var getExecutableName = () => thisProgram || "./this.program";
  var getEnvStrings = () => {
    if (!getEnvStrings.strings) {
      var lang = (globalThis.navigator?.language ?? "C").replace("-", "_") + ".UTF-8";
      var env = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: lang, _: getExecutableName() };
      for (var x2 in ENV) {
        if (ENV[x2] === void 0) delete env[x2];
        else env[x2] = ENV[x2];
      }
      var strings = [];
      for (var x2 in env) {
        strings.push(`${x2}=${env[x2]}`);
      }
      getEnvStrings.strings = strings;
    }
    return getEnvStrings.strings;
  };
  var _environ_get = (__environ, environ_buf) => {
    var bufSize = 0;
    var envp = 0;
    for (var string of getEnvStrings()) {
      var ptr = environ_buf + bufSize;
      HEAPU32[__environ + envp >> 2] = ptr;
      bufSize += stringToUTF8(string, ptr, Infinity) + 1;
      envp += 4;
    }
    return 0;
  };
  _environ_get.sig = "ipp";
  var _environ_sizes_get = (penviron_count, penviron_buf_size) => {
    var strings = getEnvStrings();
    HEAPU32[penviron_count >> 2] = strings.length;
    var bufSize = 0;
    for (var string of strings) {
      bufSize += lengthBytesUTF8(string) + 1;
    }
    HEAPU32[penviron_buf_size >> 2] = bufSize;
    return 0;
  };
  _environ_sizes_get.sig = "ipp";
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
  var _proc_exit = (code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module2["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  };
  _proc_exit.sig = "vi";
  var exitJS = (status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  };
  var _exit = exitJS;
  _exit.sig = "vi";
  function _fd_close(fd2) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd2);
      FS.close(stream);
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_close.sig = "ii";
  var doReadv = (stream, iov, iovcnt, offset) => {
    var ret = 0;
    for (var i3 = 0; i3 < iovcnt; i3++) {
      var ptr = HEAPU32[iov >> 2];
      var len = HEAPU32[iov + 4 >> 2];
      iov += 8;
      var curr = FS.read(stream, HEAP8, ptr, len, offset);
      if (curr < 0) return -1;
      ret += curr;
      if (curr < len) break;
      if (typeof offset != "undefined") {
        offset += curr;
      }
    }
    return ret;
  };
  function _fd_pread(fd2, iov, iovcnt, offset, pnum) {
    offset = bigintToI53Checked(offset);
    try {
      if (isNaN(offset)) return 61;
      var stream = SYSCALLS.getStreamFromFD(fd2);
      var num2 = doReadv(stream, iov, iovcnt, offset);
      HEAPU32[pnum >> 2] = num2;
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_pread.sig = "iippjp";
  var doWritev = (stream, iov, iovcnt, offset) => {
    var ret = 0;
    for (var i3 = 0; i3 < iovcnt; i3++) {
      var ptr = HEAPU32[iov >> 2];
      var len = HEAPU32[iov + 4 >> 2];
      iov += 8;
      var curr = FS.write(stream, HEAP8, ptr, len, offset);
      if (curr < 0) return -1;
      ret += curr;
      if (curr < len) {
        break;
      }
      if (typeof offset != "undefined") {
        offset += curr;
      }
    }
    return ret;
  };
  function _fd_pwrite(fd2, iov, iovcnt, offset, pnum) {
    offset = bigintToI53Checked(offset);
    try {
      if (isNaN(offset)) return 61;
      var stream = SYSCALLS.getStreamFromFD(fd2);
      var num2 = doWritev(stream, iov, iovcnt, offset);
      HEAPU32[pnum >> 2] = num2;
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_pwrite.sig = "iippjp";
  function _fd_read(fd2, iov, iovcnt, pnum) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd2);
      var num2 = doReadv(stream, iov, iovcnt);
      HEAPU32[pnum >> 2] = num2;
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_read.sig = "iippp";
  function _fd_seek(fd2, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    try {
      if (isNaN(offset)) return 61;
      var stream = SYSCALLS.getStreamFromFD(fd2);
      FS.llseek(stream, offset, whence);
      HEAP64[newOffset >> 3] = BigInt(stream.position);
      if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_seek.sig = "iijip";
  function _fd_write(fd2, iov, iovcnt, pnum) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd2);
      var num2 = doWritev(stream, iov, iovcnt);
      HEAPU32[pnum >> 2] = num2;
      return 0;
    } catch (e) {
      if (typeof FS == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_write.sig = "iippp";
  var handleException = (e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  };
  var getCFunc = (ident) => {
    var func = Module2["_" + ident];
    return func;
  };
  var writeArrayToMemory = (array, buffer) => {
    HEAP8.set(array, buffer);
  };
  var ccall = (ident, returnType, argTypes, args, opts) => {
    var toC = { string: (str2) => {
      var ret2 = 0;
      if (str2 !== null && str2 !== void 0 && str2 !== 0) {
        ret2 = stringToUTF8OnStack(str2);
      }
      return ret2;
    }, array: (arr) => {
      var ret2 = stackAlloc(arr.length);
      writeArrayToMemory(arr, ret2);
      return ret2;
    } };
    function convertReturnValue(ret2) {
      if (returnType === "string") {
        return UTF8ToString(ret2);
      }
      if (returnType === "boolean") return Boolean(ret2);
      return ret2;
    }
    var func = getCFunc(ident);
    var cArgs = [];
    var stack2 = 0;
    if (args) {
      for (var i3 = 0; i3 < args.length; i3++) {
        var converter = toC[argTypes[i3]];
        if (converter) {
          if (stack2 === 0) stack2 = stackSave();
          cArgs[i3] = converter(args[i3]);
        } else {
          cArgs[i3] = args[i3];
        }
      }
    }
    var ret = func(...cArgs);
    function onDone(ret2) {
      if (stack2 !== 0) stackRestore(stack2);
      return convertReturnValue(ret2);
    }
    ret = onDone(ret);
    return ret;
  };
  var cwrap = (ident, returnType, argTypes, opts) => {
    var numericArgs = !argTypes || argTypes.every((type) => type === "number" || type === "boolean");
    var numericRet = returnType !== "string";
    if (numericRet && numericArgs && !opts) {
      return getCFunc(ident);
    }
    return (...args) => ccall(ident, returnType, argTypes, args, opts);
  };
  var FS_createPath = (...args) => FS.createPath(...args);
  var FS_unlink = (...args) => FS.unlink(...args);
  var FS_createLazyFile = (...args) => FS.createLazyFile(...args);
  var FS_createDevice = (...args) => FS.createDevice(...args);
  var getTempRet0 = (val) => __emscripten_tempret_get();
  var _getTempRet0 = getTempRet0;
  for (var base64ReverseLookup = new Uint8Array(123), i2 = 25; i2 >= 0; --i2) {
    base64ReverseLookup[48 + i2] = 52 + i2;
    base64ReverseLookup[65 + i2] = i2;
    base64ReverseLookup[97 + i2] = 26 + i2;
  }
  base64ReverseLookup[43] = 62;
  base64ReverseLookup[47] = 63;
  registerWasmPlugin();
  FS.createPreloadedFile = FS_createPreloadedFile;
  FS.preloadFile = FS_preloadFile;
  FS.staticInit();
  init_ClassHandle();
  init_RegisteredPointer();
  {
    if (Module2["preloadPlugins"]) preloadPlugins = Module2["preloadPlugins"];
    if (Module2["noExitRuntime"]) noExitRuntime = Module2["noExitRuntime"];
    if (Module2["print"]) out = Module2["print"];
    if (Module2["printErr"]) err2 = Module2["printErr"];
    if (Module2["dynamicLibraries"]) dynamicLibraries = Module2["dynamicLibraries"];
    if (Module2["wasmBinary"]) wasmBinary = Module2["wasmBinary"];
    if (Module2["arguments"]) arguments_ = Module2["arguments"];
    if (Module2["thisProgram"]) thisProgram = Module2["thisProgram"];
    if (Module2["preInit"]) {
      if (typeof Module2["preInit"] == "function") Module2["preInit"] = [Module2["preInit"]];
      while (Module2["preInit"].length > 0) {
        Module2["preInit"].shift()();
      }
    }
  }
  Module2["addRunDependency"] = addRunDependency;
  Module2["removeRunDependency"] = removeRunDependency;
  Module2["ccall"] = ccall;
  Module2["cwrap"] = cwrap;
  Module2["UTF8ToString"] = UTF8ToString;
  Module2["AsciiToString"] = AsciiToString;
  Module2["FS_preloadFile"] = FS_preloadFile;
  Module2["FS_unlink"] = FS_unlink;
  Module2["FS_createPath"] = FS_createPath;
  Module2["FS_createDevice"] = FS_createDevice;
  Module2["FS"] = FS;
  Module2["FS_createDataFile"] = FS_createDataFile;
  Module2["FS_createLazyFile"] = FS_createLazyFile;
  Module2["_getTempRet0"] = _getTempRet0;
  function throw_error(string_error) {
    throw new Error(UTF8ToString(string_error));
  }
  throw_error.sig = "vi";
  var ___getTypeName, _H5open, _H5Fcreate, _H5Fopen, _H5Fclose, _malloc, _free, _H5Tget_size, _H5Tget_class, _H5Tget_order, _H5free_memory, _H5Sget_simple_extent_dims, _H5Pget_chunk, _strdup, _strlen, _realloc, _H5Tget_native_type, _calloc, _snprintf, _strcmp, _iprintf, _getenv, _siprintf, _H5allocate_memory, _H5Epush2, _clock_gettime, _log10, _strcpy, _H5Pexist, _H5Pfill_value_defined, _H5Pmodify_filter, _H5Pget_filter_by_id2, _H5Sis_simple, _sscanf, _memset, _pthread_mutex_lock, _pthread_mutex_unlock, ___dl_seterr, __emscripten_find_dylib, _memcpy, _memmove, _frexp, _frexpf, _htonl, _htons, _ldexpf, _pthread_mutex_init, _pthread_barrier_init, _pthread_cond_init, _pthread_atfork, _pthread_create, _pthread_once, _ntohl, _ntohs, _pthread_attr_init, _pthread_attr_setdetachstate, _posix_memalign, _emscripten_get_sbrk_ptr, _setThrew, ___wasm_setjmp, __emscripten_tempret_get, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, memory, ___stack_pointer, _H5_libinit_g, _H5_libterm_g, _H5P_CLS_DATASET_CREATE_ID_g, __indirect_function_table, _H5T_NATIVE_UINT_g, _stderr, _H5T_STD_U32BE_g, _H5T_STD_U32LE_g, _H5T_STD_U64BE_g, _H5T_STD_U64LE_g, _stdin, _stdout, _H5E_CANTINIT_g, _H5E_RESOURCE_g, _H5E_CANTGET_g, _H5E_BADVALUE_g, _H5E_ARGS_g, _H5E_BADTYPE_g, _H5E_READERROR_g, _H5E_CANTREGISTER_g, _H5E_NOSPACE_g, _H5E_OVERFLOW_g, _H5E_CALLBACK_g, _H5E_CANTFILTER_g, _H5E_PLINE_g, _H5E_ERR_CLS_g, _H5T_NATIVE_UINT32_g, _H5T_NATIVE_UINT64_g, ___heap_base, ___THREW__, ___threwValue, wasmTable, wasmMemory;
  function assignWasmExports(wasmExports2) {
    ___getTypeName = wasmExports2["__getTypeName"];
    _H5open = Module2["_H5open"] = wasmExports2["H5open"];
    _H5Fcreate = Module2["_H5Fcreate"] = wasmExports2["H5Fcreate"];
    _H5Fopen = Module2["_H5Fopen"] = wasmExports2["H5Fopen"];
    _H5Fclose = Module2["_H5Fclose"] = wasmExports2["H5Fclose"];
    _malloc = Module2["_malloc"] = wasmExports2["malloc"];
    _free = Module2["_free"] = wasmExports2["free"];
    _H5Tget_size = Module2["_H5Tget_size"] = wasmExports2["H5Tget_size"];
    _H5Tget_class = Module2["_H5Tget_class"] = wasmExports2["H5Tget_class"];
    _H5Tget_order = Module2["_H5Tget_order"] = wasmExports2["H5Tget_order"];
    _H5free_memory = Module2["_H5free_memory"] = wasmExports2["H5free_memory"];
    _H5Sget_simple_extent_dims = Module2["_H5Sget_simple_extent_dims"] = wasmExports2["H5Sget_simple_extent_dims"];
    _H5Pget_chunk = Module2["_H5Pget_chunk"] = wasmExports2["H5Pget_chunk"];
    _strdup = Module2["_strdup"] = wasmExports2["strdup"];
    _strlen = Module2["_strlen"] = wasmExports2["strlen"];
    _realloc = Module2["_realloc"] = wasmExports2["realloc"];
    _H5Tget_native_type = Module2["_H5Tget_native_type"] = wasmExports2["H5Tget_native_type"];
    _calloc = Module2["_calloc"] = wasmExports2["calloc"];
    _snprintf = Module2["_snprintf"] = wasmExports2["snprintf"];
    _strcmp = Module2["_strcmp"] = wasmExports2["strcmp"];
    _iprintf = Module2["_iprintf"] = wasmExports2["iprintf"];
    _getenv = Module2["_getenv"] = wasmExports2["getenv"];
    _siprintf = Module2["_siprintf"] = wasmExports2["siprintf"];
    _H5allocate_memory = Module2["_H5allocate_memory"] = wasmExports2["H5allocate_memory"];
    _H5Epush2 = Module2["_H5Epush2"] = wasmExports2["H5Epush2"];
    _clock_gettime = Module2["_clock_gettime"] = wasmExports2["clock_gettime"];
    _log10 = Module2["_log10"] = wasmExports2["log10"];
    _strcpy = Module2["_strcpy"] = wasmExports2["strcpy"];
    _H5Pexist = Module2["_H5Pexist"] = wasmExports2["H5Pexist"];
    _H5Pfill_value_defined = Module2["_H5Pfill_value_defined"] = wasmExports2["H5Pfill_value_defined"];
    _H5Pmodify_filter = Module2["_H5Pmodify_filter"] = wasmExports2["H5Pmodify_filter"];
    _H5Pget_filter_by_id2 = Module2["_H5Pget_filter_by_id2"] = wasmExports2["H5Pget_filter_by_id2"];
    _H5Sis_simple = Module2["_H5Sis_simple"] = wasmExports2["H5Sis_simple"];
    _sscanf = Module2["_sscanf"] = wasmExports2["sscanf"];
    _memset = Module2["_memset"] = wasmExports2["memset"];
    _pthread_mutex_lock = Module2["_pthread_mutex_lock"] = wasmExports2["pthread_mutex_lock"];
    _pthread_mutex_unlock = Module2["_pthread_mutex_unlock"] = wasmExports2["pthread_mutex_unlock"];
    ___dl_seterr = wasmExports2["__dl_seterr"];
    __emscripten_find_dylib = wasmExports2["_emscripten_find_dylib"];
    _memcpy = Module2["_memcpy"] = wasmExports2["memcpy"];
    _memmove = Module2["_memmove"] = wasmExports2["memmove"];
    _frexp = Module2["_frexp"] = wasmExports2["frexp"];
    _frexpf = Module2["_frexpf"] = wasmExports2["frexpf"];
    _htonl = Module2["_htonl"] = wasmExports2["htonl"];
    _htons = Module2["_htons"] = wasmExports2["htons"];
    _ldexpf = Module2["_ldexpf"] = wasmExports2["ldexpf"];
    _pthread_mutex_init = Module2["_pthread_mutex_init"] = wasmExports2["pthread_mutex_init"];
    _pthread_barrier_init = Module2["_pthread_barrier_init"] = wasmExports2["pthread_barrier_init"];
    _pthread_cond_init = Module2["_pthread_cond_init"] = wasmExports2["pthread_cond_init"];
    _pthread_atfork = Module2["_pthread_atfork"] = wasmExports2["pthread_atfork"];
    _pthread_create = Module2["_pthread_create"] = wasmExports2["pthread_create"];
    _pthread_once = Module2["_pthread_once"] = wasmExports2["pthread_once"];
    _ntohl = Module2["_ntohl"] = wasmExports2["ntohl"];
    _ntohs = Module2["_ntohs"] = wasmExports2["ntohs"];
    _pthread_attr_init = Module2["_pthread_attr_init"] = wasmExports2["pthread_attr_init"];
    _pthread_attr_setdetachstate = Module2["_pthread_attr_setdetachstate"] = wasmExports2["pthread_attr_setdetachstate"];
    _posix_memalign = Module2["_posix_memalign"] = wasmExports2["posix_memalign"];
    _emscripten_get_sbrk_ptr = wasmExports2["emscripten_get_sbrk_ptr"];
    _setThrew = wasmExports2["setThrew"];
    ___wasm_setjmp = Module2["___wasm_setjmp"] = wasmExports2["__wasm_setjmp"];
    __emscripten_tempret_get = wasmExports2["_emscripten_tempret_get"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    memory = wasmMemory = wasmExports2["memory"];
    ___stack_pointer = wasmExports2["__stack_pointer"];
    _H5_libinit_g = Module2["_H5_libinit_g"] = wasmExports2["H5_libinit_g"].value;
    _H5_libterm_g = Module2["_H5_libterm_g"] = wasmExports2["H5_libterm_g"].value;
    _H5P_CLS_DATASET_CREATE_ID_g = Module2["_H5P_CLS_DATASET_CREATE_ID_g"] = wasmExports2["H5P_CLS_DATASET_CREATE_ID_g"].value;
    __indirect_function_table = wasmTable = wasmExports2["__indirect_function_table"];
    _H5T_NATIVE_UINT_g = Module2["_H5T_NATIVE_UINT_g"] = wasmExports2["H5T_NATIVE_UINT_g"].value;
    _stderr = Module2["_stderr"] = wasmExports2["stderr"].value;
    _H5T_STD_U32BE_g = Module2["_H5T_STD_U32BE_g"] = wasmExports2["H5T_STD_U32BE_g"].value;
    _H5T_STD_U32LE_g = Module2["_H5T_STD_U32LE_g"] = wasmExports2["H5T_STD_U32LE_g"].value;
    _H5T_STD_U64BE_g = Module2["_H5T_STD_U64BE_g"] = wasmExports2["H5T_STD_U64BE_g"].value;
    _H5T_STD_U64LE_g = Module2["_H5T_STD_U64LE_g"] = wasmExports2["H5T_STD_U64LE_g"].value;
    _stdin = Module2["_stdin"] = wasmExports2["stdin"].value;
    _stdout = Module2["_stdout"] = wasmExports2["stdout"].value;
    _H5E_CANTINIT_g = Module2["_H5E_CANTINIT_g"] = wasmExports2["H5E_CANTINIT_g"].value;
    _H5E_RESOURCE_g = Module2["_H5E_RESOURCE_g"] = wasmExports2["H5E_RESOURCE_g"].value;
    _H5E_CANTGET_g = Module2["_H5E_CANTGET_g"] = wasmExports2["H5E_CANTGET_g"].value;
    _H5E_BADVALUE_g = Module2["_H5E_BADVALUE_g"] = wasmExports2["H5E_BADVALUE_g"].value;
    _H5E_ARGS_g = Module2["_H5E_ARGS_g"] = wasmExports2["H5E_ARGS_g"].value;
    _H5E_BADTYPE_g = Module2["_H5E_BADTYPE_g"] = wasmExports2["H5E_BADTYPE_g"].value;
    _H5E_READERROR_g = Module2["_H5E_READERROR_g"] = wasmExports2["H5E_READERROR_g"].value;
    _H5E_CANTREGISTER_g = Module2["_H5E_CANTREGISTER_g"] = wasmExports2["H5E_CANTREGISTER_g"].value;
    _H5E_NOSPACE_g = Module2["_H5E_NOSPACE_g"] = wasmExports2["H5E_NOSPACE_g"].value;
    _H5E_OVERFLOW_g = Module2["_H5E_OVERFLOW_g"] = wasmExports2["H5E_OVERFLOW_g"].value;
    _H5E_CALLBACK_g = Module2["_H5E_CALLBACK_g"] = wasmExports2["H5E_CALLBACK_g"].value;
    _H5E_CANTFILTER_g = Module2["_H5E_CANTFILTER_g"] = wasmExports2["H5E_CANTFILTER_g"].value;
    _H5E_PLINE_g = Module2["_H5E_PLINE_g"] = wasmExports2["H5E_PLINE_g"].value;
    _H5E_ERR_CLS_g = Module2["_H5E_ERR_CLS_g"] = wasmExports2["H5E_ERR_CLS_g"].value;
    _H5T_NATIVE_UINT32_g = Module2["_H5T_NATIVE_UINT32_g"] = wasmExports2["H5T_NATIVE_UINT32_g"].value;
    _H5T_NATIVE_UINT64_g = Module2["_H5T_NATIVE_UINT64_g"] = wasmExports2["H5T_NATIVE_UINT64_g"].value;
    ___heap_base = wasmExports2["__heap_base"].value;
    ___THREW__ = Module2["___THREW__"] = wasmExports2["__THREW__"].value;
    ___threwValue = Module2["___threwValue"] = wasmExports2["__threwValue"].value;
  }
  var wasmImports = { __cxa_throw: ___cxa_throw, __syscall_dup3: ___syscall_dup3, __syscall_faccessat: ___syscall_faccessat, __syscall_fcntl64: ___syscall_fcntl64, __syscall_fstat64: ___syscall_fstat64, __syscall_ftruncate64: ___syscall_ftruncate64, __syscall_getcwd: ___syscall_getcwd, __syscall_getdents64: ___syscall_getdents64, __syscall_ioctl: ___syscall_ioctl, __syscall_lstat64: ___syscall_lstat64, __syscall_newfstatat: ___syscall_newfstatat, __syscall_openat: ___syscall_openat, __syscall_readlinkat: ___syscall_readlinkat, __syscall_rmdir: ___syscall_rmdir, __syscall_stat64: ___syscall_stat64, __syscall_unlinkat: ___syscall_unlinkat, _abort_js: __abort_js, _dlopen_js: __dlopen_js, _dlsym_js: __dlsym_js, _embind_register_bigint: __embind_register_bigint, _embind_register_bool: __embind_register_bool, _embind_register_class: __embind_register_class, _embind_register_class_constructor: __embind_register_class_constructor, _embind_register_class_function: __embind_register_class_function, _embind_register_class_property: __embind_register_class_property, _embind_register_constant: __embind_register_constant, _embind_register_emval: __embind_register_emval, _embind_register_enum: __embind_register_enum, _embind_register_enum_value: __embind_register_enum_value, _embind_register_float: __embind_register_float, _embind_register_function: __embind_register_function, _embind_register_integer: __embind_register_integer, _embind_register_memory_view: __embind_register_memory_view, _embind_register_optional: __embind_register_optional, _embind_register_std_string: __embind_register_std_string, _embind_register_std_wstring: __embind_register_std_wstring, _embind_register_void: __embind_register_void, _emval_array_to_memory_view: __emval_array_to_memory_view, _emval_create_invoker: __emval_create_invoker, _emval_decref: __emval_decref, _emval_equals: __emval_equals, _emval_get_property: __emval_get_property, _emval_incref: __emval_incref, _emval_invoke: __emval_invoke, _emval_invoke_i64: __emval_invoke_i64, _emval_new_array: __emval_new_array, _emval_new_array_from_memory_view: __emval_new_array_from_memory_view, _emval_new_cstring: __emval_new_cstring, _emval_new_object: __emval_new_object, _emval_new_u8string: __emval_new_u8string, _emval_run_destructors: __emval_run_destructors, _emval_set_property: __emval_set_property, _gmtime_js: __gmtime_js, _localtime_js: __localtime_js, _mktime_js: __mktime_js, _tzset_js: __tzset_js, clock_time_get: _clock_time_get, emscripten_date_now: _emscripten_date_now, emscripten_get_heap_max: _emscripten_get_heap_max, emscripten_get_now: _emscripten_get_now, emscripten_resize_heap: _emscripten_resize_heap, environ_get: _environ_get, environ_sizes_get: _environ_sizes_get, exit: _exit, fd_close: _fd_close, fd_pread: _fd_pread, fd_pwrite: _fd_pwrite, fd_read: _fd_read, fd_seek: _fd_seek, fd_write: _fd_write, getTempRet0: _getTempRet0, throw_error };
  function callMain(args = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args.unshift(thisProgram);
    var argc = args.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    for (var arg of args) {
      HEAPU32[argv_ptr >> 2] = stringToUTF8OnStack(arg);
      argv_ptr += 4;
    }
    HEAPU32[argv_ptr >> 2] = 0;
    try {
      var ret = entryFunction(argc, argv);
      exitJS(ret, true);
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  function run2(args = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run2;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run2;
      return;
    }
    function doRun() {
      Module2["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module2);
      Module2["onRuntimeInitialized"]?.();
      var noInitialRun = Module2["noInitialRun"] || false;
      if (!noInitialRun) callMain(args);
      postRun();
    }
    if (Module2["setStatus"]) {
      Module2["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module2["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  var wasmExports;
  wasmExports = await createWasm();
  run2();
  if (runtimeInitialized) {
    moduleRtn = Module2;
  } else {
    moduleRtn = new Promise((resolve2, reject) => {
      readyPromiseResolve = resolve2;
      readyPromiseReject = reject;
    });
  }
  ;
  return moduleRtn;
}
var hdf5_util_default = Module;

// src/keras/h5-module.ts
var createModule = hdf5_util_default;
var wasm = globalThis.WebAssembly;
var H5_WASM_FILE = "wasm/hdf5_util.wasm";
var compiling;
function compileH5Wasm() {
  if (!compiling) {
    const file = findDistFile(H5_WASM_FILE);
    compiling = file ? readFile(file).then((bytes) => wasm.compile(bytes)) : Promise.resolve(void 0);
    compiling.catch(() => void 0);
  }
  return compiling;
}
function fromCompiled(code, options) {
  const instantiateWasm = (imports, done) => {
    void wasm.instantiate(code, imports).then((instance) => done(instance, code));
    return {};
  };
  return createModule({ ...options, noInitialRun: true, instantiateWasm });
}
async function fromEmbedded(options) {
  const original = wasm.instantiate;
  wasm.instantiate = async (source, imports) => {
    const result = await original.call(wasm, source, imports);
    if (result.module) compiling = Promise.resolve(result.module);
    return result;
  };
  try {
    return await createModule({ ...options, noInitialRun: true });
  } finally {
    wasm.instantiate = original;
  }
}
async function freshH5Module(options = {}) {
  const code = await compileH5Wasm();
  return code ? fromCompiled(code, options) : fromEmbedded(options);
}

// src/keras/numeric.ts
var readers = {
  "float/2": (view, offset, little) => halfToFloat(view.getUint16(offset, little)),
  "float/4": (view, offset, little) => view.getFloat32(offset, little),
  "float/8": (view, offset, little) => view.getFloat64(offset, little),
  "bfloat16/2": (view, offset, little) => bfloat16ToFloat(view.getUint16(offset, little)),
  "int/1": (view, offset) => view.getInt8(offset),
  "int/2": (view, offset, little) => view.getInt16(offset, little),
  "int/4": (view, offset, little) => view.getInt32(offset, little),
  "int/8": (view, offset, little) => Number(view.getBigInt64(offset, little)),
  "uint/1": (view, offset) => view.getUint8(offset),
  "uint/2": (view, offset, little) => view.getUint16(offset, little),
  "uint/4": (view, offset, little) => view.getUint32(offset, little),
  "uint/8": (view, offset, little) => Number(view.getBigUint64(offset, little))
};
function toFloat32(raw, kind, size, littleEndian) {
  if (kind === "float" && size === 4 && littleEndian && raw.byteOffset % 4 === 0) {
    const whole = raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength;
    const own = whole ? raw.buffer : raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
    return new Float32Array(own, 0, raw.byteLength >> 2);
  }
  const read = readers[`${kind}/${size}`];
  if (!read) return void 0;
  const count = Math.floor(raw.byteLength / size);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const out = new Float32Array(count);
  for (let i2 = 0; i2 < count; i2++) out[i2] = read(view, i2 * size, littleEndian);
  return out;
}
function readNumbers(raw, kind, size, littleEndian) {
  const read = readers[`${kind}/${size}`];
  if (!read) return void 0;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  return Array.from({ length: Math.floor(raw.byteLength / size) }, (_, i2) => read(view, i2 * size, littleEndian));
}
function bfloat16ToFloat(bits2) {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits2 << 16, false);
  return view.getFloat32(0, false);
}

// src/keras/hdf5-dump.ts
var H5T_INTEGER = 0;
var H5T_FLOAT = 1;
var H5T_STRING = 3;
var MAX_ATTR_BYTES = 64 * 1024 * 1024;
var MAX_DEPTH = 32;
var MAX_OBJECTS = 2e5;
var Hdf5ReadFailure = class extends Error {
  constructor(failure) {
    super(failure.message);
    this.failure = failure;
  }
  failure;
};
function fail7(message, where2, hint) {
  throw new Hdf5ReadFailure({ kind: "bad-model", message, where: where2 || "/", hint });
}
var h5path = (path) => `/${path}`;
var numberKind = (meta) => meta.type === H5T_FLOAT ? "float" : meta.signed ? "int" : "uint";
var Hdf5Dumper = class {
  constructor(module, fileId, request) {
    this.module = module;
    this.fileId = fileId;
    this.request = request;
  }
  module;
  fileId;
  request;
  groupAttrs = {};
  pending = [];
  objects = 0;
  /** The HDF5 path currently being read, for error messages. */
  where = "/";
  dump() {
    this.where = "/ (root attributes)";
    const rootAttrs = this.readAttrs("");
    this.groupAttrs[""] = rootAttrs;
    this.walk("", 0);
    this.checkDeclaredSizes();
    const datasets = this.pending.map((entry) => this.readDataset(entry.path, entry.metadata, entry.bfloat16));
    return { rootAttrs, groupAttrs: this.groupAttrs, datasets };
  }
  walk(path, depth) {
    const max2 = this.request.limits.maxDepth ?? MAX_DEPTH;
    if (depth > max2) fail7(`groups nested deeper than ${max2} levels (a link cycle?)`, path, "If this is intended, raise the limit: action input `max-config-depth` or CLI flag --max-config-depth.");
    this.where = path || "/";
    for (const name of this.module.get_names(this.fileId, h5path(path), false)) {
      if (depth === 0 && this.request.skipGroups.includes(name)) continue;
      if (++this.objects > MAX_OBJECTS) fail7(`more than ${MAX_OBJECTS} objects in the file`, path);
      const child = path ? `${path}/${name}` : name;
      this.where = child;
      const type = this.module.get_type(this.fileId, h5path(child));
      if (type === this.module.H5G_GROUP) {
        this.groupAttrs[child] = this.readAttrs(child);
        this.walk(child, depth + 1);
      } else if (type === this.module.H5G_DATASET) {
        this.queueDataset(child);
      }
    }
  }
  readAttrs(path) {
    const out = {};
    const base = this.where;
    for (const name of this.module.get_attribute_names(this.fileId, h5path(path))) {
      this.where = `${base} attribute "${name}"`;
      const meta = this.module.get_attribute_metadata(this.fileId, h5path(path), name);
      if (![H5T_INTEGER, H5T_FLOAT, H5T_STRING].includes(meta.type) || !meta.shape) continue;
      if (meta.size * meta.total_size > MAX_ATTR_BYTES) fail7("attribute larger than 64 MiB", this.where);
      const values = this.readAttrValues(path, name, meta);
      if (values) out[name] = meta.shape.length === 0 && values.length === 1 ? values[0] : values;
    }
    this.where = base;
    return out;
  }
  readAttrValues(path, name, meta) {
    const m = this.module;
    const nbytes = meta.size * meta.total_size;
    const ptr = m._malloc(Math.max(1, nbytes));
    if (!ptr) fail7(`cannot allocate ${nbytes} bytes`, this.where);
    try {
      m.get_attribute_data(this.fileId, h5path(path), name, BigInt(ptr));
      const raw = m.HEAPU8.slice(ptr, ptr + nbytes);
      if (meta.type !== H5T_STRING) return readNumbers(raw, numberKind(meta), meta.size, meta.littleEndian);
      if (meta.vlen) {
        const read = meta.cset === 1 ? m.UTF8ToString : m.AsciiToString;
        const pointers = new Uint32Array(raw.buffer, 0, Math.floor(raw.byteLength / 4));
        const strings = Array.from(pointers, (p) => read(p));
        m.reclaim_vlen_memory(this.fileId, h5path(path), name, BigInt(ptr));
        return strings;
      }
      const decoder3 = new TextDecoder(meta.cset === 1 ? "utf-8" : "latin1");
      return Array.from({ length: meta.total_size }, (_, i2) => {
        const bytes = raw.subarray(i2 * meta.size, (i2 + 1) * meta.size);
        const end = bytes.indexOf(0);
        return decoder3.decode(end < 0 ? bytes : bytes.subarray(0, end));
      });
    } finally {
      m._free(ptr);
    }
  }
  queueDataset(path) {
    const metadata = this.module.get_dataset_metadata(this.fileId, h5path(path));
    if (metadata.type !== H5T_FLOAT && metadata.type !== H5T_INTEGER) return;
    const attrs = this.readAttrs(path);
    this.pending.push({ path, metadata, bfloat16: attrs.dtype === "bfloat16" });
  }
  checkDeclaredSizes() {
    let total = 0;
    for (const { path, metadata } of this.pending) {
      const shape = metadata.shape ?? [];
      const count = shape.reduce((product2, dim) => product2 * dim, 1);
      if (!shape.every((dim) => Number.isSafeInteger(dim) && dim >= 0) || !Number.isSafeInteger(count)) {
        fail7(`dataset declares an impossible shape [${shape.join(", ")}]`, path);
      }
      total += count * 4;
      if (total > this.request.limits.maxTotalBytes) {
        fail7(
          `dataset declares shape [${shape.join(", ")}] (${count} values): the weights would need more than ${this.request.limits.maxTotalBytes} bytes, far more than this file can hold`,
          path,
          "the file is corrupt; save the model again"
        );
      }
    }
  }
  readDataset(path, metadata, bfloat16) {
    this.where = path;
    const m = this.module;
    const nbytes = metadata.size * metadata.total_size;
    let raw = new Uint8Array(0);
    if (nbytes > 0) {
      const ptr = m._malloc(nbytes);
      if (!ptr) fail7(`cannot allocate ${nbytes} bytes`, path);
      try {
        m.get_dataset_data(this.fileId, h5path(path), null, null, null, BigInt(ptr));
        raw = m.HEAPU8.slice(ptr, ptr + nbytes);
      } finally {
        m._free(ptr);
      }
    }
    const kind = bfloat16 ? "bfloat16" : numberKind(metadata);
    const data = toFloat32(raw, kind, metadata.size, metadata.littleEndian);
    if (!data) fail7(`unsupported number format (${kind}, ${metadata.size} bytes)`, path);
    return { path, shape: metadata.shape ?? [], data };
  }
};

// src/keras/hdf5-read.ts
var FILE = "/model.h5";
function hdf5Detail(log) {
  const minor = log.map((line) => /minor: (.*)$/.exec(line)?.[1]).filter(Boolean);
  return minor.length ? ` (HDF5: ${minor[minor.length - 1]})` : "";
}
function openFailure(request, log) {
  const detail = hdf5Detail(log);
  if (/truncated/i.test(detail)) {
    const where2 = `end of file (byte ${request.bytes.byteLength})`;
    return { ok: false, failure: { kind: "bad-model", message: `the file is truncated: HDF5 data continues past its end${detail}`, where: where2 } };
  }
  return { ok: false, failure: { kind: "bad-model", message: `not a readable HDF5 file${detail}`, where: "superblock" } };
}
function readHdf5File(module, request, log) {
  let dumper;
  try {
    const writeFile = module.FS.writeFile;
    writeFile.call(module.FS, FILE, request.bytes, { canOwn: true });
    const fileId = module.open(FILE, module.H5F_ACC_RDONLY, false, -1, -1);
    if (fileId < 0n) return openFailure(request, log);
    dumper = new Hdf5Dumper(module, fileId, request);
    return { ok: true, tree: dumper.dump() };
  } catch (error) {
    if (error instanceof Hdf5ReadFailure) return { ok: false, failure: error.failure };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: "bad-model", message: `cannot read: ${message}${hdf5Detail(log)}`, where: dumper?.where ?? "superblock" } };
  }
}

// src/keras/hdf5-client.ts
var MB = 1024 * 1024;
var MAX_LOG_LINES = 200;
function defaultHdf5DeadlineMs(byteLength) {
  return Math.min(2e4, Math.round(4e3 + 200 * byteLength / MB));
}
async function readHdf5Tree(bytes, fileName, options = {}) {
  const timeoutMs = options.timeoutMs ?? defaultHdf5DeadlineMs(bytes.byteLength);
  const request = {
    bytes,
    skipGroups: options.skipGroups ?? ["optimizer_weights", "optimizer"],
    // Weights as float32 can exceed the file size (float16 files double) but never by much more.
    limits: { maxTotalBytes: 4 * bytes.byteLength + 16 * MB, ...options.maxDepth ? { maxDepth: options.maxDepth } : {} }
  };
  const place = (where3) => ({ file: fileName, where: [options.entry, where3].filter(Boolean).join(": ") || void 0 });
  const reply = await readWithDeadline(request, timeoutMs, place);
  if (reply.ok) return reply.tree;
  const { kind, message, where: where2, hint } = reply.failure;
  throw new GateError(kind, message, place(where2), hint ?? "the file is damaged or not a Keras model; save the model again");
}
var watchdog = { script: new vm.Script("read()"), context: vm.createContext({ read: void 0 }) };
async function readWithDeadline(request, timeoutMs, place) {
  const log = [];
  const keep = (line) => {
    if (log.length < MAX_LOG_LINES) log.push(String(line));
  };
  const module = await freshH5Module({ print: keep, printErr: keep });
  watchdog.context.read = () => readHdf5File(module, request, log);
  try {
    return watchdog.script.runInContext(watchdog.context, { timeout: timeoutMs });
  } catch (error) {
    if (error.code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
    const seconds = (timeoutMs / 1e3).toFixed(1);
    const hint = "the file is probably corrupt (the HDF5 library loops on it); save the model again";
    throw new GateError("timeout", `reading the HDF5 data did not finish within ${seconds} s`, place(), hint);
  } finally {
    watchdog.context.read = void 0;
  }
}

// src/keras/weights-legacy.ts
function attachLegacyWeights(graph, tree) {
  const root = "model_weights";
  const rootAttrs = tree.groupAttrs[root];
  if (!rootAttrs) throw badModel("the file has a model config but no model_weights group", root);
  const datasets = new Map(tree.datasets.map((d) => [d.path, d]));
  const byName = new Map(graph.layers.map((layer) => [layer.name, layer]));
  for (const name of attrStrings(rootAttrs.layer_names)) {
    const group = `${root}/${name}`;
    const weightNames = attrStrings(tree.groupAttrs[group]?.weight_names);
    if (weightNames.length === 0) continue;
    const layer = byName.get(name);
    if (!layer) throw badModel(`holds weights for a layer "${name}" that the model config does not have`, group);
    const tensors = weightNames.map((weightName) => weightTensor(datasets, group, weightName));
    if (layer.model) distribute(layer, layer.model, tensors, group);
    else layer.weights = tensors;
  }
}
function weightTensor(datasets, group, name) {
  const data = datasets.get(`${group}/${name}`);
  if (!data) throw badModel(`weight "${name}" is listed in weight_names but not stored`, `${group}/${name}`);
  return { name, shape: data.shape, data: data.data };
}
function distribute(owner, model, tensors, group) {
  for (const tensor of tensors) {
    const target = innerLayerFor(model, tensor.name);
    if (!target) {
      throw badModel(`weight "${tensor.name}" belongs to no layer of the nested model "${owner.name}"`, `${group}/${tensor.name}`);
    }
    target.weights.push(tensor);
  }
}
function innerLayerFor(model, weightName) {
  const parts = weightName.split("/").slice(0, -1);
  let current = model;
  for (const part of parts) {
    if (part === current.name) continue;
    const layer = current.layers.find((candidate) => candidate.name === part);
    if (!layer) continue;
    if (!layer.model) return layer;
    current = layer.model;
  }
  for (const part of parts) {
    const leaf = findLeaf(model, part);
    if (leaf) return leaf;
  }
  return void 0;
}
function findLeaf(model, name) {
  for (const layer of model.layers) {
    if (layer.model) {
      const inner = findLeaf(layer.model, name);
      if (inner) return inner;
    } else if (layer.name === name) {
      return layer;
    }
  }
  return void 0;
}

// src/keras/h5-model.ts
var WEIGHTS_ONLY_MESSAGE = "this file holds only weights (saved with save_weights); save the whole model with model.save()";
function looksLikeWeightsOnly(tree) {
  if ("model_weights" in tree.groupAttrs) return false;
  return "layer_names" in tree.rootAttrs || "layers" in tree.groupAttrs;
}
function modelFromHdf5Tree(tree, maxDepth) {
  const configText = attrString(tree.rootAttrs.model_config);
  if (configText === void 0) {
    if (looksLikeWeightsOnly(tree)) throw new GateError("unsupported", WEIGHTS_ONLY_MESSAGE, { where: "/ (no model_config attribute)" });
    const damaged = "model_weights" in tree.groupAttrs;
    const message = damaged ? "the model_config attribute is missing or unreadable (damaged file?)" : "an HDF5 file without a Keras model_config attribute: not a Keras model";
    throw badModel(message, "/", damaged ? "save the model again with model.save()" : "pass a file written by Keras model.save()");
  }
  const where2 = "root attribute model_config";
  const graph = buildModelGraph(parseJsonText(configText, where2, maxDepth), where2);
  attachLegacyWeights(graph, tree);
  return {
    format: "hdf5",
    kerasVersion: attrString(tree.rootAttrs.keras_version) ?? "",
    backend: attrString(tree.rootAttrs.backend) ?? "",
    graph
  };
}
async function readHdf5Model(bytes, fileName, options = {}) {
  const tree = await readHdf5Tree(bytes, fileName, options);
  return modelFromHdf5Tree(tree, options.maxDepth);
}

// src/keras/weights-v3.ts
function toSnakeCase(name) {
  return name.replace(/\W+/g, "").replace(/(.)([A-Z][a-z]+)/g, "$1_$2").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}
var TF_KERAS_CONTAINER = "_layer_checkpoint_dependencies";
function containerKeys(graph, tree, base) {
  const keys = /* @__PURE__ */ new Map();
  if (base.endsWith(TF_KERAS_CONTAINER)) {
    for (const layer of graph.layers) keys.set(layer.name, `${base}/${layer.name}`);
    return keys;
  }
  const used = /* @__PURE__ */ new Map();
  for (const layer of graph.layers) {
    if (graph.className === "Sequential" && layer.className === "InputLayer") continue;
    const snake = toSnakeCase(layer.className);
    const count = used.get(snake);
    used.set(snake, count === void 0 ? 0 : count + 1);
    keys.set(layer.name, `${base}/${count === void 0 ? snake : `${snake}_${count + 1}`}`);
  }
  const prefix = `${base}/`;
  for (const [path, attrs] of Object.entries(tree.groupAttrs)) {
    if (!path.startsWith(prefix) || !path.endsWith("/vars") || typeof attrs.name !== "string") continue;
    const key2 = path.slice(prefix.length, -"/vars".length);
    if (!key2.includes("/")) keys.set(attrs.name, `${base}/${key2}`);
  }
  return keys;
}
function normaliseSeparators(tree) {
  const fix = (path) => path.replace(/\\/g, "/");
  const groupAttrs = Object.fromEntries(Object.entries(tree.groupAttrs).map(([path, attrs]) => [fix(path), attrs]));
  return { rootAttrs: tree.rootAttrs, groupAttrs, datasets: tree.datasets.map((d) => ({ ...d, path: fix(d.path) })) };
}
function hasGroup(tree, path) {
  return Object.keys(tree.groupAttrs).some((group) => group === path || group.startsWith(`${path}/`));
}
function containerOf(tree, path) {
  const join4 = (name) => path ? `${path}/${name}` : name;
  return hasGroup(tree, join4(TF_KERAS_CONTAINER)) && !hasGroup(tree, join4("layers")) ? join4(TF_KERAS_CONTAINER) : join4("layers");
}
function attachV3Weights(graph, tree, base = containerOf(tree, "")) {
  const keys = containerKeys(graph, tree, base);
  for (const layer of graph.layers) {
    const path = keys.get(layer.name);
    if (!path) continue;
    if (layer.model) attachV3Weights(layer.model, tree, containerOf(tree, path));
    else layer.weights = layerVariables(tree.datasets, path);
  }
}
function layerVariables(datasets, path) {
  const prefix = `${path}/`;
  return datasets.filter((d) => d.path.startsWith(prefix) && !/(^|\/)seed_generator[^/]*\//.test(d.path.slice(prefix.length))).sort((a, b) => compareVarPaths(a.path.slice(prefix.length), b.path.slice(prefix.length))).map((d) => ({ name: d.path, shape: d.shape, data: d.data }));
}
var SEGMENT_ORDER = { vars: 0, forward_layer: 1, backward_layer: 2 };
function compareSegments(a, b) {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  const rankA = SEGMENT_ORDER[a] ?? 3;
  const rankB = SEGMENT_ORDER[b] ?? 3;
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareVarPaths(a, b) {
  const partsA = a.split("/");
  const partsB = b.split("/");
  for (let i2 = 0; i2 < Math.min(partsA.length, partsB.length); i2++) {
    const order = compareSegments(partsA[i2], partsB[i2]);
    if (order !== 0) return order;
  }
  return partsA.length - partsB.length;
}

// src/keras/keras-zip.ts
var CONFIG = "config.json";
var METADATA = "metadata.json";
var WEIGHTS = "model.weights.h5";
var decoder2 = new TextDecoder("utf-8", { fatal: false });
var KERAS_ZIP_LIMITS = { maxEntryBytes: 1536 * 1024 * 1024, maxTotalBytes: 2048 * 1024 * 1024, maxRatio: 200 };
function kerasSource(fileName) {
  const hint = "the file is damaged or was not written by Keras; save the model again";
  return { file: fileName, kind: "bad-model", expected: "a .keras file", hint, limits: KERAS_ZIP_LIMITS };
}
function readEntries(bytes, fileName) {
  const zip = openZip(bytes, kerasSource(fileName));
  if (zip.entries.length === 0) throw badModel("an empty .keras archive (a zip with no files)", "byte 0", 'save the model with model.save("model.keras")');
  const out = /* @__PURE__ */ new Map();
  for (const name of [CONFIG, METADATA, WEIGHTS]) {
    const data = zip.read(name);
    if (data) out.set(name, data);
  }
  return out;
}
async function readKerasZip(bytes, fileName, options = {}) {
  const entries = readEntries(bytes, fileName);
  const configBytes = entries.get(CONFIG);
  if (!configBytes) throw badModel(`the .keras archive has no ${CONFIG}`, `zip entry "${CONFIG}"`, 'save the model with model.save("model.keras")');
  const config = parseJsonText(decoder2.decode(configBytes), `zip entry "${CONFIG}"`, options.maxDepth);
  const graph = buildModelGraph(config, `zip entry "${CONFIG}"`);
  const metadataBytes = entries.get(METADATA);
  const metadata = metadataBytes ? parseJsonText(decoder2.decode(metadataBytes), `zip entry "${METADATA}"`, options.maxDepth) : {};
  const weights = entries.get(WEIGHTS);
  if (!weights) throw badModel(`the .keras archive has no ${WEIGHTS}`, `zip entry "${WEIGHTS}"`);
  const tree = await readHdf5Tree(weights, fileName, { ...options, entry: `zip entry "${WEIGHTS}"` });
  attachV3Weights(graph, normaliseSeparators(tree));
  return {
    format: "keras-zip",
    kerasVersion: typeof metadata.keras_version === "string" ? metadata.keras_version : "",
    backend: typeof config.backend === "string" ? config.backend : "",
    graph
  };
}

// src/keras/index.ts
async function readKerasModel(bytes, fileName, options = {}) {
  const format = probeKerasFormat(bytes);
  try {
    if (format === "hdf5") return await readHdf5Model(bytes, fileName, options);
    if (format === "keras-zip") return await readKerasZip(bytes, fileName, options);
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
  throw new GateError(
    "bad-model",
    "not a Keras model file: it is neither HDF5 (.h5) nor a .keras zip archive",
    { file: fileName, where: "byte 0" },
    "pass a file written by Keras model.save()"
  );
}

// src/tflite/writer.ts
var import_flatbuffers = __toESM(require_flatbuffers(), 1);

// src/tflite/opcodes.ts
function planOpcodes(ops, versions) {
  const codes = [];
  const index2 = /* @__PURE__ */ new Map();
  const indexOfOp = ops.map((op, i2) => {
    const version = versions[i2] ?? 1;
    let at = index2.get(op.type);
    if (at === void 0) {
      at = codes.length;
      index2.set(op.type, at);
      codes.push({ type: op.type, code: OPS[op.type]?.code ?? -1, version });
    }
    const code = codes[at];
    code.version = Math.max(code.version, version);
    return at;
  });
  return { codes, indexOfOp };
}

// src/tflite/buffers.ts
function tensorBytes(t) {
  const d = t.data;
  if (!d) return new Uint8Array(0);
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
}
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i2 = 0; i2 < a.length; i2++) if (a[i2] !== b[i2]) return false;
  return true;
}
function hashBytes(bytes) {
  let h = 2166136261;
  if (bytes.byteOffset % 4 === 0 && bytes.length % 4 === 0) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    for (let i2 = 0; i2 < words.length; i2++) h = Math.imul(h ^ words[i2], 16777619);
  } else {
    for (let i2 = 0; i2 < bytes.length; i2++) h = Math.imul(h ^ bytes[i2], 16777619);
  }
  return h >>> 0;
}
function planBuffers(tensors) {
  const contents = [void 0];
  const byLength = /* @__PURE__ */ new Map();
  const tensorBuffer = tensors.map((t) => {
    const own = contents.length;
    contents.push(void 0);
    if (!t.data) return own;
    const bytes = tensorBytes(t);
    const candidates = byLength.get(bytes.length) ?? [];
    const entry = { buffer: own, bytes };
    if (candidates.length > 0) {
      entry.hash = hashBytes(bytes);
      const shared = candidates.find((c) => (c.hash ??= hashBytes(c.bytes)) === entry.hash && sameBytes(c.bytes, bytes));
      if (shared) return shared.buffer;
    }
    contents[own] = bytes;
    byLength.set(bytes.length, [...candidates, entry]);
    return own;
  });
  return { tensorBuffer, contents };
}

// src/tflite/runtime-version.ts
var TABLE = {
  // op: [v1, v2, v3, ...]
  ADD: ["1.5.0", "1.14.0", "2.4.0", "2.6.0", "2.13.0"],
  SUB: ["1.6.0", "1.14.0", "2.3.0", "2.4.0", "2.4.0"],
  MUL: ["1.5.0", "1.14.0", "1.15.0", "2.3.0", "2.6.0", "2.11.0", "2.13.0"],
  DIV: ["1.6.0", "2.3.0"],
  AVERAGE_POOL_2D: ["1.5.0", "1.14.0", "2.3.0"],
  MAX_POOL_2D: ["1.5.0", "1.14.0", "2.3.0"],
  CONCATENATION: ["1.5.0", "1.14.0", "2.3.0", "2.14.0"],
  CONV_2D: ["1.5.0", "1.14.0", "1.14.0", "2.3.0", "2.4.0", "2.9.0", "2.11.0", "2.15.0"],
  DEPTHWISE_CONV_2D: ["1.5.0", "1.12.0", "1.14.0", "2.2.0", "2.3.0", "2.3.0", "2.11.0"],
  TRANSPOSE_CONV: ["1.9.0", "2.2.0", "2.3.0", "2.13.0", "2.15.0"],
  FULLY_CONNECTED: ["1.5.0", "1.10.0", "1.14.0", "1.14.0", "2.0.0", "2.1.0", "2.3.0", "2.3.0", "2.3.0", "2.11.0", "2.15.0"],
  RESHAPE: ["1.5.0"],
  SOFTMAX: ["1.5.0", "1.14.0", "2.3.0"],
  LOGISTIC: ["1.14.0", "1.14.0", "2.3.0"],
  TANH: ["1.14.0", "1.14.0", "2.3.0"],
  RELU: ["1.5.0", "2.1.0", "2.5.0"],
  RELU6: ["1.5.0", "1.14.0", "2.5.0"],
  RELU_N1_TO_1: ["1.5.0"],
  LEAKY_RELU: ["1.13.1", "2.3.0"],
  PRELU: ["1.8.0"],
  ELU: ["1.14.0"],
  HARD_SWISH: ["1.15.0"],
  GELU: ["2.9.0", "2.9.0"],
  MEAN: ["1.6.0", "1.14.0", "2.4.0"],
  SUM: ["1.10.0", "1.15.0"],
  REDUCE_MAX: ["1.11.0", "1.14.0", "2.5.0"],
  PAD: ["1.5.0", "1.14.0", "2.4.0", "2.6.0"],
  PADV2: ["1.9.0", "1.14.0", "2.4.0", "2.6.0"],
  MIRROR_PAD: ["1.13.1", "2.3.0", "2.12.0"],
  TRANSPOSE: ["1.6.0", "1.14.0", "1.15.0", "2.3.0", "2.4.0", "2.12.0"],
  STRIDED_SLICE: ["1.6.0", "1.14.0", "2.1.0", "2.2.0", "2.5.0", "2.6.0", "2.14.0", "2.14.0"],
  SLICE: ["1.14.0", "1.14.0", "1.14.0", "2.4.0", "2.5.0", "2.14.0"],
  RESIZE_NEAREST_NEIGHBOR: ["1.13.1", "1.14.0", "2.3.0", "2.4.0"],
  RESIZE_BILINEAR: ["1.7.0", "1.14.0", "2.2.0", "2.5.0"],
  MAXIMUM: ["1.14.0", "1.14.0", "2.3.0", "2.3.0"],
  MINIMUM: ["1.14.0", "1.14.0", "2.3.0", "2.3.0"],
  SQUARED_DIFFERENCE: ["1.13.1", "2.5.0"],
  RSQRT: ["1.10.0", "2.5.0", "2.15.0"],
  SQRT: ["1.10.0"],
  EXP: ["1.7.0", "2.12.0"],
  LOG: ["1.14.0", "2.15.0"],
  ABS: ["1.13.0", "2.4.0", "2.5.0", "2.6.0", "2.12.0"],
  NEG: ["1.9.0"],
  POW: ["1.10.0"],
  SQUARE: ["1.12.0"],
  DEQUANTIZE: ["1.13.1", "1.14.0", "1.15.0", "2.2.0", "2.7.0", "2.18.0"],
  QUANTIZE: ["1.14.0", "1.15.0", "2.7.0"],
  GATHER: ["1.6.0", "1.14.0", "1.15.0", "2.4.0", "2.5.0", "2.13.0", "2.15.0"],
  SQUEEZE: ["1.6.0", "2.5.0"],
  EXPAND_DIMS: ["1.10.0"],
  BATCH_MATMUL: ["2.3.0", "2.3.0", "2.4.0", "2.5.0"],
  UNIDIRECTIONAL_SEQUENCE_LSTM: ["1.13.1", "1.14.0", "2.3.0", "2.12.0"],
  BIDIRECTIONAL_SEQUENCE_LSTM: ["1.14.0", "1.14.0", "1.14.0"],
  UNIDIRECTIONAL_SEQUENCE_RNN: ["1.14.0", "1.14.0", "2.3.0"],
  SPLIT: ["1.5.0", "1.14.0", "1.14.0", "2.3.0"],
  SPLIT_V: ["1.13.1", "2.3.0"],
  PACK: ["1.11.0", "1.14.0", "2.3.0", "2.13.0"],
  UNPACK: ["1.11.0", "1.14.0", "2.2.0", "2.3.0"],
  CAST: ["1.5.0", "2.7.0", "2.8.0", "2.9.0", "2.12.0", "2.15.0"],
  SHAPE: ["1.10.0"],
  FILL: ["1.13.0", "2.3.0", "2.5.0", "2.12.0"],
  TILE: ["1.10.1", "2.2.0", "2.8.0"],
  REVERSE_V2: ["1.14.0", "2.2.0", "2.5.0"],
  SELECT_V2: ["2.2.0", "2.12.0"],
  SELECT: ["1.14.0", "1.14.0", "2.12.0", "2.12.0"],
  ARG_MAX: ["1.9.0", "1.14.0", "2.9.0"],
  ARG_MIN: ["1.9.0", "1.14.0", "2.9.0"],
  GREATER: ["1.14.0", "1.14.0"],
  GREATER_EQUAL: ["1.14.0", "1.14.0", "2.13.0"],
  LESS: ["1.14.0", "1.14.0", "2.13.0"],
  WHILE: ["1.15.0"],
  DYNAMIC_UPDATE_SLICE: ["2.9.0"],
  LESS_EQUAL: ["1.14.0", "1.14.0"],
  EQUAL: ["1.14.0", "1.14.0", "2.3.0", "2.13.0"],
  NOT_EQUAL: ["1.14.0", "1.14.0", "2.3.0"],
  LOGICAL_AND: ["1.11.0"],
  LOGICAL_OR: ["1.11.0"],
  LOGICAL_NOT: ["1.11.0"],
  FLOOR: ["1.9.0"],
  CEIL: ["1.14.0"],
  ROUND: ["1.14.0"],
  SIN: ["1.9.0"],
  COS: ["1.14.0"],
  SIGN: ["2.11.0", "2.12.0"],
  RELU_0_TO_1: ["2.10.0"],
  REDUCE_MIN: ["1.11.0", "1.14.0", "2.5.0"],
  REDUCE_PROD: ["1.11.0", "2.6.0"],
  LOG_SOFTMAX: ["1.14.0", "1.14.0"],
  L2_NORMALIZATION: ["1.5.0", "1.14.0"],
  SPACE_TO_DEPTH: ["1.5.0", "1.14.0"],
  DEPTH_TO_SPACE: ["2.1.0", "2.5.0"],
  SPACE_TO_BATCH_ND: ["1.6.0", "1.14.0", "2.3.0", "2.12.0"],
  BATCH_TO_SPACE_ND: ["1.6.0", "1.14.0", "2.3.0", "2.12.0"],
  CUMSUM: ["2.4.0"],
  GATHER_ND: ["1.14.0", "2.3.0", "2.5.0", "2.13.0", "2.16.0"],
  ADD_N: ["1.14.0"],
  FLOOR_MOD: ["1.13.0", "2.13.0"],
  FLOOR_DIV: ["1.14.0", "1.14.0", "2.13.0"],
  RANGE: ["1.13.0", "2.14.0"],
  ZEROS_LIKE: ["1.12.0"],
  WHERE: ["1.14.0", "2.8.0"],
  ONE_HOT: ["1.11.0"],
  BROADCAST_TO: ["", "2.5.0", "2.5.0"]
};
function runtimeVersionLess(a, b) {
  const pa = a ? a.split(".").map(Number) : [];
  const pb = b.split(".").map(Number);
  let i2 = 0;
  for (; i2 < pa.length && i2 < pb.length; i2++) if (pa[i2] !== pb[i2]) return (pa[i2] ?? 0) < (pb[i2] ?? 0);
  return i2 < pb.length;
}
function minRuntimeVersion(ops) {
  let result = "";
  for (const { type, version } of ops) {
    const v = TABLE[type]?.[version - 1];
    if (v && runtimeVersionLess(result, v)) result = v;
  }
  return result;
}

// src/tflite/check-graph.ts
var SUBGRAPH_NAME = "main";
function mainSubgraph(graph) {
  return { name: SUBGRAPH_NAME, tensors: graph.tensors, ops: graph.ops, inputs: graph.inputs.map((io) => io.tensor), outputs: graph.outputs.map((io) => io.tensor) };
}
function allSubgraphs(graph) {
  return [mainSubgraph(graph), ...graph.subgraphs ?? []];
}
function checkSubgraph(sg, subgraphCount) {
  const n = sg.tensors.length;
  sg.tensors.forEach((t, i2) => {
    if (t.id !== i2) throw new Error(`tensor ${t.name}: id ${t.id} at index ${i2}`);
    if (DTYPE_CODE[t.dtype] === void 0) throw new Error(`tensor ${t.name}: unknown dtype ${t.dtype}`);
    const count = t.shape.reduce((a, d) => a * d, 1);
    if (t.data && t.data.length !== count) throw new Error(`tensor ${t.name}: ${t.data.length} values for shape [${t.shape}]`);
  });
  for (const op of sg.ops) {
    if (!OPS[op.type]) {
      throw new GateError(
        "unsupported",
        `operator ${op.type} is not supported by the TFLite writer`,
        { where: op.origin },
        "use layers that map to the supported TFLite builtin operators"
      );
    }
    for (const id of [...op.inputs, ...op.outputs]) {
      if (id !== -1 && (id < 0 || id >= n)) throw new Error(`${op.type} (${op.origin ?? "?"}): tensor index ${id} out of range`);
    }
    for (const key2 of ["cond_subgraph_index", "body_subgraph_index"]) {
      const index2 = op.options?.[key2];
      if (index2 !== void 0 && !(Number(index2) > 0 && Number(index2) < subgraphCount)) throw new Error(`${op.type} (${op.origin ?? "?"}): ${key2} ${String(index2)} of ${subgraphCount} subgraphs`);
    }
  }
  for (const id of [...sg.inputs, ...sg.outputs]) {
    if (id < 0 || id >= n) throw new Error(`subgraph ${sg.name}: input/output tensor index ${id} out of range`);
  }
}
function checkGraph(graph) {
  const subgraphs = allSubgraphs(graph);
  for (const sg of subgraphs) checkSubgraph(sg, subgraphs.length);
  for (const io of [...graph.inputs, ...graph.outputs]) {
    if (io.tensor < 0 || io.tensor >= graph.tensors.length) throw new Error(`signature ${io.name}: tensor index ${io.tensor} out of range`);
  }
}

// src/tflite/writer.ts
var SCHEMA_VERSION = 3;
var SIGNATURE_KEY = "serving_default";
function writeOperatorCode(b, code) {
  return writeTable(b, [
    { id: 0, kind: "byte", value: Math.min(code.code, 127) },
    { id: 2, kind: "int", value: code.version, def: 1 },
    { id: 3, kind: "int", value: code.code }
  ]);
}
function writeQuantization(b, t) {
  const q = t.quantization;
  if (!q) return writeTable(b, []);
  const scale = float32Vector(b, q.scale);
  const zeroPoint = int64Vector(b, q.zeroPoint);
  return writeTable(b, [
    { id: 2, kind: "offset", value: scale },
    { id: 3, kind: "offset", value: zeroPoint },
    { id: 6, kind: "int", value: q.quantizedDimension ?? 0 }
  ]);
}
function variableTensors(sg) {
  const produced = new Set(sg.ops.flatMap((op) => op.outputs));
  const inputs = new Set(sg.inputs);
  const read = sg.ops.flatMap((op) => op.inputs).filter((id) => id >= 0);
  return new Set(read.filter((id) => !produced.has(id) && !inputs.has(id) && !sg.tensors[id]?.data));
}
function writeTensor(b, t, buffer, variable) {
  const shape = int32Vector(b, t.shape);
  const name = b.createString(t.name);
  const quantization2 = writeQuantization(b, t);
  const signature2 = t.shapeSignature && t.shapeSignature.some((d) => d < 0) ? int32Vector(b, t.shapeSignature) : 0;
  return writeTable(b, [
    { id: 0, kind: "offset", value: shape },
    { id: 1, kind: "byte", value: DTYPE_CODE[t.dtype] },
    { id: 2, kind: "uint", value: variable ? 0 : buffer },
    { id: 3, kind: "offset", value: name },
    { id: 4, kind: "offset", value: quantization2 },
    { id: 5, kind: "bool", value: variable },
    { id: 7, kind: "offset", value: signature2 },
    { id: 8, kind: "bool", value: true }
  ]);
}
function writeOperator(b, op, opcodeIndex) {
  const spec = OPS[op.type];
  const inputs = int32Vector(b, op.inputs);
  const outputs = int32Vector(b, op.outputs);
  const table = spec?.options;
  const withOptions = table !== void 0 && (!spec?.omitDefaultOptions || hasNonDefaultOptions(op, table));
  const options = withOptions ? writeOptions(b, op, table) : 0;
  return writeTable(b, [
    { id: 0, kind: "uint", value: opcodeIndex },
    { id: 1, kind: "offset", value: inputs },
    { id: 2, kind: "offset", value: outputs },
    { id: 3, kind: "byte", value: withOptions ? optionsUnionType(table) : 0 },
    { id: 4, kind: "offset", value: options }
  ]);
}
function writeSubgraph(b, sg, opcodeIndex, tensorBuffer) {
  const variables = variableTensors(sg);
  const tensors = sg.tensors.map((t, i2) => writeTensor(b, t, tensorBuffer[i2] ?? 0, variables.has(i2)));
  const operators = sg.ops.map((op, i2) => writeOperator(b, op, opcodeIndex[i2] ?? 0));
  const tensorVec = offsetVector(b, tensors);
  const inputs = int32Vector(b, sg.inputs);
  const outputs = int32Vector(b, sg.outputs);
  const opVec = offsetVector(b, operators);
  const name = b.createString(sg.name);
  return writeTable(b, [
    { id: 0, kind: "offset", value: tensorVec },
    { id: 1, kind: "offset", value: inputs },
    { id: 2, kind: "offset", value: outputs },
    { id: 3, kind: "offset", value: opVec },
    { id: 4, kind: "offset", value: name }
  ]);
}
var WEIGHT_ALIGNMENT = 16;
var SMALL_BUFFER_BYTES = 64;
function bufferAlignment(bytes, elementBytes) {
  return bytes.length >= SMALL_BUFFER_BYTES ? WEIGHT_ALIGNMENT : Math.max(4, elementBytes);
}
function writeBuffers(b, contents, elementBytes) {
  const tables = contents.map((bytes, i2) => {
    if (!bytes) return writeTable(b, []);
    const data = alignedBytes(b, bytes, bufferAlignment(bytes, elementBytes[i2] ?? 1));
    return writeTable(b, [{ id: 0, kind: "offset", value: data }]);
  });
  return offsetVector(b, tables);
}
function writeSignature(b, graph) {
  const map = (ios) => offsetVector(b, [...ios].sort((x2, y) => x2.name < y.name ? -1 : x2.name > y.name ? 1 : 0).map((io) => {
    const name = b.createString(io.name);
    return writeTable(b, [{ id: 0, kind: "offset", value: name }, { id: 1, kind: "uint", value: io.tensor }]);
  }));
  const inputs = map(graph.inputs);
  const outputs = map(graph.outputs);
  const key2 = b.createString(SIGNATURE_KEY);
  const def = writeTable(b, [
    { id: 0, kind: "offset", value: inputs },
    { id: 1, kind: "offset", value: outputs },
    { id: 2, kind: "offset", value: key2 }
  ]);
  return offsetVector(b, [def]);
}
function modelHash(graph) {
  return fnv1a64(allSubgraphs(graph).flatMap((sg, k) => [
    ...k > 0 ? [`subgraph ${sg.name};`] : [],
    ...sg.tensors.map((t) => `${t.name}|${t.dtype}|${t.shape.join(",")}|${t.data?.length ?? -1};`),
    ...sg.ops.map((op) => `${op.type}(${op.inputs})->(${op.outputs});`)
  ]));
}
function metadataEntries(graph, codes) {
  const float16 = allSubgraphs(graph).some((sg) => sg.tensors.some((t) => t.dtype === "float16" && t.data));
  const runtime = minRuntimeVersion(codes.map((c) => ({ type: c.type, version: c.version })));
  return [
    [MIN_RUNTIME_VERSION, runtimeVersionBytes(runtime)],
    ...float16 ? [[REDUCED_PRECISION, reducedPrecisionBytes()]] : [],
    [CONVERSION_METADATA, conversionMetadataBytes(modelHash(graph), float16)]
  ];
}
function writeMetadata(b, names, firstBuffer) {
  return offsetVector(b, names.map((name, i2) => {
    const nameOffset = b.createString(name);
    return writeTable(b, [{ id: 0, kind: "offset", value: nameOffset }, { id: 1, kind: "uint", value: firstBuffer + i2 }]);
  }));
}
function writeTflite(graph) {
  checkGraph(graph);
  const subgraphs = allSubgraphs(graph);
  const ops = subgraphs.flatMap((sg) => sg.ops);
  const versions = subgraphs.flatMap((sg) => sg.ops.map((op) => opVersion(op, { ...graph, tensors: sg.tensors, ops: sg.ops })));
  const { codes, indexOfOp } = planOpcodes(ops, versions);
  const tensors = subgraphs.flatMap((sg) => sg.tensors);
  const { tensorBuffer, contents } = planBuffers(tensors);
  const meta = metadataEntries(graph, codes);
  const elementBytes = [];
  tensors.forEach((t, i2) => {
    elementBytes[tensorBuffer[i2] ?? 0] ??= DTYPE_BYTES[t.dtype];
  });
  const dataBytes = tensors.reduce((s, t) => s + (t.data ? tensorBytes(t).length + 16 : 0), 0);
  const b = new import_flatbuffers.Builder(dataBytes + 1024 + tensors.length * 256);
  const opcodeTables = codes.map((c) => writeOperatorCode(b, c));
  let opAt = 0;
  let tensorAt = 0;
  const subgraphTables = subgraphs.map((sg) => {
    const table = writeSubgraph(b, sg, indexOfOp.slice(opAt, opAt + sg.ops.length), tensorBuffer.slice(tensorAt, tensorAt + sg.tensors.length));
    opAt += sg.ops.length;
    tensorAt += sg.tensors.length;
    return table;
  });
  const description = b.createString(graph.description);
  const buffers = writeBuffers(b, [...contents, ...meta.map(([, bytes]) => bytes)], elementBytes);
  const metadata = writeMetadata(b, meta.map(([name]) => name), contents.length);
  const signatures = writeSignature(b, graph);
  const opcodes = offsetVector(b, opcodeTables);
  const subgraphVec = offsetVector(b, subgraphTables);
  const model = writeTable(b, [
    { id: 0, kind: "uint", value: SCHEMA_VERSION },
    { id: 1, kind: "offset", value: opcodes },
    { id: 2, kind: "offset", value: subgraphVec },
    { id: 3, kind: "offset", value: description },
    { id: 4, kind: "offset", value: buffers },
    { id: 6, kind: "offset", value: metadata },
    { id: 7, kind: "offset", value: signatures }
  ]);
  b.finish(model, "TFL3");
  return b.asUint8Array().slice();
}

// src/tflite/float16.ts
function uniqueName(base, taken) {
  let name = `${base}1`;
  for (let i2 = 2; taken.has(name); i2++) name = `${base}${i2}`;
  taken.add(name);
  return name;
}
function toFloat16(graph) {
  const io = [...graph.inputs, ...graph.outputs].map((x2) => x2.tensor);
  const main = halveConstants(graph.tensors, graph.ops, io);
  const subgraphs = graph.subgraphs?.map((sg) => ({ ...sg, ...halveConstants(sg.tensors, sg.ops, [...sg.inputs, ...sg.outputs]) }));
  return { ...graph, ...main, ...subgraphs ? { subgraphs } : {} };
}
function halveConstants(source, sourceOps, ioIds) {
  const used = new Set(sourceOps.flatMap((op) => op.inputs));
  const io = new Set(ioIds);
  const targets = source.filter((t) => t.dtype === "float32" && t.data && used.has(t.id) && !io.has(t.id) && !t.quantization);
  const tensors = source.map((t) => ({ ...t }));
  const names = new Set(tensors.map((t) => t.name));
  const replacement = /* @__PURE__ */ new Map();
  const dequantize = [];
  for (const t of [...targets].reverse()) {
    const data = t.data;
    const half = new Uint16Array(data.length);
    for (let i2 = 0; i2 < data.length; i2++) half[i2] = toHalfBits(data[i2]);
    tensors[t.id] = { ...t, dtype: "float16", data: half };
    const id = tensors.length;
    tensors.push({ id, name: uniqueName(t.name, names), shape: [...t.shape], dtype: "float32" });
    replacement.set(t.id, id);
    dequantize.push({ type: "DEQUANTIZE", inputs: [t.id], outputs: [id] });
  }
  const ops = sourceOps.map((op) => ({ ...op, inputs: op.inputs.map((i2) => replacement.get(i2) ?? i2) }));
  return { tensors, ops: [...dequantize, ...ops] };
}

// src/pipeline/model-file.ts
import { stat } from "node:fs/promises";
var FOLDER = "is a folder, not a model file (TensorFlow SavedModel folders are not supported)";
function readFailure(code) {
  if (code === "ENOENT" || code === "ENOTDIR") return "file not found";
  if (code === "EISDIR") return FOLDER;
  if (code === "EACCES" || code === "EPERM") return "permission denied: cannot read the file";
  return `cannot read the file (${code ?? "unknown error"})`;
}
async function readModelFile(path, shown, flag, limits) {
  const hint = flag ? `Check the ${flag} path.` : "Check the path.";
  let bytes;
  try {
    if ((await stat(path)).isDirectory()) throw new GateError("usage", FOLDER, { file: shown }, "Pass the model file itself (.h5, .keras or .tflite), not a folder.");
    bytes = readRegularFile({ path, name: shown, kind: "usage" }, { maxBytes: limitBytes(limits, "modelMib"), limit: "modelMib" });
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new GateError("usage", readFailure(error.code), { file: shown }, hint);
  }
  if (bytes.byteLength === 0) throw new GateError("usage", "the file is empty (0 bytes)", { file: shown }, `${hint} A model file written by model.save() (.h5 or .keras) or a .tflite is expected.`);
  return bytes;
}

// src/onnx/convert/layout.ts
function toNhwc(rank) {
  return rank < 3 ? [...Array(rank).keys()] : [0, ...Array.from({ length: rank - 2 }, (_, i2) => i2 + 2), 1];
}
function fromNhwc(rank) {
  return rank < 3 ? [...Array(rank).keys()] : [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i2) => i2 + 1)];
}
function physicalAxis(axis2, rank, layout) {
  const a = axis2 < 0 ? axis2 + rank : axis2;
  return layout === "nhwc" ? toNhwc(rank).indexOf(a) : a;
}
function physicalShape(shape, layout) {
  return layout === "nhwc" ? toNhwc(shape.length).map((a) => shape[a]) : [...shape];
}
function keepsMemoryOrder(shape, perm) {
  const moved = perm.filter((a) => shape[a] !== 1);
  return moved.every((a, i2) => i2 === 0 || a > moved[i2 - 1]);
}
var isIdentity = (perm) => perm.every((p, i2) => p === i2);

// src/onnx/convert/nd.ts
var MAX_ELEMENTS = 1 << 26;
function checkedSize(dims) {
  const n = prod(dims);
  if (!dims.every((d) => Number.isSafeInteger(d) && d >= 0) || n > MAX_ELEMENTS) throw new RangeError(`a constant of shape [${dims.join(", ")}] cannot be computed (at most ${MAX_ELEMENTS} non-negative-sized elements)`);
  return n;
}
function makeConst(dims, dtype, values) {
  checkedSize(dims);
  return { dims, dtype, data: isFloatType(dtype) ? Float32Array.from(values) : Float64Array.from(values) };
}
function broadcastIndex(dims, outDims) {
  const rank = outDims.length;
  const padded = [...Array(rank - dims.length).fill(1), ...dims];
  const inStrides = stridesOf(padded);
  const outStrides = stridesOf(outDims);
  return (flat) => {
    let src = 0;
    for (let d = 0; d < rank; d++) {
      const i2 = Math.floor(flat / outStrides[d]) % outDims[d];
      if (padded[d] !== 1) src += i2 * inStrides[d];
    }
    return src;
  };
}
function broadcastTo(c, dims) {
  if (c.dims.length === dims.length && c.dims.every((d, i2) => d === dims[i2])) return c;
  const n = checkedSize(dims);
  const index2 = broadcastIndex(c.dims, dims);
  const out = isFloatType(c.dtype) ? new Float32Array(n) : new Float64Array(n);
  for (let i2 = 0; i2 < n; i2++) out[i2] = c.data[index2(i2)];
  return { dims, dtype: c.dtype, data: out };
}
function elementwise2(args, f, dtype) {
  const dims = args.map((a) => a.dims).reduce((a, b) => broadcastShape(a, b));
  const n = checkedSize(dims);
  const full = args.map((a) => broadcastTo(a, dims).data);
  const values = new Float64Array(n);
  for (let i2 = 0; i2 < n; i2++) values[i2] = f(...full.map((d) => d[i2]));
  return makeConst(dims, dtype ?? args[0].dtype, values);
}
function permute64(data, dims, perm) {
  const outDims = perm.map((p) => dims[p]);
  const inStrides = stridesOf(dims);
  const outStrides = stridesOf(outDims);
  const out = new Float64Array(data.length);
  for (let i2 = 0; i2 < out.length; i2++) {
    let src = 0;
    for (let d = 0; d < perm.length; d++) src += Math.floor(i2 / outStrides[d]) % outDims[d] * inStrides[perm[d]];
    out[i2] = data[src];
  }
  return out;
}
function transposeConst(c, perm) {
  const data = c.data instanceof Float32Array ? permuteData(c.data, c.dims, perm) : permute64(c.data, c.dims, perm);
  return { dims: perm.map((p) => c.dims[p]), dtype: c.dtype, data };
}
function reshapeConst(c, dims) {
  return { dims, dtype: c.dtype, data: c.data };
}
function pick(c, perAxis) {
  const dims = perAxis.map((l) => l.length);
  const strides = stridesOf(c.dims);
  const n = checkedSize(dims);
  const out = isFloatType(c.dtype) ? new Float32Array(n) : new Float64Array(n);
  const outStrides = stridesOf(dims);
  for (let i2 = 0; i2 < n; i2++) {
    let src = 0;
    for (let d = 0; d < dims.length; d++) src += perAxis[d][Math.floor(i2 / outStrides[d]) % dims[d]] * strides[d];
    out[i2] = c.data[src];
  }
  return { dims, dtype: c.dtype, data: out };
}
function resolveSlice(dims, starts, ends, axes2, steps) {
  const spec = { begin: dims.map(() => 0), end: [...dims], step: dims.map(() => 1) };
  axes2.forEach((a0, k) => {
    const a = a0 < 0 ? a0 + dims.length : a0;
    const size = dims[a];
    const step2 = steps[k] ?? 1;
    const norm = (v) => v < 0 ? v + size : v;
    const clampHi = step2 > 0 ? size : size - 1;
    const clampLo = step2 > 0 ? 0 : -1;
    spec.begin[a] = Math.min(Math.max(norm(starts[k]), 0), clampHi);
    spec.end[a] = Math.min(Math.max(norm(ends[k]), clampLo), step2 > 0 ? size : size - 1);
    spec.step[a] = step2;
  });
  return spec;
}
function sliceLength(begin, end, step2) {
  return Math.max(0, Math.ceil((end - begin) / step2));
}
function sliceConst(c, s) {
  return pick(c, c.dims.map((_, a) => Array.from({ length: sliceLength(s.begin[a], s.end[a], s.step[a]) }, (_v, i2) => s.begin[a] + i2 * s.step[a])));
}
function gatherConst(c, indices, axis2) {
  const size = c.dims[axis2];
  const list = Array.from(indices.data, (i2) => i2 < 0 ? i2 + size : i2);
  const picked = pick(c, c.dims.map((d, a) => a === axis2 ? list : [...Array(d).keys()]));
  const dims = [...c.dims.slice(0, axis2), ...indices.dims, ...c.dims.slice(axis2 + 1)];
  return { ...picked, dims };
}
function concatConst(cs, axis2) {
  const dims = [...cs[0].dims];
  dims[axis2] = cs.reduce((s, c) => s + c.dims[axis2], 0);
  checkedSize(dims);
  const outer = prod(dims.slice(0, axis2));
  const values = [];
  for (let o = 0; o < outer; o++) {
    for (const c of cs) {
      const block = prod(c.dims.slice(axis2));
      for (let i2 = 0; i2 < block; i2++) values.push(c.data[o * block + i2]);
    }
  }
  return makeConst(dims, cs[0].dtype, values);
}

// src/onnx/convert/broadcast.ts
function broadcastOperands(ctx, inputs) {
  const shapes = inputs.map((i2) => ctx.shape(i2));
  const shape = shapes.reduce((a, b) => broadcastShape(a, b));
  const rank = shape.length;
  const nhwc = rank >= 3 && inputs.some((i2) => !ctx.value(i2).const && ctx.shape(i2).length === rank && ctx.layoutOf(i2) === "nhwc");
  if (!nhwc) return { ids: inputs.map((i2) => ctx.tensor(i2, "plain")), shape, layout: "plain" };
  const ids = inputs.map((i2, k) => {
    const v = ctx.value(i2);
    const s = shapes[k];
    if (s.length === rank) return ctx.tensor(i2, "nhwc");
    const padded = [...Array(rank - s.length).fill(1), ...s];
    if (v.const) {
      if (v.const.data.length === 1) return ctx.tensor(i2, "plain");
      return ctx.constant(`${ctx.node.name}/${k}/nhwc`, transposeConst(reshapeConst(v.const, padded), toNhwc(rank)));
    }
    const lifted = ctx.temp("RESHAPE", [ctx.tensor(i2, "plain"), ctx.constInt(`${k}/rank${rank}/shape`, padded)], padded, `${k}/rank${rank}`, void 0, ctx.builder.tensor(ctx.tensor(i2, "plain")).dtype);
    return ctx.tensorOf({ shape: padded, dtype: v.dtype, ids: { plain: lifted } }, `${ctx.node.name}/${k}`, "nhwc");
  });
  return { ids, shape, layout: "nhwc" };
}

// src/onnx/convert/elementwise.ts
var ARITH = {
  Add: ["ADD", (a, b) => a + b],
  Sum: ["ADD", (a, b) => a + b],
  Sub: ["SUB", (a, b) => a - b],
  Mul: ["MUL", (a, b) => a * b],
  Div: ["DIV", (a, b) => a / b],
  Pow: ["POW", (a, b) => a ** b],
  Max: ["MAXIMUM", Math.max],
  Min: ["MINIMUM", Math.min],
  Mod: ["FLOOR_MOD", (a, b) => a - Math.floor(a / b) * b]
};
var COMPARE = {
  Equal: ["EQUAL", (a, b) => a === b],
  Greater: ["GREATER", (a, b) => a > b],
  GreaterOrEqual: ["GREATER_EQUAL", (a, b) => a >= b],
  Less: ["LESS", (a, b) => a < b],
  LessOrEqual: ["LESS_EQUAL", (a, b) => a <= b],
  And: ["LOGICAL_AND", (a, b) => !!a && !!b],
  Or: ["LOGICAL_OR", (a, b) => !!a || !!b]
};
var FUSED = /* @__PURE__ */ new Set(["ADD", "SUB", "MUL", "DIV"]);
function foldArith(ctx) {
  const [, f] = ARITH[ctx.node.opType];
  const args = ctx.node.inputs.map((_, i2) => ctx.constOf(i2));
  const integer = !isFloatType(args[0].dtype);
  const g = ctx.node.opType === "Div" && integer ? (a, b) => Math.trunc(a / b) : f;
  const fmod = ctx.node.opType === "Mod" && ctx.attr("fmod", 0) === 1 ? (a, b) => a % b : g;
  return [args.reduce((a, b) => elementwise2([a, b], fmod))];
}
function divisorAsFactor(ctx) {
  const c = ctx.constOf(1);
  if (ctx.node.opType !== "Div" || !c || !isFloatType(c.dtype) || c.data.some((v) => v === 0)) return false;
  const name = `${ctx.node.name}/reciprocal`;
  ctx.values.set(name, { shape: c.dims, dtype: c.dtype, const: { ...c, data: Float32Array.from(c.data, (v) => 1 / v) }, ids: {} });
  ctx.node = { ...ctx.node, inputs: [ctx.node.inputs[0], name] };
  return true;
}
function emitArith(ctx) {
  const type = divisorAsFactor(ctx) ? "MUL" : ARITH[ctx.node.opType][0];
  const all = ctx.node.inputs;
  if (all.length === 1) ctx.alias(0, 0);
  for (let i2 = 1; i2 < all.length; i2++) {
    if (i2 > 1) ctx.node = { ...ctx.node, inputs: [ctx.node.outputs[0], all[i2]] };
    const { ids, shape, layout } = broadcastOperands(ctx, [0, 1]);
    ctx.emit(type, ids, shape, layout, FUSED.has(type) ? { fused_activation_function: "NONE" } : void 0, ctx.value(0).dtype);
  }
}
var arithmetic = {
  ops: Object.keys(ARITH),
  check: (node) => node.inputs.length < 2 && node.opType !== "Sum" ? `${node.opType} needs two operands` : void 0,
  fold: foldArith,
  emit: emitArith
};
var comparison2 = {
  ops: Object.keys(COMPARE),
  fold: (ctx) => {
    const [, f] = COMPARE[ctx.node.opType];
    return [elementwise2([ctx.constOf(0), ctx.constOf(1)], (a, b) => f(a, b) ? 1 : 0, "bool")];
  },
  emit: (ctx) => {
    const { ids, shape, layout } = broadcastOperands(ctx, [0, 1]);
    ctx.emit(COMPARE[ctx.node.opType][0], ids, shape, layout, void 0, "bool");
  }
};
var where = {
  ops: ["Where"],
  fold: (ctx) => [elementwise2([ctx.constOf(0), ctx.constOf(1), ctx.constOf(2)], (c, x2, y) => c ? x2 : y, ctx.value(1).dtype)],
  emit: (ctx) => {
    const { ids, shape, layout } = broadcastOperands(ctx, [0, 1, 2]);
    ctx.emit("SELECT_V2", ids, shape, layout, void 0, ctx.value(1).dtype);
  }
};
var UNARY = {
  Sqrt: ["SQRT", Math.sqrt],
  Exp: ["EXP", Math.exp],
  Log: ["LOG", Math.log],
  Abs: ["ABS", Math.abs],
  Neg: ["NEG", (a) => -a],
  Floor: ["FLOOR", Math.floor],
  Ceil: ["CEIL", Math.ceil],
  Sin: ["SIN", Math.sin],
  Cos: ["COS", Math.cos],
  Not: ["LOGICAL_NOT", (a) => a ? 0 : 1],
  Sign: ["SIGN", Math.sign],
  Round: ["ROUND", (a) => a - Math.floor(a) === 0.5 ? 2 * Math.round(a / 2) : Math.round(a)]
};
function emitUnary(ctx, type, options, dtype) {
  const layout = ctx.layoutOf(0);
  return ctx.emit(type, [ctx.tensor(0, layout)], ctx.shape(0), layout, options, dtype ?? ctx.value(0).dtype);
}
var unary2 = {
  ops: [...Object.keys(UNARY), "Reciprocal"],
  fold: (ctx) => {
    const f = ctx.node.opType === "Reciprocal" ? (a) => 1 / a : UNARY[ctx.node.opType][1];
    return [elementwise2([ctx.constOf(0)], f)];
  },
  emit: (ctx) => {
    if (ctx.node.opType !== "Reciprocal") {
      emitUnary(ctx, UNARY[ctx.node.opType][0]);
      return;
    }
    const layout = ctx.layoutOf(0);
    ctx.emit("DIV", [ctx.constFloat("one", [], [1]), ctx.tensor(0, layout)], ctx.shape(0), layout, { fused_activation_function: "NONE" });
  }
};
var elementwiseHandlers = [arithmetic, comparison2, where, unary2];

// src/onnx/convert/activations.ts
var SIMPLE = { Relu: "RELU", Sigmoid: "LOGISTIC", Tanh: "TANH", HardSwish: "HARD_SWISH" };
var SIMPLE_FOLD = {
  Relu: (x2) => Math.max(0, x2),
  Sigmoid: (x2) => 1 / (1 + Math.exp(-x2)),
  Tanh: Math.tanh,
  HardSwish: (x2) => x2 * Math.min(Math.max(x2 + 3, 0), 6) / 6
};
var simple2 = {
  ops: Object.keys(SIMPLE),
  fold: (ctx) => [elementwise2([ctx.constOf(0)], SIMPLE_FOLD[ctx.node.opType])],
  emit: (ctx) => void emitUnary(ctx, SIMPLE[ctx.node.opType])
};
function scalarOp(ctx, type, x2, value, suffix) {
  const layout = ctx.layoutOf(0);
  const opts = type === "MUL" || type === "ADD" ? { fused_activation_function: "NONE" } : void 0;
  return ctx.temp(type, [x2, ctx.constFloat(`${suffix}/y`, [], [value])], physicalShape(ctx.shape(0), layout), suffix, opts);
}
function finish(ctx, type, x2, value) {
  const layout = ctx.layoutOf(0);
  const opts = type === "MUL" || type === "ADD" ? { fused_activation_function: "NONE" } : void 0;
  ctx.emit(type, [x2, ctx.constFloat(`${type.toLowerCase()}/y`, [], [value])], ctx.shape(0), layout, opts);
}
var CLIP_OPS = [[0, Infinity, "RELU"], [0, 6, "RELU6"], [-1, 1, "RELU_N1_TO_1"]];
function clipBounds(ctx) {
  if (ctx.opset < 11) return [ctx.attr("min", -Infinity), ctx.attr("max", Infinity)];
  const low = ctx.has(1) ? ctx.requireConst(1, "the Clip minimum").data[0] : -Infinity;
  const high = ctx.has(2) ? ctx.requireConst(2, "the Clip maximum").data[0] : Infinity;
  return [low, high];
}
var clip = {
  ops: ["Clip"],
  fold: (ctx) => {
    const [lo, hi] = clipBounds(ctx);
    return [elementwise2([ctx.constOf(0)], (x2) => Math.min(Math.max(x2, lo), hi))];
  },
  emit: (ctx) => {
    const [lo, hi] = clipBounds(ctx);
    const known = CLIP_OPS.find(([a, b]) => a === lo && b === hi);
    if (known) return void emitUnary(ctx, known[2]);
    const x2 = ctx.tensor(0, ctx.layoutOf(0));
    if (hi === Infinity) return finish(ctx, "MAXIMUM", x2, lo);
    if (lo === -Infinity) return finish(ctx, "MINIMUM", x2, hi);
    finish(ctx, "MINIMUM", scalarOp(ctx, "MAXIMUM", x2, lo, "Maximum"), hi);
  }
};
var leakyRelu2 = {
  ops: ["LeakyRelu"],
  emit: (ctx) => void emitUnary(ctx, "LEAKY_RELU", { alpha: ctx.attr("alpha", 0.01) })
};
var elu2 = {
  ops: ["Elu"],
  check: (node) => (node.attrs.alpha ?? 1) !== 1 ? `Elu alpha ${String(node.attrs.alpha)} is not supported (1 is)` : void 0,
  emit: (ctx) => void emitUnary(ctx, "ELU")
};
var prelu2 = {
  ops: ["PRelu"],
  emit: (ctx) => {
    const { ids, layout } = broadcastOperands(ctx, [0, 1]);
    ctx.emit("PRELU", ids, ctx.shape(0), layout);
  }
};
var hardSigmoid2 = {
  ops: ["HardSigmoid"],
  emit: (ctx) => {
    const x2 = ctx.tensor(0, ctx.layoutOf(0));
    const scaled = scalarOp(ctx, "MUL", x2, ctx.attr("alpha", 0.2), "mul");
    const shifted = scalarOp(ctx, "ADD", scaled, ctx.attr("beta", 0.5), "add");
    finish(ctx, "MINIMUM", scalarOp(ctx, "MAXIMUM", shifted, 0, "Maximum"), 1);
  }
};
var gelu = {
  ops: ["Gelu"],
  emit: (ctx) => void emitUnary(ctx, "GELU", { approximate: ctx.attr("approximate", "none") === "tanh" })
};
function softmaxLike(type) {
  return {
    ops: [type === "SOFTMAX" ? "Softmax" : "LogSoftmax"],
    check: (node, opset) => opset < 13 && node.attrs.axis !== void 0 && node.attrs.axis !== -1 ? "Softmax before opset 13 with an axis other than the last is not supported" : void 0,
    emit: (ctx) => {
      const shape = ctx.shape(0);
      const rank = shape.length;
      const axis2 = ctx.attr("axis", ctx.opset < 13 ? 1 : -1);
      const options = type === "SOFTMAX" ? { beta: 1 } : void 0;
      const layouts = [ctx.layoutOf(0), ctx.layoutOf(0) === "plain" ? "nhwc" : "plain"];
      const fits = layouts.find((l) => physicalAxis(axis2, rank, l) === rank - 1);
      if (fits) return void ctx.emit(type, [ctx.tensor(0, fits)], shape, fits, options);
      const a = axis2 < 0 ? axis2 + rank : axis2;
      const perm = [...Array(rank).keys()].filter((d) => d !== a).concat(a);
      const inverse = perm.map((_, i2) => perm.indexOf(i2));
      const moved = ctx.temp("TRANSPOSE", [ctx.tensor(0), ctx.constInt("perm", perm)], perm.map((p) => shape[p]), "transpose");
      const y = ctx.temp(type, [moved], perm.map((p) => shape[p]), "softmax", options);
      ctx.emit("TRANSPOSE", [y, ctx.constInt("perm_back", inverse)], shape, "plain");
    }
  };
}
var activationHandlers = [simple2, clip, leakyRelu2, elu2, prelu2, hardSigmoid2, gelu, softmaxLike("SOFTMAX"), softmaxLike("LOG_SOFTMAX")];

// src/onnx/convert/constants.ts
function constantValue(ctx) {
  const a = ctx.node.attrs;
  if (typeof a.value === "object" && !Array.isArray(a.value)) return a.value;
  if (typeof a.value_float === "number") return makeConst([], "float32", [a.value_float]);
  if (typeof a.value_int === "number") return makeConst([], "int64", [a.value_int]);
  if (Array.isArray(a.value_floats)) return makeConst([a.value_floats.length], "float32", a.value_floats);
  if (Array.isArray(a.value_ints)) return makeConst([a.value_ints.length], "int64", a.value_ints);
  throw new GateError("unsupported", "a Constant without a tensor, float or int value is not supported", { where: ctx.where });
}
var constant = { ops: ["Constant"], fold: (ctx) => [constantValue(ctx)], emit: (ctx) => ctx.defineConst(0, constantValue(ctx)) };
function constantOfShape(ctx) {
  const dims = Array.from(ctx.requireConst(0, "the shape").data);
  const value = ctx.node.attrs.value;
  return makeConst(dims, value?.dtype ?? "float32", new Float64Array(checkedSize(dims)).fill(value?.data[0] ?? 0));
}
var constantOfShapeOp = { ops: ["ConstantOfShape"], fold: (ctx) => [constantOfShape(ctx)], emit: (ctx) => ctx.defineConst(0, constantOfShape(ctx)) };
function range(ctx) {
  const [start, limit, delta] = [0, 1, 2].map((i2) => ctx.requireConst(i2, ["start", "limit", "delta"][i2]).data[0]);
  const n = checkedSize([Math.max(Math.ceil((limit - start) / delta), 0)]);
  return makeConst([n], ctx.value(0).dtype, Array.from({ length: n }, (_, i2) => start + i2 * delta));
}
var rangeOp = { ops: ["Range"], fold: (ctx) => [range(ctx)], emit: (ctx) => ctx.defineConst(0, range(ctx)) };
var identity2 = {
  ops: ["Identity", "Dropout"],
  check: (node) => node.opType === "Dropout" && node.outputs.filter(Boolean).length > 1 ? "the Dropout mask output is not supported" : void 0,
  emit: (ctx) => ctx.alias(0, 0)
};
var cast = {
  ops: ["Cast"],
  fold: (ctx) => {
    const to = onnxDType(ctx.attr("to", 1), ctx.where);
    const round = isFloatType(to) ? (x2) => x2 : to === "bool" ? (x2) => x2 ? 1 : 0 : Math.trunc;
    return [elementwise2([ctx.constOf(0)], round, to)];
  },
  emit: (ctx) => {
    const to = onnxDType(ctx.attr("to", 1), ctx.where);
    const from = ctx.value(0).dtype;
    const same3 = isFloatType(to) && isFloatType(from) || !isFloatType(to) && to !== "bool" && !isFloatType(from) && from !== "bool";
    if (same3) {
      ctx.define(0, { ...ctx.value(0), dtype: to });
      return;
    }
    const layout = ctx.layoutOf(0);
    ctx.emit("CAST", [ctx.tensor(0, layout)], ctx.shape(0), layout, void 0, to);
  }
};
var constantHandlers = [constant, constantOfShapeOp, rangeOp, identity2, cast];

// src/onnx/convert/padding.ts
var effective = (k, d) => (k - 1) * d + 1;
function samePads2(size, k, s, d, lower) {
  const out = Math.ceil(size / s);
  const total = Math.max((out - 1) * s + effective(k, d) - size, 0);
  const small = Math.floor(total / 2);
  return lower ? [total - small, small] : [small, total - small];
}
function windowOf(node, spatial, kernel) {
  const n = spatial.length;
  const strides = node.attrs.strides ?? Array(n).fill(1);
  const dilations = node.attrs.dilations ?? Array(n).fill(1);
  const autoPad = node.attrs.auto_pad ?? "NOTSET";
  let pads = node.attrs.pads ?? Array(2 * n).fill(0);
  if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") {
    const each = spatial.map((s, i2) => samePads2(s, kernel[i2], strides[i2], dilations[i2], autoPad === "SAME_LOWER"));
    pads = [...each.map((p) => p[0]), ...each.map((p) => p[1])];
  } else if (autoPad === "VALID") pads = Array(2 * n).fill(0);
  const ceil = node.attrs.ceil_mode === 1;
  const out = spatial.map((s, i2) => {
    const span = s + pads[i2] + pads[n + i2] - effective(kernel[i2], dilations[i2]);
    let o = (ceil ? Math.ceil(span / strides[i2]) : Math.floor(span / strides[i2])) + 1;
    if (ceil && (o - 1) * strides[i2] >= s + pads[i2]) o--;
    return o;
  });
  const ends = spatial.map((s, i2) => Math.max(pads[n + i2], (out[i2] - 1) * strides[i2] + effective(kernel[i2], dilations[i2]) - s - pads[i2]));
  pads = [...pads.slice(0, n), ...ends];
  const same3 = spatial.every((s, i2) => {
    const [b, e] = samePads2(s, kernel[i2], strides[i2], dilations[i2], false);
    return b === pads[i2] && e === pads[n + i2] && Math.ceil(s / strides[i2]) === out[i2];
  });
  const padding2 = pads.every((p) => p === 0) ? "VALID" : same3 ? "SAME" : "EXPLICIT";
  return { kernel, strides, dilations, pads, out, padding: padding2 };
}
function nhwcPaddings(w) {
  const n = w.kernel.length;
  return [0, 0, ...w.kernel.flatMap((_, i2) => [w.pads[i2], w.pads[n + i2]]), 0, 0];
}
function checkWindow(node) {
  const autoPad = node.attrs.auto_pad ?? "NOTSET";
  if (!["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"].includes(autoPad)) return `auto_pad "${autoPad}" is not supported`;
  return void 0;
}

// src/onnx/convert/lift1d.ts
var WINDOW = ["kernel_shape", "strides", "dilations", "output_padding"];
function liftAttrs(attrs) {
  const out = { ...attrs };
  for (const key2 of WINDOW) if (Array.isArray(attrs[key2])) out[key2] = [1, ...attrs[key2]];
  if (Array.isArray(attrs.pads)) out.pads = [0, attrs.pads[0], 0, attrs.pads[1]];
  return out;
}
function withLift1d(ctx, emit2d) {
  const node = ctx.node;
  const v = ctx.value(0);
  if (v.shape.length !== 3) return emit2d(ctx);
  const [n, c, l] = v.shape;
  const x2 = ctx.temp("RESHAPE", [ctx.tensor(0, "nhwc"), ctx.constInt("as2d/shape", [n, 1, l, c])], [n, 1, l, c], "as2d");
  const input = ctx.define(`${node.name}/as2d`, { shape: [n, c, 1, l], dtype: v.dtype, ids: { nhwc: x2 } });
  const weight2 = ctx.constOf(1);
  const inputs = [input, ...node.inputs.slice(1)];
  if (weight2 && weight2.dims.length === 3) inputs[1] = ctx.tempConst("weight2d", reshapeConst(weight2, [weight2.dims[0], weight2.dims[1], 1, weight2.dims[2]]));
  const out2d = `${node.name}/out2d`;
  ctx.node = { ...node, inputs, outputs: [out2d], attrs: liftAttrs(node.attrs) };
  try {
    emit2d(ctx);
  } finally {
    ctx.node = node;
  }
  const y = ctx.values.get(out2d);
  const [, o, , l2] = y.shape;
  ctx.emit("RESHAPE", [ctx.tensorOf(y, out2d, "nhwc"), ctx.constInt("as1d/shape", [n, l2, o])], [n, o, l2], "nhwc");
}

// src/onnx/convert/conv.ts
function checkRank(node, what) {
  return node.inputs.length < 2 ? `${what} needs a weight input` : void 0;
}
function paddedInput(ctx, w) {
  const x2 = ctx.tensor(0, "nhwc");
  if (w.padding !== "EXPLICIT") return x2;
  const s = physicalShape(ctx.shape(0), "nhwc");
  const p = nhwcPaddings(w);
  const shape = s.map((d, i2) => d + p[2 * i2] + p[2 * i2 + 1]);
  return ctx.temp("PAD", [x2, ctx.constInt("pads", p, [4, 2])], shape, "Pad");
}
function bias(ctx, index2, channels) {
  const b = ctx.has(index2) ? ctx.requireConst(index2, "the bias") : makeConst([channels], "float32", new Float32Array(channels));
  return ctx.constant(`${ctx.node.name}/bias`, b);
}
function emitConv(ctx) {
  const x2 = ctx.shape(0);
  if (x2.length !== 4) ctx.fail(`Conv on a rank-${x2.length} input is not supported (1-D and 2-D convolutions are)`);
  const weight2 = ctx.requireConst(1, "the Conv weight");
  const [outC, perGroup, kh, kw] = weight2.dims;
  const group = ctx.attr("group", 1);
  const w = windowOf(ctx.node, x2.slice(2), [kh, kw]);
  const input = paddedInput(ctx, w);
  const options = {
    padding: w.padding === "SAME" ? "SAME" : "VALID",
    stride_h: w.strides[0],
    stride_w: w.strides[1],
    dilation_h_factor: w.dilations[0],
    dilation_w_factor: w.dilations[1],
    fused_activation_function: "NONE"
  };
  const shape = [x2[0], outC, w.out[0], w.out[1]];
  if (group > 1 && perGroup === 1 && group === x2[1]) {
    const filter2 = ctx.constant(`${ctx.node.name}/depthwise`, transposeConst(weight2, [1, 2, 3, 0]));
    ctx.emit("DEPTHWISE_CONV_2D", [input, filter2, bias(ctx, 2, outC)], shape, "nhwc", { ...options, depth_multiplier: outC / group });
    return;
  }
  if (perGroup * group !== x2[1]) ctx.fail(`weight [${weight2.dims.join(", ")}] with group ${group} does not fit ${x2[1]} input channels`);
  const filter = ctx.constant(`${ctx.node.name}/filter`, transposeConst(weight2, [0, 2, 3, 1]));
  ctx.emit("CONV_2D", [input, filter, bias(ctx, 2, outC)], shape, "nhwc", options);
}
var conv2 = {
  ops: ["Conv"],
  check: (node) => checkWindow(node) ?? checkRank(node, "Conv"),
  emit: (ctx) => withLift1d(ctx, emitConv)
};
function emitConvTranspose(ctx) {
  const x2 = ctx.shape(0);
  if (x2.length !== 4) ctx.fail(`ConvTranspose on a rank-${x2.length} input is not supported (1-D and 2-D are)`);
  const weight2 = ctx.requireConst(1, "the ConvTranspose weight");
  const [, outC, kh, kw] = weight2.dims;
  const strides = ctx.attr("strides", [1, 1]);
  const pads = ctx.attr("pads", [0, 0, 0, 0]);
  const outPad = ctx.attr("output_padding", [0, 0]);
  const full = [0, 1].map((i2) => (x2[2 + i2] - 1) * strides[i2] + [kh, kw][i2]);
  const out = [0, 1].map((i2) => full[i2] - pads[i2] - pads[2 + i2] + outPad[i2]);
  if ([0, 1].some((i2) => pads[i2] + out[i2] > full[i2])) ctx.fail("output_padding beyond the end pad is not supported");
  const filter = ctx.constant(`${ctx.node.name}/filter`, transposeConst(weight2, [1, 2, 3, 0]));
  const fullShape = [x2[0], full[0], full[1], outC];
  const options = { padding: "VALID", stride_h: strides[0], stride_w: strides[1], fused_activation_function: "NONE" };
  const shape = [x2[0], outC, out[0], out[1]];
  const inputs = [ctx.constInt("output_shape", fullShape), filter, ctx.tensor(0, "nhwc"), bias(ctx, 2, outC)];
  if (out[0] === full[0] && out[1] === full[1]) return void ctx.emit("TRANSPOSE_CONV", inputs, shape, "nhwc", options);
  const y = ctx.temp("TRANSPOSE_CONV", inputs, fullShape, "full", options);
  ctx.emit("SLICE", [y, ctx.constInt("begin", [0, pads[0], pads[1], 0]), ctx.constInt("size", [-1, out[0], out[1], -1])], shape, "nhwc");
}
var convTranspose2 = {
  ops: ["ConvTranspose"],
  check: (node) => {
    if ((node.attrs.group ?? 1) !== 1) return "grouped ConvTranspose is not supported";
    if ((node.attrs.dilations ?? []).some((d) => d !== 1)) return "dilated ConvTranspose is not supported";
    if (node.attrs.output_shape !== void 0 || (node.attrs.auto_pad ?? "NOTSET") !== "NOTSET") return "ConvTranspose with output_shape or auto_pad is not supported (explicit pads are)";
    return checkRank(node, "ConvTranspose");
  },
  emit: (ctx) => withLift1d(ctx, emitConvTranspose)
};
var convHandlers = [conv2, convTranspose2];

// src/onnx/convert/erf.ts
var P = 0.3275911;
var A = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429];
function erf(x2) {
  const t = 1 / (1 + P * Math.abs(x2));
  const poly = A.reduceRight((acc, a) => a + t * acc, 0) * t;
  return Math.sign(x2) * (1 - poly * Math.exp(-x2 * x2));
}
function emitErf(ctx) {
  const layout = ctx.layoutOf(0);
  const shape = physicalShape(ctx.shape(0), layout);
  const none = { fused_activation_function: "NONE" };
  const k = (name, v) => ctx.constFloat(name, [], [v]);
  const op = (type, inputs, suffix, options) => ctx.temp(type, inputs, shape, suffix, options);
  const x2 = ctx.tensor(0, layout);
  const a = op("ABS", [x2], "abs");
  const t = op("DIV", [k("one", 1), op("ADD", [op("MUL", [a, k("p", P)], "pa", none), k("one_1", 1)], "denominator", none)], "t", none);
  let poly = k("a5", A[4]);
  for (let i2 = 3; i2 >= 0; i2--) poly = op("ADD", [op("MUL", [poly, t], `horner${i2}`, none), k(`a${i2 + 1}`, A[i2])], `poly${i2}`, none);
  const tail = op("MUL", [op("MUL", [poly, t], "poly_t", none), op("EXP", [op("NEG", [op("MUL", [a, a], "square", none)], "neg")], "exp")], "tail", none);
  const magnitude = op("SUB", [k("one_2", 1), tail], "magnitude", none);
  ctx.emit("MUL", [op("SIGN", [x2], "sign"), magnitude], ctx.shape(0), layout, none);
}
var erfHandlers = [{ ops: ["Erf"], fold: (ctx) => [elementwise2([ctx.constOf(0)], erf)], emit: emitErf }];

// src/onnx/convert/matmul.ts
var NONE2 = { fused_activation_function: "NONE" };
function fullyConnected(ctx, a, weight2, bias2, outShape, keep, out = 0) {
  const features = ctx.builder.tensor(a).shape.at(-1);
  if (weight2.dims.length !== 2 || features !== weight2.dims[1]) ctx.fail(`an input of ${features} features does not fit the weight [${weight2.dims.join(", ")}]`);
  const w = ctx.constant(`${ctx.node.name}/weights`, weight2);
  return ctx.emit("FULLY_CONNECTED", [a, w, bias2], outShape, "plain", { ...NONE2, keep_num_dims: keep }, "float32", out);
}
function permuteColumns(weight2, order) {
  const [n, k] = weight2.dims;
  const data = new Float32Array(n * k);
  for (let r = 0; r < n; r++) for (let j = 0; j < k; j++) data[r * k + j] = weight2.data[r * k + order[j]];
  return { dims: weight2.dims, dtype: "float32", data };
}
function fcInput(ctx, weight2) {
  const flat = ctx.value(0).flat;
  return flat && ctx.value(0).ids.plain === void 0 ? [flat.id, permuteColumns(weight2, flat.order)] : [ctx.tensor(0), weight2];
}
function emitGemm(ctx) {
  const [m0, k0] = ctx.shape(0);
  const transA = ctx.attr("transA", 0) === 1;
  const transB = ctx.attr("transB", 0) === 1;
  const alpha = ctx.attr("alpha", 1);
  const beta = ctx.attr("beta", 1);
  const [m, k] = transA ? [k0, m0] : [m0, k0];
  const b = ctx.constOf(1);
  if (!b) return void emitBatchMatMul(ctx, { transA, transB, alpha, beta });
  const [input, weight2] = transA ? [ctx.tensor(0), transB ? b : transposeConst(b, [1, 0])] : fcInput(ctx, transB ? b : transposeConst(b, [1, 0]));
  const a = transA ? ctx.temp("TRANSPOSE", [input, ctx.constInt("perm", [1, 0])], [m, k], "transpose_a") : input;
  const n = weight2.dims[0];
  const scaled = alpha === 1 ? weight2 : elementwise2([weight2], (x2) => x2 * alpha);
  const c = ctx.constOf(2);
  const vectorBias = c && c.data.length === n || c?.data.length === 1;
  const biasData = vectorBias ? elementwise2([c], (x2) => x2 * beta).data : new Float32Array(n);
  const bias2 = ctx.constant(`${ctx.node.name}/bias`, makeConst([n], "float32", n === biasData.length ? biasData : new Float32Array(n).fill(biasData[0])));
  if (vectorBias || !ctx.has(2)) return void fullyConnected(ctx, a, scaled, bias2, [m, n], false);
  const y = fullyConnected(ctx, a, scaled, bias2, [m, n], false, `${ctx.node.name}/fc`);
  addC(ctx, y, [m, n], beta);
}
function addC(ctx, y, shape, beta) {
  let cId = ctx.tensor(2);
  if (beta !== 1) cId = ctx.temp("MUL", [cId, ctx.constFloat("beta", [], [beta])], ctx.shape(2), "beta", NONE2);
  ctx.emit("ADD", [y, cId], shape, "plain", NONE2);
}
function emitBatchMatMul(ctx, flags = { transA: false, transB: false, alpha: 1, beta: 1 }) {
  const sa = ctx.shape(0);
  const sb = ctx.shape(1);
  if (sa.length < 2 || sb.length < 2) ctx.fail("MatMul with a rank-1 operand is not supported");
  const rows = flags.transA ? sa.at(-1) : sa.at(-2);
  const cols = flags.transB ? sb.at(-2) : sb.at(-1);
  const inner = [flags.transA ? sa.at(-2) : sa.at(-1), flags.transB ? sb.at(-1) : sb.at(-2)];
  if (inner[0] !== inner[1]) ctx.fail(`operand shapes [${sa.join(", ")}] and [${sb.join(", ")}] do not multiply`);
  const shape = [...broadcastShape(sa.slice(0, -2), sb.slice(0, -2)), rows, cols];
  const options = { adj_x: flags.transA, adj_y: flags.transB, asymmetric_quantize_inputs: false };
  const simple3 = flags.alpha === 1 && !ctx.has(2);
  const y = ctx.emit("BATCH_MATMUL", [ctx.tensor(0), ctx.tensor(1)], shape, "plain", options, "float32", simple3 ? 0 : `${ctx.node.name}/matmul`);
  if (simple3) return;
  if (!ctx.has(2)) return void ctx.emit("MUL", [y, ctx.constFloat("alpha", [], [flags.alpha])], shape, "plain", NONE2);
  const scaled = flags.alpha === 1 ? y : ctx.temp("MUL", [y, ctx.constFloat("alpha", [], [flags.alpha])], shape, "alpha", NONE2);
  addC(ctx, scaled, shape, flags.beta);
}
var gemm = { ops: ["Gemm"], emit: emitGemm };
var matmul2 = {
  ops: ["MatMul"],
  emit: (ctx) => {
    const b = ctx.constOf(1);
    const sa = ctx.shape(0);
    if (!b || b.dims.length !== 2 || sa.length < 2) return void emitBatchMatMul(ctx);
    const n = b.dims[1];
    const bias2 = ctx.constant(`${ctx.node.name}/bias`, makeConst([n], "float32", new Float32Array(n)));
    const [input, weight2] = sa.length === 2 ? fcInput(ctx, transposeConst(b, [1, 0])) : [ctx.tensor(0), transposeConst(b, [1, 0])];
    fullyConnected(ctx, input, weight2, bias2, [...sa.slice(0, -1), n], sa.length > 2);
  }
};
var matmulHandlers = [gemm, matmul2];

// src/onnx/convert/normalization.ts
function step(ctx, type, a, b, name, last) {
  const { ids, shape, layout } = broadcastOperands(ctx, [a, b]);
  const opts = ["ADD", "SUB", "MUL", "DIV"].includes(type) ? { fused_activation_function: "NONE" } : void 0;
  const target = last ? 0 : `${ctx.node.name}/${name}`;
  ctx.emit(type, ids, shape, layout, opts, "float32", target);
  return last ? ctx.node.outputs[0] : target;
}
function perChannel3(ctx, i2, what) {
  const c = ctx.requireConst(i2, what);
  return c.data instanceof Float32Array ? c.data : Float32Array.from(c.data);
}
var batchNorm2 = {
  ops: ["BatchNormalization"],
  check: (node) => node.attrs.training_mode === 1 || node.outputs.filter(Boolean).length > 1 ? "BatchNormalization in training mode is not supported" : void 0,
  emit: (ctx) => {
    const [gamma, beta, mean, variance] = [1, 2, 3, 4].map((i2) => perChannel3(ctx, i2, ["scale", "bias", "mean", "var"][i2 - 1]));
    const eps = ctx.attr("epsilon", 1e-5);
    const channels = gamma.length;
    const scale = gamma.map((g, c) => g / Math.sqrt(variance[c] + eps));
    const shift = beta.map((b, c) => b - mean[c] * scale[c]);
    const dims = [channels, ...Array(Math.max(0, ctx.shape(0).length - 2)).fill(1)];
    const scaled = step(ctx, "MUL", 0, ctx.tempConst("scale", makeConst(dims, "float32", scale)), "mul", false);
    step(ctx, "ADD", scaled, ctx.tempConst("shift", makeConst(dims, "float32", shift)), "add", true);
  }
};
var layerNorm2 = {
  ops: ["LayerNormalization"],
  check: (node) => node.outputs.filter(Boolean).length > 1 ? "LayerNormalization mean / inv_std_dev outputs are not supported" : void 0,
  emit: (ctx) => {
    const shape = ctx.shape(0);
    const rank = shape.length;
    const first = ctx.attr("axis", -1) < 0 ? ctx.attr("axis", -1) + rank : ctx.attr("axis", -1);
    const axes2 = Array.from({ length: rank - first }, (_, i2) => first + i2);
    const reduced = shape.map((d, i2) => i2 >= first ? 1 : d);
    const x2 = ctx.tensor(0, "plain");
    const mean = ctx.temp("MEAN", [x2, ctx.constInt("axes", axes2)], reduced, "mean", { keep_dims: true });
    const sq = ctx.temp("SQUARED_DIFFERENCE", [x2, mean], shape, "squared_difference");
    const variance = ctx.temp("MEAN", [sq, ctx.constInt("axes_1", axes2)], reduced, "variance", { keep_dims: true });
    const eps = ctx.temp("ADD", [variance, ctx.constFloat("epsilon", [], [ctx.attr("epsilon", 1e-5)])], reduced, "add", { fused_activation_function: "NONE" });
    const inv = ctx.temp("RSQRT", [eps], reduced, "rsqrt");
    const centered = ctx.temp("SUB", [x2, mean], shape, "sub", { fused_activation_function: "NONE" });
    const normed = ctx.define(`${ctx.node.name}/normed`, { shape, dtype: "float32", ids: { plain: ctx.temp("MUL", [centered, inv], physicalShape(shape, "plain"), "normed", { fused_activation_function: "NONE" }) } });
    const scale = ctx.requireConst(1, "the scale");
    const bias2 = ctx.has(2) ? ctx.requireConst(2, "the bias") : void 0;
    if (!isFloatType(scale.dtype)) ctx.fail("a non-float scale is not supported");
    const scaled = step(ctx, "MUL", normed, 1, "scaled", !bias2);
    if (bias2) step(ctx, "ADD", scaled, 2, "shifted", true);
  }
};
var normalizationHandlers = [batchNorm2, layerNorm2];

// src/onnx/convert/pooling.ts
function emitPool(ctx) {
  const x2 = ctx.shape(0);
  if (x2.length !== 4) ctx.fail(`${ctx.node.opType} on a rank-${x2.length} input is not supported (1-D and 2-D pooling are)`);
  const max2 = ctx.node.opType === "MaxPool";
  const kernel = ctx.attr("kernel_shape", [1, 1]);
  const w = windowOf(ctx.node, x2.slice(2), kernel);
  let input = ctx.tensor(0, "nhwc");
  if (w.padding === "EXPLICIT") {
    if (!max2 && ctx.attr("count_include_pad", 0) !== 1) ctx.fail("average pooling with pads that exclude the padding from the count and are not TensorFlow SAME pads is not supported");
    if (!max2 && ctx.attr("ceil_mode", 0) === 1) ctx.fail("average pooling with ceil_mode and explicit pads is not supported");
    const p = nhwcPaddings(w);
    const shape = physicalShape(x2, "nhwc").map((d, i2) => d + p[2 * i2] + p[2 * i2 + 1]);
    const pads = ctx.constInt("pads", p, [4, 2]);
    input = max2 ? ctx.temp("PADV2", [input, pads, ctx.constFloat("pad_value", [], [-34028234663852886e22])], shape, "Pad") : ctx.temp("PAD", [input, pads], shape, "Pad");
  } else if (!max2 && w.padding === "SAME" && ctx.attr("count_include_pad", 0) === 1) {
    ctx.fail("average pooling that counts SAME padding is not supported");
  }
  ctx.emit(max2 ? "MAX_POOL_2D" : "AVERAGE_POOL_2D", [input], [x2[0], x2[1], w.out[0], w.out[1]], "nhwc", {
    padding: w.padding === "SAME" ? "SAME" : "VALID",
    stride_h: w.strides[0],
    stride_w: w.strides[1],
    filter_height: kernel[0],
    filter_width: kernel[1],
    fused_activation_function: "NONE"
  });
}
var pool = {
  ops: ["MaxPool", "AveragePool"],
  check: (node) => {
    if (node.outputs.length > 1 && node.outputs[1]) return "MaxPool indices output is not supported";
    if ((node.attrs.dilations ?? []).some((d) => d !== 1)) return "dilated pooling is not supported";
    return checkWindow(node);
  },
  emit: (ctx) => withLift1d(ctx, emitPool)
};
var globalPool = {
  ops: ["GlobalAveragePool", "GlobalMaxPool"],
  emit: (ctx) => {
    const x2 = ctx.shape(0);
    const rank = x2.length;
    if (rank < 3) ctx.fail(`${ctx.node.opType} needs a rank-3 or more input, got rank ${rank}`);
    const axes2 = Array.from({ length: rank - 2 }, (_, i2) => i2 + 1);
    const shape = [x2[0], x2[1], ...axes2.map(() => 1)];
    ctx.emit(ctx.node.opType === "GlobalAveragePool" ? "MEAN" : "REDUCE_MAX", [ctx.tensor(0, "nhwc"), ctx.constInt("axes", axes2)], shape, "nhwc", { keep_dims: true });
  }
};
var poolingHandlers = [pool, globalPool];

// src/onnx/convert/reduce.ts
var TYPES2 = { ReduceMean: "MEAN", ReduceMax: "REDUCE_MAX", ReduceMin: "REDUCE_MIN", ReduceSum: "SUM", ReduceProd: "REDUCE_PROD" };
function axesOf2(ctx, rank) {
  const fromInput = ctx.node.opType === "ReduceSum" ? ctx.opset >= 13 : ctx.opset >= 18;
  const given = fromInput ? ctx.has(1) ? Array.from(ctx.requireConst(1, "the axes").data) : [] : ctx.attr("axes", []);
  if (given.length === 0) return ctx.attr("noop_with_empty_axes", 0) === 1 ? void 0 : [...Array(rank).keys()];
  return given.map((a) => a < 0 ? a + rank : a).sort((a, b) => a - b);
}
function reduceLayout(ctx, axes2, keep) {
  const layout = ctx.layoutOf(0);
  if (layout === "plain" || keep) return layout;
  const left = toNhwc(ctx.shape(0).length).filter((a) => !axes2.includes(a));
  return left.every((a, i2) => i2 === 0 || a > left[i2 - 1]) ? "nhwc" : "plain";
}
var reduce = {
  ops: Object.keys(TYPES2),
  emit: (ctx) => {
    const input = ctx.shape(0);
    const rank = input.length;
    const axes2 = axesOf2(ctx, rank);
    if (!axes2) return ctx.alias(0, 0);
    const keep = ctx.attr("keepdims", 1) === 1;
    const layout = reduceLayout(ctx, axes2, keep);
    const shape = input.flatMap((d, i2) => axes2.includes(i2) ? keep ? [1] : [] : [d]);
    const physAxes = axes2.map((a) => physicalAxis(a, rank, layout)).sort((a, b) => a - b);
    const outLayout = keep ? layout : "plain";
    ctx.emit(TYPES2[ctx.node.opType], [ctx.tensor(0, layout), ctx.constInt("axes", physAxes)], shape, outLayout, { keep_dims: keep }, ctx.value(0).dtype);
  }
};
var reduceHandlers = [reduce];

// src/onnx/convert/resize.ts
function check2(node) {
  const mode = node.attrs.mode ?? "nearest";
  const coords = node.attrs.coordinate_transformation_mode ?? "half_pixel";
  if (mode === "nearest") {
    const rounding = node.attrs.nearest_mode ?? "round_prefer_floor";
    if (node.opType === "Resize" && (coords !== "asymmetric" || rounding !== "floor")) return `nearest resize with ${coords} coordinates and ${rounding} rounding is not supported (asymmetric + floor, PyTorch's "nearest", is)`;
    return void 0;
  }
  if (mode !== "linear" && mode !== "bilinear") return `resize mode "${mode}" is not supported (nearest and linear are)`;
  if (!["half_pixel", "pytorch_half_pixel", "align_corners", "asymmetric"].includes(coords)) return `linear resize with ${coords} coordinates is not supported`;
  return void 0;
}
function outputSize(ctx) {
  const input = ctx.shape(0);
  const sizesAt = ctx.node.opType === "Upsample" ? -1 : 3;
  if (sizesAt > 0 && ctx.has(sizesAt)) return Array.from(ctx.requireConst(sizesAt, "the sizes").data);
  const scales = ctx.node.opType === "Upsample" ? ctx.requireConst(1, "the scales") : ctx.requireConst(2, "the scales");
  return input.map((d, i2) => Math.floor(d * scales.data[i2]));
}
var resize = {
  ops: ["Resize", "Upsample"],
  check: check2,
  emit: (ctx) => {
    const input = ctx.shape(0);
    if (input.length !== 4) ctx.fail(`resizing a rank-${input.length} tensor is not supported (NCHW images are)`);
    const out = outputSize(ctx);
    if (out[0] !== input[0] || out[1] !== input[1]) ctx.fail("resizing the batch or channel axis is not supported");
    const nearest = ctx.attr("mode", "nearest") === "nearest";
    const coords = ctx.attr("coordinate_transformation_mode", ctx.node.opType === "Upsample" ? "asymmetric" : "half_pixel");
    const options = { align_corners: coords === "align_corners", half_pixel_centers: !nearest && (coords === "half_pixel" || coords === "pytorch_half_pixel") };
    const size = ctx.constInt("size", [out[2], out[3]]);
    ctx.emit(nearest ? "RESIZE_NEAREST_NEIGHBOR" : "RESIZE_BILINEAR", [ctx.tensor(0, "nhwc"), size], out, "nhwc", options);
  }
};
var resizeHandlers = [resize];

// src/onnx/convert/shape.ts
function reshapeTarget(ctx, spec) {
  const input = ctx.shape(0);
  const allowZero = ctx.attr("allowzero", 0) === 1;
  const dims = spec.map((d, i2) => d === 0 && !allowZero ? input[i2] : d);
  const known = prod(dims.filter((d) => d !== -1));
  const out = dims.map((d) => d === -1 ? prod(input) / known : d);
  if (prod(out) !== prod(input) || out.some((d) => !Number.isInteger(d) || d < 0)) ctx.fail(`cannot reshape [${input.join(", ")}] to [${spec.join(", ")}]`);
  return out;
}
function targetShape(ctx) {
  const input = ctx.shape(0);
  const rank = input.length;
  const op = ctx.node.opType;
  if (op === "Reshape") return reshapeTarget(ctx, Array.from(ctx.requireConst(1, "the new shape").data));
  if (op === "Flatten") {
    const axis2 = ctx.attr("axis", 1) < 0 ? ctx.attr("axis", 1) + rank : ctx.attr("axis", 1);
    return [prod(input.slice(0, axis2)), prod(input.slice(axis2))];
  }
  const given = ctx.opset >= 13 && ctx.has(1) ? Array.from(ctx.requireConst(1, "the axes").data) : ctx.attr("axes", []);
  if (op === "Squeeze") {
    const axes3 = given.map((a) => a < 0 ? a + rank : a);
    return input.filter((d, i2) => axes3.length ? !axes3.includes(i2) : d !== 1);
  }
  const outRank = rank + given.length;
  const axes2 = given.map((a) => a < 0 ? a + outRank : a);
  const out = [];
  let next = 0;
  for (let i2 = 0; i2 < outRank; i2++) out.push(axes2.includes(i2) ? 1 : input[next++]);
  return out;
}
function flattenNhwc(ctx, shape) {
  const v = ctx.value(0);
  const [n, c, h, w] = v.shape;
  if (v.ids.nhwc === void 0 || v.ids.plain !== void 0 || v.shape.length !== 4 || shape.length !== 2 || shape[0] !== n) return false;
  const source = ctx.node.inputs[0];
  const order = [];
  for (let y = 0; y < h; y++) for (let x2 = 0; x2 < w; x2++) for (let k = 0; k < c; k++) order.push(k * h * w + y * w + x2);
  const node = ctx.node;
  const id = ctx.temp("RESHAPE", [v.ids.nhwc, ctx.constInt("shape", shape)], shape, "flatten_nhwc");
  const materialize = () => {
    const saved = ctx.node;
    ctx.node = node;
    const plain = ctx.tensorOf(v, source, "plain");
    const out = ctx.temp("RESHAPE", [plain, ctx.constInt("shape_nchw", shape)], shape, "flatten");
    ctx.node = saved;
    return out;
  };
  ctx.define(0, { shape, dtype: v.dtype, ids: {}, flat: { id, order, materialize } });
  return true;
}
var reshapeLike = {
  ops: ["Reshape", "Flatten", "Squeeze", "Unsqueeze"],
  fold: (ctx) => [reshapeConst(ctx.constOf(0), targetShape(ctx))],
  emit: (ctx) => {
    const shape = targetShape(ctx);
    const v = ctx.value(0);
    const src = v.ids.plain ?? v.ids.nhwc;
    const layout = v.ids.plain !== void 0 || v.const ? "plain" : "nhwc";
    const direct = layout === "plain" || keepsMemoryOrder(physicalShape(v.shape, "nhwc"), fromNhwc(v.shape.length));
    if (!direct && flattenNhwc(ctx, shape)) return;
    const x2 = direct ? src : ctx.tensor(0, "plain");
    ctx.emit("RESHAPE", [x2, ctx.constInt("shape", shape)], shape, "plain", void 0, v.dtype);
  }
};
var transpose2 = {
  ops: ["Transpose"],
  fold: (ctx) => {
    const c = ctx.constOf(0);
    return [transposeConst(c, ctx.attr("perm", [...c.dims.keys()].reverse()))];
  },
  emit: (ctx) => {
    const input = ctx.shape(0);
    const rank = input.length;
    const perm = ctx.attr("perm", [...Array(rank).keys()].reverse());
    const shape = perm.map((p) => input[p]);
    const layout = ctx.layoutOf(0);
    const q = layout === "nhwc" ? perm.map((p) => toNhwc(rank).indexOf(p)) : perm;
    const x2 = ctx.tensor(0, layout);
    if (isIdentity(q)) return void ctx.define(0, { shape, dtype: ctx.value(0).dtype, ids: { plain: x2 } });
    const physIn = physicalShape(input, layout);
    if (keepsMemoryOrder(physIn, q)) return void ctx.emit("RESHAPE", [x2, ctx.constInt("shape", shape)], shape, "plain", void 0, ctx.value(0).dtype);
    ctx.emit("TRANSPOSE", [x2, ctx.constInt("perm", q)], shape, "plain", void 0, ctx.value(0).dtype);
  }
};
var expand = {
  ops: ["Expand"],
  fold: (ctx) => [broadcastTo(ctx.constOf(0), broadcastShape(ctx.shape(0), Array.from(ctx.constOf(1).data)))],
  emit: (ctx) => {
    const shape = broadcastShape(ctx.shape(0), Array.from(ctx.requireConst(1, "the shape").data));
    ctx.emit("BROADCAST_TO", [ctx.tensor(0), ctx.constInt("shape", shape)], shape, "plain", void 0, ctx.value(0).dtype);
  }
};
var tile = {
  ops: ["Tile"],
  emit: (ctx) => {
    const repeats = Array.from(ctx.requireConst(1, "the repeats").data);
    const shape = ctx.shape(0).map((d, i2) => d * repeats[i2]);
    ctx.emit("TILE", [ctx.tensor(0), ctx.constInt("multiples", repeats)], shape, "plain", void 0, ctx.value(0).dtype);
  }
};
function shapeConst(ctx) {
  const dims = ctx.shape(0);
  if (ctx.node.opType === "Size") return makeConst([], "int64", [prod(dims)]);
  const norm = (v) => Math.min(Math.max(v < 0 ? v + dims.length : v, 0), dims.length);
  const picked = dims.slice(norm(ctx.attr("start", 0)), norm(ctx.attr("end", dims.length)));
  return makeConst([picked.length], "int64", picked);
}
var shapeOf2 = {
  ops: ["Shape", "Size"],
  fold: (ctx) => [shapeConst(ctx)],
  emit: (ctx) => ctx.defineConst(0, shapeConst(ctx))
};
var shapeHandlers = [reshapeLike, transpose2, expand, tile, shapeOf2];

// src/onnx/convert/slicing.ts
var normAxis = (axis2, rank) => axis2 < 0 ? axis2 + rank : axis2;
function commonLayout(ctx, inputs) {
  return inputs.some((i2) => !ctx.value(i2).const && ctx.layoutOf(i2) === "nhwc") ? "nhwc" : "plain";
}
var concat = {
  ops: ["Concat"],
  fold: (ctx) => [concatConst(ctx.node.inputs.map((_, i2) => ctx.constOf(i2)), normAxis(ctx.attr("axis", 0), ctx.shape(0).length))],
  emit: (ctx) => {
    const inputs = ctx.node.inputs.map((_, i2) => i2);
    const rank = ctx.shape(0).length;
    const axis2 = normAxis(ctx.attr("axis", 0), rank);
    const layout = commonLayout(ctx, inputs);
    const shape = [...ctx.shape(0)];
    shape[axis2] = inputs.reduce((s, i2) => s + ctx.shape(i2)[axis2], 0);
    ctx.emit("CONCATENATION", inputs.map((i2) => ctx.tensor(i2, layout)), shape, layout, { axis: physicalAxis(axis2, rank, layout), fused_activation_function: "NONE" }, ctx.value(0).dtype);
  }
};
function splitSizes2(ctx, size) {
  const given = ctx.opset >= 13 ? ctx.has(1) ? Array.from(ctx.requireConst(1, "the split sizes").data) : void 0 : ctx.node.attrs.split;
  if (given) return given;
  const parts = ctx.attr("num_outputs", ctx.node.outputs.length);
  const each = Math.ceil(size / parts);
  return Array.from({ length: parts }, (_, i2) => Math.min(each, size - i2 * each));
}
var split2 = {
  ops: ["Split"],
  emit: (ctx) => {
    const input = ctx.shape(0);
    const axis2 = normAxis(ctx.attr("axis", 0), input.length);
    const sizes = splitSizes2(ctx, input[axis2]);
    const layout = ctx.layoutOf(0);
    const shapes = sizes.map((s) => input.map((d, i2) => i2 === axis2 ? s : d));
    const options = { num_splits: sizes.length };
    const inputs = [ctx.tensor(0, layout), ctx.constInt("size_splits", sizes), ctx.constInt("axis", [physicalAxis(axis2, input.length, layout)], [])];
    ctx.emitMulti("SPLIT_V", inputs, shapes, layout, options, ctx.value(0).dtype);
  }
};
function sliceSpec(ctx) {
  const dims = ctx.shape(0);
  const list = (i2, what) => Array.from(ctx.requireConst(i2, what).data);
  const starts = list(1, "the starts");
  const axes2 = ctx.has(3) ? list(3, "the axes") : starts.map((_, i2) => i2);
  const steps = ctx.has(4) ? list(4, "the steps") : starts.map(() => 1);
  return resolveSlice(dims, starts, list(2, "the ends"), axes2, steps);
}
var slice = {
  ops: ["Slice"],
  check: (_node, opset) => opset < 10 ? "Slice before opset 10 is not supported" : void 0,
  fold: (ctx) => [sliceConst(ctx.constOf(0), sliceSpec(ctx))],
  emit: (ctx) => {
    const s = sliceSpec(ctx);
    const rank = s.begin.length;
    const shape = s.begin.map((b, a) => sliceLength(b, s.end[a], s.step[a]));
    const layout = ctx.layoutOf(0);
    const order = layout === "nhwc" ? toNhwc(rank) : [...Array(rank).keys()];
    const endMask = order.reduce((m, a, p) => s.step[a] < 0 && s.end[a] < 0 ? m | 1 << p : m, 0);
    const inputs = [ctx.tensor(0, layout), ctx.constInt("begin", order.map((a) => s.begin[a])), ctx.constInt("end", order.map((a) => s.end[a])), ctx.constInt("strides", order.map((a) => s.step[a]))];
    ctx.emit("STRIDED_SLICE", inputs, shape, layout, { end_mask: endMask }, ctx.value(0).dtype);
  }
};
var gather = {
  ops: ["Gather"],
  fold: (ctx) => [gatherConst(ctx.constOf(0), ctx.constOf(1), normAxis(ctx.attr("axis", 0), ctx.shape(0).length))],
  emit: (ctx) => {
    const data = ctx.shape(0);
    const axis2 = normAxis(ctx.attr("axis", 0), data.length);
    const indices = ctx.constOf(1);
    const idShape = ctx.shape(1);
    const shape = [...data.slice(0, axis2), ...idShape, ...data.slice(axis2 + 1)];
    const index2 = indices ? ctx.constInt("indices", Array.from(indices.data, (i2) => i2 < 0 ? i2 + data[axis2] : i2), idShape) : ctx.tensor(1);
    ctx.emit("GATHER", [ctx.tensor(0), index2], shape, "plain", { axis: axis2, batch_dims: 0 }, ctx.value(0).dtype);
  }
};
var pad = {
  ops: ["Pad"],
  check: (node, opset) => {
    const mode = node.attrs.mode ?? "constant";
    if (!["constant", "reflect"].includes(mode)) return `Pad mode "${mode}" is not supported (constant and reflect are)`;
    return opset < 11 ? "Pad before opset 11 is not supported" : void 0;
  },
  emit: (ctx) => {
    const input = ctx.shape(0);
    const rank = input.length;
    const given = Array.from(ctx.requireConst(1, "the pads").data);
    const axes2 = ctx.has(3) ? Array.from(ctx.requireConst(3, "the axes").data, (a) => normAxis(a, rank)) : [...Array(rank).keys()];
    const begin = Array(rank).fill(0);
    const end = Array(rank).fill(0);
    axes2.forEach((a, k) => {
      begin[a] = given[k];
      end[a] = given[axes2.length + k];
    });
    if ([...begin, ...end].some((p) => p < 0)) ctx.fail("negative pads (cropping) are not supported");
    const layout = ctx.layoutOf(0);
    const order = layout === "nhwc" ? toNhwc(rank) : [...Array(rank).keys()];
    const paddings = ctx.constInt("paddings", order.flatMap((a) => [begin[a], end[a]]), [rank, 2]);
    const shape = input.map((d, a) => d + begin[a] + end[a]);
    const x2 = ctx.tensor(0, layout);
    if (ctx.attr("mode", "constant") === "reflect") return void ctx.emit("MIRROR_PAD", [x2, paddings], shape, layout, { mode: "REFLECT" });
    const value = ctx.has(2) ? ctx.requireConst(2, "the pad value").data[0] : 0;
    if (value === 0) return void ctx.emit("PAD", [x2, paddings], shape, layout);
    ctx.emit("PADV2", [x2, paddings, ctx.constFloat("constant_value", [], [value])], shape, layout);
  }
};
var slicingHandlers = [concat, split2, slice, gather, pad];

// src/onnx/convert/registry.ts
var ALL = [
  ...activationHandlers,
  ...constantHandlers,
  ...convHandlers,
  ...elementwiseHandlers,
  ...erfHandlers,
  ...matmulHandlers,
  ...normalizationHandlers,
  ...poolingHandlers,
  ...reduceHandlers,
  ...resizeHandlers,
  ...shapeHandlers,
  ...slicingHandlers
];
var HANDLERS = new Map(ALL.flatMap((h) => h.ops.map((op) => [op, h])));
function supportedOnnxOps() {
  return [...HANDLERS.keys()].sort();
}
function reason(node, opset) {
  if (node.domain !== "" && node.domain !== "ai.onnx") return `operator ${node.domain}.${node.opType} (custom domain) is not supported`;
  const handler = HANDLERS.get(node.opType);
  if (!handler) return `operator ${node.opType} is not supported`;
  return handler.check?.(node, opset);
}
function assertSupportedNodes(nodes, opset) {
  const byReason = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    const why = reason(node, opset);
    if (why) byReason.set(why, [...byReason.get(why) ?? [], node.name]);
  }
  if (byReason.size === 0) return;
  const lines = [...byReason].map(([why, names]) => `${why}: ${names.slice(0, 5).map((n) => `"${n}"`).join(", ")}${names.length > 5 ? ` and ${names.length - 5} more` : ""}`);
  const count = [...byReason.values()].reduce((s, l) => s + l.length, 0);
  throw new GateError(
    "unsupported",
    `${count} node${count > 1 ? "s" : ""} cannot be converted:
  ${lines.join("\n  ")}`,
    { where: "graph" },
    `Supported operators: ${supportedOnnxOps().join(", ")}.`
  );
}

// src/onnx/convert/context.ts
function graphDType(t) {
  if (isFloatType(t)) return "float32";
  return t === "bool" ? "bool" : "int32";
}
var MAX_ELEMENTS2 = 2 ** 31 - 1;
function checkShape(shape) {
  const ok = shape.every((d) => Number.isSafeInteger(d) && d >= 0) && shape.reduce((a, b) => a * b, 1) <= MAX_ELEMENTS2;
  if (!ok) throw new RangeError(`the result would have the shape [${shape.join(", ")}]`);
}
var OnnxContext = class {
  constructor(builder, opset) {
    this.builder = builder;
    this.opset = opset;
  }
  builder;
  opset;
  values = /* @__PURE__ */ new Map();
  node;
  get where() {
    return `node "${this.node.name}" (${this.node.opType})`;
  }
  fail(message, hint) {
    throw new GateError("unsupported", message, { where: this.where }, hint);
  }
  /** Whether input `i` of the current node is given (optional inputs may be "" or absent). */
  has(i2) {
    return !!this.node.inputs[i2];
  }
  /** Input i of the current node, or a value by name (a temporary of a handler). */
  value(i2) {
    const name = typeof i2 === "string" ? i2 : this.node.inputs[i2];
    const v = name ? this.values.get(name) : void 0;
    if (!v) throw new GateError("bad-model", `input ${i2} ${name ? `"${name}" is not produced by any earlier node` : "is missing"}`, { where: this.where }, "The graph is not topologically sorted or is incomplete; export it again.");
    return v;
  }
  shape(i2) {
    return this.value(i2).shape;
  }
  constOf(i2) {
    return this.has(i2) ? this.value(i2).const : void 0;
  }
  /** Input i as a constant, or an error saying the operator needs it constant. */
  requireConst(i2, what) {
    const c = this.constOf(i2);
    if (!c) this.fail(`${what} (input ${i2}) must be a constant once input shapes are fixed`, "Export with static shapes for this operator.");
    return c;
  }
  /** The layout a handler should keep for input i: nhwc when that is the only form it exists in. */
  layoutOf(i2) {
    const v = this.value(i2);
    return v.ids.nhwc !== void 0 && v.ids.plain === void 0 ? "nhwc" : "plain";
  }
  /** The graph tensor holding input i in `layout` (made from the other layout or the constant when needed). */
  tensor(i2, layout = "plain") {
    return this.tensorOf(this.value(i2), typeof i2 === "string" ? i2 : this.node.inputs[i2], layout);
  }
  tensorOf(v, name, layout) {
    const want = v.shape.length < 3 ? "plain" : layout;
    const cached = v.ids[want] ?? (v.shape.length < 3 ? v.ids.nhwc : void 0);
    if (cached !== void 0) return cached;
    let id;
    if (v.flat) id = v.flat.materialize();
    else if (v.const) id = this.constant(name, want === "nhwc" ? transposeConst(v.const, toNhwc(v.shape.length)) : v.const);
    else id = this.relayout(v, name, want);
    v.ids[want] = id;
    return id;
  }
  relayout(v, name, want) {
    const from = want === "nhwc" ? "plain" : "nhwc";
    const source = v.ids[from];
    const perm = want === "nhwc" ? toNhwc(v.shape.length) : fromNhwc(v.shape.length);
    const fromShape = physicalShape(v.shape, from);
    const outShape = physicalShape(v.shape, want);
    const out = this.builder.activation(`${name}/${want}`, outShape, this.builder.tensor(source).dtype);
    if (keepsMemoryOrder(fromShape, perm)) this.builder.op("RESHAPE", [source, this.builder.constInt32(`${name}/${want}/shape`, outShape)], [out], void 0, this.node?.name);
    else this.builder.op("TRANSPOSE", [source, this.builder.constInt32(`${name}/${want}/perm`, perm)], [out], void 0, this.node?.name);
    return out;
  }
  /** A graph constant with the data of `c` (in the order given). */
  constant(name, c) {
    const dtype = graphDType(c.dtype);
    if (dtype === "float32") return this.builder.constFloat(name, c.dims, c.data instanceof Float32Array ? c.data : Float32Array.from(c.data));
    if (dtype === "bool") return this.builder.constant(name, c.dims, "bool", Uint8Array.from(c.data));
    return this.builder.constant(name, c.dims, "int32", Int32Array.from(c.data, (x2) => Math.max(-2147483648, Math.min(2147483647, x2))));
  }
  constInt(suffix, values, shape = [values.length]) {
    return this.builder.constInt32(`${this.node.name}/${suffix}`, values, shape);
  }
  constFloat(suffix, shape, values) {
    return this.builder.constFloat(`${this.node.name}/${suffix}`, shape, values);
  }
  /** Add one op whose output is output `out` of the current node, held in `layout`; returns the tensor id. */
  emit(type, inputs, shape, layout, options, dtype = "float32", out = 0) {
    const name = typeof out === "string" ? out : this.node.outputs[out] || `${this.node.name}:${out}`;
    const id = this.builder.activation(name, physicalShape(shape, layout), graphDType(dtype));
    this.builder.op(type, inputs, [id], options, this.node.name);
    this.define(out, { shape, dtype, ids: { [layout]: id } });
    return id;
  }
  /** One op with several outputs (SPLIT_V...), output k of the node shaped shapes[k], all in `layout`. */
  emitMulti(type, inputs, shapes, layout, options, dtype = "float32") {
    const ids = shapes.map((shape, k) => {
      const id = this.builder.activation(this.node.outputs[k] || `${this.node.name}:${k}`, physicalShape(shape, layout), graphDType(dtype));
      this.define(k, { shape, dtype, ids: { [layout]: id } });
      return id;
    });
    this.builder.op(type, inputs, ids, options, this.node.name);
  }
  /** An intermediate tensor of the current node (not an ONNX value), shaped as stored. */
  temp(type, inputs, physical, suffix, options, dtype = "float32") {
    checkShape(physical);
    const id = this.builder.activation(`${this.node.name}/${suffix}`, physical, dtype);
    this.builder.op(type, inputs, [id], options, this.node.name);
    return id;
  }
  /** Defines output `out` of the node, or a temporary value by name (returned). */
  define(out, value) {
    checkShape(value.shape);
    const name = typeof out === "string" ? out : this.node.outputs[out];
    if (name) this.values.set(name, value);
    return name ?? "";
  }
  /** A temporary constant value named after the node, for handlers that build on elementwise helpers. */
  tempConst(suffix, c) {
    return this.define(`${this.node.name}/${suffix}`, { shape: c.dims, dtype: c.dtype, const: c, ids: {} });
  }
  defineConst(out, c) {
    this.define(out, { shape: c.dims, dtype: c.dtype, const: c, ids: {} });
  }
  /** Output `out` is input `i` unchanged (Identity, Dropout, no-op Cast). */
  alias(out, i2) {
    this.define(out, this.value(i2));
  }
  attr(name, fallback) {
    return this.node.attrs[name] ?? fallback;
  }
};

// src/onnx/convert/fuse.ts
function scalarOf2(model, producers3, name) {
  const init = model.initializers.get(name);
  if (init) return init.data.length === 1 ? init.data[0] : void 0;
  const node = producers3.get(name);
  const value = node?.opType === "Constant" ? node.attrs.value : void 0;
  if (value && typeof value === "object" && !Array.isArray(value) && value.data.length === 1) return value.data[0];
  if (node?.opType === "Constant" && typeof node.attrs.value_float === "number") return node.attrs.value_float;
  return void 0;
}
var near = (a, b) => a !== void 0 && Math.abs(a - b) < 1e-4 * Math.abs(b);
var other = (n, name) => n.inputs[0] === name ? n.inputs[1] : n.inputs[0];
var only = (g, name, op) => {
  const users = g.consumers.get(name) ?? [];
  return users.length === 1 && users[0].opType === op ? users[0] : void 0;
};
function matchGelu(g, erf2) {
  const div = g.producers.get(erf2.inputs[0]);
  if (!div || !(div.opType === "Div" && near(scalarOf2(g.model, g.producers, div.inputs[1]), Math.SQRT2) || div.opType === "Mul" && near(scalarOf2(g.model, g.producers, div.inputs[1]), Math.SQRT1_2))) return void 0;
  const x2 = div.inputs[0];
  const add2 = only(g, erf2.outputs[0], "Add");
  if (!add2 || !near(scalarOf2(g.model, g.producers, other(add2, erf2.outputs[0])), 1)) return void 0;
  const mul2 = only(g, add2.outputs[0], "Mul");
  if (!mul2) return void 0;
  const o = other(mul2, add2.outputs[0]);
  const half = (n, operand) => n && n.opType === "Mul" && n.inputs.includes(operand) && near(scalarOf2(g.model, g.producers, other(n, operand)), 0.5);
  if (o === x2) {
    const end = only(g, mul2.outputs[0], "Mul");
    return end && half(end, mul2.outputs[0]) ? { x: x2, end } : void 0;
  }
  if (half(g.producers.get(o), x2)) return { x: x2, end: mul2 };
  if (near(scalarOf2(g.model, g.producers, o), 0.5)) {
    const end = only(g, mul2.outputs[0], "Mul");
    return end && other(end, mul2.outputs[0]) === x2 ? { x: x2, end } : void 0;
  }
  return void 0;
}
function index(nodes) {
  const producers3 = /* @__PURE__ */ new Map();
  const consumers3 = /* @__PURE__ */ new Map();
  for (const n of nodes) {
    n.outputs.forEach((o) => producers3.set(o, n));
    n.inputs.filter(Boolean).forEach((i2) => consumers3.set(i2, [...consumers3.get(i2) ?? [], n]));
  }
  return { producers: producers3, consumers: consumers3 };
}
function dropDead(nodes, outputs) {
  const live = new Set(outputs);
  const kept = [];
  for (let i2 = nodes.length - 1; i2 >= 0; i2--) {
    const n = nodes[i2];
    if (!n.outputs.some((o) => live.has(o))) continue;
    kept.push(n);
    n.inputs.forEach((x2) => live.add(x2));
  }
  return kept.reverse();
}
function fuseNodes(model) {
  const g = { model, ...index(model.nodes) };
  const replaced = /* @__PURE__ */ new Map();
  for (const n of model.nodes) {
    if (n.opType !== "Erf") continue;
    const m = matchGelu(g, n);
    if (m) replaced.set(m.end, { name: m.end.name, opType: "Gelu", domain: "", inputs: [m.x], outputs: m.end.outputs, attrs: {} });
  }
  const nodes = model.nodes.map((n) => replaced.get(n) ?? n);
  return { ...model, nodes: dropDead(nodes, model.outputs.map((o) => o.name)) };
}

// src/onnx/convert/index.ts
var DEFAULTS = { batchSize: 1 };
function pinShape(io, opts) {
  return io.dims.map((d, i2) => {
    if (typeof d === "number" && d > 0) return d;
    if (i2 === 0) return opts.batchSize;
    if (opts.sequenceLength) return opts.sequenceLength;
    throw new GateError(
      "unsupported",
      `input "${io.name}" has a dynamic dimension ${i2} ("${d}") in [${io.dims.join(", ")}]`,
      { where: `input ${io.name}` },
      "Pass --sequence_length N to fix it, or export the model with a fixed shape."
    );
  });
}
var interfaceLayout = (rank, opts) => opts.nhwcInterface && rank === 4 ? "nhwc" : "plain";
function addInputs(ctx, model, opts) {
  for (const io of model.inputs) {
    const shape = pinShape(io, opts);
    const layout = interfaceLayout(shape.length, opts);
    const dtype = io.dtype === "int64" ? "int64" : graphDType(io.dtype);
    const id = ctx.builder.activation(`serving_default_${io.name}:0`, physicalShape(shape, layout), dtype);
    ctx.builder.inputs.push({ name: io.name, tensor: id });
    ctx.values.set(io.name, { shape, dtype: io.dtype, ids: { [layout]: id } });
  }
}
function convertNodes(ctx, model) {
  for (const node of model.nodes) {
    ctx.node = node;
    const handler = HANDLERS.get(node.opType);
    try {
      const constant2 = node.inputs.every((name, i2) => !name || ctx.value(i2).const);
      const folded = handler.fold && constant2 ? handler.fold(ctx) : void 0;
      if (folded) folded.forEach((c, k) => ctx.defineConst(k, c));
      else handler.emit(ctx);
    } catch (error) {
      if (error instanceof GateError) throw error;
      throw new GateError("bad-model", `cannot convert this node: ${error.message}`, { where: ctx.where }, "The node does not fit its inputs; check the model with onnx.checker.");
    }
    for (const out of node.outputs.filter(Boolean)) {
      if (!ctx.values.has(out)) throw new GateError("unsupported", `output "${out}" is not produced`, { where: ctx.where });
    }
  }
}
function addOutputs(ctx, model, opts) {
  ctx.node = { name: "outputs", opType: "Output", domain: "", inputs: model.outputs.map((o) => o.name), outputs: [], attrs: {} };
  model.outputs.forEach((io, i2) => {
    const rank = ctx.shape(i2).length;
    let id = ctx.tensor(i2, interfaceLayout(rank, opts));
    if (ctx.builder.inputs.some((x2) => x2.tensor === id) || ctx.builder.tensor(id).data) {
      id = ctx.temp("RESHAPE", [id, ctx.constInt(`${io.name}/shape`, ctx.builder.tensor(id).shape)], ctx.builder.tensor(id).shape, io.name);
    }
    ctx.builder.outputs.push({ name: io.name, tensor: id });
  });
}
function convertOnnxModel(source, options = {}) {
  const opts = { ...DEFAULTS, ...options };
  const model = fuseNodes(source);
  assertSupportedNodes(model.nodes, model.opset);
  const ctx = new OnnxContext(new GraphBuilder(), model.opset);
  addInputs(ctx, model, opts);
  for (const [name, c] of model.initializers) ctx.values.set(name, { shape: c.dims, dtype: c.dtype, const: c, ids: {} });
  convertNodes(ctx, model);
  addOutputs(ctx, model, opts);
  const graph = optimizeGraph(ctx.builder.build("tflite-gate"));
  graph.outputs.forEach((io, i2) => {
    if (!graph.inputs.some((x2) => x2.tensor === io.tensor)) graph.tensors[io.tensor].name = `StatefulPartitionedCall_1:${i2}`;
  });
  return graph;
}

// src/pipeline/convert.ts
import { mkdir, rm } from "node:fs/promises";
import { availableParallelism as availableParallelism2 } from "node:os";
import { basename, dirname as dirname2, extname, join as join3, resolve } from "node:path";

// src/pipeline/quantize.ts
import { availableParallelism } from "node:os";

// src/quantize/edit.ts
var GraphEdit = class {
  constructor(source) {
    this.source = source;
    this.tensors = source.tensors.map((t) => ({ ...t, shape: [...t.shape] }));
    this.names = new Set(this.tensors.map((t) => t.name));
  }
  source;
  tensors;
  names;
  tensor(id) {
    const t = this.tensors[id];
    if (!t) throw new Error(`no tensor ${id}`);
    return t;
  }
  /** A new tensor like `like` (shape, signature), with its own unique name. */
  add(like, suffix, changes) {
    const id = this.tensors.length;
    let name = `${like.name}${suffix}`;
    for (let i2 = 1; this.names.has(name); i2++) name = `${like.name}${suffix}${i2}`;
    this.names.add(name);
    const { data: _data, quantization: _q, ...rest } = like;
    this.tensors.push({ ...rest, shape: [...like.shape], ...changes, id, name });
    return id;
  }
  build(ops, io) {
    return { ...this.source, tensors: this.tensors, ops, inputs: io?.inputs ?? this.source.inputs, outputs: io?.outputs ?? this.source.outputs };
  }
};
function consumers2(graph) {
  const out = /* @__PURE__ */ new Map();
  graph.ops.forEach((op, i2) => op.inputs.forEach((id, slot) => {
    if (id < 0) return;
    const list = out.get(id) ?? [];
    list.push({ op: i2, slot });
    out.set(id, list);
  }));
  return out;
}
function producers2(graph) {
  const out = /* @__PURE__ */ new Map();
  graph.ops.forEach((op, i2) => op.outputs.forEach((id) => out.set(id, i2)));
  return out;
}
var isFloatActivation = (t) => t !== void 0 && t.dtype === "float32" && t.data === void 0;
var isFloatConstant = (t) => t !== void 0 && t.dtype === "float32" && t.data instanceof Float32Array;
var elementCount2 = (t) => t.shape.reduce((a, b) => a * b, 1);
var describeOp = (op) => `${op.type}${op.origin ? ` (${op.origin})` : ""}`;

// src/quantize/numerics.ts
var INT8_MIN = -128;
var INT8_MAX = 127;
var BIAS_MAX = Math.floor(2147483647 / 2);
function roundHalfAway2(v) {
  return v < 0 ? -Math.floor(-v + 0.5) : Math.floor(v + 0.5);
}
function activationParams(range2, qmin = INT8_MIN, qmax = INT8_MAX) {
  const rmin = Math.min(Math.fround(range2.min), 0);
  const rmax = Math.max(Math.fround(range2.max), 0);
  if (Math.abs(rmax - rmin) < Number.EPSILON) return { scale: 1, zeroPoint: qmin };
  const scale = (rmax - rmin) / (qmax - qmin);
  const fromMin = qmin - rmin / scale;
  const fromMax = qmax - rmax / scale;
  const zp = Math.abs(qmin) + Math.abs(rmin / scale) < Math.abs(qmax) + Math.abs(rmax / scale) ? fromMin : fromMax;
  const zeroPoint = zp < qmin ? qmin : zp > qmax ? qmax : roundHalfAway2(zp);
  return { scale: Math.fround(scale), zeroPoint };
}
function quantization(scale, zeroPoint) {
  return { scale: [scale], zeroPoint: [zeroPoint], quantizedDimension: 0 };
}
function channelLayout(shape, axis2) {
  const channels = shape[axis2] ?? 1;
  const inner = shape.slice(axis2 + 1).reduce((a, b) => a * b, 1);
  return { channels, inner };
}
function channelRuns(length, channels, inner, visit) {
  if (inner === 1) {
    for (let c = 0; c < channels; c++) visit(c, c, length, channels);
    return;
  }
  for (let from = 0, c = 0; from < length; from += inner, c = c + 1 === channels ? 0 : c + 1) visit(c, from, Math.min(length, from + inner), 1);
}
function quantizeWeights(values, shape, axis2) {
  const { channels, inner } = axis2 === void 0 ? { channels: 1, inner: values.length } : channelLayout(shape, axis2);
  const maxAbs = new Float64Array(channels);
  channelRuns(values.length, channels, inner, (c, from, to, step2) => {
    let m = maxAbs[c];
    for (let i2 = from; i2 < to; i2 += step2) m = Math.max(m, Math.abs(values[i2]));
    maxAbs[c] = m;
  });
  const scales = Array.from(maxAbs, (m) => m === 0 ? 1 : Math.fround(m / 127));
  return { data: quantizeWith(values, scales, channels, inner), quantization: { scale: scales, zeroPoint: scales.map(() => 0), quantizedDimension: axis2 ?? 0 } };
}
function quantizeWith(values, scales, channels, inner) {
  const out = new Int8Array(values.length);
  channelRuns(values.length, channels, inner, (c, from, to, step2) => {
    const scale = scales[c];
    for (let i2 = from; i2 < to; i2 += step2) out[i2] = Math.max(-127, Math.min(127, roundHalfAway2(values[i2] / scale)));
  });
  return out;
}
function quantizeAffine(values, scale, zeroPoint, qmin = INT8_MIN, qmax = INT8_MAX) {
  const out = new Int8Array(values.length);
  for (let i2 = 0; i2 < values.length; i2++) out[i2] = Math.max(qmin, Math.min(qmax, roundHalfAway2(values[i2] / scale) + zeroPoint));
  return out;
}
function quantizeBias(values, inputScale, weightScales) {
  const scales = weightScales.map((s) => Math.fround(inputScale * s));
  const perChannel4 = scales.length === values.length && scales.length > 1;
  const data = new Int32Array(values.length);
  for (let i2 = 0; i2 < values.length; i2++) {
    const q = roundHalfAway2(values[i2] / scales[perChannel4 ? i2 : 0]);
    data[i2] = Math.max(-2147483647, Math.min(2147483647, q));
  }
  return { data, quantization: { scale: scales, zeroPoint: scales.map(() => 0), quantizedDimension: 0 } };
}
function widenForBias(scales, bias2, inputScale) {
  let widened;
  for (let c = 0; c < bias2.length; c++) {
    const k = scales.length === bias2.length ? c : 0;
    const need = Math.abs(bias2[c]) / BIAS_MAX;
    if (need <= inputScale * (widened ?? scales)[k]) continue;
    widened ??= [...scales];
    widened[k] = Math.fround(need / inputScale);
  }
  return widened;
}

// src/quantize/rules.ts
var MIN_WEIGHT_ELEMENTS = 1024;
var DYNAMIC_RULES = {
  CONV_2D: { weight: 1, axis: 0, mode: "hybrid" },
  DEPTHWISE_CONV_2D: { weight: 1, axis: 3, mode: "hybrid" },
  TRANSPOSE_CONV: { weight: 1, axis: 0, mode: "hybrid" },
  FULLY_CONNECTED: { weight: 1, axis: 0, mode: "hybrid", asymmetricInputs: true },
  GATHER: { weight: 0, mode: "output" }
};
var affine = (weight2, axis2, bias2) => ({ kind: "affine", weight: weight2, ...axis2 === void 0 ? {} : { axis: axis2 }, ...bias2 === void 0 ? {} : { bias: bias2 } });
var calibrated = { kind: "calibrated" };
var same = { kind: "same-scale" };
var INT8_RULES = {
  CONV_2D: affine(1, 0, 2),
  DEPTHWISE_CONV_2D: affine(1, 3, 2),
  FULLY_CONNECTED: affine(1, 0, 2),
  TRANSPOSE_CONV: affine(1, 0, 3),
  ADD: calibrated,
  SUB: calibrated,
  MUL: calibrated,
  MEAN: calibrated,
  SUM: calibrated,
  RELU: calibrated,
  RELU6: calibrated,
  RELU_N1_TO_1: calibrated,
  LEAKY_RELU: calibrated,
  PRELU: calibrated,
  HARD_SWISH: calibrated,
  ELU: calibrated,
  GELU: calibrated,
  SQUARED_DIFFERENCE: calibrated,
  EXP: calibrated,
  LOG: calibrated,
  ABS: calibrated,
  RSQRT: calibrated,
  AVERAGE_POOL_2D: same,
  MAX_POOL_2D: same,
  CONCATENATION: same,
  RESHAPE: same,
  SQUEEZE: same,
  EXPAND_DIMS: same,
  PAD: same,
  PADV2: same,
  MIRROR_PAD: same,
  TRANSPOSE: same,
  SLICE: same,
  STRIDED_SLICE: same,
  SPLIT: same,
  SPLIT_V: same,
  PACK: same,
  UNPACK: same,
  GATHER: same,
  RESIZE_BILINEAR: same,
  RESIZE_NEAREST_NEIGHBOR: same,
  SPACE_TO_DEPTH: same,
  DEPTH_TO_SPACE: same,
  BATCH_TO_SPACE_ND: same,
  SPACE_TO_BATCH_ND: same,
  TILE: same,
  MAXIMUM: same,
  MINIMUM: same,
  REDUCE_MAX: same,
  REDUCE_MIN: same,
  SOFTMAX: { kind: "fixed", scale: 1 / 256, zeroPoint: -128 },
  LOGISTIC: { kind: "fixed", scale: 1 / 256, zeroPoint: -128 },
  TANH: { kind: "fixed", scale: 1 / 128, zeroPoint: 0 },
  L2_NORMALIZATION: { kind: "fixed", scale: 1 / 128, zeroPoint: 0 },
  LOG_SOFTMAX: { kind: "fixed", scale: 16 / 256, zeroPoint: 127 }
};
var isSameScale = (type) => INT8_RULES[type]?.kind === "same-scale";

// src/quantize/dynamic.ts
function onlyWeightUses(graph, uses, rule) {
  return uses.every(({ op, slot }) => {
    const other2 = DYNAMIC_RULES[graph.ops[op].type];
    return other2 !== void 0 && other2.weight === slot && other2.axis === rule.axis && other2.mode === rule.mode;
  });
}
function quantizeDynamic(graph) {
  const main = quantizeOneGraph(graph);
  if (!graph.subgraphs?.length) return main;
  const report = main.report;
  const subgraphs = graph.subgraphs.map((sub2) => {
    const done = quantizeOneGraph({ tensors: sub2.tensors, ops: sub2.ops, inputs: [], outputs: [], description: "" });
    report.quantizedWeights.push(...done.report.quantizedWeights);
    report.floatWeights.push(...done.report.floatWeights);
    return { ...sub2, tensors: done.graph.tensors, ops: done.graph.ops };
  });
  return { graph: { ...main.graph, subgraphs }, report };
}
function quantizeOneGraph(graph) {
  const edit = new GraphEdit(graph);
  const uses = consumers2(graph);
  const done = /* @__PURE__ */ new Map();
  const quantized2 = [];
  const leftFloat = [];
  const ops = [];
  for (const op of graph.ops) {
    const rule = DYNAMIC_RULES[op.type];
    const id = rule ? op.inputs[rule.weight] ?? -1 : -1;
    const weight2 = graph.tensors[id];
    if (!rule || !isFloatConstant(weight2)) {
      ops.push(op);
      continue;
    }
    const note = { tensor: weight2.name, op: describeOp(op), elements: elementCount2(weight2), ...rule.axis === void 0 ? {} : { axis: rule.axis } };
    if (note.elements < MIN_WEIGHT_ELEMENTS) {
      leftFloat.push(note);
      ops.push(op);
      continue;
    }
    let target = done.get(id);
    if (target === void 0) {
      const q = quantizeWeights(weight2.data, weight2.shape, rule.axis);
      const changes = { dtype: "int8", data: q.data, quantization: q.quantization };
      target = onlyWeightUses(graph, uses.get(id) ?? [], rule) ? (Object.assign(edit.tensor(id), changes), id) : edit.add(weight2, "_int8", changes);
      done.set(id, target);
      quantized2.push(note);
    }
    const inputs = op.inputs.map((x2, i2) => i2 === rule.weight ? target : x2);
    const options = rule.asymmetricInputs ? { ...op.options, asymmetric_quantize_inputs: true } : op.options;
    ops.push(...rule.mode === "output" ? gatherThenDequantize(edit, { ...op, inputs }, target) : [{ ...op, inputs, ...options ? { options } : {} }]);
  }
  return { graph: edit.build(ops), report: { mode: "dynamic", quantizedWeights: quantized2, floatWeights: leftFloat, floatOps: [], requantized: [], notes: [] } };
}
function gatherThenDequantize(edit, op, table) {
  const out = op.outputs[0];
  const q = edit.tensor(table).quantization;
  const int8 = edit.add(edit.tensor(out), "_int8", { dtype: "int8", ...q ? { quantization: q } : {} });
  return [{ ...op, outputs: [int8] }, { type: "DEQUANTIZE", inputs: [int8], outputs: [out], ...op.origin ? { origin: op.origin } : {} }];
}

// src/quantize/int8-constants.ts
function ownRange(values) {
  let min = 0;
  let max2 = 0;
  for (const v of values) {
    min = Math.min(min, v);
    max2 = Math.max(max2, v);
  }
  const p = activationParams({ min, max: max2 });
  return { data: quantizeAffine(values, p.scale, p.zeroPoint), quantization: quantization(p.scale, p.zeroPoint) };
}
var ConstantQuantizer = class {
  constructor(edit) {
    this.edit = edit;
  }
  edit;
  cache = /* @__PURE__ */ new Map();
  once(id, key2, make) {
    const full = `${id}|${key2}`;
    const hit = this.cache.get(full);
    if (hit !== void 0) return hit;
    const made = make();
    const dtype = made.data instanceof Int32Array ? "int32" : "int8";
    const out = this.edit.add(this.edit.tensor(id), dtype === "int32" ? "_int32" : "_int8", { dtype, data: made.data, quantization: made.quantization });
    this.cache.set(full, out);
    return out;
  }
  /** Weights per channel; their scales widened where a bias would not fit an int32 otherwise (TF does the same). */
  weights(id, axis2, bias2, inputScale) {
    const t = this.edit.tensor(id);
    const plain = quantizeWeights(t.data, t.shape, axis2);
    const widened = isFloatConstant(bias2) ? widenForBias(plain.quantization.scale, bias2.data, inputScale) : void 0;
    if (!widened) return this.once(id, `w${axis2}`, () => plain);
    const channels = widened.length;
    const inner = axis2 === void 0 ? t.data.length : t.shape.slice(axis2 + 1).reduce((a, b) => a * b, 1);
    return this.once(id, `w${axis2}|${widened.join(",")}`, () => ({ data: quantizeWith(t.data, widened, channels, inner), quantization: { ...plain.quantization, scale: widened } }));
  }
  /** The op's inputs with every float constant replaced by its quantized form; `inputScale` is the op's first input's scale. */
  inputs(op, inputs, opParams, inputScale) {
    const rule = INT8_RULES[op.type];
    let weightScales = [];
    const out = [...inputs];
    const order = rule?.kind === "affine" ? [rule.weight, ...inputs.keys()] : [...inputs.keys()];
    for (const slot of order) {
      const id = out[slot];
      const t = this.edit.tensors[id];
      if (!isFloatConstant(t)) continue;
      if (rule?.kind === "affine" && slot === rule.weight) {
        out[slot] = this.weights(id, rule.axis, this.edit.tensors[inputs[rule.bias ?? -1] ?? -1], inputScale);
        weightScales = this.edit.tensor(out[slot]).quantization.scale;
      } else if (rule?.kind === "affine" && slot === rule.bias) {
        out[slot] = this.once(id, `b${inputScale}|${weightScales.join(",")}`, () => quantizeBias(t.data, inputScale, weightScales));
      } else if (rule?.kind === "same-scale") {
        out[slot] = this.once(id, `a${opParams.scale}|${opParams.zeroPoint}`, () => ({ data: quantizeAffine(t.data, opParams.scale, opParams.zeroPoint), quantization: quantization(opParams.scale, opParams.zeroPoint) }));
      } else {
        out[slot] = this.once(id, "c", () => ownRange(t.data));
      }
    }
    return out;
  }
};

// src/quantize/int8-ops.ts
var FLOATISH = /* @__PURE__ */ new Set(["float32", "float16"]);
function floatTensors(graph, op) {
  return [...op.inputs, ...op.outputs].filter((id) => FLOATISH.has(graph.tensors[id]?.dtype ?? ""));
}
function reasonToStayFloat(graph, op, ranges, keepFloat) {
  const kept = keepFloat?.(op);
  if (kept) return kept;
  const rule = INT8_RULES[op.type];
  if (!rule) return "no int8 kernel in TFLite";
  const tensors = floatTensors(graph, op);
  if (tensors.some((id) => graph.tensors[id].dtype !== "float32")) return "float16 tensors";
  if (tensors.some((id) => isFloatActivation(graph.tensors[id]) && !ranges.has(id))) return "no calibrated range (the tensor never held a number)";
  if (rule.kind === "affine" && !isFloatConstant(graph.tensors[op.inputs[rule.weight] ?? -1])) return "weights are not constant";
  return void 0;
}
function planOps(graph, ranges, keepFloat) {
  const quantized2 = /* @__PURE__ */ new Set();
  const floatOps = [];
  graph.ops.forEach((op, i2) => {
    if (floatTensors(graph, op).length === 0) return;
    const reason2 = reasonToStayFloat(graph, op, ranges, keepFloat);
    if (reason2) floatOps.push({ op: describeOp(op), reason: reason2 });
    else quantized2.add(i2);
  });
  return { quantized: quantized2, floatOps };
}

// src/quantize/int8-params.ts
var same2 = (a, b) => a.scale === b.scale && a.zeroPoint === b.zeroPoint;
var floatInputs = (s, op) => s.graph.ops[op].inputs.filter((id) => isFloatActivation(s.graph.tensors[id]));
var sameScaleOp = (s, op) => op !== void 0 && s.quantized.has(op) && isSameScale(s.graph.ops[op].type);
var multiInput = (s, op) => s.graph.ops[op].inputs.filter((id) => s.graph.tensors[id]?.dtype === "float32").length > 1;
function redundantStats(s, stats) {
  const redundant = /* @__PURE__ */ new Set();
  const forward = [...stats];
  while (forward.length > 0) {
    const t = forward.pop();
    const def = s.producer.get(t);
    if (def !== void 0 && s.quantized.has(def) && INT8_RULES[s.graph.ops[def].type]?.kind === "fixed") redundant.add(t);
    for (const { op } of s.uses.get(t) ?? []) {
      if (!sameScaleOp(s, op) || multiInput(s, op)) continue;
      for (const r of s.graph.ops[op].outputs) {
        if (!stats.has(r) || redundant.has(r)) continue;
        redundant.add(r);
        forward.push(r);
      }
    }
  }
  const backward = [...stats].filter((t) => !redundant.has(t));
  const visited = /* @__PURE__ */ new Set();
  while (backward.length > 0) {
    const t = backward.pop();
    const def = s.producer.get(t);
    if (visited.has(t) || !sameScaleOp(s, def)) continue;
    visited.add(t);
    for (const input of floatInputs(s, def).filter((t2) => stats.has(t2))) {
      redundant.add(input);
      backward.push(input);
    }
  }
  return redundant;
}
function initialParams(s, ranges, stats) {
  const params = /* @__PURE__ */ new Map();
  const redundant = redundantStats(s, stats);
  for (const t of stats) if (!redundant.has(t)) params.set(t, activationParams(ranges.get(t)));
  for (const op of s.quantized) {
    const rule = INT8_RULES[s.graph.ops[op].type];
    if (rule?.kind === "fixed") for (const r of s.graph.ops[op].outputs) params.set(r, { scale: rule.scale, zeroPoint: rule.zeroPoint });
  }
  return params;
}
function chooseParams(ins, outs, params, immutable) {
  const pick2 = (fixed) => {
    const has = (t) => params.has(t) && immutable.has(t) === fixed;
    if (ins.length === 1 && has(ins[0])) return params.get(ins[0]);
    if (outs.length === 1 && has(outs[0])) return params.get(outs[0]);
    const first = [...ins, ...outs].find(has);
    return first === void 0 ? void 0 : params.get(first);
  };
  return pick2(true) ?? pick2(false);
}
function assignParams(graph, quantized2, ranges, tensors) {
  const s = { graph, quantized: quantized2, uses: consumers2(graph), producer: producers2(graph) };
  const stats = new Set([...tensors].filter((t) => ranges.has(t)));
  const params = initialParams(s, ranges, stats);
  const immutable = new Set(params.keys());
  const inputRequant = /* @__PURE__ */ new Map();
  const work = [...quantized2].filter((op) => isSameScale(graph.ops[op].type)).sort((a, b) => a - b);
  const done = /* @__PURE__ */ new Set();
  while (work.length > 0) {
    const op = work.pop();
    if (done.has(op)) continue;
    const ins = floatInputs(s, op);
    const outs = graph.ops[op].outputs.filter((t) => isFloatActivation(graph.tensors[t]));
    const chosen = chooseParams(ins, outs, params, immutable);
    if (!chosen) continue;
    done.add(op);
    const set = (t) => {
      params.set(t, chosen);
      const next = [s.producer.get(t), ...(s.uses.get(t) ?? []).map((u) => u.op)];
      for (const n of next) if (n !== void 0 && !done.has(n) && sameScaleOp(s, n)) work.push(n);
    };
    graph.ops[op].inputs.forEach((t, slot) => {
      if (!ins.includes(t)) return;
      const current = params.get(t);
      if (!current) set(t);
      else if (!same2(current, chosen)) inputRequant.set(`${op}:${slot}`, chosen);
    });
    for (const t of outs) if (!params.has(t)) set(t);
  }
  return { params, inputRequant };
}

// src/quantize/range-warnings.ts
var RANGE_RATIO_LIMIT = 100;
var CHECKED = /* @__PURE__ */ new Set(["CONCATENATION", "ADD", "SUB"]);
var width = (r) => Math.max(r.max, 0) - Math.min(r.min, 0);
var show = (r) => `[${r.min.toPrecision(3)}, ${r.max.toPrecision(3)}]`;
function rangeWarnings(graph, ranges, ops) {
  const out = [];
  graph.ops.forEach((op, i2) => {
    if (!ops.has(i2) || !CHECKED.has(op.type)) return;
    const inputs = op.inputs.filter((t) => isFloatActivation(graph.tensors[t]) && ranges.has(t)).map((t) => ({ t, r: ranges.get(t) }));
    if (inputs.length < 2) return;
    const sorted = [...inputs].sort((a, b) => width(a.r) - width(b.r));
    const [narrow, wide] = [sorted[0], sorted[sorted.length - 1]];
    const ratio = width(wide.r) / Math.max(width(narrow.r), 1e-30);
    if (ratio <= RANGE_RATIO_LIMIT) return;
    const name = (t) => graph.tensors[t].name;
    out.push(`${describeOp(op)}: input ranges differ ${Math.round(ratio)}x (${name(narrow.t)} ${show(narrow.r)} vs ${name(wide.t)} ${show(wide.r)}); the narrow input keeps about ${Math.max(1, Math.round(255 / ratio))} of 256 int8 levels \u2014 rescale the wide branch (e.g. normalise coordinates) before the ${op.type === "CONCATENATION" ? "concatenation" : "addition"}`);
  });
  return out;
}

// src/quantize/int8.ts
var qOf = (p) => quantization(p.scale, p.zeroPoint);
var Int8Build = class {
  constructor(graph, quantized2, params, inputRequant) {
    this.graph = graph;
    this.quantized = quantized2;
    this.params = params;
    this.inputRequant = inputRequant;
    this.edit = new GraphEdit(graph);
    this.constants = new ConstantQuantizer(this.edit);
  }
  graph;
  quantized;
  params;
  inputRequant;
  edit;
  ops = [];
  /** Float activation → its int8 twin (when the original stays float), or itself. */
  intOf = /* @__PURE__ */ new Map();
  /** Int8 activation → its float twin (when the original becomes int8), or itself. */
  floatOf = /* @__PURE__ */ new Map();
  requantized = [];
  constants;
  /** Make tensor `t` int8 in place; float readers get a DEQUANTIZE twin. */
  int8InPlace(t, p, floatNeeded, dtype = "int8") {
    const tensor = this.edit.tensor(t);
    tensor.dtype = dtype;
    tensor.quantization = qOf(dtype === "uint8" ? { scale: p.scale, zeroPoint: p.zeroPoint + 128 } : p);
    if (!floatNeeded) return;
    const twin = this.edit.add(tensor, "_float", { dtype: "float32" });
    this.floatOf.set(t, twin);
    this.ops.push({ type: "DEQUANTIZE", inputs: [t], outputs: [twin] });
  }
  /** Tensor `t` stays as it is (float, or uint8 at the model's edge); int8 readers get a QUANTIZE twin. */
  int8Twin(t, p) {
    const twin = this.edit.add(this.edit.tensor(t), "_int8", { dtype: "int8", quantization: qOf(p) });
    this.intOf.set(t, twin);
    this.ops.push({ type: "QUANTIZE", inputs: [t], outputs: [twin] });
  }
  quantizedOp(index2, op) {
    const inputs = op.inputs.map((t, slot) => {
      if (!isFloatActivation(this.graph.tensors[t])) return t;
      const current = this.intOf.get(t) ?? t;
      const need = this.inputRequant.get(`${index2}:${slot}`);
      if (!need) return current;
      const r = this.edit.add(this.edit.tensor(t), "_requant", { dtype: "int8", quantization: qOf(need) });
      this.ops.push({ type: "QUANTIZE", inputs: [current], outputs: [r], ...op.origin ? { origin: op.origin } : {} });
      this.requantized.push({ tensor: this.graph.tensors[t].name, op: describeOp(op) });
      return r;
    });
    const first = inputs.find((t) => this.edit.tensors[t]?.dtype === "int8" && !this.edit.tensors[t]?.data);
    const inputScale = first === void 0 ? 1 : this.edit.tensor(first).quantization.scale[0];
    const out = op.outputs.find((t) => this.params.has(t));
    const opParams = out === void 0 ? { scale: 1, zeroPoint: 0 } : this.params.get(out);
    this.ops.push({ ...op, inputs: this.constants.inputs(op, inputs, opParams, inputScale) });
  }
  floatOp(op) {
    this.ops.push({ ...op, inputs: op.inputs.map((t) => this.floatOf.get(t) ?? t) });
  }
};
function int8Tensors(graph, quantized2, inferenceType) {
  const out = /* @__PURE__ */ new Set();
  for (const i2 of quantized2) for (const t of [...graph.ops[i2].inputs, ...graph.ops[i2].outputs]) if (isFloatActivation(graph.tensors[t])) out.add(t);
  if (inferenceType !== "float32") {
    for (const io of [...graph.inputs, ...graph.outputs]) if (isFloatActivation(graph.tensors[io.tensor])) out.add(io.tensor);
  }
  return out;
}
function quantizeInt8(graph, ranges, options = {}) {
  const inferenceType = options.inferenceType ?? "float32";
  const plan = planOps(graph, ranges, options.keepFloat);
  const wanted = int8Tensors(graph, plan.quantized, inferenceType);
  const { params, inputRequant } = assignParams(graph, plan.quantized, ranges, wanted);
  for (const t of wanted) if (!params.has(t) && ranges.has(t)) params.set(t, activationParams(ranges.get(t)));
  const b = new Int8Build(graph, plan.quantized, params, inputRequant);
  const outputs = buildOps(b, wanted, inferenceType);
  const result = b.edit.build(b.ops.map((op) => ({ ...op })), { inputs: graph.inputs, outputs });
  compactTensors(result);
  return {
    graph: result,
    report: {
      mode: "int8",
      ...weightNotes(graph, plan.quantized),
      floatOps: plan.floatOps,
      requantized: b.requantized,
      rangeWarnings: rangeWarnings(graph, ranges, plan.quantized),
      notes: []
    }
  };
}
function weightNotes(graph, quantized2) {
  const quantizedWeights = [];
  const floatWeights = [];
  graph.ops.forEach((op, i2) => {
    const rule = INT8_RULES[op.type];
    op.inputs.forEach((t, slot) => {
      const tensor = graph.tensors[t];
      if (!isFloatConstant(tensor)) return;
      const note = { tensor: tensor.name, op: describeOp(op), elements: elementCount2(tensor) };
      if (quantized2.has(i2) && rule?.kind === "affine" && slot === rule.weight) quantizedWeights.push({ ...note, ...rule.axis === void 0 ? {} : { axis: rule.axis } });
      else if (!quantized2.has(i2) && note.elements >= MIN_WEIGHT_ELEMENTS) floatWeights.push(note);
    });
  });
  return { quantizedWeights, floatWeights };
}
function buildOps(b, wanted, inferenceType) {
  const { graph, quantized: quantized2, params } = b;
  const uses = consumers2(graph);
  const producer = producers2(graph);
  const graphOutputs = new Set(graph.outputs.map((io) => io.tensor));
  const floatReaders = (t) => (uses.get(t) ?? []).some((u) => !quantized2.has(u.op)) || inferenceType === "float32" && graphOutputs.has(t);
  const settle = (t, byInt8Op) => {
    const p = params.get(t);
    if (!p || !wanted.has(t)) return;
    if (byInt8Op) b.int8InPlace(t, p, floatReaders(t));
    else if ((uses.get(t) ?? []).some((u) => quantized2.has(u.op)) || inferenceType !== "float32" && graphOutputs.has(t)) b.int8Twin(t, p);
  };
  for (const io of graph.inputs) {
    const p = params.get(io.tensor);
    if (inferenceType === "float32" || !p) settle(io.tensor, false);
    else if (inferenceType === "int8") b.int8InPlace(io.tensor, p, floatReaders(io.tensor));
    else {
      b.int8InPlace(io.tensor, p, floatReaders(io.tensor), "uint8");
      b.int8Twin(io.tensor, p);
    }
  }
  graph.ops.forEach((op, i2) => {
    if (quantized2.has(i2)) b.quantizedOp(i2, op);
    else b.floatOp(op);
    for (const t of op.outputs) settle(t, quantized2.has(i2) && producer.get(t) === i2);
  });
  return graph.outputs.map((io) => ({ ...io, tensor: integerOutput(b, io.tensor, inferenceType) }));
}
function integerOutput(b, t, inferenceType) {
  if (inferenceType === "float32") return b.floatOf.get(t) ?? t;
  const int8 = b.intOf.get(t) ?? t;
  const q = b.edit.tensors[int8]?.quantization;
  if (inferenceType === "int8" || !q || b.edit.tensor(int8).dtype !== "int8") return int8;
  const out = b.edit.add(b.edit.tensor(int8), "_uint8", { dtype: "uint8", quantization: { scale: q.scale, zeroPoint: q.zeroPoint.map((z) => z + 128), quantizedDimension: 0 } });
  b.ops.push({ type: "QUANTIZE", inputs: [int8], outputs: [out] });
  return out;
}

// src/graph/batch.ts
var PER_SAMPLE = /* @__PURE__ */ new Set([
  "CONV_2D",
  "DEPTHWISE_CONV_2D",
  "MAX_POOL_2D",
  "AVERAGE_POOL_2D",
  "RESIZE_BILINEAR",
  "RESIZE_NEAREST_NEIGHBOR",
  "SPACE_TO_DEPTH",
  "DEPTH_TO_SPACE",
  "SOFTMAX",
  "LOG_SOFTMAX",
  "QUANTIZE",
  "DEQUANTIZE",
  "L2_NORMALIZATION",
  "RELU",
  "RELU6",
  "RELU_N1_TO_1",
  "RELU_0_TO_1",
  "LEAKY_RELU",
  "PRELU",
  "ELU",
  "GELU",
  "HARD_SWISH",
  "LOGISTIC",
  "TANH",
  "EXP",
  "LOG",
  "SQRT",
  "RSQRT",
  "SQUARE",
  "NEG",
  "ABS",
  "FLOOR",
  "CEIL",
  "ROUND",
  "SIN",
  "COS",
  "SIGN",
  "ADD",
  "SUB",
  "MUL",
  "DIV",
  "MAXIMUM",
  "MINIMUM",
  "SQUARED_DIFFERENCE",
  "POW"
]);
var REDUCTIONS = /* @__PURE__ */ new Set(["MEAN", "SUM", "REDUCE_MAX", "REDUCE_MIN", "REDUCE_PROD"]);
var ints = (t) => t?.data instanceof Int32Array ? Array.from(t.data) : void 0;
var axis = (a, rank) => a < 0 ? a + rank : a;
var product = (xs) => xs.reduce((a, b) => a * b, 1);
function refusal(g, op) {
  const t = (i2) => g.tensors[op.inputs[i2]];
  const rank = t(0)?.shape.length ?? 0;
  if (PER_SAMPLE.has(op.type)) {
    return op.inputs.some((id) => id >= 0 && g.tensors[id].data && g.tensors[id].shape.length === rank && rank > 0 && op.type !== "CONV_2D" && op.type !== "DEPTHWISE_CONV_2D" && g.tensors[id].shape[0] !== 1) ? "a constant operand spans the batch axis" : void 0;
  }
  if (op.type === "FULLY_CONNECTED") {
    const rows = product(t(0).shape.slice(1));
    return rank === 2 || op.options?.keep_num_dims === true || rows === t(1)?.shape[1] ? void 0 : "flattens the batch into rows";
  }
  if (REDUCTIONS.has(op.type)) return ints(t(1))?.every((a) => axis(a, rank) !== 0) ? void 0 : "reduces over the batch axis";
  if (op.type === "CONCATENATION") return axis(Number(op.options?.axis ?? 0), g.tensors[op.outputs[0]].shape.length) !== 0 ? void 0 : "concatenates along the batch axis";
  if (op.type === "PAD" || op.type === "PADV2" || op.type === "MIRROR_PAD") return ints(t(1))?.slice(0, 2).every((p) => p === 0) ? void 0 : "pads the batch axis";
  if (op.type === "TRANSPOSE") return ints(t(1))?.[0] === 0 ? void 0 : "moves the batch axis";
  if (op.type === "RESHAPE") {
    const shape = ints(t(1));
    const out = g.tensors[op.outputs[0]];
    const apart = shape !== void 0 && (shape[0] === 1 || shape[0] === -1) && product(t(0).shape.slice(1)) === product(out.shape.slice(1));
    return apart ? void 0 : "reshapes across the batch axis";
  }
  return `${op.type} is not known to keep samples apart`;
}
function reshapeShapes(g) {
  return new Set(g.ops.filter((op) => op.type === "RESHAPE").map((op) => op.inputs[1]));
}
function withBatch(graph, batch) {
  if (batch === 1) return graph;
  if (graph.subgraphs?.length) return void 0;
  const activations = graph.tensors.filter((t) => !t.data);
  if (activations.some((t) => t.shape[0] !== 1)) return void 0;
  if (graph.ops.some((op) => refusal(graph, op) !== void 0)) return void 0;
  const shapes = reshapeShapes(graph);
  const tensors = graph.tensors.map((t) => {
    if (!t.data) {
      const { shapeSignature: _signature, ...rest } = t;
      return { ...rest, shape: [batch, ...t.shape.slice(1)] };
    }
    if (shapes.has(t.id) && t.data instanceof Int32Array && t.data[0] === 1) return { ...t, data: Int32Array.from([batch, ...Array.from(t.data).slice(1)]) };
    return t;
  });
  return { ...graph, tensors };
}

// src/quantize/reduce.ts
var MEASURED_OUTPUT = "measured";
var ReductionBuild = class {
  tensors;
  /** The flat reductions, in the order they sit in the output. */
  parts = [];
  constructor(base, extra = []) {
    this.tensors = [...base.tensors, ...extra];
  }
  add(t) {
    return this.tensors.push({ ...t, id: this.tensors.length }) - 1;
  }
  /** A float tensor of the shape of `like`. */
  floatLike(like, name) {
    return this.add({ name, shape: [...this.tensors[like].shape], dtype: "float32" });
  }
  /**
   * Reduce `x` (float32) over H×W of its [N, H, W, C] view with `type`, append the N·C results to the output and
   * return N·C; the ops go into `ops`. `batch`: samples per invoke (each sample's C results stay apart).
   */
  reduce(x2, type, name, ops, batch = 1) {
    const shape = this.tensors[x2].shape;
    const elements = shape.reduce((a, b) => a * b, 1);
    const last = shape.length >= 2 ? shape[shape.length - 1] : 1;
    const view = shape.length === 4 ? [...shape] : [batch, elements / (batch * last), 1, last];
    const [n, h, w, c] = view;
    let source = x2;
    if (shape.length !== 4) {
      source = this.add({ name: `${name}/view`, shape: view, dtype: "float32" });
      ops.push({ type: "RESHAPE", inputs: [x2, this.int32(`${name}/view/shape`, view)], outputs: [source] });
    }
    const reduced = this.add({ name, shape: [n, 1, 1, c], dtype: "float32" });
    const options = type === "MEAN" ? { keep_dims: true } : { padding: "VALID", stride_w: 1, stride_h: 1, filter_width: w, filter_height: h };
    ops.push({ type, inputs: type === "MEAN" ? [source, this.int32(`${name}/axes`, [1, 2])] : [source], outputs: [reduced], options });
    const flat = this.add({ name: `${name}/flat`, shape: [n * c], dtype: "float32" });
    ops.push({ type: "RESHAPE", inputs: [reduced, this.int32(`${name}/flat/shape`, [n * c])], outputs: [flat] });
    this.parts.push(flat);
    return n * c;
  }
  /** `graph` with `ops` and every reduction concatenated into the one output. */
  build(graph, ops) {
    const size = this.parts.reduce((a, id) => a + this.tensors[id].shape[0], 0);
    const output = this.add({ name: MEASURED_OUTPUT, shape: [size], dtype: "float32" });
    ops.push({ type: "CONCATENATION", inputs: this.parts, outputs: [output], options: { axis: 0 } });
    return { ...graph, tensors: this.tensors, ops, outputs: [{ name: MEASURED_OUTPUT, tensor: output }] };
  }
  int32(name, values) {
    return this.add({ name, shape: [values.length], dtype: "int32", data: Int32Array.from(values) });
  }
};

// src/quantize/calibration.ts
function rangesGraph(graph, ids, batch = 1) {
  if (ids.length === 0) return { graph: { ...graph, outputs: [] }, tensors: [], sizes: [], batch };
  const build = new ReductionBuild(graph);
  const reductions = /* @__PURE__ */ new Map();
  const sizes = ids.map((id, i2) => {
    const ops2 = [];
    reductions.set(id, ops2);
    const negated = build.floatLike(id, `ranges/${i2}/neg`);
    ops2.push({ type: "NEG", inputs: [id], outputs: [negated] });
    const size = build.reduce(id, "MAX_POOL_2D", `ranges/${i2}/max`, ops2, batch);
    build.reduce(negated, "MAX_POOL_2D", `ranges/${i2}/negmin`, ops2, batch);
    return size;
  });
  const produced = new Set(graph.ops.flatMap((op) => op.outputs));
  const ops = ids.filter((id) => !produced.has(id)).flatMap((id) => reductions.get(id));
  for (const op of graph.ops) ops.push(op, ...op.outputs.flatMap((id) => reductions.get(id) ?? []));
  return { graph: build.build(graph, ops), tensors: [...ids], sizes, batch };
}
var CALIBRATION_BATCH = 8;
var BATCH_ELEMENTS = 8 * 1024 * 1024;
function calibrationGraph(graph, maxBatch = CALIBRATION_BATCH) {
  const produced = new Set(graph.ops.flatMap((op) => op.outputs));
  const wanted = graph.tensors.filter((t) => t.dtype === "float32" && !t.data && !t.shape.includes(0) && (produced.has(t.id) || graph.inputs.some((io) => io.tensor === t.id)));
  const largest = Math.max(1, ...graph.tensors.filter((t) => !t.data).map((t) => t.shape.reduce((a, b) => a * b, 1)));
  for (const batch of [8, 4, 2].filter((b) => b <= maxBatch)) {
    const batched = largest * batch <= BATCH_ELEMENTS ? withBatch(graph, batch) : void 0;
    if (batched) return rangesGraph(batched, wanted.map((t) => t.id), batch);
  }
  return rangesGraph(graph, wanted.map((t) => t.id));
}
var UNSTABLE_SHARE = 0.2;
function rangeOver(stats, outputs, o, from, to) {
  let min = Infinity;
  let max2 = -Infinity;
  for (let s = from; s < to; s++) {
    const at = (s * outputs + o) * 2;
    min = Math.min(min, stats[at]);
    max2 = Math.max(max2, stats[at + 1]);
  }
  return { min, max: max2 };
}
function collectRanges(stats, samples, tensors, names = (id) => `tensor ${id}`) {
  const ranges = /* @__PURE__ */ new Map();
  const unstable = [];
  const half = Math.floor(samples / 2);
  tensors.forEach((tensor, o) => {
    const all = rangeOver(stats, tensors.length, o, 0, samples);
    if (!Number.isFinite(all.min) || !Number.isFinite(all.max)) return;
    ranges.set(tensor, all);
    if (half < 1) return;
    const a = rangeOver(stats, tensors.length, o, 0, half);
    const b = rangeOver(stats, tensors.length, o, half, samples);
    const width2 = Math.max(all.max, 0) - Math.min(all.min, 0);
    const difference = width2 > 0 ? Math.max(Math.abs(a.min - b.min), Math.abs(a.max - b.max)) / width2 : 0;
    if (difference > UNSTABLE_SHARE) unstable.push({ tensor, name: names(tensor), difference });
  });
  return { ranges, samples, unstable };
}

// src/pipeline/quantize.ts
var DEFAULT_CALIBRATION_SAMPLES = 200;
var DEFAULT_CALIBRATION_SEED = 0;
var RECURRENT3 = /* @__PURE__ */ new Set(["LSTM", "GRU", "SimpleRNN", "Bidirectional", "CuDNNLSTM", "CuDNNGRU", "RNN"]);
function recurrentLayers2(graph) {
  const names = /* @__PURE__ */ new Set();
  const walk = (g) => g.layers.forEach((l) => {
    if (RECURRENT3.has(l.className)) names.add(l.name);
    if (l.model) walk(l.model);
  });
  walk(graph);
  return (op) => op.origin && (names.has(op.origin) || names.has(op.origin.split("/").pop() ?? "")) ? "recurrent layer (kept float; its weights stay float32)" : void 0;
}
function graphInputs(graph) {
  return graph.inputs.map((io) => {
    const t = graph.tensors[io.tensor];
    return { name: io.name, shape: t.shape, dtype: t.dtype };
  });
}
async function loadCalibrationData(path, graph, options = {}) {
  const settings = { ...options, samples: options.samples ?? DEFAULT_CALIBRATION_SAMPLES, seed: options.seed ?? DEFAULT_CALIBRATION_SEED };
  const dataset = await loadDataset(path, graphInputs(graph), settings);
  const bad2 = dataset.inputs.find((input) => input.dtype !== "float32" && graph.tensors[graph.inputs[dataset.inputs.indexOf(input)].tensor]?.dtype === "float32");
  if (bad2) throw new GateError("bad-dataset", `calibration data for input ${bad2.name} is ${bad2.dtype}, the model takes float32`, { file: path }, "Pass the float data the model is fed (with --scale/--offset/--mean/--std as in evaluate).");
  return dataset;
}
var sampleInputs = (dataset) => dataset.inputs.map((input) => ({ data: input.data, sampleSize: input.data.length / dataset.count }));
var DEFAULT_WORKERS = Math.min(4, availableParallelism());
async function calibrate(graph, dataset, file, workers = DEFAULT_WORKERS, shared, onProgress) {
  const build = calibrationGraph(graph, dataset.count);
  const request = {
    bytes: writeTflite(build.graph),
    file,
    inputs: sampleInputs(dataset),
    count: dataset.count,
    segments: build.sizes,
    batch: build.batch,
    ...onProgress ? { onProgress } : {}
  };
  const pooled = (shared?.size ?? workers) > 1 && dataset.count >= 128;
  const own = pooled && !shared ? new LazyPool(Math.min(workers, availableParallelism())) : void 0;
  try {
    const [block] = pooled ? await (await (shared ?? own).get()).predict(request) : await predictInProcess(request);
    return collectRanges(block.data, dataset.count, build.tensors, (id) => graph.tensors[id]?.name ?? `tensor ${id}`);
  } finally {
    await own?.close();
  }
}
async function quantizeModel(graph, options) {
  if (options.mode === "dynamic") return quantizeDynamic(graph);
  if (!options.calibration) throw new GateError("usage", "full-integer quantization needs calibration data", { file: options.file }, "Pass --representative_dataset=FILE (any dataset format evaluate reads).");
  const calibration = await calibrate(graph, options.calibration, options.file, options.workers, options.pool, options.onProgress);
  const result = quantizeInt8(graph, calibration.ranges, { inferenceType: options.inferenceType, keepFloat: options.keepFloat });
  return { ...result, calibration };
}

// src/quantize/layer-error.ts
var SKIP = /* @__PURE__ */ new Set(["QUANTIZE", "DEQUANTIZE"]);
function layerPairs(float, int8) {
  const byName = new Map(float.tensors.filter((t) => isFloatActivation(t)).map((t) => [t.name, t.id]));
  const pairs2 = [];
  for (const op of int8.ops) {
    if (SKIP.has(op.type)) continue;
    for (const id of op.outputs) {
      const t = int8.tensors[id];
      const twin = t ? byName.get(t.name) : void 0;
      if (t && twin !== void 0 && t.dtype === "int8" && t.quantization && sameShape2(t.shape, float.tensors[twin].shape)) pairs2.push({ float: twin, int8: id, op: describeOp(op) });
    }
  }
  return pairs2;
}
var sameShape2 = (a, b) => a.length === b.length && a.every((d, i2) => d === b[i2]);
function layerErrorGraph(float, int8, pairs2) {
  const shift = float.tensors.length;
  const shared = new Map(int8.inputs.map((io, i2) => [io.tensor, float.inputs[i2].tensor]));
  const id = (t) => t < 0 ? t : shared.get(t) ?? t + shift;
  const build = new ReductionBuild(float, int8.tensors.map((t) => ({ ...t, id: t.id + shift, name: `int8/${t.name}` })));
  const subgraphs = float.subgraphs?.length ?? 0;
  const producer = /* @__PURE__ */ new Map();
  float.ops.forEach((op, i2) => op.outputs.forEach((t) => producer.set(t, i2)));
  const byInt8 = /* @__PURE__ */ new Map();
  pairs2.forEach((p, i2) => byInt8.set(p.int8, [...byInt8.get(p.int8) ?? [], i2]));
  const ops = [];
  let nextFloat = 0;
  const sizes = [];
  for (const op of int8.ops) {
    ops.push({ ...op, inputs: op.inputs.map(id), outputs: op.outputs.map(id), ...op.options ? { options: renumber(op.options, subgraphs) } : {} });
    for (const i2 of op.outputs.flatMap((t) => byInt8.get(t) ?? [])) {
      const { float: f, int8: q } = pairs2[i2];
      const last = producer.get(f) ?? -1;
      while (nextFloat <= last) ops.push(float.ops[nextFloat++]);
      const real = build.floatLike(f, `layer-error/${i2}/real`);
      const signal = build.floatLike(f, `layer-error/${i2}/signal`);
      const noise = build.floatLike(f, `layer-error/${i2}/noise`);
      ops.push({ type: "DEQUANTIZE", inputs: [id(q)], outputs: [real] });
      ops.push({ type: "MUL", inputs: [f, f], outputs: [signal] });
      ops.push({ type: "SQUARED_DIFFERENCE", inputs: [f, real], outputs: [noise] });
      const size = build.reduce(signal, "MEAN", `layer-error/${i2}/signal/mean`, ops);
      build.reduce(noise, "MEAN", `layer-error/${i2}/noise/mean`, ops);
      sizes.push(size);
    }
  }
  const graph = build.build(float, ops);
  const all = [...float.subgraphs ?? [], ...(int8.subgraphs ?? []).map((g) => ({ ...g, ops: g.ops.map((op) => op.options ? { ...op, options: renumber(op.options, subgraphs) } : op) }))];
  return { graph: { ...graph, inputs: float.inputs, ...all.length ? { subgraphs: all } : {} }, sizes };
}
function renumber(options, by) {
  if (by === 0) return options;
  return Object.fromEntries(Object.entries(options).map(([k, v]) => [k, k.endsWith("_subgraph_index") && typeof v === "number" ? v + by : v]));
}
function layerErrorsOf(output, samples, build, pairs2, float) {
  const signal = new Float64Array(pairs2.length);
  const noise = new Float64Array(pairs2.length);
  const perSample = output.length / Math.max(1, samples);
  for (let s = 0; s < samples; s++) {
    let at = s * perSample;
    build.sizes.forEach((size, i2) => {
      let f = 0;
      let d = 0;
      for (let k = 0; k < size; k++) f += output[at + k];
      for (let k = 0; k < size; k++) d += output[at + size + k];
      signal[i2] += f;
      noise[i2] += d;
      at += 2 * size;
    });
  }
  return pairs2.map((p, i2) => {
    const [s, n] = [signal[i2], noise[i2]];
    const snrDb = n === 0 ? Infinity : s === 0 ? -Infinity : 10 * Math.log10(s / n);
    return { tensor: float.tensors[p.float].name, op: p.op, snrDb, relError: s === 0 ? n === 0 ? 0 : Infinity : Math.sqrt(n / s) };
  });
}

// src/pipeline/layer-error.ts
var LAYER_ERROR_SAMPLES = 32;
async function layerErrors(float, int8, data, file, workers = DEFAULT_WORKERS, shared, onProgress) {
  const pairs2 = layerPairs(float, int8);
  if (pairs2.length === 0 || int8.inputs.some((io) => int8.tensors[io.tensor]?.dtype !== float.tensors[float.inputs[0].tensor]?.dtype)) return [];
  const build = layerErrorGraph(float, int8, pairs2);
  const request = { bytes: writeTflite(build.graph), file, inputs: sampleInputs(data), count: Math.min(LAYER_ERROR_SAMPLES, data.count), ...onProgress ? { onProgress } : {} };
  const size = shared?.size ?? Math.min(workers, request.count);
  const own = size > 1 && !shared ? new LazyPool(size) : void 0;
  try {
    const [block] = size > 1 && request.count > 1 ? await (await (shared ?? own).get()).predict(request) : await predictInProcess(request);
    return layerErrorsOf(block.data, request.count, build, pairs2, float);
  } finally {
    await own?.close();
  }
}

// src/pipeline/convert-files.ts
import { stat as stat2 } from "node:fs/promises";
async function statOrUndefined(path) {
  try {
    return await stat2(path);
  } catch {
    return void 0;
  }
}
async function readKerasFile(input, shown, limits) {
  const bytes = await readModelFile(input, shown, "--keras-model-file", limits);
  if (isTflite(bytes)) {
    throw new GateError(
      "usage",
      "already a TensorFlow Lite model (TFL3 identifier at byte 4), nothing to convert",
      { file: shown },
      `Use \`tflite-gate inspect ${shown}\` to look at it, or \`tflite-gate evaluate --model ${shown}\` to run it.`
    );
  }
  return bytes;
}
async function checkOutputPaths(input, outputs) {
  const source = await statOrUndefined(input);
  for (const output of outputs) {
    const target = await statOrUndefined(output);
    if (!target) continue;
    if (target.isDirectory()) {
      throw new GateError("usage", "the output path is a directory", { file: output }, "Give the .tflite file to write, e.g. --output_file=DIR/model.tflite.");
    }
    if (source && target.dev === source.dev && target.ino === source.ino) {
      throw new GateError(
        "usage",
        `the output path is the input model (${input}); converting would overwrite your Keras model`,
        { file: output },
        "Choose another --output_file, e.g. model.tflite."
      );
    }
  }
  for (const output of outputs) checkWritable(output, "file", { mode: "follow", what: "the output", hint: "Check the --output_file path and that its folder is writable." });
}

// src/pipeline/onnx.ts
function pinNotes(model, options) {
  return model.inputs.flatMap((io) => {
    const dynamic = io.dims.map((d, i2) => i2 === 0 || typeof d === "number" && d > 0 ? -1 : i2).filter((i2) => i2 > 0);
    if (dynamic.length === 0) return [];
    const sizes = dynamic.map((i2) => `${i2} ("${io.dims[i2]}")`).join(", ");
    return [`converted at sequence length ${options.sequenceLength} (--sequence_length) for input "${io.name}" [${io.dims.join(", ")}] dimension${dynamic.length > 1 ? "s" : ""} ${sizes}: results hold for inputs of that length`];
  });
}
function convertOnnxBytes(bytes, fileName, options) {
  if (options.dynamicBatch) {
    throw new GateError("usage", "--dynamic_batch is not supported for ONNX models", { file: fileName }, "Pin the batch with --batch_size N (default 1).");
  }
  const model = readOnnxModel(bytes, fileName, options.external ? { external: options.external } : {});
  try {
    const graph = convertOnnxModel(model, {
      batchSize: options.batchSize ?? 1,
      ...options.sequenceLength ? { sequenceLength: options.sequenceLength } : {},
      nhwcInterface: options.nhwc === true
    });
    return { model, graph, notes: pinNotes(model, options) };
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
}

// src/pipeline/convert.ts
async function sourceGraph(bytes, fileName, options) {
  if (probeOnnx(bytes)) return convertOnnxBytes(bytes, fileName, options);
  const model = await readKerasModel(bytes, fileName, { timeoutMs: options.timeoutMs, maxDepth: options.maxConfigDepth });
  options.onProgress?.({ step: "convert", layers: model.graph.layers.length });
  let graph;
  try {
    graph = convertKerasModel(model, options);
  } catch (error) {
    throw error instanceof GateError ? error.withFile(fileName) : error;
  }
  return { model, graph, notes: [...sequenceLengthNotes(model.graph, options.sequenceLength), ...recurrentFormNotes(model.graph, graph, options)] };
}
async function convertBytes(bytes, fileName, options = {}) {
  options.onProgress?.({ step: "read", bytes: bytes.byteLength });
  const variants = options.variants ?? ["float32"];
  const workers = Math.min(options.int8?.workers ?? DEFAULT_WORKERS, availableParallelism2());
  const pool2 = variants.includes("int8") && options.int8 && workers > 1 ? new LazyPool(workers) : void 0;
  pool2?.get().catch(() => void 0);
  try {
    const { model, graph, notes } = await sourceGraph(bytes, fileName, options);
    const out = [];
    for (const variant of variants) out.push(await variantGraph(variant, graph, model, fileName, options, pool2));
    return { model, variants: out, notes };
  } finally {
    await pool2?.close();
  }
}
async function variantGraph(variant, graph, model, fileName, options, pool2) {
  if (variant === "float32" || variant === "float16") {
    const g = variant === "float16" ? toFloat16(graph) : graph;
    return { variant, graph: g, data: writeTflite(g) };
  }
  const int8 = options.int8;
  const calibration = variant === "int8" && int8 ? typeof int8.dataset === "string" ? await loadCalibrationData(int8.dataset, graph, int8.data) : int8.dataset : void 0;
  const q = await quantizeModel(graph, {
    mode: variant,
    file: fileName,
    ...pool2 ? { pool: pool2 } : {},
    ..."nodes" in model ? {} : { keepFloat: recurrentLayers2(model.graph) },
    ...options.onProgress ? { onProgress: (done, total) => options.onProgress({ step: "calibrate", done, total }) } : {},
    ...calibration ? { calibration } : {},
    ...int8?.inferenceType ? { inferenceType: int8.inferenceType } : {},
    ...int8?.workers ? { workers: int8.workers } : {}
  });
  const layerProgress = options.onProgress && ((done, total) => options.onProgress({ step: "layer-errors", done, total }));
  const layers = calibration ? await layerErrors(graph, q.graph, calibration, fileName, int8?.workers, pool2, layerProgress) : void 0;
  return { variant, graph: q.graph, data: writeTflite(q.graph), quantization: q.report, ...q.calibration ? { calibration: q.calibration } : {}, ...layers ? { layerErrors: layers } : {} };
}
function outputPaths(input, variants, options) {
  const main = options.outputFile ? isSpecialTarget(options.outputFile) ? options.outputFile : resolve(options.outputFile) : join3(options.outDir ?? dirname2(input), `${basename(input, extname(input))}.tflite`);
  const primary = options.outputFile && !variants.includes("float32") ? variants[0] : "float32";
  const path = (v) => v === primary ? main : main.replace(/(\.tflite)?$/, `.${v}.tflite`);
  return { float32: path("float32"), float16: path("float16"), dynamic: path("dynamic"), int8: path("int8") };
}
var WRITE_HINT = "Check the --output_file path and that its folder is writable.";
async function writeVariantFile(path, data) {
  const created = isSpecialTarget(path) ? void 0 : await mkdir(dirname2(path), { recursive: true });
  writeOutputFile(path, data, { mode: "follow", what: "the output", hint: WRITE_HINT });
  return created;
}
async function convertFile(input, options = {}) {
  const shown = options.name ?? input;
  const bytes = await readKerasFile(input, shown, options.limits);
  options = { maxConfigDepth: options.limits?.configDepth, ...options };
  const variants = options.variants ?? ["float32"];
  const paths = outputPaths(input, variants, options);
  await checkOutputPaths(input, variants.map((v) => paths[v]));
  const converted = await convertBytes(bytes, shown, { external: externalReader(input, options.limits?.modelMib), ...options });
  const written = [];
  let createdDir;
  try {
    for (const v of converted.variants) {
      options.onProgress?.({ step: "write", variant: v.variant });
      createdDir ??= await writeVariantFile(paths[v.variant], v.data);
      written.push({
        variant: v.variant,
        path: paths[v.variant],
        bytes: v.data.byteLength,
        graph: v.graph,
        ...v.quantization ? { quantization: v.quantization } : {},
        ...v.calibration ? { calibration: v.calibration } : {},
        ...v.layerErrors ? { layerErrors: v.layerErrors } : {}
      });
    }
  } catch (error) {
    await Promise.all(written.filter((w) => !isSpecialTarget(w.path)).map((w) => rm(w.path, { force: true })));
    if (createdDir) await rm(createdDir, { recursive: true, force: true });
    throw error instanceof GateError ? error : new GateError("usage", `cannot write the output: ${writeFailure(error)}`, { file: paths.float32 }, WRITE_HINT);
  }
  return { model: converted.model, variants: written, notes: converted.notes, ...createdDir ? { createdDir } : {} };
}

export {
  seededRandom,
  sampleIndices,
  modelClassCount,
  prepareDataset,
  loadDataset,
  InterpreterPool,
  predictInProcess,
  isTflite,
  supportedClassNames,
  findUnsupported,
  DEFAULT_CONVERT_OPTIONS,
  convertKerasModel,
  probeKerasFormat,
  readKerasModel,
  writeTflite,
  toFloat16,
  DEFAULT_CALIBRATION_SAMPLES,
  DEFAULT_CALIBRATION_SEED,
  readModelFile,
  supportedOnnxOps,
  convertOnnxModel,
  convertBytes,
  convertFile
};
