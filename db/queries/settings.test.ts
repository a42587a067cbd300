import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../testing/fresh-database';

const db = await freshDatabase('settings-db');
const { users } = await import('../schema');
const settings = await import('./settings');
const { publicDateStyle } = settings;

let admin: { id: number; role: 'admin'; active: boolean };
const auditOf = (key: string) => db.$client.prepare(`select action, actor_id, entity_type, details from audit_log where entity_id = ? order by id`).all(key);

const defaults = {
  ar: { datelineCity: 'الرباط', source: 'يونا' },
  en: { datelineCity: 'Rabat', source: 'UNA' },
  fr: { datelineCity: 'Rabat', source: 'UNA' },
};

beforeAll(() => {
  admin = { id: db.insert(users).values({ email: 'a@example.org', name: 'Admin', passwordHash: 'x', role: 'admin' }).returning({ id: users.id }).get().id, role: 'admin', active: true };
});

describe('newsroom defaults', () => {
  it('are absent until an admin stores them', () => {
    expect(settings.listNewsroomDefaults()).toEqual({});
    expect(settings.getNewsroomDefaults({ locale: 'fr' })).toBeNull();
  });

  it('are stored per language and audited with the previous value', () => {
    settings.setNewsroomDefaults({ actor: admin, defaults });
    expect(settings.listNewsroomDefaults()).toEqual(defaults);
    expect(settings.getNewsroomDefaults({ locale: 'ar' })).toEqual({ datelineCity: 'الرباط', source: 'يونا' });

    const changed = { ...defaults, fr: { datelineCity: 'Dakar', source: 'APS' } };
    settings.setNewsroomDefaults({ actor: admin, defaults: changed });
    expect(settings.getNewsroomDefaults({ locale: 'fr' })).toEqual({ datelineCity: 'Dakar', source: 'APS' });
    const entries = auditOf('newsroom.defaults') as { action: string; actor_id: number; entity_type: string; details: string }[];
    expect(entries.map(({ action, actor_id, entity_type }) => ({ action, actor_id, entity_type }))).toEqual([
      { action: 'settings.update', actor_id: admin.id, entity_type: 'setting' },
      { action: 'settings.update', actor_id: admin.id, entity_type: 'setting' },
    ]);
    expect(JSON.parse(entries[1]!.details)).toEqual({ previous: defaults, value: changed });
  });

  it('ignore a damaged entry without hiding the others, and unknown languages', () => {
    const damaged = { ar: { datelineCity: 'جدة' }, en: { datelineCity: 'Jeddah', source: 'ICO' }, xx: { datelineCity: 'X', source: 'Y' } };
    db.$client.prepare(`update settings set value = ? where key = 'newsroom.defaults'`).run(JSON.stringify(damaged));
    expect(settings.listNewsroomDefaults()).toEqual({ en: { datelineCity: 'Jeddah', source: 'ICO' } });
    expect(settings.getNewsroomDefaults({ locale: 'ar' })).toBeNull();
    expect(settings.getNewsroomDefaults({ locale: 'xx' })).toBeNull();
    expect(settings.getNewsroomDefaults({ locale: 'constructor' })).toBeNull();
  });
});

describe('Arabic-Indic digits on public pages', () => {
  it('are off by default, switch on and off, and each change is audited', () => {
    expect(publicDateStyle().nativeDigits).toBe(false);
    settings.setPublicNativeDigits({ actor: admin, enabled: true });
    expect(publicDateStyle().nativeDigits).toBe(true);
    settings.setPublicNativeDigits({ actor: admin, enabled: false });
    expect(publicDateStyle().nativeDigits).toBe(false);
    const details = (auditOf('public.nativeDigits') as { details: string }[]).map((entry) => JSON.parse(entry.details));
    expect(details).toEqual([
      { previous: null, value: true },
      { previous: true, value: false },
    ]);
  });
});

describe("the organization's time zone", () => {
  it('is BAYAN_TIME_ZONE or Asia/Riyadh until an admin chooses one; the choice is audited', () => {
    expect(settings.organizationTimeZone()).toBe(process.env.BAYAN_TIME_ZONE ?? 'Asia/Riyadh');
    settings.setOrganizationTimeZone({ actor: admin, timeZone: 'Africa/Dakar' });
    expect(settings.organizationTimeZone()).toBe('Africa/Dakar');
    expect(publicDateStyle()).toEqual({ timeZone: 'Africa/Dakar', nativeDigits: false });
    const details = (auditOf('organization.timeZone') as { details: string }[]).map((entry) => JSON.parse(entry.details));
    expect(details).toEqual([{ previous: null, value: 'Africa/Dakar' }]);
  });

  it('falls back to the default when the stored value is not a time zone', () => {
    db.$client.prepare(`update settings set value = ? where key = 'organization.timeZone'`).run(JSON.stringify('Mars/Olympus_Mons'));
    expect(settings.organizationTimeZone()).toBe(process.env.BAYAN_TIME_ZONE ?? 'Asia/Riyadh');
  });
});
