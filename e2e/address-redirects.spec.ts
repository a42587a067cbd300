import http from 'node:http';
import { expect, test } from '@playwright/test';

/*
 * The production server answers some addresses itself before Next sees them (moved, withdrawn,
 * trailing slash: app/_server/address-gate.ts). An attacker's link to this site must never be
 * turned into a redirect to another one.
 */

/** The raw answer to a request target sent as is (a URL parser would read `//host` as a host). */
function rawGet(baseURL: string, target: string): Promise<{ status: number; location: string | undefined }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path: target }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, location: response.headers.location });
    });
    request.on('error', reject);
  });
}

const attacks = ['//evil%2Ecom/', '/\\evil%2Ecom/', '//evil%E3%80%82com/', '//2130706433/', '/ar//evil%2Ecom/'];

test('a link made of doubled slashes or a backslash redirects within the site, never to another one', async ({ page, baseURL }) => {
  for (const target of attacks) {
    const answer = await rawGet(baseURL!, target);
    expect(answer.status, target).toBe(308);
    expect(new URL(answer.location!, baseURL).origin, `${target} → ${answer.location}`).toBe(new URL(baseURL!).origin);
  }
  // What a reader who clicked such a link ends up on.
  for (const target of attacks) {
    await page.goto(`${baseURL}${target}`).catch(() => null);
    expect(new URL(page.url()).origin, target).toBe(new URL(baseURL!).origin);
  }
});
