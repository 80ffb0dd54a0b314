/**
 * Lets plain Node run tools that import src/ modules (`npm run bench`, `npm run lighthouse`): src/ imports its own modules
 * without an extension, as Vite resolves them, and Node does not. A relative import that is not found is
 * tried again with ".ts". (src/ also uses parameter properties, hence --experimental-transform-types
 * beside this hook in package.json.)
 */
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith("./") || specifier.startsWith("../");
      if (!relative || /\.[cm]?[jt]s$/.test(specifier) || error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
