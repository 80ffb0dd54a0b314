import type { APIRoute, GetStaticPaths } from "astro";
import { loadExplainer } from "../../lib/load";
import { ogCards } from "../../lib/meta";
import { renderOgImage, type OgCard } from "../../lib/og-image";

export const getStaticPaths = (async () => {
  return ogCards(await loadExplainer()).map((card) => ({ params: { card: card.id }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await renderOgImage(props.card);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
