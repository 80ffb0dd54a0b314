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
  // Metadata and preview cards (src/lib/meta.ts)
  metaPartImageAlt: (title, number, total, site) => `${title}: parte ${number} de ${total} de ${site}`,
  metaSummaryTitle: "Resumen en una página",
  metaSummaryDescription: (takeaway) => `Un resumen para imprimir: ${takeaway}`,
  metaSummaryImageAlt: (site) => `${site}: el resumen en una página`,
  metaAboutTitle: "Acerca de esta guía",
  metaAboutDescription:
    "De dónde sale cada dato de esta guía, qué no establece el informe en que se basa, cómo se hizo el sitio, su registro de correcciones y cómo avisar de un error.",
  metaGlossaryTitle: "Quién es quién: un glosario",
  metaGlossaryDescription: (count) =>
    `Los ${count} nombres y términos que aparecen en esta guía, hasta donde los explica el informe en que se basa.`,
  metaNotFoundTitle: "Página no encontrada",
  metaNotFoundDescription: (site) => `Esta dirección no forma parte de ${site}.`,
  ogKicker: "Guía",
  ogPartKicker: (number, total) => `Parte ${number} de ${total}`,
  ogSummaryKicker: "Resumen en una página",
  ogSummaryText: (parts, figures) =>
    `${parts} partes, ${figures} cifras clave y la cronología, en una página para imprimir.`,
};
