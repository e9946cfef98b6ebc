import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);
import {
  Gunzip,
  openZip,
  writeTflite
} from "./chunk-BEIMX3LC.js";
import {
  lfsDatasetError,
  parseLfsPointer
} from "./chunk-TKDOPEIY.js";
import {
  compactTensors
} from "./chunk-NF5IC4FN.js";
import {
  DEFAULT_LIMITS,
  MIB,
  fileOrFolder,
  limitBytes,
  limitHint,
  limitName,
  readRegularFile
} from "./chunk-QPIMBNKW.js";
import {
  LazyPool,
  predictInProcess
} from "./chunk-KHIVFZ2B.js";
import {
  halfToFloat
} from "./chunk-LHSQ66CC.js";
import {
  GateError,
  excerpt,
  quoted
} from "./chunk-JM7JNUOI.js";
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
        for (var i = 0; i < 64; i++) {
          var t = ffloor((YQT[i] * sf + 50) / 100);
          if (t < 1) {
            t = 1;
          } else if (t > 255) {
            t = 255;
          }
          YTable[ZigZag[i]] = t;
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
        for (var i = 0; i < 256; i++) {
          RGB_YUV_TABLE[i] = 19595 * i;
          RGB_YUV_TABLE[i + 256 >> 0] = 38470 * i;
          RGB_YUV_TABLE[i + 512 >> 0] = 7471 * i + 32768;
          RGB_YUV_TABLE[i + 768 >> 0] = -11059 * i;
          RGB_YUV_TABLE[i + 1024 >> 0] = -21709 * i;
          RGB_YUV_TABLE[i + 1280 >> 0] = 32768 * i + 8421375;
          RGB_YUV_TABLE[i + 1536 >> 0] = -27439 * i;
          RGB_YUV_TABLE[i + 1792 >> 0] = -5329 * i;
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
        var i;
        var I8 = 8;
        var I64 = 64;
        for (i = 0; i < I8; ++i) {
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
        for (i = 0; i < I8; ++i) {
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
        for (i = 0; i < I64; ++i) {
          fDCTQuant2 = data[i] * fdtbl[i];
          outputfDCTQuant[i] = fDCTQuant2 > 0 ? fDCTQuant2 + 0.5 | 0 : fDCTQuant2 - 0.5 | 0;
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
        for (var i = 0; i < exifBuffer.length; i++) {
          writeByte(exifBuffer[i]);
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
        for (var i = 0; i < 64; i++) {
          writeByte(YTable[i]);
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
        for (var i = 0; i < 16; i++) {
          writeByte(std_dc_luminance_nrcodes[i + 1]);
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
          var i;
          for (i = 0; i < l; i++)
            writeByte(e.charCodeAt(i));
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
        var i = 1;
        var lng;
        while (i <= end0pos) {
          var startpos = i;
          for (; DU[i] == 0 && i <= end0pos; ++i) {
          }
          var nrzeroes = i - startpos;
          if (nrzeroes >= I16) {
            lng = nrzeroes >> 4;
            for (var nrmarker = 1; nrmarker <= lng; ++nrmarker)
              writeBits(M16zeroes);
            nrzeroes = nrzeroes & 15;
          }
          pos = 32767 + DU[i];
          writeBits(HTAC[(nrzeroes << 4) + category[pos]]);
          writeBits(bitcode[pos]);
          i++;
        }
        if (end0pos != I63) {
          writeBits(EOB);
        }
        return DC;
      }
      function initCharLookupTable() {
        var sfcc = String.fromCharCode;
        for (var i = 0; i < 256; i++) {
          clt[i] = sfcc(i);
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
        var x, y = 0;
        var r, g, b;
        var start, p, col, row, pos;
        while (y < height) {
          x = 0;
          while (x < quadWidth) {
            start = quadWidth * y + x;
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
              if (x + col >= quadWidth) {
                p -= x + col - quadWidth + 4;
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
            x += 32;
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
        var k = 0, code = [], i, j, length = 16;
        while (length > 0 && !codeLengths[length - 1])
          length--;
        code.push({ children: [], index: 0 });
        var p = code[0], q;
        for (i = 0; i < length; i++) {
          for (j = 0; j < codeLengths[i]; j++) {
            p = code.pop();
            p.children[p.index] = values[k];
            while (p.index > 0) {
              if (code.length === 0)
                throw new Error("Could not recreate Huffman Table");
              p = code.pop();
            }
            p.index++;
            code.push(p);
            while (code.length <= i) {
              code.push(q = { children: [], index: 0 });
              p.children[p.index] = q.children;
              p = q;
            }
            k++;
          }
          if (i + 1 < length) {
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
        var component, i, j, k, n;
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
          for (i = 0; i < componentsLength; i++)
            components[i].pred = 0;
          eobrun = 0;
          if (componentsLength == 1) {
            component = components[0];
            for (n = 0; n < resetInterval; n++) {
              decodeBlock(component, decodeFn, mcu);
              mcu++;
            }
          } else {
            for (n = 0; n < resetInterval; n++) {
              for (i = 0; i < componentsLength; i++) {
                component = components[i];
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
          var i2;
          for (i2 = 0; i2 < 64; i2++)
            p[i2] = zz[i2] * qt[i2];
          for (i2 = 0; i2 < 8; ++i2) {
            var row = 8 * i2;
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
          for (i2 = 0; i2 < 8; ++i2) {
            var col = i2;
            if (p[1 * 8 + col] == 0 && p[2 * 8 + col] == 0 && p[3 * 8 + col] == 0 && p[4 * 8 + col] == 0 && p[5 * 8 + col] == 0 && p[6 * 8 + col] == 0 && p[7 * 8 + col] == 0) {
              t = dctSqrt2 * dataIn[i2 + 0] + 8192 >> 14;
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
          for (i2 = 0; i2 < 64; ++i2) {
            var sample2 = 128 + (p[i2] + 8 >> 4);
            dataOut[i2] = sample2 < 0 ? 0 : sample2 > 255 ? 255 : sample2;
          }
        }
        requestMemoryAllocation(samplesPerLine * blocksPerColumn * 8);
        var i, j;
        for (var blockRow = 0; blockRow < blocksPerColumn; blockRow++) {
          var scanLine = blockRow << 3;
          for (i = 0; i < 8; i++)
            lines.push(new Uint8Array(samplesPerLine));
          for (var blockCol = 0; blockCol < blocksPerLine; blockCol++) {
            quantizeAndInverse(component.blocks[blockRow][blockCol], r, R);
            var offset = 0, sample = blockCol << 3;
            for (j = 0; j < 8; j++) {
              var line = lines[scanLine + j];
              for (i = 0; i < 8; i++)
                line[sample + i] = r[offset++];
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
                for (var i2 = 0; i2 < blocksPerColumnForMcu; i2++) {
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
            var i, j, l;
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
                for (i = 0; i < componentsCount; i++) {
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
                for (i = 2; i < huffmanLength; ) {
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
                  i += 17 + codeLengthSum;
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
                for (i = 0; i < selectorsCount; i++) {
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
          for (var i = 0; i < frames.length; i++) {
            var cp = frames[i].components;
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
          for (var i = 0; i < frame.componentsOrder.length; i++) {
            var component = frame.components[frame.componentsOrder[i]];
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
          var x, y;
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
                for (x = 0; x < width2; x++) {
                  Y = component1Line[0 | x * component1.scaleX * scaleX];
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
                for (x = 0; x < width2; x++) {
                  Y = component1Line[0 | x * component1.scaleX * scaleX];
                  data[offset++] = Y;
                  Y = component2Line[0 | x * component2.scaleX * scaleX];
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
                for (x = 0; x < width2; x++) {
                  if (!colorTransform) {
                    R = component1Line[0 | x * component1.scaleX * scaleX];
                    G = component2Line[0 | x * component2.scaleX * scaleX];
                    B = component3Line[0 | x * component3.scaleX * scaleX];
                  } else {
                    Y = component1Line[0 | x * component1.scaleX * scaleX];
                    Cb = component2Line[0 | x * component2.scaleX * scaleX];
                    Cr = component3Line[0 | x * component3.scaleX * scaleX];
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
                for (x = 0; x < width2; x++) {
                  if (!colorTransform) {
                    C = component1Line[0 | x * component1.scaleX * scaleX];
                    M = component2Line[0 | x * component2.scaleX * scaleX];
                    Ye = component3Line[0 | x * component3.scaleX * scaleX];
                    K = component4Line[0 | x * component4.scaleX * scaleX];
                  } else {
                    Y = component1Line[0 | x * component1.scaleX * scaleX];
                    Cb = component2Line[0 | x * component2.scaleX * scaleX];
                    Cr = component3Line[0 | x * component3.scaleX * scaleX];
                    K = component4Line[0 | x * component4.scaleX * scaleX];
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
          var i = 0, j = 0, x, y;
          var Y, K, C, M, R, G, B;
          switch (this.components.length) {
            case 1:
              for (y = 0; y < height; y++) {
                for (x = 0; x < width2; x++) {
                  Y = data[i++];
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
                for (x = 0; x < width2; x++) {
                  R = data[i++];
                  G = data[i++];
                  B = data[i++];
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
                for (x = 0; x < width2; x++) {
                  C = data[i++];
                  M = data[i++];
                  Y = data[i++];
                  K = data[i++];
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
      var decoder = new JpegImage();
      decoder.opts = opts;
      JpegImage.resetMaxMemoryUsage(opts.maxMemoryUsageInMB * 1024 * 1024);
      decoder.parse(arr);
      var channels = opts.formatAsRGBA ? 4 : 3;
      var bytesNeeded = decoder.width * decoder.height * channels;
      try {
        JpegImage.requestMemoryAllocation(bytesNeeded);
        var image = {
          width: decoder.width,
          height: decoder.height,
          exifBuffer: decoder.exifBuffer,
          data: opts.useTArray ? new Uint8Array(bytesNeeded) : Buffer.alloc(bytesNeeded)
        };
        if (decoder.comments.length > 0) {
          image["comments"] = decoder.comments;
        }
      } catch (err) {
        if (err instanceof RangeError) {
          throw new Error("Could not allocate enough memory for the image. Required: " + bytesNeeded);
        }
        if (err instanceof ReferenceError) {
          if (err.message === "Buffer is not defined") {
            throw new Error("Buffer is not globally defined in this environment. Consider setting useTArray to true");
          }
        }
        throw err;
      }
      decoder.copyToImageData(image, opts.formatAsRGBA);
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
      for (let i = 0; i < imagePasses.length; i++) {
        let pass = imagePasses[i];
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
          images.push({ width: passWidth, height: passHeight, index: i });
        }
      }
      return images;
    };
    exports.getInterlaceIterator = function(width2) {
      return function(x, y, pass) {
        let outerXLeftOver = x % imagePasses[pass].x.length;
        let outerX = (x - outerXLeftOver) / imagePasses[pass].x.length * 8 + imagePasses[pass].x[outerXLeftOver];
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
        for (let i = 0; i < passes.length; i++) {
          this._images.push({
            byteWidth: getByteWidth(passes[i].width, bpp, depth),
            height: passes[i].height,
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
    Filter.prototype._unFilterType1 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f1Left = x > xBiggerThan ? unfilteredLine[x - xComparison] : 0;
        unfilteredLine[x] = rawByte + f1Left;
      }
    };
    Filter.prototype._unFilterType2 = function(rawData, unfilteredLine, byteWidth) {
      let lastLine = this._lastLine;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f2Up = lastLine ? lastLine[x] : 0;
        unfilteredLine[x] = rawByte + f2Up;
      }
    };
    Filter.prototype._unFilterType3 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      let lastLine = this._lastLine;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f3Up = lastLine ? lastLine[x] : 0;
        let f3Left = x > xBiggerThan ? unfilteredLine[x - xComparison] : 0;
        let f3Add = Math.floor((f3Left + f3Up) / 2);
        unfilteredLine[x] = rawByte + f3Add;
      }
    };
    Filter.prototype._unFilterType4 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      let lastLine = this._lastLine;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f4Up = lastLine ? lastLine[x] : 0;
        let f4Left = x > xBiggerThan ? unfilteredLine[x - xComparison] : 0;
        let f4UpLeft = x > xBiggerThan && lastLine ? lastLine[x - xComparison] : 0;
        let f4Add = paethPredictor(f4Left, f4Up, f4UpLeft);
        unfilteredLine[x] = rawByte + f4Add;
      }
    };
    Filter.prototype._reverseFilterLine = function(rawData) {
      let filter = rawData[0];
      let unfilteredLine;
      let currentImage = this._images[this._imageIndex];
      let byteWidth = currentImage.byteWidth;
      if (filter === 0) {
        unfilteredLine = rawData.slice(1, byteWidth + 1);
      } else {
        unfilteredLine = Buffer.alloc(byteWidth);
        switch (filter) {
          case 1:
            this._unFilterType1(rawData, unfilteredLine, byteWidth);
            break;
          case 2:
            this._unFilterType2(rawData, unfilteredLine, byteWidth);
            break;
          case 3:
            this._unFilterType3(rawData, unfilteredLine, byteWidth);
            break;
          case 4:
            this._unFilterType4(rawData, unfilteredLine, byteWidth);
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
      for (let i = 0; i < 256; i++) {
        let currentCrc = i;
        for (let j = 0; j < 8; j++) {
          if (currentCrc & 1) {
            currentCrc = 3988292384 ^ currentCrc >>> 1;
          } else {
            currentCrc = currentCrc >>> 1;
          }
        }
        crcTable[i] = currentCrc;
      }
    })();
    var CrcCalculator = module.exports = function() {
      this._crc = -1;
    };
    CrcCalculator.prototype.write = function(data) {
      for (let i = 0; i < data.length; i++) {
        this._crc = crcTable[(this._crc ^ data[i]) & 255] ^ this._crc >>> 8;
      }
      return true;
    };
    CrcCalculator.prototype.crc32 = function() {
      return this._crc ^ -1;
    };
    CrcCalculator.crc32 = function(buf) {
      let crc = -1;
      for (let i = 0; i < buf.length; i++) {
        crc = crcTable[(crc ^ buf[i]) & 255] ^ crc >>> 8;
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
      let signature = constants.PNG_SIGNATURE;
      for (let i = 0; i < signature.length; i++) {
        if (data[i] !== signature[i]) {
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
      for (let i = 4; i < 8; i++) {
        name += String.fromCharCode(data[i]);
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
      for (let i = 0; i < entries; i++) {
        this._palette.push([data[i * 3], data[i * 3 + 1], data[i * 3 + 2], 255]);
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
        for (let i = 0; i < data.length; i++) {
          this._palette[i][3] = data[i];
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
      let i = 0;
      function split() {
        if (i === data.length) {
          throw new Error("Ran out of data");
        }
        let byte = data[i];
        i++;
        let byte8, byte7, byte6, byte5, byte4, byte3, byte2, byte1;
        switch (depth) {
          default:
            throw new Error("unrecognised depth");
          case 16:
            byte2 = data[i];
            i++;
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
            split();
          }
          let returner = leftOver.slice(0, count);
          leftOver = leftOver.slice(count);
          return returner;
        },
        resetAfterLine: function() {
          leftOver.length = 0;
        },
        end: function() {
          if (i !== data.length) {
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
        for (let x = 0; x < imageWidth; x++) {
          let pxPos = getPxPos(x, y, imagePass);
          pixelBppMapper[bpp](pxData, data, pxPos, rawPos);
          rawPos += bpp;
        }
      }
      return rawPos;
    }
    function mapImageCustomBit(image, pxData, getPxPos, bpp, bits, maxBit) {
      let imageWidth = image.width;
      let imageHeight = image.height;
      let imagePass = image.index;
      for (let y = 0; y < imageHeight; y++) {
        for (let x = 0; x < imageWidth; x++) {
          let pixelData = bits.get(bpp);
          let pxPos = getPxPos(x, y, imagePass);
          pixelBppCustomMapper[bpp](pxData, pixelData, pxPos, maxBit);
        }
        bits.resetAfterLine();
      }
    }
    exports.dataToBitMap = function(data, bitmapInfo) {
      let width2 = bitmapInfo.width;
      let height = bitmapInfo.height;
      let depth = bitmapInfo.depth;
      let bpp = bitmapInfo.bpp;
      let interlace = bitmapInfo.interlace;
      let bits;
      if (depth !== 8) {
        bits = bitRetriever(data, depth);
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
            bits,
            maxBit
          );
        }
      }
      if (depth === 8) {
        if (rawPos !== data.length) {
          throw new Error("extra data found");
        }
      } else {
        bits.end();
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
        for (let x = 0; x < width2; x++) {
          let color = palette[indata[pxPos]];
          if (!color) {
            throw new Error("index " + indata[pxPos] + " not in palette");
          }
          for (let i = 0; i < 4; i++) {
            outdata[pxPos + i] = color[i];
          }
          pxPos += 4;
        }
      }
    }
    function replaceTransparentColor(indata, outdata, width2, height, transColor) {
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width2; x++) {
          let makeTrans = false;
          if (transColor.length === 1) {
            if (transColor[0] === indata[pxPos]) {
              makeTrans = true;
            }
          } else if (transColor[0] === indata[pxPos] && transColor[1] === indata[pxPos + 1] && transColor[2] === indata[pxPos + 2]) {
            makeTrans = true;
          }
          if (makeTrans) {
            for (let i = 0; i < 4; i++) {
              outdata[pxPos + i] = 0;
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
        for (let x = 0; x < width2; x++) {
          for (let i = 0; i < 4; i++) {
            outdata[pxPos + i] = Math.floor(
              indata[pxPos + i] * maxOutSample / maxInSample + 0.5
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
    var zlib = __require("zlib");
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
    ParserAsync.prototype._handleError = function(err) {
      this.emit("error", err);
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
          this._inflate = zlib.createInflate();
          this._inflate.on("error", this.emit.bind(this, "error"));
          this._filter.on("complete", this._complete.bind(this));
          this._inflate.pipe(this._filter);
        } else {
          let rowSize = (this._bitmapInfo.width * this._bitmapInfo.bpp * this._bitmapInfo.depth + 7 >> 3) + 1;
          let imageSize2 = rowSize * this._bitmapInfo.height;
          let chunkSize = Math.max(imageSize2, zlib.Z_MIN_CHUNK);
          this._inflate = zlib.createInflate({ chunkSize });
          let leftToInflate = imageSize2;
          let emitError = this.emit.bind(this, "error");
          this._inflate.on("error", function(err) {
            if (!leftToInflate) {
              return;
            }
            emitError(err);
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
        for (let x = 0; x < width2; x++) {
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
    function filterNone(pxData, pxPos, byteWidth, rawData, rawPos) {
      for (let x = 0; x < byteWidth; x++) {
        rawData[rawPos + x] = pxData[pxPos + x];
      }
    }
    function filterSumNone(pxData, pxPos, byteWidth) {
      let sum = 0;
      let length = pxPos + byteWidth;
      for (let i = pxPos; i < length; i++) {
        sum += Math.abs(pxData[i]);
      }
      return sum;
    }
    function filterSub(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let val = pxData[pxPos + x] - left;
        rawData[rawPos + x] = val;
      }
    }
    function filterSumSub(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let val = pxData[pxPos + x] - left;
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterUp(pxData, pxPos, byteWidth, rawData, rawPos) {
      for (let x = 0; x < byteWidth; x++) {
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let val = pxData[pxPos + x] - up;
        rawData[rawPos + x] = val;
      }
    }
    function filterSumUp(pxData, pxPos, byteWidth) {
      let sum = 0;
      let length = pxPos + byteWidth;
      for (let x = pxPos; x < length; x++) {
        let up = pxPos > 0 ? pxData[x - byteWidth] : 0;
        let val = pxData[x] - up;
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterAvg(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let val = pxData[pxPos + x] - (left + up >> 1);
        rawData[rawPos + x] = val;
      }
    }
    function filterSumAvg(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let val = pxData[pxPos + x] - (left + up >> 1);
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterPaeth(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let upleft = pxPos > 0 && x >= bpp ? pxData[pxPos + x - (byteWidth + bpp)] : 0;
        let val = pxData[pxPos + x] - paethPredictor(left, up, upleft);
        rawData[rawPos + x] = val;
      }
    }
    function filterSumPaeth(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let upleft = pxPos > 0 && x >= bpp ? pxData[pxPos + x - (byteWidth + bpp)] : 0;
        let val = pxData[pxPos + x] - paethPredictor(left, up, upleft);
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
    var filterSums = {
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
      let rawData = Buffer.alloc((byteWidth + 1) * height);
      let sel = filterTypes[0];
      for (let y = 0; y < height; y++) {
        if (filterTypes.length > 1) {
          let min = Infinity;
          for (let i = 0; i < filterTypes.length; i++) {
            let sum = filterSums[filterTypes[i]](pxData, pxPos, byteWidth, bpp);
            if (sum < min) {
              sel = filterTypes[i];
              min = sum;
            }
          }
        }
        rawData[rawPos] = sel;
        rawPos++;
        filters[sel](pxData, pxPos, byteWidth, rawData, rawPos, bpp);
        rawPos += byteWidth;
        pxPos += byteWidth;
      }
      return rawData;
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
    var zlib = __require("zlib");
    var Packer = module.exports = function(options) {
      this._options = options;
      options.deflateChunkSize = options.deflateChunkSize || 32 * 1024;
      options.deflateLevel = options.deflateLevel != null ? options.deflateLevel : 9;
      options.deflateStrategy = options.deflateStrategy != null ? options.deflateStrategy : 3;
      options.inputHasAlpha = options.inputHasAlpha != null ? options.inputHasAlpha : true;
      options.deflateFactory = options.deflateFactory || zlib.createDeflate;
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
    var zlib = __require("zlib");
    var util = __require("util");
    var kMaxLength = __require("buffer").kMaxLength;
    function Inflate(opts) {
      if (!(this instanceof Inflate)) {
        return new Inflate(opts);
      }
      if (opts && opts.chunkSize < zlib.Z_MIN_CHUNK) {
        opts.chunkSize = zlib.Z_MIN_CHUNK;
      }
      zlib.Inflate.call(this, opts);
      this._offset = this._offset === void 0 ? this._outOffset : this._offset;
      this._buffer = this._buffer || this._outBuffer;
      if (opts && opts.maxLength != null) {
        this._maxLength = opts.maxLength;
      }
    }
    function createInflate(opts) {
      return new Inflate(opts);
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
    Inflate.prototype._processChunk = function(chunk, flushFlag, asyncCb) {
      if (typeof asyncCb === "function") {
        return zlib.Inflate._processChunk.call(this, chunk, flushFlag, asyncCb);
      }
      let self = this;
      let availInBefore = chunk && chunk.length;
      let availOutBefore = this._chunkSize - this._offset;
      let leftToInflate = this._maxLength;
      let inOff = 0;
      let buffers = [];
      let nread = 0;
      let error;
      this.on("error", function(err) {
        error = err;
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
    util.inherits(Inflate, zlib.Inflate);
    function zlibBufferSync(engine, buffer) {
      if (typeof buffer === "string") {
        buffer = Buffer.from(buffer);
      }
      if (!(buffer instanceof Buffer)) {
        throw new TypeError("Not a string or buffer");
      }
      let flushFlag = engine._finishFlushFlag;
      if (flushFlag == null) {
        flushFlag = zlib.Z_FINISH;
      }
      return engine._processChunk(buffer, flushFlag);
    }
    function inflateSync(buffer, opts) {
      return zlibBufferSync(new Inflate(opts), buffer);
    }
    module.exports = exports = inflateSync;
    exports.Inflate = Inflate;
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
    var zlib = __require("zlib");
    var inflateSync = require_sync_inflate();
    if (!zlib.deflateSync) {
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
      let err;
      function handleError(_err_) {
        err = _err_;
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
      if (err) {
        throw err;
      }
      let inflateData = Buffer.concat(inflateDataList);
      inflateDataList.length = 0;
      let inflatedData;
      if (metaData.interlace) {
        inflatedData = zlib.inflateSync(inflateData);
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
    var zlib = __require("zlib");
    if (!zlib.deflateSync) {
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
      let compressedData = zlib.deflateSync(
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
        onError = function(err) {
          this.removeListener("parsed", onParsed);
          callback(err, null);
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
          for (let x = 0; x < src.width; x++) {
            let idx = src.width * y + x << 2;
            for (let i = 0; i < 3; i++) {
              let sample = src.data[idx + i] / 255;
              sample = Math.pow(sample, 1 / 2.2 / src.gamma);
              src.data[idx + i] = Math.round(sample * 255);
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

// src/pipeline/quantize.ts
import { availableParallelism } from "node:os";

// src/data/load.ts
import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";

// src/data/csv.ts
function fail(file, message, where, hint) {
  throw new GateError("bad-dataset", message, { file, where }, hint);
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
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted2) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
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
  return first.cells.some((c, i) => !isNumber(c) && second.cells[i] !== void 0 && isNumber(second.cells[i]));
}
function labelIndex(header, width2, column, file) {
  if (column === void 0) return width2 - 1;
  if (typeof column === "number") {
    if (column >= width2) fail(file, `--label-column ${column} is past the last column (the rows have ${width2} columns, 0..${width2 - 1})`, void 0, "Name the label column with --label-column (a header name or a 0-based index).");
    return column;
  }
  const i = header?.indexOf(column) ?? -1;
  if (i === -1) fail(file, `no column named "${excerpt(column, 40)}"; ${header ? `columns: ${excerpt(header.join(", "), 200)}` : "the file has no header row"}`, void 0, "Name the label column with --label-column (a header name or a 0-based index).");
  return i;
}
function labelArray(values, name) {
  const where = `column ${name}`;
  if (values.every(isNumber)) {
    const nums = values.map(Number);
    const ints2 = nums.every(Number.isInteger);
    return { labels: { name, shape: [nums.length], dtype: ints2 ? "int" : "float", data: ints2 ? Int32Array.from(nums) : Float32Array.from(nums), where } };
  }
  const classNames = [...new Set(values.map((v) => v.trim()))].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const ids = new Map(classNames.map((c, i) => [c, i]));
  return { labels: { name, shape: [values.length], dtype: "text", data: Int32Array.from(values, (v) => ids.get(v.trim())), where }, classNames };
}
function checkLineLength(bytes, file, maxLineBytes) {
  let start = 0;
  let line = 1;
  for (; ; ) {
    const end = bytes.indexOf(10, start);
    const stop = end === -1 ? bytes.length : end;
    if (stop - start > maxLineBytes) {
      fail(file, `the line is ${(stop - start).toLocaleString("en-US")} bytes long, over ${limitName("csvLineKib", maxLineBytes / 1024)}`, `line ${line}`, limitHint("csvLineKib"));
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
  if (rows.length === 0) fail(file, "the CSV file is empty", void 0, "Write one row per sample: feature columns and a label column.");
  const header = hasHeader(rows) ? rows.shift().cells.map((c) => c.trim()) : void 0;
  if (rows.length === 0) fail(file, "the CSV file has a header but no data rows", void 0, "Add one row per sample below the header.");
  const width2 = header?.length ?? rows[0].cells.length;
  const label = labelIndex(header, width2, labelColumn, file);
  const features = new Float32Array(rows.length * (width2 - 1));
  rows.forEach((row, r) => {
    if (row.cells.length !== width2) fail(file, `the row has ${row.cells.length} columns, expected ${width2}`, `line ${row.line}`, "Give every row the same columns as the first (quote cells that contain the delimiter).");
    let k = r * (width2 - 1);
    row.cells.forEach((cell, c) => {
      if (c === label) return;
      if (!isNumber(cell)) fail(file, `${quoted(cell, 40)} is not a number`, `line ${row.line}, column ${header?.[c] ?? c}`, "Feature columns must be numeric; name the label column with --label-column.");
      features[k++] = Number(cell);
    });
  });
  const labelName = header?.[label] ?? `${label}`;
  const { labels, classNames } = labelArray(rows.map((r) => r.cells[label]), labelName);
  const x = { name: "features", shape: [rows.length, width2 - 1], dtype: "float32", data: features, where: "feature columns" };
  return { source: file, inputs: [x], labels, classNames, notes: [] };
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
function fail2(place, message, hint = "Write it again with numpy.save / numpy.savez.") {
  throw new GateError("bad-dataset", message, place, hint);
}
function readHeader(bytes, place) {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) fail2(place, "not a .npy array: the file does not start with \\x93NUMPY");
  const major = bytes[6];
  if (major < 1 || major > 3) fail2(place, `unsupported .npy format version ${major}.${bytes[7]} (expected 1, 2 or 3)`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = major === 1 ? 10 : 12;
  if (bytes.length < start) fail2(place, `truncated .npy header: ${bytes.length} bytes`);
  const length = major === 1 ? dv.getUint16(8, true) : dv.getUint32(8, true);
  if (start + length > bytes.length) fail2(place, `truncated .npy header: it declares ${length} bytes at byte offset ${start}, the file has ${bytes.length} bytes`);
  const text = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(bytes.subarray(start, start + length));
  if (/'descr'\s*:\s*\[/.test(text)) fail2(place, "structured (record) arrays are not supported", "Save plain numeric arrays, one per key, with numpy.savez.");
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
  const shape = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === void 0 || fortran === void 0 || shape === void 0) {
    fail2(place, `malformed .npy header ${quoted(text.trim(), 120)}: expected a dict with 'descr', 'fortran_order' and 'shape'`);
  }
  const dims = shape.split(",").map((s) => s.trim().replace(/L$/, "")).filter((s) => s !== "");
  if (dims.some((d) => !/^\d+$/.test(d))) fail2(place, `malformed .npy shape (${excerpt(shape, 80)})`);
  return { descr, fortran: fortran === "True", shape: dims.map(Number), dataOffset: start + length };
}
function decoderFor(descr, place) {
  const m = /^([<>|=])([a-zA-Z])(\d+)$/.exec(descr);
  const decoder = m ? decoders[`${m[2]}${m[3]}`] : void 0;
  if (!m || !decoder) {
    const names = Object.values(decoders).map((d) => d.name).join(", ");
    fail2(place, `unsupported dtype '${excerpt(descr, 40)}'`, `Save the array as one of: ${names}.`);
  }
  return { decoder, little: m[1] !== ">" };
}
function toNumber(v, index, d, place) {
  if (typeof v === "number") return v;
  if (v > 2147483647n || v < -2147483648n) fail2(place, `${d.name} value ${v} at index ${index} does not fit int32`, "Store labels and integer features as int32 or smaller.");
  return Number(v);
}
function fortranToC(data, shape) {
  const n = data.length;
  const out = data.slice();
  const fStrides = shape.map((_, i) => elementCount(shape.slice(0, i)));
  const index = new Array(shape.length).fill(0);
  for (let c = 0; c < n; c++) {
    let f = 0;
    for (let k = 0; k < shape.length; k++) f += index[k] * fStrides[k];
    out[c] = data[f];
    for (let k = shape.length - 1; k >= 0 && ++index[k] === shape[k]; k--) index[k] = 0;
  }
  return out;
}
var LITTLE_ENDIAN_HOST = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
function parseNpy(bytes, name, place = {}) {
  const header = readHeader(bytes, place);
  const { decoder, little } = decoderFor(header.descr, place);
  const count = elementCount(header.shape);
  const expected = count * decoder.size;
  const available = bytes.length - header.dataOffset;
  if (available !== expected) {
    fail2(place, `${available < expected ? "truncated" : "unexpected trailing bytes in"} .npy data: shape ${shapeText(header.shape)} of ${decoder.name} needs ${expected} bytes after the header (byte offset ${header.dataOffset}), found ${available}`);
  }
  const data = decoder.make(count);
  if (decoder.name === "float32" && little === LITTLE_ENDIAN_HOST) {
    new Uint8Array(data.buffer, data.byteOffset, expected).set(bytes.subarray(header.dataOffset, header.dataOffset + expected));
  } else if (decoder.size === 1 && decoder.name !== "bool") {
    data.set(decoder.name === "int8" ? new Int8Array(bytes.buffer, bytes.byteOffset + header.dataOffset, count) : bytes.subarray(header.dataOffset));
  } else {
    const dv = new DataView(bytes.buffer, bytes.byteOffset + header.dataOffset, expected);
    for (let i = 0; i < count; i++) data[i] = toNumber(decoder.read(dv, i * decoder.size, little), i, decoder, place);
  }
  const ordered = header.fortran && header.shape.length > 1 ? fortranToC(data, header.shape) : data;
  return { name, shape: header.shape, dtype: decoder.name, data: ordered };
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
  const read = (key) => parseNpy(zip.read(byKey.get(key)), key, { file, where: `key ${key}` });
  const missing = (key, flag) => {
    const list = present.length ? excerpt(present.join(", "), 200) : "(none)";
    throw new GateError("bad-dataset", `no array "${key}" in the .npz; keys present: ${list}`, { file, where: `key ${key}` }, `Choose the keys with ${flag}.`);
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
  const x = parseNpy(bytes, "x", { file });
  return { source: file, inputs: [x], notes: ["no labels: a .npy file holds one array; use an .npz with x and y for accuracy"] };
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
    for (let i = 0; i < bytes.length; i += SLICE) gunzip.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
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
function fail3(file, message) {
  throw new GateError("bad-dataset", message, { file }, "IDX files start with 0x00 0x00, a type code and the number of dimensions (the MNIST layout).");
}
function parseIdx(input, file, name, maxBytes) {
  const bytes = isGzip(input) ? gunzipBounded(input, file, maxBytes) : input;
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0) fail3(file, "not an IDX file: it does not start with two zero bytes");
  const type = TYPES[bytes[2]];
  if (!type) fail3(file, `unknown IDX type code 0x${bytes[2].toString(16).padStart(2, "0")} at byte offset 2`);
  const ndim = bytes[3];
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = 4 + 4 * ndim;
  if (ndim === 0 || bytes.length < start) fail3(file, `truncated IDX header: ${ndim} dimensions need ${start} bytes, the file has ${bytes.length}`);
  const shape = Array.from({ length: ndim }, (_, i) => dv.getUint32(4 + 4 * i));
  const count = elementCount(shape);
  if (bytes.length - start !== count * type.size) {
    fail3(file, `IDX data of shape ${shapeText(shape)} (${type.name}) needs ${count * type.size} bytes after the header (byte offset ${start}), found ${bytes.length - start}`);
  }
  const data = type.make(count);
  if (type.size === 1) data.set(type.name === "uint8" ? bytes.subarray(start) : new Int8Array(bytes.buffer, bytes.byteOffset + start, count));
  else for (let i = 0; i < count; i++) data[i] = type.read(dv, start + i * type.size);
  return { name, shape, dtype: type.name, data, where: `file ${baseName(file)}` };
}
function parseIdxDataset(images, labels, source, maxBytes) {
  const x = parseIdx(images.bytes, images.file, "images", maxBytes);
  if (x.shape.length === 1 && /labels/.test(baseName(images.file))) {
    throw new GateError(
      "bad-dataset",
      `${baseName(images.file)} holds labels (one dimension, ${x.shape[0]} values), not model inputs`,
      { file: source },
      "Pass the images IDX file (e.g. t10k-images-idx3-ubyte.gz) as the dataset; its labels file beside it is found by name."
    );
  }
  const notes = labels ? [] : [`no labels: no labels IDX file next to ${baseName(images.file)}; accuracy is not computed`];
  return { source, inputs: [x], labels: labels && parseIdx(labels.bytes, labels.file, "labels", maxBytes), notes };
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
  for (let i = 2; i + 9 < b.length; ) {
    if (b[i] !== 255) return void 0;
    const marker = b[i + 1];
    if (marker === 255) {
      i++;
      continue;
    }
    if (SOF.has(marker)) return { height: b[i + 5] << 8 | b[i + 6], width: b[i + 7] << 8 | b[i + 8] };
    i += 2 + (b[i + 2] << 8 | b[i + 3]);
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
function axisWeights(inSize, outSize) {
  const scale = inSize / outSize;
  return Array.from({ length: outSize }, (_, o) => {
    const x = (o + 0.5) * scale - 0.5;
    const f = Math.floor(x);
    return { lo: Math.max(f, 0), hi: Math.min(Math.ceil(x), inSize - 1), w: x - f };
  });
}
function resizeBilinear(img, height, width2) {
  if (img.height === height && img.width === width2) return { ...img, data: Float32Array.from(img.data) };
  const ys = axisWeights(img.height, height);
  const xs = axisWeights(img.width, width2);
  const C = img.channels;
  const out = new Float32Array(height * width2 * C);
  const at = (y, x, c) => img.data[(y * img.width + x) * C + c];
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
  const classId = new Map(classNames.map((c, i) => [c, i]));
  const per = target.height * target.width * target.channels;
  const data = new Float32Array(images.length * per);
  const labels = new Int32Array(images.length);
  images.forEach((f, i) => {
    const file = `${source}/${f.path}`;
    const img = resizeBilinear(toChannels(decodeImage(f.bytes, file, maxPixels), target.channels), target.height, target.width);
    data.set(img.data, i * per);
    labels[i] = classId.get(f.path.split("/")[0]);
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

// src/util/random.ts
function seededRandom(seed) {
  let x = (seed ^ 2654435769) >>> 0;
  x ^= x >>> 16;
  x = (x ^ x << 7 ^ x >>> 11) >>> 0 || 1831565813;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}
function sampleIndices(n, k, seed) {
  const random = seededRandom(seed);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + (random() * (n - i) | 0);
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.subarray(0, take).sort();
}

// src/data/fit.ts
var INTEGER_RANGE = {
  uint8: [0, 255],
  int8: [-128, 127],
  int32: [-2147483648, 2147483647]
};
function fail4(a, file, message, hint) {
  throw new GateError("bad-dataset", message, { file, where: whereOf(a) }, hint);
}
var squeeze = (s) => s.filter((d) => d !== 1);
function fitShape(a, input, file) {
  const mine = a.shape.slice(1);
  const theirs = input.shape.slice(1);
  const same3 = (x, y) => x.length === y.length && x.every((d, i) => y[i] === -1 || d === y[i]);
  if (same3(mine, theirs)) return { shape: mine.map((d, i) => theirs[i] === -1 ? d : theirs[i]), reshaped: false };
  if (!theirs.includes(-1) && same3(squeeze(mine), squeeze(theirs))) return { shape: theirs, reshaped: true };
  return fail4(
    a,
    file,
    `samples are ${shapeText(mine)} but model input "${input.name}" takes ${shapeText(theirs)} (dataset shape ${shapeText(a.shape)}, model shape ${shapeText(input.shape)})`,
    "Give the dataset the shape the model expects (the first axis is the sample axis)."
  );
}
function perChannel(values, channels, flag, a, file) {
  if (values === void 0 || values.length === 1 || values.length === channels) return values;
  return fail4(a, file, `--${flag} has ${values.length} values but the samples have ${channels} channels (last axis)`, `Give one value, or one per channel.`);
}
function toFloat(a, pre, file) {
  const channels = a.shape.length > 1 ? a.shape[a.shape.length - 1] : 1;
  const pick = (v, fallback) => Float64Array.from({ length: channels }, (_, c) => v ? v[v.length === 1 ? 0 : c] : fallback);
  const mean = pick(perChannel(pre.mean, channels, "mean", a, file), 0);
  const std = pick(perChannel(pre.std, channels, "std", a, file), 1);
  const scale = pre.scale ?? 1;
  const offset = pre.offset ?? 0;
  const src = a.data;
  const out = new Float32Array(src.length);
  let bad2 = -1;
  if (src instanceof Float32Array && scale === 1 && offset === 0 && mean.every((m) => m === 0) && std.every((d) => d === 1)) {
    out.set(src);
    for (let i = 0; i < out.length; i++) {
      const v = out[i];
      if (v - v !== 0) {
        bad2 = i;
        break;
      }
    }
  } else if (mean.every((m) => m === mean[0]) && std.every((d) => d === std[0])) {
    const [m, d] = [mean[0], std[0]];
    for (let i = 0; i < out.length; i++) {
      const v = (src[i] * scale + offset - m) / d;
      out[i] = v;
      if (v - v !== 0 && bad2 === -1) bad2 = i;
    }
  } else {
    for (let i = 0; i < out.length; i += channels) {
      for (let c = 0; c < channels; c++) {
        const v = (src[i + c] * scale + offset - mean[c]) / std[c];
        out[i + c] = v;
        if (v - v !== 0 && bad2 === -1) bad2 = i + c;
      }
    }
  }
  if (bad2 !== -1) {
    const per = Math.max(1, elementCount(a.shape.slice(1)));
    fail4(a, file, `value ${out[bad2]} at sample ${Math.floor(bad2 / per)} (element ${bad2 % per}) is not a finite number`, "Remove or fix the sample; datasets must not hold NaN or infinity.");
  }
  return out;
}
var ARRAYS = { uint8: Uint8Array, int8: Int8Array, int32: Int32Array };
var roundHalfAway = (v) => v < 0 ? -Math.floor(-v + 0.5) : Math.floor(v + 0.5);
function quantized(values, dtype, a, input) {
  const q = input.quantization;
  if (!q || !(q.scale !== 0) || !Number.isFinite(q.scale)) return void 0;
  const isFloat = a.data instanceof Float32Array || a.data instanceof Float64Array || values.some((v, i) => v !== Number(a.data[i]));
  if (!isFloat) return void 0;
  const [lo, hi] = INTEGER_RANGE[dtype];
  const out = new ARRAYS[dtype](values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.min(hi, Math.max(lo, roundHalfAway(values[i] / q.scale) + q.zeroPoint));
  return out;
}
function toInteger(values, dtype, a, input, file) {
  const quantizedData = quantized(values, dtype, a, input);
  if (quantizedData) return quantizedData;
  const [lo, hi] = INTEGER_RANGE[dtype];
  const bad2 = values.findIndex((v) => (v | 0) !== v || v < lo || v > hi);
  if (bad2 !== -1) {
    fail4(
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
function fail5(a, ctx, message, hint) {
  throw new GateError("bad-dataset", message, { file: ctx.file, where: whereOf(a) }, hint);
}
function modelClassCount(outputShape) {
  const c = outputShape && outputShape.length >= 2 ? outputShape[outputShape.length - 1] : void 0;
  return c !== void 0 && c > 1 ? c : void 0;
}
function allIntegers(data) {
  for (let i = 0; i < data.length; i++) if ((data[i] | 0) !== data[i]) return false;
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
      fail5(a, ctx, `label ${ids[s]} of sample ${s} is outside the model's ${classes} classes (0..${classes - 1})`, LABELS_HINT);
    }
  }
}
function classIds(a, width2, classes, ctx) {
  const single = width2 === 1 && allIntegers(a.data) && (classes !== void 0 || ctx.outputShape === void 0);
  if (single) return Int32Array.from(a.data);
  if (width2 < 2) return void 0;
  const ids = oneHotToIds(a.data, width2);
  if (ids && classes !== void 0 && width2 !== classes) {
    fail5(a, ctx, `one-hot labels have ${width2} columns but the model outputs ${classes} classes`, LABELS_HINT);
  }
  return ids;
}
function regressionTargets(a, width2, ctx) {
  const expected = ctx.outputShape ? elementCount(ctx.outputShape.slice(1)) : width2;
  if (width2 !== expected) {
    const classes = modelClassCount(ctx.outputShape);
    if (width2 === 1 && classes !== void 0) {
      const at = Array.prototype.findIndex.call(a.data, (v) => (v | 0) !== v);
      fail5(a, ctx, `label ${a.data[at]} of sample ${at} is not a class id (an integer 0..${classes - 1}) for the model's ${classes} classes`, LABELS_HINT);
    }
    fail5(a, ctx, `targets are ${shapeText(a.shape.slice(1))} per sample but the model outputs ${shapeText(ctx.outputShape.slice(1))}`, LABELS_HINT);
  }
  const data = Float32Array.from(a.data);
  const bad2 = data.findIndex((v) => v - v !== 0);
  if (bad2 !== -1) fail5(a, ctx, `target ${data[bad2]} at sample ${Math.floor(bad2 / Math.max(width2, 1))} is not a finite number`, "Remove or fix the sample; datasets must not hold NaN or infinity.");
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
function bad(file, message, where, hint) {
  throw new GateError("bad-dataset", message, { file, where }, hint);
}
function checkCounts(raw, modelInputs) {
  const file = raw.source;
  if (raw.inputs.length !== modelInputs.length) {
    const names = (list) => list.map((x) => x.name).join(", ");
    bad(
      file,
      `the model has ${modelInputs.length} input(s) (${names(modelInputs)}) but the dataset gives ${raw.inputs.length} array(s) (${names(raw.inputs)})`,
      void 0,
      "Name one key per model input, in order, with --x-key a,b."
    );
  }
  const arrays = [...raw.inputs, ...raw.labels ? [raw.labels] : []];
  const scalar = arrays.find((a) => a.shape.length === 0);
  if (scalar) bad(file, "is a single value (shape []); datasets hold samples along the first axis", whereOf(scalar), "Save the samples as one array with the sample axis first.");
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
  indices.forEach((r, i) => data.set(a.data.subarray(r * per, (r + 1) * per), i * per));
  return { ...a, shape: [indices.length, ...a.shape.slice(1)], data };
}
function selection(count, options) {
  const n = options.samples;
  if (n === void 0 || n >= count) return void 0;
  if (options.seed !== void 0) return sampleIndices(count, n, options.seed);
  return Int32Array.from({ length: n }, (_, i) => i);
}
function seedUnused(count, options) {
  if (options.seed === void 0) return void 0;
  if (options.samples === void 0) return "--seed has no effect without --samples (every sample is used)";
  if (options.samples >= count) return `--seed has no effect: --samples ${options.samples} is not below the dataset's ${count} samples (every sample is used)`;
  return void 0;
}
function preparationOf(raw, count, indices, options) {
  const given = (key) => options[key] === void 0 ? {} : { [key]: options[key] };
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
  const inputs = raw.inputs.map((a, i) => prepareInput(a, modelInputs[i], indices, options, raw.source, notes));
  const dataset = { source: raw.source, count: indices?.length ?? count, inputs, notes, preparation: preparationOf(raw, count, indices, options) };
  if (raw.labels) {
    dataset.labels = toLabels(takeRows(raw.labels, indices), { file: raw.source, outputShape: options.outputShape, classNames: raw.classNames });
  }
  return dataset;
}

// src/data/load.ts
var startsWith = (b, sig) => sig.every((v, i) => b[i] === v);
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
  for (const e of entries.filter((x) => !x.name.startsWith(".")).sort((a, b) => a.name < b.name ? -1 : 1)) {
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
    for (let i = 1; this.names.has(name); i++) name = `${like.name}${suffix}${i}`;
    this.names.add(name);
    const { data: _data, quantization: _q, ...rest } = like;
    this.tensors.push({ ...rest, shape: [...like.shape], ...changes, id, name });
    return id;
  }
  build(ops, io) {
    return { ...this.source, tensors: this.tensors, ops, inputs: io?.inputs ?? this.source.inputs, outputs: io?.outputs ?? this.source.outputs };
  }
};
function consumers(graph) {
  const out = /* @__PURE__ */ new Map();
  graph.ops.forEach((op, i) => op.inputs.forEach((id, slot) => {
    if (id < 0) return;
    const list = out.get(id) ?? [];
    list.push({ op: i, slot });
    out.set(id, list);
  }));
  return out;
}
function producers(graph) {
  const out = /* @__PURE__ */ new Map();
  graph.ops.forEach((op, i) => op.outputs.forEach((id) => out.set(id, i)));
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
function activationParams(range, qmin = INT8_MIN, qmax = INT8_MAX) {
  const rmin = Math.min(Math.fround(range.min), 0);
  const rmax = Math.max(Math.fround(range.max), 0);
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
  channelRuns(values.length, channels, inner, (c, from, to, step) => {
    let m = maxAbs[c];
    for (let i = from; i < to; i += step) m = Math.max(m, Math.abs(values[i]));
    maxAbs[c] = m;
  });
  const scales = Array.from(maxAbs, (m) => m === 0 ? 1 : Math.fround(m / 127));
  return { data: quantizeWith(values, scales, channels, inner), quantization: { scale: scales, zeroPoint: scales.map(() => 0), quantizedDimension: axis2 ?? 0 } };
}
function quantizeWith(values, scales, channels, inner) {
  const out = new Int8Array(values.length);
  channelRuns(values.length, channels, inner, (c, from, to, step) => {
    const scale = scales[c];
    for (let i = from; i < to; i += step) out[i] = Math.max(-127, Math.min(127, roundHalfAway2(values[i] / scale)));
  });
  return out;
}
function quantizeAffine(values, scale, zeroPoint, qmin = INT8_MIN, qmax = INT8_MAX) {
  const out = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.max(qmin, Math.min(qmax, roundHalfAway2(values[i] / scale) + zeroPoint));
  return out;
}
function quantizeBias(values, inputScale, weightScales) {
  const scales = weightScales.map((s) => Math.fround(inputScale * s));
  const perChannel2 = scales.length === values.length && scales.length > 1;
  const data = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const q = roundHalfAway2(values[i] / scales[perChannel2 ? i : 0]);
    data[i] = Math.max(-2147483647, Math.min(2147483647, q));
  }
  return { data, quantization: { scale: scales, zeroPoint: scales.map(() => 0), quantizedDimension: 0 } };
}
function widenForBias(scales, bias, inputScale) {
  let widened;
  for (let c = 0; c < bias.length; c++) {
    const k = scales.length === bias.length ? c : 0;
    const need = Math.abs(bias[c]) / BIAS_MAX;
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
var affine = (weight, axis2, bias) => ({ kind: "affine", weight, ...axis2 === void 0 ? {} : { axis: axis2 }, ...bias === void 0 ? {} : { bias } });
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
    const other = DYNAMIC_RULES[graph.ops[op].type];
    return other !== void 0 && other.weight === slot && other.axis === rule.axis && other.mode === rule.mode;
  });
}
function quantizeDynamic(graph) {
  const main = quantizeOneGraph(graph);
  if (!graph.subgraphs?.length) return main;
  const report = main.report;
  const subgraphs = graph.subgraphs.map((sub) => {
    const done = quantizeOneGraph({ tensors: sub.tensors, ops: sub.ops, inputs: [], outputs: [], description: "" });
    report.quantizedWeights.push(...done.report.quantizedWeights);
    report.floatWeights.push(...done.report.floatWeights);
    return { ...sub, tensors: done.graph.tensors, ops: done.graph.ops };
  });
  return { graph: { ...main.graph, subgraphs }, report };
}
function quantizeOneGraph(graph) {
  const edit = new GraphEdit(graph);
  const uses = consumers(graph);
  const done = /* @__PURE__ */ new Map();
  const quantized2 = [];
  const leftFloat = [];
  const ops = [];
  for (const op of graph.ops) {
    const rule = DYNAMIC_RULES[op.type];
    const id = rule ? op.inputs[rule.weight] ?? -1 : -1;
    const weight = graph.tensors[id];
    if (!rule || !isFloatConstant(weight)) {
      ops.push(op);
      continue;
    }
    const note = { tensor: weight.name, op: describeOp(op), elements: elementCount2(weight), ...rule.axis === void 0 ? {} : { axis: rule.axis } };
    if (note.elements < MIN_WEIGHT_ELEMENTS) {
      leftFloat.push(note);
      ops.push(op);
      continue;
    }
    let target = done.get(id);
    if (target === void 0) {
      const q = quantizeWeights(weight.data, weight.shape, rule.axis);
      const changes = { dtype: "int8", data: q.data, quantization: q.quantization };
      target = onlyWeightUses(graph, uses.get(id) ?? [], rule) ? (Object.assign(edit.tensor(id), changes), id) : edit.add(weight, "_int8", changes);
      done.set(id, target);
      quantized2.push(note);
    }
    const inputs = op.inputs.map((x, i) => i === rule.weight ? target : x);
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
  let max = 0;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const p = activationParams({ min, max });
  return { data: quantizeAffine(values, p.scale, p.zeroPoint), quantization: quantization(p.scale, p.zeroPoint) };
}
var ConstantQuantizer = class {
  constructor(edit) {
    this.edit = edit;
  }
  edit;
  cache = /* @__PURE__ */ new Map();
  once(id, key, make) {
    const full = `${id}|${key}`;
    const hit = this.cache.get(full);
    if (hit !== void 0) return hit;
    const made = make();
    const dtype = made.data instanceof Int32Array ? "int32" : "int8";
    const out = this.edit.add(this.edit.tensor(id), dtype === "int32" ? "_int32" : "_int8", { dtype, data: made.data, quantization: made.quantization });
    this.cache.set(full, out);
    return out;
  }
  /** Weights per channel; their scales widened where a bias would not fit an int32 otherwise (TF does the same). */
  weights(id, axis2, bias, inputScale) {
    const t = this.edit.tensor(id);
    const plain = quantizeWeights(t.data, t.shape, axis2);
    const widened = isFloatConstant(bias) ? widenForBias(plain.quantization.scale, bias.data, inputScale) : void 0;
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
  graph.ops.forEach((op, i) => {
    if (floatTensors(graph, op).length === 0) return;
    const reason = reasonToStayFloat(graph, op, ranges, keepFloat);
    if (reason) floatOps.push({ op: describeOp(op), reason });
    else quantized2.add(i);
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
  const pick = (fixed) => {
    const has = (t) => params.has(t) && immutable.has(t) === fixed;
    if (ins.length === 1 && has(ins[0])) return params.get(ins[0]);
    if (outs.length === 1 && has(outs[0])) return params.get(outs[0]);
    const first = [...ins, ...outs].find(has);
    return first === void 0 ? void 0 : params.get(first);
  };
  return pick(true) ?? pick(false);
}
function assignParams(graph, quantized2, ranges, tensors) {
  const s = { graph, quantized: quantized2, uses: consumers(graph), producer: producers(graph) };
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
  graph.ops.forEach((op, i) => {
    if (!ops.has(i) || !CHECKED.has(op.type)) return;
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
  quantizedOp(index, op) {
    const inputs = op.inputs.map((t, slot) => {
      if (!isFloatActivation(this.graph.tensors[t])) return t;
      const current = this.intOf.get(t) ?? t;
      const need = this.inputRequant.get(`${index}:${slot}`);
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
  for (const i of quantized2) for (const t of [...graph.ops[i].inputs, ...graph.ops[i].outputs]) if (isFloatActivation(graph.tensors[t])) out.add(t);
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
  graph.ops.forEach((op, i) => {
    const rule = INT8_RULES[op.type];
    op.inputs.forEach((t, slot) => {
      const tensor = graph.tensors[t];
      if (!isFloatConstant(tensor)) return;
      const note = { tensor: tensor.name, op: describeOp(op), elements: elementCount2(tensor) };
      if (quantized2.has(i) && rule?.kind === "affine" && slot === rule.weight) quantizedWeights.push({ ...note, ...rule.axis === void 0 ? {} : { axis: rule.axis } });
      else if (!quantized2.has(i) && note.elements >= MIN_WEIGHT_ELEMENTS) floatWeights.push(note);
    });
  });
  return { quantizedWeights, floatWeights };
}
function buildOps(b, wanted, inferenceType) {
  const { graph, quantized: quantized2, params } = b;
  const uses = consumers(graph);
  const producer = producers(graph);
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
  graph.ops.forEach((op, i) => {
    if (quantized2.has(i)) b.quantizedOp(i, op);
    else b.floatOp(op);
    for (const t of op.outputs) settle(t, quantized2.has(i) && producer.get(t) === i);
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
  const t = (i) => g.tensors[op.inputs[i]];
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
  reduce(x, type, name, ops, batch = 1) {
    const shape = this.tensors[x].shape;
    const elements = shape.reduce((a, b) => a * b, 1);
    const last = shape.length >= 2 ? shape[shape.length - 1] : 1;
    const view = shape.length === 4 ? [...shape] : [batch, elements / (batch * last), 1, last];
    const [n, h, w, c] = view;
    let source = x;
    if (shape.length !== 4) {
      source = this.add({ name: `${name}/view`, shape: view, dtype: "float32" });
      ops.push({ type: "RESHAPE", inputs: [x, this.int32(`${name}/view/shape`, view)], outputs: [source] });
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
  const sizes = ids.map((id, i) => {
    const ops2 = [];
    reductions.set(id, ops2);
    const negated = build.floatLike(id, `ranges/${i}/neg`);
    ops2.push({ type: "NEG", inputs: [id], outputs: [negated] });
    const size = build.reduce(id, "MAX_POOL_2D", `ranges/${i}/max`, ops2, batch);
    build.reduce(negated, "MAX_POOL_2D", `ranges/${i}/negmin`, ops2, batch);
    return size;
  });
  const produced = new Set(graph.ops.flatMap((op) => op.outputs));
  const ops = ids.filter((id) => !produced.has(id)).flatMap((id) => reductions.get(id));
  for (const op of graph.ops) ops.push(op, ...op.outputs.flatMap((id) => reductions.get(id) ?? []));
  return { graph: build.build(graph, ops), tensors: [...ids], sizes, batch };
}
var CALIBRATION_BATCH = 4;
var BATCH_ELEMENTS = 1024 * 1024;
function calibrationGraph(graph, maxBatch = CALIBRATION_BATCH) {
  const produced = new Set(graph.ops.flatMap((op) => op.outputs));
  const wanted = graph.tensors.filter((t) => t.dtype === "float32" && !t.data && !t.shape.includes(0) && (produced.has(t.id) || graph.inputs.some((io) => io.tensor === t.id)));
  const largest = graph.tensors.reduce((m, t) => t.data ? m : Math.max(m, t.shape.reduce((a, b) => a * b, 1)), 1);
  for (let batch = CALIBRATION_BATCH; batch >= 2; batch /= 2) {
    const batched = batch <= maxBatch && largest * batch <= BATCH_ELEMENTS ? withBatch(graph, batch) : void 0;
    if (batched) return rangesGraph(batched, wanted.map((t) => t.id), batch);
  }
  return rangesGraph(graph, wanted.map((t) => t.id));
}
var UNSTABLE_SHARE = 0.2;
function rangeOver(stats, outputs, o, from, to) {
  let min = Infinity;
  let max = -Infinity;
  for (let s = from; s < to; s++) {
    const at = (s * outputs + o) * 2;
    min = Math.min(min, stats[at]);
    max = Math.max(max, stats[at + 1]);
  }
  return { min, max };
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
var RECURRENT = /* @__PURE__ */ new Set(["LSTM", "GRU", "SimpleRNN", "Bidirectional", "CuDNNLSTM", "CuDNNGRU", "RNN"]);
function recurrentLayers(graph) {
  const names = /* @__PURE__ */ new Set();
  const walk = (g) => g.layers.forEach((l) => {
    if (RECURRENT.has(l.className)) names.add(l.name);
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
  const pooled = shared ? shared.size > 1 : workers > 1 && dataset.count >= 128;
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

export {
  seededRandom,
  sampleIndices,
  modelClassCount,
  prepareDataset,
  loadDataset,
  isFloatActivation,
  describeOp,
  ReductionBuild,
  DEFAULT_CALIBRATION_SAMPLES,
  DEFAULT_CALIBRATION_SEED,
  recurrentLayers,
  graphInputs,
  loadCalibrationData,
  sampleInputs,
  DEFAULT_WORKERS,
  calibrate,
  quantizeModel
};
