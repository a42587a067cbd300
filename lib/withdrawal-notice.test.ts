import { describe, expect, it } from 'vitest';
import { withdrawalNoticeHtml } from './withdrawal-notice';

const notice = { siteName: 'بيان', heading: 'سُحب هذا البيان', home: { href: '/ar', label: 'الصفحة الرئيسية' } };

describe('withdrawalNoticeHtml', () => {
  it('is written in the release’s language and direction, and not indexed', () => {
    const html = withdrawalNoticeHtml({ ...notice, locale: 'ar', reason: 'السبب: أمر قضائي' });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<h1>سُحب هذا البيان</h1>');
    expect(html).toContain('السبب: أمر قضائي');
    expect(withdrawalNoticeHtml({ ...notice, locale: 'fr', reason: null })).toContain('<html lang="fr" dir="ltr">');
  });

  it('escapes a reason that carries markup', () => {
    const html = withdrawalNoticeHtml({ ...notice, locale: 'en', reason: 'Reason: <script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
