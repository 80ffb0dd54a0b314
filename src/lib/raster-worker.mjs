// The worker of src/lib/raster-pool.ts: draws each job it is sent as a PNG and sends the bytes back. A job
// is SVG, or an element tree that satori first draws as SVG here, off the main thread.
import { parentPort } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";
import { indexedPng } from "./indexed-png.mjs";
import { treeToSvg } from "./og-svg.mjs";

parentPort.on("message", async ({ svg, tree, width, height }) => {
  try {
    const source = svg ?? (await treeToSvg(tree, width, height));
    // Satori draws text as paths, so resvg needs no fonts: scanning the system's would double its time.
    const picture = new Resvg(source, { fitTo: { mode: "width", value: width }, font: { loadSystemFonts: false } }).render();
    // A few dozen colours, mostly: a palette PNG is quicker to make and smaller than resvg's RGBA one.
    const png = indexedPng(picture.pixels, picture.width, picture.height) ?? picture.asPng();
    parentPort.postMessage({ png });
  } catch (error) {
    parentPort.postMessage({ error: String(error?.message ?? error) });
  }
});
