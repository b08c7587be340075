// Citation.js 0.8 ships no type declarations: the part of its API the site uses.
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
    type?: string;
    style?: string;
  }
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: Array<Record<string, unknown>>;
    format(
      format: 'bibtex' | 'biblatex' | 'ris' | 'bibliography' | 'citation' | 'data',
      options?: FormatOptions,
    ): string;
  }
  export const plugins: {
    config: { get(name: string): Record<string, unknown> };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
