'use server';

import { z } from 'zod';
import { defineAction } from '@/app/_server/safe-action';
import { markNotificationsRead } from '@/db/queries/notifications';
import { can } from '@/lib/permissions';

export const markAllReadAction = defineAction({
  schema: z.object({}),
  authorize: (actor) => can(actor, 'admin.access'),
  run: ({ actor }) => {
    markNotificationsRead({ userId: actor.id });
    return { read: true };
  },
});
