// The worker of src/lib/raster-pool.ts: draws each SVG it is sent as a PNG and sends the bytes back.
import { parentPort } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";

parentPort.on("message", ({ svg, width }) => {
  try {
    // Satori draws text as paths, so resvg needs no fonts: scanning the system's would double its time.
    const png = new Resvg(svg, { fitTo: { mode: "width", value: width }, font: { loadSystemFonts: false } }).render().asPng();
    parentPort.postMessage({ png });
  } catch (error) {
    parentPort.postMessage({ error: String(error?.message ?? error) });
  }
});
