// The page side of CoreBenchmarkTest: the same inputs for the TeaVM-compiled core (`wtpTestkit`) and the noble
// libraries (`nobleBench`, `nobleEnvelope`), a cross-check that both give the same bytes, and timed rounds.
// Each round times every operation once per implementation; the Java side runs the rounds (one WebDriver call
// each, so no call runs long) and takes the medians.
var coreBench = (function () {
  'use strict';
  var MIB = 1048576;
  /** Each timed sample works on at least this many bytes (1 MiB inputs: 4 calls per sample). */
  var SAMPLE_BYTES = 4 * MIB;
  /** Ed25519 samples run verifications for at least this long. */
  var VERIFY_MS = 250;
  var s = null;
  var sink = 0;

  function keep(bytes) {
    sink = (sink + bytes[0] + bytes.length) | 0;
  }

  function setup(config, envelopes) {
    var t = pageTools;
    s = {config: config, data: {}, envelopes: {}};
    config.sizes.forEach(function (size) {
      s.data[size] = t.pseudoRandom(config.seed + size, size);
    });
    envelopes.forEach(function (e) {
      s.envelopes[e.size] = {served: e.served, key: e.key};
    });
    s.party = t.fromBase64(config.party);
    s.chachaKey = t.fromBase64(config.chachaKey);
    s.chachaNonce = t.fromBase64(config.chachaNonce);
    var edSeed = t.fromBase64(config.edSeed);
    s.edMessage = t.pseudoRandom(config.seed ^ 0x5eed, config.edMessageLength);
    s.edPublic = wtpTestkit.ed25519.publicKey(edSeed);
    s.edSignature = wtpTestkit.ed25519.sign(edSeed, s.edMessage);
  }

  /**
   * Each side's first Ed25519 verification in this fresh page, before any Ed25519 code ran here (signing included):
   * code not compiled yet, tables not built. The signature was made on the JVM.
   */
  function coldVerify(config) {
    var message = pageTools.fromBase64(config.coldMessage);
    var signature = pageTools.fromBase64(config.coldSignature);
    var party = pageTools.fromBase64(config.party);
    var start = performance.now();
    var coreVerified = wtpTestkit.ed25519.verify(party, message, signature);
    var coreMs = performance.now() - start;
    start = performance.now();
    var nobleVerified = nobleBench.ed25519.verify(signature, message, party, {zip215: false});
    return {core: coreMs, noble: performance.now() - start, verified: coreVerified && nobleVerified};
  }

  /** Fetches the envelopes over HTTP, as a reader would; calls done(error or null). */
  function load(config, done) {
    var cold = coldVerify(config);
    var list = config.envelopes.slice();
    var loaded = [];
    function next() {
      if (list.length === 0) {
        setup(config, loaded);
        s.cold = cold;
        done(null);
        return;
      }
      var e = list.shift();
      var xhr = new XMLHttpRequest();
      xhr.open('GET', e.url);
      xhr.responseType = 'arraybuffer';
      xhr.onload = function () {
        loaded.push({size: e.size, key: e.key, served: new Uint8Array(xhr.response)});
        next();
      };
      xhr.onerror = function () {
        done('cannot fetch ' + e.url);
      };
      xhr.send();
    }
    next();
  }

  function same(a, b) {
    if (!a || !b || a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false;
    }
    return true;
  }

  function coreOpen(e, served) {
    var content = wtpTestkit.envelope.openResource(s.party, e.key, served, 16 * MIB, 0);
    if (content === null) throw new Error('core refused: ' + wtpTestkit.envelope.lastFailure());
    return content;
  }

  function nobleOpen(e, served) {
    return nobleEnvelope.openResource(s.party, e.key, served, 16 * MIB, 0).content;
  }

  function refusal(open, e, served) {
    try {
      open(e, served);
      return 'accepted';
    } catch (err) {
      return String(err.message || err);
    }
  }

  /** Both implementations on the same inputs: equal outputs, and both refuse what they must. */
  function check() {
    var t = wtpTestkit, n = nobleBench, out = {};
    s.config.sizes.forEach(function (size) {
      var d = s.data[size];
      out['sha256 ' + size] = same(t.digest.sha256(d), n.sha256(d));
      out['chacha20 ' + size] = same(t.chacha20.xor(s.chachaKey, s.chachaNonce, 0, d),
          n.chacha20(s.chachaKey, s.chachaNonce, d));
      var e = s.envelopes[size];
      var coreContent = coreOpen(e, e.served.slice());
      var coreMeta = t.envelope.lastMeta();
      var noble = nobleEnvelope.openResource(s.party, e.key, e.served.slice(), 16 * MIB, 0);
      out['envelope ' + size] = same(coreContent, noble.content)
          && coreMeta === noble.contentType + '\n' + noble.path;
      out['envelope sha256 ' + size] = pageTools.toBase64(n.sha256(noble.content));
      var tampered = e.served.slice();
      tampered[tampered.length - 1000] ^= 1;
      out['tampered body ' + size] = refusal(nobleOpen, e, tampered.slice()) + ' | '
          + refusal(coreOpen, e, tampered.slice());
      var forged = e.served.slice();
      forged[32 + 60 + 10] ^= 1; // inside the first path hash: proof no longer reaches the root
      out['tampered path ' + size] = refusal(nobleOpen, e, forged.slice()) + ' | '
          + refusal(coreOpen, e, forged.slice());
    });
    var badSignature = s.edSignature.slice();
    badSignature[5] ^= 1;
    out.ed25519 = t.ed25519.verify(s.edPublic, s.edMessage, s.edSignature)
        && n.ed25519.verify(s.edSignature, s.edMessage, s.edPublic, {zip215: false})
        && same(n.ed25519.getPublicKey(pageTools.fromBase64(s.config.edSeed)), s.edPublic)
        && same(n.ed25519.sign(s.edMessage, pageTools.fromBase64(s.config.edSeed)), s.edSignature);
    out['ed25519 tampered'] = t.ed25519.verify(s.edPublic, s.edMessage, badSignature)
        || n.ed25519.verify(badSignature, s.edMessage, s.edPublic, {zip215: false});
    return out;
  }

  function bytesSample(size, fn) {
    var reps = Math.max(1, Math.floor(SAMPLE_BYTES / size));
    var inputs = [];
    for (var i = 0; i < reps; i++) inputs.push(fn.prepare ? fn.prepare() : null);
    var start = performance.now();
    for (var j = 0; j < reps; j++) keep(fn.run(inputs[j]));
    var ms = performance.now() - start;
    return {bytes: size * reps, ms: ms, calls: reps};
  }

  function verifySample(verify) {
    var calls = 0;
    var start = performance.now();
    var ms = 0;
    do {
      if (!verify()) throw new Error('verification failed during the benchmark');
      calls++;
      ms = performance.now() - start;
    } while (ms < VERIFY_MS);
    return {bytes: 0, ms: ms, calls: calls};
  }

  function operations() {
    var t = wtpTestkit, n = nobleBench, ops = [];
    s.config.sizes.forEach(function (size) {
      var d = s.data[size];
      ops.push({op: 'sha256', size: size,
        core: {run: function () { return t.digest.sha256(d); }},
        noble: {run: function () { return n.sha256(d); }}});
      ops.push({op: 'chacha20', size: size,
        core: {run: function () { return t.chacha20.xor(s.chachaKey, s.chachaNonce, 0, d); }},
        noble: {run: function () { return n.chacha20(s.chachaKey, s.chachaNonce, d); }}});
    });
    ops.push({op: 'ed25519-verify', size: s.edMessage.length,
      core: {verify: function () { return t.ed25519.verify(s.edPublic, s.edMessage, s.edSignature); }},
      noble: {verify: function () {
        return n.ed25519.verify(s.edSignature, s.edMessage, s.edPublic, {zip215: false});
      }}});
    s.config.sizes.forEach(function (size) {
      var e = s.envelopes[size];
      function copy() { return e.served.slice(); }
      ops.push({op: 'envelope-open', size: size,
        core: {prepare: copy, run: function (served) { return coreOpen(e, served); }},
        noble: {prepare: copy, run: function (served) { return nobleOpen(e, served); }}});
    });
    return ops;
  }

  /** One round: every operation once per implementation, which goes first alternating by round. */
  function round(index) {
    var results = [];
    operations().forEach(function (o, k) {
      var order = (index + k) % 2 === 0 ? ['core', 'noble'] : ['noble', 'core'];
      order.forEach(function (impl) {
        var fn = o[impl];
        var r = fn.verify ? verifySample(fn.verify) : bytesSample(o.size, fn);
        r.op = o.op;
        r.size = o.size;
        r.impl = impl;
        r.round = index;
        results.push(r);
      });
    });
    return {results: results, sink: sink};
  }

  return {load: load, check: check, round: round, cold: function () { return s.cold; }};
})();
