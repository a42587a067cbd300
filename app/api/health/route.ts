import { databaseIsHealthy } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

export function GET() {
  return databaseIsHealthy()
    ? Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
    : Response.json({ status: 'error' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
}
