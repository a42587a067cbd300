import type { Locale } from './i18n/config';
import type messages from './messages/ar.json';

// Typed messages: a missing or misspelt key is a type error, checked against the default locale.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
