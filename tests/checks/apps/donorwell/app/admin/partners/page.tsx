import { requireNationalAdmin } from "@/lib/dal";
import { db } from "@/lib/db/kysely";
import { ApiKeyReveal } from "@/components/ApiKeyReveal";

export default async function PartnersPage() {
  await requireNationalAdmin();
  const partners = await db.selectFrom("partners").select(["id", "name", "apiKeyPrefix", "active"]).execute();
  return (
    <main>
      {partners.map((p) => (
        <section key={p.id}>
          <h2>{p.name} {p.active ? "" : "(inactive)"}</h2>
          <ApiKeyReveal partnerId={p.id} currentPrefix={p.apiKeyPrefix} />
        </section>
      ))}
    </main>
  );
}
