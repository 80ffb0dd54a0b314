import { ogImage, ogPaths } from "../../../lib/og-route";

export const getStaticPaths = ogPaths("es");
export const GET = ogImage;
