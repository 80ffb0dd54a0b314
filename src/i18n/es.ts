import type { Dictionary } from "./en";

/** The interface in Spanish (neutral Latin American Spanish; see "Spanish style" in docs/content-guide.md). */
const numberWords = ["cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"];
const inWords = (n: number) => numberWords[n] ?? String(n);
/** The same before a masculine noun ("un nombre", "veintiún"-style forms do not arise below eleven). */
const inWordsMasculine = (n: number) => (n === 1 ? "un" : inWords(n));
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const es: Dictionary = {
  lang: "Español",
  siteName: "Claves de la CENTSEC 2025",
  siteShortName: "CENTSEC 2025",
  overview: "Panorama",
  numberWords,
  /** Capitalised: the label opens a timeline entry; eventPartLabel lowers it inside its parentheses. */
  decade: (decade) => `Década de ${decade}`,
  // Metadata and preview cards (src/lib/meta.ts)
  metaPartImageAlt: (title, number, total, site) => `${site}, parte ${number} de ${total}: ${title}`,
  metaSummaryTitle: "Resumen en una página",
  metaSummaryDescription: (takeaway) => `Un resumen para imprimir. ${takeaway}`,
  metaSummaryImageAlt: (site) => `${site}: el resumen en una página`,
  metaAboutDescription:
    "De dónde sale cada dato de esta guía, qué no establece el informe en que se basa, cómo se hizo el sitio, su registro de correcciones y cómo avisar de un error.",
  metaGlossaryDescription: (count) =>
    `Los ${inWordsMasculine(count)} nombres y términos que aparecen en esta guía, hasta donde los explica el informe en que se basa.`,
  metaNotFoundTitle: "Página no encontrada",
  metaNotFoundDescription: (site) => `Esta dirección no forma parte de ${site}.`,
  ogKicker: "Guía",
  ogPartKicker: (number, total) => `Parte ${number} de ${total}`,
  ogSummaryKicker: "Resumen en una página",
  ogSummaryText: (parts, figures) =>
    `${capitalized(inWords(parts))} partes, ${inWords(figures)} cifras clave y la cronología, en una página para imprimir.`,

  // BaseLayout
  skipToStory: "Ir al contenido",

  // SiteHeader and SiteFooter
  headerNavLabel: "Partes",
  partsMenu: "Partes",
  footerNavLabel: "Todas las partes",
  allParts: (count) => `Las ${inWords(count)} partes`,
  summaryLink: "Resumen",
  summaryLinkLabel: "Resumen: toda la guía en una página para imprimir",

  // AboutBlock
  aboutBlockHeading: "Acerca de esta guía",
  aboutBlockText: "Cotejada afirmación por afirmación con la fuente y redactada con nuestras palabras.",
  aboutBlockSourceLink: "Fuente, correcciones y cómo avisar de un error",
  aboutBlockGlossaryLink: "Glosario",

  // SectionCards (and the printable summary); partLink also in KeyFigure and Timeline
  storyInParts: (count) => `La historia en ${count} partes`,
  partNumber: (number) => `Parte ${number}`,
  partLink: (part) => `Parte: ${part}`,

  // SectionLayout
  partOf: (number, total) => `Parte ${number} de ${total}`,
  sidebarFiguresAndContents: "Cifras clave y contenido",
  sidebarContents: "Contenido",
  shareSection: "Compartir esta parte",

  // PartNavigation
  partNavLabel: "Navegación entre partes",
  previousPart: "Anterior",
  nextPart: "Siguiente",
  backTo: "Volver",
  theOverview: "Al panorama",

  // TableOfContents
  tocHeading: "En esta parte",

  // content/AnchoredHeading
  headingLinkLabel: (heading) => `Enlace al apartado “${heading}”`,

  // Dateline
  published: "Publicado el",
  updated: "Actualizado el",

  // ShareControl (the script's messages travel in data-* attributes)
  linkToThisPage: "Enlace a esta página:",
  linkCopied: "Enlace copiado",
  copyThisLink: "Copie este enlace:",

  // KeyFigures and KeyFigure
  keyFiguresHeading: "Cifras clave",
  figureSource: "Origen del dato",
  figureSourceLabel: (value) => `Origen del dato: ${value.charAt(0).toLowerCase()}${value.slice(1)}`,
  figurePartLabel: (part, value) => `Parte: ${part}, donde aparece la cifra ${value.charAt(0).toLowerCase()}${value.slice(1)}`,
  copyLink: "Copiar el enlace",
  copyFigureLink: (value) => `Copiar el enlace a la cifra “${value}”`,

  // Timeline
  timelineHeading: "Cronología",
  timelineInSection: "En la cronología",
  timelinePivot: "La conferencia",
  eventPermalinkLabel: (when, text) => `${when}, enlace a este hecho: ${text}`,
  timelineBreak: "Décadas después",
  timelineKeyDecade: "Década",
  timelineKeyYear: "Año o día",
  timelineKeyEra: "Sin fecha",
  // Opens with the link's visible text ("Parte: China"), as WCAG's label in name asks.
  eventPartLabel: (part, when) =>
    `Parte: ${part}, fragmento sobre ${/^Década/.test(when) ? "la " : /^\d+ de /.test(when) ? "el " : ""}${when.charAt(0).toLowerCase()}${when.slice(1)}`,

  // OpenQuestions
  questionsHeading: "Lo que el informe no dice",

  // CorrectionsList
  correctionsHeading: "Correcciones y actualizaciones",
  correctionKindCorrection: "Corrección",
  correctionKindClarification: "Aclaración",
  correctionKindUpdate: "Actualización",
  correctionWholeSite: "Todo el sitio",
  correctionsFolded: (count, latest) => `${count} entradas, la más reciente del ${latest}`,

  // LocatorMap
  mapTitle: "Lugares de la historia",
  mapTitlePart: "Los lugares que nombra esta parte",
  mapKeyHost: (host) => `${host}, la sede`,
  mapKeyNamedReport: "Nombrados en el informe",
  mapKeyNamedPart: "Nombrados en esta parte",
  mapKeyPlace: "Lugar",
  mapPlaceName: (place, part) => `${place}: ver ${part}`,
  mapCredit: "Datos del mapa: Natural Earth (dominio público), naturalearthdata.com",

  // PrintButton
  printSummary: "Imprimir este resumen",

  // Home page
  homeKicker: "Guía",
  shareExplainer: "Compartir esta guía",
  atAGlance: "De un vistazo",
  startReading: "Empezar a leer",

  // Printable summary
  summaryKicker: "Resumen en una página",
  summaryTitle: (title) => title,
  qrLabel: (site, url) => `Código QR: abre ${site} (${url})`,
  scanForFull: "Escanee para leer la guía completa:",
  readPart: (number) => `Leer la parte ${number}`,

  // Glossary page
  glossaryTitle: "Quién y qué: glosario",
  glossaryIntro:
    "Los nombres y términos de esta guía, hasta donde el informe los explica. Donde no lo hace, lo decimos en vez de llenar el vacío con otras fuentes.",
  glossaryUnexplained: "El informe no explica",
  glossaryWhere: (part) => `Dónde aparece: ${part}`,

  // About page (its prose is content: content/about.mdx)
  aboutTitle: "Acerca de esta guía",

  // 404
  notFoundKicker: (status) => `Error ${status}`,
  notFoundHeading: "No encontramos esa página",
  notFoundText:
    "El enlace puede estar desactualizado o mal escrito. La guía tiene una página por cada parte de la historia; elija una abajo o empiece por el",
  notFoundLink: "panorama",

  saveOffline: "Guardar para leer sin conexión",
  saveOfflineProgress: (done: string, total: string) => `Guardando para leer sin conexión: ${done} de ${total} archivos…`,
  saveOfflineDone: (size: string) => `Se guardaron ${size}: esta edición ya se puede leer sin conexión.`,
  saveOfflineFailed: "No se pudieron guardar todas las páginas. Vuelva a intentarlo cuando la conexión sea más estable.",
  savedCopyNote: (date: string) =>
    `No tiene conexión: esta es la copia guardada el ${date}. La página puede haber cambiado desde entonces.`,
  offlineTitle: "No tiene conexión",
  offlineText: "Esta página no se guardó para leer sin conexión, y no hay conexión para descargarla.",
  offlineHomeLink: "Ir al panorama",
};
