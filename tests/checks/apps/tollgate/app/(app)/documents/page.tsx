import { eq } from "drizzle-orm";
import { db, documents } from "@/lib/db";
import { getTenant } from "@/lib/tenant";
import { UploadButton } from "@/components/UploadButton";

export default async function DocumentsPage() {
  const tenant = await getTenant();
  const docs = await db.select({ id: documents.id, fileName: documents.fileName }).from(documents).where(eq(documents.importerId, tenant.orgId));
  return (
    <main>
      <UploadButton />
      <ul>{docs.map((d) => <li key={d.id}>{d.fileName}</li>)}</ul>
    </main>
  );
}
