import type { Dictionary } from "./en";

/** The interface in Spanish (neutral Latin American Spanish; see "Spanish style" in the README). */
export const es: Dictionary = {
  lang: "Español",
  siteName: "CENTSEC 2025, explicada",
  siteTagline: "La Conferencia de Seguridad Centroamericana, Panamá",
  switchLabel: "English",
  switchTitle: "Read this page in English",
  overview: "Panorama",
  numberWords: ["cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"],
  decade: (decade) => `década de ${decade}`,
  readingTime: (minutes) => `${minutes} min de lectura`,
};
