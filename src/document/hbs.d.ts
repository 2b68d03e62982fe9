// A template file imports as its precompiled spec (see tools/handlebars-precompile.js).
declare module '*.hbs' {
  const spec: TemplateSpecification;
  export default spec;
}
