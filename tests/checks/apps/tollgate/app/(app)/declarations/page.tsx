import { listDeclarationSummaries } from "@/app/actions/declarations";
import { DeclarationTable } from "@/components/DeclarationTable";
import { createDeclaration } from "@/app/actions/declarations";

export default async function DeclarationsPage() {
  const rows = await listDeclarationSummaries();
  return (
    <main>
      <form action={createDeclaration}>
        <input name="reference" /><input name="originCountry" maxLength={2} />
        <select name="incoterm"><option value="">—</option><option>FOB</option><option>CIF</option></select>
        <button>New declaration</button>
      </form>
      <DeclarationTable rows={rows} token="" csrfToken="" />
    </main>
  );
}
