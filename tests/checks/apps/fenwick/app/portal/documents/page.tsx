import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { PatientDocument } from "@/lib/models/Document";
import { UploadForm } from "@/components/UploadForm";
import { DocumentRow } from "@/components/DocumentRow";

export default async function DocumentsPage() {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  await connectMongo();
  const docs = await PatientDocument.find({ patient: userId }).select("fileName mimeType sizeBytes createdAt").sort({ createdAt: -1 }).lean();
  return (
    <section>
      <h1>Documents</h1>
      <UploadForm />
      <ul>
        {docs.map((d) => (
          <DocumentRow key={String(d._id)} id={String(d._id)} fileName={d.fileName} sizeBytes={d.sizeBytes ?? 0} />
        ))}
      </ul>
    </section>
  );
}
