// The package's Dutch entry point by its file name, which Node's ES module loader needs (it
// cannot import the folder hyphen/nl); the types are @types/hyphen's.
declare module 'hyphen/nl/index.js' {
  const dutch: typeof import('hyphen/nl');
  export default dutch;
}
