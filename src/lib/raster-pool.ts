/**
 * Turns SVG into PNG bytes on worker threads, one per core. A preview card's rasterising and PNG encoding
 * take about 17 ms of CPU; resvg's own `renderAsync` rasterises off the main thread but encodes on it, and
 * a build of 1,000 sections draws 2,000 cards, so both steps run here, beside the pages being built.
 * Idle workers do not keep the process alive.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/**
 * The worker's file, from the project root: this module is bundled into Astro's build output, where its
 * own address is not beside the file. The build, the tests and the benchmark all run in the project root.
 */
const WORKER_FILE = join(process.cwd(), "src/lib/raster-worker.mjs");

interface Job {
  svg: string;
  width: number;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
}

const queue: Job[] = [];
const slots: Slot[] = [];

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
    slots.splice(slots.indexOf(slot), 1);
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
    return;
  }
  slot.job = job;
  slot.worker.ref();
  slot.worker.postMessage({ svg: job.svg, width: job.width });
}

/** The PNG of `svg`, scaled to `width` pixels wide. */
export function rasterisePng(svg: string, width: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    queue.push({ svg, width, resolve, reject });
    const idle = slots.find((slot) => slot.job === undefined);
    if (idle) next(idle);
    else if (slots.length < Math.max(1, availableParallelism())) next(startWorker());
  });
}
