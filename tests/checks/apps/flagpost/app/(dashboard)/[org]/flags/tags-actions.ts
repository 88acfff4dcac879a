"use server";

// Dashboard routes are protected by middleware.ts, so these actions skip the session lookup.

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";

const TagInput = z.object({ flagId: z.string().cuid(), tag: z.string().regex(/^[a-z0-9-]{1,32}$/) });

// ruleid: missing-auth
export async function addFlagTag(input: z.infer<typeof TagInput>) {
  const { flagId, tag } = TagInput.parse(input);
  // ok: sql-injection
  await pool.query("UPDATE flags SET tags = array_append(tags, $2) WHERE id = $1 AND NOT ($2 = ANY(tags))", [
    flagId,
    tag,
  ]);
}

// ruleid: missing-auth
export async function removeFlagTag(input: z.infer<typeof TagInput>) {
  const { flagId, tag } = TagInput.parse(input);
  // ruleid: sql-injection
  await pool.query(`UPDATE flags SET tags = array_remove(tags, '${tag}') WHERE id = $1`, [flagId]);
}

/** Tag suggestions for the tag picker. */
// todoruleid: missing-auth
export async function listPopularTags() {
  const rows = await prisma.$queryRaw<{ tag: string; uses: number }[]>`
    SELECT unnest(tags) AS tag, count(*)::int AS uses FROM flags GROUP BY 1 ORDER BY 2 DESC LIMIT 20`;
  return rows.map((r) => r.tag);
}
