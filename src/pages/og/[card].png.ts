import { ogImage, ogPaths } from "../../lib/og-route";

export const getStaticPaths = ogPaths("en");
export const GET = ogImage;
