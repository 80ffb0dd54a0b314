// Preloaded into a build process (node --import): writes its peak resident memory (KiB) on exit.
import { writeFileSync } from "node:fs";

const file = process.env.CENTSEC_PEAK_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
