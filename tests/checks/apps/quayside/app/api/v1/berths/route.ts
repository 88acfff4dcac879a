import { withApiKey } from "@/lib/api-keys";
import { getEm, Berth } from "@/lib/db/orm";

// ok: missing-auth, missing-input-validation
export const GET = withApiKey("berths:read", async (_req, { key }) => {
  const em = await getEm();
  // ok: missing-authorization
  const berths = await em.find(Berth, { org: key.orgId }, { orderBy: { code: "asc" } });
  // ruleid: excessive-data-exposure
  return Response.json({ data: berths });
});
