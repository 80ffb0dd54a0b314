declare module "@tailwindcss/typography/src/styles.js" {
  const styles: Record<string, { css: Record<string, unknown> | Record<string, unknown>[] }>;
  export default styles;
}
