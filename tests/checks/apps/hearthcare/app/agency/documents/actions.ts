"use server";

import { writeFile, readFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { agencyActionClient } from "@/lib/safe-action";
import { withAgency } from "@/lib/with-agency";

const ROOT = process.env.DOCUMENTS_DIR ?? "/var/hearthcare/docs";

// ok: missing-auth, missing-input-validation
export const uploadCarePlanPdf = agencyActionClient
  .schema(z.object({ clientId: z.string().regex(/^c[a-z0-9]{20,}$/), base64: z.string().max(10_000_000) }))
  .metadata({ actionName: "uploadCarePlanPdf" })
  .action(async ({ parsedInput, ctx }) => {
    const dir = path.join(ROOT, ctx.agencyId, parsedInput.clientId);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "care-plan.pdf"), Buffer.from(parsedInput.base64, "base64"));
    return { success: true };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export const readDocument = withAgency(async (formData, { agencyId }) => {
  const name = formData.get("name") as string;
  const data = await readFile(path.join(ROOT, agencyId, name));
  return { base64: data.toString("base64") };
});
