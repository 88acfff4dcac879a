import { listApiKeys } from "@/app/actions/api-keys";
import { ApiKeyPanel } from "@/components/ApiKeyPanel";

export default async function KeysPage() {
  const keys = await listApiKeys();
  return (
    <div>
      <h1>Bidding terminal API keys</h1>
      <ApiKeyPanel keys={keys.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix }))} />
    </div>
  );
}
