import Link from 'next/link';
import { defaultLocale } from '@/i18n/config';
import './globals.css';

// Reached only for paths outside any locale (e.g. `/xyz.php`); localized 404s live in [locale].
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body className="grid min-h-screen place-items-center p-8">
        <main className="text-center">
          <h1 className="text-2xl font-bold">404 — Page not found · الصفحة غير موجودة</h1>
          <p className="mt-4">
            <Link className="text-brand-700 underline" href={`/${defaultLocale}`}>
              Bayan
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
