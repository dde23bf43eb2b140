// The npm `unidecode` package ships no type declarations.
declare module "unidecode" {
  const unidecode: (text: string) => string;
  export default unidecode;
}
