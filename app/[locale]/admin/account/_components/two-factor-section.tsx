import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { authSecret } from '@/app/_server/second-factor';
import { ActionForm } from '@/components/action-form.client';
import { countRecoveryCodes, getTwoFactorState } from '@/db/queries/two-factor';
import type { CurrentUser } from '@/db/queries/users';
import type { Locale } from '@/i18n/config';
import { decryptTotpSecret, totpUri } from '@/lib/two-factor';
import { startTwoFactorAction } from '../two-factor-actions';
import { ConfirmTwoFactor } from './confirm-two-factor.client';

/**
 * Two-factor sign-in on the account page, and in place of every admin page while the organization
 * requires it of this user and it is not set up. The QR code is drawn on the server as inline SVG:
 * the secret never reaches a third party, and no image request meets the site's CSP.
 */
export async function TwoFactorSection({ locale, user, continueTo }: { locale: Locale; user: CurrentUser; continueTo: string }) {
  const t = await getTranslations({ locale, namespace: 'TwoFactor' });
  const state = getTwoFactorState({ userId: user.id });
  if (state?.enabledAt) {
    return (
      <section aria-labelledby="two-factor-heading" className="mt-10">
        <h2 id="two-factor-heading" className="text-xl font-bold">
          {t('heading')}
        </h2>
        <p className="mt-2" data-testid="two-factor-on">
          {t('on', { count: countRecoveryCodes({ userId: user.id }) })}
        </p>
      </section>
    );
  }
  const secret = state?.encryptedSecret ? decryptTotpSecret(state.encryptedSecret, authSecret()) : null;
  const messages = await getMessages({ locale });
  // Drawn by the qrcode library from our own otpauth address: no user input reaches the markup.
  const qrSvg = secret ? await QRCode.toString(totpUri(secret, user.email), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) : '';
  return (
    <section aria-labelledby="two-factor-heading" className="mt-10">
      <h2 id="two-factor-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <p className="mt-2 text-muted">{t('intro')}</p>
      {secret ? (
        <div className="mt-4 flex flex-col gap-4">
          <ol className="list-decimal space-y-1 ps-5">
            <li>{t('stepScan')}</li>
            <li>{t('stepConfirm')}</li>
          </ol>
          <div
            role="img"
            aria-label={t('qrLabel')}
            className="size-52 rounded border border-gray-300 bg-white p-1 [&>svg]:size-full"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <p>
            {t('manualKey')}{' '}
            <code dir="ltr" className="rounded bg-gray-100 px-2 py-1 font-mono break-all" data-testid="totp-secret">
              {secret.match(/.{1,4}/g)?.join(' ')}
            </code>
          </p>
          <NextIntlClientProvider messages={{ TwoFactor: messages.TwoFactor }}>
            <ConfirmTwoFactor continueTo={continueTo} />
          </NextIntlClientProvider>
        </div>
      ) : (
        <ActionForm action={startTwoFactorAction} submitLabel={t('start')} pendingLabel={t('working')} className="mt-4">
          <input type="hidden" name="locale" value={locale} />
        </ActionForm>
      )}
    </section>
  );
}
