// Parses JavaScript as ES5 (acorn, ecmaVersion 5). As a command: checks .js files whole and the inline scripts of
// .html files, prints one line per file that fails and exits 1. Usage: node es5-check.js FILE...
'use strict';
const fs = require('fs');
const acorn = require('acorn');

/** Null when the code parses as ES5, else "line:column message". */
function problem(code) {
  try {
    acorn.parse(code, {ecmaVersion: 5, sourceType: 'script', locations: true});
    return null;
  } catch (error) {
    return error.message;
  }
}

/** The scripts of a file: a .js file whole, an .html file's inline <script> elements (those without src). */
function scripts(file, text) {
  if (!/\.html?$/i.test(file)) {
    return [text];
  }
  const found = [];
  const pattern = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  let match;
  while ((match = pattern.exec(text)) !== null) {
    if (!/\bsrc\s*=/i.test(match[1])) {
      found.push(match[2]);
    }
  }
  return found;
}

module.exports = {problem, scripts};

if (require.main === module) {
  const files = process.argv.slice(2);
  let failed = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    scripts(file, text).forEach((code, index) => {
      const found = problem(code);
      if (found) {
        failed++;
        console.error(`${file}: script ${index + 1} is not ES5: ${found}`);
      }
    });
  }
  if (failed > 0) {
    process.exit(1);
  }
  console.log(`ES5: ${files.length} files checked`);
}
