// A resource-envelope opener written only for the benchmark, on the noble primitives (global `nobleBench`), that
// follows the reader's order of docs/FORMAT.md: inner ChaCha8 over header and body, parse and check the header,
// Ed25519 over the signed root statement, SHA-256 of the body, Merkle path to the root, outer ChaCha20, meta.
// Like the core (wtpTestkit.envelope.openResource) it decrypts the served bytes in place and verifies the
// signature on every call (no root cache). Returns {content, contentType, path} or throws Error('<failure>: why').
var nobleEnvelope = (function () {
  'use strict';
  var ASCII = new TextEncoder();
  var UTF8 = new TextDecoder('utf-8', {fatal: true});
  var FIXED = 60;
  var B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  function fail(words, why) {
    throw new Error(words + ': ' + why);
  }

  // H(label, parts...) = SHA-256(ASCII label || 0x00 || parts...)
  function labelled(label, parts) {
    var l = ASCII.encode(label);
    var n = l.length + 1;
    for (var i = 0; i < parts.length; i++) n += parts[i].length;
    var all = new Uint8Array(n);
    all.set(l, 0);
    var p = l.length + 1;
    for (var j = 0; j < parts.length; j++) {
      all.set(parts[j], p);
      p += parts[j].length;
    }
    return nobleBench.sha256(all);
  }

  function resourceKeyBytes(text) {
    if (text.length !== 22) fail('malformed', 'resource key must be 22 characters');
    var out = new Uint8Array(16);
    var acc = 0, bits = 0, o = 0;
    for (var i = 0; i < 22; i++) {
      var v = B64U.indexOf(text.charAt(i));
      if (v < 0) fail('malformed', 'resource key is not base64url');
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (acc >>> bits) & 0xff;
      }
    }
    if ((acc & ((1 << bits) - 1)) !== 0) fail('malformed', 'resource key has trailing bits');
    return out;
  }

  function u32(b, p) {
    return ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
  }

  function u64(b, p) {
    var hi = u32(b, p);
    if (hi >= 0x200000) fail('malformed', 'u64 beyond 2^53');
    return hi * 4294967296 + u32(b, p + 4);
  }

  function equal(a, b) {
    if (a.length !== b.length) return false;
    var d = 0;
    for (var i = 0; i < a.length; i++) d |= a[i] ^ b[i];
    return d === 0;
  }

  // RFC 9162 §2.1.3.2: the root from a leaf hash and its path, or null if the path does not fit (index, size).
  function rootFor(leafHash, index, size, path) {
    if (index >= size) return null;
    var fn = index, sn = size - 1, r = leafHash;
    var node = new Uint8Array(65);
    node[0] = 1;
    for (var i = 0; i < path.length; i++) {
      if (sn === 0) return null;
      if ((fn & 1) === 1 || fn === sn) {
        node.set(path[i], 1);
        node.set(r, 33);
        r = nobleBench.sha256(node);
        while ((fn & 1) === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      } else {
        node.set(r, 1);
        node.set(path[i], 33);
        r = nobleBench.sha256(node);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 ? r : null;
  }

  function openResource(partyPublicKey, resourceKeyText, served, maxBody, minGeneration) {
    var rk = resourceKeyBytes(resourceKeyText);
    var expectedId = labelled('wtp/resource-id/v1', [rk]).subarray(0, 16);
    // 1. inner key, and the inner ChaCha8 stream over header and body in one run, in place
    if (served.length < 32 + FIXED) fail('malformed', 'truncated header');
    var innerKey = served.slice(0, 32);
    var rest = served.subarray(32);
    nobleBench.chacha8(innerKey, new Uint8Array(12), rest, rest);
    // 2. header
    var h = rest;
    if (h[0] !== 0x57 || h[1] !== 0x54 || h[2] !== 0x50 || h[3] !== 0x45) fail('malformed', 'magic');
    if (h[4] !== 2) fail('malformed', 'version ' + h[4]);
    var kind = h[5];
    var generation = u64(h, 6);
    var id = h.subarray(14, 30);
    var outerNonce = h.subarray(30, 42);
    var bodyLength = u64(h, 42);
    var treeSize = u32(h, 50);
    var leafIndex = u32(h, 54);
    if (h[58] !== 0) fail('malformed', 'pad ' + h[58]);
    var pathCount = h[59];
    if (pathCount > 31) fail('malformed', 'path count ' + pathCount);
    var headerLength = FIXED + 32 * pathCount + 96;
    if (h.length < headerLength) fail('malformed', 'truncated header');
    var path = [];
    for (var i = 0; i < pathCount; i++) path.push(h.subarray(FIXED + 32 * i, FIXED + 32 * i + 32));
    var root = h.subarray(FIXED + 32 * pathCount, FIXED + 32 * pathCount + 32);
    var signature = h.subarray(FIXED + 32 * pathCount + 32, headerLength);
    // 3. the resource asked for; 4. size before the body; 5. proof shape
    if (kind !== 1 || !equal(id, expectedId)) fail('wrong resource', 'kind or id');
    if (bodyLength > maxBody) fail('oversize', bodyLength + ' > ' + maxBody);
    if (rootFor(new Uint8Array(32), leafIndex, treeSize, path) === null) fail('bad proof', 'path shape');
    // 6. signature over "wtp/root/v1" 0x00 || public key || u64 generation || u32 tree-size || root
    var label = ASCII.encode('wtp/root/v1');
    var signed = new Uint8Array(label.length + 1 + 32 + 8 + 4 + 32);
    signed.set(label, 0);
    var s = label.length + 1;
    signed.set(partyPublicKey, s);
    signed.set(h.subarray(6, 14), s + 32);
    signed.set(h.subarray(50, 54), s + 40);
    signed.set(root, s + 44);
    if (!nobleBench.ed25519.verify(signature, signed, partyPublicKey, {zip215: false})) {
      fail('bad signature', 'root not signed by the party');
    }
    // 7. exactly body-length bytes, hashed
    if (h.length !== headerLength + bodyLength) fail('malformed', 'length is not header + body');
    var body = h.subarray(headerLength);
    var bodyHash = nobleBench.sha256(body);
    // 8. leaf = kind || generation || id || outer nonce || body length || SHA-256(body); path to the root
    var leaf = new Uint8Array(1 + 1 + 8 + 16 + 12 + 8 + 32);
    leaf[0] = 0;
    leaf[1] = kind;
    leaf.set(h.subarray(6, 14), 2);
    leaf.set(id, 10);
    leaf.set(outerNonce, 26);
    leaf.set(h.subarray(42, 50), 38);
    leaf.set(bodyHash, 46);
    var computed = rootFor(nobleBench.sha256(leaf), leafIndex, treeSize, path);
    if (computed === null || !equal(computed, root)) fail('bad proof', 'body is not the one the party signed');
    // 9. generation
    if (generation < minGeneration) fail('stale generation', generation + ' < ' + minGeneration);
    // 10. outer layer: a 4-byte-aligned copy (noble's word-wise path needs alignment; the body starts at an odd
    // offset), decrypted in place; then the meta
    var plain = body.slice();
    nobleBench.chacha20(labelled('wtp/outer-key/v1', [rk]), outerNonce, plain, plain);
    if (plain.length < 2) fail('malformed', 'no meta length');
    var metaLength = (plain[0] << 8) | plain[1];
    if (metaLength > 4096 || 2 + metaLength > plain.length) fail('malformed', 'meta length');
    var contentType = null, logicalPath = null;
    for (var m = 2; m < 2 + metaLength;) {
      if (m + 3 > 2 + metaLength) fail('malformed', 'meta field');
      var tag = plain[m], len = (plain[m + 1] << 8) | plain[m + 2];
      if (m + 3 + len > 2 + metaLength) fail('malformed', 'meta field length');
      var value = plain.subarray(m + 3, m + 3 + len);
      if (tag === 1) contentType = UTF8.decode(value);
      else if (tag === 2) logicalPath = UTF8.decode(value);
      m += 3 + len;
    }
    if (contentType === null || logicalPath === null) fail('malformed', 'meta lacks content type or path');
    return {content: plain.subarray(2 + metaLength), contentType: contentType, path: logicalPath};
  }

  return {openResource: openResource};
})();
