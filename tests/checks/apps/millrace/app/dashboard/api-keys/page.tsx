import { listApiKeysSafe } from "@/app/actions/api-keys";
import { ApiKeyList } from "@/components/ApiKeyList";

export default async function ApiKeysPage() {
  const keys = await listApiKeysSafe();
  return <ApiKeyList keys={keys} />;
}
