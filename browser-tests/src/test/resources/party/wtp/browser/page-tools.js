// Page-side helpers for browser tests: base64 for moving bytes through WebDriver, and the same xorshift32 byte
// generator as the JVM's PseudoRandomBytes, so large inputs are made in the page instead of being transferred.
var pageTools = {
  toBase64: function (bytes) {
    var chunks = [];
    for (var i = 0; i < bytes.length; i += 0x8000) {
      chunks.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000)));
    }
    return btoa(chunks.join(''));
  },
  fromBase64: function (text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  },
  pseudoRandom: function (seed, length) {
    var out = new Uint8Array(length);
    var x = seed | 0;
    if (x === 0) {
      x = 1;
    }
    for (var i = 0; i < length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      out[i] = x & 0xff;
    }
    return out;
  }
};
