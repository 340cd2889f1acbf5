// Lowers a TeaVM 0.10 bundle to ES5 (Babel, targets IE 11), wraps it in prelude.js, and refuses to write it unless
// the result parses as ES5 (acorn, ecmaVersion 5). Usage: node lower.js IN.js OUT.js [HEADER-COMMENT]
'use strict';
const fs = require('fs');
const path = require('path');
const babel = require('@babel/core');
const es5 = require('./es5-check');

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node lower.js IN.js OUT.js');
  process.exit(2);
}
const source = fs.readFileSync(input, 'utf8');
const lowered = babel.transformSync(source, {
  babelrc: false,
  configFile: false,
  compact: true,
  comments: false,
  sourceType: 'script',
  presets: [[require.resolve('@babel/preset-env'), {targets: {ie: '11'}, modules: false, useBuiltIns: false}]],
}).code;
const prelude = fs.readFileSync(path.join(__dirname, 'prelude.js'), 'utf8');
const bundle = prelude.replace('%BUNDLE%', () => lowered);
const problem = es5.problem(bundle);
if (problem) {
  console.error(`${input}: the lowered bundle is not ES5: ${problem}`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(output), {recursive: true});
fs.writeFileSync(output, bundle);
console.log(`${output}: ES5, ${bundle.length} bytes (from ${source.length})`);
