import type { APIRoute } from "astro";
import { feedResponse } from "../lib/feed";
import { loadExplainer } from "../lib/load";

export const GET: APIRoute = async ({ site }) => feedResponse(await loadExplainer("en"), site!);
