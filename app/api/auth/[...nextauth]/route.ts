import type { NextRequest } from 'next/server';
import { withBodyCap } from '@/app/_server/capped-body';
import { handlers } from '@/auth';

export const { GET } = handlers;

/** Sign-in and sign-out forms are a few hundred bytes: anything near 16 KB is not one of them. */
export const POST = withBodyCap(16 * 1024, (request) => handlers.POST(request as NextRequest));
