/** A name as a URL slug: "Rahimzoda Ramazon Hamro" → "rahimzoda-ramazon-hamro". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
