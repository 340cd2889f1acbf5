// Lowers a TeaVM 0.10 bundle to ES5 (Babel, targets IE 11), wraps it in prelude.js, and refuses to write it unless
// the result parses as ES5 (acorn, ecmaVersion 5). Usage: node lower.js IN.js OUT.js
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
const source = startupCalled(fs.readFileSync(input, 'utf8'));
const lowered = babel.transformSync(source, {
  babelrc: false,
  configFile: false,
  compact: true,
  comments: false,
  sourceType: 'script',
  presets: [[require.resolve('@babel/preset-env'), {targets: {ie: '11'}, modules: false, useBuiltIns: false}]],
}).code;
/**
 * TeaVM 0.10 gathers the static initializers it can run early into one class initializer meant to run at start-up,
 * but a module with only @JSExport entry points (no main) never calls it: Base64Url's tables, for one, stay null.
 * Class initializers are self-replacing functions, X = () => { X = erase(Class); body(); }; the one nothing calls
 * is that start-up initializer, and it is called at the end of the module body, before any export can be used.
 */
function startupCalled(code) {
  const acorn = require('acorn');
  const ast = acorn.parse(code, {ecmaVersion: 'latest'});
  const initializers = new Map();
  const called = new Set();
  let factory = null;
  (function visit(node) {
    if (!node || typeof node.type !== 'string') {
      return;
    }
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init
        && node.init.type === 'ArrowFunctionExpression' && node.init.body.type === 'BlockStatement') {
      const first = node.init.body.body[0];
      if (first && first.type === 'ExpressionStatement' && first.expression.type === 'AssignmentExpression'
          && first.expression.left.type === 'Identifier' && first.expression.left.name === node.id.name) {
        initializers.set(node.id.name, node);
      }
    }
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier') {
      called.add(node.callee.name);
    }
    if (node.type === 'CallExpression' && factory === null && node.arguments.length === 1
        && node.arguments[0].type === 'FunctionExpression') {
      factory = node.arguments[0];
    }
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (Array.isArray(child)) {
        child.forEach(visit);
      } else if (child && typeof child.type === 'string') {
        visit(child);
      }
    }
  })(ast);
  const uncalled = [...initializers.keys()].filter(name => !called.has(name));
  if (uncalled.length === 0) {
    return code;
  }
  if (uncalled.length > 1 || factory === null) {
    console.error(`${input}: cannot tell TeaVM's start-up initializer: uncalled initializers ${uncalled}`);
    process.exit(1);
  }
  const end = factory.body.end - 1;
  return code.slice(0, end) + uncalled[0] + '();' + code.slice(end);
}

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
