// The rival primitives the core is benchmarked against, bundled by esbuild into one browser script that adds
// the single global `nobleBench` (npm run build -> dist/noble-bench.js; scripts/bench-core.sh does this).
export { sha256 } from '@noble/hashes/sha2.js';
export { chacha20, chacha8 } from '@noble/ciphers/chacha.js';
export { ed25519 } from '@noble/curves/ed25519.js';
