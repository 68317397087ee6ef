/** A .css file imported from TypeScript is its text (the build's `text` loader), for a constructable sheet. */
declare module '*.css' {
  const text: string;
  export default text;
}
