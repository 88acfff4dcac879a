import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/db";

export default async function DepartmentsPage() {
  const session = await auth();
  const employerId = (session?.user as any)?.employerId as string;
  const departments = await prisma.department.findMany({ where: { employerId }, select: { id: true, name: true } });

  // ok: missing-auth, missing-input-validation
  async function createDepartment(formData: FormData) {
    "use server";
    const s = await auth();
    const u = s?.user as any;
    if (!u?.id || !["owner", "admin", "hr"].includes(u.role)) throw new Error("Forbidden");
    const name = formData.get("name");
    if (typeof name !== "string" || name.length < 2 || name.length > 60) throw new Error("Invalid name");
    await prisma.department.create({ data: { name, employerId: u.employerId } });
    revalidatePath("/departments");
  }

  // ok: missing-auth, missing-input-validation
  async function renameDepartment(departmentId: string, formData: FormData) {
    "use server";
    const s = await auth();
    const u = s?.user as any;
    if (!u?.id) throw new Error("Unauthorized");
    const name = formData.get("name");
    if (typeof name !== "string" || typeof departmentId !== "string" || name.length < 2) throw new Error("Invalid");
    // ruleid: missing-authorization
    await prisma.department.update({ where: { id: departmentId }, data: { name } });
    revalidatePath("/departments");
  }

  // ruleid: missing-auth
  // ruleid: missing-input-validation
  async function deleteDepartment(departmentId: string) {
    "use server";
    await prisma.department.delete({ where: { id: departmentId } });
    revalidatePath("/departments");
  }

  return (
    <main>
      <form action={createDepartment}><input name="name" /><button>Add</button></form>
      {departments.map((d) => (
        <div key={d.id}>
          <form action={renameDepartment.bind(null, d.id)}><input name="name" defaultValue={d.name} /><button>Rename</button></form>
          <form action={deleteDepartment.bind(null, d.id)}><button>Delete</button></form>
        </div>
      ))}
    </main>
  );
}
