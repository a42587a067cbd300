import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const contentDir = path.join(process.cwd(), 'content');

// Every page is rendered at build time; nothing else exists.
export const dynamicParams = false;

export function generateStaticParams() {
  return readdirSync(contentDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ page: file.slice(0, -'.html'.length) }));
}

export default async function Page({ params }) {
  const { page } = await params;
  return <main dangerouslySetInnerHTML={{ __html: readFileSync(path.join(contentDir, `${page}.html`), 'utf8') }} />;
}
