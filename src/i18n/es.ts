import type { Dictionary } from "./en";

/** The interface in Spanish (neutral Latin American Spanish; see "Spanish style" in the README). */
const numberWords = ["cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"];
const inWords = (n: number) => numberWords[n] ?? String(n);
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const es: Dictionary = {
  lang: "Español",
  siteName: "Claves de la CENTSEC 2025",
  siteTagline: "La Conferencia de Seguridad Centroamericana, Panamá",
  siteShortName: "CENTSEC 2025",
  overview: "Panorama",
  numberWords,
  decade: (decade) => `década de ${decade}`,
  // Metadata and preview cards (src/lib/meta.ts)
  metaPartImageAlt: (title, number, total, site) => `${title}: parte ${number} de ${total} de ${site}`,
  metaSummaryTitle: "Resumen en una página",
  metaSummaryDescription: (takeaway) => `Un resumen para imprimir. ${takeaway}`,
  metaSummaryImageAlt: (site) => `${site}: el resumen en una página`,
  metaAboutDescription:
    "De dónde sale cada dato de esta guía, qué no establece el informe en que se basa, cómo se hizo el sitio, su registro de correcciones y cómo avisar de un error.",
  metaGlossaryDescription: (count) =>
    `Los ${count} nombres y términos que aparecen en esta guía, hasta donde los explica el informe en que se basa.`,
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
  allParts: (count) => `Las ${count} partes`,
  summaryLink: "Resumen",
  summaryLinkLabel: "Resumen: toda la guía en una página para imprimir",

  // AboutBlock
  aboutBlockHeading: "Acerca de esta guía",
  aboutBlockText:
    "Todos los datos proceden de un solo informe periodístico sobre la conferencia, verificados uno a uno y redactados con nuestras palabras.",
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
  partNavLabel: "Partes anterior y siguiente",
  previousPart: "Anterior",
  nextPart: "Siguiente",
  backTo: "Volver al",
  theOverview: "Panorama",

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
  figureSourceLabel: (value) => `Origen del dato: ${value}`,
  figurePartLabel: (part, value) => `Parte: ${part}, de la que procede la cifra ${value}`,
  copyLink: "Copiar enlace",
  copyFigureLink: (value) => `Copiar enlace a la cifra ${value}`,

  // Timeline
  timelineHeading: "Cronología",
  timelineInSection: "En la cronología",
  timelinePivot: "La conferencia",
  eventPermalinkLabel: (when, text) => `${when}, enlace a este hecho: ${text}`,
  readPassage: "Leer el pasaje",
  readPassageLabel: (when) => `Leer el pasaje (${when})`,
  eventPartLabel: (part, when) => `Parte: ${part}, el pasaje (${when})`,

  // OpenQuestions
  questionsHeading: "Lo que el informe no dice",

  // CorrectionsList
  correctionsHeading: "Correcciones y actualizaciones",
  correctionKindCorrection: "Corrección",
  correctionKindClarification: "Aclaración",
  correctionKindUpdate: "Actualización",
  correctionWholeSite: "Todo el sitio",

  // LocatorMap
  mapTitle: "Dónde ocurre la historia",
  mapDescription: (host) =>
    `Mapa de México a Chile${host ? `, con ${host} (la sede) sombreado` : ""}. Cada lugar enlaza con el pasaje que lo nombra, igual que la lista de abajo.`,
  mapPlaceName: (place, part) => `${place}: ver ${part}`,
  mapBeyondHeading: "Fuera del mapa",
  mapPlacesList: "Lugares de la historia:",
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
  summaryTitle: (title) => `${title}: el resumen`,
  qrLabel: (site, url) => `Código QR: abre ${site} (${url})`,
  scanForFull: "Escanee para leer la guía completa:",

  // Glossary page
  glossaryTitle: "Quién y qué: glosario",
  glossaryIntro:
    "Los nombres y términos de esta guía, hasta donde el informe los explica. Donde no lo hace, lo decimos en vez de llenar el vacío con otras fuentes.",
  glossaryUnexplained: "El informe no explica",
  glossaryWhere: (part) => `Dónde aparece: ${part}`,

  // About page
  aboutTitle: "Acerca de esta guía",
  aboutIntro:
    "De dónde vienen los datos de este sitio, qué deja abierto esa fuente, cómo trabajamos y cómo avisarnos de un error.",
  aboutSourceHeading: "La fuente",
  aboutSourceText: (name, shortName, place, day) =>
    `Todo lo que hay en este sitio procede de un solo informe periodístico sobre la ${name} (${shortName}), celebrada en ${place}${day ? ` el ${day}` : ""}. La versión con la que trabajamos no indica autor, medio ni fecha propios; describe la conferencia una vez terminada. Nada de lo que aquí aparece procede de otra fuente: donde el informe calla, también callamos.`,
  aboutOpenHeading: "Lo que el informe no establece",
  aboutOpenText:
    "El informe no identifica la investigación en la que se basa la caída del 90 % en los cruces por el Tapón del Darién, ni a los asistentes aparte de Pete Hegseth, ni qué gobiernos suscribieron lo acordado, si es que alguno lo hizo. Estas son las preguntas que deja abiertas, parte por parte:",
  aboutMethodHeading: "Cómo se hizo esta guía",
  aboutMethodFacts: "Cada dato, cifra, fecha y nombre procede del informe, redactado con nuestras palabras.",
  aboutMethodChecked:
    "Cada afirmación se cotejó con el informe: conserva su atribución (“según una investigación”, “dice el informe”) y su marco temporal (“desde 2023”); una fecha que el informe deja relativa se ancla a la conferencia.",
  aboutMethodAutomated:
    "Una verificación automática rechaza toda cifra que no esté en el informe y toda serie de ocho palabras copiada de él. Donde explicamos un nombre, el",
  aboutMethodGlossaryLink: "glosario",
  aboutMethodGlossaryRest: "dice sin rodeos lo que el informe no explica.",
  aboutMethodMap:
    "El mapa de ubicación es lo único que no sale del informe: los contornos de los países y la posición de los lugares son geografía de referencia de Natural Earth (dominio público, naturalearthdata.com) a escala 1:110 millones, mediante el paquete world-atlas de Mike Bostock (licencia ISC). Se dibuja al generar el sitio; no se consulta ningún servicio de mapas.",
  aboutMethodNoScript: "El sitio no carga nada de otros servidores y funciona sin JavaScript.",
  aboutMethodEditions:
    "La guía se publica en inglés y en español, a partir del mismo informe, con los mismos datos y un solo registro; cada página enlaza con su versión en el otro idioma. Las entradas del registro describen cambios hechos al texto en inglés; las palabras que citan se dan aquí en español.",
  aboutDatesHeading: "Fechas",
  aboutFirstPublished: "Publicado por primera vez el",
  aboutLastChanged: "; último cambio de fondo el",
  aboutDatesNote:
    ". Cada parte muestra sus fechas bajo el titular; una fecha solo cambia con una entrada en el registro de abajo.",
  aboutErrorHeading: "Avisar de un error",
  aboutErrorAsk:
    "Si algo aquí está mal, o dice más o menos que el informe, indíquenos la página y la frase, y qué dice el informe.",
  aboutErrorReportOn: "Avísenos en",
  aboutErrorTracker: "el gestor de incidencias de esta guía",
  aboutErrorNoTracker: "Avísenos por el gestor de incidencias del repositorio desde el que se publica este sitio.",
  aboutErrorPromise: "Corregimos los errores en la página y anotamos cada cambio en el registro de abajo.",

  // 404
  notFoundKicker: "Error 404",
  notFoundHeading: "No encontramos esa página",
  notFoundText:
    "El enlace puede ser antiguo o estar mal escrito. La guía tiene una página por cada parte de la historia; elija una abajo o empiece por el",
  notFoundLink: "panorama",
};
