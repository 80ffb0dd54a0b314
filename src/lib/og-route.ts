/** The preview-image route of an edition: one PNG per card, /og/<card>.png or /es/og/<card>.png. */
import type { APIRoute, GetStaticPaths } from "astro";
import type { Locale } from "../i18n/locales";
import { loadExplainer } from "./load";
import { ogCards } from "./meta";
import { renderOgImage, type OgCard } from "./og-image";

export const ogPaths = (locale: Locale) =>
  (async () =>
    ogCards(await loadExplainer(locale)).map((card) => ({
      params: { card: card.id },
      props: { card },
    }))) satisfies GetStaticPaths;

export const ogImage: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await renderOgImage(props.card);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
