import { precompressFiles } from "/work/main/src/integrations/precompress.ts";
const t = performance.now(); const c0 = process.cpuUsage();
const r = await precompressFiles("/tmp/pc", process.argv[2]);
const c = process.cpuUsage(c0);
console.log(r, ((performance.now() - t) / 1000).toFixed(1), "s wall", ((c.user + c.system) / 1e6).toFixed(1), "s cpu main");
