/**
 * Turns SVG, or an element tree for satori, into PNG bytes on worker threads, one per core. A preview
 * card costs about 10 ms of CPU in satori and 25 ms in resvg (rasterising and PNG encoding); resvg's own
 * `renderAsync` rasterises off the main thread but encodes on it, and a build of 1,000 sections draws
 * 2,000 cards, so every step runs here, beside the pages being built. Satori's garbage then stays in the
 * workers' small heaps instead of growing the build's own (at 1,000 sections, a few hundred MiB of peak
 * memory). Idle workers do not keep the process alive, and a worker idle for `IDLE_MS` ends, so that
 * its memory is not held through the rest of the build (the steps after the pages are its peak).
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/**
 * The worker's file, from the project root: this module is bundled into Astro's build output, where its
 * own address is not beside the file. The build, the tests and the benchmark all run in the project root.
 */
const WORKER_FILE = join(process.cwd(), "src/lib/raster-worker.mjs");

/** What a worker draws: SVG, or satori's element tree of a `width` x `height` picture. */
type Drawing = { svg: string; width: number } | { tree: unknown; width: number; height: number };

interface Job {
  drawing: Drawing;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  retire?: ReturnType<typeof setTimeout>;
}

const IDLE_MS = 2000;

const queue: Job[] = [];
const slots: Slot[] = [];

function remove(slot: Slot): void {
  clearTimeout(slot.retire);
  if (slots.includes(slot)) slots.splice(slots.indexOf(slot), 1);
}

function startWorker(): Slot {
  const slot: Slot = { worker: new Worker(WORKER_FILE), job: undefined };
  slot.worker.unref();
  slot.worker.on("message", (message: { png?: Uint8Array; error?: string }) => {
    const job = slot.job!;
    slot.job = undefined;
    if (message.error !== undefined) job.reject(new Error(message.error));
    else job.resolve(Buffer.from(message.png!));
    next(slot);
  });
  // A worker that dies takes only its own job with it; the next job gets a fresh worker.
  slot.worker.on("error", (error) => {
    remove(slot);
    slot.job?.reject(error);
    if (queue.length > 0) next(startWorker());
  });
  slots.push(slot);
  return slot;
}

function next(slot: Slot): void {
  const job = queue.shift();
  if (!job) {
    slot.worker.unref();
    slot.retire = setTimeout(() => {
      remove(slot);
      void slot.worker.terminate();
    }, IDLE_MS).unref();
    return;
  }
  clearTimeout(slot.retire);
  slot.job = job;
  slot.worker.ref();
  slot.worker.postMessage(job.drawing);
}

function draw(drawing: Drawing): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    queue.push({ drawing, resolve, reject });
    const idle = slots.find((slot) => slot.job === undefined);
    if (idle) next(idle);
    else if (slots.length < Math.max(1, availableParallelism())) next(startWorker());
  });
}

/** The PNG of `svg`, scaled to `width` pixels wide. */
export const rasterisePng = (svg: string, width: number) => draw({ svg, width });

/** The PNG of satori's element tree `tree`, drawn `width` x `height` (src/lib/og-svg.mjs). */
export const treeToPng = (tree: unknown, width: number, height: number) => draw({ tree, width, height });
