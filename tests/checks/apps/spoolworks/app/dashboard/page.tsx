import Link from "next/link";
import { listMyModels } from "@/lib/data/models";
import { ModelUploadForm } from "@/components/ModelUploadForm";

export default async function Dashboard() {
  const models = await listMyModels();
  return (
    <main>
      <h1>Your models</h1>
      <ModelUploadForm />
      <ul>
        {models.map((m) => (
          <li key={m.id}>
            <Link href={`/models/${m.id}/edit`}>{m.title}</Link> · {m.download_count} downloads
          </li>
        ))}
      </ul>
    </main>
  );
}
