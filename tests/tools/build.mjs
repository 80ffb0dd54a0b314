// The build step of `npm test`: `astro build` of the real content, its output shown as it comes, failing
// when the build prints a warning or an error line (the real content must build without any; builds of
// fixtures and synthetic content may warn, so this is checked here and not in the build itself).
import { spawn } from "node:child_process";

const child = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], { stdio: ["ignore", "pipe", "pipe"] });
let output = "";
child.stdout.on("data", (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.stderr.on("data", (chunk) => {
  output += chunk;
  process.stderr.write(chunk);
});
child.on("close", (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const warnings = output.split("\n").filter((line) => /\[(WARN|ERROR)\]|warning/i.test(line));
  if (warnings.length) {
    console.error(
      `\nThe real content built with ${warnings.length} warning line(s); it must build without any:\n${warnings.join("\n")}`,
    );
    process.exit(1);
  }
});
