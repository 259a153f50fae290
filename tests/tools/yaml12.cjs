// Read YAML files as YAML 1.2 does (eemeli/yaml, the parser of the YAML language server that editors use) and
// print each top-level value as [type, text]: `node yaml12.cjs FILE...`. Used by the tests.
const fs = require("fs");
const YAML = require("yaml");

const out = {};
for (const file of process.argv.slice(2)) {
  const data = YAML.parse(fs.readFileSync(file, "utf8"), { version: "1.2", schema: "core" }) || {};
  out[file] = Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, [v === null ? "null" : typeof v, String(v)]])
  );
}
process.stdout.write(JSON.stringify(out));
