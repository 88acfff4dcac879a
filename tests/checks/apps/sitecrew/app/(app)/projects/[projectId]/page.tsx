import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { id as idSchema } from "@/lib/validation";

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const session = await verifySession();
  const project = await prisma.project.findFirst({
    where: { id: projectId, tenantId: session.tenantId },
    select: { id: true, name: true, number: true, address: true, status: true },
  });
  if (!project) notFound();
  const photos = await prisma.photo.findMany({
    where: { dailyLog: { projectId: project.id } },
    select: { id: true, caption: true, key: true },
    take: 12,
  });

  // ok: missing-auth, missing-input-validation
  async function renameProject(projectIdArg: string, formData: FormData) {
    "use server";
    const s = await verifySession();
    const name = z.string().trim().min(2).max(120).parse(formData.get("name"));
    const pid = idSchema.parse(projectIdArg);
    // ok: missing-authorization
    await prisma.project.updateMany({ where: { id: pid, tenantId: s.tenantId }, data: { name } });
    revalidatePath(`/projects/${pid}`);
  }

  // Gallery "remove" button.
  // ruleid: missing-auth
  // ruleid: missing-input-validation
  async function deleteProjectPhoto(formData: FormData) {
    "use server";
    const photoId = formData.get("photoId") as string;
    await prisma.photo.delete({ where: { id: photoId } });
    revalidatePath(`/projects/${projectId}`);
  }

  const rename = renameProject.bind(null, project.id);

  return (
    <div className="space-y-6">
      <form action={rename} className="flex gap-2">
        <input name="name" defaultValue={project.name} className="input" />
        <button className="btn">Rename</button>
      </form>
      <p className="text-sm text-zinc-500">
        #{project.number} · {project.address} · {project.status}
      </p>
      <ul className="grid grid-cols-4 gap-3">
        {photos.map((p) => (
          <li key={p.id}>
            <img src={`https://files.sitecrew.io/${p.key}`} alt={p.caption ?? ""} />
            <form action={deleteProjectPhoto}>
              <input type="hidden" name="photoId" value={p.id} />
              <button className="text-xs text-red-600">Remove</button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
